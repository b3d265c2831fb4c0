//! [`On`]: which components to find, as UiTest's `ON` builder says it.

use serde_json::Value;

/// How [`On::text_matching`] compares text (UiTest's `MatchPattern`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MatchPattern {
    /// The whole text.
    #[default]
    Equals,
    /// Anywhere in the text.
    Contains,
    /// At its start.
    StartsWith,
    /// At its end.
    EndsWith,
}

impl MatchPattern {
    fn matches(self, have: &str, want: &str) -> bool {
        match self {
            MatchPattern::Equals => have == want,
            MatchPattern::Contains => have.contains(want),
            MatchPattern::StartsWith => have.starts_with(want),
            MatchPattern::EndsWith => have.ends_with(want),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Cond {
    Id(String),
    Text(String, MatchPattern),
    Type(String),
    Enabled(bool),
    Focused(bool),
    Checked(bool),
    Within(Box<On>),
    After(Box<On>),
    Before(Box<On>),
}

/// A selector: every condition must hold. Built like UiTest's `ON`:
///
/// ```
/// use arkui_uitest::{MatchPattern, On};
/// use serde_json::json;
/// let tree = json!({"$type": "root", "$children": [
///     {"$type": "Column", "$rect": "[0.00, 0.00],[100.00,100.00]", "$attrs": {"id": "list"}, "$children": [
///         {"$type": "Text", "$rect": "[0.00, 0.00],[100.00,20.00]", "$attrs": {"id": "a", "content": "Hello"}},
///         {"$type": "Button", "$rect": "[0.00, 20.00],[100.00,40.00]", "$attrs": {"id": "ok", "label": "OK", "enabled": "false"}}
///     ]}
/// ]});
/// let found = On::new().text("Hell").matching(MatchPattern::StartsWith).select(&tree);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0]["$attrs"]["id"], "a");
/// assert_eq!(On::new().type_("Button").enabled(false).select(&tree).len(), 1);
/// assert_eq!(On::new().text("OK").within(On::new().id("list")).select(&tree).len(), 1);
/// assert_eq!(On::new().id("a").after(On::new().id("ok")).select(&tree).len(), 0);
/// assert_eq!(On::new().id("ok").to_string(), "On.id(\"ok\")");
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
pub struct On {
    conds: Vec<Cond>,
}

impl On {
    /// A selector matching every component.
    pub fn new() -> On {
        On::default()
    }

    /// The component with `.id(id)` (UiTest: `ON.id`).
    pub fn id(mut self, id: impl Into<String>) -> On {
        self.conds.push(Cond::Id(id.into()));
        self
    }

    /// Components whose text (a Text's `content`, a Button's `label`, a field's value) is
    /// `text`; [`matching`](On::matching) changes how it is compared.
    pub fn text(mut self, text: impl Into<String>) -> On {
        self.conds
            .push(Cond::Text(text.into(), MatchPattern::Equals));
        self
    }

    /// Compare the last [`text`](On::text) condition with `pattern`.
    pub fn matching(mut self, pattern: MatchPattern) -> On {
        if let Some(Cond::Text(_, p)) = self
            .conds
            .iter_mut()
            .rev()
            .find(|c| matches!(c, Cond::Text(..)))
        {
            *p = pattern;
        }
        self
    }

    /// Components of a type (`"Button"`, `"Text"`, ...; UiTest: `ON.type`).
    pub fn type_(mut self, ty: impl Into<String>) -> On {
        self.conds.push(Cond::Type(ty.into()));
        self
    }

    /// Enabled (or disabled) components.
    pub fn enabled(mut self, on: bool) -> On {
        self.conds.push(Cond::Enabled(on));
        self
    }

    /// The focused text field (or the others).
    pub fn focused(mut self, on: bool) -> On {
        self.conds.push(Cond::Focused(on));
        self
    }

    /// Checked (or unchecked) toggles, checkboxes and radios.
    pub fn checked(mut self, on: bool) -> On {
        self.conds.push(Cond::Checked(on));
        self
    }

    /// Components inside one that `parent` matches.
    pub fn within(mut self, parent: On) -> On {
        self.conds.push(Cond::Within(Box::new(parent)));
        self
    }

    /// Components after (in document order) one that `other` matches.
    pub fn after(mut self, other: On) -> On {
        self.conds.push(Cond::After(Box::new(other)));
        self
    }

    /// Components before (in document order) one that `other` matches.
    pub fn before(mut self, other: On) -> On {
        self.conds.push(Cond::Before(Box::new(other)));
        self
    }

    /// The components of an inspector tree this selector matches, in document order.
    pub fn select<'t>(&self, tree: &'t Value) -> Vec<&'t Value> {
        let mut flat = Vec::new();
        flatten(tree, &mut flat);
        (0..flat.len())
            .filter(|&i| self.holds(&flat, i))
            .map(|i| flat[i].node)
            .collect()
    }

    fn holds(&self, flat: &[Flat<'_>], i: usize) -> bool {
        let node = flat[i].node;
        if node["$type"] == "root" {
            return false;
        }
        self.conds.iter().all(|c| match c {
            Cond::Id(id) => attr(node, "id") == Some(id.as_str()),
            Cond::Text(t, p) => text_of(node).is_some_and(|have| p.matches(have, t)),
            Cond::Type(ty) => node["$type"] == ty.as_str(),
            Cond::Enabled(on) => (attr(node, "enabled") != Some("false")) == *on,
            Cond::Focused(on) => (attr(node, "focused") == Some("true")) == *on,
            Cond::Checked(on) => {
                let checked = ["checked", "isOn", "select"]
                    .iter()
                    .any(|k| attr(node, k) == Some("true"));
                checked == *on
            }
            Cond::Within(parent) => flat[i].ancestors.iter().any(|&a| parent.holds(flat, a)),
            Cond::After(other) => (0..i).any(|j| other.holds(flat, j)),
            Cond::Before(other) => (i + 1..flat.len()).any(|j| other.holds(flat, j)),
        })
    }
}

impl std::fmt::Display for On {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "On")?;
        if self.conds.is_empty() {
            return write!(f, ".any()");
        }
        for c in &self.conds {
            match c {
                Cond::Id(v) => write!(f, ".id({v:?})")?,
                Cond::Text(v, MatchPattern::Equals) => write!(f, ".text({v:?})")?,
                Cond::Text(v, p) => write!(f, ".text({v:?}, {p:?})")?,
                Cond::Type(v) => write!(f, ".type({v:?})")?,
                Cond::Enabled(v) => write!(f, ".enabled({v})")?,
                Cond::Focused(v) => write!(f, ".focused({v})")?,
                Cond::Checked(v) => write!(f, ".checked({v})")?,
                Cond::Within(o) => write!(f, ".within({o})")?,
                Cond::After(o) => write!(f, ".isAfter({o})")?,
                Cond::Before(o) => write!(f, ".isBefore({o})")?,
            }
        }
        Ok(())
    }
}

struct Flat<'t> {
    node: &'t Value,
    ancestors: Vec<usize>,
}

/// Document order with each node's ancestors (indices into the list), iteratively: an
/// inspector tree can be deep.
fn flatten<'t>(root: &'t Value, out: &mut Vec<Flat<'t>>) {
    let mut stack: Vec<(&'t Value, Vec<usize>)> = vec![(root, Vec::new())];
    while let Some((node, ancestors)) = stack.pop() {
        let me = out.len();
        let mut mine = ancestors.clone();
        mine.push(me);
        out.push(Flat { node, ancestors });
        if let Some(children) = node["$children"].as_array() {
            for c in children.iter().rev() {
                stack.push((c, mine.clone()));
            }
        }
    }
}

fn attr<'v>(node: &'v Value, key: &str) -> Option<&'v str> {
    node["$attrs"][key].as_str()
}

/// A component's text as a user reads it.
pub(crate) fn text_of(node: &Value) -> Option<&str> {
    ["content", "label", "text", "value"]
        .iter()
        .find_map(|k| attr(node, k))
}
