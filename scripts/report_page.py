"""Render the demo's manager report (advisor-tui report) in headless Chromium: screenshots/report.png.

Used by tests/web/test_report_page.py too, so the committed picture and the test look at the same page.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from advisor_tui.demo import seed_demo  # noqa: E402
from advisor_tui.domain.quarters import Quarter  # noqa: E402
from advisor_tui.io.report_html import report_html  # noqa: E402
from advisor_tui.store.store import Store  # noqa: E402
from advisor_tui.usecases.report import build_report  # noqa: E402
from scripts.scenarios import MOMENT, ROOT  # noqa: E402

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")
OUT = ROOT / "screenshots" / "report.png"


def demo_report(folder: Path) -> Path:
    """The demo network's report for the quarter of the screenshots' moment, as an HTML file."""
    store = Store.open(folder / "demo.db")
    try:
        seed_demo(store, today=MOMENT.date())
        page = report_html(build_report(store, Quarter.of(MOMENT.date()), MOMENT.date()))
    finally:
        store.close()
    target = folder / "bericht.html"
    target.write_text(page, encoding="utf-8")
    return target


def chromium(page: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run headless Chromium on the page with an empty profile (no network, no sync, no updates)."""
    command = ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={folder / 'profile'}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, timeout=120, check=True)


def screenshot(page: Path, folder: Path, target: Path) -> Path:
    """A full page picture of the report, 1100 pixels wide as on an office screen."""
    chromium(page, folder, "--window-size=1100,2300", f"--screenshot={target}")
    return target


def main() -> int:
    """Write screenshots/report.png."""
    with tempfile.TemporaryDirectory() as folder:
        print(screenshot(demo_report(Path(folder)), Path(folder), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
