"""The ``presslens`` command line. Thin wrappers: parse options, call the API, print."""

from __future__ import annotations

import click

from .._version import __version__
from ._util import configure_logging


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="presslens")
@click.option("-v", "--verbose", count=True, help="Log progress to stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """presslens: how a news article persuades, who said what to whom, and what holds up.

    Start with 'presslens analyze ARTICLE.txt'. Every finding points at exact
    character offsets in the article text (see 'presslens analyze --help').
    """
    configure_logging(verbose)


def main() -> None:
    cli(prog_name="presslens")


from .analyze import analyze_cmd  # noqa: E402
from .attributions import attributions  # noqa: E402
from .batch import batch_cmd  # noqa: E402
from .check import check  # noqa: E402
from .corpus import ingest, stories  # noqa: E402
from .figures import figures  # noqa: E402
from .follow import watch  # noqa: E402
from .schema import schema_cmd  # noqa: E402
from .serve import serve  # noqa: E402
from .techniques import techniques  # noqa: E402

_COMMANDS = (
    analyze_cmd,
    techniques,
    attributions,
    figures,
    ingest,
    watch,
    stories,
    check,
    serve,
    batch_cmd,
    schema_cmd,
)
for _command in _COMMANDS:
    cli.add_command(_command)
