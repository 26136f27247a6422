"""Headless Chromium driven over the DevTools protocol with aiohttp's websocket client (no browser download)."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import subprocess
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The flags the issue names: without the background-networking ones Chromium tries to reach Google at every start.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)

# Test-only page hooks, installed before the page's own scripts: textual.js keeps its xterm.js terminal in a local
# object, so the first object that gets a `terminal` property that looks like one is remembered; what the page
# writes to the clipboard (or the error it gets) is recorded to prove that the app's copy reaches the browser.
PAGE_HOOKS = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal", {value, writable: true, configurable: true, enumerable: true});
    if (value && typeof value.onData === "function" && !window.__xterm) { window.__xterm = value; }
  },
});
window.__copied = [];
if (navigator.clipboard) {
  const write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text) => write(text).then(
    () => { window.__copied.push(text); },
    (error) => { window.__copied.push("FEHLER " + error); },
  );
}
"""

# DevTools key events: code, virtual key number and the text the key types.
NAMED_KEYS = {"Enter": ("Enter", 13, "\r"), "Escape": ("Escape", 27, "")}

SCREEN_TEXT = """(() => {
  const t = window.__xterm;
  if (!t) { return ""; }
  const buffer = t.buffer.active, lines = [];
  for (let i = 0; i < t.rows; i++) {
    const line = buffer.getLine(buffer.viewportY + i);
    lines.push(line ? line.translateToString(true) : "");
  }
  return lines.join("\\n");
})()"""


async def poll(check: Callable[[], Awaitable[Any]], what: str, timeout: float = 30.0) -> Any:
    """Call `check` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.1)


class Chromium:
    """One headless Chromium process with an empty profile; `page()` connects to its tab."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "LANG": "de_DE.UTF-8"},
        )

    async def devtools_port(self) -> int:
        active = self.profile / "DevToolsActivePort"

        async def port() -> int:
            text = active.read_text() if active.exists() else ""
            return int(text.split()[0]) if text.strip() else 0

        return await poll(port, "Chromium's DevTools port")

    async def page(self, session: aiohttp.ClientSession) -> Page:
        """The first tab, connected."""
        port = await self.devtools_port()

        async def target() -> str:
            async with session.get(f"http://127.0.0.1:{port}/json/list") as response:
                tabs = [tab for tab in await response.json() if tab.get("type") == "page"]
            return tabs[0]["webSocketDebuggerUrl"] if tabs else ""

        socket = await session.ws_connect(await poll(target, "Chromium's first tab"), max_msg_size=0)
        page = Page(socket)
        await page.send("Page.enable")
        await page.send("Runtime.enable")
        await page.send("Network.enable")
        await page.send("Page.addScriptToEvaluateOnNewDocument", source=PAGE_HOOKS)
        # A fixed page size: the served terminal's columns and rows follow from it.
        await page.send("Emulation.setDeviceMetricsOverride", width=1200, height=740, deviceScaleFactor=1, mobile=False)
        return page

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Page:
    """A DevTools session on one tab: commands, console messages, requests, and the served terminal's text."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.ids = itertools.count(1)
        self.waiting: dict[int, asyncio.Future[dict]] = {}
        self.console: list[str] = []
        self.requests: list[str] = []  # every URL the page asked for (page, scripts, fonts, websockets)
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.socket:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.waiting:
                self.waiting.pop(data["id"]).set_result(data)
            elif data.get("method") in ("Network.requestWillBeSent", "Network.webSocketCreated"):
                self.requests.append(data["params"].get("request", data["params"]).get("url", ""))
            elif data.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(arg.get("value", "")) for arg in data["params"]["args"]))
            elif data.get("method") == "Runtime.exceptionThrown":
                self.console.append("EXCEPTION " + json.dumps(data["params"]["exceptionDetails"])[:500])

    async def send(self, method: str, **params: Any) -> dict:
        """Run one DevTools command and return its result (an error raises)."""
        number = next(self.ids)
        future: asyncio.Future[dict] = asyncio.get_running_loop().create_future()
        self.waiting[number] = future
        await self.socket.send_json({"id": number, "method": method, "params": params})
        answer = await asyncio.wait_for(future, 30)
        if "error" in answer:
            raise AssertionError(f"{method}: {answer['error']}")
        return answer["result"]

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result["result"].get("value")

    async def screen(self) -> str:
        """The terminal's visible lines as text."""
        return await self.evaluate(SCREEN_TEXT) or ""

    async def wait_for_text(self, text: str, timeout: float = 30.0) -> str:
        """Poll the terminal until `text` shows; returns the screen."""

        async def shows() -> str:
            screen = await self.screen()
            return screen if text in screen else ""

        return await poll(shows, f"„{text}“ on the served screen", timeout)

    async def wait_until_gone(self, text: str, timeout: float = 30.0) -> str:
        """Poll the terminal until `text` no longer shows; returns the screen."""

        async def gone() -> str:
            screen = await self.screen()
            return "" if text in screen else screen or " "

        return await poll(gone, f"„{text}“ to leave the served screen", timeout)

    async def press(self, key: str, *, ctrl: bool = False) -> None:
        """Type one key into the terminal, as a person would: a letter (with Ctrl), or Enter / Escape."""
        await self.evaluate("window.__xterm && window.__xterm.focus()")
        code, number, text = NAMED_KEYS.get(key) or (f"Key{key.upper()}", ord(key.upper()), "" if ctrl else key)
        for kind in ("keyDown", "keyUp"):
            await self.send(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=code,
                windowsVirtualKeyCode=number,
                modifiers=2 if ctrl else 0,
                text=text if kind == "keyDown" else "",
            )

    async def screenshot(self, path: Path) -> None:
        """A PNG of the page."""
        result = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(result["data"]))

    async def close(self) -> None:
        await self.socket.close()
        self.reader.cancel()
