//! [`GpuError`]: what can go wrong on the GPU path, with what to do about it.

use std::fmt;

/// Errors of the wgpu backend.
///
/// ```
/// use arkui_renderer::wgpu::GpuError;
/// let e = GpuError::NoAdapter { backends: "vulkan, gl".into() };
/// assert!(e.to_string().contains("mesa-vulkan-drivers"));
/// assert!(e.is_no_adapter());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GpuError {
    /// No GPU adapter (not even a software one such as lavapipe) was found.
    NoAdapter {
        /// The backends that were searched.
        backends: String,
    },
    /// The adapter refused to create a device.
    RequestDevice {
        /// wgpu's message.
        message: String,
    },
    /// The device was lost (driver reset, `Device::destroy`, GPU removed). Recreate the
    /// renderer's device with [`super::GpuContext::recover`]; the next frame redraws everything.
    DeviceLost {
        /// wgpu's message.
        message: String,
    },
    /// The window surface could not be created or configured.
    Surface {
        /// What failed.
        message: String,
    },
    /// The surface did not hand out a frame in time; skip this frame and try the next.
    Timeout,
    /// wgpu reported a validation error: a bug in this backend, please report it.
    Validation {
        /// wgpu's message.
        message: String,
    },
    /// A GPU buffer could not be mapped for reading pixels back.
    Readback {
        /// wgpu's message.
        message: String,
    },
    /// A requested size exceeds what the device supports.
    TooLarge {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
        /// The device's largest 2D texture side.
        max: u32,
    },
}

impl GpuError {
    /// True for [`GpuError::NoAdapter`]: tests skip (or fail under `ARKUI_REQUIRE_GPU=1`),
    /// apps fall back to the software renderer.
    pub fn is_no_adapter(&self) -> bool {
        matches!(self, GpuError::NoAdapter { .. })
    }
}

impl fmt::Display for GpuError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GpuError::NoAdapter { backends } => write!(
                f,
                "no GPU adapter found on backends [{backends}]; install a driver (on Debian \
                 `apt-get install libvulkan1 mesa-vulkan-drivers` gives the lavapipe software \
                 adapter) or use the software renderer"
            ),
            GpuError::RequestDevice { message } => write!(
                f,
                "the GPU adapter refused to create a device: {message}; try another backend \
                 with WGPU_BACKEND=vulkan|gl or use the software renderer"
            ),
            GpuError::DeviceLost { message } => write!(
                f,
                "the GPU device was lost ({message}); call GpuContext::recover and draw again"
            ),
            GpuError::Surface { message } => write!(
                f,
                "the window surface failed: {message}; recreate the window's surface or fall \
                 back to the software renderer"
            ),
            GpuError::Timeout => write!(
                f,
                "the surface handed out no frame in time; skip this frame and draw the next"
            ),
            GpuError::Validation { message } => write!(
                f,
                "wgpu validation error (a bug in arkui-renderer's wgpu backend, please report \
                 it): {message}"
            ),
            GpuError::Readback { message } => {
                write!(f, "reading pixels back from the GPU failed: {message}")
            }
            GpuError::TooLarge { width, height, max } => write!(
                f,
                "a {width}x{height} target exceeds this device's largest texture side ({max}); \
                 render in tiles or use a smaller size"
            ),
        }
    }
}

impl std::error::Error for GpuError {}
