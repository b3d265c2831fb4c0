//! The theme: ArkUI's system colour tokens in light and dark, following
//! [`arkui_core::Environment::color_mode`], with app-wide overrides (`ThemeControl`).
//!
//! Widgets read [`theme()`] inside their bindings, so a colour-mode switch or a new custom
//! theme re-colours exactly the widgets whose colour was left at its default.

use std::cell::OnceCell;

use arkui_core::{Color, ColorMode, Environment, Scope, State, untrack};

/// Declares the token list once and generates from it: [`ThemeColors`] with its light and
/// dark values, and [`CustomColors`] with one optional override per token.
macro_rules! tokens {
    ($( $(#[$doc:meta])* $name:ident = $light:literal, $dark:literal; )*) => {
        /// One value for every colour token of ArkUI's `Colors` (`theme.colors.*`), named in
        /// snake case: `fontPrimary` is `font_primary`.
        ///
        /// ```
        /// use arkui_core::{Color, ColorMode};
        /// use arkui_widgets::ThemeColors;
        /// assert_eq!(ThemeColors::LIGHT.brand, Color::from_rgb(0x007DFF));
        /// assert_eq!(ThemeColors::system(ColorMode::Dark).font_primary, Color::from_argb(0xE5FF_FFFF));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct ThemeColors {
            $( $(#[$doc])* pub $name: Color, )*
        }

        impl ThemeColors {
            /// The light system theme.
            pub const LIGHT: ThemeColors = ThemeColors { $( $name: Color::from_argb($light), )* };
            /// The dark system theme.
            pub const DARK: ThemeColors = ThemeColors { $( $name: Color::from_argb($dark), )* };
        }

        /// Overrides for some tokens, ArkUI's `CustomColors` (a `Partial<Colors>`): tokens
        /// left unset keep the system value. Built with one method per token.
        ///
        /// ```
        /// use arkui_core::Color;
        /// use arkui_widgets::{CustomColors, ThemeColors};
        /// let pink = CustomColors::new().brand(Color::from_rgb(0xFF75D9));
        /// let colors = pink.apply(ThemeColors::LIGHT);
        /// assert_eq!(colors.brand, Color::from_rgb(0xFF75D9));
        /// assert_eq!(colors.font_primary, ThemeColors::LIGHT.font_primary);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
        pub struct CustomColors {
            $( $name: Option<Color>, )*
        }

        impl CustomColors {
            /// No overrides.
            pub fn new() -> CustomColors {
                CustomColors::default()
            }

            $(
                $(#[$doc])*
                pub fn $name(mut self, color: Color) -> Self {
                    self.$name = Some(color);
                    self
                }
            )*

            /// `base` with these overrides on top.
            pub fn apply(&self, base: ThemeColors) -> ThemeColors {
                ThemeColors { $( $name: self.$name.unwrap_or(base.$name), )* }
            }
        }
    };
}

// Values: OpenHarmony's published default token table ("系统缺省token色值"), with two
// deliberate differences. The light brand colour is #007DFF, the value ArkUI's components
// ship with and the rest of this crate uses (the newer table says #0A59F7; apps can
// override it). The dark primary background is black: the table's #E5E5E5 would paint a
// light page in dark mode, and `App` itself clears dark pages to black.
tokens! {
    /// Brand colour: selected controls, emphasised buttons.
    brand = 0xFF00_7DFF, 0xFF31_7AF7;
    /// First-level warning (errors, badges).
    warning = 0xFFE8_4026, 0xFFD9_4838;
    /// Second-level warning.
    alert = 0xFFED_6F21, 0xFFDB_6B42;
    /// Confirmation (success).
    confirm = 0xFF64_BB5C, 0xFF5B_A854;
    /// Primary text.
    font_primary = 0xE500_0000, 0xE5FF_FFFF;
    /// Secondary text.
    font_secondary = 0x9900_0000, 0x99FF_FFFF;
    /// Tertiary text.
    font_tertiary = 0x6600_0000, 0x66FF_FFFF;
    /// Fourth-level text.
    font_fourth = 0x3300_0000, 0x33FF_FFFF;
    /// Emphasised text.
    font_emphasize = 0xFF00_7DFF, 0xFF31_7AF7;
    /// Primary text on an emphasised background.
    font_on_primary = 0xFFFF_FFFF, 0xFF00_0000;
    /// Secondary text on an emphasised background.
    font_on_secondary = 0x99FF_FFFF, 0x9900_0000;
    /// Tertiary text on an emphasised background.
    font_on_tertiary = 0x66FF_FFFF, 0x6600_0000;
    /// Fourth-level text on an emphasised background.
    font_on_fourth = 0x33FF_FFFF, 0x3300_0000;
    /// Primary icons.
    icon_primary = 0xE500_0000, 0xE5FF_FFFF;
    /// Secondary icons.
    icon_secondary = 0x9900_0000, 0x99FF_FFFF;
    /// Tertiary icons.
    icon_tertiary = 0x6600_0000, 0x66FF_FFFF;
    /// Fourth-level icons.
    icon_fourth = 0x3300_0000, 0x33FF_FFFF;
    /// Emphasised icons.
    icon_emphasize = 0xFF00_7DFF, 0xFF31_7AF7;
    /// Secondary emphasised icons.
    icon_sub_emphasize = 0x6600_7DFF, 0x6631_7AF7;
    /// Primary icons on an emphasised background.
    icon_on_primary = 0xFFFF_FFFF, 0xFF00_0000;
    /// Secondary icons on an emphasised background.
    icon_on_secondary = 0x99FF_FFFF, 0x9900_0000;
    /// Tertiary icons on an emphasised background.
    icon_on_tertiary = 0x66FF_FFFF, 0x6600_0000;
    /// Fourth-level icons on an emphasised background.
    icon_on_fourth = 0x33FF_FFFF, 0x3300_0000;
    /// Page background.
    background_primary = 0xFFFF_FFFF, 0xFF00_0000;
    /// Second-level background (grouped lists, settings pages).
    background_secondary = 0xFFF1_F3F5, 0xFF19_1A1C;
    /// Third-level background.
    background_tertiary = 0xFFE5_E5EA, 0xFF20_2224;
    /// Fourth-level background.
    background_fourth = 0xFFD1_D1D6, 0xFF2E_3033;
    /// Emphasised background.
    background_emphasize = 0xFF00_7DFF, 0xFF31_7AF7;
    /// Component foreground.
    comp_foreground_primary = 0xFF00_0000, 0xFFE5_E5E5;
    /// White component background.
    comp_background_primary = 0xFFFF_FFFF, 0xFFFF_FFFF;
    /// White, translucent in dark mode.
    comp_background_primary_tran = 0xFFFF_FFFF, 0x33FF_FFFF;
    /// Always-light component background.
    comp_background_primary_contrary = 0xFFFF_FFFF, 0xFFE5_E5E5;
    /// Grey component background.
    comp_background_gray = 0xFFF1_F3F5, 0xFFE5_E5EA;
    /// Secondary component background (tracks, unfilled parts).
    comp_background_secondary = 0x1900_0000, 0x19FF_FFFF;
    /// Tertiary component background.
    comp_background_tertiary = 0x0C00_0000, 0x0CFF_FFFF;
    /// Emphasised component background.
    comp_background_emphasize = 0xFF00_7DFF, 0xFF31_7AF7;
    /// Neutral (black in light mode) emphasised background.
    comp_background_neutral = 0xFF00_0000, 0xFFFF_FFFF;
    /// Brand at 20%.
    comp_emphasize_secondary = 0x3300_7DFF, 0x3331_7AF7;
    /// Brand at 10%.
    comp_emphasize_tertiary = 0x1900_7DFF, 0x1931_7AF7;
    /// Dividers.
    comp_divider = 0x3300_0000, 0x33FF_FFFF;
    /// The colour contrary to the mode (white in light mode).
    comp_common_contrary = 0xFFFF_FFFF, 0xFF00_0000;
    /// Background of a focused component.
    comp_background_focus = 0xFFF1_F3F5, 0xFF00_0000;
    /// Primary colour on a focused component.
    comp_focused_primary = 0xE500_0000, 0xE5FF_FFFF;
    /// Secondary colour on a focused component.
    comp_focused_secondary = 0x9900_0000, 0x99FF_FFFF;
    /// Tertiary colour on a focused component.
    comp_focused_tertiary = 0x6600_0000, 0x66FF_FFFF;
    /// Hover overlay.
    interactive_hover = 0x0C00_0000, 0x0CFF_FFFF;
    /// Pressed overlay.
    interactive_pressed = 0x1900_0000, 0x19FF_FFFF;
    /// Focus ring.
    interactive_focus = 0xFF00_7DFF, 0xFF31_7AF7;
    /// Active state.
    interactive_active = 0xFF00_7DFF, 0xFF31_7AF7;
    /// Selected overlay.
    interactive_select = 0x3300_0000, 0x33FF_FFFF;
    /// Clicked overlay.
    interactive_click = 0x1900_0000, 0x19FF_FFFF;
}

impl ThemeColors {
    /// The system theme for `mode`.
    pub fn system(mode: ColorMode) -> ThemeColors {
        match mode {
            ColorMode::Light => ThemeColors::LIGHT,
            ColorMode::Dark => ThemeColors::DARK,
        }
    }
}

/// An app's own theme, ArkUI's `CustomTheme`: `colors` apply in both colour modes,
/// `dark_colors` on top of them in dark mode.
///
/// ```
/// use arkui_core::{Color, ColorMode};
/// use arkui_widgets::{CustomColors, CustomTheme, ThemeColors};
/// let t = CustomTheme::new(CustomColors::new().brand(Color::RED))
///     .with_dark(CustomColors::new().brand(Color::GREEN));
/// assert_eq!(t.resolve(ColorMode::Light).brand, Color::RED);
/// assert_eq!(t.resolve(ColorMode::Dark).brand, Color::GREEN);
/// assert_eq!(t.resolve(ColorMode::Dark).warning, ThemeColors::DARK.warning);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CustomTheme {
    /// Overrides in every colour mode.
    pub colors: CustomColors,
    /// Further overrides in dark mode.
    pub dark_colors: CustomColors,
}

impl CustomTheme {
    /// A theme overriding `colors` in both modes.
    pub fn new(colors: CustomColors) -> CustomTheme {
        CustomTheme {
            colors,
            dark_colors: CustomColors::default(),
        }
    }

    /// The same theme with `dark` overrides for dark mode.
    pub fn with_dark(self, dark: CustomColors) -> CustomTheme {
        CustomTheme {
            dark_colors: dark,
            ..self
        }
    }

    /// The resolved colours for `mode`.
    pub fn resolve(&self, mode: ColorMode) -> ThemeColors {
        let colors = self.colors.apply(ThemeColors::system(mode));
        match mode {
            ColorMode::Light => colors,
            ColorMode::Dark => self.dark_colors.apply(colors),
        }
    }
}

thread_local! {
    static DEFAULT_THEME: OnceCell<State<CustomTheme>> = const { OnceCell::new() };
}

fn default_theme_state() -> State<CustomTheme> {
    DEFAULT_THEME.with(|cell| {
        // Outlives every app on this thread, like `Environment`.
        *cell.get_or_init(|| Scope::detached(|| State::named(CustomTheme::default(), "Theme")))
    })
}

/// App-wide theme control, ArkUI's `ThemeControl`.
///
/// ```
/// use arkui_core::{App, Color, DeviceProfile};
/// use arkui_widgets::{CustomColors, CustomTheme, ThemeControl, theme};
/// let _app = App::with_view(DeviceProfile::iot(), || arkui_widgets::Column::new());
/// let pink = Color::from_rgb(0xFF75D9);
/// ThemeControl::set_default_theme(CustomTheme::new(CustomColors::new().brand(pink)));
/// assert_eq!(theme().brand, pink);
/// ThemeControl::set_default_theme(CustomTheme::default());
/// assert_eq!(theme().brand, Color::from_rgb(0x007DFF));
/// ```
pub struct ThemeControl;

impl ThemeControl {
    /// Replace the app-wide custom theme. Widgets showing theme colours re-colour at once.
    pub fn set_default_theme(theme: CustomTheme) {
        let state = default_theme_state();
        if untrack(|| state.get()) != theme {
            state.set(theme);
        }
    }

    /// The app-wide custom theme (tracked).
    pub fn default_theme() -> CustomTheme {
        default_theme_state().get()
    }
}

/// ArkUI's `ThemeColorMode`: the colour mode inside a `WithTheme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeColorMode {
    /// Follow the system (`Environment::color_mode`).
    #[default]
    System,
    /// Light, whatever the system says.
    Light,
    /// Dark, whatever the system says.
    Dark,
}

/// What a `WithTheme` sets for its subtree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct LocalOptions {
    pub(crate) theme: Option<CustomTheme>,
    pub(crate) color_mode: ThemeColorMode,
}

/// A `WithTheme`'s options, as its subtree finds them (provided under [`LOCAL_KEY`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LocalTheme(pub(crate) State<LocalOptions>);

/// The context name `WithTheme` provides its options under.
pub(crate) const LOCAL_KEY: &str = "__arkui.WithTheme";

/// The nearest `WithTheme` around the current scope, if any.
pub(crate) fn local_theme() -> Option<LocalTheme> {
    arkui_core::consume::<LocalTheme>(Some(LOCAL_KEY)).and_then(|s| untrack(|| s.try_get().ok()))
}

/// The colours under `local` (or the app's theme for `None`). Tracked.
pub(crate) fn resolve(local: Option<LocalTheme>) -> ThemeColors {
    let options = local.and_then(|l| l.0.try_get().ok()).unwrap_or_default();
    let mode = match options.color_mode {
        ThemeColorMode::System => Environment::color_mode().get(),
        ThemeColorMode::Light => ColorMode::Light,
        ThemeColorMode::Dark => ColorMode::Dark,
    };
    match options.theme {
        Some(theme) => theme.resolve(mode),
        None => default_theme_state().with(|t| t.resolve(mode)),
    }
}

/// The colours in effect: the system theme for the current colour mode with the app's custom
/// theme on top — or, inside a [`crate::WithTheme`], that subtree's mode and theme. Tracked:
/// a binding that calls it re-runs when any of them changes.
///
/// ```
/// use arkui_core::{ColorMode, Effect, Environment, State};
/// use arkui_widgets::{ThemeColors, theme};
/// let seen = State::new(ThemeColors::LIGHT.font_primary);
/// Effect::new(move || seen.set(theme().font_primary));
/// Environment::set_color_mode(ColorMode::Dark);
/// assert_eq!(seen.get_untracked(), ThemeColors::DARK.font_primary);
/// Environment::set_color_mode(ColorMode::Light);
/// assert_eq!(seen.get_untracked(), ThemeColors::LIGHT.font_primary);
/// ```
pub fn theme() -> ThemeColors {
    resolve(local_theme())
}

/// A token picked from the theme: how widgets name the default of one colour attribute.
pub type Token = fn(&ThemeColors) -> Color;

/// A colour attribute that is either set by the app or follows a theme token.
///
/// Reading it inside a binding tracks the override and, while unset, the theme.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ThemedColor {
    set: State<Option<Color>>,
    token: Token,
    /// The `WithTheme` the widget was built in, found once.
    local: Option<LocalTheme>,
}

