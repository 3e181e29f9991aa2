"""The Dask engine: the same batches as the local engines, run on a Dask cluster.

Optional: needs `pip install .[dask]` (dask and distributed). Each worker process loads the
model once (on its first batch) and keeps it; the workers need this package and the model
installed, as on the client. Results come back in release order, so the outputs are the same
bytes as a local run.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Iterable, Iterator, Optional

from pipeline.reading.release import ReleaseText
from pipeline.engines.workers import IN_FLIGHT_PER_WORKER, EngineError, batches, checked, extract_batch, in_order
from pipeline.extraction.records import Release
from pipeline.extraction.run import BATCH_SIZE


def connect(stack: ExitStack, scheduler: Optional[str], workers: int):
    """A Dask client: to the scheduler at `scheduler`, or to a new local cluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask needs dask and distributed: pip install '.[dask]'") from None
    if scheduler:
        try:
            return stack.enter_context(Client(scheduler, timeout="30s"))
        except (OSError, TimeoutError) as err:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    # One thread per worker process: the model is loaded once per process and is not thread-safe.
    cluster = stack.enter_context(
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    )
    return stack.enter_context(Client(cluster))


def dask_stream(
    releases: Iterable[ReleaseText],
    model: str,
    expected: str,
    *,
    scheduler: Optional[str] = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Release]:
    """Records of every release, in order, extracted on a Dask cluster."""
    with ExitStack() as stack:
        client = connect(stack, scheduler, workers)
        threads = sum(client.nthreads().values()) or workers
        index = iter(range(0, -(1 << 62), -1))

        def submit(batch: list[ReleaseText]):
            # Earlier batches first (higher priority); pure=False: no hashing of the texts for a key.
            return client.submit(extract_batch, model, batch, pure=False, priority=next(index))

        results = in_order(submit, batches(releases, batch_size), max(threads, 1) * IN_FLIGHT_PER_WORKER)
        yield from checked(results, expected)
