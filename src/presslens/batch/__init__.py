"""Batch analysis of many articles, on this machine or scaled out on a Dask cluster.

The batch layer holds no analysis logic: each worker calls the same
:func:`presslens.analyze_documents` as the CLI, with its models loaded once per
worker process. Inputs are streamed in chunks with a bounded number in flight;
results come back in input order, into a JSONL file that a killed run resumes
(:func:`run_batch`) or into the corpus (:func:`run_ingest`).
"""

from .engines import DaskEngine, Engine, SerialEngine, make_engine
from .run import BatchResult, Inputs, run_batch, run_ingest

__all__ = [
    "BatchResult",
    "DaskEngine",
    "Engine",
    "Inputs",
    "SerialEngine",
    "make_engine",
    "run_batch",
    "run_ingest",
]
