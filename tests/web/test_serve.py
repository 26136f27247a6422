"""`advisor-tui serve` without a browser: the token check, and the German refusals before anything listens."""

from __future__ import annotations

import signal
import socket
from pathlib import Path

from advisor_tui.cli import main
from advisor_tui.web.guard import carries_token, new_token
from tests.conftest import _copy_store
from tests.web.served import Served


def test_the_token_is_the_first_path_segment_and_nothing_else() -> None:
    token = new_token()
    assert len(token) >= 43 and token != new_token()
    assert carries_token(f"/{token}/", token)
    assert carries_token(f"/{token}/static/js/textual.js", token)
    assert carries_token(f"/{token}", token)
    for path in (
        "/",
        "",
        "/ws",
        f"/{token[:-1]}/",
        f"/{token}x/",
        f"/x{token}/",
        f"/static/{token}/",
        f"/{token[:-1]}{'A' if token[-1] != 'A' else 'B'}/",
    ):
        assert not carries_token(path, token), path


def test_a_missing_store_is_refused_before_anything_listens(tmp_path: Path, capsys) -> None:
    assert main(["serve", "--port", "0", "--db", str(tmp_path / "fehlt.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("advisor-tui: Fehler: Keine Datenbank unter") and err.count("\n") == 1
    assert not (tmp_path / "fehlt.db").exists()


def test_a_store_that_is_no_database_is_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "kaputt.db").write_bytes(b"\x00" * 4096)
    assert main(["serve", "--port", "0", "--db", str(tmp_path / "kaputt.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("advisor-tui: Fehler: ") and err.count("\n") == 1 and "Traceback" not in err


def test_a_taken_port_and_a_bad_port_are_one_german_line(demo_template: Path, tmp_path: Path, capsys) -> None:
    db = _copy_store(demo_template, tmp_path / "store" / "advisor.db")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err == f"advisor-tui: Fehler: Port {port} auf 127.0.0.1 ist belegt; bitte mit --port einen anderen wählen.\n"
    assert main(["serve", "--port", "70000", "--db", str(db)]) == 2
    assert "„70000“ ist keine Portnummer" in capsys.readouterr().err
    assert main(["serve", "--host", "0.0.0.0", "--db", str(db)]) == 2  # no other interface, not even on request
    assert "--host" in capsys.readouterr().err


def test_a_closed_terminal_stops_the_server_cleanly(demo_template: Path, tmp_path: Path) -> None:
    served = Served(_copy_store(demo_template, tmp_path / "store" / "advisor.db"), tmp_path)
    assert served.stop(signum=signal.SIGHUP) == 0  # SIGHUP: the terminal window was closed
    assert served.lines[-1] == "advisor-tui: Server beendet."
    served.assert_loopback_only()
