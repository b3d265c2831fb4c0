//! `Slider`: pick a number in a range by position along a track.

use std::rc::Rc;

use arkui_core::{
    Alignment, ClickEvent, Color, CommonAttribute, Edges, Effect, Element, Key, KeyEvent, Length,
    Link, LinkSource, MediaEnv, NodeId, NodeKind, Positioning, State, Widget, pct, untrack,
};

use crate::control::{self, ROUND};
use crate::numeric::{SliderRange, finite_or, show};
use crate::theme::ThemedColor;

/// ArkUI's `Axis`: horizontal or vertical.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Axis {
    /// Left to right (the default).
    #[default]
    Horizontal,
    /// Top to bottom.
    Vertical,
}

/// ArkUI's `SliderChangeMode`: what kind of interaction changed the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliderChangeMode {
    /// A drag started.
    Begin,
    /// A drag moved.
    Moving,
    /// A drag ended.
    End,
    /// A click or tap set the value.
    Click,
}

/// Diameter of the block (ArkUI's outset style).
const BLOCK: f32 = 18.0;
/// Room at each end so the block stays inside the slider at `min` and `max`.
const PAD: f32 = BLOCK / 2.0 + 2.0;
/// ArkUI's default track thickness (outset style).
const TRACK: f32 = 4.0;
/// ArkUI's default cross size of the slider: the block plus touch room.
const CROSS: f32 = 40.0;

type ChangeHandler = Rc<dyn Fn(f64, SliderChangeMode)>;

/// A slider, ArkUI's `Slider`: a track, the selected part of it, and a block at the value.
/// Clicking the track moves the value there (snapped to `step`); with focus, arrow keys and
/// the D-pad move it by one step. Dragging needs pointer move events from the core and is
/// not there yet.
///
/// Bad input is repaired as ArkUI does: `min >= max` gives 0..100, a step that is not
/// positive gives 1, a value outside the range (or NaN) is clamped.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::Slider;
/// let volume = State::new(30.0);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Slider::new().min(0.0).max(100.0).step(10.0).bind_value(volume).width(200.0).id("v")
/// });
/// assert_eq!(app.inspector_by_id("v").unwrap()["$attrs"]["value"], "30");
/// app.click_id("v").unwrap(); // the middle of the track
/// assert_eq!(volume.get(), 50.0);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Slider {
    node: NodeId,
    value: Link<f64>,
    /// `(min, max, step)` as given; repaired where used.
    range: State<(f64, f64, f64)>,
    direction: State<Axis>,
    reverse: State<bool>,
    thickness: State<f32>,
    block_color: ThemedColor,
    track_color: ThemedColor,
    selected_color: ThemedColor,
    on_change: State<Option<ChangeHandler>>,
    media: Option<MediaEnv>,
}

impl Widget for Slider {
    fn node(self) -> NodeId {
        self.node
    }
}

fn leaf(tag: &'static str) -> NodeId {
    let n = NodeId::create(tag, NodeKind::Leaf);
    n.set_visual(|v| v.border_radius = [ROUND; 4]);
    n
}

