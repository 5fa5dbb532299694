"""Batch analysis of many articles, on this machine or scaled out on a Dask cluster.

The batch layer holds no analysis logic: each worker calls the same
:func:`presslens.analyze_documents` as the CLI, with its models loaded once per
worker process. Results come back in input order and are written atomically.
"""

from .engines import DaskEngine, Engine, SerialEngine, make_engine
from .run import BatchResult, run_batch

__all__ = ["BatchResult", "DaskEngine", "Engine", "SerialEngine", "make_engine", "run_batch"]
