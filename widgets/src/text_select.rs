//! `Text`'s `copyOption`: selecting a Text's content and copying it. A long press selects
//! the word under the finger and opens a menu (Copy, Select all); a focused selectable Text
//! takes ctrl+A and ctrl+C; `selection(start, end)` selects from the app; a tap clears the
//! selection. The selection is drawn over the glyphs in a translucent colour.
//!
//! Positions come from [`arkui_core::text_map`], which shapes as the Text is painted for
//! plain content (a Text of spans, or one with a first-line indent, is not selectable).

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, CopyOptions, Environment, Gesture, Key, MediaEnv, NodeId, Rect,
    TextMap, Units, Widget, set_clipboard_text, text_map, untrack,
};
use unicode_segmentation::UnicodeSegmentation;

use crate::Text;
use crate::menu::{MenuContent, MenuElement, open_menu_below};
use crate::text_field::{hit_line, selection_boxes};

/// ArkUI's `selectedBackgroundColor` default: the brand colour at 20 %.
const SELECTED: Color = Color::from_argb(0x3300_7DFF);

type CopyHandler = Option<Rc<dyn Fn(String)>>;
type ChangeHandler = Option<Rc<dyn Fn(usize, usize)>>;

/// A selectable Text's state, on its node.
#[derive(Default)]
struct Selection {
    /// The selected byte range of the shown text (empty: none).
    range: (usize, usize),
    color: Option<Color>,
    on_copy: CopyHandler,
    on_change: ChangeHandler,
    /// A long press selected in the current touch: the tap that ends it keeps it.
    pressed_long: bool,
}

type Shared = Rc<RefCell<Selection>>;

fn state(n: NodeId) -> Option<Shared> {
    n.extension::<Shared>()
}

/// The text the node shows (its content in its case).
fn shown(n: NodeId) -> String {
    n.text_attrs()
        .map(|t| t.text_case.apply(&t.content).into_owned())
        .unwrap_or_default()
}

fn units() -> Units {
    Units {
        density: MediaEnv::current().map_or(1.0, |m| untrack(|| m.density())),
        font_scale: untrack(|| Environment::font_scale().get()),
        ..Units::default()
    }
}

/// The node's text laid out as painted.
fn map_of(n: NodeId, width: f32) -> Option<(String, TextMap)> {
    let attrs = n.text_attrs()?;
    let text = shown(n);
    let map = text_map(&text, &attrs, &units(), Some(width + 0.5));
    Some((text, map))
}

/// Characters before byte `at` of `text`.
fn chars(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |s| s.chars().count())
}

/// Byte offset of character `i` (the end when past it).
fn byte_of(text: &str, i: usize) -> usize {
    text.char_indices().nth(i).map_or(text.len(), |(b, _)| b)
}

/// Select `range` (bytes of the shown text), reporting a change; repaint.
fn select(n: NodeId, range: (usize, usize)) {
    let Some(s) = state(n) else { return };
    let text = shown(n);
    let (a, b) = (range.0.min(text.len()), range.1.min(text.len()));
    let range = if a < b { (a, b) } else { (0, 0) };
    let changed = {
        let mut s = s.borrow_mut();
        let changed = s.range != range;
        s.range = range;
        changed.then(|| s.on_change.clone()).flatten()
    };
    n.set_inspector_attr("selectionStart", chars(&text, range.0).to_string());
    n.set_inspector_attr("selectionEnd", chars(&text, range.1).to_string());
    n.invalidate_paint();
    if let Some(f) = changed {
        f(chars(&text, range.0), chars(&text, range.1));
    }
}

/// Copy the selection to the clipboard (and tell `on_copy`).
fn copy(n: NodeId) {
    let Some(s) = state(n) else { return };
    let (range, on_copy) = {
        let s = s.borrow();
        (s.range, s.on_copy.clone())
    };
    let text = shown(n);
    let Some(selected) = text.get(range.0..range.1).filter(|t| !t.is_empty()) else {
        return;
    };
    set_clipboard_text(selected);
    if let Some(f) = on_copy {
        f(selected.to_string());
    }
}

/// The word (or run of spaces or punctuation) around byte `at`.
fn word_at(text: &str, at: usize) -> (usize, usize) {
    text.split_word_bound_indices()
        .find(|(i, w)| at >= *i && at < i + w.len())
        .map_or((0, 0), |(i, w)| (i, i + w.len()))
}

/// The node's content box in window px (inside its border and padding), from its layout.
fn content_box(n: NodeId) -> Option<Rect> {
    let r = n.rect()?;
    let l = n.layout_attrs()?;
    let u = units();
    let px = |v: arkui_core::Length| v.to_px(&u).filter(|v| v.is_finite()).unwrap_or(0.0);
    let left = px(l.border_width.left) + px(l.padding.left);
    let right = px(l.border_width.right) + px(l.padding.right);
    let top = px(l.border_width.top) + px(l.padding.top);
    Some(Rect::new(
        r.x + left,
        r.y + top,
        (r.width - left - right).max(0.0),
        r.height,
    ))
}

