"""news_paragraphs (components/paragraphs.py): the first word after a line break starts a sentence."""

from __future__ import annotations

import spacy

from pipeline.extraction.components.paragraphs import mark_paragraph_starts


def sentence_starts(text: str) -> list[str]:
    doc = mark_paragraph_starts(spacy.blank("en")(text))
    return [t.text for t in doc if t.is_sent_start]


def test_the_word_after_each_line_break_starts_a_sentence():
    text = "B. Todd Jones, U.S. Attorney\nDistrict of Minnesota, Chair\n\n  Jane Roe, Member \n"
    assert sentence_starts(text) == ["B.", "District", "Jane"]


def test_no_break_marks_nothing_and_a_final_break_has_no_word_after_it():
    assert sentence_starts("One line, no break.") == ["One"]
    assert sentence_starts("Ends with breaks\n\n") == ["Ends"]
    assert sentence_starts("\nStarts after a break") == ["\n", "Starts"]


def not_sentence_starts(text: str) -> list[str]:
    doc = mark_paragraph_starts(spacy.blank("en")(text))
    return [t.text for t in doc if t.is_sent_start is False]


def test_a_link_label_set_off_by_a_comma_starts_no_sentence():
    text = "It will be featured in the Northwind Virtual Event [REGISTER FOR FREE], which is scheduled for May 5, 2026."
    assert not_sentence_starts(text) == ["[", ","]


def test_a_bracket_not_followed_by_a_comma_is_left_to_the_parser():
    assert not_sentence_starts("He said [his] team won. [Download] the report.") == []
    assert not_sentence_starts("Results.\n[Register], then join.") == []
