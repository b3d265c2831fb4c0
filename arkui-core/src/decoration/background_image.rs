//! `backgroundImage`, `backgroundImageSize` and `backgroundImagePosition`: an image drawn
//! over the background colour and gradient, under the border, cut to the box's outline.

use arkui_renderer::{CornerRadii, DrawCmd, ImageFilter, Rect};

use crate::image::{ImageStatus, NodeImage};
use crate::tree::Node;
use crate::{Alignment, Length, Units};

/// How often the background image repeats, as ArkUI's `ImageRepeat`.
pub use arkui_renderer::ImageRepeat;

/// How large the background image is drawn, as ArkUI's `backgroundImageSize`.
///
/// ```
/// use arkui_core::{BackgroundImageSize, Length};
/// let s = BackgroundImageSize::Size(Length::Vp(40.0), Length::Vp(20.0));
/// assert_ne!(s, BackgroundImageSize::Cover);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum BackgroundImageSize {
    /// Its natural size (image pixels as vp, as an `Image` shows it; the default).
    #[default]
    Auto,
    /// Scaled to cover the box, aspect ratio kept.
    Cover,
    /// Scaled to fit inside the box, aspect ratio kept.
    Contain,
    /// An explicit width and height (percentages of the box).
    Size(Length, Length),
}

/// Where the background image is drawn, as ArkUI's `backgroundImagePosition`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BackgroundImagePosition {
    /// Aligned in the box (the default is the top-left corner).
    Align(Alignment),
    /// Its top-left corner at this offset from the box's.
    At(Length, Length),
}

impl Default for BackgroundImagePosition {
    fn default() -> Self {
        BackgroundImagePosition::Align(Alignment::TopStart)
    }
}

/// A node's background image settings (its source is the node's image).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct BackgroundImage {
    pub(crate) repeat: ImageRepeat,
    pub(crate) size: BackgroundImageSize,
    pub(crate) position: BackgroundImagePosition,
}

fn along(l: Length, base: f32, units: &Units) -> f32 {
    match l {
        Length::Percent(p) if p.is_finite() => p / 100.0 * base,
        l => l.to_px(units).unwrap_or(0.0),
    }
}

/// The commands drawing `bg` for `node` (whose box is `rect`, corners `radii`), once its
/// image is decoded.
pub(crate) fn commands(
    bg: &BackgroundImage,
    node: &Node,
    rect: Rect,
    radii: CornerRadii,
    units: &Units,
    opacity: f32,
) -> Vec<DrawCmd> {
    let Some(img) = node.extension::<NodeImage>() else {
        return Vec::new();
    };
    let ImageStatus::Loaded { width, height } = img.status else {
        return Vec::new();
    };
    let Some(key) = img.src.as_ref().map(|s| s.key()) else {
        return Vec::new();
    };
    let (iw, ih) = (width as f32 * units.density, height as f32 * units.density);
    let (w, h) = (rect.width, rect.height);
    if !(iw > 0.0 && ih > 0.0 && w > 0.0 && h > 0.0) {
        return Vec::new();
    }
    let (tw, th) = match bg.size {
        BackgroundImageSize::Auto => (iw, ih),
        BackgroundImageSize::Cover => {
            let s = (w / iw).max(h / ih);
            (iw * s, ih * s)
        }
        BackgroundImageSize::Contain => {
            let s = (w / iw).min(h / ih);
            (iw * s, ih * s)
        }
        BackgroundImageSize::Size(a, b) => (along(a, w, units), along(b, h, units)),
    };
    if !(tw.is_finite() && th.is_finite() && tw > 0.0 && th > 0.0) {
        return Vec::new();
    }
    let (ox, oy) = match bg.position {
        BackgroundImagePosition::At(x, y) => (along(x, w, units), along(y, h, units)),
        BackgroundImagePosition::Align(a) => {
            let (fx, fy) = match a {
                Alignment::TopStart => (0.0, 0.0),
                Alignment::Top => (0.5, 0.0),
                Alignment::TopEnd => (1.0, 0.0),
                Alignment::Start => (0.0, 0.5),
                Alignment::Center => (0.5, 0.5),
                Alignment::End => (1.0, 0.5),
                Alignment::BottomStart => (0.0, 1.0),
                Alignment::Bottom => (0.5, 1.0),
                Alignment::BottomEnd => (1.0, 1.0),
            };
            ((w - tw) * fx, (h - th) * fy)
        }
    };
    // One command draws every tile (a tiny tile costs no more commands than a big one).
    let clip = if radii.is_zero() {
        DrawCmd::PushClip { rect }
    } else {
        DrawCmd::PushRoundedClip { rect, radii }
    };
    vec![
        clip,
        DrawCmd::ImagePattern {
            rect,
            image: key,
            tile: Rect::new(rect.x + ox, rect.y + oy, tw, th),
            repeat: bg.repeat,
            filter: ImageFilter::Bilinear,
            opacity,
        },
        DrawCmd::PopClip,
    ]
}
