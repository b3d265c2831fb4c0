//! `WithTheme`: a different colour mode or custom theme for one part of the page.

use arkui_core::{Element, NodeId, NodeKind, Scope, State, View, Widget, provide, untrack};

use crate::theme::{CustomTheme, LOCAL_KEY, LocalOptions, LocalTheme, ThemeColorMode};

/// A subtree with its own colour mode and theme, ArkUI's `WithTheme`: widgets built inside
/// it read their default colours from `color_mode` (light, dark, or the system's) and
/// `theme` (or the app's theme). It takes no space itself: its content is laid out as its
/// parent's child.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Column, Text, ThemeColorMode, ThemeColors, WithTheme};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Column::new()
///         .child(Text::new("light").id("outside"))
///         .child(WithTheme::new().color_mode(ThemeColorMode::Dark).content(|| Text::new("dark").id("inside")))
/// });
/// let color = |app: &App, id| app.find_by_id(id).unwrap().text().unwrap().font_color;
/// assert_eq!(color(&app, "outside"), ThemeColors::LIGHT.font_primary);
/// assert_eq!(color(&app, "inside"), ThemeColors::DARK.font_primary);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct WithTheme {
    node: NodeId,
    options: State<LocalOptions>,
}

impl Widget for WithTheme {
    fn node(self) -> NodeId {
        self.node
    }

    /// Children are built in a scope that provides this subtree's options.
    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        let node = self.node;
        self.scope().run(|| build(node));
    }
}

impl Element<()> for WithTheme {
    fn create(_: ()) -> WithTheme {
        WithTheme {
            node: NodeId::create("WithTheme", NodeKind::Fragment),
            options: State::new(LocalOptions::default()),
        }
    }

    fn update(self, _: ()) {}
}

impl Default for WithTheme {
    fn default() -> Self {
        WithTheme::new()
    }
}

impl WithTheme {
    /// A subtree following the system colour mode and the app's theme.
    pub fn new() -> WithTheme {
        WithTheme::create(())
    }

    fn scope(self) -> Scope {
        let scope = Scope::new_child();
        scope.run(|| provide(Some(LOCAL_KEY), LocalTheme(self.options)));
        scope
    }

    /// `colorMode`: the subtree's colour mode.
    pub fn color_mode(self, mode: ThemeColorMode) -> Self {
        self.options.update(|o| o.color_mode = mode);
        self
    }

    /// `theme`: the subtree's custom theme (instead of the app's).
    pub fn theme(self, theme: CustomTheme) -> Self {
        self.options.update(|o| o.theme = Some(theme));
        self
    }

    /// Build the content inside the subtree (the builder-API form of children in `ui!`).
    pub fn content<V: View>(self, build: impl FnOnce() -> V) -> Self {
        let node = self.node;
        let child = self.scope().run(|| untrack(|| build().into_node()));
        node.append(child);
        self
    }
}
