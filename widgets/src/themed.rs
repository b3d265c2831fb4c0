//! Theme following for the plainest widgets (Text, Divider, Button), which have no reactive
//! state of their own: one registry and one effect per thread instead of a binding per node,
//! because there may be thousands of texts.
//!
//! A node follows its token while its colour is still the one the registry last gave it:
//! when the theme changes, such colours take the new token value, and colours the app set
//! are left alone.

use std::cell::RefCell;

use arkui_core::{Color, Effect, NodeId, Scope, State, untrack};

use crate::theme::{LocalTheme, ThemeColors, Token, local_theme, resolve};

/// Which colour attribute of a node follows the theme.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    /// A text's font colour.
    FontColor(Token),
    /// A node's background colour.
    Background(Token),
}

struct Entry {
    node: NodeId,
    slot: Slot,
    /// The `WithTheme` the node was built in.
    local: Option<LocalTheme>,
    /// The colour the registry last gave it.
    last: Color,
}

struct Registry {
    entries: Vec<Entry>,
    /// Every `WithTheme` entries were built in: the effect follows their options too.
    locals: Vec<LocalTheme>,
    /// Bumped when a new `WithTheme` appears, so the effect starts following it.
    rearm: State<u32>,
    /// Sweep unmounted nodes when the list reaches this length.
    sweep_at: usize,
}

thread_local! {
    static REGISTRY: RefCell<Option<Registry>> = const { RefCell::new(None) };
}

/// Give `node`'s `slot` the current theme value and keep it following the theme.
pub(crate) fn follow(node: NodeId, slot: Slot) {
    let local = local_theme();
    let color = token(slot)(&untrack(|| resolve(local)));
    write(node, slot, None, color);
    if REGISTRY.with(|r| r.borrow().is_none()) {
        start();
    }
    let (new_local, rearm) = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let Some(reg) = r.as_mut() else {
            return (false, None);
        };
        if reg.entries.len() >= reg.sweep_at {
            reg.entries.retain(|e| e.node.is_alive());
            reg.sweep_at = (reg.entries.len() * 2).max(256);
        }
        reg.entries.push(Entry {
            node,
            slot,
            local,
            last: color,
        });
        let new_local = local.filter(|l| !reg.locals.contains(l));
        if let Some(l) = new_local {
            reg.locals.push(l);
        }
        (new_local.is_some(), Some(reg.rearm))
    });
    if new_local && let Some(rearm) = rearm {
        rearm.update(|n| *n = n.wrapping_add(1));
    }
}

/// The registry and its effect, owned by no component: they outlive apps. The registry is
/// in place (and not borrowed) before the effect's first run reads it.
fn start() {
    let rearm = Scope::detached(|| State::new(0u32));
    REGISTRY.with(|r| {
        *r.borrow_mut() = Some(Registry {
            entries: Vec::new(),
            locals: Vec::new(),
            rearm,
            sweep_at: 256,
        });
    });
    Scope::detached(|| {
        Effect::new(move || {
            rearm.get();
            // Subscribe to the app's theme and every subtree theme, then recolour.
            resolve(None);
            let locals = REGISTRY.with(|r| {
                r.borrow()
                    .as_ref()
                    .map(|reg| reg.locals.clone())
                    .unwrap_or_default()
            });
            for l in &locals {
                resolve(Some(*l));
            }
            untrack(recolor);
        });
    });
}

fn token(slot: Slot) -> Token {
    match slot {
        Slot::FontColor(t) | Slot::Background(t) => t,
    }
}

/// Bring every entry to its token's current value.
fn recolor() {
    let Some(work) = REGISTRY.with(|r| {
        let r = r.borrow();
        let reg = r.as_ref()?;
        let mut themes: Vec<(Option<LocalTheme>, ThemeColors)> = vec![(None, resolve(None))];
        themes.extend(reg.locals.iter().map(|l| (Some(*l), resolve(Some(*l)))));
        let mut work = Vec::new();
        for (i, e) in reg.entries.iter().enumerate() {
            let colors = themes
                .iter()
                .find(|(l, _)| *l == e.local)
                .map_or(themes[0].1, |(_, c)| *c);
            let now = token(e.slot)(&colors);
            if now != e.last {
                work.push((i, now));
            }
        }
        Some(work)
    }) else {
        return;
    };
    for (i, now) in work {
        let entry = REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            let e = r.as_mut()?.entries.get_mut(i)?;
            let before = std::mem::replace(&mut e.last, now);
            Some((e.node, e.slot, before))
        });
        if let Some((node, slot, before)) = entry {
            write(node, slot, Some(before), now);
        }
    }
}

/// Set `slot` of `node` to `now` if it still shows `before` (always for `None`).
fn write(node: NodeId, slot: Slot, before: Option<Color>, now: Color) {
    let follows = |current: Color| before.is_none_or(|b| current == b);
    match slot {
        Slot::FontColor(_) => node.set_text(|t| {
            if follows(t.font_color) {
                t.font_color = now;
            }
        }),
        Slot::Background(_) => node.set_visual(|v| {
            if follows(v.background_color) {
                v.background_color = now;
            }
        }),
    }
}
