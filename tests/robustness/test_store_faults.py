"""The store file under attack: modes, owners, links, a newer schema, damage, a full disk, a lost journal.

Every case must end in one clear German line (exit 2 on the command line, a notification in the app),
never a traceback, and must leave the store as it was.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.store.database import backup_copy
from advisor_tui.store.store import Store
from tests.conftest import FIXED_NOW, make_private
from tests.robustness.app_steps import run_keys

PAGE = 4096
CONNECTIONS = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def connections_csv(path: Path, rows: int, company: str = "Firma") -> Path:
    lines = [f"Vorname{i},Nachname{i},https://www.linkedin.com/in/person-{i},,{company} {i} GmbH,Inhaber,24 Aug 2023"
             for i in range(rows)]
    path.write_text(CONNECTIONS + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, list[str]]:
    """The CLI in-process: exit code, standard output, lines on standard error."""
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def one_german_line(err: list[str], *needles: str) -> str:
    assert len(err) == 1, err
    assert err[0].startswith("advisor-tui: Fehler: ") and "Traceback" not in err[0], err
    for needle in needles:
        assert needle in err[0], err
    return err[0]


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def seeded_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo store seeded by the command line with one migration backup beside it, closed cleanly; built once."""
    root = tmp_path_factory.mktemp("seeded")
    with pytest.MonkeyPatch.context() as monkeypatch:  # module scope: private_dirs is not set up yet
        make_private(monkeypatch, root / "home")
        assert main(["demo", "--seed-only", "--db", str(root / "daten" / "advisor.db")]) == 0
    backup_copy(root / "daten" / "advisor.db", "0003")
    return root / "daten"


@pytest.fixture
def seeded(seeded_folder: Path, tmp_path: Path) -> Path:
    """A copy of the seeded folder (modes kept) for one test: the 130 damage cases each spoil their own."""
    return shutil.copytree(seeded_folder, tmp_path / "daten") / "advisor.db"


# --- modes, owners, links ------------------------------------------------------------------------

