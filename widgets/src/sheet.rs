//! `bindSheet`: a half-modal sheet that slides up from the bottom over a dimmed page,
//! ArkUI's `bindSheet`. It is as tall as `height` (MEDIUM, LARGE, FIT_CONTENT or a length),
//! or one of several `detents` it can be dragged between. Dragged down past its lowest
//! height (or flung down) it is dismissed; its close button, a tap on the mask and Back
//! dismiss it too, unless `on_will_dismiss` intercepts (then the app decides, and a sheet
//! dragged down springs back meanwhile). `show` follows: the app sets it to open the sheet,
//! the sheet sets it back when dismissed.
//!
//! `preferType`: on a window narrower than 600 vp (ArkUI's `sm` breakpoint) a sheet comes
//! up from the bottom; on a wider one it is a card in the middle of the window (ArkUI's
//! CENTER), 480 vp wide, which does not drag.
//!
//! Ids: the sheet `sheet`, its drag bar `sheet-drag-bar`, its title `sheet-title`, its
//! close button `sheet-close`.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, FlexAlign, FontWeight, Gesture, HorizontalAlign, Length, LengthExt,
    MediaEnv, NodeId, Overlay, OverlayManager, OverlayOptions, PanDirection, State, View, Widget,
    pct, untrack,
};

use crate::containers::{Blank, Column, Row};
use crate::content_cover::DismissReason;
use crate::text::Text;
use crate::theme::theme;
use crate::tween::Tween;

/// ArkUI's `SheetSize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SheetSize {
    /// 60 % of the window's height (the default).
    #[default]
    Medium,
    /// The window's height less 8 vp.
    Large,
    /// As tall as its content (at most LARGE).
    FitContent,
}

/// A sheet height: a [`SheetSize`] or a length (a percentage is of the window's height).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SheetHeight {
    /// One of ArkUI's sizes.
    Size(SheetSize),
    /// A length.
    Length(Length),
}

impl From<SheetSize> for SheetHeight {
    fn from(s: SheetSize) -> Self {
        SheetHeight::Size(s)
    }
}

impl From<Length> for SheetHeight {
    fn from(l: Length) -> Self {
        SheetHeight::Length(l)
    }
}

/// Where a sheet shows, ArkUI's `SheetType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetType {
    /// Up from the bottom edge, draggable between its heights.
    Bottom,
    /// A card in the middle of the window.
    Center,
}

/// Width of a centred sheet, vp (ArkUI's).
pub const CENTER_SHEET_WIDTH_VP: f32 = 480.0;
/// Height of a centred MEDIUM sheet, vp (ArkUI's).
pub const CENTER_SHEET_HEIGHT_VP: f32 = 560.0;
/// Windows at least this wide show sheets centred unless told otherwise, vp.
pub const CENTER_SHEET_MIN_WINDOW_VP: f32 = 600.0;

/// What `on_will_dismiss` gets, ArkUI's `DismissSheetAction`: why the sheet is asked to
/// go, and how to let it.
#[derive(Clone)]
pub struct DismissSheetAction {
    /// Why.
    pub reason: DismissReason,
    dismiss: Rc<dyn Fn()>,
}

impl std::fmt::Debug for DismissSheetAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DismissSheetAction")
            .field("reason", &self.reason)
            .finish_non_exhaustive()
    }
}

impl DismissSheetAction {
    /// Let the sheet go (it slides away, then `show` turns false).
    pub fn dismiss(&self) {
        (self.dismiss)();
    }
}

/// How a sheet looks and behaves, ArkUI's `SheetOptions`.
///
/// ```
/// use arkui_widgets::{SheetOptions, SheetSize};
/// let o = SheetOptions::new().detents([SheetSize::Medium.into(), SheetSize::Large.into()]);
/// assert!(o.drag_bar);
/// ```
#[derive(Clone)]
pub struct SheetOptions {
    /// `height` (MEDIUM).
    pub height: SheetHeight,
    /// `detents`: heights it can be dragged between (empty: `height` only).
    pub detents: Vec<SheetHeight>,
    /// `dragBar`: the handle at the top (shown by default).
    pub drag_bar: bool,
    /// `showClose`: the close button (shown by default).
    pub show_close: bool,
    /// `title`.
    pub title: Option<String>,
    /// `backgroundColor` (the theme's primary background).
    pub background_color: Option<Color>,
    /// `maskColor` (the overlay's dim).
    pub mask_color: Option<Color>,
    /// `onAppear`, `onDisappear`.
    pub on_appear: Option<Rc<dyn Fn()>>,
    /// `onDisappear`.
    pub on_disappear: Option<Rc<dyn Fn()>>,
    /// `preferType` (`None`: by the window's width).
    pub prefer_type: Option<SheetType>,
    /// `onWillDismiss`: asked instead of dismissing (Back, a tap on the mask, the close
    /// button, a drag down); the sheet stays until the action's `dismiss` is called.
    pub on_will_dismiss: Option<Rc<dyn Fn(DismissSheetAction)>>,
}

