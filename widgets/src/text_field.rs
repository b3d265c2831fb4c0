//! The machinery `TextInput`, `TextArea` and `Search` share: the nodes of a text field, the
//! binding between its [`EditBuffer`] and the app's text, drawing the caret, the selection
//! and the IME's preedit underline, and the keys, touches, text and clipboard that edit it.
//!
//! Nodes: `root` (a row: leading parts, the viewport, trailing parts) → `viewport` (clips)
//! → `line` (translated to scroll) → the text, three selection boxes, the preedit underline
//! and the caret. Positions come from [`arkui_core::text_map`], which shapes exactly as the
//! text node is painted, so the caret lands between the glyphs on screen.

use std::rc::Rc;

use arkui_core::{
    ClusterBox, CommonAttribute, Edges, Effect, Environment, FlexDirection, ImeEvent, ItemAlign,
    Key, KeyEvent, Length, LengthExt, Link, MediaEnv, NodeId, NodeKind, Positioning, Rect, State,
    TextAttrs, TextMap, TouchEvent, TouchKind, Units, Visibility, clipboard_text,
    set_clipboard_text, text_map, untrack,
};

use crate::control;
use crate::text_edit::{EditBuffer, InputType, grapheme_count, next_grapheme, prev_grapheme};
use crate::theme::ThemedColor;

/// ArkUI's default caret width.
const CARET_VP: f32 = 2.0;

type TextHandler = Rc<dyn Fn(String)>;

/// What the field shows: the text (masked for passwords) with the preedit spliced in at the
/// caret, and how it was laid out.
pub(crate) struct Shown {
    display: String,
    map: TextMap,
    /// The preedit's byte range in `display`.
    preedit: (usize, usize),
    /// Showing the placeholder (the text is empty).
    placeholder: bool,
    /// The line's top-left moved by scrolling, in pixels.
    scroll: (f32, f32),
}

/// The parts of a field.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field {
    pub(crate) root: NodeId,
    line: NodeId,
    text: NodeId,
    selection: [NodeId; 3],
    underline: NodeId,
    caret: NodeId,
    pub(crate) buffer: State<EditBuffer>,
    pub(crate) value: Link<String>,
    pub(crate) placeholder: State<String>,
    pub(crate) font: State<TextAttrs>,
    pub(crate) font_color: ThemedColor,
    pub(crate) placeholder_color: ThemedColor,
    pub(crate) caret_color: ThemedColor,
    pub(crate) selected_color: ThemedColor,
    focused: State<bool>,
    /// The viewport's size and the text node's width after the last layout, in pixels.
    area: State<(f32, f32, f32)>,
    shown: State<Option<Rc<Shown>>>,
    dragging: State<bool>,
    pub(crate) on_change: State<Option<TextHandler>>,
    pub(crate) on_submit: State<Option<TextHandler>>,
    /// `inputFilter`'s error callback: what the filter dropped.
    pub(crate) on_filter_error: State<Option<TextHandler>>,
    media: Option<MediaEnv>,
}

fn leaf(tag: &'static str) -> NodeId {
    let n = NodeId::create(tag, NodeKind::Leaf);
    n.set_layout(|a| {
        a.visibility = Visibility::Hidden;
    });
    n
}

