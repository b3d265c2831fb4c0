//! [`ImageLoader`]: decodes on a worker thread; the UI thread polls for results.

use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::animation::decode_frames;
use super::{AnimatedImage, ImageCache, ImageData, ImageError, ImageLimits, decode_scaled};
use crate::ImageKey;

/// How the decode thread treats one request's pixels.
///
/// ```
/// use arkui_renderer::images::DecodeOptions;
/// let o = DecodeOptions::default();
/// assert!(!o.template);
/// assert_eq!(o.dpi, 160);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DecodeOptions {
    /// Drop the colour, keep the shape: each pixel becomes its own luminance (ArkUI's
    /// `ImageRenderMode.Template`, which a `fillColor` may then tint).
    pub template: bool,
    /// The density a bitmap was drawn for: its size in units (vp) is its pixels times
    /// 160 / `dpi` (an `xldpi` 48 px icon is 24 units). Vector images ignore it.
    pub dpi: u16,
}

impl Default for DecodeOptions {
    fn default() -> DecodeOptions {
        DecodeOptions {
            template: false,
            dpi: 160,
        }
    }
}

/// A bitmap's size in units at `dpi` (at least one unit a side).
fn units_at(img: &ImageData, dpi: u16) -> (u32, u32) {
    let unit = |px: u32| ((f64::from(px) * 160.0 / f64::from(dpi.max(1))).round() as u32).max(1);
    (unit(img.width()), unit(img.height()))
}

/// What the decode thread made of one request.
#[derive(Debug)]
enum Decoded {
    Still(ImageData),
    Animated(AnimatedImage),
}

/// Decode `bytes` as an animation when it is one (every frame), else as a still image. An
/// animation too large for the budget, or damaged past its first frame, falls back to its
/// first frame, still: what a still decode of the same file shows.
fn decode_any(
    bytes: &[u8],
    limits: &ImageLimits,
    scale: f32,
    options: DecodeOptions,
) -> Result<Decoded, ImageError> {
    let decoded = match decode_frames(bytes, limits) {
        Ok(Some(a)) if a.frame_count() > 1 => Decoded::Animated(a),
        Ok(Some(a)) => match a.into_still() {
            Some(still) => Decoded::Still(still),
            None => Decoded::Still(decode_scaled(bytes, limits, scale)?),
        },
        Ok(None) => Decoded::Still(decode_scaled(bytes, limits, scale)?),
        Err(e) => {
            let still = decode_scaled(bytes, limits, scale)?;
            log::warn!("an animated image is shown still ({e})");
            Decoded::Still(still)
        }
    };
    // A bitmap made for another density lays out by its size at that density.
    #[cfg(feature = "svg")]
    let vector = super::svg::is_svg(bytes);
    #[cfg(not(feature = "svg"))]
    let vector = false;
    let decoded = match decoded {
        Decoded::Still(img) if options.dpi != 160 && !vector => {
            let (w, h) = units_at(&img, options.dpi);
            Decoded::Still(img.with_unit_size(w, h))
        }
        Decoded::Animated(a) if options.dpi != 160 => Decoded::Animated(a.map_frames(|f| {
            let (w, h) = units_at(f, options.dpi);
            f.clone().with_unit_size(w, h)
        })),
        d => d,
    };
    Ok(match (decoded, options.template) {
        (d, false) => d,
        (Decoded::Still(img), true) => Decoded::Still(img.to_template()),
        (Decoded::Animated(a), true) => Decoded::Animated(a.map_frames(ImageData::to_template)),
    })
}

/// The outcome of one request, reported by [`ImageLoader::poll`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageEvent {
    /// The image is in the cache.
    Loaded(ImageKey),
    /// The image could not be decoded (or cached); it draws as a placeholder.
    Failed(ImageKey, ImageError),
}

type Job = (ImageKey, Vec<u8>, DecodeOptions);
type Done = (ImageKey, Result<Decoded, ImageError>);

/// A decode thread with a request queue.
///
/// ```
/// use arkui_renderer::images::{ImageCache, ImageEvent, ImageLimits, ImageLoader};
/// use arkui_renderer::ImageKey;
/// let mut loader = ImageLoader::new(ImageLimits::default());
/// let mut cache = ImageCache::default();
/// loader.request(ImageKey(7), b"garbage".to_vec(), &mut cache);
/// let events = loader.wait(&mut cache, std::time::Duration::from_secs(5));
/// assert!(matches!(events.as_slice(), [ImageEvent::Failed(ImageKey(7), _)]));
/// ```
#[derive(Debug)]
pub struct ImageLoader {
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    in_flight: usize,
    worker: Option<JoinHandle<()>>,
}

