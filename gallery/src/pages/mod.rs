//! The gallery's pages. Each page is an ordinary `#[component]`, mounted by name.

pub mod adaptive;
pub mod basic;
pub mod big_list;
mod counter;
pub mod device_bar;
pub mod dialogs;
pub mod drawing;
pub mod flows;
pub mod grids;
pub mod input;
pub mod list_features;
pub mod lists;
pub mod media;
pub mod navigation;
pub mod pickers;
pub mod router;
mod section;
pub mod settings;
pub mod tabs_styles;
pub mod text;
pub mod theme;
pub mod todo;

pub use adaptive::AdaptivePage;
pub use basic::BasicPage;
pub use big_list::BigListPage;
pub use counter::Counter;
pub use device_bar::DeviceBar;
pub use dialogs::DialogsPage;
pub use drawing::DrawingPage;
pub use flows::FlowsPage;
pub use grids::GridsPage;
pub use input::InputPage;
pub use list_features::ListFeaturesPage;
pub use lists::ListsPage;
pub use media::MediaPage;
pub use navigation::NavigationPage;
pub use pickers::PickersPage;
pub use router::RouterPage;
pub use settings::SettingsPage;
pub use tabs_styles::TabsStylesPage;
pub use text::TextPage;
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
    /// The group the home page shows it in.
    pub category: &'static str,
    /// One or two characters drawn as the card's icon.
    pub icon: &'static str,
    /// One line under the title on its card.
    pub about: &'static str,
    /// The page's own source (the `ui!` of what it shows), for the source view.
    pub source: &'static str,
    /// Build the page in the current scope and return what to attach.
    pub view: fn() -> arkui::NodeId,
}

/// The home page's groups, in order.
pub const CATEGORIES: [&str; 4] = ["State & apps", "Layout", "Components", "Navigation"];

impl Page {
    /// Whether the page answers a search for `query` (title, group or description, any
    /// case; an empty query matches every page).
    ///
    /// ```
    /// let pages = arkui_gallery::pages::all();
    /// let router = pages.iter().find(|p| p.name == "router").unwrap();
    /// assert!(router.matches("ROUT") && router.matches("") && !router.matches("zebra"));
    /// ```
    pub fn matches(&self, query: &str) -> bool {
        matches_query(self.title, self.category, self.about, query)
    }
}

