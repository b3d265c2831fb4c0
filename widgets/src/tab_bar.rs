//! The tab bar of [`Tabs`]: rebuilt from the pages' `tab_bar` labels when pages or bar
//! settings change, restyled (text colour, weight, indicator line) when the index changes.

use arkui_core::{
    Color, CommonAttribute, FlexAlign, FlexDirection, FontWeight, ItemAlign, Length, LengthExt,
    NodeId, NodeKind, Scope, State, Visibility, Widget, pct, untrack,
};

use crate::containers::Column;
use crate::scroll::{Scroll, ScrollDirection};
use crate::tabs::{BarMode, BarPosition, Tabs, label_of};
use crate::text::Text;
use crate::theme::theme;

impl Tabs {
    pub(crate) fn rebuild_bar(self, items: State<Option<Scope>>) {
        self.version.get();
        let (vertical, position, mode) =
            (self.vertical.get(), self.position.get(), self.mode.get());
        let size = self.bar_size.get();
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
            let order = match position {
                BarPosition::Start => vec![self.bar, self.content],
                BarPosition::End => vec![self.content, self.bar],
            };
            self.node.set_children(order);
            let thickness = size.unwrap_or(if vertical { 96.vp() } else { 56.vp() });
            self.bar.set_layout(|l| {
                l.direction = if vertical {
                    FlexDirection::Column
                } else {
                    FlexDirection::Row
                };
                if vertical {
                    l.width = thickness;
                    l.height = pct(100.0);
                } else {
                    l.width = pct(100.0);
                    l.height = thickness;
                }
                l.flex_shrink = Some(0.0);
            });
            let pages = self.pages();
            let row = scope.run(|| {
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
                for (i, page) in pages.iter().enumerate() {
                    row.append(self.item(i, *page, mode, vertical));
                }
                row
            });
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
            self.show(self.index.try_get().unwrap_or(0));
        });
    }

    fn item(self, i: usize, page: NodeId, mode: BarMode, vertical: bool) -> NodeId {
        let label = label_of(page).unwrap_or_else(|| format!("Tab {}", i + 1));
        let id = page
            .key()
            .map_or_else(|| format!("tab-{i}"), |k| format!("{k}-tab"));
        let text = Text::new(label)
            .font_size(16.fp())
            .id(format!("{id}-label"));
        let line = Column::new()
            .width(24.vp())
            .height(2.vp())
            .border_radius(1.vp())
            .margin(arkui_core::Edges {
                top: 6.vp(),
                ..arkui_core::Edges::ZERO
            })
            .id(format!("{id}-indicator"));
        let item = Column::new()
            .child(text)
            .child(line)
            .justify_content(FlexAlign::Center)
            .align_items(arkui_core::HorizontalAlign::Center)
            .on_click(move |_| self.select(i))
            .on_focus(move || self.select(i))
            .id(id);
        if mode == BarMode::Fixed || vertical {
            item.flex_grow(1.0).flex_basis(Length::Vp(0.0))
        } else {
            item.padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
        }
        .node()
    }

    /// Show page `i` and mark its tab.
    pub(crate) fn show(self, i: usize) {
        let colors = theme();
        self.node.set_inspector_attr("index", i.to_string());
        for (k, page) in self.pages().into_iter().enumerate() {
            let on = k == i;
            page.set_layout(|l| {
                l.visibility = if on {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
            });
            let Some(key) = page
                .key()
                .map(|k| format!("{k}-tab"))
                .or(Some(format!("tab-{k}")))
            else {
                continue;
            };
            for n in self.bar_nodes() {
                match n.key() {
                    Some(ref id) if *id == format!("{key}-label") => n.set_text(|t| {
                        t.font_color = if on {
                            colors.font_emphasize
                        } else {
                            colors.font_secondary
                        };
                        t.font_weight = if on {
                            FontWeight::Medium
                        } else {
                            FontWeight::Regular
                        };
                    }),
                    Some(ref id) if *id == format!("{key}-indicator") => n.set_visual(|v| {
                        v.background_color = if on { colors.brand } else { Color::TRANSPARENT };
                    }),
                    _ => {}
                }
            }
        }
    }

    /// Every node of the bar.
    fn bar_nodes(self) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![self.bar];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(n.children());
        }
        out
    }
}
