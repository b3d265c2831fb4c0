//! [`ImageBitmap`]: decoded pixels a painter draws itself (a canvas' `drawImage`, its
//! patterns and `putImageData`), and how the node that draws them keeps them in its app's
//! image cache.
//!
//! An `Image` component decodes off the UI thread and reports back; a canvas cannot wait,
//! as ArkUI's `new ImageBitmap(src)` is ready at once. So a bitmap is decoded when it is
//! made, under the running app's image limits, and the node that paints it lists it with
//! [`NodeId::set_painted_bitmaps`]: each frame the app puts listed bitmaps that are not in
//! its cache back into it (sharing the pixels, not copying them).

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use arkui_renderer::ImageKey;
use arkui_renderer::images::{ImageData, ImageError, decode};

use crate::image::{ImageLoadError, ImageSource, with_image};
use crate::tree::{NodeId, with_tree};

/// Decoded pixels with the key a display list names them by. Clones share the pixels.
///
/// ```
/// use arkui_core::ImageBitmap;
/// let red = ImageBitmap::from_straight_rgba(2, 1, vec![255, 0, 0, 255, 255, 0, 0, 128]).unwrap();
/// assert_eq!((red.width(), red.height()), (2, 1));
/// assert_eq!(red.data().pixel(1, 0).a, 128);
/// assert!(ImageBitmap::new("no/such/file.png").is_err());
/// ```
#[derive(Clone)]
pub struct ImageBitmap {
    key: ImageKey,
    data: Arc<ImageData>,
}

impl std::fmt::Debug for ImageBitmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageBitmap")
            .field("key", &self.key)
            .field("width", &self.width())
            .field("height", &self.height())
            .finish()
    }
}

impl PartialEq for ImageBitmap {
    fn eq(&self, other: &ImageBitmap) -> bool {
        self.key == other.key
    }
}

/// A key no decoded source can have: made pixels are their own image.
fn fresh_key() -> ImageKey {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let mut h = std::collections::hash_map::DefaultHasher::new();
    ("arkui-bitmap", NEXT.fetch_add(1, Ordering::Relaxed)).hash(&mut h);
    ImageKey(h.finish())
}

impl ImageBitmap {
    /// `new ImageBitmap(src)`: read and decode `src` now, under the running app's image
    /// limits (the device profile's; a phone's outside any app). A missing file, a damaged
    /// or oversized image is an error saying which and why.
    pub fn new(src: impl Into<ImageSource>) -> Result<ImageBitmap, ImageLoadError> {
        let src = src.into();
        let limits = crate::app::current_image_limits();
        let bytes = crate::app::read_image_source(&src, &limits)?;
        let data = decode(&bytes, &limits).map_err(ImageLoadError::Decode)?;
        Ok(ImageBitmap {
            key: src.key(),
            data: Arc::new(data),
        })
    }

    /// Pixels given as straight-alpha RGBA rows (a canvas' `ImageData`); an error when
    /// there are not `width * height * 4` bytes.
    pub fn from_straight_rgba(
        width: u32,
        height: u32,
        pixels: Vec<u8>,
    ) -> Result<ImageBitmap, ImageLoadError> {
        let len = pixels.len();
        let data = ImageData::from_straight_rgba(width, height, pixels).ok_or_else(|| {
            ImageLoadError::Decode(ImageError::Malformed(format!(
                "{len} bytes of pixels for a {width}x{height} image, which needs {}",
                u64::from(width) * u64::from(height) * 4
            )))
        })?;
        Ok(ImageBitmap::from_image_data(data))
    }

    /// Decoded pixels as they are.
    pub fn from_image_data(data: ImageData) -> ImageBitmap {
        ImageBitmap {
            key: fresh_key(),
            data: Arc::new(data),
        }
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.data.width()
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.data.height()
    }

    /// The key display lists name it by.
    pub fn key(&self) -> ImageKey {
        self.key
    }

    /// The pixels (premultiplied RGBA).
    pub fn data(&self) -> &ImageData {
        &self.data
    }

