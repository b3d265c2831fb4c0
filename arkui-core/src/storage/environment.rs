//! [`Environment`]: the device settings apps read as read-only signals.

use std::cell::OnceCell;

use crate::reactive::{ReadSignal, Scope, State};

/// Light or dark appearance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorMode {
    /// Light (default).
    #[default]
    Light,
    /// Dark.
    Dark,
}

/// Reading direction of the locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LayoutDirection {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Arabic, Hebrew).
    Rtl,
}

#[derive(Clone, Copy)]
struct Signals {
    color_mode: State<ColorMode>,
    locale: State<String>,
    font_scale: State<f32>,
    layout_direction: State<LayoutDirection>,
}

thread_local! {
    static ENV: OnceCell<Signals> = const { OnceCell::new() };
}

fn signals() -> Signals {
    ENV.with(|e| {
        *e.get_or_init(|| {
            Scope::detached(|| Signals {
                color_mode: State::named(ColorMode::Light, "Environment.colorMode"),
                locale: State::named("en-US".to_string(), "Environment.languageCode"),
                font_scale: State::named(1.0, "Environment.fontScale"),
                layout_direction: State::named(LayoutDirection::Ltr, "Environment.layoutDirection"),
            })
        })
    })
}

/// Device settings as read-only signals, ArkUI's `Environment`. Platforms and [`crate::App`]
/// keep them current (a profile switch, the system turning dark mode on); components that
/// read them update.
///
/// ```
/// use arkui_core::{ColorMode, Environment};
/// let mode = Environment::color_mode();
/// Environment::set_color_mode(ColorMode::Dark);
/// assert_eq!(mode.get(), ColorMode::Dark);
/// Environment::set_color_mode(ColorMode::Light);
/// ```
pub struct Environment;

impl Environment {
    /// Light or dark.
    pub fn color_mode() -> ReadSignal<ColorMode> {
        signals().color_mode.into()
    }

    /// The locale, BCP 47 (`en-US`, `zh-Hans-CN`).
    pub fn locale() -> ReadSignal<String> {
        signals().locale.into()
    }

    /// The user's font scale.
    pub fn font_scale() -> ReadSignal<f32> {
        signals().font_scale.into()
    }

    /// Reading direction.
    pub fn layout_direction() -> ReadSignal<LayoutDirection> {
        signals().layout_direction.into()
    }

    /// Platform side: the system's colour mode changed.
    pub fn set_color_mode(mode: ColorMode) {
        let s = signals().color_mode;
        if s.get_untracked() != mode {
            s.set(mode);
        }
    }

    /// Platform side: the locale changed. The layout direction follows it.
    pub fn set_locale(locale: &str) {
        let s = signals();
        if s.locale.get_untracked() != locale {
            s.locale.set(locale.to_string());
        }
        let lang = locale.split(['-', '_']).next().unwrap_or("");
        let dir = if matches!(lang, "ar" | "he" | "fa" | "ur" | "ug") {
            LayoutDirection::Rtl
        } else {
            LayoutDirection::Ltr
        };
        if s.layout_direction.get_untracked() != dir {
            s.layout_direction.set(dir);
        }
    }

    /// Platform side: the font scale changed.
    pub fn set_font_scale(scale: f32) {
        let s = signals().font_scale;
        if scale.is_finite() && scale > 0.0 && s.get_untracked() != scale {
            s.set(scale);
        }
    }
}
