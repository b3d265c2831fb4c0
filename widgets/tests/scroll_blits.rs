//! Scrolling by whole rows moves pixels instead of repainting them, in every container that
//! scrolls: the frame's damage is a blit of the viewport plus the strip it exposed.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Grid, GridItem, Scroller};

mod common;

use common::{differing, full_repaint};

/// Scroll `t`'s content 70 px at a time (not a whole row: the picture really changes),
/// `steps` times or to its end: how many steps moved it, how many of those blit, and the
/// most pixels one step repainted. After every step the canvas must equal a full repaint.
fn scroll_steps(t: &mut TestApp, scroller: Scroller, steps: usize) -> (usize, usize, u64) {
    t.render();
    let (mut moved, mut blits, mut worst) = (0, 0, 0);
    for _ in 0..steps {
        let (_, y) = scroller.current_offset();
        scroller.scroll_to(0.0, y + 70.0);
        t.render();
        if scroller.current_offset().1 == y {
            continue; // at the end: nothing moved
        }
        moved += 1;
        let d = t.app().frame_damage();
        blits += usize::from(d.blit.is_some());
        worst = worst.max(d.damage.area());
        let shown = t.render().pixels().to_vec();
        assert_eq!(
            differing(&shown, &full_repaint(t), 2),
            0,
            "blit + strip = full repaint"
        );
    }
    (moved, blits, worst)
}

/// What `scroll_steps` found, checked: at least `min_moved` steps moved the content, every
/// one of them blit, and none repainted more than the exposed 70 px strip (and its
/// anti-aliased edges), not the 384,000 px viewport.
fn assert_blits(what: &str, (moved, blits, worst): (usize, usize, u64), min_moved: usize) {
    println!("{what}: {blits} of {moved} moving steps blit; at most {worst} px repainted");
    assert!(moved >= min_moved, "{what}: only {moved} steps moved");
    assert_eq!(
        blits, moved,
        "{what}: every step that moved the content moves pixels"
    );
    assert!(worst <= 800 * 82, "{what}: a step repainted {worst} px");
}

/// What each grid card and flow item shows: a title, a value and a bar.
fn card_body(i: usize) -> Column {
    ui! {
        Column(space = 4.vp()) {
            Text(format!("Card {i}")).font_size(16.fp())
            Text(format!("{}", i * 37 % 101)).font_size(24.fp())
            Progress(value = (i * 13 % 100) as f64).width(pct(90.0))
        }
        .padding(8.vp())
    }
}

/// A 3-column grid of 60 cards, 800x480, scrolled 70 px at a time to its end: how many
/// steps moved the content, how many of those blit, and the most pixels one step repainted.
fn grid_scroll_steps(steps: usize) -> (usize, usize, u64) {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 480), move || {
        let grid = Grid::new()
            .columns_template("1fr 1fr 1fr")
            .columns_gap(8.0)
            .rows_gap(8.0)
            .width(800.0)
            .height(480.0)
            .scroller(scroller)
            .id("grid");
        for i in 0..60 {
            let card = GridItem::new()
                .height(92.0)
                .background_color(Color::from_rgb(0xEEEEF6))
                .border_radius(12.0);
            card.child(card_body(i));
            grid.child(card);
        }
        grid
    });
    scroll_steps(&mut t, scroller, steps)
}

#[test]
fn a_grid_scrolled_by_rows_blits_every_step() {
    assert_blits("grid", grid_scroll_steps(17), 15);
}

/// A Scroll holding a column of 40 cards, 800x480, scrolled 70 px at a time.
#[test]
fn a_scroll_scrolled_by_cards_blits_every_step() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 480), move || {
        let column = ui! { Column(space = 8.vp()) {} }.width(pct(100.0));
        for i in 0..40 {
            column.child(ui! {
                Row(space = 8.vp()) {
                    Text(format!("Row {i}")).font_size(18.fp())
                    Progress(value = (i * 7 % 100) as f64).width(200.vp())
                }
                .height(92.vp())
                .width(pct(100.0))
                .background_color(Color::from_rgb(0xEEEEF6))
                .border_radius(12.vp())
            });
        }
        let scroll = arkui::widgets::Scroll::new()
            .scroller(scroller)
            .width(800.0)
            .height(480.0);
        scroll.child(column);
        scroll
    });
    assert_blits("scroll", scroll_steps(&mut t, scroller, 12), 10);
}

/// A 2-column WaterFlow of 60 cards of varied heights, 800x480, scrolled 70 px at a time.
#[test]
fn a_water_flow_scrolled_by_items_blits_every_step() {
    use arkui::widgets::{FlowItem, WaterFlow};
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 480), move || {
        let flow = WaterFlow::new()
            .columns_template("1fr 1fr")
            .columns_gap(8.0)
            .rows_gap(8.0)
            .width(800.0)
            .height(480.0)
            .scroller(scroller);
        for i in 0..60 {
            let item = FlowItem::new()
                .height(80.0 + (i * 37 % 5) as f32 * 24.0)
                .background_color(Color::from_rgb(0xEEEEF6))
                .border_radius(12.0);
            item.child(card_body(i));
            flow.child(item);
        }
        flow
    });
    assert_blits("water flow", scroll_steps(&mut t, scroller, 16), 12);
}

/// A Swiper of 4 pages, 800x480, dragged sideways a whole number of pixels per frame: each
/// frame of the drag moves the pages' pixels and paints the strip the drag exposed.
#[test]
fn a_swiper_dragged_by_whole_pixels_blits_every_frame() {
    use arkui::widgets::Swiper;
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 480), || {
        let s = Swiper::new()
            .width(800.0)
            .height(480.0)
            .looping(false)
            .indicator(false)
            .id("swiper");
        for i in 0..4 {
            s.child(ui! {
                Column(space = 12.vp()) {
                    Text(format!("Page {i}")).font_size(32.fp())
                    Progress(value = (i * 30) as f64).width(300.vp())
                }
                .width(pct(100.0))
                .height(pct(100.0))
                .background_color(Color::from_rgb(0xEEEEF6))
            });
        }
        s
    });
    t.render();
    let r = t.rect("swiper").unwrap();
    let (x, y) = (r.x + r.width / 2.0, r.y + r.height / 2.0);
    let mut ms = 0.0;
    t.app().advance_time(ms);
    t.app().pointer_down(x, y);
    let (mut moved, mut blits, mut worst) = (0, 0, 0);
    // Past the drag threshold first, then 30 px a frame to the left.
    for i in 1..=8 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().pointer_move(x - 30.0 * i as f32, y);
        t.render();
        if i < 2 {
            continue;
        }
        moved += 1;
        let d = t.app().frame_damage();
        blits += usize::from(d.blit.is_some());
        worst = worst.max(d.damage.area());
        let shown = t.render().pixels().to_vec();
        assert_eq!(
            differing(&shown, &full_repaint(&mut t), 2),
            0,
            "blit + strip = full repaint"
        );
    }
    t.app().pointer_up(x - 240.0, y);
    println!("swiper: {blits} of {moved} dragged frames blit; at most {worst} px repainted");
    assert_eq!(blits, moved, "every dragged frame moves pixels");
    // The exposed strip is 30 px wide and the viewport's height (and anti-aliased edges).
    assert!(worst <= 40 * 480, "a frame repainted {worst} px");
}
