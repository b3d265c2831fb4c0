//! # arkui-core
//!
//! The heart of arkui-rs: the reactive runtime ([`State`], [`Effect`], [`Scope`]), the
//! component tree ([`NodeId`]), layout over taffy, the paint pass that records a
//! [`arkui_renderer::DisplayList`], pointer events, device profiles and units, and the
//! inspector. It never sees winit or wgpu: the same core runs on a framebuffer device.
//!
//! Apps are written with `ui!` and `#[component]` (the `arkui` facade re-exports both); this
//! crate is also usable directly, as a plain-Rust builder API:
//!
//! ```
//! use arkui_core::*;
//!
//! let count = State::new(0);
//! let mut app = App::with_view(DeviceProfile::iot(), move || {
//!     let label = NodeId::create("Text", NodeKind::Text).id("label");
//!     macro_support::attr(move || format!("{}", count.get()), move |s| {
//!         label.set_text(|t| t.content = s);
//!     });
//!     label
//! });
//! assert_eq!(app.inspector_by_id("label").unwrap()["$attrs"]["content"], "0");
//! count.set(5);
//! assert!(app.needs_frame());
//! assert_eq!(app.inspector_by_id("label").unwrap()["$attrs"]["content"], "5");
//! ```
#![forbid(unsafe_code)]

mod animation;
mod app;
mod argument;
mod clipboard;
mod decoration;
mod device;
mod error;
mod fonts;
mod gesture;
mod image;
mod image_bitmap;
mod image_frames;
mod input;
mod instance_attrs;
mod list;
pub mod macro_support;
mod media;
mod overlay;
mod passes;
mod reactive;
pub mod resource;
mod reuse;
mod row_holders;
mod stats;
mod storage;
mod text_input;
mod text_options;
mod tree;
mod units;
mod url_opener;
mod view;
mod virtual_scroll;

// The passes keep their short paths (`crate::layout`, `crate::paint`...).
use passes::hit_test as event;
use passes::{focus, inspector, layout, paint};

