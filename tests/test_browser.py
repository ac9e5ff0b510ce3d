"""The HTML report in a real browser: screenshot, console errors, axe-core audit.

Needs Debian's ``chromium`` (skipped with the reason when it is absent) and,
for the accessibility audit, ``npm`` to install ``axe-core`` from the npm
registry into ``tests/.cache/`` once.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from framing.compare import compare
from framing.events import load_event
from framing.report import write_report
from tests.conftest import ROOT, SEED_EVENT

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE_VERSION = "4.10.3"
CACHE = ROOT / "tests" / ".cache"


def _chromium(tmp: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp / 'profile'}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    out = tmp_path_factory.mktemp("browser") / "report"
    write_report(compare(load_event(SEED_EVENT)), out, formats=("html",))
    return out / "report.html"


def test_screenshot_and_no_console_errors(report_html: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    proc = _chromium(
        tmp_path,
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1280,2400",
        f"--screenshot={shot}",
        report_html.as_uri(),
    )
    assert shot.exists() and shot.stat().st_size > 20_000, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == [], console
    # Keep the last screenshot for a person to look at.
    keep = ROOT / "reports" / "browser-check.png"
    keep.parent.mkdir(exist_ok=True)
    shutil.copy(shot, keep)


@pytest.fixture(scope="module")
def axe_script() -> str:
    script = CACHE / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: cannot install axe-core for the accessibility audit")
        CACHE.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(CACHE), f"axe-core@{AXE_VERSION}"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if proc.returncode != 0 or not script.exists():
            pytest.skip(f"could not install axe-core from the npm registry: {proc.stderr.strip()[-300:]}")
    return script.read_text(encoding="utf-8")


RUNNER = """
<script>
axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
  var pre = document.createElement("pre");
  pre.id = "axe-results";
  pre.textContent = JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.html; })};
  }));
  document.body.appendChild(pre);
});
</script>
"""


def test_axe_core_finds_no_serious_or_critical_issue(report_html: Path, axe_script: str, tmp_path: Path) -> None:
    page = tmp_path / "audit.html"
    source = report_html.read_text(encoding="utf-8")
    page.write_text(source.replace("</body>", f"<script>{axe_script}</script>{RUNNER}</body>"), encoding="utf-8")
    proc = _chromium(tmp_path, "--dump-dom", "--virtual-time-budget=60000", page.as_uri(), timeout=240)
    found = re.search(r'<pre id="axe-results">(.*?)</pre>', proc.stdout, re.S)
    assert found, "axe-core did not report (page too slow?): " + proc.stderr[-1000:]
    violations = json.loads(html.unescape(found.group(1)))
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], json.dumps(bad, indent=1)
