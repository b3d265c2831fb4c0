//! The thread's [`FontContext`]: one font database and glyph cache shared by every app on
//! the thread (fonts are the heaviest thing a UI loads; load them once).

use std::cell::{Cell, RefCell};

use arkui_renderer::text::{FontContext, FontSource};

thread_local! {
    static FONTS: RefCell<Option<FontContext>> = const { RefCell::new(None) };
    static SOURCE: Cell<FontSource> = const { Cell::new(FontSource::BundledOnly) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
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
        let fonts = slot.get_or_insert_with(|| FontContext::new(SOURCE.with(Cell::get)));
        f(fonts)
    })
}

/// Bumped whenever the font context is replaced; apps re-shape when it changes.
pub(crate) fn generation() -> u64 {
    GENERATION.with(Cell::get)
}
