//! Theme following for the plainest widgets (Text, Divider, Button), which have no reactive
//! state of their own: one registry and one effect per thread instead of a binding per node,
//! because there may be thousands of texts.
//!
//! A node follows a token while its colour still equals the token's value: when the theme
//! changes, colours equal to the old value take the new one, and colours the app set are
//! left alone.

use std::cell::{Cell, RefCell};

use arkui_core::{Color, Effect, NodeId, Scope, untrack};

use crate::theme::{ThemeColors, Token, theme};

/// Which colour attribute of a node follows the theme.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    /// A text's font colour.
    FontColor(Token),
    /// A node's background colour.
    Background(Token),
}

struct Registry {
    entries: Vec<(NodeId, Slot)>,
    /// The colours the entries were last brought to.
    colors: ThemeColors,
    /// Sweep unmounted nodes when the list reaches this length.
    sweep_at: usize,
}

thread_local! {
    static REGISTRY: RefCell<Option<Registry>> = const { RefCell::new(None) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Give `node`'s `slot` the current theme value and keep it following the theme.
pub(crate) fn follow(node: NodeId, slot: Slot) {
    let colors = untrack(theme);
    write(node, slot, None, &colors);
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let reg = r.get_or_insert_with(|| Registry {
            entries: Vec::new(),
            colors,
            sweep_at: 256,
        });
        if reg.entries.len() >= reg.sweep_at {
            reg.entries.retain(|(n, _)| n.is_alive());
            reg.sweep_at = (reg.entries.len() * 2).max(256);
        }
        reg.entries.push((node, slot));
    });
    if !WATCHING.with(|w| w.replace(true)) {
        // One effect for the thread, owned by no component: it outlives every app.
        Scope::detached(|| {
            Effect::new(|| {
                let now = theme();
                untrack(|| recolor(now));
            });
        });
    }
}

/// Bring every registered node from the last colours to `now`.
fn recolor(now: ThemeColors) {
    let Some((entries, before)) = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let reg = r.as_mut()?;
        let before = std::mem::replace(&mut reg.colors, now);
        (before != now).then(|| (reg.entries.clone(), before))
    }) else {
        return;
    };
    for (node, slot) in entries {
        write(node, slot, Some(&before), &now);
    }
}

/// Set `slot` of `node` to its token in `now`, if it still shows the token of `before`
/// (always when `before` is `None`).
fn write(node: NodeId, slot: Slot, before: Option<&ThemeColors>, now: &ThemeColors) {
    let follows = |current: Color, token: Token| before.is_none_or(|b| current == token(b));
    match slot {
        Slot::FontColor(token) => node.set_text(|t| {
            if follows(t.font_color, token) {
                t.font_color = token(now);
            }
        }),
        Slot::Background(token) => node.set_visual(|v| {
            if follows(v.background_color, token) {
                v.background_color = token(now);
            }
        }),
    }
}
