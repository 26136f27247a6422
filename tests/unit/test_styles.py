"""The package's styles: each selector defined in one place, and no screen stylesheet that turns global."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

from textual.app import App
from textual.screen import Screen

import advisor_tui.ui

UI_ROOT = Path(advisor_tui.ui.__file__).parent
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def top_level_selectors(css: str) -> list[str]:
    """The selectors of the top-level rule blocks, one entry per comma-separated selector, whitespace folded."""
    selectors: list[str] = []
    depth = 0
    head: list[str] = []
    for char in COMMENT.sub("", css):
        if char == "{":
            if depth == 0:
                selectors.extend(" ".join(part.split()) for part in "".join(head).split(","))
            depth += 1
        elif char == "}":
            depth -= 1
            head = []
        elif depth == 0:
            head.append(char)
    return selectors


def ui_classes() -> list[type]:
    """Every class defined in a module of advisor_tui.ui."""
    classes = []
    for info in pkgutil.walk_packages(advisor_tui.ui.__path__, "advisor_tui.ui."):
        module = importlib.import_module(info.name)
        classes += [value for value in vars(module).values()
                    if inspect.isclass(value) and value.__module__ == module.__name__]
    return classes


def style_sources() -> dict[str, str]:
    """Every stylesheet of the package: the .tcss files and each class's own DEFAULT_CSS and CSS."""
    sources = {str(path.relative_to(UI_ROOT)): path.read_text(encoding="utf-8") for path in UI_ROOT.rglob("*.tcss")}
    for cls in ui_classes():
        for attribute in ("DEFAULT_CSS", "CSS"):
            css = cls.__dict__.get(attribute)
            if css:
                sources[f"{cls.__module__}.{cls.__name__}.{attribute}"] = css
    return sources


def test_the_tokenizer_sees_top_level_selectors_only() -> None:
    css = "/* a { } */ A, .b  #c { x: 1; &:focus { y: 2; } }\n#d > .e { z: 3; }"
    assert top_level_selectors(css) == ["A", ".b #c", "#d > .e"]


def test_no_selector_is_defined_twice() -> None:
    places: defaultdict[str, list[str]] = defaultdict(list)
    for source, css in style_sources().items():
        for selector in top_level_selectors(css):
            places[selector].append(source)
    assert "app.tcss" in {source for sources in places.values() for source in sources}
    twice = {selector: sources for selector, sources in places.items() if len(sources) > 1}
    assert twice == {}


def test_only_the_app_has_a_stylesheet_file() -> None:
    # A screen's CSS_PATH is loaded into the app's one stylesheet when the screen is first shown and then applies
    # everywhere; the app's own file is meant to, screens and dialogs use their scoped CSS or DEFAULT_CSS instead.
    with_file = sorted(cls.__name__ for cls in ui_classes()
                       if issubclass(cls, (Screen, App)) and cls.__dict__.get("CSS_PATH"))
    assert with_file == ["AdvisorApp"]
    assert [path.name for path in UI_ROOT.rglob("*.tcss")] == ["app.tcss"]
