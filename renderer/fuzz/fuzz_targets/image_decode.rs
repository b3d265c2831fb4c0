//! Image decoding under device limits: any bytes give an image within the limits or an
//! error, never a panic or an allocation past the limit (run with `-rss_limit_mb`).
#![no_main]

use arkui_renderer::images::{ImageLimits, decode};
use libfuzzer_sys::fuzz_target;

const LIMITS: ImageLimits = ImageLimits {
    max_width: 2048,
    max_height: 2048,
    max_alloc: 32 << 20,
};

fuzz_target!(|data: &[u8]| {
    if let Ok(img) = decode(data, &LIMITS) {
        assert!(img.width() <= LIMITS.max_width && img.height() <= LIMITS.max_height);
        assert_eq!(
            img.pixels().len(),
            img.width() as usize * img.height() as usize * 4
        );
    }
});
