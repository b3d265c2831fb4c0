//! Choosing a display mode: the pure part of DRM/KMS setup, tested without a card.

use crate::Error;

/// One mode a connector offers, reduced to what selection looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModeCandidate {
    /// Pixels.
    pub width: u32,
    /// Pixels.
    pub height: u32,
    /// Vertical refresh in Hz.
    pub refresh_hz: u32,
    /// The panel's own preferred (native) mode.
    pub preferred: bool,
}

/// A mode asked for with `ARKUI_DRM_MODE=WIDTHxHEIGHT[@HZ]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModeRequest {
    /// Pixels.
    pub width: u32,
    /// Pixels.
    pub height: u32,
    /// Refresh in Hz, when given.
    pub refresh_hz: Option<u32>,
}

impl ModeRequest {
    /// Parse `1280x720` or `1280x720@60`.
    ///
    /// ```
    /// use arkui_platform::drm::ModeRequest;
    /// let r = ModeRequest::parse("800x480@60").unwrap();
    /// assert_eq!((r.width, r.height, r.refresh_hz), (800, 480, Some(60)));
    /// assert!(ModeRequest::parse("800*480").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<ModeRequest, Error> {
        let bad = || Error::Unavailable {
            platform: "drm".into(),
            reason: format!("ARKUI_DRM_MODE must look like 1280x720 or 1280x720@60, got `{text}`"),
        };
        let (size, hz) = match text.trim().split_once('@') {
            Some((s, hz)) => (s, Some(hz.parse().map_err(|_| bad())?)),
            None => (text.trim(), None),
        };
        let (w, h) = size.split_once('x').ok_or_else(bad)?;
        Ok(ModeRequest {
            width: w.parse().map_err(|_| bad())?,
            height: h.parse().map_err(|_| bad())?,
            refresh_hz: hz,
        })
    }
}

/// Index of the mode to use: the requested size (fastest refresh unless one is named),
/// else the panel's preferred mode, else the largest at the fastest refresh. `None` when
/// there is no mode, or the requested one is not offered.
///
/// ```
/// use arkui_platform::drm::{ModeCandidate, choose_mode};
/// let m = |width, height, refresh_hz, preferred| ModeCandidate { width, height, refresh_hz, preferred };
/// let modes = [m(1920, 1080, 60, false), m(1280, 720, 60, true), m(1920, 1080, 75, false)];
/// assert_eq!(choose_mode(&modes, None), Some(1)); // the preferred one, not the biggest
/// ```
pub fn choose_mode(modes: &[ModeCandidate], request: Option<ModeRequest>) -> Option<usize> {
    let best_by = |filter: &dyn Fn(&ModeCandidate) -> bool| {
        modes
            .iter()
            .enumerate()
            .filter(|(_, m)| filter(m))
            .max_by_key(|(_, m)| (u64::from(m.width) * u64::from(m.height), m.refresh_hz))
            .map(|(i, _)| i)
    };
    if let Some(r) = request {
        return best_by(&|m: &ModeCandidate| {
            m.width == r.width
                && m.height == r.height
                && r.refresh_hz.is_none_or(|hz| m.refresh_hz == hz)
        });
    }
    best_by(&|m: &ModeCandidate| m.preferred).or_else(|| best_by(&|_| true))
}
