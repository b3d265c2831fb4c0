//! `SideBarContainer`: a side bar beside (or over) the content, shown and hidden by a
//! control button, ArkUI's `SideBarContainer`.

use arkui_core::{
    Color, CommonAttribute, Effect, Element, FlexDirection, Length, LengthExt, Link, LinkSource,
    NodeId, NodeKind, Positioning, State, Visibility, Widget, pct, untrack,
};

use crate::containers::Column;
use crate::text::Text;
use crate::theme::theme;

/// How the side bar shares the screen, ArkUI's `SideBarContainerType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SideBarContainerType {
    /// Beside the content, which narrows (the default).
    #[default]
    Embed,
    /// Over the content, which keeps its width.
    Overlay,
}

/// A side bar and content, ArkUI's `SideBarContainer`: the first child is the side bar, the
/// second the content. The control button (id `sidebar-control`) toggles the side bar.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::{Column, SideBarContainer};
/// let show = State::new(true);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     SideBarContainer::new()
///         .child(Column::new().id("bar"))
///         .child(Column::new().id("content"))
///         .side_bar_width(100.0)
///         .bind_show_side_bar(show)
/// });
/// assert_eq!(arkui_core::inspector_rect(&app.inspector_by_id("bar").unwrap()).unwrap().right(), 100.0);
/// app.click_id("sidebar-control").unwrap();
/// assert!(!show.get());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct SideBarContainer {
    node: NodeId,
    show: Link<bool>,
    width: State<Length>,
    kind: State<SideBarContainerType>,
    control: NodeId,
}

impl Widget for SideBarContainer {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<()> for SideBarContainer {
    fn create(_: ()) -> SideBarContainer {
        let node = NodeId::create("SideBarContainer", NodeKind::Flex);
        node.set_layout(|l| {
            l.width = pct(100.0);
            l.height = pct(100.0);
            l.direction = FlexDirection::Row;
        });
        let show = Link::from(State::new(true));
        let control = Column::new()
            .child(Text::new("≡").font_size(24.fp()))
            .width(40.vp())
            .height(40.vp())
            .justify_content(arkui_core::FlexAlign::Center)
            .align_items(arkui_core::HorizontalAlign::Center)
            .position(8.vp(), 8.vp())
            .z_index(10)
            .on_click(move |_| {
                let on = untrack(|| show.try_get().unwrap_or(true));
                show.set(!on);
            })
            .id("sidebar-control");
        let s = SideBarContainer {
            node,
            show,
            width: State::new(240.vp()),
            kind: State::new(SideBarContainerType::Embed),
            control: control.node(),
        };
        node.append(s.control);
        Effect::new(move || {
            let on = s.show.try_get().unwrap_or(true);
            let (width, kind) = (s.width.get(), s.kind.get());
            untrack(|| s.arrange(on, width, kind));
        });
        s
    }

    fn update(self, _: ()) {}
}

impl Default for SideBarContainer {
    fn default() -> Self {
        SideBarContainer::new()
    }
}

impl SideBarContainer {
    /// An empty container: add the side bar, then the content.
    pub fn new() -> SideBarContainer {
        SideBarContainer::create(())
    }

    /// Add the side bar (first) or the content (second).
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.node.append(child.into_node());
        self.rearrange();
        self
    }

    /// `showSideBar` (one-way).
    pub fn show_side_bar(self, on: bool) -> Self {
        self.show.set(on);
        self
    }

    /// Two-way `showSideBar` (`$$`).
    pub fn bind_show_side_bar(self, source: impl LinkSource<bool>) -> Self {
        self.show.bind(source);
        self
    }

    /// `sideBarWidth` (default 240 vp).
    pub fn side_bar_width(self, w: impl Into<Length>) -> Self {
        self.width.set(w.into());
        self
    }

    /// `SideBarContainer(type)`: beside or over the content.
    pub fn container_type(self, t: SideBarContainerType) -> Self {
        self.kind.set(t);
        self.node
            .set_inspector_attr("type", format!("SideBarContainerType.{t:?}"));
        self
    }

    /// `showControlButton`.
    pub fn show_control_button(self, on: bool) -> Self {
        self.control.set_layout(|l| {
            l.visibility = if on {
                Visibility::Visible
            } else {
                Visibility::None
            };
        });
        self
    }

    fn rearrange(self) {
        let (on, width, kind) = untrack(|| {
            (
                self.show.try_get().unwrap_or(true),
                self.width.get(),
                self.kind.get(),
            )
        });
        self.arrange(on, width, kind);
    }

    /// Place the side bar and the content for the current settings.
    fn arrange(self, on: bool, width: Length, kind: SideBarContainerType) {
        self.node.set_inspector_attr("showSideBar", on.to_string());
        // The control button stays last, above both.
        let mut kids: Vec<NodeId> = self
            .node
            .children()
            .into_iter()
            .filter(|c| *c != self.control)
            .collect();
        let (bar, content) = (kids.first().copied(), kids.get(1).copied());
        kids.push(self.control);
        self.node.set_children(kids);
        let bar_bg = theme().background_secondary;
        if let Some(bar) = bar {
            bar.set_layout(|l| {
                l.width = width;
                l.height = pct(100.0);
                l.flex_shrink = Some(0.0);
                l.visibility = if on {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
                // Overlay: out of the flow, above the content, which keeps the full width.
                l.positioning = match kind {
                    SideBarContainerType::Embed => Positioning::InFlow,
                    SideBarContainerType::Overlay => Positioning::Absolute {
                        x: 0.vp(),
                        y: 0.vp(),
                    },
                };
                l.z_index = 1;
            });
            bar.set_visual(|v| {
                if v.background_color == Color::TRANSPARENT {
                    v.background_color = bar_bg;
                }
            });
        }
        if let Some(content) = content {
            content.set_layout(|l| {
                l.height = pct(100.0);
                l.flex_grow = 1.0;
                l.flex_basis = 0.vp();
            });
        }
    }
}
