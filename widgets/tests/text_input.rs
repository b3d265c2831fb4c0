//! TextInput, TextArea and Search through the headless harness: typing by key and text
//! events into a field focused by id, caret and selection, editing keys, clicks and drags,
//! password masking and placeholders in pixels, input types and max length, clipboard,
//! horizontal scrolling, and hostile input.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{EnterKeyType, InputCounterOptions, TextInputController};
use arkui::{Effect, InputEvent, Key, Modifiers};
use common::{BRAND, attr, near};
use serde_json::Value;

/// What a keyboard does for one printable key: the key (down), its text, the key (up).
fn type_text(t: &mut TestApp, s: &str) {
    for c in s.chars() {
        let key = if c == ' ' {
            Key::Space
        } else {
            Key::Character(c.to_string())
        };
        let app = t.app();
        let up = Modifiers::default();
        app.handle_input(&InputEvent::Key {
            key: key.clone(),
            pressed: true,
            modifiers: up,
        });
        app.handle_input(&InputEvent::Text(c.to_string()));
        app.handle_input(&InputEvent::Key {
            key,
            pressed: false,
            modifiers: up,
        });
    }
}

fn press(t: &mut TestApp, key: Key, modifiers: Modifiers) {
    let app = t.app();
    app.handle_input(&InputEvent::Key {
        key: key.clone(),
        pressed: true,
        modifiers,
    });
    app.handle_input(&InputEvent::Key {
        key,
        pressed: false,
        modifiers,
    });
}

fn none() -> Modifiers {
    Modifiers::default()
}

fn shift() -> Modifiers {
    Modifiers {
        shift: true,
        ..Modifiers::default()
    }
}

fn ctrl() -> Modifiers {
    Modifiers {
        ctrl: true,
        ..Modifiers::default()
    }
}

/// The first node of `$type` under `v`.
fn part<'v>(v: &'v Value, ty: &str) -> Option<&'v Value> {
    if v["$type"] == ty {
        return Some(v);
    }
    v["$children"].as_array()?.iter().find_map(|c| part(c, ty))
}

/// The caret of field `id`: its left edge in window pixels, or `None` when hidden.
fn caret_x(t: &mut TestApp, id: &str) -> Option<f64> {
    let v = t.inspect(id).unwrap();
    let caret = part(&v, "TextCaret").unwrap();
    if caret["$attrs"]["visibility"] == "Visibility.Hidden" {
        return None;
    }
    arkui_core::inspector_rect(caret).map(|r| f64::from(r.x))
}

fn field(t: &mut TestApp, id: &str) -> (String, String, String, String) {
    (
        attr(t, id, "text"),
        attr(t, id, "caretPosition"),
        attr(t, id, "selectionStart"),
        attr(t, id, "selectionEnd"),
    )
}

fn one(build: impl FnOnce() -> TextInput + 'static) -> TestApp {
    TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new().child(build().width(240.vp()))
    })
}

#[test]
fn typing_by_key_and_text_events_writes_the_binding_and_moves_the_caret() {
    let name = State::new(String::new());
    let changes = State::new(0);
    let mut t = one(move || {
        TextInput::new()
            .bind_text(name)
            .on_change(move |_| changes.update(|c| *c += 1))
            .id("f")
    });
    t.app().focus_id("f").unwrap();
    type_text(&mut t, "Hi there");
    assert_eq!(
        name.get(),
        "Hi there",
        "each character once, space included"
    );
    assert_eq!(changes.get(), 8);
    assert_eq!(field(&mut t, "f").1, "8");
    name.set("Reset".into());
    assert_eq!(
        field(&mut t, "f"),
        ("Reset".into(), "5".into(), "5".into(), "5".into())
    );
}

