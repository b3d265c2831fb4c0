use arkui::prelude::*;

#[derive(ObservedV2, Clone)]
enum Shelf {
    Empty,
    Full,
}

fn main() {}
