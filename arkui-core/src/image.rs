//! Image content on nodes: what a node shows ([`ImageSource`], fit, sampling), where its
//! decode stands ([`ImageStatus`]) and the paint command it records.
//!
//! A node's image lives in a side table keyed by node, so nodes without images pay nothing.
//! Setting a source only records it; the [`crate::App`] the node is mounted in reads the
//! bytes at its next frame, hands them to its decode thread under the device profile's
//! limits, and reports the outcome back through the node's `on_complete` / `on_error`
//! handlers on the UI thread (see `App::wait_for_images`).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use arkui_renderer::images::DecodeOptions;
pub use arkui_renderer::images::{ImageError, ImageLimits};
use arkui_renderer::{Color, DrawCmd, ImageKey, ImageRepeat, Rect};
pub use arkui_renderer::{ImageFilter, ImageFit};

use crate::tree::{Node, NodeId, with_tree};

/// Where an image's bytes come from, ArkUI's `Image(src)`.
///
/// ```
/// use arkui_core::ImageSource;
/// let a = ImageSource::from("assets/logo.png");
/// assert_eq!(a, ImageSource::File("assets/logo.png".into()));
/// let b = ImageSource::from(vec![0x89, b'P', b'N', b'G']);
/// assert!(matches!(b, ImageSource::Bytes(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ImageSource {
    /// A file path (a resource under the app's assets, or any path).
    File(PathBuf),
    /// Encoded bytes already in memory (PNG, JPEG, GIF, WebP, BMP, SVG).
    Bytes(Arc<[u8]>),
    /// Encoded bytes compiled into the app (`include_bytes!`, a `resources!` media file),
    /// made for a screen of `dpi` dots per inch: a bitmap lays out at `dpi / 160` pixels
    /// per vp (160 is one pixel per vp, what the other sources use), so an `xldpi` (320)
    /// icon of 48 px is 24 vp wide.
    Static {
        /// The encoded file.
        bytes: &'static [u8],
        /// The density it was drawn for.
        dpi: u16,
    },
}

impl From<&str> for ImageSource {
    fn from(p: &str) -> ImageSource {
        ImageSource::File(p.into())
    }
}

impl From<String> for ImageSource {
    fn from(p: String) -> ImageSource {
        ImageSource::File(p.into())
    }
}

impl From<PathBuf> for ImageSource {
    fn from(p: PathBuf) -> ImageSource {
        ImageSource::File(p)
    }
}

impl From<&std::path::Path> for ImageSource {
    fn from(p: &std::path::Path) -> ImageSource {
        ImageSource::File(p.to_path_buf())
    }
}

impl From<Vec<u8>> for ImageSource {
    fn from(b: Vec<u8>) -> ImageSource {
        ImageSource::Bytes(b.into())
    }
}

impl From<&'static [u8]> for ImageSource {
    /// Bytes compiled into the app, at one pixel per vp; not copied.
    fn from(b: &'static [u8]) -> ImageSource {
        ImageSource::Static {
            bytes: b,
            dpi: MDPI,
        }
    }
}

/// The density at which one image pixel is one vp.
pub(crate) const MDPI: u16 = 160;

impl ImageSource {
    /// The cache key: equal sources share one decoded image.
    pub(crate) fn key(&self) -> ImageKey {
        self.key_with(DecodeOptions::default())
    }

    /// The cache key of this source decoded with `options` (a template is another image).
    pub(crate) fn key_with(&self, options: DecodeOptions) -> ImageKey {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        match self {
            // Compiled-in bytes are named by where they are (hashing their content on every
            // paint would cost a pass over the file).
            ImageSource::Static { bytes, dpi } => {
                (bytes.as_ptr() as usize, bytes.len(), *dpi).hash(&mut h);
            }
            other => other.hash(&mut h),
        }
        if options != DecodeOptions::default() {
            options.hash(&mut h);
        }
        ImageKey(h.finish())
    }

    /// The density the source was made for (160, one pixel per vp, unless it says).
    pub(crate) fn dpi(&self) -> u16 {
        match self {
            ImageSource::Static { dpi, .. } => *dpi,
            _ => MDPI,
        }
    }

