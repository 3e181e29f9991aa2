"""Numbered bills: "S. 957, which requires ...", "S. 1910, the “Major Medical Facility
Authorization Act of 2021,”" listed after "the President signed into law:".

The number's prefix gives the kind (`patterns/bill_numbers.jsonl`); the subject is the bill's
quoted title or its "which ..." clause; the date is that of the nearest signing, passing or
enacting sentence before it (or its own), usually the line that introduces the list.

README architecture table row: Resolution (numbered bills).
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Span

from pipeline.extraction import lexicon
from pipeline.extraction.components.tokens import doc_text, in_title

LOOKBACK_SENTENCES = 8
QUOTES = ("“", "\"")


def bill_pattern() -> re.Pattern:
    """Regex over the text for a bill prefix followed by its number."""
    prefixes = sorted((re.escape(p) for p, _ in lexicon.entries("bill_numbers")), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(prefixes)}) ?\d+\b")


def bill_subject(doc: Doc, end: int) -> Optional[str]:
    """The quoted title after the number, else what its "which" clause says."""
    sent_end = doc[end - 1].sent.end
    i = end
    while i < sent_end and doc[i].text in {",", "the"}:
        i += 1
    if i < sent_end and doc[i].text in QUOTES:
        close = next((k for k in range(i + 1, sent_end) if doc[k].text in {"”", "\""}), None)
        if close:
            return doc[i + 1 : close].text.rstrip(",").strip()
    if i < sent_end and doc[i].lower_ == "which" and i + 2 < sent_end:
        stop = next((k for k in range(i + 2, sent_end) if doc[k].is_space or doc[k].text in {";", "."}), sent_end)
        return doc[i + 2 : stop].text.strip() or None
    return None


def signing_dates(doc: Doc, sent: Span, dates_of: Callable) -> list[str]:
    """Dates of the nearest sentence (this one or up to a few before) with an adoption verb."""
    verbs = lexicon.lower_words("adoption_verbs")
    sents = [s for s in doc.sents if s.end <= sent.end and not in_title(s[0])][-LOOKBACK_SENTENCES:]
    for candidate in reversed(sents):
        for token in candidate:
            if token.lower_ in verbs and token.pos_ in {"VERB", "AUX"}:
                dates = dates_of(token)
                if dates:
                    return dates
    return []


def find_bills(doc: Doc, dates_of: Callable) -> list[tuple[int, int, str, str, Optional[str], list[str]]]:
    """(start, end, kind, number, subject, dates) of each numbered bill in the doc."""
    kinds = lexicon.mapping("bill_numbers")
    found = []
    for match in bill_pattern().finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or in_title(span[0]):
            continue
        number = match.group(0)
        prefix = number.rsplit(" ", 1)[0] if " " in number else re.match(r"\D+", number).group(0)
        kind = kinds.get(prefix.strip(), "bill")
        found.append((span.start, span.end, kind, number, bill_subject(doc, span.end), signing_dates(doc, span.sent, dates_of)))
    return found
