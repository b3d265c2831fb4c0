//! Where an app's UI test socket and token live.
//!
//! The folder is `$ARKUI_UITEST_DIR` when set, else `$XDG_RUNTIME_DIR/arkui`, else
//! `<temp>/arkui-<uid>`; it is created with mode 0700 and refused when another user owns it
//! or others can enter it. An app with process id `P` listens on `uitest-P.sock` (mode 0600)
//! and writes its token to `uitest-P.token` (mode 0600) beside it.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The folder the sockets of this user's apps are in (not created).
///
/// ```
/// let dir = arkui_uitest::paths::socket_dir();
/// assert!(dir.is_absolute() || std::env::var_os("ARKUI_UITEST_DIR").is_some());
/// ```
pub fn socket_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("ARKUI_UITEST_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("arkui");
    }
    std::env::temp_dir().join(format!("arkui-{}", current_uid()))
}

/// The socket of the app with process id `pid` in `dir`.
pub fn socket_path(dir: &Path, pid: u32) -> PathBuf {
    dir.join(format!("uitest-{pid}.sock"))
}

/// The token file of the app with process id `pid` in `dir`.
pub fn token_path(dir: &Path, pid: u32) -> PathBuf {
    dir.join(format!("uitest-{pid}.token"))
}

/// The token file beside a socket.
pub fn token_for_socket(socket: &Path) -> PathBuf {
    socket.with_extension("token")
}

/// The user id this process runs as (the owner of files it creates in a fresh folder).
pub fn current_uid() -> u32 {
    // The uid of a file this process just made is its own: portable across Unixes without
    // a libc call of our own.
    std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or_else(|_| {
            let probe = std::env::temp_dir().join(format!(".arkui-uid-{}", std::process::id()));
            let uid = std::fs::write(&probe, b"")
                .and_then(|()| std::fs::metadata(&probe))
                .map(|m| m.uid())
                .unwrap_or(u32::MAX);
            let _ = std::fs::remove_file(&probe);
            uid
        })
}

/// Create `dir` (mode 0700) if needed and check that only this user can enter it.
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir)?;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    let meta = std::fs::symlink_metadata(dir)?;
    let fail = |why: String| {
        Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            why,
        ))
    };
    if !meta.is_dir() {
        return fail(format!("{} is not a folder", dir.display()));
    }
    if meta.uid() != current_uid() {
        return fail(format!(
            "{} belongs to user {}, not to this user ({}); set ARKUI_UITEST_DIR to a folder of your own",
            dir.display(),
            meta.uid(),
            current_uid()
        ));
    }
    if meta.mode() & 0o077 != 0 {
        return fail(format!(
            "{} can be entered by other users (mode {:o}); make it 0700",
            dir.display(),
            meta.mode() & 0o777
        ));
    }
    Ok(())
}

/// The process ids of the apps with a socket in `dir`, oldest file first.
pub fn live_apps(dir: &Path) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, u32)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let pid = name
                .strip_prefix("uitest-")?
                .strip_suffix(".sock")?
                .parse()
                .ok()?;
            // A socket left by a process that died is not an app.
            Path::new(&format!("/proc/{pid}")).exists().then_some(())?;
            let time = e.metadata().and_then(|m| m.modified()).ok()?;
            Some((time, pid))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, pid)| pid).collect()
}