impl ImageLoader {
    /// Start the decode thread; every image is decoded under `limits` (vector images at
    /// one pixel per unit).
    pub fn new(limits: ImageLimits) -> ImageLoader {
        ImageLoader::with_vector_scale(limits, 1.0)
    }

    /// [`ImageLoader::new`], drawing vector images (SVG) at `scale` pixels per unit: the
    /// device's density.
    pub fn with_vector_scale(limits: ImageLimits, scale: f32) -> ImageLoader {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel::<Done>();
        let worker = std::thread::Builder::new()
            .name("arkui-image-decode".into())
            .spawn(move || {
                for (key, bytes, options) in job_rx {
                    let result = decode_any(&bytes, &limits, scale, options);
                    drop(bytes);
                    if done_tx.send((key, result)).is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| log::error!("cannot start the image decode thread: {e}"))
            .ok();
        ImageLoader {
            jobs: Some(jobs),
            done,
            in_flight: 0,
            worker,
        }
    }

    /// Queue `bytes` for decoding as `key`; the cache shows it as pending meanwhile. An
    /// animated GIF or WebP is decoded whole (see [`ImageCache::animation`]).
    pub fn request(&mut self, key: ImageKey, bytes: Vec<u8>, cache: &mut ImageCache) {
        self.request_with(key, bytes, DecodeOptions::default(), cache);
    }

    /// [`ImageLoader::request`] with options for the pixels.
    pub fn request_with(
        &mut self,
        key: ImageKey,
        bytes: Vec<u8>,
        options: DecodeOptions,
        cache: &mut ImageCache,
    ) {
        let sent = self.worker.is_some()
            && self
                .jobs
                .as_ref()
                .is_some_and(|j| j.send((key, bytes, options)).is_ok());
        if sent {
            cache.set_pending(key);
            self.in_flight += 1;
        } else {
            cache.set_failed(key, ImageError::LoaderGone);
        }
    }

    /// Requests not finished yet.
    pub fn in_flight(&self) -> usize {
        self.in_flight
    }

    /// Move finished decodes into `cache` without blocking; one event per finished request.
    pub fn poll(&mut self, cache: &mut ImageCache) -> Vec<ImageEvent> {
        let mut events = Vec::new();
        loop {
            match self.done.try_recv() {
                Ok(done) => events.push(self.finish(done, cache)),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.in_flight = 0;
                    break;
                }
            }
        }
        events
    }

    /// Block until every request finished or `timeout` passed (tests, splash screens).
    pub fn wait(&mut self, cache: &mut ImageCache, timeout: Duration) -> Vec<ImageEvent> {
        let deadline = Instant::now() + timeout;
        let mut events = Vec::new();
        while self.in_flight > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.done.recv_timeout(left) {
                Ok(done) => events.push(self.finish(done, cache)),
                Err(_) => break,
            }
        }
        events
    }

    fn finish(&mut self, (key, result): Done, cache: &mut ImageCache) -> ImageEvent {
        self.in_flight = self.in_flight.saturating_sub(1);
        let stored = result.and_then(|d| match d {
            Decoded::Still(img) => cache.insert(key, img),
            // All frames may fit the decode budget but not the cache: the first frame,
            // still, as a decode over the budget would show.
            Decoded::Animated(a) => {
                let first = a.frame(0).clone();
                cache.insert_animation(key, a).or_else(|e| {
                    log::warn!("an animated image's frames do not fit the image cache ({e}): showing its first frame still");
                    cache.insert(key, first)
                })
            }
        });
        match stored {
            Ok(()) => ImageEvent::Loaded(key),
            Err(e) => {
                cache.set_failed(key, e.clone());
                ImageEvent::Failed(key, e)
            }
        }
    }
}

impl Drop for ImageLoader {
    fn drop(&mut self) {
        // Closing the queue ends the worker's loop; join so no decode outlives the loader.
        self.jobs = None;
        if let Some(w) = self.worker.take()
            && w.join().is_err()
        {
            log::error!("the image decode thread panicked");
        }
    }
}
