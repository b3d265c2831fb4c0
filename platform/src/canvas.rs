//! [`Canvas`]: an owned RGBA frame, what headless rendering produces and tests inspect.

use std::path::Path;

use arkui_core::App;
use arkui_renderer::software::{RenderTarget, SoftwareRenderer};
use arkui_renderer::{IRect, PixelFormat};

use crate::Error;

/// An owned frame of premultiplied RGBA8888 pixels.
///
/// ```
/// use arkui_platform::Canvas;
/// let c = Canvas::new(2, 2);
/// assert_eq!(c.pixel(1, 1), [0, 0, 0, 0]);
/// assert_eq!(c.count_differing(&Canvas::new(2, 2), 0), 0);
/// ```
#[derive(Clone, Debug)]
pub struct Canvas {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
    /// The app frame these pixels show (its root and frame count): the next frame of the
    /// same app only repaints its damage over them.
    shows: Option<(arkui_core::NodeId, u64)>,
}

impl PartialEq for Canvas {
    /// Frames are equal when their pixels are, whichever app drew them.
    fn eq(&self, other: &Canvas) -> bool {
        (self.width, self.height, &self.pixels) == (other.width, other.height, &other.pixels)
    }
}

impl Eq for Canvas {}

impl Canvas {
    /// A transparent frame.
    pub fn new(width: u32, height: u32) -> Canvas {
        Canvas {
            width,
            height,
            pixels: vec![0; width as usize * height as usize * 4],
            shows: None,
        }
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// The raw bytes, row-major, 4 per pixel.
    pub fn pixels(&self) -> &[u8] {
        &self.pixels
    }

    /// One pixel as `[r, g, b, a]`; transparent black outside the frame.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        if x >= self.width || y >= self.height {
            return [0; 4];
        }
        let i = (y as usize * self.width as usize + x as usize) * 4;
        [
            self.pixels[i],
            self.pixels[i + 1],
            self.pixels[i + 2],
            self.pixels[i + 3],
        ]
    }

    /// Pixels whose largest channel difference from `other` exceeds `tolerance`
    /// (every pixel counts as differing when the sizes differ).
    pub fn count_differing(&self, other: &Canvas, tolerance: u8) -> usize {
        if (self.width, self.height) != (other.width, other.height) {
            return self.pixels.len() / 4;
        }
        self.pixels
            .chunks_exact(4)
            .zip(other.pixels.chunks_exact(4))
            .filter(|(a, b)| {
                a.iter()
                    .zip(b.iter())
                    .any(|(x, y)| x.abs_diff(*y) > tolerance)
            })
            .count()
    }

    /// The bounding box of pixels that differ from `other` by more than `tolerance`.
    pub fn diff_bounds(&self, other: &Canvas, tolerance: u8) -> Option<IRect> {
        if (self.width, self.height) != (other.width, other.height) {
            return Some(IRect::from_size(self.width, self.height));
        }
        let mut bounds: Option<IRect> = None;
        for y in 0..self.height {
            for x in 0..self.width {
                let (a, b) = (self.pixel(x, y), other.pixel(x, y));
                if a.iter()
                    .zip(b.iter())
                    .any(|(p, q)| p.abs_diff(*q) > tolerance)
                {
                    let px = IRect::new(x as i32, y as i32, x as i32 + 1, y as i32 + 1);
                    bounds = Some(bounds.map_or(px, |b| b.union(&px)));
                }
            }
        }
        bounds
    }

    /// Whether every pixel has the same value (a blank frame).
    pub fn is_uniform(&self) -> bool {
        self.pixels.chunks_exact(4).all(|p| p == &self.pixels[..4])
    }

    /// Write the frame as a PNG file.
    pub fn save_png(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let img = image::RgbaImage::from_raw(self.width, self.height, self.unpremultiplied())
            .ok_or_else(|| Error::Encode("frame size does not match its pixels".into()))?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                path: dir.into(),
                source,
            })?;
        }
        img.save_with_format(path, image::ImageFormat::Png)
            .map_err(|e| match e {
                image::ImageError::IoError(source) => Error::Io {
                    path: path.into(),
                    source,
                },
                other => Error::Encode(other.to_string()),
            })
    }

    /// The frame as the bytes of a PNG file.
    ///
    /// ```
    /// let png = arkui_platform::Canvas::new(2, 1).encode_png().unwrap();
    /// assert_eq!(&png[1..4], b"PNG");
    /// ```
    pub fn encode_png(&self) -> Result<Vec<u8>, Error> {
        use image::ImageEncoder;
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(
                &self.unpremultiplied(),
                self.width,
                self.height,
                image::ExtendedColorType::Rgba8,
            )
            .map_err(|e| Error::Encode(e.to_string()))?;
        Ok(out)
    }

    /// Straight-alpha bytes, as image files store them.
    fn unpremultiplied(&self) -> Vec<u8> {
        let mut out = self.pixels.clone();
        for p in out.chunks_exact_mut(4) {
            let c = arkui_renderer::PremulColor {
                r: p[0],
                g: p[1],
                b: p[2],
                a: p[3],
            }
            .unpremultiplied();
            p.copy_from_slice(&[c.r, c.g, c.b, c.a]);
        }
        out
    }

    /// Resize (content is cleared when the size changes).
    pub(crate) fn ensure_size(&mut self, width: u32, height: u32) {
        if (self.width, self.height) != (width, height) {
            *self = Canvas::new(width, height);
        }
    }

    /// Render `app`'s next frame here if it has one. Returns whether a frame was drawn.
    ///
    /// When the canvas shows `app`'s previous frame, only the frame's damage is repainted
    /// (and a scroll moves the pixels already here); otherwise the whole frame is drawn.
    /// [`SoftwareRenderer::last_region_area`] tells how many pixels were painted.
    pub fn render_app(&mut self, app: &mut App, renderer: &mut SoftwareRenderer) -> bool {
        // A profile the UI asked for sets the size this frame is drawn at.
        app.apply_requests();
        let (w, h) = app.size();
        self.ensure_size(w, h);
        let current = self.shows == Some((app.root(), app.frame_count()));
        if !current && app.frame_count() > 0 {
            // These pixels are not the frame the app will measure its damage against.
            app.request_full_frame();
        }
        if app.frame().is_none() {
            return false;
        }
        let frame = app.frame_damage();
        let stride = w as usize * 4;
        match RenderTarget::new(&mut self.pixels, w, h, stride, PixelFormat::Rgba8888) {
            Ok(mut target) => {
                crate::present::draw(app, renderer, &mut target, &frame);
                self.shows = Some((app.root(), app.frame_count()));
                true
            }
            Err(e) => {
                log::error!("skipping a frame: {e}");
                self.shows = None;
                false
            }
        }
    }
}
