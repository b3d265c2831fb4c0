//! The app side of UI testing: a socket an out-of-process driver (`arkui-uitest`) talks to.
//!
//! Off unless asked for: [`UiTestServer::from_env`] starts it only when `ARKUI_UITEST=1`,
//! [`LaunchOptions::uitest`](crate::LaunchOptions) starts it from code. Once started:
//!
//! - the socket is `uitest-<pid>.sock` in `arkui_uitest::paths::socket_dir()` (a 0700 folder
//!   of this user), mode 0600, and a random 128-bit token is in `uitest-<pid>.token` (0600);
//!   both are removed when the server is dropped;
//! - a connection is served only if its peer runs as this user (`SO_PEERCRED`) and its first
//!   frame is a `hello` with the protocol version and the token (5 s to send it);
//! - frames over the protocol's limits, JSON that is not a request and unknown commands get
//!   an error answer and the connection is closed; the app does not notice.
//!
//! Connections run on their own threads; what touches the UI (input, the inspector, a screen
//! capture) is handed to the UI thread, which serves it between frames
//! ([`LoopService::serve`](crate::LoopService)) and wakes up for it where the backend can be
//! woken ([`Backend::waker`](crate::Backend::waker)).

mod apply;
mod connection;

use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, SyncSender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arkui_core::{App, InputEvent};
use arkui_renderer::software::SoftwareRenderer;
use arkui_uitest::paths;
use arkui_uitest::protocol::{RemoteError, Reply};

use crate::{Canvas, Error, LoopFlow, LoopService, Waker};

/// Most connections served at once (each has a thread).
const MAX_CONNECTIONS: usize = 8;
/// How often the loop looks for requests on a backend that cannot be woken.
const POLL_WITHOUT_WAKER: Duration = Duration::from_millis(10);

/// How a UI test server is set up.
///
/// ```
/// let c = arkui_platform::UiTestConfig::default();
/// assert!(c.dir.ends_with("arkui") || c.dir.to_string_lossy().contains("arkui"));
/// assert_eq!(c.allowed_uid, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UiTestConfig {
    /// The folder of the socket and token (created 0700 if missing).
    pub dir: PathBuf,
    /// The user whose processes may connect; `None` is this process's user. (Tests set
    /// another to see a peer of another user refused.)
    pub allowed_uid: Option<u32>,
}

impl Default for UiTestConfig {
    fn default() -> Self {
        UiTestConfig {
            dir: paths::socket_dir(),
            allowed_uid: None,
        }
    }
}

/// Something the UI thread must do for a connection.
pub(crate) enum Action {
    Dump,
    Snapshot,
    ScreenCap,
    Input(Vec<InputEvent>),
    Exit,
}

/// An action and where its answer goes.
pub(crate) struct Job {
    pub(crate) action: Action,
    pub(crate) reply: SyncSender<Result<(Reply, Vec<u8>), RemoteError>>,
}

/// Hands jobs to the UI thread and wakes it.
#[derive(Clone)]
pub(crate) struct JobQueue {
    jobs: Sender<Job>,
    waker: Arc<Mutex<Option<Waker>>>,
}

impl JobQueue {
    /// Queue `job` and wake the UI thread; false when the app is gone.
    pub(crate) fn push(&self, job: Job) -> bool {
        if self.jobs.send(job).is_err() {
            return false;
        }
        if let Ok(w) = self.waker.lock()
            && let Some(w) = w.as_ref()
        {
            w();
        }
        true
    }
}

/// A running UI test server. Serve it from the frame loop with
/// [`run_with_service`](crate::run_with_service); dropping it closes the socket and removes
/// its files.
pub struct UiTestServer {
    socket: PathBuf,
    token_file: PathBuf,
    jobs: Receiver<Job>,
    waker: Arc<Mutex<Option<Waker>>>,
    stop: Arc<AtomicBool>,
    has_waker: bool,
    canvas: Canvas,
    renderer: SoftwareRenderer,
}

impl std::fmt::Debug for UiTestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UiTestServer")
            .field("socket", &self.socket)
            .finish_non_exhaustive()
    }
}

impl UiTestServer {
    /// Start a server when the environment asks for one (`ARKUI_UITEST=1`), else `Ok(None)`:
    /// no socket exists unless the user opted in.
    pub fn from_env() -> Result<Option<UiTestServer>, Error> {
        match std::env::var("ARKUI_UITEST").as_deref() {
            Ok("1") | Ok("true") | Ok("on") => {
                UiTestServer::start(UiTestConfig::default()).map(Some)
            }
            Ok("") | Ok("0") | Ok("false") | Ok("off") | Err(_) => Ok(None),
            Ok(other) => Err(Error::Unavailable {
                platform: "uitest".into(),
                reason: format!(
                    "ARKUI_UITEST={other:?}: use 1 to enable UI testing or 0 to leave it off"
                ),
            }),
        }
    }

