use arkui::prelude::*;

#[component_v2]
struct Cart {
    #[local]
    price: i32,
}

#[component_v2]
impl Cart {
    #[computed]
    fn total(&self, quantity: i32) -> i32 {
        self.price.get() * quantity
    }

    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.price.get())) }
    }
}

fn main() {}