impl Field {
    /// A field tagged `tag` (`"TextInput"`, `"TextArea"`, `"Search"`).
    pub(crate) fn new(tag: &'static str, multiline: bool) -> Field {
        let root = NodeId::create(tag, NodeKind::Flex);
        let viewport = NodeId::create("TextFieldViewport", NodeKind::Flex);
        // Overlays are offset inside a one-cell stack: absolutely positioned children of a
        // flex container get no size from the core's layout (taffy's out-of-flow pass is not
        // wired up there).
        let line = NodeId::create("TextFieldLine", NodeKind::Stack);
        let text = NodeId::create("TextFieldText", NodeKind::Text);
        let selection = [
            leaf("TextSelection"),
            leaf("TextSelection"),
            leaf("TextSelection"),
        ];
        let underline = leaf("TextPreeditUnderline");
        let caret = leaf("TextCaret");
        root.append(viewport);
        viewport.append(line);
        for n in selection {
            line.append(n);
        }
        line.append(text);
        line.append(underline);
        line.append(caret);
        root.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = if multiline {
                ItemAlign::Start
            } else {
                ItemAlign::Center
            };
            a.width = arkui_core::pct(100.0);
            a.padding = if multiline {
                Edges::symmetric(16.vp(), 8.vp())
            } else {
                Edges::symmetric(16.vp(), 0.vp())
            };
            if !multiline {
                a.height = 40.vp();
            }
            a.min_height = if multiline { 40.vp() } else { Length::Auto };
            a.space = 8.vp();
        });
        root.set_visual(|v| {
            v.border_radius = [if multiline { 8.vp() } else { control::ROUND }; 4];
            v.clip = true;
        });
        viewport.set_layout(|a| {
            a.direction = if multiline {
                FlexDirection::Column
            } else {
                FlexDirection::Row
            };
            a.align_items = if multiline {
                ItemAlign::Stretch
            } else {
                ItemAlign::Center
            };
            // The text may be far wider than the field: the field decides its width.
            a.flex_grow = 1.0;
            a.flex_shrink = Some(1.0);
            a.flex_basis = Length::Px(0.0);
            a.min_width = Length::Px(0.0);
            a.align_self = ItemAlign::Stretch;
        });
        viewport.set_visual(|v| v.clip = true);
        line.set_layout(|a| {
            a.stack_align = arkui_core::Alignment::TopStart;
            a.flex_shrink = Some(0.0);
            if multiline {
                a.width = arkui_core::pct(100.0);
            }
        });
        if multiline {
            text.set_layout(|a| a.width = arkui_core::pct(100.0));
        }
        let buffer = EditBuffer {
            multiline,
            ..EditBuffer::default()
        };
        let f = Field {
            root,
            line,
            text,
            selection,
            underline,
            caret,
            buffer: State::new(buffer),
            value: Link::from(State::new(String::new())),
            placeholder: State::new(String::new()),
            font: State::new(TextAttrs::default()),
            font_color: ThemedColor::new(|t| t.font_primary),
            placeholder_color: ThemedColor::new(|t| t.font_secondary),
            caret_color: ThemedColor::new(|t| t.brand),
            selected_color: ThemedColor::new(|t| t.comp_emphasize_secondary),
            focused: State::new(false),
            area: State::new((0.0, 0.0, 0.0)),
            shown: State::new(None),
            dragging: State::new(false),
            on_change: State::new(None),
            on_submit: State::new(None),
            on_filter_error: State::new(None),
            media: MediaEnv::current(),
        };
        let background = ThemedColor::new(|t| t.comp_background_tertiary);
        Effect::new(move || {
            let c = background.get();
            untrack(|| root.set_visual(|v| v.background_color = c));
        });
        // The app's text into the buffer (the caret goes to the end, as ArkUI does).
        Effect::new(move || {
            let v = f.value.try_get().unwrap_or_default();
            untrack(|| {
                if f.buffer.with(|b| b.text != v) {
                    f.buffer.update(|b| {
                        b.set_text(&v);
                    });
                }
            });
        });
        Effect::new(move || f.lay_out());
        viewport.on_area_change(move |_, r| {
            let w = untrack(|| f.area.get()).2;
            f.area.set((r.width, r.height, w));
        });
        text.on_area_change(move |_, r| {
            let (vw, vh, w) = untrack(|| f.area.get());
            if multiline && (w - r.width).abs() > 0.01 {
                f.area.set((vw, vh, r.width));
            }
        });
        root.focusable(true);
        CommonAttribute::on_focus(root, move || {
            f.focused.set(true);
            control::focus_changed(root, true);
        });
        CommonAttribute::on_blur(root, move || {
            f.focused.set(false);
            // Composition does not survive losing focus: the IME is told to stop.
            f.buffer.update(|b| b.preedit = None);
            control::focus_changed(root, false);
        });
        CommonAttribute::on_key_event(root, move |e| f.key(e));
        CommonAttribute::on_touch(root, move |e| f.touch(e));
        root.set_on_text_input(move |e| f.text_input(e));
        // A restart (the previewer's rebuild) keeps what was typed; it comes back as an
        // edit, so the app's binding and `on_change` see it as they saw the typing.
        root.add_restorable(
            "text",
            // Saved even when empty: a field the user emptied must come back empty.
            move || Some(untrack(|| f.buffer.with(|b| b.text.clone())).into()),
            move |saved| match saved.as_str() {
                Some(text) => {
                    f.edit(|b| b.set_text(text));
                    true
                }
                None => false,
            },
        );
        f.sync_inspector();
        f
    }

    fn units(self) -> Units {
        Units {
            density: self.media.map_or(1.0, |m| m.density()),
            font_scale: Environment::font_scale().get(),
            ..Units::default()
        }
    }

    fn multiline(self) -> bool {
        untrack(|| self.buffer.with(|b| b.multiline))
    }

    /// Lay out the shown text and place the caret, selection and underline (an effect).
    fn lay_out(self) {
        let units = self.units();
        let buffer = self.buffer.get();
        let mut font = self.font.get();
        let placeholder = self.placeholder.get();
        let focused = self.focused.get();
        let (vw, vh, text_w) = self.area.get();
        let colors = (
            self.font_color.get(),
            self.placeholder_color.get(),
            self.caret_color.get(),
            self.selected_color.get(),
        );
        let (display, preedit) = display_of(&buffer);
        let show_placeholder = display.is_empty();
        font.content = if show_placeholder {
            placeholder
        } else {
            display.clone()
        };
        font.font_color = if show_placeholder { colors.1 } else { colors.0 };
        let wrap = buffer
            .multiline
            .then_some(text_w + 0.5)
            .filter(|w| *w > 1.0);
        let map = text_map(&display, &font, &units, wrap);
        let caret_w = (CARET_VP * units.density).max(1.0);
        let caret_at = match &buffer.preedit {
            Some(p) => preedit.0 + p.cursor.unwrap_or(p.text.len()).min(p.text.len()),
            None => to_display(&buffer, buffer.caret, preedit),
        };
        let (cx, cy, ch) = caret_xy(&map, &display, caret_at);
        let old = untrack(|| self.shown.with(|s| s.as_ref().map(|s| s.scroll)));
        let scroll = scroll_to(
            old.unwrap_or_default(),
            (cx, cy, ch),
            &map,
            (vw, vh),
            caret_w,
        );
        untrack(|| {
            let text = self.text;
            let measured = if show_placeholder {
                text_map(&font.content, &font, &units, wrap).width
            } else {
                map.width
            };
            text.set_text(|t| *t = font.clone());
            if !buffer.multiline {
                let w = Length::Px(measured.ceil() + caret_w + 1.0);
                text.set_layout(|a| a.width = w);
                self.line.set_layout(|a| a.width = w);
            }
            self.line.set_visual(|v| {
                v.translate = (Length::Px(-scroll.0), Length::Px(-scroll.1));
            });
            let sel = buffer.selection();
            let sel = (
                to_display(&buffer, sel.start, preedit),
                to_display(&buffer, sel.end, preedit),
            );
            let boxes = selection_boxes(&map, &display, sel);
            for (i, n) in self.selection.iter().enumerate() {
                place(*n, boxes.get(i).copied(), colors.3);
            }
            let underline = (preedit.1 > preedit.0).then(|| {
                let (x0, y0, h) = caret_xy(&map, &display, preedit.0);
                let (x1, _, _) = caret_xy(&map, &display, preedit.1);
                let t = (units.density).max(1.0);
                Rect::new(x0.min(x1), y0 + h - t * 2.0, (x1 - x0).abs(), t)
            });
            place(self.underline, underline, colors.0);
            let caret = (focused && !buffer.has_selection())
                .then(|| Rect::new(cx.min((map.width + caret_w).max(0.0)), cy, caret_w, ch));
            place(self.caret, caret, colors.2);
            // Where IME candidate windows go: the caret, relative to the field's top-left.
            if let (Some(root), Some(line)) = (self.root.rect(), self.line.rect()) {
                self.root.set_ime_cursor_area(Rect::new(
                    line.x - root.x + cx - scroll.0,
                    line.y - root.y + cy - scroll.1,
                    caret_w,
                    ch,
                ));
            }
            self.shown.set(Some(Rc::new(Shown {
                display,
                map,
                preedit,
                placeholder: show_placeholder,
                scroll,
            })));
            self.sync_inspector();
        });
    }

    /// The attributes tests and tools read.
    fn sync_inspector(self) {
        let n = self.root;
        let (text, caret, sel, preedit, ty, max) = self.buffer.with(|b| {
            let chars = |o: usize| b.text.get(..o).map_or(0, |s| s.chars().count());
            let sel = b.selection();
            (
                b.text.clone(),
                chars(b.caret),
                (chars(sel.start), chars(sel.end)),
                b.preedit
                    .as_ref()
                    .map(|p| p.text.clone())
                    .unwrap_or_default(),
                b.input_type,
                b.max_length,
            )
        });
        n.set_inspector_attr("text", text);
        n.set_inspector_attr("caretPosition", caret.to_string());
        n.set_inspector_attr("selectionStart", sel.0.to_string());
        n.set_inspector_attr("selectionEnd", sel.1.to_string());
        n.set_inspector_attr("preeditText", preedit);
        n.set_inspector_attr("type", ty.name());
        n.set_inspector_attr(
            "maxLength",
            max.map_or("Infinity".to_string(), |m| m.to_string()),
        );
        n.set_inspector_attr("placeholder", self.placeholder.get_untracked());
        n.set_inspector_attr("focused", self.focused.get_untracked().to_string());
    }

    /// Run an edit; report a text change to the binding and `on_change`.
    pub(crate) fn edit(self, f: impl FnOnce(&mut EditBuffer) -> bool) -> bool {
        let before = untrack(|| self.buffer.with(|b| b.text.clone()));
        let mut changed = false;
        let mut rejected = String::new();
        self.buffer.update(|b| {
            b.rejected.clear();
            changed = f(b);
            rejected = std::mem::take(&mut b.rejected);
        });
        if !rejected.is_empty()
            && let Some(cb) = untrack(|| self.on_filter_error.get())
        {
            cb(rejected);
        }
        let after = untrack(|| self.buffer.with(|b| b.text.clone()));
        if after != before {
            self.value.set(after.clone());
            if let Some(cb) = untrack(|| self.on_change.get()) {
                cb(after);
            }
        }
        changed
    }

    fn text_input(self, e: &ImeEvent) -> bool {
        match e {
            ImeEvent::Commit(t) => {
                self.edit(|b| b.commit(t));
            }
            ImeEvent::Preedit { text, cursor } => {
                self.edit(|b| {
                    b.set_preedit(text, cursor.map(|c| c.0));
                    false
                });
            }
            ImeEvent::Disabled => self.buffer.update(|b| b.preedit = None),
            ImeEvent::Enabled => {}
        }
        true
    }

    fn key(self, e: &KeyEvent) -> bool {
        let m = e.modifiers;
        let ctrl = m.ctrl || m.meta;
        let multiline = self.multiline();
        let (composing, at_start, at_end, selecting) = untrack(|| {
            self.buffer.with(|b| {
                (
                    b.preedit.is_some(),
                    b.caret == 0,
                    b.caret == b.text.len(),
                    b.has_selection(),
                )
            })
        });
        let ours = match &e.key {
            // At the ends, Left and Right let focus move on (D-pad navigation).
            Key::Left => !(at_start && !selecting && !m.shift),
            Key::Right => !(at_end && !selecting && !m.shift),
            Key::Up | Key::Down => multiline && self.vertical_target(&e.key).is_some(),
            Key::Home | Key::End | Key::Backspace | Key::Delete | Key::Enter | Key::Space => true,
            Key::Character(c) if ctrl => ["a", "c", "x", "v"].contains(&c.to_lowercase().as_str()),
            Key::Character(_) => true,
            _ => false,
        };
        if !ours || !e.pressed {
            return ours;
        }
        if composing {
            // The input method owns keys while it composes.
            return true;
        }
        let (shift, word) = (m.shift, ctrl);
        match &e.key {
            Key::Left => self.edit(|b| {
                b.left(shift, word);
                false
            }),
            Key::Right => self.edit(|b| {
                b.right(shift, word);
                false
            }),
            Key::Up | Key::Down => {
                if let Some(to) = self.vertical_target(&e.key) {
                    self.edit(|b| {
                        b.move_to(to, shift);
                        false
                    });
                }
                true
            }
            Key::Home | Key::End => {
                let to = self.line_edge(e.key == Key::End, ctrl);
                self.edit(|b| {
                    b.move_to(to, shift);
                    false
                })
            }
            Key::Backspace => self.edit(|b| b.backspace(word)),
            Key::Delete => self.edit(|b| b.delete(word)),
            Key::Enter if multiline => self.edit(|b| b.insert("\n")),
            Key::Enter => {
                let text = untrack(|| self.buffer.with(|b| b.text.clone()));
                if let Some(cb) = untrack(|| self.on_submit.get()) {
                    cb(text);
                }
                true
            }
            Key::Character(c) if ctrl => {
                self.shortcut(&c.to_lowercase());
                true
            }
            _ => true,
        };
        true
    }

    fn shortcut(self, c: &str) {
        let (selected, masked) = untrack(|| {
            self.buffer
                .with(|b| (b.selected_text().to_string(), b.input_type.is_masked()))
        });
        match c {
            "a" => self.buffer.update(EditBuffer::select_all),
            // A password never leaves the field.
            "c" if !masked && !selected.is_empty() => set_clipboard_text(&selected),
            "x" if !masked && !selected.is_empty() => {
                set_clipboard_text(&selected);
                self.edit(|b| b.backspace(false));
            }
            "v" => {
                if let Some(t) = clipboard_text() {
                    self.edit(|b| b.insert(&t));
                }
            }
            _ => {}
        }
    }

    /// Home/End: the visual line's edge, or the text's with ctrl (one line: always the text's).
    fn line_edge(self, end: bool, whole: bool) -> usize {
        let (len, caret) = untrack(|| self.buffer.with(|b| (b.text.len(), b.caret)));
        if whole || !self.multiline() {
            return if end { len } else { 0 };
        }
        self.with_shown(|s, b| {
            let at = to_display(b, caret, s.preedit);
            let li = line_of(&s.map, at);
            let line = s.map.lines[li];
            let edge = if end { line.end } else { line.start };
            // A wrapped line's end is the next line's start: stay before its last space.
            let edge = match s.map.lines.get(li + 1) {
                Some(next) if end && next.start == edge => prev_grapheme(&s.display, edge),
                _ => edge,
            };
            from_display(b, edge, s.preedit)
        })
        .unwrap_or(caret)
    }

    /// Up/Down in a text area: the offset on the line above or below nearest the caret's x.
    fn vertical_target(self, key: &Key) -> Option<usize> {
        let caret = untrack(|| self.buffer.with(|b| b.caret));
        self.with_shown(|s, b| {
            let at = to_display(b, caret, s.preedit);
            let li = line_of(&s.map, at);
            let target = match key {
                Key::Up => li.checked_sub(1)?,
                _ => li + 1,
            };
            let line = s.map.lines.get(target)?;
            let (x, _, _) = caret_xy(&s.map, &s.display, at);
            let hit = hit_line(&s.map, &s.display, target, x);
            let _ = line;
            Some(from_display(b, hit, s.preedit))
        })
        .flatten()
    }

    fn with_shown<R>(self, f: impl FnOnce(&Shown, &EditBuffer) -> R) -> Option<R> {
        untrack(|| {
            let shown = self.shown.get()?;
            if shown.placeholder {
                return None;
            }
            Some(self.buffer.with(|b| f(&shown, b)))
        })
    }

    fn touch(self, e: &TouchEvent) {
        match e.kind {
            TouchKind::Down => {
                self.dragging.set(true);
                if let Some(at) = self.offset_at(e.x, e.y) {
                    self.buffer.update(|b| {
                        b.preedit = None;
                        b.move_to(at, false);
                    });
                }
            }
            TouchKind::Move if untrack(|| self.dragging.get()) => {
                if let Some(at) = self.offset_at(e.x, e.y) {
                    self.buffer.update(|b| b.move_to(at, true));
                }
            }
            TouchKind::Up | TouchKind::Cancel => self.dragging.set(false),
            TouchKind::Move => {}
        }
    }

    /// The text offset under `(x, y)` vp from the field's top-left.
    fn offset_at(self, x: f32, y: f32) -> Option<usize> {
        let d = self.media.map_or(1.0, |m| untrack(|| m.density()));
        let root = self.root.rect()?;
        let line = self.line.rect()?;
        let (wx, wy) = (root.x + x * d, root.y + y * d);
        let empty = untrack(|| self.buffer.with(|b| b.text.is_empty()));
        if empty {
            return Some(0);
        }
        self.with_shown(|s, b| {
            let (lx, ly) = (wx - line.x + s.scroll.0, wy - line.y + s.scroll.1);
            let li = s.map.lines.iter().rposition(|l| l.top <= ly).unwrap_or(0);
            from_display(b, hit_line(&s.map, &s.display, li, lx), s.preedit)
        })
    }

    /// The caret as ArkUI's `getCaretOffset` gives it: its index in characters and its
    /// top-left in px from the field's top-left (where it is drawn, scrolling included).
    pub(crate) fn caret_offset(self) -> (usize, f32, f32) {
        let (index, caret) = untrack(|| {
            self.buffer.with(|b| {
                (
                    b.text.get(..b.caret).map_or(0, |s| s.chars().count()),
                    b.caret,
                )
            })
        });
        let origin = self.line_origin();
        let xy = self
            .with_shown(|s, b| {
                let (x, y, _) = caret_xy(&s.map, &s.display, to_display(b, caret, s.preedit));
                (x - s.scroll.0, y - s.scroll.1)
            })
            .unwrap_or((0.0, 0.0));
        (index, origin.0 + xy.0, origin.1 + xy.1)
    }

    /// The text's box in px from the field's top-left (ArkUI's `getTextContentRect`):
    /// where its first character starts, and its size (0 when empty).
    pub(crate) fn content_rect(self) -> Rect {
        let origin = self.line_origin();
        self.with_shown(|s, _| {
            Rect::new(
                origin.0 - s.scroll.0,
                origin.1 - s.scroll.1,
                s.map.width,
                s.map.height,
            )
        })
        .unwrap_or(Rect::new(origin.0, origin.1, 0.0, 0.0))
    }

    /// How many lines the text is laid out in (ArkUI's `getTextContentLineCount`).
    pub(crate) fn line_count(self) -> usize {
        self.with_shown(|s, _| s.map.lines.len()).unwrap_or(0)
    }

    /// The text line's top-left in px from the field's top-left.
    fn line_origin(self) -> (f32, f32) {
        match (self.root.rect(), self.line.rect()) {
            // The line's rect is where it is laid out, unscrolled (the scroll translates it
            // when drawn).
            (Some(root), Some(line)) => (line.x - root.x, line.y - root.y),
            _ => (0.0, 0.0),
        }
    }

    /// Put the caret before character `index` (clamped to the text).
    pub(crate) fn set_caret_chars(self, index: usize) {
        self.buffer.update(|b| {
            let at = char_offset(&b.text, index);
            b.preedit = None;
            b.move_to(at, false);
        });
    }

    /// Select characters `start..end` (clamped; the caret at `end`).
    pub(crate) fn select_chars(self, start: usize, end: usize) {
        self.buffer.update(|b| {
            let (a, c) = (char_offset(&b.text, start), char_offset(&b.text, end));
            b.preedit = None;
            b.move_to(a, false);
            b.move_to(c, true);
        });
    }

    /// Give up the focus (ArkUI's `stopEditing`).
    pub(crate) fn stop_editing(self) {
        self.root.clear_focus();
    }

    /// `enabled`: a disabled field takes no focus, keys or text, drawn at 40% opacity.
    pub(crate) fn set_enabled(self, on: bool) {
        control::set_enabled(self.root, on);
    }

    pub(crate) fn set_type(self, t: InputType) {
        self.buffer.update(|b| b.input_type = t);
    }
}

