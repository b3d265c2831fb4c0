//! Images: decoding with explicit limits, a decode thread, and a byte-bounded cache the
//! renderer reads when it meets [`crate::DrawCmd::Image`].
//!
//! The display list only names an image by [`crate::ImageKey`]. Bytes go to an
//! [`ImageLoader`], which decodes them off the UI thread under the device profile's
//! [`ImageLimits`]; [`ImageLoader::poll`] moves finished images into an [`ImageCache`] and
//! reports each result as an [`ImageEvent`]. An image that failed (or is not decoded yet)
//! draws as a placeholder, never as a panic.

mod animation;
mod cache;
mod data;
mod decode;
mod loader;
#[cfg(feature = "svg")]
mod svg;

pub use animation::{
    AnimatedImage, MAX_ANIMATION_FRAMES, MIN_FRAME_MS, SLOW_FRAME_MS, decode_animation,
    may_be_animated,
};
pub use cache::{ImageCache, ImageState};
pub use data::ImageData;
pub use decode::{ImageError, ImageLimits, decode, decode_scaled};
pub use loader::{DecodeOptions, ImageEvent, ImageLoader};
#[cfg(feature = "svg")]
pub use svg::{MAX_SVG_BYTES, MAX_SVG_DEPTH, MAX_SVG_ELEMENTS};
