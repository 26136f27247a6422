"""Every background job of the UI starts here: its failure becomes a German notice, never the end of the app."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from textual import work
from textual.worker import Worker

P = ParamSpec("P")
R = TypeVar("R")


class FailureReporter(Protocol):
    """The app's one place that shows what went wrong."""

    def report_failure(self, error: BaseException, what: str) -> None: ...


def background(what: str, *, group: str, exclusive: bool = True) -> Callable[
    [Callable[Concatenate[Any, P], R]], Callable[Concatenate[Any, P], Worker[R | None]]
]:
    """Run the method in a thread worker; `what` names the job in German for the notice if it fails.

    A failure is shown by the app (`report_failure`), then the node's `background_failed(group)` hook runs, if it
    has one, so the view can leave its loading state. The worker itself ends normally: nothing is re-raised.
    """

    def decorate(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], Worker[R | None]]:
        @functools.wraps(method)
        def guarded(node: Any, *args: P.args, **kwargs: P.kwargs) -> R | None:
            try:
                return method(node, *args, **kwargs)
            except Exception as error:  # noqa: BLE001 - the one place every background failure is handled
                _hand_over(node, error, what, group)
                return None

        return work(thread=True, exclusive=exclusive, group=group, exit_on_error=False, description=what)(guarded)

    return decorate


def _hand_over(node: Any, error: Exception, what: str, group: str) -> None:
    """Show the failure on the UI thread and let the node recover."""
    app = node.app

    def show() -> None:
        reporter: FailureReporter = app
        reporter.report_failure(error, what)
        recover = getattr(node, "background_failed", None)
        if recover is not None:
            recover(group)

    try:
        app.call_from_thread(show)
    except RuntimeError:
        pass  # the app is already closing: nobody is left to tell
