//! Storage decorators never panic on a key that holds another type: the component gets a
//! local value (logged), and the stored value is left as it was.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::AppStorage;
use arkui::platform::TestApp;
use arkui::prelude::*;

#[component]
struct Visits {
    #[local_storage_link("page.visits", default = 0)]
    visits: u32,
    #[storage_link("app.volume", default = 3)]
    volume: u8,
}

impl Visits {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button(format!("visits {}", self.visits.get())).id("visit")
                    .on_click(move |_| self.visits.update(|v| *v += 1))
                Text(format!("volume {}", self.volume.get())).id("volume")
            }
        }
    }
}

/// Puts a `String` under the page key `Visits` wants as a `u32`, then shows `Visits`.
#[component]
struct Page {
    #[local_storage_link("page.visits", default = String::from("many"))]
    visits: String,
}

impl Page {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(self.visits.get()).id("label")
                Visits()
            }
        }
    }
}

#[test]
fn a_page_key_of_another_type_gives_a_local_value_not_a_panic() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    assert_eq!(t.text("label").unwrap(), "many");
    assert_eq!(t.text("visit").unwrap(), "visits 0");
    t.click("visit").unwrap();
    assert_eq!(t.text("visit").unwrap(), "visits 1");
    assert_eq!(t.text("label").unwrap(), "many");
}

#[test]
fn a_storage_key_of_another_type_gives_a_local_value_not_a_panic() {
    // The app-wide key already holds a String; the component wants a u8.
    AppStorage::set_or_create("app.volume", String::from("loud")).unwrap();
    let mut t = TestApp::new::<Visits>(DeviceProfile::iot());
    assert_eq!(t.text("volume").unwrap(), "volume 3");
    assert_eq!(AppStorage::get::<String>("app.volume").unwrap(), "loud");
    // The page's local storage works as usual: clicks count.
    t.click("visit").unwrap();
    t.click("visit").unwrap();
    assert_eq!(t.text("visit").unwrap(), "visits 2");
}
