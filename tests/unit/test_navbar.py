"""The navbar fits every width without wrapping and never cuts a key."""

from __future__ import annotations

import pytest

from advisor_tui.ui.views import VIEWS, View
from advisor_tui.ui.widgets.navbar import _width, fitted_items

SEVEN = (*VIEWS, View("aussenwirkung", "A", "Außenwirkung", "Wirkung"),
         View("ergebnisse", "E", "Ergebnisse"))


@pytest.mark.parametrize("width", [130, 100, 99, 78, 60, 40, 20])
def test_seven_views_fit_and_keep_every_key(width: int) -> None:
    items = fitted_items(width, SEVEN)
    assert [key for key, _ in items] == [view.key for view in SEVEN]
    assert _width(items) <= width or all(not label for _, label in items)


def test_labels_full_from_100_columns_short_below() -> None:
    assert dict(fitted_items(130, VIEWS))["r"] == "Redaktionsplan"
    assert dict(fitted_items(78, VIEWS))["r"] == "Plan"  # 80 columns less the bar's padding
    at_80 = dict(fitted_items(78, SEVEN))
    assert at_80["r"] == "Plan" and at_80["h"] == "Heute" and at_80["P"] == "Publikum"
    assert at_80["A"] == "Wirkung" and all(len(label) >= 4 for label in at_80.values())
