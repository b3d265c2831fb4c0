//! Node-by-node comparison of a layout with a fixture's expectations, and its report.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::fixture::{Boxed, Fixture, flatten};

/// Chromium keeps positions in 1/64 px and taffy works in f32: a tenth of a pixel is far above
/// both rounding errors and far below any real disagreement.
pub(crate) const TOLERANCE: f32 = 0.1;

fn close(a: Boxed, b: Boxed) -> bool {
    [
        (a.x, b.x),
        (a.y, b.y),
        (a.width, b.width),
        (a.height, b.height),
    ]
    .iter()
    .all(|(p, q)| (p - q).abs() <= TOLERANCE)
}

/// Nodes whose box differs by more than [`TOLERANCE`]; nodes Chromium did not lay out (inside
/// a `visibility: None` subtree) are not compared.
pub(crate) fn mismatches(f: &Fixture, actual: &BTreeMap<String, Boxed>) -> Vec<String> {
    flatten(&f.tree)
        .into_iter()
        .filter_map(|n| {
            let want = n.expected?;
            let got = actual[&n.id];
            (!close(want, got)).then(|| n.id.clone())
        })
        .collect()
}

/// Whether two layouts agree on every node Chromium laid out.
pub(crate) fn agree(f: &Fixture, a: &BTreeMap<String, Boxed>, b: &BTreeMap<String, Boxed>) -> bool {
    flatten(&f.tree)
        .iter()
        .filter(|n| n.expected.is_some())
        .all(|n| close(a[&n.id], b[&n.id]))
}

fn show(b: Boxed) -> String {
    format!(
        "({:8.3}, {:8.3}) {:8.3} x {:8.3}",
        b.x, b.y, b.width, b.height
    )
}

/// Every node: what Chromium says, what `engine` says, `!!` where they differ.
pub(crate) fn report(f: &Fixture, engine: &str, actual: &BTreeMap<String, Boxed>) -> String {
    let mut out = format!(
        "fixture {} ({}x{}): {}\n  {:<4} {:<40} {}\n",
        f.name, f.viewport.width, f.viewport.height, f.description, "node", "Chromium", engine
    );
    for n in flatten(&f.tree) {
        let got = actual[&n.id];
        let line = match n.expected {
            None => format!(
                "  {:<4} {:<40} {}   (not laid out by Chromium)",
                n.id,
                "-",
                show(got)
            ),
            Some(want) => {
                let mark = if close(want, got) { "" } else { "   !!" };
                format!("  {:<4} {:<40} {}{mark}", n.id, show(want), show(got))
            }
        };
        writeln!(out, "{line}").unwrap();
    }
    out
}