/// The byte offset of character `index` in `text` (its end when past it).
fn char_offset(text: &str, index: usize) -> usize {
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(i, _)| i)
}

/// Show `n` at `rect` (pixels in the line) in `color`, or hide it.
fn place(n: NodeId, rect: Option<Rect>, color: arkui_core::Color) {
    match rect {
        Some(r) if r.width > 0.0 && r.height > 0.0 => {
            n.set_layout(|a| {
                a.positioning = Positioning::Offset {
                    x: Length::Px(r.x),
                    y: Length::Px(r.y),
                };
                a.width = Length::Px(r.width);
                a.height = Length::Px(r.height);
                a.visibility = Visibility::Visible;
            });
            n.set_visual(|v| v.background_color = color);
        }
        _ => n.set_layout(|a| a.visibility = Visibility::Hidden),
    }
}

/// The shown string and the preedit's byte range in it.
fn display_of(b: &EditBuffer) -> (String, (usize, usize)) {
    let caret = b.caret.min(b.text.len());
    let mask = |s: &str| {
        if b.input_type.is_masked() {
            "•".repeat(grapheme_count(s))
        } else {
            s.to_string()
        }
    };
    let before = mask(b.text.get(..caret).unwrap_or(""));
    let after = mask(b.text.get(caret..).unwrap_or(""));
    let pre = b.preedit.as_ref().map_or("", |p| p.text.as_str());
    let start = before.len();
    (format!("{before}{pre}{after}"), (start, start + pre.len()))
}

