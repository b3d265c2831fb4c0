//! The `list` scene of the side-by-side comparisons (the same scene was built with Slint's
//! software renderer, see DESIGN.md): `rows` rows of 48 px in a vertically scrolling `List`,
//! each a rounded rect background (radius 8, 1 px border), a 32x32 rounded square icon in a
//! per-row colour, the label `Item {i}` at 16 px, a secondary label `Subtitle {i}` at 12 px
//! and a toggle on the right (a 40x20 pill with a knob) whose state comes from the model.
//!
//! The viewport is `size` physical pixels at density 1, drawn by the software renderer into
//! a framebuffer of the chosen format (only the frame's damage is painted, scrolls move the
//! pixels already drawn), or strip by strip into a line buffer with no framebuffer at all.

use std::rc::Rc;

use arkui::prelude::*;
use arkui::renderer::damage::FrameDamage;
use arkui::renderer::software::{LineTarget, RenderTarget, SoftwareRenderer};
use arkui::renderer::{IRect, PixelFormat};
use arkui::widgets::{List, ListItem, Scroller};
use arkui::{DataSource, State, VecDataSource, macro_support};

use crate::rng::Rng;

/// Row height in px (density 1).
pub const ROW_HEIGHT: f32 = 48.0;

/// The model of one row: handles, so the row's bindings follow them.
#[derive(Clone, Copy, Debug)]
pub struct RowModel {
    /// The row's label, `Item {i}` at first.
    pub label: State<String>,
    /// The toggle's state.
    pub on: State<bool>,
}

/// Where frames go.
enum Output {
    /// A whole frame in memory, holding the previous frame between renders.
    Frame(Vec<u8>),
    /// A buffer of a few lines; no frame is kept.
    Lines(Vec<u8>),
    /// Another renderer (the GPU) draws each frame; it returns the pixels it painted.
    Custom(Box<Presenter>),
}

/// Draws a whole frame with another renderer: the display list, the app's images and the
/// viewport size; returns the pixels painted.
pub type Presenter = dyn FnMut(
    &arkui::renderer::DisplayList,
    &arkui::renderer::images::ImageCache,
    (u32, u32),
) -> u64;

/// What one rendered frame cost in pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FrameStats {
    /// Whether the app produced a frame at all.
    pub drew: bool,
    /// Pixels the rasterizer painted.
    pub pixels_repainted: u64,
    /// Pixels moved by a scroll blit instead of painted.
    pub pixels_blitted: u64,
}

/// The mounted scene with its renderer and output.
pub struct ListScene {
    /// The app showing the list.
    pub app: App,
    /// The model, one entry per row.
    pub rows: Rc<Vec<RowModel>>,
    /// Scrolls the list.
    pub scroller: Scroller,
    renderer: SoftwareRenderer,
    format: PixelFormat,
    output: Output,
    /// Updates so far, so each `update_every_10th` writes new labels.
    round: usize,
}

impl std::fmt::Debug for ListScene {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListScene")
            .field("rows", &self.rows.len())
            .field("size", &self.app.size())
            .field("format", &self.format)
            .finish_non_exhaustive()
    }
}

/// The icon colour of row `i`: seeded, so every run draws the same picture.
fn icon_color(i: usize) -> Color {
    let mut rng = Rng::new(crate::SEED ^ (i as u64).wrapping_mul(0x9E37_79B9));
    Color::rgb(
        40 + rng.below(180) as u8,
        40 + rng.below(180) as u8,
        40 + rng.below(180) as u8,
    )
}

