"""One extract run, top to bottom: `extract_corpus(request, say)`, which `extract` calls.

1. Check the request, find the releases of CORPUS (read one at a time, later) and lock OUT.
2. Open OUT's cache and look every release up: a hit is counted, a release that failed before
   is skipped again, the others are parsed (or skipped when they cannot be).
3. Start the engine (spaCy loads only now) and extract the misses into the cache, committed as
   they come (pipeline.engines runs the batches; pipeline.extraction.run runs one batch).
4. Write the outputs as one set from the cache, unless OUT already holds exactly these.
5. Return a RunSummary; a run that stops early raises a RunStopped naming why.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from tqdm import tqdm

from pipeline import DEFAULT_MODEL, __version__
from pipeline.cache import Cache, CacheLocked, pipeline_version, run_key, source_key
from pipeline.extraction.records import RECORD_TYPES, Release
from pipeline.outputs.outlock import OutputsBusy, locked
from pipeline.progress import RunStats, progress_bar
from pipeline.reading.corpus import ignored_paths, iter_sources, parse_source
from pipeline.reading.release import ReleaseError, ReleaseText, Skipped, Source

DISK_FULL = (errno.ENOSPC, errno.EDQUOT)

Say = Callable[[str], None]


@dataclass(frozen=True)
class ExtractRequest:
    """What to extract and how: the options of `extract`."""

    corpus: Path
    out: Path
    model: str = DEFAULT_MODEL
    strict: bool = False  # any skipped input stops the run: nothing written
    read_cache: bool = True  # False: re-extract every release
    quiet: bool = False  # no progress bars
    allow_empty: bool = False  # a run that reads no release may replace outputs that hold some
    engine: str = "local"  # or "dask"
    processes: int = 1  # 0: one per core
    scheduler: Optional[str] = None  # a running Dask scheduler's address
    batch_size: Optional[int] = None  # None: pipeline.extraction.run.BATCH_SIZE


@dataclass
class RunSummary:
    """What a run did: its counts (releases, records by type, cache hits, time), the inputs it
    skipped and the files it ignored for their suffix."""

    stats: RunStats
    skipped: list[Skipped]
    ignored: list[Path]


class RunStopped(Exception):
    """A run that ended without writing outputs (those in OUT are left as they were); str() is
    the line that says why. The subclasses say what stopped it."""


class BadRequest(RunStopped):
    """Corpus folder missing, OUT is the corpus, bad engine options, model or engine cannot start."""


class StrictSkips(RunStopped):
    """The request is strict and some input was skipped."""


class CannotWrite(RunStopped):
    """OUT is a file, or permission denied, or a read-only file system."""


class DiskFull(RunStopped):
    """No space left on the device of OUT."""


class Busy(RunStopped):
    """Another run holds OUT's lock, or another process its cache."""


class NothingRead(RunStopped):
    """No release could be read, and OUT holds releases (not replaced unless allow_empty)."""


class Interrupted(RunStopped):
    """Ctrl-C; the releases extracted so far are cached."""


def extract_corpus(request: ExtractRequest, say: Say) -> RunSummary:
    """Extract every release of the corpus (unchanged ones from the cache) and write the outputs,
    holding the lock of OUT. `say` gets the notes, warnings and skipped inputs, one line each.
    Errors of the machine (full disk, read-only OUT, a lock held elsewhere) stop the run too."""
    out = request.out
    if out.resolve() == request.corpus.resolve():
        raise BadRequest("error: --out must not be the corpus folder (outputs would be read as releases)")
    try:
        options, note = engine_options(request)
        skipped: list[Skipped] = []
        sources = iter_sources(request.corpus, skipped)  # read one at a time: only the misses are kept
        ignored = ignored_paths(request.corpus)
    except ValueError as err:  # ReleaseError is one
        raise BadRequest(f"error: {err}") from None
    if out.exists() and not out.is_dir():
        raise CannotWrite(f"error: --out {out} is a file, not a folder: nothing written")
    if note:
        say(note)
    if ignored:
        say(f"note: {len(ignored)} file(s) in {request.corpus} ignored for their suffix (read: .txt .md .html .htm .jsonl): {', '.join(p.name for p in ignored)}")
    try:
        with locked(out):
            return extract_locked(request, options, sources, skipped, ignored, say)
    except OutputsBusy as err:
        raise Busy(f"error: {err}: wait for it to end, or pick another --out") from None
    except CacheLocked as err:
        raise Busy(f"error: {err}: the outputs in {out}/ are left as they were") from None
    except (OSError, sqlite3.Error) as err:
        if isinstance(err.__context__, RunStopped):  # it had stopped, then closing the cache failed
            say(str(err.__context__))
        raise environment_error(err, out) from None


