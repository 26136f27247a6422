"""What real exports must do to the store: one contact per person, accepted invitations, any file order."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor_tui.cli import main
from advisor_tui.domain.models import RequestState
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store

DATA = Path(__file__).parent.parent / "data" / "linkedin"
ME = "https://linkedin.com/in/stefan-hofmann-sparkasse"


def load(store: Store, *names: str, **options) -> dict:
    report = {}
    for name in names:
        report = BatchWriter(store.engine).apply(parse_linkedin(DATA / name, **options)).as_json()
    return report


def by_name(store: Store) -> dict:
    return {c.full_name: c for c in store.contacts.list()}


@pytest.mark.parametrize("order", [("Connections", "Invitations"), ("Invitations", "Connections")])
def test_invitations_of_connections_are_accepted_in_either_order(store: Store, order: tuple[str, str]) -> None:
    load(store, *(f"real_2024_{kind}.csv" for kind in order))
    people = by_name(store)
    assert len(people) == 4  # three connections (percent-encoded URLs) and Jonas, no duplicates
    states = {store.contacts.get(r.contact_id).full_name: r.state for r in store.activity.requests()}
    assert states == {
        "Linnéa Åkesson": RequestState.ACCEPTED,
        "Zorana Božić": RequestState.ACCEPTED,
        "Ana García López": RequestState.ACCEPTED,
        "Jonas Berg": RequestState.OPEN,
    }
    assert people["Linnéa Åkesson"].connected_on.isoformat() == "2024-12-16"


def test_messages_and_invitations_never_re_split_a_double_surname(store: Store) -> None:
    load(store, "real_2024_Invitations.csv", "real_2024_Connections.csv", "real_2024_Invitations.csv")
    ana = by_name(store)["Ana García López"]
    assert (ana.first_name, ana.last_name, ana.company) == ("Ana", "García López", "García Hermanos S.L.")


def test_invitation_senders_without_urls_match_connections_by_name_and_twins_stay_apart(store: Store) -> None:
    report = load(store, "real_2022_Connections.csv", "real_2022_Invitations.csv")
    names = sorted(c.full_name for c in store.contacts.list())
    assert names == ["Ana García López", "Helga Brandt", "Peter Schmidt", "Peter Schmidt", "Peter Schmidt"]
    assert report["notes"] == ["2 Kontakte heißen „Peter Schmidt“: nicht zugeordnet, getrennt geführt"]
    states = sorted((store.contacts.get(r.contact_id).company, str(r.state)) for r in store.activity.requests())
    assert states == [("", "open"), ("", "open"), ("García Hermanos S.L.", "accepted")]


def test_older_connections_without_urls_match_by_email_then_name_and_company(store: Store, tmp_path: Path) -> None:
    load(store, "real_2024_Connections.csv")
    report = load(store, "real_2022_Connections.csv")
    # Ana: same name and company as the 2024 contact with URL; the Schmidt twins are new people.
    assert report["added"] == 2 and len(store.contacts.list()) == 5
    older = tmp_path / "Connections.csv"
    older.write_text("First Name,Last Name,Email Address,Company,Position,Connected On\n"
                     "Zorana,Božić,Zorana@Bozic-Metall.de,Metallbau Božić,,09 Sep 2022\n", encoding="utf-8")
    report = BatchWriter(store.engine).apply(parse_linkedin(older)).as_json()
    assert report["added"] == 0 and len(store.contacts.list()) == 5
    zorana = by_name(store)["Zorana Božić"]  # found by e-mail although the company is written otherwise
    assert zorana.profile_url == "https://linkedin.com/in/zorana-božić-77"


def test_a_store_learns_the_url_of_a_contact_imported_without_one(store: Store) -> None:
    load(store, "real_2022_Connections.csv", "real_2024_Connections.csv")
    ana = [c for c in store.contacts.list() if c.full_name == "Ana García López"]
    assert [c.profile_url for c in ana] == ["https://linkedin.com/in/ana-garcia-lopez"]


# --- the command line --------------------------------------------------------------------------


def test_json_counts_passed_over_rows_by_reason(tmp_path: Path, capsys) -> None:
    assert main(["import", "linkedin", str(DATA / "real_2026_messages_quoted.csv"), "--db", str(tmp_path / "a.db"),
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"added", "updated", "unchanged", "skipped", "ignored"} <= set(report)
    assert {"reason": "Gesponserte Nachricht", "count": 1} in report["ignored"]


def test_summary_names_passed_over_rows_and_notes_once() -> None:
    from advisor_tui.store.importer import summary_lines

    report = {"added": 1, "updated": 0, "unchanged": 0, "skipped": [{"line": 9, "reason": "Datum kaputt"}],
              "ignored": [{"reason": "Entwurf", "count": 2}, {"reason": "Gesponserte Nachricht", "count": 1}],
              "warnings": [{"line": 4, "reason": "Datum „x“ nicht lesbar"}], "notes": ["Eigenes Profil …"]}
    assert summary_lines(report) == [
        "Neu: 1 · aktualisiert: 0 · unverändert: 0 · übersprungen: 1 · nicht übernommen: 3"
        " (2 × Entwurf; 1 × Gesponserte Nachricht)",
        "Eigenes Profil …",
        "Zeile 9: Datum kaputt",
        "Zeile 4: Datum „x“ nicht lesbar",
    ]


def test_own_profile_option_names_the_advisor_once_and_is_remembered(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.db")
    single = str(DATA / "messages_plain.csv")
    assert main(["import", "linkedin", single, "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.count("Eigenes LinkedIn-Profil nicht erkennbar") == 1 and "--own-profile" in out
    assert main(["import", "linkedin", single, "--db", db, "--own-profile",
                 "https://de.linkedin.com/in/Stefan-Hofmann-Sparkasse/"]) == 0
    assert "Neu: 3" in capsys.readouterr().out  # the contact and two messages
    store = Store.open(Path(db))
    try:
        assert store.settings.load().own_profile_url == ME
    finally:
        store.close()


def test_a_url_that_is_no_profile_is_refused(tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.db"
    code = main(["import", "linkedin", str(DATA / "messages_plain.csv"), "--db", str(db), "--own-profile",
                 "https://www.linkedin.com/in"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and not db.exists()


# --- any order, same store ---------------------------------------------------------------------

EXPORT = ("real_2024_Connections.csv", "real_2024_Invitations.csv", "real_2026_messages_quoted.csv",
          "real_2022_messages.csv", "real_2022_Connections.csv", "real_2022_Invitations.csv")


def _content(db: Path) -> list:
    """Everything an advisor sees, without ids and timestamps of the writes."""
    with sqlite3.connect(db) as c:
        contacts = sorted(c.execute(
            "SELECT identity, first_name, last_name, salutation, title, company, position, email, profile_url,"
            " connected_on, last_contact_at FROM contact"))
        requests = sorted(c.execute(
            "SELECT k.identity, r.direction, r.sent_at, r.note, r.state FROM connection_request r"
            " JOIN contact k ON k.id = r.contact_id"))
        messages = sorted(c.execute(
            "SELECT k.identity, v.external_id, m.direction, m.sent_at, m.text, m.answered FROM message m"
            " JOIN conversation v ON v.id = m.conversation_id JOIN contact k ON k.id = v.contact_id"))
    return [contacts, requests, messages]


@pytest.fixture(scope="module")
def whole_export(tmp_path_factory: pytest.TempPathFactory) -> list:
    import zipfile

    folder = tmp_path_factory.mktemp("whole")
    path = folder / "Complete_LinkedInDataExport.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name in EXPORT:
            archive.write(DATA / name, name)
    store = Store.open(folder / "a.db")
    try:
        BatchWriter(store.engine).apply(parse_linkedin(path))
        BatchWriter(store.engine).apply(parse_linkedin(path))
    finally:
        store.close()
    return _content(folder / "a.db")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(EXPORT), again=st.lists(st.sampled_from(EXPORT), max_size=2))
def test_files_one_by_one_in_any_order_give_the_store_of_the_whole_export(
    tmp_path_factory: pytest.TempPathFactory, whole_export: list, order: list[str], again: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("order")
    store = Store.open(folder / "a.db")
    try:
        for name in [*order, *again]:
            BatchWriter(store.engine).apply(parse_linkedin(DATA / name))
    finally:
        store.close()
    assert _content(folder / "a.db") == whole_export
    shutil.rmtree(folder)
