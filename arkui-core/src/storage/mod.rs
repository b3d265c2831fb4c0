//! Application state beyond one component: [`AppStorage`] (app-wide, keyed),
//! [`LocalStorage`] (page-scoped), [`PersistentStorage`] (chosen keys saved to disk
//! atomically, off the UI thread) and [`Environment`] (device settings as read-only signals).

mod app_storage;
mod environment;
mod persistent;
mod store;

pub use app_storage::{AppStorage, LocalStorage};
pub use environment::{ColorMode, Environment, LayoutDirection};
pub use persistent::PersistentStorage;
pub use store::StorageError;
pub(crate) use store::codec_of;
