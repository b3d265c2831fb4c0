//! A stderr logger for apps that bring none: the platform's one-line reports (which platform
//! and renderer were chosen and why, input devices found, a window's frame count) reach the
//! user instead of vanishing into an uninstalled `log` facade.

use std::io::Write;
use std::sync::OnceLock;

use log::{Level, LevelFilter, Log, Metadata, Record};

/// Reads `ARKUI_LOG` (`off`, `error`, `warn`, `info`, `debug`, `trace`; default `info`) for
/// arkui-rs's own messages; other crates' (wgpu, winit…) show from `warn` up unless
/// `ARKUI_LOG` asks for more (`debug` or `trace`).
struct StderrLogger {
    arkui: LevelFilter,
    others: LevelFilter,
}

impl StderrLogger {
    fn from_env(value: Option<&str>) -> StderrLogger {
        let arkui = value
            .and_then(|v| v.trim().parse::<LevelFilter>().ok())
            .unwrap_or(LevelFilter::Info);
        let others = if arkui >= LevelFilter::Debug {
            arkui
        } else {
            arkui.min(LevelFilter::Warn)
        };
        StderrLogger { arkui, others }
    }

    fn limit(&self, target: &str) -> LevelFilter {
        if target.starts_with("arkui") {
            self.arkui
        } else {
            self.others
        }
    }
}

impl Log for StderrLogger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= self.limit(metadata.target())
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let level = match record.level() {
            Level::Error => "error: ",
            Level::Warn => "warning: ",
            _ => "",
        };
        let crate_name = record.target().split("::").next().unwrap_or("");
        // One write per line, so lines from two threads do not interleave.
        let line = format!("{crate_name}: {level}{}\n", record.args());
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }

    fn flush(&self) {}
}

/// Send `log` records to stderr, filtered by `ARKUI_LOG`, unless the app installed a logger
/// of its own (then this does nothing). [`launch`](crate::launch) calls it; call it yourself
/// before [`run_platform`](crate::run_platform) to see the same reports. Returns whether
/// this logger was installed.
///
/// ```
/// // The first call installs it; later calls (or an app's own logger) leave it be.
/// let first = arkui_platform::init_logging();
/// assert!(!arkui_platform::init_logging());
/// # let _ = first;
/// ```
pub fn init_logging() -> bool {
    static LOGGER: OnceLock<StderrLogger> = OnceLock::new();
    let logger =
        LOGGER.get_or_init(|| StderrLogger::from_env(std::env::var("ARKUI_LOG").ok().as_deref()));
    let max = logger.arkui.max(logger.others);
    if log::set_logger(logger).is_err() {
        return false;
    }
    log::set_max_level(max);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arkui_messages_default_to_info_and_others_to_warn() {
        let l = StderrLogger::from_env(None);
        assert_eq!(l.limit("arkui_platform::window"), LevelFilter::Info);
        assert_eq!(l.limit("wgpu_core::device"), LevelFilter::Warn);
    }

    #[test]
    fn arkui_log_sets_the_level_and_debug_opens_every_crate() {
        let l = StderrLogger::from_env(Some("debug"));
        assert_eq!(l.limit("wgpu_hal"), LevelFilter::Debug);
        let quiet = StderrLogger::from_env(Some("error"));
        assert_eq!(quiet.limit("arkui_platform"), LevelFilter::Error);
        assert_eq!(quiet.limit("winit"), LevelFilter::Error);
        assert_eq!(
            StderrLogger::from_env(Some("off")).limit("x"),
            LevelFilter::Off
        );
    }

    #[test]
    fn an_unknown_value_falls_back_to_the_default() {
        let l = StderrLogger::from_env(Some("loud"));
        assert_eq!(l.limit("arkui_core"), LevelFilter::Info);
    }
}
