//! AlphabetIndexer bound to a contacts list: a slide along the bar scrolls the list group by
//! group, the list's scrolling moves the selection back, the popup lists a letter's names,
//! and the D-pad moves the selection.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{AlphabetIndexer, List, ListItem, ListItemGroup, Row, Scroller, Stack, Text};

const LETTERS: [&str; 4] = ["A", "B", "C", "D"];

fn names(letter: usize) -> Vec<String> {
    (0..6).map(|k| format!("{}{k}", LETTERS[letter])).collect()
}

fn contacts(
    selected: State<usize>,
    log: Rc<RefCell<Vec<String>>>,
    scroller: Scroller,
) -> impl FnOnce() -> Row {
    move || {
        let list = List::new()
            .scroller(scroller)
            .width(240.0)
            .height(240.0)
            .on_scroll_index(move |first, _| selected.set(first))
            .id("list");
        for (g, letter) in LETTERS.iter().enumerate() {
            let group = ListItemGroup::new()
                .header(Text::new(*letter).height(20.0))
                .id(format!("group-{letter}"));
            for name in names(g) {
                group.child(ListItem::new().height(40.0).child(Text::new(name)));
            }
            list.child(group);
        }
        let (l1, l2) = (log.clone(), log);
        let indexer = AlphabetIndexer::new(LETTERS, 0)
            .bind_selected(selected)
            .using_popup(true)
            .on_select(move |i| {
                l1.borrow_mut().push(format!("select {i}"));
                scroller.scroll_to_index(i);
            })
            .on_request_popup_data(|i| names(i).into_iter().take(2).collect())
            .on_popup_select(move |k| l2.borrow_mut().push(format!("popup {k}")))
            .id("indexer");
        Row::new().child(Stack::new().child(list)).child(indexer)
    }
}

#[test]
fn sliding_along_the_bar_scrolls_the_list_and_scrolling_moves_the_selection() {
    let selected = State::new(0usize);
    let log = Rc::new(RefCell::new(Vec::new()));
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(
        DeviceProfile::iot(),
        contacts(selected, log.clone(), scroller),
    );
    let bar = t.rect("indexer").unwrap();
    let list_top = t.rect("list").unwrap().y;
    assert_eq!((bar.width, bar.height), (16.0, 64.0), "four 16 vp squares");
    // Touch B, slide to D.
    let x = bar.x + 8.0;
    t.app().pointer_down(x, bar.y + 24.0);
    t.app().frame();
    assert_eq!(
        t.rect("group-B").unwrap().y,
        list_top,
        "B's group at the top"
    );
    for y in [30.0, 40.0, 50.0, 60.0] {
        t.app().pointer_move(x, bar.y + y);
        t.app().frame();
    }
    assert_eq!(selected.get(), 3);
    assert_eq!(*log.borrow(), ["select 1", "select 2", "select 3"]);
    // The popup shows D and two of its names beside the bar (on its left, by default).
    let popup = t
        .app()
        .find_by_id("indexer-popup-0")
        .unwrap()
        .rect()
        .unwrap();
    assert!(popup.x + popup.width <= bar.x, "left of the bar");
    if let Ok(p) = std::env::var("ARKUI_SAVE_PNG") {
        t.render().save_png(p).unwrap();
    }
    t.app().pointer_up(x, bar.y + 60.0);
    t.app().frame();
    // The names stay up to be tapped.
    let item = t.rect("indexer-popup-1").unwrap();
    t.app().pointer_down(item.x + 5.0, item.y + 5.0);
    t.app().pointer_up(item.x + 5.0, item.y + 5.0);
    t.app().frame();
    assert_eq!(log.borrow().last().unwrap(), "popup 1");
    assert!(t.rect("indexer-popup-1").is_none(), "the popup closed");
    // Scrolling the list back to the top moves the selection with it.
    scroller.scroll_to(0.0, 0.0);
    t.app().frame();
    assert_eq!(selected.get(), 0);
    // The D-pad: Down from A selects B and scrolls there.
    t.app().focus_id("indexer").unwrap();
    t.app().press_key(arkui::Key::Down);
    t.app().frame();
    assert_eq!(selected.get(), 1);
    assert_eq!(t.rect("group-B").unwrap().y, list_top);
    // The selected letter is drawn on its tinted square.
    let canvas = t.render();
    let c = canvas.pixel((bar.x + 2.0) as u32, (bar.y + 18.0) as u32);
    assert!(
        c[2] > c[0] && c[2] > 200,
        "B's square is tinted blue: {c:?}"
    );
}

#[test]
fn letters_that_do_not_fit_fold_into_dots_and_a_dot_picks_the_letters_it_hides() {
    let letters: Vec<String> = ('A'..='Z').map(String::from).collect();
    let picked = Rc::new(RefCell::new(Vec::new()));
    let p = picked.clone();
    let mut t = TestApp::with_view(DeviceProfile::desktop(320, 240), move || {
        let bar = AlphabetIndexer::new(letters.clone(), 0)
            .on_select(move |i| p.borrow_mut().push(i))
            .id("indexer");
        Row::new()
            .height(pct(100.0))
            .child(Stack::new().layout_weight(1.0))
            .child(bar)
    });
    let bar = t.rect("indexer").unwrap();
    // 240 / 16 = 15 cells: A • E • H • L • O • S • V • Z.
    assert!(bar.height <= 240.0, "fits the screen: {bar:?}");
    let cells = t.app().find_by_id("indexer").unwrap().children();
    let label = |t: &mut TestApp, k: usize| {
        let cell = t.app().find_by_id("indexer").unwrap().children()[k];
        cell.children()[0].text().unwrap().content.clone()
    };
    assert_eq!(cells.len() - 1, 15, "15 cells and the popup");
    assert_eq!(label(&mut t, 0), "A");
    assert_eq!(label(&mut t, 1), "•");
    assert_eq!(label(&mut t, 14), "Z");
    // Touch the first dot near its top, then near its bottom: the letters it hides.
    let x = bar.x + 8.0;
    for (dy, want) in [(16.0 + 2.0, 1), (16.0 + 14.0, 3), (14.0 * 16.0 + 8.0, 25)] {
        t.app().pointer_down(x, bar.y + dy);
        t.app().pointer_up(x, bar.y + dy);
        t.app().frame();
        assert_eq!(picked.borrow().last().copied(), Some(want), "at {dy}");
    }
    // A taller window has room for every letter again.
    t.app().resize(320, 480);
    t.app().frame();
    let cells = t.app().find_by_id("indexer").unwrap().children();
    assert_eq!(cells.len() - 1, 26);
    assert_eq!(t.rect("indexer").unwrap().height, 26.0 * 16.0);
}

#[test]
fn auto_collapse_off_keeps_every_letter() {
    let letters: Vec<String> = ('A'..='Z').map(String::from).collect();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Row::new().height(pct(100.0)).child(
            AlphabetIndexer::new(letters.clone(), 0)
                .auto_collapse(false)
                .id("indexer"),
        )
    });
    t.render();
    assert_eq!(
        t.app().find_by_id("indexer").unwrap().children().len() - 1,
        26
    );
}
