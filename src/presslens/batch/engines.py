"""Execution engines: where chunks of articles are analysed.

``Engine.map(fn, items)`` applies ``fn`` to every item and yields the results in
input order. :class:`SerialEngine` runs in this process (and is what tests
inject); :class:`DaskEngine` runs on a Dask cluster: a ``LocalCluster`` of
worker processes by default, or an existing cluster given by its scheduler
address, which is how a batch scales out beyond one machine.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ..errors import PresslensError

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class EngineError(PresslensError):
    """The execution engine cannot be started or reached."""

    exit_code = 2


class Engine(ABC):
    name = "base"

    @abstractmethod
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release workers; engines without resources do nothing."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SerialEngine(Engine):
    """Everything in this process, one item after another."""

    name = "serial"

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        for item in items:
            yield fn(item)


class DaskEngine(Engine):
    """A Dask cluster: local worker processes, or an existing scheduler."""

    name = "dask"

    def __init__(
        self, scheduler: str | None = None, workers: int = 2, processes: bool = True
    ) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - dask is a dependency
            raise EngineError("dask is not installed; pip install 'dask[distributed]'") from None
        self._cluster: Any = None
        # Dask logs every worker start and stop at INFO on its own handlers.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=processes,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            target = scheduler or "a local cluster"
            raise EngineError(
                f"cannot start or reach the Dask scheduler at {target} ({exc}); "
                "check the address or run without --scheduler"
            ) from None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        futures = self._client.map(fn, list(items), pure=False)
        for future in futures:
            yield future.result()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(name: str, scheduler: str | None = None, workers: int = 2) -> Engine:
    if name == "serial":
        return SerialEngine()
    if name == "dask":
        return DaskEngine(scheduler=scheduler, workers=workers)
    raise EngineError(f"unknown engine {name!r}; use 'serial' or 'dask'")
