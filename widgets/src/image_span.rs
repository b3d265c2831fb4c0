//! `ImageSpan`: a picture inside a `Text`'s lines, ArkUI's `ImageSpan`.

use std::rc::Rc;

use arkui_core::{
    Element, ImageFit, ImageLoadError, ImageSource, ImageSpanAlignment, Length, NodeId, SpanImage,
    State, Widget, untrack,
};

type CompleteHandler = Rc<dyn Fn(u32, u32)>;
type ErrorHandler = Rc<dyn Fn(&ImageLoadError)>;

/// A picture flowing with the text of a [`crate::Text`], ArkUI's `ImageSpan(src)`:
/// `Text() { Span("Tap ") ImageSpan(icon).width(16.vp()).height(16.vp()) Span(" to share") }`.
/// It takes its place in the line like a word, wraps with the words around it, and makes
/// its line as tall as it is; `vertical_align` puts it at the line's top, centre, bottom
/// (the default) or on the baseline. Without `width` and `height` it is the image's own
/// size (one image pixel per vp), and with one of them the other follows the image's
/// aspect ratio; it takes no room until the image is decoded.
///
/// When it is taller than the text, the text of its line sits in the middle of the line
/// (ArkUI puts it at the bottom for `Bottom`; see `docs/arkui-differences.md`).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt};
/// use arkui_widgets::{ImageSpan, Span, Text};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Text::empty()
///         .child(Span::new("Tap "))
///         .child(ImageSpan::new("share.png").width(20.vp()).height(20.vp()).id("icon"))
///         .child(Span::new(" to share"))
///         .id("t")
/// });
/// app.frame();
/// let icon = app.inspector_by_id("icon").unwrap();
/// assert_eq!(icon["$type"], "ImageSpan");
/// assert_eq!(icon["$attrs"]["verticalAlign"], "ImageSpanAlignment.BOTTOM");
/// // The line holds the 20 vp box.
/// let t = app.inspector_by_id("t").unwrap();
/// assert!(arkui_core::inspector_rect(&t).unwrap().height >= 20.0);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ImageSpan {
    node: NodeId,
    on_complete: State<Option<CompleteHandler>>,
    on_error: State<Option<ErrorHandler>>,
}

impl Widget for ImageSpan {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<(ImageSource,)> for ImageSpan {
    fn create((src,): (ImageSource,)) -> ImageSpan {
        let node = NodeId::create_span_as("ImageSpan", "");
        let span = ImageSpan {
            node,
            on_complete: State::new(None),
            on_error: State::new(None),
        };
        node.set_span(|s| s.image = Some(SpanImage::default()));
        node.set_inspector_attr("verticalAlign", "ImageSpanAlignment.BOTTOM");
        node.set_inspector_attr("objectFit", "ImageFit.Cover");
        node.set_on_image_complete(move |w, h| {
            // The decoded size, in vp, is the box's when no size is set: the Text
            // re-shapes its lines around it.
            if let arkui_core::ImageStatus::Loaded { width, height } = node.image_status() {
                node.set_span(|s| {
                    if let Some(img) = s.image.as_mut() {
                        img.intrinsic = Some((width, height));
                    }
                });
            }
            if let Some(f) = untrack(|| span.on_complete.get()) {
                f(w, h);
            }
        });
        node.set_on_image_error(move |e| {
            if let Some(f) = untrack(|| span.on_error.get()) {
                f(e);
            }
        });
        node.set_image_source(Some(src));
        span
    }

    fn update(self, (src,): (ImageSource,)) {
        self.node.set_image_source(Some(src));
    }
}

impl ImageSpan {
    /// A span showing the image at `src`.
    pub fn new(src: impl Into<ImageSource>) -> ImageSpan {
        ImageSpan::create((src.into(),))
    }

    fn set_image(self, f: impl FnOnce(&mut SpanImage)) -> Self {
        self.node.set_span(|s| {
            if let Some(img) = s.image.as_mut() {
                f(img);
            }
        });
        self
    }

    /// `width` of the picture in the line.
    pub fn width(self, w: impl Into<Length>) -> Self {
        let w = w.into();
        self.node.set_inspector_attr("width", format!("{w:?}"));
        self.set_image(|i| i.width = Some(w))
    }

    /// `height` of the picture in the line.
    pub fn height(self, h: impl Into<Length>) -> Self {
        let h = h.into();
        self.node.set_inspector_attr("height", format!("{h:?}"));
        self.set_image(|i| i.height = Some(h))
    }

    /// `verticalAlign`: where it sits in its line (default `Bottom`).
    pub fn vertical_align(self, align: ImageSpanAlignment) -> Self {
        let name = match align {
            ImageSpanAlignment::Top => "TOP",
            ImageSpanAlignment::Center => "CENTER",
            ImageSpanAlignment::Bottom => "BOTTOM",
            ImageSpanAlignment::Baseline => "BASELINE",
        };
        self.node
            .set_inspector_attr("verticalAlign", format!("ImageSpanAlignment.{name}"));
        self.set_image(|i| i.align = align)
    }

    /// `objectFit`: how the picture fills its box (default `Cover`).
    pub fn object_fit(self, fit: ImageFit) -> Self {
        self.node.set_image_fit(fit);
        self.node
            .set_inspector_attr("objectFit", format!("ImageFit.{fit:?}"));
        self
    }

    /// `alt`: a picture shown while loading and in place of a failed source.
    pub fn alt(self, src: impl Into<ImageSource>) -> Self {
        self.node.set_image_alt(Some(src.into()));
        self
    }

    /// `onComplete`: called with the image's width and height in pixels once decoded.
    pub fn on_complete(self, f: impl Fn(u32, u32) + 'static) -> Self {
        self.on_complete.set(Some(Rc::new(f)));
        self
    }

    /// `onError`: called with why the image cannot be shown.
    pub fn on_error(self, f: impl Fn(&ImageLoadError) + 'static) -> Self {
        self.on_error.set(Some(Rc::new(f)));
        self
    }
}
