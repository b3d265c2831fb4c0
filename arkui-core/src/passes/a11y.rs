//! Accessibility: the component tree as an AccessKit tree (roles, names, values, actions,
//! focus), and AccessKit action requests (click, focus) applied to the app.

use accesskit::{
    Action, ActionRequest, Node, NodeId as AkId, Rect, Role, Toggled, TreeInfo, TreeUpdate,
};
use slotmap::{Key, KeyData};

use crate::tree::{NodeId, NodeKind, NodeTree, Visibility, with_tree};
use crate::{App, Error};

fn ak(id: NodeId) -> AkId {
    AkId(id.data().as_ffi())
}

fn ours(id: AkId) -> NodeId {
    NodeId::from(KeyData::from_ffi(id.0))
}

fn role(tag: &str, toggle_type: Option<&str>) -> Role {
    match tag {
        "root" => Role::Window,
        "Button" => Role::Button,
        "Text" | "Span" => Role::Label,
        "Toggle" => match toggle_type {
            Some("ToggleType.Checkbox") => Role::CheckBox,
            Some("ToggleType.Button") => Role::Button,
            _ => Role::Switch,
        },
        "Checkbox" => Role::CheckBox,
        "Radio" => Role::RadioButton,
        "Slider" => Role::Slider,
        "Progress" | "LoadingProgress" => Role::ProgressIndicator,
        "Image" => Role::Image,
        "TextInput" | "Search" => Role::TextInput,
        "TextArea" => Role::MultilineTextInput,
        "Scroll" => Role::ScrollView,
        "List" => Role::List,
        "ListItem" => Role::ListItem,
        "Divider" => Role::Splitter,
        "Tabs" => Role::TabList,
        _ => Role::GenericContainer,
    }
}

fn attr<'a>(n: &'a crate::tree::Node, name: &str) -> Option<&'a str> {
    n.extra_attrs
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.as_str())
}

/// Children as the inspector sees them: fragments replaced by their content.
fn visible_children(t: &NodeTree, id: NodeId, out: &mut Vec<NodeId>) {
    let Some(n) = t.nodes.get(id) else { return };
    for c in &n.children {
        match t.nodes.get(*c) {
            Some(child) if child.kind == NodeKind::Fragment => visible_children(t, *c, out),
            Some(child) if child.layout.visibility != Visibility::None => out.push(*c),
            _ => {}
        }
    }
}

fn build(t: &NodeTree, id: NodeId, focused: Option<NodeId>, out: &mut Vec<(AkId, Node)>) {
    let Some(n) = t.nodes.get(id) else { return };
    let mut node = Node::new(role(n.tag, attr(n, "type")));
    let r = n.rect;
    node.set_bounds(Rect {
        x0: f64::from(r.x),
        y0: f64::from(r.y),
        x1: f64::from(r.right()),
        y1: f64::from(r.bottom()),
    });
    let name = attr(n, "accessibilityText")
        .map(str::to_string)
        .or_else(|| n.text.as_ref().map(|t| t.content.clone()))
        .or_else(|| attr(n, "label").map(str::to_string));
    if let Some(name) = name {
        node.set_label(name);
    }
    if let Some(d) = attr(n, "accessibilityDescription") {
        node.set_description(d.to_string());
    }
    if let Some(on) = attr(n, "isOn")
        .or_else(|| attr(n, "select"))
        .or_else(|| attr(n, "checked"))
    {
        node.set_toggled(if on == "true" {
            Toggled::True
        } else {
            Toggled::False
        });
    }
    if let Some(v) = attr(n, "value").and_then(|v| v.parse::<f64>().ok()) {
        node.set_numeric_value(v);
    }
    if n.interaction.disabled {
        node.set_disabled();
    }
    if n.on_click.is_some() || !n.interaction.gestures().is_empty() {
        node.add_action(Action::Click);
    }
    if crate::tree::focus_rules::can_focus(n) {
        node.add_action(Action::Focus);
    }
    let mut children = Vec::new();
    visible_children(t, id, &mut children);
    node.set_children(children.iter().map(|c| ak(*c)).collect::<Vec<_>>());
    let _ = focused;
    out.push((ak(id), node));
    for c in children {
        build(t, c, focused, out);
    }
}

impl App {
    /// The whole UI as an AccessKit tree update (what a screen reader sees): one node per
    /// component with its role, name, value, bounds in window pixels, and the actions it
    /// supports; `focus` is the focused component.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let b = NodeId::create("Button", NodeKind::Flex).id("ok");
    ///     b.set_on_click(|_| {});
    ///     b.set_inspector_attr("label", "OK");
    ///     b
    /// });
    /// let tree = app.accessibility_tree();
    /// let (_, button) = tree.nodes.iter().find(|(_, n)| n.role() == accesskit::Role::Button).unwrap();
    /// assert_eq!(button.label(), Some("OK"));
    /// ```
    pub fn accessibility_tree(&mut self) -> TreeUpdate {
        self.ensure_layout();
        let root = self.root();
        let focused = self.focused();
        let mut nodes = Vec::new();
        with_tree(|t| build(t, root, focused, &mut nodes));
        let mut info = TreeInfo::new(ak(root));
        info.toolkit_name = Some("arkui-rs".into());
        info.toolkit_version = Some(env!("CARGO_PKG_VERSION").into());
        TreeUpdate {
            nodes,
            tree: Some(info),
            tree_id: accesskit::TreeId::ROOT,
            focus: ak(focused.unwrap_or(root)),
        }
    }

    /// Carry out an assistive technology's request (click or focus a component).
    pub fn accessibility_action(&mut self, request: &ActionRequest) -> Result<(), Error> {
        let node = ours(request.target_node);
        let id = node.key().unwrap_or_default();
        if !node.is_alive() {
            return Err(Error::IdNotFound { id });
        }
        match request.action {
            Action::Focus => {
                self.focus.started = true;
                if node.is_focusable() {
                    self.set_focus(Some(node));
                    Ok(())
                } else {
                    Err(Error::NotFocusable { id })
                }
            }
            Action::Click => {
                let r = node.rect().unwrap_or_default();
                if r.is_empty() {
                    return Err(Error::NotHittable { id });
                }
                self.click_at(r.x + r.width / 2.0, r.y + r.height / 2.0);
                Ok(())
            }
            _ => Ok(()),
        }
    }
}
