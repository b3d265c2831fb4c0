//! A generated corpus of 1,040 corrupt, truncated and "bomb" images (declared sizes up to
//! 16384 x 16384 and beyond the budget), replayed through the decoder and the decode thread:
//! no panic, every file an error value or an image, and heap growth per decode under the
//! limit: once under generous fixed limits, once under the iot profile's own (128 KiB).
//! Deterministic: a fixed seed, nothing committed.

#[path = "common/alloc.rs"]
mod alloc;

use std::io::Cursor;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};
use std::time::Duration;

use arkui_core::DeviceProfile;
use arkui_renderer::ImageKey;
use arkui_renderer::images::{ImageCache, ImageEvent, ImageLimits, ImageLoader, decode};

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

const LIMITS: ImageLimits = ImageLimits {
    max_width: 1024,
    max_height: 1024,
    max_alloc: 8 << 20,
};

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<(image::ImageFormat, Vec<u8>)> {
    let img = image::RgbaImage::from_fn(24, 16, |x, y| {
        image::Rgba([
            (x * 10) as u8,
            (y * 15) as u8,
            128,
            if x % 5 == 0 { 100 } else { 255 },
        ])
    });
    let rgb = image::DynamicImage::ImageRgba8(img.clone()).into_rgb8();
    let mut out = Vec::new();
    for format in [
        image::ImageFormat::Png,
        image::ImageFormat::Jpeg,
        image::ImageFormat::Gif,
        image::ImageFormat::WebP,
        image::ImageFormat::Bmp,
    ] {
        let mut buf = Cursor::new(Vec::new());
        let dynimg = if format == image::ImageFormat::Jpeg {
            image::DynamicImage::ImageRgb8(rgb.clone())
        } else {
            image::DynamicImage::ImageRgba8(img.clone())
        };
        dynimg.write_to(&mut buf, format).expect("encode seed");
        out.push((format, buf.into_inner()));
    }
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Overwrite the declared size with `w` x `h` where each format stores it.
fn declare_size(format: image::ImageFormat, data: &mut [u8], w: u32, h: u32) {
    match format {
        image::ImageFormat::Png => {
            data[16..20].copy_from_slice(&w.to_be_bytes());
            data[20..24].copy_from_slice(&h.to_be_bytes());
            let crc = crc32(&data[12..29]);
            data[29..33].copy_from_slice(&crc.to_be_bytes());
        }
        image::ImageFormat::Bmp => {
            data[18..22].copy_from_slice(&(w as i32).to_le_bytes());
            data[22..26].copy_from_slice(&(h as i32).to_le_bytes());
        }
        image::ImageFormat::Gif => {
            let (w16, h16) = (w.min(65535) as u16, h.min(65535) as u16);
            data[6..8].copy_from_slice(&w16.to_le_bytes());
            data[8..10].copy_from_slice(&h16.to_le_bytes());
            if let Some(i) = data.iter().position(|b| *b == 0x2C)
                && i + 9 <= data.len()
            {
                data[i + 5..i + 7].copy_from_slice(&w16.to_le_bytes());
                data[i + 7..i + 9].copy_from_slice(&h16.to_le_bytes());
            }
        }
        image::ImageFormat::Jpeg => {
            if let Some(i) = data.windows(2).position(|m| m == [0xFF, 0xC0])
                && i + 9 <= data.len()
            {
                data[i + 5..i + 7].copy_from_slice(&(h.min(65535) as u16).to_be_bytes());
                data[i + 7..i + 9].copy_from_slice(&(w.min(65535) as u16).to_be_bytes());
            }
        }
        _ => {
            // WebP lossless: 14-bit (size - 1) fields after the 0x2F signature byte.
            if let Some(i) = data.windows(4).position(|m| m == b"VP8L")
                && i + 13 <= data.len()
            {
                let (w1, h1) = (w.clamp(1, 16384) - 1, h.clamp(1, 16384) - 1);
                let old =
                    u32::from_le_bytes([data[i + 9], data[i + 10], data[i + 11], data[i + 12]]);
                let bits = w1 | (h1 << 14) | (old & 0xF000_0000);
                data[i + 9..i + 13].copy_from_slice(&bits.to_le_bytes());
            }
        }
    }
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut rng = Rng(0x5EED_1234_ABCD_0042);
    let mut files = Vec::new();
    for (format, seed) in seeds() {
        for k in 0..208 {
            let mut d = seed.clone();
            let kind = k % 8;
            match kind {
                0 => d.truncate(rng.below(d.len())),
                1 => {
                    for _ in 0..1 + rng.below(8) {
                        let i = rng.below(d.len());
                        d[i] ^= 1 << rng.below(8);
                    }
                }
                2 => {
                    let (a, n) = (rng.below(d.len()), 1 + rng.below(64));
                    for i in a..(a + n).min(d.len()) {
                        d[i] = rng.next() as u8;
                    }
                }
                3 => {
                    let at = rng.below(d.len());
                    let junk: Vec<u8> = (0..1 + rng.below(256)).map(|_| rng.next() as u8).collect();
                    d.splice(at..at, junk);
                }
                4 => {
                    // Bombs: huge, just over the limit, and within the limit but over budget.
                    let (w, h) = match rng.below(4) {
                        0 => (100_000, 100_000),
                        1 => (16384, 16384),
                        2 => (1025, 10),
                        _ => (1000, 1000),
                    };
                    declare_size(format, &mut d, w, h);
                }
                5 => {
                    // A plausible size with the pixel data cut away.
                    declare_size(
                        format,
                        &mut d,
                        500 + rng.below(500) as u32,
                        300 + rng.below(600) as u32,
                    );
                    d.truncate(40 + rng.below(d.len().saturating_sub(40)));
                }
                6 => {
                    let magic = d[..8.min(d.len())].to_vec();
                    d = magic;
                    d.extend((0..rng.below(2048)).map(|_| rng.next() as u8));
                }
                _ => {
                    let (a, b) = (rng.below(d.len()), rng.below(d.len()));
                    let slice = d[a.min(b)..a.max(b)].to_vec();
                    d.extend_from_slice(&slice);
                    d.extend_from_slice(&slice);
                }
            }
            files.push((format!("{format:?}-{k}-kind{kind}"), d));
        }
    }
    files
}

static PANICS: AtomicUsize = AtomicUsize::new(0);

/// The allocator counts the whole process: two replays measured at once would charge each
/// other's allocations, so the tests take turns.
static SERIAL: Mutex<()> = Mutex::new(());

fn count_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::Relaxed);
            default_hook(info);
        }));
    });
}

