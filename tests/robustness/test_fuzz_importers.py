"""Every importer on the command line, fed mutated real-format files: exit 0 or 2, never a traceback, the store
unchanged on exit 2, each case within CASE_SECONDS.

Bounded to a few seconds per importer; ADVISOR_TUI_FUZZ_EXAMPLES=N runs N cases each (bench/fuzz_importers.py
runs many more and prints the figures).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness.fuzz_cases import (
    OPERATIONS,
    ROW_TOKENS,
    SEEDS,
    TOKENS,
    ZIP_MEMBERS,
    Outcome,
    dump,
    export_zip,
    mutate,
    run_case,
    template_store,
)

EXAMPLES = int(os.environ.get("ADVISOR_TUI_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="ADVISOR_TUI_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def mutations(count: int, tokens: tuple[bytes, ...], operations=OPERATIONS[:-1]) -> st.SearchStrategy:
    operation = st.sampled_from(operations)
    return st.lists(st.tuples(operation, st.integers(0, 1 << 20), st.integers(0, len(tokens) - 1)),
                    min_size=1, max_size=count)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = template_store(folder)
    return db, dump(db), folder


def check(outcome: Outcome, what: str) -> None:
    """The importer kept its contract: exit 0 or 2, no traceback, nothing written when refused, bounded time."""
    assert not outcome.failed, f"{what}: {outcome}"


def fuzz(kind: str, seeds: tuple[Path, ...], tokens: tuple[bytes, ...], template, operations=OPERATIONS[:-1]) -> None:
    db, before, folder = template

    @FUZZ
    @given(seed=st.sampled_from(seeds), changes=mutations(4, tokens, operations))
    def case(seed: Path, changes) -> None:
        data = mutate(seed.read_bytes(), changes, tokens)
        check(run_case(kind, data, seed.name, db, before, folder), f"{seed.name} {changes}")

    case()


def test_linkedin_csv_files(template) -> None:
    fuzz("linkedin", SEEDS["linkedin"], TOKENS, template)


def test_vcards(template) -> None:
    fuzz("vcard", SEEDS["vcard"], TOKENS + ROW_TOKENS, template)


def test_plan_csv_and_icalendar(template) -> None:
    fuzz("plan", SEEDS["plan"], TOKENS + ROW_TOKENS, template)


def test_linkedin_csv_files_with_poisoned_dates_and_urls(template) -> None:
    fuzz("linkedin", SEEDS["linkedin"], ROW_TOKENS, template, ("cell", "replace"))


def test_linkedin_export_zip(template) -> None:
    db, before, folder = template
    members = {name: (SEEDS["linkedin"][0].parent / name).read_bytes() for name in ZIP_MEMBERS}
    zip_change = st.tuples(st.sampled_from(["flip", "truncate", "insert", "replace", "method"]),
                           st.integers(0, 1 << 20), st.integers(0, len(TOKENS) - 1))

    @FUZZ
    @given(member=st.sampled_from(ZIP_MEMBERS), changes=mutations(3, TOKENS),
           zip_changes=st.lists(zip_change, max_size=2))
    def case(member: str, changes, zip_changes) -> None:
        data = export_zip({**members, member: mutate(members[member], changes)}, zip_changes)
        check(run_case("linkedin", data, "Basic_LinkedInDataExport.zip", db, before, folder),
                    f"{member} {changes} {zip_changes}")

    case()
