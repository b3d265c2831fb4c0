//! Animated images: every frame of an animated GIF or WebP, decoded whole (each frame is the
//! full canvas with the format's disposal already applied), with its delay and the file's
//! loop count.
//!
//! All frames of an animation together stay under the same `max_alloc` as one still image:
//! an animation too large for the device's budget is refused with
//! [`ImageError::OverBudget`] (the loader then shows its first frame still).

use std::io::Cursor;
use std::sync::Arc;

use image::AnimationDecoder;

use super::decode::check_size;
use super::{ImageData, ImageError, ImageLimits};
use crate::ImageKey;

/// Frames beyond this many are refused, whatever their size (a hostile file of a million
/// one-pixel frames).
pub const MAX_ANIMATION_FRAMES: usize = 1024;

/// Delays shorter than this play at [`SLOW_FRAME_MS`], as browsers do: many GIFs say 0 or
/// 10 ms and were made to be shown at 100 ms.
pub const MIN_FRAME_MS: u32 = 20;

/// The delay given to frames that ask for less than [`MIN_FRAME_MS`].
pub const SLOW_FRAME_MS: u32 = 100;

/// The frames of an animated image.
///
/// ```
/// use arkui_renderer::images::{AnimatedImage, ImageData};
/// let frame = |v| ImageData::from_premultiplied_rgba(1, 1, vec![v; 4]).unwrap();
/// let a = AnimatedImage::new(vec![(frame(0), 50), (frame(255), 0)], None).unwrap();
/// assert_eq!(a.frame_count(), 2);
/// assert_eq!(a.delays_ms(), &[50, 100], "a 0 ms delay plays at 100 ms");
/// assert_eq!(a.byte_size(), 8);
/// ```
#[derive(Clone, Debug)]
pub struct AnimatedImage {
    frames: Vec<Arc<ImageData>>,
    delays_ms: Arc<[u32]>,
    plays: Option<u32>,
}

impl AnimatedImage {
    /// From frames with their delays (ms) and how many times the whole animation plays
    /// (`None`: forever). `None` when there are no frames or their sizes differ.
    pub fn new(frames: Vec<(ImageData, u32)>, plays: Option<u32>) -> Option<AnimatedImage> {
        let first = frames.first()?;
        let size = (first.0.width(), first.0.height());
        if frames.iter().any(|(f, _)| (f.width(), f.height()) != size) {
            return None;
        }
        let delays_ms = frames
            .iter()
            .map(|(_, d)| if *d < MIN_FRAME_MS { SLOW_FRAME_MS } else { *d })
            .collect();
        Some(AnimatedImage {
            frames: frames.into_iter().map(|(f, _)| Arc::new(f)).collect(),
            delays_ms,
            plays: plays.filter(|n| *n > 0),
        })
    }

    /// How many frames.
    pub fn frame_count(&self) -> usize {
        self.frames.len()
    }

    /// Frame `i` (clamped to the last).
    pub fn frame(&self, i: usize) -> &ImageData {
        &self.frames[i.min(self.frames.len() - 1)]
    }

    /// Each frame's delay, ms (at least [`MIN_FRAME_MS`]).
    pub fn delays_ms(&self) -> &[u32] {
        &self.delays_ms
    }

    /// The delays, shared (what an app's node keeps to time the animation).
    pub fn shared_delays(&self) -> Arc<[u32]> {
        self.delays_ms.clone()
    }

    /// How many times the animation plays (`None`: forever).
    pub fn plays(&self) -> Option<u32> {
        self.plays
    }

    /// Bytes of all frames' pixels.
    pub fn byte_size(&self) -> usize {
        self.frames.iter().map(|f| f.byte_size()).sum()
    }

    /// Its only frame, when it has one.
    pub(crate) fn into_still(self) -> Option<ImageData> {
        if self.frames.len() != 1 {
            return None;
        }
        let f = self.frames.into_iter().next()?;
        Some(Arc::try_unwrap(f).unwrap_or_else(|shared| (*shared).clone()))
    }

    /// The same animation with `f` applied to every frame.
    pub fn map_frames(self, f: impl Fn(&ImageData) -> ImageData) -> AnimatedImage {
        // Frame by frame, each old one dropped as its new one is made: at most one frame
        // more than the animation is held at a time.
        let frames = self
            .frames
            .into_iter()
            .map(|x| {
                let new = f(&x);
                drop(x);
                Arc::new(new)
            })
            .collect();
        AnimatedImage {
            frames,
            delays_ms: self.delays_ms,
            plays: self.plays,
        }
    }

    pub(super) fn frames(&self) -> &[Arc<ImageData>] {
        &self.frames
    }
}

