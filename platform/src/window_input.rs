//! winit's window events to platform-neutral [`BackendEvent`]s.

use arkui_core::{ImeEvent, InputEvent, Key, Modifiers};
use winit::event::{
    ElementState, KeyEvent, MouseButton, MouseScrollDelta, TouchPhase, WindowEvent,
};
use winit::keyboard::{Key as WinitKey, NamedKey};

use crate::{BackendEvent, TextEntryFilter};

/// Pixels per wheel notch, for wheels that report lines.
const LINE_PIXELS: f32 = 40.0;

/// Input state carried between winit events.
#[derive(Debug, Default)]
pub(crate) struct WindowInput {
    cursor: (f32, f32),
    modifiers: Modifiers,
    /// Keeps key text and IME commits from inserting the same character twice.
    text: TextEntryFilter,
}

fn key(logical: &WinitKey) -> Key {
    match logical {
        WinitKey::Named(named) => match named {
            NamedKey::ArrowUp => Key::Up,
            NamedKey::ArrowDown => Key::Down,
            NamedKey::ArrowLeft => Key::Left,
            NamedKey::ArrowRight => Key::Right,
            NamedKey::Enter | NamedKey::Select => Key::Enter,
            NamedKey::Space => Key::Space,
            NamedKey::Tab => Key::Tab,
            NamedKey::Escape | NamedKey::BrowserBack | NamedKey::GoBack => Key::Back,
            NamedKey::Home => Key::Home,
            NamedKey::End => Key::End,
            NamedKey::PageUp => Key::PageUp,
            NamedKey::PageDown => Key::PageDown,
            NamedKey::Backspace => Key::Backspace,
            NamedKey::Delete => Key::Delete,
            other => Key::Other(*other as u32),
        },
        WinitKey::Character(c) => Key::Character(c.to_string()),
        _ => Key::Other(0),
    }
}

/// winit's IME event in platform-neutral terms.
fn ime_event(ime: &winit::event::Ime) -> ImeEvent {
    match ime {
        winit::event::Ime::Enabled => ImeEvent::Enabled,
        winit::event::Ime::Preedit(text, cursor) => ImeEvent::Preedit {
            text: text.clone(),
            cursor: *cursor,
        },
        winit::event::Ime::Commit(text) => ImeEvent::Commit(text.clone()),
        winit::event::Ime::Disabled => ImeEvent::Disabled,
    }
}