def extract_locked(request: ExtractRequest, options: dict, sources: Iterable[Source], skipped: list[Skipped], ignored: list[Path], say: Say) -> RunSummary:
    """The run itself, once OUT is locked (steps 2 to 4 of the module docstring)."""
    stats = RunStats()
    cache = Cache(request.out, pipeline_version(request.model), read=request.read_cache, warn=lambda line: above_the_bars(say, line))
    try:
        keys, results, todo = look_up(cache, sources, skipped, show=not request.quiet and sys.stderr.isatty())
        if request.strict and skipped:
            stop_strict(skipped, f"error: {len(skipped)} input(s) skipped and --strict is set: no outputs written", say)
        stats.cache_hits = len(results)
        if todo or cache.label is None:
            nlp, used = start_engine(request.model, options)
            cache.label = f"news-facts {__version__} with {used}"
            failed = extract_into(nlp, used, request.model, options, cache, todo, results, request.quiet)
            skipped += failed
            if request.strict and failed:
                stop_strict(skipped, f"error: {len(failed)} release(s) failed and --strict is set: no outputs written", say)
        say_skipped(skipped, say)
        done = [key for key in keys if key in results]
        before = previous_releases(request.out)
        if not done and before and not request.allow_empty:
            raise NothingRead(
                f"error: no release could be read from {request.corpus} ({len(skipped)} input(s) skipped, {len(ignored)} file(s) ignored for their suffix): "
                f"the outputs in {request.out}/ hold {before} release(s) and are left as they were (--allow-empty replaces them)"
            )
        write_outputs(request.out, cache, done, skipped)
        cache.keep_only(keys)
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted: the outputs in {request.out}/ are left as they were; releases extracted so far are cached") from None
    except RuntimeError as err:  # an engine failing mid-run (EngineError) or a worker's exception
        raise BadRequest(f"error: {err}") from None
    finally:
        cache.close()
    for key in done:
        stats.releases += 1
        for kind, count in zip(stats.records, results[key]):
            stats.records[kind] += count
    stats.skipped = len(skipped)
    stats.finish()
    return RunSummary(stats, skipped, ignored)


# -- Step 1: the request ---------------------------------------------------------------------------


