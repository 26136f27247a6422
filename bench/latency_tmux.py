"""A terminal program in a tmux session, driven and watched through one tmux control-mode client.

Why control mode rather than `tmux capture-pane` in a polling loop: spawning a tmux client every few
milliseconds costs a good part of a core on a 2-core machine and so slows the program it measures. A control-mode
client (`tmux -C`) gets every piece of the program's output as a `%output` line the moment tmux reads it from the
terminal, and runs `send-keys` and `capture-pane` without a new process. tmux answers in order, so the output lines
read before a capture's `%begin` are exactly the output that capture shows: a frame's time is the arrival of the
last output of the burst that drew it (resolution well under a millisecond, plus the reader thread's wake-up).
"""

from __future__ import annotations

import os
import queue
import shlex
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from pathlib import Path

QUIET_S = 0.025  # no output for this long ends a burst (one frame may arrive in several pieces)
BURST_CAP_S = 0.25  # a burst that never goes quiet (an animation) ends here
_serial = count()


class PaneError(RuntimeError):
    """The session or the program in it did not behave as expected (a German line for the bench's output)."""


@dataclass(frozen=True, slots=True)
class Screen:
    """One capture of the pane: its text lines and the arrival time of the last output it shows."""

    lines: list[str]
    output_at: float

    @property
    def text(self) -> str:
        """All lines joined."""
        return "\n".join(self.lines)


def tmux_quote(text: str) -> str:
    """One argument for a tmux command line (control mode parses like tmux's own command parser)."""
    if "'" not in text:
        return f"'{text}'"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("~", "\\~")
    return f'"{escaped}"'


