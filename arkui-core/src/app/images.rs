//! An [`App`]'s images: a decode thread and a byte-budgeted cache, both sized from the
//! device profile, and the step of the frame loop that feeds one into the other.
//!
//! Each frame the app hands newly set sources to the decode thread and moves finished
//! decodes into the cache; nodes whose image arrived (or failed) repaint and their
//! `on_complete` / `on_error` handlers run. A malformed, missing or oversized file becomes a
//! typed [`ImageLoadError`] and a placeholder, never a panic.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use arkui_renderer::ImageKey;
use arkui_renderer::images::{
    DecodeOptions, ImageCache, ImageError, ImageLimits, ImageLoader, ImageState,
};

use super::App;
use crate::DeviceProfile;
use crate::image::{ImageLoadError, ImageSource, ImageStatus, get, image_nodes, with_image};
use crate::reactive::batch;
use crate::tree::{NodeId, with_tree};

impl DeviceProfile {
    /// The limits every image is decoded under: the memory budget bounds one decode, and
    /// no side may exceed 4096 pixels (1024 on small devices).
    ///
    /// ```
    /// use arkui_core::DeviceProfile;
    /// let iot = DeviceProfile::iot().image_limits();
    /// assert_eq!(iot.max_alloc, 128 << 10);
    /// assert!(iot.max_width <= 1024);
    /// ```
    pub fn image_limits(&self) -> ImageLimits {
        let side = if self.memory_budget < (16 << 20) {
            1024
        } else {
            4096
        };
        ImageLimits {
            max_width: side,
            max_height: side,
            max_alloc: self.memory_budget as u64,
        }
    }

    /// Bytes of decoded pixels the image cache may hold: half the memory budget.
    ///
    /// ```
    /// use arkui_core::DeviceProfile;
    /// assert_eq!(DeviceProfile::iot().image_cache_budget(), 64 << 10);
    /// ```
    pub fn image_cache_budget(&self) -> usize {
        self.memory_budget / 2
    }
}

/// The decode thread (started on the first image) and the cache.
pub(crate) struct ImageHost {
    loader: Option<ImageLoader>,
    limits: ImageLimits,
    cache: ImageCache,
    /// Keys handed to the loader or settled in the cache without it (read errors).
    requested: HashSet<ImageKey>,
    /// Sources that could not even be read: their typed error (the cache only holds a
    /// placeholder entry for them).
    read_errors: HashMap<ImageKey, ImageLoadError>,
}

impl ImageHost {
    pub(crate) fn new(profile: &DeviceProfile) -> ImageHost {
        ImageHost {
            loader: None,
            limits: profile.image_limits(),
            cache: ImageCache::new(profile.image_cache_budget()),
            requested: HashSet::new(),
            read_errors: HashMap::new(),
        }
    }

    /// Decodes in flight.
    pub(crate) fn busy(&self) -> bool {
        self.loader.as_ref().is_some_and(|l| l.in_flight() > 0)
    }

    /// Start decoding `src` unless it is decoded, decoding, or known to fail.
    fn request(&mut self, src: &ImageSource, options: DecodeOptions) {
        let key = src.key_with(options);
        let known = !matches!(self.cache.get(key), ImageState::Missing);
        if known && self.requested.contains(&key) {
            return;
        }
        self.requested.insert(key);
        let bytes = match read_image_source(src, &self.limits) {
            Ok(b) => b,
            Err(e) => {
                self.cache
                    .set_failed(key, ImageError::Malformed(e.to_string()));
                self.read_errors.insert(key, e);
                return;
            }
        };
        let limits = self.limits;
        // Vector images are drawn at the device's density: sharp on every screen.
        let scale = super::context::current().density();
        let loader = self
            .loader
            .get_or_insert_with(|| ImageLoader::with_vector_scale(limits, scale));
        let options = DecodeOptions {
            dpi: src.dpi(),
            ..options
        };
        loader.request_with(key, bytes, options, &mut self.cache);
    }

    /// How `src` stands in the cache.
    fn status(&self, src: &ImageSource, options: DecodeOptions) -> Option<ImageStatus> {
        let key = src.key_with(options);
        match self.cache.get(key) {
            // Laid out by its units: an SVG drawn at the density is as many vp as it
            // declares.
            ImageState::Ready(img) => Some(ImageStatus::Loaded {
                width: img.unit_size().0,
                height: img.unit_size().1,
            }),
            ImageState::Failed(e) => Some(ImageStatus::Failed(
                self.read_errors
                    .get(&key)
                    .cloned()
                    .unwrap_or_else(|| ImageLoadError::Decode(e.clone())),
            )),
            ImageState::Pending | ImageState::Missing => None,
        }
    }
}

/// The image limits of the app running code (a phone's outside any app).
pub(crate) fn current_image_limits() -> ImageLimits {
    super::context::current().image_limits()
}

/// Read a source's bytes, refusing files larger than one image may take.
pub(crate) fn read_image_source(
    src: &ImageSource,
    limits: &ImageLimits,
) -> Result<Vec<u8>, ImageLoadError> {
    match src {
        ImageSource::Bytes(b) => Ok(b.to_vec()),
        ImageSource::Static { bytes, .. } => Ok(bytes.to_vec()),
        ImageSource::File(path) => {
            let io = |e: std::io::Error| ImageLoadError::Io {
                path: path.clone(),
                message: e.to_string(),
            };
            let size = std::fs::metadata(path).map_err(io)?.len();
            if size > limits.max_alloc {
                return Err(ImageLoadError::FileTooLarge {
                    path: path.clone(),
                    size,
                    limit: limits.max_alloc,
                });
            }
            std::fs::read(path).map_err(io)
        }
    }
}

