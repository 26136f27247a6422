"""Start-up as the advisor sees it: the real `advisor-tui` in a pseudo-terminal, timed until text appears.

Seconds from launching the process until the first frame (Heute's section titles drawn) and until Heute is filled
(its figures drawn), beside a minimal Textual app (one Static) started the same way. Runs alternate between the two
so that a busy machine disturbs both alike; medians are printed.

Usage: python bench/startup_terminal.py DB_PATH [--runs N] [--size 130x40]
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import sys
import termios
import time
from fcntl import ioctl
from pathlib import Path

# Escape sequences Textual writes (CSI with parameters, OSC, two-byte escapes): removed before looking for text.
ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=!$ ]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_=>]")
FIRST_FRAME = b"Warten auf Antwort"  # a section title: composed before any data is read
HEUTE_FILLED = b"ohne Branche oder Rolle"  # a tile caption: shown once Heute's data arrived
MINIMAL_TEXT = b"Hallo aus Textual"
MINIMAL_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Minimal(App):\n"
    "    def compose(self):\n"
    f"        yield Static({MINIMAL_TEXT.decode()!r})\n"
    "Minimal().run()\n"
)
TIMEOUT_S = 30.0


def timed_run(argv: list[str], markers: list[bytes], size: tuple[int, int], env: dict[str, str]) -> list[float]:
    """Seconds from fork until each marker is first on screen (in order), then end the program."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program, its terminal the pseudo-terminal
        ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        os.execvpe(argv[0], argv, env)
    seen: list[float] = []
    shown = b""
    try:
        while len(seen) < len(markers) and time.perf_counter() - started < TIMEOUT_S:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown = (shown + ESCAPES.sub(b"", chunk))[-200_000:]
            while len(seen) < len(markers) and markers[len(seen)] in shown:
                seen.append(time.perf_counter() - started)
    finally:
        os.kill(pid, signal.SIGTERM)
        drain_until_exit(pid, fd)
    if len(seen) < len(markers):
        raise RuntimeError(f"{argv}: saw only {len(seen)} of {len(markers)} markers; screen text: {shown[-400:]!r}")
    return seen


def drain_until_exit(pid: int, fd: int) -> None:
    """Keep reading so the program can write its goodbye, then reap it."""
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if select.select([fd], [], [], 0.05)[0]:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def main() -> int:
    """Alternate app and minimal app, print medians as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="130x40")
    parser.add_argument("--command", default=shutil.which("advisor-tui") or "advisor-tui",
                        help="the console script to start (default: advisor-tui on PATH)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    app_first, app_filled, minimal = [], [], []
    for _ in range(args.runs):
        first, filled = timed_run([args.command, "--db", str(args.db)], [FIRST_FRAME, HEUTE_FILLED],
                                  (width, height), env)
        app_first.append(first)
        app_filled.append(filled)
        minimal.extend(timed_run([sys.executable, "-c", MINIMAL_APP], [MINIMAL_TEXT], (width, height), env))
    result = {
        "first_frame_s": statistics.median(app_first),
        "heute_filled_s": statistics.median(app_filled),
        "minimal_first_frame_s": statistics.median(minimal),
        "ratio_first_frame": statistics.median(app_first) / statistics.median(minimal),
        "runs": args.runs,
        "all_first_frame_s": [round(t, 3) for t in app_first],
        "all_heute_filled_s": [round(t, 3) for t in app_filled],
        "all_minimal_s": [round(t, 3) for t in minimal],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
