"""Demo data for the own-activity audit: a few comments and reactions of the advisor, two of them worth a look."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from advisor_tui.domain.activity.own import ADVISOR_ZONE, OwnComment, OwnReaction
from advisor_tui.store.own_activity import add_comments, add_reactions
from advisor_tui.store.store import Store

_FEED = "https://www.linkedin.com/feed/update/urn:li:activity:72{:017d}"

# (days ago, hour, minute, text): what an advisor writes under other people's posts; two slip (the first is also
# the one helper A's demo had, which its store test looks for).
COMMENTS: tuple[tuple[int, int, int, str], ...] = (
    (
        2,
        18,
        34,
        "Ehrlich gesagt: Unsere Vorstandsetage versteht vom Mittelstand ungefähr so viel "
        "wie die Regierung von Digitalisierung.",
    ),
    (5, 12, 10, "Herzlichen Glückwunsch zur Nachfolge, Frau Dr. Müller! Ein starkes Signal für den Standort Ulm."),
    (
        9,
        8,
        5,
        "Danke fürs Teilen, Herr Braun. Die Zahlen zur Liquiditätsplanung decken sich mit dem, was ich in "
        "Gesprächen mit Familienunternehmen höre.",
    ),
    (16, 21, 2, "Glückwunsch, Thomas! Du hast dir das nach 30 Jahren im Betrieb mehr als verdient."),
    (
        23,
        7,
        45,
        "Spannende Einordnung zur Zinspolitik der EZB. Für den Mittelstand heißt das: Finanzierungen "
        "jetzt prüfen, nicht erst bei Fälligkeit.",
    ),
    (38, 17, 20, "Tolle Auswahl an Referenten beim Unternehmerabend der IHK – gerne wieder!"),
)
# (days ago, hour, type): mostly likes; one laugh the advisor should look at again.
REACTIONS: tuple[tuple[int, int, str], ...] = (
    (1, 8, "LIKE"),
    (2, 18, "PRAISE"),
    (4, 7, "LIKE"),
    (6, 12, "ENTERTAINMENT"),
    (8, 9, "INTEREST"),
    (11, 19, "LIKE"),
    (15, 8, "APPRECIATION"),
    (20, 13, "LIKE"),
    (27, 9, "LIKE"),
    (33, 16, "PRAISE"),
    (41, 10, "LIKE"),
    (47, 8, "EMPATHY"),
)


def _moment(today: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall-clock time `days_ago` before today, as aware UTC (how the import keeps it)."""
    local = datetime.combine(today - timedelta(days=days_ago), time(hour, minute), ADVISOR_ZONE)
    return local.astimezone(UTC)


def seed_activity(store: Store, today: date) -> None:
    """Add the demo comments and reactions in one transaction."""
    comments = [
        OwnComment(_moment(today, days, hour, minute), _FEED.format(300 + n), text)
        for n, (days, hour, minute, text) in enumerate(COMMENTS)
    ]
    reactions = [
        OwnReaction(_moment(today, days, hour), kind, _FEED.format(500 + n))
        for n, (days, hour, kind) in enumerate(REACTIONS)
    ]
    with store.transaction() as unit:
        add_comments(unit.conn, comments)
        add_reactions(unit.conn, reactions)
