"""The screens and dialogs shown in the README: one list, played by the screenshot script and the snapshot tests."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from textual import events

from advisor_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
MOMENT = datetime(2026, 11, 23, 9, 0)
README_SIZE = (130, 40)
SMALL_SIZE = (80, 24)

POST_BODY = ("Viele Bauunternehmen spüren die Zinswende im Betriebsmittelkredit. Wie sichern Sie die Liquidität "
             "bis zum Frühjahr? Drei Wege haben sich in der Praxis bewährt: Kontokorrent, Avale und Förderkredite.")
DRAFT_WITH_FINDINGS = "hast du nächste Woche Zeit für ein kurzes Gesprräch? Sorry, ich bin ja so selten hier."


@dataclass(frozen=True)
class Typed:
    """Text entered into the focused field in one go (as a paste), then the screen settles once."""

    text: str


Step = str | Typed


@dataclass(frozen=True)
class Scenario:
    """A named way from the start screen to one view: the keys pressed and what the store needs first."""

    name: str
    steps: tuple[Step, ...] = ()
    prepare: Callable[[Store, Path], None] | None = None
    size: tuple[int, int] = README_SIZE


# Two people of the demo network once more, as an address book exports them: the duplicates dialog finds them.
KNOWN_AGAIN = """BEGIN:VCARD
VERSION:3.0
N:Mueller;Anna;;Dr.;
FN:Dr. Anna Mueller
ORG:Müller Präzisionstechnik
TITLE:Geschäftsführerin
EMAIL;TYPE=INTERNET,WORK:a.mueller@mueller-praezision.de
TEL;TYPE=WORK:+49 731 55501-0
NOTE:Kennengelernt beim IHK-Neujahrsempfang
CATEGORIES:XING
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Braun;Ralf;;;
FN:Ralf Braun
ORG:Braun Spedition GmbH & Co. KG
EMAIL;TYPE=INTERNET,WORK:r.braun@braun-spedition.de
CATEGORIES:XING
END:VCARD
"""


def import_known_again(store: Store, folder: Path) -> None:
    """Import KNOWN_AGAIN through the real importer."""
    from advisor_tui.io.vcard import parse_vcards
    from advisor_tui.store.importer import BatchWriter

    path = folder / "adressbuch.vcf"
    path.write_text(KNOWN_AGAIN, encoding="utf-8")
    BatchWriter(store.engine).apply(parse_vcards(path))


def fill_downloads(home: Path) -> None:
    """A Downloads folder holding a LinkedIn export and a vCard file at fixed times, so the import view is stable."""
    downloads = home / "Downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    samples = ROOT / "tests" / "data"
    with zipfile.ZipFile(downloads / "Basic_LinkedInDataExport_11-23-2026.zip", "w") as archive:
        for name in ("Connections.csv", "Invitations.csv", "messages.csv"):
            archive.write(samples / "linkedin" / name, name)
    shutil.copy(samples / "vcard" / "xing_30.vcf", downloads / "xing-kontakte.vcf")
    for offset, path in enumerate(sorted(downloads.iterdir())):
        stamp = MOMENT.timestamp() - 3600 * (offset + 1)
        os.utime(path, (stamp, stamp))


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("heute"),
    Scenario("kontakte", ("k",)),
    Scenario("kontakte-suche", ("k", "slash", Typed("müller"))),
    Scenario("kontakte-taggen", ("k", "t", "space", "space")),
    Scenario("kontakte-filter", ("k", "f", "down", "down", "down", "space")),
    Scenario("kontakte-detail", ("k", "slash", Typed("braun"), "enter", "enter")),
    Scenario("kontakte-vergessen", ("k", "slash", Typed("anna müller"), "enter", "enter", "ctrl+l")),
    Scenario("kontakte-import", ("k", "ctrl+p", Typed("Kontakte importieren"), "enter")),
    Scenario("kontakte-export", ("k", "ctrl+p", Typed("Kontakte exportieren"), "enter", "2")),
    Scenario("kontakte-dubletten", ("k", "ctrl+p", Typed("Dubletten zusammenführen"), "enter"),
             prepare=import_known_again),
    Scenario("hilfe", ("k", "f1")),
    Scenario("nachricht", ("n", "c", Typed("anna müller"), "enter", "e", Typed(DRAFT_WITH_FINDINGS), "escape")),
    Scenario("nachricht-vorlage", ("n", "c", Typed("anna müller"), "enter", "v")),
    Scenario("redaktionsplan", ("r",)),
    Scenario("redaktionsplan-editor", ("r", "e", "tab", Typed(POST_BODY))),
    Scenario("einstellungen", ("ctrl+p", Typed("Einstellungen"), "enter")),
    Scenario("eigene-aktivitaet", ("ctrl+p", Typed("Eigene Aktivität prüfen"), "enter")),
    Scenario("publikum", ("P",)),
    Scenario("redaktionsplan-wirkung-80x24", ("r", "w"), size=SMALL_SIZE),
    Scenario("aussenwirkung", ("A",)),
    # the market report three weeks back: 500 critics against 250.000 reached is no storm
    Scenario("triage", ("r", "up", "up", "up", "g", Typed("480"), "tab", Typed("20"), "tab", "tab", "tab",
                        Typed("250.000"))),
    Scenario("ergebnisse", ("E",)),
    Scenario("ergebnisse-stufe", ("E", "s")),
)
# The smallest terminal the app is made for: every view and the main dialogs once more at 80x24.
SMALL_SCENARIOS = ("heute", "kontakte", "kontakte-taggen", "kontakte-filter", "kontakte-detail", "hilfe", "nachricht",
                   "redaktionsplan", "redaktionsplan-editor", "einstellungen", "eigene-aktivitaet", "publikum",
                   "aussenwirkung", "ergebnisse")
SCENARIOS += tuple(replace(scenario, name=f"{scenario.name}-80x24", size=SMALL_SIZE)
                   for scenario in SCENARIOS if scenario.name in SMALL_SCENARIOS)


async def settle(pilot) -> None:
    """Wait until loading workers are done and the screen has been redrawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def play(pilot, steps: tuple[Step, ...]) -> None:
    """Press the scenario's keys, letting the app settle after each key and after each typed text."""
    await settle(pilot)
    for step in steps:
        if isinstance(step, Typed):
            # One paste instead of a key press per character: the field ends with the same text, much sooner.
            pilot.app.post_message(events.Paste(step.text))  # as the terminal delivers a paste
        else:
            await pilot.press(step)
        await settle(pilot)
    steady_cursors(pilot.app)
    await pilot.pause()


def steady_cursors(app) -> None:
    """Stop every text cursor blinking (it stays drawn): a picture must not depend on the clock's blink phase."""
    for screen in app.screen_stack:
        for field in screen.query("Input, TextArea"):
            field.cursor_blink = False
