"""`advisor-tui audit`: German text or JSON, exit 1 while items wait for a look, never a store created."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from advisor_tui.cli import main
from advisor_tui.domain.activity.own import OwnComment
from advisor_tui.store.own_activity import add_comments
from advisor_tui.store.store import Store
from advisor_tui.usecases.audit import mark_seen, read_audit

HOSTILE = "Die Ampel hat \x1b[2J alles an die Wand gefahren [/] \u202eknalb\u202c – Skandal!"


def _comment(store: Store, text: str, link: str = "https://www.linkedin.com/feed/update/urn:li:activity:1") -> None:
    with store.transaction() as unit:
        add_comments(unit.conn, [OwnComment(datetime(2026, 11, 20, 17, 0, tzinfo=UTC), link, text)])


def test_the_demo_audit_names_date_kind_text_finding_and_link(demo_store: Store, capsys) -> None:
    _comment(demo_store, HOSTILE)
    assert main(["--db", str(demo_store.path), "audit", "--since", "20.11.2026"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Eigene Aktivität seit 20.11.2026: 2 Kommentare, ")
    assert "20.11.2026 18:00  Kommentar  „Die Ampel hat ␛[2J alles an die Wand gefahren [/] knalb – Skandal!“" in out
    assert (
        "Urteile über Regierung und Politik" in out and "https://www.linkedin.com/feed/update/urn:li:activity:1" in out
    )
    assert "\x1b" not in out and "\u202e" not in out and "Reaktionen je Monat" in out


def test_json_carries_the_full_items_and_seen_ones_are_left_out(demo_store: Store, capsys) -> None:
    _comment(demo_store, HOSTILE)
    assert main(["--db", str(demo_store.path), "audit", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["read"]["comments"] == 7 and data["open"] == len(data["items"]) == 4 and data["seen"] == 0
    hostile = next(item for item in data["items"] if item["text"] == HOSTILE)
    assert hostile["kind"] == "kommentar" and hostile["findings"][0]["code"] == "sensitive-topic"
    mark_seen(demo_store, read_audit(demo_store).items)
    assert main(["--db", str(demo_store.path), "audit", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["open"], data["seen"], data["items"]) == (0, 4, [])
    assert main(["--db", str(demo_store.path), "audit"]) == 0
    assert "Nichts Heikles gefunden (4 als gesehen ausgeblendet)." in capsys.readouterr().out


def test_an_empty_store_says_how_to_import(store: Store, capsys) -> None:
    assert main(["--db", str(store.path), "audit"]) == 0
    assert "advisor-tui import linkedin" in capsys.readouterr().out


def test_a_missing_store_or_a_bad_date_is_one_line_and_exit_2(tmp_path: Path, demo_store: Store, capsys) -> None:
    missing = tmp_path / "nirgends" / "advisor.db"
    assert main(["--db", str(missing), "audit"]) == 2 and not missing.parent.exists()
    assert main(["--db", str(demo_store.path), "audit", "--since", "31.02.2026"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "„31.02.2026“ ist kein Datum" in err[1]