def cores() -> int:
    """CPU cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def engine_options(request: ExtractRequest) -> tuple[dict, Optional[str]]:
    """Keyword arguments of `pipeline.engines.extract_stream` from the request (batch_size None:
    pipeline.extraction.run.BATCH_SIZE), and a note when processes was capped at the cores (each
    worker holds a model: more of them cost memory and gain no speed). RETURNS the options and
    the note, or raises ValueError."""
    if request.processes < 0:
        raise ValueError("--processes must be 0 (one per core) or more")
    if request.scheduler and request.engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    if request.batch_size is not None and request.batch_size < 1:
        raise ValueError("--batch-size must be 1 or more")
    processes, note = request.processes or cores(), None
    if processes > cores() and not request.scheduler:  # a remote cluster's workers are not ours to count
        processes, note = cores(), f"note: --processes {request.processes} capped at {cores()}, the CPU cores this process may use (more workers would only cost memory)"
    return {"engine": request.engine, "processes": processes, "scheduler": request.scheduler, "batch_size": request.batch_size}, note


# -- Step 2: what the cache holds ------------------------------------------------------------------


def look_up(cache: Cache, sources: Iterable[Source], skipped: list[Skipped], show: bool) -> tuple[list[str], dict[str, tuple[int, ...]], list]:
    """Read the sources (a bar when `show`) and look each up in the cache. Adds to `skipped` the
    releases that failed before and those that cannot be parsed.

    RETURNS (tuple): every release's key in corpus order; the record counts of the cache hits by
        key (only counts stay in memory: texts and records are in the cache, on disk); and the
        (key, source, release) triples of the misses, to extract.
    """
    keys, results, todo = [], {}, []
    for source in tqdm(sources, unit="release", disable=not show, desc="read", leave=False):
        key = source_key(source, cache.version)
        keys.append(key)
        hit = cache.get(key, source)
        if hit:
            results[key] = record_counts(hit[1])
            continue
        failure = cache.failure(key)
        if failure:
            skipped.append(Skipped(source.path, failure, source.line, source.id))
            continue
        try:
            todo.append((key, source, parse_source(source)))
        except ReleaseError as err:
            skipped.append(Skipped(source.path, err.reason, source.line, source.id))
    return keys, results, todo


def record_counts(release: Release) -> tuple[int, ...]:
    """How many records of each type (RECORD_TYPES order) a release has."""
    return tuple(len(getattr(release, kind)) for kind in RECORD_TYPES)


# -- Step 3: extract the misses --------------------------------------------------------------------


def start_engine(model: str, options: dict) -> tuple:
    """The pipeline (when this process runs it, else None) and the model id; raises BadRequest
    when the model or engine cannot start."""
    # Imported here: pipeline.engines and pipeline.extraction.nlp import spaCy (about a second),
    # which a run served from the cache never needs.
    from pipeline.engines import EngineError, load_for
    from pipeline.extraction.nlp import ModelError

    try:
        return load_for(model, options["engine"], options["processes"])
    except (ModelError, EngineError) as err:
        raise BadRequest(f"error: {err}") from None


def extract_into(nlp, used: str, model: str, options: dict, cache: Cache, todo: list, results: dict, quiet: bool) -> list[Skipped]:
    """Extract the releases of `todo` ((key, source, release) triples) into `results` (record
    counts) and the cache, committing the cache every BATCH_SIZE releases. A release whose
    extraction raises is skipped, on every engine (pipeline.engines).

    RETURNS (list): a Skipped entry for each release whose extraction raised.
    """
    # Imported here, as in start_engine: they import spaCy.
    from pipeline.engines import extract_stream
    from pipeline.extraction.run import BATCH_SIZE

    options = {**options, "batch_size": options["batch_size"] or BATCH_SIZE}
    releases: list[ReleaseText] = [release for _, _, release in todo]
    outcomes = extract_stream(releases, model, used, nlp=nlp, **options)
    failed = []
    # The bar first: zip stops on it, so it sees its end and shows the last release done.
    for n, (result, (key, source, release)) in enumerate(zip(progress_bar(outcomes, len(todo), quiet), todo), start=1):
        if isinstance(result, Exception):
            reason = " ".join(f"extraction failed: {type(result).__name__}: {result}".split())  # one line
            failed.append(Skipped(source.path, reason, source.line, source.id))
            cache.fail(key, reason)
        else:
            results[key] = record_counts(result)
            cache.put(key, release, result)
        if n % BATCH_SIZE == 0:
            cache.commit()
    return failed


# -- Step 4: the outputs ---------------------------------------------------------------------------


def write_outputs(out: Path, cache: Cache, done: list[str], skipped: list[Skipped]) -> None:
    """Write the outputs of the releases under `done` (in order) as one set, read one at a time
    from the cache, unless OUT holds exactly what the same run wrote before."""
    # Imported here: pandas takes 0.3 s to import, which `--help` (pipeline.cli imports this
    # module) and a rerun that finds its outputs intact do not need.
    from pipeline.outputs.export import write_stream

    run = run_key(cache.version, done, sorted(str(item) for item in skipped))
    if cache.outputs_intact(out, run):
        return
    cache.commit()
    stored = ((record, text) for text, record in map(cache.stored, done))
    written = write_stream(out, cache.label, stored, skipped=skipped)
    cache.wrote(out, run, written)


def previous_releases(out: Path) -> int:
    """How many releases the outputs in `out` hold (lines of facts.jsonl; 0 when none)."""
    try:
        with (out / "facts.jsonl").open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0


# -- What the run says, and how it stops -----------------------------------------------------------


def say_skipped(skipped: list[Skipped], say: Say) -> None:
    """One line per skipped input, in file and line order (the order of errors.csv)."""
    for item in sorted(skipped, key=lambda item: (item.path, item.line or 0)):
        say(f"skipped {item}")


def stop_strict(skipped: list[Skipped], line: str, say: Say) -> None:
    """List the skipped inputs and raise StrictSkips with `line`."""
    say_skipped(skipped, say)
    raise StrictSkips(line)


def above_the_bars(say: Say, line: str) -> None:
    """`say` a line above the progress bars on stderr (they are drawn again below it)."""
    with tqdm.external_write_mode(file=sys.stderr):
        say(line)


def environment_error(err: Exception, out: Path) -> RunStopped:
    """The error for a trouble of the machine, not of the corpus: a disk full, a folder that
    cannot be written, a lock held elsewhere."""
    kept = f"the outputs in {out}/ are left as they were"
    if isinstance(err, sqlite3.Error):
        detail = " ".join(str(err).split())
        where = out / ".cache" / "releases.sqlite3"
        if "full" in detail:
            return DiskFull(f"error: no space left on the device of {where} ({detail}): {kept}")
        if "locked" in detail:
            return Busy(f"error: the cache {where} is locked by another process ({detail}): {kept}")
        return CannotWrite(f"error: cannot write the cache {where} ({detail}): {kept}")
    path = err.filename or out
    cause = err.strerror or str(err)
    if err.errno in DISK_FULL:
        return DiskFull(f"error: no space left on the device of {path} ({cause}): {kept}")
    return CannotWrite(f"error: cannot write {path} ({cause}): {kept}")
