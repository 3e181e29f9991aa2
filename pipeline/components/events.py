"""Events: named meetings with a date ("Global Government Summit, held from 9 to 11 April 2025
in Luxembourg City"), with their place and host.

A name is a capitalized phrase ending in a meeting word (`patterns/event_heads.jsonl`),
with an "of the ..." complement ("Summit of the Americas"), or a numbered lower-case meeting of
a body ("25th plenary meeting of the Council of Governors"). The date is the date expression
of the same sentence closest to the name; the place is a place after "in" (before the name
only when both hang on one verb: "met today in Washington, D.C. for the ... Dialogue"); a name
inside a longer one is not a second meeting; "hosted by X" in
the same sentence, or in one naming the event again ("the Summit"), gives the host, or the
place when X is a place. A "Conference" that is an organization (International Labour
Conference) is an event only when numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import lexicon
from pipeline.components.dates import date_spans, anchor_date, parse_dates
from pipeline.components.places import jurisdiction
from pipeline.components.tokens import clean_text, is_capitalized

SPANS_KEY = "events"
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth annual inaugural".split()
)
EVENT_CODE = re.compile(r"^(?:COP|CHOGM|G)\d+$")
HOST_VERBS = frozenset({"hosted", "organized", "organised", "convened", "co-hosted", "chaired"})
PUBLISHED_KEY = "published"


@dataclass
class EventMention:
    """A named meeting: name tokens, and what the text says of it."""

    start: int
    end: int
    name: str
    dates: list[tuple[str, str]] = field(default_factory=list)
    date_span: Optional[tuple[int, int]] = None
    location: Optional[str] = None
    host: Optional[int] = None


if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


def _event_head(token) -> bool:
    return token.text[:1].upper() + token.text[1:] in lexicon.words("event_heads") or EVENT_CODE.match(token.text) is not None


def _numbered(doc: Doc, start: int) -> bool:
    return start > 0 and (ORDINAL.match(doc[start - 1].text) is not None or doc[start - 1].ent_type_ == "ORDINAL")


def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of event names."""
    org_tokens = {i: m for m in doc._.org_mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        if not _event_head(token):
            continue
        if token.i + 1 < len(doc) and is_capitalized(doc[token.i + 1]) and not EVENT_CODE.match(token.text):
            continue
        capitalized = token.text[0].isupper()
        start = token.i
        sent_start = token.sent.start
        while start - 1 >= sent_start:
            prev = doc[start - 1]
            glued = not prev.whitespace_ or prev.text in {"-", "–"}
            if capitalized and (is_capitalized(prev) or glued and prev.text in {"-", "–", "/"}) and prev.ent_type_ not in {"DATE", "PERSON"}:
                start -= 1
            elif not capitalized and prev.is_lower and prev.is_alpha and start - token.i > -3 and prev.lower_ not in {"the", "a", "an", "of", "and"}:
                start -= 1
            else:
                break
        end = token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            k = end + 1 + (doc[end + 1].lower_ == "the")
            while k < len(doc) and (is_capitalized(doc[k]) or doc[k].lower_ in {"and", "of", "the"} and k + 1 < len(doc) and is_capitalized(doc[k + 1])):
                k += 1
            if k > end + 1 + (doc[end + 1].lower_ == "the"):
                end = k
        if not capitalized and not _numbered(doc, start):
            continue
        if ORDINAL.match(doc[start - 1].text if start else "") or start and doc[start - 1].ent_type_ == "ORDINAL" and doc[start - 1].text[0].isdigit():
            start -= 1
        while start < token.i and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        if start in org_tokens and token.i in org_tokens and not _numbered(doc, start):
            continue
        if start == token.i and not EVENT_CODE.match(token.text) and not (end > token.i + 1):
            continue
        found.append((start, end))
    # "25th plenary meeting of ...": a name inside a longer one is the same meeting.
    return [(s, e) for s, e in found if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found)]


