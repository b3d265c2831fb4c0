//! The traits `ui!` builds on: [`Widget`] (a handle to a node), [`View`] (something that can
//! be placed in the tree), [`Element`] (something `ui!` can create from arguments), and the
//! universal attributes every component has, [`CommonAttribute`].

use arkui_renderer::Color;

use crate::reactive::Scope;
use crate::tree::{ClickEvent, ItemAlign, NodeId, NodeKind, Visibility};
use crate::{Edges, Length};

/// A `Copy` handle to a component instance.
pub trait Widget: Copy + 'static {
    /// The node attributes apply to.
    fn node(self) -> NodeId;

    /// The node a parent attaches. The same as [`Widget::node`] for built-in components; a
    /// custom component attaches the fragment that owns its view.
    fn outer(self) -> NodeId {
        self.node()
    }

    /// Called by `ui!` after named arguments and children were applied, before the
    /// attributes: custom components run their `build` here. Built-ins do nothing.
    fn finish(self) {}

    /// The `{ children }` block of `ui!`, as a builder that fills a container. Built-ins
    /// build the children into their own node now; custom components keep the builder for
    /// their `#[builder_param]` slot and call it from their `build`.
    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.node());
    }
}

/// Something that can be placed in the tree: any widget, or a bare node.
pub trait View {
    /// The node to attach under a parent.
    fn into_node(self) -> NodeId;
}

impl<W: Widget> View for W {
    fn into_node(self) -> NodeId {
        self.outer()
    }
}

impl Widget for NodeId {
    fn node(self) -> NodeId {
        self
    }
}

/// A component `ui!` can create: `Name(args)` becomes `<Name as Element<(args,)>>::create`.
///
/// One type may implement `Element` for several argument tuples (`Button()` and
/// `Button("label")`). When a positional argument reads state, `update` is called with the
/// new arguments instead of re-creating the component.
///
/// Argument types are concrete (`Element<(String,)>`, not `Element<(S,)>` with
/// `S: Into<String>`): `ui!` converts each argument on its own through
/// [`crate::macro_support::FromArgument`], so a wrong one is reported at its tokens.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be created with the arguments `{A}`",
    label = "these arguments do not match any constructor of `{Self}`",
    note = "check the component's documentation for the arguments it takes"
)]
pub trait Element<A>: Widget {
    /// Create the component (its node is created in the current scope).
    fn create(args: A) -> Self;
    /// Positional arguments changed.
    fn update(self, args: A);
}

fn note(id: NodeId, prop: crate::animation::AnimProp) {
    crate::tree::with_tree(|t| crate::animation::note(t, id, prop));
}

use crate::animation::AnimProp;

