//! `QRCode`: a string drawn as a QR code (encoded by the `qrcode` crate).

use arkui_core::draw::{FillRule, PathData, PathVerb, Point, Rect};
use arkui_core::{Color, Element, Length, NodeId, NodeKind, PaintCtx, Widget};

use crate::handle::component_handle;

/// Size of a code given none, vp.
const SIZE: f32 = 120.0;

/// The encoded modules of a value: `width`×`width`, row-major, true for dark.
#[derive(Clone, Debug, PartialEq)]
struct Modules {
    width: usize,
    dark: Vec<bool>,
}

#[derive(Clone, Debug, PartialEq)]
struct QrLook {
    value: String,
    modules: Option<Modules>,
    error: Option<String>,
    color: Color,
    background: Color,
    opacity: f32,
}

fn encode(value: &str) -> Result<Modules, String> {
    let code = qrcode::QrCode::new(value.as_bytes())
        .map_err(|e| format!("QRCode cannot encode {} bytes: {e}", value.len()))?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok(Modules { width, dark })
}

fn paint(cx: &mut PaintCtx<'_>) {
    let Some(q) = cx.extension::<QrLook>().cloned() else {
        return;
    };
    let (w, h) = cx.size();
    cx.fill_rect(Rect::new(0.0, 0.0, w, h), q.background);
    let Some(m) = &q.modules else {
        return;
    };
    let side = w.min(h);
    if m.width == 0 || side <= 0.0 {
        return;
    }
    // Whole pixels per module keep the edges sharp, centred in the box.
    let module = (side / m.width as f32).floor().max(1.0);
    let size = module * m.width as f32;
    let (ox, oy) = (((w - size) / 2.0).round(), ((h - size) / 2.0).round());
    let mut verbs = Vec::new();
    for y in 0..m.width {
        let mut x = 0;
        while x < m.width {
            if !m.dark[y * m.width + x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < m.width && m.dark[y * m.width + x] {
                x += 1;
            }
            let (x0, x1) = (ox + start as f32 * module, ox + x as f32 * module);
            let (y0, y1) = (oy + y as f32 * module, oy + (y + 1) as f32 * module);
            verbs.extend([
                PathVerb::MoveTo(Point::new(x0, y0)),
                PathVerb::LineTo(Point::new(x1, y0)),
                PathVerb::LineTo(Point::new(x1, y1)),
                PathVerb::LineTo(Point::new(x0, y1)),
                PathVerb::Close,
            ]);
        }
    }
    let color = q.color.with_opacity(q.opacity);
    cx.fill_path(
        &PathData::from_verbs(&verbs),
        FillRule::NonZero,
        color.into(),
    );
}

component_handle!(
    /// ArkUI's `QRCode`: `value` drawn as a QR code in `color` (default black) on
    /// `background_color` (default white), centred and as large as whole-pixel modules
    /// allow. A value too long to encode draws the background only and logs why
    /// ([`QRCode::encode_error`]). With no size set it is 120 vp square.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::QRCode;
    /// let mut app = App::with_view(DeviceProfile::iot(), || QRCode::new("https://example.com").id("q"));
    /// assert_eq!(app.inspector_by_id("q").unwrap()["$attrs"]["value"], "https://example.com");
    /// let too_long = QRCode::new(&"x".repeat(10_000));
    /// assert!(too_long.encode_error().is_some());
    /// ```
    QRCode
);

impl Element<()> for QRCode {
    fn create(_: ()) -> QRCode {
        let node = NodeId::create("QRCode", NodeKind::Leaf);
        node.set_extension(QrLook {
            value: String::new(),
            modules: None,
            error: None,
            color: Color::BLACK,
            background: Color::WHITE,
            opacity: 1.0,
        });
        node.set_content_size(Some((Length::Vp(SIZE), Length::Vp(SIZE))));
        node.set_painter(paint);
        QRCode(node)
    }

    fn update(self, _: ()) {}
}

impl Element<(String,)> for QRCode {
    fn create((value,): (String,)) -> QRCode {
        QRCode::create(()).value(&value)
    }

    fn update(self, (value,): (String,)) {
        self.value(&value);
    }
}

impl QRCode {
    /// A code showing `value`.
    pub fn new(value: &str) -> QRCode {
        QRCode::create(()).value(value)
    }

    fn edit(self, f: impl FnOnce(&mut QrLook)) -> Self {
        let changed = self.0.update_extension(|q: &mut QrLook| {
            let before = q.clone();
            f(q);
            *q != before
        });
        if changed == Some(true) {
            self.0.invalidate_paint();
        }
        self
    }

    /// The value to encode (re-encoded only when it changes).
    pub fn value(self, value: &str) -> Self {
        let same = self
            .0
            .extension::<QrLook>()
            .is_some_and(|q| q.value == value);
        if same {
            return self;
        }
        let (modules, error) = match encode(value) {
            Ok(m) => (Some(m), None),
            Err(e) => {
                log::warn!("{e}; the code draws nothing");
                (None, Some(e))
            }
        };
        self.node().set_inspector_attr("value", value.to_string());
        self.edit(|q| {
            q.value = value.to_string();
            q.modules = modules;
            q.error = error;
        })
    }

    /// Why the value could not be encoded, if it could not.
    pub fn encode_error(self) -> Option<String> {
        self.0.extension::<QrLook>().and_then(|q| q.error)
    }

    /// `color` of the dark modules.
    pub fn color(self, c: Color) -> Self {
        self.edit(|q| q.color = c)
    }

    /// `backgroundColor` (default white).
    pub fn background_color(self, c: Color) -> Self {
        self.edit(|q| q.background = c)
    }

    /// `contentOpacity` of the modules, 0..=1.
    pub fn content_opacity(self, o: f32) -> Self {
        let o = if o.is_finite() {
            o.clamp(0.0, 1.0)
        } else {
            1.0
        };
        self.edit(|q| q.opacity = o)
    }
}
