"""What the advisor waits for, measured in a real terminal: advisor-tui in tmux at 130x40, keystroke to drawn frame.

Usage: python bench/latency.py [--quick] [--counts 30000 100000] [--sessions N] [--json]

Each session starts the app as the README does (`advisor-tui`, store in $ADVISOR_TUI_DB, a fresh copy of a cached
store built by the real importer, see bench/latency_store.py) and plays a realistic session: start until the first
frame and until Heute is filled; `k` until the Kontakte table is drawn; searches typed letter by letter (a surname
and a company word); in Nachricht a 2,000-character draft to a contact, a phrase typed into it and deleted again,
each keystroke until the findings list shows the finding behind it moved; then the app process's peak memory
(VmHWM). A minimal Textual app (bench/minimal_app.py) is measured in the same run, alternating with the big app,
so every figure can be read as a multiple of it. One key is sent at a time, when the app is idle (no CPU used for
0.2 s): the figures are single keystrokes, not a typing burst. A frame counts when its output burst has ended
(bench/latency_tmux.py says how it is timed). Exits 1 when a figure at 30,000 contacts is over its goal of issue
17, 2 when the app could not be driven.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import latency_screens as screens  # noqa: E402
from bench.latency_report import any_over, figures, minimal_figures, table  # noqa: E402
from bench.latency_store import DRAFT_TO, app_command, cached_store, fresh_copy  # noqa: E402
from bench.latency_tmux import Pane, PaneError, Screen  # noqa: E402
from bench.minimal_app import READY  # noqa: E402

COUNTS = (30_000, 100_000)
QUERIES = ("schmitz logistik", "krüger bau", "neumann partner", "fischer söhne")
PHRASE = " und einen Termin"  # typed before the draft's „!!“, then deleted key by key
MARKER, MARKER_MESSAGE = "!!", "Ausrufe"  # the finding whose column moves with every keystroke
DRAFT = (Path(__file__).with_name("latency_draft.txt")).read_text(encoding="utf-8").rstrip("\n")
KEY_TIMEOUT_S = 30.0
START_TIMEOUT_S = 120.0


def ms(frame: Screen, sent: float) -> float:
    """Milliseconds from sending a key to the end of the frame that showed its effect."""
    return (frame.output_at - sent) * 1000


def _shows(text: str) -> Callable[[Screen], bool]:
    """The screen contains a text."""
    return lambda screen: text in screen.text


def _searched(query: str) -> Callable[[Screen], bool]:
    """The Kontakte status line gives the hits of this query."""
    return lambda screen: screens.search_hits(screen.lines, query) is not None


def _marker_at(line: int, column: int) -> Callable[[Screen], bool]:
    """The findings list shows the marker's finding at this place."""
    return lambda screen: screens.finding_at(screen.lines, line, column, MARKER_MESSAGE)


def measure_minimal(keys: int) -> dict[str, list[float]]:
    """The minimal app: start to first frame, `x` to the counter drawn, peak memory."""
    result: dict[str, list[float]] = defaultdict(list)
    with Pane([sys.executable, str(ROOT / "bench" / "minimal_app.py")]) as pane:
        pane.open()
        started = pane.start()
        result["first_frame_s"].append(
            pane.wait_for(lambda s: f"{READY} · 0" in s.text, START_TIMEOUT_S).output_at - started
        )
        for number in range(1, keys + 1):
            pane.wait_idle(0.1)
            sent = pane.press("x")
            result["key_ms"].append(ms(pane.wait_for(_shows(f"{READY} · {number}")), sent))
        result["rss_mb"].append(pane.peak_rss_mb())
    return result


