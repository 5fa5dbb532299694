"""presslens: how a news article persuades, who said what to whom, and what holds up."""

from ._api import (
    analyze,
    analyze_collection,
    analyze_documents,
    assign_ids,
    check_documents,
    default_pipeline,
    ingest,
    load_pipeline,
    make_document,
)
from ._version import __version__
from .errors import (
    InputError,
    InvalidDocumentError,
    ModelError,
    PipelineError,
    PresslensError,
    StoreError,
)
from .model import (
    SCHEMA_VERSION,
    Attribution,
    Document,
    Entity,
    Figure,
    Metadata,
    Offsets,
    TechniqueSpan,
)

__all__ = [
    "SCHEMA_VERSION",
    "Attribution",
    "Document",
    "Entity",
    "Figure",
    "InputError",
    "InvalidDocumentError",
    "Metadata",
    "ModelError",
    "Offsets",
    "PipelineError",
    "PresslensError",
    "StoreError",
    "TechniqueSpan",
    "__version__",
    "analyze",
    "analyze_collection",
    "analyze_documents",
    "assign_ids",
    "check_documents",
    "default_pipeline",
    "ingest",
    "load_pipeline",
    "make_document",
]
