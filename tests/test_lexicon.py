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


@pytest.mark.parametrize(
    ("verb", "present", "past", "gerund"),
    [
        ("join", "joins", "joined", "joining"),
        ("agree", "agrees", "agreed", "agreeing"),
        ("serve", "serves", "served", "serving"),
        ("pass", "passes", "passed", "passing"),
        ("launch", "launches", "launched", "launching"),
        ("ratify", "ratifies", "ratified", "ratifying"),
        ("stay", "stays", "stayed", "staying"),
        ("tie", "ties", "tied", "tying"),
        ("plan", "plans", "planned", "planning"),
        ("open", "opens", "opened", "opening"),
        ("chair", "chairs", "chaired", "chairing"),
        ("co-host", "co-hosts", "co-hosted", "co-hosting"),
        ("co-found", "co-founds", "co-founded", "co-founding"),
    ],
)
def test_regular_verb_forms_follow_english_spelling(verb, present, past, gerund):
    assert lexicon.inflections(verb) == {"base": (verb,), "present": (present,), "past": (past,), "participle": (past,), "gerund": (gerund,)}


def test_irregular_verb_forms_come_from_the_pattern_file():
    assert lexicon.forms_of("be") == {"be", "am", "is", "are", "was", "were", "been", "being"}
    assert lexicon.inflections("swear")["participle"] == ("sworn",)
    assert lexicon.forms_of("hold", ("past",)) == {"held"}


def test_verb_forms_of_a_file_can_be_limited_to_some_kinds():
    founded = lexicon.verb_forms("founding_verbs", ("past", "participle"))
    assert founded == {"founded", "co-founded", "cofounded"}
    assert "found" not in founded  # also the past of "find"
    assert {"rejoin", "rejoins", "rejoined", "rejoining"} <= lexicon.verb_forms("join_verbs")
    with pytest.raises(ValueError, match="unknown verb forms"):
        lexicon.forms_of("join", ("future",))


def test_irregular_verb_row_needs_four_slots(tmp_path, monkeypatch):
    (tmp_path / "verb_irregulars.jsonl").write_text('{"text": "go", "value": "goes went gone"}\n', encoding="utf-8")
    monkeypatch.setattr(lexicon, "PATTERNS_DIR", tmp_path)
    lexicon.entries.cache_clear()
    lexicon._irregular_verbs.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"verb_irregulars.jsonl: 'go': expected 4 slots"):
            lexicon.inflections("go")
    finally:
        lexicon.entries.cache_clear()
        lexicon._irregular_verbs.cache_clear()