#[test]
fn arrows_home_end_and_shift_select_and_typing_replaces_the_selection() {
    let mut t = one(|| TextInput::new().text("hello world").id("f"));
    t.app().focus_id("f").unwrap();
    press(&mut t, Key::Home, none());
    press(&mut t, Key::Right, shift());
    press(&mut t, Key::Right, shift());
    assert_eq!(field(&mut t, "f").2, "0");
    assert_eq!(field(&mut t, "f").3, "2");
    type_text(&mut t, "J");
    assert_eq!(attr(&mut t, "f", "text"), "Jllo world");
    press(&mut t, Key::End, shift());
    press(&mut t, Key::Backspace, none());
    assert_eq!(attr(&mut t, "f", "text"), "J");
    press(&mut t, Key::Character("a".into()), ctrl());
    assert_eq!(field(&mut t, "f").3, "1");
    press(&mut t, Key::Delete, none());
    assert_eq!(attr(&mut t, "f", "text"), "");
}

#[test]
fn backspace_and_delete_go_by_grapheme_cluster_and_by_word_with_ctrl() {
    let mut t = one(|| TextInput::new().text("naïve e\u{301} 👩‍👩‍👧 word").id("f"));
    t.app().focus_id("f").unwrap();
    press(&mut t, Key::Backspace, ctrl());
    assert_eq!(attr(&mut t, "f", "text"), "naïve e\u{301} 👩‍👩‍👧 ");
    press(&mut t, Key::Left, none());
    press(&mut t, Key::Backspace, none());
    assert_eq!(
        attr(&mut t, "f", "text"),
        "naïve e\u{301}  ",
        "the family emoji is one cluster"
    );
    press(&mut t, Key::Left, none());
    press(&mut t, Key::Backspace, none());
    assert_eq!(
        attr(&mut t, "f", "text"),
        "naïve   ",
        "e + combining accent is one cluster"
    );
    press(&mut t, Key::Home, none());
    press(&mut t, Key::Delete, ctrl());
    assert_eq!(attr(&mut t, "f", "text"), "   ");
}

#[test]
fn a_click_puts_the_caret_at_the_nearest_glyph_boundary_and_a_drag_selects() {
    let mut t = one(|| TextInput::new().text("Hello").id("f"));
    t.app().focus_id("f").unwrap();
    // The caret's x at every position, from the keyboard.
    press(&mut t, Key::Home, none());
    let mut xs = vec![caret_x(&mut t, "f").unwrap()];
    for _ in 0..5 {
        press(&mut t, Key::Right, none());
        xs.push(caret_x(&mut t, "f").unwrap());
    }
    assert!(xs.windows(2).all(|w| w[1] > w[0]), "{xs:?}");
    let y = {
        let r = t.rect("f").unwrap();
        r.y + r.height / 2.0
    };
    for k in 0..5 {
        // Just left of the middle between boundary k and k+1: boundary k.
        let x = (xs[k] + xs[k + 1]) / 2.0 - 1.0;
        t.app().click_at(x as f32, y);
        assert_eq!(
            attr(&mut t, "f", "caretPosition"),
            k.to_string(),
            "at x {x}"
        );
        let x = (xs[k] + xs[k + 1]) / 2.0 + 1.0;
        t.app().click_at(x as f32, y);
        assert_eq!(attr(&mut t, "f", "caretPosition"), (k + 1).to_string());
    }
    let app = t.app();
    app.pointer_down(xs[1] as f32, y);
    app.pointer_move(xs[3] as f32 + 20.0, y);
    app.pointer_move(xs[4] as f32, y);
    app.pointer_up(xs[4] as f32, y);
    let (_, _, start, end) = field(&mut t, "f");
    assert_eq!((start.as_str(), end.as_str()), ("1", "4"));
}

