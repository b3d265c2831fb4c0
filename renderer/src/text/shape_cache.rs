//! Word shaping is cached across frames: cosmic-text's shape-run cache keeps the glyphs of
//! each shaped run (a word in one face and size), so a list row that scrolls in with
//! "Item 1037" shapes only the runs it has not seen lately. The cache is aged once per frame
//! and forgets runs unused for [`SHAPE_CACHE_FRAMES`] frames, which bounds its size by what
//! recent frames showed.

use super::FontContext;

/// Frames a shaped run stays cached without being used.
pub const SHAPE_CACHE_FRAMES: u64 = 120;

impl FontContext {
    /// Called once per frame: ages the shaped-run cache, dropping runs no recent frame used.
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let a = fonts.shape("Item 7", &TextStyle::new(16.0), None);
    /// fonts.end_frame();
    /// // A run seen in a recent frame is still cached and shapes the same.
    /// let b = fonts.shape("Item 7", &TextStyle::new(16.0), None);
    /// assert_eq!(a.width, b.width);
    /// assert_eq!(a.glyphs.len(), b.glyphs.len());
    /// ```
    pub fn end_frame(&mut self) {
        self.system.shape_run_cache.trim(SHAPE_CACHE_FRAMES);
    }
}

/// Shaped paragraphs kept: taffy measures a text at a few widths (max-content, min-content,
/// the width it gets) with other nodes' measurements in between.
const RECENT_BUFFERS: usize = 8;

/// What a paragraph was shaped from, besides its width: equal keys shape to equal glyphs.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ShapeKey {
    pub(super) text: String,
    /// Font size, line height and letter spacing, as bits (NaN-safe equality).
    pub(super) metrics: [u32; 3],
    pub(super) weight: u16,
    pub(super) italic: bool,
    pub(super) family: Option<String>,
    pub(super) align: u8,
    /// The [`super::WordBreak`] and the first-line indent's bits.
    pub(super) breaks: (u8, u32),
}

/// The last few paragraphs shaped, each a cosmic-text buffer whose shaping is kept: a new
/// width marks it for layout only, so measuring a text at another width costs its line
/// breaking, not its shaping.
#[derive(Default)]
pub(crate) struct RecentBuffers {
    entries: Vec<(ShapeKey, cosmic_text::Buffer)>,
}

impl RecentBuffers {
    /// The buffer shaped from `key`, moved to the front, if one is kept.
    pub(super) fn take(&mut self, key: &ShapeKey) -> Option<cosmic_text::Buffer> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.remove(i).1)
    }

    /// Keep `buffer` (shaped from `key`), forgetting the oldest beyond the bound.
    pub(super) fn keep(&mut self, key: ShapeKey, buffer: cosmic_text::Buffer) {
        self.entries.insert(0, (key, buffer));
        self.entries.truncate(RECENT_BUFFERS);
    }

    /// Forget every kept buffer (fonts changed).
    pub(super) fn clear(&mut self) {
        self.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::super::{FontContext, FontSource, TextStyle};

    /// A paragraph laid out again from a kept buffer is exactly what shaping it afresh at that
    /// width gives, for every width in any order.
    #[test]
    fn a_kept_paragraph_at_another_width_equals_a_fresh_one() {
        let text = "the quick brown fox jumps over the lazy dog";
        let style = TextStyle::new(16.0);
        let mut kept = FontContext::new(FontSource::BundledOnly);
        for width in [None, Some(0.0), Some(120.0), None, Some(61.5), Some(1000.0)] {
            let again = kept.shape(text, &style, width);
            let fresh = FontContext::new(FontSource::BundledOnly).shape(text, &style, width);
            assert_eq!(again, fresh, "at {width:?}");
        }
        assert_eq!(kept.recent.entries.len(), 1);
    }
}