impl App {
    /// Decoded images, for the renderer to draw [`arkui_renderer::DrawCmd::Image`] with.
    pub fn image_cache(&self) -> &ImageCache {
        &self.images.cache
    }

    /// Whether decodes are in flight ([`App::needs_frame`] stays true until they land).
    pub fn images_pending(&self) -> bool {
        self.images.busy()
    }

    /// Block until every decode in flight finished (or `timeout` passed), then apply the
    /// results as the next frame would. Returns whether nothing is left pending. Tests and
    /// splash screens use it to wait deterministically.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile, ImageStatus, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let n = NodeId::create("Image", NodeKind::Leaf);
    ///     n.set_image_source(Some(b"not an image".as_slice().into()));
    ///     n.id("img")
    /// });
    /// # use arkui_core::CommonAttribute;
    /// assert!(app.wait_for_images(std::time::Duration::from_secs(10)));
    /// let n = app.find_by_id("img").unwrap();
    /// assert!(matches!(n.image_status(), ImageStatus::Failed(_)));
    /// ```
    pub fn wait_for_images(&mut self, timeout: Duration) -> bool {
        // Animations that land start their timers on this app's clock.
        let _entered = self.enter();
        let deadline = Instant::now() + timeout;
        loop {
            self.poll_images();
            if !self.images.busy() {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            let host = &mut self.images;
            if let Some(loader) = host.loader.as_mut() {
                // `wait` moves the results into the cache; the next poll applies them.
                loader.wait(&mut host.cache, left);
            }
        }
    }

    /// The image nodes of this app.
    fn own_image_nodes(&self) -> Vec<NodeId> {
        let root = self.root;
        image_nodes()
            .into_iter()
            .filter(|n| with_tree(|t| t.root_of(*n)) == root)
            .collect()
    }

    /// Put the bitmaps painters draw ([`NodeId::set_painted_bitmaps`]) back into the cache
    /// where they are missing (first use, or evicted by other images). Only nodes that
    /// draw bitmaps are visited: an app without any pays one empty check per frame.
    pub(super) fn keep_painted_bitmaps(&mut self) {
        let root = self.root;
        let lists: Vec<(NodeId, Vec<crate::ImageBitmap>)> = with_tree(|t| {
            let nodes = &t.nodes;
            t.bitmap_nodes.retain(|n| nodes.contains_key(*n));
            t.bitmap_nodes
                .iter()
                .filter(|n| t.root_of(**n) == root)
                .filter_map(|n| {
                    let node = &t.nodes[*n];
                    let listed = node
                        .extension::<crate::image::NodeImage>()
                        .map(|i| &i.bitmaps);
                    let drawn = node.extension::<crate::image_bitmap::DrawnBitmaps>();
                    let all: Vec<_> = listed
                        .into_iter()
                        .flatten()
                        .chain(drawn.into_iter().flat_map(|d| &d.0))
                        .cloned()
                        .collect();
                    (!all.is_empty()).then_some((*n, all))
                })
                .collect()
        });
        for (node, bitmaps) in lists {
            for b in &bitmaps {
                if matches!(self.images.cache.get(b.key()), ImageState::Missing)
                    && let Err(e) = self.images.cache.insert_shared(b.key(), b.shared_data())
                {
                    log::warn!(
                        "a {}x{} bitmap drawn by {node:?} does not fit the image cache: {e}",
                        b.width(),
                        b.height()
                    );
                }
            }
        }
    }

    /// Send new sources to the decoder, take finished decodes, update image nodes.
    pub(super) fn poll_images(&mut self) {
        let nodes = self.own_image_nodes();
        if nodes.is_empty() {
            return;
        }
        if let Some(loader) = self.images.loader.as_mut() {
            loader.poll(&mut self.images.cache);
        }
        let mut fire: Vec<Box<dyn FnOnce()>> = Vec::new();
        for node in nodes {
            let Some(img) = get(node) else { continue };
            let options = img.options();
            if let Some(alt) = &img.alt
                && !img.alt_ready
            {
                self.images.request(alt, options);
                if let Some(ImageStatus::Loaded { .. }) = self.images.status(alt, options) {
                    with_image(node, |i| i.alt_ready = true);
                    node.mark_image_dirty();
                }
            }
            let Some(src) = &img.src else { continue };
            if img.status != ImageStatus::Loading {
                continue;
            }
            self.images.request(src, options);
            let Some(status) = self.images.status(src, options) else {
                continue;
            };
            let key = src.key_with(options);
            let pixels = match self.images.cache.get(key) {
                ImageState::Ready(d) => Some((d.width(), d.height())),
                _ => None,
            };
            with_image(node, |i| {
                i.status = status.clone();
                i.pixels = pixels;
            });
            // An animated GIF or WebP starts playing from its first frame.
            match self.images.cache.animation(key) {
                Some(a) => crate::image_frames::start(node, a.shared_delays(), a.plays()),
                None => crate::image_frames::stop(node),
            }
            node.mark_image_dirty();
            match status {
                ImageStatus::Loaded { width, height } => {
                    if let Some(f) = img.on_complete.clone() {
                        fire.push(Box::new(move || f(width, height)));
                    }
                }
                ImageStatus::Failed(e) => {
                    log::warn!("image {}: {e}", src.describe());
                    if let Some(f) = img.on_error.clone() {
                        fire.push(Box::new(move || f(&e)));
                    }
                }
                _ => {}
            }
        }
        if !fire.is_empty() {
            batch(|| fire.into_iter().for_each(|f| f()));
        }
    }
}
