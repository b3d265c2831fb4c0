//! [`WaylandBackend`]: the connection, the event queue and the window, as a [`Backend`].

use std::time::Duration;

use arkui_core::{App, Modifiers};
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use smithay_client_toolkit::compositor::CompositorState;
use smithay_client_toolkit::output::OutputState;
use smithay_client_toolkit::reexports::client::globals::registry_queue_init;
use smithay_client_toolkit::reexports::client::{Connection, EventQueue, QueueHandle};
use smithay_client_toolkit::registry::RegistryState;
use smithay_client_toolkit::seat::SeatState;
use smithay_client_toolkit::shell::WaylandSurface;
use smithay_client_toolkit::shell::xdg::XdgShell;
use smithay_client_toolkit::shell::xdg::window::WindowDecorations;
use smithay_client_toolkit::shm::Shm;

use super::presenter::{Presenter, choose};
use super::state::State;
use crate::{Backend, BackendEvent, Error, PlatformKind};

/// A Wayland window drawn with the software renderer into wl_shm buffers, or with wgpu on
/// its wl_surface (features `wayland` + `wgpu`, see [`WaylandBackend::gpu_adapter`]).
pub struct WaylandBackend {
    /// First field, so it drops first: a wgpu surface goes before the window it is on.
    presenter: Presenter,
    conn: Connection,
    queue: EventQueue<State>,
    qh: QueueHandle<State>,
    state: State,
    frames: u64,
}

impl std::fmt::Debug for WaylandBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WaylandBackend")
            .field("size", &self.state.physical_size())
            .field("scale", &self.state.scale)
            .field("frames", &self.frames)
            .finish_non_exhaustive()
    }
}

fn unavailable(reason: String) -> Error {
    Error::Unavailable {
        platform: "wayland".into(),
        reason,
    }
}

fn missing<E: std::fmt::Display>(what: &'static str) -> impl FnOnce(E) -> Error {
    move |e| unavailable(format!("the compositor has no {what} ({e})"))
}

fn protocol(e: impl std::fmt::Display) -> Error {
    Error::Window(format!("wayland: {e}"))
}

impl WaylandBackend {
    /// Connect to the compositor in `WAYLAND_DISPLAY` and open an xdg-shell window titled
    /// `title`, sized to `app`'s profile (in surface coordinates) unless the compositor
    /// decides.
    pub fn connect(title: &str, app: &App) -> Result<WaylandBackend, Error> {
        let conn = Connection::connect_to_env().map_err(|e| {
            unavailable(format!(
                "cannot connect to the compositor ({e}); is WAYLAND_DISPLAY the socket of a \
                 running compositor in XDG_RUNTIME_DIR?"
            ))
        })?;
        let (globals, queue) = registry_queue_init::<State>(&conn).map_err(protocol)?;
        let qh = queue.handle();
        let compositor = CompositorState::bind(&globals, &qh).map_err(missing("wl_compositor"))?;
        let xdg = XdgShell::bind(&globals, &qh).map_err(missing("xdg_wm_base"))?;
        let shm = Shm::bind(&globals, &qh).map_err(missing("wl_shm"))?;
        let surface = compositor.create_surface(&qh);
        let window = xdg.create_window(surface, WindowDecorations::RequestServer, &qh);
        window.set_title(title.to_string());
        window.set_app_id("rs.arkui.app".to_string());
        // The first commit without a buffer asks the compositor for a configure.
        window.commit();
        let (w, h) = app.profile().size_vp();
        let default_size = ((w.round() as u32).max(1), (h.round() as u32).max(1));
        // Scale 1 until an output says otherwise; the presenter follows later sizes.
        let presenter = choose(&conn, &window, &shm, app.profile().renderer, default_size)?;
        let state = State {
            registry: RegistryState::new(&globals),
            seats: SeatState::new(&globals, &qh),
            outputs: OutputState::new(&globals, &qh),
            shm,
            _compositor: compositor,
            _xdg: xdg,
            window,
            logical_size: (0, 0),
            default_size,
            scale: 1,
            profile_density: app.profile().density,
            configured: false,
            frame_pending: false,
            closed: false,
            events: Vec::new(),
            keyboard: None,
            pointer: None,
            touch: None,
            modifiers: Modifiers::default(),
            touches: Vec::new(),
        };
        Ok(WaylandBackend {
            presenter,
            conn,
            queue,
            qh,
            state,
            frames: 0,
        })
    }

