"""Write an SVG of every screen and main dialog into screenshots/ (demo data, a fixed moment)."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from advisor_tui.demo import seed_demo
from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app

SIZE = (130, 40)
MOMENT = datetime(2026, 11, 23, 9, 0)
OUT = Path(__file__).resolve().parents[1] / "screenshots"

POST_BODY = ("Viele Bauunternehmen spüren die Zinswende im Betriebsmittelkredit. Wie sichern Sie die Liquidität "
             "bis zum Frühjahr? Drei Wege haben sich in der Praxis bewährt: Kontokorrent, Avale und Förderkredite.")
DRAFT_WITH_FINDINGS = "hast du nächste Woche Zeit für ein kurzes Gesprräch? Sorry, ich bin ja so selten hier."
# file name → keys pressed after start
SHOTS: dict[str, tuple[str, ...]] = {
    "heute": (),
    "kontakte": ("k",),
    "kontakte-suche": ("k", "slash", *"müller"),
    "kontakte-taggen": ("k", "t", "space", "space"),
    "kontakte-filter": ("k", "f", "down", "down", "down", "space"),
    "kontakte-detail": ("k", "slash", *"braun", "enter", "enter"),
    "kontakte-vergessen": ("k", "slash", *"anna müller", "enter", "enter", "ctrl+l"),
    "nachricht": ("n", "c", *"anna müller", "enter", "e", *DRAFT_WITH_FINDINGS, "escape"),
    "nachricht-vorlage": ("n", "v"),
    "redaktionsplan": ("r",),
    "redaktionsplan-editor": ("r", "e", "tab", *POST_BODY),
    "hilfe": ("k", "f1"),
    "kontakte-import": ("k", "ctrl+p", *"Kontakte importieren", "enter"),
    "kontakte-export": ("k", "ctrl+p", *"Kontakte exportieren", "enter", "2"),
}


async def settle(pilot) -> None:
    """Wait until loading workers are done and the screen has been redrawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def shoot(store: Store, name: str, keys: tuple[str, ...]) -> Path:
    """Start the app, press the keys, save the screen."""
    app = make_app(store, demo=True, now=MOMENT)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        return Path(app.save_screenshot(filename=f"{name}.svg", path=str(OUT)))


def fake_home(folder: Path) -> None:
    """A home folder whose Downloads hold a LinkedIn export and a vCard file, so the import shot is reproducible."""
    home = folder / "home"
    downloads = home / "Downloads"
    downloads.mkdir(parents=True)
    samples = Path(__file__).resolve().parents[1] / "tests" / "data"
    with zipfile.ZipFile(downloads / "Basic_LinkedInDataExport_11-23-2026.zip", "w") as archive:
        for name in ("Connections.csv", "Invitations.csv", "messages.csv"):
            archive.write(samples / "linkedin" / name, name)
    shutil.copy(samples / "vcard" / "xing_30.vcf", downloads / "xing-kontakte.vcf")
    for offset, path in enumerate(sorted(downloads.iterdir())):  # fixed times: the shot must not change per run
        stamp = MOMENT.timestamp() - 3600 * (offset + 1)
        os.utime(path, (stamp, stamp))
    os.environ["HOME"] = str(home)
    os.environ.pop("XDG_DOWNLOAD_DIR", None)


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


async def main() -> int:
    """Make every screenshot on a throw-away demo store."""
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        fake_home(Path(folder))
        store = Store.open(Path(folder) / "demo.db")
        seed_demo(store, today=MOMENT.date())
        try:
            for name, keys in SHOTS.items():
                print(await shoot(store, name, keys))
            import_known_again(store, Path(folder))
            print(await shoot(store, "kontakte-dubletten", ("k", "ctrl+p", *"Dubletten zusammenführen", "enter")))
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
