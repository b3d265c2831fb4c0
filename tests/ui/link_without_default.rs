use arkui::prelude::*;

/// No `Default`: an unbound link has no value to fall back on.
#[derive(Clone, PartialEq)]
struct Session {
    user: String,
}

#[component]
struct Child {
    #[link]
    session: Session,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text(self.session.get().user) }
    }
}

fn main() {}
