"""The served app in headless Chromium: Heute, `k`, the palette, an export, a copy, refusals, the end page."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.web.chromium import CHROMIUM, Chromium, poll
from tests.web.served import ROOT, Served, gone

# In CI Chromium must be there (.ci/run installs it): the test is skipped only on a developer machine without it.
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"),
    reason="Chromium fehlt (apt-get install chromium); in CI installiert .ci/run es",
)

SCREENSHOT = ROOT / "screenshots" / "browser.png"
REFUSED = "Zugriff verweigert"

# Asked from inside the page (same origin as the app): the page without the token, with a wrong one, and the
# websocket without it; each must be refused while the app in this tab keeps running.
PROBE_REFUSALS = """(async () => {
  const origin = window.location.origin, wsOrigin = origin.replace("http", "ws");
  const page = async (path) => {
    const response = await fetch(origin + path, {cache: "no-store"});
    return [response.status, await response.text()];
  };
  const socket = (path) => new Promise((resolve) => {
    const ws = new WebSocket(wsOrigin + path);
    ws.onopen = () => { ws.close(); resolve("open"); };
    ws.onerror = () => resolve("refused");
  });
  const token = window.location.pathname.split("/")[1];
  return {
    bare: await page("/"), wrong: await page("/" + token.slice(0, -1) + "x/"),
    bareStatic: await page("/static/js/textual.js"), socket: await socket("/ws?width=80&height=24"),
    wrongSocket: await socket("/x" + token + "/ws"), goodStatic: (await page("/" + token + "/static/css/xterm.css"))[0],
  };
})()"""


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[Chromium]:
    """Headless Chromium on an empty profile; asked for before `served`, so both start at once."""
    browser = Chromium(tmp_path / "profile")
    yield browser
    browser.close()


async def test_the_app_in_a_browser(chromium: Chromium, served: Served, tmp_path: Path, private_dirs: Path) -> None:
    async with aiohttp.ClientSession() as session:
        page = await chromium.page(session)
        await page.send("Page.navigate", url=served.url)
        await page.wait_for_text("Warten auf Antwort", timeout=60)  # Heute, filled

        await page.press("k")
        screen = await page.wait_for_text("Netzwerk-Relevanz")
        assert "Kontakte" in screen and "Zielkunden" in screen
        await page.screenshot(tmp_path / "browser.png")
        assert (tmp_path / "browser.png").read_bytes().startswith(b"\x89PNG")
        if os.environ.get("ADVISOR_TUI_SCREENSHOTS"):  # scripts regenerate the README's picture with this
            shutil.copy(tmp_path / "browser.png", SCREENSHOT)

        await page.press("p", ctrl=True)  # the palette
        await page.wait_for_text("Zur Ansicht Redaktionsplan wechseln")
        await page.press("Escape")
        await page.wait_until_gone("Zur Ansicht Redaktionsplan wechseln")

        # An export goes to this machine's disk, private as in the terminal.
        await page.press("e")
        await page.wait_for_text("Datei auf diesem Rechner, kein Download")
        await page.press("Enter")
        await page.wait_for_text("geschrieben")
        (written,) = private_dirs.glob("kontakte-*.csv")
        assert written.stat().st_mode & 0o777 == 0o600
        assert written.read_text(encoding="utf-8").startswith("first_name,last_name,")
        await page.press("Escape")
        await page.wait_until_gone("kein Download")  # a key right after Esc would read as Alt+key

        # The draft's copy (OSC 52 from the app) reaches the browser's clipboard.
        await page.press("h")
        await page.wait_for_text("Warten auf Antwort")
        await page.press("a")
        await page.wait_for_text("Kopieren")
        await page.press("y")
        copied = await poll(lambda: page.evaluate("window.__copied.length && window.__copied[0]"), "the copy")
        assert copied.startswith("Sehr geehrte")
        await page.wait_for_text("des Browsers kopiert")  # not the terminal's OSC 52 advice

        refusals = await page.evaluate(PROBE_REFUSALS)
        for name in ("bare", "wrong", "bareStatic"):
            assert refusals[name][0] == 403 and REFUSED in refusals[name][1], name
        assert refusals["socket"] == refusals["wrongSocket"] == "refused"
        assert refusals["goodStatic"] == 200
        async with session.get(served.origin + "/") as response:  # and from outside the browser
            assert response.status == 403 and REFUSED in await response.text()
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(served.origin + "/ws")
        assert refused.value.status == 403
        assert "Kopieren" in await page.screen()  # the app in the tab kept running
        async with session.get(served.url) as response:
            assert response.headers["Cache-Control"] == "no-store"
            assert response.headers["Referrer-Policy"] == "no-referrer"
        # Offline: the page asked this server for everything (no web fonts, no scripts from elsewhere).
        elsewhere = [
            url for url in page.requests if not url.startswith((served.origin, served.origin.replace("http", "ws")))
        ]
        assert page.requests and elsewhere == [], elsewhere

        apps = served.apps()
        assert len(apps) == 1
        assert served.stop() == 0  # Ctrl+C in the server's terminal
        assert served.lines[-1] == "advisor-tui: Server beendet."
        closed = await poll(
            lambda: page.evaluate(
                "document.body.classList.contains('-closed') && document.getElementById('closed').innerText"
            ),
            "the end page",
        )
        assert "Der Server ist beendet." in closed and "advisor-tui serve" in closed
        assert all(gone(pid) for pid in apps)
        served.assert_loopback_only()
        assert not [line for line in page.console if line.startswith("EXCEPTION")]
        await page.close()
