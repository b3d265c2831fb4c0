//! Tabs & navigation: a tab bar over three pages — a mail list that pushes messages on a
//! `Navigation` (split beside the list on wide screens), a side bar, and an about page.

use arkui::prelude::*;

/// The page.
#[component]
pub struct NavigationPage {
    #[state(0usize)]
    tab: usize,
    #[state(NavPathStack::new())]
    stack: NavPathStack,
    #[state(true)]
    side: bool,
}

impl NavigationPage {
    fn build(&self) -> impl View {
        let stack = self.stack.get();
        let inbox = Column::new()
            .space(6.vp())
            .padding(8.vp())
            .width(pct(100.0));
        for i in 1..=3 {
            inbox.child(
                Button::new(format!("Message {i}"))
                    .id(format!("message-{i}"))
                    .on_click(move |_| stack.push_path_by_name("message", Some(i.to_string()))),
            );
        }
        if super::mounted_alone() {
            // A picture of the page shows a message open (beside the list when split).
            stack.push_path_by_name("message", Some("1".into()));
        }
        let mail = Navigation::new(stack)
            .title("Inbox")
            .title_mode(NavigationTitleMode::Mini)
            .menus(vec![NavigationMenuItem::new("New", move || {
                stack.push_path_by_name("message", Some("new".into()));
            })])
            .child(inbox)
            .nav_destination(move |_, param| {
                NavDestination::new()
                    .title(format!("Message {}", param.unwrap_or("?")))
                    .menus(vec![NavigationMenuItem::new("Done", move || {
                        stack.pop();
                    })])
                    .child(Text::new("Hello from arkui-rs.").padding(12.vp()))
            })
            .id("mail-nav");
        let side = SideBarContainer::new()
            .child(
                Column::new()
                    .child(Text::new("Folders").font_weight(FontWeight::Bold))
                    .child(Text::new("Inbox"))
                    .child(Text::new("Sent"))
                    .space(8.vp())
                    .padding(arkui::Edges::symmetric(12.vp(), 56.vp())),
            )
            .child(Column::new().child(Text::new("Content")).padding(56.vp()))
            .side_bar_width(120.vp())
            .bind_show_side_bar(self.side)
            .id("side");
        ui! {
            Tabs(index = bind!(self.tab)) {
                TabContent() { mail }.tab_bar("Mail").id("tab-mail")
                TabContent() { side }.tab_bar("Folders").id("tab-folders")
                TabContent() {
                    Text("Tabs, Navigation and SideBarContainer").padding(16.vp())
                }
                .tab_bar("About")
                .id("tab-about")
            }
            .id("nav-tabs")
        }
    }
}
