"""The analysis pipeline: an ordered list of stages over :class:`Document`.

A stage is a small object with one job. It declares the document layers it
``requires`` and ``assigns``; :class:`Pipeline` checks the order when it is
built, so a misordered pipeline fails at construction, not half-way through
an article. Each stage keeps prediction and annotation apart, like a spaCy
pipe: ``predict(docs)`` computes, ``set_annotations(docs, preds)`` writes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from .errors import PipelineError
from .model import Document

logger = logging.getLogger(__name__)

#: Layers present on every new document.
BASE_LAYERS = frozenset({"text", "meta"})


@runtime_checkable
class Stage(Protocol):
    """What every pipeline stage provides."""

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def predict(self, docs: Sequence[Document]) -> list[Any]: ...

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[Any]) -> None: ...


class Pipeline:
    """Runs stages in order over documents."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = set(BASE_LAYERS)
        for stage in stages:
            missing = [layer for layer in stage.requires if layer not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier "
                    "stage assigns; put the stage that assigns it first"
                )
            available.update(stage.assigns)
        self.stages: list[Stage] = list(stages)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document], batch_size: int = 8) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Document]) -> list[Document]:
        for stage in self.stages:
            preds = stage.predict(batch)
            stage.set_annotations(batch, preds)
            for doc in batch:
                doc.models[stage.name] = stage.version
        return batch
