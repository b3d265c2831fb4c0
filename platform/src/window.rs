//! The desktop window as a [`Backend`]: winit for the window and input (pumped from the
//! shared frame loop), softbuffer to present the software renderer's frames — or, with the
//! `wgpu` feature, wgpu on the window's surface when an adapter exists (`window_gpu.rs`).
//! Idle costs nothing: the loop blocks in winit until an event arrives, and draws only when
//! the UI changed.

use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arkui_core::{App, RendererChoice, RendererStatus};
use arkui_renderer::software::{RenderTarget, SoftwareRenderer};

use crate::damage_history::DamageHistory;
use crate::present;
use arkui_renderer::{IRect, PixelFormat};
use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::platform::pump_events::{EventLoopExtPumpEvents, PumpStatus};
use winit::window::{Window, WindowId};

use crate::window_input::WindowInput;
use crate::window_presenter::{Presenter, presenter, switch};
use crate::{Backend, BackendEvent, Error, PlatformKind, RunOptions, SystemClock};

/// Options for [`run_window`].
///
/// ```
/// let o = arkui_platform::WindowOptions::default();
/// assert!(o.title.is_empty() && o.exit_after.is_none());
/// ```
#[derive(Clone, Debug, Default)]
pub struct WindowOptions {
    /// Window title.
    pub title: String,
    /// Close the window after this long (smoke tests, screenshots).
    pub exit_after: Option<Duration>,
}

/// Requests from assistive technologies, which AccessKit delivers on its own thread.
type A11yQueue = Arc<Mutex<Vec<arkui_core::accesskit::ActionRequest>>>;

struct A11yActions(A11yQueue);

impl arkui_core::accesskit::ActionHandler for A11yActions {
    fn do_action(&mut self, request: arkui_core::accesskit::ActionRequest) {
        if let Ok(mut q) = self.0.lock() {
            q.push(request);
        }
    }
}

/// The tree is sent after the next frame, so the first request gets nothing yet.
struct A11yActivation;

impl arkui_core::accesskit::ActivationHandler for A11yActivation {
    fn request_initial_tree(&mut self) -> Option<arkui_core::accesskit::TreeUpdate> {
        None
    }
}

struct A11yDeactivation;

impl arkui_core::accesskit::DeactivationHandler for A11yDeactivation {
    fn deactivate_accessibility(&mut self) {}
}

/// The winit side: creates the window when the event loop resumes and collects events.
struct Handler {
    title: String,
    logical_size: (f64, f64),
    profile_density: f32,
    renderer: RendererChoice,
    window: Option<(Arc<Window>, Presenter)>,
    /// What draws now, and whether the app has been told.
    status: RendererStatus,
    status_reported: bool,
    input: WindowInput,
    events: Vec<BackendEvent>,
    error: Option<Error>,
    a11y: Option<accesskit_winit::Adapter>,
    a11y_requests: A11yQueue,
    /// What the window's IME was last told: allowed, and where the caret is.
    ime: Option<arkui_core::ImeRequest>,
}

impl ApplicationHandler for Handler {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.window.is_some() {
            return;
        }
        // AccessKit must hook the window before it is first shown.
        let attrs = Window::default_attributes()
            .with_title(self.title.clone())
            .with_visible(false)
            .with_inner_size(LogicalSize::new(self.logical_size.0, self.logical_size.1));
        let window = match event_loop.create_window(attrs) {
            Ok(w) => Arc::new(w),
            Err(e) => {
                self.error = Some(Error::Window(e.to_string()));
                return;
            }
        };
        self.a11y = Some(accesskit_winit::Adapter::with_direct_handlers(
            event_loop,
            &window,
            A11yActivation,
            A11yActions(self.a11y_requests.clone()),
            A11yDeactivation,
        ));
        window.set_visible(true);
        match presenter(&window, self.renderer) {
            Ok((surface, status)) => {
                self.status = status;
                self.status_reported = false;
                let size = window.inner_size();
                log::info!(
                    "window opened: {}x{} px, scale {}",
                    size.width,
                    size.height,
                    window.scale_factor()
                );
                self.events.push(BackendEvent::DensityChanged(
                    window.scale_factor() as f32 * self.profile_density,
                ));
                self.events.push(BackendEvent::Resized {
                    width: size.width,
                    height: size.height,
                });
                self.events.push(BackendEvent::ContentLost);
                self.window = Some((window, surface));
            }
            Err(e) => self.error = Some(e),
        }
    }

    fn window_event(&mut self, _: &ActiveEventLoop, _: WindowId, event: WindowEvent) {
        if let (Some(adapter), Some((window, _))) = (self.a11y.as_mut(), self.window.as_ref()) {
            adapter.process_event(window, &event);
        }
        self.input
            .translate(&event, self.profile_density, &mut self.events);
    }
}