/// Universal attributes, ArkUI's common attributes, on every component.
///
/// ```
/// use arkui_core::{CommonAttribute, Length, LengthExt, NodeId, NodeKind, pct};
/// let n = NodeId::create("Column", NodeKind::Flex).width(pct(100.0)).padding(16.vp());
/// let attrs = n.layout_attrs().unwrap();
/// assert_eq!(attrs.width, Length::Percent(100.0));
/// assert_eq!(attrs.padding.top, Length::Vp(16.0));
/// ```
pub trait CommonAttribute: Widget {
    /// `width`.
    fn width(self, v: impl Into<Length>) -> Self {
        note(self.node(), AnimProp::Width);
        let v = v.into();
        self.node().set_layout(|a| a.width = v);
        self
    }
    /// `height`.
    fn height(self, v: impl Into<Length>) -> Self {
        note(self.node(), AnimProp::Height);
        let v = v.into();
        self.node().set_layout(|a| a.height = v);
        self
    }
    /// `size`: width and height.
    fn size(self, width: impl Into<Length>, height: impl Into<Length>) -> Self {
        self.width(width).height(height)
    }
    /// `constraintSize`: minimum and maximum width and height (`Length::Auto` for none).
    fn constraint_size(
        self,
        min_width: impl Into<Length>,
        max_width: impl Into<Length>,
        min_height: impl Into<Length>,
        max_height: impl Into<Length>,
    ) -> Self {
        let (a, b, c, d) = (
            min_width.into(),
            max_width.into(),
            min_height.into(),
            max_height.into(),
        );
        self.node().set_layout(|l| {
            l.min_width = a;
            l.max_width = b;
            l.min_height = c;
            l.max_height = d;
        });
        self
    }
    /// `padding`, uniform or per edge.
    fn padding(self, v: impl Into<Edges>) -> Self {
        let v = v.into();
        self.node().set_layout(|a| a.padding = v);
        self
    }
    /// `margin`, uniform or per edge.
    fn margin(self, v: impl Into<Edges>) -> Self {
        let v = v.into();
        self.node().set_layout(|a| a.margin = v);
        self
    }
    /// `layoutWeight`: share of the remaining main-axis space in Row/Column.
    fn layout_weight(self, weight: f32) -> Self {
        self.node().set_layout(|a| {
            a.layout_weight = weight;
            a.flex_grow = weight;
            a.flex_shrink = Some(1.0);
            a.flex_basis = Length::Vp(0.0);
        });
        self
    }
    /// `flexGrow`.
    fn flex_grow(self, v: f32) -> Self {
        self.node().set_layout(|a| a.flex_grow = v);
        self
    }
    /// `flexShrink`.
    fn flex_shrink(self, v: f32) -> Self {
        self.node().set_layout(|a| a.flex_shrink = Some(v));
        self
    }
    /// `flexBasis`.
    fn flex_basis(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.node().set_layout(|a| a.flex_basis = v);
        self
    }
    /// `alignSelf`.
    fn align_self(self, v: ItemAlign) -> Self {
        self.node().set_layout(|a| a.align_self = v);
        self
    }
    /// `aspectRatio` (width / height).
    fn aspect_ratio(self, v: f32) -> Self {
        self.node().set_layout(|a| a.aspect_ratio = Some(v));
        self
    }
    /// ArkUI's universal `align`: where the content sits in the component's box. A Stack's
    /// children (as `alignContent`), a Button's label, a Text's lines vertically (their
    /// horizontal place is `textAlign`'s). Other components ignore it, as in ArkUI.
    ///
    /// ```
    /// use arkui_core::{Alignment, App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// let text = NodeId::create("Text", NodeKind::Text);
    /// text.set_text(|t| t.content = "hi".into());
    /// let text = text.height(100.0).align(Alignment::Bottom);
    /// assert_eq!(text.text_attrs().unwrap().vertical_align, 1.0);
    /// ```
    fn align(self, a: crate::Alignment) -> Self {
        use crate::{Alignment as A, FlexAlign, FlexDirection};
        let (h, v) = match a {
            A::TopStart => (0.0, 0.0),
            A::Top => (0.5, 0.0),
            A::TopEnd => (1.0, 0.0),
            A::Start => (0.0, 0.5),
            A::Center => (0.5, 0.5),
            A::End => (1.0, 0.5),
            A::BottomStart => (0.0, 1.0),
            A::Bottom => (0.5, 1.0),
            A::BottomEnd => (1.0, 1.0),
        };
        let n = self.node();
        match n.tag() {
            Some("Stack") => n.set_layout(|l| l.stack_align = a),
            Some("Text") => n.set_text(|t| t.vertical_align = v),
            Some("Button") => {
                let pack = |share: f32| match share {
                    s if s < 0.25 => FlexAlign::Start,
                    s if s > 0.75 => FlexAlign::End,
                    _ => FlexAlign::Center,
                };
                let cross = |share: f32| match share {
                    s if s < 0.25 => ItemAlign::Start,
                    s if s > 0.75 => ItemAlign::End,
                    _ => ItemAlign::Center,
                };
                n.set_layout(|l| {
                    let row = matches!(l.direction, FlexDirection::Row | FlexDirection::RowReverse);
                    let (main, across) = if row { (h, v) } else { (v, h) };
                    l.justify_content = pack(main);
                    l.align_items = cross(across);
                });
            }
            _ => {}
        }
        self
    }
    /// `visibility`.
    fn visibility(self, v: Visibility) -> Self {
        self.node().set_layout(|a| a.visibility = v);
        self
    }
    /// `position`: take the component out of the flow and place it at `(x, y)` from its
    /// parent's top-left.
    fn position(self, x: impl Into<Length>, y: impl Into<Length>) -> Self {
        let (x, y) = (x.into(), y.into());
        self.node()
            .set_layout(|a| a.positioning = crate::Positioning::Absolute { x, y });
        self
    }
    /// `offset`: lay out in the flow, then shift by `(x, y)`.
    fn offset(self, x: impl Into<Length>, y: impl Into<Length>) -> Self {
        let (x, y) = (x.into(), y.into());
        self.node()
            .set_layout(|a| a.positioning = crate::Positioning::Offset { x, y });
        self
    }
    /// `markAnchor`: the point of this component, from its top-left, that `position` or
    /// `offset` places (alone, it works as an offset by `(-x, -y)`). Percentages are of the
    /// component's own size: `mark_anchor(pct(50.0), pct(50.0))` centres it on its position.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, pct};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let stage = NodeId::create("Stack", NodeKind::Stack).width(200.0).height(100.0);
    ///     let dot = NodeId::create("Column", NodeKind::Flex).width(20.0).height(10.0);
    ///     stage.append(dot.position(100.0, 50.0).mark_anchor(pct(50.0), pct(50.0)).id("dot"));
    ///     stage
    /// });
    /// let dot = app.inspector_by_id("dot").unwrap();
    /// // The stage starts at x = 60 on the 320 px wide iot screen.
    /// assert_eq!(dot["$rect"], "[150.00, 45.00],[170.00,55.00]");
    /// assert_eq!(dot["$attrs"]["markAnchor"], "{x: 50.00%, y: 50.00%}");
    /// ```
    fn mark_anchor(self, x: impl Into<Length>, y: impl Into<Length>) -> Self {
        let anchor = (x.into(), y.into());
        self.node().set_layout(|a| a.mark_anchor = anchor);
        self
    }
    /// `zIndex`: siblings with higher values are drawn (and hit) on top.
    fn z_index(self, z: i32) -> Self {
        self.node().set_layout(|a| a.z_index = z);
        self
    }
    /// `displayPriority` (default 1): when the children of a single-line Row, Column or Flex
    /// do not fit its main axis and some child's priority is above 1, the lowest priorities
    /// are hidden — equal priorities together — until the rest fit. A hidden child is laid
    /// out as `Visibility::None` and the inspector reports it so; it comes back when there is
    /// room again. Siblings with a `layoutWeight` turn this off, as in ArkUI.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, FlexDirection, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let row = NodeId::create("Row", NodeKind::Flex).width(100.0);
    ///     row.set_layout(|a| a.direction = FlexDirection::Row);
    ///     for (key, p) in [("a", 3), ("b", 1), ("c", 2)] {
    ///         let child = NodeId::create("Column", NodeKind::Flex).width(40.0).height(10.0);
    ///         row.append(child.display_priority(p).id(key));
    ///     }
    ///     row
    /// });
    /// let b = app.inspector_by_id("b").unwrap();
    /// assert_eq!(b["$attrs"]["visibility"], "Visibility.None");
    /// let c = app.inspector_by_id("c").unwrap();
    /// assert_eq!(c["$attrs"]["visibility"], "Visibility.Visible");
    /// ```
    fn display_priority(self, p: u32) -> Self {
        self.node().set_layout(|a| a.display_priority = p);
        self
    }
    /// `backgroundColor`.
    fn background_color(self, c: Color) -> Self {
        note(self.node(), AnimProp::BackgroundColor);
        self.node().set_visual(|v| v.background_color = c);
        self
    }
    /// `borderRadius`, the same on every corner.
    fn border_radius(self, r: impl Into<Length>) -> Self {
        note(self.node(), AnimProp::BorderRadius);
        let r = r.into();
        self.node().set_visual(|v| v.border_radius = [r; 4]);
        self
    }
    /// `borderWidth`, the same on every side.
    fn border_width(self, w: impl Into<Length>) -> Self {
        let w: Edges = w.into().into();
        self.node().set_layout(|a| a.border_width = w);
        self
    }
    /// `borderColor`.
    fn border_color(self, c: Color) -> Self {
        note(self.node(), AnimProp::BorderColor);
        self.node().set_visual(|v| v.border_color = c);
        self
    }
    /// `border`: width, colour and radius at once.
    fn border(self, width: impl Into<Length>, color: Color, radius: impl Into<Length>) -> Self {
        self.border_width(width)
            .border_color(color)
            .border_radius(radius)
    }
    /// `opacity`, 0..=1.
    fn opacity(self, o: f32) -> Self {
        note(self.node(), AnimProp::Opacity);
        self.node().set_visual(|v| {
            v.opacity = if o.is_finite() {
                o.clamp(0.0, 1.0)
            } else {
                1.0
            }
        });
        self
    }
    /// `clip`: cut children to this component's box.
    fn clip(self, clip: bool) -> Self {
        self.node().set_visual(|v| v.clip = clip);
        self
    }
    /// `id`: the key tests and the inspector find this component by.
    fn id(self, key: impl Into<String>) -> Self {
        self.node().set_key(key);
        self
    }
    /// `onAppear`: called once, after the first frame that shows this component.
    fn on_appear(self, f: impl Fn() + 'static) -> Self {
        self.node().set_on_appear(f);
        self
    }
    /// `onDisAppear`: called when this component is unmounted.
    fn on_disappear(self, f: impl Fn() + 'static) -> Self {
        self.node().set_on_disappear(f);
        self
    }
    /// `translate`: draw shifted by `(x, y)` (layout is unaffected).
    fn translate(self, x: impl Into<Length>, y: impl Into<Length>) -> Self {
        note(self.node(), AnimProp::Translate);
        let (x, y) = (x.into(), y.into());
        self.node().set_visual(|v| v.translate = (x, y));
        self
    }
    /// `scale` about the centre (layout is unaffected).
    fn scale(self, x: f32, y: f32) -> Self {
        note(self.node(), AnimProp::Scale);
        let ok = |v: f32| if v.is_finite() { v } else { 1.0 };
        self.node().set_visual(|v| v.scale = (ok(x), ok(y)));
        self
    }
    /// `rotate` by `degrees` about the centre (layout is unaffected).
    fn rotate(self, degrees: f32) -> Self {
        note(self.node(), AnimProp::Rotate);
        let d = if degrees.is_finite() { degrees } else { 0.0 };
        self.node().set_visual(|v| v.rotate = d);
        self
    }
    /// `animation`: the animatable attributes set before this call in the chain animate with
    /// `param` whenever they change later (ArkUI's implicit animation).
    fn animation(self, param: crate::AnimateParam) -> Self {
        let id = self.node();
        crate::tree::with_tree(|t| crate::animation::set_implicit(t, id, param));
        self
    }
    /// `transition`: how this component appears when inserted and disappears when removed.
    fn transition(self, effect: crate::TransitionEffect) -> Self {
        let id = self.node();
        crate::tree::with_tree(|t| {
            if let Some(n) = t.nodes.get_mut(id) {
                n.animation_mut().transition = Some(effect);
            }
        });
        self
    }
    /// `focusable`: can this component take focus (default: when it handles clicks).
    fn focusable(self, on: bool) -> Self {
        self.node().set_interaction(|i| i.focusable = Some(on));
        self
    }
    /// `tabIndex`: positive values come first in Tab order, ascending.
    fn tab_index(self, index: i32) -> Self {
        self.node().set_interaction(|i| i.tab_index = index);
        self
    }
    /// `defaultFocus`: focused when the page first takes focus (the TV profile does at once).
    fn default_focus(self, on: bool) -> Self {
        self.node().set_interaction(|i| i.default_focus = on);
        self
    }
    /// `groupDefaultFocus`: focused when focus enters its focus group.
    fn group_default_focus(self, on: bool) -> Self {
        self.node().set_interaction(|i| i.group_default_focus = on);
        self
    }
    /// Make this container a focus group: focus coming back into it returns to the child that
    /// had focus last.
    fn focus_group(self, on: bool) -> Self {
        self.node().set_interaction(|i| i.focus_group = on);
        self
    }
    /// Explicit next focus: pressing `dir` moves focus to the component with `.id(id)`.
    fn next_focus(self, dir: crate::FocusDirection, id: impl Into<String>) -> Self {
        let id = id.into();
        self.node().set_interaction(|i| {
            let next = &mut i.handlers_mut().next_focus;
            next.retain(|(d, _)| *d != dir);
            next.push((dir, id));
        });
        self
    }
    /// `enabled`: a disabled component takes no clicks, keys or focus.
    fn enabled(self, on: bool) -> Self {
        self.node().set_interaction(|i| i.disabled = !on);
        self.node().set_inspector_attr("enabled", on.to_string());
        if let Some(f) = self.node().enabled_hook() {
            f(on);
        }
        self
    }
    /// `hitTestBehavior`.
    fn hit_test_behavior(self, mode: crate::HitTestMode) -> Self {
        self.node().set_interaction(|i| i.hit_test = mode);
        self
    }
    /// `onFocus`.
    fn on_focus(self, f: impl Fn() + 'static) -> Self {
        self.node()
            .set_interaction(|i| i.handlers_mut().on_focus = Some(std::rc::Rc::new(f)));
        self
    }
    /// `onBlur`.
    fn on_blur(self, f: impl Fn() + 'static) -> Self {
        self.node()
            .set_interaction(|i| i.handlers_mut().on_blur = Some(std::rc::Rc::new(f)));
        self
    }
    /// `onKeyEvent`: return `true` when handled (stops bubbling and default navigation).
    fn on_key_event(self, f: impl Fn(&crate::KeyEvent) -> bool + 'static) -> Self {
        self.node()
            .set_interaction(|i| i.handlers_mut().on_key = Some(std::rc::Rc::new(f)));
        self
    }
    /// `onHover`: called with `true` when a mouse pointer enters, `false` when it leaves.
    fn on_hover(self, f: impl Fn(bool) + 'static) -> Self {
        self.node()
            .set_interaction(|i| i.handlers_mut().on_hover = Some(std::rc::Rc::new(f)));
        self
    }
    /// `onTouch`: raw touch events on this component.
    fn on_touch(self, f: impl Fn(&crate::TouchEvent) + 'static) -> Self {
        self.node()
            .set_interaction(|i| i.handlers_mut().on_touch = Some(std::rc::Rc::new(f)));
        self
    }
    /// `gesture`: recognise `g` on this component (its children's gestures win).
    fn gesture(self, g: crate::Gesture) -> Self {
        self.node().set_interaction(|i| {
            i.handlers_mut()
                .gestures
                .push((g, crate::GesturePriority::Normal))
        });
        self
    }
    /// `priorityGesture`: recognise `g` before its children's gestures.
    fn priority_gesture(self, g: crate::Gesture) -> Self {
        self.node().set_interaction(|i| {
            i.handlers_mut()
                .gestures
                .push((g, crate::GesturePriority::High))
        });
        self
    }
    /// `parallelGesture`: recognise `g` alongside its children's gestures.
    fn parallel_gesture(self, g: crate::Gesture) -> Self {
        self.node().set_interaction(|i| {
            i.handlers_mut()
                .gestures
                .push((g, crate::GesturePriority::Parallel))
        });
        self
    }
    /// `responseRegion`: the area that takes touches, relative to this component (percent of
    /// its own size allowed), e.g. larger than a small icon.
    fn response_region(
        self,
        x: impl Into<Length>,
        y: impl Into<Length>,
        w: impl Into<Length>,
        h: impl Into<Length>,
    ) -> Self {
        let r = (x.into(), y.into(), w.into(), h.into());
        self.node()
            .set_interaction(|i| i.handlers_mut().response_region = Some(r));
        self
    }
    /// `onAreaChange`: called with the old and new area (window pixels) after a layout moved or
    /// resized this component.
    fn on_area_change(
        self,
        f: impl Fn(arkui_renderer::Rect, arkui_renderer::Rect) + 'static,
    ) -> Self {
        let id = self.node();
        id.set_interaction(|i| i.handlers_mut().on_area_change = Some(std::rc::Rc::new(f)));
        crate::tree::with_tree(|t| {
            if !t.area_watch.contains(&id) {
                t.area_watch.push(id);
            }
        });
        self
    }
    /// `onVisibleAreaChange(ratios, f)`: `f(is_expanding, ratio)` each time the share of
    /// this component that shows (inside the window and every clipping ancestor; zero when
    /// hidden) crosses one of `ratios` (0..=1; 0 means "any of it shows"). The first layout
    /// reports from 0, so a component that appears whole hears `(true, 1.0)`.
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, pct};
    /// let seen = Rc::new(RefCell::new(Vec::new()));
    /// let s = seen.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let scroll = NodeId::create("Scroll", NodeKind::Scroll).width(pct(100.0)).height(pct(100.0));
    ///     let column = NodeId::create("Column", NodeKind::Flex);
    ///     column.append(NodeId::create("Gap", NodeKind::Leaf).height(200.0));
    ///     column.append(NodeId::create("Card", NodeKind::Leaf).height(100.0).width(100.0)
    ///         .on_visible_area_change(vec![0.0, 1.0], move |up, r| s.borrow_mut().push((up, r)))
    ///         .id("card"));
    ///     column.append(NodeId::create("Gap", NodeKind::Leaf).height(400.0));
    ///     scroll.append(column);
    ///     scroll.id("s")
    /// });
    /// app.frame();
    /// // 40 of its 100 px show above the 240 px screen's bottom edge.
    /// assert_eq!(*seen.borrow(), [(true, 0.4)]);
    /// app.find_by_id("s").unwrap().set_scroll_offset(0.0, 100.0);
    /// app.frame();
    /// assert_eq!(seen.borrow().last(), Some(&(true, 1.0)));
    /// app.find_by_id("s").unwrap().set_scroll_offset(0.0, 400.0);
    /// app.frame();
    /// assert_eq!(seen.borrow().last(), Some(&(false, 0.0)));
    /// ```
    fn on_visible_area_change(self, ratios: Vec<f32>, f: impl Fn(bool, f32) + 'static) -> Self {
        crate::passes::visible_area::set_on_visible_area_change(
            self.node(),
            ratios,
            std::rc::Rc::new(f),
        );
        self
    }
    /// `onClick`.
    fn on_click(self, f: impl Fn(&ClickEvent) + 'static) -> Self {
        self.node().set_on_click(f);
        self
    }
}

