"""The manager report opened in headless Chromium as the manager would: it renders offline, with both charts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from scripts.report_page import chromium, demo_report, screenshot

pytestmark = pytest.mark.skipif(
    shutil.which("chromium") is None and not os.environ.get("CI"),
    reason="Chromium fehlt (apt-get install chromium); in CI installiert .ci/run es",
)


def test_the_demo_report_renders_in_chromium_with_its_figures_and_charts(tmp_path: Path) -> None:
    page = demo_report(tmp_path)
    dom = chromium(page, tmp_path, "--dump-dom").stdout.decode("utf-8")
    assert "Social Selling: was es bringt – Q4 2026" in dom and "Vom Netzwerk zum Mandat" in dom
    assert dom.count("<svg") == 2 and "<script" not in dom
    picture = Image.open(screenshot(page, tmp_path, tmp_path / "report.png")).convert("L")
    assert picture.size == (1100, 2300)
    dark = sum(picture.histogram()[:128])
    assert dark > 0.01 * picture.width * picture.height  # text and bars drawn, not a blank page
    chart_band = picture.crop((60, 380, 700, 640))  # where the weekly chart sits below the figures
    assert chart_band.getextrema()[0] < 100