/// A desktop window (X11 or Wayland through winit) as a [`Backend`].
pub struct WinitBackend {
    event_loop: EventLoop<()>,
    handler: Handler,
    /// What a softbuffer buffer `age` frames old must repaint.
    history: DamageHistory,
    renderer: SoftwareRenderer,
}

impl std::fmt::Debug for WinitBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WinitBackend")
            .field("title", &self.handler.title)
            .field("open", &self.handler.window.is_some())
            .finish_non_exhaustive()
    }
}

impl WinitBackend {
    /// Connect to the display; the window opens, sized to `app`'s profile in logical
    /// pixels, on the first [`Backend::wait`].
    pub fn new(title: &str, app: &App) -> Result<WinitBackend, Error> {
        let event_loop = EventLoop::new().map_err(|e| Error::Unavailable {
            platform: "winit".into(),
            reason: format!("{e} (is DISPLAY or WAYLAND_DISPLAY set to a running display server?)"),
        })?;
        event_loop.set_control_flow(ControlFlow::Wait);
        let (w, h) = app.profile().size_vp();
        Ok(WinitBackend {
            event_loop,
            handler: Handler {
                title: title.into(),
                logical_size: (f64::from(w), f64::from(h)),
                profile_density: app.profile().density,
                renderer: app.profile().renderer,
                window: None,
                status: RendererStatus::software(""),
                status_reported: false,
                input: WindowInput::default(),
                events: Vec::new(),
                error: None,
                a11y: None,
                a11y_requests: A11yQueue::default(),
                ime: None,
            },
            history: DamageHistory::default(),
            renderer: SoftwareRenderer::new(),
        })
    }
}

impl WinitBackend {
    /// Turn the window's input method on while a text field has focus and keep its
    /// candidate window at the caret (polled before each frame: focus and the caret only
    /// move through input, which a frame follows).
    fn sync_ime(&mut self, app: &App) {
        let Some((window, _)) = self.handler.window.as_ref() else {
            return;
        };
        let request = app.ime_request();
        if request.is_some() != self.handler.ime.is_some() {
            window.set_ime_allowed(request.is_some());
        }
        if let Some(r) = request
            && self.handler.ime != request
        {
            let a = r.cursor_area;
            window.set_ime_cursor_area(
                winit::dpi::PhysicalPosition::new(a.x, a.y),
                winit::dpi::PhysicalSize::new(a.width.max(1.0), a.height.max(1.0)),
            );
        }
        self.handler.ime = request;
    }
}

impl Backend for WinitBackend {
    fn kind(&self) -> PlatformKind {
        PlatformKind::Winit
    }

    fn size(&self) -> (u32, u32) {
        self.handler.window.as_ref().map_or((0, 0), |(w, _)| {
            let s = w.inner_size();
            (s.width, s.height)
        })
    }

    fn waker(&self) -> Option<crate::Waker> {
        // A user event ends `pump_app_events`' wait; the handler ignores its content.
        let proxy = std::sync::Mutex::new(self.event_loop.create_proxy());
        Some(std::sync::Arc::new(move || {
            if let Ok(p) = proxy.lock() {
                let _ = p.send_event(());
            }
        }))
    }

    fn wait(
        &mut self,
        timeout: Option<Duration>,
        events: &mut Vec<BackendEvent>,
    ) -> Result<(), Error> {
        let status = self.event_loop.pump_app_events(timeout, &mut self.handler);
        if let Some(e) = self.handler.error.take() {
            return Err(e);
        }
        events.append(&mut self.handler.events);
        if let Ok(mut q) = self.handler.a11y_requests.lock() {
            events.extend(q.drain(..).map(BackendEvent::Accessibility));
        }
        if let PumpStatus::Exit(_) = status {
            events.push(BackendEvent::CloseRequested);
        }
        Ok(())
    }

    /// Size the window to the profile's screen in vp (the system may clamp it) and show vp
    /// at the monitor's scale: a window previews the device's layout, it cannot take on its
    /// pixel density.
    fn profile_switched(&mut self, app: &mut App) {
        let Some((window, _)) = self.handler.window.as_ref() else {
            return;
        };
        let (w, h) = app.profile().size_vp();
        // The size granted arrives as a resize event; until then the window keeps its own.
        let _ = window.request_inner_size(LogicalSize::new(f64::from(w), f64::from(h)));
        let size = window.inner_size();
        app.resize(size.width, size.height);
        self.handler.profile_density = 1.0;
        app.set_density(window.scale_factor() as f32);
    }

