"""Memory at archive scale (`make bench MODE=scale`): peak resident memory of `extract` when
the corpus grows, with the model's cost out of the way.

1. Base: every release of the feeds (default: ../shared/corpus/bulk.jsonl and wire.jsonl) is
   extracted once into a base output folder; the first `--cold` of them (default 10,000) in
   a cold run of `--processes` workers, measured, then the rest (an incremental run).
2. For each size N (default 2,000, 10,000, 50,000): feed files of 1,000 releases each, N in
   all, the base releases repeated under new ids (`<id>-x2`, `<id>-x3`... from the second copy on), and a cache that
   already holds every one of them (the base record with its ids rewritten: extraction does
   not depend on a release's id), so the run is all cache hits and never loads the model:
   what is measured is reading the corpus and the cache and writing every output.

Each run is `python -m pipeline extract` in a fresh process; its peak resident memory is
`getrusage` of that process (and, for the cold run, of its largest worker).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Iterator

DEFAULT_FEEDS = (Path("../shared/corpus/bulk.jsonl"), Path("../shared/corpus/wire.jsonl"))
DEFAULT_SIZES = (2000, 10000, 50000)
FEED_LINES = 1000  # releases per feed file of a scale corpus (a feed file is read whole)
# Runs `python -m pipeline ARGS` and reports the peak memory of that process and of its children.
MEASURE = """
import json, resource, runpy, sys, time
sys.argv = ["python -m pipeline", *sys.argv[1:]]
began = time.perf_counter()
try:
    runpy.run_module("pipeline", run_name="__main__")
    status = 0
except SystemExit as exit:
    status = exit.code or 0
usage = lambda who: resource.getrusage(who).ru_maxrss / 1024
print(json.dumps({"status": status, "wall_s": time.perf_counter() - began,
                  "peak_mb": usage(resource.RUSAGE_SELF), "children_peak_mb": usage(resource.RUSAGE_CHILDREN)}), file=sys.stderr)
"""


def feed_lines(feeds: list[Path]) -> list[str]:
    """Every non-blank line of the feeds, in order."""
    lines = []
    for feed in feeds:
        with feed.open(encoding="utf-8") as handle:
            lines += [line.rstrip("\n") for line in handle if line.strip()]
    return lines


def measure(argv: list[str]) -> dict:
    """Run `python -m pipeline ARGV` in a fresh process: its exit status, wall time, peak memory, summary line."""
    proc = subprocess.run([sys.executable, "-c", MEASURE, *argv], capture_output=True, text=True)
    lines = proc.stderr.strip().splitlines()
    result = json.loads(lines[-1])
    result["summary"] = next((line for line in reversed(lines[:-1]) if " releases -> " in line), "")
    if result["status"] not in (0, 1):
        raise SystemExit(f"error: {' '.join(argv)} failed:\n{proc.stderr}")
    return result


def in_base(lines: list[str], base_out: Path) -> list[str]:
    """The feed lines whose release the base output folder's cache holds (an earlier run may
    have extracted only some of them: they are what gets repeated)."""
    import sqlite3

    with sqlite3.connect(base_out / ".cache" / "releases.sqlite3") as base:
        have = {row[0] for row in base.execute("SELECT json_extract(release, '$.id') FROM releases")}
    return [line for line in lines if json.loads(line)["id"] in have]


def copy_id(release_id: str, copy: int) -> str:
    return release_id if copy == 1 else f"{release_id}-x{copy}"


def repeated(lines: list[str], size: int) -> Iterator[tuple[str, str, dict]]:
    """`size` feed objects: the base lines again and again under new ids; (new id, base id, object)."""
    for n in range(size):
        row = json.loads(lines[n % len(lines)])
        base = row["id"]
        row["id"] = copy_id(base, n // len(lines) + 1)
        yield row["id"], base, row


def relabel(record: str, release_id: str) -> str:
    """A cached record (JSON) under another release id: the release's and every evidence's id."""
    data = json.loads(record)

    def walk(value):
        if isinstance(value, dict):
            if "release_id" in value:
                value["release_id"] = release_id
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    data["id"] = release_id
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def seed(folder: Path, lines: list[str], size: int, base_out: Path, model: str) -> Path:
    """A corpus of `size` releases in folder/corpus and an output folder whose cache holds them all."""
    import sqlite3

    from pipeline.cache import Cache, pipeline_version, source_key
    from pipeline.reading.corpus import scan_corpus

    corpus, out = folder / "corpus", folder / "out"
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.jsonl"):
        old.unlink()
    rows = list(repeated(lines, size))
    for start in range(0, size, FEED_LINES):  # an archive of feed files, FEED_LINES releases each
        with (corpus / f"feed-{start // FEED_LINES:05d}.jsonl").open("w", encoding="utf-8") as handle:
            for _, _, row in rows[start:start + FEED_LINES]:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    del rows
    base = sqlite3.connect(base_out / ".cache" / "releases.sqlite3")
    by_id = {}
    for release, record in base.execute("SELECT release, record FROM releases"):
        by_id[json.loads(release)["id"]] = (json.loads(release), record)
    label = base.execute("SELECT label FROM labels").fetchone()[0]
    cache = Cache(out, pipeline_version(model))
    db = cache.writable()
    sources, skipped = scan_corpus(corpus)
    assert not skipped, skipped
    for n, source in enumerate(sources):
        base_id = source.id.rsplit("-x", 1)[0] if source.id not in by_id else source.id
        fields, record = by_id[base_id]
        fields = {**fields, "id": source.id}
        db.execute("INSERT OR REPLACE INTO releases VALUES (?, ?, ?)",
                   (source_key(source, cache.version), json.dumps(fields, ensure_ascii=False), relabel(record, source.id)))
    cache.label = label
    cache.close()
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the scale mode of `bench`."""
    parser.add_argument("--feeds", type=Path, nargs="+", default=list(DEFAULT_FEEDS), help="JSONL feeds whose releases are repeated (default: bulk and wire)")
    parser.add_argument("--scale-sizes", default=",".join(map(str, DEFAULT_SIZES)), help="corpus sizes of the warm runs (default: %(default)s)")
    parser.add_argument("--cold", type=int, default=10000, help="releases of the measured cold run; 0 skips it (default: %(default)s)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/news-facts-scale"), help="folder for the corpora and outputs, several GB at 50,000 (default: %(default)s)")
    parser.add_argument("--base-out", type=Path, help="reuse this output folder of an earlier run on the feeds as the base (skips the cold run)")


