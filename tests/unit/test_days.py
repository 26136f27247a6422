"""Days as the advisor writes them: one parser for the contact dialog, the post editor and the command line."""

from datetime import date

import pytest

from advisor_tui.domain.days import format_day, parse_day


@pytest.mark.parametrize(("text", "expected"), [
    ("23.11.2026", date(2026, 11, 23)), ("3.12.2026", date(2026, 12, 3)), ("03.12.26", date(2026, 12, 3)),
    ("1.2.27", date(2027, 2, 1)), (" 2026-12-03 ", date(2026, 12, 3)), ("", None), ("   ", None),
])
def test_german_and_iso_days_are_read(text: str, expected: date | None) -> None:
    assert parse_day(text) == expected


@pytest.mark.parametrize("text", ["morgen", "31.02.2026", "12/03/2026", "1.13.2026", "2026-13-01"])
def test_impossible_days_are_refused_in_german(text: str) -> None:
    # 31.02. once reached the contact dialog as Python's English "day is out of range for month".
    with pytest.raises(ValueError, match=r"ist kein Datum \(erwartet z\. B\. 23\.11\.2026\)"):
        parse_day(text)


def test_days_are_written_with_leading_zeros() -> None:
    assert format_day(date(2026, 3, 4)) == "04.03.2026" and format_day(None) == ""
