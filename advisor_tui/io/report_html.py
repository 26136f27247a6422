"""The quarter report as one HTML page that opens offline: inline styles and charts, no script, no link out."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from advisor_tui.domain.audience.target import sectors_text
from advisor_tui.domain.days import format_day
from advisor_tui.domain.network.relevance import percent_text
from advisor_tui.domain.results.report import QuarterReport
from advisor_tui.domain.results.stages import PRODUCT_LABELS, Stage, format_volume
from advisor_tui.io.report_charts import cadence_chart, funnel_chart

_STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d2833; max-width: 60rem;
       margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem;
     border-bottom: 1px solid #d5dde5; padding-bottom: .2rem; }
.meta { color: #5b6b7a; margin-top: 0; }
.summary { background: #eef4f8; border-left: 4px solid #1f5f8b; padding: .8rem 1.2rem; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: .8rem; }
.figure { border: 1px solid #d5dde5; border-radius: 6px; padding: .6rem .8rem; }
.figure b { display: block; font-size: 1.5rem; } .figure span { color: #5b6b7a; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem;
        border-bottom: 1px solid #e3e8ee; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart svg { max-width: 100%; height: auto; }
.note { color: #5b6b7a; font-size: .85rem; }
@media print { body { margin: 0; } .chart { break-inside: avoid; } }
"""


def _figure(value: str, caption: str) -> str:
    return f'<div class="figure"><b>{escape(value)}</b><span>{escape(caption)}</span></div>'


def _rows(rows: Sequence[tuple[str, ...]]) -> str:
    cells = ("".join(f'<td class="n">{escape(c)}</td>' if c[:1].isdigit() else f"<td>{escape(c)}</td>"
                     for c in row) for row in rows)
    return "".join(f"<tr>{row}</tr>" for row in cells)


def audience_lines(report: QuarterReport) -> list[str]:
    """Who read along in the quarter, as LinkedIn's analytics tell it (or how to get the figures)."""
    audience = report.audience
    if audience is None:
        return ["Für dieses Quartal ist keine LinkedIn-Statistik eingelesen "
                "(advisor-tui import analytics DATEI.xlsx)."]
    lines = [f"{audience.headline}: {audience.target_basis}.", audience.verdict]
    if audience.peer_share is not None:
        lines.append(f"Kollegen und Wettbewerb (Finanzbranche): {percent_text(audience.peer_share)}.")
    if audience.top_sectors:
        lines.append(f"Zielkunden vor allem aus: {sectors_text(audience.top_sectors)}.")
    return lines


def feedback_rows(report: QuarterReport) -> list[tuple[str, str]]:
    """The feedback balance overall and per key factor that was touched, with the open items."""
    figures = report.feedback
    if figures is None:
        return []
    rows = [("Gesamt", figures.balance.text), ("Entwicklung zum Vorquartal", figures.trend_text)]
    rows += [(line.factor.label, line.balance.text) for line in figures.factors if line.balance.judged]
    rows.append(("Offen, braucht Antwort", str(len(figures.open_items))))
    return rows


def report_html(report: QuarterReport) -> str:
    """The whole page; every text from the store is escaped."""
    r, q = report.results, report.quarter
    who = ", ".join(part for part in (report.advisor, report.institution) if part) or "advisor-tui"
    network = report.network_end
    volume = (f"{format_volume(r.volume_total)}" if r.volume_total else "–")
    figures = "".join([
        _figure(f"{report.cadence.published} / {report.cadence.goal}", "Beiträge veröffentlicht / Ziel"),
        _figure(percent_text(network.target_share), f"Zielkunden im Netzwerk ({network.total} Kontakte)"),
        _figure(str(r.figures(Stage.MANDATE).count), f"Mandate im Quartal (Volumen {volume})"),
        _figure(str(r.figures(Stage.CONVERSATION).count), "Gespräche im Quartal"),
    ])
    conversions = _rows([(label, ratio.text()) for label, ratio in r.conversions])
    effort = _rows([("Beiträge veröffentlicht", str(r.effort.posts_published)),
                    ("Nachrichten gesendet", str(r.effort.messages_sent)),
                    ("Posteingang geprüft", str(r.effort.checkins))])
    products = _rows([(PRODUCT_LABELS[p] if p else "ohne Produktlinie", format_volume(v))
                      for p, v in sorted(r.volume_by_product.items(), key=lambda item: -item[1])])
    days = r.days_to_appointment
    timing = (f"Vom ersten Kontakt bis zum Termin vergingen im Median {round(r.median_days_to_appointment or 0)} "
              f"Tage ({len(days)} Termine)." if days else "In diesem Quartal wurde kein Termin festgehalten.")
    names = ""
    if report.names:
        names = ("<h2>Personen (auf Wunsch mit Namen)</h2><table><tr><th>Name</th><th>Firma</th><th>Stufe</th>"
                 "<th>am</th></tr>" + _rows([(n.name, n.company, n.stage, format_day(n.on)) for n in report.names])
                 + "</table>")
    summary = " ".join(escape(sentence) for sentence in report.summary)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social Selling {escape(q.label)}</title><style>{_STYLE}</style></head>
<body>
<h1>Social Selling: was es bringt – {escape(q.label)}</h1>
<p class="meta">{escape(who)} · {format_day(q.start)} bis {format_day(q.end)} ·
erstellt am {format_day(report.made_on)}</p>
<p class="summary">{summary}</p>
<div class="figures">{figures}</div>
<h2>Regelmäßig veröffentlichen</h2>
<div class="chart">{cadence_chart(report.posts_per_week, report.weekly_goal)}</div>
<p>{report.cadence.own} von {report.cadence.published} Beiträgen waren eigene Inhalte.</p>
<h2>Vom Netzwerk zum Mandat</h2>
<div class="chart">{funnel_chart(r)}</div>
<table><tr><th>Umwandlung (bis Quartalsende)</th><th>Anteil</th></tr>{conversions}</table>
<p>{escape(timing)}</p>
{"<table><tr><th>Produktlinie</th><th>Volumen</th></tr>" + products + "</table>" if products else ""}
<h2>Wer liest mit?</h2>
{"".join(f"<p>{escape(line)}</p>" for line in audience_lines(report))}
<h2>Rückmeldungen</h2>
{"<table>" + _rows(feedback_rows(report)) + "</table>" if report.feedback else ""}
<h2>Aufwand im Quartal</h2>
<table>{effort}</table>
{names}
<p class="note">Zahlen aus advisor-tui; Zielkunden nach den heutigen Rollen der Kontakte. Keine Namen von Kunden,
außer auf ausdrücklichen Wunsch (--with-names).</p>
</body></html>
"""
