//! Refresh: pull to refresh replayed from a touch sequence, the pull asserted move by move,
//! the refresh state, the indicator's pixels, and the way back when the app is done.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{List, ListItem, Refresh, Scroller};

fn step(t: &mut TestApp, ms: f64) {
    t.app().advance_time(ms);
    t.app().frame();
}

#[test]
fn a_pull_past_the_offset_refreshes_until_the_app_says_done() {
    let refreshing = State::new(false);
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let (l1, l2) = (log.clone(), log.clone());
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let list = List::new().scroller(scroller).id("list");
        for i in 0..30 {
            list.child(
                ListItem::new()
                    .height(40.0)
                    .background_color(Color::BLUE)
                    .id(format!("row{i}")),
            );
        }
        Refresh::new()
            .bind_refreshing(refreshing)
            .on_state_change(move |s| l1.borrow_mut().push(format!("{s:?}")))
            .on_refreshing(move || l2.borrow_mut().push("onRefreshing".into()))
            .width(300.0)
            .height(240.0)
            .id("refresh")
            .child(list)
    });
    let top = t.rect("row0").unwrap().y;
    // First scroll the list down a little, so the pull must bring it back to its top first.
    scroller.scroll_to(0.0, 30.0);
    step(&mut t, 16.0);
    assert_eq!(t.rect("row0").unwrap().y, top - 30.0);
    let (x, y) = (150.0, top + 20.0);
    t.app().pointer_down(x, y);
    let refresh = Refresh::from_id(t.app(), "refresh").unwrap();
    let mut pulls = Vec::new();
    for i in 1..=12 {
        step(&mut t, 16.0 + 16.0 * f64::from(i));
        t.app().pointer_move(x, y + 20.0 * i as f32);
        step(&mut t, 16.0 + 16.0 * f64::from(i) + 1.0);
        pulls.push(refresh.pull_offset());
        if i == 1 {
            // The first 20 px scroll the list back towards its top; nothing is pulled.
            assert_eq!((scroller.current_offset().1, pulls[0]), (10.0, 0.0));
        }
    }
    // The list went back to its top (30 px of the drag), then the content followed the
    // finger ever more slowly, never backwards.
    assert_eq!(scroller.current_offset().1, 0.0);
    assert!(
        pulls.windows(2).all(|w| w[1] >= w[0]),
        "monotonic: {pulls:?}"
    );
    let gains: Vec<f32> = pulls.windows(2).skip(2).map(|w| w[1] - w[0]).collect();
    assert!(
        gains.windows(2).all(|g| g[1] <= g[0] + 0.5),
        "resists more and more: {gains:?}"
    );
    let pulled = *pulls.last().unwrap();
    assert!(pulled > 64.0, "past the 64 vp offset: {pulled}");
    assert_eq!(*log.borrow(), ["Drag", "OverDrag"]);
    t.app().pointer_up(x, y + 240.0);
    for i in 0..40 {
        step(&mut t, 300.0 + 16.0 * f64::from(i));
    }
    assert!(refreshing.get());
    // The content rests 64 px down, the loading indicator spins in the gap.
    assert_eq!(refresh.pull_offset(), 64.0);
    assert_eq!(refresh.status(), arkui::widgets::RefreshStatus::Refresh);
    let refresh_rect = t.rect("refresh").unwrap();
    let canvas = t.render();
    if let Ok(p) = std::env::var("ARKUI_SAVE_PNG") {
        canvas.save_png(p).unwrap();
    }
    let gap = (0..64u32).flat_map(|dy| {
        (0..300u32).map(move |dx| (refresh_rect.x as u32 + dx, refresh_rect.y as u32 + dy))
    });
    let inked = gap
        .filter(|(px, py)| {
            let c = canvas.pixel(*px, *py);
            c[..3].iter().any(|v| *v < 200)
        })
        .count();
    assert!(inked > 20, "the indicator is drawn in the gap ({inked} px)");
    let blue = canvas.pixel(150, (top + 64.0 + 5.0) as u32);
    assert_eq!(
        &blue[..3],
        &[0, 0, 255],
        "the first row is drawn 64 px down"
    );
    // The app finishes: the content goes back up.
    refreshing.set(false);
    for i in 0..40 {
        step(&mut t, 1000.0 + 16.0 * f64::from(i));
    }
    assert_eq!(refresh.pull_offset(), 0.0);
    let canvas = t.render();
    assert_eq!(
        &canvas.pixel(150, (top + 5.0) as u32)[..3],
        &[0, 0, 255],
        "back up"
    );
    assert_eq!(
        *log.borrow(),
        [
            "Drag",
            "OverDrag",
            "Refresh",
            "onRefreshing",
            "Done",
            "Inactive"
        ]
    );
}

