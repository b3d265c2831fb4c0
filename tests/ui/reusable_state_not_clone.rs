use arkui::prelude::*;

/// Not `Clone`: a reused component records the parent's arguments for `about_to_reuse`.
#[derive(Default, PartialEq)]
struct Handle(u32);

#[reusable]
#[component]
struct Line {
    #[state]
    handle: Handle,
}

impl Line {
    fn build(&self) -> impl View {
        ui! { Text("row") }
    }
}

fn main() {}
