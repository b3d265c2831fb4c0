//! The todo list as an app, its list kept on disk between runs.
//!
//! ```text
//! cargo run -p arkui-gallery --example todo            # window, or a PNG when headless
//! ```

use arkui::PersistentStorage;
use arkui_gallery::pages::todo::{TODO_KEY, TodoItem, TodoPage};

fn main() -> Result<(), arkui::PlatformError> {
    let dir = std::env::var_os("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".local/share"))
        })
        .unwrap_or_else(std::env::temp_dir)
        .join("arkui-todo");
    PersistentStorage::open(dir.join("todos.json"));
    if let Err(e) = PersistentStorage::persist_prop(TODO_KEY, Vec::<TodoItem>::new()) {
        eprintln!("todo: {e}");
    }
    let result = arkui::launch_with::<TodoPage>(arkui::DeviceProfile::desktop(420, 640));
    PersistentStorage::close();
    result
}
