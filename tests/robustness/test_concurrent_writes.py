"""Two processes on one store: an import while a window tags, the same import twice. Nothing may be lost."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
ROWS = 300


def connections_csv(path: Path, rows: int, company: str) -> Path:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"Vorname{i},Nachname{i},https://www.linkedin.com/in/person-{i},,{company} {i} GmbH,{company}-Leitung,"
              "24 Aug 2023" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "advisor_tui", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# A second window: it holds its in-memory copies of the contacts (read before the import) and tags them one
# by one, as the Kontakte view does, while the import writes companies and positions.
TAGGER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from dataclasses import replace
    from advisor_tui.store.store import Store
    store = Store.open(Path(sys.argv[1]))
    contacts = store.contacts.list()
    Path(sys.argv[2]).touch()
    while not Path(sys.argv[3]).exists():
        time.sleep(0.01)
    for contact in contacts:
        store.contacts.update(replace(contact, role="unternehmer", sector="C"), edited={"role", "sector"})
    store.close()
""")


def _import_in_process(source: Path, db: Path) -> None:
    """The first import, before the race: the command line in this process, sparing a Python start."""
    assert main(["import", "linkedin", str(source), "--db", str(db)]) == 0


def _wait_for(path: Path, child: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.01)


def _state(db: Path) -> dict[str, tuple]:
    store = Store.open(db)
    try:
        return {c.last_name: (c.company, c.position, c.role, c.sector) for c in store.contacts.list()}
    finally:
        store.close()


def test_tagging_with_copies_read_before_an_import_keeps_what_the_import_wrote(tmp_path: Path) -> None:
    db = tmp_path / "advisor.db"
    _import_in_process(connections_csv(tmp_path / "alt.csv", ROWS, "Alt"), db)
    loaded, go = tmp_path / "geladen", tmp_path / "los"
    tagger = subprocess.Popen([sys.executable, "-c", TAGGER, str(db), str(loaded), str(go)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(loaded, tagger)
    newer = cli("import", "linkedin", str(connections_csv(tmp_path / "neu.csv", ROWS, "Neu")), "--db", str(db))
    assert newer.wait(120) == 0, newer.communicate()
    go.touch()
    assert tagger.wait(120) == 0, tagger.communicate()
    state = _state(db)
    reverted = [name for name, (company, *_rest) in state.items() if not company.startswith("Neu")]
    untagged = [name for name, (*_rest, role, sector) in state.items() if (role, sector) != ("unternehmer", "C")]
    assert (len(state), reverted, untagged) == (ROWS, [], [])


def test_tagging_while_an_import_runs_loses_neither(tmp_path: Path) -> None:
    db = tmp_path / "advisor.db"
    _import_in_process(connections_csv(tmp_path / "alt.csv", ROWS, "Alt"), db)
    loaded, go = tmp_path / "geladen", tmp_path / "los"
    go.touch()
    tagger = subprocess.Popen([sys.executable, "-c", TAGGER, str(db), str(loaded), str(go)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(loaded, tagger)
    newer = cli("import", "linkedin", str(connections_csv(tmp_path / "neu.csv", ROWS, "Neu")), "--db", str(db))
    assert newer.wait(120) == 0, newer.communicate()
    assert tagger.wait(120) == 0, tagger.communicate()
    state = _state(db)
    assert all(company.startswith("Neu") and role == "unternehmer" for company, _p, role, _s in state.values())


def _import_twice_at_once(source: Path, db: Path) -> None:
    children = [cli("import", "linkedin", str(source), "--db", str(db), "--json") for _ in range(2)]
    results = []
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err
        assert "Traceback" not in err
        results.append(json.loads(out))
    assert sorted(r["added"] for r in results) == [0, 2000]
    assert len(_state(db)) == 2000


@pytest.mark.parametrize("trial", range(6))
def test_the_same_import_twice_at_once_into_a_store_neither_dies_nor_doubles(tmp_path: Path, trial: int) -> None:
    db = tmp_path / "advisor.db"
    Store.open(db).close()
    _import_twice_at_once(connections_csv(tmp_path / "Connections.csv", 2000, "Firma"), db)


@pytest.mark.parametrize("trial", range(2))
def test_the_same_import_twice_at_once_into_a_new_store(tmp_path: Path, trial: int) -> None:
    _import_twice_at_once(connections_csv(tmp_path / "Connections.csv", 2000, "Firma"), tmp_path / "advisor.db")
