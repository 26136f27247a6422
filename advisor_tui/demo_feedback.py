"""Demo feedback: three quarters of criticism, praise, questions and complaints, and one triage decision."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from advisor_tui.domain.feedback.models import FeedbackEntry, FeedbackKind, SourceKind
from advisor_tui.domain.feedback.triage import Advice, Headwind, TriageDecision
from advisor_tui.domain.quarters import Quarter
from advisor_tui.store.store import Store

K, L, F, B = FeedbackKind.CRITICISM, FeedbackKind.PRAISE, FeedbackKind.QUESTION, FeedbackKind.COMPLAINT
POST, CONTACT, TEXT = SourceKind.POST, SourceKind.CONTACT, SourceKind.TEXT

# (quarters back, day in the quarter, kind, factors, source kind, post title / contact name / text, note,
#  needs an answer, answered after days or None)
FEEDBACK: tuple[tuple, ...] = (
    (
        2,
        12,
        L,
        ("transparenz",),
        TEXT,
        "Unternehmerfrühstück",
        "Gebührenmodell endlich verständlich erklärt",
        False,
        None,
    ),
    (2, 30, K, ("kosten",), TEXT, "Telefonat", "Kontoführung im Vergleich zur Direktbank zu teuer", False, None),
    (
        2,
        41,
        F,
        ("konditionen",),
        CONTACT,
        "Sabine Krämer",
        "Zinsbindung beim Investitionskredit verlängerbar?",
        True,
        2,
    ),
    (2, 66, L, ("service",), CONTACT, "Klaus Wagner", "Kreditzusage schneller als erwartet", False, None),
    (
        1,
        5,
        L,
        ("interaktion",),
        POST,
        "Nachfolge früh planen: fünf Fragen an Familienunternehmen",
        "Viele Kommentare: die fünf Fragen helfen beim Einstieg ins Gespräch",
        False,
        None,
    ),
    (
        1,
        18,
        K,
        ("transparenz", "kosten"),
        POST,
        "Zinsentwicklung im Überblick (Marktbericht des Hauses)",
        "Marktbericht zu allgemein, was heißt das für meine Finanzierung?",
        False,
        None,
    ),
    (1, 27, B, ("service",), TEXT, "Filiale Nord", "Rückruf zur Avalanfrage kam erst nach einer Woche", True, 3),
    (
        1,
        44,
        L,
        ("service", "interaktion"),
        CONTACT,
        "Anna Müller",
        "Lob für die Vorbereitung des Jahresgesprächs",
        False,
        None,
    ),
    (1, 59, F, ("kosten",), TEXT, "Messe Bauen & Wohnen", "Was kostet ein Avalrahmen für kleine Bauträger?", True, 5),
    (1, 70, L, ("transparenz",), TEXT, "Telefonat", "Konditionsübersicht als PDF sehr hilfreich", False, None),
    (
        0,
        3,
        L,
        ("interaktion",),
        POST,
        "Rückblick Unternehmerabend 2026",
        "Gute Stimmung, Fotos gern wieder",
        False,
        None,
    ),
    (0, 9, K, ("konditionen",), CONTACT, "Thomas Müller", "Sicherheiten für Betriebsmittelkredit zu streng", True, 4),
    (0, 15, L, ("service",), CONTACT, "Michael Schröder", "Schnelle Antwort auf die Leasinganfrage", False, None),
    (
        0,
        22,
        B,
        ("kosten", "transparenz"),
        POST,
        "Zinsentwicklung im Überblick (Marktbericht des Hauses)",
        "Kommentar: Banken verdienen an der Zinswende, Kunden zahlen drauf",
        True,
        None,
    ),
    (0, 28, F, ("konditionen",), CONTACT, "Lena Schröder", "Gibt es Förderkredite für die Übernahme?", True, None),
    (0, 35, L, ("transparenz",), TEXT, "Unternehmerabend", "Klare Worte zur Nachfolgefinanzierung", False, None),
    (
        0,
        41,
        K,
        ("interaktion",),
        TEXT,
        "XING-Gruppe Mittelstand",
        "Zu wenig eigene Meinung in den Beiträgen",
        False,
        None,
    ),
)


def _day(today: date, back: int, offset: int) -> date:
    """A day `offset` days into the quarter `back` quarters ago, never after today."""
    quarter = Quarter.of(today)
    for _ in range(back):
        quarter = quarter.previous()
    return min(quarter.start + timedelta(days=offset), today)


def seed_feedback(store: Store, today: date) -> None:
    """Fill the feedback log and the triage log of the demo store."""
    plan = store.plan.list()
    posts = {post.title: post.id for post in plan}
    # feedback on a post comes after its week (the demo plan is relative to today)
    online = {
        post.title: date.fromisocalendar(post.iso_year, post.iso_week, 1)
        for post in plan
        if post.iso_year and post.iso_week
    }
    people = {contact.full_name: contact.id for contact in store.contacts.list()}
    entries = []
    for back, offset, kind, factors, source, where, note, needs_answer, answered_after in FEEDBACK:
        received = _day(today, back, offset)
        if source is POST and where in online:
            received = min(max(received, online[where] + timedelta(days=offset % 5)), today)
        answered = min(received + timedelta(days=answered_after), today) if answered_after is not None else None
        entries.append(
            FeedbackEntry(
                kind,
                received,
                note,
                factors,
                source,
                post_id=posts.get(where) if source is POST else None,
                contact_id=people.get(where) if source is CONTACT else None,
                source_text=where if source is TEXT else "",
                needs_answer=needs_answer,
                answered_on=answered,
            )
        )
    decided = datetime.combine(today - timedelta(days=6), time(17, 40))
    market = posts.get("Zinsentwicklung im Überblick (Marktbericht des Hauses)")
    critic = people.get("Thomas Müller")
    with store.transaction() as unit:
        for entry in entries:
            unit.feedback.add(entry)
        unit.feedback.add_decision(
            TriageDecision(
                decided,
                Headwind({"LinkedIn": 14, "XING": 2}, reach=5_800, known=1, clients=1, trolls=4),
                Advice.PERSONAL,
                Advice.PERSONAL,
                "Guten Tag Herr Müller,\n\nvielen Dank für Ihre Rückmeldung zu meinem Beitrag. "
                "Ich rufe Sie gern an.\n\n"
                "Mit freundlichen Grüßen\nJulia Hoffmann",
                market,
                "Zinsentwicklung im Überblick (Marktbericht des Hauses)",
                "eingegeben",
                (critic,) if critic else (),
            )
        )
