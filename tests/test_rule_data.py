"""nlp.load_rule_data: the rule components' lazily read data is loaded with the model."""

from __future__ import annotations

from pipeline.extraction import lexicon
from pipeline.extraction.components import dates, given_names
from pipeline.extraction.nlp import load_rule_data


def test_load_rule_data_reads_every_pattern_file_and_the_name_lists():
    for cached in (lexicon.entries, lexicon.words, lexicon.lower_words):
        cached.cache_clear()
    given_names.surnames.cache_clear()
    load_rule_data()
    assert lexicon.entries.cache_info().currsize == len(lexicon.all_files()) > 10
    assert given_names.surnames.cache_info().currsize == 1 and "SMITH" in given_names.surnames()
    assert dates.parse_single("1 January 2000") == "2000-01-01"
