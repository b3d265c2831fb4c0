//! What each [`Symbol`] looks like: paths on a 24×24 grid, drawn for arkui-rs (no outline
//! is taken from another icon set). Every part is stroked, so each keeps its points far
//! enough inside the grid that the widest stroke ([`stroke_width`] of the heaviest weight)
//! stays in it; the test below checks that.

use arkui_core::draw::{PathData, SvgPathError};

use super::Symbol;

/// The side of the grid the outlines are drawn on.
pub(super) const GRID: f32 = 24.0;

/// How a part is inked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ink {
    /// Stroked with round caps and joins, as wide as the weight asks.
    Line,
    /// Filled, and stroked too, so corners are rounded and the weight thickens it.
    Solid,
}

/// The geometry of a part, in grid units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Shape {
    /// SVG path data.
    Svg(&'static str),
    /// A circle: centre and radius.
    Circle(f32, f32, f32),
}

/// One path of a symbol.
#[derive(Clone, Copy, Debug)]
pub(super) struct Part {
    /// 0: the primary layer; 1: the secondary one (see `SymbolRenderingStrategy`).
    pub(super) layer: u8,
    pub(super) ink: Ink,
    pub(super) shape: Shape,
}

impl Part {
    /// The part's path in grid units; `Err` only for malformed path data in this file,
    /// which the tests below rule out.
    pub(super) fn path(&self) -> Result<PathData, SvgPathError> {
        match self.shape {
            Shape::Svg(d) => PathData::from_svg(d),
            Shape::Circle(x, y, r) => Ok(PathData::circle(x, y, r)),
        }
    }
}

const fn part(layer: u8, ink: Ink, shape: Shape) -> Part {
    Part { layer, ink, shape }
}

const fn line(d: &'static str) -> Part {
    part(0, Ink::Line, Shape::Svg(d))
}

const fn line2(d: &'static str) -> Part {
    part(1, Ink::Line, Shape::Svg(d))
}

const fn solid(d: &'static str) -> Part {
    part(0, Ink::Solid, Shape::Svg(d))
}

const fn solid2(d: &'static str) -> Part {
    part(1, Ink::Solid, Shape::Svg(d))
}

const fn ring(x: f32, y: f32, r: f32) -> Part {
    part(0, Ink::Line, Shape::Circle(x, y, r))
}

const fn ring2(x: f32, y: f32, r: f32) -> Part {
    part(1, Ink::Line, Shape::Circle(x, y, r))
}

const fn dot(x: f32, y: f32, r: f32) -> Part {
    part(0, Ink::Solid, Shape::Circle(x, y, r))
}

const fn dot2(x: f32, y: f32, r: f32) -> Part {
    part(1, Ink::Solid, Shape::Circle(x, y, r))
}

/// The stroke width, in grid units, of a font weight (100..=900): 2 at the normal 400,
/// from 1.25 to 3.25.
pub(super) fn stroke_width(weight: u16) -> f32 {
    2.0 * (0.5 + f32::from(weight.clamp(100, 900)) / 800.0)
}

const SPEAKER: &str = "M3.5 9 H6.5 L11 5 V19 L6.5 15 H3.5 Z";
const TRAY: &str = "M4 15 V20 H20 V15";

/// Declares [`parts`] from a table: each symbol and its parts, secondary layer included.
macro_rules! outlines {
    ($( $symbol:ident: [$($part:expr),+ $(,)?] )*) => {
        /// The parts of `symbol`, secondary layer included.
        pub(super) fn parts(symbol: Symbol) -> &'static [Part] {
            match symbol {
                $( Symbol::$symbol => const { &[$($part),+] }, )*
            }
        }
    };
}

