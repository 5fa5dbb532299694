"""The stores' SQL text: ``?`` is only ever a parameter.

sqlite3 takes ``?`` parameters and psycopg ``%s``; the two drivers share no parameter style,
so the PostgreSQL store's connection turns ``?`` into ``%s`` in presslens's own statements
(never in user text, which only travels as parameters). That is sound only while no
statement has a ``?`` or a ``%`` inside a quoted SQL literal; this test keeps it so.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import presslens.store

STORE = Path(presslens.store.__file__).parent
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\b")
_QUOTED = re.compile(r"'[^']*'")


def _statements() -> list[str]:
    out = []
    # what the PostgreSQL store runs: the shared queries, its own, the schema (sqlite.py's
    # statements never reach psycopg)
    for path in (STORE / "sql.py", STORE / "postgres.py", STORE / "migrations.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _SQL.search(node.value)
            ):
                out.append(node.value)
    return out


def test_the_stores_write_sql_at_all() -> None:
    statements = _statements()
    assert len(statements) > 30
    assert any("?" in s for s in statements)


def test_no_quoted_sql_literal_holds_a_placeholder_character() -> None:
    bad = [s for s in _statements() for lit in _QUOTED.findall(s) if "?" in lit or "%" in lit]
    assert bad == []
