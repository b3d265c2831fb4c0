//! Adapting to the device: breakpoints and media queries as reactive signals, per app.
//!
//! Every [`crate::App`] provides a [`MediaEnv`] to the components it mounts and keeps it
//! current on resize and profile switches, so `breakpoint()` and `media_query(..)` called in a
//! component's `build` follow the app showing that component.

use std::fmt;

use crate::reactive::{Computed, ReadSignal, State, consume, provide};
use crate::{DeviceKind, DeviceProfile, ScreenShape};

/// ArkUI's width breakpoints, in vp: xs < 320 ≤ sm < 600 ≤ md < 840 ≤ lg. `Xl` exists only
/// where an app asks for more breakpoints (a `GridRow`'s `breakpoints` with four values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Breakpoint {
    /// Under 320 vp (watches).
    Xs,
    /// 320 to 600 vp (phones).
    #[default]
    Sm,
    /// 600 to 840 vp (foldables, small tablets).
    Md,
    /// 840 vp and wider (tablets, TVs, desktops).
    Lg,
    /// Past a fourth custom breakpoint.
    Xl,
}

impl Breakpoint {
    /// The breakpoint of a width in vp (NaN counts as 0).
    ///
    /// ```
    /// use arkui_core::Breakpoint;
    /// assert_eq!(Breakpoint::of_width(360.0), Breakpoint::Sm);
    /// assert_eq!(Breakpoint::of_width(233.0), Breakpoint::Xs);
    /// assert_eq!(Breakpoint::of_width(599.0), Breakpoint::Sm);
    /// assert_eq!(Breakpoint::of_width(1920.0), Breakpoint::Lg);
    /// ```
    pub fn of_width(vp: f32) -> Breakpoint {
        Breakpoint::of_width_in(vp, &DEFAULT_BREAKPOINTS_VP)
    }

    /// The breakpoint of a width in vp among custom thresholds (ascending; ArkUI's
    /// `breakpoints.value`): below the first is `Xs`, then `Sm`, `Md`, `Lg`, `Xl`. Past four
    /// thresholds the rest are ignored.
    ///
    /// ```
    /// use arkui_core::Breakpoint;
    /// let t = [200.0, 400.0, 800.0, 1200.0];
    /// assert_eq!(Breakpoint::of_width_in(150.0, &t), Breakpoint::Xs);
    /// assert_eq!(Breakpoint::of_width_in(500.0, &t), Breakpoint::Md);
    /// assert_eq!(Breakpoint::of_width_in(1300.0, &t), Breakpoint::Xl);
    /// assert_eq!(Breakpoint::of_width_in(f32::NAN, &t), Breakpoint::Xs);
    /// ```
    pub fn of_width_in(vp: f32, thresholds: &[f32]) -> Breakpoint {
        let vp = if vp.is_nan() { 0.0 } else { vp };
        let passed = thresholds.iter().take(4).filter(|t| vp >= **t).count();
        match passed {
            0 => Breakpoint::Xs,
            1 => Breakpoint::Sm,
            2 => Breakpoint::Md,
            3 => Breakpoint::Lg,
            _ => Breakpoint::Xl,
        }
    }

    /// Short name (`"sm"`).
    pub fn name(self) -> &'static str {
        match self {
            Breakpoint::Xs => "xs",
            Breakpoint::Sm => "sm",
            Breakpoint::Md => "md",
            Breakpoint::Lg => "lg",
            Breakpoint::Xl => "xl",
        }
    }
}

/// What a GridRow's breakpoints measure, ArkUI's `BreakpointsReference`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BreakpointsReference {
    /// The window's width (the default).
    #[default]
    WindowSize,
    /// The GridRow's own width.
    ComponentSize,
}

/// A GridRow's own breakpoints, ArkUI's `BreakPoints`: ascending thresholds in vp (up to
/// four: `Xs` below the first, then `Sm`, `Md`, `Lg`, `Xl`) and what they measure.
///
/// ```
/// use arkui_core::{Breakpoint, BreakpointsReference, GridBreakpoints};
/// let b = GridBreakpoints::new([100.0, 200.0]).reference(BreakpointsReference::ComponentSize);
/// assert_eq!(b.of_width(150.0), Breakpoint::Sm);
/// assert_eq!(b.of_width(250.0), Breakpoint::Md);
/// // Out of order, negative or NaN thresholds are dropped, not trusted.
/// assert_eq!(GridBreakpoints::new([300.0, f32::NAN, 100.0, -5.0]).thresholds(), &[300.0]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct GridBreakpoints {
    thresholds: std::rc::Rc<[f32]>,
    reference: BreakpointsReference,
}

