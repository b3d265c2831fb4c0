//! Animations on a clock the test controls: explicit and implicit animations, curves,
//! iterations, transitions, and proof that opacity animates without layout.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::Cell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{AnimateParam, Curve, PlayMode, TransitionEffect, animate_to, reset_stats, stats};

fn width(t: &mut TestApp, id: &str) -> f32 {
    t.app().find_by_id(id).unwrap().rect().unwrap().width
}

fn step(t: &mut TestApp, to_ms: f64) {
    t.app().advance_time(to_ms);
    t.render();
}

#[component]
struct Toggler {
    #[state(false)]
    on: bool,
}

impl Toggler {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("go").id("go").on_click(move |_| animate_to(AnimateParam::new(100.0).curve(Curve::Linear), || self.on.set(true)))
                Button("snap").id("snap").on_click(move |_| self.on.set(!self.on.get_untracked()))
                Column() {}
                    .width(if self.on.get() { 200.vp() } else { 100.vp() })
                    .height(20.vp())
                    .background_color(Color::RED)
                    .id("box")
            }
            .width(pct(100.0))
            .align_items(HorizontalAlign::Start)
        }
    }
}

#[test]
fn animate_to_interpolates_width_on_the_clock_and_in_pixels() {
    let mut t = TestApp::new::<Toggler>(DeviceProfile::desktop(400, 300));
    t.app().advance_time(1000.0);
    t.render();
    t.click("go").unwrap();
    step(&mut t, 1000.0);
    assert_eq!(width(&mut t, "box"), 100.0, "t = 0: still the old width");
    step(&mut t, 1050.0);
    assert_eq!(width(&mut t, "box"), 150.0, "halfway, linear");
    let frame = t.render().clone();
    let r = t.rect("box").unwrap();
    assert_eq!(
        frame.pixel((r.x + 149.0) as u32, (r.y + 10.0) as u32),
        [255, 0, 0, 255]
    );
    assert_eq!(
        frame.pixel((r.x + 151.0) as u32, (r.y + 10.0) as u32),
        [255, 255, 255, 255]
    );
    step(&mut t, 1100.0);
    assert_eq!(width(&mut t, "box"), 200.0);
    assert_eq!(
        t.inspect("box").unwrap()["$attrs"]["width"],
        "200.00vp",
        "the exact target is restored"
    );
    assert!(!t.app().needs_frame(), "no frames once it settled");
    // Without animate_to the same change snaps.
    t.click("snap").unwrap();
    t.render();
    assert_eq!(width(&mut t, "box"), 100.0);
}

#[test]
fn implicit_animation_covers_only_attributes_above_it() {
    #[component]
    struct Implicit {
        #[state(false)]
        on: bool,
    }
    impl Implicit {
        fn build(&self) -> impl View {
            ui! {
                Column() {
                    Button("flip").id("flip").on_click(move |_| self.on.set(true))
                    Column() {}
                        .width(if self.on.get() { 200.vp() } else { 100.vp() })
                        .animation(AnimateParam::new(100.0).curve(Curve::Linear))
                        .height(if self.on.get() { 40.vp() } else { 20.vp() })
                        .background_color(Color::BLUE)
                        .id("implicit")
                }
                .width(pct(100.0))
                .align_items(HorizontalAlign::Start)
            }
        }
    }
    let mut t = TestApp::new::<Implicit>(DeviceProfile::desktop(400, 300));
    t.app().advance_time(2000.0);
    t.render();
    t.click("flip").unwrap();
    step(&mut t, 2050.0);
    let r = t.rect("implicit").unwrap();
    assert_eq!(r.width, 150.0, "width is above .animation(): animated");
    assert_eq!(r.height, 40.0, "height is below it: immediate");
    step(&mut t, 2200.0);
    assert_eq!(t.rect("implicit").unwrap().width, 200.0);
}

