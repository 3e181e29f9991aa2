"""Golden files: the extracted records of every corpus release outside the blind test part,
reviewed by hand.

The test part of corpus/gold/split.csv has no golden file: its outputs are scored only in
aggregate (`make eval`), never read record by record. Regenerate with `make regen`, then read
`git diff tests/` against the release text.
"""

from __future__ import annotations

import pytest

from pipeline.reading.corpus import read_corpus
from pipeline.evaluation.evaluate import load_split
from tests.conftest import CORPUS

BLIND = {release_id for release_id, part in load_split(CORPUS / "gold").items() if part == "test"}
RELEASES = [release for release in read_corpus(CORPUS) if release.id not in BLIND]


@pytest.fixture(scope="module")
def extracted(corpus_extracted):
    """Every corpus release outside the test part, extracted in the session's one pass, by id."""
    _, records = corpus_extracted
    return {release.id: release for release in records if release.id not in BLIND}


@pytest.mark.parametrize("release_id", [r.id for r in RELEASES])
def test_release_matches_golden_file(release_id, extracted, data_regression):
    data_regression.check(extracted[release_id].model_dump(mode="json"), basename=release_id)
