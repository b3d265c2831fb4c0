//! `SideBarContainer`: a side bar beside (or over) the content, shown and hidden by a
//! control button, ArkUI's `SideBarContainer`.

use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Effect, Element, FlexDirection, Gesture, Length, LengthExt, Link,
    LinkSource, NodeId, NodeKind, PanDirection, Positioning, State, Visibility, Widget, pct,
    untrack,
};

use crate::containers::Column;
use crate::text::Text;
use crate::theme::theme;

type ChangeHandler = Rc<dyn Fn(bool)>;

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
    /// The strip at the side bar's edge that drags its width.
    divider: NodeId,
    /// `minSideBarWidth` / `maxSideBarWidth` in vp, when set.
    min_width: State<Option<f32>>,
    max_width: State<Option<f32>>,
    auto_hide: State<bool>,
    on_change: State<Option<ChangeHandler>>,
}

impl Widget for SideBarContainer {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<(SideBarContainerType,)> for SideBarContainer {
    fn create((t,): (SideBarContainerType,)) -> SideBarContainer {
        SideBarContainer::create(()).container_type(t)
    }

    fn update(self, (t,): (SideBarContainerType,)) {
        self.container_type(t);
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
        let divider = Column::new()
            .width(8.vp())
            .height(pct(100.0))
            .z_index(2)
            .id("sidebar-divider")
            .node();
        let s = SideBarContainer {
            node,
            show,
            width: State::new(240.vp()),
            kind: State::new(SideBarContainerType::Embed),
            control: control.node(),
            divider,
            min_width: State::new(None),
            max_width: State::new(None),
            auto_hide: State::new(true),
            on_change: State::new(None),
        };
        node.append(s.divider);
        node.append(s.control);
        s.install_drag();
        let shown_before: State<Option<bool>> = State::new(None);
        Effect::new(move || {
            let on = s.show.try_get().unwrap_or(true);
            let (width, kind) = (s.width.get(), s.kind.get());
            let (min, max) = (s.min_width.get(), s.max_width.get());
            untrack(|| {
                s.arrange(on, s.clamp(width, min, max), kind);
                // `onChange` hears every change after the first arrangement.
                let before = shown_before.get();
                shown_before.set(Some(on));
                if before.is_some_and(|b| b != on)
                    && let Some(f) = s.on_change.get()
                {
                    f(on);
                }
            });
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

    /// `SideBarContainer(type)`: a container of this type (the constructor argument).
    pub fn with_type(t: SideBarContainerType) -> SideBarContainer {
        SideBarContainer::create((t,))
    }

    /// `minSideBarWidth`: the narrowest the side bar gets, set or dragged (unset: no
    /// lower bound; ArkUI's 240 vp default is not imposed, so `side_bar_width` is taken as
    /// written).
    pub fn min_side_bar_width(self, w: f32) -> Self {
        self.min_width.set(w.is_finite().then_some(w.max(0.0)));
        self
    }

    /// `maxSideBarWidth`: the widest the side bar gets, set or dragged (unset: no upper
    /// bound).
    pub fn max_side_bar_width(self, w: f32) -> Self {
        self.max_width.set(w.is_finite().then_some(w.max(0.0)));
        self
    }

    /// `autoHide`: dragging the side bar narrower than its minimum hides it (default true).
    pub fn auto_hide(self, on: bool) -> Self {
        self.auto_hide.set(on);
        self
    }

    /// `onChange`: called with the new state whenever the side bar shows or hides.
    pub fn on_change(self, f: impl Fn(bool) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// The side bar width to use: vp widths clamped to the minimum and maximum set.
    fn clamp(self, width: Length, min: Option<f32>, max: Option<f32>) -> Length {
        match width {
            Length::Vp(v) => {
                let v = min.map_or(v, |m| v.max(m));
                Length::Vp(max.map_or(v, |m| v.min(m)))
            }
            other => other,
        }
    }

    /// Dragging the strip at the side bar's edge resizes it (within the minimum and the
    /// maximum); past the minimum with `auto_hide`, the side bar hides.
    fn install_drag(self) {
        let density = crate::popup::density();
        let start = Rc::new(std::cell::Cell::new(0.0f32));
        let at_start = start.clone();
        let pan = Gesture::pan(PanDirection::Horizontal)
            .on_action_start(move |_| {
                let start = &at_start;
                let bar = self.bar();
                start.set(
                    bar.and_then(|b| b.rect())
                        .map_or(0.0, |r| r.width / density),
                );
            })
            .on_action_update(move |e| {
                let wanted = start.get() + e.offset_x;
                let (min, max) = untrack(|| (self.min_width.get(), self.max_width.get()));
                if untrack(|| self.auto_hide.get()) && min.is_some_and(|m| wanted < m) {
                    self.show.set(false);
                    return;
                }
                self.width
                    .set(self.clamp(Length::Vp(wanted.max(0.0)), min, max));
            });
        self.divider.gesture(pan);
    }

    /// The side bar: the first child that is not the container's own.
    fn bar(self) -> Option<NodeId> {
        self.node
            .children()
            .into_iter()
            .find(|c| *c != self.control && *c != self.divider)
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
        // The divider and the control button stay last, above both.
        let mut kids: Vec<NodeId> = self
            .node
            .children()
            .into_iter()
            .filter(|c| *c != self.control && *c != self.divider)
            .collect();
        let (bar, content) = (kids.first().copied(), kids.get(1).copied());
        kids.push(self.divider);
        kids.push(self.control);
        self.node.set_children(kids);
        // The divider sits on the side bar's edge, out of the flow, while it shows.
        self.divider.set_layout(|l| {
            l.positioning = Positioning::Absolute {
                x: match width {
                    Length::Vp(v) => Length::Vp((v - 4.0).max(0.0)),
                    other => other,
                },
                y: 0.vp(),
            };
            l.visibility = if on && bar.is_some() {
                Visibility::Visible
            } else {
                Visibility::None
            };
        });
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
