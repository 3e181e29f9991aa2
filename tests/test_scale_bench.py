"""bench --scale (pipeline/evaluation/scale_bench.py): the repeated corpus and the relabelled cache records."""

from __future__ import annotations

import json

from pipeline.extraction.records import Evidence, Person, Release
from pipeline.evaluation.scale_bench import relabel, repeated


def test_releases_repeat_under_new_ids():
    lines = [json.dumps({"id": "a", "text": "A."}), json.dumps({"id": "b", "text": "B."})]
    assert [(new, base) for new, base, _ in repeated(lines, 5)] == [("a", "a"), ("b", "b"), ("a-x2", "a"), ("b-x2", "b"), ("a-x3", "a")]
    assert [row["text"] for _, _, row in repeated(lines, 3)] == ["A.", "B.", "A."]


def test_a_cached_record_is_relabelled_everywhere():
    ev = Evidence(release_id="a", start=0, end=3, mention="Ann", sentence="Ann.", sentence_start=0)
    record = Release(id="a", people=[Person(name="Ann", evidence=[ev])], evidence=[ev]).model_dump_json()
    moved = Release.model_validate_json(relabel(record, "a-x2"))
    assert moved.id == "a-x2"
    assert {e.release_id for e in [*moved.evidence, *moved.people[0].evidence]} == {"a-x2"}
    assert moved.people[0].name == "Ann"