#[test]
fn opacity_animates_without_layout() {
    let on = arkui::State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::desktop(200, 200), move || {
        ui! {
            Column() {}
                .size(50.vp(), 50.vp())
                .background_color(Color::BLACK)
                .opacity(if on.get() { 0.0 } else { 1.0 })
                .animation(AnimateParam::new(100.0).curve(Curve::Linear))
                .id("fade")
        }
    });
    t.app().advance_time(0.0);
    t.render();
    on.set(true);
    reset_stats();
    let mut greys = Vec::new();
    for ms in [0.0, 25.0, 50.0, 75.0, 100.0] {
        step(&mut t, ms);
        let r = t.rect("fade").unwrap();
        greys.push(t.render().pixel((r.x + 25.0) as u32, (r.y + 25.0) as u32)[0]);
    }
    let want = [0u8, 64, 128, 191, 255];
    assert!(
        greys.iter().zip(want).all(|(g, w)| g.abs_diff(w) <= 1),
        "black fading to the white page: {greys:?}"
    );
    assert_eq!(stats().layouts, 0, "no layout while only opacity changes");
}

#[test]
fn curves_iterations_delay_and_on_finish() {
    let finished = Rc::new(Cell::new(0));
    let f = finished.clone();
    let on = arkui::State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::desktop(400, 100), move || {
        ui! { Column() {}.width(if on.get() { 300.vp() } else { 100.vp() }).height(10.vp()).id("b") }
    });
    t.app().advance_time(0.0);
    t.render();
    let param = AnimateParam::new(100.0)
        .curve(Curve::EaseInOut)
        .delay(50.0)
        .iterations(2)
        .play_mode(PlayMode::Alternate)
        .on_finish(move || f.set(f.get() + 1));
    animate_to(param, || on.set(true));
    let w = |t: &mut TestApp, ms: f64| {
        step(t, ms);
        t.rect("b").unwrap().width
    };
    assert_eq!(w(&mut t, 40.0), 100.0, "delayed");
    assert_eq!(
        w(&mut t, 100.0),
        200.0,
        "ease-in-out is halfway at half time"
    );
    assert!(w(&mut t, 130.0) > 250.0, "eases in towards the end");
    assert_eq!(
        w(&mut t, 200.0),
        200.0,
        "alternate: the second iteration runs back"
    );
    assert_eq!(finished.get(), 0);
    let back = 100.0 + 200.0 * (1.0 - arkui::Curve::EaseInOut.value(0.9, 0.0));
    assert!((w(&mut t, 240.0) - back).abs() <= 1.0, "running back");
    assert_eq!(
        w(&mut t, 260.0),
        300.0,
        "over: the attribute is the state's value again"
    );
    assert_eq!(finished.get(), 1, "on_finish once");
    w(&mut t, 400.0);
    assert_eq!(finished.get(), 1);
}

#[test]
fn a_spring_overshoots_then_settles_at_the_target() {
    let on = arkui::State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::desktop(600, 100), move || {
        ui! { Column() {}.width(if on.get() { 300.vp() } else { 100.vp() }).height(10.vp()).id("b") }
    });
    t.app().advance_time(0.0);
    t.render();
    animate_to(
        AnimateParam::new(0.0).curve(Curve::SpringMotion {
            response: 0.4,
            damping_fraction: 0.4,
        }),
        || on.set(true),
    );
    let mut max = 0.0f32;
    let mut ms = 0.0;
    while t.app().needs_frame() && ms < 5000.0 {
        ms += 1000.0 / 60.0;
        step(&mut t, ms);
        max = max.max(t.rect("b").unwrap().width);
    }
    assert!(max > 320.0, "overshoot: {max}");
    assert_eq!(t.rect("b").unwrap().width, 300.0);
    assert!(ms < 3000.0, "settled in {ms} ms");
}

#[test]
fn frames_follow_the_display_rate() {
    let mut base = 0.0;
    for hz in [60.0, 120.0] {
        base += 10_000.0;
        let on = arkui::State::new(false);
        let mut t = TestApp::with_view(DeviceProfile::desktop(400, 100), move || {
            ui! { Column() {}.width(if on.get() { 300.vp() } else { 100.vp() }).height(10.vp()) }
        });
        t.app().advance_time(base);
        t.render();
        let start = t.frame_count();
        animate_to(AnimateParam::new(500.0), || on.set(true));
        let mut ms = base;
        while t.app().needs_frame() {
            ms += 1000.0 / hz;
            step(&mut t, ms);
        }
        let frames = t.frame_count() - start;
        let expected = (500.0 / (1000.0 / hz)) as u64;
        assert!(
            frames.abs_diff(expected) <= 2,
            "{hz} Hz: {frames} frames for 500 ms"
        );
    }
}

