"""Stages per contact and a quarter's funnel: counts, conversions, origins, time to appointment, effort."""

from datetime import date, datetime

import pytest

from advisor_tui.domain.models import Contact
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.funnel import Ratio, quarter_results
from advisor_tui.domain.results.stages import (
    ProductLine,
    Stage,
    StageChange,
    check_change,
    current_stage,
    format_volume,
    product_from_text,
    reached_on,
    stage_from_text,
)

Q4 = Quarter(2026, 4)


def person(contact_id: int, role: str | None = "unternehmer", source: str = "linkedin",
           connected: date | None = date(2026, 1, 10)) -> Contact:
    return Contact(first_name="A", last_name=str(contact_id), role=role, source=source, connected_on=connected,
                   id=contact_id)


def step(contact_id: int, stage: Stage, on: date, **more: object) -> StageChange:
    return StageChange(contact_id, stage, on, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "quarter"), [
    ("2026Q4", Q4), ("2026-q4", Q4), ("Q4 2026", Q4), ("q1/2027", Quarter(2027, 1)),
])
def test_quarters_parse_the_forms_people_write(text: str, quarter: Quarter) -> None:
    assert Quarter.parse(text) == quarter


@pytest.mark.parametrize("text", ["2026Q5", "Q0 2026", "2026", "viertes Quartal", ""])
def test_what_is_no_quarter_gets_a_german_line(text: str) -> None:
    with pytest.raises(ValueError, match="kein Quartal"):
        Quarter.parse(text)