class Pane:
    """A program started in a new tmux session once `start()` presses Enter; close() always ends the session."""

    def __init__(
        self,
        command: list[str],
        *,
        env: dict[str, str] | None = None,
        size: tuple[int, int] = (130, 40),
        prefix: str = "latency",
    ) -> None:
        self.name = f"{prefix}-{os.getpid()}-{next(_serial)}"
        self.tmux = ["tmux", "-L", self.name]  # a server of its own: no race with a server that is shutting down
        self.command, self.env, self.size = command, env or {}, size
        self.pid = 0
        self._client: subprocess.Popen[bytes] | None = None
        self._blocks: queue.Queue[tuple[float, list[str], bool]] = queue.Queue()
        self._output = threading.Condition()
        self._last_output = 0.0
        self._outputs = 0

    # Session and control client.

    def open(self) -> None:
        """Create the session with a shell waiting for Enter before it runs the program, and attach to it."""
        width, height = self.size
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in self.env.items())
        line = f"read _; exec env {exports} {shlex.join(self.command)}"
        for command in (
            ["new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), line],
            ["set-option", "-t", self.name, "window-size", "manual"],
        ):
            done = subprocess.run([*self.tmux, *command], capture_output=True, text=True)
            if done.returncode:
                raise PaneError(f"tmux {command[0]}: {done.stderr.strip()}")
        self._client = subprocess.Popen(
            [*self.tmux, "-C", "attach-session", "-t", self.name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
        )
        threading.Thread(target=self._read, name=f"{self.name}-reader", daemon=True).start()
        self._blocks.get(timeout=10)  # the answer to attach-session itself
        self.pid = int(self.command_output(f"display-message -p -t {self.name} '#{{pane_pid}}'")[0])

    def start(self) -> float:
        """Press Enter at the waiting shell: the program starts (exec, same process); returns the moment."""
        return self.press("Enter")

    def close(self) -> None:
        """End the session's own tmux server and the control client (safe to call twice, and after a failure)."""
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)
        socket = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}" / self.name
        socket.unlink(missing_ok=True)  # a killed server leaves its socket file behind
        if self._client is not None:
            self._client.kill()
            self._client.wait()
            self._client = None

    def __enter__(self) -> Pane:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _read(self) -> None:
        """Reader thread: time-stamp output lines, hand command blocks to the waiting caller."""
        assert self._client is not None and self._client.stdout is not None
        block: list[str] | None = None
        block_output = 0.0
        for raw in self._client.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if block is not None:
                if line.startswith(("%end ", "%error ")):
                    self._blocks.put((block_output, block, line.startswith("%error")))
                    block = None
                else:
                    block.append(line)
            elif line.startswith("%begin "):
                block, block_output = [], self._last_output
            elif line.startswith("%output "):
                with self._output:
                    self._last_output = time.perf_counter()
                    self._outputs += 1
                    self._output.notify_all()
            elif line.startswith("%exit"):
                break
        self._blocks.put((0.0, ["Verbindung zu tmux beendet"], True))

    def command_output(self, command: str, timeout: float = 10.0) -> list[str]:
        """Run one tmux command through the control client and return its output lines."""
        return self._command(command, timeout)[1]

    def _command(self, command: str, timeout: float = 10.0) -> tuple[float, list[str]]:
        if self._client is None or self._client.stdin is None:
            raise PaneError("tmux-Sitzung ist nicht geöffnet")
        self._client.stdin.write(command.encode() + b"\n")
        try:
            output_at, lines, failed = self._blocks.get(timeout=timeout)
        except queue.Empty:
            raise PaneError(f"tmux antwortet nicht auf „{command}“") from None
        if failed:
            raise PaneError(f"tmux: {' '.join(lines)} („{command}“)")
        return output_at, lines

    # Keys and screen.

    def press(self, *keys: str) -> float:
        """Send tmux key names (Enter, Escape, BSpace, C-u, k …); returns the moment just before sending."""
        moment = time.perf_counter()
        self._command(f"send-keys -t {self.name} {' '.join(tmux_quote(key) for key in keys)}")
        return moment

    def type(self, text: str) -> float:
        """Send text literally (one keystroke per character, as typed)."""
        moment = time.perf_counter()
        self._command(f"send-keys -t {self.name} -l {tmux_quote(text)}")
        return moment

    def paste(self, text: str) -> float:
        """Paste a text as a terminal does (bracketed paste when the program asked for it)."""
        buffer = self.name
        subprocess.run([*self.tmux, "load-buffer", "-b", buffer, "-"], input=text.encode(), check=True)
        moment = time.perf_counter()
        self._command(f"paste-buffer -p -d -b {buffer} -t {self.name}")
        return moment

    def screen(self) -> Screen:
        """The pane's text now, with the arrival time of the last output before it."""
        output_at, lines = self._command(f"capture-pane -p -t {self.name}")
        return Screen(lines, output_at)

    def _wait_output(self, after: int, timeout: float) -> int:
        with self._output:
            self._output.wait_for(lambda: self._outputs != after, timeout=timeout)
            return self._outputs

    def wait_for(self, shows: Callable[[Screen], bool], timeout: float = 60.0) -> Screen:
        """Wait until the screen shows something and the burst of output that drew it has ended."""
        deadline = time.perf_counter() + timeout
        seen = self._outputs
        while time.perf_counter() < deadline:
            if self.exited():
                raise PaneError("das Programm hat sich beendet")
            screen = self.screen()
            if shows(screen):
                settled = self._settle(seen)
                if shows(settled):
                    return settled
            seen = self._wait_output(seen, 0.02)
        raise PaneError("Zeitüberschreitung; zuletzt auf dem Schirm:\n" + self.screen().text)

    def _settle(self, seen: int) -> Screen:
        """The screen once output has been quiet for QUIET_S (at most BURST_CAP_S)."""
        cap = time.perf_counter() + BURST_CAP_S
        while time.perf_counter() < cap:
            now = self._outputs
            if self._wait_output(now, QUIET_S) == now:
                break
        return self.screen()

    def wait_idle(self, quiet: float = 0.2, timeout: float = 30.0) -> bool:
        """Wait until the program has used (almost) no CPU for `quiet` seconds: its workers are done."""
        deadline = time.perf_counter() + timeout
        tick = 1 / os.sysconf("SC_CLK_TCK")
        while time.perf_counter() < deadline:
            before = self.cpu_seconds()
            time.sleep(quiet)
            if self.cpu_seconds() - before <= tick * 1.5:  # a cursor blink may cost a tick
                return True
        return False

    # The program's process.

    def exited(self) -> bool:
        """Whether the program's process is gone."""
        return not Path(f"/proc/{self.pid}").exists()

    def cpu_seconds(self) -> float:
        """User plus system CPU seconds of the program (all threads)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss_mb(self) -> float:
        """The program's peak resident memory (VmHWM) in MB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise PaneError("VmHWM nicht lesbar")