#[test]
fn transitions_fade_in_on_insert_and_out_on_removal() {
    let show = arkui::State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::desktop(200, 200), move || {
        ui! {
            Column() {
                if show.get() {
                    Column() {}
                        .size(100.vp(), 100.vp())
                        .background_color(Color::BLACK)
                        .transition(TransitionEffect::OPACITY.animation(AnimateParam::new(100.0).curve(Curve::Linear)))
                        .id("box")
                }
            }
            .width(pct(100.0))
        }
    });
    let centre = |t: &mut TestApp| t.render().pixel(100, 50)[0];
    t.app().advance_time(0.0);
    t.render();
    show.set(true);
    step(&mut t, 0.0);
    assert_eq!(centre(&mut t), 255, "inserted fully transparent");
    step(&mut t, 50.0);
    assert!(centre(&mut t).abs_diff(128) <= 1, "half faded in");
    step(&mut t, 100.0);
    assert_eq!(centre(&mut t), 0);
    show.set(false);
    assert!(t.inspect("box").is_none(), "gone from the tree at once");
    step(&mut t, 150.0);
    assert!(
        centre(&mut t).abs_diff(128) <= 1,
        "but still fading out on screen"
    );
    step(&mut t, 200.0);
    step(&mut t, 210.0);
    assert_eq!(centre(&mut t), 255, "and gone");
    assert!(!t.app().needs_frame());
}

/// A 100 px bar animated from 100 to 500 px wide with `curve` (over `ms`, unless the curve
/// keeps its own time), sampled at `times`.
fn widths_with(curve: Curve, ms: f64, times: &[f64]) -> (Vec<f32>, TestApp) {
    let on = arkui::State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::desktop(700, 100), move || {
        ui! { Column() {}.width(if on.get() { 500.vp() } else { 100.vp() }).height(10.vp()).id("b") }
    });
    t.app().advance_time(0.0);
    t.render();
    animate_to(AnimateParam::new(ms).curve(curve), || on.set(true));
    let mut out = Vec::new();
    for ms in times {
        step(&mut t, *ms);
        out.push(t.rect("b").unwrap().width);
    }
    (out, t)
}

/// A damped spring of mass 1, stiffness 100 and damping 10 released from rest at 0 towards
/// 1: ω₀ = 10, ζ = 0.5, ω_d = ω₀·√(1 − ζ²).
fn spring_at(seconds: f32) -> f32 {
    let wd = 10.0 * (1.0f32 - 0.25).sqrt();
    1.0 - (-5.0 * seconds).exp() * ((wd * seconds).cos() + 5.0 / wd * (wd * seconds).sin())
}

fn near(got: &[f32], want: &[f32]) -> bool {
    got.iter().zip(want).all(|(g, w)| (g - w).abs() <= 1.0)
}

#[test]
fn cubic_bezier_follows_its_polynomial() {
    // With x1 = 1/3 and x2 = 2/3 the curve's x is its parameter, so its value at progress p
    // is y(p) = 3(1 − p)²p·y1 + 3(1 − p)p²·y2 + p³.
    let (y1, y2) = (0.9, 1.0);
    let times = [25.0, 50.0, 75.0, 100.0];
    let (got, _) = widths_with(
        Curve::CubicBezier(1.0 / 3.0, y1, 2.0 / 3.0, y2),
        100.0,
        &times,
    );
    let want: Vec<f32> = times
        .iter()
        .map(|ms| {
            let p = (*ms / 100.0) as f32;
            let y = 3.0 * (1.0 - p).powi(2) * p * y1 + 3.0 * (1.0 - p) * p * p * y2 + p.powi(3);
            100.0 + 400.0 * y
        })
        .collect();
    assert!(near(&got, &want), "{got:?} vs {want:?}");
    assert!(got[0] > 250.0, "fast start: {got:?}");
}

#[test]
fn a_spring_curve_spreads_its_motion_over_the_duration() {
    let (velocity, mass, stiffness, damping) = (0.0, 1.0, 100.0, 10.0);
    let curve = Curve::Spring {
        velocity,
        mass,
        stiffness,
        damping,
    };
    // The whole spring, until it rests, is played in the animation's 1000 ms.
    let settle = Curve::InterpolatingSpring {
        velocity,
        mass,
        stiffness,
        damping,
    }
    .settle_ms()
    .unwrap() as f32
        / 1000.0;
    let times = [100.0, 250.0, 500.0, 1000.0];
    let (got, _) = widths_with(curve, 1000.0, &times);
    let mut want: Vec<f32> = times
        .iter()
        .map(|ms| 100.0 + 400.0 * spring_at(*ms as f32 / 1000.0 * settle))
        .collect();
    want[3] = 500.0;
    assert!(near(&got, &want), "{got:?} vs {want:?}");
}

