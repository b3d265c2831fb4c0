//! The committed fixtures (`tests/fixtures/layout/*.json`, written by
//! `tools/layout-fixtures/gen.py`) and the list of known differences.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One fixture file: a tree in ArkUI's attributes plus Chromium's border boxes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Fixture {
    pub(crate) name: String,
    pub(crate) description: String,
    /// Why ArkUI differs from CSS here, when it does.
    #[expect(dead_code, reason = "documentation for readers of the fixture file")]
    pub(crate) note: Option<String>,
    #[expect(dead_code, reason = "documentation for readers of the fixture file")]
    pub(crate) generator: String,
    #[expect(dead_code, reason = "documentation for readers of the fixture file")]
    pub(crate) browser: String,
    pub(crate) viewport: Viewport,
    pub(crate) tree: FixtureNode,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Viewport {
    pub(crate) width: u32,
    pub(crate) height: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FixtureNode {
    pub(crate) id: String,
    pub(crate) style: NodeStyle,
    /// Chromium's border box relative to the stage; `None` inside a `visibility: None` subtree.
    pub(crate) expected: Option<Boxed>,
    #[serde(default)]
    pub(crate) children: Vec<FixtureNode>,
}

/// A border box: x, y relative to the stage (the app's root), in pixels.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Boxed {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) width: f32,
    pub(crate) height: f32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Xy {
    pub(crate) x: String,
    pub(crate) y: String,
}

/// ArkUI attributes as the fixture writes them; `None` is ArkUI's default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub(crate) struct NodeStyle {
    pub(crate) width: Option<String>,
    pub(crate) height: Option<String>,
    pub(crate) min_width: Option<String>,
    pub(crate) max_width: Option<String>,
    pub(crate) min_height: Option<String>,
    pub(crate) max_height: Option<String>,
    pub(crate) padding: Option<[String; 4]>,
    pub(crate) margin: Option<[String; 4]>,
    pub(crate) border_width: Option<[String; 4]>,
    pub(crate) flex_grow: Option<f32>,
    pub(crate) flex_shrink: Option<f32>,
    pub(crate) flex_basis: Option<String>,
    pub(crate) align_self: Option<String>,
    pub(crate) aspect_ratio: Option<f32>,
    pub(crate) direction: Option<String>,
    pub(crate) space: Option<String>,
    pub(crate) align_items: Option<String>,
    pub(crate) justify_content: Option<String>,
    pub(crate) wrap: Option<String>,
    pub(crate) align_content: Option<String>,
    pub(crate) position: Option<Xy>,
    pub(crate) offset: Option<Xy>,
    pub(crate) visibility: Option<String>,
}

/// A fixture length, before either engine's types.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Len {
    Px(f32),
    Percent(f32),
    Auto,
}

/// `"12px"`, `"50%"` or `"auto"`.
pub(crate) fn len(s: &str) -> Len {
    let parse = |n: &str| {
        n.parse::<f32>()
            .unwrap_or_else(|e| panic!("bad length {s:?}: {e}"))
    };
    if s == "auto" {
        Len::Auto
    } else if let Some(n) = s.strip_suffix("px") {
        Len::Px(parse(n))
    } else if let Some(n) = s.strip_suffix('%') {
        Len::Percent(parse(n))
    } else {
        panic!("bad length {s:?}: expected NNpx, NN% or auto")
    }
}

pub(crate) fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layout")
}

/// Every committed fixture, sorted by name.
pub(crate) fn load_all() -> Vec<Fixture> {
    load_dir(&fixtures_dir())
}

/// Every fixture in `dir`, sorted by name.
pub(crate) fn load_dir(dir: &Path) -> Vec<Fixture> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let f: Fixture =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            assert_eq!(
                p.file_stem().unwrap().to_str(),
                Some(f.name.as_str()),
                "file name and fixture name differ"
            );
            f
        })
        .collect()
}

/// Why a fixture is skipped by the conformance test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Skip {
    /// taffy on its own (no arkui code) disagrees with Chromium.
    EngineDifference,
    /// arkui-core disagrees with taffy on its own: a bug to fix.
    ArkuiBug,
}

/// `KNOWN_DIFFERENCES.md`: list items "- `fixture_name` ..." under a heading that says which
/// kind of difference they are (`## taffy ...` or `## arkui-core ...`).
pub(crate) fn known_differences() -> BTreeMap<String, Skip> {
    let text = std::fs::read_to_string(fixtures_dir().join("KNOWN_DIFFERENCES.md"))
        .expect("tests/fixtures/layout/KNOWN_DIFFERENCES.md exists");
    let mut out = BTreeMap::new();
    let mut kind = None;
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            kind = if h.starts_with("taffy") {
                Some(Skip::EngineDifference)
            } else if h.starts_with("arkui-core") {
                Some(Skip::ArkuiBug)
            } else {
                None
            };
        } else if let (Some(k), Some(rest)) = (kind, line.strip_prefix("- `")) {
            let name = rest.split('`').next().unwrap().to_string();
            assert!(out.insert(name.clone(), k).is_none(), "{name} listed twice");
        }
    }
    out
}

/// Every node of a tree with its expected box, parents first.
pub(crate) fn flatten(node: &FixtureNode) -> Vec<&FixtureNode> {
    let mut out = vec![node];
    let mut i = 0;
    while i < out.len() {
        out.extend(out[i].children.iter());
        i += 1;
    }
    out
}
