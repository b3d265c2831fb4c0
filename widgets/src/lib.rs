//! # arkui-widgets
//!
//! ArkUI's component set for arkui-rs. Every component is a `Copy` handle over a node, created
//! by `ui!` (through [`arkui_core::Element`]) or by hand with `new`, and configured with
//! chained attribute methods: its own (`Text::font_size`) and the universal ones from
//! [`arkui_core::CommonAttribute`].
//!
//! Colours a component is not given come from the theme ([`theme()`]): ArkUI's system
//! colour tokens for the current colour mode, an app-wide [`CustomTheme`]
//! ([`ThemeControl`]) and, for a subtree, [`WithTheme`]. Switching any of them re-colours
//! exactly those defaults.
//!
//! ```
//! use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt, State};
//! use arkui_widgets::{Button, Column, Text};
//!
//! let clicks = State::new(0);
//! let mut app = App::with_view(DeviceProfile::iot(), move || {
//!     Column::new()
//!         .child(Button::new("+1").id("add").on_click(move |_| clicks.update(|c| *c += 1)))
//! });
//! app.click_id("add").unwrap();
//! app.click_id("add").unwrap();
//! assert_eq!(clicks.get(), 2);
//! ```
#![forbid(unsafe_code)]

mod action_sheet;
mod alert_dialog;
mod alphabet_collapse;
mod alphabet_indexer;
mod badge;
mod button;
mod canvas;
mod checkbox;
mod checkbox_group;
mod clock_format;
mod containers;
mod content_cover;
mod control;
mod counter;
mod data_panel;
mod dialog;
mod divider;
mod edge_glow;
mod gauge;
mod grid;
mod grid_layout;
mod grid_row;
mod handle;
mod hyperlink;
mod image;
mod image_animator;
mod image_span;
mod item_layout;
mod lane_layout;
mod length_px;
mod list;
mod list_item;
mod loading_progress;
mod marquee;
mod menu;
mod menu_item;
mod nav_bars;
mod nav_destination;
mod nav_path_stack;
mod nav_title_free;
mod navigation;
mod nested_scroll;
mod numeric;
mod overlay_binding;
mod page_group;
mod panel;
mod pattern_lock;
mod picker;
mod popup;
mod progress;
mod progress_paint;
mod qr_code;
mod radio;
mod rating;
mod refresh;
mod relative;
pub mod router;
mod scroll;
mod scroll_bar;
mod scroll_physics;
mod scrollable;
mod scroller;
mod scroller_engine;
mod search;
mod select;
mod select_box;
mod shape;
mod sheet;
mod side_bar;
mod size_estimate;
mod slider;
mod span;
mod stack;
mod stepper;
mod swipe_action;
mod swiper;
mod swiper_motion;
mod symbol_glyph;
mod tab_bar;
mod tab_bar_style;
mod tabs;
mod text;
mod text_adapt;
mod text_area;
mod text_clock;
mod text_edit;
mod text_field;
mod text_font_attrs;
mod text_input;
mod text_input_footer;
mod text_look;
mod text_paragraph;
mod text_select;
mod text_timer;
mod theme;
mod themed;
mod toast;
mod toggle;
mod tween;
mod water_flow;
mod with_theme;

