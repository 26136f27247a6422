"""ISO calendar-week arithmetic: 53-week years, the turn of the year, German labels."""

from datetime import date

import pytest

from advisor_tui.domain.plan.weeks import IsoWeek, format_day_span, week_range, weeks_in_year


@pytest.mark.parametrize(
    ("year", "weeks"),
    [(2015, 53), (2019, 52), (2020, 53), (2021, 52), (2024, 52), (2025, 52), (2026, 53), (2032, 53)],
)
def test_weeks_in_year(year, weeks):
    assert weeks_in_year(year) == weeks


@pytest.mark.parametrize(
    ("day", "year", "week"),
    [
        (date(2024, 12, 31), 2025, 1),
        (date(2021, 1, 1), 2020, 53),
        (date(2021, 1, 3), 2020, 53),
        (date(2021, 1, 4), 2021, 1),
        (date(2026, 11, 23), 2026, 48),
        (date(2026, 11, 29), 2026, 48),
        (date(2027, 1, 1), 2026, 53),
        (date(2023, 1, 1), 2022, 52),
    ],
)
def test_from_date_uses_the_iso_year(day, year, week):
    assert IsoWeek.from_date(day) == IsoWeek(year, week)


@pytest.mark.parametrize(("year", "week"), [(2025, 53), (2026, 54), (2026, 0), (2024, -1)])
def test_week_that_does_not_exist_is_rejected(year, week):
    with pytest.raises(ValueError, match="gibt es im Jahr"):
        IsoWeek(year, week)


def test_monday_and_sunday():
    week = IsoWeek(2025, 1)
    assert (week.monday, week.sunday) == (date(2024, 12, 30), date(2025, 1, 5))


@pytest.mark.parametrize(
    ("start", "steps", "expected"),
    [
        (IsoWeek(2020, 53), 1, IsoWeek(2021, 1)),
        (IsoWeek(2021, 1), -1, IsoWeek(2020, 53)),
        (IsoWeek(2025, 52), 1, IsoWeek(2026, 1)),
        (IsoWeek(2026, 52), 1, IsoWeek(2026, 53)),
        (IsoWeek(2026, 48), 12, IsoWeek(2027, 7)),
        (IsoWeek(2026, 48), -52, IsoWeek(2025, 48)),
        (IsoWeek(2026, 48), 0, IsoWeek(2026, 48)),
    ],
)
def test_shift_across_years(start, steps, expected):
    assert start.shift(steps) == expected
    assert start.weeks_until(expected) == steps


def test_next_and_prev():
    assert IsoWeek(2020, 53).next() == IsoWeek(2021, 1)
    assert IsoWeek(2021, 1).prev() == IsoWeek(2020, 53)


def test_weeks_are_ordered_across_years():
    assert IsoWeek(2025, 52) < IsoWeek(2026, 1) < IsoWeek(2026, 2)
    assert sorted([IsoWeek(2026, 2), IsoWeek(2025, 52), IsoWeek(2026, 1)])[0] == IsoWeek(2025, 52)


@pytest.mark.parametrize(
    ("week", "label"),
    [
        (IsoWeek(2026, 48), "KW 48 · 23.–29.11.2026"),
        (IsoWeek(2024, 5), "KW 5 · 29.01.–04.02.2024"),
        (IsoWeek(2026, 1), "KW 1 · 29.12.2025–04.01.2026"),
        (IsoWeek(2026, 53), "KW 53 · 28.12.2026–03.01.2027"),
        (IsoWeek(2026, 10), "KW 10 · 02.–08.03.2026"),
    ],
)
def test_label(week, label):
    assert week.label == label


def test_format_day_span_same_day_month():
    assert format_day_span(date(2026, 3, 2), date(2026, 3, 8)) == "02.–08.03.2026"


@pytest.mark.parametrize(
    ("text", "week"),
    [("2026-W48", IsoWeek(2026, 48)), ("2026W05", IsoWeek(2026, 5)), (" 2020-w53 ", IsoWeek(2020, 53))],
)
def test_parse_key(text, week):
    assert IsoWeek.parse(text) == week


@pytest.mark.parametrize("text", ["2026-48", "KW 48", "", "2026-W", "2025-W53"])
def test_parse_rejects(text):
    with pytest.raises(ValueError):
        IsoWeek.parse(text)


def test_key_is_zero_padded_and_round_trips():
    week = IsoWeek(2026, 5)
    assert week.key == "2026-W05" == str(week)
    assert IsoWeek.parse(week.key) == week


def test_week_range_crosses_a_53_week_year():
    weeks = week_range(IsoWeek(2026, 52), IsoWeek(2027, 2))
    assert weeks == [IsoWeek(2026, 52), IsoWeek(2026, 53), IsoWeek(2027, 1), IsoWeek(2027, 2)]


def test_week_range_empty_when_reversed():
    assert week_range(IsoWeek(2027, 2), IsoWeek(2026, 52)) == []


def test_contains():
    week = IsoWeek(2025, 1)
    assert week.contains(date(2024, 12, 30)) and week.contains(date(2025, 1, 5))
    assert not week.contains(date(2025, 1, 6))
