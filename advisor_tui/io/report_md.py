"""The quarter report as Markdown, with its two charts as SVG files beside it (Markdown has no inline drawing)."""

from __future__ import annotations

from collections.abc import Sequence

from advisor_tui.domain.days import format_day
from advisor_tui.domain.network.relevance import percent_text
from advisor_tui.domain.results.report import QuarterReport
from advisor_tui.domain.results.stages import COUNTED_STAGES, PRODUCT_LABELS, format_volume
from advisor_tui.io.report_charts import cadence_chart, funnel_chart
from advisor_tui.io.report_html import audience_lines, feedback_rows

CHART_NAMES = ("beitraege", "trichter")


def _cell(text: str) -> str:
    """A table cell: a pipe or a line break from the data must not break the table."""
    return " ".join(text.replace("|", "\\|").split())


def _table(head: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]


def report_markdown(report: QuarterReport, stem: str) -> tuple[str, dict[str, str]]:
    """The Markdown text and its charts by file name (`<stem>-beitraege.svg`, `<stem>-trichter.svg`)."""
    r, q = report.results, report.quarter
    charts = {f"{stem}-{CHART_NAMES[0]}.svg": cadence_chart(report.posts_per_week, report.weekly_goal),
              f"{stem}-{CHART_NAMES[1]}.svg": funnel_chart(r)}
    cadence_file, funnel_file = charts
    who = ", ".join(part for part in (report.advisor, report.institution) if part) or "advisor-tui"
    lines = [f"# Social Selling: was es bringt – {q.label}", "",
             f"{_cell(who)} · {format_day(q.start)} bis {format_day(q.end)} · erstellt am "
             f"{format_day(report.made_on)}", "", *(f"> {_cell(s)}" for s in report.summary), "",
             *_table(("Kennzahl", "Wert"), [
                 ("Beiträge veröffentlicht / Ziel", f"{report.cadence.published} / {report.cadence.goal}"),
                 ("Eigene Inhalte", f"{report.cadence.own} von {report.cadence.published}"),
                 ("Zielkunden im Netzwerk", f"{percent_text(report.network_end.target_share)} von "
                                            f"{report.network_end.total} Kontakten"),
                 *((f"{label} im Quartal", str(r.figures(stage).count)) for stage, label in COUNTED_STAGES.items()),
                 ("Volumen der Mandate", format_volume(r.volume_total) if r.volume_total else "–"),
             ]), "",
             "## Regelmäßig veröffentlichen", "", f"![Beiträge pro Woche]({cadence_file})", "",
             "## Vom Netzwerk zum Mandat", "", f"![Trichter]({funnel_file})", "",
             *_table(("Umwandlung (bis Quartalsende)", "Anteil"), [(label, ratio.text())
                                                                    for label, ratio in r.conversions]), ""]
    if r.volume_by_product:
        lines += [*_table(("Produktlinie", "Volumen"), [(PRODUCT_LABELS[p] if p else "ohne Produktlinie",
                                                        format_volume(v)) for p, v in r.volume_by_product.items()]),
                  ""]
    lines += ["## Wer liest mit?", "", *(f"{_cell(line)}  " for line in audience_lines(report)), ""]
    if report.feedback is not None:
        lines += ["## Rückmeldungen", "", *_table(("", "Stand"), feedback_rows(report)), ""]
    lines += ["## Aufwand im Quartal", "", *_table(("", "Anzahl"), [
        ("Beiträge veröffentlicht", str(r.effort.posts_published)),
        ("Nachrichten gesendet", str(r.effort.messages_sent)), ("Posteingang geprüft", str(r.effort.checkins))]), ""]
    if report.names:
        lines += ["## Personen (auf Wunsch mit Namen)", "",
                  *_table(("Name", "Firma", "Stufe", "am"), [(n.name, n.company, n.stage, format_day(n.on))
                                                             for n in report.names]), ""]
    lines.append("Zahlen aus advisor-tui; Zielkunden nach den heutigen Rollen der Kontakte.")
    return "\n".join(lines) + "\n", charts
