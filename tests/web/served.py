"""`advisor-tui serve` as a user starts it, in a subprocess, with every socket call of it and its apps recorded."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/([A-Za-z0-9_-]+)/")

# Loaded by every Python process started with this folder on PYTHONPATH (the server and each served app): records
# each bind and connect of an IP socket with the process id, and refuses any address outside the loopback range.
NETWORK_GUARD = """
import os, socket

_LOG = os.environ["ADVISOR_TUI_TEST_SOCKETS"]


def _loopback(address):
    host = str(address[0]) if isinstance(address, tuple) else str(address)
    return host.startswith("127.") or host in ("::1", "localhost")


def _guarded(name):
    real = getattr(socket.socket, name)

    def call(self, address, *rest):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            with open(_LOG, "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()} {name} {address[0]} {address[1]}\\n")
            if not _loopback(address):
                raise OSError("Netzwerk in diesem Test verboten")
        return real(self, address, *rest)

    setattr(socket.socket, name, call)


for _name in ("bind", "connect", "connect_ex"):
    _guarded(_name)
"""


class Served:
    """A running `advisor-tui serve --port 0` on a store; `url` is the address it printed."""

    def __init__(self, store: Path, workdir: Path) -> None:
        guard = workdir / "guard"
        guard.mkdir()
        (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
        self.sockets_log = workdir / "sockets.log"
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT)]),
            "ADVISOR_TUI_TEST_SOCKETS": str(self.sockets_log),
            "PYTHONUNBUFFERED": "1",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "advisor_tui", "serve", "--port", "0", "--db", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=workdir,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url, self.port, self.token = self._address()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def _address(self, timeout: float = 30.0) -> tuple[str, int, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if match := URL.search(line):
                    return match.group(0), int(match.group(1)), match.group(2)
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"serve printed no address: {self.output}")

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def apps(self) -> list[int]:
        """The process ids of the served apps (the server's children)."""
        pids: list[int] = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            pids += [int(pid) for pid in (task / "children").read_text().split()]
        return pids

    def socket_calls(self) -> list[tuple[int, str, str, int]]:
        """(pid, bind|connect|connect_ex, host, port) for every IP socket call the server and its apps made."""
        if not self.sockets_log.exists():
            return []
        rows = [line.split() for line in self.sockets_log.read_text(encoding="utf-8").splitlines()]
        return [(int(pid), call, host, int(port)) for pid, call, host, port in rows]

    def assert_loopback_only(self) -> None:
        """The server bound 127.0.0.1 and nothing else; neither it nor any served app connected anywhere."""
        calls = self.socket_calls()
        assert {(pid, call, host) for pid, call, host, _ in calls} == {(self.process.pid, "bind", "127.0.0.1")}, calls

    def stop(self, timeout: float = 20.0, signum: int = signal.SIGINT) -> int:
        """Ctrl+C (or another signal), as in the terminal; the exit code. No app is left running."""
        apps = self.apps() if self.process.poll() is None else []
        if self.process.poll() is None:
            self.process.send_signal(signum)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finally:
            for pid in apps:
                if not gone(pid):
                    os.kill(pid, signal.SIGKILL)


def gone(pid: int) -> bool:
    """Whether a process has ended (no longer there, or a zombie waiting for its parent)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True
