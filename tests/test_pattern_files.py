"""Pattern files are data the code really uses: each one is loaded by name somewhere in the
pipeline, and none repeats a row."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.extraction import lexicon

PIPELINE_SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in Path(lexicon.__file__).parent.rglob("*.py"))


@pytest.mark.parametrize("name", lexicon.all_files())
def test_pattern_file_is_loaded_by_name_in_the_pipeline(name):
    assert f'"{name}"' in PIPELINE_SOURCE, f"patterns/{name}.jsonl is loaded by nothing"


@pytest.mark.parametrize("name", lexicon.all_files())
def test_pattern_file_has_no_duplicate_rows(name):
    repeated = [row for row, n in Counter(lexicon.entries(name)).items() if n > 1]
    assert repeated == []
