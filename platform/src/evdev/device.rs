//! The OS edge of evdev: opening `/dev/input/event*`, asking a device for its name and axis
//! ranges (ioctls), reading events without blocking and waiting on all devices with poll.
#![expect(
    unsafe_code,
    reason = "EVIOCGABS and EVIOCGNAME ioctls have no safe interface"
)]

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::time::Duration;

use arkui_core::InputEvent;
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use rustix::fs::{Mode, OFlags};
use rustix::ioctl::{Getter, Opcode, ioctl, opcode};

use super::event::{EVENT_SIZE, RawEvent, code};
use super::mapper::InputMapper;
use super::touch::{AxisRange, TouchCalibration};
use crate::{BackendEvent, Error};

/// `struct input_absinfo`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
struct AbsInfo {
    value: i32,
    minimum: i32,
    maximum: i32,
    fuzz: i32,
    flat: i32,
    resolution: i32,
}

const fn eviocgabs(axis: u16) -> Opcode {
    opcode::read::<AbsInfo>(b'E', 0x40 + axis as u8)
}
const EVIOCGABS_X: Opcode = eviocgabs(code::ABS_X);
const EVIOCGABS_Y: Opcode = eviocgabs(code::ABS_Y);
const EVIOCGABS_MT_X: Opcode = eviocgabs(code::ABS_MT_POSITION_X);
const EVIOCGABS_MT_Y: Opcode = eviocgabs(code::ABS_MT_POSITION_Y);
const EVIOCGNAME: Opcode = opcode::read::<[u8; 128]>(b'E', 0x06);

fn axis<const OP: Opcode>(file: &File) -> Option<AxisRange> {
    // SAFETY: EVIOCGABS(axis) writes one `struct input_absinfo` (six `__s32`), mirrored by
    // `AbsInfo`; devices without the axis fail the call, which we treat as "no axis".
    let info = unsafe { ioctl(file.as_fd(), Getter::<OP, AbsInfo>::new()) }.ok()?;
    (info.maximum > info.minimum).then_some(AxisRange {
        min: info.minimum,
        max: info.maximum,
    })
}

fn device_name(file: &File) -> Option<String> {
    // SAFETY: EVIOCGNAME(128) writes at most 128 bytes of NUL-terminated name.
    let raw = unsafe { ioctl(file.as_fd(), Getter::<EVIOCGNAME, [u8; 128]>::new()) }.ok()?;
    let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
    Some(String::from_utf8_lossy(&raw[..end]).into_owned())
}

/// One input device: a non-blocking event stream and the mapper that interprets it.
#[derive(Debug)]
pub struct EvdevDevice {
    file: File,
    name: String,
    mapper: InputMapper,
    buffer: Vec<u8>,
    raw: Vec<RawEvent>,
}

impl EvdevDevice {
    /// Open `path` (`/dev/input/event0`), reading its name and touch axis ranges. The
    /// calibration matrix comes from `ARKUI_TOUCH_CALIBRATION` when set.
    pub fn open(path: impl AsRef<Path>) -> Result<EvdevDevice, Error> {
        let path = path.as_ref();
        let io = |source: std::io::Error| Error::Io {
            path: path.into(),
            source,
        };
        let fd = rustix::fs::open(
            path,
            OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| io(e.into()))?;
        let file = File::from(fd);
        let name = device_name(&file).unwrap_or_else(|| path.display().to_string());
        let unknown = AxisRange { min: 0, max: 1 };
        let x = axis::<EVIOCGABS_MT_X>(&file).or_else(|| axis::<EVIOCGABS_X>(&file));
        let y = axis::<EVIOCGABS_MT_Y>(&file).or_else(|| axis::<EVIOCGABS_Y>(&file));
        let mut calibration = TouchCalibration::new(x.unwrap_or(unknown), y.unwrap_or(unknown));
        if let Ok(text) = std::env::var("ARKUI_TOUCH_CALIBRATION") {
            calibration.matrix = TouchCalibration::parse_matrix(&text)?;
        }
        if x.is_some() {
            log::info!("touch input: {name} ({}), {calibration:?}", path.display());
        } else {
            log::info!("input: {name} ({})", path.display());
        }
        Ok(EvdevDevice::from_file(file, name, calibration))
    }

    /// A device reading from an already open file or pipe (set non-blocking here): recorded
    /// streams in tests, or devices opened by a launcher that passes file descriptors.
    pub fn from_file(file: File, name: impl Into<String>, calibration: TouchCalibration) -> Self {
        if let Err(e) = rustix::io::ioctl_fionbio(&file, true) {
            log::warn!("cannot make the input stream non-blocking: {e}");
        }
        EvdevDevice {
            file,
            name: name.into(),
            mapper: InputMapper::new(calibration),
            buffer: vec![0; EVENT_SIZE * 64],
            raw: Vec::new(),
        }
    }