fn row_view(i: usize, model: RowModel) -> ListItem {
    let label = Text::new("")
        .font_size(16.0)
        .font_color(Color::rgb(24, 24, 24));
    macro_support::attr(
        move || model.label.get(),
        move |s: String| {
            label.content(s);
        },
    );
    let texts = Column::new()
        .align_items(HorizontalAlign::Start)
        .layout_weight(1.0)
        .child(label)
        .child(
            Text::new(format!("Subtitle {i}"))
                .font_size(12.0)
                .font_color(Color::rgb(110, 114, 120)),
        );
    let toggle = Toggle::new(ToggleType::Switch)
        .width(40.0)
        .height(20.0)
        .bind_is_on(model.on)
        .id(format!("toggle-{i}"));
    let row = Row::new()
        .width(pct(100.0))
        .height(ROW_HEIGHT)
        .padding(Edges::symmetric(8.0.into(), 0.0.into()))
        .background_color(Color::WHITE)
        .border_radius(8.0)
        .border_width(1.0)
        .border_color(Color::rgb(220, 223, 228))
        .child(
            Blank::new()
                .width(32.0)
                .height(32.0)
                .border_radius(6.0)
                .background_color(icon_color(i))
                .margin(Edges {
                    right: 8.0.into(),
                    ..Edges::ZERO
                }),
        )
        .child(texts)
        .child(toggle);
    ListItem::new().height(ROW_HEIGHT).child(row)
}

impl ListScene {
    /// Mount `rows` rows at `size` px and render the first full frame. `line_buffer`
    /// renders strip by strip into that many lines instead of a framebuffer.
    pub fn new(
        rows: usize,
        size: (u32, u32),
        format: PixelFormat,
        line_buffer: Option<u32>,
    ) -> ListScene {
        let mut scene = ListScene::mount(rows, size, format, line_buffer);
        scene.render();
        scene
    }

    /// Mount `rows` rows at `size` px with `present` drawing every frame (a GPU renderer),
    /// and render the first frame.
    pub fn with_presenter(rows: usize, size: (u32, u32), present: Box<Presenter>) -> ListScene {
        let mut scene = ListScene::mount(rows, size, PixelFormat::Rgba8888, None);
        scene.output = Output::Custom(present);
        scene.render();
        scene
    }

    /// Mount without rendering.
    pub fn mount(
        rows: usize,
        size: (u32, u32),
        format: PixelFormat,
        line_buffer: Option<u32>,
    ) -> ListScene {
        let mut profile = DeviceProfile::desktop(size.0, size.1);
        profile.pixel_format = format;
        let scroller = Scroller::new();
        let models: Rc<Vec<RowModel>> = Rc::new(Vec::new());
        let cell = Rc::new(std::cell::RefCell::new(None::<Rc<Vec<RowModel>>>));
        let keep = cell.clone();
        let app = App::with_view(profile, move || {
            // The model lives in the app's scope: its signals go when the app does.
            let models: Rc<Vec<RowModel>> = Rc::new(
                (0..rows)
                    .map(|i| RowModel {
                        label: State::new(format!("Item {i}")),
                        on: State::new(i % 3 == 0),
                    })
                    .collect(),
            );
            *keep.borrow_mut() = Some(models.clone());
            let list = List::new()
                .width(pct(100.0))
                .height(pct(100.0))
                .cached_count(1)
                .scroller(scroller)
                .background_color(Color::rgb(241, 243, 245))
                .id("list");
            let source: Rc<dyn DataSource<usize>> = VecDataSource::new((0..rows).collect());
            macro_support::lazy_for_each(
                list,
                source,
                |i, _| *i,
                move |i, row| row.append(row_view(i, models[i]).into_node()),
            );
            list
        });
        let rows_model = cell.borrow_mut().take().unwrap_or(models);
        let output = match line_buffer {
            Some(lines) => {
                let lines = lines.clamp(1, size.1.max(1));
                let bytes = size.0 as usize * format.bytes_per_pixel() * lines as usize;
                Output::Lines(vec![0; bytes])
            }
            None => Output::Frame(vec![
                0;
                size.0 as usize
                    * size.1 as usize
                    * format.bytes_per_pixel()
            ]),
        };
        ListScene {
            app,
            rows: rows_model,
            scroller,
            renderer: SoftwareRenderer::new(),
            format,
            output,
            round: 0,
        }
    }

