"""`advisor-tui import analytics`: one transaction per workbook, overlapping exports merged, bad files refused."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.audience.models import Scope
from advisor_tui.io.files import import_candidates, import_kind
from advisor_tui.store.store import Store
from advisor_tui.usecases.analytics_import import import_analytics, read_analytics_file
from tests.unit.analytics_books import SHEETS, URL_1, URL_2, aggregate, per_post_legacy


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("analytics")
    return {
        "first": aggregate(folder / "Content_2025-12-01_2025-12-20_Anna.xlsx"),
        # ten days later: revises 10 of the first export's days, adds 10 (one a day only it has)
        "later": aggregate(
            folder / "AggregateAnalytics_Anna_2025-12-11_2025-12-30.xlsx",
            sheets=SHEETS["en6"],
            start=date(2025, 12, 11),
            impressions=[500 + n for n in range(20)],
            top_right=((URL_2, date(2025, 12, 14), 2000),),
        ),
        "post": per_post_legacy(folder / "PostAnalytics_AnnaMueller_7367980676152819712.xlsx"),
    }


def test_overlapping_exports_merge_and_the_same_file_twice_changes_nothing(store: Store, books) -> None:
    first = import_analytics(store, read_analytics_file(books["first"]))
    assert (first.days.added, first.posts.added, first.demographics.added) == (20, 2, 1)
    later = import_analytics(store, read_analytics_file(books["later"]))
    assert (later.days.added, later.days.updated, later.days.unchanged) == (10, 10, 0)
    assert (later.posts.updated, later.posts.unchanged, later.demographics.added) == (1, 1, 2)
    days = {d.day: d.impressions for d in store.analytics.days()}
    assert len(days) == 30 and days[date(2025, 12, 10)] == 109 and days[date(2025, 12, 11)] == 500
    figures = {f.url: f for f in store.analytics.post_figures()}
    assert figures[URL_2].impressions == 2000 and figures[URL_1].engagements == 3  # filled from the older export
    assert [t.scope for t in store.analytics.demographics()] == [Scope.AUDIENCE, Scope.CONTENT, Scope.AUDIENCE]
    version = store.data_version()
    again = import_analytics(store, read_analytics_file(books["first"]))
    assert again.already_imported and again.as_json()["added"] == again.as_json()["updated"] == 0
    assert store.data_version() == version and len(store.analytics.imports()) == 2
    # an older export imported after a newer one revises nothing the newer one holds
    assert {d.day: d.impressions for d in store.analytics.days()} == days


def test_cli_text_json_and_bad_files(store: Store, tmp_path: Path, books, capsys) -> None:
    missing = tmp_path / "s.db"
    db = store.path  # a migrated store: a new one would cost the test a second
    (tmp_path / "Tabelle.xlsx").write_bytes(b"Date,Impressions\n")
    assert main(["--db", str(missing), "import", "analytics", str(tmp_path / "Tabelle.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "keine Excel-Datei" in err and len(err.strip().splitlines()) == 1 and not missing.exists()
    assert main(["--db", str(db), "import", "analytics", str(books["post"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Neu: 2 · aktualisiert: 0 · unverändert: 0 · übersprungen: 0",
        "  LinkedIn-Analytics (Export eines Beitrags): Beiträge: 1 neu; Demografie-Tabellen: 1 neu",
    ]
    assert main(["--db", str(db), "import", "analytics", str(books["first"]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["updated"], report["unchanged"], report["skipped"]) == (23, 0, 0, [])
    assert report["kind"] == "aggregate" and report["period"] == {"start": "2025-12-01", "end": "2025-12-20"}
    assert report["days"] == {"added": 20, "updated": 0, "unchanged": 0} and report["ignored"] == []
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM analytics_workbook").fetchone() == (2,)


def test_downloads_offer_analytics_workbooks_by_name(tmp_path: Path) -> None:
    for name in (
        "Content_2025-12-01_2025-12-20_Anna.xlsx",
        "SinglePostAnalytics_Anna_7485680138597240832.xlsx",
        "Haushalt.xlsx",
    ):
        (tmp_path / name).write_bytes(b"x")
    assert sorted(p.name for p in import_candidates(tmp_path)) == [
        "Content_2025-12-01_2025-12-20_Anna.xlsx",
        "SinglePostAnalytics_Anna_7485680138597240832.xlsx",
    ]
    assert import_kind(Path("Haushalt.XLSX")) == "analytics"
