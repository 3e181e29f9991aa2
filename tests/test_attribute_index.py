"""IndexedAttributeRuler (pipeline.extraction.attribute_index): the same token attributes as spaCy's AttributeRuler."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.extraction.attribute_index import COLUMNS, IndexedAttributeRuler, sequence_spec, token_spec
from pipeline.reading.corpus import read_corpus
from pipeline.extraction.nlp import DEFAULT_MODEL
from tests.conftest import CORPUS

ATTRS = [TAG, POS, MORPH, LEMMA]
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    # Later patterns win: "run" tagged NN becomes a verb.
    {"patterns": [[{"LOWER": "run", "TAG": "NN"}]], "attrs": {"POS": "VERB", "MORPH": "VerbForm=Inf"}},
    {"patterns": [[{"TAG": {"IN": ["VB", "VBZ"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "DT", "DEP": {"NOT_IN": ["det"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^th"}}]], "attrs": {"LEMMA": "th-word"}},
]


def hand_doc(vocab) -> Doc:
    words = ["That", "run", "is", "gon", "na", "win", "the", "race"]
    tags = ["DT", "NN", "VBZ", "VBG", "TO", "VB", "DT", "NN"]
    deps = ["nsubj", "nsubj", "ROOT", "aux", "aux", "xcomp", "det", "dobj"]
    heads = [1, 2, 2, 5, 5, 2, 7, 5]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def both(patterns, vocab):
    plain = AttributeRuler(vocab)
    plain.add_patterns(patterns)
    indexed = IndexedAttributeRuler(vocab)
    indexed.add_patterns(patterns)
    return plain, indexed


def test_token_spec_files_plain_values_and_sets_and_leaves_the_rest():
    assert token_spec([{"TAG": "NN"}]) == ({COLUMNS.index(TAG): [spacy.strings.get_string_id("NN")]}, {})
    allowed, excluded = token_spec([{"TAG": {"IN": ["VB", "VBZ"]}, "DEP": {"NOT_IN": ["det"]}}])
    assert len(allowed[COLUMNS.index(TAG)]) == 2 and len(next(iter(excluded.values()))) == 1
    assert token_spec([{"LOWER": {"REGEX": "^th"}}]) is None
    assert token_spec([{"LOWER": "gon"}, {"LOWER": "na"}]) is None
    assert token_spec([{"TAG": "NN", "OP": "?"}]) is None
    assert token_spec([{"DEP": {"NOT_IN": ["det"]}}]) is None  # nothing to look up


def test_sequence_spec_tests_several_tokens_and_regexes_and_leaves_operators():
    assert len(sequence_spec([{"LOWER": "gon"}, {"LOWER": "na"}])) == 2
    (allowed, excluded, regexes), = sequence_spec([{"LOWER": {"REGEX": "^th"}}])
    assert (allowed, excluded, [r.pattern for _, r in regexes]) == ({}, {}, ["^th"])
    assert sequence_spec([{"DEP": {"NOT_IN": ["det"]}}, {"TAG": "NN"}])[0][1]  # excluded values only
    assert sequence_spec([{"TAG": "NN", "OP": "?"}]) is None
    assert sequence_spec([{"IS_SPACE": {"REGEX": "x"}}]) is None  # a regex needs text


SEQUENCES = [
    {"patterns": [[{"DEP": {"NOT_IN": ["det", "nsubj"]}}, {"TAG": "DT"}]], "attrs": {"LEMMA": "before-the"}},
    {"patterns": [[{"LOWER": "the"}, {"LOWER": {"REGEX": "ce$"}}]], "attrs": {"POS": "PROPN"}, "index": -1},
    {"patterns": [[{"TAG": {"IN": ["VBZ", "VB"]}, "LOWER": {"REGEX": "^[iw]"}}, {"TAG": {"IN": ["VBG", "JJ"]}}]], "attrs": {"LEMMA": "be-ish"}},
]


def test_sequences_give_the_same_attributes_as_the_matcher():
    vocab = spacy.blank("en").vocab
    plain, indexed = both(PATTERNS + SEQUENCES, vocab)
    a, b = plain(hand_doc(vocab)), indexed(hand_doc(vocab))
    assert len(indexed._rest) == 0 and len(indexed._sequences) == 5
    assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
    assert (b[5].lemma_, b[7].pos_, b[2].lemma_) == ("before-the", "PROPN", "be-ish")


def test_hand_patterns_give_the_same_attributes_and_the_expected_ones():
    vocab = spacy.blank("en").vocab
    plain, indexed = both(PATTERNS, vocab)
    a, b = plain(hand_doc(vocab)), indexed(hand_doc(vocab))
    assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
    assert [t.pos_ for t in b] == ["PRON", "VERB", "VERB", "", "", "VERB", "", "NOUN"]
    assert (b[1].morph.to_json(), b[4].lemma_, b[0].lemma_, b[6].lemma_) == ("VerbForm=Inf", "to", "th-word", "th-word")


def test_patterns_added_later_are_used():
    vocab = spacy.blank("en").vocab
    indexed = IndexedAttributeRuler(vocab)
    indexed.add_patterns(PATTERNS[:1])
    assert indexed(hand_doc(vocab))[1].pos_ == "NOUN"
    indexed.add_patterns(PATTERNS[1:2])
    assert indexed(hand_doc(vocab))[1].pos_ == "VERB"


@pytest.fixture(scope="module")
def model_docs():
    """Corpus releases through the pretrained model up to, not including, its attribute_ruler."""
    nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    with nlp.select_pipes(disable=["attribute_ruler"]):
        docs = list(nlp.pipe(r.text for r in read_corpus(CORPUS)))
    return nlp, docs


def test_model_patterns_give_the_same_attributes_on_every_corpus_token(model_docs):
    nlp, docs = model_docs
    plain = nlp.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(nlp.vocab)
    indexed.add_patterns(plain.patterns)
    for doc in docs:
        a, b = plain(doc.copy()), indexed(doc.copy())
        assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), doc[:8].text
    # Every model pattern is looked up, or tried token by token (several tokens, regexes): no Matcher.
    assert len(indexed._rest) == 0 and 0 < len(indexed._sequences) < 10 < sum(len(table) for _, table in indexed._index)
