"""Einstellungen from the palette: edited, validated, saved in the store."""

from __future__ import annotations

from textual.widgets import Checkbox, Input

from advisor_tui.ui.dialogs.settings import SettingsDialog
from tests.ui.conftest import SIZE, enter_text, settle, text_of


async def open_settings(pilot) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await enter_text(pilot, "Einstellungen")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SettingsDialog)


async def test_settings_are_saved(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_settings(pilot)
        screen = demo_app.screen
        assert screen.query_one("#advisor_name", Input).value == "Julia Hoffmann"
        screen.query_one("#losing_touch_days", Input).value = "60"
        screen.query_one("#linkedin_premium", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(demo_app.screen, SettingsDialog)
    settings = demo_store.settings.load()
    assert settings.losing_touch_days == 60 and settings.linkedin_premium


async def test_bad_numbers_and_a_wrong_profile_address_are_refused_in_german_a_good_one_kept_canonical(
        demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_settings(pilot)
        demo_app.screen.query_one("#weekly_post_goal", Input).value = "0"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(demo_app.screen, SettingsDialog)
        assert "von 1 bis 7" in text_of(demo_app, "#settings-error")
        await pilot.press("escape")
        await pilot.pause()
        assert demo_store.settings.load().weekly_post_goal == 1

        await open_settings(pilot)  # opened again: the refused number was not kept
        assert demo_app.screen.query_one("#weekly_post_goal", Input).value == "1"
        field = demo_app.screen.query_one("#own_profile_url", Input)
        field.value = "https://www.linkedin.com/company/bankhaus"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "LinkedIn-Profil" in text_of(demo_app, "#settings-error")
        field.value = "https://de.linkedin.com/in/Julia-Hoffmann-Bank/?trk=x"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(demo_app.screen, SettingsDialog)
    settings = demo_store.settings.load()
    assert settings.own_profile_url == "https://linkedin.com/in/julia-hoffmann-bank" and settings.weekly_post_goal == 1


async def test_the_first_field_has_focus_so_typing_lands_in_it(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_settings(pilot)
        screen = demo_app.screen
        name = screen.query_one("#advisor_name", Input)
        assert demo_app.focused is name
        name.value = ""
        await pilot.press("J", "u", "l", "i", "a")
        await pilot.press("tab")
        await pilot.press("end", "x")  # the second field gets what is typed after Tab
        await pilot.pause()
        assert name.value == "Julia"
        assert screen.query_one("#own_profile_url", Input).value.endswith("x")
