//! # Nested objects: `@Observed`, `@ObjectLink`
//!
//! ## Nested objects — `@Observed` / `@ObjectLink`
//!
//! ```ts
//! @Observed class Todo { title: string; done: boolean }
//! @ObjectLink todo: Todo
//! ```
//! ```
//! use std::{cell::Cell, rc::Rc};
//! use arkui::prelude::*;
//! use arkui::{Effect, ObservedVec};
//! #[derive(Observed, Clone)]
//! struct Todo { title: String, done: bool }
//! let todos = ObservedVec::new(vec![
//!     Todo { title: "write".into(), done: false },
//!     Todo { title: "test".into(), done: false },
//! ]);
//! let (first, second): (TodoObserved, TodoObserved) = (todos.get(0).unwrap(), todos.get(1).unwrap());
//! // Count how often something that reads `read` runs (a `ui!` binding works the same way).
//! let runs = |read: Box<dyn Fn()>| {
//!     let n = Rc::new(Cell::new(0));
//!     let m = n.clone();
//!     Effect::new(move || { read(); m.set(m.get() + 1) });
//!     n
//! };
//! let first_done = runs(Box::new(move || { first.done.get(); }));
//! let first_title = runs(Box::new(move || { first.title.get(); }));
//! let second_done = runs(Box::new(move || { second.done.get(); }));
//! first.done.set(true); // re-runs only what read `done` of this element
//! assert_eq!((first_done.get(), first_title.get(), second_done.get()), (2, 1, 1));
//! assert!(todos.snapshot()[0].done);
//! ```
//! No `@ObjectLink` is needed: every field of every element is its own signal, nested
//! `#[derive(Observed)]` structs too, and an `ObservedVec` or `ObservedMap` field is
//! observed per element.
