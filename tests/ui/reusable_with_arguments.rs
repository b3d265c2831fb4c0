use arkui::prelude::*;

#[reusable("rows")]
#[component]
struct Line {
    #[prop]
    n: u32,
}

impl Line {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.n.get())) }
    }
}

fn main() {}
