//! Retained paint: frames that patch only the changed nodes into the kept display list must
//! draw, pixel for pixel, what a full recording and a full repaint of the same state draw.
//! A seeded random walk changes texts, colours, sizes (moving siblings), visibility,
//! opacity (leaf fades and group layers), transforms and a painter's input, and after every
//! frame compares the incrementally painted canvas with a full repaint of that frame's list.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::Cell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::renderer::Rect;
use arkui::{Effect, NodeId, NodeKind, Visibility, reset_stats, stats};

mod common;

use common::{differing, full_repaint};

const ROWS: usize = 12;

/// Everything the walk can change, one set per row.
#[derive(Clone, Copy)]
struct Row {
    label: State<String>,
    color: State<Color>,
    width: State<f32>,
    visible: State<bool>,
    opacity: State<f32>,
    shift: State<f32>,
    fill: State<f32>,
}

fn build(rows: &[Row], painted: Rc<Cell<Color>>) -> NodeId {
    let column = NodeId::create("Column", NodeKind::Flex)
        .width(300.0)
        .height(240.0)
        .id("column");
    for (i, r) in rows.iter().copied().enumerate() {
        let row = NodeId::create("Row", NodeKind::Flex).height(18.0);
        row.set_layout(|a| a.direction = arkui::FlexDirection::Row);
        let text = NodeId::create("Text", NodeKind::Text);
        let swatch = NodeId::create("Blank", NodeKind::Leaf).height(14.0);
        let bar = NodeId::create("Bar", NodeKind::Leaf)
            .width(40.0)
            .height(10.0)
            .id(format!("bar{i}"));
        let p = painted.clone();
        bar.set_painter(move |cx| {
            let (w, h) = cx.size();
            cx.fill_rect(Rect::new(0.0, 0.0, w * r.fill.get_untracked(), h), p.get());
        });
        Effect::new(move || {
            let label = r.label.get();
            text.set_text(|t| t.content = label);
        });
        Effect::new(move || {
            let (c, w) = (r.color.get(), r.width.get());
            swatch.set_visual(|v| v.background_color = c);
            swatch.set_layout(|a| a.width = w.into());
        });
        Effect::new(move || {
            let (visible, opacity, shift) = (r.visible.get(), r.opacity.get(), r.shift.get());
            row.set_layout(|a| {
                a.visibility = if visible {
                    Visibility::Visible
                } else {
                    Visibility::Hidden
                }
            });
            // Odd rows fade as a group (a layer), even rows fade only their swatch (a leaf).
            if i % 2 == 1 {
                row.set_visual(|v| v.opacity = opacity);
            } else {
                swatch.set_visual(|v| v.opacity = opacity);
            }
            row.set_visual(|v| v.translate = (shift.into(), 0.0.into()));
        });
        Effect::new(move || {
            r.fill.get();
            bar.invalidate_paint();
        });
        row.append(text);
        row.append(swatch);
        row.append(bar);
        column.append(row);
    }
    column
}

/// A seeded xorshift: the walk is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn patched_frames_draw_what_a_full_repaint_draws() {
    let rows: Vec<Row> = (0..ROWS)
        .map(|i| Row {
            label: State::new(format!("row {i}")),
            color: State::new(Color::from_rgb(0x3366CC)),
            width: State::new(30.0),
            visible: State::new(true),
            opacity: State::new(1.0),
            shift: State::new(0.0),
            fill: State::new(0.5),
        })
        .collect();
    let painted = Rc::new(Cell::new(Color::from_rgb(0x22AA44)));
    let (r, p) = (rows.clone(), painted.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || build(&r, p));
    t.render();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    reset_stats();
    for step in 0..300 {
        for _ in 0..=rng.below(3) {
            let row = rows[rng.below(ROWS as u64) as usize];
            let v = rng.below(1000) as f32;
            match rng.below(10) {
                0 | 1 => row.label.set(format!("label {}", rng.below(100_000))),
                2 | 3 => row
                    .color
                    .set(Color::from_rgb(rng.next() as u32 & 0xFF_FFFF)),
                4 => row.width.set(10.0 + v % 60.0),
                5 => row.visible.set(rng.below(4) != 0),
                6 => row.opacity.set([1.0, 0.5, 0.0, 0.8][rng.below(4) as usize]),
                7 => row.shift.set([0.0, 3.0, -2.0][rng.below(3) as usize]),
                8 => row.fill.set((v % 100.0) / 100.0),
                _ => {
                    // Input the painters capture outside any state: each bar is invalidated.
                    painted.set(Color::from_rgb(rng.next() as u32 & 0xFF_FFFF));
                    for i in 0..ROWS {
                        t.app()
                            .find_by_id(&format!("bar{i}"))
                            .unwrap()
                            .invalidate_paint();
                    }
                }
            }
        }
        let incremental = t.render().pixels().to_vec();
        let full = full_repaint(&mut t);
        let differ = differing(&incremental, &full, 2);
        assert_eq!(
            differ, 0,
            "step {step}: {differ} px differ from a full repaint"
        );
    }
    let work = stats();
    println!("{work:?}");
    // The walk must exercise both paths: patches for paint-only and layout changes, full
    // recordings for visibility and transform changes.
    assert!(work.frames_patched > 50, "{work:?}");
    assert!(work.frames_recorded > 20, "{work:?}");
}
