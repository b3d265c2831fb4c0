//! The desktop window: winit for the window and input, softbuffer to present the software
//! renderer's frames. Idle costs nothing: frames are drawn only when the UI changed.

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::{Duration, Instant};

use arkui_core::{App, with_fonts};
use arkui_renderer::software::{RenderTarget, SoftwareRenderer};
use arkui_renderer::{IRect, PixelFormat};
use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::{ElementState, MouseButton, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::window::{Window, WindowId};

use crate::Error;

/// Options for [`run_window`].
#[derive(Clone, Debug, Default)]
pub struct WindowOptions {
    /// Window title.
    pub title: String,
    /// Close the window after this long (smoke tests, screenshots).
    pub exit_after: Option<Duration>,
}

type Surface = softbuffer::Surface<Rc<Window>, Rc<Window>>;

struct Runner {
    app: App,
    options: WindowOptions,
    window: Option<(Rc<Window>, Surface)>,
    renderer: SoftwareRenderer,
    cursor: (f32, f32),
    started: Instant,
    error: Option<Error>,
}

/// Open a window showing `app` and run until it is closed.
pub fn run_window(app: App, options: WindowOptions) -> Result<(), Error> {
    let event_loop = EventLoop::new().map_err(|e| Error::Unavailable {
        platform: "winit".into(),
        reason: format!("{e} (is DISPLAY or WAYLAND_DISPLAY set to a running display server?)"),
    })?;
    event_loop.set_control_flow(ControlFlow::Wait);
    let mut runner = Runner {
        app,
        options,
        window: None,
        renderer: SoftwareRenderer::new(),
        cursor: (0.0, 0.0),
        started: Instant::now(),
        error: None,
    };
    event_loop
        .run_app(&mut runner)
        .map_err(|e| Error::Window(e.to_string()))?;
    runner.error.map_or(Ok(()), Err)
}

impl Runner {
    fn fail(&mut self, event_loop: &ActiveEventLoop, e: Error) {
        log::error!("{e}");
        self.error = Some(e);
        event_loop.exit();
    }

    fn redraw(&mut self) -> Result<(), Error> {
        let Some((window, surface)) = self.window.as_mut() else {
            return Ok(());
        };
        let size = window.inner_size();
        let (Some(w), Some(h)) = (NonZeroU32::new(size.width), NonZeroU32::new(size.height)) else {
            // Minimised: nothing to draw until the window has an area again.
            return Ok(());
        };
        self.app.resize(size.width, size.height);
        surface
            .resize(w, h)
            .map_err(|e| Error::Window(e.to_string()))?;
        let mut buffer = surface
            .buffer_mut()
            .map_err(|e| Error::Window(e.to_string()))?;
        // A fresh buffer's contents are undefined: repaint fully unless the surface kept them.
        if buffer.age() == 0 {
            self.app.request_full_frame();
        }
        if let Some(list) = self.app.frame() {
            let bytes: &mut [u8] = bytemuck::cast_slice_mut(&mut buffer);
            let stride = size.width as usize * 4;
            // softbuffer's 0RGB u32s are B, G, R, X bytes in little-endian memory.
            let mut target = RenderTarget::new(
                bytes,
                size.width,
                size.height,
                stride,
                PixelFormat::Bgra8888,
            )
            .map_err(|e| Error::Window(e.to_string()))?;
            let renderer = &mut self.renderer;
            with_fonts(|fonts| {
                renderer.render(
                    list,
                    &mut target,
                    fonts,
                    IRect::from_size(size.width, size.height),
                )
            });
        }
        buffer.present().map_err(|e| Error::Window(e.to_string()))
    }
}

impl ApplicationHandler for Runner {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.window.is_some() {
            return;
        }
        let (w, h) = self.app.profile().size_vp();
        let attrs = Window::default_attributes()
            .with_title(self.options.title.clone())
            .with_inner_size(LogicalSize::new(f64::from(w), f64::from(h)));
        let window = match event_loop.create_window(attrs) {
            Ok(w) => Rc::new(w),
            Err(e) => return self.fail(event_loop, Error::Window(e.to_string())),
        };
        self.app
            .set_density(window.scale_factor() as f32 * self.app.profile().density);
        let surface = softbuffer::Context::new(window.clone())
            .and_then(|context| Surface::new(&context, window.clone()));
        match surface {
            Ok(surface) => {
                log::info!(
                    "window opened: {}x{} px, scale {}",
                    window.inner_size().width,
                    window.inner_size().height,
                    window.scale_factor()
                );
                window.request_redraw();
                self.window = Some((window, surface));
            }
            Err(e) => self.fail(event_loop, Error::Window(e.to_string())),
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        match event {
            WindowEvent::CloseRequested => event_loop.exit(),
            WindowEvent::Resized(size) => {
                self.app.resize(size.width, size.height);
            }
            WindowEvent::ScaleFactorChanged { scale_factor, .. } => {
                self.app.set_density(scale_factor as f32);
            }
            WindowEvent::CursorMoved { position, .. } => {
                self.cursor = (position.x as f32, position.y as f32);
            }
            WindowEvent::MouseInput {
                state,
                button: MouseButton::Left,
                ..
            } => {
                let (x, y) = self.cursor;
                match state {
                    ElementState::Pressed => self.app.pointer_down(x, y),
                    ElementState::Released => self.app.pointer_up(x, y),
                }
            }
            WindowEvent::Touch(t) => {
                let (x, y) = (t.location.x as f32, t.location.y as f32);
                match t.phase {
                    winit::event::TouchPhase::Started => self.app.pointer_down(x, y),
                    winit::event::TouchPhase::Ended => self.app.pointer_up(x, y),
                    _ => {}
                }
            }
            WindowEvent::RedrawRequested => {
                if let Err(e) = self.redraw() {
                    self.fail(event_loop, e);
                }
            }
            _ => {}
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        if let Some(limit) = self.options.exit_after {
            let elapsed = self.started.elapsed();
            if elapsed >= limit {
                event_loop.exit();
                return;
            }
            event_loop.set_control_flow(ControlFlow::WaitUntil(self.started + limit));
        }
        if self.app.needs_frame()
            && let Some((window, _)) = &self.window
        {
            window.request_redraw();
        }
    }
}
