"""What every engine shares: batches of releases, results in submission order, and the worker
side (one pipeline per process, one batch per task, the model id checked)."""

from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future
from typing import Callable, Iterable, Iterator, Union

from spacy.language import Language

from pipeline.reading.release import ReleaseText
from pipeline.extraction.records import Release
from pipeline.extraction.nlp import build_nlp, model_id
from pipeline.extraction.run import BATCH_SIZE, process_safely

# Characters in one batch (32 of the first 1,000 bulk releases average 53,000): a run of long
# releases is cut into smaller batches instead of growing the model's arrays.
BATCH_CHARS = 64_000
# Batches queued per worker: enough to keep every worker busy while the next results are read.
IN_FLIGHT_PER_WORKER = 2


class EngineError(RuntimeError):
    """An engine cannot start (missing optional dependency, unreachable scheduler, other model)."""


def batches(releases: Iterable[ReleaseText], size: int = BATCH_SIZE, max_chars: int = BATCH_CHARS) -> Iterator[list[ReleaseText]]:
    """Consecutive lists of at most `size` releases and `max_chars` characters (a longer release
    alone), read lazily."""
    batch: list[ReleaseText] = []
    chars = 0
    for release in releases:
        if batch and (len(batch) == size or chars + len(release.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(release)
        chars += len(release.text)
    if batch:
        yield batch


def in_order(submit: Callable[[list], Future], chunks: Iterable[list], window: int) -> Iterator:
    """Submit chunks (batches) with at most `window` pending; yield each one's result in submission order."""
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(submit(chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


# -- Worker side: one pipeline per process, loaded on first use ------------------------------------

_loaded: dict[str, Language] = {}
_load_lock = threading.Lock()


def worker_nlp(model: str) -> Language:
    """The extraction pipeline of this process, loaded once per model."""
    with _load_lock:
        if model not in _loaded:
            _loaded[model] = build_nlp(model)
        return _loaded[model]


def extract_batch(model: str, releases: list[ReleaseText]) -> tuple[str, list[Union[Release, Exception]]]:
    """Extract one batch of releases (one `nlp.pipe` batch) in a worker. A release whose
    extraction raises gives its exception in its place, as in this process: one failing release
    is one skipped release, not the end of the run.

    RETURNS (tuple): the model id the worker used (so a cluster running another model is caught)
        and the records (or exceptions), in order.
    """
    nlp = worker_nlp(model)
    # One thread per worker runs the pipeline at a time: spaCy pipelines are not thread-safe.
    with _load_lock:
        return model_id(nlp), [result for _, result in process_safely(nlp, releases, batch_size=len(releases))]


def checked(results: Iterable[tuple[str, list[Union[Release, Exception]]]], expected: str) -> Iterator[Union[Release, Exception]]:
    """Records of worker results, after checking each worker ran the model the run is labelled with."""
    for used, records in results:
        if used != expected:
            raise EngineError(f"a worker ran spaCy pipeline {used}, not {expected}: install the same model package on every worker")
        yield from records