    /// What the inspector shows as `src`.
    pub(crate) fn describe(&self) -> String {
        match self {
            ImageSource::File(p) => p.display().to_string(),
            ImageSource::Bytes(b) => format!("<{} bytes>", b.len()),
            ImageSource::Static { bytes, dpi } if *dpi == MDPI => {
                format!("<{} bytes>", bytes.len())
            }
            ImageSource::Static { bytes, dpi } => format!("<{} bytes, {dpi} dpi>", bytes.len()),
        }
    }
}

/// Why an image could not be shown, with what to do about it.
///
/// ```
/// use arkui_core::{ImageError, ImageLoadError};
/// let e = ImageLoadError::Decode(ImageError::UnknownFormat);
/// assert!(e.to_string().contains("PNG"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageLoadError {
    /// The file could not be read.
    Io {
        /// The path as given.
        path: PathBuf,
        /// The operating system's reason.
        message: String,
    },
    /// The file is larger than the device profile lets one image take.
    FileTooLarge {
        /// The path as given.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bytes could not be decoded (damaged, unknown format, over the limits).
    Decode(ImageError),
}

impl fmt::Display for ImageLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageLoadError::Io { path, message } => write!(
                f,
                "cannot read image {}: {message}; check the path (relative paths start at the \
                 working directory)",
                path.display()
            ),
            ImageLoadError::FileTooLarge { path, size, limit } => write!(
                f,
                "image file {} is {size} bytes, over the {limit} bytes the device profile allows \
                 for one image; ship a smaller asset",
                path.display()
            ),
            ImageLoadError::Decode(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ImageLoadError {}

/// Where an image node's decode stands.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum ImageStatus {
    /// No source set.
    #[default]
    Empty,
    /// Being read or decoded.
    Loading,
    /// Decoded: the image's size in its pixels (for an SVG, in its own units: it is drawn
    /// at the device's density).
    Loaded {
        /// Width in pixels (an SVG's units).
        width: u32,
        /// Height in pixels (an SVG's units).
        height: u32,
    },
    /// It failed; a placeholder is drawn.
    Failed(ImageLoadError),
}

type CompleteHandler = Rc<dyn Fn(u32, u32)>;
type ErrorHandler = Rc<dyn Fn(&ImageLoadError)>;

/// One node's image.
#[derive(Clone, Default)]
pub(crate) struct NodeImage {
    pub(crate) src: Option<ImageSource>,
    pub(crate) alt: Option<ImageSource>,
    pub(crate) fit: ImageFit,
    pub(crate) filter: ImageFilter,
    /// Drawn as a mask in this colour (`fillColor`).
    pub(crate) tint: Option<Color>,
    /// Decoded as a template (`renderMode(ImageRenderMode.Template)`).
    pub(crate) template: bool,
    /// Repeated from where it is fitted (`objectRepeat`).
    pub(crate) repeat: ImageRepeat,
    /// The decoded pixel size (an SVG's is its units times the density).
    pub(crate) pixels: Option<(u32, u32)>,
    /// The running animation of an animated GIF or WebP.
    pub(crate) anim: Option<crate::image_frames::NodeAnim>,
    /// Its visible share is watched (an animation holds still out of sight).
    pub(crate) watch_visible: bool,
    pub(crate) status: ImageStatus,
    /// The alt image is decoded and can stand in.
    pub(crate) alt_ready: bool,
    pub(crate) on_complete: Option<CompleteHandler>,
    pub(crate) on_error: Option<ErrorHandler>,
    /// The size layout last measured the node by (see [`intrinsic_size`]).
    pub(crate) measured: Option<(u32, u32)>,
    /// Bitmaps the node's painter draws (see [`NodeId::set_painted_bitmaps`]).
    pub(crate) bitmaps: Vec<crate::ImageBitmap>,
}

impl NodeImage {
    /// How its sources are decoded (a source's own density is added when it is sent).
    pub(crate) fn options(&self) -> DecodeOptions {
        DecodeOptions {
            template: self.template,
            ..DecodeOptions::default()
        }
    }

    fn intrinsic(&self) -> Option<(u32, u32)> {
        match self.status {
            ImageStatus::Loaded { width, height } => Some((width, height)),
            _ => None,
        }
    }
}

/// The size an image node is measured by: its decoded size in image pixels. A node still
/// loading, or showing a failed source's placeholder, has none (the placeholder fills
/// whatever box the app gave it).
pub(crate) fn intrinsic_size(node: &Node) -> Option<(u32, u32)> {
    node.extension::<NodeImage>().and_then(NodeImage::intrinsic)
}