/// A text offset as an offset in the shown string.
fn to_display(b: &EditBuffer, o: usize, preedit: (usize, usize)) -> usize {
    let o = o.min(b.text.len());
    let prefix = b.text.get(..o).unwrap_or("");
    let shown = if b.input_type.is_masked() {
        grapheme_count(prefix) * '•'.len_utf8()
    } else {
        prefix.len()
    };
    if o > b.caret.min(b.text.len()) {
        shown + (preedit.1 - preedit.0)
    } else {
        shown
    }
}

/// An offset in the shown string back to the text (inside the preedit: the caret).
fn from_display(b: &EditBuffer, s: usize, preedit: (usize, usize)) -> usize {
    let s = if s <= preedit.0 {
        s
    } else if s >= preedit.1 {
        s - (preedit.1 - preedit.0)
    } else {
        return b.caret;
    };
    if b.input_type.is_masked() {
        let n = s / '•'.len_utf8();
        use unicode_segmentation::UnicodeSegmentation;
        b.text
            .grapheme_indices(true)
            .nth(n)
            .map_or(b.text.len(), |(i, _)| i)
    } else {
        crate::text_edit::snap_grapheme(&b.text, s)
    }
}

/// The visual line holding offset `at` (a wrap point belongs to the line it starts).
pub(crate) fn line_of(map: &TextMap, at: usize) -> usize {
    map.lines.iter().rposition(|l| l.start <= at).unwrap_or(0)
}

