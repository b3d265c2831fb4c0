//! The editing model behind text fields: a string, a caret and a selection anchor (byte
//! offsets that always sit on grapheme cluster boundaries), the input method's preedit
//! text, and the edits keys make — by grapheme, by word, by line. No nodes, no pixels: the
//! field widgets draw it.

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// ArkUI's `InputType`: what a field accepts and how it shows it.
///
/// ```
/// use arkui_widgets::InputType;
/// assert!(InputType::Number.accepts("42", ""));
/// assert!(!InputType::Number.accepts("4a", ""));
/// assert!(!InputType::Email.accepts("@", "me@x"));
/// assert!(InputType::Password.is_masked());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum InputType {
    /// Any text.
    #[default]
    Normal,
    /// Any text, shown as dots.
    Password,
    /// Digits only.
    Number,
    /// Digits and at most one decimal point.
    NumberDecimal,
    /// Digits and `+ - * # ( )` and spaces.
    PhoneNumber,
    /// Letters, digits, `_ . - +` and one `@`.
    Email,
}

impl InputType {
    /// Whether `new` may be typed into a field that holds `existing` (what is not accepted
    /// is dropped, as ArkUI filters typed characters).
    pub fn accepts(self, new: &str, existing: &str) -> bool {
        let chars = |f: fn(char) -> bool| new.chars().all(f);
        match self {
            InputType::Normal | InputType::Password => true,
            InputType::Number => chars(|c| c.is_ascii_digit()),
            InputType::NumberDecimal => {
                let dots = new.matches('.').count() + existing.matches('.').count();
                chars(|c| c.is_ascii_digit() || c == '.') && dots <= 1
            }
            InputType::PhoneNumber => chars(|c| c.is_ascii_digit() || " +-*#()".contains(c)),
            InputType::Email => {
                let ats = new.matches('@').count() + existing.matches('@').count();
                chars(|c| c.is_ascii_alphanumeric() || "_.-+@".contains(c)) && ats <= 1
            }
        }
    }

    /// Whether the field shows dots instead of the text.
    pub fn is_masked(self) -> bool {
        self == InputType::Password
    }

    /// ArkUI's name, for the inspector.
    pub(crate) fn name(self) -> &'static str {
        match self {
            InputType::Normal => "InputType.Normal",
            InputType::Password => "InputType.Password",
            InputType::Number => "InputType.Number",
            InputType::NumberDecimal => "InputType.NUMBER_DECIMAL",
            InputType::PhoneNumber => "InputType.PhoneNumber",
            InputType::Email => "InputType.Email",
        }
    }
}

/// Text being composed by an input method.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct Preedit {
    pub(crate) text: String,
    /// The IME's cursor inside `text` (byte offset), if it shows one.
    pub(crate) cursor: Option<usize>,
}

/// A compiled `inputFilter`: the characters that may be typed are those the expression
/// matches, one at a time.
#[derive(Clone, Debug)]
pub(crate) struct CharFilter {
    pattern: String,
    re: std::rc::Rc<regex_lite::Regex>,
}

impl PartialEq for CharFilter {
    fn eq(&self, other: &CharFilter) -> bool {
        self.pattern == other.pattern
    }
}

impl CharFilter {
    /// Compile `pattern`; the error names what is wrong with it.
    pub(crate) fn new(pattern: &str) -> Result<CharFilter, String> {
        regex_lite::Regex::new(pattern)
            .map(|re| CharFilter {
                pattern: pattern.to_string(),
                re: std::rc::Rc::new(re),
            })
            .map_err(|e| format!("inputFilter {pattern:?} is not a valid regular expression: {e}"))
    }

    /// Whether `c` may be typed.
    pub(crate) fn allows(&self, c: char) -> bool {
        let mut b = [0; 4];
        self.re.is_match(c.encode_utf8(&mut b))
    }

    pub(crate) fn pattern(&self) -> &str {
        &self.pattern
    }
}

