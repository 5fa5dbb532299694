"""Shared CLI plumbing: error reporting, common options, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from ..errors import PresslensError
from ..settings import setting

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


def max_bytes_option(help: str) -> Callable[[F], F]:
    """``--max-bytes``: the one input size limit of every reader (5 MB by default)."""
    from ..reading import DEFAULT_MAX_BYTES

    return click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                        show_default=True, help=help)


def skip_option(help: str = "Leave out a stage (repeatable).") -> Callable[[F], F]:
    """``--skip STAGE``: a stage the run leaves out."""
    return click.option("--skip", multiple=True, metavar="STAGE", help=help)


def quiet_option(func: F) -> F:
    """``--quiet``: no progress bar or progress lines."""
    return click.option("--quiet", "-q", is_flag=True,
                        help="No progress bar or progress lines.")(func)


def dev_stages_option(func: F) -> F:
    """``--stages`` (hidden, for development and tests): the stages to run."""
    return click.option("--stages", default=None, hidden=True,
                        help="Dev: comma-separated stages, or none.")(func)


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
            if setting("debug").value():
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


class ChunkProgress:
    """Progress of a run that finishes chunk after chunk (``batch``, ``ingest``).

    On a terminal, a bar with the count, the rate and the time left; elsewhere (a log, a
    pipe), a line to stderr after every ``every`` chunks (by default a twentieth of them),
    and at least once a minute while chunks finish; with ``quiet``, nothing. Call it with
    (records done, records in all, records of them skipped) after each chunk.
    """

    def __init__(
        self,
        label: str,
        total: int,
        chunks: int,
        *,
        quiet: bool = False,
        stream: Any = None,
        every: int | None = None,
        interval_s: float = 60.0,
    ) -> None:
        import time

        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.every = every or max(1, -(-chunks // 20))
        self.interval_s = interval_s
        self._clock = time.monotonic
        self._start = self._clock()
        self._last_line = self._start
        self._calls = 0
        self._skipped = 0
        self._bar: Any = None
        self.quiet = quiet
        if not quiet and _isatty(self.stream):
            self._bar = click.progressbar(
                length=max(total, 1), label=label, file=self.stream, show_eta=True,
                show_pos=True, item_show_func=lambda rate: rate,
            )

    def __enter__(self) -> ChunkProgress:
        if self._bar is not None:
            self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def rate(self, done: int) -> float:
        """Records per second this run (records skipped, done by an earlier run, not counted)."""
        elapsed = self._clock() - self._start
        return (done - self._skipped) / elapsed if elapsed > 0 else 0.0

    def __call__(self, done: int, total: int, skipped: int = 0) -> None:
        """``skipped``: how many of the records just counted needed no work this run."""
        self._skipped += skipped
        if self.quiet:
            return
        self._calls += 1
        rate = self.rate(done)
        if self._bar is not None:
            self._bar.update(done - self._bar.pos, current_item=f"{rate:.1f}/s")
            return
        now = self._clock()
        due = self._calls % self.every == 0 or now - self._last_line >= self.interval_s
        if not (due or done >= total):
            return
        self._last_line = now
        left = (total - done) / rate if rate > 0 else None
        eta = "" if left is None or done >= total else f", about {_duration(left)} left"
        print(
            f"{self.label}: {done:,}/{total:,} ({rate:.1f}/s{eta})",
            file=self.stream, flush=True,
        )


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
