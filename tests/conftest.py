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


FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def attribute():  # type: ignore[no-untyped-def]
    """A function text -> Document run through parse, entities (if present) and attributions."""
    from presslens.attribution.corpus import default_analyser
    from presslens.model import Document

    run = default_analyser()

    def _attribute(text: str) -> Document:
        return next(iter(run([Document(text=text)])))

    return _attribute


@pytest.fixture()
def brat_split(tmp_path: Path) -> Path:
    """A copy of the hand-written PolNeAR-style split in tests/fixtures/attributions."""
    import shutil

    dest = tmp_path / "split"
    shutil.copytree(FIXTURES / "attributions", dest)
    return dest