outlines! {
    House: [
        line("M3 11 L12 3.5 L21 11 M5.5 9.5 V20.5 H18.5 V9.5"),
        line2("M10 20.5 V14.5 H14 V20.5"),
    ]
    ChevronLeft: [line("M15 4.5 L7.5 12 L15 19.5")]
    ChevronRight: [line("M9 4.5 L16.5 12 L9 19.5")]
    ChevronUp: [line("M4.5 15.75 L12 8.25 L19.5 15.75")]
    ChevronDown: [line("M4.5 8.25 L12 15.75 L19.5 8.25")]
    Xmark: [line("M5.5 5.5 L18.5 18.5 M18.5 5.5 L5.5 18.5")]
    Checkmark: [line("M4 12.5 L9.5 18 L20 6.5")]
    Plus: [line("M12 4.5 V19.5 M4.5 12 H19.5")]
    Minus: [line("M4.5 12 H19.5")]
    Magnifyingglass: [ring(10.5, 10.5, 6.5), line("M15.5 15.5 L20.5 20.5")]
    Gearshape: [
        // Eight teeth: radius 9 at the tips, 6.9 between them.
        line(
            "M13.14 5.19 L14.33 3.31 L16.5 4.21 L16.01 6.38 L17.62 7.99 L19.79 7.5 \
             L20.69 9.67 L18.81 10.86 L18.81 13.14 L20.69 14.33 L19.79 16.5 L17.62 16.01 \
             L16.01 17.62 L16.5 19.79 L14.33 20.69 L13.14 18.81 L10.86 18.81 L9.67 20.69 \
             L7.5 19.79 L7.99 17.62 L6.38 16.01 L4.21 16.5 L3.31 14.33 L5.19 13.14 \
             L5.19 10.86 L3.31 9.67 L4.21 7.5 L6.38 7.99 L7.99 6.38 L7.5 4.21 L9.67 3.31 \
             L10.86 5.19 Z",
        ),
        ring2(12.0, 12.0, 2.75),
    ]
    Line3Horizontal: [line("M4 6.5 H20 M4 12 H20 M4 17.5 H20")]
    Ellipsis: [dot(5.0, 12.0, 1.5), dot(12.0, 12.0, 1.5), dot(19.0, 12.0, 1.5)]
    Heart: [line(
        "M12 20 C12 20 3.5 14.5 3.5 8.8 C3.5 6 5.6 4 8 4 C9.8 4 11.2 5 12 6.5 \
         C12.8 5 14.2 4 16 4 C18.4 4 20.5 6 20.5 8.8 C20.5 14.5 12 20 12 20 Z",
    )]
    Star: [line(
        "M12 3.6 L14.29 9.44 L20.56 9.82 L15.71 13.81 L17.29 19.88 L12 16.5 \
         L6.71 19.88 L8.29 13.81 L3.44 9.82 L9.71 9.44 Z",
    )]
    Share: [
        dot(17.5, 5.5, 2.25),
        dot(6.5, 12.0, 2.25),
        dot(17.5, 18.5, 2.25),
        line2("M15.5 6.7 L8.5 10.8 M8.5 13.2 L15.5 17.3"),
    ]
    Trash: [
        line("M4 6.5 H20 M9.5 6.5 V4 H14.5 V6.5 M6 6.5 L7 20.5 H17 L18 6.5"),
        line2("M10 10.5 V16.5 M14 10.5 V16.5"),
    ]
    Pencil: [
        line("M15.5 4.5 L19.5 8.5 L8.5 19.5 L4 20 L4.5 15.5 Z"),
        line2("M13.5 6.5 L17.5 10.5"),
    ]
    Wifi: [
        dot(12.0, 19.5, 1.25),
        line("M9.17 16.67 A4 4 0 0 1 14.83 16.67"),
        line2("M6.34 13.84 A8 8 0 0 1 17.66 13.84 M3.51 11.01 A12 12 0 0 1 20.49 11.01"),
    ]
    Bluetooth: [line("M7 7.5 L17 16.5 L12 21 V3 L17 7.5 L7 16.5")]
    Battery: [line("M3 7.5 H18.5 V16.5 H3 Z M21 10.5 V13.5"), solid2("M5.5 10 H12 V14 H5.5 Z")]
    SpeakerWave: [
        line(SPEAKER),
        line2("M14.18 8.82 A4.5 4.5 0 0 1 14.18 15.18 M17.01 5.99 A8.5 8.5 0 0 1 17.01 18.01"),
    ]
    SpeakerSlash: [line(SPEAKER), line2("M15 9.5 L20 14.5 M20 9.5 L15 14.5")]
    Play: [solid("M7.5 5 L19 12 L7.5 19 Z")]
    Pause: [solid("M6.5 5 H9.5 V19 H6.5 Z M14.5 5 H17.5 V19 H14.5 Z")]
    Stop: [solid("M6 6 H18 V18 H6 Z")]
    ForwardEnd: [solid("M5 5.5 L15 12 L5 18.5 Z"), line("M18.5 5.5 V18.5")]
    BackwardEnd: [solid("M19 5.5 L9 12 L19 18.5 Z"), line("M5.5 5.5 V18.5")]
    Clock: [ring(12.0, 12.0, 9.0), line2("M12 7 V12 L15.5 14")]
    Calendar: [
        line("M3.5 6 H20.5 V20 H3.5 Z M3.5 10 H20.5 M8 3.5 V7.5 M16 3.5 V7.5"),
        solid2("M13.5 13.5 H16.5 V16.5 H13.5 Z"),
    ]
    Bell: [
        line(
            "M12 3 V4.5 M6 16.5 V10.5 C6 7 8.7 4.5 12 4.5 C15.3 4.5 18 7 18 10.5 V16.5 \
             M4 16.5 H20",
        ),
        line2("M10 19 A2 2 0 0 0 14 19"),
    ]
    Person: [
        ring(12.0, 8.0, 4.0),
        line("M4.5 20.5 C4.5 16 7.8 13.5 12 13.5 C16.2 13.5 19.5 16 19.5 20.5"),
    ]
    Lock: [line("M5 11 H19 V20.5 H5 Z M12 14.5 V17"), line2("M8 11 V8 A4 4 0 0 1 16 8 V11")]
    LockOpen: [line("M5 11 H19 V20.5 H5 Z M12 14.5 V17"), line2("M8 11 V7.5 A4 4 0 0 1 16 7.5")]
    Camera: [line("M3 8 H7.5 L9 5.5 H15 L16.5 8 H21 V19 H3 Z"), ring2(12.0, 13.25, 3.5)]
    Picture: [
        line("M3.5 4.5 H20.5 V19.5 H3.5 Z M3.5 17 L9 11.5 L13.5 16 L16 13.5 L20.5 18"),
        dot2(15.5, 9.0, 1.5),
    ]
    Envelope: [line("M3 5.5 H21 V18.5 H3 Z"), line2("M3.5 6.5 L12 13 L20.5 6.5")]
    Phone: [line(
        "M6.5 3.5 H9.5 L11 8 L9 9.5 C10 11.8 12.2 14 14.5 15 L16 13 L20.5 14.5 V17.5 \
         C20.5 19 19.3 20.5 17.5 20.5 C10 20 4 14 3.5 6.5 C3.5 4.8 5 3.5 6.5 3.5 Z",
    )]
    Mappin: [
        line("M12 21 C12 21 5.2 15 5.2 10 A6.8 6.8 0 0 1 18.8 10 C18.8 15 12 21 12 21 Z"),
        ring2(12.0, 10.0, 2.5),
    ]
    ArrowClockwise: [
        // 280 degrees of a circle, open at the top right, the head at its end.
        line("M16.82 6.25 A7.5 7.5 0 1 1 7.18 6.25"),
        solid("M9.17 4.58 L5.05 4.65 L8.39 8.63 Z"),
    ]
    TrayAndArrowDown: [line("M12 3.5 V13.5 M7.5 9 L12 13.5 L16.5 9"), line2(TRAY)]
    TrayAndArrowUp: [line("M12 13.5 V3.5 M7.5 8 L12 3.5 L16.5 8"), line2(TRAY)]
    InfoCircle: [ring(12.0, 12.0, 9.0), dot2(12.0, 7.5, 0.75), line2("M12 11 V17")]
    ExclamationmarkTriangle: [
        line("M12 3.5 L21.5 20 H2.5 Z"),
        line2("M12 9 V13"),
        dot2(12.0, 16.5, 0.75),
    ]
}
