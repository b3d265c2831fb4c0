//! The previewer on a sample app on disk, as a user runs it: edit a file, see the new text
//! with the old state (a counter's value, a text field); break the code, see the error with
//! its file and line in the preview; fix it, and the app comes back with its state.
//!
//! The first build of the sample compiles the framework into the shared target folder
//! (about a minute on two cores when the workspace is already built); every wait below is
//! bounded polling, never a fixed sleep.
#![allow(
    clippy::unwrap_used,
    reason = "the helpers are part of the test: an unwrap failing is the test failing"
)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use arkui_uitest::{Driver, On};
use serde_json::Value;

struct Preview {
    child: Child,
    events: Receiver<Value>,
    dir: PathBuf,
    out: PathBuf,
}

impl Drop for Preview {
    fn drop(&mut self) {
        // Closing stdin is how a script ends the previewer; it stops its instances.
        drop(self.child.stdin.take());
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while std::time::Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Preview {
    /// The next event of `kind` (others are skipped), within `timeout`.
    fn wait_for(&self, kind: &str, timeout: Duration) -> Value {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let event = self
                .events
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no `{kind}` event within {timeout:?}"));
            if event["event"] == "problem" {
                panic!("the previewer reports a problem: {event}");
            }
            if event["event"] == kind {
                return event;
            }
        }
    }

    fn report(&self) -> Value {
        serde_json::from_slice(&std::fs::read(self.out.join("preview.json")).unwrap()).unwrap()
    }

    fn sheet(&self) -> String {
        std::fs::read_to_string(self.out.join("sheet.json")).unwrap()
    }

    fn edit(&self, from: &str, to: &str) {
        let path = self.dir.join("src/main.rs");
        let src = std::fs::read_to_string(&path).unwrap();
        assert!(src.contains(from), "the sample has {from:?}");
        std::fs::write(&path, src.replacen(from, to, 1)).unwrap();
    }
}

/// The workspace's target folder, where the previewer's own binary was built.
fn target_dir() -> PathBuf {
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(t);
    }
    let exe = Path::new(env!("CARGO_BIN_EXE_arkui-preview"));
    exe.ancestors()
        .nth(2)
        .expect("target/debug/arkui-preview")
        .to_path_buf()
}

fn start(name: &str) -> Preview {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let dir = std::env::temp_dir().join(format!("arkui-preview-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sample");
    let manifest = std::fs::read_to_string(sample.join("Cargo.toml.in"))
        .unwrap()
        .replace("@ROOT@", root.to_str().unwrap());
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(sample.join("src/main.rs"), dir.join("src/main.rs")).unwrap();
    // The workspace's versions: nothing is resolved or downloaded anew.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let out = dir.join("out");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arkui-preview"));
    cmd.arg(&dir)
        .args(["--headless", "--profiles", "phone,iot", "--out"])
        .arg(&out)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("ARKUI_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if let Some(cargo) = option_env!("CARGO") {
        cmd.env("CARGO", cargo);
    }
    let mut child = cmd.spawn().expect("the previewer starts");
    let stdout = child.stdout.take().unwrap();
    let (tx, events) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line)
                && tx.send(v).is_err()
            {
                break;
            }
        }
    });
    Preview {
        child,
        events,
        dir,
        out,
    }
}

fn texts(tree: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![tree];
    while let Some(n) = stack.pop() {
        for k in ["content", "text"] {
            if let Some(t) = n["$attrs"][k].as_str() {
                out.push(t.to_string());
            }
        }
        if let Some(c) = n["$children"].as_array() {
            stack.extend(c);
        }
    }
    out
}

fn frame_texts(report: &Value, profile: &str) -> Vec<String> {
    let f = report["frames"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["profile"] == profile)
        .unwrap_or_else(|| panic!("no {profile} frame in {report}"));
    texts(&f["tree"])
}

