//! `arkui-uitest`: drive a running arkui-rs app (started with `ARKUI_UITEST=1`) from a shell.

use std::process::ExitCode;
use std::time::Duration;

use arkui_uitest::{DEFAULT_FLING_SPEED, DEFAULT_SWIPE_SPEED, Driver, Error, MatchPattern, On};

const USAGE: &str = "usage: arkui-uitest [--pid PID | --socket PATH] [--wait-app MS] COMMAND [ARGS]

Drives an arkui-rs app started with ARKUI_UITEST=1 (by default the newest one of this user).
--wait-app MS (with --pid) waits up to MS milliseconds for that app to open its socket.

commands:
  apps                          list the apps that can be driven (process ids)
  dump                          print the inspector tree (ArkUI getInspectorTree JSON)
  find SELECTOR...              print the components that match, one per line
  wait SELECTOR... [--timeout MS]   wait for a component (default 5000 ms)
  exists SELECTOR...            exit 0 if a component matches, 1 if not
  click SELECTOR...             tap a component's centre
  double-click SELECTOR...      tap it twice
  long-click SELECTOR...        press and hold it
  input SELECTOR... --text TEXT focus a field, clear it and type TEXT
  clear SELECTOR...             focus a field and clear it
  tap X Y                       tap a point (window pixels)
  swipe X1 Y1 X2 Y2 [SPEED]     move a finger (px/s, default 600), no fling
  fling X1 Y1 X2 Y2 [SPEED]     a fast swipe that keeps scrolling (default 3000)
  drag X1 Y1 X2 Y2 [SPEED]      long-press, move, lift
  key NAME [MODIFIER...]        press a key (Enter, Back, Tab, Up, a, ...; ctrl, shift, alt, meta)
  back                          the system back
  type TEXT                     type into the focused field
  screencap FILE.png            save the current frame
  exit                          close the app

selectors: id=ID  text=TEXT  text~=PART (contains)  text^=START  type=TYPE
           enabled=true|false  focused=true|false  checked=true|false
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("arkui-uitest: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut args = args.iter().map(String::as_str).peekable();
    let mut target = Target::Newest;
    let mut wait_app = Duration::ZERO;
    loop {
        match args.peek().copied() {
            Some("--pid") => {
                args.next();
                let pid = args.next().and_then(|p| p.parse().ok());
                target = Target::Pid(pid.ok_or("--pid needs a process id")?);
            }
            Some("--socket") => {
                args.next();
                target = Target::Socket(args.next().ok_or("--socket needs a path")?.into());
            }
            Some("--wait-app") => {
                args.next();
                let ms = args.next().and_then(|m| m.parse().ok());
                wait_app = Duration::from_millis(ms.ok_or("--wait-app needs milliseconds")?);
            }
            Some("-h" | "--help") | None => {
                print!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            Some(_) => break,
        }
    }
    let command = args.next().unwrap_or_default();
    let rest: Vec<&str> = args.collect();
    if command == "apps" {
        for pid in arkui_uitest::paths::live_apps(&arkui_uitest::paths::socket_dir()) {
            println!("{pid}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let driver = match target {
        // Polled, bounded: an app started just before has its socket within a moment.
        Target::Pid(pid) => Driver::wait_for_app(pid, wait_app),
        Target::Newest if !wait_app.is_zero() => {
            return Err("--wait-app needs --pid: without it an older app could answer".into());
        }
        Target::Newest => Driver::connect_any(),
        Target::Socket(path) => Driver::connect_socket(std::path::Path::new(&path)),
    }
    .map_err(|e| e.to_string())?;
    command_on(&driver, command, &rest).map_err(|e| e.to_string())
}

enum Target {
    Newest,
    Pid(u32),
    Socket(String),
}

fn command_on(d: &Driver, command: &str, rest: &[&str]) -> Result<ExitCode, Error> {
    let bad = |why: &str| Error::BadArgument(format!("{command}: {why}\n\n{USAGE}"));
    let nums = |n: usize| -> Result<Vec<f32>, Error> {
        let v: Vec<f32> = rest.iter().filter_map(|a| a.parse().ok()).collect();
        if v.len() < n || v.iter().any(|x| !x.is_finite()) {
            return Err(bad(&format!("needs {n} numbers")));
        }
        Ok(v)
    };
    let found = |on: &On| -> Result<_, Error> { d.wait_for_component(on, Duration::from_secs(5)) };
    match command {
        "dump" => {
            let tree = d.dump_layout()?;
            println!(
                "{}",
                serde_json::to_string_pretty(&tree).unwrap_or_else(|_| tree.to_string())
            );
        }
        "find" => {
            for c in d.find_components(&selector(rest)?)? {
                let b = c.bounds();
                println!(
                    "{}\tid={}\ttext={}\t[{}, {}],[{}, {}]",
                    c.type_(),
                    c.id(),
                    c.text().unwrap_or(""),
                    b.left,
                    b.top,
                    b.right,
                    b.bottom
                );
            }
        }
        "wait" => {
            let (sel, timeout) = split_flag(rest, "--timeout");
            let ms = timeout.map_or(Ok(5000), |t| {
                t.parse().map_err(|_| bad("--timeout needs milliseconds"))
            })?;
            d.wait_for_component(&selector(&sel)?, Duration::from_millis(ms))?;
        }
        "exists" => {
            let on = selector(rest)?;
            if d.find_component(&on)?.is_none() {
                eprintln!("arkui-uitest: no component matches {on}");
                return Ok(ExitCode::from(1));
            }
        }
        "click" => found(&selector(rest)?)?.click()?,
        "double-click" => found(&selector(rest)?)?.double_click()?,
        "long-click" => found(&selector(rest)?)?.long_click()?,
        "clear" => found(&selector(rest)?)?.clear_text()?,
        "input" => {
            let (sel, text) = split_flag(rest, "--text");
            let text = text.ok_or_else(|| bad("needs --text TEXT"))?;
            found(&selector(&sel)?)?.input_text(text)?;
        }
        "tap" => {
            let v = nums(2)?;
            d.click(v[0], v[1])?;
        }
        "swipe" | "fling" | "drag" => {
            let v = nums(4)?;
            let default = if command == "fling" {
                DEFAULT_FLING_SPEED
            } else {
                DEFAULT_SWIPE_SPEED
            };
            let speed = v.get(4).map_or(default, |s| *s as u32);
            let (from, to) = ((v[0], v[1]), (v[2], v[3]));
            match command {
                "swipe" => d.swipe(from, to, speed)?,
                "fling" => d.fling(from, to, speed)?,
                _ => d.drag(from, to, speed)?,
            }
        }
        "key" => {
            let (key, mods) = rest.split_first().ok_or_else(|| bad("needs a key name"))?;
            d.trigger_combine_keys(key, mods)?;
        }
        "back" => d.press_back()?,
        "type" => d.type_text(&rest.join(" "))?,
        "screencap" => {
            let path = rest.first().ok_or_else(|| bad("needs a file name"))?;
            d.screen_cap(path)?;
            println!("{path}");
        }
        "exit" => d.exit_app()?,
        other => return Err(bad(&format!("unknown command `{other}`"))),
    }
    Ok(ExitCode::SUCCESS)
}

/// `rest` without `flag VALUE`, and the value.
fn split_flag<'a>(rest: &[&'a str], flag: &str) -> (Vec<&'a str>, Option<&'a str>) {
    let mut out = Vec::new();
    let mut value = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        if *a == flag {
            value = it.next().copied();
        } else {
            out.push(*a);
        }
    }
    (out, value)
}

