//! [`DrmBackend`]: a KMS connector, two dumb buffers and page flips, as a [`Backend`].
//! Needs `/dev/dri/cardN` (and DRM master: run from a text console, not under a desktop).

use std::fs::File;
use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::time::Duration;

use arkui_core::App;
use arkui_renderer::software::{RenderTarget, SoftwareRenderer};
use arkui_renderer::{IRect, PixelFormat};
use drm::buffer::{Buffer as _, DrmFourcc};
use drm::control::dumbbuffer::DumbBuffer;
use drm::control::{
    Device as ControlDevice, Event, Mode, ModeTypeFlags, PageFlipFlags, connector, crtc,
    framebuffer,
};

use super::flip::FlipChain;
use super::mode::{ModeCandidate, ModeRequest, choose_mode};
use crate::damage_history::{BufferAges, DamageHistory};
use crate::evdev::EvdevInput;
use crate::present;
use crate::{Backend, BackendEvent, Error, PlatformKind};

#[derive(Debug)]
struct Card(File);

impl AsFd for Card {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.0.as_fd()
    }
}

impl drm::Device for Card {}
impl ControlDevice for Card {}

/// Frames on a DRM/KMS output through dumb buffers and page flips.
#[derive(Debug)]
pub struct DrmBackend {
    card: Card,
    path: PathBuf,
    crtc: crtc::Handle,
    buffers: Vec<(DumbBuffer, framebuffer::Handle)>,
    /// Which frame each buffer holds, and what changed in the frames since.
    ages: BufferAges,
    history: DamageHistory,
    renderer: SoftwareRenderer,
    chain: FlipChain,
    input: EvdevInput,
    size: (u32, u32),
    rotation: crate::Rotation,
}

fn failed(path: &Path, operation: &'static str) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.display().to_string();
    move |e| Error::Framebuffer {
        operation,
        reason: format!("{path}: {e}"),
    }
}

impl DrmBackend {
    /// Open `card` (`/dev/dri/card0`), pick the first connected connector and its mode
    /// (`ARKUI_DRM_MODE=WxH[@Hz]`, else the preferred one), allocate two XRGB8888 dumb
    /// buffers and show the first. Input devices: [`EvdevInput::open_default`].
    pub fn open(card: impl AsRef<Path>) -> Result<DrmBackend, Error> {
        let path = card.as_ref();
        let file = File::options()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|source| Error::Io {
                path: path.into(),
                source,
            })?;
        let card = Card(file);
        let resources = card
            .resource_handles()
            .map_err(failed(path, "DRM_IOCTL_MODE_GETRESOURCES"))?;
        let connector = resources
            .connectors()
            .iter()
            .filter_map(|h| card.get_connector(*h, true).ok())
            .find(|c| c.state() == connector::State::Connected && !c.modes().is_empty())
            .ok_or_else(|| Error::Unavailable {
                platform: "drm".into(),
                reason: format!("{}: no connected display", path.display()),
            })?;
        let modes: Vec<Mode> = connector.modes().to_vec();
        let request = match std::env::var("ARKUI_DRM_MODE") {
            Ok(text) => Some(ModeRequest::parse(&text)?),
            Err(_) => None,
        };
        let candidates: Vec<ModeCandidate> = modes.iter().map(candidate).collect();
        let index = choose_mode(&candidates, request).ok_or_else(|| Error::Unavailable {
            platform: "drm".into(),
            reason: format!("the display offers no mode matching ARKUI_DRM_MODE ({candidates:?})"),
        })?;
        let mode = modes[index];
        let crtc = pick_crtc(&card, &resources, &connector).ok_or_else(|| Error::Unavailable {
            platform: "drm".into(),
            reason: "no CRTC can drive the connected display".into(),
        })?;
        let (w, h) = (u32::from(mode.size().0), u32::from(mode.size().1));
        let rotation = crate::rotation_from_env()?;
        let mut input = EvdevInput::open_default();
        input.set_rotation(rotation);
        let mut buffers = Vec::with_capacity(2);
        for _ in 0..2 {
            let db = card
                .create_dumb_buffer((w, h), DrmFourcc::Xrgb8888, 32)
                .map_err(failed(path, "DRM_IOCTL_MODE_CREATE_DUMB"))?;
            let fb = card
                .add_framebuffer(&db, 24, 32)
                .map_err(failed(path, "DRM_IOCTL_MODE_ADDFB"))?;
            buffers.push((db, fb));
        }
        card.set_crtc(
            crtc,
            Some(buffers[0].1),
            (0, 0),
            &[connector.handle()],
            Some(mode),
        )
        .map_err(failed(
            path,
            "DRM_IOCTL_MODE_SETCRTC (is another program DRM master?)",
        ))?;
        log::info!(
            "{}: {}x{}@{} on {:?}",
            path.display(),
            w,
            h,
            mode.vrefresh(),
            connector.interface()
        );
        Ok(DrmBackend {
            card,
            path: path.into(),
            crtc,
            ages: BufferAges::default(),
            history: DamageHistory::default(),
            renderer: SoftwareRenderer::new(),
            buffers,
            chain: FlipChain::new(),
            input,
            size: (w, h),
            rotation,
        })
    }
}

