//! What every overlay a component opens from its own state shares (`bindPopup`,
//! `bindSheet`): open it when the state turns true, close it when it turns false, and say
//! which happened.

use arkui_core::{Effect, Overlay, OverlayManager, State, untrack};

/// While `show` is true keep an overlay opened by `open` on the current app's layer;
/// `shown` hears `true` after it opens and `false` after it closes. Whoever dismisses it
/// (a mask tap, Back, its own close button) sets `show` false.
pub(crate) fn bind_overlay(
    show: State<bool>,
    open: impl Fn(OverlayManager) -> Overlay + 'static,
    shown: impl Fn(bool) + 'static,
) {
    let manager = OverlayManager::current();
    let current: State<Option<Overlay>> = State::new(None);
    Effect::new(move || {
        let want = show.get();
        untrack(|| {
            let open_now = current.get().filter(|o| o.is_open());
            match (want, open_now) {
                (true, None) => {
                    let Some(m) = manager.or_else(OverlayManager::current) else {
                        return;
                    };
                    current.set(Some(open(m)));
                    shown(true);
                }
                (false, Some(o)) => {
                    o.close();
                    current.set(None);
                    shown(false);
                }
                _ => {}
            }
        });
    });
}
