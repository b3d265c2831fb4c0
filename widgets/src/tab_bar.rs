//! The tab bar of [`Tabs`]: rebuilt from the pages' `tab_bar` options when pages or bar
//! settings change, restyled when the index changes; and the pages' switch, which slides
//! the old page out and the new one in, and follows a swipe across the pages.

use std::rc::Rc;

use arkui_core::{
    AnimateParam, Color, CommonAttribute, Curve, FlexAlign, FlexDirection, FontWeight, Gesture,
    ItemAlign, Length, LengthExt, NodeId, NodeKind, PanDirection, Scope, State, TransitionEffect,
    Visibility, Widget, animate_to, pct, untrack,
};

use crate::containers::{Column, Row};
use crate::image::Image;
use crate::scroll::{Scroll, ScrollDirection};
use crate::tab_bar_style::{
    BottomTabBarStyle, LabelStyle, SelectedMode, SubTabBarStyle, TabBarOptions, TabLayoutMode,
};
use crate::tabs::{BarMode, BarPosition, Restyle, Tabs, options_of};
use crate::text::Text;
use crate::theme::theme;

/// A swipe turns the page when it travels this share of the pages' size...
const SWIPE_SHARE: f32 = 0.25;
/// ...or moves at least this fast (vp/s).
const SWIPE_SPEED: f32 = 500.0;

impl Tabs {
    pub(crate) fn rebuild_bar(self, items: State<Option<Scope>>) {
        self.version.get();
        let (vertical, position, mode) =
            (self.vertical.get(), self.position.get(), self.mode.get());
        let size = self.bar_size.get();
        let (bar_width, bar_height) = (self.bar_width.get(), self.bar_height.get());
        let scrollable = self.scrollable.get();
        untrack(|| {
            if let Some(old) = items.get() {
                old.dispose();
            }
            let scope = Scope::new_child();
            items.set(Some(scope));
            self.node.set_layout(|l| {
                l.direction = if vertical {
                    FlexDirection::Row
                } else {
                    FlexDirection::Column
                };
            });
            // The pages take the rest of the bar's axis and the whole cross axis.
            self.content.set_layout(|l| {
                if vertical {
                    l.width = Length::Auto;
                    l.height = pct(100.0);
                } else {
                    l.width = pct(100.0);
                    l.height = Length::Auto;
                }
            });
            self.content.set_visual(|v| v.clip = true);
            self.install_swipe(vertical, scrollable);
            let order = match position {
                BarPosition::Start => vec![self.bar, self.content],
                BarPosition::End => vec![self.content, self.bar],
            };
            self.node.set_children(order);
            let (thickness, length) = if vertical {
                (
                    bar_width.or(size).unwrap_or(96.vp()),
                    bar_height.unwrap_or(pct(100.0)),
                )
            } else {
                (
                    bar_height.or(size).unwrap_or(56.vp()),
                    bar_width.unwrap_or(pct(100.0)),
                )
            };
            self.bar.set_layout(|l| {
                l.direction = if vertical {
                    FlexDirection::Column
                } else {
                    FlexDirection::Row
                };
                if vertical {
                    l.width = thickness;
                    l.height = length;
                } else {
                    l.width = length;
                    l.height = thickness;
                }
                l.flex_shrink = Some(0.0);
            });
            let pages = self.pages();
            let (row, restyle) = scope.run(|| {
                let row = NodeId::create("TabBarItems", NodeKind::Flex);
                row.set_layout(|l| {
                    l.direction = if vertical {
                        FlexDirection::Column
                    } else {
                        FlexDirection::Row
                    };
                    l.align_items = ItemAlign::Stretch;
                    if mode == BarMode::Fixed || vertical {
                        l.width = pct(100.0);
                        l.height = pct(100.0);
                    } else {
                        l.height = pct(100.0);
                    }
                });
                let mut restyle = Vec::with_capacity(pages.len());
                for (i, page) in pages.iter().enumerate() {
                    let (item, style) = self.item(i, *page, mode, vertical);
                    row.append(item);
                    restyle.push(style);
                }
                (row, restyle)
            });
            self.restyle.set(Rc::new(restyle));
            let holder = if mode == BarMode::Scrollable && !vertical {
                scope.run(|| {
                    Scroll::new()
                        .scrollable(ScrollDirection::Horizontal)
                        .width(pct(100.0))
                        .height(pct(100.0))
                        .child(row)
                        .node()
                })
            } else {
                row
            };
            self.bar.set_children(vec![holder]);
            // A rebuilt bar shows the current page as it is, without sliding.
            self.shown.set(None);
            self.show(self.index.try_get().unwrap_or(0));
        });
    }