impl ThemedColor {
    pub(crate) fn new(token: Token) -> ThemedColor {
        ThemedColor {
            set: State::new(None),
            token,
            local: local_theme(),
        }
    }

    /// The colour now (tracked).
    pub(crate) fn get(self) -> Color {
        self.set
            .get()
            .unwrap_or_else(|| (self.token)(&resolve(self.local)))
    }

    /// Pin the colour, ending theme following.
    pub(crate) fn set(self, c: Color) {
        self.set.set(Some(c));
    }
}

/// Blend `overlay` over `base` (straight alpha, as the renderer composes them), so a
/// translucent token such as `interactive_pressed` can darken a solid background.
pub(crate) fn blend(base: Color, overlay: Color) -> Color {
    let a = f32::from(overlay.a) / 255.0;
    let mix = |b: u8, o: u8| (f32::from(b) * (1.0 - a) + f32::from(o) * a).round() as u8;
    let out_a = f32::from(base.a) / 255.0;
    let alpha = ((out_a + a * (1.0 - out_a)) * 255.0).round() as u8;
    Color::rgba(
        mix(base.r, overlay.r),
        mix(base.g, overlay.g),
        mix(base.b, overlay.b),
        alpha,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_overrides_apply_on_top_of_common_ones_only_in_dark_mode() {
        let t = CustomTheme::new(CustomColors::new().brand(Color::RED))
            .with_dark(CustomColors::new().warning(Color::GREEN));
        assert_eq!(t.resolve(ColorMode::Light).brand, Color::RED);
        assert_eq!(
            t.resolve(ColorMode::Light).warning,
            ThemeColors::LIGHT.warning
        );
        assert_eq!(t.resolve(ColorMode::Dark).brand, Color::RED);
        assert_eq!(t.resolve(ColorMode::Dark).warning, Color::GREEN);
    }

    #[test]
    fn blending_a_pressed_overlay_darkens_and_keeps_opaque() {
        let c = blend(
            Color::from_rgb(0x007DFF),
            ThemeColors::LIGHT.interactive_pressed,
        );
        assert_eq!(c.a, 255);
        assert!(c.b < 255 && c.b > 220, "{c:?}");
        assert_eq!(blend(Color::WHITE, Color::TRANSPARENT), Color::WHITE);
    }
}
