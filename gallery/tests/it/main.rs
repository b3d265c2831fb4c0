//! Every integration test of this crate in one binary (linking one test binary per
//! file cost CI minutes); each file stays where it was and is a module here.

#[path = "../a11y.rs"]
mod a11y;
#[path = "../adaptive.rs"]
mod adaptive;
#[path = "../basic.rs"]
mod basic;
#[path = "../counter.rs"]
mod counter;
#[path = "../device_bar.rs"]
mod device_bar;
#[path = "../examples.rs"]
mod examples;
#[path = "../flows.rs"]
mod flows;
#[path = "../pages.rs"]
mod pages;
#[path = "../router_page.rs"]
mod router_page;
#[path = "../shell.rs"]
mod shell;
#[path = "../tv_navigation.rs"]
mod tv_navigation;