impl GridBreakpoints {
    /// Thresholds in vp, ascending; a value not above the one before (or not finite, or
    /// negative) is dropped with a log line, and only the first four count.
    pub fn new(values: impl IntoIterator<Item = f32>) -> GridBreakpoints {
        let mut kept: Vec<f32> = Vec::new();
        for v in values {
            if v.is_finite() && v >= 0.0 && kept.last().is_none_or(|l| v > *l) && kept.len() < 4 {
                kept.push(v);
            } else {
                log::error!(
                    "GridRow breakpoint {v} dropped: thresholds are up to four ascending widths in vp"
                );
            }
        }
        GridBreakpoints {
            thresholds: kept.into(),
            reference: BreakpointsReference::WindowSize,
        }
    }

    /// `reference`: the window's width (default) or the GridRow's own.
    pub fn reference(mut self, r: BreakpointsReference) -> Self {
        self.reference = r;
        self
    }

    /// What the thresholds measure.
    pub fn reference_kind(&self) -> BreakpointsReference {
        self.reference
    }

    /// The thresholds kept.
    pub fn thresholds(&self) -> &[f32] {
        &self.thresholds
    }

    /// The breakpoint of a width in vp.
    pub fn of_width(&self, vp: f32) -> Breakpoint {
        Breakpoint::of_width_in(vp, &self.thresholds)
    }
}

/// ArkUI's default breakpoints (`["320vp", "600vp", "840vp"]`).
pub const DEFAULT_BREAKPOINTS_VP: [f32; 3] = [320.0, 600.0, 840.0];

/// A value that may differ per breakpoint (GridRow columns, GridCol span/offset/order).
/// A breakpoint without its own value takes the nearest smaller one that has one, then the
/// default.
///
/// ```
/// use arkui_core::{Breakpoint, ByBreakpoint};
/// let span = ByBreakpoint::new(12).md(6).lg(4);
/// assert_eq!(span.get(Breakpoint::Sm), 12);
/// assert_eq!(span.get(Breakpoint::Md), 6);
/// assert_eq!(span.get(Breakpoint::Xl), 4);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ByBreakpoint<T> {
    default: T,
    /// Per breakpoint; a slot without its own value (bit clear in `set`) holds `default`, so
    /// equal settings compare equal. A bit mask rather than `Option`s: every node carries
    /// four of these.
    values: [T; 5],
    set: u8,
}

impl<T: Copy> ByBreakpoint<T> {
    /// The same value at every breakpoint.
    pub const fn new(default: T) -> ByBreakpoint<T> {
        ByBreakpoint {
            default,
            values: [default; 5],
            set: 0,
        }
    }

    fn with(mut self, bp: Breakpoint, v: T) -> Self {
        self.values[bp as usize] = v;
        self.set |= 1 << bp as u8;
        self
    }

    /// Value from xs up.
    pub fn xs(self, v: T) -> Self {
        self.with(Breakpoint::Xs, v)
    }
    /// Value from sm up.
    pub fn sm(self, v: T) -> Self {
        self.with(Breakpoint::Sm, v)
    }
    /// Value from md up.
    pub fn md(self, v: T) -> Self {
        self.with(Breakpoint::Md, v)
    }
    /// Value from lg up.
    pub fn lg(self, v: T) -> Self {
        self.with(Breakpoint::Lg, v)
    }
    /// Value from xl up.
    pub fn xl(self, v: T) -> Self {
        self.with(Breakpoint::Xl, v)
    }

    /// The value at `bp`.
    pub fn get(&self, bp: Breakpoint) -> T {
        (0..=bp as usize)
            .rev()
            .find(|i| self.set & (1 << i) != 0)
            .map_or(self.default, |i| self.values[i])
    }
}

impl<T: Copy> From<T> for ByBreakpoint<T> {
    fn from(v: T) -> Self {
        ByBreakpoint::new(v)
    }
}

/// The media state of one app: what media queries are evaluated against.
#[derive(Clone, Copy, Debug)]
pub struct MediaEnv {
    width_vp: State<f32>,
    height_vp: State<f32>,
    breakpoint: State<Breakpoint>,
    kind: State<DeviceKind>,
    round: State<bool>,
    dark: State<bool>,
    density: State<f32>,
}

const MEDIA: &str = "__arkui_media";

