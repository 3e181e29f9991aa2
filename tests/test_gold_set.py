"""The gold set itself: every gold file is listed in the split, has its release text, and is
consistent within itself; the blind test part is at least a third, drawn from every source."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline.evaluation.evaluate import load_split, normalize, source_of
from tests.conftest import CORPUS

GOLD = CORPUS / "gold"
FILES = sorted(GOLD.glob("*.json"))
SPLIT = load_split(GOLD)


def test_split_lists_exactly_the_gold_files_and_each_has_its_text():
    assert set(SPLIT) == {path.stem for path in FILES}
    assert all((CORPUS / f"{release_id}.txt").is_file() for release_id in SPLIT)


def test_test_part_is_a_third_and_covers_every_source_with_more_than_one_release():
    parts = Counter(SPLIT.values())
    assert 3 * parts["test"] >= len(SPLIT)
    sources = Counter(source_of(r) for r in SPLIT)
    tested = {source_of(r) for r, part in SPLIT.items() if part == "test"}
    assert tested == {s for s, n in sources.items() if n > 1}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_is_consistent(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["id"] == path.stem
    assert gold.get("note"), "every gold file says what it annotates and what was settled"
    people = {normalize(p["name"]) for p in gold["people"]}
    for role in gold["roles"]:
        assert normalize(role["person"]) in people, role
        assert role["title"], role
    for resolution in gold["resolutions"]:
        assert resolution["kind"] == resolution["kind"].lower(), resolution
    for event in gold["events"]:
        assert event["name"] and (event.get("start") or "") <= (event.get("end") or "9999"), event
