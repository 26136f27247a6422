"""Network relevance figures, the verdict and the text bar."""

from __future__ import annotations

import pytest

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.relevance import bar, compose, compose_counts, percent_text, verdict
from advisor_tui.domain.network.vocabulary import ROLES


def people(role: str | None, sector: str | None, count: int) -> list[Contact]:
    return [Contact(first_name="Anna", last_name=f"Muster{i}", role=role, sector=sector) for i in range(count)]


def test_empty_network_has_no_division_by_zero() -> None:
    figures = compose([])
    assert (figures.total, figures.target, figures.target_share) == (0, 0, 0.0)
    assert figures.target_share_text == "0 %"
    assert figures.verdict.startswith("Noch keine Kontakte")
    assert figures.role_counts == {role.key: 0 for role in ROLES}


def test_counts_shares_and_top_sectors() -> None:
    contacts = (
        people("unternehmer", "F", 5)
        + people("nachfolger", "F", 2)
        + people("kaufm-leitung", "C", 3)
        + people("unternehmer", None, 1)
        + people("kollege", "K", 5)
        + people("privat", None, 1)
        + people(None, None, 3)
    )
    figures = compose(contacts)
    assert figures.total == 20
    assert figures.tagged == 16
    assert figures.untagged == 4
    assert figures.without_role == 3
    assert figures.tagged == sum(contact.is_tagged for contact in contacts)
    assert figures.target == 11
    assert figures.target_share == pytest.approx(55.0)
    assert figures.role_counts["unternehmer"] == 6
    assert figures.role_counts["wettbewerb"] == 0
    assert list(figures.role_counts)[: len(ROLES)] == [role.key for role in ROLES]
    assert figures.top_target_sectors == (("F", 7), ("C", 3))
    assert figures.role_share("kollege") == pytest.approx(25.0)
    assert figures.verdict == "Gutes Netzwerk: 55 % Ihres Netzwerks sind Zielkunden."


def test_counts_from_a_group_by_equal_counts_from_contacts() -> None:
    contacts = people("unternehmer", "F", 2) + people("privat", None, 3)
    assert compose_counts({("unternehmer", "F"): 2, ("privat", None): 3}) == compose(contacts)


def test_a_role_the_user_added_is_counted_too() -> None:
    figures = compose(people("vereinskollege", "S", 2))
    assert figures.role_counts["vereinskollege"] == 2


@pytest.mark.parametrize(
    ("target", "with_role", "total", "expected"),
    [
        (12, 100, 100, "Sammelsurium: nur 12 % Ihres Netzwerks sind Zielkunden."),
        (30, 90, 100, "Ausbaufähig: 30 % Ihres Netzwerks sind Zielkunden."),
        (50, 100, 100, "Gutes Netzwerk: 50 % Ihres Netzwerks sind Zielkunden."),
        (24, 100, 100, "Sammelsurium: nur 24 % Ihres Netzwerks sind Zielkunden."),
        (1, 300, 500, "Sammelsurium: nur < 1 % Ihres Netzwerks sind Zielkunden."),
        (5, 40, 100, "Vorläufig: erst 40 % Ihres Netzwerks haben eine Rolle, 5 % sind bisher als Zielkunden erkannt."),
    ],
)
def test_verdict_thresholds(target: int, with_role: int, total: int, expected: str) -> None:
    assert verdict(target, with_role, total) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.0, "0 %"), (0.2, "< 1 %"), (1.0, "1 %"), (12.4, "12 %"), (99.5, "> 99 %"), (100.0, "100 %")],
)
def test_percent_text_never_lies(value: float, expected: str) -> None:
    assert percent_text(value) == expected


@pytest.mark.parametrize(
    ("value", "width", "expected"),
    [
        (0, 4, "    "),
        (100, 4, "████"),
        (50, 4, "██  "),
        (12.5, 4, "▌   "),
        (0.1, 4, "▏   "),
        (99.9, 4, "███▉"),
        (150, 2, "██"),
        (-5, 2, "  "),
        (40, 0, ""),
    ],
)
def test_bar(value: float, width: int, expected: str) -> None:
    assert bar(value, width) == expected
    assert len(bar(value, width)) == max(width, 0)
