"""Finding likely duplicate contacts and merging two of them field by field."""

from __future__ import annotations

import random
import time
from datetime import date, datetime

import pytest

from advisor_tui.domain.contacts import duplicates as dup
from advisor_tui.domain.contacts.duplicates import MERGEABLE_FIELDS, find_duplicates, merge_contacts
from advisor_tui.domain.models import Contact, Salutation


def person(id: int, first: str, last: str, **fields) -> Contact:
    return Contact(first_name=first, last_name=last, id=id, **fields)


LINKEDIN = {"profile_url": "https://www.linkedin.com/in/anna-mueller-123/"}


@pytest.mark.parametrize(
    ("a", "b", "reasons"),
    [
        (
            person(1, "Anna", "Müller", company="Müller Bau GmbH", **LINKEDIN),
            person(2, "Anna", "Müller", company="Müller Bau", email="anna@mueller-bau.de"),
            {dup.REASON_SAME_NAME, dup.REASON_COMPANY, dup.REASON_SOURCES},
        ),
        (person(1, "Jürgen", "Schäfer"), person(2, "Juergen", "Schaefer"), {dup.REASON_SAME_NAME, dup.REASON_UMLAUT}),
        (person(1, "Anna", "Müller"), person(2, "Müller", "Anna"), {dup.REASON_SWAPPED}),
        (person(1, "Dr. Anna", "Müller"), person(2, "Anna", "Müller"), {dup.REASON_SAME_NAME, dup.REASON_TITLE}),
        (person(1, "Thomas", "Meier"), person(2, "Thomas", "Meyer"), {dup.REASON_SIMILAR_NAME}),
        (
            person(1, "Anna", "Müller", email="A.Mueller@Example.de"),
            person(2, "A.", "Müller-Schmitz", email="a.mueller@example.de "),
            {dup.REASON_EMAIL},
        ),
        (
            person(1, "Anna", "Müller", **LINKEDIN),
            person(2, "Anna", "Mueller", profile_url="linkedin.com/in/anna-mueller-123"),
            {dup.REASON_PROFILE, dup.REASON_SAME_NAME, dup.REASON_UMLAUT},
        ),
    ],
)
def test_finds_the_same_person(a: Contact, b: Contact, reasons: set[str]) -> None:
    pairs = find_duplicates([a, b])
    assert len(pairs) == 1
    assert (pairs[0].a_id, pairs[0].b_id) == (1, 2)
    assert pairs[0].score >= 90
    assert set(pairs[0].reasons) == reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (person(1, "Anna", "Müller"), person(2, "Anton", "Schmitz")),
        # two different LinkedIn profiles are two people, however alike the names
        (person(1, "Anna", "Müller", **LINKEDIN), person(2, "Anna", "Müller", profile_url="linkedin.com/in/am-7")),
        # a common name at two unrelated companies
        (person(1, "Thomas", "Müller", company="Müller Bau GmbH"), person(2, "Thomas", "Müller", company="Allianz")),
        # a shared office address does not make two people one
        (person(1, "Anna", "Weber", email="info@weber.de"), person(2, "Kurt", "Weber", email="info@weber.de")),
    ],
)
def test_leaves_different_people_alone(a: Contact, b: Contact) -> None:
    assert find_duplicates([a, b]) == []


def test_a_lower_threshold_shows_weaker_pairs_sorted_by_score() -> None:
    contacts = [
        person(1, "Thomas", "Müller", company="Müller Bau GmbH"),
        person(2, "Thomas", "Müller", company="Allianz"),
        person(3, "Thomas", "Mueller"),
    ]
    pairs = find_duplicates(contacts, threshold=50)
    assert [pair.score for pair in pairs] == sorted((pair.score for pair in pairs), reverse=True)
    assert (1, 2) in {(pair.a_id, pair.b_id) for pair in pairs}
    assert find_duplicates(contacts) == [p for p in pairs if p.score >= 90]


