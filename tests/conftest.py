from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_doc(example_text: str):  # type: ignore[no-untyped-def]
    """The reference article analysed by the default pipeline (models loaded once)."""
    import presslens

    return presslens.analyze(example_text, published="2016-10-20", outlet="Fixture")


STORY_ISIS = ROOT / "tests" / "fixtures" / "story_isis.jsonl"


@pytest.fixture(scope="session")
def story_isis_path() -> Path:
    """Four invented articles of one story (figures that agree and conflict, a venue clash)."""
    return STORY_ISIS
