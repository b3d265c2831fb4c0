//! Resources with qualifiers, ArkUI's `$r('app.string.title')`: values chosen at run time by
//! locale, device type, colour mode and density. `arkui::resources!` turns a resource folder
//! into typed accessors (a missing resource is a compile error); this module does the choosing.

use crate::media::MediaEnv;
use crate::{ColorMode, DeviceKind, Environment};

/// The qualifiers of one resource folder (`zh_CN-tablet-dark`), parsed at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Qualifiers {
    /// Language, e.g. `"zh"`.
    pub language: Option<&'static str>,
    /// Region, e.g. `"CN"`.
    pub region: Option<&'static str>,
    /// Device type.
    pub device: Option<DeviceKind>,
    /// Colour mode.
    pub color_mode: Option<ColorMode>,
    /// Screen density in dpi (`mdpi` = 160, `xldpi` = 320, ...).
    pub dpi: Option<u16>,
}

/// What the current app and environment look like, for choosing a resource.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceContext {
    /// Locale, BCP 47.
    pub locale: String,
    /// Device type.
    pub device: DeviceKind,
    /// Colour mode.
    pub color_mode: ColorMode,
    /// Pixels per vp.
    pub density: f32,
}

impl ResourceContext {
    /// The context of the current component's app (reactive: reading it subscribes to the
    /// locale and colour mode).
    pub fn current() -> ResourceContext {
        let env = MediaEnv::current();
        ResourceContext {
            locale: Environment::locale().get(),
            device: env.map_or(DeviceKind::Phone, |e| e.device_kind()),
            color_mode: Environment::color_mode().get(),
            density: env.map_or(1.0, |e| e.density()),
        }
    }
}

/// How well `q` fits `cx`: `None` when a qualifier contradicts it, otherwise a score where
/// locale outranks device type, which outranks colour mode, which outranks density.
pub fn score(q: &Qualifiers, cx: &ResourceContext) -> Option<u32> {
    let mut parts = cx.locale.split(['-', '_']);
    let lang = parts.next().unwrap_or("");
    let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_uppercase()));
    let mut s = 0;
    if let Some(l) = q.language {
        if !l.eq_ignore_ascii_case(lang) {
            return None;
        }
        s += 1000;
    }
    if let Some(r) = q.region {
        if Some(r) != region {
            return None;
        }
        s += 500;
    }
    if let Some(d) = q.device {
        if d != cx.device {
            return None;
        }
        s += 100;
    }
    if let Some(c) = q.color_mode {
        if c != cx.color_mode {
            return None;
        }
        s += 10;
    }
    if let Some(dpi) = q.dpi {
        // Density never excludes: the closest one wins.
        let want = cx.density * 160.0;
        s += (9.0 - ((f32::from(dpi) - want).abs() / 80.0).min(9.0)) as u32;
    }
    Some(s)
}

/// The best of `qualified` for `cx`, or `base` (the unqualified value) when none fits better.
///
/// ```
/// use arkui_core::{DeviceKind, ColorMode};
/// use arkui_core::resource::{Qualifiers, ResourceContext, choose};
/// let qualified = [(Qualifiers { language: Some("zh"), ..Qualifiers::default() }, "设置")];
/// let cx = |locale: &str| ResourceContext {
///     locale: locale.into(), device: DeviceKind::Phone, color_mode: ColorMode::Light, density: 3.0,
/// };
/// assert_eq!(choose(&"Settings", &qualified, &cx("zh-Hans-CN")), "设置");
/// assert_eq!(choose(&"Settings", &qualified, &cx("en-US")), "Settings");
/// ```
pub fn choose<T: Clone>(base: &T, qualified: &[(Qualifiers, T)], cx: &ResourceContext) -> T {
    qualified
        .iter()
        .filter_map(|(q, v)| score(q, cx).map(|s| (s, v)))
        .filter(|(s, _)| *s > 0)
        .max_by_key(|(s, _)| *s)
        .map_or_else(|| base.clone(), |(_, v)| v.clone())
}

/// [`choose`] in the current component's context.
pub fn select<T: Clone>(base: &T, qualified: &[(Qualifiers, T)]) -> T {
    choose(base, qualified, &ResourceContext::current())
}