    /// The swipe across the pages, on the pages' axis (set again when it changes).
    fn install_swipe(self, vertical: bool, on: bool) {
        self.content.clear_gestures();
        if !on {
            return;
        }
        let axis = if vertical {
            PanDirection::Vertical
        } else {
            PanDirection::Horizontal
        };
        let content = self.content;
        // Gesture offsets are in vp, rects in px.
        let d = crate::popup::density();
        let size = move || {
            content
                .rect()
                .map_or(0.0, |r| if vertical { r.height } else { r.width })
        };
        let pan = Gesture::pan(axis)
            .on_action_update(move |e| {
                let travel = if vertical { e.offset_y } else { e.offset_x } * d;
                self.follow(travel, size(), vertical);
            })
            .on_action_end(move |e| {
                let (travel, size_px) = (if vertical { e.offset_y } else { e.offset_x }, size());
                let at = untrack(|| self.index.try_get().unwrap_or(0));
                let turn = travel.abs() >= size_px / d * SWIPE_SHARE || e.speed >= SWIPE_SPEED;
                // Dragging towards the start shows the next page.
                let next = if travel < 0.0 {
                    at.checked_add(1)
                } else {
                    at.checked_sub(1)
                }
                .filter(|n| turn && *n < self.pages().len());
                match next {
                    Some(next) => {
                        // `show` (run by the index's effect, maybe later) takes the flag.
                        self.dragged.set(true);
                        self.select(next);
                    }
                    None => self.settle_back(at, vertical),
                }
            })
            .on_action_cancel(move || {
                let at = untrack(|| self.index.try_get().unwrap_or(0));
                self.settle_back(at, vertical);
            });
        self.content.gesture(pan);
    }

    /// Move the pages with the finger, `travel` px along the axis: the shown page, and the
    /// neighbour it uncovers beside it. Past the first or last page it gives a little only.
    fn follow(self, travel: f32, size: f32, vertical: bool) {
        let pages = self.pages();
        let at = untrack(|| self.index.try_get().unwrap_or(0));
        let neighbour = if travel < 0.0 {
            at.checked_add(1)
        } else {
            at.checked_sub(1)
        }
        .filter(|n| *n < pages.len());
        let travel = if neighbour.is_some() {
            travel.clamp(-size, size)
        } else {
            travel * 0.3
        };
        let at_px = |v: f32| {
            if vertical {
                (Length::Px(0.0), Length::Px(v))
            } else {
                (Length::Px(v), Length::Px(0.0))
            }
        };
        for (k, page) in pages.iter().enumerate() {
            page.stop_animations();
            if k == at {
                page.set_visual(|v| v.translate = at_px(travel));
            } else if Some(k) == neighbour {
                let side = if travel < 0.0 { size } else { -size };
                page.set_layout(|l| l.visibility = Visibility::Visible);
                page.set_visual(|v| v.translate = at_px(travel + side));
            } else {
                page.set_layout(|l| l.visibility = Visibility::None);
            }
        }
    }

    /// A swipe too short to turn: the pages go back where they were.
    fn settle_back(self, at: usize, vertical: bool) {
        let pages = self.pages();
        let duration = untrack(|| self.animation_ms.get()).max(1.0);
        let size = self
            .content
            .rect()
            .map_or(0.0, |r| if vertical { r.height } else { r.width });
        let param = AnimateParam::new(duration).curve(Curve::FastOutSlowIn);
        let tabs = self;
        let param = param.on_finish(move || {
            for (k, page) in tabs.pages().iter().enumerate() {
                if Some(k) != tabs.shown.get_untracked() {
                    page.set_layout(|l| l.visibility = Visibility::None);
                }
            }
        });
        animate_to(param, || {
            for (k, page) in pages.iter().enumerate() {
                if k == at {
                    page.translate(Length::Px(0.0), Length::Px(0.0));
                } else if page
                    .layout_attrs()
                    .is_some_and(|l| l.visibility == Visibility::Visible)
                {
                    // The neighbour goes back off the side it came from.
                    let side = if k > at { size } else { -size };
                    if vertical {
                        page.translate(Length::Px(0.0), Length::Px(side));
                    } else {
                        page.translate(Length::Px(side), Length::Px(0.0));
                    }
                }
            }
        });
    }

