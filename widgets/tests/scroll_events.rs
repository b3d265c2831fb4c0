//! The scroll events and attributes Scroll, List, Grid and WaterFlow share
//! (`ScrollableCommonMethod`), from recorded touch sequences: a fling's events in order
//! with its offsets frame by frame, an overscroll springing back, the same edges on every
//! container, and the Scroller's page, edge and relative scrolls.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;

type Log = Rc<RefCell<Vec<String>>>;

/// Log every shared scroll event of `w` (deltas rounded to whole vp).
fn logged<W: ScrollableCommonMethod>(w: W, log: &Log) -> W {
    let l = |log: &Log| log.clone();
    let (a, b, c, d, e) = (l(log), l(log), l(log), l(log), l(log));
    w.on_scroll_start(move || a.borrow_mut().push("start".into()))
        .on_scroll_stop(move || b.borrow_mut().push("stop".into()))
        .on_reach_start(move || c.borrow_mut().push("reach-start".into()))
        .on_reach_end(move || d.borrow_mut().push("reach-end".into()))
        .on_did_scroll(move |delta, state| {
            e.borrow_mut().push(format!("did {state:?}"));
            assert!(delta.is_finite() && delta != 0.0);
        })
}

/// The log with runs of one entry collapsed to one (`did Scroll` x 12 -> `did Scroll`).
fn runs(log: &Log) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in log.borrow().iter() {
        if out.last() != Some(e) {
            out.push(e.clone());
        }
    }
    out
}

fn list(log: &Log, scroller: Scroller) -> impl FnOnce() -> List {
    let log = log.clone();
    move || {
        let list = logged(List::new().width(200.0).height(100.0), &log).scroller(scroller);
        for i in 0..50 {
            list.child(
                ListItem::new()
                    .height(20.0)
                    .child(Text::new(format!("row {i}"))),
            );
        }
        list
    }
}

fn at(t: &mut TestApp, ms: f64) {
    t.app().advance_time(ms);
    t.app().frame();
}

/// A finger from `(x, y0)` to `(x, y1)` in `steps` moves 16 ms apart, then released.
fn swipe(t: &mut TestApp, ms: &mut f64, x: f32, y0: f32, y1: f32, steps: u32) {
    at(t, *ms);
    t.app().pointer_down(x, y0);
    for i in 1..=steps {
        *ms += 16.0;
        at(t, *ms);
        t.app()
            .pointer_move(x, y0 + (y1 - y0) * i as f32 / steps as f32);
    }
    t.app().pointer_up(x, y1);
    t.app().frame();
}

#[test]
fn a_fling_reports_start_scroll_fling_and_one_stop_with_offsets_slowing_frame_by_frame() {
    let log: Log = Rc::default();
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), list(&log, scroller));
    let mut ms = 1000.0;
    at(&mut t, ms);
    assert_eq!(runs(&log), ["reach-start"], "laid out at its start");
    log.borrow_mut().clear();
    // A quick upward swipe: 80 px in 5 frames.
    swipe(&mut t, &mut ms, 100.0, 90.0, 10.0, 5);
    let mut offsets = vec![scroller.current_offset().1];
    while t.app().is_animating() {
        ms += 16.0;
        at(&mut t, ms);
        offsets.push(scroller.current_offset().1);
    }
    assert_eq!(
        runs(&log),
        ["start", "did Scroll", "did Fling", "stop"],
        "one start, the drag, the fling, one stop"
    );
    // The fling carries the content on, each frame less far than the one before.
    assert!(offsets.len() > 5, "{offsets:?}");
    let steps: Vec<f32> = offsets.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(steps.iter().all(|s| *s >= 0.0), "{offsets:?}");
    // Each frame moves less than the one before, but the last: a fling rests exactly where
    // it was heading, the last half pixel at once.
    let moving: Vec<f32> = steps.iter().copied().filter(|s| *s > 0.0).collect();
    let (last, slowing) = moving.split_last().unwrap();
    assert!(
        slowing.windows(2).all(|w| w[1] <= w[0] + 0.01),
        "slowing down: {steps:?}"
    );
    assert!(*last <= 0.55, "the rest snap is under a pixel: {last}");
    assert!(
        *offsets.last().unwrap() > 80.0,
        "past the finger's own travel"
    );
}