impl Default for SheetOptions {
    fn default() -> Self {
        SheetOptions {
            height: SheetHeight::Size(SheetSize::Medium),
            detents: Vec::new(),
            drag_bar: true,
            show_close: true,
            title: None,
            background_color: None,
            mask_color: None,
            on_appear: None,
            on_disappear: None,
            prefer_type: None,
            on_will_dismiss: None,
        }
    }
}

impl SheetOptions {
    /// ArkUI's defaults.
    pub fn new() -> SheetOptions {
        SheetOptions::default()
    }

    /// `height`.
    pub fn height(mut self, h: impl Into<SheetHeight>) -> Self {
        self.height = h.into();
        self
    }

    /// `detents`.
    pub fn detents(mut self, d: impl IntoIterator<Item = SheetHeight>) -> Self {
        self.detents = d.into_iter().collect();
        self
    }

    /// `title`.
    pub fn title(mut self, t: impl Into<String>) -> Self {
        self.title = Some(t.into());
        self
    }

    /// `showClose`.
    pub fn show_close(mut self, on: bool) -> Self {
        self.show_close = on;
        self
    }

    /// `dragBar`.
    pub fn drag_bar(mut self, on: bool) -> Self {
        self.drag_bar = on;
        self
    }

    /// `onAppear`.
    pub fn on_appear(mut self, f: impl Fn() + 'static) -> Self {
        self.on_appear = Some(Rc::new(f));
        self
    }

    /// `onDisappear`.
    pub fn on_disappear(mut self, f: impl Fn() + 'static) -> Self {
        self.on_disappear = Some(Rc::new(f));
        self
    }

    /// `preferType`: from the bottom, or centred (default: by the window's width).
    pub fn prefer_type(mut self, t: SheetType) -> Self {
        self.prefer_type = Some(t);
        self
    }

    /// `onWillDismiss`: decide whether the sheet goes (call the action's `dismiss`).
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Key, State};
    /// use arkui_widgets::{BindSheet, Button, DismissReason, SheetOptions, Text};
    /// let show = State::new(true);
    /// let asked = Rc::new(RefCell::new(Vec::new()));
    /// let a = asked.clone();
    /// let mut app = App::with_view(DeviceProfile::phone(), move || {
    ///     Button::new("Edit").bind_sheet(show, || Text::new("Unsaved changes"),
    ///         SheetOptions::new().on_will_dismiss(move |action| {
    ///             a.borrow_mut().push(action.reason);
    ///             if action.reason == DismissReason::CloseButton { action.dismiss(); }
    ///         }))
    /// });
    /// app.advance_time(500.0);
    /// app.frame();
    /// app.press_key(Key::Back);
    /// app.advance_time(1000.0);
    /// app.frame();
    /// assert!(show.get(), "Back was asked, and refused");
    /// app.click_id("sheet-close").unwrap();
    /// app.advance_time(2000.0);
    /// app.frame();
    /// assert!(!show.get());
    /// assert_eq!(*asked.borrow(), [DismissReason::PressBack, DismissReason::CloseButton]);
    /// ```
    pub fn on_will_dismiss(mut self, f: impl Fn(DismissSheetAction) + 'static) -> Self {
        self.on_will_dismiss = Some(Rc::new(f));
        self
    }
}

/// The top corners' radius, vp.
const RADIUS: f32 = 32.0;
/// How long the sheet takes to slide or settle, ms.
const SLIDE_MS: f64 = 250.0;
/// A release faster than this (vp/s) goes where it points.
const FLING: f32 = 800.0;

/// The window's height in vp, and pixels per vp.
fn window() -> (f32, f32) {
    MediaEnv::current().map_or((640.0, 1.0), |m| untrack(|| (m.height(), m.density())))
}