#[test]
fn passwords_are_masked_in_pixels() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(
                TextInput::new()
                    .input_type(InputType::Password)
                    .text("secret")
                    .width(200.vp())
                    .id("a"),
            )
            .child(
                TextInput::new()
                    .input_type(InputType::Password)
                    .text("hidden")
                    .width(200.vp())
                    .id("b"),
            )
            .child(TextInput::new().text("secret").width(200.vp()).id("c"))
            .child(TextInput::new().text("hidden").width(200.vp()).id("d"))
    });
    let crop = |t: &mut TestApp, id: &str| -> Vec<[u8; 4]> {
        let r = t.rect(id).unwrap();
        let frame = t.render();
        let mut out = Vec::new();
        for y in r.y as u32..(r.y + r.height) as u32 {
            for x in r.x as u32..(r.x + r.width) as u32 {
                out.push(frame.pixel(x, y));
            }
        }
        out
    };
    let (a, b, c, d) = (
        crop(&mut t, "a"),
        crop(&mut t, "b"),
        crop(&mut t, "c"),
        crop(&mut t, "d"),
    );
    assert_eq!(a, b, "six dots whatever the six characters");
    assert_ne!(c, d, "plain text shows the characters");
    assert_ne!(a, c);
    assert_eq!(attr(&mut t, "a", "type"), "InputType.Password");
}

#[test]
fn a_placeholder_shows_in_its_colour_only_while_the_field_is_empty() {
    let mut t = one(|| {
        TextInput::new()
            .placeholder("Name")
            .placeholder_color(Color::RED)
            .id("f")
    });
    let red = |t: &mut TestApp| {
        let r = t.rect("f").unwrap();
        let frame = t.render();
        (r.x as u32..(r.x + r.width) as u32)
            .flat_map(|x| (r.y as u32..(r.y + r.height) as u32).map(move |y| (x, y)))
            .filter(|&(x, y)| near(frame.pixel(x, y), Color::RED, 40))
            .count()
    };
    assert!(red(&mut t) > 20, "the placeholder is drawn in red");
    t.app().focus_id("f").unwrap();
    type_text(&mut t, "x");
    assert_eq!(red(&mut t), 0, "typed text replaces it");
    press(&mut t, Key::Backspace, none());
    assert!(
        red(&mut t) > 20,
        "and it comes back when the field is empty"
    );
}

#[test]
fn number_fields_filter_and_max_length_stops_typing_and_pasting() {
    let mut t = one(|| {
        TextInput::new()
            .input_type(InputType::Number)
            .max_length(4)
            .id("f")
    });
    t.app().focus_id("f").unwrap();
    type_text(&mut t, "1a2 b3");
    assert_eq!(attr(&mut t, "f", "text"), "123");
    arkui::set_clipboard_text("98765");
    press(&mut t, Key::Character("v".into()), ctrl());
    assert_eq!(attr(&mut t, "f", "text"), "1239");
    assert_eq!(attr(&mut t, "f", "maxLength"), "4");
}

#[test]
fn copy_cut_and_paste_go_through_the_clipboard() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(TextInput::new().text("copy me").width(200.vp()).id("a"))
            .child(TextInput::new().width(200.vp()).id("b"))
            .child(
                TextInput::new()
                    .input_type(InputType::Password)
                    .text("pw")
                    .width(200.vp())
                    .id("p"),
            )
    });
    t.app().focus_id("a").unwrap();
    press(&mut t, Key::Left, ctrl());
    press(&mut t, Key::End, shift());
    press(&mut t, Key::Character("x".into()), ctrl());
    assert_eq!(attr(&mut t, "a", "text"), "copy ");
    t.app().focus_id("b").unwrap();
    press(&mut t, Key::Character("v".into()), ctrl());
    press(&mut t, Key::Character("V".into()), ctrl());
    assert_eq!(attr(&mut t, "b", "text"), "meme");
    press(&mut t, Key::Character("a".into()), ctrl());
    press(&mut t, Key::Character("c".into()), ctrl());
    assert_eq!(arkui::clipboard_text().as_deref(), Some("meme"));
    // A password is never copied out.
    t.app().focus_id("p").unwrap();
    press(&mut t, Key::Character("a".into()), ctrl());
    press(&mut t, Key::Character("c".into()), ctrl());
    assert_eq!(arkui::clipboard_text().as_deref(), Some("meme"));
}