def run_scale(args: argparse.Namespace) -> int:
    """Measure and print the table; figures to --json."""
    from pipeline.workflow import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    lines = feed_lines(args.feeds)
    report: dict = {"feeds": [str(f) for f in args.feeds], "base_releases": len(lines), "runs": []}
    base_out = args.base_out
    if base_out is None:
        base_out = args.work / "base-out"
        base = args.work / "base"
        base.mkdir(parents=True, exist_ok=True)
        if args.cold:
            (base / "feed.jsonl").write_text("\n".join(lines[: args.cold]) + "\n", encoding="utf-8")
            say(f"scale: cold run, {min(args.cold, len(lines))} releases, {args.processes} processes")
            cold = measure(["extract", "--corpus", str(base), "--out", str(base_out), "--processes", str(args.processes)])
            report["runs"].append({"run": f"cold, --processes {args.processes}", "releases": min(args.cold, len(lines)), **cold})
        (base / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        say(f"scale: the rest of the {len(lines)} base releases")
        measure(["extract", "--corpus", str(base), "--out", str(base_out), "--processes", str(args.processes), "--quiet"])
    lines = in_base(lines, base_out)
    report["base_releases"] = len(lines)
    for size in sorted(int(s) for s in args.scale_sizes.split(",") if s.strip()):
        folder = args.work / f"warm-{size}"
        say(f"scale: seeding a warm cache of {size} releases in {folder}")
        out = seed(folder, lines, size, base_out, model)
        say(f"scale: warm run, {size} releases")
        result = measure(["extract", "--corpus", str(folder / "corpus"), "--out", str(out)])
        sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
        report["runs"].append({"run": "warm (every release a cache hit)", "releases": size, **result, "output_mb": {k: round(v / 2**20, 1) for k, v in sorted(sizes.items())}})
    print(render_scale(report))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    say(f"figures written to {args.json}")
    return 0


def render_scale(report: dict) -> str:
    """The memory table."""
    out = [f"news-facts bench, scale: base {report['base_releases']} releases of {', '.join(report['feeds'])}", ""]
    out.append(f"{'run':36} {'releases':>9} {'wall s':>8} {'peak MB':>9} {'largest worker MB':>18}")
    for run in report["runs"]:
        worker = f"{run['children_peak_mb']:.0f}" if run["run"].startswith("cold") else "-"
        out.append(f"{run['run']:36} {run['releases']:>9} {run['wall_s']:>8.1f} {run['peak_mb']:>9.0f} {worker:>18}")
    for run in report["runs"]:
        if run.get("summary"):
            out.append(f"  {run['releases']}: {run['summary']}")
    return "\n".join(out)
