//! ArkUI attributes (with units) to taffy styles (in pixels), with ArkUI's defaults.

use taffy::prelude::{
    AlignItems, Dimension, Display, JustifyContent, LengthPercentage, LengthPercentageAuto,
};

use crate::tree::{FlexAlign, FlexDirection, ItemAlign, LayoutAttrs, NodeKind, Visibility};
use crate::{Edges, Length, Units};

fn dimension(l: Length, units: &Units) -> Dimension {
    match l {
        Length::Auto => Dimension::auto(),
        Length::Percent(p) if p.is_finite() && p >= 0.0 => Dimension::percent(p / 100.0),
        Length::Percent(_) => Dimension::auto(),
        // ArkUI ignores negative sizes; NaN and infinities are invalid input, treated alike.
        _ => match l.to_px(units) {
            Some(v) if v >= 0.0 => Dimension::length(v),
            _ => Dimension::auto(),
        },
    }
}

fn constraint(l: Length, units: &Units) -> LengthPercentageAuto {
    match l {
        Length::Auto => LengthPercentageAuto::auto(),
        Length::Percent(p) if p.is_finite() && p >= 0.0 => LengthPercentageAuto::percent(p / 100.0),
        Length::Percent(_) => LengthPercentageAuto::auto(),
        _ => match l.to_px(units) {
            Some(v) if v >= 0.0 => LengthPercentageAuto::length(v),
            _ => LengthPercentageAuto::auto(),
        },
    }
}

fn length_percentage(l: Length, units: &Units) -> LengthPercentage {
    match l {
        Length::Percent(p) if p.is_finite() && p >= 0.0 => LengthPercentage::percent(p / 100.0),
        _ => LengthPercentage::length(l.to_px(units).unwrap_or(0.0).max(0.0)),
    }
}

fn margin(l: Length, units: &Units) -> LengthPercentageAuto {
    match l {
        Length::Auto => LengthPercentageAuto::length(0.0),
        Length::Percent(p) if p.is_finite() => LengthPercentageAuto::percent(p / 100.0),
        _ => LengthPercentageAuto::length(l.to_px(units).unwrap_or(0.0)),
    }
}

fn rect<T>(e: &Edges, f: impl Fn(Length) -> T) -> taffy::Rect<T> {
    taffy::Rect {
        left: f(e.left),
        right: f(e.right),
        top: f(e.top),
        bottom: f(e.bottom),
    }
}

fn align_items(a: ItemAlign) -> AlignItems {
    match a {
        ItemAlign::Start => AlignItems::FLEX_START,
        ItemAlign::Auto | ItemAlign::Center => AlignItems::CENTER,
        ItemAlign::End => AlignItems::FLEX_END,
        ItemAlign::Baseline => AlignItems::BASELINE,
        ItemAlign::Stretch => AlignItems::STRETCH,
    }
}

fn justify(j: FlexAlign) -> JustifyContent {
    match j {
        FlexAlign::Start => JustifyContent::FLEX_START,
        FlexAlign::Center => JustifyContent::CENTER,
        FlexAlign::End => JustifyContent::FLEX_END,
        FlexAlign::SpaceBetween => JustifyContent::SPACE_BETWEEN,
        FlexAlign::SpaceAround => JustifyContent::SPACE_AROUND,
        FlexAlign::SpaceEvenly => JustifyContent::SPACE_EVENLY,
    }
}

fn finite_non_negative(v: f32, default: f32) -> f32 {
    if v.is_finite() && v >= 0.0 {
        v
    } else {
        default
    }
}

/// The taffy style for a node's attributes.
pub(crate) fn resolve(kind: NodeKind, a: &LayoutAttrs, units: &Units) -> taffy::Style {
    let space = length_percentage(a.space, units);
    let mut style = taffy::Style {
        display: if a.visibility == Visibility::None {
            Display::None
        } else {
            Display::Flex
        },
        flex_direction: match a.direction {
            FlexDirection::Row => taffy::FlexDirection::Row,
            FlexDirection::Column => taffy::FlexDirection::Column,
        },
        size: taffy::Size {
            width: dimension(a.width, units),
            height: dimension(a.height, units),
        },
        min_size: taffy::Size {
            width: constraint(a.min_width, units),
            height: constraint(a.min_height, units),
        },
        max_size: taffy::Size {
            width: constraint(a.max_width, units),
            height: constraint(a.max_height, units),
        },
        padding: rect(&a.padding, |l| length_percentage(l, units)),
        border: rect(&a.border_width, |l| length_percentage(l, units)),
        margin: rect(&a.margin, |l| margin(l, units)),
        gap: match a.direction {
            FlexDirection::Row => taffy::Size {
                width: space,
                height: LengthPercentage::length(0.0),
            },
            FlexDirection::Column => taffy::Size {
                width: LengthPercentage::length(0.0),
                height: space,
            },
        },
        align_items: align_items(a.align_items),
        justify_content: justify(a.justify_content),
        align_self: match a.align_self {
            ItemAlign::Auto => None,
            other => Some(align_items(other)),
        },
        flex_grow: finite_non_negative(a.flex_grow, 0.0),
        flex_shrink: finite_non_negative(a.flex_shrink.unwrap_or(0.0), 0.0),
        flex_basis: dimension(a.flex_basis, units),
        aspect_ratio: a.aspect_ratio.filter(|r| r.is_finite() && *r > 0.0),
        ..taffy::Style::default()
    };
    if kind != NodeKind::Flex {
        style.gap = taffy::Size::zero();
    }
    style
}