impl ImageKey {
    /// The key of frame `i` of the animated image under this key; frame 0 is the key
    /// itself (what a still view of the animation shows).
    ///
    /// ```
    /// use arkui_renderer::ImageKey;
    /// let k = ImageKey(42);
    /// assert_eq!(k.frame(0), k);
    /// assert_ne!(k.frame(1), k.frame(2));
    /// ```
    pub fn frame(self, i: usize) -> ImageKey {
        if i == 0 {
            return self;
        }
        // SplitMix64 of key and index: frame keys of different images do not collide in
        // practice, and never with the images' own keys more than any two hashes do.
        let mut z = self.0 ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ImageKey(z ^ (z >> 31))
    }
}

/// Whether `bytes` may hold an animation this module decodes (a GIF, or a WebP with an
/// animation chunk); a cheap look at the header.
pub fn may_be_animated(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return true;
    }
    // RIFF....WEBPVP8X, whose flags byte has the animation bit.
    bytes.len() > 20
        && &bytes[0..4] == b"RIFF"
        && &bytes[8..12] == b"WEBP"
        && &bytes[12..16] == b"VP8X"
        && bytes[20] & 0x02 != 0
}

/// Decode every frame of an animated GIF or WebP under `limits` (all frames together
/// within `max_alloc`). `Ok(None)` when the image is not animated (one frame, or not one of
/// those formats): decode it as a still image.
///
/// ```
/// use arkui_renderer::images::{ImageLimits, decode_animation};
/// assert!(decode_animation(b"not a gif", &ImageLimits::default()).unwrap().is_none());
/// ```
pub fn decode_animation(
    bytes: &[u8],
    limits: &ImageLimits,
) -> Result<Option<AnimatedImage>, ImageError> {
    Ok(decode_frames(bytes, limits)?.filter(|a| a.frame_count() > 1))
}

/// [`decode_animation`], keeping a one-frame GIF or WebP as a one-frame animation (so the
/// loader decodes a still GIF once, not twice).
pub(crate) fn decode_frames(
    bytes: &[u8],
    limits: &ImageLimits,
) -> Result<Option<AnimatedImage>, ImageError> {
    if !may_be_animated(bytes) {
        return Ok(None);
    }
    std::panic::catch_unwind(|| decode_unguarded(bytes, limits)).unwrap_or_else(|_| {
        Err(ImageError::Malformed(
            "the decoder crashed on this animation".into(),
        ))
    })
}

fn decode_unguarded(
    bytes: &[u8],
    limits: &ImageLimits,
) -> Result<Option<AnimatedImage>, ImageError> {
    let malformed = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => ImageError::OverBudget {
            max_alloc: limits.max_alloc,
        },
        other => ImageError::Malformed(other.to_string()),
    };
    let (frames, plays) = if bytes.starts_with(b"GIF") {
        let mut d = image::codecs::gif::GifDecoder::new(Cursor::new(bytes)).map_err(malformed)?;
        let (w, h) = image::ImageDecoder::dimensions(&d);
        check_size(w, h, limits)?;
        let mut l = image::Limits::default();
        l.max_image_width = Some(limits.max_width);
        l.max_image_height = Some(limits.max_height);
        l.max_alloc = Some(limits.max_alloc);
        image::ImageDecoder::set_limits(&mut d, l).map_err(malformed)?;
        // A GIF's loop count is how many times it plays again after the first, as
        // browsers read it; a WebP's is how many times it plays.
        let plays = loop_plays(d.loop_count()).map(|n| n.saturating_add(1));
        (d.into_frames(), plays)
    } else {
        let d = image::codecs::webp::WebPDecoder::new(Cursor::new(bytes)).map_err(malformed)?;
        if !d.has_animation() {
            return Ok(None);
        }
        let (w, h) = image::ImageDecoder::dimensions(&d);
        check_size(w, h, limits)?;
        let plays = loop_plays(d.loop_count());
        (d.into_frames(), plays)
    };
    let mut out = Vec::new();
    let mut total: u64 = 0;
    for frame in frames {
        let frame = frame.map_err(malformed)?;
        let (numer, denom) = frame.delay().numer_denom_ms();
        let delay = numer.checked_div(denom).unwrap_or(0);
        let buf = frame.into_buffer();
        let (w, h) = buf.dimensions();
        total += u64::from(w) * u64::from(h) * 4;
        // The frames kept, plus the decoder's canvas and the frame being composed.
        if total * 3 / 2 > limits.max_alloc || out.len() >= MAX_ANIMATION_FRAMES {
            return Err(ImageError::OverBudget {
                max_alloc: limits.max_alloc,
            });
        }
        let data = ImageData::from_straight_rgba(w, h, buf.into_raw())
            .ok_or_else(|| ImageError::Malformed("decoder returned a short frame".into()))?;
        out.push((data, delay));
    }
    AnimatedImage::new(out, plays)
        .map(Some)
        .ok_or_else(|| ImageError::Malformed("the frames differ in size".into()))
}

fn loop_plays(count: image::metadata::LoopCount) -> Option<u32> {
    match count {
        image::metadata::LoopCount::Infinite => None,
        image::metadata::LoopCount::Finite(n) => Some(n.get()),
    }
}
