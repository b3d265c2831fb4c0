//! The previewer's own window: the app's page under each profile side by side, the build
//! status, and compile errors drawn where the pages are. It is an arkui-rs page itself.

use std::sync::Arc;
use std::sync::mpsc::Sender;

use arkui::prelude::*;
use arkui::{ImageSource, State, TouchKind};

use crate::cargo_build::CompileError;
use crate::session::Frame;
use crate::worker::{Command, Update};

/// Height each profile's frame is shown at, in vp.
pub const FRAME_HEIGHT: f32 = 420.0;
/// Room around and between frames, in vp.
const GAP: f32 = 16.0;

/// One frame as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameView {
    /// Which profile (its index in the list).
    pub index: usize,
    /// The profile's name.
    pub profile: String,
    /// The PNG.
    pub png: Arc<[u8]>,
    /// The frame's size in pixels.
    pub size: (u32, u32),
    /// Changes with every new picture, so the page shows the new one.
    pub serial: u64,
}

impl FrameView {
    /// The size the frame is drawn at, in vp: [`FRAME_HEIGHT`] high, or narrower for a
    /// very wide screen.
    pub fn shown_size(&self) -> (f32, f32) {
        let (w, h) = (self.size.0.max(1) as f32, self.size.1.max(1) as f32);
        let scale = (FRAME_HEIGHT / h).min(640.0 / w);
        (w * scale, h * scale)
    }
}

/// The page's state, fed from the worker's updates.
#[derive(Clone, Copy)]
pub struct Model {
    /// One line: building, ready, failed.
    pub status: State<String>,
    /// The frames of the last good build (clicks refresh one).
    pub frames: State<Vec<FrameView>>,
    /// The errors of the last build, when it failed.
    pub errors: State<Vec<CompileError>>,
    /// The profile last clicked: keys typed in the preview go to its app.
    pub active: State<usize>,
    serial: State<u64>,
}

impl Model {
    /// An empty model (create it outside any component: it outlives the page).
    pub fn new() -> Model {
        Model {
            status: State::new("starting".to_string()),
            frames: State::new(Vec::new()),
            errors: State::new(Vec::new()),
            active: State::new(0),
            serial: State::new(0),
        }
    }

    fn next_serial(&self) -> u64 {
        self.serial.update(|s| *s += 1);
        self.serial.get_untracked()
    }

    /// Take one update into the page.
    pub fn apply(&self, update: &Update) {
        match update {
            Update::Building { reason } => self.status.set(format!("building: {reason}")),
            Update::Frames {
                generation,
                frames,
                build_ms,
                save_to_pixels_ms,
                ..
            } => {
                let views = frames
                    .iter()
                    .enumerate()
                    .map(|(index, f)| self.view_of(index, f))
                    .collect();
                self.frames.set(views);
                self.errors.set(Vec::new());
                let since_save = save_to_pixels_ms
                    .map(|ms| format!(", {ms} ms from save to pixels"))
                    .unwrap_or_default();
                self.status.set(format!(
                    "build {generation}: built in {build_ms} ms{since_save}"
                ));
            }
            Update::Refreshed { index, frame } => {
                let view = self.view_of(*index, frame);
                self.frames.update(|fs| {
                    if let Some(f) = fs.get_mut(*index) {
                        *f = view;
                    }
                });
            }
            Update::Failed { errors, build_ms } => {
                self.errors.set(errors.clone());
                self.status.set(format!(
                    "build failed in {build_ms} ms ({} error{}); the frames below are the last good build",
                    errors.len(),
                    if errors.len() == 1 { "" } else { "s" }
                ));
            }
            Update::Problem(p) => self.status.set(format!("problem: {p}")),
        }
    }

    fn view_of(&self, index: usize, f: &Frame) -> FrameView {
        FrameView {
            index,
            profile: f.profile.clone(),
            png: f.png.clone().into(),
            size: f.size,
            serial: self.next_serial(),
        }
    }

    /// The page's size in vp for its current content (the headless sheet is sized to it).
    pub fn sheet_size(&self) -> (u32, u32) {
        let frames = self.frames.get_untracked();
        let width: f32 = frames.iter().map(|f| f.shown_size().0 + GAP).sum::<f32>() + GAP;
        let errors = self.errors.get_untracked();
        let error_lines: usize = errors
            .iter()
            .map(|e| 2 + e.rendered.lines().count().min(12))
            .sum();
        let height = 56.0 + FRAME_HEIGHT + 40.0 + error_lines as f32 * 18.0 + 24.0;
        (width.max(640.0).ceil() as u32, height.ceil() as u32)
    }
}

impl Default for Model {
    fn default() -> Self {
        Model::new()
    }
}

