//! Application state beyond one component: [`AppStorage`] (app-wide, keyed),
//! [`LocalStorage`] (page-scoped), [`PersistentStorage`] (chosen keys saved to disk
//! atomically, off the UI thread) and [`Environment`] (device settings as read-only signals).

mod app_storage;
mod app_storage_v2;
mod atomic_file;
mod environment;
mod persistence_v2;
mod persistent;
mod store;

pub use app_storage::{AppStorage, LocalStorage};
pub use app_storage_v2::AppStorageV2;
pub use environment::{ColorMode, Environment, LayoutDirection};
pub use persistence_v2::{PERSISTENCE_V2_VERSION, PersistenceV2};
pub use persistent::PersistentStorage;
pub use store::StorageError;
pub(crate) use store::codec_of;