/// Run `f` on `node`'s image record (kept in the node), creating it on first use; a stale
/// node gives `R::default()`.
pub(crate) fn with_image<R: Default>(node: NodeId, f: impl FnOnce(&mut NodeImage) -> R) -> R {
    let first = !node.has_extension::<NodeImage>();
    let r = node.with_extension(f).unwrap_or_default();
    if first {
        with_tree(|t| {
            if t.nodes.contains_key(node) {
                t.image_nodes.push(node);
            }
        });
    }
    r
}

/// Image nodes (live ones).
pub(crate) fn image_nodes() -> Vec<NodeId> {
    with_tree(|t| {
        let nodes = &t.nodes;
        t.image_nodes.retain(|n| nodes.contains_key(*n));
        t.image_nodes.clone()
    })
}

pub(crate) fn get(node: NodeId) -> Option<NodeImage> {
    node.extension::<NodeImage>()
}

/// The image command for `node` painted into `rect`, if it shows an image.
pub(crate) fn paint_cmd(node: &Node, rect: Rect, opacity: f32) -> Option<DrawCmd> {
    {
        let img = node.extension::<NodeImage>()?;
        let alt = img.alt.as_ref().filter(|_| img.alt_ready);
        let o = img.options();
        let key = match (&img.status, alt) {
            (ImageStatus::Loaded { .. }, _) => {
                let key = img.src.as_ref()?.key_with(o);
                key.frame(img.anim.as_ref().map_or(0, |a| a.frame))
            }
            // While loading, and after a failure, the alt image stands in when it has one.
            (ImageStatus::Loading | ImageStatus::Failed(_), Some(a)) => a.key_with(o),
            // The failed key is in the cache as failed: the renderer draws its placeholder.
            (ImageStatus::Failed(_), None) => img.src.as_ref()?.key_with(o),
            _ => return None,
        };
        if img.repeat != ImageRepeat::NoRepeat
            && let (ImageStatus::Loaded { .. }, Some((w, h))) = (&img.status, img.pixels)
        {
            // Tiles start where the fitted image lies and fill the box along the axes.
            let tile = img.fit.place(rect, w as f32, h as f32)?;
            return Some(DrawCmd::ImagePattern {
                rect,
                image: key,
                tile,
                repeat: img.repeat,
                filter: img.filter,
                opacity,
            });
        }
        Some(DrawCmd::Image {
            rect,
            image: key,
            fit: img.fit,
            filter: img.filter,
            opacity,
            tint: img.tint,
        })
    }
}

impl NodeId {
    /// Show the image at `src` on this node (decoded by the app at its next frame).
    ///
    /// ```
    /// use arkui_core::{ImageStatus, NodeId, NodeKind};
    /// let n = NodeId::create("Image", NodeKind::Leaf);
    /// n.set_image_source(Some("missing.png".into()));
    /// assert_eq!(n.image_status(), ImageStatus::Loading);
    /// n.set_image_source(None);
    /// assert_eq!(n.image_status(), ImageStatus::Empty);
    /// ```
    pub fn set_image_source(self, src: Option<ImageSource>) {
        let changed = with_image(self, |i| {
            if i.src == src {
                return false;
            }
            i.status = if src.is_some() {
                ImageStatus::Loading
            } else {
                ImageStatus::Empty
            };
            i.src = src;
            i.anim = None;
            true
        });
        if changed {
            let d = self
                .image_source()
                .map_or_else(String::new, |s| s.describe());
            self.set_inspector_attr("src", d);
            self.mark_image_dirty();
        }
    }

    /// The source set with [`NodeId::set_image_source`].
    pub fn image_source(self) -> Option<ImageSource> {
        get(self).and_then(|i| i.src)
    }

    /// `alt`: an image shown while the source loads, and in place of a failed one.
    pub fn set_image_alt(self, alt: Option<ImageSource>) {
        with_image(self, |i| {
            if i.alt != alt {
                i.alt = alt;
                i.alt_ready = false;
            }
        });
        self.mark_image_dirty();
    }

    /// How the image fills the node's content box (`objectFit`).
    pub fn set_image_fit(self, fit: ImageFit) {
        with_image(self, |i| i.fit = fit);
        self.mark_image_dirty();
    }

