//! # arkui
//!
//! A declarative UI framework in the mould of OpenHarmony's ArkUI: one app source, written
//! with [`ui!`] and [`macro@component`], runs on phones, tablets, TVs, watches and small IoT
//! screens. This facade re-exports what apps need: `use arkui::prelude::*;`.
//!
//! ```
//! use arkui::prelude::*;
//!
//! #[component]
//! struct Hello {
//!     #[prop("world".to_string())]
//!     name: String,
//! }
//!
//! impl Hello {
//!     fn build(&self) -> impl View {
//!         ui! { Text(format!("Hello, {}!", self.name.get())).id("greeting") }
//!     }
//! }
//!
//! let mut app = arkui::App::new::<Hello>(DeviceProfile::phone());
//! let greeting = app.inspector_by_id("greeting").unwrap();
//! assert_eq!(greeting["$attrs"]["content"], "Hello, world!");
//! ```
#![forbid(unsafe_code)]

pub mod guide;

pub use arkui_core::*;
pub use arkui_macros::{
    Observed, ObservedV2, builder, component, component_v2, entry, extend, resources, reusable,
    styles, ui,
};
pub use arkui_platform as platform;
pub use arkui_renderer as renderer;
pub use arkui_widgets as widgets;

pub use arkui_platform::{Error as PlatformError, launch, launch_with};

/// The README's example, compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Everything an app usually names.
// `Counter` stays out of the prelude: apps and examples commonly name a component of their
// own `Counter`; ArkUI's is `arkui::widgets::Counter`.
pub mod prelude {
    pub use arkui_core::ReuseParams;
    pub use arkui_core::{
        AlignRules, Alignment, App, Breakpoint, BuilderParam, ByBreakpoint, Color, CommonAttribute,
        DeviceProfile, Edges, FlexAlign, FlexDirection, FlexWrap, FontWeight, HorizontalAlign,
        ItemAlign, Length, LengthExt, Link, Monitor, Prop, State, TextAlign, VerticalAlign, View,
        Visibility, Widget, pct,
    };
    pub use arkui_core::{
        BorderRadiuses, BorderStyle, ClipShape, EdgeColors, EdgeStyles, GradientDirection,
        LinearGradient, OutlineOptions, RadialGradient, ShadowOptions, ShadowStyle, SweepGradient,
        VisualAttribute,
    };
    pub use arkui_core::{
        CopyOptions, FontStyle, TextCase, TextDecorationType, TextHeightAdaptivePolicy,
        TextOverflow, WordBreak,
    };
    pub use arkui_core::{ImageFit, ImageRepeat, ImageSource, ImageSpanAlignment};
    pub use arkui_macros::{
        Observed, ObservedV2, builder, component, component_v2, entry, extend, resources, reusable,
        styles, ui,
    };
    pub use arkui_widgets::{
        ActionSheet, AlertDialog, BarMode, BarPosition, BindContentCover, BindMenu, BindPopup,
        BindSheet, ContentCoverOptions, CustomDialogController, DialogAlignment,
        DismissContentCoverAction, DismissReason, Image, ImageInterpolation, ImageRenderMode,
        ImageSpan, Menu, MenuContent, MenuElement, MenuItem, MenuItemGroup, MenuItemOptions,
        ModalTransition, NavDestination, NavPathStack, Navigation, NavigationMenuItem,
        NavigationMode, NavigationTitleMode, Placement, PopInfo, PopupOptions, ResponseType,
        SheetHeight, SheetOptions, SheetSize, SheetType, SideBarContainer, SideBarContainerType,
        TOAST_MAX_MS, TOAST_MIN_MS, TabContent, Tabs, show_toast,
    };
    pub use arkui_widgets::{
        AlignRulesExt, Axis, Badge, BadgePosition, BadgeStyle, Blank, Button, ButtonType,
        CheckBoxShape, Checkbox, CheckboxGroup, CheckboxGroupResult, Column, ControlState,
        CustomColors, CustomTheme, Divider, Flex, GridCol, GridRow, ItemState, LoadingProgress,
        MarkStyle, Progress, ProgressStyle, ProgressType, Radio, RadioIndicatorType, RadioStyle,
        Rating, RelativeContainer, Row, Scroll, ScrollDirection, SelectStatus, Slider,
        SliderChangeMode, Span, Stack, StateStyles, StateStylesAttribute, Stepper, StepperItem,
        Text, ThemeColorMode, ThemeColors, ThemeControl, Toggle, ToggleType, Token, WithTheme,
        theme,
    };
    pub use arkui_widgets::{
        AlphabetIndexer, GridDirection, GridLayoutOptions, IndexerAlign, ListItemAlign, ListLanes,
        NestedScrollMode, NestedScrollOptions, Refresh, RefreshStatus, SwipeActionItem,
        SwipeActionOptions, SwipeActionState, SwipeEdgeEffect,
    };
    pub use arkui_widgets::{
        BarState, EdgeEffect, FlowItem, Grid, GridItem, List, ListDivider, ListItem, ListItemGroup,
        ScrollEdge, ScrollState, ScrollableCommonMethod, Scroller, StickyStyle, Swiper,
        SwiperController, WaterFlow,
    };
    pub use arkui_widgets::{
        BottomTabBarStyle, IndicatorStyle, LabelStyle, SelectedMode, SubTabBarStyle,
        TabBarIconStyle, TabBarOptions, TabLayoutMode, TabsController,
    };
    pub use arkui_widgets::{
        CalendarPicker, DatePicker, DatePickerDialog, PickerAttribute, PickerDate, PickerDivider,
        PickerTextStyle, PickerTime, TextCascadePickerRangeContent, TextPicker, TextPickerDialog,
        TextPickerRange, TimePicker, TimePickerDialog,
    };
    pub use arkui_widgets::{
        Canvas, CanvasGradient, CanvasRenderingContext2D, Circle, DataPanel, DataPanelType,
        Ellipse, Gauge, Line, Path2D, Polygon, Polyline, QRCode, Shape,
    };
    pub use arkui_widgets::{
        Hyperlink, InputType, Marquee, MarqueeOptions, MarqueeUpdateStrategy, Search, Select,
        SelectOption, TextArea, TextClock, TextClockController, TextClockOptions, TextInput,
        TextShadows, TextTimer, TextTimerController, TextTimerOptions,
    };
    pub use arkui_widgets::{
        PageTransition, RouteType, Router, RouterError, RouterMode, RouterOptions, SlideEffect,
        router,
    };
}

/// Used by code `ui!` and `#[component]` generate. Not a stable API.
#[doc(hidden)]
pub mod __private {
    pub use arkui_core::macro_support::{
        ComponentV2Hooks, DefaultValue, NoRequiredParams, NotSetByParent, ReadHandle, ReadPlain,
        Reusable, append, argument, attr, attr_named, branch, check_required,
        children_without_slot, computed_in, consume_or, consumer_or, create, for_each,
        instance_attrs, lazy_for_each, local_storage_link, local_storage_prop, require_passed,
        restorable_state, storage_link, storage_prop, watch_field, with_reuse_id,
    };
    pub use arkui_core::{Element, NodeId, Widget};
}
