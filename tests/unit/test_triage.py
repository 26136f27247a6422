"""The shitstorm triage: the rule at its boundaries, the state the screen edits, the decision log."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from advisor_tui.domain.courtesy import check
from advisor_tui.domain.feedback.triage import (
    STORM_SHARE,
    STORM_VOICES,
    STORM_VOICES_UNKNOWN_REACH,
    Advice,
    Headwind,
    is_storm,
    recommend,
    statement_draft,
)
from advisor_tui.domain.models import Contact, Post
from advisor_tui.store.store import Store
from advisor_tui.usecases import triage


def test_500_negative_against_hundreds_of_thousands_is_no_storm() -> None:
    headwind = Headwind({"LinkedIn": 500}, reach=300_000)
    assert not is_storm(headwind)
    advice = recommend(headwind)
    assert advice.advice is Advice.NONE and "0,17 %" in " ".join(advice.reasons)
    with_clients = recommend(Headwind({"LinkedIn": 500}, reach=300_000, known=3, clients=2))
    assert with_clients.advice is Advice.PERSONAL


@pytest.mark.parametrize(
    ("real", "reach", "storm"),
    [
        (STORM_VOICES, int(STORM_VOICES / STORM_SHARE), True),  # exactly at both limits
        (STORM_VOICES, int(STORM_VOICES / STORM_SHARE) + 1, False),  # share just below
        (STORM_VOICES - 1, 100, False),  # a high share, but too few people
        (STORM_VOICES_UNKNOWN_REACH, None, True),
        (STORM_VOICES_UNKNOWN_REACH - 1, None, False),
    ],
)
def test_storm_boundaries(real: int, reach: int | None, storm: bool) -> None:
    assert is_storm(Headwind({"LinkedIn": real}, reach=reach)) is storm


def test_trolls_do_not_count_and_a_storm_gets_one_statement() -> None:
    trolls_only = recommend(Headwind({"LinkedIn": 80, "XING": 20}, reach=2_000, trolls=100))
    assert trolls_only.advice is Advice.NONE and "nicht füttern" in " ".join(trolls_only.reasons)
    storm = recommend(Headwind({"LinkedIn": 80, "XING": 20}, reach=2_000, trolls=10, known=2, clients=1))
    assert storm.storm and storm.advice is Advice.STATEMENT
    assert storm.reasons[0] == "Gegenwind auf LinkedIn, XING."
    assert recommend(Headwind()).reasons == ("Kein Gegenwind gezählt.",)


@pytest.mark.parametrize("advice", [Advice.STATEMENT, Advice.PERSONAL])
def test_statement_drafts_pass_the_courtesy_checker_without_errors(advice: Advice) -> None:
    text = statement_draft(advice, "Nachfolge planen", "Max Berater\nSparkasse")
    errors = [
        f
        for f in check(text, recipient=None, channel="linkedin-post", known_words=frozenset({"berater"}))
        if f.severity.value == "error"
    ]
    assert errors == []


def test_state_counts_named_critics_and_logs_decisions(store: Store) -> None:
    post_id = store.plan.add(Post("Nachfolge planen", 2026, 45))
    anna = Contact(
        "Anna",
        "Müller",
        role="unternehmer",
        connected_on=date(2023, 5, 1),
        id=store.contacts.add(Contact("Anna", "Müller", role="unternehmer")),
    )
    start = triage.open_triage(store, post_id)
    assert start.post is not None and start.reach is None and start.decisions == ()
    state = triage.TriageState(post=start.post, analytics_reach=start.reach)
    state.add_critic(anna, date(2026, 11, 23))
    assert state.critics[anna.id or 0].connected == "vernetzt seit 3 Jahren"
    assert state.headwind.channels["ohne Kanal"] == 1  # a named critic counts even before the channels are counted
    state.set_count("LinkedIn", 12)
    state.set_count("Instagram", 3)
    state.entered_reach = 900
    state.trolls = 2
    assert (state.headwind.negative, state.headwind.real, state.headwind.clients) == (15, 13, 1)
    assert state.recommendation.advice is Advice.PERSONAL and state.reach_source == "eingegeben"
    with pytest.raises(ValueError, match="Zahl ab 0"):
        state.set_count("XING", -1)
    state.statement = "Guten Tag,\n\ndanke.\x1b[2J"
    logged = triage.log_decision(store, state.decision(Advice.STATEMENT, datetime(2026, 11, 23, 9, 30)))
    [again] = triage.decision_log(store, post_id)
    assert again == logged and again.chosen is Advice.STATEMENT and again.advised is Advice.PERSONAL
    assert again.decided_at == datetime(2026, 11, 23, 9, 30) and "\x1b" not in again.statement
    assert again.critic_ids == (anna.id,) and dict(again.headwind.channels)["Instagram"] == 3
    from advisor_tui.domain.quarters import Quarter
    from advisor_tui.usecases.feedback import read_quarter

    assert read_quarter(store, Quarter(2026, 4)).decisions == (logged,)  # visible again in Außenwirkung
    assert read_quarter(store, Quarter(2026, 3)).decisions == ()
    store.contacts.forget(anna.id or 0)
    assert triage.decision_log(store)[0].critic_ids == ()  # the person goes, the counts stay
