//! Encoding a recorded [`Frame`]: coverage pages first (clip masks and path coverage, in
//! level order), then the colour passes into the target and the layers.

use super::frame::{Draw, Frame, PassTarget, TexRef};
use super::pipelines::{LAYER_FORMAT, UNIFORM_STRIDE};
use super::resources::Resources;
use crate::{Color, IRect};

/// Record `frame`'s passes into `encoder`, drawing the main target into `view`.
#[expect(
    clippy::too_many_arguments,
    reason = "the frame, its bindings and its target"
)]
pub(crate) fn encode_frame(
    device: &wgpu::Device,
    res: &mut Resources,
    frame: &Frame,
    encoder: &mut wgpu::CommandEncoder,
    view: &wgpu::TextureView,
    format: wgpu::TextureFormat,
    size: (u32, u32),
    clear: Option<Color>,
) {
    // Pipelines are created per target format on first use; cloning one is an Arc bump.
    encode_pages(res, frame, encoder);
    use crate::CompositeMode;
    let modes = [
        CompositeMode::SourceOver,
        CompositeMode::DestinationOut,
        CompositeMode::Copy,
        CompositeMode::SourceIn,
    ];
    let color = modes.map(|m| res.pipelines.color(device, format, m).clone());
    let layer_pipeline = modes.map(|m| res.pipelines.color(device, LAYER_FORMAT, m).clone());
    for pass in &frame.passes {
        let (target, pipelines, target_size) = match pass.target {
            PassTarget::Main => (view, &color, size),
            PassTarget::Layer(slot) => match res.layers.get(slot as usize) {
                Some(l) => (&l.view, &layer_pipeline, size),
                None => continue,
            },
        };
        let load = if pass.clear {
            let c = clear.unwrap_or(Color::TRANSPARENT).premultiplied();
            let f = |v: u8| f64::from(v) / 255.0;
            wgpu::LoadOp::Clear(wgpu::Color {
                r: f(c.r),
                g: f(c.g),
                b: f(c.b),
                a: f(c.a),
            })
        } else {
            wgpu::LoadOp::Load
        };
        let load = if matches!(pass.target, PassTarget::Layer(_)) && pass.clear {
            wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT)
        } else {
            load
        };
        let mut rp = encoder.begin_render_pass(&wgpu::RenderPassDescriptor {
            label: Some("arkui colour"),
            color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                view: target,
                depth_slice: None,
                resolve_target: None,
                ops: wgpu::Operations {
                    load,
                    store: wgpu::StoreOp::Store,
                },
            })],
            depth_stencil_attachment: None,
            timestamp_writes: None,
            occlusion_query_set: None,
            multiview_mask: None,
        });
        if pass.draws.is_empty() {
            continue;
        }
        let mut current = CompositeMode::SourceOver;
        rp.set_pipeline(&pipelines[0]);
        rp.set_bind_group(0, &res.globals_group, &[0]);
        if let Some(b) = &res.instances {
            rp.set_vertex_buffer(0, b.slice(..));
        }
        for d in &pass.draws {
            if d.blend != current {
                current = d.blend;
                let i = modes.iter().position(|m| *m == current).unwrap_or(0);
                rp.set_pipeline(&pipelines[i]);
            }
            draw(&mut rp, res, d, target_size);
        }
    }
}

/// Clip masks and path coverage, page by page in level order.
fn encode_pages(res: &Resources, frame: &Frame, encoder: &mut wgpu::CommandEncoder) {
    let mut order: Vec<usize> = (0..frame.pages.len()).collect();
    order.sort_by_key(|&i| frame.pages[i].level);
    let side = frame.page_side;
    for i in order {
        let (Some(page), Some(tex)) = (frame.pages.get(i), res.pages.get(i)) else {
            continue;
        };
        let mut rp = encoder.begin_render_pass(&wgpu::RenderPassDescriptor {
            label: Some("arkui coverage"),
            color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                view: &tex.view,
                depth_slice: None,
                resolve_target: None,
                ops: wgpu::Operations {
                    load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                    store: wgpu::StoreOp::Store,
                },
            })],
            depth_stencil_attachment: None,
            timestamp_writes: None,
            occlusion_query_set: None,
            multiview_mask: None,
        });
        rp.set_bind_group(0, &res.globals_group, &[UNIFORM_STRIDE as u32]);
        rp.set_bind_group(1, &res.dummy.bind_group, &[]);
        rp.set_bind_group(2, &res.dummy.bind_group, &[]);
        if !page.draws.is_empty() {
            rp.set_pipeline(&res.pipelines.coverage);
            if let Some(b) = &res.instances {
                rp.set_vertex_buffer(0, b.slice(..));
            }
            for d in &page.draws {
                draw(&mut rp, res, d, (side, side));
            }
        }
        if !page.paths.is_empty()
            && let Some(b) = &res.path_vertices
        {
            rp.set_pipeline(&res.pipelines.path);
            rp.set_vertex_buffer(0, b.slice(..));
            for (range, scissor) in &page.paths {
                if let Some((x, y, w, h)) = scissor_rect(*scissor, (side, side)) {
                    rp.set_scissor_rect(x, y, w, h);
                    rp.draw(range.clone(), 0..1);
                }
            }
        }
    }
}

fn draw(rp: &mut wgpu::RenderPass<'_>, res: &Resources, d: &Draw, size: (u32, u32)) {
    let Some((x, y, w, h)) = scissor_rect(d.scissor, size) else {
        return;
    };
    rp.set_scissor_rect(x, y, w, h);
    let tex = match d.tex {
        None => &res.dummy,
        Some(TexRef::AlphaGlyphs(p)) => match res.atlas.alpha.get(p as usize) {
            Some((t, _)) => t,
            None => return,
        },
        Some(TexRef::ColorGlyphs(p)) => match res.atlas.color.get(p as usize) {
            Some((t, _)) => t,
            None => return,
        },
        Some(TexRef::Image(key)) => match res.images.map.get(&key) {
            Some(t) => &t.texture,
            None => return,
        },
        Some(TexRef::Layer(slot)) => match res.layers.get(slot as usize) {
            Some(t) => t,
            None => return,
        },
        Some(TexRef::Coverage(p)) => match res.pages.get(p as usize) {
            Some(t) => t,
            None => return,
        },
    };
    let mask = d
        .mask
        .and_then(|p| res.pages.get(p as usize))
        .unwrap_or(&res.dummy);
    rp.set_bind_group(1, &tex.bind_group, &[]);
    rp.set_bind_group(2, &mask.bind_group, &[]);
    rp.draw(0..6, d.range.clone());
}

/// The scissor rectangle of `r` inside a `size` target, or `None` when nothing is left.
fn scissor_rect(r: IRect, size: (u32, u32)) -> Option<(u32, u32, u32, u32)> {
    let r = r.intersect(&IRect::from_size(size.0, size.1));
    if r.is_empty() {
        return None;
    }
    Some((r.x0 as u32, r.y0 as u32, r.width(), r.height()))
}
