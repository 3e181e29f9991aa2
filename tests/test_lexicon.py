"""Word lists (pipeline/extraction/lexicon.py, pipeline/extraction/patterns/*.jsonl), token predicates
(pipeline/extraction/components/tokens.py) and paragraph sentence breaks (pipeline/extraction/components/paragraphs.py)."""

from __future__ import annotations

import pytest

from pipeline.extraction import lexicon
from pipeline.extraction.contract import TEXT as TEXT_KEY
from pipeline.extraction.components.tokens import clean_text, doc_text, is_acronym_like


@pytest.mark.parametrize("name", lexicon.all_files())
def test_every_pattern_file_is_valid_and_not_empty(name):
    rows = lexicon.entries(name)
    assert rows
    assert all(text and value for text, value in rows)


def test_value_defaults_to_text_and_comments_are_skipped(tmp_path, monkeypatch):
    (tmp_path / "demo.jsonl").write_text('{"comment": "why"}\n{"text": "UN", "value": "United Nations"}\n\n{"text": "Unit"}\n', encoding="utf-8")
    monkeypatch.setattr(lexicon, "PATTERNS_DIR", tmp_path)
    lexicon.entries.cache_clear()
    try:
        assert lexicon.entries("demo") == (("UN", "United Nations"), ("Unit", "Unit"))
    finally:
        lexicon.entries.cache_clear()


def test_phrases_are_split_into_words_longest_first(tmp_path, monkeypatch):
    (tmp_path / "demo.jsonl").write_text('{"text": "At Large"}\n{"text": "ad interim"}\n{"text": "At Large Of The"}\n', encoding="utf-8")
    monkeypatch.setattr(lexicon, "PATTERNS_DIR", tmp_path)
    lexicon.entries.cache_clear()
    lexicon.phrases.cache_clear()
    try:
        assert lexicon.phrases("demo") == (("At", "Large", "Of", "The"), ("At", "Large"), ("ad", "interim"))
        assert lexicon.phrases("demo", lower=True) == (("at", "large", "of", "the"), ("ad", "interim"), ("at", "large"))
    finally:
        lexicon.entries.cache_clear()
        lexicon.phrases.cache_clear()


def test_the_pipeline_keeps_each_doc_s_text(nlp):
    doc = nlp("Guy Ryder, Director-General of the ILO,  spoke.\n\nHe left.")
    assert doc_text(doc) == doc.text == "Guy Ryder, Director-General of the ILO,  spoke.\n\nHe left."
    assert doc.user_data[TEXT_KEY] is doc_text(doc)
    bare = nlp.make_doc("No text kept.")
    del bare.user_data[TEXT_KEY]
    assert doc_text(bare) == "No text kept."


@pytest.mark.parametrize(
    ("line", "message"),
    [("not json", r"demo.jsonl:2: not JSON"), ('{"text": ""}', r"demo.jsonl:2: expected"), ('{"text": "x", "kind": "y"}', r"demo.jsonl:2: expected")],
)
def test_bad_pattern_row_names_file_and_line(tmp_path, monkeypatch, line, message):
    (tmp_path / "demo.jsonl").write_text('{"text": "ok"}\n' + line + "\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "PATTERNS_DIR", tmp_path)
    lexicon.entries.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=message):
            lexicon.entries("demo")
    finally:
        lexicon.entries.cache_clear()


@pytest.mark.parametrize(("text", "expected"), [("ILO", True), ("U.S.", True), ("COOP/SSE", True), ("UNHCR-USA", True), ("COP27", True), ("Ilo", False), ("A", False), ("the", False)])
def test_acronym_like(text, expected):
    assert is_acronym_like(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  Cooperative ,  Social Unit ", "Cooperative, Social Unit"), ("the ILO's", "the ILO"), ("( ENTERPRISES )", "(ENTERPRISES)"), ("Summit ,", "Summit")],
)
def test_clean_text(text, expected):
    assert clean_text(text) == expected


def test_paragraph_break_starts_a_sentence(nlp):
    doc = nlp("B. Todd Jones, U.S. Attorney, District of Minnesota, Chair\nPaul J. Fishman, U.S. Attorney, District of New Jersey")
    assert [s.text.strip() for s in doc.sents] == [
        "B. Todd Jones, U.S. Attorney, District of Minnesota, Chair",
        "Paul J. Fishman, U.S. Attorney, District of New Jersey",
    ]
