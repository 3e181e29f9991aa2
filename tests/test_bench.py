"""The benchmark (pipeline.evaluation.bench) on a tiny bulk file: figures, breakdown and JSON, not speed."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluation.bench import OUTSIDE, instrument, read_bulk, write_release_file
from pipeline.cli import main
from pipeline.reading.corpus import read_release
from pipeline.extraction.nlp import DEFAULT_MODEL, RULE_COMPONENTS, build_nlp
from pipeline.extraction.run import process
from tests.conftest import CORPUS

IDS = ["wh-00337", "state-00139", "state-00021"]


@pytest.fixture(scope="module")
def bulk(tmp_path_factory):
    """Three corpus releases as a bulk JSONL file."""
    path = tmp_path_factory.mktemp("bulk") / "bulk.jsonl"
    lines = []
    for release_id in IDS:
        r = read_release(CORPUS / f"{release_id}.txt")
        lines.append(json.dumps({"id": r.id, "title": r.title, "date": r.date, "source": r.source, "url": r.url, "text": r.text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bulk_release_copied_to_a_corpus_file_reads_back_the_same(bulk, tmp_path):
    rows = read_bulk(bulk, 2)
    assert [row["id"] for row in rows] == IDS[:2]
    path = write_release_file(rows[1], tmp_path, 1)
    assert path.name == "000001-state-00139.txt"
    copied, original = read_release(path), read_release(CORPUS / "state-00139.txt")
    assert (copied.text, copied.title, copied.date, copied.source, copied.url) == (original.text, original.title, original.date, original.source, original.url)


def test_bulk_lines_without_text_are_refused(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.jsonl: every line needs an 'id' and a 'text'"):
        read_bulk(path, 5)


def test_clocked_pipeline_gives_the_same_records_and_times_every_stage(nlp):
    releases = [read_release(CORPUS / f"{i}.txt") for i in IDS]
    timed = build_nlp(DEFAULT_MODEL)
    clock = instrument(timed)
    assert list(process(timed, releases)) == list(process(nlp, releases))
    assert set(clock.seconds) == {"tokenizer", *timed.pipe_names, OUTSIDE}
    assert clock.stack == [OUTSIDE]


def test_bench_prints_and_writes_the_figures(bulk, tmp_path, capsys, nlp):
    out = tmp_path / "bench.json"
    assert main(["bench", "--bulk", str(bulk), "-n", "3", "--processes", "2", "--sizes", "3", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    words = sum(len(nlp.make_doc(read_release(CORPUS / f"{i}.txt").text)) for i in IDS)
    assert (report["releases"], report["words"]) == (3, words)
    assert report["pipeline"]["releases"] == report["processes"]["releases"] == 3
    assert report["processes"]["processes"] == 2 and report["processes"]["workers_cpu_s"] > 0
    stages = {row["stage"]: row["kind"] for row in report["breakdown"]}
    assert {name for name, kind in stages.items() if kind == "rule"} == {"news_paragraphs", *RULE_COMPONENTS}
    assert {"tok2vec", "parser", "ner", "tokenizer"} <= {name for name, kind in stages.items() if kind == "model"}
    assert "lemmatizer" not in stages and "lemmatizer" in {row["stage"] for row in report["bare_breakdown"]}
    assert set(report["targets"]) == {"ratio", "speedup", "peak_rss_mb", "rule_share"}
    assert [row["releases"] for row in report["scaling"]] == [3]
    printed = capsys.readouterr().out
    assert report["bare_backend"]["words"] == report["bare"]["words"] == words
    assert "bare spaCy (all comp.)" in printed and "bare, pipeline backend" in printed and "model backend" in printed and "pipeline, 2 processes" in printed and "cores busy" in printed
    assert "news_people" in printed
