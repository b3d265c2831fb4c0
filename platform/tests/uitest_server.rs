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