def test_pairs_declared_different_people_are_left_out() -> None:
    contacts = [person(1, "Anna", "Müller", company="Müller Bau"), person(2, "Anna", "Mueller", company="Müller Bau"),
                person(3, "Anna", "Müller", company="Müller Bau GmbH")]
    everything = {(pair.a_id, pair.b_id) for pair in find_duplicates(contacts)}
    assert {(1, 2), (1, 3)} <= everything
    rest = {(pair.a_id, pair.b_id) for pair in find_duplicates(contacts, distinct={(1, 2)})}
    assert rest == everything - {(1, 2)}


def test_contacts_need_ids() -> None:
    with pytest.raises(ValueError):
        find_duplicates([Contact(first_name="Anna", last_name="Müller")])


def test_thirty_thousand_contacts_are_not_compared_pairwise() -> None:
    rng = random.Random(7)
    syllables = ["ma", "ri", "ko", "la", "bert", "hans", "ul", "fen", "stein", "berg", "mann", "ke", "lin", "sch"]

    def name(parts: int) -> str:
        return "".join(rng.choice(syllables) for _ in range(parts)).title()

    firsts = [name(2) for _ in range(300)]
    lasts = [name(3) for _ in range(3000)]
    contacts = [person(i, rng.choice(firsts), rng.choice(lasts)) for i in range(30_000)]
    contacts.append(person(30_000, contacts[0].last_name, contacts[0].first_name))
    started = time.perf_counter()
    pairs = find_duplicates(contacts)
    assert time.perf_counter() - started < 10  # quadratic would be 450 million comparisons
    assert any({pair.a_id, pair.b_id} == {0, 30_000} for pair in pairs)


def test_merge_takes_filled_fields_and_unites_labels() -> None:
    keep = person(1, "Anna", "Müller", profile_url="https://linkedin.com/in/am", labels=("Unternehmerabend 2026",),
                  connected_on=date(2024, 5, 1), last_contact_at=datetime(2025, 1, 2))
    other = person(2, "Anna", "Mueller", email="anna@mueller-bau.de", company="Müller Bau GmbH", title="Dr.",
                   salutation=Salutation.FRAU, labels=("Bau", "Unternehmerabend 2026"), connected_on=date(2023, 1, 1),
                   last_contact_at=datetime(2025, 3, 4), notes="Sohn übernimmt 2027")
    merged = merge_contacts(keep, other, {})
    assert merged.id == 1
    assert (merged.first_name, merged.last_name) == ("Anna", "Müller")
    assert merged.email == "anna@mueller-bau.de"
    assert merged.company == "Müller Bau GmbH"
    assert merged.title == "Dr."
    assert merged.salutation is Salutation.FRAU
    assert merged.profile_url == "https://linkedin.com/in/am"
    assert merged.labels == ("Unternehmerabend 2026", "Bau")
    assert merged.connected_on == date(2023, 1, 1)
    assert merged.last_contact_at == datetime(2025, 3, 4)
    assert merged.notes == "Sohn übernimmt 2027"


def test_merge_follows_the_choices() -> None:
    keep = person(1, "Anna", "Müller", company="Alt GmbH", notes="eins", blocked=False)
    other = person(2, "Anna", "Mueller", company="Neu GmbH", notes="zwei", blocked=True)
    merged = merge_contacts(keep, other, {"company": "other", "last_name": "other"})
    assert (merged.company, merged.last_name) == ("Neu GmbH", "Mueller")
    assert merged.notes == "eins\n\nzwei"
    assert merged.blocked is True
    assert merge_contacts(keep, other, {"notes": "keep"}).notes == "eins"


@pytest.mark.parametrize("choices", [{"id": "other"}, {"company": "both"}])
def test_merge_refuses_unknown_choices(choices: dict) -> None:
    with pytest.raises(ValueError):
        merge_contacts(person(1, "A", "B"), person(2, "A", "B"), choices)


def test_every_mergeable_field_is_a_contact_field_with_a_german_label() -> None:
    fields = set(Contact.__dataclass_fields__)
    assert set(MERGEABLE_FIELDS) <= fields
    assert all(label and label[0].isupper() for label in MERGEABLE_FIELDS.values())
