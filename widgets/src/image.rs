//! `Image`: a picture from a file or from bytes, ArkUI's `Image`.
//!
//! The node only records its source; the app decodes it off the UI thread under the device
//! profile's limits and repaints when it lands (see `App::wait_for_images`). Until then the
//! `alt` image stands in; a file that is missing, damaged or too large for the device shows
//! a placeholder and reports a typed error to `on_error`.

use std::rc::Rc;

use arkui_core::{
    Color, Element, ImageFilter, ImageFit, ImageLoadError, ImageRepeat, ImageSource, ImageStatus,
    NodeId, NodeKind, State, untrack,
};

/// ArkUI's `ImageInterpolation`: how an image is sampled when scaled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ImageInterpolation {
    /// Nearest pixel (crisp pixel art).
    None,
    /// Bilinear.
    #[default]
    Low,
    /// Bilinear (the software renderer's best).
    Medium,
    /// Bilinear (the software renderer's best).
    High,
}

/// ArkUI's `ImageRenderMode`: the image as it is, or as a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ImageRenderMode {
    /// Its own colours.
    #[default]
    Original,
    /// Its colours dropped for their luminance (grey), alpha kept: a shape a
    /// [`Image::fill_color`] may tint.
    Template,
}

type CompleteHandler = Rc<dyn Fn(u32, u32)>;
type ErrorHandler = Rc<dyn Fn(&ImageLoadError)>;

/// A picture, ArkUI's `Image(src)`. Once decoded it measures as the image's own size (one
/// image pixel per vp); with only `width` or only `height` set, the other side follows the
/// image's aspect ratio. While loading, or after a failure, it has no size of its own.
///
/// An animated GIF or WebP plays on the app's clock, each frame for its own delay (a delay
/// under 20 ms plays at 100 ms, as browsers do), as many times as the file says, forever
/// when it says nothing; then it rests on its last frame. Its frames share the device
/// profile's budget for one image: an animation over it shows its first frame, still.
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, CommonAttribute, DeviceProfile, ImageFit};
/// use arkui_widgets::Image;
/// let failed = Rc::new(Cell::new(false));
/// let f = failed.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Image::new(b"not a png".as_slice())
///         .object_fit(ImageFit::Contain)
///         .on_error(move |_| f.set(true))
///         .width(40.0).height(40.0).id("pic")
/// });
/// app.frame();
/// assert!(app.wait_for_images(std::time::Duration::from_secs(10)));
/// assert!(failed.get());
/// assert_eq!(app.inspector_by_id("pic").unwrap()["$attrs"]["objectFit"], "ImageFit.Contain");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Image {
    node: NodeId,
    on_complete: State<Option<CompleteHandler>>,
    on_error: State<Option<ErrorHandler>>,
}

impl arkui_core::Widget for Image {
    fn node(self) -> NodeId {
        self.node
    }
}

// A concrete argument type, converted by `ui!` through `FromArgument` (see `Text`).
impl Element<(ImageSource,)> for Image {
    fn create((src,): (ImageSource,)) -> Image {
        let node = NodeId::create("Image", NodeKind::Leaf);
        let img = Image {
            node,
            on_complete: State::new(None),
            on_error: State::new(None),
        };
        node.set_inspector_attr("objectFit", "ImageFit.Cover");
        node.set_inspector_attr("status", "loading");
        // Layout measures the node by the decoded size itself (keeping the aspect ratio
        // when only one side is set), so nothing is written into width/height here.
        node.set_on_image_complete(move |w, h| {
            node.set_inspector_attr("status", "loaded");
            if let Some(f) = untrack(|| img.on_complete.get()) {
                f(w, h);
            }
        });
        node.set_on_image_error(move |e| {
            node.set_inspector_attr("status", "error");
            if let Some(f) = untrack(|| img.on_error.get()) {
                f(e);
            }
        });
        node.set_image_source(Some(src));
        img
    }

    fn update(self, (src,): (ImageSource,)) {
        self.node.set_image_source(Some(src));
        self.node.set_inspector_attr("status", "loading");
    }
}