    /// The tab for page `i`, and how to restyle it when it is (de)selected.
    fn item(self, i: usize, page: NodeId, mode: BarMode, vertical: bool) -> (NodeId, Restyle) {
        let options = options_of(page).unwrap_or_else(|| format!("Tab {}", i + 1).into());
        let id = page
            .key()
            .map_or_else(|| format!("tab-{i}"), |k| format!("{k}-tab"));
        let (face, restyle): (NodeId, Restyle) = match options {
            TabBarOptions::Text(text) => sub_tab(&SubTabBarStyle::of(text), &id),
            TabBarOptions::Sub(style) => sub_tab(&style, &id),
            TabBarOptions::Bottom(style) => bottom_tab(&style, &id),
            TabBarOptions::Custom(build) => (build(), Rc::new(|_| {})),
        };
        let item = Column::new()
            .child(face)
            .justify_content(FlexAlign::Center)
            .align_items(arkui_core::HorizontalAlign::Center)
            .on_click(move |_| {
                if let Some(f) = untrack(|| self.on_tab_bar_click.get()) {
                    f(i);
                }
                self.select(i);
            })
            .on_focus(move || self.select(i))
            .id(id);
        let item = if mode == BarMode::Fixed || vertical {
            item.flex_grow(1.0).flex_basis(Length::Vp(0.0))
        } else {
            item.padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
        };
        (item.node(), restyle)
    }

