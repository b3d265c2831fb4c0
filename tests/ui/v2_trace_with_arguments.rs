use arkui::prelude::*;

#[derive(ObservedV2, Clone)]
struct Book {
    #[trace(deep)]
    title: String,
}

fn main() {}
