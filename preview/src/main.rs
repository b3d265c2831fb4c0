//! `arkui-preview <app crate> [--profiles phone,tablet,tv,wearable,iot]`: the app's page under
//! several profiles, rebuilt on save with its state kept (see the crate docs).

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use arkui::platform::{LaunchOptions, LoopFlow, LoopService, PlatformKind, Waker};
use arkui::{App, DeviceProfile};
use arkui_preview::view::{Model, page};
use arkui_preview::worker::{self, Command, Update, WorkerConfig};
use serde_json::json;

const USAGE: &str =
    "usage: arkui-preview CRATE_DIR [--profiles phone,tablet,tv,wearable,iot] [--bin NAME]
                     [--headless] [--out DIR] [--once]

Shows the app's page under each profile side by side, rebuilds it when a source file is saved
and restarts it with its state (AppStorage, #[state] fields, navigation stacks, scroll offsets,
selected tabs, text fields, focus) restored. Clicks, swipes and the wheel on a frame go to that
profile's app; keys typed go to the app last clicked. With no display (or --headless) the page
is written to DIR/preview.png (default ./preview-out) after every build, with the frames'
inspector trees in DIR/preview.json, the page's own inspector tree in DIR/sheet.json, and one
JSON line per event on stdout; close stdin to stop. --once stops after the first build.";

struct Options {
    crate_dir: PathBuf,
    profiles: Vec<String>,
    bin: Option<String>,
    headless: bool,
    out: PathBuf,
    once: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        crate_dir: PathBuf::new(),
        profiles: vec!["phone".into(), "tablet".into(), "wearable".into()],
        bin: None,
        headless: false,
        out: PathBuf::from("preview-out"),
        once: false,
    };
    let mut dir = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--profiles" => {
                let list = it.next().ok_or("--profiles needs a list")?;
                o.profiles = list.split(',').map(|p| p.trim().to_string()).collect();
                for p in &o.profiles {
                    if DeviceProfile::by_name(p).is_none() {
                        return Err(format!(
                            "unknown profile `{p}`: use phone, tablet, tv, wearable, iot or desktop"
                        ));
                    }
                }
            }
            "--bin" => o.bin = Some(it.next().ok_or("--bin needs a name")?.clone()),
            "--out" => o.out = it.next().ok_or("--out needs a folder")?.into(),
            "--headless" => o.headless = true,
            "--once" => o.once = true,
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path => dir = Some(PathBuf::from(path)),
        }
    }
    let dir = dir.ok_or("which app? give the path of its crate")?;
    if !dir.join("Cargo.toml").is_file() {
        return Err(format!("{} has no Cargo.toml", dir.display()));
    }
    o.crate_dir = dir
        .canonicalize()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(o)
}

