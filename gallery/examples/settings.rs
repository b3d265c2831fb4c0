//! The settings page as an app.
//!
//! ```text
//! cargo run -p arkui-gallery --example settings
//! ```

fn main() -> Result<(), arkui::PlatformError> {
    arkui::launch_with::<arkui_gallery::pages::SettingsPage>(arkui::DeviceProfile::desktop(
        420, 400,
    ))
}