/// A field's text, caret, selection and composition.
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct EditBuffer {
    pub(crate) text: String,
    pub(crate) caret: usize,
    pub(crate) anchor: usize,
    pub(crate) preedit: Option<Preedit>,
    pub(crate) multiline: bool,
    pub(crate) input_type: InputType,
    /// Most characters (Unicode scalar values) the text may hold.
    pub(crate) max_length: Option<usize>,
    /// `inputFilter`: which typed characters are kept.
    pub(crate) filter: Option<CharFilter>,
    /// What the filter dropped from the last insertion (for its error callback).
    pub(crate) rejected: String,
}

/// The grapheme boundary before `at` (0 at the start).
pub(crate) fn prev_grapheme(text: &str, at: usize) -> usize {
    let at = floor_char(text, at);
    let mut c = GraphemeCursor::new(at, text.len(), true);
    c.prev_boundary(text, 0).ok().flatten().unwrap_or(0)
}

/// The grapheme boundary after `at` (the length at the end).
pub(crate) fn next_grapheme(text: &str, at: usize) -> usize {
    let at = floor_char(text, at);
    let mut c = GraphemeCursor::new(at, text.len(), true);
    c.next_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(text.len())
}

/// The nearest char boundary at or before `at`, within the text.
fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `at` moved back to a grapheme boundary (a caret never splits a cluster).
pub(crate) fn snap_grapheme(text: &str, at: usize) -> usize {
    let at = floor_char(text, at);
    let mut c = GraphemeCursor::new(at, text.len(), true);
    match c.is_boundary(text, 0) {
        Ok(true) | Err(_) => at,
        Ok(false) => prev_grapheme(text, at),
    }
}