impl<W: Widget> CommonAttribute for W {}

/// Lifecycle callbacks of custom components, ArkUI's `aboutToAppear` and
/// `aboutToDisappear`. `#[component]` implements this trait with empty defaults; define
/// inherent methods of the same names on your component to be called instead.
pub trait ComponentLifecycle {
    /// Called after the component's state exists and before `build` runs.
    fn about_to_appear(&self) {}
    /// Called when the component is about to be unmounted, before its state is freed.
    fn about_to_disappear(&self) {}
    /// A `#[reusable]` component taken from its reuse pool: the parent's new arguments are
    /// in `params` (`#[prop]` / `#[param]` fields already hold them). Runs instead of
    /// `about_to_appear`; nothing is built.
    fn about_to_reuse(&self, params: &crate::ReuseParams) {
        let _ = params;
    }
    /// A `#[reusable]` component leaving the tree for its reuse pool, instead of
    /// `about_to_disappear`: its state and nodes are kept.
    fn about_to_recycle(&self) {}
}

/// A builder that runs at most once, shared so the slot handle stays `Clone`.
type OnceBuilder = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce(NodeId)>>>>;

/// What fills a [`BuilderParam`].
#[derive(Clone)]
enum Slot {
    /// A closure (named argument): can build the content any number of times.
    Many(std::rc::Rc<dyn Fn(NodeId)>),
    /// Trailing `{ children }`: built once, the first time the slot is shown.
    Once(OnceBuilder),
}

