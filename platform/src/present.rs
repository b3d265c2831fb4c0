//! What every presenter shares: the app's next frame at the size on screen, and drawing it
//! into a target (what a buffer holding an older frame must repaint is in
//! `damage_history.rs`). Each backend owns its presenter and its renderer; the frame loop
//! only asks it to present.

use arkui_core::{App, with_fonts};
use arkui_renderer::damage::FrameDamage;
use arkui_renderer::software::{RenderTarget, SoftwareRenderer};

/// Lay `app` out at `size` and produce its next frame; `false` when nothing changed (or the
/// size has no area). GPU presenters, which redraw the whole list, need no more than this.
#[cfg(any(
    feature = "winit",
    feature = "wayland",
    feature = "fbdev",
    feature = "drm"
))]
pub(crate) fn frame_at(app: &mut App, (w, h): (u32, u32)) -> bool {
    app.resize(w, h);
    app.frame().is_some()
}

/// [`frame_at`], with the frame's damage for presenters that repaint only what changed.
#[cfg(any(
    feature = "winit",
    feature = "wayland",
    feature = "fbdev",
    feature = "drm"
))]
pub(crate) fn next_frame(app: &mut App, size: (u32, u32)) -> Option<FrameDamage> {
    frame_at(app, size).then(|| app.frame_damage())
}

/// Draw `plan` (a blit, then the damaged rectangles) of the app's current frame into
/// `target`.
pub(crate) fn draw(
    app: &App,
    renderer: &mut SoftwareRenderer,
    target: &mut RenderTarget<'_>,
    plan: &FrameDamage,
) {
    let (list, images) = (app.display_list(), app.image_cache());
    with_fonts(|fonts| renderer.render_frame(list, target, fonts, images, plan));
}
