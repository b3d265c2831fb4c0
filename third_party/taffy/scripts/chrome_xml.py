#!/usr/bin/env python3
"""Turn gentest HTML fixtures into taffy's XML tests, laid out by headless Chromium.

Upstream's `scripts/gentest` (Rust + chromedriver) is not vendored; this does the same job for the
fixtures our patches add, with the same page setup (gentest's base stylesheet, a max-content
`.viewport`, the four box-sizing x direction variants) and the same measurements (offsetLeft/Top +
the parent's clientLeft/Top, offsetWidth/Height), and writes the same XML.

    python3 scripts/chrome_xml.py test_fixtures/flex/NAME.html [...]

writes tests/xml/flex/NAME__{border,content}_box_{ltr,rtl}.xml and adds the four tests to
tests/xml/mod.rs. Needs `chromium` (Debian: apt-get install chromium). Fixtures must not use text.
"""

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BASE_CSS = """
div { box-sizing: border-box; position: relative; border: 0 solid red; margin: 0; padding: 0; display: flex; }
body { padding: 0; margin: 0; }
body > * { position: absolute; }
.viewport { display: flex; align-items: start; justify-content: start; width: max-content; height: max-content; }
.border-box, .border-box * { box-sizing: border-box; }
.content-box, .content-box * { box-sizing: content-box; }
.ltr * { direction: ltr; }
.rtl * { direction: rtl; }
"""
# Every declaration becomes an XML attribute of the same name, as gentest writes them, except the
# border widths, which taffy's XML names after the shorthand side.
SCRIPT = r"""
const RENAME = {'border-top-width':'border-top','border-right-width':'border-right',
                'border-bottom-width':'border-bottom','border-left-width':'border-left'};
const SKIP = new Set(['border-top-style','border-right-style','border-bottom-style','border-left-style',
                      'border-top-color','border-right-color','border-bottom-color','border-left-color',
                      'border-image-source','border-image-slice','border-image-width','border-image-outset',
                      'border-image-repeat']);
function attrs(e, boxSizing, dir) {
  const out = [];
  if (boxSizing === 'content-box') out.push(['box-sizing', 'content-box']);
  out.push(['direction', dir]);
  for (let i = 0; i < e.style.length; i++) {
    const p = e.style[i];
    if (SKIP.has(p)) continue;
    let v = e.style.getPropertyValue(p);
    // Chromium serialises `aspect-ratio: 2` as `2 / 1`; taffy's XML (like gentest) wants the number.
    const ratio = p === 'aspect-ratio' && v.match(/^([\d.]+) \/ ([\d.]+)$/);
    if (ratio) v = String(parseFloat(ratio[1]) / parseFloat(ratio[2]));
    out.push([RENAME[p] || p, v]);
  }
  return out.map(([k, v]) => ` ${k}="${v}"`).join('');
}
function input(e, bs, dir, ind) {
  const kids = [...e.children];
  const a = attrs(e, bs, dir);
  if (!kids.length) return `${ind}<div${a}/>\n`;
  return `${ind}<div${a}>\n` + kids.map(k => input(k, bs, dir, ind + '  ')).join('') + `${ind}</div>\n`;
}
function expect(e, root, ind) {
  const x = root ? 0 : e.offsetLeft + e.parentNode.clientLeft;
  const y = root ? 0 : e.offsetTop + e.parentNode.clientTop;
  const a = ` x="${x}" y="${y}" width="${e.offsetWidth}" height="${e.offsetHeight}"`;
  const kids = [...e.children];
  if (!kids.length) return `${ind}<node${a}/>\n`;
  return `${ind}<node${a}>\n` + kids.map(k => expect(k, false, ind + '  ')).join('') + `${ind}</node>\n`;
}
const parts = [];
for (const v of document.querySelectorAll('.viewport')) {
  const root = v.firstElementChild;
  parts.push('@@' + v.dataset.variant + '\n' + input(root, v.dataset.bs, v.dataset.dir, '    ')
             + '##\n' + expect(root, true, '    '));
}
document.getElementById('out').textContent = parts.join('');
"""
VARIANTS = [("border_box_ltr", "border-box", "ltr"), ("content_box_ltr", "content-box", "ltr"),
            ("border_box_rtl", "border-box", "rtl"), ("content_box_rtl", "content-box", "rtl")]


def root_markup(fixture: Path) -> str:
    text = fixture.read_text()
    m = re.search(r'(<div id="test-root".*</div>)\s*</body>', text, re.S)
    if not m:
        sys.exit(f"{fixture}: no <div id=\"test-root\"> before </body>")
    markup = m.group(1)
    if re.search(r">[^<]*[^<\s][^<]*<", markup):
        sys.exit(f"{fixture}: has text; this tool only writes box fixtures (use upstream's gentest)")
    return markup.replace(' id="test-root"', "")


def layout(fixture: Path) -> dict:
    markup = root_markup(fixture)
    body = "".join(
        f'<div class="viewport {bs} {d}" data-variant="{n}" data-bs="{bs}" data-dir="{d}">{markup}</div>'
        for n, bs, d in VARIANTS)
    page = (f"<!DOCTYPE html><html><head><style>{BASE_CSS}</style></head><body>{body}"
            f'<pre id="out"></pre><script>{SCRIPT}</script></body></html>')
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page)
        dom = subprocess.run(["chromium", *FLAGS, f"--user-data-dir={tmp}/profile", "--dump-dom",
                              path.as_uri()], capture_output=True, text=True, timeout=120).stdout
    out = html.unescape(re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1))
    result = {}
    for chunk in out.split("@@")[1:]:
        name, rest = chunk.split("\n", 1)
        inp, exp = rest.split("##\n")
        result[name] = (inp, exp)
    return result


def main() -> None:
    mod = ROOT / "tests/xml/mod.rs"
    mod_text = mod.read_text()
    for arg in sys.argv[1:]:
        fixture = Path(arg).resolve()
        group, name = fixture.parent.name, fixture.stem
        for variant, (inp, exp) in layout(fixture).items():
            test = f"{name}__{variant}"
            xml = (f'<test name="{test}" use-rounding="true">\n'
                   f'  <viewport width="max-content" height="max-content"/>\n'
                   f"  <input>\n{inp}  </input>\n  <expectations>\n{exp}  </expectations>\n</test>\n")
            (ROOT / "tests/xml" / group / f"{test}.xml").write_text(xml)
            fn = f"    #[test]\n    fn {test}() {{\n        crate::run_xml_test(\"{group}\", \"{test}\");\n    }}\n"
            if f"fn {test}()" not in mod_text:
                head = f"mod {group} {{\n"
                mod_text = mod_text.replace(head, head + fn + "\n", 1)
            print(ROOT / "tests/xml" / group / f"{test}.xml")
    mod.write_text(mod_text)


if __name__ == "__main__":
    main()