def _search(pane: Pane, count: int, query: str, result: dict[str, list[float]]) -> None:
    """Type a query letter by letter (spaces untimed: the hits do not change), then clear the field."""
    for end in range(1, len(query) + 1):
        pane.wait_idle()
        typed = query[:end]
        sent = pane.type(typed[-1])
        if typed.endswith(" "):
            continue
        frame = pane.wait_for(_searched(typed), KEY_TIMEOUT_S)
        result["search_ms"].append(ms(frame, sent))
    pane.wait_idle()
    pane.press("C-u")
    pane.wait_for(lambda s: screens.kontakte_drawn(s.lines, count), KEY_TIMEOUT_S)


def _open_draft(pane: Pane) -> tuple[int, int]:
    """Nachricht: pick the contact, paste the draft, put the cursor before the marker; its line and column."""
    pane.wait_idle()
    pane.press("n")
    pane.wait_for(lambda s: "Zeichen" in s.text and "Nachricht" in s.text, KEY_TIMEOUT_S)
    pane.wait_idle()
    pane.press("c")
    pane.wait_for(lambda s: "Kontakt wählen" in s.text, KEY_TIMEOUT_S)
    first, last = DRAFT_TO[0], DRAFT_TO[1]
    pane.type(last)
    pane.wait_for(lambda s: f"{first} {last} –" in s.text, KEY_TIMEOUT_S)
    pane.wait_idle()
    pane.press("Enter")
    pane.wait_for(lambda s: f"An: {first} {last}" in s.text, KEY_TIMEOUT_S)
    pane.wait_idle()
    pane.press("e")
    pane.wait_idle()
    pane.press("F7")  # select all: the paste replaces the greeting the app put in
    pane.paste(DRAFT)
    line, column = screens.marker_place(DRAFT, MARKER)
    pasted = _shows(f"{screens.german_number(len(DRAFT))} / ")  # the counter: the draft and nothing else
    pane.wait_for(lambda screen: pasted(screen) and _marker_at(line, column)(screen), KEY_TIMEOUT_S)
    pane.wait_idle()
    below = DRAFT[DRAFT.index(MARKER) :].count("\n")
    pane.press(*["Up"] * below, "End", *["Left"] * len(MARKER))
    pane.wait_idle()
    return line, column


def _draft_keys(pane: Pane, place: tuple[int, int], delete: bool, result: dict[str, list[float]]) -> None:
    """Type the phrase before the marker (and delete it again), each key until the marker's finding moved."""
    line, column = place
    for number, char in enumerate(PHRASE, start=1):
        pane.wait_idle()
        sent = pane.type(char)
        frame = pane.wait_for(_marker_at(line, column + number), KEY_TIMEOUT_S)
        result["draft_ms"].append(ms(frame, sent))
    for number in range(len(PHRASE) - 1, -1, -1) if delete else ():
        pane.wait_idle()
        sent = pane.press("BSpace")
        frame = pane.wait_for(_marker_at(line, column + number), KEY_TIMEOUT_S)
        result["draft_ms"].append(ms(frame, sent))


def _store_env(count: int, folder: str) -> dict[str, str]:
    """The app's environment: a fresh copy of the store in a folder of its own (its journal files go with it)."""
    return {"ADVISOR_TUI_DB": str(fresh_copy(count, Path(folder)))}


def measure_app(count: int, queries: tuple[str, ...], delete: bool, folder: Path) -> dict[str, list[float]]:
    """One realistic session of advisor-tui on a fresh copy of the store with `count` contacts."""
    result: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory(dir=folder) as own, Pane(app_command(), env=_store_env(count, own)) as pane:
        pane.open()
        started = pane.start()
        result["first_frame_s"].append(
            pane.wait_for(lambda s: screens.drawn(s.lines), START_TIMEOUT_S).output_at - started
        )
        filled = pane.wait_for(lambda s: screens.heute_filled(s.lines, count), START_TIMEOUT_S)
        result["heute_s"].append(filled.output_at - started)
        pane.wait_idle()
        sent = pane.press("k")
        frame = pane.wait_for(lambda s: screens.kontakte_drawn(s.lines, count), START_TIMEOUT_S)
        result["kontakte_s"].append(frame.output_at - sent)
        pane.wait_idle()
        pane.press("/")
        for query in queries:
            _search(pane, count, query, result)
        pane.wait_idle()
        pane.press("Enter")  # leave the search field for the table, so `n` is a key of the app
        _draft_keys(pane, _open_draft(pane), delete, result)
        pane.wait_idle()
        result["rss_mb"].append(pane.peak_rss_mb())
    return result


