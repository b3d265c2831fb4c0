//! DRM/KMS with dumb buffers: pick a connected connector and a mode, allocate two
//! XRGB8888 dumb buffers, render into the hidden one with the software renderer and page
//! flip at vblank. Input comes from evdev, as on fbdev.
//!
//! Mode selection and the flip state machine are plain code ([`choose_mode`],
//! [`FlipChain`]) tested without a card; the card paths need `/dev/dri/cardN` and run on a
//! board (see the ignored test in `tests/drm.rs`).

mod backend;
mod flip;
mod mode;

pub use backend::DrmBackend;
pub use flip::FlipChain;
pub use mode::{ModeCandidate, ModeRequest, choose_mode};
