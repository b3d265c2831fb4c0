//! The counter as an app.
//!
//! ```text
//! cargo run -p arkui-gallery --example counter
//! ```

fn main() -> Result<(), arkui::PlatformError> {
    arkui::launch_with::<arkui_gallery::pages::Counter>(arkui::DeviceProfile::desktop(420, 300))
}
