"""A post's body and form: length, fold, findings, day parsing, validation, status steps."""

from __future__ import annotations

import builtins
from datetime import date

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.post_body import (
    body_figures,
    body_findings,
    fold_text,
    next_status,
    post_channel,
    post_problems,
    row_col,
    with_day,
)


def test_post_channel_maps_platforms_to_post_channels():
    assert post_channel("linkedin") == "linkedin-post"
    assert post_channel("xing") == "xing-post"
    assert post_channel("unbekannt") == "linkedin-post"


def test_body_figures_count_against_the_linkedin_limit_without_trailing_space():
    figures = body_figures("a" * 3005 + "  \n", "linkedin")
    assert (figures.length, figures.limit, figures.over_by) == (3005, 3000, 5)
    assert figures.counted == "3.005 / 3.000 Zeichen"


def test_xing_posts_have_no_limit():
    figures = body_figures("a" * 5000, "xing")
    assert figures.limit is None and figures.over_by == 0
    assert figures.counted == "5.000 Zeichen"


def test_fold_falls_after_140_characters_only_in_longer_texts():
    assert body_figures("a" * 140, "linkedin").fold_at is None
    assert body_figures("a" * 141, "linkedin").fold_at == 140


def test_row_col_and_fold_text_name_the_line_and_column():
    text = "Erste Zeile\n" + "b" * 200
    assert row_col(text, 0) == (0, 0)
    assert row_col(text, 12) == (1, 0)
    figures = body_figures(text, "linkedin")
    assert fold_text(figures, text) == "Falz „mehr anzeigen“ nach Zeichen 140: Zeile 2, Spalte 129"
    assert "ganz sichtbar" in fold_text(body_figures("kurz", "linkedin"), "kurz")


def test_body_findings_use_the_courtesy_checker_for_spelling():
    findings = body_findings("Wir habn eine Checkliste für Ihre Liquidität.", "linkedin")
    assert any("habn" in message for _, message in findings)
    assert all(severity in {"Fehler", "Warnung", "Hinweis"} for severity, _ in findings)


def test_body_findings_fall_back_to_the_length_when_the_checker_is_missing(monkeypatch):
    real_import = builtins.__import__

    def no_courtesy(name, *args, **kwargs):
        if name.startswith("advisor_tui.domain.courtesy"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_courtesy)
    assert body_findings("Wir habn.", "linkedin") == []
    [(severity, message)] = body_findings("a" * 3010, "linkedin")
    assert severity == "Fehler" and "Kürzen Sie um 10" in message


def test_with_day_moves_the_post_into_the_days_week_and_keeps_it_without_a_day():
    post = Post(title="A", iso_year=2026, iso_week=48, planned_on=date(2026, 11, 24))
    moved = with_day(post, date(2027, 1, 1))  # Friday of KW 53/2026
    assert (moved.iso_year, moved.iso_week, moved.planned_on) == (2026, 53, date(2027, 1, 1))
    cleared = with_day(post, None)
    assert (cleared.iso_year, cleared.iso_week, cleared.planned_on) == (2026, 48, None)


def test_post_problems_in_german():
    assert post_problems(Post(title="Gut", iso_year=2026, iso_week=48, status=PostStatus.PLANNED)) == []
    assert post_problems(Post(title="Idee")) == []
    problems = post_problems(Post(title=" ", status=PostStatus.PUBLISHED, published_url="www.x.de", channel="fax"))
    assert problems == [
        "Der Titel fehlt.",
        "„Veröffentlicht“ braucht eine Woche: bitte einen Tag angeben.",
        "Der Link muss mit https:// beginnen.",
        "Unbekannter Kanal „fax“.",
    ]


def test_next_status_steps_forward_and_stops_at_published():
    assert next_status(PostStatus.IDEA) is PostStatus.DRAFT
    assert next_status(PostStatus.DRAFT) is PostStatus.PLANNED
    assert next_status(PostStatus.PLANNED) is PostStatus.PUBLISHED
    assert next_status(PostStatus.PUBLISHED) is PostStatus.PUBLISHED


def test_body_findings_leave_out_letter_rules_that_do_not_fit_a_post():
    assert body_findings("V", "linkedin") == []  # no "canned reply", no missing greeting


def test_a_planned_day_on_a_holiday_or_christmas_eve_gets_a_notice() -> None:
    from advisor_tui.domain.plan.post_body import day_notice

    assert day_notice(date(2026, 12, 25)) == "Der 25.12.2026 ist ein Feiertag (1. Weihnachtstag) – da lesen wenige."
    assert day_notice(date(2026, 4, 6)) == "Der 06.04.2026 ist ein Feiertag (Ostermontag) – da lesen wenige."
    assert day_notice(date(2026, 12, 24)) == "Der 24.12.2026 ist Heiligabend – da lesen wenige."
    assert day_notice(date(2026, 12, 23)) == "" and day_notice(None) == ""
