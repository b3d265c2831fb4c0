//! A todo list: add, toggle, delete, filter; the list is kept in AppStorage under
//! `todo.items`, which `PersistentStorage` can keep on disk (see `examples/todo.rs`).

use arkui::prelude::*;
use serde::{Deserialize, Serialize};

/// One task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodoItem {
    /// Unique id.
    pub id: u32,
    /// What to do.
    pub title: String,
    /// Finished.
    pub done: bool,
}

/// Which tasks are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Filter {
    /// Every task.
    #[default]
    All,
    /// Unfinished tasks.
    Active,
    /// Finished tasks.
    Done,
}

impl Filter {
    fn keeps(self, item: &TodoItem) -> bool {
        match self {
            Filter::All => true,
            Filter::Active => !item.done,
            Filter::Done => item.done,
        }
    }
}

/// The AppStorage key of the list.
pub const TODO_KEY: &str = "todo.items";

/// The todo page.
#[component]
pub struct TodoPage {
    #[storage_link("todo.items", default = Vec::<TodoItem>::new())]
    items: Vec<TodoItem>,
    #[state(Filter::All)]
    filter: Filter,
}

#[styles]
fn filter_button<W: CommonAttribute>(w: W) -> W {
    w.height(32.vp())
}

impl TodoPage {
    fn add(&self) {
        self.items.update(|items| {
            let id = items.iter().map(|t| t.id).max().unwrap_or(0) + 1;
            items.push(TodoItem {
                id,
                title: format!("Task {id}"),
                done: false,
            });
        });
    }

    fn toggle(&self, id: u32) {
        self.items.update(|items| {
            if let Some(t) = items.iter_mut().find(|t| t.id == id) {
                t.done = !t.done;
            }
        });
    }

    fn delete(&self, id: u32) {
        self.items.update(|items| items.retain(|t| t.id != id));
    }

    fn visible(&self) -> Vec<TodoItem> {
        let filter = self.filter.get();
        self.items
            .get()
            .into_iter()
            .filter(|t| filter.keeps(t))
            .collect()
    }

    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Row(space = 8.vp()) {
                    Text("Todos").font_size(20.fp()).font_weight(FontWeight::Bold)
                    Blank()
                    Text(format!("{} left", self.items.get().iter().filter(|t| !t.done).count()))
                        .id("todo-left")
                }
                .width(pct(100.0))
                Row(space = 8.vp()) {
                    Button("Add").id("todo-add").filter_button().on_click(move |_| self.add())
                    Button("All").id("filter-all").filter_button()
                        .on_click(move |_| self.filter.set(Filter::All))
                    Button("Active").id("filter-active").filter_button()
                        .on_click(move |_| self.filter.set(Filter::Active))
                    Button("Done").id("filter-done").filter_button()
                        .on_click(move |_| self.filter.set(Filter::Done))
                }
                ForEach(self.visible(), |t| t.id, |t: TodoItem| {
                    Row(space = 8.vp()) {
                        Toggle(ToggleType::Checkbox)
                            .is_on(t.done)
                            .id(format!("todo-done-{}", t.id))
                            .on_change(move |_| self.toggle(t.id))
                        Text(t.title.clone())
                            .id(format!("todo-text-{}", t.id))
                            .font_color(if t.done { Color::GRAY } else { Color::BLACK })
                            .layout_weight(1.0)
                        Button("Delete")
                            .id(format!("todo-delete-{}", t.id))
                            .background_color(Color::from_rgb(0xE84026))
                            .filter_button()
                            .on_click(move |_| self.delete(t.id))
                    }
                    .width(pct(100.0))
                })
            }
            .width(pct(100.0))
            .padding(12.vp())
        }
    }
}
