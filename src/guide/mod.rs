//! # From ArkTS to arkui-rs
//!
//! Every ArkTS construct next to its Rust form. The Rust snippets are doctests: each one
//! mounts the component headless with [`crate::platform::TestApp`] and asserts what it shows.
//!
//! One page per topic:
//!
//! - [components]: `@Component`, `@State`, `@Prop`, `@Link`, `@Provide`
//! - [storage]: `AppStorage`, `LocalStorage`, `PersistentStorage`, `Environment`
//! - [reacting]: `@Watch`, `@Monitor`, `@Computed`
//! - [state_v2]: `@ComponentV2`, `@ObservedV2`, `AppStorageV2`, `PersistenceV2`
//! - [reuse]: `@Builder` (by value and by reference, `$$`), `@BuilderParam`, `@Styles`,
//!   `@Extend`
//! - [recycling]: `@Reusable`, `@ReusableV2`, `reuseId`, `Repeat` templates
//! - [rendering]: `if/else`, `ForEach`, `Repeat`, `LazyForEach`, `List`
//! - [objects]: `@Observed`, `@ObjectLink`
//! - [pages]: `@Entry`, `aboutToAppear`, `CustomDialogController`, toasts
//! - [units]: `vp`, `fp`, `px`, `lpx`, percent

pub mod components;
pub mod objects;
pub mod pages;
pub mod reacting;
pub mod recycling;
pub mod rendering;
pub mod reuse;
pub mod state_v2;
pub mod storage;
pub mod units;