/// The window's width in vp.
fn window_width() -> f32 {
    MediaEnv::current().map_or(360.0, |m| untrack(|| m.width()))
}

/// `h` in vp for a window `window_h` vp high (`None`: fit the content).
fn resolve(h: SheetHeight, window_h: f32) -> Option<f32> {
    let large = (window_h - 8.0).max(0.0);
    let v = match h {
        // As 60 / 100, not * 0.6: 0.6 is not exact in f32 and 800 vp would give 480.00003.
        SheetHeight::Size(SheetSize::Medium) => window_h * 60.0 / 100.0,
        SheetHeight::Size(SheetSize::Large) => large,
        SheetHeight::Size(SheetSize::FitContent) => return None,
        SheetHeight::Length(Length::Percent(p)) => window_h * p / 100.0,
        SheetHeight::Length(Length::Vp(v) | Length::Fp(v) | Length::Lpx(v)) => v,
        SheetHeight::Length(Length::Px(p)) => p / window().1,
        SheetHeight::Length(Length::Auto) => return None,
    };
    Some(if v.is_finite() {
        v.clamp(0.0, large)
    } else {
        large
    })
}

/// `bindSheet` on every component.
pub trait BindSheet: Widget {
    /// Show a sheet built by `builder` while `show` is true.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
    /// use arkui_widgets::{BindSheet, Button, SheetOptions, Text};
    /// let show = State::new(false);
    /// let mut app = App::with_view(DeviceProfile::phone(), move || {
    ///     Button::new("Share").id("share").on_click(move |_| show.set(true))
    ///         .bind_sheet(show, || Text::new("Send to…"), SheetOptions::new().title("Share"))
    /// });
    /// app.click_id("share").unwrap();
    /// assert!(app.find_by_id("sheet").is_some());
    /// // It slides up (250 ms) before its close button is in place.
    /// app.advance_time(500.0);
    /// app.frame();
    /// app.click_id("sheet-close").unwrap();
    /// app.advance_time(1000.0);
    /// app.frame();
    /// assert!(!show.get());
    /// assert!(app.find_by_id("sheet").is_none());
    /// ```
    fn bind_sheet<V: View>(
        self,
        show: State<bool>,
        builder: impl Fn() -> V + 'static,
        options: SheetOptions,
    ) -> Self {
        let builder: Rc<dyn Fn() -> NodeId> = Rc::new(move || builder().into_node());
        let options = Rc::new(options);
        let o = options.clone();
        crate::overlay_binding::bind_overlay(
            show,
            move |m| open_sheet(m, show, builder.clone(), options.clone()),
            move |on| {
                let f = if on { &o.on_appear } else { &o.on_disappear };
                if let Some(f) = f {
                    f();
                }
            },
        );
        self
    }
}

impl<W: Widget> BindSheet for W {}

/// The sheet's moving parts.
struct Sheet {
    card: NodeId,
    /// Heights it rests at, vp, ascending (one when there are no detents); `None` in a
    /// fit-content sheet, which rests at its content's height.
    detents: Option<Vec<f32>>,
    /// The height it rests at now, vp (`None`: fit content).
    at: Cell<Option<f32>>,
    /// Its height when the drag began, vp.
    drag_from: Cell<f32>,
    /// How far it is pushed down, vp.
    down: Cell<f32>,
    density: f32,
    tween: Tween,
    show: State<bool>,
    /// A centred sheet: it fades and grows in and out instead of sliding, and does not drag.
    centered: bool,
    on_will_dismiss: Option<Rc<dyn Fn(DismissSheetAction)>>,
}

impl Sheet {
    /// Asked to go for `reason`: go, or ask the app first. A sheet dragged down springs
    /// back to its height while the app decides.
    fn request_dismiss(self: &Rc<Self>, reason: DismissReason) {
        let Some(ask) = self.on_will_dismiss.clone() else {
            self.dismiss();
            return;
        };
        if reason == DismissReason::SlideDown {
            self.settle(self.at.get());
        }
        let me = Rc::downgrade(self);
        ask(DismissSheetAction {
            reason,
            dismiss: Rc::new(move || {
                if let Some(s) = me.upgrade() {
                    s.dismiss();
                }
            }),
        });
    }