    /// Frames committed so far.
    pub fn frames(&self) -> u64 {
        self.frames
    }

    /// Whether the compositor has configured the window (it can be drawn).
    pub fn is_configured(&self) -> bool {
        self.state.configured
    }

    /// The adapter wgpu presents with, as wgpu describes it (its name first); `None` when
    /// the software renderer draws into wl_shm buffers.
    pub fn gpu_adapter(&self) -> Option<&str> {
        match &self.presenter {
            Presenter::Shm(_) => None,
            #[cfg(feature = "wgpu")]
            Presenter::Gpu(gpu) => Some(gpu.adapter()),
        }
    }

    /// The surface's buffer scale (the output's integer scale).
    pub fn scale(&self) -> i32 {
        self.state.scale
    }

    fn flush(&self) -> Result<(), Error> {
        match self.conn.flush() {
            Ok(()) => Ok(()),
            // A full socket drains when the compositor reads; the next flush sends the rest.
            Err(smithay_client_toolkit::reexports::client::backend::WaylandError::Io(e))
                if e.kind() == std::io::ErrorKind::WouldBlock =>
            {
                Ok(())
            }
            Err(e) => Err(protocol(format!("the compositor connection broke: {e}"))),
        }
    }
}

impl Backend for WaylandBackend {
    fn kind(&self) -> PlatformKind {
        PlatformKind::Wayland
    }

    fn size(&self) -> (u32, u32) {
        self.state.physical_size()
    }

    fn wait(
        &mut self,
        timeout: Option<Duration>,
        events: &mut Vec<BackendEvent>,
    ) -> Result<(), Error> {
        self.queue
            .dispatch_pending(&mut self.state)
            .map_err(protocol)?;
        if self.state.events.is_empty() {
            self.flush()?;
            if let Some(guard) = self.queue.prepare_read() {
                let ts = timeout.map(|t| Timespec {
                    tv_sec: t.as_secs().try_into().unwrap_or(i64::MAX),
                    tv_nsec: t.subsec_nanos().into(),
                });
                let mut fds = [PollFd::from_borrowed_fd(
                    guard.connection_fd(),
                    PollFlags::IN | PollFlags::ERR,
                )];
                match poll(&mut fds, ts.as_ref()) {
                    Ok(n) if n > 0 => match guard.read() {
                        Ok(_) => {}
                        Err(
                            smithay_client_toolkit::reexports::client::backend::WaylandError::Io(e),
                        ) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                        Err(e) => {
                            return Err(protocol(format!("the compositor went away: {e}")));
                        }
                    },
                    Ok(_) | Err(rustix::io::Errno::INTR) => drop(guard),
                    Err(e) => return Err(protocol(format!("poll failed: {e}"))),
                }
            }
            self.queue
                .dispatch_pending(&mut self.state)
                .map_err(protocol)?;
        }
        events.append(&mut self.state.events);
        Ok(())
    }

    fn ready_for_frame(&self) -> bool {
        self.state.configured && !self.state.frame_pending && !self.state.closed
    }

    fn paced_by_display(&self) -> bool {
        true
    }

    fn present(&mut self, app: &mut App) -> Result<bool, Error> {
        if !self.ready_for_frame() {
            return Ok(false);
        }
        let (w, h) = self.state.physical_size();
        if w == 0 || h == 0 {
            return Ok(false);
        }
        app.resize(w, h);
        if !app.needs_frame() {
            return Ok(false);
        }
        let (window, qh) = (&self.state.window, &self.qh);
        let shown = match &mut self.presenter {
            Presenter::Shm(shm) => shm.present(app, window, qh, (w, h))?,
            #[cfg(feature = "wgpu")]
            Presenter::Gpu(gpu) => gpu.present(app, window, qh, (w, h))?,
        };
        if !shown {
            return Ok(false);
        }
        self.state.frame_pending = true;
        self.frames += 1;
        self.flush()?;
        Ok(true)
    }
}
