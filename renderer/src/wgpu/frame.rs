//! [`Frame`]: a display list turned into GPU work — instances, path triangles, gradient
//! stops, coverage pages (clip masks and path coverage, drawn first) and colour passes.

use std::ops::Range;

use super::instance::{Instance, PathVertex};
use super::shelf::Shelves;
use crate::{IRect, ImageKey};

/// The texture a draw reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TexRef {
    AlphaGlyphs(u32),
    ColorGlyphs(u32),
    Image(ImageKey),
    Layer(u32),
    Coverage(u32),
}

/// A run of instances drawn with one set of bindings.
#[derive(Clone, Debug)]
pub(crate) struct Draw {
    pub(crate) range: Range<u32>,
    pub(crate) tex: Option<TexRef>,
    /// Coverage page holding the clip mask the instances read.
    pub(crate) mask: Option<u32>,
    /// In the render target's pixels.
    pub(crate) scissor: IRect,
    /// How the instances blend with the target (a composite layer's mode; source-over for
    /// everything else).
    pub(crate) blend: crate::CompositeMode,
}

/// Where a colour pass draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PassTarget {
    Main,
    Layer(u32),
}

/// A colour render pass.
#[derive(Debug)]
pub(crate) struct Pass {
    pub(crate) target: PassTarget,
    pub(crate) clear: bool,
    pub(crate) draws: Vec<Draw>,
}

/// A coverage page: clip masks (instances) and path coverage (triangles), packed as
/// rectangles. Masks nested in other masks read their parent's page, so pages have levels
/// and are drawn in level order.
#[derive(Debug)]
pub(crate) struct CoveragePage {
    pub(crate) level: u32,
    pub(crate) shelves: Shelves,
    pub(crate) draws: Vec<Draw>,
    pub(crate) paths: Vec<(Range<u32>, IRect)>,
}

/// One frame's GPU work.
#[derive(Debug, Default)]
pub(crate) struct Frame {
    pub(crate) instances: Vec<Instance>,
    pub(crate) path_vertices: Vec<PathVertex>,
    pub(crate) stops: Vec<[f32; 4]>,
    pub(crate) pages: Vec<CoveragePage>,
    pub(crate) passes: Vec<Pass>,
    /// Most layers open at once.
    pub(crate) layer_slots: u32,
    /// Side of every coverage page.
    pub(crate) page_side: u32,
    /// Tessellations kept from frame to frame (not cleared by [`Frame::reset`]).
    pub(crate) tess: super::tess_cache::TessCache,
}

impl Frame {
    pub(crate) fn reset(&mut self, page_side: u32, clear: bool) {
        self.tess.next_frame();
        self.instances.clear();
        self.path_vertices.clear();
        self.stops.clear();
        self.pages.clear();
        self.passes.clear();
        self.passes.push(Pass {
            target: PassTarget::Main,
            clear,
            draws: Vec::new(),
        });
        self.layer_slots = 0;
        self.page_side = page_side;
    }

    /// A `w` x `h` area in a coverage page of `level`: page index and top-left.
    pub(crate) fn alloc_coverage(&mut self, level: u32, w: u32, h: u32) -> Option<(u32, u32, u32)> {
        for (i, page) in self.pages.iter_mut().enumerate() {
            if page.level == level
                && let Some((x, y)) = page.shelves.alloc(w, h)
            {
                return Some((i as u32, x, y));
            }
        }
        let mut shelves = Shelves::new(self.page_side, self.page_side);
        let (x, y) = shelves.alloc(w, h)?;
        self.pages.push(CoveragePage {
            level,
            shelves,
            draws: Vec::new(),
            paths: Vec::new(),
        });
        Some((self.pages.len() as u32 - 1, x, y))
    }

    /// Append `inst` to `draws`, extending the last draw when its bindings allow.
    pub(crate) fn push_instance(
        instances: &mut Vec<Instance>,
        draws: &mut Vec<Draw>,
        inst: Instance,
        tex: Option<TexRef>,
        mask: Option<u32>,
        scissor: IRect,
    ) {
        Frame::push_blended(
            instances,
            draws,
            inst,
            (tex, mask),
            scissor,
            crate::CompositeMode::SourceOver,
        );
    }

    /// [`Frame::push_instance`] with a blend mode.
    pub(crate) fn push_blended(
        instances: &mut Vec<Instance>,
        draws: &mut Vec<Draw>,
        inst: Instance,
        (tex, mask): (Option<TexRef>, Option<u32>),
        scissor: IRect,
        blend: crate::CompositeMode,
    ) {
        let index = instances.len() as u32;
        instances.push(inst);
        if let Some(last) = draws.last_mut() {
            let tex_ok = tex.is_none() || last.tex.is_none() || last.tex == tex;
            let mask_ok = mask.is_none() || last.mask.is_none() || last.mask == mask;
            if last.range.end == index
                && tex_ok
                && mask_ok
                && last.scissor == scissor
                && last.blend == blend
            {
                last.range.end += 1;
                last.tex = last.tex.or(tex);
                last.mask = last.mask.or(mask);
                return;
            }
        }
        draws.push(Draw {
            range: index..index + 1,
            tex,
            mask,
            scissor,
            blend,
        });
    }
}