/// The accessibility data model the app's tree is exported in.
#[cfg(feature = "accessibility")]
pub use accesskit;
pub use animation::{
    AnimateParam, Curve, PlayMode, TimerId, TransitionEffect, animate_to, clear_timeout,
    local_utc_offset_minutes, now_ms, set_now_ms, set_timeout, wall_clock_ms,
};
pub use app::{App, AppRequests, BACK_EDGE_VP, BACK_SWIPE_VP, RendererStatus, SNAPSHOT_VERSION};
pub use clipboard::{
    Clipboard, InProcessClipboard, clipboard_text, set_clipboard, set_clipboard_text,
};
pub use decoration::{
    BackgroundImagePosition, BackgroundImageSize, BorderRadiuses, BorderStyle, ClipShape, Edge,
    EdgeColors, EdgeStyles, GradientDirection, ImageRepeat, LinearGradient, OutlineOptions,
    RadialGradient, ShadowOptions, ShadowStyle, ShadowValue, SweepGradient, ViewPort,
    VisualAttribute,
};
pub use device::{DeviceKind, DeviceProfile, InputStyle, PixelFormat, RendererChoice, ScreenShape};
pub use error::Error;
pub use fonts::{MIN_GLYPH_CACHE_BYTES, set_font_source, with_fonts};
pub use gesture::{
    Gesture, GestureEvent, GestureHandlers, GestureMode, GesturePriority, PanDirection,
    SwipeDirection,
};
pub use image::{
    ImageError, ImageFilter, ImageFit, ImageLimits, ImageLoadError, ImageSource, ImageStatus,
};
pub use image_bitmap::{ImageBitmap, image_limits};
pub use input::{CROWN_DETENT_DEGREES, CROWN_VP_PER_DEGREE, InputEvent, Key, Modifiers};
pub use inspector::{INSPECTOR_VERSION, inspector_rect};
pub use layout::MAX_LAYOUT_DEPTH;
pub use list::{DataChangeListener, DataSource, VecDataSource};
pub use media::{
    Breakpoint, BreakpointsReference, ByBreakpoint, DEFAULT_BREAKPOINTS_VP, GridBreakpoints,
    MediaEnv, MediaQuery, MediaQueryError, breakpoint, media_query,
};
pub use overlay::{MASK_COLOR, Overlay, OverlayManager, OverlayOptions};
pub use paint::{PaintCtx, Shadow};
pub use passes::visible_area::observe_visible_area;
pub use reactive::{
    Computed, Diagnostic, Effect, Event, Link, LinkSource, MAX_RERUNS_PER_FLUSH, Monitor,
    MonitorPath, MonitorValue, Observe, ObservedMap, ObservedSet, ObservedVec, OnceParam, Param,
    ParamIsReadOnly, Prop, ReactiveError, ReadSignal, Scope, State, Untraced, batch, consume,
    make_observed, monitor, monitor_path, monitor_paths, provide, take_diagnostics, untrack, watch,
};
pub use reuse::{
    REUSE_POOL_CAPACITY, ReuseHooks, ReuseParams, create_reusable, pooled_components,
    set_next_reuse_id,
};
pub use stats::{LiveCounts, Stats, live_counts, reset_stats, stats};
pub use storage::{
    AppStorage, AppStorageV2, ColorMode, Environment, LayoutDirection, LocalStorage,
    PERSISTENCE_V2_VERSION, PersistenceV2, PersistentStorage, StorageError,
};
pub use text_input::{ClusterBox, ImeEvent, ImeRequest, LineBox, Rect, TextMap, text_map};
pub use text_options::{CopyOptions, TextCase, TextHeightAdaptivePolicy};
pub use tree::{
    AlignRules, Alignment, CONTAINER, ClickEvent, FlexAlign, FlexDirection, FlexWrap,
    FocusDirection, FontWeight, GridCell, HitTestMode, HorizontalAlign, HorizontalAnchor,
    ItemAlign, KeyEvent, LayoutAttrs, NodeId, NodeKind, Positioning, SpanAttrs, SpanImage,
    TextAttrs, TouchEvent, TouchKind, VerticalAlign, VerticalAnchor, Visibility, Visual,
};
pub use units::{Edges, Length, LengthExt, MAX_PX, Units, pct, px2vp, vp2px};
pub use url_opener::{RecordingUrlOpener, UrlOpener, open_url, opened_urls, set_url_opener};
pub use view::{
    BuilderParam, CommonAttribute, ComponentCore, ComponentLifecycle, Element, EntryComponent,
    View, Widget,
};
pub use virtual_scroll::{
    LazyWindow, Repeat, RepeatItem, TemplateOptions, VirtualScrollOptions, has_frame_callbacks,
    observe_layout, post_frame_callback, set_scroll_into_view, set_wheel_handler,
};

/// The drawing vocabulary of a [`PaintCtx`], re-exported so components draw without
/// depending on the renderer.
pub mod draw {
    pub use arkui_renderer::{
        BorderSide, BorderSides, BorderStyle, BorderWidths, Brush, CompositeMode, CornerRadii,
        DisplayList, DrawCmd, FillRule, Gradient, GradientKind, GradientStop, ImageFilter,
        ImageKey, ImageRepeat, LayerShadow, LineCap, LineJoin, PathData, PathVerb, Point, Rect,
        Spread, StrokeStyle, SvgPathError, Transform,
    };

    pub use arkui_renderer::text::{FontStyle, ParagraphStyle, TextLayout, TextStyle};

    pub use crate::paint::{PaintCtx, Shadow};
}

/// Re-exported so apps name colours without depending on the renderer.
pub use arkui_renderer::Color;
/// Upright or italic text, ArkUI's `FontStyle`.
pub use arkui_renderer::text::FontStyle;
/// ArkUI's `ImageSpanAlignment`: where an `ImageSpan` sits in its line.
pub use arkui_renderer::text::ObjectAlign as ImageSpanAlignment;
/// Horizontal alignment of text lines, ArkUI's `TextAlign`.
pub use arkui_renderer::text::TextAlign;
/// The line a `Text` draws with its glyphs, ArkUI's `TextDecorationType`.
pub use arkui_renderer::text::TextDecoration as TextDecorationType;
/// What a `Text` cut by `max_lines` shows, ArkUI's `TextOverflow`.
pub use arkui_renderer::text::TextOverflow;
/// Where a `Text`'s lines may break, ArkUI's `WordBreak`.
pub use arkui_renderer::text::WordBreak;
