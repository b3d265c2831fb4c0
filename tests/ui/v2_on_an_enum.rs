use arkui::prelude::*;

#[component_v2]
enum Mode {
    Light,
    Dark,
}

fn main() {}
