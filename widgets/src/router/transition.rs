//! Page transitions, ArkUI's `pageTransition`: how a page enters and leaves when the router
//! pushes, pops or replaces, per route type, with the system's slide when a page sets none.

use arkui_core::{AnimateParam, Curve, Length, TransitionEffect};

/// Which router operation a page transition is for, ArkUI's `RouteType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RouteType {
    /// Both push and pop (the default).
    #[default]
    None,
    /// The page is pushed (enter) or covered by a pushed page (exit). A replace counts as a
    /// push.
    Push,
    /// The page is uncovered by a pop (enter) or popped (exit).
    Pop,
}

/// Where a page slides from (enter) or to (exit), ArkUI's `SlideEffect`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SlideEffect {
    /// The left edge.
    Left,
    /// The right edge (the default).
    #[default]
    Right,
    /// The top edge.
    Top,
    /// The bottom edge.
    Bottom,
    /// The edge where lines start (left in left-to-right text).
    Start,
    /// The edge where lines end (right in left-to-right text).
    End,
}

impl SlideEffect {
    /// The page's offset, in percent of its size, at the hidden end of the slide.
    fn offset(self) -> (f32, f32) {
        match self {
            SlideEffect::Left | SlideEffect::Start => (-100.0, 0.0),
            SlideEffect::Right | SlideEffect::End => (100.0, 0.0),
            SlideEffect::Top => (0.0, -100.0),
            SlideEffect::Bottom => (0.0, 100.0),
        }
    }
}

/// One side of a page transition, ArkUI's `PageTransitionEnter` / `PageTransitionExit`
/// options and effects. The effects describe the hidden end: where an entering page starts,
/// where a leaving page ends.
///
/// ```
/// use arkui_widgets::{PageTransition, RouteType, SlideEffect};
/// use arkui_core::Curve;
/// let t = PageTransition::enter().route_type(RouteType::Push).duration(400.0)
///     .curve(Curve::EaseOut).slide(SlideEffect::Bottom).opacity(0.0);
/// assert!(t.is_enter());
/// assert_eq!(t.effect().opacity, Some(0.0));
/// assert_eq!(t.param().duration_ms, 400.0);
/// ```
#[derive(Clone, Debug)]
pub struct PageTransition {
    enter: bool,
    route_type: RouteType,
    duration: f64,
    curve: Curve,
    delay: f64,
    effect: TransitionEffect,
}

impl PageTransition {
    fn side(enter: bool) -> PageTransition {
        PageTransition {
            enter,
            route_type: RouteType::None,
            // ArkUI's defaults for PageTransitionOptions.
            duration: 1000.0,
            curve: Curve::Linear,
            delay: 0.0,
            effect: TransitionEffect::IDENTITY,
        }
    }

    /// `PageTransitionEnter`: how this page comes on screen.
    pub fn enter() -> PageTransition {
        PageTransition::side(true)
    }

    /// `PageTransitionExit`: how this page goes off screen.
    pub fn exit() -> PageTransition {
        PageTransition::side(false)
    }

    /// `type`: the operations this side applies to (default both).
    pub fn route_type(mut self, t: RouteType) -> Self {
        self.route_type = t;
        self
    }

    /// `duration` in ms (ArkUI's default 1000).
    pub fn duration(mut self, ms: f64) -> Self {
        self.duration = ms.max(0.0);
        self
    }

    /// `curve` (ArkUI's default linear).
    pub fn curve(mut self, c: Curve) -> Self {
        self.curve = c;
        self
    }

    /// `delay` in ms before it starts.
    pub fn delay(mut self, ms: f64) -> Self {
        self.delay = ms.max(0.0);
        self
    }

    /// `slide`: from (enter) or to (exit) an edge, a whole page size away.
    pub fn slide(mut self, edge: SlideEffect) -> Self {
        let (x, y) = edge.offset();
        self.effect.translate = Some((Length::Percent(x), Length::Percent(y)));
        self
    }

    /// `translate`: the offset at the hidden end (percent of the page's size allowed).
    pub fn translate(mut self, x: impl Into<Length>, y: impl Into<Length>) -> Self {
        self.effect.translate = Some((x.into(), y.into()));
        self
    }

    /// `scale` about the page's centre at the hidden end.
    pub fn scale(mut self, x: f32, y: f32) -> Self {
        self.effect.scale = Some((x, y));
        self
    }

    /// `opacity` at the hidden end.
    pub fn opacity(mut self, o: f32) -> Self {
        self.effect.opacity = Some(o.clamp(0.0, 1.0));
        self
    }

    /// Whether this is the enter side.
    pub fn is_enter(&self) -> bool {
        self.enter
    }

    /// The effect at the hidden end.
    pub fn effect(&self) -> &TransitionEffect {
        &self.effect
    }

    /// The timing.
    pub fn param(&self) -> AnimateParam {
        AnimateParam::new(self.duration)
            .curve(self.curve)
            .delay(self.delay)
    }

    fn applies(&self, enter: bool, route: RouteType) -> bool {
        self.enter == enter && (self.route_type == RouteType::None || self.route_type == route)
    }

    /// Whether it moves anything: an effectless side just waits out its duration.
    pub(crate) fn is_still(&self) -> bool {
        let e = &self.effect;
        e.opacity.is_none() && e.translate.is_none() && e.scale.is_none()
    }
}

/// The system's page transition, used where a page sets none for the side and route: the
/// new page slides in from the end edge over the old one, which drifts a third of the way
/// out and back, as phone platforms do; 300 ms, fast out, slow in.
pub(crate) fn system(enter: bool, route: RouteType) -> PageTransition {
    let base = PageTransition::side(enter)
        .duration(300.0)
        .curve(Curve::FastOutSlowIn);
    match (enter, route) {
        (true, RouteType::Pop) | (false, RouteType::Push) => {
            base.translate(Length::Percent(-30.0), Length::Percent(0.0))
        }
        _ => base.slide(SlideEffect::End),
    }
}

/// The transition a page with `own` sides uses to enter (or exit) by `route`.
pub(crate) fn pick(own: &[PageTransition], enter: bool, route: RouteType) -> PageTransition {
    own.iter()
        .rev()
        .find(|t| t.applies(enter, route))
        .cloned()
        .unwrap_or_else(|| system(enter, route))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_side_wins_over_the_system_and_matches_its_route() {
        let own = [PageTransition::enter()
            .route_type(RouteType::Push)
            .opacity(0.0)];
        assert_eq!(
            pick(&own, true, RouteType::Push).effect().opacity,
            Some(0.0)
        );
        // No side for popping in: the system's slide.
        let pop = pick(&own, true, RouteType::Pop);
        assert_eq!(
            pop.effect().translate,
            Some((Length::Percent(-30.0), Length::Percent(0.0)))
        );
        assert_eq!(pop.param().duration_ms, 300.0);
    }

    #[test]
    fn route_type_none_covers_both_routes_and_the_last_side_wins() {
        let own = [
            PageTransition::exit().slide(SlideEffect::Left),
            PageTransition::exit().slide(SlideEffect::Bottom),
        ];
        for r in [RouteType::Push, RouteType::Pop] {
            assert_eq!(
                pick(&own, false, r).effect().translate,
                Some((Length::Percent(0.0), Length::Percent(100.0)))
            );
        }
    }
}
