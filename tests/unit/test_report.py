"""The manager report: figures from the store, three sentences, no client names unless asked, files 0600."""

import re
import stat
from datetime import date
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.models import Contact
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.funnel import quarter_results
from advisor_tui.domain.results.stages import Stage, StageChange
from advisor_tui.domain.results.summary import CadenceInQuarter, NetworkChange, summary_sentences
from advisor_tui.io.report_html import report_html
from advisor_tui.io.report_md import report_markdown
from advisor_tui.store.store import Store
from advisor_tui.usecases.report import build_report

Q4 = Quarter(2026, 4)
TODAY = date(2026, 11, 23)


def test_the_summary_is_made_from_the_figures() -> None:
    people = [Contact("A", "B", role="unternehmer", source="xing", id=1)]
    results = quarter_results(Q4, people, [StageChange(1, Stage.CONVERSATION, date(2026, 10, 5)),
                                           StageChange(1, Stage.MANDATE, date(2026, 11, 5), volume_eur=250_000)])
    cadence, network = CadenceInQuarter(7, 5, 8, 8), NetworkChange(120, 150, 40.0, 43.4)
    first, second, third = summary_sentences("Q4 2026", cadence, network, results, audience_share=18.0)
    assert first == ("Im Q4 2026 wurden 7 Beiträge veröffentlicht (Ziel: 8, 8 Wochen); 5 davon waren eigene "
                     "Inhalte statt weitergeleiteter Werbung.")
    assert second == ("Das Netzwerk umfasst 150 Kontakte, davon 43 % Zielkunden (+3 Prozentpunkte seit "
                      "Quartalsbeginn); von den Betrachtern der Beiträge waren mindestens 18 % Zielkunden.")
    assert third == ("Aus dem Netzwerk entstanden 1 Gespräch, 1 Termin und 1 Mandat mit 250.000\u00a0€ Volumen; 1 der "
                     "Gespräche begannen über LinkedIn oder XING.")
    quiet = summary_sentences("Q1 2026", CadenceInQuarter(0, 0, 13, 13), network, quarter_results(Q4, [], []))
    assert quiet[0] == "Im Q1 2026 wurden 0 Beiträge veröffentlicht (Ziel: 13, 13 Wochen)."
    assert quiet[2] == "Aus dem Netzwerk ist in diesem Quartal noch kein Gespräch festgehalten."


@pytest.fixture
def sketched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Charts as placeholders where the page around them is under test (matplotlib takes a second per chart)."""
    import advisor_tui.io.report_html as html
    import advisor_tui.io.report_md as md

    for module in (html, md):
        monkeypatch.setattr(module, "cadence_chart", lambda *_: "<svg>Beiträge</svg>")
        monkeypatch.setattr(module, "funnel_chart", lambda *_: "<svg>Trichter</svg>")


def test_the_html_page_opens_offline_escapes_data_and_names_nobody_unless_asked(demo_store: Store,
                                                                               sketched: None) -> None:
    anna = next(c for c in demo_store.contacts.list() if c.full_name == "Anna Müller")
    demo_store.contacts.update_fields(anna.id, company="<script>alert(1)</script> GmbH")
    page = report_html(build_report(demo_store, Q4, TODAY))
    assert "<script" not in page and "alert(1)" not in page  # not even escaped: no names at all
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page) and "@import" not in page
    assert "Anna Müller" not in page and page.count("<svg") == 2
    assert "Mandate im Quartal" in page and "Social Selling: was es bringt – Q4 2026" in page
    # the demo's analytics (viewers of the quarter) and feedback log reach the page
    assert "mind. 15 % der Betrachter sind Zielkunden" in page and "mindestens 15 % Zielkunden" in page
    assert "4 Lob · 4 Kritik (davon 1 Beschwerde)" in page and "Offen, braucht Antwort" in page
    named = report_html(build_report(demo_store, Q4, TODAY, with_names=True))
    assert "Anna Müller" in named and "&lt;script&gt;alert(1)&lt;/script&gt; GmbH" in named


def test_without_analytics_the_report_says_how_to_get_them(store: Store, sketched: None) -> None:
    page = report_html(build_report(store, Q4, TODAY))
    assert "keine LinkedIn-Statistik eingelesen" in page and "mindestens" not in page
    assert "keine Rückmeldungen" in page


def test_markdown_keeps_its_tables_whole_and_points_at_its_charts_drawn_offline(demo_store: Store) -> None:
    text, charts = report_markdown(build_report(demo_store, Q4, TODAY, with_names=True), "bericht")
    assert list(charts) == ["bericht-beitraege.svg", "bericht-trichter.svg"]
    assert "![Beiträge pro Woche](bericht-beitraege.svg)" in text
    assert all(line.count("|") >= 3 for line in text.splitlines() if line.startswith("|"))
    for svg in charts.values():  # real matplotlib drawings: glyphs as paths, no font or image to fetch
        assert svg.startswith("<svg") and "<path" in svg and "<text" not in svg and "<image" not in svg
        assert not re.search(r"""(?:href|src)=["'](?!#)""", svg)


def run(db: Path, *args: str) -> int:
    return main(["report", *args, "--db", str(db)])


def test_the_command_writes_private_files_and_refuses_in_german(demo_store: Store, tmp_path: Path, capsys,
                                                                sketched: None) -> None:
    db = demo_store.path
    demo_store.close()
    assert run(db, "--quarter", "2026Q4", "-o", str(tmp_path / "q4.md")) == 0
    written = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("q4"))
    assert written == ["q4-beitraege.svg", "q4-trichter.svg", "q4.md"]
    assert all(stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600 for name in written)
    assert "gespeichert" in capsys.readouterr().err
    for args, message in [(("--quarter", "2026Q5"), "kein Quartal"), (("--quarter", "2099Q1"), "noch nicht begonnen"),
                          (("-o", str(tmp_path / "nirgends" / "x.html")), "existiert nicht")]:
        assert run(db, *args) == 2
        assert message in capsys.readouterr().err
    assert run(tmp_path / "none.db") == 2 and not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("text", ["2026q4", "Q4 2026"])
def test_quarter_forms_the_command_takes(text: str) -> None:
    assert Quarter.parse(text) == Q4
