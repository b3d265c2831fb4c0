use arkui::prelude::*;

#[component]
struct Tuple(i32);

fn main() {}
