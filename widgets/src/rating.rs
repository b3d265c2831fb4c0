//! `Rating`: a row of stars, filled up to the rating.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::draw::{PathData, Point, Rect};
use arkui_core::{
    ClickEvent, Color, CommonAttribute, Effect, Element, FlexDirection, ItemAlign, Key, KeyEvent,
    Length, Link, LinkSource, NodeId, NodeKind, PaintCtx, State, Widget, untrack,
};

use crate::control;
use crate::numeric::{finite_or, show};
use crate::theme::ThemedColor;

/// ArkUI's default star count.
const STARS: u32 = 5;
/// ArkUI's default step.
const STEP: f64 = 0.5;
/// ArkUI's default height of an interactive rating, and of an indicator, vp.
const SIZE: f32 = 28.0;
const INDICATOR_SIZE: f32 = 12.0;
/// The star fills this share of its square cell.
const GLYPH: f32 = 0.9;
/// Inner to outer radius of a regular five-pointed star.
const STAR_INNER: f32 = 0.381_966;

/// How one star is painted: how much of it is filled, and in which colours.
#[derive(Clone, Copy, Debug, PartialEq)]
struct StarLook {
    fill: f32,
    fore: Color,
    back: Color,
}

/// One star: a cell that paints itself (the back star, and the filled share of the fore
/// star over it, cut at `fill` of its width).
#[derive(Clone, Debug)]
struct Star {
    cell: NodeId,
    look: Rc<Cell<StarLook>>,
}

impl PartialEq for Star {
    fn eq(&self, other: &Star) -> bool {
        self.cell == other.cell
    }
}

/// A regular five-pointed star, point up, inscribed in the circle of radius `r` at
/// `(cx, cy)`.
fn star_path(cx: f32, cy: f32, r: f32) -> PathData {
    let points: Vec<Point> = (0..10)
        .map(|i| {
            let a = (-90.0 + 36.0 * i as f32).to_radians();
            let d = if i % 2 == 0 { r } else { r * STAR_INNER };
            Point::new(cx + d * a.cos(), cy + d * a.sin())
        })
        .collect();
    PathData::polygon(&points)
}

fn paint_star(cx: &mut PaintCtx<'_>, look: StarLook) {
    let (w, h) = cx.size();
    let r = w.min(h) * GLYPH / 2.0;
    let star = star_path(w / 2.0, h / 2.0, r);
    let rule = arkui_core::draw::FillRule::NonZero;
    if look.fill < 1.0 {
        cx.fill_path(&star, rule, look.back.into());
    }
    if look.fill > 0.0 {
        cx.push_clip(Rect::new(0.0, 0.0, w * look.fill.min(1.0), h));
        cx.fill_path(&star, rule, look.fore.into());
        cx.pop_clip();
    }
}

type ChangeHandler = Rc<dyn Fn(f64)>;

/// A star rating, ArkUI's `Rating`: `stars` stars (default 5), filled up to `rating`,
/// partly filled for a fraction. Clicking sets the rating to where the click was, rounded
/// up to `step_size` (default 0.5), and with focus Left and Right step it; an `indicator`
/// only shows it.
///
/// The rating is clamped into `0..=stars` (NaN is 0); fewer than one star gives 5, a step
/// under 0.1 gives 0.5.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::Rating;
/// let score = State::new(0.0);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Rating::new().bind_rating(score).id("r")
/// });
/// app.click_id("r").unwrap(); // the middle of the third star
/// assert_eq!(score.get(), 2.5);
/// assert_eq!(app.inspector_by_id("r").unwrap()["$attrs"]["rating"], "2.5");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Rating {
    node: NodeId,
    cells: State<Vec<Star>>,
    rating: Link<f64>,
    indicator: State<bool>,
    stars: State<u32>,
    step: State<f64>,
    /// Star size in vp; `None` follows the indicator flag's default.
    size: State<Option<f32>>,
    fore: ThemedColor,
    back: ThemedColor,
    on_change: State<Option<ChangeHandler>>,
}

impl Widget for Rating {
    fn node(self) -> NodeId {
        self.node
    }
}

fn build_star(parent: NodeId) -> Star {
    let cell = NodeId::create("RatingStar", NodeKind::Leaf);
    cell.set_layout(|a| a.flex_shrink = Some(0.0));
    let look = Rc::new(Cell::new(StarLook {
        fill: 0.0,
        fore: Color::TRANSPARENT,
        back: Color::TRANSPARENT,
    }));
    let l = look.clone();
    cell.set_painter(move |cx| paint_star(cx, l.get()));
    parent.append(cell);
    Star { cell, look }
}

/// How much of star `i` (0-based) a rating fills, 0..=1.
fn fill_of(rating: f64, i: usize) -> f32 {
    (rating - i as f64).clamp(0.0, 1.0) as f32
}

