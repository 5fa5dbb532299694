"""Shared CLI plumbing: error reporting, common options, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from ..errors import PresslensError

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """``--db``: where the corpus lives (the store's own default when not given)."""
    from ..store import DB_ENV

    return click.option(
        "--db",
        "db",
        metavar="FILE",
        default=None,
        help="The corpus database: an SQLite file or a postgresql:// URL "
        f"(default: ${DB_ENV}, else ./presslens.db).",
    )(func)


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Turn presslens errors into one line on stderr and an exit status; no traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PresslensError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted; nothing was written", 130)
        except BrokenPipeError:
            sys.exit(0)
        except Exception as exc:  # a bug: say so in one line unless debugging
            if os.environ.get("PRESSLENS_DEBUG"):
                raise
            fail(
                f"internal error ({type(exc).__name__}: {exc}); "
                "re-run with PRESSLENS_DEBUG=1 for a traceback and report it",
                1,
            )

    return wrapper  # type: ignore[return-value]


def parse_published(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


class _OnlyPresslens(logging.Filter):
    """Without -v, the user sees presslens's own warnings, not its libraries' (trafilatura's
    "discarding data: None" before an error: line is noise to them)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name == "presslens" or record.name.startswith("presslens.")


def configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if verbose == 0:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_OnlyPresslens())


@contextlib.contextmanager
def working(message: str, console: Any = None) -> Iterator[None]:
    """A spinner with ``message`` on stderr while the models load and run, when stderr is a
    terminal; nothing otherwise (a log or a pipe gets no control characters)."""
    from rich.console import Console

    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield
        return
    with console.status(message):
        yield


class ProgressLines:
    """Progress for a run whose stderr is not a terminal: a line at every tenth of the
    work (and at the end), instead of a bar that only draws on a terminal."""

    def __init__(self, label: str, stream: Any = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        tenth = (10 * done) // max(total, 1)
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            print(f"{self.label}: {done}/{total}", file=self.stream, flush=True)
