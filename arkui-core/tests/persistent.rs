//! PersistentStorage against the real filesystem: atomic saves, missing and corrupt files.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui_core::{
    AppStorage, Diagnostic, PERSISTENCE_V2_VERSION, PersistenceV2, PersistentStorage,
    take_diagnostics,
};

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

// ---- PersistenceV2 ----------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct Prefs {
    volume: u8,
    name: String,
}

fn storage_messages() -> Vec<String> {
    take_diagnostics()
        .into_iter()
        .filter_map(|d| match d {
            Diagnostic::Storage { message } => Some(message),
            _ => None,
        })
        .collect()
}

#[test]
fn persistence_v2_keeps_typed_values_across_a_restart_and_keeps_keys_not_connected_yet() {
    let dir = temp_dir("v2-restart");
    let path = dir.join("v2.json");
    take_diagnostics();
    PersistenceV2::open(&path);
    let prefs = PersistenceV2::connect(None, Prefs::default).unwrap();
    let visits = PersistenceV2::connect(Some("visits"), || 0u32).unwrap();
    prefs.update(|p| p.volume = 9);
    visits.set(3);
    PersistenceV2::close();
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(file["version"], PERSISTENCE_V2_VERSION);
    assert_eq!(file["keys"]["visits"]["value"], 3);
    assert_eq!(file["keys"]["visits"]["type"], "u32");

    // The next run connects one key only and changes it: the other is kept in the file.
    PersistenceV2::open(&path);
    assert_eq!(
        PersistenceV2::keys(),
        vec![std::any::type_name::<Prefs>().to_string(), "visits".into()]
    );
    let visits = PersistenceV2::connect(Some("visits"), || 0u32).unwrap();
    assert_eq!(visits.get(), 3);
    visits.set(4);
    PersistenceV2::close();
    PersistenceV2::open(&path);
    let prefs = PersistenceV2::connect(None, Prefs::default).unwrap();
    assert_eq!(prefs.get().volume, 9);
    // Connecting again gives the same state; another type under the key is an error.
    assert_eq!(PersistenceV2::connect(None, Prefs::default).unwrap(), prefs);
    assert!(PersistenceV2::connect(Some("visits"), || 0u32).is_ok());
    assert!(PersistenceV2::remove("visits"));
    PersistenceV2::close();
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(
        file["keys"].get("visits").is_none(),
        "removed from the file"
    );
    assert!(storage_messages().is_empty());
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn persistence_v2_gives_defaults_and_a_diagnostic_for_a_corrupt_file_another_version_or_type() {
    let dir = temp_dir("v2-bad");
    let path = dir.join("v2.json");
    take_diagnostics();
    // Not connected before open: a typed error, never a panic.
    assert!(PersistenceV2::connect(Some("x"), || 1u8).is_err());

    std::fs::write(&path, b"{\"version\": 1, \"keys\": {trunc").unwrap();
    PersistenceV2::open(&path);
    assert_eq!(PersistenceV2::connect(Some("n"), || 5u8).unwrap().get(), 5);
    let m = storage_messages();
    assert!(m.len() == 1 && m[0].contains("v2.json"), "{m:?}");
    PersistenceV2::close();

    std::fs::write(
        &path,
        br#"{"version": 99, "keys": {"n": {"type": "u8", "value": 1}}}"#,
    )
    .unwrap();
    PersistenceV2::open(&path);
    assert_eq!(PersistenceV2::connect(Some("n"), || 5u8).unwrap().get(), 5);
    let m = storage_messages();
    assert!(m.len() == 1 && m[0].contains("version"), "{m:?}");
    PersistenceV2::close();

    std::fs::write(
        &path,
        br#"{"version": 1, "keys": {"n": {"type": "alloc::string::String", "value": "x"}}}"#,
    )
    .unwrap();
    PersistenceV2::open(&path);
    assert_eq!(PersistenceV2::connect(Some("n"), || 5u8).unwrap().get(), 5);
    let m = storage_messages();
    assert!(m.len() == 1 && m[0].contains("\"n\""), "{m:?}");
    assert!(PersistenceV2::last_error().is_some());
    PersistenceV2::close();
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn persistence_v2_flush_and_close_inside_an_update_write_its_change_and_connecting_writes_nothing()
{
    let dir = temp_dir("v2-flush");
    let path = dir.join("v2.json");
    // An unreadable file is not replaced by connecting alone.
    std::fs::write(&path, b"not json").unwrap();
    take_diagnostics();
    PersistenceV2::open(&path);
    let n = PersistenceV2::connect(Some("n"), || 1u32).unwrap();
    PersistenceV2::flush();
    assert_eq!(std::fs::read(&path).unwrap(), b"not json");
    // A handler's batch that changes a value and flushes: the change is on disk.
    arkui_core::batch(|| {
        n.set(2);
        PersistenceV2::flush();
        let file: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(file["keys"]["n"]["value"], 2);
        n.set(3);
        PersistenceV2::close();
    });
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        file["keys"]["n"]["value"], 3,
        "close wrote the batch's last change"
    );
    take_diagnostics();
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_v2_default_may_connect_another_key() {
    let total = arkui_core::AppStorageV2::connect(Some("v2.total"), || {
        arkui_core::AppStorageV2::connect(Some("v2.base"), || 40u32)
            .unwrap()
            .get()
            + 2
    })
    .unwrap();
    assert_eq!(total.get(), 42);
    assert!(arkui_core::AppStorageV2::remove("v2.total"));
    assert!(arkui_core::AppStorageV2::remove("v2.base"));
}
