"""textual-serve's Server on 127.0.0.1 with the token in every path, a German page, and a clean stop."""

from __future__ import annotations

import asyncio
import errno
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from advisor_tui.domain.text_safety import printable
from advisor_tui.web.guard import LOOPBACK, add_private_headers, token_guard

TEMPLATES = Path(__file__).parent / "templates"
# The served app's driver, by name: importing it would import Textual, which only the app's process needs.
DRIVER_IMPORT = "advisor_tui.web.driver:AdvisorWebDriver"
# The page tells "server stopped" from "app closed" by this close reason (see templates/app_index.html).
SERVER_STOPPED = "server-stopped"
# How long a served app may take to save its draft and quit before it is killed.
APP_QUIT_SECONDS = 5.0
SHUTDOWN_SECONDS = 8.0


class ServeError(Exception):
    """The server could not start (port taken …): one German line, exit 2."""


def _cells(value: str, default: int) -> int:
    """A terminal size from the browser's query, bounded: a silly number must not reach the app."""
    try:
        return min(max(int(value), 10), 1000)
    except ValueError:
        return default


class AppProcess(AppService):
    """One served app: the advisor's `advisor-tui --db …`, started without a shell in a session of its own."""

    def __init__(self, argv: Sequence[str], **kwargs: Any) -> None:
        super().__init__(" ".join(argv), **kwargs)
        self.argv = tuple(argv)

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        # No shell: the store path is passed as it is. A session of its own: Ctrl+C in the server's terminal goes to
        # the server, which then lets each app save and quit, instead of killing the apps mid-write.
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
            start_new_session=True,
        )
        self._stdin = process.stdin
        return process

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width=width, height=height)
        environment["TEXTUAL_DRIVER"] = DRIVER_IMPORT  # the app quits when its server is gone
        return environment

    async def quit(self) -> None:
        """Ask the app to quit and wait for it; kill it when it has not ended within APP_QUIT_SECONDS."""
        try:
            await asyncio.wait_for(self._quit_and_wait(), APP_QUIT_SECONDS)
        except (TimeoutError, OSError):
            pass
        process = self._process
        if process is not None and process.returncode is None:
            process.kill()
            await process.wait()

    async def _quit_and_wait(self) -> None:
        await self.stop()  # sends "quit" and reads the app's output to its end
        if self._process is not None:
            await self._process.wait()


class AdvisorServer(Server):
    """Serves `advisor-tui --db STORE` under http://127.0.0.1:PORT/TOKEN/ and nowhere else."""

    def __init__(self, store_path: Path, token: str, *, title: str = "advisor-tui") -> None:
        self.argv = (sys.executable, "-m", "advisor_tui", "--db", str(store_path))
        super().__init__(" ".join(self.argv), host=LOOPBACK, port=0, title=title, templates_path=TEMPLATES)
        self.token = token
        self._sockets: set[web.WebSocketResponse] = set()

    @property
    def url(self) -> str:
        """The address to open (with the token)."""
        return f"{self.public_url}/{self.token}/"

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[token_guard(self.token)])
        templates = aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        templates.globals["server_stopped"] = SERVER_STOPPED
        base = f"/{self.token}"
        app.add_routes(
            [
                web.get(f"{base}/", self.handle_index, name="index"),
                web.get(base, self._to_index),
                web.get(f"{base}/ws", self.handle_websocket, name="websocket"),
                web.static(f"{base}/static", self.statics_path, name="static"),
            ]
        )
        # No download route: the page asks for /download/… without the token, and the app writes its exports to the
        # local disk itself (it runs on this machine), so nothing is ever delivered through the browser.
        app.on_response_prepare.append(add_private_headers)
        app.on_shutdown.append(self.on_shutdown)  # no on_startup: textual-serve's prints an English logo
        return app

    async def _to_index(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"/{self.token}/")

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser tab: start an app process and pass keys and screen between them."""
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        service = AppProcess(
            self.argv,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self.download_manager,
        )
        self._sockets.add(websocket)
        try:
            await service.start(
                _cells(request.query.get("width", "80"), 80), _cells(request.query.get("height", "24"), 24)
            )
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # a broken message or a failed start ends this tab only, in one German line
            print(f"advisor-tui: Browser-Tab getrennt: {printable(repr(exc))}", file=sys.stderr, flush=True)
        finally:
            self._sockets.discard(websocket)
            await service.quit()
            await websocket.close()
        return websocket

    async def on_shutdown(self, app: web.Application) -> None:
        """Tell every open page that the server stops; each handler then lets its app quit."""
        await asyncio.gather(
            *(
                socket.close(code=WSCloseCode.GOING_AWAY, message=SERVER_STOPPED.encode())
                for socket in list(self._sockets)
            ),
            return_exceptions=True,
        )

    async def run(self, port: int, on_ready: Callable[[str], None]) -> None:
        """Listen on 127.0.0.1:port (0: any free port) until SIGINT, SIGTERM or SIGHUP, then stop every app cleanly."""
        runner = web.AppRunner(
            await self._make_app(), handle_signals=False, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, LOOPBACK, port)
            try:
                await site.start()
            except OSError as exc:
                why = "belegt" if exc.errno == errno.EADDRINUSE else "nicht zu öffnen"
                raise ServeError(
                    f"Port {port} auf {LOOPBACK} ist {why}; bitte mit --port einen anderen wählen."
                ) from exc
            self.port = runner.addresses[0][1]
            self.public_url = f"http://{LOOPBACK}:{self.port}"
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            # SIGHUP: the terminal was closed. The apps run in sessions of their own and would not get it.
            for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(signum, stop.set)
            on_ready(self.url)
            await stop.wait()
        finally:
            await runner.cleanup()
