"""``presslens check``: the cross-source findings of each story."""

from __future__ import annotations

import sys

import click

from .._files import atomic_writer, check_writable
from ..crosscheck.report import StoryFindings
from ..errors import InputError
from ._util import db_option, handle_errors


def check_file(path: str) -> list[StoryFindings]:
    """Read, analyse and group the records of ``path``; findings per story."""
    from .. import analyze_documents
    from ..crosscheck import find_findings
    from ..reading import read_path
    from ..stories import group_stories

    docs = read_path(path)
    for i, d in enumerate(docs):
        if d.id is None:
            d.id = f"doc{i + 1}"
    seen: set[str] = set()
    for d in docs:
        if d.id in seen:
            raise InputError(
                f"{path}: article id {d.id!r} appears twice; give each record its own id"
            )
        seen.add(d.id or "")
    analysed = list(analyze_documents(docs))
    by_id = {d.id: d for d in analysed}
    results = []
    for story in group_stories(analysed):
        members = [by_id[a] for a in story.articles if a in by_id]
        results.append(StoryFindings(story=story, findings=find_findings(members)))
    return results


def check_store(db: str | None, story_id: str | None) -> list[StoryFindings]:
    """The findings of the stories in the corpus database (all, or one)."""
    from ..store import open_store

    store = open_store(db, create=False)
    try:
        if story_id is not None:
            story = store.story(story_id)
            if story is None:
                raise InputError(f"no story {story_id!r} in the corpus; "
                                 "`presslens stories` lists them")
            stories = [story]
        else:
            stories = []
            while True:  # every story, a page at a time
                page = store.stories(limit=500, offset=len(stories))
                stories.extend(page)
                if len(page) < 500:
                    break
        return [StoryFindings(story=s, findings=store.findings(s.id)) for s in stories]
    finally:
        store.close()


@click.command()
@click.argument("articles", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@click.option("--story", "story_id", default=None, help="Only this story (with --db).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True)
@click.option("-o", "--output", default=None, help="Write to this file instead of stdout.")
@handle_errors
def check(articles: str | None, db: str | None, story_id: str | None, fmt: str,
          output: str | None) -> None:
    """Cross-source findings per story: what is corroborated, what conflicts, what one outlet says.

    With ARTICLES (a JSONL file of {id, text, title, url, outlet, published} records)
    the articles are analysed and grouped on the fly, no database needed; without
    it, the stories of the corpus database are checked.

    \b
    Examples:
      presslens check tests/fixtures/story_isis.jsonl
      presslens check articles.jsonl --format html -o findings.html
      presslens check --db corpus.db --story s-f25bdfc4c013 --format json
    """
    from ..crosscheck.report import RENDERERS

    if articles is not None and (db is not None or story_id is not None):
        raise InputError("give either ARTICLES or --db/--story, not both")
    if output:
        check_writable(output)
    results = check_file(articles) if articles is not None else check_store(db, story_id)
    text = RENDERERS[fmt](results)
    if output:
        with atomic_writer(output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
