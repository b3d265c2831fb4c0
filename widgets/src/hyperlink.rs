//! `Hyperlink`: text (or an image) that opens an address in the browser when clicked,
//! ArkUI's `Hyperlink`.

use arkui_core::{CommonAttribute, Element, NodeId, NodeKind, Visibility, Widget, open_url};

use crate::Text;
use crate::text_font_attrs::text_font_attrs;
use crate::themed::{self, Slot};

/// A link: its content in the brand colour (ArkUI's #FF007DFF), or its `Image` child when it
/// has one; a click, tap or Enter opens [`Hyperlink::new`]'s address through the platform's
/// opener ([`arkui_core::open_url`]: the browser on a desktop, a record headless). Only
/// `http:`, `https:` and `mailto:` addresses are opened.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, opened_urls};
/// use arkui_widgets::Hyperlink;
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Hyperlink::new("https://gitee.com/openharmony", "OpenHarmony").id("link")
/// });
/// let link = app.inspector_by_id("link").unwrap();
/// assert_eq!(link["$type"], "Hyperlink");
/// assert_eq!(link["$attrs"]["address"], "https://gitee.com/openharmony");
/// app.click_id("link").unwrap();
/// assert_eq!(opened_urls().last().map(String::as_str), Some("https://gitee.com/openharmony"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hyperlink(NodeId);

impl Widget for Hyperlink {
    fn node(self) -> NodeId {
        self.0
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.0);
        self.hide_text_under_image();
    }
}

text_font_attrs!(Hyperlink, |h: Hyperlink| h.text_node());

impl Element<(String, String)> for Hyperlink {
    fn create((address, content): (String, String)) -> Hyperlink {
        Hyperlink::new(address, content)
    }

    fn update(self, (address, content): (String, String)) {
        self.set_address(address);
        self.text_node().set_text(|t| t.content = content);
    }
}

impl Element<(String,)> for Hyperlink {
    fn create((address,): (String,)) -> Hyperlink {
        Hyperlink::new(address, "")
    }

    fn update(self, (address,): (String,)) {
        self.set_address(address);
    }
}

impl Hyperlink {
    /// A link to `address` showing `content` (an empty content shows nothing until an
    /// `Image` child is given).
    pub fn new(address: impl Into<String>, content: impl Into<String>) -> Hyperlink {
        let n = NodeId::create("Hyperlink", NodeKind::Flex);
        let text = Text::new(content.into());
        themed::follow(text.node(), Slot::FontColor(|t| t.brand));
        n.append(text.node());
        let link = Hyperlink(n);
        link.set_address(address.into());
        n.on_click(move |_| {
            if let Some(address) = n.extension::<LinkAddress>()
                && let Err(e) = open_url(&address.0)
            {
                log::warn!("Hyperlink: {e}");
            }
        });
        link
    }

    /// The text node showing the content.
    fn text_node(self) -> NodeId {
        self.0.children().first().copied().unwrap_or(self.0)
    }

    fn set_address(self, address: String) {
        self.0.set_inspector_attr("address", address.clone());
        self.0.set_extension(LinkAddress(address));
    }

    /// `color`: the content's colour (default the theme's brand colour).
    pub fn color(self, color: arkui_core::Color) -> Self {
        self.text_node().set_text(|t| t.font_color = color);
        self
    }

    /// Append a child (an `Image`): the content text is then not shown, as ArkUI's.
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.0.append(child.into_node());
        self.hide_text_under_image();
        self
    }

    fn hide_text_under_image(self) {
        if self.0.children().len() > 1 {
            let text = self.text_node();
            text.set_layout(|l| l.visibility = Visibility::None);
        }
    }
}

/// The address a link opens.
#[derive(Clone)]
struct LinkAddress(String);
