from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from presslens.errors import PipelineError
from presslens.model import Document, Offsets
from presslens.pipeline import Pipeline
from presslens.registry import build_stage


class _Words:
    name = "test.words.v1"
    version = "1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("sentences",)

    def predict(self, docs: Sequence[Document]) -> list[Any]:
        return [[(0, len(d.text))] for d in docs]

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[Any]) -> None:
        for doc, spans in zip(docs, preds, strict=True):
            doc.sentences = [Offsets(start=s, end=e) for s, e in spans]


class _NeedsEntities(_Words):
    name = "test.needs.v1"
    requires = ("entities",)


def test_pipeline_refuses_misordered_stages() -> None:
    with pytest.raises(PipelineError, match="needs entities"):
        Pipeline([_NeedsEntities()])


def test_pipeline_runs_stages_and_records_versions() -> None:
    pipe = Pipeline([_Words()])
    docs = list(pipe.pipe([Document(text="abc"), Document(text="de")], batch_size=1))
    assert [d.sentences[0].end for d in docs] == [3, 2]
    assert docs[0].models == {"test.words.v1": "1"}


def test_pipeline_unknown_stage_name() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        build_stage("nope")