/// Decode every file directly under `limits`, asserting each one's peak heap growth stays
/// under `limits.max_alloc`; returns how many decoded.
fn replay(files: &[(String, Vec<u8>)], limits: &ImageLimits, label: &str) -> usize {
    let (mut ok, mut failed, mut worst) = (0, 0, 0usize);
    let mut worst_file = String::new();
    let mut over = Vec::new();
    for (name, data) in files {
        let base = alloc::reset_peak();
        let result = decode(data, limits);
        let grew = alloc::peak() - base;
        if grew > worst {
            worst = grew;
            worst_file = name.clone();
        }
        if grew as u64 > limits.max_alloc {
            over.push(format!("{name} ({grew} bytes)"));
        }
        match result {
            Ok(img) => {
                assert!(img.width() <= limits.max_width && img.height() <= limits.max_height);
                ok += 1;
            }
            Err(e) => {
                assert!(!e.to_string().is_empty());
                failed += 1;
            }
        }
    }
    println!(
        "{label}: {} files, {ok} decoded, {failed} rejected, worst heap growth {worst} bytes ({worst_file}), limit {}",
        files.len(),
        limits.max_alloc
    );
    assert!(
        over.is_empty(),
        "{label}: {} files grew the heap past the {} byte limit: {}",
        over.len(),
        limits.max_alloc,
        over.join(", ")
    );
    ok
}

/// The same files through the decode thread: one event each, placeholders for failures, and
/// the cache within its budget.
fn replay_on_thread(
    files: &[(String, Vec<u8>)],
    limits: ImageLimits,
    cache_budget: usize,
) -> usize {
    let mut loader = ImageLoader::new(limits);
    let mut cache = ImageCache::new(cache_budget);
    for (i, (_, data)) in files.iter().enumerate() {
        loader.request(ImageKey(i as u64), data.clone(), &mut cache);
    }
    let mut events = Vec::new();
    while events.len() < files.len() {
        let got = loader.wait(&mut cache, Duration::from_secs(120));
        assert!(
            !got.is_empty(),
            "decode thread stalled after {} events",
            events.len()
        );
        events.extend(got);
    }
    assert!(cache.bytes() <= cache.budget());
    events
        .iter()
        .filter(|e| matches!(e, ImageEvent::Loaded(_)))
        .count()
}

#[test]
fn corrupt_truncated_and_bomb_images_never_panic_and_stay_in_budget() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    count_panics();
    // A failed assertion in another test is a panic too: count only this test's.
    let panics_before = PANICS.load(Ordering::Relaxed);
    let files = corpus();
    assert!(files.len() >= 1000, "corpus has {} files", files.len());
    let ok = replay(&files, &LIMITS, "corpus");
    assert_eq!(
        PANICS.load(Ordering::Relaxed),
        panics_before,
        "decoders panicked"
    );
    let loaded = replay_on_thread(&files, LIMITS, 4 << 20);
    assert_eq!(loaded, ok, "thread and direct decoding disagree");
    assert_eq!(
        PANICS.load(Ordering::Relaxed),
        panics_before,
        "decoders panicked on the decode thread"
    );
}

#[test]
fn corpus_stays_under_the_iot_profiles_limits() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    count_panics();
    let panics_before = PANICS.load(Ordering::Relaxed);
    let iot = DeviceProfile::iot();
    let limits = iot.image_limits();
    assert!(
        limits.max_alloc < LIMITS.max_alloc,
        "the iot profile is the small case"
    );
    let files = corpus();
    let ok = replay(&files, &limits, "corpus under the iot profile");
    assert!(
        ok > 0,
        "the small seed images still decode under the iot limits"
    );
    assert_eq!(
        PANICS.load(Ordering::Relaxed),
        panics_before,
        "decoders panicked"
    );
    let loaded = replay_on_thread(&files, limits, iot.image_cache_budget());
    assert_eq!(loaded, ok, "thread and direct decoding disagree");
    assert_eq!(
        PANICS.load(Ordering::Relaxed),
        panics_before,
        "decoders panicked on the decode thread"
    );
}