fn candidate(m: &Mode) -> ModeCandidate {
    ModeCandidate {
        width: u32::from(m.size().0),
        height: u32::from(m.size().1),
        refresh_hz: m.vrefresh(),
        preferred: m.mode_type().contains(ModeTypeFlags::PREFERRED),
    }
}

fn pick_crtc(
    card: &Card,
    resources: &drm::control::ResourceHandles,
    connector: &connector::Info,
) -> Option<crtc::Handle> {
    // Keep the CRTC already driving this connector (no modeset flicker), else any that can.
    if let Some(crtc) = connector
        .current_encoder()
        .and_then(|e| card.get_encoder(e).ok())
        .and_then(|e| e.crtc())
    {
        return Some(crtc);
    }
    connector
        .encoders()
        .iter()
        .filter_map(|e| card.get_encoder(*e).ok())
        .flat_map(|e| resources.filter_crtcs(e.possible_crtcs()))
        .next()
}

impl Backend for DrmBackend {
    fn kind(&self) -> PlatformKind {
        PlatformKind::Drm
    }

    fn size(&self) -> (u32, u32) {
        let (w, h) = self.size;
        if self.rotation.swaps_axes() {
            (h, w)
        } else {
            (w, h)
        }
    }

    fn wait(
        &mut self,
        timeout: Option<Duration>,
        events: &mut Vec<BackendEvent>,
    ) -> Result<(), Error> {
        let card_ready =
            self.input
                .wait_also(timeout, self.size(), Some(self.card.as_fd()), events)?;
        if card_ready {
            let received = self
                .card
                .receive_events()
                .map_err(failed(&self.path, "reading DRM events"))?;
            for event in received {
                if let Event::PageFlip(_) = event {
                    self.chain.flip_done();
                }
            }
        }
        Ok(())
    }

    fn ready_for_frame(&self) -> bool {
        !self.chain.is_pending()
    }

    fn paced_by_display(&self) -> bool {
        true
    }

    fn present(&mut self, app: &mut App) -> Result<bool, Error> {
        let Some(back) = self.chain.back() else {
            return Ok(false);
        };
        let (w, h) = self.size;
        let (lw, lh) = self.size();
        let Some(frame) = present::next_frame(app, (lw, lh)) else {
            return Ok(false);
        };
        // The back buffer shows an older frame: repaint what changed since it was drawn.
        let age = self.ages.age(back, &self.history);
        let plan = self.history.plan(age, &frame, IRect::from_size(lw, lh));
        self.ages.drawn(back, &self.history);
        let (db, fb) = &mut self.buffers[back];
        let fb = *fb;
        let pitch = db.pitch() as usize;
        let mut map = self
            .card
            .map_dumb_buffer(db)
            .map_err(failed(&self.path, "DRM_IOCTL_MODE_MAP_DUMB"))?;
        // XRGB8888 is B, G, R, X in memory.
        let mut target = RenderTarget::new(map.as_mut(), w, h, pitch, PixelFormat::Bgra8888)
            .map_err(|e| Error::Framebuffer {
                operation: "render",
                reason: e.to_string(),
            })?
            .with_rotation(self.rotation);
        present::draw(app, &mut self.renderer, &mut target, &plan);
        drop(map);
        self.card
            .page_flip(self.crtc, fb, PageFlipFlags::EVENT, None)
            .map_err(failed(&self.path, "DRM_IOCTL_MODE_PAGE_FLIP"))?;
        self.chain.flip_queued();
        Ok(true)
    }
}

impl Drop for DrmBackend {
    fn drop(&mut self) {
        for (db, fb) in self.buffers.drain(..) {
            // Best effort: the kernel frees both when the card fd closes anyway.
            let _ = self.card.destroy_framebuffer(fb);
            let _ = self.card.destroy_dumb_buffer(db);
        }
    }
}