/// A component's slot for content its parent passes, ArkUI's `@BuilderParam`: either the
/// trailing `{ children }` block in `ui!` (shown once) or a named argument closure
/// (`content = || ui! { .. }`, which can be shown any number of times).
///
/// ```
/// use arkui_core::{BuilderParam, NodeId, NodeKind};
/// let slot = BuilderParam::new();
/// slot.set(std::rc::Rc::new(|parent: NodeId| parent.append(NodeId::create("Text", NodeKind::Text))));
/// assert_eq!(slot.view().children().len(), 1);
/// assert_eq!(slot.view().children().len(), 1); // a closure slot rebuilds
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuilderParam {
    builder: crate::State<Option<Slot>>,
}

impl Default for BuilderParam {
    fn default() -> Self {
        BuilderParam::new()
    }
}

impl BuilderParam {
    /// An empty slot (shows nothing until the parent fills it).
    pub fn new() -> BuilderParam {
        BuilderParam {
            builder: crate::State::new(None),
        }
    }

    /// Fill the slot with a rebuildable builder.
    pub fn set(&self, build: std::rc::Rc<dyn Fn(NodeId)>) {
        self.builder.set(Some(Slot::Many(build)));
    }

    /// Fill the slot with a builder that runs once (trailing children in `ui!`).
    pub fn set_once(&self, build: Box<dyn FnOnce(NodeId)>) {
        self.builder
            .set(Some(Slot::Once(std::rc::Rc::new(std::cell::RefCell::new(
                Some(build),
            )))));
    }

