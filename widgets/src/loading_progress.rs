//! `LoadingProgress`: an indeterminate "busy" indicator.

use arkui_core::{Color, Effect, Element, NodeId, NodeKind, State, Visibility, Widget, untrack};

use crate::ring;
use crate::theme::ThemedColor;

/// Dots in the spinner.
const DOTS: usize = 12;
/// Their diameter, vp.
const DOT: f32 = 5.0;
/// ArkUI's default size, vp.
const SIZE: f32 = 48.0;

/// A loading indicator, ArkUI's `LoadingProgress`: a ring of dots fading clockwise.
///
/// This is a static frame: it will turn once the core has an animation clock.
///
/// ```
/// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
/// use arkui_widgets::LoadingProgress;
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     LoadingProgress::new().color(Color::RED).id("busy")
/// });
/// let busy = app.inspector_by_id("busy").unwrap();
/// assert_eq!(busy["$attrs"]["color"], "#FFFF0000");
/// assert_eq!(busy["$attrs"]["enableLoading"], "true");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct LoadingProgress {
    node: NodeId,
    color: ThemedColor,
    enabled: State<bool>,
}

impl Widget for LoadingProgress {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<()> for LoadingProgress {
    fn create(_: ()) -> LoadingProgress {
        let node = NodeId::create("LoadingProgress", NodeKind::Stack);
        node.set_layout(|a| {
            a.width = SIZE.into();
            a.height = SIZE.into();
        });
        let dots = ring::dots(node, DOTS, DOT);
        let l = LoadingProgress {
            node,
            color: ThemedColor::new(|t| t.icon_secondary),
            enabled: State::new(true),
        };
        Effect::new(move || {
            let (c, on) = (l.color.get(), l.enabled.get());
            untrack(|| {
                for (i, d) in dots.iter().enumerate() {
                    // The head of the comet is the last dot; the tail fades behind it.
                    let opacity = 0.15 + 0.85 * (i + 1) as f32 / DOTS as f32;
                    d.set_visual(|v| v.background_color = c.with_opacity(opacity));
                    d.set_layout(|a| {
                        a.visibility = if on {
                            Visibility::Visible
                        } else {
                            Visibility::Hidden
                        }
                    });
                }
                node.set_inspector_attr("color", c.to_argb_string());
                node.set_inspector_attr("enableLoading", on.to_string());
            });
        });
        l
    }

    fn update(self, _: ()) {}
}

impl Default for LoadingProgress {
    fn default() -> Self {
        LoadingProgress::new()
    }
}

impl LoadingProgress {
    /// A loading indicator in the theme's secondary icon colour.
    pub fn new() -> LoadingProgress {
        LoadingProgress::create(())
    }

    /// `color`.
    pub fn color(self, c: Color) -> Self {
        self.color.set(c);
        self
    }

    /// `enableLoading`: `false` hides the indicator (it keeps its space).
    pub fn enable_loading(self, on: bool) -> Self {
        self.enabled.set(on);
        self
    }
}
