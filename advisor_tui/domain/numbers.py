"""Numbers as a German reader writes them."""

from __future__ import annotations


def german_number(value: int) -> str:
    """Thousands separated by a dot: 30.015."""
    return f"{value:,}".replace(",", ".")
