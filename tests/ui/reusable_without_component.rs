use arkui::prelude::*;

#[reusable]
struct Line {
    n: u32,
}

fn main() {}
