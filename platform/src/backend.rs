//! [`Backend`]: the one trait every platform implements, and the events it reports.
//!
//! A backend owns a place frames go (a window, a framebuffer, a DRM plane, memory) and the
//! input that comes with it. The shared loop in [`crate::run`] drives every backend the
//! same way — wait for input, apply it, present a frame only when the UI changed — so frame
//! scheduling, resize coalescing and idle behaviour are written (and tested) once.

use std::time::Duration;

use arkui_core::{App, InputEvent, RendererChoice, RendererStatus};

use crate::{Error, PlatformKind};

/// Something that happened on a backend, in platform-neutral terms.
///
/// ```
/// use arkui_platform::BackendEvent;
/// let e = BackendEvent::Resized { width: 320, height: 240 };
/// assert!(matches!(e, BackendEvent::Resized { width: 320, .. }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum BackendEvent {
    /// Input for the UI.
    Input(InputEvent),
    /// The drawable area changed size, in pixels (0x0 while minimised).
    Resized {
        /// Pixels.
        width: u32,
        /// Pixels.
        height: u32,
    },
    /// The pixels per vp changed (a window moved to a monitor with another scale).
    DensityChanged(f32),
    /// The shown pixels were lost (an X11 expose, a new buffer): repaint everything.
    ContentLost,
    /// The user or the system asked the app to close.
    CloseRequested,
    /// An assistive technology (a screen reader) asked for an action on a component.
    Accessibility(arkui_core::accesskit::ActionRequest),
}

/// A platform backend: presents frames and reports input. Implemented by the winit window,
/// the Wayland window, the Linux framebuffer, DRM/KMS and the headless backend.
///
/// ```
/// use std::time::Duration;
/// use arkui_core::{CommonAttribute, DeviceProfile, NodeId, NodeKind};
/// use arkui_platform::{Backend, HeadlessBackend, PlatformKind};
/// let mut app = arkui_core::App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0)
/// });
/// let mut backend = HeadlessBackend::new(320, 240);
/// assert_eq!(backend.kind(), PlatformKind::Headless);
/// assert!(backend.present(&mut app).unwrap()); // first frame drawn
/// assert!(!backend.present(&mut app).unwrap()); // nothing changed
/// ```
pub trait Backend {
    /// Which platform this is (for logs and errors).
    fn kind(&self) -> PlatformKind;

    /// The drawable size in pixels now (0x0 while unknown or minimised).
    fn size(&self) -> (u32, u32);

    /// Block until something happens or `timeout` passes (`None`: until something happens),
    /// appending what happened to `events`. Must not busy-wait: an idle UI costs no CPU.
    fn wait(
        &mut self,
        timeout: Option<Duration>,
        events: &mut Vec<BackendEvent>,
    ) -> Result<(), Error>;

    /// Whether a frame presented now would reach the screen. `false` while the previous one
    /// is still queued (a Wayland frame callback or a DRM page flip not yet done): the loop
    /// then waits instead of rendering frames nobody sees.
    fn ready_for_frame(&self) -> bool {
        true
    }

    /// Whether the backend paces frames itself (frame callbacks, page-flip events). When it
    /// does not, the loop spaces frames by [`crate::RunOptions::frame_interval`].
    fn paced_by_display(&self) -> bool {
        false
    }

    /// Something another thread can call to end a [`wait`](Backend::wait) early, or `None`
    /// when this backend cannot be woken (the loop then polls while a
    /// [`LoopService`](crate::LoopService) needs it).
    fn waker(&self) -> Option<crate::Waker> {
        None
    }

    /// Render `app`'s next frame, if it has one, and show it. Returns whether a frame was
    /// presented. The backend owns what draws (a software renderer and its buffers, or a
    /// GPU surface); the shared steps are in `present.rs`.
    fn present(&mut self, app: &mut App) -> Result<bool, Error>;

    /// The UI switched the app's device profile ([`App::apply_requests`]), which sized the
    /// app to the profile's screen. By default the backend's screen keeps its size, so the
    /// app is sized back to it; a window may resize itself instead.
    fn profile_switched(&mut self, app: &mut App) {
        let (w, h) = self.size();
        app.resize(w, h);
    }

    /// What draws this backend's frames now. By default the software renderer.
    fn renderer_status(&self) -> RendererStatus {
        RendererStatus::software("")
    }

    /// Draw with `choice` from the next frame if this backend can, and say what draws now.
    /// The loop calls this when the UI asks ([`arkui_core::AppRequests::request_renderer`])
    /// and shows the answer to the UI. By default a backend has only the software renderer.
    ///
    /// ```
    /// use arkui_core::RendererChoice;
    /// use arkui_platform::{Backend, HeadlessBackend};
    /// let status = HeadlessBackend::new(320, 240).switch_renderer(RendererChoice::Gpu);
    /// assert_eq!(status.active, Some(RendererChoice::Software));
    /// assert!(status.note.contains("software only"), "{}", status.note);
    /// ```
    fn switch_renderer(&mut self, choice: RendererChoice) -> RendererStatus {
        RendererStatus::software(match choice {
            RendererChoice::Software => String::new(),
            RendererChoice::Gpu | RendererChoice::Auto => {
                format!("the {} platform draws in software only", self.kind())
            }
        })
    }
}