    /// How pixels are sampled (`interpolation`).
    pub fn set_image_filter(self, filter: ImageFilter) {
        with_image(self, |i| i.filter = filter);
        self.mark_image_dirty();
    }

    /// `fillColor`: draw the image as a mask in `color` (each pixel the colour at the image's
    /// alpha), the way ArkUI colours an SVG icon; `None` shows the image's own colours.
    ///
    /// ```
    /// use arkui_core::{Color, NodeId, NodeKind};
    /// let n = NodeId::create("Image", NodeKind::Leaf);
    /// n.set_image_fill_color(Some(Color::rgb(0, 0x7D, 0xFF)));
    /// assert_eq!(n.image_fill_color(), Some(Color::rgb(0, 0x7D, 0xFF)));
    /// ```
    pub fn set_image_fill_color(self, color: Option<Color>) {
        let changed = with_image(self, |i| std::mem::replace(&mut i.tint, color) != color);
        if changed {
            match color {
                Some(c) => self.set_inspector_attr("fillColor", c.to_argb_string()),
                None => self.set_inspector_attr("fillColor", String::new()),
            }
            self.mark_image_dirty();
        }
    }

    /// `renderMode`: `true` draws the image as a template (ArkUI's
    /// `ImageRenderMode.Template`: its colours dropped for their luminance, a grey picture
    /// that [`NodeId::set_image_fill_color`] may tint); `false` as it is.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let n = NodeId::create("Image", NodeKind::Leaf);
    /// n.set_image_template(true);
    /// assert!(n.image_template());
    /// ```
    pub fn set_image_template(self, template: bool) {
        let changed = with_image(self, |i| {
            if i.template == template {
                return false;
            }
            i.template = template;
            // The template is another decode of the same bytes.
            if i.src.is_some() {
                i.status = ImageStatus::Loading;
                i.anim = None;
            }
            i.alt_ready = false;
            true
        });
        if changed {
            self.mark_image_dirty();
        }
    }

    /// Whether the image draws as a template ([`NodeId::set_image_template`]).
    pub fn image_template(self) -> bool {
        get(self).is_some_and(|i| i.template)
    }

    /// `objectRepeat`: repeat the fitted image across the box along `repeat`'s axes, from
    /// where it is fitted (so a centred image repeats around the centre).
    pub fn set_image_repeat(self, repeat: ImageRepeat) {
        with_image(self, |i| i.repeat = repeat);
        self.mark_image_dirty();
    }

    /// The colour set with [`NodeId::set_image_fill_color`].
    pub fn image_fill_color(self) -> Option<Color> {
        get(self).and_then(|i| i.tint)
    }

    /// Called with the image's size in pixels once it is decoded (`onComplete`).
    pub fn set_on_image_complete(self, f: impl Fn(u32, u32) + 'static) {
        with_image(self, |i| i.on_complete = Some(Rc::new(f)));
    }

    /// Called when the image cannot be shown (`onError`).
    pub fn set_on_image_error(self, f: impl Fn(&ImageLoadError) + 'static) {
        with_image(self, |i| i.on_error = Some(Rc::new(f)));
    }

    /// Where the decode stands.
    pub fn image_status(self) -> ImageStatus {
        get(self).map(|i| i.status).unwrap_or_default()
    }

    /// Repaint: the image or its look changed. A new decoded size re-lays the node out, as
    /// it measures by that size.
    pub(crate) fn mark_image_dirty(self) {
        let resized = with_image(self, |i| {
            let now = i.intrinsic();
            let changed = i.measured != now;
            i.measured = now;
            changed
        });
        with_tree(|t| {
            if !t.nodes.contains_key(self) {
                return;
            }
            if resized {
                t.mark_layout_dirty(self);
            } else {
                t.mark_paint_dirty(self);
            }
            // An ImageSpan is drawn by its Text (past any `if`/`ForEach` fragments).
            if t.nodes[self].span.is_some() {
                let mut up = t.nodes[self].parent;
                while let Some(p) = up {
                    if t.nodes
                        .get(p)
                        .is_none_or(|n| n.kind != crate::NodeKind::Fragment)
                    {
                        break;
                    }
                    up = t.nodes[p].parent;
                }
                if let Some(text) = up.filter(|p| t.nodes.contains_key(*p)) {
                    t.mark_paint_dirty(text);
                }
            }
        });
    }
}