def test_a_read_only_store_file_is_refused_and_never_made_writable(seeded: Path, tmp_path: Path, capsys) -> None:
    seeded.chmod(0o400)
    before = files_in(seeded.parent)
    for command in (["today"], ["import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 3))]):
        code, _out, err = run(capsys, *command, "--db", str(seeded))
        assert code == 2
        one_german_line(err, "schreibgeschützt", "chmod 600")
    assert seeded.stat().st_mode & 0o777 == 0o400
    assert files_in(seeded.parent) == before


def test_a_read_only_folder_is_refused_with_the_right_reason(seeded: Path, capsys) -> None:
    seeded.parent.chmod(0o500)
    try:
        before = files_in(seeded.parent)
        code, _out, err = run(capsys, "today", "--db", str(seeded))
        assert code == 2
        one_german_line(err, "Ordner", "schreibgeschützt")
        assert files_in(seeded.parent) == before
    finally:
        seeded.parent.chmod(0o700)


def test_a_dangling_symlink_is_refused_and_nothing_is_created(tmp_path: Path, capsys) -> None:
    link = tmp_path / "advisor.db"
    link.symlink_to(tmp_path / "woanders" / "advisor.db")
    code, _out, err = run(capsys, "import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 3)),
                          "--db", str(link))
    assert code == 2
    one_german_line(err, "Verweis", "gibt")
    assert not (tmp_path / "woanders").exists()


def test_a_symlink_to_an_empty_file_is_not_made_into_a_database(tmp_path: Path, capsys) -> None:
    target = tmp_path / "leer.txt"
    target.touch()
    link = tmp_path / "advisor.db"
    link.symlink_to(target)
    code, _out, err = run(capsys, "demo", "--seed-only", "--db", str(link))
    assert code == 2
    one_german_line(err, "leere Datei")
    assert target.read_bytes() == b""


def test_a_symlink_to_a_real_store_works(seeded: Path, tmp_path: Path, capsys) -> None:
    link = tmp_path / "verknüpft.db"
    link.symlink_to(seeded)
    assert run(capsys, "today", "--db", str(link))[0] == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
def test_a_folder_owned_by_another_user_is_refused_and_left_empty(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "fremd"
    folder.mkdir(mode=0o755)
    os.chown(folder, 12345, 12345)
    code, _out, err = run(capsys, "import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 3)),
                          "--db", str(folder / "advisor.db"))
    assert code == 2
    one_german_line(err, "anderen Benutzer")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
def test_a_store_file_owned_by_another_user_is_refused(seeded: Path, capsys) -> None:
    os.chown(seeded, 12345, 12345)
    code, _out, err = run(capsys, "today", "--db", str(seeded))
    assert code == 2
    one_german_line(err, "anderen Benutzer")


# --- a store from a newer version ------------------------------------------------------------------

def test_a_store_from_a_newer_version_is_refused_without_new_backups(seeded: Path, capsys) -> None:
    with sqlite3.connect(seeded) as db:
        db.execute("UPDATE alembic_version SET version_num = '0042'")
    db.close()
    before = files_in(seeded.parent)
    for _start in range(3):
        code, _out, err = run(capsys, "today", "--db", str(seeded))
        assert code == 2
        one_german_line(err, "wurde mit einer neueren Version von advisor-tui angelegt")
    assert files_in(seeded.parent) == before


async def test_the_app_is_not_started_on_a_newer_store(seeded: Path, capsys) -> None:
    with sqlite3.connect(seeded) as db:
        db.execute("UPDATE alembic_version SET version_num = '0042'")
    db.close()
    code, _out, err = run(capsys, "--db", str(seeded))
    assert code == 2
    one_german_line(err, "neueren Version")


# --- damaged files ---------------------------------------------------------------------------------

def _truncate(size):
    return lambda data: data[:size] if size > 0 else data[:len(data) + size]


def _zero_pages(*pages):
    def damage(data):
        for page in pages:
            data[(page - 1) * PAGE:page * PAGE] = bytes(len(data[(page - 1) * PAGE:page * PAGE]))
        return data
    return damage


def _random_bytes(seed, start, end, count):
    def damage(data):
        rng = random.Random(seed)
        for _ in range(count):
            data[rng.randrange(start, min(end, len(data)))] = rng.randrange(256)
        return data
    return damage


def _random_page(seed):
    def damage(data):
        rng = random.Random(seed)
        page = rng.randrange(2, len(data) // PAGE + 1)
        offset = (page - 1) * PAGE + rng.randrange(0, PAGE - 64)
        data[offset:offset + 64] = rng.randbytes(64)
        return data
    return damage


def _replace(content):
    return lambda _data: bytearray(content)


DAMAGE = {
    **{f"truncated-{size}": _truncate(size) for size in (60, 100, PAGE, 3 * PAGE, 100_000, -PAGE)},
    **{f"zeroed-page-{page}": _zero_pages(page) for page in (1, 2, 18, 19, 33, 56)},
    "zeroed-pages-5-15": _zero_pages(*range(5, 16)),
    **{f"header-bytes-{seed}": _random_bytes(seed, 16, 100, 6) for seed in range(8)},
    **{f"btree-page-{seed}": _random_page(seed) for seed in range(8)},
    "text-file": _replace(b"Einkaufsliste: Milch, Brot\n" * 200),
    "zip-file": _replace(b"PK\x03\x04" + bytes(5000)),
    "zeros": _replace(bytes(PAGE)),
    "pdf-file": _replace(b"%PDF-1.7\n" + bytes(9000)),
}
COMMANDS = ("today", "export", "import", "app")


def _damaged(seeded: Path, name: str) -> Path:
    data = bytearray(seeded.read_bytes())
    seeded.write_bytes(bytes(DAMAGE[name](data)))
    return seeded


async def _start_app(db: Path) -> list[str]:
    """Start the app the way the CLI does; returns the German lines it showed (refusal or notifications)."""
    from advisor_tui.store.database import StoreError

    try:
        store = Store.open(db)
    except StoreError as exc:
        return [str(exc)]
    try:
        return (await run_keys(store, "k"))[1]
    finally:
        store.close()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("damage", sorted(DAMAGE))
async def test_a_damaged_store_gives_one_german_line_pointing_at_the_backup(
        seeded: Path, tmp_path: Path, capsys, damage: str, command: str) -> None:
    db = _damaged(seeded, damage)
    backup = max(seeded.parent.glob("*.bak"))
    if command == "app":
        lines = await _start_app(db)
        for line in lines:
            if "beschädigt" in line or "keine advisor-tui-Datenbank" in line:
                assert str(backup) in line
        return
    args = {
        "today": ["today"],
        "export": ["export", "contacts"],
        "import": ["import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 20))],
    }[command]
    code, _out, err = run(capsys, *args, "--db", str(db))
    if code != 0:
        assert code == 2
        one_german_line(err, str(backup))


# --- a full disk -----------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path):
    """An 8 MB tmpfs where this machine allows mounting one (root), else skip; the demo seed's write-ahead log
    may grow to SQLite's 4 MB checkpoint size before it is folded in."""
    mount = tmp_path / "klein"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("no tmpfs mount here; the injected-error tests below cover the same paths")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of `folder` up to `leave` free bytes."""
    filler = folder / "füller"
    free = shutil.disk_usage(folder).free
    filler.write_bytes(bytes(max(free - leave, 0)))
    return filler


def _dump(db: Path) -> list:
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


def test_an_import_onto_a_full_disk_says_so_and_changes_nothing(small_disk: Path, tmp_path: Path, capsys) -> None:
    db = small_disk / "advisor.db"
    assert run(capsys, "demo", "--seed-only", "--db", str(db))[0] == 0
    before = _dump(db)
    _fill(small_disk, 20_000)
    code, _out, err = run(capsys, "import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 3000)),
                          "--db", str(db))
    assert code == 2
    line = one_german_line(err, "Kein Speicherplatz")
    assert "beschädigt" not in line and "gesperrt" not in line
    (small_disk / "füller").unlink()
    assert _dump(db) == before


def test_a_new_store_on_a_full_disk_is_not_called_damaged(small_disk: Path, tmp_path: Path, capsys) -> None:
    _fill(small_disk, 0)
    code, _out, err = run(capsys, "import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 3)),
                          "--db", str(small_disk / "advisor.db"))  # only a writing command creates a store
    assert code == 2
    line = one_german_line(err)
    assert "Speicherplatz" in line and "beschädigt" not in line


def test_export_to_a_full_disk_gives_the_reason_in_german(seeded: Path, small_disk: Path, capsys) -> None:
    _fill(small_disk, 0)
    code, _out, err = run(capsys, "export", "contacts", "-o", str(small_disk / "kontakte.csv"), "--db", str(seeded))
    assert code == 2
    one_german_line(err, "kein Speicherplatz frei")
    assert "No space" not in err[0]


def _disk_full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode, error.sqlite_errorname = 13, "SQLITE_FULL"
    return error


def test_an_injected_full_disk_during_import_is_one_german_line(seeded: Path, tmp_path: Path, capsys,
                                                                monkeypatch) -> None:
    from advisor_tui.store import importer

    before = _dump(seeded)

    def full(*_args, **_kwargs):
        raise _disk_full()

    monkeypatch.setattr(importer.BatchWriter, "_insert_contacts", staticmethod(full))
    code, _out, err = run(capsys, "import", "linkedin", str(connections_csv(tmp_path / "Connections.csv", 30)),
                          "--db", str(seeded))
    assert code == 2
    one_german_line(err, "Kein Speicherplatz")
    assert _dump(seeded) == before


def test_export_with_an_injected_enospc_gives_the_reason_in_german(seeded: Path, tmp_path: Path, capsys,
                                                                   monkeypatch) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    code, _out, err = run(capsys, "export", "contacts", "-o", str(tmp_path / "k.csv"), "--db", str(seeded))
    assert code == 2
    one_german_line(err, "kein Speicherplatz frei")
    assert not (tmp_path / "k.csv").exists()


async def test_a_check_in_on_a_full_disk_is_a_german_notice_and_the_app_keeps_running(demo_store,
                                                                                       monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    from advisor_tui.store.activity import ActivityRepository

    def full(_repository, _at):
        raise OperationalError("INSERT INTO checkin", {}, _disk_full())

    before = len(demo_store.activity.checkins())
    # Every repository the check-in's unit of work binds fails to write, as on a full disk.
    monkeypatch.setattr(ActivityRepository, "log_checkin", full)
    mode, messages = await run_keys(demo_store, "p", "k")
    assert any("Kein Speicherplatz" in m for m in messages), messages
    assert len(demo_store.activity.checkins()) == before
    assert mode == "kontakte"


async def test_a_real_full_disk_during_a_check_in_keeps_the_app_running(small_disk: Path) -> None:
    from advisor_tui.demo import seed_demo

    store = Store.open(small_disk / "advisor.db")
    try:
        seed_demo(store, today=FIXED_NOW.date())
        # The journal has room for a few check-ins; sooner or later the disk is full.
        _mode, messages = await run_keys(store, *["p"] * 40, before=lambda: _fill(small_disk, 0))
        assert not any("beschädigt" in m for m in messages), messages
    finally:
        store.close()


# --- a lost write-ahead log ------------------------------------------------------------------------

def _crash_after_a_commit(db: Path) -> None:
    """A process commits a check-in and dies before any checkpoint: the change is only in -wal."""
    child = subprocess.run([sys.executable, "-c", f"""
import os, sqlite3
db = sqlite3.connect({str(db)!r})
db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA wal_autocheckpoint=0")
db.execute("INSERT INTO checkin (at) VALUES ('2026-11-23 08:00:00.000000')"); db.commit()
os._exit(0)
"""], capture_output=True, text=True)
    assert child.returncode == 0, child.stderr


def test_a_lost_journal_with_committed_changes_is_reported(seeded: Path, capsys) -> None:
    _crash_after_a_commit(seeded)
    Path(f"{seeded}-wal").unlink()
    code, _out, err = run(capsys, "today", "--db", str(seeded))
    assert code == 0
    assert len(err) == 1 and "-wal" in err[0] and "verloren" in err[0], err


def test_a_crash_with_the_journal_kept_loses_nothing_and_says_nothing(seeded: Path, capsys) -> None:
    _crash_after_a_commit(seeded)
    code, _out, err = run(capsys, "today", "--db", str(seeded))
    assert (code, err) == (0, [])
    with sqlite3.connect(seeded) as db:
        assert db.execute("SELECT count(*) FROM checkin WHERE at LIKE '2026-11-23 08%'").fetchone() == (1,)
