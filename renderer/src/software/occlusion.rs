//! Occlusion: the last opaque fill that covers a whole render region hides everything drawn
//! before it there, so drawing starts from it. A list item's background hides the list's and
//! the page's; a full-screen fill hides whatever a previous page left. Only the drawing is
//! skipped: the clips, layers and transforms pushed before it still apply.

use crate::{CornerRadii, DisplayList, DrawCmd, IRect, Rect};

fn inside_rect(rect: &Rect, x: f32, y: f32) -> bool {
    x >= rect.x && x <= rect.right() && y >= rect.y && y <= rect.bottom()
}

/// Whether the point lies inside the rounded rectangle (on the edge counts as inside).
fn inside_rounded(rect: &Rect, radii: &CornerRadii, x: f32, y: f32) -> bool {
    if !inside_rect(rect, x, y) {
        return false;
    }
    let r = radii.clamped(rect.width, rect.height);
    let corner = |cx: f32, cy: f32, r: f32, left: bool, top: bool| {
        let beyond_x = if left { x < cx } else { x > cx };
        let beyond_y = if top { y < cy } else { y > cy };
        !(beyond_x && beyond_y) || (x - cx).powi(2) + (y - cy).powi(2) <= r * r
    };
    corner(
        rect.x + r.top_left,
        rect.y + r.top_left,
        r.top_left,
        true,
        true,
    ) && corner(
        rect.right() - r.top_right,
        rect.y + r.top_right,
        r.top_right,
        false,
        true,
    ) && corner(
        rect.right() - r.bottom_right,
        rect.bottom() - r.bottom_right,
        r.bottom_right,
        false,
        false,
    ) && corner(
        rect.x + r.bottom_left,
        rect.bottom() - r.bottom_left,
        r.bottom_left,
        true,
        false,
    )
}

/// Whether an opaque fill of `cmd` covers every pixel of `region` completely.
fn covers(cmd: &DrawCmd, region: &IRect) -> bool {
    let (x0, y0, x1, y1) = (
        region.x0 as f32,
        region.y0 as f32,
        region.x1 as f32,
        region.y1 as f32,
    );
    let corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)];
    match cmd {
        DrawCmd::Rect { rect, color } if color.a == 255 => {
            corners.iter().all(|&(x, y)| inside_rect(rect, x, y))
        }
        // A rounded rectangle is convex: containing the region's corners contains it.
        DrawCmd::RoundedRect { rect, radii, color } if color.a == 255 => corners
            .iter()
            .all(|&(x, y)| inside_rounded(rect, radii, x, y)),
        _ => false,
    }
}

/// The index of the last drawing command that paints all of `region` opaquely, drawn with
/// no transform, no layer and only clips that contain `region`; 0 when there is none.
pub(crate) fn first_visible(list: &DisplayList, region: IRect) -> usize {
    // Per open state: whether it leaves `region` whole (a clip around it) or not.
    let mut open: Vec<bool> = Vec::new();
    let mut blocked = 0usize;
    let mut start = 0;
    let whole = |rect: &Rect| {
        rect.x <= region.x0 as f32
            && rect.y <= region.y0 as f32
            && rect.right() >= region.x1 as f32
            && rect.bottom() >= region.y1 as f32
    };
    for (i, cmd) in list.commands.iter().enumerate() {
        match cmd {
            DrawCmd::PushClip { rect } => {
                let ok = whole(rect);
                blocked += usize::from(!ok);
                open.push(ok);
            }
            DrawCmd::PushRoundedClip { .. }
            | DrawCmd::PushPathClip { .. }
            | DrawCmd::PushLayer { .. }
            | DrawCmd::PushCompositeLayer { .. }
            | DrawCmd::PushTransform { .. } => {
                blocked += 1;
                open.push(false);
            }
            DrawCmd::PopClip | DrawCmd::PopLayer | DrawCmd::PopTransform => {
                if open.pop() == Some(false) {
                    blocked = blocked.saturating_sub(1);
                }
            }
            drawing => {
                if blocked == 0 && covers(drawing, &region) {
                    start = i;
                }
            }
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Color;

    #[test]
    fn the_last_covering_opaque_fill_wins() {
        let mut l = DisplayList::new();
        let full = Rect::new(0.0, 0.0, 100.0, 100.0);
        l.push(DrawCmd::Rect {
            rect: full,
            color: Color::WHITE,
        });
        l.push(DrawCmd::Rect {
            rect: full,
            color: Color::BLUE,
        });
        l.push(DrawCmd::PushClip { rect: full });
        l.push(DrawCmd::RoundedRect {
            rect: Rect::new(0.0, 0.0, 50.0, 50.0),
            radii: CornerRadii::uniform(8.0),
            color: Color::RED,
        });
        l.push(DrawCmd::PopClip);
        l.push(DrawCmd::Rect {
            rect: full,
            color: Color::rgba(0, 0, 0, 128),
        });
        // The whole screen: the blue fill (translucent ones do not hide).
        assert_eq!(first_visible(&l, IRect::from_size(100, 100)), 1);
        // Inside the red box, away from its corners: the red box, inside its clip.
        assert_eq!(first_visible(&l, IRect::new(10, 10, 40, 40)), 3);
        // Over a rounded corner the red box does not cover everything.
        assert_eq!(first_visible(&l, IRect::new(0, 0, 4, 4)), 1);
        // A region the clip cuts: nothing inside the clip counts.
        let mut clipped = l.clone();
        clipped.commands[2] = DrawCmd::PushClip {
            rect: Rect::new(0.0, 0.0, 20.0, 20.0),
        };
        assert_eq!(first_visible(&clipped, IRect::new(10, 10, 40, 40)), 1);
    }
}
