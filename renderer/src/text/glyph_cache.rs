//! A byte-bounded cache of rasterized glyphs, sized by the device profile.

use std::collections::HashMap;

use cosmic_text::{CacheKey, SwashContent, SwashImage};

/// What a [`GlyphMask`]'s bytes mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlyphMaskKind {
    /// One coverage byte per pixel; the run's colour is applied.
    Alpha,
    /// Four bytes per pixel, straight RGBA (colour emoji); the run's colour is ignored.
    Color,
}

/// A rasterized glyph.
#[derive(Clone, Debug)]
pub struct GlyphMask {
    /// Offset from the pen position to the left edge, in pixels.
    pub left: i32,
    /// Offset from the baseline up to the top edge, in pixels.
    pub top: i32,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// How to read `data`.
    pub kind: GlyphMaskKind,
    /// Row-major pixels, tightly packed.
    pub data: Vec<u8>,
}

impl GlyphMask {
    pub(super) fn from_swash(image: SwashImage) -> GlyphMask {
        let kind = match image.content {
            SwashContent::Color => GlyphMaskKind::Color,
            // Subpixel (LCD) masks are not requested; treat any as plain coverage.
            SwashContent::Mask | SwashContent::SubpixelMask => GlyphMaskKind::Alpha,
        };
        let mut data = image.data;
        if image.content == SwashContent::SubpixelMask {
            data = data.chunks_exact(4).map(|p| p[1]).collect();
        }
        GlyphMask {
            left: image.placement.left,
            top: image.placement.top,
            width: image.placement.width,
            height: image.placement.height,
            kind,
            data,
        }
    }
}

/// Cached masks (or the knowledge that a glyph has no outline) under a byte budget.
///
/// When an insertion would exceed the budget the whole cache is dropped: with a frame's glyphs
/// re-rasterized on the next use this bounds memory without per-entry bookkeeping. A mask
/// larger than the whole budget is never cached: it is kept only until the next such mask,
/// as the working memory of drawing it, so the cached bytes stay within the budget.
pub(super) struct GlyphCache {
    map: HashMap<CacheKey, Option<GlyphMask>>,
    bytes: usize,
    budget: usize,
    oversize: Option<GlyphMask>,
}

/// Bookkeeping cost charged per entry beyond its pixels.
const ENTRY_OVERHEAD: usize = 64;

impl GlyphCache {
    pub(super) fn new(budget: usize) -> GlyphCache {
        GlyphCache {
            map: HashMap::new(),
            bytes: 0,
            budget,
            oversize: None,
        }
    }

    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    pub(super) fn budget(&self) -> usize {
        self.budget
    }

    pub(super) fn set_budget(&mut self, budget: usize) {
        self.budget = budget;
        if self.bytes > budget {
            self.map.clear();
            self.bytes = 0;
        }
    }

    pub(super) fn get_or_insert(
        &mut self,
        key: CacheKey,
        make: impl FnOnce() -> Option<GlyphMask>,
    ) -> Option<&GlyphMask> {
        if !self.map.contains_key(&key) {
            let mask = make();
            let cost = ENTRY_OVERHEAD + mask.as_ref().map_or(0, |m| m.data.len());
            if cost > self.budget {
                self.oversize = mask;
                return self.oversize.as_ref();
            }
            if self.bytes + cost > self.budget {
                self.map.clear();
                self.bytes = 0;
            }
            self.bytes += cost;
            self.map.insert(key, mask);
        }
        self.map.get(&key).and_then(Option::as_ref)
    }
}
