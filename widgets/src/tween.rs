//! A value eased over time on the app's frame clock, for components that move something of
//! their own (not a node attribute `animate_to` could animate): a collapsing title bar, a
//! picker wheel settling on an item. Starting again, or stopping, ends the one running.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::{now_ms, post_frame_callback};

/// One running ease at a time.
#[derive(Clone, Default)]
pub(crate) struct Tween {
    /// Bumped by each start and stop: an ease whose number is not current ends.
    generation: Rc<Cell<u64>>,
    running: Rc<Cell<bool>>,
}

impl Tween {
    /// Stop the running ease (its `done` is not called).
    pub(crate) fn stop(&self) {
        self.generation.set(self.generation.get() + 1);
        self.running.set(false);
    }

    /// Whether an ease is running.
    pub(crate) fn running(&self) -> bool {
        self.running.get()
    }

    /// Call `step` with the eased progress (0..=1, ease-out) each frame for `ms`, ending on
    /// 1, then `done`.
    pub(crate) fn start(&self, ms: f64, step: impl Fn(f32) + 'static, done: impl Fn() + 'static) {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        self.running.set(true);
        let start = now_ms();
        let ms = if ms.is_finite() { ms.max(0.0) } else { 0.0 };
        let run = Rc::new(Run {
            cell: self.generation.clone(),
            running: self.running.clone(),
            generation,
            start,
            ms,
            step: Box::new(step),
            done: Box::new(done),
        });
        run.schedule();
    }
}

struct Run {
    cell: Rc<Cell<u64>>,
    running: Rc<Cell<bool>>,
    generation: u64,
    start: f64,
    ms: f64,
    step: Box<dyn Fn(f32)>,
    done: Box<dyn Fn()>,
}

impl Run {
    fn schedule(self: Rc<Self>) {
        post_frame_callback(move |now| {
            if self.cell.get() != self.generation {
                return;
            }
            let k = if self.ms <= 0.0 {
                1.0
            } else {
                ((now - self.start) / self.ms).clamp(0.0, 1.0) as f32
            };
            // Ease out (cubic): fast first, gentle at the end.
            let eased = 1.0 - (1.0 - k).powi(3);
            (self.step)(eased);
            if k < 1.0 {
                self.schedule();
            } else {
                self.running.set(false);
                (self.done)();
            }
        });
    }
}
