//! Every integration test of this crate in one binary (linking one test binary per
//! file cost CI minutes); each file stays where it was and is a module here.

#[path = "../animation.rs"]
mod animation;
#[path = "../component_v2.rs"]
mod component_v2;
#[path = "../components.rs"]
mod components;
#[path = "../focus.rs"]
mod focus;
#[path = "../gestures.rs"]
mod gestures;
#[path = "../hit_testing.rs"]
mod hit_testing;
#[path = "../observed.rs"]
mod observed;
#[path = "../restore.rs"]
mod restore;
#[path = "../reuse.rs"]
mod reuse;
#[path = "../storage_fallbacks.rs"]
mod storage_fallbacks;
#[path = "../ui_control.rs"]
mod ui_control;
