//! `show_toast`: a short message near the bottom of the screen that goes away by itself,
//! ArkUI's `promptAction.showToast`.

use arkui_core::{
    Color, CommonAttribute, Edges, LengthExt, Overlay, OverlayManager, OverlayOptions, View,
};

use crate::containers::Column;
use crate::text::Text;

/// ArkUI's shortest toast: 1.5 s (shorter durations are raised to it).
pub const TOAST_MIN_MS: u32 = 1500;
/// ArkUI's longest toast: 10 s.
pub const TOAST_MAX_MS: u32 = 10_000;
/// The toast's fill: dark grey, slightly translucent.
pub const TOAST_COLOR: Color = Color::from_argb(0xE633_3333);

/// Show `message` for `duration_ms` (clamped to 1.5–10 s) on the frame clock, 80 vp above
/// the bottom. Toasts take no input: the page stays usable. Returns the toast, or `None`
/// when no app is running.
///
/// ```
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind};
/// use arkui_widgets::show_toast;
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// let start = arkui_core::now_ms();
/// let toast = show_toast("Copied", 2000).unwrap();
/// app.advance_time(start + 1999.0);
/// assert!(toast.is_open());
/// app.advance_time(start + 2000.0);
/// assert!(!toast.is_open());
/// ```
pub fn show_toast(message: impl Into<String>, duration_ms: u32) -> Option<Overlay> {
    let manager = OverlayManager::current()?;
    let message = message.into();
    let ms = duration_ms.clamp(TOAST_MIN_MS, TOAST_MAX_MS);
    Some(
        manager.open_timed(OverlayOptions::passive(), f64::from(ms), move || {
            Column::new()
                .child(
                    Text::new(message)
                        .font_size(14.fp())
                        .font_color(Color::WHITE)
                        .id("toast-message"),
                )
                .padding(Edges {
                    top: 8.vp(),
                    right: 16.vp(),
                    bottom: 8.vp(),
                    left: 16.vp(),
                })
                .background_color(TOAST_COLOR)
                .border_radius(18.vp())
                .margin(Edges {
                    bottom: 80.vp(),
                    ..Edges::ZERO
                })
                .id("toast")
                .into_node()
        }),
    )
}
