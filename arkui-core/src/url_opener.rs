//! Opening a link (a `Hyperlink`'s address) in the system's browser. As with the clipboard,
//! the core keeps an in-process opener that only records what was asked (headless, tests,
//! framebuffers with no browser); a desktop platform installs one that hands the address
//! to the system with [`set_url_opener`].

use std::cell::RefCell;

/// Something that opens links.
///
/// ```
/// use arkui_core::{RecordingUrlOpener, UrlOpener};
/// let mut o = RecordingUrlOpener::default();
/// o.open("https://example.com").unwrap();
/// assert_eq!(o.opened, ["https://example.com"]);
/// ```
pub trait UrlOpener {
    /// Open `url`; an error says why it could not be.
    fn open(&mut self, url: &str) -> Result<(), String>;
}

/// An opener that records the links it is asked to open (the default).
#[derive(Clone, Debug, Default)]
pub struct RecordingUrlOpener {
    /// Every link asked for, oldest first.
    pub opened: Vec<String>,
}

impl UrlOpener for RecordingUrlOpener {
    fn open(&mut self, url: &str) -> Result<(), String> {
        self.opened.push(url.to_string());
        Ok(())
    }
}

thread_local! {
    static OPENER: RefCell<Box<dyn UrlOpener>> = RefCell::new(Box::new(RecordingUrlOpener::default()));
    static RECENT: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Replace this thread's link opener (a platform's browser launcher).
pub fn set_url_opener(opener: Box<dyn UrlOpener>) {
    OPENER.with(|o| *o.borrow_mut() = opener);
}

/// Open `url` with this thread's opener. Only web and mail links are opened (`http:`,
/// `https:`, `mailto:`); anything else is refused with an error, so a link's address can
/// never run a program or open a local file.
///
/// ```
/// use arkui_core::{open_url, opened_urls};
/// assert!(open_url("https://example.com/a").is_ok());
/// assert!(open_url("file:///etc/passwd").is_err());
/// assert_eq!(opened_urls().last().map(String::as_str), Some("https://example.com/a"));
/// ```
pub fn open_url(url: &str) -> Result<(), String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let allowed = ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme));
    if !allowed {
        return Err(format!(
            "refusing to open {url:?}: only http:, https: and mailto: links are opened"
        ));
    }
    if url.chars().any(char::is_control) {
        return Err(format!(
            "refusing to open {url:?}: it contains control characters"
        ));
    }
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        r.push(url.to_string());
        let len = r.len();
        if len > 64 {
            r.drain(..len - 64);
        }
    });
    OPENER.with(|o| match o.try_borrow_mut() {
        Ok(mut o) => o.open(url),
        Err(_) => Err("the link opener is busy (opened from inside itself)".into()),
    })
}

/// The links this thread asked to open lately (the last 64), oldest first: what a test
/// checks after clicking a link.
pub fn opened_urls() -> Vec<String> {
    RECENT.with(|r| r.borrow().clone())
}
