//! Building the previewed crate with cargo and reading what the compiler said.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;

/// One compiler error, where it points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The file, as cargo names it (relative to the crate or workspace root).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The one-line message (`mismatched types`).
    pub message: String,
    /// The full text rustc printed, with the source excerpt.
    pub rendered: String,
}

impl CompileError {
    /// `file:line:column: message`.
    ///
    /// ```
    /// let e = arkui_preview::CompileError {
    ///     file: "src/main.rs".into(), line: 3, column: 9,
    ///     message: "expected `;`".into(), rendered: String::new(),
    /// };
    /// assert_eq!(e.location(), "src/main.rs:3:9");
    /// ```
    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.file, self.line, self.column)
    }
}

/// How a build ended.
#[derive(Clone, Debug, PartialEq)]
pub enum BuildOutcome {
    /// The binary to run.
    Built {
        /// Its path.
        binary: PathBuf,
        /// How long cargo took.
        millis: u64,
    },
    /// It did not compile.
    Failed {
        /// The errors, in the order rustc gave them (at least one).
        errors: Vec<CompileError>,
        /// How long cargo took.
        millis: u64,
    },
}

/// Build the binary of the crate at `dir` (its only binary, or `bin`) with cargo, reading
/// cargo's JSON messages. `Err` is a failure to run cargo at all, or a crate with no binary.
pub fn build(dir: &Path, bin: Option<&str>) -> Result<BuildOutcome, String> {
    let start = Instant::now();
    let manifest = dir.join("Cargo.toml");
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.arg("build")
        .arg("--message-format=json")
        .arg("--manifest-path")
        .arg(&manifest)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    match bin {
        Some(b) => cmd.args(["--bin", b]),
        None => cmd.arg("--bins"),
    };
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e} (is it on PATH?)"))?;
    let Some(out) = child.stdout.take() else {
        return Err("cargo's output could not be read".into());
    };
    let mut messages = Vec::new();
    for line in BufReader::new(out).lines() {
        let Ok(line) = line else { break };
        if let Ok(v) = serde_json::from_str::<Value>(&line) {
            messages.push(v);
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("cargo did not finish: {e}"))?;
    let millis = start.elapsed().as_millis() as u64;
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let ours = canonical(&manifest);
    let parsed = parse_messages(&messages, &|m| canonical(Path::new(m)) == ours, bin);
    match parsed {
        Parsed {
            binary: Some(binary),
            ..
        } if status.success() => Ok(BuildOutcome::Built { binary, millis }),
        Parsed { errors, .. } if !errors.is_empty() => Ok(BuildOutcome::Failed { errors, millis }),
        _ if status.success() => Err(format!(
            "{} has no binary to preview (add src/main.rs or pass --bin)",
            manifest.display()
        )),
        _ => Ok(BuildOutcome::Failed {
            errors: vec![CompileError {
                file: manifest.display().to_string(),
                line: 0,
                column: 0,
                message: format!(
                    "cargo failed ({status}) without a compiler error; see the terminal"
                ),
                rendered: String::new(),
            }],
            millis,
        }),
    }
}

/// What cargo's messages said.
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    /// The previewed crate's binary, if it was built.
    pub binary: Option<PathBuf>,
    /// Compiler errors.
    pub errors: Vec<CompileError>,
}

/// Read cargo's JSON messages: the binary of the package whose manifest `is_ours` accepts,
/// and every compiler error with its primary span.
///
/// ```
/// let msgs: Vec<serde_json::Value> = vec![
///     serde_json::json!({"reason": "compiler-message", "message": {"level": "error",
///         "message": "expected `;`", "rendered": "error: expected `;`",
///         "spans": [{"file_name": "src/main.rs", "line_start": 4, "column_start": 7, "is_primary": true}]}}),
///     serde_json::json!({"reason": "compiler-artifact", "manifest_path": "/a/Cargo.toml",
///         "target": {"kind": ["bin"], "name": "app"}, "executable": "/a/target/debug/app"}),
/// ];
/// let p = arkui_preview::cargo_build::parse_messages(&msgs, &|m| m == "/a/Cargo.toml", None);
/// assert_eq!(p.errors[0].location(), "src/main.rs:4:7");
/// assert_eq!(p.binary.unwrap().to_str(), Some("/a/target/debug/app"));
/// ```
pub fn parse_messages(
    messages: &[Value],
    is_ours: &dyn Fn(&str) -> bool,
    bin: Option<&str>,
) -> Parsed {
    let mut p = Parsed::default();
    for m in messages {
        match m["reason"].as_str() {
            Some("compiler-artifact") => {
                let is_bin = m["target"]["kind"]
                    .as_array()
                    .is_some_and(|k| k.iter().any(|k| k == "bin"));
                let named = bin.is_none_or(|b| m["target"]["name"] == b);
                if let (true, true, Some(exe), Some(manifest)) = (
                    is_bin,
                    named,
                    m["executable"].as_str(),
                    m["manifest_path"].as_str(),
                ) && is_ours(manifest)
                {
                    p.binary = Some(PathBuf::from(exe));
                }
            }
            Some("compiler-message") if m["message"]["level"] == "error" => {
                let msg = &m["message"];
                let spans = msg["spans"].as_array();
                let primary = spans.and_then(|s| {
                    s.iter()
                        .find(|s| s["is_primary"] == true)
                        .or_else(|| s.first())
                });
                let n = |v: &Value| v.as_u64().unwrap_or(0) as u32;
                p.errors.push(CompileError {
                    file: primary
                        .and_then(|s| s["file_name"].as_str())
                        .unwrap_or("")
                        .to_string(),
                    line: primary.map_or(0, |s| n(&s["line_start"])),
                    column: primary.map_or(0, |s| n(&s["column_start"])),
                    message: msg["message"].as_str().unwrap_or("").to_string(),
                    rendered: strip_ansi(msg["rendered"].as_str().unwrap_or("")),
                });
            }
            _ => {}
        }
    }
    p
}

/// Text without terminal colour codes (the preview draws its own).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ ... final byte in @..~
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_codes_are_stripped() {
        assert_eq!(
            strip_ansi("\u{1b}[1m\u{1b}[38;5;9merror\u{1b}[0m: x"),
            "error: x"
        );
    }
}