impl MediaEnv {
    /// Provide a fresh environment for `profile` in the current scope (apps do this).
    pub(crate) fn provide_for(profile: &DeviceProfile) -> MediaEnv {
        let (w, h) = profile.size_vp();
        let env = MediaEnv {
            width_vp: State::named(w, "Media.width"),
            height_vp: State::named(h, "Media.height"),
            breakpoint: State::named(Breakpoint::of_width(w), "Media.breakpoint"),
            kind: State::new(profile.kind),
            round: State::new(profile.shape == ScreenShape::Round),
            dark: State::new(profile.dark_mode),
            density: State::new(profile.units().density),
        };
        provide(Some(MEDIA), env);
        env
    }

    /// Update after a resize or profile change; only what changed notifies.
    pub(crate) fn update(&self, profile: &DeviceProfile, size_px: (u32, u32)) {
        let d = profile.units().density;
        let (w, h) = (size_px.0 as f32 / d, size_px.1 as f32 / d);
        set_if_changed(self.width_vp, w);
        set_if_changed(self.height_vp, h);
        set_if_changed(self.breakpoint, Breakpoint::of_width(w));
        set_if_changed(self.kind, profile.kind);
        set_if_changed(self.round, profile.shape == ScreenShape::Round);
        set_if_changed(self.dark, profile.dark_mode);
        set_if_changed(self.density, d);
    }

    /// The device type (tracked).
    pub fn device_kind(&self) -> DeviceKind {
        self.kind.get()
    }

    /// Pixels per vp (tracked).
    pub fn density(&self) -> f32 {
        self.density.get()
    }

    /// The window's width in vp (tracked).
    pub fn width(&self) -> f32 {
        self.width_vp.get()
    }

    /// The window's height in vp (tracked).
    pub fn height(&self) -> f32 {
        self.height_vp.get()
    }

    /// The environment of the app the current component belongs to.
    pub fn current() -> Option<MediaEnv> {
        consume::<MediaEnv>(Some(MEDIA)).map(|s| crate::untrack(|| s.get()))
    }
}

fn set_if_changed<T: PartialEq + Clone + 'static>(s: State<T>, v: T) {
    if crate::untrack(|| s.try_get().ok()) != Some(v.clone()) {
        s.set(v);
    }
}

/// The current app's width breakpoint, as a signal (re-runs readers only when it changes).
/// Outside an app it is a constant `Sm`.
pub fn breakpoint() -> ReadSignal<Breakpoint> {
    match MediaEnv::current() {
        Some(env) => env.breakpoint.into(),
        None => {
            // One shared constant, so calls outside an app do not allocate a state each time.
            thread_local! {
                static DEFAULT: State<Breakpoint> =
                    crate::Scope::detached(|| State::new(Breakpoint::Sm));
            }
            DEFAULT.with(|s| (*s).into())
        }
    }
}

/// Why a media query could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaQueryError {
    /// The query.
    pub query: String,
    /// What is wrong, in words.
    pub reason: String,
}

impl fmt::Display for MediaQueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid media query \"{}\": {}; conditions look like `(min-width: 600vp)`, \
             `(orientation: landscape)`, `(round-screen: true)`, `(dark-mode: true)`, \
             `(device-type: tv)` or ranges like `(320vp <= width < 600vp)`, joined with \
             `and`; alternatives with `,` or `or`; `not` before an alternative negates it",
            self.query, self.reason
        )
    }
}

impl std::error::Error for MediaQueryError {}

/// A length in a query: vp, or px (converted with the app's density when evaluated, so a
/// density change re-evaluates it).
#[derive(Clone, Copy, Debug, PartialEq)]
struct QueryLength {
    value: f32,
    px: bool,
}

impl QueryLength {
    fn vp(self, density: f32) -> f32 {
        if self.px {
            self.value / density
        } else {
            self.value
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Condition {
    MinWidth(QueryLength),
    MaxWidth(QueryLength),
    Width(QueryLength),
    MinHeight(QueryLength),
    MaxHeight(QueryLength),
    Height(QueryLength),
    Landscape(bool),
    Round(bool),
    Dark(bool),
    Device(DeviceKind),
    /// Range syntax: `(width >= 600vp)`, `(320vp <= width < 600vp)` (one per bound).
    Range {
        height: bool,
        cmp: Cmp,
        value: QueryLength,
    },
}

/// A comparison of the window's width or height with a length, as range syntax writes it
/// with the feature on the left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl Cmp {
    fn holds(self, a: f32, b: f32) -> bool {
        match self {
            Cmp::Lt => a < b,
            Cmp::Le => a <= b,
            Cmp::Gt => a > b,
            Cmp::Ge => a >= b,
            Cmp::Eq => (a - b).abs() < 0.5,
        }
    }

    /// The same comparison seen from the other side (`a < b` is `b > a`).
    fn flip(self) -> Cmp {
        match self {
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
            Cmp::Eq => Cmp::Eq,
        }
    }
}

impl Condition {
    fn uses_px(&self) -> bool {
        match *self {
            Condition::MinWidth(l)
            | Condition::MaxWidth(l)
            | Condition::Width(l)
            | Condition::MinHeight(l)
            | Condition::MaxHeight(l)
            | Condition::Height(l)
            | Condition::Range { value: l, .. } => l.px,
            _ => false,
        }
    }
}

/// One alternative of a query: its conditions all hold (or, with `not`, not all do).
#[derive(Clone, Debug, PartialEq)]
struct Alternative {
    negate: bool,
    conditions: Vec<Condition>,
}

/// Split `s` at `sep` outside parentheses.
fn split_top<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        if depth == 0 && s[i..].starts_with(sep) {
            out.push(&s[start..i]);
            i += sep.len();
            start = i;
            continue;
        }
        i += 1;
    }
    out.push(&s[start..]);
    out
}

