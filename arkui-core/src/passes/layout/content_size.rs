//! A leaf's own content size: what a component that draws itself (a shape, a chart)
//! measures when the app gives it no size.

use crate::tree::NodeId;
use crate::{Length, Units};

/// The size a leaf takes when its width or height is not set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ContentSize(pub(crate) Length, pub(crate) Length);

impl ContentSize {
    /// In pixels; a percentage or a non-finite or negative side counts as 0.
    pub(crate) fn to_px(self, units: &Units) -> (f32, f32) {
        let px = |l: Length| l.to_px(units).unwrap_or(0.0).max(0.0);
        (px(self.0), px(self.1))
    }
}

impl NodeId {
    /// Give this leaf a content size, used for a side the app leaves unset, as text and
    /// images are measured by their content; `None` measures it as empty again.
    /// Percentages and non-finite or negative sides count as 0.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile, Length, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let column = NodeId::create("Column", NodeKind::Flex);
    ///     let n = NodeId::create("Path", NodeKind::Leaf);
    ///     n.set_content_size(Some((Length::Vp(30.0), Length::Px(12.0))));
    ///     column.set_children(vec![n]);
    ///     column
    /// });
    /// app.frame();
    /// let r = app.root().children()[0].rect().unwrap();
    /// assert_eq!((r.width, r.height), (30.0, 12.0));
    /// ```
    pub fn set_content_size(self, size: Option<(Length, Length)>) {
        let size = size.map(|(w, h)| ContentSize(w, h));
        let changed = match size {
            Some(s) => self.set_extension(s) != Some(s),
            None => self.remove_extension::<ContentSize>().is_some(),
        };
        if changed {
            crate::tree::with_tree(|t| {
                if t.nodes.contains_key(self) {
                    t.mark_layout_dirty(self);
                }
            });
        }
    }
}
