//! How an [`App`] defers to its overlay layer ([`crate::OverlayManager`]): focus stays
//! inside the topmost overlay that blocks input, Back closes the top overlay before anything
//! else sees it, and timed overlays (toasts) close on the frame clock.

use super::App;
use crate::overlay::{OverlayManager, is_inside};
use crate::tree::{NodeId, with_tree};

impl App {
    /// This app's overlay layer (dialogs, menus, popups, toasts).
    pub fn overlays(&self) -> OverlayManager {
        OverlayManager::of(self)
    }

    /// The reactive scope the app's tree lives in.
    pub(crate) fn root_scope(&self) -> crate::Scope {
        self.scope
    }

    /// Where focus may go now: inside the top blocking overlay, else the whole app.
    pub(super) fn focus_root(&self) -> NodeId {
        self.overlays().focus_trap().unwrap_or(self.root)
    }

    /// Focus outside the top blocking overlay (it just opened) moves to its first focusable
    /// component, so keys cannot reach the page under a dialog. Returns whether it moved.
    pub(super) fn trap_focus(&mut self) -> bool {
        self.overlays().activate();
        let scope = self.focus_root();
        if scope == self.root {
            return false;
        }
        if self.focus.focused.is_some_and(|f| is_inside(f, scope)) {
            return false;
        }
        let first = with_tree(|t| {
            let list = crate::focus::focusables(t, scope);
            list.iter()
                .copied()
                .find(|n| t.nodes[*n].interaction.default_focus)
                .or(list.first().copied())
        });
        self.focus.started = true;
        self.set_focus(first);
        true
    }

    /// Back goes to the top overlay first. Returns whether one closed.
    pub(super) fn back_to_overlay(&mut self) -> bool {
        let closed = self.overlays().back();
        if closed {
            self.schedule_frame();
        }
        closed
    }

    /// Close timed overlays whose time has come.
    pub(super) fn tick_overlays(&mut self) {
        if self.overlays().tick(crate::now_ms()) {
            self.schedule_frame();
        }
    }
}
