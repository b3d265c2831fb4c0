//! What a `TabContent` shows in the tab bar, ArkUI's `tabBar(...)` argument: a label, a
//! `SubTabBarStyle` (text over an indicator line, or a board behind the text), a
//! `BottomTabBarStyle` (icon over a small label, for bottom bars), or a custom builder.

use std::rc::Rc;

use arkui_core::{Color, ImageSource, Length, LengthExt, NodeId, View};

/// How a `SubTabBarStyle` marks the selected tab, ArkUI's `SelectedMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SelectedMode {
    /// A line under the label (the default).
    #[default]
    Indicator,
    /// A rounded board behind the label.
    Board,
}

/// Colours and size of a tab's label, ArkUI's `LabelStyle` (unset: the theme's emphasised
/// and secondary text colours).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct LabelStyle {
    /// `font.size`.
    pub font_size: Option<Length>,
    /// `selectedColor`.
    pub selected_color: Option<Color>,
    /// `unselectedColor`.
    pub unselected_color: Option<Color>,
}

/// The line under a selected `SubTabBarStyle` tab, ArkUI's `IndicatorStyle`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndicatorStyle {
    /// `color` (unset: the theme's brand colour).
    pub color: Option<Color>,
    /// `height` (2 vp).
    pub height: Length,
    /// `width`; `None` is the label's width (ArkUI's 0).
    pub width: Option<Length>,
    /// `borderRadius` (0).
    pub border_radius: Length,
    /// `marginTop`: space between the label and the line (8 vp).
    pub margin_top: Length,
}

impl Default for IndicatorStyle {
    fn default() -> Self {
        IndicatorStyle {
            color: None,
            height: 2.vp(),
            width: None,
            border_radius: 0.vp(),
            margin_top: 8.vp(),
        }
    }
}

/// A text tab with an indicator or a board, ArkUI's `SubTabBarStyle`.
///
/// ```
/// use arkui_widgets::{SelectedMode, SubTabBarStyle};
/// let s = SubTabBarStyle::of("News").selected_mode(SelectedMode::Board);
/// assert_eq!(s.text(), "News");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SubTabBarStyle {
    pub(crate) text: String,
    pub(crate) indicator: IndicatorStyle,
    pub(crate) selected_mode: SelectedMode,
    pub(crate) board_radius: Length,
    pub(crate) label: LabelStyle,
}

impl SubTabBarStyle {
    /// `SubTabBarStyle.of(text)`.
    pub fn of(text: impl Into<String>) -> SubTabBarStyle {
        SubTabBarStyle {
            text: text.into(),
            indicator: IndicatorStyle::default(),
            selected_mode: SelectedMode::Indicator,
            board_radius: 8.vp(),
            label: LabelStyle::default(),
        }
    }

    /// `indicator`: the selected tab's line.
    pub fn indicator(mut self, style: IndicatorStyle) -> Self {
        self.indicator = style;
        self
    }

    /// `selectedMode`: a line (default) or a board.
    pub fn selected_mode(mut self, mode: SelectedMode) -> Self {
        self.selected_mode = mode;
        self
    }

    /// `board.borderRadius` (8 vp).
    pub fn board_radius(mut self, r: impl Into<Length>) -> Self {
        self.board_radius = r.into();
        self
    }

    /// `labelStyle`.
    pub fn label_style(mut self, style: LabelStyle) -> Self {
        self.label = style;
        self
    }

    /// The label.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// How a `BottomTabBarStyle` places its icon and label, ArkUI's `LayoutMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TabLayoutMode {
    /// Icon above the label (the default).
    #[default]
    Vertical,
    /// Icon before the label.
    Horizontal,
}

/// How a `BottomTabBarStyle` colours its icon, ArkUI's `TabBarIconStyle`: the icon is drawn
/// as a mask in the selected or unselected colour (unset: the theme's emphasised and
/// fourth-level icon colours, ArkUI's #FF007DFF and #33182431 family).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TabBarIconStyle {
    /// `selectedColor`.
    pub selected_color: Option<Color>,
    /// `unselectedColor`.
    pub unselected_color: Option<Color>,
}

