"""The helpers rules use to read through text a source damaged (pipeline/extraction/components/source_damage.py).
No model: plain strings and Docs of spacy.blank("en")."""

import pytest
import spacy

from pipeline.extraction.components.source_damage import glued_repeat, glued_sentence_start, lost_possessive, lost_possessive_owner, part_before_lost_apostrophe, possessive_stem, repeated_name


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "word, stem",
    [("Justices", "Justice"), ("AGACs", "AGAC"), ("Departments", "Department"), ("Department of Justices", "Department of Justice"), ("EUs", "EU")],
)
def test_a_word_ending_in_s_has_a_stem(word, stem):
    assert possessive_stem(word) == stem


@pytest.mark.parametrize("word", ["Justice", "Division", "Us", "s", "", "CORPS"])
def test_no_final_s_or_a_stem_under_two_characters_is_no_possessive(word):
    assert possessive_stem(word) is None


def test_the_stem_must_be_a_known_form():
    known = {"Department of Justice", "Cockerham"}
    assert lost_possessive("Department of Justices", known) == "Department of Justice"
    assert lost_possessive("Cockerhams", known) == "Cockerham"
    assert lost_possessive("Attorneys", known) is None  # a plural: "Attorney" is no known form
    assert lost_possessive("Department of Justice", known) is None


def test_known_forms_may_be_a_test():
    assert lost_possessive("AGACs", str.isupper) == "AGAC"
    assert lost_possessive("Agencys", str.isupper) is None
    assert lost_possessive("Varo Lenas", lambda stem: stem.endswith("Lena")) == "Varo Lena"


def test_the_owner_of_a_span_is_its_words_before_the_stem(blank):
    doc = blank("the Department of Justices Antitrust Division")
    assert lost_possessive_owner(doc[1:4]) == "Department of Justice"
    assert lost_possessive_owner(doc[3:4]) == "Justice"
    assert lost_possessive_owner(doc[1:3]) is None  # "Department of": the last word has no final "s"
    assert lost_possessive_owner(doc[1:1]) is None


def test_the_owner_keeps_the_words_before_it_as_written(blank):
    doc = blank("Office  of Tribal Justices Unit")
    assert lost_possessive_owner(doc[0:5]) == "Office  of Tribal Justice"  # the caller tidies spaces


@pytest.mark.parametrize("word, part", [("BenAry", "Ben"), ("McCord", "Mc"), ("LindleyDr", "Lindley")])
def test_a_capitalized_part_run_into_a_capital_is_a_candidate(word, part):
    assert part_before_lost_apostrophe(word) == part


@pytest.mark.parametrize("word", ["Benary", "ODonnell", "ZORPACK", "iPhone", "Ben"])
def test_no_lower_case_part_before_a_capital_is_no_candidate(word):
    assert part_before_lost_apostrophe(word) is None


def test_a_heading_glued_to_a_sentence_opening_with_the_same_name_is_a_repeat():
    assert glued_repeat("QuillbyQuillby")
    assert not glued_repeat("Quillby")
    assert not glued_repeat("TideWorks")


def test_a_name_written_twice_where_a_heading_ran_into_its_sentence_is_read_once():
    assert repeated_name("QuillbyQuillby") == "Quillby"
    assert repeated_name("Vell TechnologyVell Technology") == "Vell Technology"
    assert repeated_name("Vell Partners Vell Partners") == "Vell Partners"
    assert repeated_name("Vell CompanyThe Vell Company") == "Vell Company"  # "About The Vell Company" + "The Vell Company is"
    assert repeated_name("Walla Walla") is None  # one word twice with a space: a name
    assert repeated_name("Vell Partners") is None


def test_a_word_glued_to_a_sentence_opening_word_ends_a_heading():
    assert glued_sentence_start("ClinicThe")
    assert glued_sentence_start("OperationsThe")
    assert not glued_sentence_start("LinkedIn")
    assert not glued_sentence_start("Theater")
