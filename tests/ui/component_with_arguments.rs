use arkui::prelude::*;

#[component(page)]
struct Index {
    #[state(0)]
    count: i32,
}

fn main() {}
