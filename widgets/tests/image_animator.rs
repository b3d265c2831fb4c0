//! ImageAnimator on the app clock: frame order and timing, plays, reverse, pause and resume,
//! per-frame durations, fill mode, events, and `fixedSize`, checked on drawn pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{AnimationStatus, FillMode, ImageAnimator, ImageFrameInfo};

const RED: [u8; 4] = [255, 0, 0, 255];
const GREEN: [u8; 4] = [0, 255, 0, 255];
const BLUE: [u8; 4] = [0, 0, 255, 255];

/// A 4x4 PNG of one colour.
fn png(rgb: [u8; 3]) -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(4, 4, image::Rgba([rgb[0], rgb[1], rgb[2], 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn frames() -> Vec<ImageFrameInfo> {
    [[255, 0, 0], [0, 255, 0], [0, 0, 255]]
        .into_iter()
        .map(|c| ImageFrameInfo::new(png(c)))
        .collect()
}

type Log = Rc<RefCell<Vec<&'static str>>>;

/// An animator of red, green, blue in a 40x40 box, styled by `style`, recording its events.
fn mount(
    style: impl Fn(ImageAnimator) -> ImageAnimator + 'static,
) -> (TestApp, ImageAnimator, Log) {
    let log: Log = Rc::default();
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b, c, d, e) = (l.clone(), l.clone(), l.clone(), l.clone(), l.clone());
        Column::new()
            .child(
                style(ImageAnimator::new().images(frames()))
                    .on_start(move || a.borrow_mut().push("start"))
                    .on_pause(move || b.borrow_mut().push("pause"))
                    .on_repeat(move || c.borrow_mut().push("repeat"))
                    .on_cancel(move || d.borrow_mut().push("cancel"))
                    .on_finish(move || e.borrow_mut().push("finish"))
                    .width(40.0)
                    .height(40.0)
                    .id("anim"),
            )
            .background_color(Color::WHITE)
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    let anim = ImageAnimator::from_node(t.app().find_by_id("anim").unwrap()).unwrap();
    (t, anim, log)
}

fn px(t: &mut TestApp) -> [u8; 4] {
    let r = t.rect("anim").unwrap();
    t.render()
        .pixel((r.x + r.width / 2.0) as u32, (r.y + r.height / 2.0) as u32)
}

#[test]
fn running_shows_each_image_for_its_share_of_the_duration_then_finishes_on_the_last() {
    let (mut t, anim, log) = mount(|a| a.duration(300).state(AnimationStatus::Running));
    assert_eq!(px(&mut t), RED);
    t.app().advance_time(99.0);
    assert_eq!(px(&mut t), RED);
    t.app().advance_time(100.0);
    assert_eq!(px(&mut t), GREEN);
    t.app().advance_time(200.0);
    assert_eq!(px(&mut t), BLUE);
    t.app().advance_time(300.0);
    // One play (the default), fillMode Forwards: the last image stays.
    assert_eq!(anim.status(), AnimationStatus::Stopped);
    assert_eq!(px(&mut t), BLUE);
    assert_eq!(*log.borrow(), ["start", "finish"]);
    assert_eq!(
        t.app().next_timer_ms(),
        None,
        "nothing left to wake the app"
    );
    let a = t.app().inspector_by_id("anim").unwrap();
    assert_eq!(a["$attrs"]["state"], "AnimationStatus.Stopped");
    assert_eq!(a["$attrs"]["images"], "3");
}

#[test]
fn initial_shows_the_first_image_and_does_not_play() {
    let (mut t, anim, log) = mount(|a| a.duration(300));
    assert_eq!(px(&mut t), RED);
    t.app().advance_time(1000.0);
    assert_eq!(px(&mut t), RED);
    assert_eq!(anim.status(), AnimationStatus::Initial);
    assert!(log.borrow().is_empty());
    assert_eq!(t.app().next_timer_ms(), None);
}

#[test]
fn reverse_plays_from_the_last_image_and_fill_mode_none_goes_back() {
    let (mut t, anim, _) = mount(|a| {
        a.duration(300)
            .reverse(true)
            .fill_mode(FillMode::None)
            .state(AnimationStatus::Running)
    });
    assert_eq!(px(&mut t), BLUE);
    t.app().advance_time(100.0);
    assert_eq!(px(&mut t), GREEN);
    t.app().advance_time(200.0);
    assert_eq!(px(&mut t), RED);
    t.app().advance_time(300.0);
    assert_eq!(anim.status(), AnimationStatus::Stopped);
    assert_eq!(px(&mut t), BLUE, "fillMode None: back to where it started");
}

#[test]
fn iterations_repeat_and_forever_keeps_going() {
    let (mut t, anim, log) = mount(|a| {
        a.duration(300)
            .iterations(3)
            .state(AnimationStatus::Running)
    });
    t.app().advance_time(650.0);
    assert_eq!(px(&mut t), RED, "third play, first image");
    assert_eq!(*log.borrow(), ["start", "repeat", "repeat"]);
    t.app().advance_time(900.0);
    assert_eq!(anim.status(), AnimationStatus::Stopped);
    assert_eq!(*log.borrow(), ["start", "repeat", "repeat", "finish"]);

    let (mut t, anim, log) = mount(|a| {
        a.duration(300)
            .iterations(-1)
            .state(AnimationStatus::Running)
    });
    t.app().advance_time(30_150.0);
    assert_eq!(anim.status(), AnimationStatus::Running);
    assert_eq!(px(&mut t), GREEN);
    assert!(log.borrow().iter().filter(|e| **e == "repeat").count() >= 1);
    assert!(!log.borrow().contains(&"finish"));
}

#[test]
fn pause_holds_the_frame_and_resume_keeps_the_time_that_was_left() {
    let (mut t, anim, log) = mount(|a| a.duration(300).state(AnimationStatus::Running));
    t.app().advance_time(130.0);
    assert_eq!(px(&mut t), GREEN);
    anim.state(AnimationStatus::Paused);
    t.app().advance_time(5000.0);
    assert_eq!(px(&mut t), GREEN, "held while paused");
    assert_eq!(t.app().next_timer_ms(), None, "no timer while paused");
    // 70 ms of green were left.
    anim.state(AnimationStatus::Running);
    t.app().advance_time(5069.0);
    assert_eq!(px(&mut t), GREEN);
    t.app().advance_time(5070.0);
    assert_eq!(px(&mut t), BLUE);
    assert_eq!(*log.borrow(), ["start", "pause", "start"]);
}

#[test]
fn stop_and_initial_end_a_run_with_their_events() {
    let (mut t, anim, log) = mount(|a| a.duration(300).state(AnimationStatus::Running));
    t.app().advance_time(150.0);
    anim.state(AnimationStatus::Stopped);
    assert_eq!(px(&mut t), GREEN, "Forwards: the frame reached stays");
    anim.state(AnimationStatus::Running);
    assert_eq!(px(&mut t), RED, "a stopped animator starts over");
    t.app().advance_time(250.0);
    assert_eq!(px(&mut t), GREEN);
    anim.state(AnimationStatus::Initial);
    assert_eq!(px(&mut t), RED);
    t.app().advance_time(2000.0);
    assert_eq!(px(&mut t), RED);
    assert_eq!(*log.borrow(), ["start", "finish", "start", "cancel"]);
}

#[test]
fn a_frames_own_duration_wins_over_the_shared_one() {
    let (mut t, _, _) = mount(|a| {
        let f = frames();
        let timed = vec![
            f[0].clone().duration(50),
            f[1].clone().duration(500),
            f[2].clone().duration(50),
        ];
        a.images(timed)
            .duration(3000)
            .state(AnimationStatus::Running)
    });
    t.app().advance_time(50.0);
    assert_eq!(px(&mut t), GREEN);
    t.app().advance_time(549.0);
    assert_eq!(px(&mut t), GREEN);
    t.app().advance_time(550.0);
    assert_eq!(px(&mut t), BLUE);
}

#[test]
fn without_fixed_size_each_image_takes_its_own_box() {
    let (mut t, _, _) = mount(|a| {
        let f = frames();
        a.images(vec![
            f[0].clone().width(10.0).height(10.0).left(20.0).top(5.0),
            f[1].clone(),
        ])
        .fixed_size(false)
    });
    let r = t.rect("anim").unwrap();
    let c = t.render();
    assert_eq!(c.pixel((r.x + 25.0) as u32, (r.y + 10.0) as u32), RED);
    assert_eq!(
        c.pixel((r.x + 5.0) as u32, (r.y + 30.0) as u32),
        [255, 255, 255, 255]
    );
}

#[test]
fn monitor_invisible_area_holds_the_frame_out_of_sight() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Scroll::new()
            .child(
                Column::new()
                    .child(Column::new().height(1000.0))
                    .child(
                        ImageAnimator::new()
                            .images(frames())
                            .duration(300)
                            .iterations(-1)
                            .monitor_invisible_area(true)
                            .state(AnimationStatus::Running)
                            .width(40.0)
                            .height(40.0)
                            .id("anim"),
                    )
                    .child(Column::new().height(1000.0)),
            )
            .width(pct(100.0))
            .height(pct(100.0))
            .id("scroll")
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t.render();
    let anim = ImageAnimator::from_node(t.app().find_by_id("anim").unwrap()).unwrap();
    t.app().advance_time(1000.0);
    t.app().advance_time(2000.0);
    assert_eq!(anim.current_index(), 0, "held out of sight");
    assert_eq!(anim.status(), AnimationStatus::Running);
    assert_eq!(t.app().next_timer_ms(), None);
    let y = t.rect("anim").unwrap().y;
    t.app()
        .find_by_id("scroll")
        .unwrap()
        .set_scroll_offset(0.0, y - 10.0);
    t.render();
    t.app().advance_time(2099.0);
    assert_eq!(anim.current_index(), 0);
    t.app().advance_time(2100.0);
    assert_eq!(anim.current_index(), 1, "a whole frame after it came back");
    assert_eq!(px(&mut t), GREEN);
}
