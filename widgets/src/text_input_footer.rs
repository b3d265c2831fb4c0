//! The line under a `TextInput`'s box: the error message (`showError`) at its leading edge
//! and the character counter (`showCounter`) at its trailing edge. The field keeps room for
//! it below its box (`reserve_below`, which the layout adds to the bottom margin) and draws
//! it there with its own painter, so the box keeps its size and the line pushes what
//! follows down, as ArkUI's does.

use arkui_core::draw::{ParagraphStyle, TextStyle};
use arkui_core::{Color, Edges, Effect, Length, LengthExt, NodeId, State, TextOverflow, untrack};

use crate::InputCounterOptions;
use crate::text_field::Field;
use crate::theme::ThemedColor;

/// The footer line's font size, fp (ArkUI's error and counter text).
const FOOTER_FP: f32 = 14.0;
/// Space between the box and the footer line, vp.
const GAP_VP: f32 = 4.0;
/// The footer's inset from the box's edges, vp (the field's text padding).
const INSET_VP: f32 = 16.0;

/// What the painter draws, kept on the field's node.
#[derive(Clone, Debug, PartialEq)]
struct FooterLook {
    error: Option<(String, Color)>,
    counter: Option<(String, Color)>,
}

/// A TextInput's footer: its settings and the effect that keeps the line up to date.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Footer {
    error: State<Option<String>>,
    counter: State<Option<InputCounterOptions>>,
}

impl Footer {
    pub(crate) fn new(field: Field) -> Footer {
        let footer = Footer {
            error: State::new(None),
            counter: State::new(None),
        };
        let warning = ThemedColor::new(|t| t.warning);
        let secondary = ThemedColor::new(|t| t.font_secondary);
        let root = field.root;
        // Whether the footer turned the border red, and the border it replaced.
        let highlighted: State<Option<(Edges, Color)>> = State::new(None);
        Effect::new(move || {
            let (count, max) = field
                .buffer
                .with(|b| (b.text.chars().count(), b.max_length));
            let error = footer.error.get();
            let counter = footer.counter.get();
            let (warning, secondary) = (warning.get(), secondary.get());
            let at_limit = max.is_some_and(|m| count >= m);
            let counter_shown = match (counter, max) {
                (Some(o), Some(m)) => match o.threshold_percentage {
                    None => true,
                    Some(p) if (1.0..=100.0).contains(&p) => {
                        count as f32 > m as f32 * p.floor() / 100.0
                    }
                    Some(_) => false,
                },
                _ => false,
            };
            let look = FooterLook {
                error: error.map(|e| (e, warning)),
                counter: counter_shown.then(|| {
                    let colour = if at_limit { warning } else { secondary };
                    (format!("{count}/{}", max.unwrap_or(0)), colour)
                }),
            };
            let red = look.error.is_some()
                || (counter_shown && at_limit && counter.is_some_and(|o| o.highlight_border));
            untrack(|| {
                apply(root, look, red.then_some(warning), highlighted);
            });
        });
        root.set_painter(paint);
        footer
    }

    pub(crate) fn set_error(self, message: Option<String>) {
        self.error.set(message);
    }

    pub(crate) fn set_counter(self, options: Option<InputCounterOptions>) {
        self.counter.set(options);
    }
}

/// Show `look` under `root`, with its border in `red` when given.
fn apply(
    root: NodeId,
    look: FooterLook,
    red: Option<Color>,
    highlighted: State<Option<(Edges, Color)>>,
) {
    let visible = look.error.is_some() || look.counter.is_some();
    // One line of 14fp text, a little more than the size (the face's line spacing).
    let room = if visible {
        Length::Fp(FOOTER_FP * 1.4 + GAP_VP)
    } else {
        0.vp()
    };
    root.set_layout(|a| {
        if a.reserve_below != room {
            a.reserve_below = room;
        }
    });
    if root.extension::<FooterLook>().as_ref() != Some(&look) {
        root.set_extension(look);
        root.invalidate_paint();
    }
    match (red, highlighted.get()) {
        (Some(c), None) => {
            let width = root
                .layout_attrs()
                .map_or(Edges::symmetric(0.vp(), 0.vp()), |l| l.border_width);
            let colour = root.visual().map_or(Color::TRANSPARENT, |v| v.border_color);
            let before = (width, colour);
            highlighted.set(Some(before));
            root.set_layout(|a| a.border_width = Edges::symmetric(1.vp(), 1.vp()));
            root.set_visual(|v| v.border_color = c);
        }
        (Some(c), Some(_)) => root.set_visual(|v| v.border_color = c),
        (None, Some((width, colour))) => {
            highlighted.set(None);
            root.set_layout(|a| a.border_width = width);
            root.set_visual(|v| v.border_color = colour);
        }
        (None, None) => {}
    }
}

/// The field's painter: the footer line below its box.
fn paint(cx: &mut arkui_core::PaintCtx<'_>) {
    let Some(look) = cx.extension::<FooterLook>().cloned() else {
        return;
    };
    let (w, h) = cx.size();
    let size = cx.length(Length::Fp(FOOTER_FP), 0.0);
    let inset = cx.vp(INSET_VP);
    let y = h + cx.vp(GAP_VP);
    let style = TextStyle::new(size);
    let mut counter_w = 0.0;
    if let Some((text, colour)) = &look.counter {
        let l = cx.shape_text(text, &style);
        counter_w = l.width + cx.vp(8.0);
        let run = l.to_glyph_run(w - inset - l.width, y, colour.with_opacity(cx.opacity()));
        cx.draw_commands(&[arkui_core::draw::DrawCmd::Glyphs(run)]);
    }
    if let Some((text, colour)) = &look.error {
        let one_line = ParagraphStyle {
            max_lines: Some(1),
            overflow: TextOverflow::Ellipsis,
            ..ParagraphStyle::default()
        };
        let room = (w - 2.0 * inset - counter_w).max(0.0);
        let l = cx.shape_paragraph(text, &style, &one_line, Some(room));
        let run = l.to_glyph_run(inset, y, colour.with_opacity(cx.opacity()));
        cx.draw_commands(&[arkui_core::draw::DrawCmd::Glyphs(run)]);
    }
}
