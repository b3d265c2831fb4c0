//! Canvas text: the CSS `font` shorthand, `textAlign`, `textBaseline`, and `measureText`.

use arkui_core::draw::{FontStyle, TextLayout, TextStyle};

/// A parsed `font` value: `[italic] [bold|<weight>] <size>px <family>`.
///
/// ```
/// use arkui_widgets::CanvasFont;
/// let f = CanvasFont::parse("bold 20px DejaVu Sans").unwrap();
/// assert_eq!((f.size, f.weight, f.family.as_deref()), (20.0, 700, Some("DejaVu Sans")));
/// assert!(CanvasFont::parse("huge").is_none());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CanvasFont {
    /// Size in the canvas' units (vp).
    pub size: f32,
    /// CSS weight.
    pub weight: u16,
    /// Italic or not.
    pub italic: bool,
    /// The first family named, `None` for the generic sans-serif.
    pub family: Option<String>,
}

impl Default for CanvasFont {
    /// The canvas default, `10px sans-serif`.
    fn default() -> Self {
        CanvasFont {
            size: 10.0,
            weight: 400,
            italic: false,
            family: None,
        }
    }
}

impl CanvasFont {
    /// Parse a CSS font shorthand; `None` when it is not one (the canvas then keeps its
    /// font, as browsers ignore invalid values). Sizes in `px` or `vp` are accepted.
    pub fn parse(value: &str) -> Option<CanvasFont> {
        let mut font = CanvasFont::default();
        let mut words = value.split_whitespace();
        let mut size = None;
        for w in words.by_ref() {
            match w {
                "italic" | "oblique" => font.italic = true,
                "normal" => {}
                "bold" => font.weight = 700,
                "bolder" => font.weight = 900,
                "lighter" => font.weight = 300,
                _ => {
                    if let Ok(n) = w.parse::<u16>()
                        && (1..=1000).contains(&n)
                    {
                        font.weight = n;
                        continue;
                    }
                    let num = w
                        .split('/')
                        .next()
                        .and_then(|s| s.strip_suffix("px").or_else(|| s.strip_suffix("vp")))
                        .and_then(|s| s.parse::<f32>().ok());
                    match num {
                        Some(n) if n.is_finite() && n > 0.0 && n < 10_000.0 => {
                            size = Some(n);
                            break;
                        }
                        _ => return None,
                    }
                }
            }
        }
        font.size = size?;
        let family: Vec<&str> = words.collect();
        let family = family.join(" ");
        let first = family
            .split(',')
            .next()
            .map(|f| f.trim().trim_matches(['"', '\'']).to_string())
            .filter(|f| !f.is_empty() && f != "sans-serif");
        font.family = first;
        Some(font)
    }

    /// The renderer's style at `scale` pixels per unit.
    pub(crate) fn style(&self, scale: f32) -> TextStyle {
        let mut s = TextStyle::new(self.size * scale);
        s.weight = self.weight;
        s.family = self.family.clone();
        if self.italic {
            s.style = FontStyle::Italic;
        }
        s
    }
}

/// `textAlign`: where the anchor point is along the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CanvasTextAlign {
    /// The start of the text (left in left-to-right text; the default).
    #[default]
    Start,
    /// The end of the text.
    End,
    /// Left edge.
    Left,
    /// Right edge.
    Right,
    /// Centre.
    Center,
}

/// `textBaseline`: which line of the text the anchor point is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CanvasTextBaseline {
    /// The alphabetic baseline (the default).
    #[default]
    Alphabetic,
    /// The top of the em square.
    Top,
    /// The hanging baseline (Devanagari and similar scripts), about the top of capitals.
    Hanging,
    /// The middle of the em square.
    Middle,
    /// The ideographic baseline: the bottom of the em square.
    Ideographic,
    /// The bottom of the em square.
    Bottom,
}

/// What `measureText` returns.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TextMetrics {
    /// Advance width.
    pub width: f32,
    /// Distance from the baseline to the top of the em square.
    pub font_bounding_box_ascent: f32,
    /// Distance from the baseline to the bottom of the em square.
    pub font_bounding_box_descent: f32,
    /// Left extent from the anchor (positive to the left).
    pub actual_bounding_box_left: f32,
    /// Right extent from the anchor.
    pub actual_bounding_box_right: f32,
}

/// Where a layout's top-left goes for an anchor `(x, y)` (in the layout's pixels), and the
/// metrics of the text.
pub(crate) fn place(
    layout: &TextLayout,
    size: f32,
    x: f32,
    y: f32,
    align: CanvasTextAlign,
    baseline: CanvasTextBaseline,
) -> (f32, f32) {
    let w = layout.width;
    let left = match align {
        CanvasTextAlign::Start | CanvasTextAlign::Left => x,
        CanvasTextAlign::Center => x - w / 2.0,
        CanvasTextAlign::End | CanvasTextAlign::Right => x - w,
    };
    let (ascent, descent) = em_box(layout, size);
    let fb = layout.first_baseline;
    let baseline_y = match baseline {
        CanvasTextBaseline::Alphabetic => y,
        CanvasTextBaseline::Top => y + ascent,
        CanvasTextBaseline::Hanging => y + ascent * 0.8,
        CanvasTextBaseline::Middle => y + ascent - size / 2.0,
        CanvasTextBaseline::Ideographic | CanvasTextBaseline::Bottom => y - descent,
    };
    (left, baseline_y - fb)
}

/// The em square's ascent and descent: the font's ascent/descent ratio scaled to one em, as
/// browsers place `top`, `middle` and `bottom`.
pub(crate) fn em_box(layout: &TextLayout, size: f32) -> (f32, f32) {
    let line = layout.height / layout.line_count.max(1) as f32;
    let (a, d) = (
        layout.first_baseline,
        (line - layout.first_baseline).max(0.0),
    );
    if a + d <= 0.0 {
        return (size * 0.8, size * 0.2);
    }
    (size * a / (a + d), size * d / (a + d))
}