impl Element<()> for Slider {
    fn create(_: ()) -> Slider {
        let node = NodeId::create("Slider", NodeKind::Stack);
        let track = leaf("SliderTrack");
        let selected = leaf("SliderSelected");
        let block = leaf("SliderBlock");
        for part in [track, selected, block] {
            node.append(part);
        }
        block.set_layout(|a| {
            a.width = BLOCK.into();
            a.height = BLOCK.into();
            a.border_width = Length::Vp(0.5).into();
        });
        let s = Slider {
            node,
            value: Link::from(State::new(0.0)),
            range: State::new((0.0, 100.0, 1.0)),
            direction: State::new(Axis::Horizontal),
            reverse: State::new(false),
            thickness: State::new(TRACK),
            block_color: ThemedColor::new(|t| t.comp_background_primary),
            track_color: ThemedColor::new(|t| t.comp_background_secondary),
            selected_color: ThemedColor::new(|t| t.brand),
            on_change: State::new(None),
            media: MediaEnv::current(),
        };
        s.set_axis_size(Axis::Horizontal);
        // Geometry follows value, range, direction and thickness.
        Effect::new(move || {
            let range = s.repaired_range();
            let value = range.clamp_value(s.value.try_get().unwrap_or(range.min));
            let f = range.fraction(value) as f32 * 100.0;
            let (axis, reverse, t) = (s.direction.get(), s.reverse.get(), s.thickness.get());
            untrack(|| {
                let half = Length::Vp(-BLOCK / 2.0);
                let (along, across) = (pct(100.0), Length::Vp(t));
                let sign = if reverse { -1.0 } else { 1.0 };
                node.set_layout(|a| {
                    a.stack_align = match (axis, reverse) {
                        (Axis::Horizontal, false) => Alignment::Start,
                        (Axis::Horizontal, true) => Alignment::End,
                        (Axis::Vertical, false) => Alignment::Top,
                        (Axis::Vertical, true) => Alignment::Bottom,
                    };
                    a.padding = match axis {
                        Axis::Horizontal => Edges::symmetric(PAD.into(), Length::Vp(0.0)),
                        Axis::Vertical => Edges::symmetric(Length::Vp(0.0), PAD.into()),
                    };
                });
                let (w, h) = match axis {
                    Axis::Horizontal => (along, across),
                    Axis::Vertical => (across, along),
                };
                track.set_layout(|a| (a.width, a.height) = (w, h));
                let (w, h) = match axis {
                    Axis::Horizontal => (pct(f), across),
                    Axis::Vertical => (across, pct(f)),
                };
                selected.set_layout(|a| (a.width, a.height) = (w, h));
                block.set_layout(|a| {
                    let mut margin = Edges::from(Length::Vp(0.0));
                    match (axis, reverse) {
                        (Axis::Horizontal, false) => margin.left = half,
                        (Axis::Horizontal, true) => margin.right = half,
                        (Axis::Vertical, false) => margin.top = half,
                        (Axis::Vertical, true) => margin.bottom = half,
                    }
                    a.margin = margin;
                    a.positioning = match axis {
                        Axis::Horizontal => Positioning::Offset {
                            x: pct(sign * f),
                            y: Length::Vp(0.0),
                        },
                        Axis::Vertical => Positioning::Offset {
                            x: Length::Vp(0.0),
                            y: pct(sign * f),
                        },
                    };
                });
                node.set_inspector_attr("value", show(value));
                node.set_inspector_attr("min", show(range.min));
                node.set_inspector_attr("max", show(range.max));
                node.set_inspector_attr("step", show(range.step));
                node.set_inspector_attr("direction", format!("Axis.{axis:?}"));
                node.set_inspector_attr("reverse", reverse.to_string());
            });
        });
        Effect::new(move || {
            let (b, tr, sel) = (
                s.block_color.get(),
                s.track_color.get(),
                s.selected_color.get(),
            );
            let edge = crate::theme::theme().comp_divider;
            untrack(|| {
                block.set_visual(|v| {
                    v.background_color = b;
                    v.border_color = edge;
                });
                track.set_visual(|v| v.background_color = tr);
                selected.set_visual(|v| v.background_color = sel);
                node.set_inspector_attr("blockColor", b.to_argb_string());
                node.set_inspector_attr("trackColor", tr.to_argb_string());
                node.set_inspector_attr("selectedColor", sel.to_argb_string());
            });
        });
        node.set_on_click(move |e| s.clicked(e));
        // D-pad and arrow keys step the value along the slider's axis (TVs, keyboards).
        CommonAttribute::on_key_event(node, move |e| s.key(e));
        s
    }

    fn update(self, _: ()) {}
}

impl SliderRange {
    /// The value a slider shows for `v`: clamped, not snapped (an app may set any value).
    fn clamp_value(&self, v: f64) -> f64 {
        finite_or(v, self.min).clamp(self.min, self.max)
    }
}

impl Default for Slider {
    fn default() -> Self {
        Slider::new()
    }
}

impl Slider {
    /// A horizontal slider over 0..100 at 0.
    pub fn new() -> Slider {
        Slider::create(())
    }

    fn repaired_range(self) -> SliderRange {
        let (min, max, step) = self.range.get();
        SliderRange::new(min, max, step)
    }

    fn set_axis_size(self, axis: Axis) {
        self.node.set_layout(|a| match axis {
            Axis::Horizontal => (a.width, a.height) = (pct(100.0), CROSS.into()),
            Axis::Vertical => (a.width, a.height) = (CROSS.into(), pct(100.0)),
        });
    }