/// The page. Clicks on a frame are sent to the worker in that frame's pixels.
pub fn page(model: Model, commands: Sender<Command>) -> impl View {
    let status = model.status;
    let errors = model.errors;
    let frames = model.frames;
    let active = model.active;
    // A copyable handle for the click handlers the frames' list creates.
    let commands = State::new(commands);
    ui! {
        Column(space = 8.vp()) {
            Text(status.get())
                .font_size(14.fp())
                .id("preview-status")
            if !errors.get().is_empty() {
                Column(space = 2.vp()) {
                    ForEach(errors.get().into_iter().enumerate().collect::<Vec<_>>(), |(i, _)| *i, |(i, e): (usize, CompileError)| {
                        Column(space = 2.vp()) {
                            Text(format!("error: {}", e.message))
                                .font_size(14.fp())
                                .font_weight(FontWeight::Bold)
                                .font_color(Color::from_rgb(0xC62828))
                                .id(format!("preview-error-{i}"))
                            Text(format!("--> {}", e.location()))
                                .font_size(13.fp())
                                .font_color(Color::from_rgb(0x37474F))
                                .id(format!("preview-error-at-{i}"))
                            Text(e.rendered.lines().take(12).collect::<Vec<_>>().join("\n"))
                                .font_size(12.fp())
                                .font_family("monospace")
                                .font_color(Color::from_rgb(0x263238))
                        }
                    })
                }
                .width(pct(100.0))
                .padding(8.vp())
                .background_color(Color::from_rgb(0xFFEBEE))
                .border_radius(6.vp())
                .id("preview-errors")
            }
            Row(space = GAP.vp()) {
                ForEach(frames.get(), |f| f.serial, |f: FrameView| {
                    Column(space = 4.vp()) {
                        Text(format!("{} · {}x{}", f.profile, f.size.0, f.size.1))
                            .font_size(13.fp())
                        frame_image(&f, active, commands)
                    }
                })
            }
            .align_items(VerticalAlign::Top)
        }
        .padding(GAP.vp())
        .width(pct(100.0))
        .height(pct(100.0))
        .background_color(Color::from_rgb(0xECEFF1))
        // Keys typed in the preview go to the app last clicked, as if typed into it.
        .focusable(true)
        .default_focus(true)
        .on_key_event(move |e| {
            if let Some(c) = forward_key(e, active.get_untracked()) {
                let _ = commands.get_untracked().send(c);
            }
            true
        })
    }
}

/// How far (vp) a press must move across a frame to be a swipe rather than a click: the
/// tap recognizer's slop, so a press is one or the other, never both.
pub const SWIPE_MIN_VP: f32 = 10.0;

/// A profile's frame. A click, a swipe (press, move, release) and the wheel over it go to
/// that profile's app, in its pixels; the wheel scrolls where the pointer was last pressed
/// or released on the frame (its centre before that: hover positions do not reach it).
fn frame_image(f: &FrameView, active: State<usize>, commands: State<Sender<Command>>) -> Image {
    let (shown, size, index) = (f.shown_size(), f.size, f.index);
    let to_px = move |x: f32, y: f32| (x / shown.0 * size.0 as f32, y / shown.1 * size.1 as f32);
    let send = move |c: Command| {
        let _ = commands.get_untracked().send(c);
    };
    let down: State<Option<(f32, f32)>> = State::new(None);
    let last = State::new((shown.0 / 2.0, shown.1 / 2.0));
    let image = Image::new(ImageSource::Bytes(f.png.clone()))
        .width(shown.0.vp())
        .height(shown.1.vp())
        .border_width(1.vp())
        .border_color(Color::from_rgb(0xB0BEC5))
        .id(format!("preview-frame-{}", f.profile))
        .on_click(move |e| {
            active.set(index);
            let (x, y) = to_px(e.x, e.y);
            send(Command::Click { index, x, y });
        })
        .on_touch(move |e| match e.kind {
            TouchKind::Down => {
                down.set(Some((e.x, e.y)));
                last.set((e.x, e.y));
            }
            TouchKind::Up => {
                last.set((e.x, e.y));
                let Some(from) = down.get_untracked() else {
                    return;
                };
                down.set(None);
                // A short press is the click above; a longer move is a swipe.
                if (e.x - from.0).hypot(e.y - from.1) > SWIPE_MIN_VP {
                    active.set(index);
                    send(Command::Swipe {
                        index,
                        from: to_px(from.0, from.1),
                        to: to_px(e.x, e.y),
                    });
                }
            }
            TouchKind::Cancel => down.set(None),
            TouchKind::Move => {}
        });
    arkui::set_wheel_handler(image.node(), move |dx, dy| {
        let (x, y) = last.get_untracked();
        let (x, y) = to_px(x, y);
        // The preview's pixels are its vp (a desktop window); the app's are its own.
        let (sx, sy) = (size.0 as f32 / shown.0, size.1 as f32 / shown.1);
        send(Command::Scroll {
            index,
            x,
            y,
            dx: dx * sx,
            dy: dy * sy,
        });
    });
    image
}

