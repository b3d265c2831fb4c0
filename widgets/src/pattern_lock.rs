//! `PatternLock`: a 3×3 grid of dots joined by dragging a finger across them, reporting the
//! pattern when the finger lifts.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::draw::{FillRule, LineCap, LineJoin, PathData, Point, StrokeStyle};
use arkui_core::{
    Color, CommonAttribute, Element, Length, NodeId, NodeKind, PaintCtx, TouchEvent, TouchKind,
};

use crate::handle::component_handle;

/// ArkUI's defaults, vp.
const SIDE: f32 = 288.0;
const RADIUS: f32 = 6.0;
const PATH_WIDTH: f32 = 12.0;
/// ArkUI's default dot colour and path colour.
const INK: Color = Color::from_argb(0xFF18_2431);
const PATH: Color = Color::from_argb(0x3318_2431);
/// The colour a wrong pattern turns (ArkUI's warning red).
const WRONG: Color = Color::from_rgb(0xFA2A2D);
/// A finger this close to a dot's centre, as a share of a cell, selects it.
const HIT: f32 = 0.3;

/// What `set_challenge_result` says of the last pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PatternLockChallengeResult {
    /// The pattern was right: drawn as usual.
    Correct,
    /// The pattern was wrong: drawn in the warning colour until the next attempt.
    Wrong,
}

type PatternHandler = Rc<dyn Fn(&[u8])>;

#[derive(Clone)]
struct LockState {
    selected: Vec<u8>,
    /// Where the finger is (vp, in the lock), while it is down.
    finger: Option<(f32, f32)>,
    radius: f32,
    path_width: f32,
    regular: Color,
    selected_color: Color,
    active: Color,
    path: Color,
    auto_reset: bool,
    wrong: bool,
    on_complete: Option<PatternHandler>,
    on_dot: Option<Rc<dyn Fn(u8)>>,
}

impl Default for LockState {
    fn default() -> Self {
        LockState {
            selected: Vec::new(),
            finger: None,
            radius: RADIUS,
            path_width: PATH_WIDTH,
            regular: INK,
            selected_color: INK,
            active: INK,
            path: PATH,
            auto_reset: true,
            wrong: false,
            on_complete: None,
            on_dot: None,
        }
    }
}

/// The centre of dot `i` (0..9, row by row) in a square of `side`.
fn centre(i: u8, side: f32) -> (f32, f32) {
    let cell = side / 3.0;
    (
        cell * (f32::from(i % 3) + 0.5),
        cell * (f32::from(i / 3) + 0.5),
    )
}

/// The dot under `(x, y)` in a square of `side`, if any.
fn dot_at(x: f32, y: f32, side: f32) -> Option<u8> {
    if !(x.is_finite() && y.is_finite()) || side <= 0.0 {
        return None;
    }
    let cell = side / 3.0;
    (0..9u8).find(|&i| {
        let (cx, cy) = centre(i, side);
        (x - cx).hypot(y - cy) <= cell * HIT
    })
}

/// Add `dot` to `selected`, with the dot halfway between it and the last one when the
/// finger jumped over it (as ArkUI does: 0 → 2 passes 1).
fn join(selected: &mut Vec<u8>, dot: u8) -> Vec<u8> {
    let mut added = Vec::new();
    if selected.contains(&dot) {
        return added;
    }
    if let Some(&last) = selected.last() {
        let (r0, c0, r1, c1) = (last / 3, last % 3, dot / 3, dot % 3);
        if (r0 + r1) % 2 == 0 && (c0 + c1) % 2 == 0 {
            let mid = (r0 + r1) / 2 * 3 + (c0 + c1) / 2;
            if !selected.contains(&mid) {
                selected.push(mid);
                added.push(mid);
            }
        }
    }
    selected.push(dot);
    added.push(dot);
    added
}

