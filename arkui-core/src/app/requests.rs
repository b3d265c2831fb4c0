//! Requests a UI makes of the app showing it and of the platform under it: switch to another
//! device profile, draw with another renderer. A component takes [`AppRequests`] while it
//! builds and calls it from a handler; the app applies a profile before its next layout, and
//! the platform answers a renderer request before its next frame, reporting what it draws
//! with in [`RendererStatus`] (which the UI can show, reactively).

use std::fmt;

use super::pipeline::App;
use crate::reactive::{State, consume, provide};
use crate::tree::{NodeId, with_tree};
use crate::{DeviceProfile, RendererChoice};

/// What the platform draws an app's frames with, as it last reported.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RendererStatus {
    /// [`RendererChoice::Software`] or [`RendererChoice::Gpu`]; `None` until the platform
    /// reports (platforms that never do draw in software).
    pub active: Option<RendererChoice>,
    /// For the user: the GPU adapter, or why the renderer last asked for is unavailable
    /// (empty when there is nothing to say).
    pub note: String,
}

impl RendererStatus {
    /// Drawing in software, with `note` saying why when another renderer was asked for.
    pub fn software(note: impl Into<String>) -> RendererStatus {
        RendererStatus {
            active: Some(RendererChoice::Software),
            note: note.into(),
        }
    }
}

impl fmt::Display for RendererStatus {
    /// One line for a status bar: `"software"`, `"GPU (adapter)"`, `"software: why"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.active {
            Some(RendererChoice::Gpu) => "GPU",
            Some(RendererChoice::Software) => "software",
            Some(RendererChoice::Auto) | None => "not reported",
        };
        match (self.active, self.note.is_empty()) {
            (_, true) => f.write_str(name),
            (Some(RendererChoice::Gpu), false) => write!(f, "{name} ({})", self.note),
            (_, false) => write!(f, "{name}: {}", self.note),
        }
    }
}

/// The requests handle of one app. `Copy`; take it with [`AppRequests::current`] in a
/// component's `build` and use it from handlers.
///
/// ```
/// use arkui_core::{App, AppRequests, CommonAttribute, DeviceProfile, NodeId, NodeKind};
/// let mut app = App::with_view(DeviceProfile::phone(), || {
///     let requests = AppRequests::current().expect("inside an app");
///     NodeId::create("Column", NodeKind::Flex)
///         .width(50.0)
///         .height(50.0)
///         .id("tv")
///         .on_click(move |_| requests.request_profile(DeviceProfile::tv()))
/// });
/// assert_eq!(app.inspector_tree()["$resolution"], "3.000000");
/// app.click_id("tv").unwrap();
/// assert!(app.needs_frame()); // the request schedules a frame
/// assert_eq!(app.inspector_tree()["$resolution"], "1.500000");
/// assert_eq!(app.profile().name, "tv");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct AppRequests {
    root: NodeId,
    profile: State<Option<DeviceProfile>>,
    renderer: State<Option<RendererChoice>>,
    status: State<RendererStatus>,
    /// A requested profile was applied and [`App::apply_requests`] has not said so yet.
    switched: State<bool>,
}

const REQUESTS: &str = "__arkui_app_requests";

impl AppRequests {
    /// A handle for the app whose stage is `root`, provided in the current scope.
    pub(super) fn provide_for(root: NodeId) -> AppRequests {
        let requests = AppRequests {
            root,
            profile: State::new(None),
            renderer: State::new(None),
            status: State::new(RendererStatus::default()),
            switched: State::new(false),
        };
        provide(Some(REQUESTS), requests);
        requests
    }

    /// The handle of the app the current component belongs to (`None` outside an app).
    pub fn current() -> Option<AppRequests> {
        consume::<AppRequests>(Some(REQUESTS)).map(|s| crate::untrack(|| s.get()))
    }

    /// Switch the app to `profile` (density, size, device type, input) before its next
    /// layout; everything re-lays out, as [`App::set_profile`] does.
    pub fn request_profile(&self, profile: DeviceProfile) {
        self.profile.set(Some(profile));
        self.wake();
    }

    /// Ask the platform to draw with `choice` from its next frame. Whether it could, and
    /// why not, shows in [`AppRequests::renderer_status`].
    pub fn request_renderer(&self, choice: RendererChoice) {
        self.renderer.set(Some(choice));
        self.wake();
    }

    /// What the platform draws with (tracked: a binding reading it follows changes).
    pub fn renderer_status(&self) -> RendererStatus {
        self.status.try_get().unwrap_or_default()
    }

    /// Nothing on screen changed, yet the app must run a frame to see the request.
    fn wake(&self) {
        let root = self.root;
        with_tree(|t| t.mark_paint_dirty(root));
    }
}

impl App {
    /// This app's requests handle, for code outside its components (tests, a host shell).
    pub fn requests(&self) -> AppRequests {
        self.requests
    }

    /// Apply a profile a component asked for ([`AppRequests::request_profile`]); `true`
    /// when one was applied since the last call, here or by a layout. Layout applies
    /// requests itself; a platform calls this before each frame to fit its surface (or
    /// its fixed screen size) to the new profile before drawing.
    pub fn apply_requests(&mut self) -> bool {
        self.apply_profile_request();
        take(self.requests.switched).unwrap_or(false)
    }

    /// The layout-time half of [`App::apply_requests`].
    pub(super) fn apply_profile_request(&mut self) {
        if let Some(profile) = take(self.requests.profile).flatten() {
            self.set_profile(profile);
            self.requests.switched.set(true);
        }
    }

    /// The renderer a component asked for ([`AppRequests::request_renderer`]), once: the
    /// platform switches if it can and answers with [`App::report_renderer`].
    pub fn take_renderer_request(&mut self) -> Option<RendererChoice> {
        take(self.requests.renderer).flatten()
    }

    /// What the platform draws with now (shown by UIs reading
    /// [`AppRequests::renderer_status`]).
    pub fn report_renderer(&mut self, status: RendererStatus) {
        let now = self.requests.status;
        if crate::untrack(|| now.try_get().ok()).as_ref() != Some(&status) {
            now.set(status);
        }
    }

    /// The renderer status last reported.
    pub fn renderer_status(&self) -> RendererStatus {
        crate::untrack(|| self.requests.renderer_status())
    }
}

/// The value of `slot`, leaving the default; no write (and no notification) when it
/// already holds the default.
fn take<T: Clone + Default + PartialEq + 'static>(slot: State<T>) -> Option<T> {
    let value = crate::untrack(|| slot.try_with(T::clone).ok())?;
    if value == T::default() {
        return None;
    }
    slot.set(T::default());
    Some(value)
}
