"""The ILO release end to end against its hand-annotated gold file, record type by record type,
with FACTS.md's comparison rules (pipeline.evaluation.evaluate): nothing missed, nothing extra."""

from __future__ import annotations

import json

import pytest

from pipeline.reading.corpus import read_release
from pipeline.evaluation.evaluate import score_release
from pipeline.extraction.run import process
from tests.conftest import CORPUS

RELEASE_ID = "ilo-sse-summit-2025"


@pytest.fixture(scope="module")
def results(nlp):
    release = read_release(CORPUS / f"{RELEASE_ID}.txt")
    output = next(process(nlp, [release])).model_dump(mode="json")
    gold = json.loads((CORPUS / "gold" / f"{RELEASE_ID}.json").read_text(encoding="utf-8"))
    return score_release(output, gold)


@pytest.mark.parametrize(
    "record_type",
    ["people", "organizations", "roles", "resolutions", "dated resolutions", "events"],
)
def test_matches_gold(results, record_type):
    result = results[record_type]
    assert (result.missed, result.extra) == ([], [])
