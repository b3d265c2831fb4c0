//! [`FbdevBackend`]: a framebuffer device plus evdev input, as a [`Backend`].

use std::path::Path;
use std::time::Duration;

use arkui_core::App;
use arkui_renderer::software::SoftwareRenderer;

use super::device::FramebufferDevice;
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
    input: EvdevInput,
}

impl FbdevBackend<LinuxFramebuffer> {
    /// Open the framebuffer at `path` (`/dev/fb0`) and the default input devices
    /// ([`EvdevInput::open_default`]), turned by `ARKUI_ROTATION` when set.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        let rotation = crate::rotation_from_env()?;
        let device = LinuxFramebuffer::open(path)?;
        Ok(FbdevBackend::new(device, EvdevInput::open_default())?.with_rotation(rotation))
    }
}

impl<D: FramebufferDevice> FbdevBackend<D> {
    /// Present on `device`, read `input`.
    pub fn new(device: D, input: EvdevInput) -> Result<Self, Error> {
        let presenter = FbPresenter::new(&device)?;
        Ok(FbdevBackend {
            device,
            presenter,
            input,
        })
    }

    /// Show the picture turned by `rotation`; touches are turned to match.
    pub fn with_rotation(mut self, rotation: crate::Rotation) -> Self {
        self.presenter = self.presenter.with_rotation(rotation);
        self.input.set_rotation(rotation);
        self
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

    fn present(&mut self, app: &mut App, renderer: &mut SoftwareRenderer) -> Result<bool, Error> {
        self.presenter.present(&mut self.device, app, renderer)
    }
}
