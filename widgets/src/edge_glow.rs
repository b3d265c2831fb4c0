//! The `Fade` edge effect: pulled past its start or end, a scrolling container does not
//! move its content; a glow at that edge grows with the pull instead and fades when the
//! finger lets go.

use arkui_core::{
    AnimateParam, Color, CommonAttribute, Curve, HitTestMode, Length, LinearGradient, NodeId,
    NodeKind, Positioning, Visibility, VisualAttribute, animate_to, pct,
};

/// The glow node of a container, kept in the container's node.
#[derive(Clone, Copy)]
struct Glow(NodeId);

/// The glow is at most this tall (vp), reached after pulling twice as far.
const MAX_VP: f32 = 48.0;

/// Show the glow of `container` (scrolling `vertical`ly, `density` px per vp) for a pull
/// `over` px past an edge (negative: the start), or fade it out at 0. `add` registers a new
/// glow node with the container (so it is not taken for content).
pub(crate) fn show(
    container: NodeId,
    vertical: bool,
    density: f32,
    over: f32,
    add: impl FnOnce(NodeId),
) {
    let glow = match container.extension::<Glow>() {
        Some(Glow(n)) => n,
        None if over == 0.0 => return,
        None => {
            let n = NodeId::create("EdgeGlow", NodeKind::Leaf);
            n.hit_test_behavior(HitTestMode::None);
            container.append(n);
            container.set_extension(Glow(n));
            add(n);
            n
        }
    };
    if over == 0.0 || !over.is_finite() {
        let param = AnimateParam::new(250.0)
            .curve(Curve::FastOutSlowIn)
            .on_finish(move || glow.set_layout(|l| l.visibility = Visibility::Hidden));
        animate_to(param, || {
            glow.opacity(0.0);
        });
        return;
    }
    let max = MAX_VP * density;
    let size = (over.abs() * 0.5).min(max);
    let strength = (over.abs() / (2.0 * max)).min(1.0);
    let at_start = over < 0.0;
    let ink = Color::rgba(0x00, 0x7d, 0xff, 0x55);
    let clear = Color::rgba(0x00, 0x7d, 0xff, 0x00);
    let colors = if at_start {
        [(ink, 0.0), (clear, 1.0)]
    } else {
        [(clear, 0.0), (ink, 1.0)]
    };
    let mut gradient = LinearGradient::new(colors);
    if !vertical {
        gradient.angle = Some(90.0);
    }
    glow.stop_animations();
    glow.set_layout(|l| {
        l.visibility = Visibility::Visible;
        let px = Length::Px(size.round());
        let zero = Length::Px(0.0);
        if vertical {
            l.width = pct(100.0);
            l.height = px;
            l.positioning = Positioning::Absolute {
                x: zero,
                y: if at_start {
                    zero
                } else {
                    end(container, true, size)
                },
            };
        } else {
            l.height = pct(100.0);
            l.width = px;
            l.positioning = Positioning::Absolute {
                x: if at_start {
                    zero
                } else {
                    end(container, false, size)
                },
                y: zero,
            };
        }
    });
    glow.linear_gradient(gradient).opacity(0.4 + 0.6 * strength);
}

/// Where a glow `size` px long starts to end at the container's far edge.
fn end(container: NodeId, vertical: bool, size: f32) -> Length {
    let len = container
        .rect()
        .map_or(0.0, |r| if vertical { r.height } else { r.width });
    Length::Px((len - size).max(0.0).round())
}
