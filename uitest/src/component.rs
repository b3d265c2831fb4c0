//! [`Component`]: a component found on screen, and what a user can do to it.

use std::time::Duration;

use serde_json::Value;

use crate::driver::{DEFAULT_SWIPE_SPEED, Driver};
use crate::{Error, On};

/// A component's window rectangle in pixels (UiTest's `Rect`).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Bounds {
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Right edge.
    pub right: f32,
    /// Bottom edge.
    pub bottom: f32,
}

impl Bounds {
    /// Parse ArkUI's `$rect` string, `"[x1, y1],[x2, y2]"`.
    ///
    /// ```
    /// use arkui_uitest::Bounds;
    /// let b = Bounds::parse("[10.00, 20.00],[110.00,70.00]").unwrap();
    /// assert_eq!((b.left, b.top, b.right, b.bottom), (10.0, 20.0, 110.0, 70.0));
    /// assert_eq!(b.center(), (60.0, 45.0));
    /// assert!(Bounds::parse("[1, 2]").is_none());
    /// ```
    pub fn parse(rect: &str) -> Option<Bounds> {
        let mut n = rect
            .split(['[', ']', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::parse::<f32>);
        let mut next = || n.next()?.ok().filter(|v| v.is_finite());
        let b = Bounds {
            left: next()?,
            top: next()?,
            right: next()?,
            bottom: next()?,
        };
        n.next().is_none().then_some(b)
    }

    /// The centre point.
    pub fn center(&self) -> (f32, f32) {
        Driver::bounds_center(self)
    }

    /// Width in pixels.
    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    /// Height in pixels.
    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// A component as it was when it was found: its type, id, text, bounds and attributes, and
/// the driver to act on it with. Acting uses the bounds it was found with (as UiTest
/// does); find it again after the layout changes.
pub struct Component<'d> {
    driver: &'d Driver,
    node: Value,
}

impl std::fmt::Debug for Component<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Component")
            .field("type", &self.type_())
            .field("id", &self.id())
            .field("text", &self.text())
            .field("bounds", &self.bounds())
            .finish()
    }
}

impl<'d> Component<'d> {
    pub(crate) fn new(driver: &'d Driver, node: Value) -> Component<'d> {
        Component { driver, node }
    }

    /// The inspector JSON of this component (and its subtree).
    pub fn json(&self) -> &Value {
        &self.node
    }

    /// Its `.id()`, `""` when none was set.
    pub fn id(&self) -> &str {
        self.node["$attrs"]["id"].as_str().unwrap_or("")
    }

    /// Its type (`"Button"`, `"Text"`, ...).
    pub fn type_(&self) -> &str {
        self.node["$type"].as_str().unwrap_or("")
    }

    /// Its text: a Text's content, a Button's label, a field's value.
    pub fn text(&self) -> Option<&str> {
        crate::on::text_of(&self.node)
    }

    /// An attribute as the inspector reports it (`"fontSize"` → `"16.00fp"`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.node["$attrs"][name].as_str()
    }

    /// Whether it takes input (`enabled(false)` makes it not).
    pub fn is_enabled(&self) -> bool {
        self.attr("enabled") != Some("false")
    }

    /// Its window rectangle in pixels.
    pub fn bounds(&self) -> Bounds {
        self.node["$rect"]
            .as_str()
            .and_then(Bounds::parse)
            .unwrap_or_default()
    }

    /// The part of its bounds inside the window: where a finger can touch it (a list
    /// taller than the screen reports its whole height).
    pub fn visible_bounds(&self) -> Bounds {
        let b = self.bounds();
        let (w, h) = self.driver.display_size();
        Bounds {
            left: b.left.max(0.0),
            top: b.top.max(0.0),
            right: b.right.min(w as f32),
            bottom: b.bottom.min(h as f32),
        }
    }

    fn target(&self) -> Result<(f32, f32), Error> {
        let b = self.visible_bounds();
        if b.width() <= 0.0 || b.height() <= 0.0 {
            return Err(Error::BadArgument(format!(
                "{} `{}` has no area on screen ({b:?}): it is hidden or scrolled away",
                self.type_(),
                self.id()
            )));
        }
        Ok(b.center())
    }

    /// Tap its centre.
    pub fn click(&self) -> Result<(), Error> {
        let (x, y) = self.target()?;
        self.driver.click(x, y)
    }

    /// Tap its centre twice.
    pub fn double_click(&self) -> Result<(), Error> {
        let (x, y) = self.target()?;
        self.driver.double_click(x, y)
    }

    /// Press and hold its centre.
    pub fn long_click(&self) -> Result<(), Error> {
        let (x, y) = self.target()?;
        self.driver.long_click(x, y)
    }

    /// Focus it, clear it and type `text` (UiTest: `Component.inputText`).
    pub fn input_text(&self, text: &str) -> Result<(), Error> {
        let (x, y) = self.target()?;
        self.driver.input_text(x, y, text)
    }

    /// Focus it and clear its text.
    pub fn clear_text(&self) -> Result<(), Error> {
        self.input_text("")
    }

    /// Long-press it and drag it onto `target`'s centre.
    pub fn drag_to(&self, target: &Component<'_>) -> Result<(), Error> {
        let from = self.target()?;
        let to = target.target()?;
        self.driver.drag(from, to, DEFAULT_SWIPE_SPEED)
    }

    /// Scroll this scrollable (a List, Scroll, Grid) page by page until a component `on`
    /// matches inside it, or the content stops moving (UiTest: `scrollSearch`).
    pub fn scroll_search(&self, on: &On) -> Result<Option<Component<'d>>, Error> {
        let b = self.visible_bounds();
        let inside = on.clone().within(self.selector());
        let mut last = None;
        for _ in 0..100 {
            let tree = self.driver.dump_layout()?;
            if let Some(found) = inside.select(&tree).into_iter().find(|n| {
                n["$rect"]
                    .as_str()
                    .and_then(Bounds::parse)
                    .is_some_and(|r| r.top >= b.top && r.bottom <= b.bottom + 0.5)
            }) {
                return Ok(Some(Component::new(self.driver, found.clone())));
            }
            // The content's rects changing is the scroll moving; the same twice is its end.
            let now = tree.to_string();
            if last.as_ref() == Some(&now) {
                return Ok(None);
            }
            last = Some(now);
            let (cx, _) = b.center();
            let span = b.height() * 0.6;
            let from = (cx, b.top + b.height() * 0.8);
            self.driver
                .swipe(from, (cx, from.1 - span), DEFAULT_SWIPE_SPEED * 2)?;
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(None)
    }

    /// A selector for this component: its id when it has one, else its type and text.
    fn selector(&self) -> On {
        if !self.id().is_empty() {
            return On::new().id(self.id());
        }
        let on = On::new().type_(self.type_());
        match self.text() {
            Some(t) => on.text(t),
            None => on,
        }
    }
}
