//! [`scroll`]: moves pixels already drawn instead of repainting them (the blit half of a
//! [`crate::damage::Blit`]).

use super::RenderTarget;
use crate::IRect;
use crate::damage::Damage;

/// Shift the pixels inside `area` by `(dx, dy)` (content moving up has a negative `dy`) and
/// return the strips left exposed, which the caller repaints. Pixels shifted out of `area`
/// are dropped; nothing outside `area` changes. Coordinates are logical (rotation-aware).
///
/// ```
/// use arkui_renderer::IRect;
/// use arkui_renderer::software::{PixelFormat, RenderTarget, scroll};
/// let mut px: Vec<u8> = (0..4u8).flat_map(|y| [y; 4]).collect(); // 1x4, rows 0,1,2,3
/// let mut t = RenderTarget::new(&mut px, 1, 4, 4, PixelFormat::Rgba8888).unwrap();
/// let exposed = scroll(&mut t, IRect::new(0, 0, 1, 4), 0, -1);
/// assert_eq!(exposed.rects(), &[IRect::new(0, 3, 1, 4)]);
/// assert_eq!(px[0], 1); // row 1 moved up into row 0
/// ```
pub fn scroll(target: &mut RenderTarget<'_>, area: IRect, dx: i32, dy: i32) -> Damage {
    let (lw, lh) = target.logical_size();
    let area = area.intersect(&IRect::from_size(lw, lh));
    if area.is_empty() || (dx == 0 && dy == 0) {
        return Damage::new();
    }
    let moved = area.translate(dx, dy).intersect(&area);
    if moved.is_empty() {
        return Damage::from_rect(area);
    }
    let bpp = target.format.bytes_per_pixel();
    let stride = target.stride;
    let (pw, ph) = (target.width, target.height);
    let rot = target.rotation;
    let offset = |x: i32, y: i32| {
        let (px, py) = rot.to_physical(x as u32, y as u32, pw, ph);
        py as usize * stride + px as usize * bpp
    };
    // Walk rows against the direction of motion so sources are read before being overwritten.
    let rows: Vec<i32> = if dy > 0 {
        (moved.y0..moved.y1).rev().collect()
    } else {
        (moved.y0..moved.y1).collect()
    };
    for y in rows {
        let sy = y - dy;
        if rot == super::Rotation::Deg0 {
            let (s, d) = (offset(moved.x0 - dx, sy), offset(moved.x0, y));
            let len = moved.width() as usize * bpp;
            target.data.copy_within(s..s + len, d);
        } else {
            let cols: Vec<i32> = if dx > 0 {
                (moved.x0..moved.x1).rev().collect()
            } else {
                (moved.x0..moved.x1).collect()
            };
            for x in cols {
                let (s, d) = (offset(x - dx, sy), offset(x, y));
                target.data.copy_within(s..s + bpp, d);
            }
        }
    }
    crate::damage::exposed_by_move(area, dx, dy)
}