/// `id=x text~=y type=Button` as an [`On`].
fn selector(parts: &[&str]) -> Result<On, Error> {
    if parts.is_empty() {
        return Err(Error::BadArgument(
            "a selector is needed: id=ID, text=TEXT, text~=PART, type=TYPE...".into(),
        ));
    }
    let flag = |v: &str| match v {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(Error::BadArgument(format!("`{v}` is not true or false"))),
    };
    let mut on = On::new();
    for p in parts {
        let (k, v) = p
            .split_once('=')
            .ok_or_else(|| Error::BadArgument(format!("`{p}` is not KEY=VALUE")))?;
        on = match k {
            "id" => on.id(v),
            "text" => on.text(v),
            "text~" => on.text(v).matching(MatchPattern::Contains),
            "text^" => on.text(v).matching(MatchPattern::StartsWith),
            "text$" => on.text(v).matching(MatchPattern::EndsWith),
            "type" => on.type_(v),
            "enabled" => on.enabled(flag(v)?),
            "focused" => on.focused(flag(v)?),
            "checked" => on.checked(flag(v)?),
            other => {
                return Err(Error::BadArgument(format!(
                    "unknown selector key `{other}`: use id, text, text~, text^, text$, type, enabled, focused or checked"
                )));
            }
        };
    }
    Ok(on)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_parse_from_key_value_words() {
        let on = selector(&["type=Button", "text~=Coun", "enabled=true"]).unwrap();
        assert_eq!(
            on.to_string(),
            "On.type(\"Button\").text(\"Coun\", Contains).enabled(true)"
        );
        assert!(selector(&[]).is_err());
        assert!(selector(&["colour=red"]).is_err());
        assert!(selector(&["enabled=maybe"]).is_err());
        assert!(selector(&["id"]).is_err());
    }

    #[test]
    fn flags_are_taken_out_of_the_selector() {
        let (rest, text) = split_flag(&["id=name", "--text", "Ada Lovelace"], "--text");
        assert_eq!((rest, text), (vec!["id=name"], Some("Ada Lovelace")));
    }

    #[test]
    fn a_missing_app_is_a_clear_error() {
        let err = run(&[
            "--socket".into(),
            "/nonexistent/uitest-1.sock".into(),
            "dump".into(),
        ])
        .unwrap_err();
        assert!(err.contains("cannot reach the app"), "{err}");
    }
}
