//! SVG images: parsed by usvg and rasterized by resvg at the device's scale, behind checks
//! that keep a hostile file cheap. Before the parser sees a byte: a size cap, no entity
//! declarations (no "billion laughs"), bounded element nesting and count, no compressed
//! SVGZ (no gzip bomb). During parsing: no file is ever read (an `<image>` pointing outside
//! the document is dropped). Before rasterizing: the pixel size must fit the device's image
//! limits, as any decoded image must.

use resvg::{tiny_skia, usvg};

use super::decode::check_size;
use super::{ImageData, ImageError, ImageLimits};

/// Largest SVG document accepted, bytes: icons and illustrations are far smaller.
pub const MAX_SVG_BYTES: usize = 4 << 20;
/// Deepest element nesting accepted.
pub const MAX_SVG_DEPTH: usize = 256;
/// Most elements accepted.
pub const MAX_SVG_ELEMENTS: usize = 100_000;

/// Whether `bytes` look like an SVG document (an XML text whose first tags include `<svg`).
pub(crate) fn is_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with("<?xml") || t.starts_with("<svg") || t.starts_with("<!--")) && t.contains("<svg")
}

/// Refuse what a small image never needs and a hostile one uses.
fn screen(text: &str) -> Result<(), ImageError> {
    let bad = |why: String| Err(ImageError::Malformed(why));
    if text.len() > MAX_SVG_BYTES {
        return bad(format!(
            "the SVG is {} bytes, more than the {MAX_SVG_BYTES} accepted",
            text.len()
        ));
    }
    if text.contains("<!ENTITY") {
        return bad("the SVG declares XML entities, which are refused".into());
    }
    // Element nesting and count, from the tags alone (comments, CDATA and processing
    // instructions hold no elements).
    let bytes = text.as_bytes();
    let (mut depth, mut max_depth, mut elements) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<![CDATA[") {
            i += find(rest, b"]]>").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let end = find(rest, b">").map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        match tag.get(1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(b'?' | b'!') => {}
            _ => {
                elements += 1;
                if !tag.ends_with(b"/>") {
                    depth += 1;
                    max_depth = max_depth.max(depth);
                }
            }
        }
        if max_depth > MAX_SVG_DEPTH {
            return bad(format!(
                "the SVG nests elements more than {MAX_SVG_DEPTH} deep"
            ));
        }
        if elements > MAX_SVG_ELEMENTS {
            return bad(format!("the SVG has more than {MAX_SVG_ELEMENTS} elements"));
        }
        i += end;
    }
    Ok(())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Rasterize SVG `bytes` at `scale` pixels per SVG unit, under `limits`.
///
/// ```
/// use arkui_renderer::images::{ImageLimits, decode_scaled};
/// let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">
///   <rect x="0" y="0" width="12" height="24" fill="#FF0000"/></svg>"##;
/// let img = decode_scaled(svg, &ImageLimits::default(), 2.0).unwrap();
/// assert_eq!((img.width(), img.height()), (48, 48));
/// assert_eq!(img.pixel(10, 10).r, 255); // the red half
/// assert_eq!(img.pixel(40, 10).a, 0); // the empty half
/// ```
pub(crate) fn decode_svg(
    bytes: &[u8],
    limits: &ImageLimits,
    scale: f32,
) -> Result<ImageData, ImageError> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(ImageError::Malformed(
            "compressed SVG (.svgz) is not accepted; ship the .svg".into(),
        ));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ImageError::Malformed("the SVG is not UTF-8 text".into()))?;
    screen(text)?;
    let options = usvg::Options {
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            // Nothing outside the document is ever read.
            resolve_string: Box::new(|_, _| None),
            ..usvg::ImageHrefResolver::default()
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(text, &options)
        .map_err(|e| ImageError::Malformed(format!("the SVG cannot be read: {e}")))?;
    let scale = if scale.is_finite() && scale > 0.0 {
        scale.min(16.0)
    } else {
        1.0
    };
    let size = tree.size();
    let dims = |v: f32| {
        let v = (v * scale).ceil();
        if v.is_finite() && v >= 1.0 {
            v.min(u32::MAX as f32) as u32
        } else {
            0
        }
    };
    let (w, h) = (dims(size.width()), dims(size.height()));
    check_size(w, h, limits)?;
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or(ImageError::OverBudget {
        max_alloc: limits.max_alloc,
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let units = |v: f32| (v.ceil().clamp(1.0, u32::MAX as f32)) as u32;
    ImageData::from_premultiplied_rgba(w, h, pixmap.take())
        .map(|img| img.with_unit_size(units(size.width()), units(size.height())))
        .ok_or_else(|| ImageError::Malformed("the SVG raster has the wrong size".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> ImageLimits {
        ImageLimits::default()
    }

    #[test]
    fn hostile_documents_get_clear_errors_before_parsing() {
        let deep = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">{}{}</svg>",
            "<g>".repeat(5000),
            "</g>".repeat(5000)
        );
        let e = decode_svg(deep.as_bytes(), &limits(), 1.0).unwrap_err();
        assert!(e.to_string().contains("deep"), "{e}");
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><text>&b;</text></svg>"#;
        let e = decode_svg(laughs.as_bytes(), &limits(), 1.0).unwrap_err();
        assert!(e.to_string().contains("entities"), "{e}");
        let huge = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000" viewBox="0 0 1e30 1e30"/>"#;
        assert!(matches!(
            decode_svg(huge.as_bytes(), &limits(), 1.0),
            Err(ImageError::TooLarge { width: 100000, .. })
        ));
        let gz = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0];
        assert!(decode_svg(&gz, &limits(), 1.0).is_err());
        let many = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">{}</svg>",
            "<rect/>".repeat(MAX_SVG_ELEMENTS + 1)
        );
        let e = decode_svg(many.as_bytes(), &limits(), 1.0).unwrap_err();
        assert!(e.to_string().contains("elements"), "{e}");
    }

    #[test]
    fn external_references_are_never_read() {
        // An <image> pointing at a file: dropped, the rest drawn.
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
            <image xlink:href="/etc/passwd" width="10" height="10"/>
            <image xlink:href="file:///etc/shadow" width="10" height="10"/>
            <rect width="10" height="10" fill="#00FF00"/></svg>"##;
        let img = decode_svg(svg.as_bytes(), &limits(), 1.0).unwrap();
        assert_eq!(img.pixel(5, 5).g, 255);
    }

    #[test]
    fn documents_are_recognised_by_their_first_tags() {
        assert!(is_svg(b"<svg xmlns='x'/>"));
        assert!(is_svg(b"\xef\xbb\xbf  <?xml version='1.0'?>\n<svg/>"));
        assert!(!is_svg(b"\x89PNG\r\n\x1a\n"));
        assert!(!is_svg(b"<html><svg/></html>"));
    }
}
