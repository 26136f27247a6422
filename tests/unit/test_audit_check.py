"""The own-activity check: realistic German comments and posts, risky and harmless, and what a reaction can say."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from advisor_tui.domain.courtesy.audit import (
    AuditKind,
    comment_item,
    newest_first,
    post_item,
    reaction_item,
    reaction_label,
    reactions_per_month,
    text_findings,
)
from advisor_tui.domain.models import Post, PostStatus

AT = datetime(2026, 11, 12, 18, 34, 12)
LINK = "https://www.linkedin.com/feed/update/urn:li:activity:7263000000000000001"

SIE_POST = "Wie sichern Sie die Liquidität bis zum Frühjahr? Drei Wege haben sich in der Praxis bewährt."
RISKY = [
    ("Die Ampel hat den Mittelstand komplett an die Wand gefahren.", "sensitive-topic"),
    ("Endlich sagt es mal einer! Typisch unser Vorstand – keine Ahnung vom Tagesgeschäft.", "sensitive-topic"),
    ("Kenne ich. Bei uns ist der Vertriebsdruck zum Quartalsende auch unerträglich.", "sensitive-topic"),
    ("Wir müssen bis Jahresende noch 20 Fondssparpläne verkaufen, sonst gibt es Ärger.", "sensitive-topic"),
    ("Absolut richtig! Wer nicht verkauft, fliegt – so läuft das bei uns.", "sensitive-topic"),
    # Sarcasm about one's own board and the government, with no negative word at all.
    (
        "Ehrlich gesagt: Unsere Vorstandsetage versteht vom Mittelstand ungefähr so viel "
        "wie die Regierung von Digitalisierung.",
        "sensitive-topic",
    ),
    ("Genau so ist es! Die Manager in den Konzernen haben keine Ahnung vom Mittelstand.", "sensitive-topic"),
    ("Der Bundeskanzler ruiniert mit seiner Wirtschaftspolitik den Standort.", "sensitive-topic"),
    ("Der Finanzminister versagt beim Bürokratieabbau komplett.", "sensitive-topic"),
    ("Die Wahl der neuen Regierung war eine Katastrophe für den Standort.", "sensitive-topic"),
    ("Wer jetzt noch AfD wählt, hat nichts verstanden.", "sensitive-topic"),
    ("Glückwunsch, Thomas! Du hast dir das mehr als verdient.", "du-form"),
    ("Starker Beitrag, schau dir auch unsere Förderkredite an!", "du-form"),
    ("Danke für den Hinweis. Wenn sie Interesse haben, melden Sie sich gern bei mir.", "sie-lowercase"),
]
HARMLESS = [
    "Herzlichen Glückwunsch zur neuen Position, Herr Weber! Viel Erfolg im neuen Team.",
    # "Politik" inside a compound and monetary policy: a banking topic, not party politics.
    "Spannender Beitrag zur Zinspolitik der EZB. Für Unternehmer heißt das: Finanzierungen jetzt prüfen.",
    "Die Politik der EZB ist für Sparer seit Jahren ärgerlich; umso wichtiger ist eine breite Streuung.",
    # "Wahl" inside "Auswahl" and as a choice.
    "Tolle Auswahl an Referenten beim Unternehmerabend der IHK!",
    "Bei der Wahl der Finanzierung zählt mehr als der Zins: Laufzeit, Tilgung und Sicherheiten.",
    "Die Führungskräfte im Mittelstand leisten gerade Enormes.",
    "Unsere Kanzlei hat das Chaos der Umstellung gut gelöst.",
    "Glückwunsch zur Wahl in den Aufsichtsrat der Sparkasse!",
    "Wir verstehen das Geschäft unserer Kunden so gut, wie es nur geht.",
    "Die Zinsentscheidung der EZB trifft Häuslebauer hart.",
    "Viele Familienunternehmen unterschätzen, wie lange sie für die Nachfolge brauchen.",
    # A post addressing its readers with "Sie", and "sie" for third persons.
    SIE_POST,
    "Viele Unternehmer fragen mich, wie sie die Nachfolge regeln sollen. Drei Schritte helfen.",
    "Danke fürs Teilen, Frau Schneider – das deckt sich mit dem, was ich in Gesprächen mit Familienunternehmen höre.",
]


@pytest.mark.parametrize(("text", "code"), RISKY)
def test_a_risky_comment_is_found(text: str, code: str) -> None:
    item = comment_item(AT, LINK, text)
    assert item is not None and code in {f.code for f in item.findings}
    assert item.kind is AuditKind.COMMENT and item.on == AT.date() and item.link == LINK and item.summary


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_comment_gives_nothing(text: str) -> None:
    assert text_findings(text) == []
    assert comment_item(AT, LINK, text) is None


def test_a_published_post_is_checked_on_its_text_and_a_plan_post_is_not() -> None:
    risky = Post(
        "Zinsen",
        body="Die Ampel hat uns die Zinswende eingebrockt, ein Skandal.",
        status=PostStatus.PUBLISHED,
        published_on=date(2026, 11, 2),
        published_url=LINK,
    )
    item = post_item(risky)
    assert item is not None and item.kind is AuditKind.POST and item.on == date(2026, 11, 2) and item.at is None
    assert post_item(Post("Zinsen", body=risky.body, status=PostStatus.PLANNED, planned_on=date(2026, 11, 2))) is None
    assert (
        post_item(Post("Liquidität", body=SIE_POST, status=PostStatus.PUBLISHED, published_on=date(2026, 11, 2)))
        is None
    )


def test_the_key_is_stable_and_tells_items_apart() -> None:
    first = comment_item(AT, LINK, RISKY[0][0])
    again = comment_item(AT, LINK, RISKY[0][0])
    later = comment_item(datetime(2026, 11, 13, 8, 0), LINK, RISKY[0][0])
    assert first is not None and again is not None and later is not None
    assert first.key == again.key == f"kommentar|{LINK}|2026-11-12T18:34:12" and later.key != first.key
    unlinked = post_item(Post("x", body=RISKY[0][0], status=PostStatus.PUBLISHED, published_on=date(2026, 11, 2)))
    assert unlinked is not None and unlinked.key.startswith("beitrag|text:") and unlinked.key.endswith("|2026-11-02")


def test_the_findings_speak_of_the_public_not_of_a_message() -> None:
    from advisor_tui.domain.courtesy.checker import check_rules

    text = "Die Ampel hat den Mittelstand an die Wand gefahren. Der Vertriebsdruck ist enorm."
    public = [f.message for f in text_findings(text)]
    assert public == [
        "Urteile über Regierung und Politik gehören nicht in öffentliche Beiträge und Kommentare.",
        "Klagen über Vertriebsdruck oder Zielvorgaben gehören nicht in die Öffentlichkeit.",
    ]
    letter = [f.message for f in check_rules(text) if f.code == "sensitive-topic"]
    assert letter[0].endswith("in eine Kundennachricht.") and letter[1].endswith("nicht zum Kunden.")


def test_only_a_laughing_reaction_is_put_forward_and_never_judged() -> None:
    assert reaction_item(AT, "LIKE", LINK) is None and reaction_item(AT, "PRAISE", LINK) is None
    funny = reaction_item(AT, "ENTERTAINMENT", LINK)
    assert funny is not None and funny.kind is AuditKind.REACTION and funny.text == ""
    assert [f.code for f in funny.findings] == ["reaction-look"] and "Lustig" in funny.summary
    assert reaction_label("INTEREST") == "Interessant" and reaction_label("NEW_TYPE") == "NEW_TYPE"


def test_reactions_are_counted_per_month_newest_first() -> None:
    months = reactions_per_month(
        [
            (datetime(2026, 10, 30), "LIKE"),
            (datetime(2026, 11, 2), "like"),
            (datetime(2026, 11, 3), "PRAISE"),
            (datetime(2026, 11, 4), "LIKE"),
        ]
    )
    assert [(m.month, m.counts, m.total) for m in months] == [
        ("2026-11", {"LIKE": 2, "PRAISE": 1}, 3),
        ("2026-10", {"LIKE": 1}, 1),
    ]


def test_items_are_sorted_newest_first() -> None:
    old = comment_item(datetime(2025, 1, 5, 9, 0), LINK, RISKY[1][0])
    new = reaction_item(AT, "FUNNY", LINK)
    assert old is not None and new is not None
    assert newest_first([old, new]) == [new, old]
