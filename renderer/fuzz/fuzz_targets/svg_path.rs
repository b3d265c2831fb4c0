//! SVG path data: any UTF-8 string parses to a path or an error carrying the path before it,
//! never a panic or a hang; every point is finite and an error's offset lies in the input.
#![no_main]

use arkui_renderer::{PathData, PathVerb, Point};
use libfuzzer_sys::fuzz_target;

fn finite(verbs: &[PathVerb]) -> bool {
    let ok = |p: &Point| p.x.is_finite() && p.y.is_finite();
    verbs.iter().all(|v| match v {
        PathVerb::MoveTo(a) | PathVerb::LineTo(a) => ok(a),
        PathVerb::QuadTo(a, b) => ok(a) && ok(b),
        PathVerb::CubicTo(a, b, c) => ok(a) && ok(b) && ok(c),
        PathVerb::Close => true,
    })
}

fuzz_target!(|data: &str| {
    match PathData::from_svg(data) {
        Ok(path) => assert!(finite(&path.verbs())),
        Err(e) => {
            if let Some(offset) = e.offset() {
                assert!(offset <= data.len(), "{e}");
            }
            assert!(finite(&e.partial().verbs()));
            let _ = e.to_string();
        }
    }
});