/// Range syntax inside the parentheses: `width >= 600vp`, `600vp <= width`,
/// `320vp<=width<600vp`.
fn parse_range(inner: &str) -> Option<Vec<Condition>> {
    let (at, height) = match (inner.find("width"), inner.find("height")) {
        (Some(w), None) => (w, false),
        (None, Some(h)) => (h, true),
        _ => return None,
    };
    let name_len = if height {
        "height".len()
    } else {
        "width".len()
    };
    let (left, right) = (inner[..at].trim(), inner[at + name_len..].trim());
    let op = |s: &str, at_end: bool| -> Option<(Cmp, usize)> {
        for (text, cmp) in [
            ("<=", Cmp::Le),
            (">=", Cmp::Ge),
            ("<", Cmp::Lt),
            (">", Cmp::Gt),
            ("=", Cmp::Eq),
        ] {
            let hit = if at_end {
                s.ends_with(text)
            } else {
                s.starts_with(text)
            };
            if hit {
                return Some((cmp, text.len()));
            }
        }
        None
    };
    let mut out = Vec::new();
    if !left.is_empty() {
        // `v op feature`: the feature compares the other way round.
        let (cmp, n) = op(left, true)?;
        let value = parse_length(&left[..left.len() - n])?;
        out.push(Condition::Range {
            height,
            cmp: cmp.flip(),
            value,
        });
    }
    if !right.is_empty() {
        let (cmp, n) = op(right, false)?;
        let value = parse_length(&right[n..])?;
        out.push(Condition::Range { height, cmp, value });
    }
    (!out.is_empty()).then_some(out)
}

fn parse_length(v: &str) -> Option<QueryLength> {
    let v = v.trim();
    let (num, px) = if let Some(n) = v.strip_suffix("vp") {
        (n, false)
    } else if let Some(n) = v.strip_suffix("px") {
        (n, true)
    } else {
        (v, false)
    };
    num.trim()
        .parse::<f32>()
        .ok()
        .filter(|x| x.is_finite())
        .map(|value| QueryLength { value, px })
}

/// A query: alternatives joined by `,` or `or`, any of which may match.
fn parse(query: &str) -> Result<Vec<Alternative>, MediaQueryError> {
    let err = |reason: String| MediaQueryError {
        query: query.to_string(),
        reason,
    };
    let mut alternatives = Vec::new();
    for alt in split_top(query, ",")
        .into_iter()
        .flat_map(|a| split_top(a, " or "))
    {
        let mut alt = alt.trim();
        if alt.is_empty() {
            return Err(err(
                "an alternative (between `,` or `or`) is empty".to_string()
            ));
        }
        let negate = match alt.strip_prefix("not ") {
            Some(rest) => {
                alt = rest.trim();
                true
            }
            None => false,
        };
        if let Some(rest) = alt.strip_prefix("only ") {
            alt = rest.trim();
        }
        alternatives.push(Alternative {
            negate,
            conditions: parse_conditions(alt, &err)?,
        });
    }
    Ok(alternatives)
}

