"""``presslens check``: the cross-source findings of each story."""

from __future__ import annotations

import sys

import click

from .._files import atomic_writer, check_writable
from ..crosscheck.report import StoryFindings
from ..errors import InputError
from ._util import db_option, handle_errors, working


def check_file(path: str, one_story: bool = False) -> list[StoryFindings]:
    """Read the records of ``path``; findings per story (:func:`presslens.check_documents`)."""
    from .. import check_documents
    from ..reading import read_path

    return check_documents(read_path(path), one_story=one_story)


def check_store(db: str | None, story_id: str | None,
                with_documents: bool = False) -> list[StoryFindings]:
    """The findings of the stories in the corpus database (all, or one); with
    ``with_documents`` also their articles (for the HTML view's highlighted spans)."""
    from .._api import open_corpus

    store = open_corpus(db, create=False)
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
        return [StoryFindings(story=s, findings=store.findings(s.id),
                              documents=store.story_documents(s.id) if with_documents else [])
                for s in stories]
    finally:
        store.close()


@click.command()
@click.argument("articles", required=False)
@db_option
@click.option("--story", "story_id", default=None, help="Only this story (with --db).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True)
@click.option("-o", "--output", default=None, help="Write to this file instead of stdout.")
@click.option("--one-story", is_flag=True,
              help="The articles are one story: check them together, without grouping.")
@click.option("--all", "show_all", is_flag=True,
              help="List every single-source item (text view; by default they are counted).")
@handle_errors
def check(articles: str | None, db: str | None, story_id: str | None, fmt: str,
          output: str | None, one_story: bool, show_all: bool) -> None:
    """Cross-source findings per story: what is corroborated, what conflicts, what one outlet says.

    With ARTICLES (a JSONL file of {id, text, title, url, outlet, published} records)
    the articles are analysed and grouped on the fly, no database needed; without
    it, the stories of the corpus database are checked.

    \b
    Examples:
      presslens check tests/fixtures/story_isis.jsonl
      presslens check articles.jsonl --format html -o findings.html
      presslens check coverage-of-one-event.jsonl --one-story
      presslens check --db corpus.db --story s-f25bdfc4c013 --format json
    """
    from ..crosscheck.report import RENDERERS

    if articles is not None and (db is not None or story_id is not None):
        raise InputError("give either ARTICLES or --db/--story, not both")
    if one_story and articles is None:
        raise InputError("--one-story needs ARTICLES (a corpus's stories are already grouped)")
    if output:
        check_writable(output)
    with working("loading models and checking..."):
        results = (check_file(articles, one_story) if articles is not None
                   else check_store(db, story_id, with_documents=fmt == "html"))
    text = RENDERERS[fmt](results, show_all=show_all)
    if output:
        with atomic_writer(output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