/// The byte offset under `(x, y)`, window vp.
fn offset_at(n: NodeId, x: f32, y: f32) -> Option<usize> {
    let content = content_box(n)?;
    let d = units().density;
    let (text, map) = map_of(n, content.width)?;
    let (lx, ly) = (x * d - content.x, y * d - content.y);
    let li = map.lines.iter().rposition(|l| l.top <= ly).unwrap_or(0);
    Some(hit_line(&map, &text, li, lx))
}

/// Draw the selection over the text.
fn paint(cx: &mut arkui_core::PaintCtx<'_>) {
    let Some(s) = cx.extension::<Shared>().cloned() else {
        return;
    };
    let content = cx.content_rect();
    let (range, color) = {
        let s = s.borrow();
        (s.range, s.color.unwrap_or(SELECTED))
    };
    if range.0 >= range.1 {
        return;
    }
    let Some((text, map)) = cx.text_map() else {
        return;
    };
    for r in selection_boxes(&map, &text, range) {
        cx.fill_rect(
            Rect::new(content.x + r.x, content.y + r.y, r.width, r.height),
            color,
        );
    }
}

impl Text {
    fn selection_state(self) -> Shared {
        if let Some(s) = state(self.node()) {
            return s;
        }
        let s: Shared = Rc::default();
        self.node().set_extension(s.clone());
        s
    }

    /// `copyOption`: whether the text can be selected and copied (default
    /// [`CopyOptions::None`]). A selectable Text selects a word on a long press and offers
    /// Copy and Select all; focused, it takes ctrl+A and ctrl+C.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, CopyOptions, DeviceProfile, InputEvent, Key, Modifiers, clipboard_text};
    /// use arkui_widgets::Text;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Text::new("copy me").copy_option(CopyOptions::LocalDevice).selection(5, 7).id("t")
    /// });
    /// app.frame();
    /// app.focus_id("t").unwrap();
    /// let ctrl = Modifiers { ctrl: true, ..Modifiers::default() };
    /// app.handle_input(&InputEvent::Key { key: Key::Character("c".into()), pressed: true, modifiers: ctrl });
    /// assert_eq!(clipboard_text().as_deref(), Some("me"));
    /// ```
    pub fn copy_option(self, option: CopyOptions) -> Self {
        let n = self.node();
        n.set_text(|t| t.copy_option = option);
        if !option.allows_copy() {
            if let Some(s) = state(n) {
                s.borrow_mut().range = (0, 0);
            }
            n.clear_painter();
            return self;
        }
        self.selection_state();
        n.set_painter(paint);
        let long_press = Gesture::long_press().on_action(move |e| {
            let Some(at) = offset_at(n, e.x, e.y) else {
                return;
            };
            if let Some(s) = state(n) {
                s.borrow_mut().pressed_long = true;
            }
            select(n, word_at(&shown(n), at));
            let menu = vec![
                MenuElement::new("Copy", move || {
                    copy(n);
                    select(n, (0, 0));
                }),
                MenuElement::new("Select all", move || select(n, (0, shown(n).len()))),
            ];
            open_menu_below(n, MenuContent::from(menu));
        });
        let tap = Gesture::tap(1).on_action(move |_| {
            let long = state(n).is_some_and(|s| std::mem::take(&mut s.borrow_mut().pressed_long));
            if !long {
                select(n, (0, 0));
            }
        });
        n.parallel_gesture(long_press)
            .parallel_gesture(tap)
            .focusable(true)
            .on_key_event(move |e| {
                let ctrl = e.modifiers.ctrl || e.modifiers.meta;
                match &e.key {
                    Key::Character(c) if ctrl && c.eq_ignore_ascii_case("c") => {
                        if e.pressed {
                            copy(n);
                        }
                        true
                    }
                    Key::Character(c) if ctrl && c.eq_ignore_ascii_case("a") => {
                        if e.pressed {
                            select(n, (0, shown(n).len()));
                        }
                        true
                    }
                    _ => false,
                }
            });
        self
    }

    /// `selection(start, end)`: select characters `start..end` (clamped to the text;
    /// `start >= end` selects nothing). Only a Text with a `copy_option` selects.
    pub fn selection(self, start: usize, end: usize) -> Self {
        let n = self.node();
        let allowed = n.text_attrs().is_some_and(|t| t.copy_option.allows_copy());
        if allowed {
            let text = shown(n);
            select(n, (byte_of(&text, start), byte_of(&text, end)));
        }
        self
    }

    /// `selectedBackgroundColor`: the selection's colour (default the brand colour at 20 %;
    /// an opaque colour is drawn at 20 %, as ArkUI does).
    pub fn selected_background_color(self, color: Color) -> Self {
        let color = if color.a == 255 {
            color.with_opacity(0.2)
        } else {
            color
        };
        self.selection_state().borrow_mut().color = Some(color);
        self.node().invalidate_paint();
        self
    }

    /// `onCopy`: the selection was copied; called with the copied text.
    pub fn on_copy(self, f: impl Fn(String) + 'static) -> Self {
        self.selection_state().borrow_mut().on_copy = Some(Rc::new(f));
        self
    }

    /// `onTextSelectionChange`: the selection changed; called with its start and end in
    /// characters.
    pub fn on_text_selection_change(self, f: impl Fn(usize, usize) + 'static) -> Self {
        self.selection_state().borrow_mut().on_change = Some(Rc::new(f));
        self
    }
}
