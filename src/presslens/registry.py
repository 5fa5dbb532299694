"""Every pipeline stage, registered in one place under a versioned name.

A registration maps a stable name to ``module:Class``; the module is imported
only when the stage is built, so ``presslens --help`` loads no model.
"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import PipelineError
from .pipeline import Stage

STAGES: dict[str, str] = {
    "presslens.parse.v1": "presslens.stages.parse:ParseStage",
    "presslens.entities.v1": "presslens.stages.entities:EntityStage",
    "presslens.dates.v1": "presslens.stages.dates:DateStage",
    "presslens.attributions.v1": "presslens.stages.attributions:AttributionStage",
    "presslens.figures.v1": "presslens.stages.figures:FigureStage",
    "presslens.techniques.v1": "presslens.stages.techniques:TechniqueStage",
}

#: The stages ``analyze`` runs, in order.
DEFAULT_PIPELINE: tuple[str, ...] = (
    "presslens.parse.v1",
    "presslens.entities.v1",
    "presslens.dates.v1",
    "presslens.techniques.v1",
    "presslens.attributions.v1",
    "presslens.figures.v1",
)


def build_stage(name: str, **config: Any) -> Stage:
    try:
        target = STAGES[name]
    except KeyError:
        known = ", ".join(sorted(STAGES))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None
    module_name, _, attr = target.partition(":")
    factory = getattr(importlib.import_module(module_name), attr)
    stage: Stage = factory(**config)
    return stage