    fn key(self, e: &KeyEvent) -> bool {
        let (axis, reverse) = untrack(|| (self.direction.get(), self.reverse.get()));
        let dir: f64 = match (axis, &e.key) {
            (Axis::Horizontal, Key::Left) | (Axis::Vertical, Key::Up) => -1.0,
            (Axis::Horizontal, Key::Right) | (Axis::Vertical, Key::Down) => 1.0,
            _ => return false,
        };
        if !e.pressed {
            return true;
        }
        let dir = if reverse { -dir } else { dir };
        let range = untrack(|| self.repaired_range());
        let now = untrack(|| self.value.try_get().unwrap_or(range.min));
        let now = range.clamp_value(now);
        let v = range.snap(now + dir * range.step);
        if v != now {
            self.value.set(v);
            if let Some(cb) = untrack(|| self.on_change.get()) {
                cb(v, SliderChangeMode::End);
            }
        }
        true
    }

    fn clicked(self, e: &ClickEvent) {
        let Some(rect) = self.node.rect() else { return };
        let density = self
            .media
            .map_or(1.0, |m| untrack(|| m.density()))
            .max(f32::EPSILON);
        let (axis, reverse) = untrack(|| (self.direction.get(), self.reverse.get()));
        let (pos, len) = match axis {
            Axis::Horizontal => (e.x, rect.width / density),
            Axis::Vertical => (e.y, rect.height / density),
        };
        let usable = (len - 2.0 * PAD).max(f32::EPSILON);
        let mut f = f64::from(((pos - PAD) / usable).clamp(0.0, 1.0));
        if reverse {
            f = 1.0 - f;
        }
        let range = untrack(|| self.repaired_range());
        let v = range.snap(range.min + f * (range.max - range.min));
        self.value.set(v);
        if let Some(cb) = untrack(|| self.on_change.get()) {
            cb(v, SliderChangeMode::Click);
        }
    }

    /// `value`: set the value (one-way; use [`Slider::bind_value`] for two-way).
    pub fn value(self, v: impl Into<f64>) -> Self {
        self.value.set(v.into());
        self
    }

    /// Two-way binding (`value = bind!(state)` in `ui!`, ArkUI's `$$`).
    pub fn bind_value(self, source: impl LinkSource<f64>) -> Self {
        self.value.bind(source);
        self
    }

    /// `min` (default 0).
    pub fn min(self, v: impl Into<f64>) -> Self {
        let v = v.into();
        self.range.update(|r| r.0 = v);
        self
    }

    /// `max` (default 100).
    pub fn max(self, v: impl Into<f64>) -> Self {
        let v = v.into();
        self.range.update(|r| r.1 = v);
        self
    }

    /// `step`: clicks snap to multiples of it from `min` (default 1).
    pub fn step(self, v: impl Into<f64>) -> Self {
        let v = v.into();
        self.range.update(|r| r.2 = v);
        self
    }

    /// `direction`: horizontal (default; full width, 40vp high) or vertical (40vp wide,
    /// full height).
    pub fn direction(self, axis: Axis) -> Self {
        self.direction.set(axis);
        self.set_axis_size(axis);
        self
    }

    /// `reverse`: `min` at the right (or bottom).
    pub fn reverse(self, on: bool) -> Self {
        self.reverse.set(on);
        self
    }

    /// `blockColor` (default white).
    pub fn block_color(self, c: Color) -> Self {
        self.block_color.set(c);
        self
    }

    /// `trackColor`: the unselected part of the track.
    pub fn track_color(self, c: Color) -> Self {
        self.track_color.set(c);
        self
    }

    /// `selectedColor`: the part of the track before the block (default: brand).
    pub fn selected_color(self, c: Color) -> Self {
        self.selected_color.set(c);
        self
    }

    /// `trackThickness` in vp (default 4; not a positive number: the default).
    pub fn track_thickness(self, vp: f32) -> Self {
        self.thickness.set(if vp.is_finite() && vp > 0.0 {
            vp
        } else {
            TRACK
        });
        self
    }

    /// `onChange`: called with the new value and how it was changed, after an interaction.
    pub fn on_change(self, f: impl Fn(f64, SliderChangeMode) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `enabled`: a disabled slider ignores clicks and is drawn at 40% opacity.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.node, on);
        self
    }
}
