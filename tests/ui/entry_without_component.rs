use arkui::prelude::*;

#[entry]
struct Index {
    count: i32,
}

fn main() {}
