use arkui::prelude::*;

#[extend(Text)]
fn big(b: Button) -> Button {
    b.font_size(30.fp())
}

fn main() {}
