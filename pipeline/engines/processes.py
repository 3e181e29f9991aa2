"""The process engine: a pool of local worker processes, each loading the model once."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from pipeline.engines.workers import IN_FLIGHT_PER_WORKER, batches, checked, extract_batch, in_order
from pipeline.extraction.records import Release
from pipeline.extraction.run import BATCH_SIZE
from pipeline.reading.release import ReleaseText


def process_pool(releases: Iterable[ReleaseText], model: str, expected: str, processes: int, batch_size: int = BATCH_SIZE) -> Iterator[Release]:
    """Extract with `processes` local worker processes, each loading the model once."""
    # spawn, not fork: a fresh interpreter per worker is safe whatever threads the parent runs.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        results = in_order(lambda batch: pool.submit(extract_batch, model, batch), batches(releases, batch_size), processes * IN_FLIGHT_PER_WORKER)
        yield from checked(results, expected)