/// Clusters of line `li`.
fn clusters(map: &TextMap, li: usize) -> impl Iterator<Item = &ClusterBox> {
    map.clusters.iter().filter(move |c| c.line == li)
}

/// The x of offset `at` inside cluster `c` (clusters holding several graphemes, such as
/// ligatures, are split evenly).
fn x_in(c: &ClusterBox, display: &str, at: usize) -> f32 {
    let n = display.get(c.start..c.end).map_or(1, grapheme_count).max(1);
    let k = display
        .get(c.start..at.clamp(c.start, c.end))
        .map_or(0, grapheme_count);
    let f = k as f32 / n as f32;
    if c.rtl {
        c.x + c.width * (1.0 - f)
    } else {
        c.x + c.width * f
    }
}

/// Caret position of shown offset `at`: x, line top and line height, in pixels.
fn caret_xy(map: &TextMap, display: &str, at: usize) -> (f32, f32, f32) {
    let li = line_of(map, at);
    let Some(line) = map.lines.get(li) else {
        return (0.0, 0.0, 16.0);
    };
    let mut x = None;
    let mut before = None::<f32>;
    for c in clusters(map, li) {
        if c.start <= at && at < c.end {
            x = Some(x_in(c, display, at));
            break;
        }
        if c.end <= at {
            let edge = if c.rtl { c.x } else { c.x + c.width };
            before = Some(before.map_or(edge, |b: f32| b.max(edge)));
        }
    }
    (x.or(before).unwrap_or(line.x), line.top, line.height)
}

