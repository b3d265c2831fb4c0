//! The `Text` attributes that are plain choices: `textCase`, `heightAdaptivePolicy` and
//! `copyOption`, as ArkUI names them.

/// How a `Text`'s letters are cased when shown, as ArkUI's `TextCase`. The content keeps its
/// case (an inspector, a copy from a selection of the shown text get the shown case).
///
/// ```
/// use arkui_core::TextCase;
/// assert_eq!(TextCase::UpperCase.apply("Straße"), "STRASSE");
/// assert_eq!(TextCase::LowerCase.apply("ÀB"), "àb");
/// assert_eq!(TextCase::Normal.apply("As Is"), "As Is");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TextCase {
    /// As written.
    #[default]
    Normal,
    /// Every letter lower case.
    LowerCase,
    /// Every letter upper case (by Unicode's full mapping: "ß" becomes "SS").
    UpperCase,
}

impl TextCase {
    /// `text` as shown in this case.
    pub fn apply(self, text: &str) -> std::borrow::Cow<'_, str> {
        match self {
            TextCase::Normal => std::borrow::Cow::Borrowed(text),
            TextCase::LowerCase => std::borrow::Cow::Owned(text.to_lowercase()),
            TextCase::UpperCase => std::borrow::Cow::Owned(text.to_uppercase()),
        }
    }
}

/// What gives way first when a `Text` with `minFontSize`/`maxFontSize` does not fit, as
/// ArkUI's `TextHeightAdaptivePolicy`. The font size is chosen between the two, as large as
/// fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TextHeightAdaptivePolicy {
    /// `MAX_LINES_FIRST` (the default): the text must fit in `maxLines` lines (and in the
    /// height it is given); at `minFontSize` what is left over is cut.
    #[default]
    MaxLinesFirst,
    /// `MIN_FONT_SIZE_FIRST`: the font shrinks to fit `maxLines`; when even `minFontSize`
    /// does not fit, more lines are shown (as many as the height allows) rather than cutting.
    MinFontSizeFirst,
    /// `LAYOUT_CONSTRAINT_FIRST`: the text must fit the height it is given; lines that do
    /// not fit at `minFontSize` are cut.
    LayoutConstraintFirst,
}

/// Whether a `Text`'s content can be selected and copied, as ArkUI's `CopyOptions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CopyOptions {
    /// Not selectable (the default).
    #[default]
    None,
    /// Selectable and copied, for pasting within the app. (The copy goes to the clipboard
    /// the platform installed, as for the other options: no platform here keeps a per-app
    /// one.)
    InApp,
    /// Selectable; copied to the device's clipboard.
    LocalDevice,
    /// Selectable; copied to the clipboard (across devices where the system syncs it).
    CrossDevice,
}

impl CopyOptions {
    /// Whether text under this option can be selected and copied.
    ///
    /// ```
    /// use arkui_core::CopyOptions;
    /// assert!(!CopyOptions::None.allows_copy());
    /// assert!(CopyOptions::LocalDevice.allows_copy());
    /// ```
    pub fn allows_copy(self) -> bool {
        self != CopyOptions::None
    }
}
