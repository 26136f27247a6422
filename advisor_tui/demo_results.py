"""A year of what came of the demo network: conversations, appointments, mandates and a few closed threads."""

from __future__ import annotations

from datetime import date, timedelta

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.results.stages import ProductLine, Stage, StageChange
from advisor_tui.store.store import Store

G, T, M, X = Stage.CONVERSATION, Stage.APPOINTMENT, Stage.MANDATE, Stage.NO_NEED
# Who, and their steps as (days ago, stage, volume in euros, product line, note); the newest steps are recent.
HISTORY: tuple[tuple[str, tuple[tuple[int, Stage, int | None, ProductLine | None, str], ...]], ...] = (
    ("Anna Müller", ((40, G, None, None, "Nachfolge-Webinar"), (19, T, None, None, "Termin im Werk"))),
    ("Sabine Krämer", ((95, G, None, None, ""), (70, T, None, None, ""),
                       (33, M, 450_000, ProductLine.FINANCING, "Fuhrpark"))),
    ("Klaus Wagner", ((300, G, None, None, ""), (280, T, None, None, ""),
                      (250, M, 1_200_000, ProductLine.FINANCING, "Hallenneubau"))),
    ("Petra Becker", ((60, G, None, None, ""), (45, X, None, None, "Hausbank bleibt"))),
    ("Michael Schröder", ((150, G, None, None, ""), (120, T, None, None, ""),
                          (90, M, 300_000, ProductLine.SUCCESSION, "Nachfolgeregelung"))),
    ("Lena Schröder", ((12, G, None, None, "nach dem Nachfolge-Webinar"),)),
    ("Markus Neumann", ((200, G, None, None, ""), (170, X, None, None, "Wagniskapital statt Kredit"))),
    ("Claudia Fischer", ((75, G, None, None, ""), (50, T, None, None, ""),
                         (20, M, 80_000, ProductLine.PROTECTION, "Betriebsunterbrechung"))),
    ("Ralf Braun", ((25, G, None, None, ""), (6, T, None, None, "Liquiditätsplanung"))),
    ("Monika Meyer", ((330, G, None, None, ""), (310, T, None, None, ""),
                      (290, M, 150_000, ProductLine.INVESTMENT, "Rücklagen"))),
    ("Andrea Wolf", ((3, G, None, None, ""),)),
)


# A year of posts before the plan's four weeks: own topics, now and then the house's market report; some weeks missed.
TOPICS = (
    "Liquidität im Winter: drei Hebel für den Mittelstand", "Generationswechsel: wann das erste Gespräch fällig ist",
    "KfW-Programme kurz erklärt", "Konjunkturausblick (Marktbericht des Hauses)",
    "Was ein gutes Bankgespräch ausmacht", "Investieren trotz Unsicherheit: ein Praxisbeispiel",
    "Absicherung gegen Betriebsunterbrechung", "Rücklagen sinnvoll anlegen",
    "Mitarbeiter halten: Vorsorge als Argument", "Mietkauf, Leasing, Darlehen im Vergleich",
    "Familienunternehmen zwischen den Generationen", "Digitaler Zahlungsverkehr für Handwerksbetriebe",
)
MISSED_WEEKS = frozenset({7, 12, 13, 19, 26, 27, 28, 33, 41, 47})  # weeks back without a post


def history_posts(today: date) -> list[Post]:
    """Published posts from 52 to 5 weeks back, Tuesdays, most of them own content."""
    posts = []
    for back in range(52, 4, -1):
        if back in MISSED_WEEKS:
            continue
        tuesday = today - timedelta(weeks=back, days=today.weekday() - 1)
        year, week, _ = tuesday.isocalendar()
        title = TOPICS[back % len(TOPICS)]
        own = "Marktbericht" not in title
        posts.append(Post(title=title, iso_year=year, iso_week=week, status=PostStatus.PUBLISHED, own_content=own,
                          published_on=tuesday, target_segment="Unternehmer",
                          source="" if own else "Marktbericht Volkswirtschaft, Bankhaus Lindner"))
    return posts


def seed_results(store: Store, ids: dict[str, int], today: date) -> int:
    """Record the demo history (stages of the contacts named, ids by full name; a year of posts); returns the
    number of stage steps."""
    steps = [StageChange(ids[name], stage, today - timedelta(days=days), volume, product, note)
             for name, history in HISTORY if name in ids
             for days, stage, volume, product, note in history]
    with store.transaction() as unit:
        for step in steps:
            unit.results.add(step)
        unit.plan.add_many(history_posts(today))
    return len(steps)
