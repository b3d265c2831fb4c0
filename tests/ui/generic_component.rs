use arkui::prelude::*;

#[component]
struct Generic<T> {
    #[state]
    value: T,
}

fn main() {}
