//! DRM/KMS: mode selection and page-flip bookkeeping without a card; the card path itself
//! is an ignored test to run on a board.
#![cfg(feature = "drm")]

use arkui_platform::drm::{FlipChain, ModeCandidate, ModeRequest, choose_mode};

fn m(width: u32, height: u32, refresh_hz: u32, preferred: bool) -> ModeCandidate {
    ModeCandidate {
        width,
        height,
        refresh_hz,
        preferred,
    }
}

/// What a 7" HDMI panel reported: its native 1024x600 first but not flagged preferred, TV
/// modes after it.
const PANEL: [ModeCandidate; 5] = [
    ModeCandidate {
        width: 1024,
        height: 600,
        refresh_hz: 60,
        preferred: false,
    },
    ModeCandidate {
        width: 1920,
        height: 1080,
        refresh_hz: 50,
        preferred: false,
    },
    ModeCandidate {
        width: 1920,
        height: 1080,
        refresh_hz: 60,
        preferred: false,
    },
    ModeCandidate {
        width: 1280,
        height: 720,
        refresh_hz: 60,
        preferred: false,
    },
    ModeCandidate {
        width: 640,
        height: 480,
        refresh_hz: 60,
        preferred: false,
    },
];

#[test]
fn the_preferred_mode_wins() {
    let modes = [
        m(1920, 1080, 60, false),
        m(800, 480, 60, true),
        m(800, 480, 50, false),
    ];
    assert_eq!(choose_mode(&modes, None), Some(1));
}

#[test]
fn without_a_preferred_mode_the_largest_fastest_wins() {
    assert_eq!(choose_mode(&PANEL, None), Some(2)); // 1920x1080@60
}

#[test]
fn a_requested_mode_wins_and_a_missing_one_is_refused() {
    let r = |t| Some(ModeRequest::parse(t).expect("valid request"));
    assert_eq!(choose_mode(&PANEL, r("1024x600")), Some(0));
    assert_eq!(choose_mode(&PANEL, r("1920x1080")), Some(2)); // fastest of the two
    assert_eq!(choose_mode(&PANEL, r("1920x1080@50")), Some(1));
    assert_eq!(choose_mode(&PANEL, r("800x480")), None);
    assert_eq!(choose_mode(&[], None), None);
}

#[test]
fn flips_alternate_buffers_and_never_draw_into_one_being_scanned_out() {
    let mut chain = FlipChain::new();
    let mut drawn = Vec::new();
    for _ in 0..4 {
        let back = chain.back().expect("no flip in flight");
        assert_ne!(back, chain.front());
        drawn.push(back);
        chain.flip_queued();
        assert!(chain.back().is_none());
        chain.flip_done();
        assert_eq!(chain.front(), back);
    }
    assert_eq!(drawn, [1, 0, 1, 0]);
    // A stray flip event (after a modeset) changes nothing.
    chain.flip_done();
    assert_eq!(chain.front(), 0);
}

/// On a board: `ARKUI_DRM_CARD=/dev/dri/card0 cargo test -p arkui-platform --features drm
/// --test it drm -- --ignored` from a text console (DRM master; not under X or Wayland).
#[test]
#[ignore = "needs /dev/dri/cardN with a connected display"]
fn drm_presents_frames_on_a_real_card() {
    use std::time::Duration;

    use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    use arkui_platform::drm::DrmBackend;
    use arkui_platform::{RunOptions, SystemClock, run};

    let card = std::env::var("ARKUI_DRM_CARD").unwrap_or_else(|_| "/dev/dri/card0".into());
    let mut backend = DrmBackend::open(&card).expect("open the card");
    let mut app = App::with_view(DeviceProfile::iot(), || {
        NodeId::create("Column", NodeKind::Flex)
            .width(100.0)
            .height(100.0)
    });
    let options = RunOptions {
        exit_after: Some(Duration::from_secs(2)),
        ..RunOptions::default()
    };
    let stats = run(&mut backend, &mut app, &SystemClock::new(), &options).expect("run");
    assert_eq!(stats.frames, 1);
}
