"""Where extraction runs: this process, a pool of local processes, or a Dask cluster.

Every engine takes releases as a stream and yields their records in release order. The
releases are cut into batches (at most `batch_size` releases and BATCH_CHARS characters), one
`nlp.pipe` batch each and one task for a worker, so every engine runs the model on the same
batches and writes the same bytes. The model's working memory grows with the text of a
batch, so the character cap bounds it whatever the releases' lengths; at most a few batches
per worker are in flight, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Optional, Union

from spacy.language import Language

from pipeline.corpus import ReleaseText
from pipeline.records import Release
from pipeline.run import BATCH_SIZE, process, process_safely

ENGINES = ("local", "dask")
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
            from pipeline.nlp import build_nlp

            _loaded[model] = build_nlp(model)
        return _loaded[model]


def extract_batch(model: str, releases: list[ReleaseText]) -> tuple[str, list[Union[Release, Exception]]]:
    """Extract one batch of releases (one `nlp.pipe` batch) in a worker. A release whose
    extraction raises gives its exception in its place, as in this process: one failing release
    is one skipped release, not the end of the run.

    RETURNS (tuple): the model id the worker used (so a cluster running another model is caught)
        and the records (or exceptions), in order.
    """
    from pipeline.nlp import model_id

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


# -- Engines ---------------------------------------------------------------------------------------


def process_pool(releases: Iterable[ReleaseText], model: str, expected: str, processes: int, batch_size: int = BATCH_SIZE) -> Iterator[Release]:
    """Extract with `processes` local worker processes, each loading the model once."""
    # spawn, not fork: a fresh interpreter per worker is safe whatever threads the parent runs.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        results = in_order(lambda batch: pool.submit(extract_batch, model, batch), batches(releases, batch_size), processes * IN_FLIGHT_PER_WORKER)
        yield from checked(results, expected)


def load_for(model: str, engine: str = "local", processes: int = 1) -> tuple[Optional[Language], str]:
    """Prepare a run: the pipeline when this process runs it (else None: workers load it), and
    the model id that labels the outputs. Raises ModelError for a model that cannot be loaded."""
    from pipeline.nlp import build_nlp, installed_model_id, model_id

    if engine == "local" and processes == 1:
        nlp = build_nlp(model)
        return nlp, model_id(nlp)
    return None, installed_model_id(model)


def extract_stream(
    releases: Iterable[ReleaseText],
    model: str,
    expected: str,
    *,
    engine: str = "local",
    processes: int = 1,
    scheduler: Optional[str] = None,
    nlp: Optional[Language] = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Release]:
    """Records of every release, in order, from the chosen engine.

    releases (Iterable[ReleaseText]): read lazily, a few chunks ahead of the results.
    model (str): spaCy pipeline name or path, loaded by each worker.
    expected (str): model id the outputs are labelled with; workers must report the same.
    engine (str): "local" (this machine) or "dask" (a Dask cluster).
    processes (int): local worker processes (1: this process), or local Dask workers.
    scheduler (str): address of a running Dask scheduler; a local cluster when None.
    nlp (Language): an already loaded pipeline for the single-process local engine.
    """
    if engine == "dask":
        from pipeline.dask_engine import dask_stream

        yield from dask_stream(releases, model, expected, scheduler=scheduler, workers=processes, batch_size=batch_size)
    elif processes > 1:
        yield from process_pool(releases, model, expected, processes, batch_size)
    else:
        if nlp is None:
            from pipeline.nlp import build_nlp

            nlp = build_nlp(model)
        for batch in batches(releases, batch_size):
            yield from process(nlp, batch, batch_size=len(batch))
