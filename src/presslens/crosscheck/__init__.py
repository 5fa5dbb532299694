"""Cross-source checks: align figures and statements across a story's articles."""

from ..embed import Embedder, LexicalEmbedder, MiniLMEmbedder, default_embedder
from .findings import find_findings
from .quantities import Claim, agree

__all__ = [
    "Claim",
    "Embedder",
    "LexicalEmbedder",
    "MiniLMEmbedder",
    "agree",
    "default_embedder",
    "find_findings",
]
