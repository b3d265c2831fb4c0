//! Geometry in device pixels: float rectangles for drawing, integer rectangles for damage.

use serde::{Deserialize, Serialize};

/// A point in device pixels.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Point {
    /// Horizontal position.
    pub x: f32,
    /// Vertical position.
    pub y: f32,
}

impl Point {
    /// A point.
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }
}

/// An axis-aligned rectangle in device pixels (origin and size).
///
/// ```
/// use arkui_renderer::Rect;
/// let r = Rect::new(10.0, 20.0, 30.0, 40.0);
/// assert_eq!(r.right(), 40.0);
/// assert_eq!(r.to_irect_covering().width(), 30);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width; negative or NaN widths are treated as empty.
    pub width: f32,
    /// Height; negative or NaN heights are treated as empty.
    pub height: f32,
}

impl Rect {
    /// A rectangle from origin and size.
    pub const fn new(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// True when the rectangle covers no area or is not finite.
    pub fn is_empty(&self) -> bool {
        let finite = self.x.is_finite()
            && self.y.is_finite()
            && self.width.is_finite()
            && self.height.is_finite();
        !(finite && self.width > 0.0 && self.height > 0.0)
    }

    /// The rectangle grown by `d` on every side (shrunk when negative).
    pub fn inflate(&self, d: f32) -> Rect {
        Rect::new(
            self.x - d,
            self.y - d,
            self.width + 2.0 * d,
            self.height + 2.0 * d,
        )
    }

    /// Whether `p` lies inside (left/top inclusive, right/bottom exclusive).
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.y >= self.y && p.x < self.right() && p.y < self.bottom()
    }

    /// The smallest whole-pixel rectangle that covers this one (empty for empty input).
    pub fn to_irect_covering(&self) -> IRect {
        if self.is_empty() {
            return IRect::EMPTY;
        }
        let clamp = |v: f32| v.clamp(i32::MIN as f32 / 2.0, i32::MAX as f32 / 2.0);
        IRect::new(
            clamp(self.x.floor()) as i32,
            clamp(self.y.floor()) as i32,
            clamp(self.right().ceil()) as i32,
            clamp(self.bottom().ceil()) as i32,
        )
    }
}

/// A whole-pixel rectangle given by its edges, `x0 <= x < x1`, `y0 <= y < y1`.
///
/// ```
/// use arkui_renderer::IRect;
/// let a = IRect::new(0, 0, 10, 10);
/// let b = IRect::new(5, 5, 20, 20);
/// assert_eq!(a.intersect(&b), IRect::new(5, 5, 10, 10));
/// assert_eq!(a.union(&b).area(), 400);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct IRect {
    /// Left edge (inclusive).
    pub x0: i32,
    /// Top edge (inclusive).
    pub y0: i32,
    /// Right edge (exclusive).
    pub x1: i32,
    /// Bottom edge (exclusive).
    pub y1: i32,
}

impl IRect {
    /// The canonical empty rectangle.
    pub const EMPTY: IRect = IRect {
        x0: 0,
        y0: 0,
        x1: 0,
        y1: 0,
    };

    /// A rectangle from its edges.
    pub const fn new(x0: i32, y0: i32, x1: i32, y1: i32) -> IRect {
        IRect { x0, y0, x1, y1 }
    }

    /// A rectangle from origin and size.
    pub const fn from_size(width: u32, height: u32) -> IRect {
        IRect {
            x0: 0,
            y0: 0,
            x1: width as i32,
            y1: height as i32,
        }
    }

    /// Width (0 when empty).
    pub fn width(&self) -> u32 {
        (self.x1 - self.x0).max(0) as u32
    }

    /// Height (0 when empty).
    pub fn height(&self) -> u32 {
        (self.y1 - self.y0).max(0) as u32
    }

    /// Number of pixels covered.
    pub fn area(&self) -> u64 {
        u64::from(self.width()) * u64::from(self.height())
    }