    /// Fill the slot from a closure producing a view.
    pub fn set_view<V: View>(&self, f: impl Fn() -> V + 'static) {
        self.set(std::rc::Rc::new(move |parent: NodeId| {
            parent.append(f().into_node())
        }));
    }

    /// Whether the parent filled the slot.
    pub fn is_set(&self) -> bool {
        crate::untrack(|| self.builder.with(Option::is_some))
    }

    /// Build the slot's content into a fresh container (empty when unfilled).
    pub fn view(&self) -> NodeId {
        let container = NodeId::create("BuilderParam", NodeKind::Fragment);
        match crate::untrack(|| self.builder.get()) {
            Some(Slot::Many(build)) => build(container),
            Some(Slot::Once(cell)) => match cell.borrow_mut().take() {
                Some(build) => build(container),
                None => log::error!(
                    "trailing children of a component can be shown once; pass a closure \
                     (`content = || ui! {{ .. }}`) to show the slot several times"
                ),
            },
            None => {}
        }
        container
    }
}

/// Marks a page root, ArkUI's `@Entry` (generated by `#[entry]`).
pub trait EntryComponent: Element<()> {}

/// The machinery `#[component]` generates into each custom component: its scope and the
/// fragment node its built view hangs from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComponentCore {
    scope: Scope,
    holder: NodeId,
}

impl ComponentCore {
    /// A component instance named `name`, owned by the current scope.
    pub fn new(name: &'static str) -> ComponentCore {
        let scope = Scope::new_child();
        // Reusable components below keep their pool here, as ArkUI pools per parent.
        scope.mark_reuse_host();
        let holder = scope.run(|| NodeId::create(name, NodeKind::Fragment));
        ComponentCore { scope, holder }
    }

    /// The scope the component's state lives in.
    pub fn scope(self) -> Scope {
        self.scope
    }

    /// Run the component's `build` in its scope and attach the result.
    pub fn build<V: View>(self, build: impl FnOnce() -> V) {
        let holder = self.holder;
        self.scope.run(|| {
            let root = build().into_node();
            holder.append(root);
        });
    }

    /// The node universal attributes on the instance apply to: the root of its view.
    pub fn node(self) -> NodeId {
        self.holder
            .children()
            .first()
            .copied()
            .unwrap_or(self.holder)
    }

    /// The fragment holding the component's view (what its parent attaches).
    pub fn holder(self) -> NodeId {
        self.holder
    }
}
