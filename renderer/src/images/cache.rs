//! [`ImageCache`]: decoded images by key under a byte budget, least recently used out first.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;

use super::{ImageData, ImageError};
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
    Pending,
    Failed(ImageError),
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
    bytes: usize,
    budget: usize,
    clock: Cell<u64>,
}

impl ImageCache {
    /// An empty cache holding at most `budget` bytes of pixels.
    pub fn new(budget: usize) -> ImageCache {
        ImageCache {
            entries: HashMap::new(),
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

    /// Look an image up (marking it recently used).
    pub fn get(&self, key: ImageKey) -> ImageState<'_> {
        match self.entries.get(&key) {
            Some(Entry::Ready(img, used)) => {
                used.set(self.tick());
                ImageState::Ready(img)
            }
            Some(Entry::Pending) => ImageState::Pending,
            Some(Entry::Failed(e)) => ImageState::Failed(e),
            None => ImageState::Missing,
        }
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
        if size > self.budget {
            let e = ImageError::OverBudget {
                max_alloc: self.budget as u64,
            };
            self.entries.insert(key, Entry::Failed(e.clone()));
            return Err(e);
        }
        while self.bytes + size > self.budget {
            let oldest = self
                .entries
                .iter()
                .filter_map(|(k, e)| match e {
                    Entry::Ready(_, used) => Some((used.get(), *k)),
                    _ => None,
                })
                .min();
            match oldest {
                Some((_, k)) => self.remove(k),
                None => break,
            }
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
        if let Some(Entry::Ready(img, _)) = self.entries.remove(&key) {
            self.bytes -= img.byte_size();
        }
    }
}

impl Default for ImageCache {
    /// A 16 MiB cache.
    fn default() -> ImageCache {
        ImageCache::new(16 << 20)
    }
}
