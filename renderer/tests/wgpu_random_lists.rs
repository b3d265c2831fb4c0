//! Robustness of the wgpu backend: the seeded random display lists of `random_lists.rs`
//! (NaNs, infinities, huge shapes, singular transforms, unbalanced pushes) render without a
//! panic and without a wgpu validation error. `ARKUI_RANDOM_LISTS=n` explores further.
#![cfg(feature = "wgpu")]

#[expect(dead_code, reason = "only the adapter policy is used here")]
#[path = "common/gpu.rs"]
mod gpu;
#[path = "common/random_list.rs"]
mod random_list;

use arkui_renderer::ImageKey;
use arkui_renderer::images::{ImageCache, ImageData, ImageError};
use arkui_renderer::text::{FontContext, FontSource, TextStyle};
use arkui_renderer::wgpu::OffscreenRenderer;
use random_list::{Rng, random_list};

#[test]
fn random_lists_render_on_the_gpu_without_errors() {
    let Some(gpu) = gpu::gpu_or_skip("wgpu_random_lists") else {
        return;
    };
    let mut r = OffscreenRenderer::with_context(gpu);
    let mut rng = Rng(0xD15_EA5E_F00D);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    fonts.shape("Ag", &TextStyle::new(12.0), None);
    let mut images = ImageCache::new(1 << 16);
    let img = ImageData::from_straight_rgba(3, 2, vec![200; 24]).expect("3x2");
    images.insert(ImageKey(1), img).expect("fits");
    images.set_failed(ImageKey(2), ImageError::UnknownFormat);
    let count: usize = std::env::var("ARKUI_RANDOM_LISTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    for i in 0..count {
        let list = random_list(&mut rng, 24);
        if let Err(e) = r.render(&list, &mut fonts, &images, 48, 40) {
            panic!("list {i}: {e}\n{list:?}");
        }
    }
    assert_eq!(r.recoveries(), 0, "no random list may lose the device");
}
