"""Records per type per 1,000 words, by source: where a type is near zero on one source, the
rules have a recall hole there that gold files may not show.

Run as ``python -m pipeline density OUT [OUT ...]`` on the output folders of `extract`
(each needs facts.json and texts.jsonl).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from pipeline.evaluation.evaluate import source_of

RECORD_KEYS: tuple[str, ...] = ("people", "organizations", "roles", "resolutions", "events")


def density(out_dirs: list[Path]) -> dict[str, dict[str, float]]:
    """{source: {"releases", "words", record type: records per 1,000 words}} over the folders."""
    words: dict[str, int] = defaultdict(int)
    releases: dict[str, int] = defaultdict(int)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for out in out_dirs:
        with (out / "texts.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                words[source_of(row["id"])] += len(row["text"].split())
        for release in json.loads((out / "facts.json").read_text(encoding="utf-8"))["releases"]:
            source = source_of(release["id"])
            releases[source] += 1
            for key in RECORD_KEYS:
                counts[source][key] += len(release.get(key) or [])
    return {
        source: {"releases": releases[source], "words": words[source], **{k: 1000 * counts[source][k] / max(words[source], 1) for k in RECORD_KEYS}}
        for source in sorted(releases)
    }


def render(table: dict[str, dict[str, float]]) -> str:
    """Markdown table: source | releases | words | records per 1,000 words per type."""
    lines = ["| source | releases | words | " + " | ".join(RECORD_KEYS) + " |", "| --- |" + " ---: |" * (2 + len(RECORD_KEYS))]
    for source, row in table.items():
        cells = " | ".join(f"{row[k]:.2f}" for k in RECORD_KEYS)
        lines.append(f"| {source} | {row['releases']:,} | {row['words']:,} | {cells} |")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m pipeline density`."""
    parser.add_argument("outputs", type=Path, nargs="+", help="output folders of `extract` (facts.json and texts.jsonl)")


def run(args: argparse.Namespace) -> int:
    """Print the density table."""
    missing = [str(o) for o in args.outputs if not (o / "facts.json").is_file() or not (o / "texts.jsonl").is_file()]
    if missing:
        print(f"error: no facts.json and texts.jsonl in: {', '.join(missing)} (run `make extract` into them first)", file=sys.stderr)
        return 2
    print(render(density(args.outputs)))
    return 0
