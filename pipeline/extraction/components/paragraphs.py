"""Paragraph breaks are sentence breaks: list lines ("B. Todd Jones, U.S. Attorney, District of
Minnesota, Chair") and headings carry no final stop, and the parser would run them together.

README architecture table row: every row (the sentence of each record's evidence).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extraction.components.tokens import doc_text

LINE_BREAK = re.compile("\n")
LINK_LABEL = re.compile(r"(?<=\w )\[[^\]\n]{1,40}\](?=[,;])")  # "the X Virtual Event [REGISTER FOR FREE], which ..."


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token after every line break (runs before the parser).
    A token's trailing whitespace is one space at most, so a line break is inside a token's text:
    the tokens holding one are found from the text's line breaks, not by reading every token."""
    text = doc_text(doc)
    if "\n" not in text and "[" not in text or len(doc) < 2:
        return doc
    starts, spaces = doc.to_array([IDX, IS_SPACE]).T.tolist()
    for match in LINK_LABEL.finditer(text) if "[" in text else ():
        inside_sentence(doc, starts, match.start(), match.end())
    breaks = {bisect_right(starts, match.start()) - 1 for match in LINE_BREAK.finditer(text)}
    for i in sorted(breaks):
        if i + 1 < len(starts) and not spaces[i + 1]:
            doc[i + 1].is_sent_start = True
    return doc


def inside_sentence(doc: Doc, starts: list[int], begin: int, end: int) -> None:
    """A bracketed link label inside a sentence ("... Virtual Event [REGISTER FOR FREE], which is
    scheduled for May 5"): neither its opening bracket nor the comma after it starts a sentence."""
    for offset in (begin, end):
        i = bisect_left(starts, offset)
        if i < len(starts) and starts[i] == offset:
            doc[i].is_sent_start = False


@Language.component("news_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """Component: paragraph breaks start sentences."""
    return mark_paragraph_starts(doc)
