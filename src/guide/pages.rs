//! # Pages, lifecycle and dialogs
//!
//! ## Pages and lifecycle — `@Entry`, `aboutToAppear`, `onAppear`
//!
//! ```ts
//! @Entry @Component struct Index { aboutToAppear() { ... } build() { ... } }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[entry]
//! #[component]
//! struct Index { #[state(String::new())] status: String }
//! impl Index {
//!     fn about_to_appear(&self) { self.status.set("ready".into()) }
//!     fn build(&self) -> impl View { ui! { Text(self.status.get()).id("s") } }
//! }
//! // fn main() -> Result<(), arkui::PlatformError> { arkui::launch::<Index>() }
//! let mut t = arkui::platform::TestApp::new::<Index>(DeviceProfile::iot());
//! assert_eq!(t.text("s").unwrap(), "ready");
//! ```
//!
//! ## Dialogs and toasts — `CustomDialogController`, `promptAction.showToast`
//!
//! ```ts
//! dialog: CustomDialogController = new CustomDialogController({ builder: Confirm(), autoCancel: true })
//! Button('Delete').onClick(() => this.dialog.open())
//! promptAction.showToast({ message: 'Saved', duration: 2000 })
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Files {}
//! impl Files {
//!     fn build(&self) -> impl View {
//!         let dialog = CustomDialogController::new(|| ui! { Text("Delete?").id("ask") })
//!             .auto_cancel(true);
//!         ui! { Button("Delete").id("delete").on_click(move |_| dialog.open()) }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Files>(DeviceProfile::iot());
//! t.click("delete").unwrap();
//! assert!(t.inspect("ask").is_some()); // above the page, behind a mask
//! t.app().press_key(arkui::Key::Back); // Back closes the top dialog first
//! assert!(t.inspect("ask").is_none());
//! let toast = show_toast("Saved", 2000).unwrap(); // gone after 2 s of the frame clock
//! assert!(toast.is_open());
//! ```
