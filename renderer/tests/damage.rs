//! Damage: repainting only dirty rectangles gives the same pixels as a full repaint, an empty
//! damage set costs nothing, and scrolling by a blit plus the exposed strip matches a full
//! repaint of the scrolled scene.

#[path = "common/scene.rs"]
mod scene;

use arkui_renderer::software::{Damage, PixelFormat, RenderTarget, SoftwareRenderer, scroll};
use arkui_renderer::text::{FontContext, FontSource};
use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};

const W: u32 = 200;
const H: u32 = 240;

fn full(list: &DisplayList) -> Vec<u8> {
    let mut px = vec![0u8; (W * H * 4) as usize];
    let mut t =
        RenderTarget::new(&mut px, W, H, W as usize * 4, PixelFormat::Rgba8888).expect("target");
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    SoftwareRenderer::new().render_with_images(
        list,
        &mut t,
        &mut fonts,
        &scene::images(),
        IRect::from_size(W, H),
    );
    px
}

#[test]
fn damaged_rects_repaint_to_the_full_frame_and_nothing_dirty_costs_nothing() {
    let before = scene::busy(W as f32, H as f32, 0.0);
    let mut after = before.clone();
    // Two far-apart changes: a toggle near the top and one near the bottom.
    let a = Rect::new(150.0, 12.0, 20.0, 12.0);
    let b = Rect::new(20.0, 200.0, 24.0, 14.0);
    after.push(DrawCmd::RoundedRect {
        rect: a,
        radii: arkui_renderer::CornerRadii::uniform(6.0),
        color: Color::RED,
    });
    after.push(DrawCmd::Rect {
        rect: b,
        color: Color::BLUE,
    });
    let mut px = full(&before);
    let mut damage = Damage::new();
    damage.add(a.to_irect_covering());
    damage.add(b.to_irect_covering());
    assert_eq!(damage.rects().len(), 2, "far-apart damage must not merge");
    let mut renderer = SoftwareRenderer::new();
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    {
        let mut t = RenderTarget::new(&mut px, W, H, W as usize * 4, PixelFormat::Rgba8888)
            .expect("target");
        renderer.render_damage(&after, &mut t, &mut fonts, &images, &damage);
    }
    assert_eq!(renderer.last_region_area(), damage.area());
    assert!(damage.area() < 1000);
    let want = full(&after);
    let first = px
        .chunks_exact(4)
        .zip(want.chunks_exact(4))
        .position(|(a, b)| a != b);
    assert!(
        first.is_none(),
        "partial repaint differs from a full repaint at pixel {:?}",
        first.map(|i| (i % W as usize, i / W as usize))
    );

    let snapshot = px.clone();
    let mut t =
        RenderTarget::new(&mut px, W, H, W as usize * 4, PixelFormat::Rgba8888).expect("target");
    renderer.render_damage(&after, &mut t, &mut fonts, &images, &Damage::new());
    assert_eq!(renderer.last_region_area(), 0);
    assert!(px == snapshot);
}

#[test]
fn scroll_blit_plus_exposed_strip_equals_full_repaint() {
    let mut px = full(&scene::busy(W as f32, H as f32, 0.0));
    let mut renderer = SoftwareRenderer::new();
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let viewport = IRect::new(0, 0, W as i32, H as i32);
    let mut total_repainted = 0;
    for step in 1..=3 {
        let dy = -7 * step;
        let list = scene::busy(W as f32, H as f32, dy as f32);
        let mut t = RenderTarget::new(&mut px, W, H, W as usize * 4, PixelFormat::Rgba8888)
            .expect("target");
        let exposed = scroll(&mut t, viewport, 0, -7);
        assert_eq!(
            exposed.rects(),
            &[IRect::new(0, H as i32 - 7, W as i32, H as i32)]
        );
        renderer.render_damage(&list, &mut t, &mut fonts, &images, &exposed);
        total_repainted += renderer.last_region_area();
        let want = full(&list);
        let worst = px
            .iter()
            .zip(&want)
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap_or(0);
        // Integer shifts move exact coverage exactly; large shadow blurs are computed on a
        // grid sigma/3 px wide anchored at the origin, so they may differ by a level or two.
        assert!(worst <= 2, "step {step}: scrolled frame differs by {worst}");
    }
    assert_eq!(total_repainted, 3 * 7 * u64::from(W));
}

#[test]
fn damage_merges_only_when_it_saves_work() {
    let mut d = Damage::new();
    for i in 0..50 {
        d.add(IRect::new(0, i * 200, 40, i * 200 + 20));
    }
    assert_eq!(
        d.rects().len(),
        50,
        "no fixed cap: distant rects stay apart"
    );
    // Two rects a few pixels apart merge: one pass over the list beats two.
    let mut near = Damage::new();
    near.add(IRect::new(0, 0, 40, 20));
    near.add(IRect::new(0, 24, 40, 44));
    assert_eq!(near.rects(), &[IRect::new(0, 0, 40, 44)]);
    d.add(IRect::new(0, 0, 40, 10000));
    assert_eq!(d.rects().len(), 1, "a rect covering all absorbs them");
}

#[test]
fn list_damage_repaints_exactly_what_changed() {
    use arkui_renderer::software::list_damage;
    let old = scene::busy(W as f32, H as f32, 0.0);
    let mut new = old.clone();
    // Change one colour in the middle of the list and append a new command at the end.
    let i = new
        .commands
        .iter()
        .position(|c| matches!(c, DrawCmd::RoundedRect { .. }))
        .expect("a card");
    if let DrawCmd::RoundedRect { color, .. } = &mut new.commands[i] {
        *color = Color::rgb(255, 240, 200);
    }
    new.push(DrawCmd::Rect {
        rect: Rect::new(150.0, 200.0, 12.0, 12.0),
        color: Color::RED,
    });
    let viewport = IRect::new(0, 0, W as i32, H as i32);
    let damage = list_damage(&old, &new, viewport);
    assert!(
        damage.area() < u64::from(W * H) / 4,
        "damage {:?} is not local",
        damage.rects()
    );
    let mut px = full(&old);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    {
        let mut t = RenderTarget::new(&mut px, W, H, W as usize * 4, PixelFormat::Rgba8888)
            .expect("target");
        SoftwareRenderer::new().render_damage(&new, &mut t, &mut fonts, &scene::images(), &damage);
    }
    let want = full(&new);
    let diff: Vec<(usize, usize, u8)> = px
        .iter()
        .zip(&want)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i / 4 % W as usize, i / 4 / W as usize, a.abs_diff(*b)))
        .collect();
    assert!(
        diff.is_empty(),
        "repainting the list damage differs from a full repaint: {} bytes, first {:?}, damage {:?}",
        diff.len(),
        &diff[..diff.len().min(5)],
        damage.rects()
    );
    // Moving everything (a scroll by transform) damages both positions.
    let moved = scene::busy(W as f32, H as f32, -5.0);
    let d = list_damage(&old, &moved, viewport);
    let mut px = full(&old);
    {
        let mut t = RenderTarget::new(&mut px, W, H, W as usize * 4, PixelFormat::Rgba8888)
            .expect("target");
        SoftwareRenderer::new().render_damage(&moved, &mut t, &mut fonts, &scene::images(), &d);
    }
    assert!(px == full(&moved));
    assert!(list_damage(&new, &new, viewport).is_empty());
}