impl Element<()> for Rating {
    fn create(_: ()) -> Rating {
        let node = NodeId::create("Rating", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
        });
        let r = Rating {
            node,
            cells: State::new(Vec::new()),
            rating: Link::from(State::new(0.0)),
            indicator: State::new(false),
            stars: State::new(STARS),
            step: State::new(STEP),
            size: State::new(None),
            fore: ThemedColor::new(|t| t.brand),
            back: ThemedColor::new(|t| t.icon_fourth),
            on_change: State::new(None),
        };
        // Star count -> the cells.
        Effect::new(move || {
            let n = r.stars.get() as usize;
            untrack(|| {
                node.set_children(Vec::new());
                let cells = (0..n).map(|_| build_star(node)).collect();
                r.cells.set(cells);
            });
        });
        // Rating, size, colours -> fills and glyphs.
        Effect::new(move || {
            let cells = r.cells.get();
            let stars = cells.len() as f64;
            let value = finite_or(r.rating.try_get().unwrap_or(0.0), 0.0).clamp(0.0, stars);
            let indicator = r.indicator.get();
            let size = r
                .size
                .get()
                .unwrap_or(if indicator { INDICATOR_SIZE } else { SIZE });
            let (fg, bg) = (r.fore.get(), r.back.get());
            let step = r.step.get();
            untrack(|| {
                for (i, s) in cells.iter().enumerate() {
                    s.cell
                        .set_layout(|a| (a.width, a.height) = (size.into(), size.into()));
                    let look = StarLook {
                        fill: fill_of(value, i),
                        fore: fg,
                        back: bg,
                    };
                    if s.look.replace(look) != look {
                        s.cell.invalidate_paint();
                    }
                }
                node.set_inspector_attr("rating", show(value));
                node.set_inspector_attr("indicator", indicator.to_string());
                node.set_inspector_attr("stars", cells.len().to_string());
                node.set_inspector_attr("stepSize", show(step));
            });
        });
        node.set_on_click(move |e| r.clicked(e));
        // With focus, Left and Right change the rating by one step (TVs, keyboards).
        CommonAttribute::on_key_event(node, move |e| r.key(e));
        r
    }

    fn update(self, _: ()) {}
}

impl Default for Rating {
    fn default() -> Self {
        Rating::new()
    }
}

impl Rating {
    /// Five empty stars.
    pub fn new() -> Rating {
        Rating::create(())
    }

    fn key(self, e: &KeyEvent) -> bool {
        let dir = match e.key {
            Key::Left => -1.0,
            Key::Right => 1.0,
            _ => return false,
        };
        let (indicator, stars, step) =
            untrack(|| (self.indicator.get(), self.stars.get(), self.step.get()));
        if indicator {
            return false;
        }
        if e.pressed {
            let now = untrack(|| finite_or(self.rating.try_get().unwrap_or(0.0), 0.0));
            let v = (now + dir * step).clamp(0.0, f64::from(stars));
            if v != now {
                self.rating.set(v);
                if let Some(f) = untrack(|| self.on_change.get()) {
                    f(v);
                }
            }
        }
        true
    }

    fn clicked(self, e: &ClickEvent) {
        let (indicator, stars, step, size) = untrack(|| {
            (
                self.indicator.get(),
                self.stars.get(),
                self.step.get(),
                self.size.get().unwrap_or(SIZE),
            )
        });
        if indicator {
            return;
        }
        let stars = f64::from(stars);
        let at = f64::from(e.x / size.max(f32::EPSILON));
        let v = ((at / step).ceil() * step).clamp(0.0, stars);
        self.rating.set(v);
        if let Some(f) = untrack(|| self.on_change.get()) {
            f(v);
        }
    }

    /// `rating`: set the value (one-way; use [`Rating::bind_rating`] for two-way).
    pub fn rating(self, v: impl Into<f64>) -> Self {
        self.rating.set(v.into());
        self
    }

    /// Two-way binding (`rating = bind!(state)` in `ui!`, ArkUI's `$$`).
    pub fn bind_rating(self, source: impl LinkSource<f64>) -> Self {
        self.rating.bind(source);
        self
    }

    /// `indicator`: only show the rating (smaller, 12vp stars; clicks do nothing).
    pub fn indicator(self, on: bool) -> Self {
        self.indicator.set(on);
        self
    }

    /// `stars`: how many (default 5; less than one: 5).
    pub fn stars(self, n: impl Into<i64>) -> Self {
        let n = n.into();
        // More stars than fit any screen are a mistake; cap them rather than build them.
        let n = if n < 1 { STARS } else { n.min(100) as u32 };
        self.stars.set(n);
        self
    }

    /// `stepSize`: clicks round up to multiples of it (default 0.5; under 0.1: 0.5).
    pub fn step_size(self, v: impl Into<f64>) -> Self {
        let v = v.into();
        self.step
            .set(if v.is_finite() && v >= 0.1 { v } else { STEP });
        self
    }

    /// The star size: ArkUI sizes a rating by its height (`width = height × stars`).
    /// A vp height sizes the stars; other units keep the default star size.
    pub fn height(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        arkui_core::CommonAttribute::height(self, v);
        if let Length::Vp(s) = v
            && s.is_finite()
            && s > 0.0
        {
            self.size.set(Some(s));
        }
        self
    }

    /// The filled stars' colour (default: brand). ArkUI sets star images with `starStyle`,
    /// which arrives with Image.
    pub fn star_color(self, c: Color) -> Self {
        self.fore.set(c);
        self
    }

    /// The empty stars' colour.
    pub fn star_background_color(self, c: Color) -> Self {
        self.back.set(c);
        self
    }

    /// `onChange`: called with the new rating after a click.
    pub fn on_change(self, f: impl Fn(f64) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `enabled`: a disabled rating ignores clicks and is drawn at 40% opacity.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.node, on);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::fill_of;

    #[test]
    fn a_half_rating_half_fills_its_star() {
        assert_eq!(fill_of(2.5, 0), 1.0);
        assert_eq!(fill_of(2.5, 2), 0.5);
        assert_eq!(fill_of(2.5, 3), 0.0);
    }
}
