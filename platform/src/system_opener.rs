//! The desktop's link opener: a `Hyperlink`'s address handed to the system's browser
//! through `xdg-open` (Linux, BSD) or `open` (macOS), installed when a window opens.

use arkui_core::UrlOpener;

/// Opens links with the desktop's URL handler. The core has already refused anything but
/// `http:`, `https:` and `mailto:` links; the address is one argument of the command, never
/// shell text.
#[derive(Debug, Default)]
pub struct SystemUrlOpener;

impl UrlOpener for SystemUrlOpener {
    fn open(&mut self, url: &str) -> Result<(), String> {
        let program = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        std::process::Command::new(program)
            .arg(url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(drop)
            .map_err(|e| format!("could not run {program} to open {url}: {e}"))
    }
}

/// Hand links to the system from now on (a windowed app).
pub(crate) fn install() {
    arkui_core::set_url_opener(Box::new(SystemUrlOpener));
}
