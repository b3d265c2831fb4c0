//! Headless: render frames to memory and PNG files. Tests, CI, and devices with no display.

use std::path::{Path, PathBuf};

use arkui_core::{
    App, DeviceProfile, Element, RendererChoice, RendererStatus, View, set_font_source,
};
use arkui_renderer::Rect;
use arkui_renderer::software::SoftwareRenderer;
use arkui_renderer::text::FontSource;
use serde_json::Value;

use crate::{Canvas, Error};

/// Render one frame of `app` to a PNG at `path`.
pub fn render_to_png(app: &mut App, path: impl AsRef<Path>) -> Result<PathBuf, Error> {
    let mut canvas = Canvas::new(0, 0);
    let mut renderer = SoftwareRenderer::new();
    answer_renderer_requests(app);
    // Images decode on their own thread: the picture waits for them (a bounded wait; a
    // decode still running after it shows as its placeholder).
    app.frame();
    app.wait_for_images(std::time::Duration::from_secs(10));
    // Make sure a frame is produced even if this app already rendered elsewhere.
    app.request_full_frame();
    canvas.render_app(app, &mut renderer);
    canvas.save_png(&path)?;
    Ok(path.as_ref().to_path_buf())
}

/// A headless harness that mounts a UI and drives it like a user: click by id, read the
/// inspector, render frames and look at pixels.
///
/// Fonts are pinned to the bundled face so frames are identical on every machine.
///
/// ```
/// use arkui_core::{CommonAttribute, DeviceProfile, State};
/// use arkui_platform::TestApp;
/// let count = State::new(0);
/// let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
///     arkui_core::NodeId::create("Column", arkui_core::NodeKind::Flex)
///         .width(50.0).height(20.0).id("box").on_click(move |_| count.update(|c| *c += 1))
/// });
/// t.click("box").unwrap();
/// assert_eq!(count.get(), 1);
/// assert_eq!(t.rect("box").unwrap().width, 50.0);
/// ```
pub struct TestApp {
    app: App,
    canvas: Canvas,
    renderer: SoftwareRenderer,
}

impl TestApp {
    /// Mount component `E` under `profile`.
    pub fn new<E: Element<()>>(profile: DeviceProfile) -> TestApp {
        set_font_source(FontSource::BundledOnly);
        TestApp::from_app(App::new::<E>(profile))
    }

    /// Mount what `build` returns under `profile`.
    pub fn with_view<V: View>(profile: DeviceProfile, build: impl FnOnce() -> V) -> TestApp {
        set_font_source(FontSource::BundledOnly);
        TestApp::from_app(App::with_view(profile, build))
    }

    fn from_app(mut app: App) -> TestApp {
        answer_renderer_requests(&mut app);
        TestApp {
            app,
            canvas: Canvas::new(0, 0),
            renderer: SoftwareRenderer::new(),
        }
    }

    /// The app under test.
    pub fn app(&mut self) -> &mut App {
        &mut self.app
    }

    /// Click the centre of the component with `.id(id)`.
    pub fn click(&mut self, id: &str) -> Result<(), arkui_core::Error> {
        self.app.click_id(id)
    }

    /// The inspector JSON of `.id(id)`.
    pub fn inspect(&mut self, id: &str) -> Option<Value> {
        self.app.inspector_by_id(id)
    }

    /// The whole inspector tree.
    pub fn inspector_tree(&mut self) -> Value {
        self.app.inspector_tree()
    }

    /// The text content of `.id(id)` (a `Text`, or a `Button`'s label).
    pub fn text(&mut self, id: &str) -> Option<String> {
        let v = self.inspect(id)?;
        let attrs = &v["$attrs"];
        attrs["content"]
            .as_str()
            .or_else(|| attrs["label"].as_str())
            .map(str::to_string)
    }

    /// The window rect of `.id(id)` in pixels.
    pub fn rect(&mut self, id: &str) -> Option<Rect> {
        arkui_core::inspector_rect(&self.inspect(id)?)
    }

    /// The current frame (rendered now if anything changed).
    pub fn render(&mut self) -> &Canvas {
        answer_renderer_requests(&mut self.app);
        self.canvas.render_app(&mut self.app, &mut self.renderer);
        &self.canvas
    }

    /// Frames rendered so far.
    pub fn frame_count(&self) -> u64 {
        self.app.frame_count()
    }
}

/// Headless frames are drawn by the software renderer: say so, and decline a request for
/// the GPU with the reason.
fn answer_renderer_requests(app: &mut App) {
    let note = match app.take_renderer_request() {
        Some(RendererChoice::Gpu | RendererChoice::Auto) => "headless frames are drawn in software",
        Some(RendererChoice::Software) => "",
        None if app.renderer_status().active.is_some() => return,
        None => "",
    };
    app.report_renderer(RendererStatus::software(note));
}

/// The default folder headless output goes to.
pub fn default_output_dir() -> PathBuf {
    std::env::var_os("ARKUI_OUT").map_or_else(|| PathBuf::from("arkui-out"), PathBuf::from)
}

/// `Value` of the inspector helpers, re-exported for tests.
pub use serde_json::Value as InspectorValue;
