//! [`ShmPresenter`]: the software renderer drawing into double-buffered wl_shm buffers, each
//! buffer repainting only what changed since it was last shown.

use arkui_core::App;
use arkui_renderer::software::{RenderTarget, SoftwareRenderer};
use arkui_renderer::{IRect, PixelFormat};
use smithay_client_toolkit::compositor::FrameCallbackData;
use smithay_client_toolkit::reexports::client::QueueHandle;
use smithay_client_toolkit::reexports::client::protocol::wl_shm;
use smithay_client_toolkit::shell::WaylandSurface;
use smithay_client_toolkit::shell::xdg::window::Window;
use smithay_client_toolkit::shm::Shm;
use smithay_client_toolkit::shm::slot::{Buffer, SlotPool};

use super::state::State;
use crate::Error;
use crate::damage_history::{BufferAges, DamageHistory};
use crate::present;

/// Buffers kept: one shown by the compositor, one being drawn, one spare for compositors
/// that hold on to a released buffer a little longer.
const MAX_BUFFERS: usize = 3;

/// Software frames in wl_shm buffers.
pub(crate) struct ShmPresenter {
    pool: SlotPool,
    buffers: Vec<Buffer>,
    /// Which frame each buffer holds, and what changed in the frames since.
    ages: BufferAges,
    history: DamageHistory,
    /// Boxed: the renderer's caches would make every presenter variant as large.
    renderer: Box<SoftwareRenderer>,
}

fn protocol(e: impl std::fmt::Display) -> Error {
    Error::Window(format!("wayland: {e}"))
}

impl ShmPresenter {
    /// A pool sized for one `size` (pixels) frame; it grows as buffers need.
    pub(crate) fn new(shm: &Shm, size: (u32, u32)) -> Result<ShmPresenter, Error> {
        let pool = SlotPool::new((size.0.max(1) * size.1.max(1) * 4) as usize, shm)
            .map_err(|e| protocol(format!("cannot create a shared-memory pool: {e}")))?;
        Ok(ShmPresenter {
            pool,
            buffers: Vec::new(),
            ages: BufferAges::default(),
            history: DamageHistory::default(),
            renderer: Box::default(),
        })
    }

    /// Draw `app`'s next frame at `w` x `h` into a free buffer, ask for a frame callback and
    /// commit. Returns whether a frame was committed (`false`: no frame, or every buffer is
    /// still held by the compositor).
    pub(crate) fn present(
        &mut self,
        app: &mut App,
        window: &Window,
        qh: &QueueHandle<State>,
        (w, h): (u32, u32),
    ) -> Result<bool, Error> {
        let stride = w as i32 * 4;
        // Buffers of another size go; each kept buffer keeps what it missed since it was drawn.
        let keep: Vec<bool> = self
            .buffers
            .iter()
            .map(|b| b.height() == h as i32 && b.stride() == stride)
            .collect();
        let mut flags = keep.iter();
        self.buffers
            .retain(|_| flags.next().copied().unwrap_or(false));
        self.ages.retain(&keep);
        // A buffer the compositor released: drawing into one it still reads would tear.
        let free = self
            .buffers
            .iter()
            .position(|b| b.canvas(&mut self.pool).is_some());
        let index = match free {
            Some(i) => i,
            None if self.buffers.len() < MAX_BUFFERS => {
                let (buffer, _) = self
                    .pool
                    .create_buffer(w as i32, h as i32, stride, wl_shm::Format::Xrgb8888)
                    .map_err(|e| protocol(format!("cannot create a {w}x{h} buffer: {e}")))?;
                self.buffers.push(buffer);
                self.ages.push();
                self.buffers.len() - 1
            }
            // Every buffer still on screen: wait for the compositor to release one.
            None => return Ok(false),
        };
        let Some(frame) = present::next_frame(app, (w, h)) else {
            return Ok(false);
        };
        let buffer = &self.buffers[index];
        let canvas = buffer
            .canvas(&mut self.pool)
            .ok_or_else(|| protocol("a released buffer became busy"))?;
        // wl_shm XRGB8888 is little-endian B, G, R, X in memory: opaque, so the compositor
        // need not blend it.
        let mut target = RenderTarget::new(canvas, w, h, stride as usize, PixelFormat::Bgra8888)
            .map_err(|e| protocol(e.to_string()))?;
        // This buffer may hold an older frame: it repaints what changed since it was drawn;
        // the compositor is told what changed since the frame it shows.
        let plan = self.history.plan(
            self.ages.age(index, &self.history),
            &frame,
            IRect::from_size(w, h),
        );
        self.ages.drawn(index, &self.history);
        present::draw(app, &mut self.renderer, &mut target, &plan);
        let changed = frame.without_blit();
        let surface = window.wl_surface();
        for r in changed.rects() {
            surface.damage_buffer(r.x0, r.y0, r.width() as i32, r.height() as i32);
        }
        surface.frame(qh, FrameCallbackData(surface.clone()));
        buffer.attach_to(surface).map_err(protocol)?;
        window.commit();
        Ok(true)
    }
}
