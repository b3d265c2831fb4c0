//! The gallery shell: a menu of every page, and the open page with a way back. Works with
//! touch, mouse and keyboard, and with a TV remote alone (arrows, OK, Back). The "Device"
//! button opens the device bar: switch the device profile live, and the renderer.

use arkui::macro_support::branch;
use arkui::prelude::*;
use arkui::{Key, NodeId};

/// The gallery: menu, then the chosen page.
#[component]
pub struct GalleryShell {
    /// 0 is the menu; page `i` is `i + 1`.
    #[state(0)]
    open: usize,
    /// The device bar is shown.
    #[state(false)]
    devices: bool,
}

fn menu_button(index: usize, title: &'static str, open: State<usize>) -> impl View {
    ui! {
        Button(title)
            .id(format!("menu-{index}"))
            .width(pct(100.0))
            .default_focus(index == 0)
            .on_click(move |_| open.set(index + 1))
    }
}

impl GalleryShell {
    fn build(&self) -> impl View {
        let open = self.open;
        let root = ui! {
            Column(space = 8.vp()) {
                // Wrapping: on a watch the Device button goes under the title.
                Flex(space = 8.vp()) {
                    if self.open.get() > 0 {
                        Button("Back").id("back").on_click(move |_| open.set(0))
                    }
                    Text(match self.open.get() {
                        0 => "arkui-rs gallery".to_string(),
                        i => super::all().get(i - 1).map_or(String::new(), |p| p.title.to_string()),
                    })
                    .font_size(20.fp())
                    .font_weight(FontWeight::Bold)
                    .id("shell-title")
                    Button("Device")
                        .id("devices")
                        .height(28.vp())
                        .font_size(12.fp())
                        .on_click(move |_| self.devices.update(|d| *d = !*d))
                }
                .wrap(FlexWrap::Wrap)
                .align_items(ItemAlign::Center)
                .width(pct(100.0))
                .padding(8.vp())
                if self.devices.get() {
                    super::DeviceBar()
                }
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .align_items(HorizontalAlign::Start)
            .on_key_event(move |e| {
                // Back on a remote (or Escape) leaves the page.
                if e.pressed && e.key == Key::Back && open.get_untracked() > 0 {
                    open.set(0);
                    return true;
                }
                false
            })
        };
        let body: NodeId = root.node();
        branch(
            body,
            move || open.get(),
            move |which, container| match which {
                0 => {
                    let list = Column::new()
                        .space(8.vp())
                        .width(pct(100.0))
                        .padding(8.vp());
                    for (i, page) in super::all().into_iter().enumerate() {
                        list.child(menu_button(i, page.title, open));
                    }
                    container.append(list.node());
                }
                i => {
                    if let Some(page) = super::all().get(i - 1) {
                        container.append((page.view)());
                    }
                }
            },
        );
        root
    }
}
