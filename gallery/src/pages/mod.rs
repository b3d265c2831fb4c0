//! The gallery's pages. Each page is an ordinary `#[component]`, mounted by name.

pub mod adaptive;
pub mod basic;
mod counter;
pub mod settings;
pub mod theme;
pub mod todo;

pub use adaptive::AdaptivePage;
pub use basic::BasicPage;
pub use counter::Counter;
pub use settings::SettingsPage;
pub use theme::ThemePage;
pub use todo::TodoPage;

use arkui::App;
use arkui::DeviceProfile;

/// A page of the gallery.
pub struct Page {
    /// Short name, used in file names (`counter-phone.png`).
    pub name: &'static str,
    /// Mount the page under a profile.
    pub mount: fn(DeviceProfile) -> App,
}

/// Every page, in order.
pub fn all() -> Vec<Page> {
    vec![
        Page {
            name: "adaptive",
            mount: |p| App::new::<AdaptivePage>(p),
        },
        Page {
            name: "counter",
            mount: |p| App::new::<Counter>(p),
        },
        Page {
            name: "todo",
            mount: |p| App::new::<TodoPage>(p),
        },
        Page {
            name: "settings",
            mount: |p| App::new::<SettingsPage>(p),
        },
        Page {
            name: "basic",
            mount: |p| App::new::<BasicPage>(p),
        },
        Page {
            name: "theme",
            mount: |p| App::new::<ThemePage>(p),
        },
    ]
}