impl Image {
    /// An image showing `src` (a path or encoded bytes).
    pub fn new(src: impl Into<ImageSource>) -> Image {
        Image::create((src.into(),))
    }

    /// `objectFit`: how the image fills its box (default `Cover`).
    pub fn object_fit(self, fit: ImageFit) -> Self {
        self.node.set_image_fit(fit);
        self.node
            .set_inspector_attr("objectFit", format!("ImageFit.{fit:?}"));
        self
    }

    /// `alt`: an image shown while loading and in place of a failed source.
    pub fn alt(self, src: impl Into<ImageSource>) -> Self {
        self.node.set_image_alt(Some(src.into()));
        self
    }

    /// `fillColor`: draw the image as a mask in `color`, the way ArkUI colours an SVG icon.
    /// Each pixel takes the colour at the image's own alpha, so a one-colour icon on a
    /// transparent background comes out in `color`, anti-aliased edges and all.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Image;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Image::new("icon.png").fill_color(Color::rgb(0, 0x7D, 0xFF)).id("icon")
    /// });
    /// assert_eq!(app.inspector_by_id("icon").unwrap()["$attrs"]["fillColor"], "#FF007DFF");
    /// ```
    pub fn fill_color(self, color: Color) -> Self {
        self.node.set_image_fill_color(Some(color));
        self
    }

    /// `interpolation`: how pixels are sampled when scaled.
    pub fn interpolation(self, i: ImageInterpolation) -> Self {
        let filter = match i {
            ImageInterpolation::None => ImageFilter::Nearest,
            _ => ImageFilter::Bilinear,
        };
        self.node.set_image_filter(filter);
        self.node
            .set_inspector_attr("interpolation", format!("ImageInterpolation.{i:?}"));
        self
    }

    /// `renderMode`: [`ImageRenderMode::Template`] draws the image grey, from its
    /// luminance, alpha kept, ready for a [`Image::fill_color`] tint (default `Original`).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Image, ImageRenderMode};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Image::new("icon.png").render_mode(ImageRenderMode::Template).id("icon")
    /// });
    /// assert_eq!(
    ///     app.inspector_by_id("icon").unwrap()["$attrs"]["renderMode"],
    ///     "ImageRenderMode.Template"
    /// );
    /// ```
    pub fn render_mode(self, mode: ImageRenderMode) -> Self {
        self.node
            .set_image_template(mode == ImageRenderMode::Template);
        self.node
            .set_inspector_attr("renderMode", format!("ImageRenderMode.{mode:?}"));
        self
    }

    /// `objectRepeat`: repeat the image across its box along `repeat`'s axes, from where
    /// `objectFit` puts it (default `NoRepeat`). A repeated image ignores `fillColor`.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, ImageRepeat};
    /// use arkui_widgets::Image;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Image::new("tile.png").object_repeat(ImageRepeat::X).id("t")
    /// });
    /// assert_eq!(app.inspector_by_id("t").unwrap()["$attrs"]["objectRepeat"], "ImageRepeat.X");
    /// ```
    pub fn object_repeat(self, repeat: ImageRepeat) -> Self {
        self.node.set_image_repeat(repeat);
        self.node
            .set_inspector_attr("objectRepeat", format!("ImageRepeat.{repeat:?}"));
        self
    }

    /// The frame an animated image shows and how many it has (`None` while it is still or
    /// not decoded).
    pub fn frame(self) -> Option<(usize, usize)> {
        self.node.image_frame()
    }

    /// `onComplete`: called with the image's width and height in pixels once decoded.
    pub fn on_complete(self, f: impl Fn(u32, u32) + 'static) -> Self {
        self.on_complete.set(Some(Rc::new(f)));
        self
    }

    /// `onError`: called with why the image cannot be shown (missing, damaged, too large).
    pub fn on_error(self, f: impl Fn(&ImageLoadError) + 'static) -> Self {
        self.on_error.set(Some(Rc::new(f)));
        self
    }

    /// Where the decode stands.
    pub fn status(self) -> ImageStatus {
        self.node.image_status()
    }
}