/// An icon-and-label tab for bottom bars, ArkUI's `BottomTabBarStyle`. Icons are shown in
/// their own colours unless [`BottomTabBarStyle::icon_style`] tints them (ArkUI tints SVG
/// icons; a one-colour PNG icon with a transparent background tints the same way); a
/// `selected_icon` swaps the picture itself.
///
/// ```
/// use arkui_widgets::{BottomTabBarStyle, TabBarIconStyle};
/// let s = BottomTabBarStyle::of("icons/home.png", "Home")
///     .selected_icon("icons/home-on.png")
///     .icon_style(TabBarIconStyle::default());
/// assert_eq!(s.text(), "Home");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct BottomTabBarStyle {
    pub(crate) icon: ImageSource,
    pub(crate) selected_icon: Option<ImageSource>,
    pub(crate) text: String,
    pub(crate) layout_mode: TabLayoutMode,
    pub(crate) label: LabelStyle,
    pub(crate) icon_style: Option<TabBarIconStyle>,
}

impl BottomTabBarStyle {
    /// `BottomTabBarStyle.of(icon, text)`.
    pub fn of(icon: impl Into<ImageSource>, text: impl Into<String>) -> BottomTabBarStyle {
        BottomTabBarStyle {
            icon: icon.into(),
            selected_icon: None,
            text: text.into(),
            layout_mode: TabLayoutMode::Vertical,
            label: LabelStyle::default(),
            icon_style: None,
        }
    }

    /// `iconStyle`: tint the icon, in the selected colour while the tab is selected.
    pub fn icon_style(mut self, style: TabBarIconStyle) -> Self {
        self.icon_style = Some(style);
        self
    }

    /// The icon shown while the tab is selected (ArkUI's `TabBarSymbol.selected`).
    pub fn selected_icon(mut self, icon: impl Into<ImageSource>) -> Self {
        self.selected_icon = Some(icon.into());
        self
    }

    /// `layoutMode`: icon above (default) or before the label.
    pub fn layout_mode(mut self, mode: TabLayoutMode) -> Self {
        self.layout_mode = mode;
        self
    }

    /// `labelStyle`.
    pub fn label_style(mut self, style: LabelStyle) -> Self {
        self.label = style;
        self
    }

    /// The label.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// What a `TabContent` shows in the bar; `tab_bar` takes anything that converts: a string,
/// a [`SubTabBarStyle`], a [`BottomTabBarStyle`], or [`TabBarOptions::builder`].
#[derive(Clone)]
pub enum TabBarOptions {
    /// A label in the default (sub tab) look.
    Text(String),
    /// `SubTabBarStyle`.
    Sub(SubTabBarStyle),
    /// `BottomTabBarStyle`.
    Bottom(BottomTabBarStyle),
    /// A custom builder (ArkUI's `@Builder` tab bar): it styles itself, usually from the
    /// index it binds to the `Tabs`.
    Custom(Rc<dyn Fn() -> NodeId>),
}

impl std::fmt::Debug for TabBarOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TabBarOptions::Text(t) => f.debug_tuple("Text").field(t).finish(),
            TabBarOptions::Sub(s) => f.debug_tuple("Sub").field(s).finish(),
            TabBarOptions::Bottom(b) => f.debug_tuple("Bottom").field(b).finish(),
            TabBarOptions::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

impl TabBarOptions {
    /// A custom tab built by `build` each time the bar is built.
    pub fn builder<V: View>(build: impl Fn() -> V + 'static) -> TabBarOptions {
        TabBarOptions::Custom(Rc::new(move || build().into_node()))
    }

    /// The label, for the inspector and accessibility (none for a custom builder).
    pub fn label(&self) -> Option<&str> {
        match self {
            TabBarOptions::Text(t) => Some(t),
            TabBarOptions::Sub(s) => Some(&s.text),
            TabBarOptions::Bottom(b) => Some(&b.text),
            TabBarOptions::Custom(_) => None,
        }
    }
}

impl From<&str> for TabBarOptions {
    fn from(t: &str) -> Self {
        TabBarOptions::Text(t.to_string())
    }
}

impl From<String> for TabBarOptions {
    fn from(t: String) -> Self {
        TabBarOptions::Text(t)
    }
}

impl From<SubTabBarStyle> for TabBarOptions {
    fn from(s: SubTabBarStyle) -> Self {
        TabBarOptions::Sub(s)
    }
}

impl From<BottomTabBarStyle> for TabBarOptions {
    fn from(b: BottomTabBarStyle) -> Self {
        TabBarOptions::Bottom(b)
    }
}
