//! Panels mounted turned: `ARKUI_ROTATION` for the framebuffer and DRM backends.

pub use arkui_renderer::software::Rotation;

use crate::Error;

/// Parse `0`, `90`, `180` or `270` (degrees clockwise).
///
/// ```
/// use arkui_platform::{Rotation, parse_rotation};
/// assert_eq!(parse_rotation("90").unwrap(), Rotation::Deg90);
/// assert!(parse_rotation("45").is_err());
/// ```
pub fn parse_rotation(text: &str) -> Result<Rotation, Error> {
    match text.trim() {
        "" | "0" => Ok(Rotation::Deg0),
        "90" => Ok(Rotation::Deg90),
        "180" => Ok(Rotation::Deg180),
        "270" => Ok(Rotation::Deg270),
        other => Err(Error::Unavailable {
            platform: "rotation".into(),
            reason: format!("ARKUI_ROTATION must be 0, 90, 180 or 270, got `{other}`"),
        }),
    }
}

/// `ARKUI_ROTATION` from the environment (unset: no rotation).
pub fn rotation_from_env() -> Result<Rotation, Error> {
    std::env::var("ARKUI_ROTATION").map_or(Ok(Rotation::Deg0), |v| parse_rotation(&v))
}
