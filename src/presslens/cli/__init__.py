"""The ``presslens`` command line. Thin wrappers: parse options, call the API, print."""

from __future__ import annotations

import click

from .._version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="presslens")
def cli() -> None:
    """presslens: how a news article persuades, who said what, and what holds up."""


def main() -> None:
    cli(prog_name="presslens")


from .attributions import attributions  # noqa: E402

cli.add_command(attributions)
