"""The SQLite corpus schema, as numbered migrations.

``PRAGMA user_version`` holds the schema version a file is at and
``PRAGMA application_id`` marks the file as a presslens corpus, so a foreign
SQLite database is recognised (and left alone) before anything is written.
Each migration runs in one ``BEGIN IMMEDIATE`` transaction together with the
``user_version`` bump and a row in ``schema_migrations``: a crash leaves the
file at the previous version, and the next open re-runs the migration.

To change the schema, append a migration; never edit a released one.
"""

from __future__ import annotations

#: 'PLNS' as a big-endian int: marks a presslens corpus file.
APPLICATION_ID = 0x504C4E53

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "articles, stories, full-text index, findings cache",
        [
            """CREATE TABLE store_meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE schema_migrations (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                presslens_version TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )""",
            """CREATE TABLE articles (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
                article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                technique TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (article_seq, technique)
            )""",
            "CREATE INDEX article_techniques_technique ON article_techniques(technique)",
            """CREATE TABLE article_speakers (
                article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
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
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, body, tokenize='porter unicode61')",
            "INSERT INTO store_meta(key, value) VALUES ('generation', '0')",
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

LATEST_VERSION = MIGRATIONS[-1][0]
