//! Components moving the focus themselves: `request_focus` and `clear_focus`, applied by
//! the app once the handler asking returns (the app owns the focus).

impl crate::NodeId {
    /// Move the focus to this component (ArkUI's `focusControl.requestFocus`), once the
    /// handler asking returns; nothing happens when it cannot take focus.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, Key, Modifiers, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::tv(), || {
    ///     let a = NodeId::create("Button", NodeKind::Flex).size(40.0, 20.0).focusable(true).id("a");
    ///     let b = NodeId::create("Button", NodeKind::Flex).size(40.0, 20.0).focusable(true).id("b");
    ///     a.set_on_click(move |_| b.request_focus());
    ///     let row = NodeId::create("Row", NodeKind::Flex);
    ///     row.set_children(vec![a, b]);
    ///     row
    /// });
    /// app.focus_id("a").unwrap();
    /// app.handle_input(&InputEvent::Key { key: Key::Enter, pressed: true, modifiers: Modifiers::default() });
    /// app.handle_input(&InputEvent::Key { key: Key::Enter, pressed: false, modifiers: Modifiers::default() });
    /// assert_eq!(app.focused_id().as_deref(), Some("b"));
    /// ```
    pub fn request_focus(self) {
        super::context::current().request_focus(Some(self));
    }

    /// Take the focus away from this component if it has it (ArkUI's `clearFocus`; a text
    /// field's `stopEditing`), once the handler asking returns.
    pub fn clear_focus(self) {
        let context = super::context::current();
        // Only when this component still holds it: the request goes through the app,
        // which knows; a pending request for another component is not undone.
        if !context.has_focus_request() {
            context.request_clear_focus(self);
        }
    }
}
