"""Paragraph breaks are sentence breaks: list lines ("B. Todd Jones, U.S. Attorney, District of
Minnesota, Chair") and headings carry no final stop, and the parser would run them together.

README architecture table row: every row (the sentence of each record's evidence).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set `is_sent_start` on the first token after every line break (runs before the parser)."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


@Language.component("news_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """Component: paragraph breaks start sentences."""
    return mark_paragraph_starts(doc)
