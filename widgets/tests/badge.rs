//! Badge through the headless harness: counts, caps, values, positions, pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{assert_near, attr};

const WARNING: Color = Color::from_rgb(0xE84026);

#[component]
struct Inbox {
    #[state(0)]
    unread: i64,
}

impl Inbox {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 20.vp()) {
                Badge(count = self.unread.get(), max_count = 99) {
                    Column() {}.width(40.vp()).height(40.vp()).background_color(Color::GRAY).id("icon")
                }
                .id("badge")
                Button("mail").id("mail").on_click(move |_| self.unread.update(|n| *n += 60))
            }
            .padding(20.vp())
        }
    }
}

/// A pixel just left of the top-right corner of `.id("icon")`: inside a RightTop badge
/// (which is centred on the corner), left of its text.
fn corner(t: &mut TestApp) -> [u8; 4] {
    let r = t.rect("icon").unwrap();
    t.render().pixel((r.x + r.width) as u32 - 6, r.y as u32)
}

/// The text of the badge's bubble.
fn label(t: &mut TestApp) -> String {
    let b = t.inspect("badge").unwrap();
    b["$children"][0]["$children"][0]["$attrs"]["content"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_zero_count_hides_the_badge_and_counts_cap_at_max() {
    let mut t = TestApp::new::<Inbox>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "badge", "count"), "0");
    assert_near(
        corner(&mut t),
        Color::GRAY,
        "no badge at 0: the content shows",
    );
    t.click("mail").unwrap();
    assert_eq!(label(&mut t), "60");
    assert_near(corner(&mut t), WARNING, "badge over the corner");
    t.click("mail").unwrap();
    assert_eq!(attr(&mut t, "badge", "count"), "120");
    assert_eq!(label(&mut t), "99+");
    assert_eq!(attr(&mut t, "badge", "maxCount"), "99");
}

#[test]
fn the_badge_does_not_change_the_size_of_its_content() {
    let mut t = TestApp::new::<Inbox>(DeviceProfile::iot());
    let before = t.rect("badge").unwrap();
    t.click("mail").unwrap();
    assert_eq!(t.rect("badge").unwrap(), before);
    assert_eq!((before.width, before.height), (40.0, 40.0));
}

#[test]
fn values_positions_and_styles() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Row::new()
            .space(30.vp())
            .padding(20.vp())
            .child(
                Badge::new()
                    .value("")
                    .child(Column::new().width(30.vp()).height(30.vp()).id("dot-icon"))
                    .id("dot"),
            )
            .child(
                Badge::new()
                    .value("new")
                    .badge_position(BadgePosition::Left)
                    .style(BadgeStyle {
                        badge_color: Some(Color::BLUE),
                        ..BadgeStyle::default()
                    })
                    .child(Column::new().width(30.vp()).height(30.vp()).id("left-icon"))
                    .id("left"),
            )
    });
    assert_eq!(attr(&mut t, "dot", "value"), "");
    let r = t.rect("dot-icon").unwrap();
    assert_near(
        t.render().pixel((r.x + r.width) as u32, r.y as u32),
        WARNING,
        "a dot on the corner",
    );
    assert_eq!(attr(&mut t, "left", "position"), "BadgePosition.Left");
    let r = t.rect("left-icon").unwrap();
    assert_near(
        t.render()
            .pixel(r.x as u32 + 2, (r.y + r.height / 2.0) as u32),
        Color::BLUE,
        "a bubble at the left edge, vertically centred",
    );
}
