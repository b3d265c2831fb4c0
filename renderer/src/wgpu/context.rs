//! [`GpuContext`]: the wgpu instance, adapter, device and queue, the adapter policy, and
//! recovery from device loss.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::GpuError;
use super::block_on::block_on;

/// Which adapter was chosen: printed by tests, shown in diagnostics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdapterSummary {
    /// The adapter's name, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)".
    pub name: String,
    /// The backend it runs on ("Vulkan", "Gl", "Metal", "Dx12").
    pub backend: String,
    /// Its kind ("Cpu" for lavapipe/llvmpipe, "DiscreteGpu", ...).
    pub device_type: String,
    /// The driver's description.
    pub driver: String,
}

impl std::fmt::Display for AdapterSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}, {}, driver {})",
            self.name, self.backend, self.device_type, self.driver
        )
    }
}

/// State the device's callbacks write to; shared with them through an `Arc`.
#[derive(Debug, Default)]
struct DeviceHealth {
    lost: AtomicBool,
    lost_message: Mutex<Option<String>>,
    first_error: Mutex<Option<String>>,
}

/// The GPU: instance, adapter, device and queue.
///
/// Creating one picks an adapter (the `WGPU_BACKEND` and `WGPU_ADAPTER_NAME` environment
/// variables narrow the choice, as in every wgpu program) and fails with
/// [`GpuError::NoAdapter`] when there is none, which apps answer by using the software
/// renderer. After [`GpuContext::is_lost`] turns true (a driver reset, or
/// [`wgpu::Device::destroy`]), [`GpuContext::recover`] makes a new device; everything created
/// on the old one must be created again, which [`super::OffscreenRenderer`] and
/// [`super::SurfaceRenderer`] do by themselves.
///
/// ```no_run
/// use arkui_renderer::wgpu::GpuContext;
/// match GpuContext::new() {
///     Ok(gpu) => println!("drawing on {}", gpu.adapter_summary()),
///     Err(e) if e.is_no_adapter() => println!("no GPU: {e}"),
///     Err(e) => panic!("{e}"),
/// }
/// ```
pub struct GpuContext {
    instance: wgpu::Instance,
    adapter: wgpu::Adapter,
    device: wgpu::Device,
    queue: wgpu::Queue,
    health: Arc<DeviceHealth>,
    generation: Arc<AtomicU64>,
}

impl std::fmt::Debug for GpuContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GpuContext")
            .field("adapter", &self.adapter_summary())
            .field("lost", &self.is_lost())
            .finish()
    }
}

impl GpuContext {
    /// A context on the best adapter the environment allows, without a window.
    pub fn new() -> Result<GpuContext, GpuError> {
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        GpuContext::with_instance(instance, None)
    }

    /// A context on `instance` whose adapter can present to `surface` when one is given.
    pub fn with_instance(
        instance: wgpu::Instance,
        surface: Option<&wgpu::Surface<'_>>,
    ) -> Result<GpuContext, GpuError> {
        let adapter = request_adapter(&instance, surface)?;
        let (device, queue, health) = request_device(&adapter)?;
        Ok(GpuContext {
            instance,
            adapter,
            device,
            queue,
            health,
            generation: Arc::new(AtomicU64::new(0)),
        })
    }

    /// The wgpu instance (to create surfaces).
    pub fn instance(&self) -> &wgpu::Instance {
        &self.instance
    }

    /// The adapter in use.
    pub fn adapter(&self) -> &wgpu::Adapter {
        &self.adapter
    }

    /// The device. Resources made on it die with it; see [`GpuContext::generation`].
    pub fn device(&self) -> &wgpu::Device {
        &self.device
    }

    /// The queue.
    pub fn queue(&self) -> &wgpu::Queue {
        &self.queue
    }

    /// Name, backend and kind of the adapter.
    pub fn adapter_summary(&self) -> AdapterSummary {
        let info = self.adapter.get_info();
        AdapterSummary {
            name: info.name,
            backend: format!("{:?}", info.backend),
            device_type: format!("{:?}", info.device_type),
            driver: format!("{} {}", info.driver, info.driver_info)
                .trim()
                .to_string(),
        }
    }

