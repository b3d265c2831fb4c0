use arkui::prelude::*;

#[component_v2]
struct Cart {
    #[local]
    price: i32,
}

#[component_v2]
impl Cart {
    #[monitor("price")]
    #[computed]
    fn total(&self) -> i32 {
        self.price.get()
    }

    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.price.get())) }
    }
}

fn main() {}
