"""The views share one read of the network: Heute reads it ahead, Kontakte, Nachricht and the quick log reuse it."""

from __future__ import annotations

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.ui.dialogs.quick_log import QuickLogDialog
from tests.ui.conftest import SIZE, settle


def _count_reads(store, monkeypatch) -> list[int]:
    reads: list[int] = []
    original = store.contacts.list
    monkeypatch.setattr(store.contacts, "list", lambda: (reads.append(1), original())[1])
    return reads


def _count_indexes(monkeypatch) -> list[int]:
    built: list[int] = []
    original = ContactIndex.__init__
    monkeypatch.setattr(ContactIndex, "__init__", lambda self, contacts: (built.append(1), original(self, contacts))[1])
    return built


async def test_heute_reads_the_network_ahead_and_every_view_reuses_it(demo_app, demo_store, monkeypatch) -> None:
    reads, built = _count_reads(demo_store, monkeypatch), _count_indexes(monkeypatch)
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert reads == [1] and built == [1]  # read ahead once Heute was filled, before anyone pressed k
        await pilot.press("l")  # the quick log
        await settle(pilot)
        assert isinstance(demo_app.screen, QuickLogDialog) and demo_app.screen._index is not None
        await pilot.press("escape")
        await pilot.press("k")
        await settle(pilot)
        assert demo_app.screen.selection.index is demo_app.contacts.snapshot().index
        await pilot.press("n")
        await settle(pilot)
        assert demo_app.screen.index is demo_app.contacts.snapshot().index
        assert reads == [1] and built == [1]


async def test_after_a_write_the_next_view_reads_once_more(demo_app, demo_store, monkeypatch) -> None:
    reads = _count_reads(demo_store, monkeypatch)
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        await pilot.press("1")  # a role for the contact under the cursor: a write
        await settle(pilot)
        assert reads == [1]  # Kontakte shows its own tagged copy and reads nothing
        await pilot.press("n")
        await settle(pilot)
        assert reads == [1, 1]
        assert demo_app.contacts.snapshot().version == demo_store.data_version()