    /// True when no pixel is covered.
    pub fn is_empty(&self) -> bool {
        self.x1 <= self.x0 || self.y1 <= self.y0
    }

    /// The overlap of two rectangles (possibly empty).
    pub fn intersect(&self, other: &IRect) -> IRect {
        let r = IRect::new(
            self.x0.max(other.x0),
            self.y0.max(other.y0),
            self.x1.min(other.x1),
            self.y1.min(other.y1),
        );
        if r.is_empty() { IRect::EMPTY } else { r }
    }

    /// The smallest rectangle containing both; an empty side is ignored.
    pub fn union(&self, other: &IRect) -> IRect {
        if self.is_empty() {
            return *other;
        }
        if other.is_empty() {
            return *self;
        }
        IRect::new(
            self.x0.min(other.x0),
            self.y0.min(other.y0),
            self.x1.max(other.x1),
            self.y1.max(other.y1),
        )
    }

    /// Whether the two rectangles share at least one pixel.
    pub fn intersects(&self, other: &IRect) -> bool {
        !self.intersect(other).is_empty()
    }

    /// The same rectangle moved by `(dx, dy)`.
    pub fn translate(&self, dx: i32, dy: i32) -> IRect {
        IRect::new(self.x0 + dx, self.y0 + dy, self.x1 + dx, self.y1 + dy)
    }
}

/// Corner radii in device pixels, clockwise from the top-left as ArkUI's `borderRadius`.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct CornerRadii {
    /// Top-left.
    pub top_left: f32,
    /// Top-right.
    pub top_right: f32,
    /// Bottom-right.
    pub bottom_right: f32,
    /// Bottom-left.
    pub bottom_left: f32,
}

impl CornerRadii {
    /// The same radius on every corner.
    pub const fn uniform(r: f32) -> CornerRadii {
        CornerRadii {
            top_left: r,
            top_right: r,
            bottom_right: r,
            bottom_left: r,
        }
    }

    /// True when every corner is square.
    pub fn is_zero(&self) -> bool {
        self.top_left <= 0.0
            && self.top_right <= 0.0
            && self.bottom_right <= 0.0
            && self.bottom_left <= 0.0
    }

    /// Radii made drawable for a `width` x `height` box: NaN and negatives become 0 and, as in
    /// CSS, all radii shrink by one factor until no two adjacent radii overlap.
    ///
    /// ```
    /// use arkui_renderer::CornerRadii;
    /// let r = CornerRadii::uniform(100.0).clamped(40.0, 20.0);
    /// assert_eq!(r.top_left, 10.0);
    /// ```
    pub fn clamped(&self, width: f32, height: f32) -> CornerRadii {
        let fix = |r: f32| if r.is_finite() && r > 0.0 { r } else { 0.0 };
        let (tl, tr, br, bl) = (
            fix(self.top_left),
            fix(self.top_right),
            fix(self.bottom_right),
            fix(self.bottom_left),
        );
        let (w, h) = (width.max(0.0), height.max(0.0));
        let mut f: f32 = 1.0;
        for (sum, side) in [(tl + tr, w), (bl + br, w), (tl + bl, h), (tr + br, h)] {
            if sum > side && sum > 0.0 {
                f = f.min(side / sum);
            }
        }
        CornerRadii {
            top_left: tl * f,
            top_right: tr * f,
            bottom_right: br * f,
            bottom_left: bl * f,
        }
    }

    /// Each radius reduced by the given insets (for the inner edge of a border), never below 0.
    pub fn shrink(&self, left: f32, top: f32, right: f32, bottom: f32) -> CornerRadii {
        CornerRadii {
            top_left: (self.top_left - left.max(top)).max(0.0),
            top_right: (self.top_right - right.max(top)).max(0.0),
            bottom_right: (self.bottom_right - right.max(bottom)).max(0.0),
            bottom_left: (self.bottom_left - left.max(bottom)).max(0.0),
        }
    }
}
