//! The gallery binary driven from another process through `arkui-uitest`, as a UI test
//! author would: start it with `ARKUI_UITEST=1`, find components, click, type, scroll,
//! assert, and check that the socket turns away everyone it should.
//!
//! Each test starts its own gallery (headless: no display is needed) with its own socket
//! folder, and waits for conditions with bounded polling, never fixed sleeps.

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use arkui_uitest::protocol::{
    FrameLimits, PROTOCOL_VERSION, Request, RequestEnvelope, encode_frame, parse_response,
    read_frame, to_json,
};
use arkui_uitest::{Bounds, Driver, Error, On, paths};

/// Long enough for a cold debug binary on a busy two-core machine.
const START: Duration = Duration::from_secs(60);
const WAIT: Duration = Duration::from_secs(10);

/// A gallery process with its own socket folder; killed when dropped.
struct Gallery {
    child: Child,
    dir: PathBuf,
}

impl Gallery {
    fn start(name: &str, uitest: bool, extra: &[&str]) -> Gallery {
        let dir = std::env::temp_dir().join(format!("arkui-uitest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_arkui-gallery"));
        cmd.env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env("ARKUI_PLATFORM", "headless")
            .env("ARKUI_UITEST_DIR", &dir)
            .env("ARKUI_LOG", "warn")
            .args(if extra.is_empty() {
                &["--profile", "phone"][..]
            } else {
                extra
            })
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if uitest {
            cmd.env("ARKUI_UITEST", "1");
        } else {
            cmd.env_remove("ARKUI_UITEST");
        }
        let child = cmd.spawn().expect("the gallery binary starts");
        Gallery { child, dir }
    }

    fn socket(&self) -> PathBuf {
        paths::socket_path(&self.dir, self.child.id())
    }