#[test]
fn an_overscroll_springs_back_to_the_start_frame_by_frame() {
    let log: Log = Rc::default();
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), list(&log, scroller));
    let mut ms = 1000.0;
    at(&mut t, ms);
    log.borrow_mut().clear();
    // Pull down 60 px from the top, slowly: the content follows at half the finger.
    swipe(&mut t, &mut ms, 100.0, 20.0, 80.0, 30);
    let pulled = scroller.current_offset().1;
    assert!(
        (-31.0..=-25.0).contains(&pulled),
        "half the pull past the edge: {pulled}"
    );
    let mut offsets = vec![pulled];
    while t.app().is_animating() {
        ms += 16.0;
        at(&mut t, ms);
        offsets.push(scroller.current_offset().1);
    }
    // The finger was still pulling when it lifted: the content goes on out a little, then
    // the critically damped spring brings it back without passing the edge.
    let turn = offsets
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.total_cmp(b.1))
        .map_or(0, |(i, _)| i);
    assert!(turn <= 3, "turns back at once: {offsets:?}");
    assert!(
        offsets[turn..].windows(2).all(|w| w[1] >= w[0]) && offsets.iter().all(|o| *o <= 0.0),
        "back towards 0 without overshooting: {offsets:?}"
    );
    let home = offsets.iter().position(|o| *o == 0.0).unwrap();
    assert!(home < 40, "settles within ~0.6 s: {home} frames");
    assert!(offsets[home..].iter().all(|o| *o == 0.0));
    assert_eq!(runs(&log).last().map(String::as_str), Some("stop"));
    assert!(
        !log.borrow().iter().any(|e| e == "reach-start"),
        "it never left its start"
    );
}

/// The same events on each kind of scrolling container, driven by its Scroller.
fn edges_on<W: ScrollableCommonMethod + 'static>(make: impl FnOnce() -> W + 'static) {
    let log: Log = Rc::default();
    let scroller = Scroller::new();
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        logged(make(), &l).scroller(scroller)
    });
    at(&mut t, 1000.0);
    scroller.scroll_edge(ScrollEdge::Bottom);
    at(&mut t, 1016.0);
    assert!(scroller.is_at_end());
    scroller.scroll_edge(ScrollEdge::Top);
    at(&mut t, 1032.0);
    assert_eq!(
        runs(&log),
        [
            "reach-start",
            "start",
            "did Idle",
            "reach-end",
            "stop",
            "start",
            "did Idle",
            "reach-start",
            "stop"
        ]
    );
}

#[test]
fn every_scrolling_container_reports_the_same_edges() {
    edges_on(|| {
        Scroll::new()
            .height(100.0)
            .child(Column::new().width(50.0).height(400.0))
    });
    edges_on(|| {
        let list = List::new().height(100.0);
        for _ in 0..20 {
            list.child(ListItem::new().height(20.0));
        }
        list
    });
    edges_on(|| {
        let grid = Grid::new().columns_template("1fr 1fr").height(100.0);
        for _ in 0..20 {
            grid.child(GridItem::new().height(30.0));
        }
        grid
    });
    edges_on(|| {
        let flow = WaterFlow::new().columns_template("1fr 1fr").height(100.0);
        for i in 0..20 {
            flow.child(FlowItem::new().height(20.0 + (i % 3) as f32 * 10.0));
        }
        flow
    });
}

#[test]
fn the_scroller_pages_jumps_to_edges_and_scrolls_by() {
    let log: Log = Rc::default();
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), list(&log, scroller));
    at(&mut t, 1000.0);
    scroller.scroll_page(true, false);
    assert_eq!(scroller.current_offset().1, 100.0, "one 100 px viewport");
    scroller.scroll_by(0.0, 35.0);
    assert_eq!(scroller.current_offset().1, 135.0);
    scroller.scroll_page(false, true);
    let mut ms = 1000.0;
    for _ in 0..30 {
        ms += 16.0;
        at(&mut t, ms);
    }
    assert_eq!(scroller.current_offset().1, 35.0, "animated a page back");
    scroller.scroll_edge(ScrollEdge::End);
    assert_eq!(scroller.current_offset().1, 50.0 * 20.0 - 100.0);
    scroller.scroll_by(0.0, 500.0);
    assert_eq!(scroller.current_offset().1, 900.0, "clamped at the end");
}