    /// Show page `i` and mark its tab; a change from a page shown before slides.
    pub(crate) fn show(self, i: usize) {
        self.node.set_inspector_attr("index", i.to_string());
        let pages = self.pages();
        let before = self.shown.get_untracked();
        self.shown.set(Some(i));
        for (k, style) in untrack(|| self.restyle.get()).iter().enumerate() {
            style(k == i);
        }
        let duration = untrack(|| self.animation_ms.get());
        let dragged = self.dragged.get_untracked();
        if dragged {
            self.dragged.set(false);
        }
        if dragged
            && let (Some(from), Some(r)) = (before, self.content.rect())
            && from != i
            && from < pages.len()
        {
            // A swipe turned the page: both settle from where the finger left them.
            let vertical = untrack(|| self.vertical.get());
            let size = if vertical { r.height } else { r.width };
            let away = if i > from { -size } else { size };
            let old = pages[from];
            let tabs = self;
            let param = AnimateParam::new(duration.max(1.0))
                .curve(Curve::FastOutSlowIn)
                .on_finish(move || {
                    old.set_visual(|v| v.translate = Default::default());
                    if tabs.shown.get_untracked() != Some(from) {
                        old.set_layout(|l| l.visibility = Visibility::None);
                    }
                });
            for (k, page) in pages.iter().enumerate() {
                if k != i && k != from {
                    page.set_layout(|l| l.visibility = Visibility::None);
                }
            }
            pages[i].set_layout(|l| l.visibility = Visibility::Visible);
            animate_to(param, || {
                pages[i].translate(Length::Px(0.0), Length::Px(0.0));
                if vertical {
                    old.translate(Length::Px(0.0), Length::Px(away));
                } else {
                    old.translate(Length::Px(away), Length::Px(0.0));
                }
            });
            return;
        }
        let slide = match (before, self.content.rect()) {
            (Some(from), Some(r)) if from != i && from < pages.len() && duration > 0.0 => {
                Some((from, r))
            }
            _ => None,
        };
        for (k, page) in pages.iter().enumerate() {
            page.stop_animations();
            page.set_visual(|v| v.translate = Default::default());
            let on = k == i || slide.is_some_and(|(from, _)| from == k);
            page.set_layout(|l| {
                l.visibility = if on {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
            });
        }
        let Some((from, r)) = slide else { return };
        // The new page comes from the side the old one leaves towards.
        let vertical = untrack(|| self.vertical.get());
        let sign = if i > from { 1.0 } else { -1.0 };
        let shift = |s: f32| {
            if vertical {
                TransitionEffect::translate(Length::Px(0.0), Length::Px(s * r.height))
            } else {
                TransitionEffect::translate(Length::Px(s * r.width), Length::Px(0.0))
            }
        };
        let param = AnimateParam::new(duration).curve(Curve::FastOutSlowIn);
        pages[i].play_transition(&shift(sign), true, param.clone());
        let old = pages[from];
        let tabs = self;
        old.play_transition(
            &shift(-sign),
            false,
            param.on_finish(move || {
                old.set_visual(|v| v.translate = Default::default());
                if tabs.shown.get_untracked() != Some(from) {
                    old.set_layout(|l| l.visibility = Visibility::None);
                }
            }),
        );
    }
}

fn label_colors(style: &LabelStyle) -> (Color, Color) {
    let colors = theme();
    (
        style.selected_color.unwrap_or(colors.font_emphasize),
        style.unselected_color.unwrap_or(colors.font_secondary),
    )
}

/// A text tab with an indicator line or a board (`SubTabBarStyle`).
fn sub_tab(style: &SubTabBarStyle, id: &str) -> (NodeId, Restyle) {
    let text = Text::new(style.text.clone())
        .font_size(style.label.font_size.unwrap_or(16.fp()))
        .id(format!("{id}-label"))
        .node();
    let ind = style.indicator;
    let line = Column::new()
        .height(ind.height)
        .border_radius(ind.border_radius)
        .margin(arkui_core::Edges {
            top: ind.margin_top,
            ..arkui_core::Edges::ZERO
        })
        .id(format!("{id}-indicator"))
        .node();
    // No width: as wide as the label (ArkUI's 0), stretched in a column that hugs the label.
    line.set_layout(|l| {
        l.width = ind.width.unwrap_or(pct(100.0));
    });
    let board = style.selected_mode == SelectedMode::Board;
    let face = Column::new()
        .child(text)
        .align_items(arkui_core::HorizontalAlign::Center)
        .padding(if board {
            arkui_core::Edges::symmetric(12.vp(), 6.vp())
        } else {
            arkui_core::Edges::ZERO
        })
        .border_radius(style.board_radius)
        .id(format!("{id}-face"))
        .node();
    if !board {
        face.append(line);
    }
    let label = style.label;
    let restyle = Rc::new(move |on: bool| {
        let colors = theme();
        let (selected, unselected) = label_colors(&label);
        text.set_text(|t| {
            t.font_color = if on { selected } else { unselected };
            t.font_weight = if on {
                FontWeight::Medium
            } else {
                FontWeight::Regular
            };
        });
        let mark = ind.color.unwrap_or(colors.brand);
        if board {
            face.set_visual(|v| {
                v.background_color = if on {
                    colors.comp_background_emphasize.with_opacity(0.1)
                } else {
                    Color::TRANSPARENT
                };
            });
        } else {
            line.set_visual(|v| {
                v.background_color = if on { mark } else { Color::TRANSPARENT };
            });
        }
    });
    (face, restyle)
}

/// An icon-and-label tab (`BottomTabBarStyle`): 24 vp icon, 10 fp label, 4 vp apart.
fn bottom_tab(style: &BottomTabBarStyle, id: &str) -> (NodeId, Restyle) {
    let icon = Image::new(style.icon.clone())
        .width(24.vp())
        .height(24.vp())
        .id(format!("{id}-icon"))
        .node();
    let selected_icon = style.selected_icon.as_ref().map(|src| {
        Image::new(src.clone())
            .width(24.vp())
            .height(24.vp())
            .id(format!("{id}-icon-selected"))
            .node()
    });
    let horizontal = style.layout_mode == TabLayoutMode::Horizontal;
    let text = Text::new(style.text.clone())
        .font_size(
            style
                .label
                .font_size
                .unwrap_or(if horizontal { 12.fp() } else { 10.fp() }),
        )
        .id(format!("{id}-label"))
        .node();
    let face = if horizontal {
        Row::new().space(8.vp()).node()
    } else {
        Column::new().space(4.vp()).node()
    };
    face.set_layout(|l| l.align_items = ItemAlign::Center);
    face.append(icon);
    if let Some(s) = selected_icon {
        face.append(s);
    }
    face.append(text);
    face.set_key(format!("{id}-face"));
    let label = style.label;
    let icon_style = style.icon_style;
    let restyle = Rc::new(move |on: bool| {
        let (selected, unselected) = label_colors(&label);
        text.set_text(|t| t.font_color = if on { selected } else { unselected });
        if let Some(st) = icon_style {
            let colors = theme();
            let tint = if on {
                st.selected_color.unwrap_or(colors.icon_emphasize)
            } else {
                st.unselected_color.unwrap_or(colors.icon_fourth)
            };
            for n in std::iter::once(icon).chain(selected_icon) {
                n.set_image_fill_color(Some(tint));
            }
        }
        if let Some(s) = selected_icon {
            let show = |n: NodeId, v: bool| {
                n.set_layout(|l| {
                    l.visibility = if v {
                        Visibility::Visible
                    } else {
                        Visibility::None
                    };
                });
            };
            show(s, on);
            show(icon, !on);
        }
    });
    (face, restyle)
}