pub use action_sheet::ActionSheet;
pub use alert_dialog::{AlertDialog, MAX_ALERT_BUTTONS};
pub use alphabet_indexer::{AlphabetIndexer, IndexerAlign};
pub use badge::{Badge, BadgePosition, BadgeStyle};
pub use button::{BUTTON_BLUE, Button, ButtonType};
pub use canvas::{
    Canvas, CanvasFont, CanvasGradient, CanvasGradientKind, CanvasPattern,
    CanvasRenderingContext2D, CanvasStyle, CanvasTextAlign, CanvasTextBaseline, ImageData,
    MAX_CANVAS_BITMAP_BYTES, MAX_CANVAS_OPS, MAX_PATH_VERBS, Path2D, TextMetrics,
};
pub use checkbox::{CheckBoxShape, Checkbox, MarkStyle};
pub use checkbox_group::{CheckboxGroup, CheckboxGroupResult, SelectStatus};
pub use containers::{Blank, Column, Row};
pub use content_cover::{
    BindContentCover, ContentCoverOptions, DismissContentCoverAction, DismissReason,
    ModalTransition,
};
pub use control::{ControlState, StateStyles, StateStylesAttribute};
pub use counter::Counter;
pub use data_panel::{DataPanel, DataPanelType, MAX_DATA_PANEL_VALUES};
pub use dialog::{CustomDialogController, DialogAlignment};
pub use divider::{DIVIDER_COLOR, Divider};
pub use gauge::Gauge;
pub use grid::{Grid, GridItem};
pub use grid_layout::{GridDirection, GridLayoutOptions};
pub use grid_row::{GridCol, GridRow};
pub use hyperlink::Hyperlink;
pub use image::{Image, ImageInterpolation, ImageRenderMode};
pub use image_animator::{
    AnimationStatus, FillMode, IMAGE_ANIMATOR_DEFAULT_DURATION_MS, ImageAnimator, ImageFrameInfo,
};
pub use image_span::ImageSpan;
pub use lane_layout::{ListItemAlign, ListLanes};
pub use list::{List, ListDivider, StickyStyle};
pub use list_item::{ListItem, ListItemGroup};
pub use loading_progress::{LOADING_PERIOD_MS, LoadingProgress};
pub use marquee::{MARQUEE_DEFAULT_STEP, Marquee, MarqueeOptions, MarqueeUpdateStrategy};
pub use menu::{BindMenu, MenuContent, MenuElement, ResponseType};
pub use menu_item::{Menu, MenuItem, MenuItemGroup, MenuItemOptions, SubmenuBuilder};
pub use nav_destination::{NavDestination, NavigationMenuItem};
pub use nav_path_stack::{NavEntry, NavPathStack, PopInfo};
pub use navigation::{Navigation, NavigationMode, NavigationTitleMode, SPLIT_MIN_WIDTH_VP};
pub use nested_scroll::{NestedScrollMode, NestedScrollOptions};
pub use panel::{PANEL_MASK, PANEL_MINI_VP, Panel, PanelMode, PanelType};
pub use pattern_lock::{PatternLock, PatternLockChallengeResult, PatternLockController};
pub use picker::{
    CalendarPicker, DatePicker, DatePickerDialog, PickerAttribute, PickerDate, PickerDivider,
    PickerTextStyle, PickerTime, TextCascadePickerRangeContent, TextPicker, TextPickerDialog,
    TextPickerRange, TimePicker, TimePickerDialog,
};
pub use popup::{BindPopup, Placement, PopupOptions};
pub use progress::{Progress, ProgressStyle, ProgressType};
pub use qr_code::QRCode;
pub use radio::{Radio, RadioIndicatorType, RadioStyle};
pub use rating::Rating;
pub use refresh::{Refresh, RefreshStatus};
pub use relative::{AlignRulesExt, RelativeContainer};
pub use router::{
    PageTransition, RouteType, Router, RouterError, RouterMode, RouterOptions, RouterState,
    RouterView, SlideEffect,
};
pub use scroll::{Scroll, ScrollDirection};
pub use scroll_bar::{BarState, SCROLL_BAR_COLOR};
pub use scroll_physics::{DEFAULT_FRICTION, EdgeEffect, ScrollState};
pub use scrollable::ScrollableCommonMethod;
pub use scroller::{ScrollEdge, Scroller};
pub use search::Search;
pub use select::{Select, SelectOption, SelectOptions};
pub use shape::{
    Circle, Ellipse, Line, LineCapStyle, LineJoinStyle, Path, Polygon, Polyline, Rect, Shape,
};
pub use sheet::{
    BindSheet, CENTER_SHEET_HEIGHT_VP, CENTER_SHEET_MIN_WINDOW_VP, CENTER_SHEET_WIDTH_VP,
    DismissSheetAction, SheetHeight, SheetOptions, SheetSize, SheetType,
};
pub use side_bar::{SideBarContainer, SideBarContainerType};
pub use slider::{Axis, Slider, SliderChangeMode};
pub use span::Span;
pub use stack::{Flex, Stack};
pub use stepper::{ItemState, Stepper, StepperItem};
pub use swipe_action::{SwipeActionItem, SwipeActionOptions, SwipeActionState, SwipeEdgeEffect};
pub use swiper::{Swiper, SwiperController};
pub use symbol_glyph::{Symbol, SymbolEffectStrategy, SymbolGlyph, SymbolRenderingStrategy};
pub use tab_bar_style::{
    BottomTabBarStyle, IndicatorStyle, LabelStyle, SelectedMode, SubTabBarStyle, TabBarIconStyle,
    TabBarOptions, TabLayoutMode,
};
pub use tabs::{BarMode, BarPosition, TabContent, Tabs, TabsController};
pub use text::Text;
pub use text_area::TextArea;
pub use text_clock::{TEXT_CLOCK_DEFAULT_FORMAT, TextClock, TextClockController, TextClockOptions};
pub use text_edit::InputType;
pub use text_input::{
    CaretOffset, EnterKeyType, InputCounterOptions, SubmitEvent, TextInput, TextInputController,
};
pub use text_look::TextShadows;
pub use text_timer::{
    TEXT_TIMER_DEFAULT_COUNT, TEXT_TIMER_DEFAULT_FORMAT, TextTimer, TextTimerController,
    TextTimerOptions,
};
pub use theme::{
    CustomColors, CustomTheme, ThemeColorMode, ThemeColors, ThemeControl, Token, theme,
};
pub use toast::{TOAST_COLOR, TOAST_MAX_MS, TOAST_MIN_MS, show_toast};
pub use toggle::{TOGGLE_OFF, TOGGLE_ON, Toggle, ToggleType};
pub use water_flow::{FlowItem, WaterFlow};
pub use with_theme::WithTheme;