    /// Show the sheet `height` vp tall (`None`: its content's height), pushed `down` vp.
    fn place(&self, height: Option<f32>, down: f32) {
        self.down.set(down.max(0.0));
        self.card.set_layout(|l| {
            l.height = height.map_or(Length::Auto, Length::Vp);
        });
        let d = self.down.get();
        self.card
            .set_visual(|v| v.translate = (Length::Vp(0.0), Length::Vp(d)));
    }

    /// The height shown now, vp.
    fn shown_height(&self) -> f32 {
        self.card.rect().map_or(0.0, |r| r.height / self.density)
    }

    /// Slide off the bottom (a centred sheet fades), then set `show` false (which closes
    /// the overlay).
    fn dismiss(self: &Rc<Self>) {
        if self.centered {
            let (card, show) = (self.card, self.show);
            self.tween.start(
                SLIDE_MS,
                move |k| fade(card, 1.0 - k),
                move || show.set(false),
            );
            return;
        }
        let from = self.down.get();
        let to = self.shown_height() + 8.0;
        let (me, show) = (Rc::downgrade(self), self.show);
        let height = self.at.get();
        self.tween.start(
            SLIDE_MS,
            move |k| {
                if let Some(s) = me.upgrade() {
                    s.place(height, from + (to - from) * k);
                }
            },
            move || show.set(false),
        );
    }

    /// Ease to resting at `height` (pushed down 0).
    fn settle(self: &Rc<Self>, height: Option<f32>) {
        let from_h = self.shown_height();
        let from_down = self.down.get();
        self.at.set(height);
        let me = Rc::downgrade(self);
        self.tween.start(
            SLIDE_MS,
            move |k| {
                if let Some(s) = me.upgrade() {
                    let h = height.map(|h| from_h + (h - from_h) * k);
                    s.place(h, from_down * (1.0 - k));
                }
            },
            || {},
        );
    }

    /// The finger moved `dy` vp (down positive) since the drag began.
    fn drag(&self, dy: f32) {
        self.tween.stop();
        let start = self.drag_from.get();
        let extent = start - dy;
        match &self.detents {
            Some(d) => {
                let (low, high) = (d[0], d[d.len() - 1]);
                if extent >= low {
                    self.place(Some(extent.min(high)), 0.0);
                } else {
                    self.place(Some(low), low - extent);
                }
            }
            // A fit-content sheet does not grow: it only goes down.
            None => self.place(None, dy.max(0.0)),
        }
    }

    /// The finger lifted, moving at `vy` vp/s (down positive).
    fn release(self: &Rc<Self>, vy: f32) {
        let Some(d) = &self.detents else {
            let h = self.shown_height();
            if vy > FLING || self.down.get() > h / 3.0 {
                self.request_dismiss(DismissReason::SlideDown);
            } else {
                self.settle(None);
            }
            return;
        };
        let low = d[0];
        let extent = self.shown_height() - self.down.get();
        if (vy > FLING && self.at.get().is_some_and(|a| a <= low + 0.5)) || extent < low * 0.6 {
            self.request_dismiss(DismissReason::SlideDown);
            return;
        }
        // The detent nearest, or the next one the way a fling points.
        let nearest = d
            .iter()
            .copied()
            .min_by(|a, b| (a - extent).abs().total_cmp(&(b - extent).abs()))
            .unwrap_or(low);
        let target = if vy > FLING {
            d.iter().copied().rev().find(|h| *h < extent).unwrap_or(low)
        } else if vy < -FLING {
            d.iter().copied().find(|h| *h > extent).unwrap_or(nearest)
        } else {
            nearest
        };
        self.settle(Some(target));
    }
}

/// A centred sheet `k` of the way in (0 gone, 1 in place): faded and slightly small.
fn fade(card: NodeId, k: f32) {
    card.set_visual(|v| {
        v.opacity = k;
        let s = 0.9 + 0.1 * k;
        v.scale = (s, s);
    });
}

