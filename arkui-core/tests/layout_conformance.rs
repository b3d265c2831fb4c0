//! Layout conformance against Chromium, replayed without a browser.
//!
//! `tests/fixtures/layout/*.json` are trees in ArkUI's attributes with the border box Chromium
//! gave every node when the same tree was written as CSS with ArkUI's defaults (see
//! `tools/layout-fixtures/README.md`). Each fixture is built with arkui-core's plain-Rust API,
//! laid out unsnapped, and every node must be within 0.1 px of Chromium.
//!
//! Fixtures named in `tests/fixtures/layout/KNOWN_DIFFERENCES.md` are skipped, and a second test
//! keeps that list honest: an engine difference must still be one (plain taffy, no arkui code,
//! disagrees with Chromium and arkui-core agrees with plain taffy), and an arkui-core bug must
//! still be one (arkui-core disagrees with plain taffy).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

#[path = "layout_conformance/arkui_layout.rs"]
mod arkui_layout;
#[path = "layout_conformance/compare.rs"]
mod compare;
#[path = "layout_conformance/fixture.rs"]
mod fixture;
#[path = "layout_conformance/plain_taffy.rs"]
mod plain_taffy;

use fixture::Skip;

/// The issue asks for at least this many fixtures passing.
const MIN_PASSING: usize = 300;

/// What plain taffy says about a fixture arkui-core gets wrong, so the failure message says
/// where to look (and which list the fixture belongs in, if anywhere).
fn diagnose(
    f: &fixture::Fixture,
    arkui: &std::collections::BTreeMap<String, fixture::Boxed>,
) -> String {
    let taffy = plain_taffy::layout(f);
    if compare::mismatches(f, &taffy).is_empty() {
        "plain taffy agrees with Chromium: an arkui-core bug (style mapping or tree traits)".into()
    } else if compare::agree(f, arkui, &taffy) {
        "plain taffy disagrees with Chromium the same way: an engine difference; list it in \
         KNOWN_DIFFERENCES.md under `## taffy` with the reason"
            .into()
    } else {
        format!(
            "arkui-core disagrees with plain taffy (an arkui-core bug) and plain taffy with \
             Chromium (an engine difference); plain taffy says:\n{}",
            compare::report(f, "plain taffy", &taffy)
        )
    }
}

#[test]
fn fixtures_match_chromium() {
    let fixtures = fixture::load_all();
    let skip = fixture::known_differences();
    let mut passed = 0;
    let mut failures = Vec::new();
    for f in fixtures.iter().filter(|f| !skip.contains_key(&f.name)) {
        let arkui = arkui_layout::layout(f);
        if compare::mismatches(f, &arkui).is_empty() {
            passed += 1;
        } else {
            let report = compare::report(f, "arkui-core", &arkui);
            failures.push(format!("{report}  -> {}\n", diagnose(f, &arkui)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ from Chromium by more than {} px:\n\n{}",
        failures.len(),
        passed + failures.len(),
        compare::TOLERANCE,
        failures.join("\n")
    );
    println!(
        "{passed} fixtures match Chromium; {} skipped (KNOWN_DIFFERENCES.md)",
        fixtures.len() - passed
    );
    assert!(
        passed >= MIN_PASSING,
        "only {passed} fixtures pass; the suite promises {MIN_PASSING}"
    );
}

#[test]
fn known_differences_are_still_different() {
    let fixtures = fixture::load_all();
    let skip = fixture::known_differences();
    let mut stale = Vec::new();
    for (name, kind) in &skip {
        let Some(f) = fixtures.iter().find(|f| &f.name == name) else {
            stale.push(format!("{name}: listed, but no such fixture"));
            continue;
        };
        let arkui = arkui_layout::layout(f);
        let taffy = plain_taffy::layout(f);
        let taffy_ok = compare::mismatches(f, &taffy).is_empty();
        let problem = match kind {
            Skip::EngineDifference if taffy_ok => Some("plain taffy now agrees with Chromium"),
            Skip::EngineDifference if !compare::agree(f, &arkui, &taffy) => {
                Some("arkui-core no longer agrees with plain taffy (a new arkui-core bug?)")
            }
            Skip::ArkuiBug if compare::agree(f, &arkui, &taffy) && taffy_ok => {
                Some("arkui-core now agrees with plain taffy and Chromium: fixed, delete the line")
            }
            Skip::ArkuiBug if compare::agree(f, &arkui, &taffy) => Some(
                "arkui-core now agrees with plain taffy: fixed; plain taffy still differs from \
                 Chromium, so move the line to its engine section",
            ),
            _ => None,
        };
        if let Some(p) = problem {
            stale.push(format!(
                "{name}: {p}; update KNOWN_DIFFERENCES.md\n{}{}",
                compare::report(f, "arkui-core", &arkui),
                compare::report(f, "plain taffy", &taffy)
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "stale known differences:\n{}",
        stale.join("\n")
    );
}

#[test]
fn every_fixture_parses_and_names_are_unique() {
    let fixtures = fixture::load_all();
    assert!(fixtures.len() >= MIN_PASSING, "{} fixtures", fixtures.len());
    for f in &fixtures {
        let nodes = fixture::flatten(&f.tree);
        let mut ids: Vec<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), nodes.len(), "{}: duplicate node ids", f.name);
    }
}

/// A tool for `tools/layout-fixtures/minimize.py`, not a check: lays out every fixture in
/// `$LAYOUT_PROBE_DIR` with plain taffy and writes `{name: differs_from_chromium}` to
/// `$LAYOUT_PROBE_DIR/verdict.out` (with `LAYOUT_PROBE_REPORT=1`, prints each difference too).
#[test]
#[ignore = "a tool for minimize.py; needs LAYOUT_PROBE_DIR"]
fn plain_taffy_probe() {
    let dir = std::path::PathBuf::from(std::env::var("LAYOUT_PROBE_DIR").unwrap());
    let report = std::env::var_os("LAYOUT_PROBE_REPORT").is_some();
    let mut verdict = serde_json::Map::new();
    for f in fixture::load_dir(&dir) {
        let taffy = plain_taffy::layout(&f);
        let differs = !compare::mismatches(&f, &taffy).is_empty();
        if differs && report {
            println!("{}", compare::report(&f, "plain taffy", &taffy));
        }
        verdict.insert(f.name.clone(), differs.into());
    }
    let text = serde_json::to_string(&verdict).unwrap();
    std::fs::write(dir.join("verdict.out"), text).unwrap();
}
