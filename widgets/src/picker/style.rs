//! What every picker shares: ArkUI's `PickerTextStyle` for the three kinds of rows, the
//! divider around the selected row, and their defaults from ArkUI's documentation.

use arkui_core::{Color, FontWeight, Length, LengthExt};

/// Colour, size and weight of picker rows, ArkUI's `PickerTextStyle`.
///
/// ```
/// use arkui_widgets::PickerTextStyle;
/// let s = PickerTextStyle::selected();
/// assert_eq!(s.color, arkui_core::Color::from_argb(0xFF00_7DFF));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PickerTextStyle {
    /// `color`.
    pub color: Color,
    /// `font.size`.
    pub size: Length,
    /// `font.weight`.
    pub weight: FontWeight,
}

impl PickerTextStyle {
    /// `disappearTextStyle`'s default: the top and bottom rows, #ff182431 at 14 fp.
    pub fn disappear() -> PickerTextStyle {
        PickerTextStyle {
            color: Color::from_argb(0xFF18_2431),
            size: 14.fp(),
            weight: FontWeight::Regular,
        }
    }

    /// `textStyle`'s default: the rows beside the selected one, #ff182431 at 16 fp.
    pub fn normal() -> PickerTextStyle {
        PickerTextStyle {
            color: Color::from_argb(0xFF18_2431),
            size: 16.fp(),
            weight: FontWeight::Regular,
        }
    }

    /// `selectedTextStyle`'s default: #ff007dff at 20 vp, medium.
    pub fn selected() -> PickerTextStyle {
        PickerTextStyle {
            color: Color::from_argb(0xFF00_7DFF),
            size: 20.vp(),
            weight: FontWeight::Medium,
        }
    }
}

/// The lines above and below the selected row, ArkUI's `DividerOptions`.
///
/// ```
/// use arkui_widgets::PickerDivider;
/// assert_eq!(PickerDivider::default().stroke_width, arkui_core::Length::Px(2.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PickerDivider {
    /// `strokeWidth` (2 px).
    pub stroke_width: Length,
    /// `color` (#33000000).
    pub color: Color,
    /// `startMargin` (0).
    pub start_margin: Length,
    /// `endMargin` (0).
    pub end_margin: Length,
}

impl Default for PickerDivider {
    fn default() -> Self {
        PickerDivider {
            stroke_width: Length::Px(2.0),
            color: Color::from_argb(0x3300_0000),
            start_margin: Length::Vp(0.0),
            end_margin: Length::Vp(0.0),
        }
    }
}

/// How a wheel looks: its row styles, row height, divider and edge fade.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct WheelLook {
    pub(crate) disappear: PickerTextStyle,
    pub(crate) normal: PickerTextStyle,
    pub(crate) selected: PickerTextStyle,
    /// The selected row's height, vp (ArkUI's divider spacing, 56).
    pub(crate) selected_height: f32,
    /// Every other row's height, vp (36).
    pub(crate) row_height: f32,
    pub(crate) divider: Option<PickerDivider>,
    /// How far from the top and bottom edges rows fade out, vp (36).
    pub(crate) gradient_height: f32,
}

impl Default for WheelLook {
    fn default() -> Self {
        WheelLook {
            disappear: PickerTextStyle::disappear(),
            normal: PickerTextStyle::normal(),
            selected: PickerTextStyle::selected(),
            selected_height: 56.0,
            row_height: 36.0,
            divider: Some(PickerDivider::default()),
            gradient_height: 36.0,
        }
    }
}

impl WheelLook {
    /// The wheel's height: the selected row and two rows each side (200 vp by default).
    pub(crate) fn height(&self) -> f32 {
        self.selected_height + 4.0 * self.row_height
    }

    /// Where the centre of a row `d` rows from the selected one sits, vp from the wheel's
    /// centre (`d` fractional while it turns).
    pub(crate) fn offset(&self, d: f32) -> f32 {
        let half = (self.selected_height + self.row_height) / 2.0;
        let a = d.abs();
        let y = if a <= 1.0 {
            a * half
        } else {
            half + (a - 1.0) * self.row_height
        };
        y.copysign(d)
    }

    /// The style of a row `d` rows from the selected one: the selected style at 0, the
    /// normal one at 1, the disappearing one from 2, in between while it turns.
    pub(crate) fn style_at(&self, d: f32) -> PickerTextStyle {
        let a = d.abs();
        if a <= 1.0 {
            mix(self.selected, self.normal, a)
        } else {
            mix(self.normal, self.disappear, (a - 1.0).min(1.0))
        }
    }
}

fn mix(a: PickerTextStyle, b: PickerTextStyle, t: f32) -> PickerTextStyle {
    let t = t.clamp(0.0, 1.0);
    let ch = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    let size = |l: Length| match l {
        Length::Vp(v) | Length::Fp(v) | Length::Lpx(v) | Length::Px(v) => v,
        _ => 16.0,
    };
    let (sa, sb) = (size(a.size), size(b.size));
    PickerTextStyle {
        color: Color::rgba(
            ch(a.color.r, b.color.r),
            ch(a.color.g, b.color.g),
            ch(a.color.b, b.color.b),
            ch(a.color.a, b.color.a),
        ),
        size: Length::Vp(sa + (sb - sa) * t),
        weight: if t < 0.5 { a.weight } else { b.weight },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sit_at_arkuis_spacing_and_styles_blend_as_they_turn() {
        let look = WheelLook::default();
        assert_eq!(look.height(), 200.0);
        assert_eq!(look.offset(0.0), 0.0);
        assert_eq!(look.offset(1.0), 46.0, "28 + 18");
        assert_eq!(look.offset(-2.0), -82.0, "28 + 36 + 18");
        assert_eq!(look.offset(0.5), 23.0);
        assert_eq!(look.style_at(0.0).color, PickerTextStyle::selected().color);
        assert_eq!(look.style_at(1.0).size, Length::Vp(16.0));
        assert_eq!(look.style_at(2.5).size, Length::Vp(14.0));
        let half = look.style_at(0.5);
        assert_eq!(half.size, Length::Vp(18.0));
    }
}