    /// The device's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Read everything available; returns `false` when the device is gone (unplugged,
    /// end of a recorded stream).
    fn read_available(&mut self, screen: (u32, u32), out: &mut Vec<InputEvent>) -> bool {
        loop {
            match self.file.read(&mut self.buffer) {
                Ok(0) => return false,
                Ok(n) => {
                    self.raw.clear();
                    // The kernel returns whole events; a pipe may split one, so keep the tail.
                    let used = RawEvent::parse(&self.buffer[..n], &mut self.raw);
                    for e in &self.raw {
                        self.mapper.feed(e, screen, out);
                    }
                    if used < n {
                        log::warn!("{}: dropped a partial input event", self.name);
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return true,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => {
                    log::warn!("{}: input device lost: {e}", self.name);
                    return false;
                }
            }
        }
    }
}

/// Every input device of a framebuffer or DRM app, waited on together.
#[derive(Debug, Default)]
pub struct EvdevInput {
    devices: Vec<EvdevDevice>,
    scratch: Vec<InputEvent>,
}

impl EvdevInput {
    /// These devices.
    pub fn new(devices: Vec<EvdevDevice>) -> EvdevInput {
        EvdevInput {
            devices,
            scratch: Vec::new(),
        }
    }

    /// The devices named in `ARKUI_INPUT` (comma-separated paths), else every readable
    /// `/dev/input/event*`. Devices that cannot be opened are logged and skipped: a kiosk
    /// without input still shows its UI.
    pub fn open_default() -> EvdevInput {
        let paths: Vec<PathBuf> = match std::env::var("ARKUI_INPUT") {
            Ok(list) => list
                .split(',')
                .filter(|s| !s.is_empty())
                .map(PathBuf::from)
                .collect(),
            Err(_) => std::fs::read_dir("/dev/input")
                .map(|dir| {
                    let mut v: Vec<PathBuf> = dir
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| {
                            p.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| n.starts_with("event"))
                        })
                        .collect();
                    v.sort();
                    v
                })
                .unwrap_or_default(),
        };
        let devices = paths
            .iter()
            .filter_map(|p| {
                EvdevDevice::open(p)
                    .map_err(|e| log::warn!("skipping input {}: {e}", p.display()))
                    .ok()
            })
            .collect::<Vec<_>>();
        if devices.is_empty() {
            log::warn!("no input devices (set ARKUI_INPUT=/dev/input/eventN or check permissions)");
        }
        EvdevInput::new(devices)
    }

    /// Turn every device's touches for a picture shown turned by `rotation`.
    pub fn set_rotation(&mut self, rotation: crate::Rotation) {
        for d in &mut self.devices {
            d.mapper.calibration_mut().rotation = rotation;
        }
    }

    /// Devices still open.
    pub fn len(&self) -> usize {
        self.devices.len()
    }

    /// Whether no device is open.
    pub fn is_empty(&self) -> bool {
        self.devices.is_empty()
    }

    /// Wait up to `timeout` (`None`: until input arrives) and append the input as
    /// [`BackendEvent::Input`], with touch positions for a `screen`-sized display.
    pub fn wait(
        &mut self,
        timeout: Option<Duration>,
        screen: (u32, u32),
        out: &mut Vec<BackendEvent>,
    ) -> Result<(), Error> {
        self.wait_also(timeout, screen, None, out).map(|_| ())
    }

    /// [`EvdevInput::wait`], also waking when `extra` (a DRM card's event fd) is readable;
    /// returns whether it is.
    pub fn wait_also(
        &mut self,
        timeout: Option<Duration>,
        screen: (u32, u32),
        extra: Option<BorrowedFd<'_>>,
        out: &mut Vec<BackendEvent>,
    ) -> Result<bool, Error> {
        let ts = timeout.map(|t| Timespec {
            tv_sec: t.as_secs().try_into().unwrap_or(i64::MAX),
            tv_nsec: t.subsec_nanos().into(),
        });
        let (ready, extra_ready): (Vec<bool>, bool) = {
            let mut fds: Vec<PollFd<'_>> = self
                .devices
                .iter()
                .map(|d| PollFd::new(&d.file, PollFlags::IN))
                .collect();
            if let Some(fd) = extra {
                fds.push(PollFd::from_borrowed_fd(fd, PollFlags::IN));
            }
            match poll(&mut fds, ts.as_ref()) {
                Ok(_) => {
                    let mut ready: Vec<bool> =
                        fds.iter().map(|f| !f.revents().is_empty()).collect();
                    let extra_ready = extra.is_some() && ready.pop().unwrap_or(false);
                    (ready, extra_ready)
                }
                Err(rustix::io::Errno::INTR) => return Ok(false),
                Err(e) => {
                    return Err(Error::Input(format!("waiting for input failed: {e}")));
                }
            }
        };
        let mut alive = Vec::with_capacity(self.devices.len());
        for (device, ready) in self.devices.iter_mut().zip(ready) {
            alive.push(!ready || device.read_available(screen, &mut self.scratch));
        }
        let mut keep = alive.into_iter();
        self.devices.retain(|d| {
            let keep = keep.next().unwrap_or(true);
            if !keep {
                log::info!("input device closed: {}", d.name);
            }
            keep
        });
        out.extend(self.scratch.drain(..).map(BackendEvent::Input));
        Ok(extra_ready)
    }
}
