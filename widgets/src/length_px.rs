//! Lengths in pixels, for the layout decisions components make themselves (a swipe's
//! distances, a refresh offset, a lane's width).

use arkui_core::Length;

/// `l` in pixels at `density` px per vp; a percentage is of `base`, `Auto` is 0. Negative
/// and non-finite results are 0 (the unit test below shows each case).
pub(crate) fn px(l: Length, density: f32, base: f32) -> f32 {
    let v = match l {
        Length::Px(v) => v,
        Length::Vp(v) | Length::Fp(v) | Length::Lpx(v) => v * density,
        Length::Percent(p) => base * p / 100.0,
        Length::Auto => 0.0,
    };
    if v.is_finite() { v.max(0.0) } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_percentages_and_bad_values() {
        assert_eq!(px(Length::Vp(10.0), 2.0, 0.0), 20.0);
        assert_eq!(px(Length::Percent(50.0), 2.0, 300.0), 150.0);
        assert_eq!(px(Length::Px(-4.0), 2.0, 0.0), 0.0);
        assert_eq!(px(Length::Px(f32::NAN), 2.0, 0.0), 0.0);
        assert_eq!(px(Length::Auto, 2.0, 100.0), 0.0);
    }
}
