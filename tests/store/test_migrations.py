"""One schema description gives both stores' DDL (presslens.store.migrations)."""

from __future__ import annotations

import re

from presslens.store.migrations import SCHEMA, migrations_for


def _tables(dialect: str) -> list[str]:
    return [
        m.group(1)
        for _, _, statements in migrations_for(dialect)
        for sql in statements
        if (m := re.match(r"CREATE (?:VIRTUAL )?TABLE (\w+)", sql))
    ]


def test_both_dialects_create_the_same_tables_in_the_same_versions() -> None:
    assert _tables("sqlite") == _tables("postgresql")
    assert [v for v, _, _ in migrations_for("sqlite")] == [v for v, _, _ in SCHEMA]


def test_each_dialect_gets_its_own_words_and_nothing_left_to_fill() -> None:
    sqlite = " ".join(s for _, _, st in migrations_for("sqlite") for s in st)
    postgres = " ".join(s for _, _, st in migrations_for("postgresql") for s in st)
    assert "AUTOINCREMENT" in sqlite and "BIGSERIAL" not in sqlite and "fts5" in sqlite
    assert "BIGSERIAL" in postgres and "AUTOINCREMENT" not in postgres and "tsvector" in postgres
    assert "{" not in sqlite and "{" not in postgres