fn paint(cx: &mut PaintCtx<'_>) {
    let Some(s) = cx.extension::<LockState>().cloned() else {
        return;
    };
    let (w, h) = cx.size();
    let side = w.min(h);
    let d = cx.density();
    let at = |i: u8| {
        let (x, y) = centre(i, side);
        Point::new(x + (w - side) / 2.0, y + (h - side) / 2.0)
    };
    let (sel, act, path_color) = if s.wrong {
        (WRONG, WRONG, WRONG.with_opacity(0.2))
    } else {
        (s.selected_color, s.active, s.path)
    };
    // The path under the dots: through the chosen ones, then to the finger.
    let mut pts: Vec<Point> = s.selected.iter().map(|i| at(*i)).collect();
    if let (Some((fx, fy)), false) = (s.finger, pts.is_empty()) {
        pts.push(Point::new(fx * d, fy * d));
    }
    if pts.len() >= 2 {
        let style = StrokeStyle::new(s.path_width * d)
            .with_cap(LineCap::Round)
            .with_join(LineJoin::Round);
        cx.stroke_path(&PathData::polyline(&pts), &style, path_color.into());
    }
    let r = s.radius * d;
    for i in 0..9u8 {
        let p = at(i);
        let chosen = s.selected.contains(&i);
        if chosen {
            // A chosen dot grows a halo in the active colour.
            cx.fill_path(
                &PathData::circle(p.x, p.y, r * 2.0),
                FillRule::NonZero,
                act.with_opacity(0.2).into(),
            );
        }
        let color = if chosen { sel } else { s.regular };
        cx.fill_path(
            &PathData::circle(p.x, p.y, r),
            FillRule::NonZero,
            color.into(),
        );
    }
}

component_handle!(
    /// ArkUI's `PatternLock`: nine dots in a square (`side_length`, default 288 vp). A finger
    /// (or the mouse) pressed on a dot and dragged across others joins them; lifting it
    /// reports the pattern (dot indices 0–8, row by row) to `on_pattern_complete`. A dot
    /// jumped over in a straight line is joined too. With `auto_reset` (the default) the
    /// next press starts a new pattern; a [`PatternLockController`] resets it or marks it
    /// wrong.
    ///
    /// ```
    /// use std::cell::RefCell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::PatternLock;
    /// let got = Rc::new(RefCell::new(Vec::new()));
    /// let g = got.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     arkui_widgets::Column::new().child(
    ///         PatternLock::new().side_length(90.0).on_pattern_complete(move |p| *g.borrow_mut() = p.to_vec()),
    ///     )
    /// });
    /// app.frame();
    /// // Top-left dot, across the top row to the top-right one: the middle one is joined.
    /// // (The column centres the 90 vp lock in the 320 px wide iot screen: x from 115.)
    /// app.pointer_down(130.0, 15.0);
    /// app.pointer_move(190.0, 15.0);
    /// app.pointer_up(190.0, 15.0);
    /// assert_eq!(*got.borrow(), vec![0, 1, 2]);
    /// ```
    PatternLock
);

/// Drives a [`PatternLock`] from outside: clear it, or say whether its pattern was right.
///
/// ```
/// use arkui_widgets::{PatternLock, PatternLockChallengeResult, PatternLockController};
/// let c = PatternLockController::new();
/// let _lock = PatternLock::new().controller(&c);
/// c.set_challenge_result(PatternLockChallengeResult::Wrong);
/// c.reset();
/// ```
#[derive(Clone, Default)]
pub struct PatternLockController(Rc<RefCell<Option<NodeId>>>);

impl std::fmt::Debug for PatternLockController {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("PatternLockController").finish()
    }
}

impl PatternLockController {
    /// A controller bound to no lock yet.
    pub fn new() -> PatternLockController {
        PatternLockController::default()
    }

    fn lock(&self) -> Option<PatternLock> {
        (*self.0.borrow()).map(PatternLock)
    }

    /// Clear the pattern.
    pub fn reset(&self) {
        if let Some(l) = self.lock() {
            l.edit(|s| {
                s.selected.clear();
                s.finger = None;
                s.wrong = false;
            });
        }
    }

    /// Mark the last pattern right or wrong (wrong draws it in the warning colour).
    pub fn set_challenge_result(&self, result: PatternLockChallengeResult) {
        if let Some(l) = self.lock() {
            l.edit(|s| s.wrong = result == PatternLockChallengeResult::Wrong);
        }
    }
}

impl Element<()> for PatternLock {
    fn create(_: ()) -> PatternLock {
        let node = NodeId::create("PatternLock", NodeKind::Leaf);
        node.set_extension(LockState::default());
        node.set_painter(paint);
        let lock = PatternLock(node).side_length(SIDE);
        node.on_touch(move |e| lock.touch(e));
        lock
    }

    fn update(self, _: ()) {}
}

impl Default for PatternLock {
    fn default() -> Self {
        PatternLock::create(())
    }
}

impl PatternLock {
    /// A lock with ArkUI's defaults.
    pub fn new() -> PatternLock {
        PatternLock::create(())
    }

    fn edit(self, f: impl FnOnce(&mut LockState)) {
        if self.0.update_extension(f).is_some() {
            self.0.invalidate_paint();
        }
    }

    fn side(self) -> f32 {
        self.0.size_vp().map_or(0.0, |(w, h)| w.min(h))
    }

