use arkui::prelude::*;

#[derive(Clone, PartialEq, Default)]
struct Book {
    title: String,
}

#[component_v2]
struct Shelf {
    #[local]
    book: Book,
}

#[component_v2]
impl Shelf {
    #[monitor("book.titel")]
    fn changed(&self, _m: &Monitor) {}

    fn build(&self) -> impl View {
        ui! { Text(self.book.get().title) }
    }
}

fn main() {}
