//! [`ImageCache`]: decoded images by key under a byte budget, least recently used out first.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;

use super::{AnimatedImage, ImageData, ImageError};
use crate::ImageKey;

/// What the cache knows about a key.
#[derive(Debug)]
pub enum ImageState<'a> {
    /// Decoded and ready to draw.
    Ready(&'a ImageData),
    /// Requested, not decoded yet.
    Pending,
    /// Decoding failed; the renderer draws a placeholder.
    Failed(&'a ImageError),
    /// Never requested, or evicted.
    Missing,
}

#[derive(Debug)]
enum Entry {
    Ready(Arc<ImageData>, Cell<u64>),
    /// Every frame of an animation; frame `i` is looked up as `key.frame(i)`. Its frames
    /// live and leave together: evicting frames one by one would drop the very frame the
    /// animation shows next (the least recently shown).
    Animated(AnimatedImage, Cell<u64>),
    Pending,
    Failed(ImageError),
}

impl Entry {
    fn bytes(&self) -> usize {
        match self {
            Entry::Ready(img, _) => img.byte_size(),
            Entry::Animated(a, _) => a.byte_size(),
            _ => 0,
        }
    }

    fn used(&self) -> Option<u64> {
        match self {
            Entry::Ready(_, used) | Entry::Animated(_, used) => Some(used.get()),
            _ => None,
        }
    }
}

/// Decoded images under a byte budget.
///
/// ```
/// use arkui_renderer::images::{ImageCache, ImageData, ImageState};
/// use arkui_renderer::ImageKey;
/// let mut cache = ImageCache::new(100);
/// let img = |n| ImageData::from_premultiplied_rgba(n, 1, vec![0; n as usize * 4]).unwrap();
/// cache.insert(ImageKey(1), img(10)); // 40 bytes
/// cache.insert(ImageKey(2), img(10)); // 80 bytes
/// cache.get(ImageKey(1)); // 1 is now the most recently used
/// cache.insert(ImageKey(3), img(10)); // over 100: 2 goes
/// assert!(matches!(cache.get(ImageKey(2)), ImageState::Missing));
/// assert!(matches!(cache.get(ImageKey(1)), ImageState::Ready(_)));
/// assert_eq!(cache.bytes(), 80);
/// ```
#[derive(Debug)]
pub struct ImageCache {
    entries: HashMap<ImageKey, Entry>,
    /// Frame keys (past frame 0) of the animations held: to their animation and index.
    frames: HashMap<ImageKey, (ImageKey, usize)>,
    bytes: usize,
    budget: usize,
    clock: Cell<u64>,
}

impl ImageCache {
    /// An empty cache holding at most `budget` bytes of pixels.
    pub fn new(budget: usize) -> ImageCache {
        ImageCache {
            entries: HashMap::new(),
            frames: HashMap::new(),
            bytes: 0,
            budget,
            clock: Cell::new(0),
        }
    }

    /// Bytes of pixels held.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// The budget in bytes.
    pub fn budget(&self) -> usize {
        self.budget
    }

    fn tick(&self) -> u64 {
        let t = self.clock.get() + 1;
        self.clock.set(t);
        t
    }

    /// Look an image up (marking it recently used). A frame key of an animation
    /// ([`ImageKey::frame`]) gives that frame; the animation's own key gives its first.
    pub fn get(&self, key: ImageKey) -> ImageState<'_> {
        let (key, frame) = self.frames.get(&key).copied().unwrap_or((key, 0));
        match self.entries.get(&key) {
            Some(Entry::Ready(img, used)) => {
                used.set(self.tick());
                ImageState::Ready(img)
            }
            Some(Entry::Animated(a, used)) => {
                used.set(self.tick());
                ImageState::Ready(a.frame(frame))
            }
            Some(Entry::Pending) => ImageState::Pending,
            Some(Entry::Failed(e)) => ImageState::Failed(e),
            None => ImageState::Missing,
        }
    }

    /// The animation stored under `key`, if it is one (its frame delays and loop count).
    pub fn animation(&self, key: ImageKey) -> Option<&AnimatedImage> {
        match self.entries.get(&key) {
            Some(Entry::Animated(a, _)) => Some(a),
            _ => None,
        }
    }

    /// Store every frame of an animation under `key` (frame `i` answers to
    /// `key.frame(i)`), evicting least recently used images to stay in budget; an
    /// animation larger than the whole budget is refused like an image would be.
    ///
    /// ```
    /// use arkui_renderer::images::{AnimatedImage, ImageCache, ImageData, ImageState};
    /// use arkui_renderer::ImageKey;
    /// let frame = |v| ImageData::from_premultiplied_rgba(1, 1, vec![v; 4]).unwrap();
    /// let anim = AnimatedImage::new(vec![(frame(10), 40), (frame(200), 40)], None).unwrap();
    /// let mut cache = ImageCache::new(100);
    /// cache.insert_animation(ImageKey(5), anim).unwrap();
    /// assert!(matches!(cache.get(ImageKey(5).frame(1)), ImageState::Ready(f) if f.pixels()[3] == 200));
    /// assert_eq!(cache.animation(ImageKey(5)).unwrap().frame_count(), 2);
    /// cache.remove(ImageKey(5));
    /// assert!(matches!(cache.get(ImageKey(5).frame(1)), ImageState::Missing));
    /// assert_eq!(cache.bytes(), 0);
    /// ```
    pub fn insert_animation(
        &mut self,
        key: ImageKey,
        animation: AnimatedImage,
    ) -> Result<(), ImageError> {
        self.remove(key);
        let size = animation.byte_size();
        if !self.make_room(key, size) {
            return Err(ImageError::OverBudget {
                max_alloc: self.budget as u64,
            });
        }
        for i in 1..animation.frames().len() {
            self.frames.insert(key.frame(i), (key, i));
        }
        self.bytes += size;
        let t = self.tick();
        self.entries
            .insert(key, Entry::Animated(animation, Cell::new(t)));
        Ok(())
    }

    /// Evict least recently used images until `size` more bytes fit; `false` (and `key`
    /// recorded as failed) when they never could.
    fn make_room(&mut self, key: ImageKey, size: usize) -> bool {
        if size > self.budget {
            let e = ImageError::OverBudget {
                max_alloc: self.budget as u64,
            };
            self.entries.insert(key, Entry::Failed(e));
            return false;
        }
        while self.bytes + size > self.budget {
            let oldest = self
                .entries
                .iter()
                .filter_map(|(k, e)| e.used().map(|u| (u, *k)))
                .min();
            match oldest {
                Some((_, k)) => self.remove(k),
                None => break,
            }
        }
        true
    }

    /// Store a decoded image, evicting the least recently used ones to stay in budget.
    /// An image larger than the whole budget is refused with [`ImageError::OverBudget`]
    /// (and recorded as failed, so it draws as a placeholder).
    pub fn insert(&mut self, key: ImageKey, image: ImageData) -> Result<(), ImageError> {
        self.insert_shared(key, Arc::new(image))
    }

    /// [`ImageCache::insert`] for pixels shared with their owner (a canvas' bitmap): the
    /// cache counts their bytes but does not copy them.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use arkui_renderer::images::{ImageCache, ImageData, ImageState};
    /// use arkui_renderer::ImageKey;
    /// let img = Arc::new(ImageData::from_premultiplied_rgba(2, 2, vec![9; 16]).unwrap());
    /// let mut cache = ImageCache::new(100);
    /// cache.insert_shared(ImageKey(7), img.clone()).unwrap();
    /// assert!(matches!(cache.get(ImageKey(7)), ImageState::Ready(i) if i.width() == 2));
    /// assert_eq!(cache.bytes(), 16);
    /// ```
    pub fn insert_shared(
        &mut self,
        key: ImageKey,
        image: Arc<ImageData>,
    ) -> Result<(), ImageError> {
        self.remove(key);
        let size = image.byte_size();
        if !self.make_room(key, size) {
            return Err(ImageError::OverBudget {
                max_alloc: self.budget as u64,
            });
        }
        self.bytes += size;
        let t = self.tick();
        self.entries.insert(key, Entry::Ready(image, Cell::new(t)));
        Ok(())
    }

    /// Mark a key as being decoded.
    pub fn set_pending(&mut self, key: ImageKey) {
        self.remove(key);
        self.entries.insert(key, Entry::Pending);
    }

    /// Record a failed decode.
    pub fn set_failed(&mut self, key: ImageKey, error: ImageError) {
        self.remove(key);
        self.entries.insert(key, Entry::Failed(error));
    }

    /// Forget a key.
    pub fn remove(&mut self, key: ImageKey) {
        let Some(entry) = self.entries.remove(&key) else {
            return;
        };
        self.bytes -= entry.bytes();
        if let Entry::Animated(a, _) = entry {
            for i in 1..a.frame_count() {
                self.frames.remove(&key.frame(i));
            }
        }
    }
}

impl Default for ImageCache {
    /// A 16 MiB cache.
    fn default() -> ImageCache {
        ImageCache::new(16 << 20)
    }
}
