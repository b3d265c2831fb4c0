//! [`Placement`]: what a node keeps of a taffy `Layout` between layouts.

use taffy::Point;
use taffy::prelude::{Layout, Rect, Size};

/// A taffy `Layout` without the parts arkui never reads back (the order, margins and
/// scrollbar size; scrollbars take no space here): 64 of its 92 bytes, and a node keeps two,
/// the unrounded and the final one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Placement {
    /// Top-left of the border box, relative to the parent's.
    pub(crate) location: Point<f32>,
    /// Border-box size.
    pub(crate) size: Size<f32>,
    pub(crate) border: Rect<f32>,
    pub(crate) padding: Rect<f32>,
    /// Where the content reaches (scroll containers clamp their offset to it).
    pub(crate) scrollable_overflow_rect: Rect<f32>,
}

impl Placement {
    /// Nothing laid out yet.
    pub(crate) const ZERO: Placement = Placement {
        location: Point::ZERO,
        size: Size::zero(),
        border: Rect::zero(),
        padding: Rect::zero(),
        scrollable_overflow_rect: Rect::ZERO,
    };

    /// The width of the content box (inside padding and border).
    pub(crate) fn content_box_width(&self) -> f32 {
        self.size.width
            - self.padding.left
            - self.padding.right
            - self.border.left
            - self.border.right
    }

    /// The height of the content box (inside padding and border).
    pub(crate) fn content_box_height(&self) -> f32 {
        self.size.height
            - self.padding.top
            - self.padding.bottom
            - self.border.top
            - self.border.bottom
    }

    /// As a taffy `Layout`, for taffy's rounding pass.
    pub(crate) fn to_layout(self) -> Layout {
        Layout {
            location: self.location,
            size: self.size,
            border: self.border,
            padding: self.padding,
            scrollable_overflow_rect: self.scrollable_overflow_rect,
            ..Layout::with_order(0)
        }
    }
}

impl From<&Layout> for Placement {
    fn from(l: &Layout) -> Placement {
        Placement {
            location: l.location,
            size: l.size,
            border: l.border,
            padding: l.padding,
            scrollable_overflow_rect: l.scrollable_overflow_rect,
        }
    }
}
