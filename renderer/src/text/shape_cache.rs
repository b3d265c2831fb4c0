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
