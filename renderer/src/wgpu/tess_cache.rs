//! Tessellations kept between frames: a path filled or stroked again under the same
//! transform and style reuses its triangles instead of running lyon again.

use std::hash::{Hash, Hasher};
use std::rc::Rc;

use lyon_tessellation::VertexBuffers;
use rustc_hash::{FxHashMap, FxHasher};

use crate::{PathData, Point, Transform};

/// Triangles of one tessellated path, in device space.
pub(crate) type Triangles = Rc<VertexBuffers<Point, u32>>;

/// Most tessellations kept; past it the least recently used half goes.
const MAX_ENTRIES: usize = 1024;
/// An entry unused for this many frames goes.
const MAX_AGE: u64 = 2;

#[derive(Default, Debug)]
pub(crate) struct TessCache {
    map: FxHashMap<u64, (Triangles, u64)>,
    frame: u64,
    /// Lookups served from the cache since it was made (for tests and stats).
    pub(crate) hits: u64,
}

/// A key for `path` under `t` with the style's numbers (`extra`): what the triangles depend
/// on.
pub(crate) fn key(path: &PathData, t: &Transform, extra: &[f32]) -> u64 {
    let mut h = FxHasher::default();
    for e in path.0.iter() {
        match e {
            lyon_path::Event::Begin { at } => (0u8, at.x.to_bits(), at.y.to_bits()).hash(&mut h),
            lyon_path::Event::Line { to, .. } => (1u8, to.x.to_bits(), to.y.to_bits()).hash(&mut h),
            lyon_path::Event::Quadratic { ctrl, to, .. } => (
                2u8,
                ctrl.x.to_bits(),
                ctrl.y.to_bits(),
                to.x.to_bits(),
                to.y.to_bits(),
            )
                .hash(&mut h),
            lyon_path::Event::Cubic {
                ctrl1, ctrl2, to, ..
            } => (
                3u8,
                [ctrl1.x, ctrl1.y, ctrl2.x, ctrl2.y, to.x, to.y].map(f32::to_bits),
            )
                .hash(&mut h),
            lyon_path::Event::End { close, .. } => (4u8, close).hash(&mut h),
        }
    }
    [t.xx, t.yx, t.xy, t.yy, t.tx, t.ty]
        .map(f32::to_bits)
        .hash(&mut h);
    for v in extra {
        v.to_bits().hash(&mut h);
    }
    h.finish()
}

impl TessCache {
    /// A new frame: entries unused for a while go.
    pub(crate) fn next_frame(&mut self) {
        self.frame += 1;
        let frame = self.frame;
        self.map.retain(|_, (_, used)| frame - *used <= MAX_AGE);
    }

    /// The triangles for `key`, made by `make` when not kept (`None` from `make` is not
    /// kept).
    pub(crate) fn get_or(
        &mut self,
        key: u64,
        make: impl FnOnce() -> Option<VertexBuffers<Point, u32>>,
    ) -> Option<Triangles> {
        if let Some((tris, used)) = self.map.get_mut(&key) {
            *used = self.frame;
            self.hits += 1;
            return Some(Rc::clone(tris));
        }
        let tris = Rc::new(make()?);
        if self.map.len() >= MAX_ENTRIES {
            // Keep the newer half.
            let mut ages: Vec<u64> = self.map.values().map(|(_, u)| *u).collect();
            ages.sort_unstable();
            let cut = ages[ages.len() / 2];
            self.map.retain(|_, (_, used)| *used > cut);
        }
        self.map.insert(key, (Rc::clone(&tris), self.frame));
        Some(tris)
    }
}
