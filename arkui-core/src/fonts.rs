//! The thread's [`FontContext`]: one font database and glyph cache shared by every app on
//! the thread (fonts are the heaviest thing a UI loads; load them once).

use std::cell::{Cell, RefCell};

use arkui_renderer::text::{FontContext, FontSource};

use crate::DeviceProfile;

thread_local! {
    static FONTS: RefCell<Option<FontContext>> = const { RefCell::new(None) };
    static SOURCE: Cell<FontSource> = const { Cell::new(FontSource::BundledOnly) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    static GLYPH_BUDGET: Cell<usize> = const { Cell::new(FontContext::DEFAULT_GLYPH_CACHE_BYTES) };
}

/// The smallest glyph cache a profile gets. A 16 px mask costs ~150 bytes plus 64 of
/// bookkeeping, so this holds ~150 masks: a small screen's text stays rasterized instead of
/// being redrawn from outlines every frame.
pub const MIN_GLYPH_CACHE_BYTES: usize = 32 << 10;

impl DeviceProfile {
    /// Bytes of rasterized glyphs the glyph cache may hold under this profile: a quarter of
    /// the memory budget (the image cache takes half), and at least
    /// [`MIN_GLYPH_CACHE_BYTES`]. Creating an [`App`](crate::App) or switching its profile
    /// applies it to the thread's font context.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, with_fonts};
    /// let iot = DeviceProfile::iot(); // 128 KiB of memory budget
    /// assert_eq!(iot.glyph_cache_budget(), 32 << 10);
    /// assert_eq!(DeviceProfile::phone().glyph_cache_budget(), 16 << 20);
    /// let _app = App::with_view(iot, || NodeId::create("Column", NodeKind::Flex));
    /// assert_eq!(with_fonts(|f| f.glyph_cache_budget()), 32 << 10);
    /// ```
    pub fn glyph_cache_budget(&self) -> usize {
        (self.memory_budget / 4).max(MIN_GLYPH_CACHE_BYTES)
    }
}

/// Bound this thread's glyph cache to `bytes`, now and for a context loaded later.
///
/// Apps on one thread share one cache, so the app created or switched last sets its size.
pub(crate) fn set_glyph_cache_budget(bytes: usize) {
    GLYPH_BUDGET.with(|b| b.set(bytes));
    FONTS.with(|f| {
        if let Some(fonts) = f.borrow_mut().as_mut() {
            fonts.set_glyph_cache_budget(bytes);
        }
    });
}

/// Choose where this thread's fonts come from. The default is [`FontSource::BundledOnly`],
/// which renders identically everywhere; apps usually want
/// [`FontSource::BundledAndSystem`] so scripts the bundled face lacks (CJK) render.
/// Changing the source after text was shaped reloads fonts and re-lays out every app.
///
/// ```
/// use arkui_core::{set_font_source, with_fonts};
/// use arkui_renderer::text::FontSource;
/// set_font_source(FontSource::BundledOnly);
/// let faces = with_fonts(|f| f.shape("Hi", &arkui_renderer::text::TextStyle::new(12.0), None).glyphs.len());
/// assert_eq!(faces, 2);
/// ```
pub fn set_font_source(source: FontSource) {
    if SOURCE.with(|s| s.replace(source)) != source {
        FONTS.with(|f| {
            if f.borrow_mut().take().is_some() {
                GENERATION.with(|g| g.set(g.get() + 1));
            }
        });
    }
}

/// Run `f` with this thread's font context, loading fonts on first use.
pub fn with_fonts<R>(f: impl FnOnce(&mut FontContext) -> R) -> R {
    FONTS.with(|cell| {
        let mut slot = cell.borrow_mut();
        let fonts = slot.get_or_insert_with(|| {
            let mut fonts = FontContext::new(SOURCE.with(Cell::get));
            fonts.set_glyph_cache_budget(GLYPH_BUDGET.with(Cell::get));
            fonts
        });
        f(fonts)
    })
}

/// Bumped whenever the font context is replaced; apps re-shape when it changes.
pub(crate) fn generation() -> u64 {
    GENERATION.with(Cell::get)
}
