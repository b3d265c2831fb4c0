//! The shape components: Circle, Ellipse, Rect, Line, Polyline, Polygon and Path.

use arkui_core::draw::{FillRule, PathData, SvgPathError};
use arkui_core::{Element, Length, NodeId};

use super::geometry::Geometry;
use super::node::{create, set_geometry, vp};
use crate::handle::component_handle;

component_handle!(
    /// ArkUI's `Circle`: the largest circle centred in its box (`width` × `height`), filled
    /// black by default.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Circle;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Circle::new().width(40.0).height(40.0).fill(Color::RED).id("c")
    /// });
    /// let list = app.frame().unwrap();
    /// assert!(list.commands.iter().any(|c| matches!(c, arkui_core::draw::DrawCmd::FillPath { .. })));
    /// assert_eq!(app.inspector_by_id("c").unwrap()["$attrs"]["fill"], "#FFFF0000");
    /// ```
    Circle
);

component_handle!(
    /// ArkUI's `Ellipse`: the ellipse inscribed in its box.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Ellipse;
    /// let mut app = App::with_view(DeviceProfile::iot(), || Ellipse::new().width(60.0).height(20.0));
    /// assert!(app.frame().is_some());
    /// ```
    Ellipse
);

component_handle!(
    /// ArkUI's `Rect` (the shape, not a geometry rectangle): its box, with optionally
    /// rounded corners (`radius`, or `radius_width` × `radius_height` for elliptical ones).
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Rect;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Rect::new().width(80.0).height(40.0).radius(8.0).stroke(Color::BLUE).stroke_width(2.0)
    /// });
    /// let list = app.frame().unwrap();
    /// assert!(list.commands.iter().any(|c| matches!(c, arkui_core::draw::DrawCmd::StrokePath { .. })));
    /// ```
    Rect
);

component_handle!(
    /// ArkUI's `Line`: a segment from `start_point` to `end_point` (vp, in its box). With no
    /// size set it is as big as its points reach.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Line;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     arkui_widgets::Column::new().child(
    ///         Line::new().start_point((0.0, 0.0)).end_point((50.0, 20.0)).stroke(Color::BLACK).id("l"),
    ///     )
    /// });
    /// app.frame();
    /// let r = app.find_by_id("l").unwrap().rect().unwrap();
    /// assert_eq!((r.width, r.height), (50.0, 20.0));
    /// ```
    Line
);

component_handle!(
    /// ArkUI's `Polyline`: points joined by straight segments (vp), left open. Its fill
    /// (black by default, as SVG) covers the area the points enclose.
    ///
    /// ```
    /// use arkui_core::{App, Color, DeviceProfile};
    /// use arkui_widgets::Polyline;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Polyline::new().points(vec![(0.0, 0.0), (20.0, 10.0), (40.0, 0.0)])
    ///         .fill(Color::TRANSPARENT).stroke(Color::RED)
    /// });
    /// assert!(app.frame().is_some());
    /// ```
    Polyline
);

component_handle!(
    /// ArkUI's `Polygon`: points joined by straight segments (vp), closed.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile};
    /// use arkui_widgets::Polygon;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Polygon::new().points(vec![(0.0, 0.0), (40.0, 0.0), (20.0, 30.0)])
    /// });
    /// assert!(app.frame().is_some());
    /// ```
    Polygon
);

component_handle!(
    /// ArkUI's `Path`: an outline given as SVG path data (`commands`, in px as ArkUI's
    /// are: `M L H V C S Q T A Z`, absolute and relative). Malformed data draws nothing and
    /// logs a diagnostic; [`Path::commands_error`] says what was wrong. With no size set it
    /// is as big as the path reaches.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Path;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     arkui_widgets::Column::new()
    ///         .child(Path::new().commands("M0 0 L40 0 L40 20 Z").id("ok"))
    ///         .child(Path::new().commands("M0 0 L40 x").id("bad"))
    /// });
    /// app.frame();
    /// let ok = Path::from_node(app.find_by_id("ok").unwrap());
    /// assert!(ok.commands_error().is_none());
    /// let bad = Path::from_node(app.find_by_id("bad").unwrap());
    /// assert!(bad.commands_error().unwrap().to_string().contains("byte"));
    /// ```
    Path
);

macro_rules! shape_new {
    ($($ty:ident => $name:literal, $geometry:expr;)*) => {$(
        impl Element<()> for $ty {
            fn create(_: ()) -> $ty {
                $ty(create($name, $geometry))
            }

            fn update(self, _: ()) {}
        }

        impl Default for $ty {
            fn default() -> Self {
                $ty::new()
            }
        }

        impl $ty {
            /// A new shape with ArkUI's defaults (black fill, no stroke).
            pub fn new() -> $ty {
                $ty::create(())
            }
        }
    )*};
}

