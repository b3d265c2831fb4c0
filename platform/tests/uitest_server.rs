//! The UI test server in this process: the frame loop serving a driver on another thread,
//! and a peer of another user turned away.

use std::time::Duration;

use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind, State};
use arkui_platform::{
    HeadlessBackend, LoopService, RunOptions, SystemClock, UiTestConfig, UiTestServer,
    run_with_service,
};
use arkui_uitest::{Driver, Error, On};

fn config(name: &str) -> UiTestConfig {
    UiTestConfig {
        dir: std::env::temp_dir().join(format!("arkui-uitest-{name}-{}", std::process::id())),
        allowed_uid: None,
    }
}

#[test]
fn the_frame_loop_serves_a_driver_and_stops_when_asked() {
    let mut server = UiTestServer::start(config("loop")).unwrap();
    let socket = server.socket_path().to_path_buf();
    let count = State::new(0);
    let mut app = App::with_view(DeviceProfile::iot(), move || {
        NodeId::create("Column", NodeKind::Flex)
            .width(100.0)
            .height(40.0)
            .background_color(Color::RED)
            .id("box")
            .on_click(move |_| count.update(|c| *c += 1))
    });
    // The driver runs beside the UI thread, as it would from another process.
    let driver = std::thread::spawn(move || -> Result<(u32, u32, usize), Error> {
        let d = Driver::connect_socket(&socket)?;
        let boxed = d.wait_for_component(&On::new().id("box"), Duration::from_secs(10))?;
        boxed.click()?;
        boxed.click()?;
        let png = d.screen_cap_png()?;
        d.exit_app()?;
        Ok((d.display_size().0, d.display_size().1, png.len()))
    });
    let mut backend = HeadlessBackend::live(320, 240);
    let options = RunOptions {
        // A bound for a broken test; the driver's exit ends the loop long before.
        exit_after: Some(Duration::from_secs(60)),
        ..RunOptions::default()
    };
    let stats = run_with_service(
        &mut backend,
        &mut app,
        &SystemClock::new(),
        &options,
        &mut server,
    )
    .unwrap();
    let (w, h, png) = driver.join().unwrap().unwrap();
    assert_eq!((w, h), (320, 240));
    assert!(png > 100, "a PNG came back");
    assert_eq!(count.get(), 2, "both clicks reached the app");
    assert!(stats.frames >= 1);
    // The live headless backend was woken for each job: the loop did not poll.
    assert_eq!(server.max_wait(), None);
    let (sock, token) = (
        server.socket_path().to_path_buf(),
        server.token_path().to_path_buf(),
    );
    drop(server);
    assert!(
        !sock.exists() && !token.exists(),
        "dropping the server removes its files"
    );
}

#[test]
fn a_peer_of_another_user_is_refused() {
    let mut c = config("uid");
    // This process plays the other user: the server accepts only a uid it is not.
    c.allowed_uid = Some(arkui_uitest::paths::current_uid().wrapping_add(1));
    let server = UiTestServer::start(c).unwrap();
    let err = Driver::connect_socket(server.socket_path()).unwrap_err();
    match err {
        Error::Remote(e) => {
            assert_eq!(e.code, "wrong_user");
            assert!(e.message.contains("only user"), "{}", e.message);
        }
        other => panic!("expected a refusal, got {other}"),
    }
}

#[test]
fn a_folder_others_can_enter_is_refused() {
    // A folder others can enter is not used.
    let dir = std::env::temp_dir().join(format!("arkui-uitest-open-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(
        &dir,
        <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o755),
    )
    .unwrap();
    let err = UiTestServer::start(UiTestConfig {
        dir: dir.clone(),
        allowed_uid: None,
    })
    .unwrap_err();
    assert!(err.to_string().contains("0700"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn long_clicks_drags_flings_and_keys_reach_the_app_as_gestures() {
    use arkui_core::{Gesture, PanDirection, SwipeDirection};
    let mut server = UiTestServer::start(config("gestures")).unwrap();
    let socket = server.socket_path().to_path_buf();
    let long = State::new(0u32);
    let dragged = State::new(0.0f32);
    let flung = State::new(0.0f32);
    let keys = State::new(String::new());
    let mut app = App::with_view(DeviceProfile::iot(), move || {
        let column = NodeId::create("Column", NodeKind::Flex)
            .width(320.0)
            .height(240.0)
            .focusable(true)
            .default_focus(true)
            .on_key_event(move |e| {
                if e.pressed {
                    keys.update(|k| {
                        k.push_str(&format!(
                            "{:?}{};",
                            e.key,
                            if e.modifiers.ctrl { "+ctrl" } else { "" }
                        ))
                    });
                }
                true
            });
        let hold = NodeId::create("Column", NodeKind::Flex)
            .width(100.0)
            .height(60.0)
            .id("hold")
            .gesture(Gesture::long_press().on_action(move |_| long.update(|n| *n += 1)));
        let pan = NodeId::create("Column", NodeKind::Flex)
            .width(100.0)
            .height(60.0)
            .id("pan")
            .gesture(
                Gesture::pan(PanDirection::All).on_action_end(move |e| dragged.set(e.offset_x)),
            );
        let swipe = NodeId::create("Column", NodeKind::Flex)
            .width(300.0)
            .height(60.0)
            .id("swipe")
            .gesture(Gesture::swipe(SwipeDirection::All).on_action(move |e| flung.set(e.speed)));
        column.append(hold);
        column.append(pan);
        column.append(swipe);
        column
    });
    let driver = std::thread::spawn(move || -> Result<(), Error> {
        let d = Driver::connect_socket(&socket)?;
        let wait = Duration::from_secs(10);
        d.wait_for_component(&On::new().id("hold"), wait)?
            .long_click()?;
        let pan = d.wait_for_component(&On::new().id("pan"), wait)?;
        let (x, y) = pan.bounds().center();
        d.drag((x, y), (x + 40.0, y), 400)?;
        let swipe = d.wait_for_component(&On::new().id("swipe"), wait)?;
        let b = swipe.bounds();
        d.fling(
            (b.left + 10.0, b.center().1),
            (b.right - 10.0, b.center().1),
            3000,
        )?;
        d.trigger_key("Down")?;
        d.trigger_combine_keys("a", &["ctrl"])?;
        assert!(
            matches!(d.trigger_key("NoSuchKey"), Err(Error::Remote(ref e)) if e.code == "bad_argument")
        );
        d.exit_app()
    });
    let options = RunOptions {
        exit_after: Some(Duration::from_secs(60)),
        ..RunOptions::default()
    };
    run_with_service(
        &mut HeadlessBackend::live(320, 240),
        &mut app,
        &SystemClock::new(),
        &options,
        &mut server,
    )
    .unwrap();
    driver.join().unwrap().unwrap();
    assert_eq!(long.get(), 1, "one long press from a long click");
    // The pan started after the long-press hold and ended 40 px (40 vp on the IoT profile) right.
    assert!(
        (dragged.get() - 40.0).abs() < 6.0,
        "dragged {}",
        dragged.get()
    );
    assert!(
        flung.get() > 1000.0,
        "a fling is fast: {} vp/s",
        flung.get()
    );
    let k = keys.get();
    assert!(
        k.contains("Down;") && k.contains("Character(\"a\")+ctrl;"),
        "{k}"
    );
}
