"""Where extraction runs: this process, a pool of local processes, or a Dask cluster.

Every engine takes releases as a stream and yields their records in release order. The
releases are cut into batches (at most `batch_size` releases and BATCH_CHARS characters), one
`nlp.pipe` batch each and one task for a worker, so every engine runs the model on the same
batches and writes the same bytes. The model's working memory grows with the text of a
batch, so the character cap bounds it whatever the releases' lengths; at most a few batches
per worker are in flight, so memory stays flat however large the corpus.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language

from pipeline.engines.dask_cluster import dask_stream
from pipeline.engines.processes import process_pool
from pipeline.engines.workers import EngineError, batches  # noqa: F401 - EngineError: what callers of an engine catch
from pipeline.extraction.nlp import build_nlp, installed_model_id, model_id
from pipeline.extraction.records import Release
from pipeline.extraction.run import BATCH_SIZE, process_safely
from pipeline.reading.release import ReleaseText

ENGINES = ("local", "dask")


def load_for(model: str, engine: str = "local", processes: int = 1) -> tuple[Optional[Language], str]:
    """Prepare a run: the pipeline when this process runs it (else None: workers load it), and
    the model id that labels the outputs. Raises ModelError for a model that cannot be loaded."""
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
) -> Iterator[Union[Release, Exception]]:
    """Records of every release, in order, from the chosen engine; a release whose extraction
    raises gives its exception in its place, on every engine (one skipped release, not the end
    of the run).

    releases (Iterable[ReleaseText]): read lazily, a few chunks ahead of the results.
    model (str): spaCy pipeline name or path, loaded by each worker.
    expected (str): model id the outputs are labelled with; workers must report the same.
    engine (str): "local" (this machine) or "dask" (a Dask cluster).
    processes (int): local worker processes (1: this process), or local Dask workers.
    scheduler (str): address of a running Dask scheduler; a local cluster when None.
    nlp (Language): the pipeline `load_for` loaded in this process: this process runs it.
    """
    if nlp is None and engine == "local" and processes <= 1:
        nlp = build_nlp(model)
    if nlp is not None:
        for batch in batches(releases, batch_size):
            yield from (result for _, result in process_safely(nlp, batch, batch_size=len(batch)))
    elif engine == "dask":
        yield from dask_stream(releases, model, expected, scheduler=scheduler, workers=processes, batch_size=batch_size)
    else:
        yield from process_pool(releases, model, expected, processes, batch_size)
