"""The hand-built Docs the rule tests run on (tests/handbuilt.py), and the guard that keeps the
trained pipeline out of them (tests/rules/conftest.py)."""

from __future__ import annotations

import pytest

from pipeline.extraction.nlp import build_nlp
from tests.handbuilt import make_doc, parse
from tests.rules.conftest import ModelLoaded

WORDS = ["Guy", "Ryder", "spoke", ".", "He", "left", "."]
TEXT = "Guy Ryder spoke. He left."
DEPS = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
POS = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"]


def test_loading_the_model_fails_in_a_rule_test():
    """The autouse guard: a rule test that loads the trained pipeline fails."""
    with pytest.raises(ModelLoaded, match="build the Doc by hand"):
        build_nlp()


def test_heads_as_indices_or_offsets_and_entities_as_ranges_or_tags_build_the_same_doc():
    """Absolute heads and (start, end, label) entities, relative heads and BILUO tags, and a table
    all give one parse; its sentences are those of the tree."""
    by_index = make_doc(WORDS, text=TEXT, heads=[1, 2, 2, 2, 5, 5, 5], deps=DEPS, pos=POS, ents=[(0, 2, "PERSON")])
    by_offset = make_doc(WORDS, text=TEXT, heads=[1, 1, 0, -1, 1, 0, -1], relative_heads=True, deps=DEPS, pos=POS,
                         ents=["B-PERSON", "L-PERSON", "O", "O", "O", "O", "O"], sent_starts=[1, 0, 0, 0, 1, 0, 0])
    by_table = parse(TEXT, """
        0 Guy   PROPN NNP compound 1 B-PERSON
        1 Ryder PROPN NNP nsubj    2 I-PERSON
        2 spoke VERB  VBD ROOT     2 O
        3 .     PUNCT .   punct    2 O
        4 He    PRON  PRP nsubj    5 O
        5 left  VERB  VBD ROOT     5 O
        6 .     PUNCT .   punct    5 O
    """)
    for doc in (by_index, by_offset, by_table):
        assert doc.text == TEXT
        assert [t.head.i for t in doc] == [1, 2, 2, 2, 5, 5, 5]
        assert [(e.text, e.label_) for e in doc.ents] == [("Guy Ryder", "PERSON")]
        assert [s.text for s in doc.sents] == ["Guy Ryder spoke.", "He left."]
        assert doc[0].is_title and doc[4].is_stop  # lexical attributes of the blank English vocab


def test_words_that_do_not_spell_the_text_or_sentence_starts_that_contradict_the_tree_are_refused():
    """A mistyped table fails loudly instead of giving the rules another sentence."""
    with pytest.raises(ValueError, match="is not at character"):
        make_doc(["Guy", "Rider"], text="Guy Ryder")
    with pytest.raises(ValueError, match="disagree with those of the heads"):
        make_doc(WORDS, text=TEXT, heads=[1, 2, 2, 2, 5, 5, 5], deps=DEPS, sent_starts=[1, 0, 0, 1, 0, 0, 0])