shape_new! {
    Circle => "Circle", Geometry::Circle;
    Ellipse => "Ellipse", Geometry::Ellipse;
    Rect => "Rect", Geometry::Rect { radius_width: Length::Vp(0.0), radius_height: Length::Vp(0.0) };
    Line => "Line", Geometry::Line { start: vp((0.0, 0.0)), end: vp((0.0, 0.0)) };
    Polyline => "Polyline", Geometry::Polyline(Vec::new());
    Polygon => "Polygon", Geometry::Polygon(Vec::new());
    Path => "Path", Geometry::Path(None);
}

/// The geometry of `node`, if it is a shape.
fn geometry(node: NodeId) -> Option<Geometry> {
    node.extension::<super::node::ShapeNode>()
        .map(|s| s.geometry)
}

impl Rect {
    /// `radius`: the same corner radius on both axes (vp).
    pub fn radius(self, r: impl Into<Length>) -> Self {
        let r = r.into();
        set_geometry(
            self.0,
            Geometry::Rect {
                radius_width: r,
                radius_height: r,
            },
        );
        self
    }

    /// `radiusWidth`: the horizontal corner radius.
    pub fn radius_width(self, r: impl Into<Length>) -> Self {
        if let Some(Geometry::Rect { radius_height, .. }) = geometry(self.0) {
            set_geometry(
                self.0,
                Geometry::Rect {
                    radius_width: r.into(),
                    radius_height,
                },
            );
        }
        self
    }

    /// `radiusHeight`: the vertical corner radius.
    pub fn radius_height(self, r: impl Into<Length>) -> Self {
        if let Some(Geometry::Rect { radius_width, .. }) = geometry(self.0) {
            set_geometry(
                self.0,
                Geometry::Rect {
                    radius_width,
                    radius_height: r.into(),
                },
            );
        }
        self
    }
}

impl Line {
    /// `startPoint` (vp).
    pub fn start_point(self, p: (f32, f32)) -> Self {
        if let Some(Geometry::Line { end, .. }) = geometry(self.0) {
            set_geometry(self.0, Geometry::Line { start: vp(p), end });
        }
        self
    }

    /// `endPoint` (vp).
    pub fn end_point(self, p: (f32, f32)) -> Self {
        if let Some(Geometry::Line { start, .. }) = geometry(self.0) {
            set_geometry(self.0, Geometry::Line { start, end: vp(p) });
        }
        self
    }
}

impl Polyline {
    /// `points` (vp).
    pub fn points(self, points: Vec<(f32, f32)>) -> Self {
        set_geometry(
            self.0,
            Geometry::Polyline(points.into_iter().map(vp).collect()),
        );
        self
    }
}

impl Polygon {
    /// `points` (vp).
    pub fn points(self, points: Vec<(f32, f32)>) -> Self {
        set_geometry(
            self.0,
            Geometry::Polygon(points.into_iter().map(vp).collect()),
        );
        self
    }
}

/// Why a `Path`'s commands draw nothing.
#[derive(Clone, Debug, PartialEq)]
struct CommandsError(SvgPathError);

impl Path {
    /// The `Path` component on `node` (for one found by id).
    pub fn from_node(node: NodeId) -> Path {
        Path(node)
    }

    /// `commands`: SVG path data, in px. Malformed data draws nothing and logs why.
    pub fn commands(self, data: impl AsRef<str>) -> Self {
        let data = data.as_ref();
        let parsed = match PathData::from_svg(data) {
            Ok(p) => {
                self.0.remove_extension::<CommandsError>();
                Some(p)
            }
            Err(e) => {
                log::warn!("Path commands: {e}; the path draws nothing");
                self.0.set_extension(CommandsError(e));
                None
            }
        };
        set_geometry(self.0, Geometry::Path(parsed));
        self.0.set_inspector_attr("commands", data.to_string());
        self
    }

    /// What was wrong with the last `commands`, if they did not parse.
    pub fn commands_error(self) -> Option<SvgPathError> {
        self.0.extension::<CommandsError>().map(|e| e.0)
    }

    /// The fill rule (`nonzero` by default): which overlaps of the path count as inside.
    pub fn fill_rule(self, rule: FillRule) -> Self {
        super::node::set_fill_rule(self.0, rule);
        self
    }
}

impl Polygon {
    /// The fill rule (`nonzero` by default).
    pub fn fill_rule(self, rule: FillRule) -> Self {
        super::node::set_fill_rule(self.0, rule);
        self
    }
}