def measure(quick: bool = False, counts: tuple[int, ...] = COUNTS, sessions: int | None = None) -> dict:
    """All figures: per store size the app's lists of measurements, and the minimal app's; alternating."""
    if shutil.which("tmux") is None:
        raise PaneError("tmux ist nicht installiert (apt-get install tmux)")
    counts = counts[:1] if quick else counts
    sessions = sessions or (1 if quick else 3)
    per_session = 1 if quick else 2
    for count in counts:
        cached_store(count)  # built before any timing
    load = [os.getloadavg()[0]]
    minimal: dict[str, list[float]] = defaultdict(list)
    apps: dict[int, dict[str, list[float]]] = {count: defaultdict(list) for count in counts}
    with tempfile.TemporaryDirectory(prefix="advisor-tui-latency-") as folder:
        for session in range(sessions):
            for key, values in measure_minimal(keys=5 if quick else 10).items():
                minimal[key] += values
            for count in counts:
                first = session * per_session % len(QUERIES)
                queries = QUERIES[first : first + per_session]
                for key, values in measure_app(count, queries, not quick, Path(folder)).items():
                    apps[count][key] += values
    load.append(os.getloadavg()[0])
    return {"minimal": dict(minimal), "apps": {count: dict(values) for count, values in apps.items()}, "load": load}


def report(measured: dict) -> tuple[list[str], bool]:
    """The printed table and whether a figure is over its goal."""
    rows = minimal_figures(measured["minimal"])
    for count, values in measured["apps"].items():
        rows += figures(count, values, measured["minimal"])
    start, end = (f"{load:.1f}".replace(".", ",") for load in measured["load"])
    sessions = len(measured["minimal"]["first_frame_s"])
    conditions = (
        f"(Last vor/nach der Messung {start}/{end} auf {os.cpu_count()} Kernen; Start und k: Median über "
        f"{sessions} Sitzung(en) je Größe, Tasten: alle; Bild = Ende seiner Ausgabe in tmux, Auflösung < 1 ms)"
    )
    return [*table(rows), conditions], any_over(rows)


def _terminated(*_: object) -> None:
    raise SystemExit(2)  # runs the `with Pane` exits, which kill the tmux sessions


def compile_app() -> None:
    """Write the app's bytecode first, as an installed app has it: where PYTHONDONTWRITEBYTECODE is set (as on this
    team's machines) an editable install would otherwise compile every module again at each start."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("advisor_tui")
    for folder in spec.submodule_search_locations or () if spec is not None else ():
        compileall.compile_dir(folder, quiet=1)


def main() -> int:
    """Measure, print the table (or JSON), exit 1 over a goal."""
    parser = argparse.ArgumentParser(description="Tastendruck bis Bild: advisor-tui in tmux gemessen")
    parser.add_argument("--quick", action="store_true", help="one session, 30,000 contacts only, about a minute")
    parser.add_argument("--counts", type=int, nargs="+", default=list(COUNTS), help="store sizes")
    parser.add_argument("--sessions", type=int, default=None, help="sessions per size (default 3, quick 1)")
    parser.add_argument("--json", action="store_true", help="print the raw measurements as JSON too")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _terminated)
    compile_app()
    try:
        measured = measure(args.quick, tuple(args.counts), args.sessions)
    except PaneError as error:
        print(f"Messung abgebrochen: {error}", file=sys.stderr)
        return 2
    lines, over = report(measured)
    print("\n".join(lines))
    if args.json:
        print(json.dumps(measured))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