fn main() -> ExitCode {
    arkui::platform::init_logging();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let o = match parse(&args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("arkui-preview: {e}\n");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    match run(&o) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("arkui-preview: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(o: &Options) -> Result<(), String> {
    // Socket paths are limited to ~100 bytes: a short private folder of our own.
    let sockets = std::env::temp_dir().join(format!("arkui-preview-{}", std::process::id()));
    arkui_uitest::paths::ensure_private_dir(&sockets)
        .map_err(|e| format!("{}: {e}", sockets.display()))?;
    std::fs::create_dir_all(&o.out).map_err(|e| format!("{}: {e}", o.out.display()))?;
    let config = WorkerConfig {
        crate_dir: o.crate_dir.clone(),
        bin: o.bin.clone(),
        profiles: o.profiles.clone(),
        sockets: sockets.clone(),
        state_dir: o.out.join("state"),
    };
    let (update_tx, updates) = channel();
    let (commands, command_rx) = channel();
    let wake: Arc<Mutex<Option<Waker>>> = Arc::default();
    let worker_wake = wake.clone();
    let worker = std::thread::Builder::new()
        .name("arkui-preview".into())
        .spawn(move || worker::run(&config, &update_tx, &command_rx, &worker_wake))
        .map_err(|e| e.to_string())?;
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    let model = Model::new();
    let kind = if o.headless {
        PlatformKind::Headless
    } else {
        arkui::platform::platform_from_env()
            .map(|(k, _)| k)
            .unwrap_or(PlatformKind::Headless)
    };
    let result = if kind == PlatformKind::Headless {
        headless(o, model, &updates, &commands)
    } else {
        window(kind, model, updates, commands.clone(), wake)
    };
    let _ = commands.send(Command::Quit);
    let _ = worker.join();
    let _ = std::fs::remove_dir_all(&sockets);
    result
}

/// No display: render the page to PNG after every update; stop when stdin closes.
fn headless(
    o: &Options,
    model: Model,
    updates: &Receiver<Update>,
    commands: &Sender<Command>,
) -> Result<(), String> {
    let quit = commands.clone();
    // Closing stdin (or typing `quit`) stops the previewer; it is how a script ends it.
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        for line in stdin.lock().lines() {
            match line {
                Ok(l) if l.trim() == "quit" => break,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        let _ = quit.send(Command::Quit);
    });
    let sheet = DeviceProfile::desktop(960, 640);
    let cmds = commands.clone();
    let mut app = App::with_view(sheet, move || page(model, cmds));
    let png = o.out.join("preview.png");
    for update in updates {
        model.apply(&update);
        let (w, h) = model.sheet_size();
        app.resize(w, h);
        arkui::platform::render_to_png(&mut app, &png).map_err(|e| e.to_string())?;
        // What the page shows, as text a script can check (errors, status, frames).
        let sheet = serde_json::to_vec(&app.inspector_tree()).map_err(|e| e.to_string())?;
        std::fs::write(o.out.join("sheet.json"), sheet).map_err(|e| e.to_string())?;
        let event = write_report(o, &update, &png)?;
        println!("{event}");
        let done = matches!(update, Update::Frames { .. } | Update::Failed { .. });
        if o.once && done {
            break;
        }
    }
    Ok(())
}

/// `preview.json` beside the PNG (status, errors, each profile's inspector tree) and the
/// event line for stdout.
fn write_report(o: &Options, update: &Update, png: &Path) -> Result<serde_json::Value, String> {
    let event = match update {
        Update::Building { reason } => json!({"event": "building", "reason": reason}),
        Update::Frames {
            generation,
            frames,
            instances,
            build_ms,
            save_to_pixels_ms,
        } => {
            let report = json!({
                "generation": generation,
                "frames": frames.iter().zip(instances).map(|(f, (_, pid, socket))| json!({
                    "profile": f.profile,
                    "pid": pid,
                    "socket": socket,
                    "width": f.size.0,
                    "height": f.size.1,
                    "tree": f.tree,
                })).collect::<Vec<_>>(),
            });
            std::fs::write(o.out.join("preview.json"), report.to_string())
                .map_err(|e| e.to_string())?;
            json!({"event": "frames", "generation": generation, "build_ms": build_ms,
                   "save_to_pixels_ms": save_to_pixels_ms, "png": png})
        }
        Update::Refreshed { index, .. } => json!({"event": "refreshed", "index": index}),
        Update::Failed { errors, build_ms } => json!({
            "event": "failed",
            "build_ms": build_ms,
            "png": png,
            "errors": errors.iter().map(|e| json!({
                "file": e.file, "line": e.line, "column": e.column, "message": e.message,
            })).collect::<Vec<_>>(),
        }),
        Update::Problem(p) => json!({"event": "problem", "message": p}),
    };
    Ok(event)
}

/// A display: the page in a window, fed between frames.
fn window(
    kind: PlatformKind,
    model: Model,
    updates: Receiver<Update>,
    commands: Sender<Command>,
    wake: Arc<Mutex<Option<Waker>>>,
) -> Result<(), String> {
    struct Feed {
        model: Model,
        updates: Receiver<Update>,
        wake: Arc<Mutex<Option<Waker>>>,
    }
    impl LoopService for Feed {
        fn set_waker(&mut self, waker: Option<Waker>) {
            if let Ok(mut w) = self.wake.lock() {
                *w = waker;
            }
        }
        fn max_wait(&self) -> Option<std::time::Duration> {
            // Backends that cannot be woken look for updates ten times a second.
            self.wake
                .lock()
                .ok()
                .filter(|w| w.is_none())
                .map(|_| std::time::Duration::from_millis(100))
        }
        fn serve(&mut self, _: &mut App) -> LoopFlow {
            while let Ok(u) = self.updates.try_recv() {
                self.model.apply(&u);
            }
            LoopFlow::Continue
        }
    }
    let app = App::with_view(DeviceProfile::desktop(1280, 720), move || {
        page(model, commands)
    });
    let options = LaunchOptions {
        title: "arkui-rs preview".into(),
        ..LaunchOptions::default()
    };
    arkui::platform::run_platform_with(
        kind,
        app,
        &options,
        &mut Feed {
            model,
            updates,
            wake,
        },
    )
    .map_err(|e| e.to_string())
}
