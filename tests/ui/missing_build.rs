use arkui::prelude::*;

#[component]
struct NoBuild {
    #[state(0)]
    count: i32,
}

fn main() {}