/// Conditions joined by `and`.
fn parse_conditions(
    query: &str,
    err: &dyn Fn(String) -> MediaQueryError,
) -> Result<Vec<Condition>, MediaQueryError> {
    let mut out = Vec::new();
    for part in split_top(query, " and ")
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if part == "screen" || part == "all" {
            continue;
        }
        let inner = part
            .strip_prefix('(')
            .and_then(|p| p.strip_suffix(')'))
            .ok_or_else(|| err(format!("`{part}` is not in parentheses")))?;
        if !inner.contains(':') {
            let range = parse_range(inner).ok_or_else(|| {
                err(format!(
                    "`{inner}` is neither `feature: value` nor a range like `320vp <= width < 600vp`"
                ))
            })?;
            out.extend(range);
            continue;
        }
        let (name, value) = inner
            .split_once(':')
            .ok_or_else(|| err(format!("`{inner}` has no `: value`")))?;
        let (name, value) = (name.trim(), value.trim());
        let len = || parse_length(value).ok_or_else(|| err(format!("`{value}` is not a length")));
        let flag = || match value {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(err(format!("`{other}` is not true or false"))),
        };
        out.push(match name {
            "min-width" => Condition::MinWidth(len()?),
            "max-width" => Condition::MaxWidth(len()?),
            "width" => Condition::Width(len()?),
            "min-height" => Condition::MinHeight(len()?),
            "max-height" => Condition::MaxHeight(len()?),
            "height" => Condition::Height(len()?),
            "orientation" => match value {
                "landscape" => Condition::Landscape(true),
                "portrait" => Condition::Landscape(false),
                other => {
                    return Err(err(format!(
                        "orientation is portrait or landscape, not `{other}`"
                    )));
                }
            },
            "round-screen" => Condition::Round(flag()?),
            "dark-mode" => Condition::Dark(flag()?),
            "device-type" => Condition::Device(match value {
                "phone" | "default" => DeviceKind::Phone,
                "tablet" => DeviceKind::Tablet,
                "tv" => DeviceKind::Tv,
                "wearable" => DeviceKind::Wearable,
                "iot" => DeviceKind::Iot,
                "desktop" | "2in1" => DeviceKind::Desktop,
                other => return Err(err(format!("unknown device type `{other}`"))),
            }),
            other => return Err(err(format!("unknown feature `{other}`"))),
        });
    }
    Ok(out)
}

/// A media query bound to the current app, ArkUI's `mediaquery.matchMediaSync`.
///
/// ```
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, media_query, Scope};
/// let mut found = None;
/// let _app = App::with_view(DeviceProfile::tv(), || {
///     found = Some(media_query("(orientation: landscape) and (device-type: tv)").unwrap());
///     NodeId::create("Column", NodeKind::Flex)
/// });
/// assert!(found.unwrap().matches());
/// assert!(media_query("(colour: red)").is_err());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct MediaQuery {
    result: Computed<bool>,
}

impl MediaQuery {
    /// Whether the query matches now (subscribing the current binding).
    pub fn matches(&self) -> bool {
        self.result.try_get().unwrap_or(false)
    }
}

/// Parse `query` and evaluate it against the current app's media state, reactively.
/// Lengths are vp unless written in `px`, which are converted with the app's density.
///
/// ```
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, media_query};
/// let mut queries = None;
/// // 1080 px wide at density 3: 360 vp.
/// let _app = App::with_view(DeviceProfile::phone(), || {
///     queries = Some((
///         media_query("(min-width: 1000px)").unwrap(),
///         media_query("(min-width: 1000vp)").unwrap(),
///     ));
///     NodeId::create("Column", NodeKind::Flex)
/// });
/// let (px, vp) = queries.unwrap();
/// assert!(px.matches());
/// assert!(!vp.matches());
/// ```
pub fn media_query(query: &str) -> Result<MediaQuery, MediaQueryError> {
    let alternatives = parse(query)?;
    let env = MediaEnv::current();
    let result = Computed::new(move || {
        let Some(env) = env else { return false };
        let (w, h) = (env.width_vp.get(), env.height_vp.get());
        let uses_px = alternatives
            .iter()
            .flat_map(|a| &a.conditions)
            .any(Condition::uses_px);
        // Read only when needed, so vp-only queries do not re-run on a density change.
        let density = if uses_px { env.density.get() } else { 1.0 };
        let vp = |l: QueryLength| l.vp(density);
        let holds = |c: &Condition| match *c {
            Condition::MinWidth(v) => w >= vp(v),
            Condition::MaxWidth(v) => w <= vp(v),
            Condition::Width(v) => (w - vp(v)).abs() < 0.5,
            Condition::MinHeight(v) => h >= vp(v),
            Condition::MaxHeight(v) => h <= vp(v),
            Condition::Height(v) => (h - vp(v)).abs() < 0.5,
            Condition::Landscape(l) => (w > h) == l,
            Condition::Round(r) => env.round.get() == r,
            Condition::Dark(d) => env.dark.get() == d,
            Condition::Device(k) => env.kind.get() == k,
            Condition::Range { height, cmp, value } => {
                cmp.holds(if height { h } else { w }, vp(value))
            }
        };
        alternatives
            .iter()
            .any(|a| a.conditions.iter().all(holds) != a.negate)
    });
    Ok(MediaQuery { result })
}
