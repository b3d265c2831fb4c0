//! PersistentStorage against the real filesystem: atomic saves, missing and corrupt files.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui_core::{AppStorage, Diagnostic, PersistentStorage, take_diagnostics};

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("arkui-persist-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("the temp dir is writable");
    d
}

#[test]
fn values_survive_a_restart_and_no_temporary_file_is_left() {
    let dir = temp_dir("restart");
    let path = dir.join("state.json");
    take_diagnostics();
    PersistentStorage::open(&path);
    assert!(
        take_diagnostics().is_empty(),
        "a missing file is the normal first start"
    );
    PersistentStorage::persist_prop("p.name", "anon".to_string()).unwrap();
    PersistentStorage::persist_prop("p.volume", 3u8).unwrap();
    AppStorage::set("p.name", "ada".to_string()).unwrap();
    for v in 0..50u8 {
        AppStorage::set("p.volume", v).unwrap();
    }
    PersistentStorage::close();
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        files,
        vec!["state.json"],
        "only the final file, no temporary left behind"
    );
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(json, serde_json::json!({"p.name": "ada", "p.volume": 49}));

    // "Restart": forget the keys, reopen, and the saved values come back.
    AppStorage::delete("p.name");
    AppStorage::delete("p.volume");
    PersistentStorage::open(&path);
    PersistentStorage::persist_prop("p.name", "anon".to_string()).unwrap();
    PersistentStorage::persist_prop("p.volume", 3u8).unwrap();
    assert_eq!(AppStorage::get::<String>("p.name").unwrap(), "ada");
    assert_eq!(AppStorage::get::<u8>("p.volume").unwrap(), 49);
    PersistentStorage::close();
    AppStorage::delete("p.name");
    AppStorage::delete("p.volume");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_corrupt_file_gives_defaults_and_an_error_event_never_a_crash() {
    let dir = temp_dir("corrupt");
    let path = dir.join("state.json");
    std::fs::write(&path, b"{\"c.count\": 5, trunc").unwrap();
    take_diagnostics();
    PersistentStorage::open(&path);
    let d = take_diagnostics();
    assert!(
        matches!(&d[..], [Diagnostic::Storage { message }] if message.contains("state.json")),
        "{d:?}"
    );
    assert!(PersistentStorage::last_error().is_some());
    PersistentStorage::persist_prop("c.count", 1i64).unwrap();
    assert_eq!(AppStorage::get::<i64>("c.count").unwrap(), 1, "the default");
    // The corrupt file is replaced whole on the next save.
    AppStorage::set("c.count", 2i64).unwrap();
    PersistentStorage::close();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(json["c.count"], 2);
    AppStorage::delete("c.count");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_saved_value_of_the_wrong_type_falls_back_to_the_default() {
    let dir = temp_dir("type");
    let path = dir.join("state.json");
    std::fs::write(&path, br#"{"t.flag": "not a bool"}"#).unwrap();
    take_diagnostics();
    PersistentStorage::open(&path);
    PersistentStorage::persist_prop("t.flag", true).unwrap();
    assert!(AppStorage::get::<bool>("t.flag").unwrap());
    assert!(
        take_diagnostics()
            .iter()
            .any(|d| d.to_string().contains("t.flag"))
    );
    PersistentStorage::close();
    AppStorage::delete("t.flag");
    std::fs::remove_dir_all(dir).ok();
}
