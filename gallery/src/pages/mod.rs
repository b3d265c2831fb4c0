//! The gallery's pages. Each page is an ordinary `#[component]`, mounted by name.

pub mod adaptive;
pub mod basic;
pub mod big_list;
mod counter;
pub mod device_bar;
pub mod dialogs;
pub mod drawing;
pub mod input;
pub mod lists;
pub mod media;
pub mod navigation;
pub mod router;
pub mod settings;
pub mod theme;
pub mod todo;

pub use adaptive::AdaptivePage;
pub use basic::BasicPage;
pub use big_list::BigListPage;
pub use counter::Counter;
pub use device_bar::DeviceBar;
pub use dialogs::DialogsPage;
pub use drawing::DrawingPage;
pub use input::InputPage;
pub use lists::ListsPage;
pub use media::MediaPage;
pub use navigation::NavigationPage;
pub use router::RouterPage;
pub use settings::SettingsPage;
pub use theme::ThemePage;
pub use todo::TodoPage;

pub mod shell;

pub use shell::GalleryShell;

use arkui::{App, DeviceProfile, Element, View, Widget};

/// A page of the gallery.
pub struct Page {
    /// Short name, used in file names (`counter-phone.png`).
    pub name: &'static str,
    /// Title shown in the gallery's menu.
    pub title: &'static str,
    /// Build the page in the current scope and return what to attach.
    pub view: fn() -> arkui::NodeId,
}

impl Page {
    /// Mount the page alone under a profile (headless output, tests).
    pub fn mount(&self, profile: DeviceProfile) -> App {
        MOUNTED_ALONE.with(|m| m.set(true));
        let app = App::with_view(profile, self.view);
        MOUNTED_ALONE.with(|m| m.set(false));
        app
    }
}

thread_local! {
    static MOUNTED_ALONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the page being built is mounted alone (headless pictures, tests) rather than
/// inside the gallery shell: pages may then show a state worth a picture (an open dialog).
pub fn mounted_alone() -> bool {
    MOUNTED_ALONE.with(std::cell::Cell::get)
}

fn view_of<C: Element<()>>() -> arkui::NodeId {
    let c = C::create(());
    c.finish();
    c.into_node()
}

/// Every page, in order.
pub fn all() -> Vec<Page> {
    vec![
        Page {
            name: "adaptive",
            title: "Adaptive layout",
            view: view_of::<AdaptivePage>,
        },
        Page {
            name: "counter",
            title: "Counter",
            view: view_of::<Counter>,
        },
        Page {
            name: "todo",
            title: "Todo list",
            view: view_of::<TodoPage>,
        },
        Page {
            name: "settings",
            title: "Settings",
            view: view_of::<SettingsPage>,
        },
        Page {
            name: "basic",
            title: "Basic components",
            view: view_of::<BasicPage>,
        },
        Page {
            name: "theme",
            title: "Theme",
            view: view_of::<ThemePage>,
        },
        Page {
            name: "input",
            title: "Text input",
            view: view_of::<InputPage>,
        },
        Page {
            name: "lists",
            title: "Lists",
            view: view_of::<ListsPage>,
        },
        Page {
            name: "big-list",
            title: "100,000 rows",
            view: view_of::<BigListPage>,
        },
        Page {
            name: "media",
            title: "Images",
            view: view_of::<MediaPage>,
        },
        Page {
            name: "navigation",
            title: "Tabs & navigation",
            view: view_of::<NavigationPage>,
        },
        Page {
            name: "router",
            title: "Router",
            view: view_of::<RouterPage>,
        },
        Page {
            name: "dialogs",
            title: "Dialogs & popups",
            view: view_of::<DialogsPage>,
        },
        Page {
            name: "drawing",
            title: "Drawing",
            view: view_of::<DrawingPage>,
        },
    ]
}

#[allow(dead_code, reason = "keeps Widget in scope for view_of's finish()")]
fn _uses(w: impl Widget) {
    w.finish();
}