    /// True once the device is lost; draw calls then fail with [`GpuError::DeviceLost`].
    pub fn is_lost(&self) -> bool {
        self.health.lost.load(Ordering::SeqCst)
    }

    /// Counts device re-creations: resources made under an older generation are stale.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The error the device reported since the last call, if any (lost devices included).
    pub fn take_error(&self) -> Option<GpuError> {
        if self.is_lost() {
            let message = self
                .health
                .lost_message
                .lock()
                .ok()
                .and_then(|m| m.clone())
                .unwrap_or_else(|| "device lost".into());
            return Some(GpuError::DeviceLost { message });
        }
        let message = self.health.first_error.lock().ok()?.take()?;
        Some(GpuError::Validation { message })
    }

    /// Replace a lost device with a new one (from a freshly chosen adapter, as the old one
    /// may be gone too). Everything made on the old device must be made again.
    pub fn recover(&mut self) -> Result<(), GpuError> {
        let adapter = request_adapter(&self.instance, None)?;
        let (device, queue, health) = request_device(&adapter)?;
        self.adapter = adapter;
        self.device = device;
        self.queue = queue;
        self.health = health;
        self.generation.fetch_add(1, Ordering::SeqCst);
        log::info!("GPU device recreated on {}", self.adapter_summary());
        Ok(())
    }

    /// Simulate a device loss (a driver reset) for fault tests: destroys the device.
    pub fn destroy_device(&self) {
        self.device.destroy();
        // The lost callback runs on the next poll; make the state visible at once.
        let _ = self.device.poll(wgpu::PollType::Poll);
        self.health.lost.store(true, Ordering::SeqCst);
    }

    /// Block until the GPU has finished all submitted work.
    pub fn wait_idle(&self) -> Result<(), GpuError> {
        self.device
            .poll(wgpu::PollType::wait_indefinitely())
            .map(|_| ())
            .map_err(|e| GpuError::DeviceLost {
                message: e.to_string(),
            })
    }

    /// Largest texture side the device accepts.
    pub fn max_texture_side(&self) -> u32 {
        self.device.limits().max_texture_dimension_2d
    }
}

fn request_adapter(
    instance: &wgpu::Instance,
    surface: Option<&wgpu::Surface<'_>>,
) -> Result<wgpu::Adapter, GpuError> {
    let options = wgpu::RequestAdapterOptions {
        compatible_surface: surface,
        ..Default::default()
    };
    block_on(instance.request_adapter(&options)).map_err(|e| {
        log::info!("no wgpu adapter: {e}");
        GpuError::NoAdapter {
            backends: format!("{:?}", wgpu::Backends::from_env().unwrap_or_default()),
        }
    })
}

fn request_device(
    adapter: &wgpu::Adapter,
) -> Result<(wgpu::Device, wgpu::Queue, Arc<DeviceHealth>), GpuError> {
    let desc = wgpu::DeviceDescriptor {
        label: Some("arkui"),
        required_limits: wgpu::Limits::downlevel_defaults().using_resolution(adapter.limits()),
        ..Default::default()
    };
    let (device, queue) =
        block_on(adapter.request_device(&desc)).map_err(|e| GpuError::RequestDevice {
            message: e.to_string(),
        })?;
    let health = Arc::new(DeviceHealth::default());
    let h = Arc::clone(&health);
    device.set_device_lost_callback(move |reason, message| {
        log::warn!("GPU device lost ({reason:?}): {message}");
        if let Ok(mut m) = h.lost_message.lock() {
            *m = Some(format!("{reason:?}: {message}"));
        }
        h.lost.store(true, Ordering::SeqCst);
    });
    let h = Arc::clone(&health);
    device.on_uncaptured_error(Arc::new(move |e: wgpu::Error| {
        log::error!("wgpu: {e}");
        if let Ok(mut m) = h.first_error.lock()
            && m.is_none()
        {
            *m = Some(e.to_string());
        }
    }));
    Ok((device, queue, health))
}
