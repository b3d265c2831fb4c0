//! [`FbdevBackend`]: a framebuffer device plus evdev input, as a [`Backend`].

use std::path::Path;
use std::time::Duration;

use arkui_core::App;
use arkui_renderer::software::SoftwareRenderer;

use super::device::FramebufferDevice;
use super::lines::LinePresenter;
use super::linux::LinuxFramebuffer;
use super::present::FbPresenter;
use crate::evdev::EvdevInput;
use crate::{Backend, BackendEvent, Error, PlatformKind};

/// Frames on a framebuffer, input from evdev devices.
///
/// ```
/// use arkui_platform::fbdev::{FakeFramebuffer, FbFormat, FbdevBackend};
/// use arkui_platform::{Backend, evdev::EvdevInput};
/// let fb = FakeFramebuffer::new(FbFormat::Xrgb8888, 64, 48, 64 * 4, 48).unwrap();
/// let backend = FbdevBackend::new(fb, EvdevInput::default()).unwrap();
/// assert_eq!(backend.size(), (64, 48));
/// assert_eq!(backend.presenter().layout().pages, 1); // no room to flip: damage copies
/// ```
#[derive(Debug)]
pub struct FbdevBackend<D: FramebufferDevice> {
    device: D,
    presenter: FbPresenter,
    /// Line-by-line mode: used instead of `presenter` when set.
    lines: Option<LinePresenter>,
    input: EvdevInput,
    renderer: SoftwareRenderer,
}

impl FbdevBackend<LinuxFramebuffer> {
    /// Open the framebuffer at `path` (`/dev/fb0`) and the default input devices
    /// ([`EvdevInput::open_default`]), turned by `ARKUI_ROTATION` when set.
    ///
    /// `ARKUI_FB_LINES=N` renders N lines at a time straight into the framebuffer (no
    /// frame-sized buffer in RAM) when the picture is not rotated.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        let rotation = crate::rotation_from_env()?;
        let device = LinuxFramebuffer::open(path)?;
        let backend = FbdevBackend::new(device, EvdevInput::open_default())?;
        match std::env::var("ARKUI_FB_LINES")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            Some(lines) if rotation == crate::Rotation::Deg0 => backend.with_line_mode(lines),
            Some(_) => {
                log::warn!("ARKUI_FB_LINES is ignored with ARKUI_ROTATION: rendering a full frame");
                Ok(backend.with_rotation(rotation))
            }
            None => Ok(backend.with_rotation(rotation)),
        }
    }
}

impl<D: FramebufferDevice> FbdevBackend<D> {
    /// Present on `device`, read `input`.
    pub fn new(device: D, input: EvdevInput) -> Result<Self, Error> {
        let presenter = FbPresenter::new(&device)?;
        Ok(FbdevBackend {
            device,
            presenter,
            lines: None,
            input,
            renderer: SoftwareRenderer::new(),
        })
    }

    /// Show the picture turned by `rotation`; touches are turned to match.
    pub fn with_rotation(mut self, rotation: crate::Rotation) -> Self {
        self.presenter = self.presenter.with_rotation(rotation);
        self.input.set_rotation(rotation);
        self
    }

    /// Render `lines` rows at a time straight into the device instead of through a
    /// frame-sized shadow buffer (which is freed).
    pub fn with_line_mode(mut self, lines: usize) -> Result<Self, Error> {
        self.lines = Some(LinePresenter::new(&self.device, lines)?);
        self.presenter = self.presenter.without_shadow();
        Ok(self)
    }

    /// The line-by-line presenter, when in that mode.
    pub fn line_presenter(&self) -> Option<&LinePresenter> {
        self.lines.as_ref()
    }

    /// The framebuffer device.
    pub fn device(&self) -> &D {
        &self.device
    }

    /// The presenter (layout, last copied regions).
    pub fn presenter(&self) -> &FbPresenter {
        &self.presenter
    }
}

impl<D: FramebufferDevice> Backend for FbdevBackend<D> {
    fn kind(&self) -> PlatformKind {
        PlatformKind::Fbdev
    }

    fn size(&self) -> (u32, u32) {
        self.presenter.size()
    }

    fn wait(
        &mut self,
        timeout: Option<Duration>,
        events: &mut Vec<BackendEvent>,
    ) -> Result<(), Error> {
        let size = self.presenter.size();
        self.input.wait(timeout, size, events)
    }

    fn present(&mut self, app: &mut App) -> Result<bool, Error> {
        let renderer = &mut self.renderer;
        match &mut self.lines {
            Some(lines) => lines.present(&mut self.device, app, renderer),
            None => self.presenter.present(&mut self.device, app, renderer),
        }
    }
}
