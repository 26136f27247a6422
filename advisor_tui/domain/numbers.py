"""Numbers as a German reader writes them."""

from __future__ import annotations


def german_number(value: int) -> str:
    """Thousands separated by a dot: 30.015."""
    return f"{value:,}".replace(",", ".")


def counted(value: int, singular: str, plural: str) -> str:
    """`1 Kommentar`, `2.345 Kommentare`: a number with the noun in the right number."""
    return f"{german_number(value)} {singular if value == 1 else plural}"