/// The shown offset on line `li` nearest to `x`.
pub(crate) fn hit_line(map: &TextMap, display: &str, li: usize, x: f32) -> usize {
    let Some(line) = map.lines.get(li) else {
        return display.len();
    };
    let wrapped = map.lines.get(li + 1).is_some_and(|n| n.start == line.end);
    let mut best = (f32::MAX, line.start);
    for c in clusters(map, li) {
        let mut at = c.start;
        loop {
            if !(wrapped && at == line.end) {
                let d = (x_in(c, display, at) - x).abs();
                if d < best.0 {
                    best = (d, at);
                }
            }
            if at >= c.end {
                break;
            }
            at = next_grapheme(display, at).min(c.end).max(at + 1);
        }
    }
    best.1
}

/// Up to three boxes covering the shown range `sel`: the first line's part, the lines
/// between, the last line's part.
pub(crate) fn selection_boxes(map: &TextMap, display: &str, sel: (usize, usize)) -> Vec<Rect> {
    if sel.0 >= sel.1 {
        return Vec::new();
    }
    let (x0, y0, h0) = caret_xy(map, display, sel.0);
    let (x1, y1, h1) = caret_xy(map, display, sel.1);
    if (y0 - y1).abs() < 0.5 {
        return vec![Rect::new(x0.min(x1), y0, (x1 - x0).abs(), h0)];
    }
    let right = map.width.max(x0);
    let mut out = vec![Rect::new(x0, y0, right - x0, h0)];
    if y1 > y0 + h0 + 0.5 {
        out.push(Rect::new(0.0, y0 + h0, right, y1 - y0 - h0));
    }
    out.push(Rect::new(0.0, y1, x1, h1));
    out
}