#[test]
fn a_short_pull_springs_back_without_refreshing() {
    let refreshing = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let list = List::new();
        for i in 0..10 {
            list.child(ListItem::new().height(40.0).id(format!("row{i}")));
        }
        Refresh::new()
            .bind_refreshing(refreshing)
            .width(300.0)
            .height(240.0)
            .id("refresh")
            .child(list)
    });
    let refresh = Refresh::from_id(t.app(), "refresh").unwrap();
    let top = t.rect("row0").unwrap().y;
    t.app().pointer_down(150.0, top + 20.0);
    for i in 1..=4 {
        step(&mut t, 16.0 * f64::from(i));
        t.app().pointer_move(150.0, top + 20.0 + 10.0 * i as f32);
    }
    step(&mut t, 80.0);
    let pulled = refresh.pull_offset();
    assert!(pulled > 5.0 && pulled < 64.0, "pulled a little: {pulled}");
    t.app().pointer_up(150.0, top + 60.0);
    for i in 0..40 {
        step(&mut t, 100.0 + 16.0 * f64::from(i));
    }
    assert!(!refreshing.get());
    assert_eq!(refresh.pull_offset(), 0.0);
}

/// Whether `id` and every node above it are visible.
fn shown(t: &mut TestApp, id: &str) -> bool {
    let mut n = t.app().find_by_id(id);
    while let Some(node) = n {
        if node
            .layout_attrs()
            .is_some_and(|l| l.visibility != arkui::Visibility::Visible)
        {
            return false;
        }
        n = node.parent();
    }
    true
}

/// Pull the list under `top` down by 240 px of finger travel and let go; frames to `ms`.
fn pull_and_release(t: &mut TestApp, top: f32) {
    let (x, y) = (150.0, top + 20.0);
    t.app().pointer_down(x, y);
    for i in 1..=12 {
        step(t, 16.0 * f64::from(i));
        t.app().pointer_move(x, y + 20.0 * i as f32);
    }
    step(t, 210.0);
}

#[test]
fn a_builder_replaces_the_indicator_and_refreshing_content_shows_while_refreshing() {
    let refreshing = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let list = List::new();
        for i in 0..30 {
            list.child(ListItem::new().height(40.0).id(format!("row{i}")));
        }
        Refresh::new()
            .bind_refreshing(refreshing)
            .builder(Text::new("Pull to sync").font_color(Color::RED).id("hint"))
            .refreshing_content(Text::new("Syncing").id("busy"))
            .height(240.0)
            .id("refresh")
            .child(list)
    });
    assert!(t.app().find_by_id("hint").is_some());
    let top = t.rect("row0").unwrap().y;
    pull_and_release(&mut t, top);
    // Pulled, not yet released: the builder shows in the gap, centred in it (the content is
    // drawn `pull` px down).
    let pull = Refresh::from_id(t.app(), "refresh").unwrap().pull_offset();
    assert!(pull > 64.0, "pulled: {pull}");
    let hint = t.rect("hint").unwrap();
    let centre = hint.y + hint.height / 2.0;
    assert!(
        (centre - (top + pull / 2.0)).abs() <= 2.0,
        "centred in the gap"
    );
    assert!(
        !shown(&mut t, "busy"),
        "the refreshing content waits for the refresh"
    );
    let canvas = t.render();
    let inked = (0..hint.width as u32)
        .filter(|dx| {
            let [r, g, b, _] =
                canvas.pixel(hint.x as u32 + dx, (hint.y + hint.height / 2.0) as u32);
            r > 150 && g < 100 && b < 100
        })
        .count();
    assert!(inked > 3, "the red hint is drawn ({inked} px)");
    t.app().pointer_up(150.0, top + 260.0);
    for i in 0..40 {
        step(&mut t, 300.0 + 16.0 * f64::from(i));
    }
    assert!(refreshing.get());
    assert!(
        shown(&mut t, "busy") && !shown(&mut t, "hint"),
        "refreshing content"
    );
    let busy = t.rect("busy").unwrap();
    assert!(
        busy.y >= top && busy.y + busy.height <= top + 64.0,
        "in the 64 px gap: {busy:?}"
    );
    refreshing.set(false);
    for i in 0..40 {
        step(&mut t, 1000.0 + 16.0 * f64::from(i));
    }
    // The pull area itself is hidden at rest; inside it the builder's face is the one shown.
    let face_shown = |t: &mut TestApp, id: &str| {
        let face = t.app().find_by_id(id).and_then(|n| n.parent()).unwrap();
        face.layout_attrs().unwrap().visibility == arkui::Visibility::Visible
    };
    assert!(
        !face_shown(&mut t, "busy") && face_shown(&mut t, "hint"),
        "back to the builder once done"
    );
}

#[test]
fn prompt_text_shows_under_the_indicator() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let list = List::new();
        for i in 0..30 {
            list.child(ListItem::new().height(40.0).id(format!("row{i}")));
        }
        Refresh::new()
            .prompt_text("Refreshing…")
            .height(240.0)
            .id("refresh")
            .child(list)
    });
    let top = t.rect("row0").unwrap().y;
    pull_and_release(&mut t, top);
    let pull = Refresh::from_id(t.app(), "refresh").unwrap().pull_offset();
    let prompt = t.rect("refresh-prompt").unwrap();
    assert!(
        prompt.y > top && prompt.y + prompt.height <= top + pull + 1.0,
        "in the gap: {prompt:?}, pulled {pull}"
    );
    assert_eq!(t.text("refresh-prompt").unwrap(), "Refreshing…");
}
