"""What must never happen: a half import, lost writes, a cryptic crash on a broken file, a network connection."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.store.database import StoreError
from advisor_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def connections_csv(path: Path, rows: int) -> Path:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"Vorname{i},Nachname{i},https://www.linkedin.com/in/person-{i},,Firma {i} GmbH,Inhaber,24 Aug 2023"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_killed_midway_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "advisor.db"
    store = Store.open(db)
    store.contacts.add(__import__("advisor_tui.domain.models", fromlist=["Contact"]).Contact("Anna", "Müller"))
    store.close()
    marker = tmp_path / "mitten-im-import"
    child = run_python("""
        import sys, time
        from pathlib import Path
        from advisor_tui.io.linkedin import parse_linkedin
        from advisor_tui.store.importer import BatchWriter
        from advisor_tui.store.store import Store
        store = Store.open(Path(sys.argv[1]))
        def hang(share):
            if share >= 0.6:  # contacts written, transaction still open
                Path(sys.argv[3]).touch()
                time.sleep(60)
        BatchWriter(store.engine).apply(parse_linkedin(Path(sys.argv[2])), progress=hang)
    """, str(db), str(connections_csv(tmp_path / "Connections.csv", 5000)), str(marker))
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reopened = Store.open(db)
    try:
        assert [c.full_name for c in reopened.contacts.list()] == ["Anna Müller"]
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "advisor.db"
    Store.open(db).close()
    writer = """
        import sys
        from pathlib import Path
        from advisor_tui.domain.models import Contact
        from advisor_tui.store.store import Store
        store = Store.open(Path(sys.argv[1]))
        for i in range(150):
            store.contacts.add(Contact(sys.argv[2], f"Nachname{i}"))
            store.activity.log_checkin(__import__("datetime").datetime.now())
        store.close()
    """
    children = [run_python(writer, str(db), name) for name in ("Erster", "Zweiter")]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    store = Store.open(db)
    try:
        assert store.contacts.count() == 300
        assert len(store.activity.checkins()) == 300
    finally:
        store.close()


def test_a_corrupt_store_gives_one_clear_line_and_points_to_the_backup(tmp_path: Path, capsys) -> None:
    db = tmp_path / "advisor.db"
    assert main(["demo", "--seed-only", "--db", str(db)]) == 0
    backup = db.with_name("advisor.db.0001.20261120-080000.bak")
    backup.write_bytes(db.read_bytes())
    capsys.readouterr()
    data = bytearray(db.read_bytes())
    data[4096:] = b"\x00\xff" * ((len(data) - 4096) // 2)
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    assert main(["today", "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "beschädigt" in err[0] and str(backup) in err[0]


def test_a_store_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "advisor.db"
    db.write_bytes(b"\x00" * 4096)
    with pytest.raises(StoreError):
        Store.open(db)


async def test_no_network_connection_during_a_full_pilot_run(demo_store, monkeypatch) -> None:
    from advisor_tui.ui.app import make_app
    from scripts.scenarios import Typed, play
    from tests.conftest import FIXED_NOW
    from tests.ui.conftest import SIZE

    attempts: list[tuple] = []
    real_connect = socket.socket.connect

    def record(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("Netzwerk in diesem Test verboten")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", record)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(
        OSError("Netzwerk in diesem Test verboten")))
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        # Every view and the search (typed as one paste: the keys themselves are not under test), settling after each.
        await play(pilot, ("k", "slash", Typed("müller"), "escape", "n", "r", "h", "p", "f1", "escape"))
    assert attempts == []


async def test_served_app_listens_on_loopback_only_and_connects_nowhere(demo_template: Path, tmp_path: Path) -> None:
    """`advisor-tui serve`: every socket call of the server and of the apps it runs is recorded (a sitecustomize)."""
    import aiohttp

    from tests.conftest import _copy_store
    from tests.web.served import Served, gone

    async def until_shown(ws: aiohttp.ClientWebSocketResponse, text: bytes) -> None:
        screen = b""
        deadline = time.monotonic() + 40
        while text not in screen and time.monotonic() < deadline:
            message = await ws.receive(timeout=40)
            assert message.type == aiohttp.WSMsgType.BINARY, message
            screen += message.data
        assert text in screen

    served = Served(_copy_store(demo_template, tmp_path / "store" / "advisor.db"), tmp_path)
    first = second = 0
    address = f"ws://127.0.0.1:{served.port}/{served.token}/ws?width=100&height=30"
    try:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(address) as ws:
                await until_shown(ws, b"Heute")  # the app runs
                (first,) = served.apps()
                await ws.send_str("kein JSON")  # a broken message ends this tab's app, not the server
                while (await ws.receive(timeout=40)).type == aiohttp.WSMsgType.BINARY:  # frames drawn before
                    pass
                assert ws.closed
            async with session.ws_connect(address) as ws:
                await until_shown(ws, b"Warten auf Antwort")  # Heute, filled from the store
                (second,) = served.apps()
                served.process.kill()  # the server dies without a word: its app must not run on unseen
                deadline = time.monotonic() + 20
                while not gone(second) and time.monotonic() < deadline:
                    await asyncio.sleep(0.1)
    finally:
        served.stop()
        survivors = [pid for pid in (first, second) if pid and not gone(pid)]
        for pid in survivors:  # a failure here must not leave an app running
            os.kill(pid, signal.SIGKILL)
    assert first and second and survivors == []
    served.assert_loopback_only()
    assert "advisor-tui: Browser-Tab getrennt: JSONDecodeError" in served.output
    assert "Traceback" not in served.output


def test_store_file_and_folder_keep_their_modes_after_use(private_dirs: Path) -> None:
    assert main(["demo", "--seed-only"]) == 0
    folder = private_dirs / "data" / "advisor-tui"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert main(["today"]) == 0
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path