    fn renderer_status(&self) -> RendererStatus {
        self.handler.status.clone()
    }

    /// Replace the presenter (see [`crate::window_presenter::switch`]).
    fn switch_renderer(&mut self, choice: RendererChoice) -> RendererStatus {
        self.handler.renderer = choice;
        let Some((window, current)) = self.handler.window.take() else {
            // The window opens with this choice.
            return self.handler.status.clone();
        };
        // The new presenter's buffers hold nothing: age 0 repaints them whole.
        self.history = DamageHistory::default();
        match switch(&window, current, choice) {
            Ok((p, status)) => {
                self.handler.window = Some((window, p));
                self.handler.status = status;
            }
            Err(e) => {
                self.handler.error = Some(e);
                self.handler.status = RendererStatus::software("no presenter for the window");
            }
        }
        self.handler.status_reported = true;
        self.handler.status.clone()
    }

    fn present(&mut self, app: &mut App) -> Result<bool, Error> {
        self.sync_ime(app);
        if !self.handler.status_reported {
            self.handler.status_reported = true;
            app.report_renderer(self.handler.status.clone());
        }
        let Some((window, presenter)) = self.handler.window.as_mut() else {
            return Ok(false);
        };
        #[cfg_attr(
            not(feature = "wgpu"),
            expect(
                clippy::infallible_destructuring_match,
                reason = "without `wgpu` the software presenter is the only one"
            )
        )]
        let surface = match presenter {
            Presenter::Cpu(surface) => surface,
            #[cfg(feature = "wgpu")]
            Presenter::Gpu(gpu) => return gpu.present(app, window),
        };
        let size = window.inner_size();
        let (Some(w), Some(h)) = (NonZeroU32::new(size.width), NonZeroU32::new(size.height)) else {
            // Minimised: nothing to draw until the window has an area again.
            return Ok(false);
        };
        let window_error = |e: softbuffer::SoftBufferError| Error::Window(e.to_string());
        surface.resize(w, h).map_err(window_error)?;
        let mut buffer = surface.buffer_mut().map_err(window_error)?;
        let Some(frame) = present::next_frame(app, (size.width, size.height)) else {
            return Ok(false);
        };
        let full = IRect::from_size(size.width, size.height);
        // The buffer holds the last frame (age 1): move and paint only what changed. An
        // older one also repaints what it missed; an unknown one (age 0), everything.
        let plan = self.history.plan(buffer.age() as usize, &frame, full);
        let bytes: &mut [u8] = bytemuck::cast_slice_mut(&mut buffer);
        // softbuffer's 0RGB u32s are B, G, R, X bytes in little-endian memory.
        let mut target = RenderTarget::new(
            bytes,
            size.width,
            size.height,
            size.width as usize * 4,
            PixelFormat::Bgra8888,
        )
        .map_err(|e| Error::Window(e.to_string()))?;
        present::draw(app, &mut self.renderer, &mut target, &plan);
        // Tell the window system what changed since the frame it shows.
        let rects: Vec<softbuffer::Rect> = plan
            .without_blit()
            .rects()
            .iter()
            .filter_map(|r| {
                let r = r.intersect(&full);
                Some(softbuffer::Rect {
                    x: r.x0 as u32,
                    y: r.y0 as u32,
                    width: NonZeroU32::new(r.width())?,
                    height: NonZeroU32::new(r.height())?,
                })
            })
            .collect();
        if rects.is_empty() {
            // Nothing changed on screen: the frame is done, the buffer stays as it was.
            return Ok(true);
        }
        buffer.present_with_damage(&rects).map_err(window_error)?;
        // Screen readers follow the UI: send the tree after every frame (only when one
        // is listening).
        if let Some(adapter) = self.handler.a11y.as_mut() {
            adapter.update_if_active(|| app.accessibility_tree());
        }
        Ok(true)
    }
}

/// Open a window showing `app` and run the shared frame loop until it is closed.
pub fn run_window(mut app: App, options: WindowOptions) -> Result<(), Error> {
    let mut backend = WinitBackend::new(&options.title, &app)?;
    crate::system_opener::install();
    let run_options = RunOptions {
        exit_after: options.exit_after,
        ..RunOptions::default()
    };
    let stats = crate::run(&mut backend, &mut app, &SystemClock::new(), &run_options)?;
    log::info!("window closed after {} frames", stats.frames);
    Ok(())
}