#[test]
fn long_text_scrolls_to_keep_the_caret_in_view() {
    let mut t = one(|| TextInput::new().id("f"));
    t.app().focus_id("f").unwrap();
    type_text(&mut t, &"scrolling ".repeat(8));
    let r = t.rect("f").unwrap();
    let brand = |t: &mut TestApp| {
        let frame = t.render();
        (r.x as u32..(r.x + r.width) as u32)
            .flat_map(|x| (r.y as u32..(r.y + r.height) as u32).map(move |y| (x, y)))
            .filter(|&(x, y)| near(frame.pixel(x, y), BRAND, 30))
            .map(|(x, _)| x)
            .collect::<Vec<_>>()
    };
    let at_end = brand(&mut t);
    assert!(
        !at_end.is_empty(),
        "the caret is visible at the end of long text"
    );
    assert!(at_end.iter().all(|x| (*x as f32) > r.x + r.width / 2.0));
    press(&mut t, Key::Home, none());
    let at_start = brand(&mut t);
    assert!(!at_start.is_empty() && at_start.iter().all(|x| (*x as f32) < r.x + r.width / 2.0));
}

#[test]
fn ime_composition_shows_underlined_at_the_caret_and_commits_once() {
    use arkui::ImeEvent;
    let mut t = one(|| TextInput::new().text("ab").id("f"));
    t.app().focus_id("f").unwrap();
    press(&mut t, Key::Left, none());
    let app = t.app();
    app.handle_input(&InputEvent::Ime(ImeEvent::Enabled));
    for p in ["n", "ni", "nih", "niha", "nihao"] {
        app.handle_input(&InputEvent::Ime(ImeEvent::Preedit {
            text: p.into(),
            cursor: Some((p.len(), p.len())),
        }));
    }
    assert_eq!(attr(&mut t, "f", "text"), "ab", "composition is not text");
    assert_eq!(attr(&mut t, "f", "preeditText"), "nihao");
    let v = t.inspect("f").unwrap();
    let underline = part(&v, "TextPreeditUnderline").unwrap();
    assert_eq!(underline["$attrs"]["visibility"], "Visibility.Visible");
    let caret = caret_x(&mut t, "f").unwrap();
    assert!(
        (f64::from(arkui_core::inspector_rect(underline).unwrap().right()) - caret).abs() < 1.5,
        "caret after the preedit"
    );
    // Keys reaching the field during composition do not edit the text.
    press(&mut t, Key::Backspace, none());
    let app = t.app();
    app.handle_input(&InputEvent::Ime(ImeEvent::Preedit {
        text: String::new(),
        cursor: None,
    }));
    app.handle_input(&InputEvent::Ime(ImeEvent::Commit("你好".into())));
    assert_eq!(
        field(&mut t, "f"),
        ("a你好b".into(), "3".into(), "3".into(), "3".into())
    );
    assert_eq!(attr(&mut t, "f", "preeditText"), "");
}

