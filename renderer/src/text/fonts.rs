//! [`FontContext`]: the font database, shaping engine and glyph cache behind all text.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use cosmic_text::fontdb;
use cosmic_text::{CacheKey, CacheKeyFlags, FontSystem, SwashCache, Weight};

use super::glyph_cache::{GlyphCache, GlyphMask};
use crate::{FontKey, GlyphRun, PathData, PathVerb, Point};

/// The family name of the bundled default face.
pub(crate) const BUNDLED_FAMILY: &str = "DejaVu Sans";

/// Where a [`FontContext`] takes its faces from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontSource {
    /// Only the bundled faces: identical output on every machine (tests, goldens).
    BundledOnly,
    /// The bundled faces plus every font installed on the system (apps).
    BundledAndSystem,
}

/// Errors from font loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// The bytes given to [`FontContext::load_font_data`] hold no face fontdb could parse.
    InvalidFontData {
        /// How many bytes were given.
        len: usize,
    },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::InvalidFontData { len } => write!(
                f,
                "the {len} bytes given as a font contain no TrueType/OpenType face; \
                 pass the contents of a .ttf, .otf or .ttc file"
            ),
        }
    }
}

impl std::error::Error for TextError {}

/// Fonts, shaping and glyph rasterization for one thread.
///
/// ```
/// use arkui_renderer::text::{FontContext, FontSource, TextStyle};
/// let mut fonts = FontContext::new(FontSource::BundledOnly);
/// let layout = fonts.shape("Hello", &TextStyle::new(16.0), None);
/// assert!(layout.width > 20.0 && layout.width < 60.0);
/// assert_eq!(layout.line_count, 1);
/// ```
pub struct FontContext {
    pub(super) system: FontSystem,
    swash: SwashCache,
    glyphs: GlyphCache,
    faces: Vec<fontdb::ID>,
    keys: HashMap<fontdb::ID, FontKey>,
    /// (ascent, descent, leading) per em, per face; needed for ArkUI's "normal" line height.
    pub(super) face_metrics: HashMap<fontdb::ID, (f32, f32, f32)>,
    /// The last texts shaped, kept shaped so that measuring one at another width only
    /// lays its lines out again (see `shape_cache.rs`).
    pub(super) recent: super::shape_cache::RecentBuffers,
}

impl fmt::Debug for FontContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FontContext")
            .field("faces_in_db", &self.system.db().len())
            .field("glyph_cache_bytes", &self.glyphs.bytes())
            .finish()
    }
}

impl FontContext {
    /// Largest font size, in device pixels, whose glyphs are rasterized (a 2048 px glyph mask
    /// is 4 MiB); larger glyphs are skipped.
    pub const MAX_GLYPH_SIZE: f32 = 2048.0;

    /// Default glyph cache budget: enough for a few screens of Latin and CJK text.
    pub const DEFAULT_GLYPH_CACHE_BYTES: usize = 2 << 20;

    /// A context with the bundled faces and, for [`FontSource::BundledAndSystem`], the
    /// system's. The locale is pinned to `en-US` so shaping does not depend on `LANG`.
    pub fn new(source: FontSource) -> FontContext {
        let mut db = fontdb::Database::new();
        for face in [
            dejavu::sans::regular(),
            dejavu::sans::bold(),
            dejavu::sans::oblique(),
            dejavu::sans::bold_oblique(),
        ] {
            db.load_font_source(fontdb::Source::Binary(Arc::new(face)));
        }
        if source == FontSource::BundledAndSystem {
            db.load_system_fonts();
        }
        // The bundled face wins for the generic family so Latin text looks the same everywhere;
        // fallback still picks system faces for scripts DejaVu does not cover.
        db.set_sans_serif_family(BUNDLED_FAMILY);
        FontContext {
            system: FontSystem::new_with_locale_and_db("en-US".into(), db),
            swash: SwashCache::new(),
            glyphs: GlyphCache::new(Self::DEFAULT_GLYPH_CACHE_BYTES),
            faces: Vec::new(),
            keys: HashMap::new(),
            face_metrics: HashMap::new(),
            recent: super::shape_cache::RecentBuffers::default(),
        }
    }

    /// Add a face from memory (a font the app ships). Returns how many faces were added.
    pub fn load_font_data(&mut self, data: Vec<u8>) -> Result<usize, TextError> {
        let len = data.len();
        let ids = self
            .system
            .db_mut()
            .load_font_source(fontdb::Source::Binary(Arc::new(data)));
        if ids.is_empty() {
            Err(TextError::InvalidFontData { len })
        } else {
            // Fallback may pick the new faces: kept paragraphs are shaped again.
            self.recent.clear();
            Ok(ids.len())
        }
    }

