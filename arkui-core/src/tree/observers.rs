//! Hooks a component keeps for its own bookkeeping beside the app's handlers: touches seen
//! alongside `on_touch`, and changes of `enabled`. The app's `on_touch` and `enabled` stay
//! the app's; a component's pressed and disabled styles (`stateStyles`) listen here.

use std::rc::Rc;

use super::NodeId;
use crate::TouchEvent;

impl NodeId {
    /// See every touch on this component, beside (before) its `on_touch` handler, which
    /// stays free for the app.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// let (seen, app_saw) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
    /// let (s, a) = (seen.clone(), app_saw.clone());
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Box", NodeKind::Leaf).size(50.0, 50.0).id("b");
    ///     n.observe_touch(move |_| s.set(s.get() + 1));
    ///     n.on_touch(move |_| a.set(a.get() + 1))
    /// });
    /// app.frame();
    /// let r = app.find_by_id("b").unwrap().rect().unwrap();
    /// app.click_at(r.x + 5.0, r.y + 5.0);
    /// assert_eq!((seen.get(), app_saw.get()), (2, 2)); // down and up, both
    /// ```
    pub fn observe_touch(self, f: impl Fn(&TouchEvent) + 'static) {
        self.set_interaction(|i| i.handlers_mut().touch_observers.push(Rc::new(f)));
    }

    /// Be told when `enabled` is set on this component (one hook; a later one replaces it).
    pub fn set_enabled_hook(self, f: impl Fn(bool) + 'static) {
        self.set_interaction(|i| i.handlers_mut().on_enabled = Some(Rc::new(f)));
    }

    /// The hook [`NodeId::set_enabled_hook`] set, if any.
    pub(crate) fn enabled_hook(self) -> Option<Rc<dyn Fn(bool)>> {
        crate::tree::with_tree(|t| {
            t.nodes
                .get(self)
                .and_then(|n| n.interaction.handlers())
                .and_then(|h| h.on_enabled.clone())
        })
    }

    /// Whether this component is enabled (not set `enabled(false)`).
    pub fn is_enabled(self) -> bool {
        crate::tree::with_tree(|t| t.nodes.get(self).is_none_or(|n| !n.interaction.disabled))
    }
}