/// The command a key pressed in the preview becomes: a character without ctrl, alt or meta
/// is typed text; anything else a key by name.
///
/// ```
/// use arkui::{Key, KeyEvent, Modifiers};
/// use arkui_preview::view::forward_key;
/// use arkui_preview::worker::Command;
/// let e = |key, ctrl| KeyEvent { key, pressed: true, modifiers: Modifiers { ctrl, ..Modifiers::default() } };
/// assert!(matches!(forward_key(&e(Key::Character("a".into()), false), 1), Some(Command::Text { index: 1, .. })));
/// assert!(matches!(forward_key(&e(Key::Character("a".into()), true), 0), Some(Command::Key { .. })));
/// assert!(matches!(forward_key(&e(Key::Enter, false), 0), Some(Command::Key { .. })));
/// ```
pub fn forward_key(e: &arkui::KeyEvent, index: usize) -> Option<Command> {
    use arkui::Key;
    if !e.pressed {
        return None;
    }
    let m = e.modifiers;
    let name = match &e.key {
        Key::Character(c) if !(m.ctrl || m.alt || m.meta) => {
            return Some(Command::Text {
                index,
                text: c.clone(),
            });
        }
        Key::Character(c) => c.clone(),
        Key::Other(_) => return None,
        named => format!("{named:?}"),
    };
    let modifiers = [
        ("ctrl", m.ctrl),
        ("shift", m.shift),
        ("alt", m.alt),
        ("meta", m.meta),
    ]
    .iter()
    .filter(|(_, on)| *on)
    .map(|(n, _)| n.to_string())
    .collect();
    Some(Command::Key {
        index,
        key: name,
        modifiers,
    })
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use arkui::InputEvent;
    use arkui::platform::TestApp;

    use super::*;

    /// A 1x1 green PNG.
    const PNG: &[u8] = &[
        137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2,
        0, 0, 0, 144, 119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 248, 207, 192, 0, 0,
        3, 1, 1, 0, 201, 254, 146, 239, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
    ];

    fn frame(profile: &str, size: (u32, u32)) -> Frame {
        Frame {
            profile: profile.into(),
            png: PNG.to_vec(),
            size,
            tree: serde_json::Value::Null,
        }
    }

    fn pointer(t: &mut TestApp, events: &[(u8, f32, f32)]) {
        for &(phase, x, y) in events {
            let e = match phase {
                0 => InputEvent::PointerDown { id: 0, x, y },
                1 => InputEvent::PointerMove { id: 0, x, y },
                _ => InputEvent::PointerUp { id: 0, x, y },
            };
            t.app().handle_input(&e);
        }
    }

    #[test]
    fn a_click_a_swipe_and_the_wheel_on_a_frame_go_to_that_profiles_app_in_its_pixels() {
        let model = Model::new();
        let (tx, rx) = mpsc::channel();
        let mut t = TestApp::with_view(DeviceProfile::desktop(1400, 700), move || page(model, tx));
        model.apply(&Update::Frames {
            generation: 1,
            frames: vec![frame("phone", (360, 720)), frame("iot", (320, 240))],
            instances: Vec::new(),
            build_ms: 0,
            save_to_pixels_ms: None,
        });
        t.render();
        let r = t.rect("preview-frame-iot").expect("the iot frame is shown");
        let (sx, sy) = (320.0 / r.width, 240.0 / r.height);
        let close = |a: f32, b: f32| (a - b).abs() < 2.0;

        // A click in the middle: the iot app's middle.
        let (cx, cy) = (r.x + r.width / 2.0, r.y + r.height / 2.0);
        pointer(&mut t, &[(0, cx, cy), (2, cx, cy)]);
        match rx.try_recv() {
            Ok(Command::Click { index: 1, x, y }) => {
                assert!(close(x, 160.0) && close(y, 120.0), "({x}, {y})")
            }
            other => panic!("expected a click on the iot frame, got {other:?}"),
        }

        // A drag from left to right: a swipe, and no click.
        let (x0, x1) = (r.x + 10.0, r.x + r.width - 10.0);
        pointer(
            &mut t,
            &[(0, x0, cy), (1, cx, cy), (1, x1, cy), (2, x1, cy)],
        );
        match rx.try_recv() {
            Ok(Command::Swipe { index: 1, from, to }) => {
                assert!(
                    close(from.0, 10.0 * sx) && close(to.0, 320.0 - 10.0 * sx),
                    "{from:?} {to:?}"
                );
                assert!(close(from.1, 120.0) && close(to.1, 120.0));
            }
            other => panic!("expected a swipe on the iot frame, got {other:?}"),
        }
        assert!(rx.try_recv().is_err(), "the swipe was not also a click");

        // The wheel: at the last press, in the app's pixels.
        t.app().handle_input(&InputEvent::Scroll {
            x: cx,
            y: cy,
            dx: 0.0,
            dy: 30.0,
        });
        match rx.try_recv() {
            Ok(Command::Scroll {
                index: 1, x, y, dy, ..
            }) => {
                assert!(close(x, 320.0 - 10.0 * sx) && close(y, 120.0), "({x}, {y})");
                assert!(close(dy, 30.0 * sy), "{dy}");
            }
            other => panic!("expected a scroll on the iot frame, got {other:?}"),
        }
    }
}