    /// Open the socket and write the token as `config` says.
    pub fn start(config: UiTestConfig) -> Result<UiTestServer, Error> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        paths::ensure_private_dir(&config.dir).map_err(io(&config.dir))?;
        let pid = std::process::id();
        let socket = paths::socket_path(&config.dir, pid);
        let token_file = paths::token_path(&config.dir, pid);
        // A file left by an earlier process with our pid (a reboot, a crash) is stale.
        let _ = std::fs::remove_file(&socket);
        let _ = std::fs::remove_file(&token_file);
        let token = random_token().map_err(io(Path::new("/dev/urandom")))?;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&token_file)
            .and_then(|mut f| std::io::Write::write_all(&mut f, token.as_bytes()))
            .map_err(io(&token_file))?;
        let listener = UnixListener::bind(&socket).map_err(io(&socket))?;
        // The folder is private already; the socket is too, for a folder shared by mistake.
        std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o600))
            .map_err(io(&socket))?;
        let (tx, rx) = channel();
        let waker: Arc<Mutex<Option<Waker>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let queue = JobQueue {
            jobs: tx,
            waker: waker.clone(),
        };
        let queue_for_watchdog = queue.clone();
        let allowed = config.allowed_uid.unwrap_or_else(paths::current_uid);
        let accept_stop = stop.clone();
        let spawned = std::thread::Builder::new()
            .name("arkui-uitest".into())
            .spawn(move || accept_loop(listener, queue, token, allowed, accept_stop));
        if let Err(source) = spawned {
            let _ = std::fs::remove_file(&socket);
            let _ = std::fs::remove_file(&token_file);
            return Err(Error::Io {
                path: socket,
                source,
            });
        }
        if std::env::var("ARKUI_UITEST_EXIT_WITH_PARENT").is_ok_and(|v| v == "1") {
            exit_with_parent(queue_for_watchdog);
        }
        log::info!("uitest: listening on {}", socket.display());
        Ok(UiTestServer {
            socket,
            token_file,
            jobs: rx,
            waker,
            stop,
            has_waker: false,
            canvas: Canvas::new(0, 0),
            renderer: SoftwareRenderer::new(),
        })
    }

    /// The socket's path.
    pub fn socket_path(&self) -> &Path {
        &self.socket
    }

    /// The token file's path.
    pub fn token_path(&self) -> &Path {
        &self.token_file
    }
}

impl LoopService for UiTestServer {
    fn set_waker(&mut self, waker: Option<Waker>) {
        self.has_waker = waker.is_some();
        if let Ok(mut w) = self.waker.lock() {
            *w = waker;
        }
    }

    fn max_wait(&self) -> Option<Duration> {
        (!self.has_waker).then_some(POLL_WITHOUT_WAKER)
    }

    fn serve(&mut self, app: &mut App) -> LoopFlow {
        let mut flow = LoopFlow::Continue;
        while let Ok(job) = self.jobs.try_recv() {
            let answer = match job.action {
                Action::Exit => {
                    flow = LoopFlow::Close;
                    Ok((Reply::Done, Vec::new()))
                }
                action => apply::apply(app, action, &mut self.canvas, &mut self.renderer),
            };
            // A driver that hung up no longer wants the answer.
            let _ = job.reply.send(answer);
        }
        flow
    }
}

impl Drop for UiTestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Unblock the accept thread so it sees `stop` and ends (before the file goes: a
        // removed socket can no longer be connected to).
        let _ = std::os::unix::net::UnixStream::connect(&self.socket);
        let _ = std::fs::remove_file(&self.socket);
        let _ = std::fs::remove_file(&self.token_file);
    }
}

/// Close the app when the process that started it ends (`ARKUI_UITEST_EXIT_WITH_PARENT=1`,
/// set by tools such as the previewer, so a killed tool leaves no apps behind): the parent
/// is polled twice a second and a new parent (the orphan was adopted) queues an exit.
fn exit_with_parent(queue: JobQueue) {
    let parent = std::os::unix::process::parent_id();
    let spawned = std::thread::Builder::new()
        .name("arkui-uitest-parent".into())
        .spawn(move || {
            while std::os::unix::process::parent_id() == parent {
                std::thread::sleep(Duration::from_millis(500));
            }
            log::info!("uitest: the process that started this app ended; closing");
            let (reply, _answer) = std::sync::mpsc::sync_channel(1);
            queue.push(Job {
                action: Action::Exit,
                reply,
            });
        });
    if spawned.is_err() {
        log::warn!("uitest: cannot watch the parent process");
    }
}

/// 128 random bits as hex, from the kernel.
fn random_token() -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn accept_loop(
    listener: UnixListener,
    queue: JobQueue,
    token: String,
    allowed_uid: u32,
    stop: Arc<AtomicBool>,
) {
    let live = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        if live.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            connection::refuse(
                stream,
                RemoteError::new(
                    "busy",
                    format!("the app serves at most {MAX_CONNECTIONS} drivers at once"),
                ),
            );
            continue;
        }
        live.fetch_add(1, Ordering::SeqCst);
        let (queue, token, mine) = (queue.clone(), token.clone(), live.clone());
        let spawned = std::thread::Builder::new()
            .name("arkui-uitest-conn".into())
            .spawn(move || {
                connection::serve(stream, &queue, &token, allowed_uid);
                mine.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            live.fetch_sub(1, Ordering::SeqCst);
            log::warn!("uitest: could not start a thread for a connection");
        }
    }
}
