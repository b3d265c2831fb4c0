//! Theme following for the plainest widgets (Text, Divider, Button), which have no reactive
//! state of their own: one effect per thread instead of a binding per node, because there
//! may be thousands of texts.
//!
//! What a node follows is kept in the node ([`Following`], an extension freed with it); a
//! theme change finds the following nodes by walking the arena, so no list of them is kept
//! and nothing has to be swept. A node follows its token while its colour is still the one
//! the theme last gave it: when the theme changes, such colours take the new token value,
//! and colours the app set are left alone.

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

#[derive(Clone, Copy)]
struct Entry {
    slot: Slot,
    /// The `WithTheme` the node was built in.
    local: Option<LocalTheme>,
    /// The colour the theme last gave it.
    last: Color,
}

/// The attributes of one node that follow the theme: its font colour, its background.
/// Inline rather than a vector: one is kept by every theme-coloured text.
#[derive(Clone, Copy, Default)]
struct Following([Option<Entry>; 2]);

impl Following {
    fn entry(&mut self, slot: Slot) -> &mut Option<Entry> {
        match slot {
            Slot::FontColor(_) => &mut self.0[0],
            Slot::Background(_) => &mut self.0[1],
        }
    }
}

/// What the thread's one theme effect follows besides the app theme.
struct Watch {
    /// Every `WithTheme` following nodes were built in: the effect follows their options too.
    locals: Vec<LocalTheme>,
    /// Bumped when a new `WithTheme` appears, so the effect starts following it.
    rearm: State<u32>,
}

thread_local! {
    // Per thread like the theme itself (`ThemeControl`, `Environment`): one effect serves
    // every app on the thread.
    static WATCH: RefCell<Option<Watch>> = const { RefCell::new(None) };
}

/// Give `node`'s `slot` the current theme value and keep it following the theme.
pub(crate) fn follow(node: NodeId, slot: Slot) {
    let local = local_theme();
    let color = token(slot)(&untrack(|| resolve(local)));
    write(node, slot, None, color);
    node.with_extension(|f: &mut Following| {
        *f.entry(slot) = Some(Entry {
            slot,
            local,
            last: color,
        });
    });
    if WATCH.with(|w| w.borrow().is_none()) {
        start();
    }
    let rearm = WATCH.with(|w| {
        let mut w = w.borrow_mut();
        let watch = w.as_mut()?;
        let new = local.filter(|l| !watch.locals.contains(l))?;
        watch.locals.push(new);
        Some(watch.rearm)
    });
    if let Some(rearm) = rearm {
        rearm.update(|n| *n = n.wrapping_add(1));
    }
}

/// The effect, owned by no component: it outlives apps. The watch list is in place (and
/// not borrowed) before the effect's first run reads it.
fn start() {
    let rearm = Scope::detached(|| State::new(0u32));
    WATCH.with(|w| {
        *w.borrow_mut() = Some(Watch {
            locals: Vec::new(),
            rearm,
        });
    });
    Scope::detached(|| {
        Effect::new(move || {
            rearm.get();
            // Subscribe to the app's theme and every subtree theme, then recolour.
            resolve(None);
            let locals = WATCH.with(|w| {
                w.borrow()
                    .as_ref()
                    .map(|w| w.locals.clone())
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

/// Bring every following node to its tokens' current values.
fn recolor() {
    let locals = WATCH.with(|w| {
        w.borrow()
            .as_ref()
            .map(|w| w.locals.clone())
            .unwrap_or_default()
    });
    let mut themes: Vec<(Option<LocalTheme>, ThemeColors)> = vec![(None, resolve(None))];
    themes.extend(locals.iter().map(|l| (Some(*l), resolve(Some(*l)))));
    let colors_of = |local: Option<LocalTheme>| {
        themes
            .iter()
            .find(|(l, _)| *l == local)
            .map_or(themes[0].1, |(_, c)| *c)
    };
    for node in NodeId::all_with_extension::<Following>() {
        let Some(following) = node.extension::<Following>() else {
            continue;
        };
        let mut changed = following;
        let mut writes = Vec::new();
        for e in changed.0.iter_mut().flatten() {
            let now = token(e.slot)(&colors_of(e.local));
            if now != e.last {
                writes.push((e.slot, e.last, now));
                e.last = now;
            }
        }
        if writes.is_empty() {
            continue;
        }
        node.set_extension(changed);
        for (slot, before, now) in writes {
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
