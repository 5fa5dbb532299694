"""Folder-level export and evaluation (what the ``attributions`` CLI calls)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import InputFormatError, InputNotFoundError
from ..model import Attribution, Document
from ..reading import normalise_newlines
from .brat import BratFormatError, parse_ann, to_records, write_ann
from .extract import extract
from .metrics import Scores, score_document


def _read(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputNotFoundError(f"cannot read {path}: {exc.strerror}; check the file") from None
    try:
        return normalise_newlines(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputFormatError(f"{path} is not UTF-8 text; convert it to UTF-8") from None


def text_files(text_dir: Path) -> list[Path]:
    if not text_dir.is_dir():
        raise InputNotFoundError(f"{text_dir} is not a folder; give a folder of .txt files")
    files = sorted(text_dir.glob("*.txt"))
    if not files:
        raise InputNotFoundError(f"{text_dir} has no .txt files; give a folder of article texts")
    return files


def default_analyser(
    attributions: bool = True,
) -> Callable[[list[Document]], Iterator[Document]]:
    """Parse, entities and, unless ``attributions`` is false, the attribution stage."""
    from ..analysis import load_pipeline

    names = ["presslens.parse.v1", "presslens.entities.v1"]
    if attributions:
        names.append("presslens.attributions.v1")
    return load_pipeline(names).pipe


def polnear_attributions(doc: Document) -> list[Attribution]:
    """What the export writes for a parsed ``doc``: every attribution, agentless passives
    included (PolNeAR annotates them; ``doc.attributions`` leaves them out)."""
    return extract(doc, agentless=True)


def _analyse(
    files: list[Path],
    texts: list[str],
    analyser: Callable[[list[Document]], Iterator[Document]] | None,
) -> list[Document]:
    run = analyser or default_analyser(attributions=False)
    docs = [Document(text=t, id=f.stem) for f, t in zip(files, texts, strict=True)]
    return list(run(docs))


def export(
    text_dir: Path,
    out_dir: Path,
    analyser: Callable[[list[Document]], Iterator[Document]] | None = None,
) -> int:
    """Write ``NAME.ann`` into ``out_dir`` for every ``NAME.txt``; all or nothing.

    ``analyser`` must give parsed documents (default: parse and entities)."""
    files = text_files(text_dir)
    texts = [_read(f) for f in files]  # read everything first: fail before any output
    docs = _analyse(files, texts, analyser)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        for f, doc in zip(files, docs, strict=True):
            (tmp / f"{f.stem}.ann").write_text(
                write_ann(doc.text, polnear_attributions(doc)), encoding="utf-8"
            )
        if out_dir.exists():
            for ann in tmp.iterdir():
                os.replace(ann, out_dir / ann.name)
            tmp.rmdir()
        else:
            os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return len(files)


def gold_file(gold_dir: Path, stem: str) -> Path | None:
    """``NAME.ann``, else the first ``NAME_<annotator>.ann`` (PolNeAR has up to two)."""
    plain = gold_dir / f"{stem}.ann"
    if plain.is_file():
        return plain
    found = sorted(p for p in gold_dir.glob(f"{stem}_*.ann") if p.stem[len(stem) + 1 :].isalnum())
    return found[0] if found else None


def evaluate(
    data_dir: Path,
    limit: int | None = None,
    analyser: Callable[[list[Document]], Iterator[Document]] | None = None,
) -> Scores:
    """Score the pipeline against a PolNeAR-style split (``text/`` and ``attributions/``)."""
    text_dir, gold_dir = data_dir / "text", data_dir / "attributions"
    if not gold_dir.is_dir():
        raise InputNotFoundError(f"{gold_dir} is missing; --data needs text/ and attributions/")
    files = text_files(text_dir)[:limit]
    golds = []
    for f in files:
        g = gold_file(gold_dir, f.stem)
        if g is None:
            raise InputNotFoundError(
                f"no gold .ann for {f.name} in {gold_dir}; add it or remove the text"
            )
        golds.append(g)
    texts = [_read(f) for f in files]
    gold_records = []
    for g in golds:
        try:
            gold_records.append(parse_ann(_read(g)))
        except BratFormatError as exc:
            raise InputFormatError(f"{g}: {exc}") from None
    total = Scores()
    for doc, gold in zip(_analyse(files, texts, analyser), gold_records, strict=True):
        records = to_records(doc.text, polnear_attributions(doc))
        total.add(score_document(doc.text, records, gold))
    return total