    fn touch(self, e: &TouchEvent) {
        let side = self.side();
        let (w, h) = self.0.size_vp().unwrap_or((side, side));
        // The square is centred in the box.
        let (x, y) = (e.x - (w - side) / 2.0, e.y - (h - side) / 2.0);
        let mut joined = Vec::new();
        let mut done = None;
        self.edit(|s| match e.kind {
            TouchKind::Down => {
                if s.auto_reset || s.selected.is_empty() {
                    s.selected.clear();
                    s.wrong = false;
                }
                s.finger = Some((e.x, e.y));
                if let Some(d) = dot_at(x, y, side) {
                    joined = join(&mut s.selected, d);
                }
            }
            TouchKind::Move => {
                if s.finger.is_none() {
                    return;
                }
                s.finger = Some((e.x, e.y));
                if let Some(d) = dot_at(x, y, side) {
                    joined = join(&mut s.selected, d);
                }
            }
            TouchKind::Up => {
                if s.finger.take().is_some() && !s.selected.is_empty() {
                    done = s.on_complete.clone().map(|f| (f, s.selected.clone()));
                }
            }
            TouchKind::Cancel => {
                s.finger = None;
                s.selected.clear();
            }
        });
        let on_dot = self.0.extension::<LockState>().and_then(|s| s.on_dot);
        if let Some(f) = on_dot {
            for d in joined {
                f(d);
            }
        }
        if let Some((f, pattern)) = done {
            f(&pattern);
        }
    }

    /// `sideLength`: the square's side, vp (default 288).
    pub fn side_length(self, side: impl Into<Length>) -> Self {
        let side = side.into();
        self.width(side).height(side)
    }

    /// `circleRadius`: the dots' radius, vp (default 6).
    pub fn circle_radius(self, r: f32) -> Self {
        if r.is_finite() && r > 0.0 {
            self.edit(|s| s.radius = r);
        }
        self
    }

    /// `regularColor`: dots not chosen.
    pub fn regular_color(self, c: Color) -> Self {
        self.edit(|s| s.regular = c);
        self
    }

    /// `selectedColor`: dots chosen.
    pub fn selected_color(self, c: Color) -> Self {
        self.edit(|s| s.selected_color = c);
        self
    }

    /// `activeColor`: the halo of a chosen dot.
    pub fn active_color(self, c: Color) -> Self {
        self.edit(|s| s.active = c);
        self
    }

    /// `pathColor`.
    pub fn path_color(self, c: Color) -> Self {
        self.edit(|s| s.path = c);
        self
    }

    /// `pathStrokeWidth`, vp (default 12).
    pub fn path_stroke_width(self, w: f32) -> Self {
        if w.is_finite() && w >= 0.0 {
            self.edit(|s| s.path_width = w);
        }
        self
    }

    /// `autoReset`: a new press starts a new pattern (default on).
    pub fn auto_reset(self, on: bool) -> Self {
        self.edit(|s| s.auto_reset = on);
        self
    }

    /// `onPatternComplete`: the pattern when the finger lifts.
    pub fn on_pattern_complete(self, f: impl Fn(&[u8]) + 'static) -> Self {
        let f: PatternHandler = Rc::new(f);
        self.edit(|s| s.on_complete = Some(f));
        self
    }

    /// `onDotConnect`: each dot as it joins the pattern.
    pub fn on_dot_connect(self, f: impl Fn(u8) + 'static) -> Self {
        let f: Rc<dyn Fn(u8)> = Rc::new(f);
        self.edit(|s| s.on_dot = Some(f));
        self
    }

    /// Let `controller` drive this lock.
    pub fn controller(self, controller: &PatternLockController) -> Self {
        *controller.0.borrow_mut() = Some(self.0);
        self
    }

    /// The pattern so far (dot indices, row by row).
    pub fn pattern(self) -> Vec<u8> {
        self.0
            .extension::<LockState>()
            .map(|s| s.selected)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumping_over_a_dot_joins_it() {
        let mut s = Vec::new();
        join(&mut s, 0);
        assert_eq!(
            join(&mut s, 8),
            vec![4, 8],
            "the diagonal passes the centre"
        );
        assert_eq!(join(&mut s, 0), Vec::<u8>::new(), "a dot joins once");
        let mut k = vec![3];
        assert_eq!(join(&mut k, 1), vec![1], "a knight's move passes no dot");
    }

    #[test]
    fn dots_are_hit_near_their_centres_only() {
        assert_eq!(dot_at(15.0, 15.0, 90.0), Some(0));
        assert_eq!(dot_at(45.0, 45.0, 90.0), Some(4));
        assert_eq!(dot_at(30.0, 30.0, 90.0), None, "between dots");
        assert_eq!(dot_at(f32::NAN, 0.0, 90.0), None);
    }
}