/// The scroll offset that keeps the caret inside a `(vw, vh)` viewport.
fn scroll_to(
    old: (f32, f32),
    caret: (f32, f32, f32),
    map: &TextMap,
    view: (f32, f32),
    caret_w: f32,
) -> (f32, f32) {
    let (cx, cy, ch) = caret;
    let (vw, vh) = view;
    if !(vw > 0.0 && vh > 0.0) {
        return (0.0, 0.0);
    }
    let mut sx = old.0;
    if cx + caret_w > sx + vw {
        sx = cx + caret_w - vw;
    }
    if cx < sx {
        sx = cx;
    }
    // Deleting from a scrolled line brings text back rather than leaving space at the end.
    sx = sx.min((map.width + caret_w - vw).max(0.0)).max(0.0);
    let mut sy = old.1;
    if cy + ch > sy + vh {
        sy = cy + ch - vh;
    }
    if cy < sy {
        sy = cy;
    }
    sy = sy.min((map.height - vh).max(0.0)).max(0.0);
    let finite = |v: f32| if v.is_finite() { v } else { 0.0 };
    (finite(sx), finite(sy))
}

/// The attributes every text field has, implemented once for `TextInput`, `TextArea` and
/// `Search` (each holds its [`Field`] in `self.field`).
macro_rules! field_attributes {
    ($name:ident) => {
        impl arkui_core::Widget for $name {
            fn node(self) -> arkui_core::NodeId {
                self.field.root
            }
        }

        impl $name {
            /// `text`: set the text (one-way; use `bind_text` for two-way). The caret goes
            /// to the end.
            pub fn text(self, text: impl Into<String>) -> Self {
                self.field.value.set(text.into());
                self
            }

            /// Two-way binding of the text (`text = bind!(state)` in `ui!`, ArkUI's `$$`):
            /// typing writes the state, setting the state replaces the text.
            pub fn bind_text(self, source: impl arkui_core::LinkSource<String>) -> Self {
                self.field.value.bind(source);
                self
            }

            /// `placeholder`: shown while the text is empty.
            pub fn placeholder(self, text: impl Into<String>) -> Self {
                self.field.placeholder.set(text.into());
                self
            }

            /// `placeholderColor` (default: the theme's `font_secondary`).
            pub fn placeholder_color(self, color: arkui_core::Color) -> Self {
                self.field.placeholder_color.set(color);
                self
            }

            /// `type`, ArkUI's `InputType`: what may be typed and whether it is masked.
            pub fn input_type(self, t: $crate::InputType) -> Self {
                self.field.set_type(t);
                self
            }

            /// `maxLength`: most characters the text may hold; typing and pasting stop there.
            pub fn max_length(self, n: usize) -> Self {
                self.field.buffer.update(|b| b.max_length = Some(n));
                self
            }

            /// `caretColor` (default: the theme's brand colour).
            pub fn caret_color(self, color: arkui_core::Color) -> Self {
                self.field.caret_color.set(color);
                self
            }

            /// `selectedBackgroundColor`: behind selected text.
            pub fn selected_background_color(self, color: arkui_core::Color) -> Self {
                self.field.selected_color.set(color);
                self
            }

            /// `fontColor` (default: the theme's `font_primary`).
            pub fn font_color(self, color: arkui_core::Color) -> Self {
                self.field.font_color.set(color);
                self
            }

            /// `fontSize` (default 16fp).
            pub fn font_size(self, size: impl Into<arkui_core::Length>) -> Self {
                let size = size.into();
                self.field.font.update(|f| f.font_size = size);
                self
            }

            /// `fontWeight`.
            pub fn font_weight(self, weight: arkui_core::FontWeight) -> Self {
                self.field.font.update(|f| f.font_weight = weight);
                self
            }

            /// `fontFamily`.
            pub fn font_family(self, family: impl Into<String>) -> Self {
                let family = family.into();
                self.field.font.update(|f| f.font_family = Some(family));
                self
            }

            /// `onChange`: called with the new text after every edit.
            pub fn on_change(self, f: impl Fn(String) + 'static) -> Self {
                self.field.on_change.set(Some(std::rc::Rc::new(f)));
                self
            }

            /// `enabled`: a disabled field takes no focus, keys or text and is drawn at 40%
            /// opacity.
            pub fn enabled(self, on: bool) -> Self {
                self.field.set_enabled(on);
                self
            }
        }
    };
}

pub(crate) use field_attributes;
