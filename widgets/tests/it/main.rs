//! Every integration test of this crate in one binary (linking one test binary per
//! file cost CI minutes); each file stays where it was and is a module here.
#![expect(
    clippy::duplicate_mod,
    reason = "each file keeps the helper modules it declared as its own binary"
)]

#[path = "../alphabet_indexer.rs"]
mod alphabet_indexer;
#[path = "../badge.rs"]
mod badge;
#[path = "../basic_shapes.rs"]
mod basic_shapes;
#[path = "../button_states.rs"]
mod button_states;
#[path = "../canvas.rs"]
mod canvas;
#[path = "../checkbox.rs"]
mod checkbox;
#[path = "../containers.rs"]
mod containers;
#[path = "../decoration.rs"]
mod decoration;
#[path = "../dialogs.rs"]
mod dialogs;
#[path = "../drawing_components.rs"]
mod drawing_components;
#[path = "../drawing_goldens.rs"]
mod drawing_goldens;
#[path = "../grid.rs"]
mod grid;
#[path = "../image.rs"]
mod image;
#[path = "../image_animator.rs"]
mod image_animator;
#[path = "../image_frames.rs"]
mod image_frames;
#[path = "../image_span.rs"]
mod image_span;
#[path = "../list.rs"]
mod list;
#[path = "../navigation.rs"]
mod navigation;
#[path = "../pickers.rs"]
mod pickers;
#[path = "../progress.rs"]
mod progress;
#[path = "../radio.rs"]
mod radio;
#[path = "../rating.rs"]
mod rating;
#[path = "../refresh.rs"]
mod refresh;
#[path = "../retained_paint.rs"]
mod retained_paint;
#[path = "../router.rs"]
mod router;
#[path = "../scroll.rs"]
mod scroll;
#[path = "../scroll_blits.rs"]
mod scroll_blits;
#[path = "../scroll_events.rs"]
mod scroll_events;
#[path = "../select.rs"]
mod select;
#[path = "../shapes.rs"]
mod shapes;
#[path = "../sheet.rs"]
mod sheet;
#[path = "../slider.rs"]
mod slider;
#[path = "../small_controls.rs"]
mod small_controls;
#[path = "../span.rs"]
mod span;
#[path = "../swiper.rs"]
mod swiper;
#[path = "../symbol_glyph.rs"]
mod symbol_glyph;
#[path = "../tabs.rs"]
mod tabs;
#[path = "../text_family.rs"]
mod text_family;
#[path = "../text_input.rs"]
mod text_input;
#[path = "../text_paragraph.rs"]
mod text_paragraph;
#[path = "../theme.rs"]
mod theme;
#[path = "../toggle.rs"]
mod toggle;
#[path = "../virtualisation.rs"]
mod virtualisation;