    /// The pixels, shared (an image cache holds them without a copy).
    pub fn shared_data(&self) -> Arc<ImageData> {
        Arc::clone(&self.data)
    }
}

/// The image limits of the app running code (its device profile's; a phone's outside any
/// app): what one decoded image, or a canvas' `ImageData`, may take.
///
/// ```
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, image_limits};
/// let _app = App::with_view(DeviceProfile::iot(), || NodeId::create("x", NodeKind::Leaf));
/// assert_eq!(image_limits().max_alloc, 128 << 10);
/// ```
pub fn image_limits() -> arkui_renderer::images::ImageLimits {
    crate::app::current_image_limits()
}

impl NodeId {
    /// The bitmaps this node's painter draws: while it lists them, its app keeps them in
    /// its image cache, so `DrawCmd::Image` and `DrawCmd::ImagePattern` commands naming
    /// their keys find them. Setting a new list replaces the old one.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, ImageBitmap, NodeId, NodeKind};
    /// use arkui_core::draw::Rect;
    /// use arkui_renderer::images::ImageState;
    /// use arkui_renderer::{DrawCmd, ImageFilter, ImageFit};
    /// let bmp = ImageBitmap::from_straight_rgba(1, 1, vec![0, 0, 255, 255]).unwrap();
    /// let key = bmp.key();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Canvas", NodeKind::Leaf).width(10.0).height(10.0);
    ///     n.set_painted_bitmaps(vec![bmp.clone()]);
    ///     n.set_painter(move |cx| {
    ///         cx.draw_commands(&[DrawCmd::Image {
    ///             rect: Rect::new(0.0, 0.0, 10.0, 10.0),
    ///             image: key,
    ///             fit: ImageFit::Fill,
    ///             filter: ImageFilter::Nearest,
    ///             opacity: 1.0,
    ///             tint: None,
    ///         }])
    ///     });
    ///     n
    /// });
    /// app.frame();
    /// assert!(matches!(app.image_cache().get(key), ImageState::Ready(_)));
    /// ```
    pub fn set_painted_bitmaps(self, bitmaps: Vec<ImageBitmap>) {
        let has = !bitmaps.is_empty();
        let changed = with_image(self, |i| {
            let same = i.bitmaps.len() == bitmaps.len()
                && i.bitmaps.iter().zip(&bitmaps).all(|(a, b)| a == b);
            i.bitmaps = bitmaps;
            !same
        });
        if changed {
            with_tree(|t| {
                t.bitmap_nodes.retain(|n| *n != self);
                // Bitmaps its painter draws through `PaintCtx::draw_image` keep it listed.
                let drawn = t
                    .nodes
                    .get(self)
                    .is_some_and(|n| n.extension::<DrawnBitmaps>().is_some());
                if (has || drawn) && t.nodes.contains_key(self) {
                    t.bitmap_nodes.push(self);
                }
            });
            self.invalidate_paint();
        }
    }
}

/// The bitmaps a node's painter drew with `PaintCtx::draw_image` in its last paint.
#[derive(Default)]
pub(crate) struct DrawnBitmaps(pub(crate) Vec<ImageBitmap>);

/// After `id`'s painter ran: keep what it drew listed (and its app puts them in its image
/// cache each frame), or forget what it no longer draws.
pub(crate) fn note_drawn(tree: &mut crate::tree::NodeTree, id: NodeId, drawn: Vec<ImageBitmap>) {
    let Some(node) = tree.nodes.get_mut(id) else {
        return;
    };
    let before = node
        .extension::<DrawnBitmaps>()
        .map_or(&[][..], |d| &d.0[..]);
    if before == drawn.as_slice() {
        return;
    }
    let has = !drawn.is_empty();
    if has {
        node.extensions
            .get_or_insert_with(Box::default)
            .insert(DrawnBitmaps(drawn));
    } else if let Some(e) = node.extensions.as_mut() {
        e.remove::<DrawnBitmaps>();
    }
    if has && !tree.bitmap_nodes.contains(&id) {
        tree.bitmap_nodes.push(id);
    }
}
