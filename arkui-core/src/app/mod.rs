//! [`App`]: a mounted UI driven frame by frame by a platform. `pipeline` holds the app and its
//! frame pipeline (layout → display list); `input` turns platform input into clicks, keys and
//! focus moves; `requests` carries a UI's requests to switch profile or renderer.

mod back;
pub(crate) mod context;
mod focus_request;
mod images;
mod input;
mod overlays;
pub(crate) mod pipeline;
mod requests;
pub(crate) mod restorable;
mod snapshot;

pub use back::{BACK_EDGE_VP, BACK_SWIPE_VP};
pub(crate) use images::{current_image_limits, read_image_source};
pub use pipeline::App;
pub use requests::{AppRequests, RendererStatus};
pub use snapshot::SNAPSHOT_VERSION;