    fn driver(&self) -> Driver {
        // The test process must find the same folder the gallery uses.
        let start = Instant::now();
        loop {
            match Driver::connect_socket(&self.socket()) {
                Ok(d) => return d,
                Err(e) if start.elapsed() > START => panic!("the gallery never listened: {e}"),
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }

    /// Wait (bounded) for the process to end and return whether it succeeded.
    fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the child can be waited for") {
                return status.success();
            }
            assert!(start.elapsed() < WAIT, "the gallery did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Gallery {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Find a page as a person would on the phone's home: type its name in the search field,
/// then tap its card.
fn open_page(d: &Driver, title: &str) {
    d.wait_for_component(&On::new().id("search"), WAIT)
        .expect("the search field")
        .input_text(title)
        .expect("typed");
    d.wait_for_component(&On::new().type_("Text").text(title), WAIT)
        .expect("the page's card")
        .click()
        .expect("clicked");
}

fn text_of(d: &Driver, id: &str) -> String {
    d.wait_for_component(&On::new().id(id), WAIT)
        .expect("the component")
        .text()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_ui_test_navigates_types_scrolls_and_asserts() {
    let mut g = Gallery::start("drive", true, &[]);
    let d = g.driver();
    assert_eq!(d.pid(), g.child.id());
    assert_eq!(d.display_size(), (1080, 2340), "the phone profile's screen");

    // The inspector tree has ArkUI's shape.
    let tree = d.dump_layout().unwrap();
    assert_eq!(tree["$type"], "root");
    assert_eq!(tree["width"], "1080.000000");
    assert_eq!(tree["$resolution"], "3.000000");
    let title = On::new().id("shell-title");
    let node = &title.select(&tree)[0];
    assert_eq!(node["type"], "build-in");
    assert!(Bounds::parse(node["$rect"].as_str().unwrap()).is_some());

    // Counter: three taps, then a double tap, count five.
    open_page(&d, "Counter");
    let add = d.wait_for_component(&On::new().id("add"), WAIT).unwrap();
    for _ in 0..3 {
        add.click().unwrap();
    }
    add.double_click().unwrap();
    assert_eq!(text_of(&d, "label"), "Clicks: 5");
    d.assert_component_exist(&On::new().id("label").text("Clicks: 5"))
        .unwrap();

    // Back to the menu with the system back; the counter page is gone.
    d.press_back().unwrap();
    d.wait_for_gone(&On::new().id("label"), WAIT).unwrap();
    assert!(matches!(
        d.assert_component_exist(&On::new().id("label")),
        Err(Error::NotFound { .. })
    ));

    // Text input: type a name, see it echoed in the card's title; clear it.
    open_page(&d, "Text input");
    let name = d.wait_for_component(&On::new().id("name"), WAIT).unwrap();
    name.input_text("Ada").unwrap();
    assert_eq!(text_of(&d, "name"), "Ada");
    d.wait_for_component(&On::new().text("TextInput: hello, Ada"), WAIT)
        .unwrap();
    // Replacing the text replaces it, it does not append.
    d.find_component(&On::new().id("name"))
        .unwrap()
        .unwrap()
        .input_text("Grace")
        .unwrap();
    assert_eq!(text_of(&d, "name"), "Grace");
    d.find_component(&On::new().id("name"))
        .unwrap()
        .unwrap()
        .clear_text()
        .unwrap();
    assert_eq!(text_of(&d, "name"), "");
    d.press_back().unwrap();

    // 100,000 rows: a swipe moves the list, a fling moves it further.
    open_page(&d, "100,000 rows");
    let list = d
        .wait_for_component(&On::new().id("big-list"), WAIT)
        .unwrap();
    // The rows that fit under the shell's top bar.
    let first = text_of(&d, "big-list-range");
    assert!(
        first.starts_with("Rows 0–") && first.ends_with(" of 100,000"),
        "{first}"
    );
    // The shell gives the page the screen under its top bar: the list shows whole.
    let b = list.visible_bounds();
    assert_eq!(b, list.bounds());
    let (cx, _) = b.center();
    d.swipe((cx, b.bottom - 100.0), (cx, b.top + 100.0), 1500)
        .unwrap();
    // The range label follows the list's scroll events: wait for it, bounded.
    let after_swipe = text_changes(&d, "big-list-range", &first);
    // A wheel scroll moves it too.
    d.scroll(b.center(), 0.0, 2000.0).unwrap();
    text_changes(&d, "big-list-range", &after_swipe);

    // A screen capture is the frame on screen: the phone's size, not blank.
    let png = d.screen_cap_png().unwrap();
    let img = image_size(&png);
    assert_eq!(img, (1080, 2340));

    // The driver closes the app cleanly; its socket and token go with it.
    d.exit_app().unwrap();
    assert!(g.wait_exit(), "the gallery exits with success");
    assert!(!g.socket().exists());
    assert!(!paths::token_path(&g.dir, g.child.id()).exists());
}

/// Wait until the text of `id` is no longer `old`; return the new text.
fn text_changes(d: &Driver, id: &str, old: &str) -> String {
    let start = Instant::now();
    loop {
        let now = text_of(d, id);
        if now != old {
            return now;
        }
        assert!(start.elapsed() < WAIT, "{id} stayed {old:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Width and height from a PNG's IHDR.
fn image_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[1..4], b"PNG");
    let n = |i: usize| u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]);
    (n(16), n(20))
}

fn raw(socket: &Path) -> UnixStream {
    let s = UnixStream::connect(socket).expect("the socket accepts");
    s.set_read_timeout(Some(WAIT)).expect("a read timeout");
    s
}

fn hello(token: &str) -> Vec<u8> {
    to_json(&RequestEnvelope {
        id: 1,
        request: Request::Hello {
            protocol: PROTOCOL_VERSION,
            token: token.into(),
        },
    })
}

/// The error code of the one answer a refused connection gets, and that it is then closed.
fn refusal(mut s: UnixStream) -> String {
    let frame = read_frame(&mut s, FrameLimits::RESPONSE)
        .expect("an answer")
        .expect("an answer before the close");
    let code = parse_response(&frame.json)
        .expect("an answer in this protocol")
        .result
        .expect_err("a refusal")
        .code;
    let mut rest = Vec::new();
    // The server closed its end: reading ends (or fails) instead of blocking.
    let _ = s.read_to_end(&mut rest);
    assert!(rest.is_empty(), "nothing after a refusal");
    code
}

#[test]
fn the_socket_refuses_strangers_and_the_app_keeps_running() {
    let g = Gallery::start("refuse", true, &[]);
    // A good driver first, to change some state that must survive what follows.
    let d = g.driver();
    open_page(&d, "Counter");
    d.wait_for_component(&On::new().id("add"), WAIT)
        .unwrap()
        .click()
        .unwrap();
    assert_eq!(text_of(&d, "label"), "Clicks: 1");

    // Files: the folder is private, the socket and token are the user's alone.
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&g.dir), 0o700);
    assert_eq!(mode(&g.socket()), 0o600);
    let token_file = paths::token_path(&g.dir, g.child.id());
    assert_eq!(mode(&token_file), 0o600);
    let token = std::fs::read_to_string(&token_file).unwrap();
    assert_eq!(token.len(), 32, "128 random bits in hex");

    // A wrong token, and a missing one.
    let err = Driver::connect_with_token(&g.socket(), "0123456789abcdef0123456789abcdef");
    assert!(
        matches!(err, Err(Error::Remote(ref e)) if e.code == "bad_token"),
        "{err:?}"
    );
    let err = Driver::connect_with_token(&g.socket(), "");
    assert!(
        matches!(err, Err(Error::Remote(ref e)) if e.code == "bad_token"),
        "{err:?}"
    );

    // A request before the hello.
    let mut s = raw(&g.socket());
    let dump = to_json(&RequestEnvelope {
        id: 1,
        request: Request::DumpLayout,
    });
    s.write_all(&encode_frame(&dump, &[])).unwrap();
    assert_eq!(refusal(s), "not_hello");

    // An oversized frame: refused from its header, the body is never sent.
    let mut s = raw(&g.socket());
    let mut header = (FrameLimits::REQUEST.json + 1).to_be_bytes().to_vec();
    header.extend_from_slice(&0u32.to_be_bytes());
    s.write_all(&header).unwrap();
    assert_eq!(refusal(s), "too_large");

    // A request with a binary part is over the request limits too.
    let mut s = raw(&g.socket());
    s.write_all(&encode_frame(&hello(&token), b"PNG")).unwrap();
    assert_eq!(refusal(s), "too_large");

    // Bytes that are not JSON, and JSON that is not a request.
    for junk in [
        &b"\xff\xfe not json"[..],
        br#"{"id": 1, "cmd": "rm -rf /"}"#,
    ] {
        let mut s = raw(&g.socket());
        s.write_all(&encode_frame(junk, &[])).unwrap();
        assert_eq!(refusal(s), "malformed");
    }

    // An old protocol version.
    let mut s = raw(&g.socket());
    let old = to_json(&RequestEnvelope {
        id: 1,
        request: Request::Hello {
            protocol: PROTOCOL_VERSION + 1,
            token: token.clone(),
        },
    });
    s.write_all(&encode_frame(&old, &[])).unwrap();
    assert_eq!(refusal(s), "bad_version");

    // After a good hello, a malformed frame closes that connection only.
    let mut s = raw(&g.socket());
    s.write_all(&encode_frame(&hello(&token), &[])).unwrap();
    let ok = read_frame(&mut s, FrameLimits::RESPONSE).unwrap().unwrap();
    assert!(parse_response(&ok.json).unwrap().result.is_ok());
    s.write_all(&encode_frame(b"[1, 2", &[])).unwrap();
    assert_eq!(refusal(s), "malformed");

    // A driver that hangs up in the middle of a frame.
    let mut s = raw(&g.socket());
    s.write_all(&[0, 0, 1]).unwrap();
    drop(s);

    // Through all of it the app kept running, its state intact, the first driver still
    // connected.
    assert_eq!(text_of(&d, "label"), "Clicks: 1");
    let d2 = g.driver();
    d2.find_component(&On::new().id("add"))
        .unwrap()
        .unwrap()
        .click()
        .unwrap();
    assert_eq!(text_of(&d, "label"), "Clicks: 2");
}

#[test]
fn without_the_opt_in_there_is_no_socket() {
    // Headless without ARKUI_UITEST the gallery writes its PNGs and exits; it never makes
    // the socket folder.
    let out = std::env::temp_dir().join(format!("arkui-uitest-png-{}", std::process::id()));
    let mut g = Gallery::start(
        "off",
        false,
        &["--profile", "iot", "--out", out.to_str().unwrap()],
    );
    let start = Instant::now();
    let status = loop {
        if let Some(status) = g.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < START * 3,
            "headless output did not finish"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    assert!(!g.dir.exists(), "no socket folder without ARKUI_UITEST=1");
    assert!(out.join("counter-iot.png").exists());
    let _ = std::fs::remove_dir_all(&out);
}
