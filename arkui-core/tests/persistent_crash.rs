//! PersistentStorage and PersistenceV2 killed mid-save, for real: a child process sets two
//! persisted keys in one batch, over and over (a counter and a payload derived from it), and
//! is killed with SIGKILL at 100 random moments. After every kill the file must parse, hold
//! a counter and payload from the same batch, and reopening must leave no temporary file
//! behind.
//!
//! The child is this test binary run again with `ARKUI_CRASH_CHILD` set (libtest runs only
//! the named test); it never returns.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use arkui_core::{AppStorage, PersistenceV2, PersistentStorage, batch};

const KILLS: usize = 100;

/// Which store the child writes through.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Store {
    /// `PersistentStorage` over AppStorage keys.
    V1,
    /// `PersistenceV2`.
    V2,
}

/// What the child stores beside counter `n`: long enough that a save takes a while.
fn payload(n: u64) -> String {
    format!("{n}:{}", "x".repeat(2_000 + (n % 97) as usize * 100))
}

fn child(store: Store, path: &Path) -> ! {
    let mut n;
    match store {
        Store::V1 => {
            PersistentStorage::open(path);
            PersistentStorage::persist_prop("crash.counter", 0u64).unwrap();
            PersistentStorage::persist_prop("crash.payload", payload(0)).unwrap();
            n = AppStorage::get::<u64>("crash.counter").unwrap();
        }
        Store::V2 => {
            PersistenceV2::open(path);
            let counter = PersistenceV2::connect(Some("crash.counter"), || 0u64).unwrap();
            let data = PersistenceV2::connect(Some("crash.payload"), || payload(0)).unwrap();
            n = counter.get();
            println!("ready");
            loop {
                n += 1;
                batch(|| {
                    counter.set(n);
                    data.set(payload(n));
                });
                if n % 16 == 0 {
                    PersistenceV2::flush();
                }
            }
        }
    }
    println!("ready");
    loop {
        n += 1;
        batch(|| {
            AppStorage::set("crash.counter", n).unwrap();
            AppStorage::set("crash.payload", payload(n)).unwrap();
        });
        if n % 16 == 0 {
            // Let the writer catch up now and then, so kills land inside saves too.
            PersistentStorage::flush();
        }
    }
}

/// The saved counter and payload of `store`'s file.
fn read_back(store: Store, state: &serde_json::Value) -> (u64, Option<String>) {
    let (counter, payload) = match store {
        Store::V1 => (&state["crash.counter"], &state["crash.payload"]),
        Store::V2 => (
            &state["keys"]["crash.counter"]["value"],
            &state["keys"]["crash.payload"]["value"],
        ),
    };
    (
        counter.as_u64().unwrap(),
        payload.as_str().map(str::to_string),
    )
}

/// A small deterministic generator: the same kill moments on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

#[test]
fn persistent_storage_killed_mid_save_keeps_one_whole_batch_and_no_temporary_files() {
    kill_repeatedly(
        Store::V1,
        "persistent_storage_killed_mid_save_keeps_one_whole_batch_and_no_temporary_files",
    );
}

#[test]
fn persistence_v2_killed_mid_save_keeps_one_whole_batch_and_no_temporary_files() {
    kill_repeatedly(
        Store::V2,
        "persistence_v2_killed_mid_save_keeps_one_whole_batch_and_no_temporary_files",
    );
}

fn kill_repeatedly(store: Store, test: &str) {
    if let Some(path) = std::env::var_os("ARKUI_CRASH_CHILD") {
        child(store, Path::new(&path));
    }
    let dir = std::env::temp_dir().join(format!("arkui-crash-{store:?}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let exe = std::env::current_exe().unwrap();
    // This test's name as libtest knows it (its module path inside the test binary).
    let name = match module_path!().split_once("::") {
        Some((_, module)) => format!("{module}::{test}"),
        None => test.to_string(),
    };
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    let (mut saved, mut highest) = (0, 0u64);
    for kill in 0..KILLS {
        let mut c = Command::new(&exe)
            .args(["--exact", &name, "--nocapture", "--test-threads=1"])
            .env("ARKUI_CRASH_CHILD", &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait (bounded by the child's own progress) until it has opened the store and
        // started writing, then kill it at a random moment 0-15 ms later.
        let mut out = BufReader::new(c.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("ready") {
            line.clear();
            if out.read_line(&mut line).unwrap() == 0 {
                panic!("kill {kill}: the child ended before it was ready");
            }
        }
        std::thread::sleep(Duration::from_micros(rng.next() % 15_000));
        c.kill().unwrap(); // SIGKILL: no destructor, no flush.
        c.wait().unwrap();
        assert!(
            temp_files(&dir).len() <= 1,
            "kill {kill}: only the save the kill interrupted may leave a file: {:?}",
            temp_files(&dir)
        );
        let Ok(bytes) = std::fs::read(&path) else {
            continue; // Killed before its first save finished: nothing on disk yet.
        };
        let state: serde_json::Value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("kill {kill}: the file does not parse: {e}"));
        let (n, saved_payload) = read_back(store, &state);
        let prefix = |p: Option<&str>| p.map(|p| p.chars().take(12).collect::<String>());
        assert!(
            saved_payload.as_deref() == Some(payload(n).as_str()),
            "kill {kill}: counter {n} saved with another batch's payload: {:?}...",
            prefix(saved_payload.as_deref())
        );
        assert!(
            n >= highest,
            "kill {kill}: the counter went back ({highest} -> {n})"
        );
        highest = n;
        saved += 1;
    }
    // Opening the store (the next start) removes what killed saves left.
    match store {
        Store::V1 => PersistentStorage::open(&path),
        Store::V2 => PersistenceV2::open(&path),
    }
    assert!(temp_files(&dir).is_empty(), "{:?}", temp_files(&dir));
    PersistentStorage::close();
    PersistenceV2::close();
    println!("{store:?}: {KILLS} kills, {saved} with a saved file, last counter {highest}");
    assert!(
        saved > KILLS / 2,
        "most kills happened after saves: {saved}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