impl WindowInput {
    /// Translate one window event; `density_base` is the profile's density, multiplied by
    /// the window's scale factor.
    pub(crate) fn translate(
        &mut self,
        event: &WindowEvent,
        density_base: f32,
        out: &mut Vec<BackendEvent>,
    ) {
        let mut input = |e: InputEvent| out.push(BackendEvent::Input(e));
        match event {
            WindowEvent::CursorMoved { position, .. } => {
                self.cursor = (position.x as f32, position.y as f32);
                let (x, y) = self.cursor;
                input(InputEvent::PointerMove { id: 0, x, y });
            }
            WindowEvent::CursorLeft { .. } => input(InputEvent::PointerCancel { id: 0 }),
            WindowEvent::MouseInput {
                state,
                button: MouseButton::Left,
                ..
            } => {
                let (x, y) = self.cursor;
                input(match state {
                    ElementState::Pressed => InputEvent::PointerDown { id: 0, x, y },
                    ElementState::Released => InputEvent::PointerUp { id: 0, x, y },
                });
            }
            WindowEvent::MouseWheel { delta, .. } => {
                let (dx, dy) = match delta {
                    MouseScrollDelta::LineDelta(x, y) => (x * LINE_PIXELS, y * LINE_PIXELS),
                    MouseScrollDelta::PixelDelta(p) => (p.x as f32, p.y as f32),
                };
                let (x, y) = self.cursor;
                input(InputEvent::Scroll { x, y, dx, dy });
            }
            WindowEvent::Touch(t) => {
                let (id, x, y) = (t.id, t.location.x as f32, t.location.y as f32);
                input(match t.phase {
                    TouchPhase::Started => InputEvent::PointerDown { id, x, y },
                    TouchPhase::Moved => InputEvent::PointerMove { id, x, y },
                    TouchPhase::Ended => InputEvent::PointerUp { id, x, y },
                    TouchPhase::Cancelled => InputEvent::PointerCancel { id },
                });
            }
            WindowEvent::ModifiersChanged(m) => {
                let s = m.state();
                self.modifiers = Modifiers {
                    shift: s.shift_key(),
                    ctrl: s.control_key(),
                    alt: s.alt_key(),
                    meta: s.super_key(),
                };
            }
            WindowEvent::KeyboardInput {
                event:
                    KeyEvent {
                        logical_key,
                        text,
                        state,
                        ..
                    },
                ..
            } => {
                let mut events = Vec::new();
                self.text.key(
                    key(logical_key),
                    text.as_deref(),
                    *state == ElementState::Pressed,
                    self.modifiers,
                    &mut events,
                );
                events.into_iter().for_each(&mut input);
            }
            WindowEvent::Ime(ime) => {
                let mut events = Vec::new();
                self.text.ime(ime_event(ime), &mut events);
                events.into_iter().for_each(&mut input);
            }
            WindowEvent::Resized(size) => out.push(BackendEvent::Resized {
                width: size.width,
                height: size.height,
            }),
            WindowEvent::ScaleFactorChanged { scale_factor, .. } => {
                out.push(BackendEvent::DensityChanged(
                    *scale_factor as f32 * density_base,
                ));
            }
            // An X11 expose or a compositor asking for content: the shown pixels may be gone.
            WindowEvent::RedrawRequested => out.push(BackendEvent::ContentLost),
            WindowEvent::CloseRequested | WindowEvent::Destroyed => {
                out.push(BackendEvent::CloseRequested);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_keys_map_to_arkui_keys() {
        let named = |k| key(&WinitKey::Named(k));
        assert_eq!(named(NamedKey::ArrowUp), Key::Up);
        assert_eq!(named(NamedKey::Enter), Key::Enter);
        assert_eq!(named(NamedKey::Escape), Key::Back);
        assert_eq!(named(NamedKey::BrowserBack), Key::Back);
        assert_eq!(named(NamedKey::PageDown), Key::PageDown);
        assert!(matches!(named(NamedKey::F1), Key::Other(_)));
        assert_eq!(
            key(&WinitKey::Character("é".into())),
            Key::Character("é".into())
        );
    }

    #[test]
    fn winit_ime_events_replay_without_duplicated_commits() {
        use winit::event::Ime;
        let mut input = WindowInput::default();
        let mut out = Vec::new();
        // Pinyin: the composition grows, then the IME clears it and commits the hanzi.
        for ime in [
            Ime::Enabled,
            Ime::Preedit("n".into(), Some((1, 1))),
            Ime::Preedit("ni".into(), Some((2, 2))),
            Ime::Preedit(String::new(), None),
            Ime::Commit("你".into()),
        ] {
            input.translate(&WindowEvent::Ime(ime), 1.0, &mut out);
        }
        let commits: Vec<_> = out
            .iter()
            .filter_map(|e| match e {
                BackendEvent::Input(InputEvent::Ime(ImeEvent::Commit(t))) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(commits, ["你"]);
        assert!(
            out.contains(&BackendEvent::Input(InputEvent::Ime(ImeEvent::Preedit {
                text: "ni".into(),
                cursor: Some((2, 2)),
            })))
        );
    }

    #[test]
    fn resize_scale_and_close_become_backend_events() {
        let mut input = WindowInput::default();
        let mut out = Vec::new();
        let size = winit::dpi::PhysicalSize::new(640, 480);
        input.translate(&WindowEvent::Resized(size), 2.0, &mut out);
        input.translate(&WindowEvent::RedrawRequested, 2.0, &mut out);
        input.translate(&WindowEvent::CloseRequested, 2.0, &mut out);
        assert_eq!(
            out,
            vec![
                BackendEvent::Resized {
                    width: 640,
                    height: 480
                },
                BackendEvent::ContentLost,
                BackendEvent::CloseRequested,
            ]
        );
    }
}