/// Whether a page of `title`, `category` and `about` answers a search for `query`.
pub(crate) fn matches_query(title: &str, category: &str, about: &str, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty()
        || [title, category, about]
            .iter()
            .any(|f| f.to_lowercase().contains(&q))
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
    // In the order the side bar and the home page show them (by category).
    vec![
        Page {
            name: "counter",
            title: "Counter",
            category: "State & apps",
            icon: "+1",
            about: "@State and a click handler: the smallest app",
            source: include_str!("counter.rs"),
            view: view_of::<Counter>,
        },
        Page {
            name: "todo",
            title: "Todo list",
            category: "State & apps",
            icon: "✓",
            about: "A list you add to, tick off and clear",
            source: include_str!("todo.rs"),
            view: view_of::<TodoPage>,
        },
        Page {
            name: "settings",
            title: "Settings",
            category: "State & apps",
            icon: "⚙",
            about: "Rows sharing a theme; values in AppStorage",
            source: include_str!("settings.rs"),
            view: view_of::<SettingsPage>,
        },
        Page {
            name: "theme",
            title: "Theme",
            category: "State & apps",
            icon: "◐",
            about: "Light and dark, brand colours, a local theme",
            source: include_str!("theme.rs"),
            view: view_of::<ThemePage>,
        },
        Page {
            name: "adaptive",
            title: "Adaptive layout",
            category: "Layout",
            icon: "▦",
            about: "Columns, sidebar and type follow the screen's breakpoint",
            source: include_str!("adaptive.rs"),
            view: view_of::<AdaptivePage>,
        },
        Page {
            name: "lists",
            title: "Lists",
            category: "Layout",
            icon: "≡",
            about: "List groups, sticky headers, Grid and WaterFlow",
            source: include_str!("lists.rs"),
            view: view_of::<ListsPage>,
        },
        Page {
            name: "big-list",
            title: "100,000 rows",
            category: "Layout",
            icon: "∞",
            about: "100,000 rows through LazyForEach",
            source: include_str!("big_list.rs"),
            view: view_of::<BigListPage>,
        },
        Page {
            name: "list-features",
            title: "List features",
            category: "Layout",
            icon: "☰",
            about: "Pull to refresh, swipe to delete, lanes, an index bar",
            source: include_str!("list_features.rs"),
            view: view_of::<ListFeaturesPage>,
        },
        Page {
            name: "grids",
            title: "Grids",
            category: "Layout",
            icon: "▥",
            about: "Cells spanning rows and columns, GridRow breakpoints",
            source: include_str!("grids.rs"),
            view: view_of::<GridsPage>,
        },
        Page {
            name: "basic",
            title: "Basic components",
            category: "Components",
            icon: "Aa",
            about: "Text, buttons, toggles, sliders, progress",
            source: include_str!("basic.rs"),
            view: view_of::<BasicPage>,
        },
        Page {
            name: "text",
            title: "Text",
            category: "Components",
            icon: "¶",
            about: "Shadows, indents, adaptive sizes, marquee, clock, timer, links",
            source: include_str!("text.rs"),
            view: view_of::<TextPage>,
        },
        Page {
            name: "input",
            title: "Text input",
            category: "Components",
            icon: "⌨",
            about: "TextInput, TextArea, Search and Select",
            source: include_str!("input.rs"),
            view: view_of::<InputPage>,
        },
        Page {
            name: "pickers",
            title: "Pickers",
            category: "Components",
            icon: "◎",
            about: "Date, time and text wheels that fling and snap",
            source: include_str!("pickers.rs"),
            view: view_of::<PickersPage>,
        },
        Page {
            name: "media",
            title: "Images",
            category: "Components",
            icon: "▣",
            about: "Fit modes, errors, GIF, ImageAnimator, template, repeat, icons",
            source: include_str!("media.rs"),
            view: view_of::<MediaPage>,
        },
        Page {
            name: "flows",
            title: "Stepper & Panel",
            category: "Components",
            icon: "⇶",
            about: "A skippable three-step Stepper and a draggable Panel",
            source: include_str!("flows.rs"),
            view: view_of::<FlowsPage>,
        },
        Page {
            name: "dialogs",
            title: "Dialogs & popups",
            category: "Components",
            icon: "▤",
            about: "Alert and custom dialogs, toasts, popups, sheets",
            source: include_str!("dialogs.rs"),
            view: view_of::<DialogsPage>,
        },
        Page {
            name: "drawing",
            title: "Drawing",
            category: "Components",
            icon: "✎",
            about: "Shapes, paths and Canvas",
            source: include_str!("drawing.rs"),
            view: view_of::<DrawingPage>,
        },
        Page {
            name: "navigation",
            title: "Tabs & navigation",
            category: "Navigation",
            icon: "⇥",
            about: "Tabs, Navigation and a side bar",
            source: include_str!("navigation.rs"),
            view: view_of::<NavigationPage>,
        },
        Page {
            name: "tabs-styles",
            title: "Tabs styles",
            category: "Navigation",
            icon: "⊤",
            about: "Indicator, board, tinted icons, scrolling and side bars",
            source: include_str!("tabs_styles.rs"),
            view: view_of::<TabsStylesPage>,
        },
        Page {
            name: "router",
            title: "Router",
            category: "Navigation",
            icon: "↩",
            about: "Three routed pages, params and back",
            source: include_str!("router.rs"),
            view: view_of::<RouterPage>,
        },
    ]
}

#[allow(dead_code, reason = "keeps Widget in scope for view_of's finish()")]
fn _uses(w: impl Widget) {
    w.finish();
}
