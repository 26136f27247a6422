"""domain/, store/ and io/ work without Textual (so they stay testable and reusable)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE_PACKAGES = ("advisor_tui.domain", "advisor_tui.store", "advisor_tui.io", "advisor_tui.usecases")

PROBE = """
import importlib, pkgutil, sys
for name in {packages!r}:
    package = importlib.import_module(name)
    for module in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(module.name)
leaked = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "advisor_tui.ui")))
print(",".join(leaked))
"""


def test_core_packages_import_without_textual() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE.format(packages=CORE_PACKAGES)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_import_linter_contracts_hold() -> None:
    """The static check also catches imports hidden inside functions."""
    from importlinter.cli import lint_imports

    root = Path(__file__).resolve().parents[2]
    assert lint_imports(config_filename=str(root / "pyproject.toml"), no_cache=True) == 0
