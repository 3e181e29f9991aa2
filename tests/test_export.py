"""Writing outputs: staged temporary files renamed in one go, stale ones cleaned up."""

from __future__ import annotations

import json
import os

import pytest

from pipeline import export
from pipeline.corpus import Skipped
from pipeline.records import Evidence, Facts, Person, Release


def test_facts_json_is_indented_utf8_json():
    evidence = Evidence(release_id="r", start=0, end=6, mention="Zoë Ó", sentence="Zoë Ó said “yes”.", sentence_start=0)
    facts = Facts(pipeline="p", releases=[Release(id="r", title="Ünïcode", people=[Person(name="Zoë Ó", evidence=[evidence])])])
    assert export.facts_json(facts) == json.dumps(facts.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def test_errors_csv_lists_skipped_inputs_by_file_and_line():
    skipped = [Skipped("c/feed.jsonl", "not JSON (Expecting value at column 1)", 12), Skipped("c/a.txt", "empty file", None, "a"), Skipped("c/feed.jsonl", "no 'id' field", 3)]
    assert export.errors_csv(skipped) == (
        "file,line,release_id,error\n"
        "c/a.txt,,a,empty file\n"
        "c/feed.jsonl,3,,no 'id' field\n"
        "c/feed.jsonl,12,,not JSON (Expecting value at column 1)\n"
    )


def test_write_files_replaces_every_file_and_leaves_no_temporary(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / ".a.txt.abc123.tmp").write_text("left by a killed run")
    export.write_files(tmp_path, {"a.txt": "new a", "b.txt": "new b"})
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]
    assert (tmp_path / "a.txt").read_text() == "new a"


def test_a_failure_while_staging_leaves_the_previous_files_untouched(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").write_text("old b")
    stage = export.stage

    def failing_stage(path, text):
        if path.name == "b.txt":
            raise KeyboardInterrupt
        return stage(path, text)

    monkeypatch.setattr(export, "stage", failing_stage)
    with pytest.raises(KeyboardInterrupt):
        export.write_files(tmp_path, {"a.txt": "new a", "b.txt": "new b"})
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]
    assert [(tmp_path / n).read_text() for n in ("a.txt", "b.txt")] == ["old a", "old b"]


def test_outputs_can_be_read_by_others(tmp_path):
    export.write_files(tmp_path, {"a.txt": "x"})
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o666 & ~export.UMASK
