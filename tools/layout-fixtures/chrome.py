"""Lay fixtures out in headless Chromium and read back every node's border box."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from model import page_html

# Quiet, hermetic headless flags: no network, no first-run work, a throwaway profile.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUT_RE = re.compile(r'<pre id="out">(.*?)</pre>', re.S)


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit(
        "no Chromium found: apt-get -o DPkg::Lock::Timeout=600 install -y chromium"
    )


def version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def layout(fixtures: list[dict], binary: str, workdir: Path) -> dict[str, dict]:
    """Rects per fixture name, per node id: [x, y, width, height] relative to the stage,
    or None for a node inside a `visibility: None` subtree."""
    page = workdir / "batch.html"
    page.write_text(page_html(fixtures))
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True,
            text=True,
            timeout=300,
        )
    match = OUT_RE.search(run.stdout)
    if run.returncode != 0 or not match or not match.group(1):
        raise SystemExit(f"Chromium failed (exit {run.returncode}):\n{run.stderr[-2000:]}")
    result = json.loads(html.unescape(match.group(1)))
    missing = [f["name"] for f in fixtures if f["name"] not in result]
    if missing:
        raise SystemExit(f"Chromium returned no layout for {missing[:5]}")
    return result
