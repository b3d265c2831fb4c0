//! `viewPort`: a container whose children draw in their own coordinate system, scaled
//! onto its box (ArkUI's `Shape.viewPort`, SVG's `viewBox`).

use arkui_renderer::Transform;

use crate::tree::{Node, NodeId};
use crate::{Length, Units};

/// The rectangle of the children's coordinates shown in the box: it is scaled uniformly to
/// fit the box and centred (SVG's default `xMidYMid meet`).
///
/// ```
/// use arkui_core::{Length, ViewPort};
/// let v = ViewPort::new(0.0, 0.0, 100.0, 50.0);
/// assert_eq!(v.width, Length::Vp(100.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewPort {
    /// Left edge, in the children's coordinates.
    pub x: Length,
    /// Top edge.
    pub y: Length,
    /// Width; not positive: no view port.
    pub width: Length,
    /// Height; not positive: no view port.
    pub height: Length,
}

impl ViewPort {
    /// A view port in vp.
    pub fn new(x: f32, y: f32, width: f32, height: f32) -> ViewPort {
        ViewPort {
            x: Length::Vp(x),
            y: Length::Vp(y),
            width: Length::Vp(width),
            height: Length::Vp(height),
        }
    }
}

impl NodeId {
    /// Draw this node's children through `view_port` (`None` removes it). Layout and hit
    /// testing are not affected: it changes only where the children are drawn.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, ViewPort};
    /// use arkui_renderer::DrawCmd;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let shape = NodeId::create("Shape", NodeKind::Stack).width(200.0).height(100.0);
    ///     shape.set_view_port(Some(ViewPort::new(0.0, 0.0, 100.0, 50.0)));
    ///     shape.set_children(vec![NodeId::create("Rect", NodeKind::Leaf).width(10.0).height(10.0)]);
    ///     shape
    /// });
    /// let list = app.frame().unwrap();
    /// let scale = list.commands.iter().find_map(|c| match c {
    ///     DrawCmd::PushTransform { transform } => Some(transform.xx),
    ///     _ => None,
    /// });
    /// assert_eq!(scale, Some(2.0));
    /// ```
    pub fn set_view_port(self, view_port: Option<ViewPort>) {
        let changed = match view_port {
            Some(v) => self.set_extension(v) != Some(v),
            None => self.remove_extension::<ViewPort>().is_some(),
        };
        if changed {
            // The children's wrapper changes: the frame records everything.
            crate::tree::with_tree(|t| {
                if t.nodes.contains_key(self) {
                    t.mark_structure_dirty(self);
                }
            });
        }
    }
}

/// The transform a node's view port puts its children through, in window pixels.
pub(crate) fn transform(node: &Node, units: &Units) -> Option<Transform> {
    let v = node.extension::<ViewPort>()?;
    let px = |l: Length| l.to_px(units);
    let (vx, vy, vw, vh) = (px(v.x)?, px(v.y)?, px(v.width)?, px(v.height)?);
    if vw <= 0.0 || vh <= 0.0 {
        return None;
    }
    let r = node.rect;
    let s = (r.width / vw).min(r.height / vh);
    let (tx, ty) = ((r.width - vw * s) / 2.0, (r.height - vh * s) / 2.0);
    let t = Transform::translate(-r.x - vx, -r.y - vy)
        .then(&Transform::scale(s, s))
        .then(&Transform::translate(r.x + tx, r.y + ty));
    (t.is_finite() && s > 0.0).then_some(t)
}
