"""Execution engines: where chunks of articles are analysed.

``Engine.imap(fn, items)`` applies ``fn`` to every item of a (possibly endless)
iterable and yields the results in input order, pulling the next item only when
there is room: at most :attr:`Engine.window` items are in flight or waiting to
be yielded, so memory stays flat however many items there are (backpressure).
:class:`SerialEngine` runs in this process (and is what tests inject);
:class:`DaskEngine` runs on a Dask cluster: a ``LocalCluster`` of worker
processes by default, or an existing cluster given by its scheduler address,
which is how a batch scales out beyond one machine. A task whose worker dies is
run again on another worker; one that raises is retried :data:`RETRIES` times.
"""

from __future__ import annotations

import logging
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from ..errors import PresslensError

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: How many times Dask re-runs a task that raised (a worker that dies is not counted here:
#: the scheduler moves its tasks to the other workers by itself).
RETRIES = 2
#: Items in flight (or finished and waiting for an earlier one) per worker thread.
WINDOW_PER_WORKER = 2
#: Messages each Dask comm keeps for debugging (Dask's default is 1,000).
LOW_LEVEL_LOG = 10


class EngineError(PresslensError):
    """The execution engine cannot be started or reached."""

    exit_code = 2


class Engine(ABC):
    name = "base"

    #: The most items in flight or waiting to be yielded at once.
    window = 1

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        return self.imap(fn, items)

    @abstractmethod
    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``fn(item)`` for each item, in input order, with at most :attr:`window` in
        flight; ``items`` is read only as results are taken."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release workers; engines without resources do nothing."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SerialEngine(Engine):
    """Everything in this process, one item after another."""

    name = "serial"

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
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
        import dask

        self._cluster: Any = None
        # Dask logs every worker start and stop at INFO on its own handlers.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        # Each comm keeps its last 1,000 messages for debugging, and a task message carries
        # its chunk's articles: ~75 MB held for nothing; keep a few.
        dask.config.set({"distributed.admin.low-level-log-length": LOW_LEVEL_LOG})
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

    @property
    def window(self) -> int:  # type: ignore[override]
        threads = sum(self._client.nthreads().values()) or 1
        return WINDOW_PER_WORKER * threads

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        from dask.distributed import wait
        from distributed import KilledWorker

        source = iter(items)
        pending: dict[int, Any] = {}  # index -> future, submitted and not yet yielded
        submitted = taken = 0
        exhausted = False
        window = self.window
        try:
            while True:
                # top up: keep the window full, counting finished results not yet yielded
                while not exhausted and submitted - taken < window:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    pending[submitted] = self._client.submit(
                        fn, item, key=f"presslens-chunk-{uuid.uuid4().hex}", retries=RETRIES
                    )
                    submitted += 1
                if taken == submitted:
                    return
                head = pending[taken]
                if head.status == "pending":
                    running = [f for f in pending.values() if f.status == "pending"]
                    wait(running, return_when="FIRST_COMPLETED")
                    continue
                try:
                    result = head.result()
                except KilledWorker as exc:
                    raise EngineError(
                        f"a chunk was running on every worker that died ({exc}); the batch "
                        "stopped: check the workers' memory and logs, then rerun"
                    ) from None
                del pending[taken]
                taken += 1
                head.release()
                yield result
        finally:
            for future in pending.values():
                future.cancel()

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