#[test]
fn ime_sequences_through_the_platform_filter_insert_each_commit_once() {
    use arkui::ImeEvent;
    use arkui::platform::TextEntryFilter;
    /// One native event, as a window system reports it.
    enum Native {
        Key(Key, Option<&'static str>, bool),
        Ime(ImeEvent),
    }
    let preedit = |s: &str| {
        Native::Ime(ImeEvent::Preedit {
            text: s.into(),
            cursor: Some((s.len(), s.len())),
        })
    };
    let k = |c: &'static str, text: Option<&'static str>| {
        Native::Key(Key::Character(c.into()), text, true)
    };
    let sequences: Vec<(&str, Vec<Native>, &str)> = vec![
        (
            "pinyin: preedit grows, Backspace edits it, Space commits",
            vec![
                Native::Ime(ImeEvent::Enabled),
                preedit("n"),
                preedit("ni"),
                preedit("nih"),
                Native::Key(Key::Backspace, None, true),
                preedit("ni"),
                Native::Key(Key::Space, Some(" "), true),
                preedit(""),
                Native::Ime(ImeEvent::Commit("你".into())),
                k("a", Some("a")),
            ],
            "你a",
        ),
        (
            "dead key: ´ then e gives é from the key alone",
            vec![
                Native::Key(Key::Other(0), None, true),
                Native::Key(Key::Other(0), None, false),
                k("é", Some("é")),
                Native::Key(Key::Character("é".into()), Some("é"), false),
            ],
            "é",
        ),
        (
            "X11 with an IME: key text followed by a commit of the same char",
            vec![
                Native::Ime(ImeEvent::Enabled),
                k("h", Some("h")),
                Native::Ime(ImeEvent::Commit("h".into())),
                k("i", Some("i")),
                Native::Ime(ImeEvent::Commit("i".into())),
                k("i", Some("i")),
                Native::Ime(ImeEvent::Commit("i".into())),
            ],
            "hii",
        ),
        (
            "compose through the IME: dead key, then a commit with no key text",
            vec![
                Native::Ime(ImeEvent::Enabled),
                preedit("´"),
                preedit(""),
                Native::Ime(ImeEvent::Commit("é".into())),
                Native::Key(Key::Character("e".into()), None, false),
            ],
            "é",
        ),
    ];
    for (what, natives, expected) in sequences {
        let mut t = one(|| TextInput::new().id("f"));
        t.app().focus_id("f").unwrap();
        let mut filter = TextEntryFilter::default();
        let mut events = Vec::new();
        for n in natives {
            match n {
                Native::Key(key, text, pressed) => {
                    filter.key(key, text, pressed, none(), &mut events)
                }
                Native::Ime(e) => filter.ime(e, &mut events),
            }
        }
        for e in &events {
            t.app().handle_input(e);
        }
        assert_eq!(attr(&mut t, "f", "text"), expected, "{what}");
        assert_eq!(attr(&mut t, "f", "preeditText"), "", "{what}");
    }
}

#[test]
fn text_areas_wrap_start_lines_on_enter_and_move_between_lines() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new().child(TextArea::new().width(160.vp()).id("a"))
    });
    let before = t.rect("a").unwrap().height;
    t.app().focus_id("a").unwrap();
    type_text(&mut t, "one two three four five six");
    assert!(
        t.rect("a").unwrap().height > before,
        "wrapped text grows the area"
    );
    press(&mut t, Key::Enter, none());
    type_text(&mut t, "x");
    assert_eq!(attr(&mut t, "a", "text"), "one two three four five six\nx");
    press(&mut t, Key::Up, none());
    let up = attr(&mut t, "a", "caretPosition").parse::<usize>().unwrap();
    assert!(
        up < 27,
        "the caret went up into the wrapped paragraph ({up})"
    );
    press(&mut t, Key::Home, ctrl());
    assert_eq!(attr(&mut t, "a", "caretPosition"), "0");
    press(&mut t, Key::End, ctrl());
    assert_eq!(attr(&mut t, "a", "caretPosition"), "29");
}

#[test]
fn search_clears_and_submits_from_its_button_and_enter() {
    let asked = State::new(String::new());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new().child(
            Search::new()
                .search_button("Go")
                .on_submit(move |q| asked.set(q))
                .width(280.vp())
                .id("s"),
        )
    });
    t.app().focus_id("s").unwrap();
    type_text(&mut t, "rust");
    let r = t.rect("s").unwrap();
    // The search button is the last thing in the field.
    t.app().click_at(r.x + r.width - 20.0, r.y + r.height / 2.0);
    assert_eq!(asked.get(), "rust");
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("s"),
        "the button leaves focus in the text"
    );
    let v = t.inspect("s").unwrap();
    let clear = arkui_core::inspector_rect(part(&v, "SearchCancelButton").unwrap()).unwrap();
    let (cx, cy) = (clear.x + clear.width / 2.0, clear.y + clear.height / 2.0);
    t.app().click_at(cx, cy);
    assert_eq!(attr(&mut t, "s", "text"), "");
    type_text(&mut t, "go");
    press(&mut t, Key::Enter, none());
    assert_eq!(asked.get(), "go");
}

