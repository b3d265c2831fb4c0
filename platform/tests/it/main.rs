//! Every integration test of this crate in one binary (linking one test binary per
//! file cost CI minutes); each file stays where it was and is a module here.
#![cfg_attr(
    any(feature = "fbdev", feature = "drm"),
    expect(
        clippy::duplicate_mod,
        reason = "each file keeps the helper modules it declared as its own binary"
    )
)]

#[path = "../drm.rs"]
mod drm;
#[path = "../evdev.rs"]
mod evdev;
#[path = "../fbdev.rs"]
mod fbdev;
#[path = "../frame_loop.rs"]
mod frame_loop;
#[path = "../select.rs"]
mod select;
#[cfg(feature = "uitest")]
#[path = "../uitest_server.rs"]
mod uitest_server;