fn open_sheet(
    manager: OverlayManager,
    show: State<bool>,
    builder: Rc<dyn Fn() -> NodeId>,
    options: Rc<SheetOptions>,
) -> Overlay {
    let centered = options.prefer_type.map_or_else(
        || window_width() >= CENTER_SHEET_MIN_WINDOW_VP,
        |t| t == SheetType::Center,
    );
    // Back and a tap on the mask go through the sheet: it slides away, or asks the app.
    let slot: Rc<std::cell::RefCell<std::rc::Weak<Sheet>>> = Rc::default();
    let asked = slot.clone();
    let mut o = OverlayOptions::modal()
        .alignment(if centered {
            arkui_core::Alignment::Center
        } else {
            arkui_core::Alignment::Bottom
        })
        .on_dismiss(move || show.set(false))
        .intercept_dismiss(move |back| {
            // Not borrowed while the app's `on_will_dismiss` runs.
            let sheet = asked.borrow().upgrade();
            match sheet {
                Some(s) => s.request_dismiss(if back {
                    DismissReason::PressBack
                } else {
                    DismissReason::TouchOutside
                }),
                None => show.set(false),
            }
        });
    if let Some(c) = options.mask_color {
        o = o.mask_color(c);
    }
    manager.open(o, move || {
        let colors = untrack(theme);
        let (window_h, density) = window();
        if centered {
            return open_centered(show, &builder, &options, &slot, (window_h, density));
        }
        let mut heights: Vec<f32> = options
            .detents
            .iter()
            .filter_map(|h| resolve(*h, window_h))
            .collect();
        heights.sort_by(f32::total_cmp);
        heights.dedup();
        let first = resolve(options.height, window_h);
        let detents = match (first, heights.is_empty()) {
            (None, true) => None,
            (Some(h), true) => Some(vec![h]),
            (_, false) => Some(heights),
        };
        let rest = match (&detents, first) {
            (Some(d), Some(h)) if options.detents.is_empty() => Some(h.min(d[d.len() - 1])),
            (Some(d), _) => Some(d[0]),
            (None, _) => None,
        };
        let card = Column::new()
            .width(pct(100.0))
            .background_color(
                options
                    .background_color
                    .unwrap_or(colors.background_primary),
            )
            .clip(true)
            .on_click(|_| {})
            .id("sheet")
            .node();
        card.set_layout(|l| l.max_height = Length::Vp((window_h - 8.0).max(0.0)));
        card.set_visual(|v| {
            v.border_radius = [RADIUS.vp(), RADIUS.vp(), 0.vp(), 0.vp()];
        });
        let sheet = Rc::new(Sheet {
            card,
            detents,
            at: Cell::new(rest),
            drag_from: Cell::new(0.0),
            down: Cell::new(0.0),
            density,
            tween: Tween::default(),
            show,
            centered: false,
            on_will_dismiss: options.on_will_dismiss.clone(),
        });
        *slot.borrow_mut() = Rc::downgrade(&sheet);
        if options.drag_bar {
            card.append(
                Column::new()
                    .child(
                        // Not a Blank: that would grow to the row's height.
                        Column::new()
                            .width(32.vp())
                            .height(4.vp())
                            .background_color(colors.icon_fourth)
                            .border_radius(2.vp()),
                    )
                    .align_items(HorizontalAlign::Center)
                    .justify_content(FlexAlign::Center)
                    .height(20.vp())
                    .width(pct(100.0))
                    .id("sheet-drag-bar")
                    .node(),
            );
        }
        append_header_and_body(card, &options, &sheet, &colors, &builder);
        // Slide up into place.
        let h = rest.unwrap_or(window_h * 0.6);
        sheet.place(rest, h);
        sheet.settle(rest);
        let (s1, s2, s3) = (sheet.clone(), sheet.clone(), sheet);
        let pan = Gesture::pan(PanDirection::Vertical)
            .on_action_start(move |_| {
                s1.tween.stop();
                let h = s1.at.get().unwrap_or_else(|| s1.shown_height());
                s1.drag_from.set(h);
            })
            .on_action_update(move |e| s2.drag(e.offset_y))
            .on_action_end(move |e| {
                let vy = e.speed * e.angle.to_radians().sin();
                s3.release(vy);
            });
        card.gesture(pan);
        card
    })
}

/// The header (title, close button) and below it the app's content, filling the rest of
/// the card: what bottom and centred sheets share.
fn append_header_and_body(
    card: NodeId,
    options: &SheetOptions,
    sheet: &Rc<Sheet>,
    colors: &crate::theme::ThemeColors,
    builder: &Rc<dyn Fn() -> NodeId>,
) {
    append_header(card, options, sheet, colors);
    card.append(
        Column::new()
            .child(builder())
            .width(pct(100.0))
            .flex_grow(1.0)
            .flex_shrink(1.0)
            .flex_basis(0.vp())
            .node(),
    );
}

