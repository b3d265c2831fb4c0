//! Support for virtualising containers (List, Grid, WaterFlow, Swiper in arkui-widgets):
//! a frame clock callback ([`post_frame_callback`], ArkUI's `postFrameCallback`) that drives
//! flings and springs deterministically, layout observers ([`observe_layout`], ArkUI's
//! component observer `on('layout')`) through which a container measures its items and
//! places them, and [`LazyWindow`]: the range of a `LazyForEach` a container mounts.
//!
//! Layout settles within a frame: when an observer changes the tree (mounts rows, moves
//! items), layout runs again, a bounded number of times.

mod frame_callback;
mod into_view;
mod lazy_window;
mod observer;
mod repeat;
mod wheel;

pub use frame_callback::{has_frame_callbacks, post_frame_callback};
pub use into_view::set_scroll_into_view;
pub use lazy_window::LazyWindow;
pub use observer::observe_layout;
pub use repeat::{Repeat, RepeatItem, TemplateOptions, VirtualScrollOptions};
pub use wheel::set_wheel_handler;

pub(crate) use into_view::into_view_handlers;
pub(crate) use lazy_window::window_of;
pub(crate) use observer::{MAX_SETTLE_PASSES, run_layout_observers};
pub(crate) use wheel::{has_wheel_handler, wheel_handler};