#[test]
fn an_interpolating_spring_keeps_its_own_time_and_overshoots() {
    let curve = Curve::InterpolatingSpring {
        velocity: 0.0,
        mass: 1.0,
        stiffness: 100.0,
        damping: 10.0,
    };
    // The 100 ms duration is ignored: the spring runs on its physical time. Its first peak
    // is at π/ω_d ≈ 363 ms, 16 % past the target.
    let times = [50.0, 100.0, 200.0, 363.0, 600.0];
    let (got, mut t) = widths_with(curve, 100.0, &times);
    let want: Vec<f32> = times
        .iter()
        .map(|ms| 100.0 + 400.0 * spring_at(*ms as f32 / 1000.0))
        .collect();
    assert!(near(&got, &want), "{got:?} vs {want:?}");
    assert!(got[3] > 560.0, "overshoot: {got:?}");
    let settled = curve.settle_ms().unwrap();
    step(&mut t, settled + 20.0);
    assert_eq!(t.rect("b").unwrap().width, 500.0);
    assert!(!t.app().needs_frame());
}

/// A 100 px black square in a 300x200 window, shown while `show` is true with `effect`.
fn transition_app(show: arkui::State<bool>, effect: fn() -> TransitionEffect) -> TestApp {
    let mut t = TestApp::with_view(DeviceProfile::desktop(300, 200), move || {
        ui! {
            Column() {
                if show.get() {
                    Column() {}
                        .size(100.vp(), 100.vp())
                        .background_color(Color::BLACK)
                        .transition(effect())
                        .id("box")
                }
            }
            .width(pct(100.0))
        }
    });
    t.app().advance_time(0.0);
    t.render();
    t
}

fn linear(ms: f64) -> AnimateParam {
    AnimateParam::new(ms).curve(Curve::Linear)
}

/// The red channel at each point: 0 where the square is drawn, 255 on the white page.
fn reds(t: &mut TestApp, points: &[(u32, u32)]) -> Vec<u8> {
    let frame = t.render().clone();
    points.iter().map(|(x, y)| frame.pixel(*x, *y)[0]).collect()
}

#[test]
fn slide_comes_in_from_the_start_edge_and_leaves_by_the_end_edge() {
    let show = arkui::State::new(false);
    let mut t = transition_app(show, || TransitionEffect::slide().animation(linear(100.0)));
    show.set(true);
    step(&mut t, 0.0);
    assert_eq!(t.rect("box").unwrap().x, 100.0, "laid out in the middle");
    // The square's own box is x 100..200; probes left of it, in it, right of it.
    let probes = [(75, 50), (125, 50), (175, 50), (225, 50)];
    assert_eq!(
        reds(&mut t, &probes),
        [0, 255, 255, 255],
        "starts one width left: 0..100"
    );
    step(&mut t, 50.0);
    assert_eq!(
        t.inspect("box").unwrap()["$attrs"]["translate"],
        "{x: -50.00px, y: 0.00px}"
    );
    assert_eq!(reds(&mut t, &probes), [0, 0, 255, 255], "50..150");
    step(&mut t, 80.0);
    assert_eq!(reds(&mut t, &probes), [255, 0, 0, 255], "80..180");
    step(&mut t, 100.0);
    assert_eq!(reds(&mut t, &probes), [255, 0, 0, 255]);
    assert!(
        t.inspect("box").unwrap()["$attrs"]
            .get("translate")
            .is_none()
    );
    // The removal starts on the clock at the moment of the change.
    t.app().advance_time(200.0);
    show.set(false);
    step(&mut t, 260.0);
    assert_eq!(
        reds(&mut t, &probes),
        [255, 255, 0, 0],
        "leaving to the right: 160..260"
    );
    step(&mut t, 300.0);
    step(&mut t, 310.0);
    assert_eq!(reds(&mut t, &probes), [255, 255, 255, 255], "gone");
}