#[test]
fn hostile_input_never_panics() {
    let mut t = one(|| TextInput::new().font_size(Length::Vp(f32::NAN)).id("f"));
    t.app().focus_id("f").unwrap();
    for key in [
        Key::Backspace,
        Key::Delete,
        Key::Left,
        Key::Right,
        Key::Home,
        Key::End,
    ] {
        press(&mut t, key, ctrl());
    }
    t.app().handle_input(&InputEvent::Text(String::new()));
    t.app()
        .handle_input(&InputEvent::Text("\u{0}\u{7}\r\n".into()));
    assert_eq!(
        attr(&mut t, "f", "text"),
        " ",
        "a line break becomes a space; controls go"
    );
    // A huge paste: kept whole, still edits.
    arkui::set_clipboard_text(&"0123456789".repeat(20_000));
    press(&mut t, Key::Character("v".into()), ctrl());
    assert_eq!(attr(&mut t, "f", "text").len(), 200_001);
    press(&mut t, Key::Backspace, ctrl());
    t.render();
    // Disabled fields take neither focus nor text.
    let mut t = one(|| TextInput::new().enabled(false).id("f"));
    assert!(t.app().focus_id("f").is_err());
    assert!(!t.app().handle_input(&InputEvent::Text("x".into())));
}

/// Pixels in the band `y0..y1` of the window that are not the page's white.
fn inked(t: &mut TestApp, x0: f32, x1: f32, y0: f32, y1: f32) -> Vec<(u32, u32, [u8; 4])> {
    let canvas = t.render();
    let mut out = Vec::new();
    for y in y0.max(0.0) as u32..y1 as u32 {
        for x in x0.max(0.0) as u32..x1 as u32 {
            let px = canvas.pixel(x, y);
            if !near(px, Color::WHITE, 24) {
                out.push((x, y, px));
            }
        }
    }
    out
}

#[test]
fn the_counter_and_the_error_line_sit_under_the_box_and_push_what_follows() {
    let warning = Color::from_rgb(0xE84026);
    let mut t = TestApp::with_view(DeviceProfile::desktop(320, 240), || {
        Column::new()
            .child(
                TextInput::new()
                    .max_length(5)
                    .show_counter(
                        true,
                        InputCounterOptions {
                            threshold_percentage: Some(50.0),
                            highlight_border: true,
                        },
                    )
                    .width(200.vp())
                    .id("pin"),
            )
            .child(Text::new("below").id("below"))
    });
    let boxed = t.rect("pin").unwrap();
    let below_y = t.rect("below").unwrap().y;
    assert!(
        (below_y - boxed.bottom()).abs() < 1.0,
        "no footer yet: nothing reserved"
    );
    t.app().focus_id("pin").unwrap();
    type_text(&mut t, "12");
    t.render();
    assert_eq!(
        t.rect("below").unwrap().y,
        below_y,
        "2 of 5 is under the 50% threshold"
    );
    type_text(&mut t, "3");
    t.render();
    let pushed = t.rect("below").unwrap().y;
    assert!(
        pushed > below_y + 15.0,
        "the counter line takes room: {below_y} -> {pushed}"
    );
    assert_eq!(
        t.rect("pin").unwrap().height,
        boxed.height,
        "the box keeps its size"
    );
    // "3/5" is drawn under the box's trailing half, in the secondary colour.
    let ink = inked(
        &mut t,
        boxed.x + boxed.width / 2.0,
        boxed.right(),
        boxed.bottom(),
        pushed,
    );
    assert!(!ink.is_empty(), "the counter is drawn under the box");
    assert!(ink.iter().all(|(.., px)| !near(*px, warning, 30)));
    type_text(&mut t, "45");
    t.render();
    let ink = inked(
        &mut t,
        boxed.x + boxed.width / 2.0,
        boxed.right(),
        boxed.bottom(),
        pushed,
    );
    assert!(
        ink.iter().any(|(.., px)| near(*px, warning, 40)),
        "5/5: the counter is red"
    );
    let border = t.render().pixel(boxed.x as u32 + 40, boxed.y as u32);
    assert!(near(border, warning, 60), "and the border: {border:?}");
    // Deleting one takes the red away again.
    press(&mut t, Key::Backspace, none());
    let border = t.render().pixel(boxed.x as u32 + 40, boxed.y as u32);
    assert!(!near(border, warning, 60), "{border:?}");
}