fn is_space(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// The start of the word before `at` (ctrl+Left, ctrl+Backspace).
pub(crate) fn prev_word(text: &str, at: usize) -> usize {
    text.split_word_bound_indices()
        .take_while(|(i, _)| *i < at)
        .filter(|(_, w)| !is_space(w))
        .last()
        .map_or(0, |(i, _)| i)
}

/// The end of the word after `at` (ctrl+Right, ctrl+Delete).
pub(crate) fn next_word(text: &str, at: usize) -> usize {
    text.split_word_bound_indices()
        .map(|(i, w)| (i + w.len(), w))
        .find(|(end, w)| *end > at && !is_space(w))
        .map_or(text.len(), |(end, _)| end)
}

/// Number of grapheme clusters in `s`.
pub(crate) fn grapheme_count(s: &str) -> usize {
    s.graphemes(true).count()
}

impl EditBuffer {
    /// The selected byte range (empty when there is only a caret).
    pub(crate) fn selection(&self) -> std::ops::Range<usize> {
        self.caret.min(self.anchor)..self.caret.max(self.anchor)
    }

    pub(crate) fn has_selection(&self) -> bool {
        self.caret != self.anchor
    }

    pub(crate) fn selected_text(&self) -> &str {
        self.text.get(self.selection()).unwrap_or("")
    }

    /// What this field may hold of `s`: line breaks normalised to `'\n'` (or to spaces on one
    /// line), other control characters dropped.
    fn clean(&self, s: &str) -> String {
        let s = s.replace("\r\n", "\n");
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{1c}'..='\u{1e}' => {
                    Some(if self.multiline { '\n' } else { ' ' })
                }
                '\t' => Some(if self.multiline { '\t' } else { ' ' }),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect()
    }

    /// Replace the whole text (the app set it): the caret goes to the end.
    pub(crate) fn set_text(&mut self, s: &str) -> bool {
        let s = self.clean(s);
        if s == self.text {
            return false;
        }
        self.text = s;
        self.caret = self.text.len();
        self.anchor = self.caret;
        true
    }

    /// Put the caret at `at` (snapped to a grapheme boundary), extending the selection when
    /// `extend`.
    pub(crate) fn move_to(&mut self, at: usize, extend: bool) {
        self.caret = snap_grapheme(&self.text, at);
        if !extend {
            self.anchor = self.caret;
        }
    }

    /// Delete the selection; returns whether there was one.
    fn delete_selection(&mut self) -> bool {
        let r = self.selection();
        if r.is_empty() {
            return false;
        }
        self.text.replace_range(r.clone(), "");
        self.caret = r.start;
        self.anchor = r.start;
        true
    }

    /// Type or paste `s` over the selection. Returns whether the text changed.
    pub(crate) fn insert(&mut self, s: &str) -> bool {
        let mut s = self.clean(s);
        if let Some(filter) = &self.filter {
            let (kept, dropped): (String, String) = s.chars().partition(|c| filter.allows(*c));
            self.rejected = dropped;
            s = kept;
        }
        let mut kept = self.text.clone();
        let r = self.selection();
        kept.replace_range(r, "");
        if !self.input_type.accepts(&s, &kept) {
            // Keep what the type accepts, character by character (a paste of "12ab3" into
            // a number field gives "123").
            let mut ok = String::new();
            for c in s.chars() {
                let mut b = [0; 4];
                let c = c.encode_utf8(&mut b);
                if self.input_type.accepts(c, &format!("{kept}{ok}")) {
                    ok.push_str(c);
                }
            }
            return self.insert_clean(&ok);
        }
        self.insert_clean(&s)
    }

    fn insert_clean(&mut self, s: &str) -> bool {
        let mut s = s;
        if let Some(max) = self.max_length {
            let kept = self.text.chars().count() - self.selected_text().chars().count();
            let room = max.saturating_sub(kept);
            if s.chars().count() > room {
                // Cut at a grapheme boundary: half a cluster is not a character anyone typed.
                let mut end = 0;
                let mut n = 0;
                for g in s.graphemes(true) {
                    n += g.chars().count();
                    if n > room {
                        break;
                    }
                    end += g.len();
                }
                s = &s[..end];
            }
        }
        let deleted = self.delete_selection();
        if s.is_empty() {
            return deleted;
        }
        self.text.insert_str(self.caret, s);
        self.caret += s.len();
        self.anchor = self.caret;
        true
    }

    /// Backspace: the selection, else the grapheme (or with `word`, the word) before the caret.
    pub(crate) fn backspace(&mut self, word: bool) -> bool {
        if self.delete_selection() {
            return true;
        }
        let from = if word {
            prev_word(&self.text, self.caret)
        } else {
            prev_grapheme(&self.text, self.caret)
        };
        self.remove(from, self.caret)
    }

    /// Delete: the selection, else the grapheme (or word) after the caret.
    pub(crate) fn delete(&mut self, word: bool) -> bool {
        if self.delete_selection() {
            return true;
        }
        let to = if word {
            next_word(&self.text, self.caret)
        } else {
            next_grapheme(&self.text, self.caret)
        };
        self.remove(self.caret, to)
    }

    fn remove(&mut self, from: usize, to: usize) -> bool {
        if from >= to || to > self.text.len() {
            return false;
        }
        self.text.replace_range(from..to, "");
        self.caret = from;
        self.anchor = from;
        true
    }

    /// Left arrow: one grapheme or word back; without `extend` a selection collapses to its
    /// start.
    pub(crate) fn left(&mut self, extend: bool, word: bool) {
        if !extend && self.has_selection() {
            self.move_to(self.selection().start, false);
            return;
        }
        let to = if word {
            prev_word(&self.text, self.caret)
        } else {
            prev_grapheme(&self.text, self.caret)
        };
        self.move_to(to, extend);
    }

    /// Right arrow: one grapheme or word on; without `extend` a selection collapses to its end.
    pub(crate) fn right(&mut self, extend: bool, word: bool) {
        if !extend && self.has_selection() {
            self.move_to(self.selection().end, false);
            return;
        }
        let to = if word {
            next_word(&self.text, self.caret)
        } else {
            next_grapheme(&self.text, self.caret)
        };
        self.move_to(to, extend);
    }

    /// ctrl+A.
    pub(crate) fn select_all(&mut self) {
        self.anchor = 0;
        self.caret = self.text.len();
    }

    /// The input method's composition changed. Composing over a selection replaces it.
    pub(crate) fn set_preedit(&mut self, text: &str, cursor: Option<usize>) {
        let text = self.clean(text);
        if text.is_empty() {
            self.preedit = None;
            return;
        }
        self.delete_selection();
        let cursor = cursor.map(|c| floor_char(&text, c));
        self.preedit = Some(Preedit { text, cursor });
    }

    /// The input method committed `text`: it replaces the composition.
    pub(crate) fn commit(&mut self, text: &str) -> bool {
        let had = self.preedit.take().is_some();
        self.insert(text) || had
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buffer(text: &str) -> EditBuffer {
        let mut b = EditBuffer::default();
        b.set_text(text);
        b
    }

    #[test]
    fn backspace_and_delete_remove_whole_grapheme_clusters() {
        // "e" + combining acute, then a family emoji made of four people and three joiners.
        let mut b = buffer("ae\u{301}👨‍👩‍👧‍👦");
        assert!(b.backspace(false));
        assert_eq!(b.text, "ae\u{301}");
        assert!(b.backspace(false));
        assert_eq!(b.text, "a");
        b.move_to(0, false);
        assert!(b.delete(false));
        assert_eq!(b.text, "");
        assert!(!b.delete(false) && !b.backspace(false), "nothing to delete");
    }

    #[test]
    fn word_moves_and_deletes() {
        let mut b = buffer("hello big  world");
        assert!(b.backspace(true));
        assert_eq!(b.text, "hello big  ");
        b.left(false, true);
        assert_eq!(b.caret, 6);
        b.move_to(0, false);
        b.right(false, true);
        assert_eq!(b.caret, 5);
        assert!(b.delete(true));
        assert_eq!(b.text, "hello  ");
    }

    #[test]
    fn typing_replaces_the_selection_and_arrows_collapse_it() {
        let mut b = buffer("abcdef");
        b.move_to(1, false);
        b.move_to(4, true);
        assert_eq!(b.selected_text(), "bcd");
        b.insert("X");
        assert_eq!((b.text.as_str(), b.caret), ("aXef", 2));
        b.select_all();
        b.left(false, false);
        assert_eq!((b.caret, b.anchor), (0, 0));
    }

    #[test]
    fn types_filter_and_max_length_cuts_at_a_cluster() {
        let mut b = EditBuffer {
            input_type: InputType::Number,
            ..EditBuffer::default()
        };
        b.insert("12ab3");
        assert_eq!(b.text, "123");
        let mut b = EditBuffer {
            max_length: Some(3),
            ..EditBuffer::default()
        };
        b.insert("ab");
        b.insert("e\u{301}x");
        assert_eq!(
            b.text, "ab",
            "the cluster would need two characters, one is left"
        );
        b.insert("cd");
        assert_eq!(b.text, "abc");
        let mut b = EditBuffer {
            input_type: InputType::Email,
            ..EditBuffer::default()
        };
        b.insert("me@x@y.org");
        assert_eq!(b.text, "me@xy.org");
    }

    #[test]
    fn single_line_fields_turn_line_breaks_into_spaces_and_drop_controls() {
        let mut b = buffer("a\r\nb\u{7}c");
        assert_eq!(b.text, "a bc");
        b.multiline = true;
        b.set_text("x\ry\u{2029}z");
        assert_eq!(b.text, "x\ny\nz");
    }

    #[test]
    fn preedit_then_commit_inserts_once() {
        let mut b = buffer("a");
        b.set_preedit("n", Some(1));
        b.set_preedit("ni", Some(2));
        assert_eq!(b.text, "a", "composition is not text yet");
        b.commit("你");
        assert_eq!((b.text.as_str(), b.preedit.is_none()), ("a你", true));
    }

    #[test]
    fn carets_past_the_end_or_inside_a_char_are_repaired() {
        let mut b = buffer("é");
        b.move_to(99, false);
        assert_eq!(b.caret, 2);
        b.move_to(1, false);
        assert_eq!(b.caret, 0);
        assert_eq!(prev_grapheme("", 5), 0);
        assert_eq!(next_grapheme("", 5), 0);
    }
}
