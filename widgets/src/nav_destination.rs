//! `NavDestination`: a page a `Navigation` shows for a name on its stack, with its title bar
//! settings and lifecycle callbacks, ArkUI's `NavDestination`.

use std::rc::Rc;

use arkui_core::{Element, FlexDirection, ImageSource, NodeId, NodeKind, Widget, pct};

/// An entry of a title bar's menu or of a tool bar, ArkUI's `NavigationMenuItem` and
/// `ToolbarItem`: a label, an optional icon, an action.
///
/// ```
/// use arkui_widgets::NavigationMenuItem;
/// let item = NavigationMenuItem::new("Share", || {});
/// assert_eq!(item.value(), "Share");
/// ```
#[derive(Clone)]
pub struct NavigationMenuItem {
    pub(crate) value: String,
    pub(crate) icon: Option<ImageSource>,
    pub(crate) action: Rc<dyn Fn()>,
}

impl std::fmt::Debug for NavigationMenuItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NavigationMenuItem")
            .field("value", &self.value)
            .finish_non_exhaustive()
    }
}

impl NavigationMenuItem {
    /// An item showing `value` that runs `action` when clicked.
    pub fn new(value: impl Into<String>, action: impl Fn() + 'static) -> NavigationMenuItem {
        NavigationMenuItem {
            value: value.into(),
            icon: None,
            action: Rc::new(action),
        }
    }

    /// `icon`: shown instead of the label in a title bar, above it in a tool bar.
    pub fn icon(mut self, icon: impl Into<ImageSource>) -> Self {
        self.icon = Some(icon.into());
        self
    }

    /// The label.
    pub fn value(&self) -> &str {
        &self.value
    }
}

type Hook = Rc<dyn Fn()>;

/// What a `NavDestination` asked for, read by the `Navigation` showing it.
#[derive(Clone, Default)]
pub(crate) struct DestinationConfig {
    pub(crate) title: Option<String>,
    pub(crate) hide_title_bar: bool,
    pub(crate) hide_back_button: bool,
    pub(crate) menus: Vec<NavigationMenuItem>,
    pub(crate) on_will_appear: Vec<Hook>,
    pub(crate) on_will_show: Vec<Hook>,
    pub(crate) on_shown: Vec<Hook>,
    pub(crate) on_will_hide: Vec<Hook>,
    pub(crate) on_hidden: Vec<Hook>,
    pub(crate) on_will_disappear: Vec<Hook>,
    pub(crate) on_back_pressed: Option<Rc<dyn Fn() -> bool>>,
}

impl DestinationConfig {
    /// The config of the `NavDestination` at or under `node` (a builder may wrap it in a
    /// custom component); the default when there is none.
    pub(crate) fn find(node: NodeId) -> DestinationConfig {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if n.tag() == Some("NavDestination") {
                return n.extension::<DestinationConfig>().unwrap_or_default();
            }
            stack.extend(n.children().into_iter().rev());
        }
        DestinationConfig::default()
    }
}

/// A page shown by a `Navigation` for a name on its stack, ArkUI's `NavDestination`. The
/// `Navigation` gives it a title bar with a back button (id `nav-back`), its menus, and
/// calls its lifecycle callbacks as it is pushed, covered, uncovered and popped.
///
/// ```
/// use arkui_widgets::NavDestination;
/// assert_eq!(NavDestination::new().title("Detail").get_title().as_deref(), Some("Detail"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavDestination(NodeId);

impl Widget for NavDestination {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for NavDestination {
    fn create(_: ()) -> NavDestination {
        let n = NodeId::create("NavDestination", NodeKind::Flex);
        n.set_layout(|l| {
            l.direction = FlexDirection::Column;
            l.width = pct(100.0);
            l.height = pct(100.0);
        });
        n.set_extension(DestinationConfig::default());
        NavDestination(n)
    }

    fn update(self, _: ()) {}
}

impl Default for NavDestination {
    fn default() -> Self {
        NavDestination::new()
    }
}

impl NavDestination {
    /// An empty page.
    pub fn new() -> NavDestination {
        NavDestination::create(())
    }

    fn config(self, f: impl FnOnce(&mut DestinationConfig)) -> Self {
        let mut c = self.0.extension::<DestinationConfig>().unwrap_or_default();
        f(&mut c);
        self.0.set_extension(c);
        self
    }

    /// Append a child (the builder-API form of `{ }` in `ui!`).
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.0.append(child.into_node());
        self
    }

    /// `title`: shown in the page's title bar (the page's name when unset).
    pub fn title(self, title: impl Into<String>) -> Self {
        let title = title.into();
        self.0.set_inspector_attr("title", title.clone());
        self.config(|c| c.title = Some(title))
    }

    /// The title set.
    pub fn get_title(self) -> Option<String> {
        self.0
            .extension::<DestinationConfig>()
            .and_then(|c| c.title)
    }

    /// `hideTitleBar`: no title bar (the page draws its own, or none).
    pub fn hide_title_bar(self, hide: bool) -> Self {
        self.config(|c| c.hide_title_bar = hide)
    }

    /// `hideBackButton`: a title bar without the back button.
    pub fn hide_back_button(self, hide: bool) -> Self {
        self.config(|c| c.hide_back_button = hide)
    }

    /// `menus`: buttons at the end of the title bar; past three, a "more" button lists the
    /// rest.
    pub fn menus(self, items: Vec<NavigationMenuItem>) -> Self {
        self.config(|c| c.menus = items)
    }

    /// `onWillAppear`: built, before it is attached to the Navigation.
    pub fn on_will_appear(self, f: impl Fn() + 'static) -> Self {
        self.config(|c| c.on_will_appear.push(Rc::new(f)))
    }

    /// `onWillShow`: about to become the page on top.
    pub fn on_will_show(self, f: impl Fn() + 'static) -> Self {
        self.config(|c| c.on_will_show.push(Rc::new(f)))
    }

    /// `onShown`: became the page on top (pushed, or uncovered by a pop).
    pub fn on_shown(self, f: impl Fn() + 'static) -> Self {
        self.config(|c| c.on_shown.push(Rc::new(f)))
    }

    /// `onWillHide`: about to stop being the page on top.
    pub fn on_will_hide(self, f: impl Fn() + 'static) -> Self {
        self.config(|c| c.on_will_hide.push(Rc::new(f)))
    }

    /// `onHidden`: stopped being the page on top (covered, or popped).
    pub fn on_hidden(self, f: impl Fn() + 'static) -> Self {
        self.config(|c| c.on_hidden.push(Rc::new(f)))
    }

    /// `onWillDisappear`: about to be destroyed (popped or removed from the stack).
    pub fn on_will_disappear(self, f: impl Fn() + 'static) -> Self {
        self.config(|c| c.on_will_disappear.push(Rc::new(f)))
    }

    /// `onBackPressed`: the back button or the system back, while this page is on top;
    /// `true` means the page handled it and stays.
    pub fn on_back_pressed(self, f: impl Fn() -> bool + 'static) -> Self {
        self.config(|c| c.on_back_pressed = Some(Rc::new(f)))
    }
}
