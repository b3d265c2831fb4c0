//! [`Symbol`]: the icons `SymbolGlyph` draws, by name.

/// Declares the set once: the enum with its docs, its names and [`Symbol::ALL`].
macro_rules! symbols {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal; )*) => {
        /// An icon of the bundled set [`crate::SymbolGlyph`] draws: everyday symbols drawn
        /// for arkui-rs on a 24×24 grid, in one or two layers (see
        /// [`crate::SymbolRenderingStrategy`]).
        ///
        /// ArkUI names its system symbols by resource (`$r('sys.symbol.ohos_wifi')`); here
        /// each has a variant and a name in the same style ([`Symbol::name`],
        /// [`Symbol::from_name`]). The drawings are our own, so they look like, but are not,
        /// HarmonyOS's.
        ///
        /// ```
        /// use arkui_widgets::Symbol;
        /// assert_eq!(Symbol::Wifi.name(), "ohos_wifi");
        /// assert_eq!(Symbol::from_name("sys.symbol.ohos_wifi"), Some(Symbol::Wifi));
        /// assert!(Symbol::ALL.iter().all(|s| Symbol::from_name(s.name()) == Some(*s)));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Symbol {
            $( $(#[$doc])* $variant, )*
        }

        impl Symbol {
            /// Every symbol, in declaration order.
            ///
            /// ```
            /// use arkui_widgets::Symbol;
            /// assert!(Symbol::ALL.len() >= 40);
            /// let mut names: Vec<&str> = Symbol::ALL.iter().map(|s| s.name()).collect();
            /// names.sort();
            /// names.dedup();
            /// assert_eq!(names.len(), Symbol::ALL.len(), "every name is its own");
            /// ```
            pub const ALL: &'static [Symbol] = &[ $( Symbol::$variant, )* ];

            /// The symbol's resource name, without the `sys.symbol.` prefix.
            ///
            /// ```
            /// use arkui_widgets::Symbol;
            /// assert_eq!(Symbol::Trash.name(), "ohos_trash");
            /// assert_eq!(Symbol::Gearshape.to_string(), "gearshape");
            /// ```
            pub fn name(self) -> &'static str {
                match self {
                    $( Symbol::$variant => $name, )*
                }
            }
        }
    };
}

symbols! {
    /// Home: a house.
    House = "house";
    /// Back: a chevron pointing left.
    ChevronLeft = "chevron_left";
    /// Forward, disclosure: a chevron pointing right.
    ChevronRight = "chevron_right";
    /// Collapse: a chevron pointing up.
    ChevronUp = "chevron_up";
    /// Expand: a chevron pointing down.
    ChevronDown = "chevron_down";
    /// Close, cancel: a cross.
    Xmark = "xmark";
    /// Done, selected: a tick.
    Checkmark = "checkmark";
    /// Add: a plus sign.
    Plus = "plus";
    /// Remove: a minus sign.
    Minus = "minus";
    /// Search: a magnifying glass.
    Magnifyingglass = "magnifyingglass";
    /// Settings: a gear.
    Gearshape = "gearshape";
    /// Menu: three horizontal lines.
    Line3Horizontal = "line_3_horizontal";
    /// More: three dots in a row.
    Ellipsis = "dot_grid_1x3_horizontal";
    /// Favourite: a heart.
    Heart = "heart";
    /// Rating, bookmark: a five-pointed star.
    Star = "star";
    /// Share: three nodes joined by two links.
    Share = "share";
    /// Delete: a bin with a lid.
    Trash = "ohos_trash";
    /// Edit: a pencil.
    Pencil = "pencil";
    /// Wi-Fi: a dot under three arcs.
    Wifi = "ohos_wifi";
    /// Bluetooth: the Bluetooth rune.
    Bluetooth = "bluetooth";
    /// Battery: a battery, partly charged.
    Battery = "battery";
    /// Volume: a speaker with two sound waves.
    SpeakerWave = "speaker_wave_2";
    /// Mute: a speaker with a cross.
    SpeakerSlash = "speaker_slash";
    /// Play: a triangle pointing right.
    Play = "play_fill";
    /// Pause: two bars.
    Pause = "pause_fill";
    /// Stop: a square.
    Stop = "stop_fill";
    /// Skip to next: a triangle against a bar, pointing right.
    ForwardEnd = "forward_end_fill";
    /// Skip to previous: a triangle against a bar, pointing left.
    BackwardEnd = "backward_end_fill";
    /// Time: a clock face.
    Clock = "clock";
    /// Date: a calendar page.
    Calendar = "calendar";
    /// Notifications: a bell.
    Bell = "bell";
    /// Account, contact: a head and shoulders.
    Person = "person";
    /// Locked: a closed padlock.
    Lock = "lock";
    /// Unlocked: an open padlock.
    LockOpen = "lock_open";
    /// Camera: a camera body with a lens.
    Camera = "camera";
    /// Image, gallery: a framed landscape with a sun.
    Picture = "picture";
    /// Mail: an envelope.
    Envelope = "envelope";
    /// Call: a telephone handset.
    Phone = "phone";
    /// Location: a map pin.
    Mappin = "mappin";
    /// Refresh: a circular arrow turning clockwise.
    ArrowClockwise = "arrow_clockwise";
    /// Download: an arrow down into a tray.
    TrayAndArrowDown = "tray_and_arrow_down";
    /// Upload: an arrow up out of a tray.
    TrayAndArrowUp = "tray_and_arrow_up";
    /// Information: an "i" in a circle.
    InfoCircle = "info_circle";
    /// Warning: an exclamation mark in a triangle.
    ExclamationmarkTriangle = "exclamationmark_triangle";
}

impl Symbol {
    /// The symbol named `name` (as [`Symbol::name`] gives it, with or without the
    /// `sys.symbol.` prefix of an ArkUI resource), or `None` for a name not in the set.
    ///
    /// ```
    /// use arkui_widgets::Symbol;
    /// assert_eq!(Symbol::from_name("ohos_trash"), Some(Symbol::Trash));
    /// assert_eq!(Symbol::from_name("sys.symbol.checkmark"), Some(Symbol::Checkmark));
    /// assert_eq!(Symbol::from_name("no_such_symbol"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Symbol> {
        let name = name.strip_prefix("sys.symbol.").unwrap_or(name);
        Symbol::ALL.iter().copied().find(|s| s.name() == name)
    }

    /// How many layers the symbol is drawn in: 2 for symbols whose secondary part (Wi-Fi's
    /// outer arcs, a padlock's shackle) [`crate::SymbolRenderingStrategy::MultipleColor`]
    /// and `MultipleOpacity` draw apart, 1 otherwise.
    ///
    /// ```
    /// use arkui_widgets::Symbol;
    /// assert_eq!(Symbol::Wifi.layers(), 2);
    /// assert_eq!(Symbol::Checkmark.layers(), 1);
    /// ```
    pub fn layers(self) -> u8 {
        if super::outlines::parts(self).iter().any(|p| p.layer > 0) {
            2
        } else {
            1
        }
    }
}

impl std::fmt::Display for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
