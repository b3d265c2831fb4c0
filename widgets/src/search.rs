//! `Search`: a search field, ArkUI's `Search`: a magnifier, the text, a clear button and an
//! optional search button.

use std::rc::Rc;

use arkui_core::{
    Alignment, CommonAttribute, Effect, Element, Length, LengthExt, NodeId, NodeKind, Positioning,
    State, Visibility, untrack,
};

use crate::control::ROUND;
use crate::text_field::{Field, field_attributes};
use crate::theme::ThemedColor;

/// A search field, ArkUI's `Search`: edits like [`crate::TextInput`]; a magnifier before
/// the text, a clear button once there is text, and with `search_button` a button that
/// submits. Enter submits too.
///
/// ```
/// use std::cell::RefCell;
/// use std::rc::Rc;
/// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, Key};
/// use arkui_widgets::Search;
/// let asked = Rc::new(RefCell::new(String::new()));
/// let sink = asked.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let sink = sink.clone();
///     Search::new().search_button("Go").on_submit(move |q| *sink.borrow_mut() = q).id("s")
/// });
/// app.focus_id("s").unwrap();
/// app.handle_input(&InputEvent::Text("rust".into()));
/// app.press_key(Key::Enter);
/// assert_eq!(*asked.borrow(), "rust");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Search {
    field: Field,
    button_label: State<String>,
}

field_attributes!(Search);

fn bar(tag: &'static str, w: f32, h: f32) -> NodeId {
    let n = NodeId::create(tag, NodeKind::Leaf);
    n.set_layout(|a| {
        a.width = w.vp();
        a.height = h.vp();
    });
    n
}

/// A magnifier drawn with nodes: a ring and a handle at 45°.
fn magnifier(color: ThemedColor) -> NodeId {
    let icon = NodeId::create("SearchIcon", NodeKind::Stack);
    icon.set_layout(|a| {
        a.width = 16.vp();
        a.height = 16.vp();
        a.stack_align = Alignment::TopStart;
    });
    let ring = bar("SearchIconRing", 11.0, 11.0);
    ring.set_layout(|a| a.border_width = Length::Vp(1.5).into());
    let handle = bar("SearchIconHandle", 6.0, 1.6);
    handle.set_layout(|a| {
        a.positioning = Positioning::Offset {
            x: 9.2.vp(),
            y: 11.6.vp(),
        }
    });
    icon.append(ring);
    icon.append(handle);
    Effect::new(move || {
        let c = color.get();
        untrack(|| {
            ring.set_visual(|v| {
                v.border_color = c;
                v.border_radius = [ROUND; 4];
            });
            handle.set_visual(|v| {
                v.background_color = c;
                v.rotate = 45.0;
            });
        });
    });
    icon
}

/// A cross in a 16vp box: the clear button.
fn cross(color: ThemedColor) -> NodeId {
    let b = NodeId::create("SearchCancelButton", NodeKind::Stack);
    b.set_layout(|a| {
        a.width = 16.vp();
        a.height = 16.vp();
    });
    let bars = [
        bar("SearchCancelBar", 12.0, 1.5),
        bar("SearchCancelBar", 12.0, 1.5),
    ];
    for n in bars {
        b.append(n);
    }
    Effect::new(move || {
        let c = color.get();
        untrack(|| {
            for (n, r) in bars.into_iter().zip([45.0, -45.0]) {
                n.set_visual(|v| {
                    v.background_color = c;
                    v.rotate = r;
                });
            }
        });
    });
    b
}

impl Element<()> for Search {
    fn create(_: ()) -> Search {
        let field = Field::new("Search", false);
        let root = field.root;
        let icons = ThemedColor::new(|t| t.icon_secondary);
        root.insert(0, magnifier(icons));
        root.set_layout(|a| a.padding.left = 12.vp());
        let clear = cross(icons);
        let divider = bar("SearchDivider", 1.0, 20.0);
        let button = NodeId::create("SearchButton", NodeKind::Text);
        for n in [clear, divider, button] {
            root.append(n);
        }
        let s = Search {
            field,
            button_label: State::new(String::new()),
        };
        let brand = ThemedColor::new(|t| t.brand);
        let line = ThemedColor::new(|t| t.comp_divider);
        Effect::new(move || {
            let empty = field.buffer.with(|b| b.text.is_empty());
            let label = s.button_label.get();
            let (brand, line) = (brand.get(), line.get());
            untrack(|| {
                let show = |n: NodeId, on: bool| {
                    n.set_layout(|a| {
                        a.visibility = if on {
                            Visibility::Visible
                        } else {
                            Visibility::None
                        }
                    })
                };
                show(clear, !empty);
                show(divider, !label.is_empty());
                show(button, !label.is_empty());
                divider.set_visual(|v| v.background_color = line);
                button.set_text(|t| {
                    t.content = label.clone();
                    t.font_color = brand;
                });
                root.set_inspector_attr("searchButton", label);
            });
        });
        // Neither button takes focus: the text keeps it, and its caret, while they work.
        clear.focusable(false).on_click(move |_| {
            field.edit(|b| b.set_text(""));
        });
        button.focusable(false).on_click(move |_| s.submit());
        field.on_submit.set(None);
        s
    }

    fn update(self, _: ()) {}
}

impl Default for Search {
    fn default() -> Self {
        Search::new()
    }
}

impl Search {
    /// An empty search field.
    pub fn new() -> Search {
        Search::create(())
    }

    fn submit(self) {
        let text = untrack(|| self.field.buffer.with(|b| b.text.clone()));
        if let Some(cb) = untrack(|| self.field.on_submit.get()) {
            cb(text);
        }
    }

    /// `value`: ArkUI's name for the text (one-way).
    pub fn value(self, text: impl Into<String>) -> Self {
        self.text(text)
    }

    /// Two-way binding of the text under ArkUI's name (`value = bind!(state)`).
    pub fn bind_value(self, source: impl arkui_core::LinkSource<String>) -> Self {
        self.bind_text(source)
    }

    /// `searchButton`: show a button with this label after the text; it submits.
    pub fn search_button(self, label: impl Into<String>) -> Self {
        self.button_label.set(label.into());
        self
    }

    /// `onSubmit`: the search button was clicked or Enter pressed; called with the text.
    pub fn on_submit(self, f: impl Fn(String) + 'static) -> Self {
        self.field.on_submit.set(Some(Rc::new(f)));
        self
    }
}