#[test]
fn scale_grows_from_the_centre() {
    let show = arkui::State::new(false);
    let mut t = transition_app(show, || {
        TransitionEffect::scale(0.0, 0.0).animation(linear(100.0))
    });
    show.set(true);
    // Centre, then 30 px and 10 px inside the left edge.
    let probes = [(150, 50), (130, 50), (110, 50)];
    step(&mut t, 0.0);
    assert_eq!(reds(&mut t, &probes), [255, 255, 255], "nothing at scale 0");
    step(&mut t, 50.0);
    assert_eq!(
        t.inspect("box").unwrap()["$attrs"]["scale"],
        "{x: 0.5, y: 0.5}"
    );
    assert_eq!(reds(&mut t, &probes), [0, 0, 255], "half size: 125..175");
    step(&mut t, 100.0);
    assert_eq!(reds(&mut t, &probes), [0, 0, 0]);
}

#[test]
fn translate_moves_in_from_its_offset() {
    let show = arkui::State::new(false);
    let mut t = transition_app(show, || {
        TransitionEffect::translate(0.vp(), 50.vp()).animation(linear(100.0))
    });
    show.set(true);
    // Just inside the top of the square's box, and just below it.
    let probes = [(150, 10), (150, 110)];
    step(&mut t, 0.0);
    assert_eq!(reds(&mut t, &probes), [255, 0], "starts 50 px down");
    step(&mut t, 50.0);
    assert_eq!(reds(&mut t, &probes), [255, 0], "25 px down");
    step(&mut t, 90.0);
    assert_eq!(reds(&mut t, &probes), [0, 255], "5 px down");
    step(&mut t, 100.0);
    assert_eq!(reds(&mut t, &probes), [0, 255]);
}

#[test]
fn asymmetric_fades_in_and_shrinks_out_each_on_its_own_timing() {
    let show = arkui::State::new(false);
    let mut t = transition_app(show, || {
        TransitionEffect::asymmetric(
            TransitionEffect::OPACITY.animation(linear(100.0)),
            TransitionEffect::scale(0.0, 0.0).animation(linear(200.0)),
        )
    });
    show.set(true);
    let probes = [(150, 50), (110, 50)];
    step(&mut t, 0.0);
    step(&mut t, 50.0);
    let half = reds(&mut t, &probes);
    assert!(
        half.iter().all(|r| r.abs_diff(128) <= 1),
        "fading in, not scaling: {half:?}"
    );
    step(&mut t, 100.0);
    assert_eq!(reds(&mut t, &probes), [0, 0]);
    t.app().advance_time(1000.0);
    show.set(false);
    step(&mut t, 1100.0);
    assert_eq!(
        reds(&mut t, &probes),
        [0, 255],
        "half way through 200 ms: half size, fully opaque"
    );
    step(&mut t, 1200.0);
    step(&mut t, 1210.0);
    assert_eq!(reds(&mut t, &probes), [255, 255]);
}

#[test]
fn transforms_animate_without_layout() {
    let on = arkui::State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::desktop(300, 100), move || {
        ui! {
            Column() {}
                .size(50.vp(), 50.vp())
                .background_color(Color::BLACK)
                .translate(if on.get() { 100.vp() } else { 0.vp() }, 0.vp())
                .rotate(if on.get() { 90.0 } else { 0.0 })
                .animation(AnimateParam::new(100.0).curve(Curve::Linear))
                .id("mover")
        }
    });
    t.app().advance_time(0.0);
    t.render();
    let r = t.rect("mover").unwrap();
    on.set(true);
    reset_stats();
    step(&mut t, 50.0);
    let (x, y) = (r.x as u32, (r.y + 25.0) as u32);
    let frame = t.render().clone();
    assert_eq!(frame.pixel(x + 10, y)[0], 255, "moved 50 px right");
    assert_eq!(frame.pixel(x + 75, y)[0], 0);
    assert_eq!(
        t.inspect("mover").unwrap()["$attrs"]["rotate"],
        "45",
        "half turned"
    );
    step(&mut t, 100.0);
    let frame = t.render().clone();
    assert_eq!(frame.pixel(x + 75, y)[0], 255);
    assert_eq!(frame.pixel(x + 125, y)[0], 0, "100 px right");
    assert_eq!(stats().layouts, 0, "no layout while only transforms change");
    assert_eq!(t.rect("mover").unwrap(), r, "the layout rect never moved");
}
