//! The `list` scene repaints only what changed: a flipped toggle repaints the toggle, not its
//! row; a scroll by one row moves the pixels already drawn and paints the exposed strip; and
//! every such frame is pixel for pixel what a full repaint of the same state draws.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui_benches::list_scene::{ListScene, ROW_HEIGHT};
use arkui_renderer::PixelFormat;

fn scene(w: u32, h: u32, format: PixelFormat) -> ListScene {
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    ListScene::new(1000, (w, h), format, None)
}

/// The frame after a partial repaint must equal a full repaint of the same state.
fn assert_matches_full_repaint(s: &mut ListScene, what: &str) {
    let partial = s.frame_bytes().to_vec();
    let full = s.full_frame();
    assert!(full.drew);
    let differing = partial
        .iter()
        .zip(s.frame_bytes())
        .filter(|(a, b)| a.abs_diff(**b) > 1)
        .count();
    assert_eq!(
        differing, 0,
        "{what}: the damaged frame differs from a full repaint"
    );
}

#[test]
fn first_frame_paints_everything_and_an_idle_frame_nothing() {
    let mut s = scene(800, 480, PixelFormat::Rgba8888);
    assert!(s.full_frame().pixels_repainted >= 800 * 480);
    let idle = s.render();
    assert!(!idle.drew, "nothing changed: no frame");
    assert_eq!(idle.pixels_repainted, 0);
}

#[test]
fn toggling_one_row_repaints_the_toggle_not_the_row() {
    let mut s = scene(800, 480, PixelFormat::Rgba8888);
    let stats = s.toggle_one();
    assert!(stats.drew);
    // The pill is 40x20; anti-aliasing margins add a pixel around it.
    assert!(stats.pixels_repainted > 0);
    assert!(
        stats.pixels_repainted <= 44 * 24,
        "toggle repainted {} px, a row is {} px",
        stats.pixels_repainted,
        800.0 * ROW_HEIGHT
    );
    assert_eq!(stats.pixels_blitted, 0);
    assert_matches_full_repaint(&mut s, "toggle");
}

#[test]
fn scrolling_one_row_moves_pixels_and_paints_the_new_strip() {
    for (w, h, format) in [
        (800, 480, PixelFormat::Rgba8888),
        (320, 240, PixelFormat::Rgb565),
        (1920, 1080, PixelFormat::Rgba8888),
    ] {
        let mut s = scene(w, h, format);
        for step in 0..3 {
            let stats = s.scroll_one_row();
            assert!(stats.drew);
            let d = s.frame_damage();
            let blit = d.blit.expect("a one-row scroll is a blit");
            assert_eq!(blit.dy, -(ROW_HEIGHT as i32), "{w}x{h}");
            assert!(stats.pixels_blitted >= u64::from(w) * (u64::from(h) - 48));
            // The strip that came in, plus the scroll bar's old and new places.
            let strip = u64::from(w) * ROW_HEIGHT as u64;
            assert!(
                stats.pixels_repainted <= strip + strip / 2,
                "{w}x{h} step {step}: {} px repainted, the strip is {strip}",
                stats.pixels_repainted
            );
            assert_matches_full_repaint(&mut s, &format!("scroll {w}x{h} step {step}"));
        }
    }
}

#[test]
fn updating_every_tenth_label_repaints_only_those_labels() {
    let mut s = scene(800, 480, PixelFormat::Rgba8888);
    let stats = s.update_every_10th();
    assert!(stats.drew);
    // 480 / 48 = 10 rows on screen: one label changes (row 0), maybe a second one cached.
    assert!(stats.pixels_repainted > 0);
    assert!(
        stats.pixels_repainted <= 2 * 200 * 24,
        "{} px repainted for one or two labels",
        stats.pixels_repainted
    );
    assert_matches_full_repaint(&mut s, "labels");
}

#[test]
fn line_buffer_mode_renders_the_same_damage_without_a_frame() {
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    let mut s = ListScene::new(1000, (320, 240), PixelFormat::Rgb565, Some(16));
    assert!(s.frame_bytes().is_empty());
    let toggle = s.toggle_one();
    assert!(toggle.drew && toggle.pixels_repainted > 0 && toggle.pixels_repainted <= 44 * 24);
    // No frame to move: a scroll repaints the list's area.
    let scroll = s.scroll_one_row();
    assert_eq!(scroll.pixels_blitted, 0);
    assert!(scroll.pixels_repainted >= 320 * 240 - 320);
}

#[test]
fn one_toggle_costs_one_layout_pass_and_no_node_churn() {
    let mut s = scene(800, 480, PixelFormat::Rgba8888);
    s.toggle_one();
    arkui::reset_stats();
    let stats = s.toggle_one();
    assert!(stats.drew);
    let work = arkui::stats();
    assert_eq!(work.layouts, 1, "{work:?}");
    assert_eq!(
        (work.nodes_created, work.nodes_disposed),
        (0, 0),
        "{work:?}"
    );
    // Retained paint: the frame patches the toggle's nodes into the kept display list, and
    // layout recomputes only the path from the toggle to the root.
    assert_eq!(
        (work.frames_patched, work.frames_recorded),
        (1, 0),
        "{work:?}"
    );
    assert!(work.nodes_recorded < 10, "{work:?}");
    assert!(work.nodes_laid_out < 10, "{work:?}");
    println!("toggle one among 1,000 rows: {work:?}");
    let scrolled = s.scroll_one_row();
    assert!(scrolled.drew);
    arkui::reset_stats();
    s.scroll_one_row();
    let work = arkui::stats();
    // A row leaves, a row enters: at most one row's nodes are built.
    assert!(work.layouts <= 2, "{work:?}");
    assert!(work.nodes_created <= 12, "{work:?}");
}

/// Layout work of one scroll step at `size`: taffy computations and layout passes.
fn scroll_layout_work(w: u32, h: u32) -> (u64, u64) {
    let mut s = scene(w, h, PixelFormat::Rgba8888);
    s.scroll_one_row();
    arkui::reset_stats();
    assert!(s.scroll_one_row().drew);
    let work = arkui::stats();
    (work.nodes_laid_out, work.layouts)
}

#[test]
fn a_scroll_lays_out_the_row_it_builds_not_the_rows_it_moves() {
    // Moved rows keep their cached layouts (a move is their parent's business), so the
    // work is the same whether 5 or 23 rows are on screen: the new row and the path up.
    let small = scroll_layout_work(320, 240);
    let large = scroll_layout_work(1920, 1080);
    println!(
        "one scroll step, (taffy computations, passes): 320x240 {small:?}, 1920x1080 {large:?}"
    );
    assert_eq!(small, large);
    assert!(small.0 < 40, "{small:?}");
}