#[test]
fn an_error_line_shows_in_the_warning_colour_and_goes_away() {
    let warning = Color::from_rgb(0xE84026);
    let error = State::new(Some("Wrong password".to_string()));
    let mut t = TestApp::with_view(DeviceProfile::desktop(320, 240), move || {
        let field = TextInput::new().width(200.vp()).id("pw");
        Effect::new(move || {
            let e = error.get();
            field.show_error(e.as_deref());
        });
        Column::new()
            .child(field)
            .child(Text::new("below").id("below"))
    });
    let boxed = t.rect("pw").unwrap();
    let pushed = t.rect("below").unwrap().y;
    assert!(pushed > boxed.bottom() + 15.0);
    let ink = inked(&mut t, boxed.x, boxed.right(), boxed.bottom(), pushed);
    assert!(ink.iter().filter(|(.., px)| near(*px, warning, 40)).count() > 20);
    error.set(None);
    t.render();
    assert!((t.rect("below").unwrap().y - boxed.bottom()).abs() < 1.0);
    // What is there now is the text that moved up, in black: no warning colour.
    let ink = inked(&mut t, boxed.x, boxed.right(), boxed.bottom(), pushed);
    assert!(ink.iter().all(|(.., px)| !near(*px, warning, 40)));
}

#[test]
fn enter_submits_by_type_and_keep_editable_state_keeps_the_focus() {
    use std::cell::Cell;
    use std::rc::Rc;
    let submits = Rc::new(Cell::new(0));
    let s = submits.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let s2 = s.clone();
        Column::new()
            .child(
                TextInput::new()
                    .enter_key_type(EnterKeyType::Send)
                    .on_submit(move |key, e| {
                        assert_eq!(key, EnterKeyType::Send);
                        s.set(s.get() + 1);
                        e.keep_editable_state();
                    })
                    .id("chat"),
            )
            .child(
                TextInput::new()
                    .enter_key_type(EnterKeyType::NewLine)
                    .on_submit(move |_, _| s2.set(s2.get() + 100))
                    .id("lines"),
            )
    });
    t.app().focus_id("chat").unwrap();
    press(&mut t, Key::Enter, none());
    assert_eq!(submits.get(), 1);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("chat"),
        "kept editing"
    );
    assert_eq!(attr(&mut t, "chat", "enterKeyType"), "EnterKeyType.Send");
    t.app().focus_id("lines").unwrap();
    press(&mut t, Key::Enter, none());
    assert_eq!(submits.get(), 1, "NEW_LINE does not submit");
}

#[test]
fn the_controller_measures_the_caret_and_the_text() {
    let c = TextInputController::new();
    let c2 = c.clone();
    let mut t = TestApp::with_view(DeviceProfile::desktop(320, 240), move || {
        TextInput::new().text("Hello world").controller(c2).id("t")
    });
    t.app().focus_id("t").unwrap();
    t.render();
    let field = t.rect("t").unwrap();
    let content = c.get_text_content_rect();
    assert!(
        (content.x - 16.0).abs() < 1.0,
        "after the 16 vp padding: {content:?}"
    );
    assert!(content.width > 60.0 && content.height > 10.0);
    c.caret_position(0);
    t.render();
    let start = c.get_caret_offset();
    c.caret_position(5);
    t.render();
    let mid = c.get_caret_offset();
    assert_eq!((start.index, mid.index), (0, 5));
    assert!(mid.x > start.x + 20.0 && mid.x < field.width);
    c.caret_position(99);
    assert_eq!(c.get_caret_offset().index, 11, "past the end: at the end");
    assert_eq!(c.get_text_content_line_count(), 1);
}