def nearest_date(doc: Doc, sent: Span, start: int, end: int) -> tuple[list[tuple[str, str]], Optional[tuple[int, int]]]:
    """Dates of the date expression closest to tokens [start, end) in the sentence."""
    anchor = anchor_date(doc.user_data.get(PUBLISHED_KEY))
    best = None
    for span in date_spans(doc, sent):
        values = parse_dates(_with_range_prefix(doc, span), anchor)
        if not values:
            continue
        distance = span.start - end if span.start >= end else (start - span.end) * 2
        if best is None or distance < best[0]:
            best = (distance, values, (span.start, span.end))
    return (best[1], best[2]) if best else ([], None)


def _with_range_prefix(doc: Doc, span: Span) -> str:
    """"from 9 to 11 April 2025": the model may leave "from" outside; ranges read the same anyway."""
    return span.text


def location_in(doc: Doc, sent: Span, start: int, end: int) -> Optional[str]:
    """A place named after "in" in the sentence: the first one after the event name [start, end),
    else one before it whose "in" hangs on the verb the name hangs on ("met today in Washington,
    D.C. for the ... Dialogue")."""
    places = [
        ent for ent in doc.ents
        if ent.label_ in {"GPE", "LOC", "FAC"} and ent.start >= sent.start and ent.end <= sent.end and ent.start > 0 and doc[ent.start - 1].lower_ == "in"
    ]
    verb = _governing_verb(doc[start:end].root)
    after = [ent for ent in places if ent.start >= start]
    before = [ent for ent in places if verb is not None and ent.end <= start and _governing_verb(doc[ent.start]) == verb]
    if not after and not before:
        return None
    ent = after[0] if after else before[-1]
    place_end = ent.end
    if place_end + 1 < len(doc) and doc[place_end].text == "," and (doc[place_end + 1].ent_type_ == "GPE" or doc[place_end + 1].text in {"D.C.", "DC"}):
        place_end += 2
    return clean_text(doc[ent.start : place_end].text)


def _governing_verb(token):
    """The verb `token` depends on, directly or through one preposition, or None."""
    head = token.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head != token and head.pos_ in {"VERB", "AUX"} else None


def hosted_by(doc: Doc, sent: Span) -> tuple[Optional[int], Optional[str]]:
    """("hosted by X"): X as an organization cluster, or as a place."""
    org_at = {m.start: c for m, c in zip(doc._.org_mentions, doc._.org_of_mention)}
    for token in sent:
        if token.lower_ in HOST_VERBS and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "by":
            k = token.i + 2
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k in org_at:
                return org_at[k], None
            if k < len(doc) and doc[k].ent_type_ in {"GPE", "LOC"}:
                end = k + 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                return None, clean_text(doc[k:end].text)
    return None, None


def find_events(doc: Doc) -> list[EventMention]:
    """Named, dated meetings, one per name (later mentions add a missing date, place or host)."""
    events: dict[str, EventMention] = {}
    heads: dict[str, str] = {}
    for start, end in name_spans(doc):
        sent = doc[start].sent
        name = clean_text(doc[start:end].text)
        key = name.lower()
        dates, date_span = nearest_date(doc, sent, start, end)
        event = events.get(key)
        if event is None:
            event = events[key] = EventMention(start, end, name)
            heads.setdefault(doc[end - 1].text.lower(), key)
        if not event.dates and dates:
            event.dates, event.date_span = dates, date_span
        event.location = event.location or location_in(doc, sent, start, end)
        host, place = hosted_by(doc, sent)
        event.host = event.host if event.host is not None else host
        event.location = event.location or place
    # "Hosted by X, the Summit ...": a sentence naming the event by its head word alone.
    for sent in doc.sents:
        host, place = hosted_by(doc, sent)
        if host is None and place is None:
            continue
        for token in sent:
            key = heads.get(token.lower_)
            if key and token.text[0].isupper():
                event = events[key]
                event.host = event.host if event.host is not None else host
                event.location = event.location or place
                break
    return [e for e in events.values() if e.dates]


class EventFinder:
    """Set `doc._.events` (EventMention list) and `doc.spans["events"]`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        doc.spans[SPANS_KEY] = [Span(doc, e.start, e.end, label="EVENT") for e in doc._.events]
        return doc


@Language.factory("news_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    """Factory for the event finder."""
    return EventFinder()
