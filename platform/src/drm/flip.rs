//! [`FlipChain`]: which of two scan-out buffers is shown, which is drawn, and whether a
//! page flip is still in flight — the state machine of DRM double buffering, kept apart
//! from the ioctls so it is tested without a card.

/// Double-buffer bookkeeping for page flips.
///
/// ```
/// use arkui_platform::drm::FlipChain;
/// let mut chain = FlipChain::new();
/// assert_eq!(chain.back(), Some(1)); // buffer 0 is scanned out after the mode set
/// chain.flip_queued();
/// assert_eq!(chain.back(), None); // no drawing while the flip is in flight
/// chain.flip_done();
/// assert_eq!((chain.front(), chain.back()), (1, Some(0)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlipChain {
    front: usize,
    pending: bool,
}

impl FlipChain {
    /// Buffer 0 on screen, nothing in flight.
    pub fn new() -> FlipChain {
        FlipChain {
            front: 0,
            pending: false,
        }
    }

    /// The buffer on screen.
    pub fn front(&self) -> usize {
        self.front
    }

    /// The buffer to draw the next frame into, or `None` while a flip is in flight (the
    /// other buffer may still be scanned out until the flip completes at vblank).
    pub fn back(&self) -> Option<usize> {
        (!self.pending).then_some(1 - self.front)
    }

    /// Whether a flip is waiting for its vblank.
    pub fn is_pending(&self) -> bool {
        self.pending
    }

    /// A flip to the back buffer was queued.
    pub fn flip_queued(&mut self) {
        self.pending = true;
    }

    /// The kernel reported the flip done: the back buffer is now on screen.
    pub fn flip_done(&mut self) {
        if self.pending {
            self.pending = false;
            self.front = 1 - self.front;
        }
    }
}

impl Default for FlipChain {
    fn default() -> Self {
        FlipChain::new()
    }
}