/// The title and close button row, when the options ask for either.
fn append_header(
    card: NodeId,
    options: &SheetOptions,
    sheet: &Rc<Sheet>,
    colors: &crate::theme::ThemeColors,
) {
    if options.title.is_some() || options.show_close {
        let head = Row::new()
            .padding(arkui_core::Edges::symmetric(16.vp(), 4.vp()))
            .width(pct(100.0));
        head.node().append(
            Text::new(options.title.clone().unwrap_or_default())
                .font_size(20.fp())
                .font_weight(FontWeight::Bold)
                .id("sheet-title")
                .node(),
        );
        head.node().append(Blank::new().node());
        if options.show_close {
            let s = Rc::downgrade(sheet);
            head.node().append(
                Column::new()
                    .child(Text::new("✕").font_size(16.fp()))
                    .align_items(HorizontalAlign::Center)
                    .justify_content(FlexAlign::Center)
                    .width(32.vp())
                    .height(32.vp())
                    .border_radius(16.vp())
                    .background_color(colors.background_secondary)
                    .on_click(move |_| {
                        if let Some(s) = s.upgrade() {
                            s.request_dismiss(DismissReason::CloseButton);
                        }
                    })
                    .id("sheet-close")
                    .node(),
            );
        }
        card.append(head.node());
    }
}

/// A centred sheet (ArkUI's CENTER): a rounded card 480 vp wide (less on a narrower
/// window) in the middle of the window, its height from `height` (MEDIUM is 560 vp), at
/// most 90 % of the window; it fades and grows in, and does not drag.
fn open_centered(
    show: State<bool>,
    builder: &Rc<dyn Fn() -> NodeId>,
    options: &SheetOptions,
    slot: &Rc<std::cell::RefCell<std::rc::Weak<Sheet>>>,
    (window_h, density): (f32, f32),
) -> NodeId {
    let colors = untrack(theme);
    let max_h = window_h * 0.9;
    let height = match options.height {
        SheetHeight::Size(SheetSize::Medium) => Some(CENTER_SHEET_HEIGHT_VP.min(max_h)),
        SheetHeight::Size(SheetSize::Large) => Some(max_h),
        other => resolve(other, window_h).map(|h| h.min(max_h)),
    };
    let width = CENTER_SHEET_WIDTH_VP.min((window_width() - 32.0).max(0.0));
    let card = Column::new()
        .width(width.vp())
        .background_color(
            options
                .background_color
                .unwrap_or(colors.background_primary),
        )
        .clip(true)
        .border_radius(RADIUS.vp())
        .on_click(|_| {})
        .id("sheet")
        .node();
    card.set_layout(|l| {
        l.height = height.map_or(Length::Auto, Length::Vp);
        l.max_height = Length::Vp(max_h);
    });
    let sheet = Rc::new(Sheet {
        card,
        detents: height.map(|h| vec![h]),
        at: Cell::new(height),
        drag_from: Cell::new(0.0),
        down: Cell::new(0.0),
        density,
        tween: Tween::default(),
        show,
        centered: true,
        on_will_dismiss: options.on_will_dismiss.clone(),
    });
    *slot.borrow_mut() = Rc::downgrade(&sheet);
    append_header_and_body(card, options, &sheet, &colors, builder);
    fade(card, 0.0);
    sheet.tween.start(SLIDE_MS, move |k| fade(card, k), || {});
    // The card keeps its sheet alive (a bottom sheet's drag gesture does that for it).
    card.set_extension(sheet);
    card
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_resolve_against_the_window() {
        assert_eq!(resolve(SheetSize::Medium.into(), 800.0), Some(480.0));
        assert_eq!(resolve(SheetSize::Large.into(), 800.0), Some(792.0));
        assert_eq!(resolve(SheetSize::FitContent.into(), 800.0), None);
        assert_eq!(resolve(Length::Percent(50.0).into(), 800.0), Some(400.0));
        assert_eq!(
            resolve(Length::Vp(2000.0).into(), 800.0),
            Some(792.0),
            "at most LARGE"
        );
        assert_eq!(resolve(Length::Vp(f32::NAN).into(), 800.0), Some(792.0));
    }
}