#[test]
fn an_edit_shows_new_text_with_the_old_state_and_an_error_shows_where_it_is() {
    let p = start("edit");
    // First build: the framework may compile here.
    let first = p.wait_for("frames", Duration::from_secs(30 * 60));
    assert_eq!(first["generation"], 1);
    let report = p.report();
    assert!(frame_texts(&report, "phone").contains(&"Clicks: 0".to_string()));
    assert_eq!(report["frames"][0]["width"], 1080, "the phone profile");
    assert_eq!(report["frames"][1]["width"], 320, "the IoT profile");

    // A user clicks three times in the phone's frame and types a name there.
    let phone = report["frames"][0]["socket"].as_str().unwrap().to_string();
    {
        let d = Driver::connect_socket(Path::new(&phone)).unwrap();
        let add = d.find_component(&On::new().id("add")).unwrap().unwrap();
        for _ in 0..3 {
            add.click().unwrap();
        }
        d.find_component(&On::new().id("name"))
            .unwrap()
            .unwrap()
            .input_text("Ada")
            .unwrap();
        assert_eq!(
            d.find_component(&On::new().id("label"))
                .unwrap()
                .unwrap()
                .text(),
            Some("Clicks: 3")
        );
    }

    // A one-line edit: the new text, with the count and the name kept; the IoT instance,
    // never clicked, keeps its own state.
    p.edit("\"Clicks: {}\"", "\"Taps: {}\"");
    let second = p.wait_for("frames", Duration::from_secs(10 * 60));
    assert_eq!(second["generation"], 2);
    let ms = second["save_to_pixels_ms"]
        .as_u64()
        .expect("measured from the save");
    eprintln!(
        "save to new pixels: {ms} ms (cargo: {} ms)",
        second["build_ms"]
    );
    let report = p.report();
    let phone_texts = frame_texts(&report, "phone");
    assert!(
        phone_texts.contains(&"Taps: 3".to_string()),
        "{phone_texts:?}"
    );
    assert!(phone_texts.contains(&"Ada".to_string()), "{phone_texts:?}");
    assert!(frame_texts(&report, "iot").contains(&"Taps: 0".to_string()));
    assert!(
        p.sheet().contains("build 2"),
        "the page shows the new build"
    );

    // A broken edit: the error, with its file and line, is in the preview.
    p.edit(".id(\"label\")", ".id(\"label\").no_such_attribute()");
    let failed = p.wait_for("failed", Duration::from_secs(10 * 60));
    let err = &failed["errors"][0];
    assert!(
        err["file"].as_str().unwrap().ends_with("src/main.rs"),
        "{failed}"
    );
    assert_eq!(err["line"], 17, "{failed}");
    let sheet = p.sheet();
    assert!(sheet.contains("no_such_attribute"), "the message is drawn");
    assert!(sheet.contains("src/main.rs:17:"), "the place is drawn");
    assert!(sheet.contains("build failed"), "and the status says so");

    // Fixed: back to frames, the state survived the broken build too.
    p.edit(".no_such_attribute()", "");
    let third = p.wait_for("frames", Duration::from_secs(10 * 60));
    assert_eq!(third["generation"], 3);
    let phone_texts = frame_texts(&p.report(), "phone");
    assert!(
        phone_texts.contains(&"Taps: 3".to_string()),
        "{phone_texts:?}"
    );
    assert!(phone_texts.contains(&"Ada".to_string()), "{phone_texts:?}");
    assert!(
        !p.sheet().contains("preview-errors"),
        "the error panel is gone"
    );

    // Closing stdin ends the previewer, and its instances with it.
    let pids: Vec<u64> = p.report()["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["pid"].as_u64().unwrap())
        .collect();
    let mut p = p;
    drop(p.child.stdin.take());
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let alive: Vec<_> = pids
            .iter()
            .filter(|pid| Path::new(&format!("/proc/{pid}")).exists())
            .collect();
        let exited = matches!(p.child.try_wait(), Ok(Some(_)));
        if exited && alive.is_empty() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running: previewer exited {exited}, instances {alive:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_killed_previewer_leaves_no_instances_behind() {
    let mut p = start("kill");
    p.wait_for("frames", Duration::from_secs(30 * 60));
    let pids: Vec<u64> = p.report()["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["pid"].as_u64().unwrap())
        .collect();
    p.child.kill().unwrap();
    p.child.wait().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while pids.iter().any(|pid| {
        // A zombie (exited, not yet reaped by init) counts as gone.
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|s| s.split(' ').nth(2).is_none_or(|st| st != "Z"))
    }) {
        assert!(
            std::time::Instant::now() < deadline,
            "instances outlived the previewer"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
