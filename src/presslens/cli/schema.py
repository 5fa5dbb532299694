"""``presslens schema``: print the JSON Schema of the document format."""

from __future__ import annotations

import json

import click

from ..model import json_schema


@click.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema that 'analyze --format json' output follows."""
    click.echo(json.dumps(json_schema(), indent=2, sort_keys=True))
