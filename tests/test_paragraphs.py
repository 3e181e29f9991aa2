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
