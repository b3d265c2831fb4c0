//! Device profiles: what kind of screen and input an app runs on.

use crate::Units;

/// The kind of device, ArkUI's `deviceType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceKind {
    /// Phone.
    Phone,
    /// Tablet.
    Tablet,
    /// Television.
    Tv,
    /// Wearable (watch).
    Wearable,
    /// Small IoT screen.
    Iot,
    /// Desktop window.
    Desktop,
}

/// The outline of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScreenShape {
    /// Rectangular.
    Rect,
    /// Round (watches).
    Round,
}

/// The primary input style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputStyle {
    /// Touchscreen.
    Touch,
    /// Remote control arrows and OK (TVs).
    Dpad,
    /// Mouse and keyboard.
    MouseKeyboard,
    /// Rotating crown plus touch (watches).
    Crown,
}

/// Which renderer a profile wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RendererChoice {
    /// GPU when an adapter exists, else software.
    Auto,
    /// GPU (wgpu).
    Gpu,
    /// The software rasterizer.
    Software,
}

/// ArkUI's default `designWidth`.
const DEFAULT_DESIGN_WIDTH: f32 = 720.0;

/// Pixel format of the device's screen.
pub use arkui_renderer::PixelFormat;

/// Everything that differs between the devices one app source runs on.
///
/// ```
/// use arkui_core::DeviceProfile;
/// let phone = DeviceProfile::phone();
/// assert_eq!(phone.size_px, (1080, 2340));
/// assert_eq!(phone.size_vp(), (360.0, 780.0));
/// assert_eq!(DeviceProfile::by_name("iot").unwrap().size_px, (320, 240));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct DeviceProfile {
    /// Short name used in file names and on the command line (`phone`, `iot`...).
    pub name: String,
    /// Device kind.
    pub kind: DeviceKind,
    /// Screen size in physical pixels.
    pub size_px: (u32, u32),
    /// Pixels per vp.
    pub density: f32,
    /// The user's font scale.
    pub font_scale: f32,
    /// Screen outline.
    pub shape: ScreenShape,
    /// Primary input.
    pub input: InputStyle,
    /// Preferred renderer.
    pub renderer: RendererChoice,
    /// Screen pixel format.
    pub pixel_format: PixelFormat,
    /// Memory the UI may use for caches (glyphs, images), in bytes.
    pub memory_budget: usize,
    /// Dark colour mode.
    pub dark_mode: bool,
    /// The width `lpx` lengths are designed against, ArkUI's `designWidth` from the app's
    /// config (720 by default): `1lpx` is `screen width / design_width` pixels.
    pub design_width: f32,
}

impl DeviceProfile {
    fn preset(
        name: &str,
        kind: DeviceKind,
        size_px: (u32, u32),
        density: f32,
        input: InputStyle,
    ) -> DeviceProfile {
        DeviceProfile {
            name: name.to_string(),
            kind,
            size_px,
            density,
            font_scale: 1.0,
            shape: ScreenShape::Rect,
            input,
            renderer: RendererChoice::Auto,
            pixel_format: PixelFormat::Rgba8888,
            memory_budget: 64 << 20,
            dark_mode: false,
            design_width: DEFAULT_DESIGN_WIDTH,
        }
    }

    /// Phone: 1080x2340 at density 3, touch.
    pub fn phone() -> DeviceProfile {
        Self::preset(
            "phone",
            DeviceKind::Phone,
            (1080, 2340),
            3.0,
            InputStyle::Touch,
        )
    }

    /// Tablet: 2560x1600 at density 2, touch.
    pub fn tablet() -> DeviceProfile {
        Self::preset(
            "tablet",
            DeviceKind::Tablet,
            (2560, 1600),
            2.0,
            InputStyle::Touch,
        )
    }

    /// TV: 1920x1080 at density 1.5, D-pad.
    pub fn tv() -> DeviceProfile {
        Self::preset("tv", DeviceKind::Tv, (1920, 1080), 1.5, InputStyle::Dpad)
    }

    /// Round watch: 466x466 at density 2, crown.
    pub fn wearable() -> DeviceProfile {
        DeviceProfile {
            shape: ScreenShape::Round,
            ..Self::preset(
                "wearable",
                DeviceKind::Wearable,
                (466, 466),
                2.0,
                InputStyle::Crown,
            )
        }
    }

    /// IoT panel: 320x240 at density 1, RGB565, software rendering, small budget.
    pub fn iot() -> DeviceProfile {
        DeviceProfile {
            renderer: RendererChoice::Software,
            pixel_format: PixelFormat::Rgb565,
            memory_budget: 128 << 10,
            ..Self::preset("iot", DeviceKind::Iot, (320, 240), 1.0, InputStyle::Touch)
        }
    }

    /// A desktop window of the given size at density 1.
    pub fn desktop(width: u32, height: u32) -> DeviceProfile {
        Self::preset(
            "desktop",
            DeviceKind::Desktop,
            (width, height),
            1.0,
            InputStyle::MouseKeyboard,
        )
    }

    /// Every preset, in a stable order.
    pub fn presets() -> Vec<DeviceProfile> {
        vec![
            Self::phone(),
            Self::tablet(),
            Self::tv(),
            Self::wearable(),
            Self::iot(),
            Self::desktop(1280, 800),
        ]
    }

    /// A preset by its name.
    pub fn by_name(name: &str) -> Option<DeviceProfile> {
        Self::presets().into_iter().find(|p| p.name == name)
    }

    /// Screen size in vp.
    pub fn size_vp(&self) -> (f32, f32) {
        let d = if self.density > 0.0 {
            self.density
        } else {
            1.0
        };
        (self.size_px.0 as f32 / d, self.size_px.1 as f32 / d)
    }

    /// This profile with `lpx` designed against `width` (ArkUI's `designWidth`), for an app
    /// whose design is drawn at another width than 720.
    ///
    /// ```
    /// use arkui_core::{DeviceProfile, LengthExt};
    /// let phone = DeviceProfile::phone(); // 1080 px wide
    /// assert_eq!(360.lpx().to_px(&phone.units()), Some(540.0));
    /// let units = phone.with_design_width(1080.0).units();
    /// assert_eq!(360.lpx().to_px(&units), Some(360.0));
    /// ```
    pub fn with_design_width(self, width: f32) -> DeviceProfile {
        DeviceProfile {
            design_width: width,
            ..self
        }
    }

    /// The unit conversions this profile implies. A zero, negative or NaN density, font
    /// scale or design width is treated as the default (1, 1 and 720).
    pub fn units(&self) -> Units {
        let sane = |v: f32, default: f32| if v.is_finite() && v > 0.0 { v } else { default };
        Units {
            density: sane(self.density, 1.0),
            font_scale: sane(self.font_scale, 1.0),
            screen_width: self.size_px.0 as f32,
            design_width: sane(self.design_width, DEFAULT_DESIGN_WIDTH),
        }
    }
}
