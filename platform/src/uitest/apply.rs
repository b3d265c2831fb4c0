//! Jobs carried out on the UI thread: input into the app, its inspector tree, a capture.

use arkui_core::App;
use arkui_renderer::software::SoftwareRenderer;
use arkui_uitest::protocol::{RemoteError, Reply};

use super::Action;
use crate::Canvas;

/// Do `action` on `app`; `canvas` and `renderer` draw captures.
pub(super) fn apply(
    app: &mut App,
    action: Action,
    canvas: &mut Canvas,
    renderer: &mut SoftwareRenderer,
) -> Result<(Reply, Vec<u8>), RemoteError> {
    match action {
        Action::Dump => Ok((
            Reply::Layout {
                tree: app.inspector_tree(),
            },
            Vec::new(),
        )),
        Action::Snapshot => Ok((
            Reply::Snapshot {
                state: app.snapshot(),
            },
            Vec::new(),
        )),
        Action::Input(events) => {
            for e in &events {
                app.handle_input(e);
            }
            Ok((Reply::Done, Vec::new()))
        }
        Action::ScreenCap => {
            // Drawn apart from the backend's buffers: the whole frame as it is now, after
            // which the backend repaints in full (its damage tracking saw no frame).
            app.request_full_frame();
            canvas.render_app(app, renderer);
            app.request_full_frame();
            let png = canvas
                .encode_png()
                .map_err(|e| RemoteError::new("capture", e.to_string()))?;
            Ok((
                Reply::Image {
                    width: canvas.width(),
                    height: canvas.height(),
                },
                png,
            ))
        }
        Action::Exit => Ok((Reply::Done, Vec::new())),
    }
}
