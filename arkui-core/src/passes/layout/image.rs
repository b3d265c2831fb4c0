//! Measuring leaves: an image node takes its decoded size (image pixels as vp, as ArkUI
//! does) and keeps that aspect ratio when the app fixes only one side; other leaves have no
//! content of their own.

use taffy::prelude::Size;
use taffy::{LayoutInput, LayoutOutput, MaybeMath, MaybeResolve, ResolveOrZero};

use super::taffy_tree::LayoutTree;

fn no_calc(_: *const (), _: f32) -> f32 {
    0.0
}

/// Lay out a leaf, measuring it by its image when it shows one.
pub(crate) fn compute(
    tree: &mut LayoutTree<'_>,
    id: taffy::NodeId,
    inputs: LayoutInput,
) -> LayoutOutput {
    let style: &taffy::Style = &tree.node(id).style;
    let Some((w, h)) = crate::image::intrinsic_size(tree.node(id)) else {
        let own = tree
            .node(id)
            .extension::<super::content_size::ContentSize>()
            .map_or(Size::ZERO, |s| {
                let (width, height) = s.to_px(&tree.units);
                Size { width, height }
            });
        return taffy::compute_leaf_layout(inputs, style, no_calc, |_, _| own);
    };
    let density = tree.units.density;
    let natural = Size {
        width: w as f32 * density,
        height: h as f32 * density,
    };
    let parent = inputs.parent_size;
    let padding = style.padding.resolve_or_zero(parent.width, no_calc);
    let border = style.border.resolve_or_zero(parent.width, no_calc);
    let inset = (padding + border).sum_axes();
    // taffy hands the measure no known size during the final layout pass, so the sides the
    // app fixed are worked out here, where they are border-box sizes (ArkUI's box model).
    let content = |s: Size<Option<f32>>| s.maybe_sub(inset).map(|v| v.map(|v| v.max(0.0)));
    let fixed = content(
        inputs
            .known_dimensions
            .or(style.size.maybe_resolve(parent, no_calc)),
    );
    let min = content(style.min_size.maybe_resolve(parent, no_calc));
    let max = content(style.max_size.maybe_resolve(parent, no_calc));
    let measured = fit(natural, fixed, min, max);
    taffy::compute_leaf_layout(inputs, style, no_calc, |_, _| measured)
}

/// The content size of a picture of `natural` size: the fixed sides as given, a free side
/// following the picture's aspect ratio, and with both free the natural size scaled into the
/// min/max bounds.
fn fit(
    natural: Size<f32>,
    fixed: Size<Option<f32>>,
    min: Size<Option<f32>>,
    max: Size<Option<f32>>,
) -> Size<f32> {
    let ratio =
        (natural.width > 0.0 && natural.height > 0.0).then(|| natural.width / natural.height);
    let (width, height) = match (fixed.width, fixed.height) {
        (Some(w), Some(h)) => (w, h),
        (Some(w), None) => (w, ratio.map_or(natural.height, |r| w / r)),
        (None, Some(h)) => (ratio.map_or(natural.width, |r| h * r), h),
        (None, None) => {
            let w = natural.width.maybe_clamp(min.width, max.width);
            let h = ratio.map_or(natural.height, |r| w / r);
            let clamped = h.maybe_clamp(min.height, max.height);
            if clamped == h {
                (w, h)
            } else {
                (ratio.map_or(w, |r| clamped * r), clamped)
            }
        }
    };
    Size { width, height }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FREE: Size<Option<f32>> = Size::NONE;

    fn fixed(width: Option<f32>, height: Option<f32>) -> Size<Option<f32>> {
        Size { width, height }
    }

    fn natural() -> Size<f32> {
        Size {
            width: 200.0,
            height: 100.0,
        }
    }

    #[test]
    fn one_fixed_side_keeps_the_aspect_ratio() {
        let s = fit(natural(), fixed(Some(100.0), None), FREE, FREE);
        assert_eq!((s.width, s.height), (100.0, 50.0));
        let s = fit(natural(), fixed(None, Some(30.0)), FREE, FREE);
        assert_eq!((s.width, s.height), (60.0, 30.0));
    }

    #[test]
    fn no_fixed_side_is_the_natural_size_scaled_into_the_bounds() {
        let s = fit(natural(), FREE, FREE, FREE);
        assert_eq!((s.width, s.height), (200.0, 100.0));
        let s = fit(natural(), FREE, FREE, fixed(Some(50.0), None));
        assert_eq!((s.width, s.height), (50.0, 25.0));
        let s = fit(natural(), FREE, FREE, fixed(None, Some(20.0)));
        assert_eq!((s.width, s.height), (40.0, 20.0));
    }

    #[test]
    fn an_empty_picture_has_no_ratio_to_keep() {
        let empty = Size {
            width: 0.0,
            height: 0.0,
        };
        let s = fit(empty, fixed(Some(100.0), None), FREE, FREE);
        assert_eq!((s.width, s.height), (100.0, 0.0));
    }
}
