"""Demo data of the advisor's own LinkedIn activity: comments and reactions of the last weeks, as an export brings."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from advisor_tui.domain.activity.own import ADVISOR_ZONE, OwnComment, OwnReaction
from advisor_tui.store.own_activity import add_comments, add_reactions
from advisor_tui.store.store import Store

_FEED = "https://www.linkedin.com/feed/update/urn:li:activity:"
# (days ago, hour, post number, text): mostly helpful, one that a careful advisor would rather not have written.
COMMENTS = (
    (
        40,
        8,
        7391000000000000101,
        "Danke für die klare Übersicht, Herr Brandt. Die Frist zur Grundsteuer haben "
        "viele Mandanten tatsächlich noch nicht auf dem Schirm.",
    ),
    (
        33,
        19,
        7391000000000000117,
        "Herzlichen Glückwunsch zum Firmenjubiläum! 100 Jahre in Familienhand, das verdient Respekt.",
    ),
    (
        26,
        12,
        7391000000000000125,
        "Sehr guter Punkt: Die Nachfolge beginnt mit dem Gespräch am Küchentisch, nicht mit dem Notar.",
    ),
    (
        19,
        21,
        7391000000000000140,
        "Ehrlich gesagt: Unsere Vorstandsetage versteht vom Mittelstand ungefähr so viel "
        "wie die Regierung von Digitalisierung.",
    ),
    (12, 7, 7391000000000000152, "Gern teile ich meine Erfahrungen beim Unternehmerabend im März."),
    (5, 17, 7391000000000000168, "Spannende Zahlen zur Fachkräftesituation im Handwerk, danke fürs Teilen."),
)
_KINDS = ("LIKE", "LIKE", "PRAISE", "LIKE", "EMPATHY", "INTEREST", "LIKE", "APPRECIATION")


def _moment(today: date, days_ago: int, hour: int) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour), ADVISOR_ZONE).astimezone(UTC)


def seed_activity(store: Store, today: date) -> None:
    """Comments and reactions of the last six weeks, written as an import writes them."""
    comments = [OwnComment(_moment(today, days, hour), f"{_FEED}{post}", text) for days, hour, post, text in COMMENTS]
    reactions = [
        OwnReaction(_moment(today, 2 + 2 * n, 8 + n % 10), _KINDS[n % len(_KINDS)], f"{_FEED}{7391000000000000300 + n}")
        for n in range(20)
    ]
    with store.transaction() as unit:
        add_comments(unit.conn, comments)
        add_reactions(unit.conn, reactions)
