"""The corpus schema, as numbered migrations, for SQLite and PostgreSQL from one list.

``PRAGMA user_version`` holds the schema version a file is at and
``PRAGMA application_id`` marks the file as a presslens corpus, so a foreign
SQLite database is recognised (and left alone) before anything is written.
Each migration runs in one ``BEGIN IMMEDIATE`` transaction together with the
``user_version`` bump and a row in ``schema_migrations``: a crash leaves the
file at the previous version, and the next open re-runs the migration.

Both stores' DDL comes from :data:`SCHEMA`: statements the dialects share, with the
words that differ (:data:`DIALECT_WORDS`) filled in by :func:`migrations_for`, and the
few statements only one dialect has (the full-text index). To change the schema, append a
migration; never edit a released one.
"""

from __future__ import annotations

#: 'PLNS' as a big-endian int: marks a presslens corpus file.
APPLICATION_ID = 0x504C4E53

#: A statement both dialects share (with ``{serial_key}`` / ``{key_type}`` to fill in), or
#: one per dialect that has it.
Statement = str | dict[str, str]

SCHEMA: list[tuple[int, str, list[Statement]]] = [
    (
        1,
        "articles, stories, full-text index, findings cache",
        [
            "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE schema_migrations (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                presslens_version TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )""",
            """CREATE TABLE articles (
                seq {serial_key},
                id TEXT NOT NULL UNIQUE,
                url TEXT UNIQUE,
                text_sha1 TEXT NOT NULL UNIQUE,
                title TEXT,
                outlet TEXT,
                published TEXT,
                story_id TEXT,
                n_techniques INTEGER NOT NULL DEFAULT 0,
                n_attributions INTEGER NOT NULL DEFAULT 0,
                n_figures INTEGER NOT NULL DEFAULT 0,
                presslens_version TEXT NOT NULL,
                models TEXT NOT NULL,
                signature TEXT NOT NULL,
                document TEXT NOT NULL,
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX articles_story ON articles(story_id)",
            "CREATE INDEX articles_outlet ON articles(outlet, published)",
            "CREATE INDEX articles_published ON articles(published)",
            """CREATE TABLE article_techniques (
                article_seq {key_type} NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                technique TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (article_seq, technique)
            )""",
            "CREATE INDEX article_techniques_technique ON article_techniques(technique)",
            """CREATE TABLE article_speakers (
                article_seq {key_type} NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                speaker TEXT NOT NULL,
                PRIMARY KEY (article_seq, speaker)
            )""",
            """CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                first_published TEXT,
                last_published TEXT,
                size INTEGER NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX stories_size ON stories(size DESC, first_published)",
            """CREATE TABLE findings_cache (
                story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
                revision INTEGER NOT NULL,
                presslens_version TEXT NOT NULL,
                findings TEXT NOT NULL
            )""",
            {
                "sqlite": "CREATE VIRTUAL TABLE articles_fts USING fts5("
                "title, body, tokenize='porter unicode61')",
                "postgresql": """CREATE TABLE articles_fts (
                rowid BIGINT PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
                title TEXT,
                body TEXT NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (
                    to_tsvector('english', coalesce(title, '') || ' ' || body)
                ) STORED
            )""",
            },
            {"postgresql": "CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv)"},
            "INSERT INTO store_meta(key, value) VALUES ('generation', '0')",
            # SQLite keeps these in PRAGMA application_id and user_version
            {"postgresql":
                "INSERT INTO store_meta(key, value) VALUES ('application', 'presslens')"},
            {"postgresql": "INSERT INTO store_meta(key, value) VALUES ('schema_version', '0')"},
        ],
    ),
    (
        2,
        "fetched URLs: canonical URL and conditional-GET validators (presslens.net)",
        [
            """CREATE TABLE fetched (
                url TEXT PRIMARY KEY,
                canonical_url TEXT,
                etag TEXT,
                last_modified TEXT,
                fetched_at TEXT NOT NULL
            )""",
        ],
    ),
]


#: What differs between the dialects inside a shared statement.
DIALECT_WORDS = {
    "sqlite": {"serial_key": "INTEGER PRIMARY KEY AUTOINCREMENT", "key_type": "INTEGER"},
    "postgresql": {"serial_key": "BIGSERIAL PRIMARY KEY", "key_type": "BIGINT"},
}


def migrations_for(dialect: str) -> list[tuple[int, str, list[str]]]:
    """The numbered migrations in one dialect's SQL: shared statements with its words
    filled in, and the statements only it has."""
    words = DIALECT_WORDS[dialect]
    out = []
    for version, description, statements in SCHEMA:
        sql = []
        for statement in statements:
            if isinstance(statement, dict):
                if dialect in statement:
                    sql.append(statement[dialect])
            else:
                sql.append(statement.format(**words))
        out.append((version, description, sql))
    return out


MIGRATIONS = migrations_for("sqlite")
LATEST_VERSION = MIGRATIONS[-1][0]
