"""Every setting a user can change, in one table: its default, what it does, and the
environment variable or CLI option that sets it.

The modules that use a setting take its default from here (``setting("max_bytes").default``),
the CLI options are declared with it, and README's "Settings" table is this table
(``python -m presslens.settings`` prints it; a test checks README holds it verbatim).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str
    env: str | None = None  # the environment variable that sets it
    option: str | None = None  # the CLI option(s) that set it

    def value(self) -> object:
        """The environment's value when the variable is set, else the default."""
        if self.env and os.environ.get(self.env):
            return os.environ[self.env]
        return self.default


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "presslens.db", "The corpus database: an SQLite path or a postgresql:// URL.",
            env="PRESSLENS_DB", option="--db"),
    Setting("token", None, "The web app's write token (required when it listens beyond "
            "loopback).", env="PRESSLENS_TOKEN", option="serve --token"),
    Setting("embedder", None, "`lexical` replaces the MiniLM sentence encoder by word "
            "overlap (tests, machines without the model).", env="PRESSLENS_EMBEDDER"),
    Setting("debug", None, "Any value: an internal error prints its traceback.",
            env="PRESSLENS_DEBUG"),
    Setting("max_bytes", 5 * 1024 * 1024, "Largest input file, record or fetched page, in "
            "bytes.", option="--max-bytes"),
    Setting("max_text_chars", 1_000_000, "Longest text analysed, in characters."),
    Setting("chunk_size", 16, "Articles sent to a worker at a time by `batch`.",
            option="batch --chunk-size"),
    Setting("ingest_batch", 50, "Articles per transaction (and per chunk) in `ingest`.",
            option="ingest --batch-size"),
    Setting("fetch_delay", 1.0, "Seconds between two requests to the same host.",
            option="--delay"),
    Setting("fetch_timeout", 20.0, "Seconds to wait for a site to connect or send more.",
            option="--timeout"),
    Setting("watch_every", "15m", "How often `watch` polls its feeds.", option="watch --every"),
    Setting("header_timeout", 10.0, "Seconds the web server waits for a request's headers.",
            option="serve --header-timeout"),
    Setting("body_timeout", 30.0, "Seconds the web app waits for a request's body."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    """The setting called ``name``."""
    return _BY_NAME[name]


def markdown_table() -> str:
    """README's "Settings" table."""
    rows = ["| setting | default | set by | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = "–" if s.default is None else f"`{s.default}`"
        by = ", ".join(f"`{x}`" for x in (s.env, s.option) if x) or "–"
        rows.append(f"| {s.name} | {default} | {by} | {s.help} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