    /// Render the app's next frame, if it has one: only its damage is painted.
    pub fn render(&mut self) -> FrameStats {
        if self.app.frame().is_none() {
            return FrameStats::default();
        }
        let (w, h) = self.app.size();
        let frame = self.app.frame_damage();
        let (list, images) = (self.app.display_list(), self.app.image_cache());
        let renderer = &mut self.renderer;
        let format = self.format;
        match &mut self.output {
            Output::Frame(pixels) => {
                let stride = w as usize * format.bytes_per_pixel();
                let Ok(mut target) = RenderTarget::new(pixels, w, h, stride, format) else {
                    return FrameStats::default();
                };
                arkui::with_fonts(|fonts| {
                    renderer.render_frame(list, &mut target, fonts, images, &frame)
                });
                FrameStats {
                    drew: true,
                    pixels_repainted: renderer.last_region_area(),
                    pixels_blitted: renderer.last_blit_area(),
                }
            }
            Output::Custom(present) => FrameStats {
                drew: true,
                pixels_repainted: present(list, images, (w, h)),
                pixels_blitted: 0,
            },
            Output::Lines(buffer) => {
                // No frame in memory: nothing to move, a scroll repaints its area.
                let damage = frame.without_blit();
                let target = LineTarget {
                    width: w,
                    height: h,
                    format,
                    dither: false,
                };
                let mut sink = 0u64;
                let result = arkui::with_fonts(|fonts| {
                    renderer.render_by_lines(
                        list,
                        fonts,
                        images,
                        target,
                        &damage,
                        buffer,
                        |area, px| {
                            // Stand-in for the panel write: touch the bytes so none is skipped.
                            sink = sink.wrapping_add(
                                area.area() + px.first().copied().unwrap_or(0) as u64,
                            );
                        },
                    )
                });
                std::hint::black_box(sink);
                FrameStats {
                    drew: result.is_ok(),
                    pixels_repainted: renderer.last_region_area(),
                    pixels_blitted: 0,
                }
            }
        }
    }

    /// The pixels of the frame (empty in line-buffer mode).
    pub fn frame_bytes(&self) -> &[u8] {
        match &self.output {
            Output::Frame(p) => p,
            Output::Lines(_) | Output::Custom(_) => &[],
        }
    }

    /// The frame's damage as the app reports it (for tests).
    pub fn frame_damage(&mut self) -> FrameDamage {
        self.app.frame_damage()
    }

    /// Repaint everything, as a window that lost its pixels would.
    pub fn full_frame(&mut self) -> FrameStats {
        self.app.request_full_frame();
        self.render()
    }

    /// Change the label of every 10th row, then render.
    pub fn update_every_10th(&mut self) -> FrameStats {
        self.round += 1;
        let round = self.round;
        arkui::batch(|| {
            for (i, row) in self.rows.iter().enumerate().step_by(10) {
                row.label.set(format!("Item {i} ({round})"));
            }
        });
        self.render()
    }

    /// The first row fully on screen.
    pub fn first_visible_row(&self) -> usize {
        let (_, y) = self.scroller.current_offset();
        (y / ROW_HEIGHT).ceil().max(0.0) as usize
    }

    /// Flip the toggle of one visible row, then render.
    pub fn toggle_one(&mut self) -> FrameStats {
        let i = (self.first_visible_row() + 1).min(self.rows.len().saturating_sub(1));
        if let Some(row) = self.rows.get(i) {
            row.on.update(|on| *on = !*on);
        }
        self.render()
    }

    /// Scroll by one row (back to the top when the end is near), then render.
    pub fn scroll_one_row(&mut self) -> FrameStats {
        let (_, y) = self.scroller.current_offset();
        let (_, h) = self.app.size();
        let end = self.rows.len() as f32 * ROW_HEIGHT - h as f32;
        let next = if y + ROW_HEIGHT > end {
            0.0
        } else {
            y + ROW_HEIGHT
        };
        self.scroller.scroll_to(0.0, next);
        self.render()
    }

    /// The viewport, in pixels.
    pub fn viewport(&self) -> IRect {
        let (w, h) = self.app.size();
        IRect::from_size(w, h)
    }
}