    /// Whether a face of `family` is loaded (bundled, from the system or from the app).
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource};
    /// let fonts = FontContext::new(FontSource::BundledOnly);
    /// assert!(fonts.has_family("DejaVu Sans"));
    /// assert!(!fonts.has_family("No Such Family"));
    /// ```
    pub fn has_family(&self, family: &str) -> bool {
        self.system
            .db()
            .faces()
            .any(|face| face.families.iter().any(|(name, _)| name == family))
    }

    /// Limit the glyph cache to `bytes` of rasterized masks (a device profile's budget).
    /// A glyph whose mask alone is larger than the budget is rasterized each time it is
    /// drawn instead of cached.
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// fonts.set_glyph_cache_budget(4 << 10);
    /// let g = fonts.shape("W", &TextStyle::new(200.0), None).glyphs[0];
    /// assert!(fonts.glyph_mask(g.font, g.id, 200.0, 400, 0.0, 200.0).is_some());
    /// assert_eq!(fonts.glyph_cache_bytes(), 0); // a 200 px "W" is over 4 KiB: drawn, not kept
    /// let g = fonts.shape("i", &TextStyle::new(12.0), None).glyphs[0];
    /// assert!(fonts.glyph_mask(g.font, g.id, 12.0, 400, 0.0, 12.0).is_some());
    /// assert!(fonts.glyph_cache_bytes() > 0 && fonts.glyph_cache_bytes() <= 4 << 10);
    /// ```
    pub fn set_glyph_cache_budget(&mut self, bytes: usize) {
        self.glyphs.set_budget(bytes);
    }

    /// The most bytes of glyph masks the cache holds.
    pub fn glyph_cache_budget(&self) -> usize {
        self.glyphs.budget()
    }

    /// Bytes of glyph masks currently cached.
    pub fn glyph_cache_bytes(&self) -> usize {
        self.glyphs.bytes()
    }

    /// The display-list key of a fontdb face, interned on first use.
    pub(super) fn key_for(&mut self, id: fontdb::ID) -> FontKey {
        if let Some(key) = self.keys.get(&id) {
            return *key;
        }
        let key = FontKey(self.faces.len() as u32);
        self.faces.push(id);
        self.keys.insert(id, key);
        key
    }

    /// The outlines of a run's glyphs at their positions (device pixels, y down), as one
    /// path: what `strokeText` strokes. Glyphs without an outline (colour bitmaps, spaces)
    /// add nothing; sizes beyond [`FontContext::MAX_GLYPH_SIZE`] give an empty path.
    ///
    /// ```
    /// use arkui_renderer::Color;
    /// use arkui_renderer::text::{FontContext, FontSource, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let run = fonts.shape("I", &TextStyle::new(40.0), None).to_glyph_run(10.0, 0.0, Color::BLACK);
    /// let b = fonts.run_outline(&run).bounds().unwrap();
    /// // A capital I: a bar a few pixels right of the pen, above the baseline.
    /// assert!(b.x > 10.0 && b.x < 20.0 && b.width < 12.0);
    /// assert!(b.bottom() <= run.glyphs[0].y + 0.5 && b.height > 20.0);
    /// ```
    pub fn run_outline(&mut self, run: &GlyphRun) -> PathData {
        let mut verbs = Vec::new();
        let drawable = run.size.is_finite() && run.size > 0.0 && run.size <= Self::MAX_GLYPH_SIZE;
        if !drawable {
            return PathData::from_verbs(&[]);
        }
        for g in &run.glyphs {
            let Some(id) = self.faces.get(g.font.0 as usize).copied() else {
                continue;
            };
            if !(g.x.is_finite() && g.y.is_finite()) {
                continue;
            }
            // Unhinted, at the origin: the outline is placed by the glyph's position, not
            // snapped to the pixel grid (as browsers stroke text).
            let (key, _, _) = CacheKey::new(
                id,
                g.id,
                run.size,
                (0.0, 0.0),
                Weight(run.weight),
                CacheKeyFlags::DISABLE_HINTING,
            );
            let Some(cmds) = self
                .swash
                .get_outline_commands_uncached(&mut self.system, key)
            else {
                continue;
            };
            // Font outlines are y-up.
            let at = |x: f32, y: f32| Point::new(g.x + x, g.y - y);
            for c in cmds.iter() {
                use cosmic_text::Command as C;
                verbs.push(match *c {
                    C::MoveTo(a) => PathVerb::MoveTo(at(a.x, a.y)),
                    C::LineTo(a) => PathVerb::LineTo(at(a.x, a.y)),
                    C::QuadTo(c, a) => PathVerb::QuadTo(at(c.x, c.y), at(a.x, a.y)),
                    C::CurveTo(c1, c2, a) => {
                        PathVerb::CubicTo(at(c1.x, c1.y), at(c2.x, c2.y), at(a.x, a.y))
                    }
                    C::Close => PathVerb::Close,
                });
            }
        }
        PathData::from_verbs(&verbs)
    }

    /// The rasterized mask of one glyph at a pen position, and the pixel where its top-left goes.
    ///
    /// Subpixel positions are quantised to quarter pixels, so repeated glyphs hit the cache.
    pub fn glyph_mask(
        &mut self,
        font: FontKey,
        glyph_id: u16,
        size: f32,
        weight: u16,
        x: f32,
        y: f32,
    ) -> Option<(i32, i32, &GlyphMask)> {
        let id = *self.faces.get(font.0 as usize)?;
        // Beyond MAX_GLYPH_SIZE a mask would cost megabytes; such a size is a bug or hostile.
        let drawable = size.is_finite() && size > 0.0 && size <= Self::MAX_GLYPH_SIZE;
        // Positions beyond ±1e7 px are never on a screen, and would overflow cosmic-text's
        // subpixel binning.
        let placed = x.abs() < 1.0e7 && y.abs() < 1.0e7;
        if !(drawable && placed) {
            return None;
        }
        let (key, ix, iy) = CacheKey::new(
            id,
            glyph_id,
            size,
            (x, y),
            Weight(weight),
            CacheKeyFlags::empty(),
        );
        let Self {
            glyphs,
            swash,
            system,
            ..
        } = self;
        let mask = glyphs.get_or_insert(key, || {
            swash
                .get_image_uncached(system, key)
                .map(GlyphMask::from_swash)
        })?;
        Some((ix + mask.left, iy - mask.top, mask))
    }
}