def test_quarter_bounds_and_neighbours() -> None:
    assert (Q4.start, Q4.end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert Quarter(2026, 1).end == date(2026, 3, 31) and Quarter(2024, 1).end == date(2024, 3, 31)
    assert Q4.next() == Quarter(2027, 1) and Quarter(2027, 1).previous() == Q4
    assert Quarter.of(date(2026, 12, 1)) == Q4 and Q4.label == "Q4 2026" and Q4.key == "2026Q4"


def test_stage_and_product_are_read_from_key_or_german_label() -> None:
    assert stage_from_text("Gespräch") is Stage.CONVERSATION
    assert stage_from_text("kein Bedarf") is Stage.NO_NEED and stage_from_text("KEIN-BEDARF") is Stage.NO_NEED
    assert product_from_text("finanzierung") is ProductLine.FINANCING
    with pytest.raises(ValueError, match="keine Stufe"):
        stage_from_text("Abschluss")


def test_the_latest_change_is_the_stage_and_the_first_later_step_counts_as_reached() -> None:
    history = [step(1, Stage.CONVERSATION, date(2026, 10, 2)), step(1, Stage.MANDATE, date(2026, 11, 20)),
               step(1, Stage.NO_NEED, date(2026, 9, 1))]
    assert current_stage(history) is Stage.MANDATE
    assert current_stage(history, until=date(2026, 9, 30)) is Stage.NO_NEED
    assert current_stage([]) is Stage.CONTACT
    # A mandate recorded without a Termin before it still means an appointment was reached then.
    assert reached_on(history, Stage.APPOINTMENT) == date(2026, 11, 20)
    assert reached_on(history, Stage.NO_NEED) == date(2026, 9, 1)


def test_implausible_changes_are_refused() -> None:
    today = date(2026, 12, 1)
    check_change(step(1, Stage.APPOINTMENT, date(2027, 3, 1)), today)  # a Termin agreed ahead is fine
    for bad, message in [
        (step(1, Stage.APPOINTMENT, date(2028, 3, 1)), "nicht plausibel"),
        (step(1, Stage.CONVERSATION, today, volume_eur=5), "gehören zu einem Mandat"),
        (step(1, Stage.MANDATE, today, volume_eur=-1), "nicht plausibel"),
    ]:
        with pytest.raises(ValueError, match=message):
            check_change(bad, today)


def test_volume_reads_as_german_money() -> None:
    assert format_volume(250_000) == "250.000\u00a0€" and format_volume(1_200_000) == "1,2\u00a0Mio.\u00a0€"
    assert format_volume(3_000_000) == "3\u00a0Mio.\u00a0€"


def test_ratios_show_counts_and_admit_small_numbers() -> None:
    assert Ratio(3, 8).text() == "3 von 8 (38 %)"
    assert Ratio(2, 3).text() == "2 von 3 (wenige Fälle)"
    assert Ratio(0, 0).text() == "0 von 0" and Ratio(0, 0).share is None


def test_a_quarter_counts_first_arrivals_by_origin_and_converts_cumulatively() -> None:
    contacts = [person(1, connected=None), person(2, source="xing"), person(3),
                person(4, role="umfeld", source="vcard", connected=None),
                person(5, connected=date(2026, 11, 2)), person(6, role="kollege")]
    changes = [
        step(1, Stage.CONVERSATION, date(2026, 8, 1)), step(1, Stage.APPOINTMENT, date(2026, 10, 5)),
        step(1, Stage.MANDATE, date(2026, 11, 30), volume_eur=250_000, product=ProductLine.FINANCING),
        step(2, Stage.CONVERSATION, date(2026, 10, 20)), step(2, Stage.APPOINTMENT, date(2026, 12, 3)),
        step(3, Stage.CONVERSATION, date(2026, 11, 1)), step(3, Stage.NO_NEED, date(2026, 11, 15)),
        step(4, Stage.CONVERSATION, date(2026, 12, 1)), step(4, Stage.MANDATE, date(2026, 12, 2)),
        step(5, Stage.CONVERSATION, date(2027, 1, 5)),  # after the quarter: not counted
    ]
    results = quarter_results(Q4, contacts, changes, first_contact={1: date(2026, 6, 1)},
                              published=[date(2026, 10, 1), date(2026, 9, 30), date(2026, 12, 31)],
                              sent=[date(2026, 11, 1)] * 4, checkins=[date(2026, 10, 2), date(2027, 1, 1)])
    assert results.target_contacts == 4 and results.new_target_contacts == 1  # 1, 2, 3, 5
    conversation = results.figures(Stage.CONVERSATION)
    assert conversation.count == 3 and conversation.by_origin == {"XING": 1, "LinkedIn": 1, "anderer Weg": 1}
    assert results.figures(Stage.APPOINTMENT).count == 3  # 1 (Oct), 2 (Dec), 4 (through its mandate)
    assert results.figures(Stage.MANDATE).count == 2 and results.figures(Stage.NO_NEED).count == 1
    labels = dict(results.conversions)
    assert labels["Zielkontakte → Gespräch"] == Ratio(3, 4)  # 1, 2, 3 of the four target contacts
    assert labels["Gespräch → Termin"] == Ratio(3, 4) and labels["Termin → Mandat"] == Ratio(2, 3)
    # 1: first contact 1 June → Termin 5 Oct; 2: connected 10 Jan → 3 Dec; 4: first change 1 Dec → 2 Dec.
    assert results.days_to_appointment == (1, 126, 327)
    assert results.volume_by_product == {ProductLine.FINANCING: 250_000} and results.mandates_without_volume == 1
    assert (results.effort.posts_published, results.effort.messages_sent, results.effort.checkins) == (2, 4, 1)
    assert results.open_threads == 1  # contact 2 in Termin; 1 and 4 are mandates, 3 closed


def test_an_empty_quarter_is_zero_everywhere_not_an_error() -> None:
    results = quarter_results(Q4, [], [])
    assert results.target_contacts == 0 and results.volume_total == 0
    assert results.median_days_to_appointment is None
    assert all(ratio == Ratio(0, 0) for _, ratio in results.conversions)


def test_recorded_order_breaks_ties_on_one_day() -> None:
    first = step(1, Stage.CONVERSATION, date(2026, 11, 1), recorded_at=datetime(2026, 11, 1, 9))
    then = step(1, Stage.NO_NEED, date(2026, 11, 1), recorded_at=datetime(2026, 11, 1, 10))
    assert current_stage([then, first]) is Stage.NO_NEED
