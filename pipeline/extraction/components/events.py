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

README architecture table row: Event.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extraction.contract import EventMention, OrgMention, PUBLISHED
from pipeline.extraction import lexicon
from pipeline.extraction.components.dates import MONTH, RELATIVE_DAYS, WEEKDAY, anchor_date, date_spans, glued_month, model_dates, parse_dates
from pipeline.extraction.components.places import jurisdiction, region_code
from pipeline.extraction.components.tokens import clean_text, doc_entities, doc_tokens, ends_line, is_capitalized
from pipeline.extraction.components.tokens import sentence_bounds, with_lower, with_text, with_text_where

ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
ORDINAL_WORDS = lexicon.lower_words("edition_words")
EVENT_CODE = re.compile(r"^(?:COP|CHOGM)\d+$")  # "G7" is a group; "the G7 summit" is a lower-case head
HOST_VERBS = lexicon.verb_forms("event_hosted_by_verbs", ("participle",))
WORD = re.compile(r"\w+")
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?$")
FOLLOWING_DATE_WINDOW = 12
TIME_WORDS = frozenset({"following", "after", "before", "ahead", "since", "until"})
DATELINE_TOKENS = 14
DATELINE_MARKS = frozenset({"/", "(", "—", "–", "-", "--", "@"})
NAME_CONNECTORS = frozenset({"in", "for", "on", "of", "and", "&"})
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})
MONTH_NAMES = lexicon.words("month_names")
CLOSING_QUOTES = frozenset({'"', "”", "’"})
OPENING_QUOTES = frozenset({"“", "‘"})
QUOTED_NAME_MAX = 12
EDITION_NAME_MAX = 7
QUOTES = re.compile(r"[\"“”]|(?<!\w)[‘’]|[‘’](?!\w)")
MONTH_MEETINGS = lexicon.lower_words("month_meetings")


@lru_cache(maxsize=None)
def meeting_words(*extra: str) -> frozenset[str]:
    """Lower-case words that head or name again a meeting (patterns/event_heads, event_anaphors),
    with the word lists `extra` names; built once per combination."""
    words = frozenset().union(*(lexicon.lower_words(name) for name in ("event_heads", "event_anaphors", *extra)))
    return words - placed_at_words()


PLACED_AT = "placed at"


@lru_cache(maxsize=None)
def placed_at_words() -> frozenset[str]:
    """Lower-case meeting words of patterns/event_heads.jsonl value "placed at" ("Week"): words of a
    meeting's name only where "at" places it (`_placed_meeting`), never a meeting word alone
    ("the week of May 5" names no meeting)."""
    return frozenset(text.lower() for text, kind in lexicon.mapping("event_heads").items() if kind == PLACED_AT)


def _event_head(token) -> bool:
    """A capitalized meeting word ("Summit"; "Call" only after a qualifier: "Earnings Call"), or a code ("COP27")."""
    if EVENT_CODE.match(token.text) is not None:
        return True
    kind = lexicon.mapping("event_heads").get(token.text[:1].upper() + token.text[1:])
    if kind == "qualified":
        return token.i > 0 and token.nbor(-1).text in lexicon.words("event_qualifiers")
    return kind is not None and kind != PLACED_AT


def _event_kind(token) -> Optional[str]:
    """The value patterns/event_heads.jsonl gives a meeting word ("gathering" for "Gala", "Banquet")."""
    return lexicon.mapping("event_heads").get(token.text[:1].upper() + token.text[1:])


def _lower_head(token) -> bool:
    """A lower-case meeting word that names a meeting after a capitalized name ("its annual
    Northwind Partners conference"); a lower-case gathering word (patterns/event_heads.jsonl value
    "gathering") after an award's name ("the virtual Northwind Awards ceremony, October 30",
    "during the Northwind Annual Awards luncheon")."""
    kind = lexicon.mapping("event_heads").get(token.text.capitalize())
    if kind == "gathering":
        return token.is_lower and token.i > 0 and token.nbor(-1).text in lexicon.words("event_not_heads")
    return token.is_lower and kind in {"also lower", LOWER_AFTER_TWO, LOWER_AFTER_BODY}


LOWER_AFTER_TWO = "also lower after two"
LOWER_AFTER_BODY = "also lower after a body"


def _after_no_body(doc: Doc, head: int) -> bool:
    """"the White House meeting", "a Northwind Partners meeting": a lower-case "meeting" or "session"
    (patterns/event_heads.jsonl value "also lower after a body") names a meeting only after a body's
    name, its last word a head word of patterns/org_heads.jsonl ("the OSCE Permanent Council
    meeting", "the third Critical Minerals Working Group meeting")."""
    kind = lexicon.mapping("event_heads").get(doc[head].text.capitalize())
    return kind == LOWER_AFTER_BODY and doc[head - 1].text not in lexicon.words("org_heads")


def _one_word_before_lower_head(doc: Doc, start: int, head: int) -> bool:
    """"an exclusive Northwind event", "via the Northwind event platform": a generic meeting word
    after one capitalized word names the organizer's or a brand's event, not a meeting
    (patterns/event_heads.jsonl value "also lower after two")."""
    kind = lexicon.mapping("event_heads").get(doc[head].text.capitalize())
    return kind in {LOWER_AFTER_TWO, LOWER_AFTER_BODY} and head - start < 2


def _numbered(doc: Doc, start: int) -> bool:
    """An ordinal before the name: "25th", "second", "inaugural"."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return ORDINAL.match(prev.text) is not None or prev.ent_type_ == "ORDINAL" or prev.lower_ in ORDINAL_WORDS


def _counted_by_word_only(doc: Doc, start: int) -> bool:
    """"our first training session", "the second session": a lower-case session counted by a word
    ordinal, with no body's possessive before it ("the Council's first session") and no "of the
    ..." after, is no numbered session of a body (a digit ordinal is: "the 49th session")."""
    if start == 0 or doc[start - 1].lower_ not in ORDINAL_WORDS:
        return False
    owner = doc[start - 2] if start >= 2 else None
    return owner is None or owner.tag_ != "POS" and owner.lower_ not in {"its", "their"}


def _is_year(token) -> bool:
    return YEAR_TOKEN.match(token.text) is not None


def name_tail(doc: Doc, end: int) -> int:
    """End of a name whose meeting word is followed by its edition: a year ("Northwind Summit 2025"),
    a city and a year ("Northwind Summit Springfield 2026"), or a city before a comma."""
    if end < len(doc) and _is_year(doc[end]):
        return end + 1
    if _item_number(doc, end):
        return end + 1  # "Poster Session 1 – Jane Roe ...", "Workshop 2: ..."
    k = end
    while k < min(end + 2, len(doc)) and _place_word(doc[k]):
        k += 1
    if end < k < len(doc) and _is_year(doc[k]):
        return k + 1
    if end < k and doc[end].ent_type_ == "GPE" and (k == len(doc) or doc[k].is_punct):
        return k  # "The Northwind Show Springfield, held ..."
    if end < k < len(doc) - 1 and doc[k].text == "," and (_opens_date(doc[k + 1]) or _occurrence_clause(doc, k)):
        return k  # "at Northwind Expo Springfield, September 29 - October 1", "Northwind Show Springfield, held June 9": the city of this edition, then its dates
    return end


def _item_number(doc: Doc, k: int) -> bool:
    """A number of one or two digits right after a meeting word, then a mark or the line's end
    ("Poster Session 1 – ...", "Breakout Session 2:"): the meeting's number in a series."""
    if k >= len(doc) or not doc[k].text.isdigit() or len(doc[k].text) > 2:
        return False
    return k + 1 == len(doc) or ends_line(doc[k]) or doc[k + 1].is_punct and doc[k + 1].text not in {".", ","}


NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "EVENT"})


def _place_word(token) -> bool:
    """A word of a place after a meeting word: a GPE/LOC entity's, a proper noun in no entity,
    or the last word of an organization, work or event entity the model ran over the city
    ("[Northwind Summit Dallas] 2026", "[The Northwind Show Riyadh], held ...")."""
    if token.ent_type_ in {"GPE", "LOC"} or not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper():
        return True
    doc = token.doc
    return token.ent_type_ in NAME_ENTITIES and token.ent_iob_ == "I" and is_capitalized(token) and (
        token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"
    )


def _extends_name(prev, capitalized: bool, start: int, head: int) -> bool:
    """Whether `prev` (the token before the name so far) belongs to the name: a capitalized word
    (not a date, a person or a headline verb: "White House Announces Conference"), a code year
    inside it ("Q3 2025/26 Results Presentation"), or one of two lower-case modifiers of a
    numbered meeting ("25th plenary meeting")."""
    doc = prev.doc
    glued = not prev.whitespace_ or prev.text in {"-", "–"}
    if capitalized:
        if prev.lower_ in {"the", "a", "an"}:
            return False
        if prev.tag_ in FINITE_VERB_TAGS and prev.is_title:
            return False
        if prev.ent_type_ in {"DATE", "PERSON"} and not (_is_year(prev) and prev.i > 0 and is_capitalized(doc[prev.i - 1])) and not _edition_word(prev) and not (
            prev.i == head - 1 and prev.text in lexicon.words("event_qualifiers")
        ) and not _entity_over_head(prev, head) and not _name_word_in_date(prev) and not (
            prev.lower_ in NAME_CONNECTORS and prev.i > 0 and _name_word_in_date(doc[prev.i - 1])
        ):  # "Investor Day", tagged a date
            return False
        if prev.lower_ in {"and", "&"} and head > start and prev.i > 0 and _event_head(doc[prev.i - 1]):
            return False  # "JP Morgan Healthcare Conference and Biotech Showcase": two meetings (not "Conference & Gala")
        if prev.lower_ in NAME_CONNECTORS and prev.i > 0 and is_capitalized(doc[prev.i - 1]) and (doc[prev.i - 1].ent_type_ not in {"GPE", "DATE", "PERSON"} or _name_word_in_date(doc[prev.i - 1])) and not (
            prev.lower_ == "of" and doc[prev.i - 1].is_sent_start
        ):  # not a heading's "Readout of"
            return True  # "Women in Private Markets Forum", "Day of Action Summit"
        if prev.text in {"’", "'"} and prev.i > 0 and doc[prev.i - 1].text.endswith("s") and is_capitalized(doc[prev.i - 1]):
            return True  # "Leaders’ Retreat"
        if _in_parenthesized_acronym(prev):
            return True  # "Optical Fiber Communication (OFC) Conference"
        if prev.lower_ in {"'s", "’s"} and prev.i > 0 and doc[prev.i - 1].text in lexicon.words("plural_possessors"):
            return True  # "Women's Empowerment Summit": a plural's possessive inside the name, not an owner
        joined = glued and prev.text in {"-", "–", "/"} and (prev.i == 0 or doc[prev.i - 1].ent_type_ != "DATE" and not doc[prev.i - 1].text[-1:].isdigit())  # not "January 27 - X Conference"
        inner_number = prev.text.isdigit() and prev.ent_type_ not in {"DATE", "TIME"} and prev.i > 0 and is_capitalized(doc[prev.i - 1]) and not any(
            doc[prev.i - 1].text.endswith(month) for month in MONTH_NAMES
        )  # "OTCQX Best 50 Investor Conference", "Inc. 5000 Conference"; not a day after its month ("FrankfurtMay 6 X Conference")
        return is_capitalized(prev) or joined or inner_number or (_is_year(prev) and prev.i > 0 and is_capitalized(doc[prev.i - 1]))
    return prev.is_lower and prev.is_alpha and start - head > -3 and prev.lower_ not in {"the", "a", "an", "of", "and"} | ORDINAL_WORDS


def _entity_over_head(prev, head: int) -> bool:
    """"SNO/ASCO CNS [Cancer Conference]" tagged a person: the model's PERSON entity that runs on
    over the meeting word holds no person; its words belong to the meeting's name."""
    tokens = doc_tokens(prev.doc)
    return prev.ent_type_ == "PERSON" and all(tokens[k].ent_iob_ == "I" and tokens[k].ent_type_ == "PERSON" for k in range(prev.i + 1, head + 1))


CALENDAR_WORD = re.compile(rf"^(?:{MONTH}|{WEEKDAY}|today|tomorrow|yesterday|tonight)$", re.IGNORECASE)


def _name_word_in_date(token) -> bool:
    """"the 40th [Anniversary] Gala", "February 11–12 - [Precious Metals] Conference" (the model's
    DATE run over the calendar line): a capitalized word inside a DATE entity that names no month,
    day or number is a word of the meeting's name, not of the date."""
    return (
        token.ent_type_ == "DATE" and token.text[:1].isupper() and len(token.text) > 1
        and token.text.rstrip(".").isalpha() and CALENDAR_WORD.match(token.text) is None
    )


def _in_parenthesized_acronym(token) -> bool:
    """A bracket of "(OFC)" between two capitalized words of a name ("Optical Fiber Communication
    (OFC) Conference"): the body's acronym inside the meeting's name."""
    doc = token.doc
    close = token.i if token.text == ")" else token.i + 2 if token.text == "(" else -1
    return (
        3 <= close < len(doc) - 1 and doc[close].text == ")" and doc[close - 2].text == "("
        and doc[close - 1].text.isupper() and len(doc[close - 1].text) >= 2
        and is_capitalized(doc[close - 3]) and doc[close + 1].text[:1].isupper()
    )


def _edition_word(token) -> bool:
    """A capitalized "Annual" or "Inaugural" the model tags as a date ("Annual General Meeting"):
    part of the name."""
    return token.is_title and token.lower_ in ORDINAL_WORDS


def head_name_spans(doc: Doc, orgs: OrgTokens) -> list[tuple[int, int]]:
    """Token ranges of event names. A name the organization rules also read (the "International
    Labour Conference") is a meeting unless it is the subject of its clause ("the ... Conference
    adopted ...", "adopted by the ... Conference"), numbered, or followed by a date."""
    tokens = doc_tokens(doc)
    found = []
    heads = lexicon.mapping("event_heads")
    for token in with_text_where(doc, lambda text: text[:1].upper() + text[1:] in heads or EVENT_CODE.match(text) is not None):
        text = token.text  # read once: each `token.text` builds a new string
        if text[:1].upper() + text[1:] not in heads and EVENT_CODE.match(text) is None:
            continue  # the cheap test first: no meeting word (`_event_head`, `_lower_head`)
        lower_named = _lower_head(token) and token.i > sentence_bounds(doc, token.i)[0] and tokens[token.i - 1].text[:1].isupper() and tokens[token.i - 1].ent_type_ != "DATE" and tokens[token.i - 1].lower_ not in {"the", "a", "an", "this"}
        placed_at = _event_kind(token) == PLACED_AT and token.text[:1].isupper()
        unqualified = not _event_head(token) and not lower_named and (token.text in PLACED_HEADS or placed_at)
        if not _event_head(token) and not lower_named and not unqualified:
            continue
        end = name_tail(doc, token.i + 1)
        if end < len(doc) and is_capitalized(tokens[end]) and not EVENT_CODE.match(token.text) and tokens[end].ent_type_ != "DATE":
            continue
        capitalized = token.text[0].isupper() or lower_named
        start = token.i
        sent_start = sentence_bounds(doc, token.i)[0]
        while start - 1 >= sent_start and _extends_name(tokens[start - 1], capitalized, start, token.i):
            start -= 1
        if end == token.i + 1 and end + 1 < len(doc) and tokens[end].lower_ in {"of", "on"}:
            k = end + 1 + (tokens[end + 1].lower_ == "the")
            while k < len(doc) and tokens[k].ent_type_ != "DATE" and (is_capitalized(tokens[k]) or (tokens[k].lower_ in {"and", "of", "for", "-", "–", "/"} or tokens[k].lower_ == "the" and tokens[k - 1].lower_ in {"of", "for", "on", "and"} or _list_comma(doc, k)) and k + 1 < len(doc) and is_capitalized(tokens[k + 1]) and tokens[k + 1].ent_type_ != "DATE"):
                k += 1
            if k > end + 1 + (tokens[end + 1].lower_ == "the"):
                end = k
        if not capitalized and (not _numbered(doc, start) or end == token.i + 1 and token.lower_ not in {"session", "plenary"}):
            continue  # "the first seminar", "the March 19th conference": no name; "the 49th session" of a body is one
        if not capitalized and end == token.i + 1 and _counted_by_word_only(doc, start):
            continue  # "Our first training session was in 2021": a count, not a body's numbered session
        if not capitalized and tokens[start - 1].lower_ in ORDINAL_WORDS:
            start -= 1  # "inaugural meeting of the X Council"
        if ORDINAL.match(tokens[start - 1].text if start else "") or start and tokens[start - 1].ent_type_ == "ORDINAL" and tokens[start - 1].text[0].isdigit():
            start -= 1
        while start < token.i and tokens[start].lower_ in {"the", "a", "an"}:
            start += 1
        org_like = start in orgs.covered and token.i in orgs.covered and not _numbered(doc, start) and not _date_follows(doc, end)
        if org_like and (doc[start:end].root.dep_ in {"nsubj", "nsubjpass"} or doc[start:end].root.head.dep_ == "agent") and not takes_place(doc[start:end].root):
            continue
        if _acts_as_organizer(doc[start:end].root) or _field_label(doc, start, end) or _contested(doc[start:end].root):
            continue
        if lower_named and token.i + 1 < len(doc) and token.dep_ == "compound" and tokens[token.i + 1].is_lower and tokens[token.i + 1].pos_ == "NOUN":
            continue  # "the Northwind Awards dinner menu": the meeting word modifies another noun
        if lower_named and (_only_a_place_or_person(doc, start, token.i, BUILDING_PLACE_OR_PERSON) and _event_kind(token) != "gathering" or _one_word_before_lower_head(doc, start, token.i) or _after_no_body(doc, token.i)):
            continue
        if any(tokens[i].text in lexicon.words("event_not_heads") for i in range(start, end)) and _event_kind(token) != "gathering":
            continue  # "X Games Industry Awards 2024": awards and competitions are no meetings
        if _arts_festival(doc, start, token.i + 1) or _described_as_arts_festival(doc, start, token.i + 1):
            continue  # "the New York Comedy Festival": a show of arts for an audience, not a meeting
        if _process_event(doc, start, token.i):
            continue  # "the Token Generation Event (TGE) on May 25": a token's process, no meeting
        if start == token.i and _event_kind(token) == "named before":
            continue  # "A Showcase of the Year's Artists": no name of its own
        if start == token.i and not EVENT_CODE.match(token.text) and not (end > token.i + 1 and tokens[token.i + 1].lower_ in {"of", "on"}):
            continue  # "Summit", "Summit 2025": no name
        if end == token.i + 1 and start < token.i and all(_is_year(tokens[i]) for i in range(start, token.i)):
            continue  # "The 2026 Summit takes place ...": the edition named again by its year, no name
        if unqualified and not _placed_meeting(doc, start, end, PLACING_WORDS - {"during"} if placed_at else PLACING_WORDS):
            continue  # "The Building Texas Show" (a broadcast), "the Northwind Convention" (a treaty), "during Northwind Safety Week" (an observance)
        found.append((start, end))
    found += month_sessions(doc)
    found += quoted_names(doc)
    found += titled_names(doc)
    found += set_off_titles(doc)
    found += held_awards(doc)
    return found


def _process_event(doc: Doc, start: int, head: int) -> bool:
    """"the groundbreaking Token Generation Event (TGE) on May 25", "the HTX Liquid Restaking event":
    the generic "Event" (patterns/event_heads.jsonl value "also lower after two") after a word of
    patterns/event_process_words.jsonl names a process of a token or platform, no meeting."""
    return head > start and _event_kind(doc[head]) == LOWER_AFTER_TWO and doc[head - 1].text.capitalize() in lexicon.words("event_process_words")


def held_awards(doc: Doc) -> list[tuple[int, int]]:
    """'will hold the “Top Entrepreneur of USA Awards 2025” on October 9, 2025', 'its sponsors for the
    57th Annual Northwind Awards on Tuesday, June 3, 2025 at the Museum of Science': awards
    (patterns/event_not_heads.jsonl value "award") that a hosting verb holds
    (event_host_verbs.jsonl), that take place ("the ¡BRAVO! Awards will take place on October 10":
    `takes_place`), or that are set on a day at a place ("on <date> at the <Name>"), name
    the ceremony presenting them, a gathering, where the sentence names a day (`_day_in_sentence`);
    awards won, entered or announced are none."""
    tokens = doc_tokens(doc)
    awards = frozenset(text for text, kind in lexicon.mapping("event_not_heads").items() if kind == "award")
    hosts = lexicon.verb_forms("event_host_verbs")
    found = []
    for token in with_text(doc, awards):
        i = token.i
        if token.text not in awards:
            continue
        end = name_tail(doc, i + 1)
        start = i
        low = sentence_bounds(doc, i)[0]
        while start - 1 >= low and _extends_name(tokens[start - 1], True, start, i):
            start -= 1
        while start < i and tokens[start].lower_ in {"the", "a", "an"}:
            start += 1
        if start == i:
            continue
        root = doc[start:end].root
        after = end + (end < len(doc) and (tokens[end].text in CLOSING_QUOTES or tokens[end].text == '"'))
        if root.dep_ == "dobj" and root.head.lower_ in hosts or takes_place(root) or _set_on_a_day_at(doc, after):
            if _day_in_sentence(doc, i):
                found.append((start, end))
    return found


def _day_in_sentence(doc: Doc, i: int) -> bool:
    """A date of the model's naming a day of the month in the sentence of token `i`, not the
    release's dateline: a ceremony is held on a day ("The 2025 X Awards will take place
    digitally" is a program of votes)."""
    low, high = sentence_bounds(doc, i)
    return any(
        ent.label_ == "DATE" and low <= ent.start and ent.end <= high and not is_dateline_date(doc, ent)
        and any(t.like_num and len(t.text) <= 2 for t in ent)
        for ent in doc_entities(doc)
    )


def _set_on_a_day_at(doc: Doc, k: int) -> bool:
    """"on Tuesday, June 3, 2025 at the Museum of Science" from token `k`: "on", a date of the
    model's with a day in it, then "at" and a capitalized name."""
    tokens = doc_tokens(doc)
    if k + 1 >= len(doc) or tokens[k].lower_ != "on" or tokens[k + 1].ent_type_ != "DATE" or tokens[k + 1].ent_iob_ != "B":
        return False
    j = k + 2
    while j < len(doc) and tokens[j].ent_iob_ == "I":
        j += 1
    if not any(t.like_num and len(t.text) <= 2 for t in tokens[k + 1 : j]):
        return False  # "on Tuesday" alone: no day of the calendar
    j += j < len(doc) and tokens[j].text == ","
    if j + 1 >= len(doc) or tokens[j].lower_ != "at":
        return False
    name = j + 1 + (tokens[j + 1].lower_ == "the")
    return name < len(doc) and is_capitalized(tokens[name]) and not tokens[name].like_num


def _contested(root) -> bool:
    """"The team competed at the Northwind Invitational": a name where someone contends
    (patterns/event_contest_verbs.jsonl) names a competition, no meeting; not where the verb names
    the contest in another phrase ("compete in the pitch competition at the Northwind Summit": the
    summit is where the contest is held)."""
    if root.dep_ != "pobj" or root.head.lower_ not in {"at", "in"}:
        return False
    verb = root.head.head
    return verb.lower_ in lexicon.verb_forms("event_contest_verbs") and not any(
        c.dep_ == "prep" and c != root.head and c.lower_ in {"at", "in"} for c in verb.children
    )


def _arts_festival(doc: Doc, start: int, end: int) -> bool:
    """"the New York Comedy Festival", "Latin Film Festival 2025": a festival (patterns/event_heads.jsonl
    value "festival") of an art (event_festival_arts.jsonl) is a show for an audience, no meeting."""
    tokens = doc_tokens(doc)
    heads = [i for i in range(start, end) if _event_kind(tokens[i]) == "festival"]
    return bool(heads) and any(tokens[i].text in lexicon.words("event_festival_arts") for i in range(start, heads[-1]))


def _described_as_arts_festival(doc: Doc, start: int, end: int) -> bool:
    """"Vertex Northwind Fest today announced its launch as the first national vertical film
    festival": a festival whose name holds no art, where a sentence naming it (anywhere in the
    release) calls it a festival of an art (event_festival_arts.jsonl before "festival"/"fest"
    outside the name), is a show for an audience, no meeting."""
    tokens = doc_tokens(doc)
    heads = [i for i in range(start, end) if _event_kind(tokens[i]) == "festival"]
    if not heads:
        return False
    words = [t.text for t in tokens[start:end]]
    festivals = frozenset(text.lower() for text, kind in lexicon.mapping("event_heads").items() if kind == "festival")
    arts = lexicon.lower_words("event_festival_arts")
    for first in with_text(doc, {words[0]}):
        i = first.i
        if [t.text for t in tokens[i : i + len(words)]] != words:
            continue
        low, high = sentence_bounds(doc, i)
        if any((k < i or k >= i + len(words)) and tokens[k].lower_ in festivals and tokens[k - 1].lower_ in arts for k in range(low + 1, high)):
            return True
    return False


PLACED_HEADS = frozenset({"Show", "Convention", "Congress"})
PLACING_WORDS = frozenset({"at", "during"})
PLACING_ADJECTIVES = 2


def _placed_meeting(doc: Doc, start: int, end: int, placing: frozenset = PLACING_WORDS) -> bool:
    """A "Show", "Convention" or "Congress" without a qualifier before it (patterns/event_heads.jsonl
    value "qualified") is a meeting where the text places it as one: a name of two words or more
    after "at"/"during" ("a speaker at the Global Visionaries Convention in Dallas"), or set off
    by a clause of taking place on a date ("The Global AI Show Riyadh, held from 29-30th June"). An
    edition year before or after the name stands for a word ("at the 2025 NAB Show", "at NAB Show
    2025": the year's edition of a recurring meeting). Up to two lower-case adjectives may stand
    between the article and the name ("at the upcoming Global AI Show", "at the recent 2025 BIO
    International Convention"). A "Week" (value "placed at") is placed by "at" only ("at Northwind
    Display Week 2025"; "during Northwind Safety Week" is an observance): `placing`."""
    tokens = doc_tokens(doc)
    before = start - 1
    year_before = before >= 0 and _is_year(tokens[before]) and len(tokens[before].text) == 4
    before -= year_before  # "at the 2025 NAB Show"
    adjectives = 0
    while before >= 0 and adjectives < PLACING_ADJECTIVES and tokens[before].tag_ == "JJ" and tokens[before].is_lower:
        before -= 1  # "at the upcoming Global AI Show", "at the recent 2025 BIO International Convention"
        adjectives += 1
    if adjectives and not year_before and before >= 0 and _is_year(tokens[before]) and len(tokens[before].text) == 4:
        before -= 1  # "at the 2025 annual Northwind Convention"
        year_before = True
    before -= before >= 1 and tokens[before].lower_ == "the"
    at = before >= 0 and tokens[before].lower_ in placing and end - start >= 3 - _is_year(tokens[end - 1]) - year_before
    return at or end < len(doc) and tokens[end].text == "," and _occurrence_clause(doc, end)


def _occurrence_clause(doc: Doc, comma: int) -> bool:
    """A clause set off by the comma at `comma` that says something takes place on a date: words of
    patterns/event_date_leads.jsonl, one of taking place among them, then a date ("taking place
    September 16-17", "to be held on May 21", "held from 29-30th June")."""
    tokens = doc_tokens(doc)
    leads = lexicon.lower_words("event_date_leads")
    k = comma + 1
    while k < len(doc) and k - comma <= DATE_LEAD_WORDS and tokens[k].lower_ in leads:
        k += 1
    return k < len(doc) and any(tokens[j].lower_ in OCCURRENCE_WORDS for j in range(comma + 1, k)) and _opens_date(tokens[k])


def takes_place(root) -> bool:
    """"The Northwind Summit will be held March 13", "The Northwind Forum will take place May 5",
    "The Northwind Summit is set to take place May 5": a name that is the subject of taking place
    is a meeting, even where it reads as an organization's (patterns/event_occurrence_verbs.jsonl;
    the passive of event_verbs.jsonl)."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return occurrence_verb(root.head, passive=root.dep_ == "nsubjpass") or bool(occurrence_complements(root.head))


def occurrence_verb(verb, passive: bool) -> bool:
    """Whether `verb` says its subject takes place: the passive participle of a verb of
    event_verbs.jsonl ("be held"), or an active verb of event_occurrence_verbs.jsonl with its
    particle ("take place", "kick off")."""
    if passive:
        return verb.lower_ in lexicon.verb_forms("event_verbs", ("participle",))
    for base, particle in lexicon.entries("event_occurrence_verbs"):
        if verb.lower_ in lexicon.forms_of(base.lower()):
            following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
            return particle == base or following is not None and following.lower_ == particle
    return False


COMPLEMENT_STEPS = 2


def occurrence_complements(verb) -> list:
    """"is set to take place", "is scheduled to be held", "is expected to be set to kick off": the
    complements (xcomp, at most two deep) of `verb` that say its subject takes place
    (`occurrence_verb`)."""
    found, level = [], [verb]
    for _ in range(COMPLEMENT_STEPS):
        level = [c for v in level for c in v.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
        found += [c for c in level if occurrence_verb(c, passive=any(a.dep_ == "auxpass" for a in c.children)) and not _takes_object(c)]
    return found


def _takes_object(verb) -> bool:
    """"set to kick off the Northwind Summit": a direct object other than the particle word right
    after the verb ("take place") says the subject starts something else, not that it takes place."""
    return any(c.dep_ == "dobj" and c.i != verb.i + 1 for c in verb.children)


def _outermost(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"25th plenary meeting of ...": a name inside a longer one is the same meeting."""
    return [(s, e) for s, e in found if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found)]


def _field_label(doc: Doc, start: int, end: int) -> bool:
    """"Event Details Event: ...", "Summit: ..." at a line's start: a field label, not a name."""
    at_line_start = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    return at_line_start and end < len(doc) and doc[end].text == ":" and end - start <= 3


def _time_clause(doc: Doc, start: int, end: int) -> bool:
    """The name sits in a clause that places something else in time ("Following the X
    Ministerial, the Secretary will travel May 12-14"): the dates that follow are not its own."""
    head = doc[start:end].root.head
    if head.pos_ == "ADP" and head.lower_ == "of":
        head = head.head
    return head.lower_ in TIME_WORDS


def _acts_as_organizer(root) -> bool:
    """"The Northwind Summit today announced ...": the subject of an organization's verb."""
    return root.dep_ == "nsubj" and root.head.lower_ in lexicon.lower_words("event_agent_verbs")


def _list_comma(doc: Doc, k: int) -> bool:
    """A comma inside a list of one-word topics ("Conference on Hunger, Nutrition and Health"),
    not one before an apposition ("Summit of the Americas, Under Secretary for ...")."""
    return doc[k].text == "," and k + 2 < len(doc) and doc[k + 2].lower_ in {",", "and"}


def right_after(doc: Doc, date: Span, end: int) -> bool:
    """"a co-located Northwind Energy event on Tuesday 4th June", "the Northwind Forum from May 5 to
    7", "The Northwind Conference, January 28-30 in Springfield", "the Northwind Summit in June":
    a date right after the name (`date_start_after`) dates the meeting wherever the parser hung it
    (in a long list it often hangs on another noun). Not a relative day ("the X Summit today":
    the day of what is said of it)."""
    return date.start in date_start_after(doc, end) and date.text.lower() not in RELATIVE_DAYS and (
        doc[end].lower_ != "in" or MONTH_OR_YEAR.search(date.text) is not None
    )


MONTH_OR_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)


def date_start_after(doc: Doc, end: int) -> set[int]:
    """Where a date that belongs to the name ending at `end` may start: right after it, after
    "on"/"from", after "in" ("the X Summit in June"; `right_after` takes only a month or year
    there, not "in the coming weeks"), or after a comma that sets the date off ("The X Conference,
    January 28-30 in Springfield, is ...", "the X Forum, taking place Nov. 18-20": the words of
    patterns/event_date_leads.jsonl between)."""
    if end >= len(doc):
        return set()
    if doc[end].text in CLOSING_QUOTES or doc[end].text == '"':
        return date_start_after(doc, end + 1)  # 'a panel titled “X” on March 26' (`titled_names`)
    end = _past_booth_or_place(doc, end)  # "CES 2026, Booth 123, Las Vegas, Jan. 6-9"
    if end >= len(doc):
        return set()
    if doc[end].text == ",":
        k = first = _after_quoted_theme(doc, end + 1)
        leads = lexicon.lower_words("event_date_leads")
        while k < len(doc) and k - first < DATE_LEAD_WORDS and doc[k].lower_ in leads:
            k += 1  # "The X Forum, taking place Nov. 18-20", "the X Summit, to be held on May 5"
        return {k}
    return {end + (doc[end].lower_ in {"on", "from", "in"})}


DATE_LEAD_WORDS = 4


SET_OFF_MAX = 8
SET_OFF_PARTS = 2


def _past_booth_or_place(doc: Doc, k: int) -> int:
    """Where the words after a name continue past what sets off an exhibitor's place or the city:
    "CES 2026, Booth 123, Las Vegas, Jan. 6-9", "Northwind Expo 2025 (Booth #4521, North Hall) from
    January 6-9", "the Northwind Show in Springfield, April 5-9": a booth or stand
    (patterns/event_booth_words.jsonl) in brackets or between commas, and a place between commas
    (or after "in" before a comma), at most two such parts; `k` (the token after the name)
    unchanged where none follows."""
    tokens = doc_tokens(doc)
    booths = lexicon.lower_words("event_booth_words")
    for _ in range(SET_OFF_PARTS):
        if k + 1 >= len(doc):
            return k
        mark, first = tokens[k].text, tokens[k + 1]
        if mark == "(" and first.lower_ in booths:
            close = next((j for j in range(k + 2, min(k + 2 + SET_OFF_MAX, len(doc))) if tokens[j].text == ")"), None)
            if close is None:
                return k
            k = close + 1
            continue
        booth = first.lower_ in booths and mark == ","
        place = first.ent_type_ in {"GPE", "FAC"} and first.ent_iob_ == "B" and (mark == "," or mark.lower() == "in")
        if not booth and not place:
            return k
        comma = next((j for j in range(k + 2, min(k + 2 + SET_OFF_MAX, len(doc))) if tokens[j].text in {",", ".", ";"}), None)
        if comma is None or tokens[comma].text != ",":
            return k
        if place and comma + 2 < len(doc) and tokens[comma + 1].ent_type_ == "GPE" and tokens[comma + 1].ent_iob_ == "B":
            comma = next((j for j in range(comma + 2, min(comma + 2 + SET_OFF_MAX, len(doc))) if tokens[j].text in {",", ".", ";"}), None)  # "Atlanta, Georgia,"
            if comma is None or tokens[comma].text != ",":
                return k
        if not (place or all(t.ent_type_ not in {"DATE"} for t in tokens[k + 1 : comma])):
            return k
        k = comma
    return k
THEME_MAX = 30


def _after_quoted_theme(doc: Doc, k: int) -> int:
    """"the Northwind Annual Conference, “Forging Leaders for Tomorrow,” taking place November 1-3":
    a quoted theme set off after the name is skipped (with the comma inside or after its closing
    quote); the clause after it may date the meeting. `k` unchanged when no quote opens there."""
    if k >= len(doc) or doc[k].text not in OPENING_QUOTES and doc[k].text != '"':
        return k
    tokens = doc_tokens(doc)
    for j in range(k + 1, min(k + THEME_MAX, sentence_bounds(doc, k)[1])):
        if tokens[j].text in CLOSING_QUOTES or tokens[j].text == '"':
            j += 1
            return j + 1 if j < len(doc) and tokens[j].text == "," else j
    return k


def _date_follows(doc: Doc, end: int) -> bool:
    """A date right after the name (`date_start_after`: "Northwind Forum July 19-20, 2022",
    "Northwind Forum, July 19-20"): a meeting, even where the name reads as an organization's."""
    if end < len(doc) and doc[end].lower_ == "in":
        return False  # "the Northwind Conference in June" may be the body's meeting or the body
    return any(k < len(doc) and doc[k].ent_type_ == "DATE" and doc[k].ent_iob_ == "B" for k in date_start_after(doc, end))


PLACE_OR_PERSON = frozenset({"GPE", "PERSON", "NORP"})
BUILDING_PLACE_OR_PERSON = PLACE_OR_PERSON | {"FAC", "LOC"}


def _only_a_place_or_person(doc: Doc, start: int, end: int, labels: frozenset = PLACE_OR_PERSON) -> bool:
    """"the Springfield summit", "the Smith meeting": a place or person alone does not name a
    meeting; before a lower-case meeting word, nor does a building ("the White House meeting":
    `labels` BUILDING_PLACE_OR_PERSON; the model often takes a capitalized meeting's own name for
    a building: "at [Northwind Tech] 2025")."""
    return all(doc[i].ent_type_ in labels for i in range(start, end))


def _only_a_place(doc: Doc, start: int, end: int) -> bool:
    """"Paris 2024 will take place ...": a place and a year name the place's edition of something,
    no meeting of its own (a person's name takes no place: a PERSON entity there is the model's
    misreading of the meeting's name, "Convergence 2025 takes place")."""
    return all(doc[i].ent_type_ in {"GPE", "LOC", "NORP"} for i in range(start, end))


def month_sessions(doc: Doc) -> list[tuple[int, int]]:
    """"its September session", "the Council's June session": a body's session named by its month."""
    tokens = doc_tokens(doc)
    found = []
    for token in with_lower(doc, MONTH_MEETINGS):
        if token.lower_ not in MONTH_MEETINGS or token.i == 0:
            continue
        month = tokens[token.i - 1]
        if month.text not in MONTH_NAMES or token.i < 2:
            continue
        before = tokens[token.i - 2]
        if before.tag_ in {"PRP$", "POS"} or before.lower_ in {"the", "this", "its", "their"}:
            found.append((month.i, token.i + 1))
    return found


def quoted_names(doc: Doc) -> list[tuple[int, int]]:
    """'the "Future of Northwind" event', "a ‘Northwind Talks’ webinar": a quoted capitalized title
    before a lower-case meeting word is the meeting's name (the words inside the quotes)."""
    tokens = doc_tokens(doc)
    found = []
    heads = meeting_words()
    for token in with_lower(doc, heads):
        if not token.is_lower or token.lower_ not in heads or token.i < 3 or tokens[token.i - 1].text not in CLOSING_QUOTES:
            continue
        close = token.i - 1
        for k in range(close - 1, max(sentence_bounds(doc, token.i)[0], close - QUOTED_NAME_MAX) - 1, -1):
            if tokens[k].text in OPENING_QUOTES or tokens[k].text == '"':
                if k + 1 < close and is_capitalized(tokens[k + 1]):
                    found.append((k + 1, token.i + 1))
                break
    return found


TITLE_VERBS = frozenset({"titled", "entitled", "called", "named", ":"})
TITLE_MAX = 24  # "a webinar titled “Mastering the Future: AI Skills and Certifications to Thrive in 2025 and Beyond.”"


def titled_names(doc: Doc) -> list[tuple[int, int]]:
    """'a panel discussion titled “Hedging Your Bets” on March 26', 'a webinar entitled "The Future
    of Lending"', 'its latest virtual event: “Navigating Volatility.” The event will take place
    April 10': a quoted capitalized title that a meeting word (patterns/event_heads.jsonl,
    event_anaphors.jsonl, event_session_nouns.jsonl) is titled, entitled or called, or that follows
    it after a colon, names the meeting (the words inside the quotes, without a closing period)."""
    tokens = doc_tokens(doc)
    found = []
    nouns = meeting_words("event_session_nouns")
    for token in with_lower(doc, TITLE_VERBS):
        if token.lower_ not in TITLE_VERBS or token.i < 1 or token.i + 2 >= len(doc) or tokens[token.i - 1].lower_ not in nouns:
            continue
        opening = tokens[token.i + 1]
        if opening.text not in OPENING_QUOTES and opening.text != '"' or not is_capitalized(tokens[token.i + 2]):
            continue
        for k in range(token.i + 3, min(token.i + 2 + TITLE_MAX, len(doc))):
            if tokens[k].text in CLOSING_QUOTES or tokens[k].text == '"':
                found.append((token.i + 2, k - (tokens[k - 1].text in {".", ","})))  # 'titled "X."'
                break
    return found


UNSET_OFF_KINDS = frozenset({"named before", "festival", "qualified"})


def set_off_titles(doc: Doc) -> list[tuple[int, int]]:
    """'a free webinar, "The State of Warehouse Robotics," on February 20', 'our next Webinar, “Hiring
    in 2025,” on Wednesday, February 12': a quoted capitalized title set off by a comma after a
    meeting word (patterns/event_heads.jsonl, event_anaphors.jsonl, event_session_nouns.jsonl) and
    followed by the words that date it (patterns/event_date_leads.jsonl, or a date right after)
    names the meeting (the words inside the quotes, without a closing comma or period); so does
    one right after a lower-case meeting word, with no comma ('the awards ceremony “Northwind Awards
    2025”, at the EB Hotel'), dated as the meeting word would be (not after a showcase, festival or
    show: `UNSET_OFF_KINDS`, a performance's title). Not a
    quotation said at the meeting ('At the conference, "We grew," she said'), nor the theme of a
    meeting named already ('the 39th Annual Conference, “Leaders for Democracy,” taking place ...')."""
    tokens = doc_tokens(doc)
    found = []
    nouns = meeting_words("event_session_nouns")
    leads = lexicon.lower_words("event_date_leads")
    for opening in with_text(doc, OPENING_QUOTES | {'"'}):
        i = opening.i
        if i < 2 or i + 2 >= len(doc) or not is_capitalized(tokens[i + 1]):
            continue
        comma = tokens[i - 1].text == ","
        noun = tokens[i - 2] if comma else tokens[i - 1]
        if noun.lower_ not in nouns or not comma and (not noun.is_lower or _event_kind(noun) in UNSET_OFF_KINDS):
            continue  # 'the comedy showcase “X”', 'a film festival “X”': a show's title
        if comma and i >= 3 and is_capitalized(tokens[i - 2]) and is_capitalized(tokens[i - 3]):
            continue  # the meeting word closes a name of its own
        for k in range(i + 2, min(i + 1 + TITLE_MAX, len(doc))):
            if tokens[k].text in CLOSING_QUOTES or tokens[k].text == '"':
                after = k + 1 + (k + 1 < len(doc) and tokens[k + 1].text == ",")
                if not comma or after < len(doc) and (tokens[after].lower_ in leads or _opens_date(tokens[after])):
                    found.append((i + 1, k - (tokens[k - 1].text in {".", ","})))
                break
    return found


CALENDAR_UNITS = frozenset({"year", "month", "week", "day", "quarter", "half", "season", "fiscal", "fy"})


def edition_names(doc: Doc, before_words: frozenset = frozenset({"at"}), occurring: bool = True) -> list[tuple[int, int]]:
    """"showcase at CES 2025 in Las Vegas from January 7-10", "at Northwind Week 2025": a
    capitalized name with its edition year after "at" names a gathering without a meeting word
    (a short form in parentheses may stand inside it: "InsureTech Connect (ITC) Vegas 2025");
    so does one that takes place (`occurring`, `_edition_takes_place`: "Convergence 2025 takes
    place ..."). It is one only where a date other than the year dates it (see `find_events`);
    awards are none."""
    tokens = doc_tokens(doc)
    found = []
    for token in with_text_where(doc, lambda text: len(text) == 4 and YEAR_TOKEN.match(text) is not None):
        if len(token.text) != 4 or not _is_year(token) or token.i < 2 or not is_capitalized(tokens[token.i - 1]):
            continue
        start = token.i
        while start > sentence_bounds(doc, token.i)[0] and token.i - start < EDITION_NAME_MAX:
            if is_capitalized(tokens[start - 1]) and (tokens[start - 1].ent_type_ != "DATE" or _name_word_in_date(tokens[start - 1]) and tokens[start - 1].lower_ not in CALENDAR_UNITS):
                start -= 1  # "at [Northwind] 2025": a word the model put in the year's DATE entity (not "of Year 2025")
            elif start >= 4 and _in_parenthesized_acronym(tokens[start - 1]) and tokens[start - 1].text == ")":
                start -= 3  # "InsureTech Connect (ITC) Vegas 2025"
            else:
                break
        while start < token.i and tokens[start].lower_ in {"the", "a", "an"}:
            start += 1  # "The Northwind Summit 2026 returns": an article opening the sentence
        before = tokens[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "the" and start > 1:
            before = tokens[start - 2]
        if start == token.i or tokens[start].text in MONTH_NAMES:
            continue
        introduced = before is not None and before.lower_ in before_words
        if not introduced and not (occurring and (_edition_takes_place(doc, start, token.i + 1) or appositive_meeting(doc[start : token.i + 1].root))):
            continue
        if introduced and _only_a_place_or_person(doc, start, token.i) or _only_a_place(doc, start, token.i) or _arts_festival(doc, start, token.i) or any(tokens[i].text in lexicon.words("event_not_heads") for i in range(start, token.i)):
            continue
        found.append((start, token.i + 1))
    return found


INTRODUCING_WORDS = frozenset({"of", "for", "attend", "attending", "attended", "during"})


def introduced_editions(doc: Doc) -> list[tuple[int, int]]:
    """"invite attendees of InsureTech Connect Vegas 2025 ... The event, held October 14–16",
    "keynote speaker for LatinaFest 2025. The event will take place on June 1": a name with its
    edition year after of/for/attend (`edition_names`) is a meeting only where a date attached to
    it, or the next sentence naming it again, dates it (see `find_events`)."""
    return edition_names(doc, INTRODUCING_WORDS, occurring=False)


def appositive_meeting(root) -> bool:
    """"ETH Northwind 2025, one of the most talked about blockchain conferences", "Northwind 2025, an
    international conference": a name in apposition with a meeting word (patterns/event_heads.jsonl,
    event_anaphors.jsonl; "one of the ... <meetings>") is a meeting's name; its edition year dates it."""
    nouns = meeting_words()
    for child in root.children:
        if child.dep_ != "appos":
            continue
        noun = child
        if child.lower_ == "one":
            noun = next((t for t in child.subtree if t.tag_ == "NNS"), child)  # "one of the most talked about ... conferences"
        word = noun.lower_
        if noun.is_lower and (word in nouns or word.endswith("s") and word[:-1] in nouns):
            return True
    return False


APPOSED_KINDS = frozenset({"also lower", LOWER_AFTER_TWO, "festival"})
APPOSED_NAME_MAX = 6


@lru_cache(maxsize=None)
def apposed_meeting_nouns() -> frozenset[str]:
    """Lower-case nouns that say what a name in apposition is: the meeting words of
    patterns/event_heads.jsonl that also name a meeting in lower case ("conference", "summit",
    "festival"), and "event" and "gathering" (event_anaphors.jsonl)."""
    heads = lexicon.mapping("event_heads")
    return frozenset(text.lower() for text, kind in heads.items() if kind in APPOSED_KINDS) | {"event", "gathering"}


def _apposed_name_word(token) -> bool:
    """A word of a name set off by a comma: a capitalized word or code that is no date ("RE+",
    "LATINAFest®"), a year after it, or a mark glued inside it."""
    if token.ent_type_ == "DATE" and not _is_year(token) and not _name_word_in_date(token):
        return False  # not "May", but "WebX" of "WebX 2024" the model read as a date
    return is_capitalized(token) and not token.is_punct or _is_year(token) or token.text in {"&", "+", "®", "™", "!"}


APPOSED_PHRASE_MAX = 8


def _phrase_comma(tokens: list, low: int, noun: int) -> Optional[int]:
    """The comma that opens the noun phrase ending at `noun` (", North America's largest clean
    energy event"): the nearest comma before it with only words of a noun phrase between (no verb,
    preposition or conjunction); None where there is none."""
    for k in range(noun - 1, max(low, noun - APPOSED_PHRASE_MAX) - 1, -1):
        token = tokens[k]
        if token.text == ",":
            return k if k < noun - 1 and k > low else None
        if token.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PUNCT"} and token.tag_ != "HYPH" and not (token.pos_ == "VERB" and token.dep_ == "amod"):
            return None  # a participle modifying the noun is of the phrase ("Asia's leading Web3 conference")
    return None


def _apposed_non_meeting(doc: Doc, start: int, end: int) -> bool:
    """"its quarterly Live Pitch event, a high-stakes competition where ...": a name set off by a
    comma before a noun phrase headed by a competition, award or campaign (the lower-case words of
    patterns/event_not_heads.jsonl) is that, no meeting."""
    tokens = doc_tokens(doc)
    if end >= len(doc) or tokens[end].text != ",":
        return False
    high = sentence_bounds(doc, end)[1]
    not_meetings = lexicon.lower_words("event_not_heads")
    for k in range(end + 2, min(end + 1 + APPOSED_PHRASE_MAX, high)):
        token = tokens[k]
        if token.is_lower and (token.lower_ in not_meetings or token.lower_.endswith("s") and token.lower_[:-1] in not_meetings):
            modifier = token.head.i > token.i or k + 1 < high and (tokens[k + 1].tag_ in {"POS", "HYPH"} or tokens[k + 1].text in {"-", "–"})
            return not modifier and _phrase_comma(tokens, end - 1, k) == end  # not "a competition-free gathering"
        if token.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PUNCT"} and token.tag_ != "HYPH":
            return False
    return False


def apposed_names(doc: Doc) -> list[tuple[int, int]]:
    """"RE+, North America's largest clean energy event, Sept. 8-11 in Las Vegas", "its annual user
    conference, Northwind Connect, on April 3": a capitalized name set off by a comma beside a noun
    phrase headed by a lower-case meeting noun (`apposed_meeting_nouns`), before it or after it,
    names a meeting without a meeting word of its own (the parse often misses the apposition, so
    the commas and the noun phrase's edges decide). Not a place, person or people, nor a phrase
    opening the sentence ("At the summit, Jane Roe, ..."; "Held in Springfield, the event is
    open ...": a noun phrase that is its clause's subject); it is one only where a date dates it
    (see `find_events`)."""
    tokens = doc_tokens(doc)
    found = []
    for noun in with_lower(doc, apposed_meeting_nouns()):
        if not noun.is_lower or noun.dep_ in {"compound", "poss"} or noun.i + 1 < len(doc) and tokens[noun.i + 1].tag_ == "POS":
            continue  # "the conference chair", "the event's sponsor"
        low, high = sentence_bounds(doc, noun.i)
        comma = _phrase_comma(tokens, low, noun.i)
        after = noun.i + 1
        if comma is not None and noun.dep_ not in {"nsubj", "nsubjpass"}:
            start = end = comma
            while start - 1 >= low and end - start < APPOSED_NAME_MAX and _apposed_name_word(tokens[start - 1]):
                start -= 1
            people = {"GPE", "LOC", "FAC", "PERSON", "NORP"}
        elif after + 1 < high and tokens[after].text == "," and noun.head.pos_ in {"VERB", "AUX"} | {"ADP"} and not (noun.head.pos_ == "ADP" and noun.head.i <= low + 1):
            start = end = after + 1
            while end < high and end - start < APPOSED_NAME_MAX and _apposed_name_word(tokens[end]):
                end += 1
            if end >= high or tokens[end].text != "," or end + 1 < high and tokens[end + 1].pos_ in {"VERB", "AUX"}:
                continue
            people = {"GPE", "LOC", "FAC", "NORP"}  # "its user conference, [Northwind Connect]": often read as a person
        else:
            continue
        while start < end and (tokens[start].lower_ in {"the", "a", "an"} or tokens[start].pos_ == "ADP"):
            start += 1  # "At Northwind 2024, a gathering ...": the sentence's capitalized preposition is no word of the name
        if start == end or not any(tokens[k].text[:1].isupper() and not _is_year(tokens[k]) for k in range(start, end)):
            continue
        if tokens[start].text in MONTH_NAMES or all(tokens[k].ent_type_ in people for k in range(start, end)):
            continue
        if any(tokens[k].text in lexicon.words("event_not_heads") or _event_head(tokens[k]) for k in range(start, end)):
            continue  # a name with a meeting word of its own is found by its head (`head_name_spans`)
        found.append((start, end))
    return found


def _edition_takes_place(doc: Doc, start: int, end: int) -> bool:
    """"From September 29 - October 1, Northwind 2025 takes place in Lyon", "the largest
    conference for advisors, Northwind LIVE 2024, will take place in Lyon from Oct. 15-17": a
    name with its edition year that is the subject of a verb of taking place (`takes_place`),
    or in apposition with that subject, is a meeting's name."""
    root = doc[start:end].root
    if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}:
        root = root.head
    return takes_place(root)


OCCURRENCE_WORDS = frozenset({"held", "place", "happening", "running", "runs", "scheduled", "slated", "set"})
OCCURRENCE_NAME_MAX = 6
NAME_BEFORE = frozenset({"in", "at", "during"})


def occurrence_names(doc: Doc) -> list[tuple[int, int]]:
    """"participating in Datacloud USA, taking place September 16-17", "exhibit at Northwind Live
    2025, to be held on May 21": a capitalized name after "in"/"at"/"during" (or a verb of taking
    part: "attend X, held ..."), set off by a comma and a clause that says it takes place on a date
    (patterns/event_date_leads.jsonl, with a word of taking place), names a meeting without a
    meeting word. Not a place, a person or a venue ("at the Northwind Hotel, held ...")."""
    tokens = doc_tokens(doc)
    leads = lexicon.lower_words("event_date_leads")
    found = []
    for comma in with_text(doc, {","}):
        if comma.text != "," or comma.i < 2 or comma.i + 2 >= len(doc) or tokens[comma.i + 1].lower_ not in leads or not _occurrence_clause(doc, comma.i):
            continue
        start = comma.i
        while start - 1 > sentence_bounds(doc, comma.i)[0] and comma.i - start < OCCURRENCE_NAME_MAX and _occurrence_name_word(tokens[start - 1], comma.i - start):
            start -= 1
        while start < comma.i and tokens[start].lower_ in NAME_CONNECTORS:
            start += 1
        if start == comma.i or not any(tokens[j].text[:1].isupper() and not _is_year(tokens[j]) for j in range(start, comma.i)):
            continue
        before = start - 1 - (tokens[start - 1].lower_ == "the")
        if before < 0 or not (tokens[before].lower_ in NAME_BEFORE or tokens[before].lower_ in lexicon.verb_forms("event_verbs")):
            continue
        if all(tokens[j].ent_type_ in {"GPE", "FAC", "PERSON", "NORP"} for j in range(start, comma.i)) or tokens[comma.i - 1].text in lexicon.words("event_venue_heads") or tokens[start].text in MONTH_NAMES:
            continue
        if any(tokens[j].text in lexicon.words("event_not_heads") for j in range(start, comma.i)):
            continue  # "the Northwind Awards, held on May 5": awards are no meetings
        found.append((start, comma.i))
    return found


def _opens_date(token) -> bool:
    """A token that starts a date: the model's DATE entity, or a capitalized month before a day."""
    return token.ent_type_ == "DATE" and token.ent_iob_ == "B" or token.text in MONTH_NAMES


def _occurrence_name_word(token, size: int) -> bool:
    """A word of a name set off before "taking place ...": a capitalized word or code that is no
    date, a year after it ("Northwind Live 2025"), or a connector inside it ("Oil & Gas Expo")."""
    if token.ent_type_ == "DATE" and not _is_year(token):
        return False
    if token.lower_ in {"&", "of", "and"}:
        return size > 0
    return is_capitalized(token) and not token.is_punct or _is_year(token) and size == 0


def session_host(doc: Doc, orgs: OrgTokens, start: int) -> Optional[int]:
    """The body whose month session this is: "the Council's June session" -> the Council's cluster."""
    if start >= 2 and doc[start - 1].tag_ == "POS":
        return orgs.end.get(start - 1)
    return None


def _attachment(token):
    """The word a date hangs on, through prepositions and places ("travel to Lyon, France,
    June 17-20": the date of the travel)."""
    head = token.head
    for _ in range(4):
        if head == head.head or not (head.pos_ == "ADP" or head.ent_type_ in {"GPE", "LOC", "FAC"}):
            break
        head = head.head
    return head


def _in_subtree(doc: Doc, date: Span, start: int, end: int) -> bool:
    """The date lies in the name's subtree ("X Summit, held October 12-14")."""
    root = doc[start:end].root
    return root.left_edge.i <= date.start and date.end - 1 <= root.right_edge.i and any(
        t.is_ancestor(date.root) or t == date.root for t in doc[start:end]
    )


def date_attached(doc: Doc, date: Span, start: int, end: int) -> bool:
    """Whether a date in the sentence dates the named meeting [start, end): it lies in the name's
    subtree ("X Summit, held October 12-14"; "this year's X Meeting"), or hangs on the verb the
    name hangs on ("will host the X Summit on May 5"; "X Summit will take place May 15-17"), not
    on another noun ("Today's meeting builds on momentum from the X Summit") or verb ("signed an
    agreement today to advance the X Dialogue")."""
    root = doc[start:end].root
    date_root = date.root
    possessive_end = date.end if date[-1].tag_ == "POS" else date.end + 1 if date.end < len(doc) and doc[date.end].tag_ == "POS" else None
    if possessive_end is not None and 0 <= start - possessive_end <= 3:
        return True  # "this year's 60th X Meeting", "last month's X Summit"
    if _in_subtree(doc, date, start, end):
        return True
    date_head = _attachment(date_root)
    if start <= date_head.i < end:
        return True
    if root.dep_ == "compound" and date_head == root.head and date_head.pos_ == "NOUN":
        return True  # "the Northwind Summit agenda for April 29-30": the date of what the name modifies
    if happens_at(root, date_head):
        return True
    if date_head.pos_ not in {"VERB", "AUX"}:
        return date_head == date_root or date_head.dep_ == "ROOT" and date_head.pos_ not in {"NOUN", "PROPN"}
    if opening_participle(date_head, root):
        return True
    verb = name_verb(root)
    while verb is not None and verb != date_head and verb.head != verb and (
        verb.dep_ in {"xcomp", "conj"} or verb.dep_ == "advcl" and verb.lower_ in lexicon.lower_words("event_verbs")
    ):
        verb = verb.head  # "will co-host the X Forum July 19-20"; "travel June 17-20 to attend the X Ministerial"
    if verb is not None and root.dep_ in {"nsubj", "nsubjpass"} and date_head in occurrence_complements(verb):
        return True  # "The Northwind Summit is set to take place on May 5"
    return verb is not None and (verb == date_head or where_clause_verb(verb) == date_head)


OWNING_PREPOSITIONS = frozenset({"for", "of", "with", "to", "about"})
OWNING_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "oprd"})
COPULAS = lexicon.copulas()
OWNING_STEPS = 2


def date_of_owning_noun(doc: Doc, date: Span, start: int, end: int, adjacent: bool = False) -> bool:
    """"Tickets for the Northwind Summit go on sale on January 20", "Registration for the Northwind
    Forum opens May 1", "was elected chair of the Northwind Forum on May 5", "signed an agreement
    with the Northwind Forum on May 5": a name completing a noun through for/of/with/to (directly
    or through one more such noun: "the call for papers for the X Conference"), that noun the
    subject or object of the verb (no copula) the date hangs on, is no part of what is dated: the
    date is of the sale, the opening, the election. Not a meeting's own part or occasion ("the
    keynote of", "the sidelines of": patterns/event_session_nouns, event_part_nouns,
    event_link_nouns, event_anaphors). A date right after the name (`adjacent`) is the meeting's
    ("announces its sponsors for the X Gala on June 3"), unless the verb tells a past act ("signed
    an agreement with the X Forum on January 10", "was elected chair of the X Forum on May 5")."""
    root = doc[start:end].root
    noun = root
    for _ in range(OWNING_STEPS):
        if noun.dep_ != "pobj" or noun.head.lower_ not in OWNING_PREPOSITIONS or noun.head.head.pos_ != "NOUN":
            return False
        noun = noun.head.head
        if noun.dep_ in OWNING_ROLES:
            break
    if noun.dep_ not in OWNING_ROLES or noun.lower_ in meeting_words("event_part_nouns", "event_session_nouns", "event_link_nouns"):
        return False
    verb = noun.head
    if adjacent and not _past_act(verb):
        return False
    return verb.pos_ in {"VERB", "AUX"} and verb.lower_ not in COPULAS and _attachment(date.root) == verb


def _past_act(verb) -> bool:
    """A verb in the past tense ("signed"), or a past participle after was/were/has/have/had ("was
    elected", "has signed")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in {"was", "were", "has", "have", "had"} for c in verb.children if c.dep_ in {"aux", "auxpass"})


def happens_at(root, noun) -> bool:
    """"Jane Roe's June 3 presentation at the Northwind Conference", "its May 26 recognition at
    the Northwind Gala": a dated noun (the date its modifier or its "on <date>") whose "at"/"during"
    phrase names the meeting is something that happened at the meeting; its date is a day of it."""
    return noun.pos_ in {"NOUN", "PROPN"} and root.head.lower_ in WHERE_SAID and root.head.head == noun and root.head != root


PLACE_CLAUSE_STEPS = 4


def where_clause_verb(verb):
    """"The ministers met in March 2024 in Lyon, where the Northwind Dialogue was held": the verb of
    a relative clause of place ("where ...") hanging on a place, and the verb that place hangs on
    (through prepositions and nouns: "during the visit to Lyon, where ..."); its date is the
    meeting's. None for any other verb."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    head = verb.head
    for _ in range(PLACE_CLAUSE_STEPS):
        if head.pos_ in {"VERB", "AUX"} or head.head == head:
            break
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else None


def opening_participle(clause, root) -> bool:
    """"Scheduled for November 18-19 in Lyon, the summit will bring ...", "Held June 23-27, the
    Northwind Forum drew ...": a participle clause opening the sentence, with no subject of its
    own, says what its main verb's subject (the meeting) is; its date is the meeting's."""
    return (
        clause.dep_ == "advcl" and clause.tag_ in {"VBN", "VBG"} and clause.i < root.i
        and clause.left_edge.i == clause.sent.start
        and root.dep_ in {"nsubj", "nsubjpass"} and root.head == clause.head
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def name_verb(root):
    """The verb a name hangs on directly or through one preposition ("host the X Summit",
    "participate in the X Forum", "the X Summit opened"); None when it hangs on another noun
    ("G7 members", "momentum from the X Summit")."""
    head = root
    while head.dep_ in {"conj", "appos"} and head.head.pos_ in {"NOUN", "PROPN"} and head.head != head:
        head = head.head
    head = head.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head
    if head.pos_ == "NOUN" and head.dep_ == "attr" and head.head.pos_ in {"VERB", "AUX"} and root.head.lower_ in {"at", "during"}:
        head = head.head  # "On May 5, Smith was a featured speaker at the X Convention": the copula's date
    if head.pos_ == "NOUN" and head.lower_ in lexicon.lower_words("event_link_nouns") and head.head.pos_ == "ADP":
        head = head.head.head  # "held in November in conjunction with the X Conference"
    return head if head.pos_ in {"VERB", "AUX"} and head != root else None


def nearest_date(
    doc: Doc, anchor: Optional[dt.date], sent: Span, start: int, end: int, others: tuple[tuple[int, int], ...] = ()
) -> tuple[list[tuple[str, str]], Optional[tuple[int, int]], int]:
    """Dates of the date expression closest to tokens [start, end) in the sentence that dates
    the meeting (`date_attached`); else of one that follows the name closely and hangs on no
    other noun (the parse of a dateline-led sentence is often broken); else the edition year
    in the name ("Northwind Summit 2025"). A date that hangs on another meeting's name in `others`
    is that meeting's ("The X Ministerial builds towards the Y Summit on June 6-10"). The last
    value ranks the evidence: 2 attached, 1 close, 0 edition. Relative dates read from `anchor`."""
    fallback = edition = None
    attached_dates: list[tuple[int, list[tuple[str, str]], tuple[int, int]]] = []
    ahead = planned(doc, start, end) and not any(_is_year(t) for t in doc[start:end])  # "the X 2025 Conference ... May 18": the edition's year
    year = edition_year(doc, start, end)
    for span in date_spans(doc, sent, relative_phrases=True):
        if span.start >= start - 1 and span.end <= end and all(_is_year(t) for t in span):
            edition = span  # "Northwind Summit 2025", "the 2025 Northwind Summit"
            continue
        calendar = calendar_line(doc, span, start)
        reported = is_dateline_date(doc, span) and _reported_from(doc, span, start)
        if not calendar and not reported and is_dateline_date(doc, span) or _on_another_name(span, start, end, others) or not reported and announcement_date(doc, span, start, end) or no_point_in_time(doc, span):
            continue
        after = right_after(doc, span, end)
        if not calendar and date_of_owning_noun(doc, span, start, end, after):
            continue
        attached = date_attached(doc, span, start, end) or after or calendar or reported
        close = (
            (fallback is None or _relative_period(doc, fallback[1])) and 0 <= span.start - end <= FOLLOWING_DATE_WINDOW and not _on_other_noun(span, start, end)
            and span.text.lower() not in RELATIVE_DAYS  # "X Summit, announced ... today": the announcement's day
            and not _time_clause(doc, start, end)
        )
        if not attached and not close:
            continue
        values = parse_dates(_in_edition_year(_with_range_prefix(doc, span), year), anchor, nearest=True, ahead=ahead)
        if not values:
            continue
        if not attached:
            fallback = (values, (span.start, span.end))
            continue
        distance = span.start - end if span.start >= end else (start - span.end) * 2
        attached_dates.append((distance, values, (span.start, span.end)))
    if attached_dates:
        best = min(attached_dates, key=lambda c: c[0])
        best = finest_within(best, attached_dates + ([(FOLLOWING_DATE_WINDOW, *fallback)] if fallback else []))
        return best[1], best[2], 2
    if fallback is not None:
        return fallback[0], fallback[1], 1
    if edition is not None:
        return parse_dates(edition.text, anchor), (edition.start, edition.end), 0
    return _edition_year_in_name(doc, anchor, start, end)


def _edition_year_in_name(doc: Doc, anchor: Optional[dt.date], start: int, end: int) -> tuple[list[tuple[str, str]], Optional[tuple[int, int]], int]:
    """"exhibits at [Northwind Display Week 2025]" (the model's ORG over the year): a year inside the
    name, or right before it, that no DATE entity holds is still the edition's year (`edition_year`),
    the meeting's date where nothing finer dates it (rank 0)."""
    year = edition_year(doc, start, end)
    k = next((i for i in range(max(start - 1, 0), end) if doc[i].text == year), None)
    if year is None or k is None or doc[k].ent_type_ == "DATE":
        return [], None, -1  # a year of the model's DATE entity was read as a date already (a dateline's, a period's)
    return parse_dates(year, anchor), (k, k + 1), 0


REPORTING_PLACES = frozenset({"At", "During"})


def _reported_from(doc: Doc, date: Span, start: int) -> bool:
    """"Springfield (Wire) Friday Nov 8, 2024 @ 10:30 AM — At the Northwind Symposium in Lyon, Acme
    and Beta announced that ...": a meeting placed by "At"/"During" right after the dateline's
    mark, where the sentence says (past or present, no "will") what was announced there
    (patterns/event_agent_verbs.jsonl), is under way on the release's date: the dateline's date
    is a day of it (a side event dated later in the text is not its start)."""
    tokens = doc_tokens(doc)
    k = start - 1 - (start >= 1 and tokens[start - 1].lower_ == "the")
    if k < 1 or tokens[k].text not in REPORTING_PLACES or tokens[k - 1].text not in DATELINE_MARKS or not 0 <= k - date.end <= DATELINE_TOKENS:
        return False
    agents = lexicon.lower_words("event_agent_verbs")
    high = sentence_bounds(doc, start)[1]
    return any(
        t.lower_ in agents and t.tag_ in {"VBD", "VBZ"} and not any(c.lower_ in FUTURE_AUXILIARIES for c in t.children)
        for t in tokens[start:high]
    )


RELATIVE_PERIOD_LEADS = frozenset({"this", "next", "last"})


def _relative_period(doc: Doc, where: tuple[int, int]) -> bool:
    """"presented this year by Acme, on Wednesday, January 22, 2025": a period named relative to
    the release ("this year", "next month") that follows the name closely gives way to a date
    after it that follows as closely (the release may be dated in another year than the meeting)."""
    return doc[where[0]].lower_ in RELATIVE_PERIOD_LEADS and where[1] - where[0] == 2


def edition_year(doc: Doc, start: int, end: int) -> Optional[str]:
    """"Northwind Climate Week 2026", "the 2026 Northwind Summit", "CES 2026": the four-digit year
    in the meeting's name (or right before it) is the year of this edition; not a year after a
    reporting period ("Fourth Quarter 2025 Earnings Call": patterns/event_report_periods.jsonl),
    which names the period reported on."""
    tokens = doc_tokens(doc)
    periods = lexicon.lower_words("event_report_periods")
    for k in range(max(start - 1, 0), end):
        text = tokens[k].text
        if len(text) == 4 and _is_year(tokens[k]) and not (k > 0 and tokens[k - 1].lower_ in periods):
            return text
    return None


def _in_edition_year(text: str, year: Optional[str]) -> str:
    """A date that names a month but no year ("on September 21", "October 5-7") falls in the
    name's edition year (`edition_year`): the text with that year added; else the text as it is."""
    if year is None or YEAR_IN_TEXT.search(text) is not None or MONTH_IN_TEXT.search(text) is None:
        return text
    return f"{text.rstrip(' ,.')} {year}"


YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
MONTH_IN_TEXT = re.compile(rf"\b{MONTH}\b", re.IGNORECASE)


CALENDAR_MARKS = frozenset({"-", "–", "—", ":", "|"})


def calendar_line(doc: Doc, date: Span, start: int) -> bool:
    """"January 27 - Digital Asset Virtual Investor Conference", "May 5–7: Northwind Summit": a line
    that opens with a date, then a dash or colon, then the meeting's name is an entry of a
    calendar; the date is the meeting's. So is a date right before the name whose month is glued
    to the word before it (`dates.glued_month`: the calendar's line breaks were lost)."""
    mark = start - 1
    if date.end == start and glued_month(doc[date.start].text):
        return True  # "... - FrankfurtMay 6 Northwind Midcap Conference 2026 - Paris": a calendar whose line breaks were lost
    return mark >= 1 and doc[mark].text in CALENDAR_MARKS and date.end == mark and (date.start == 0 or ends_line(doc[date.start - 1]))


def finest_within(best: tuple, candidates: list[tuple]) -> tuple:
    """"a sponsor in the Northwind Summit at Expo 2024 in Lyon, on November 11, 2024": of the
    dates the sentence attaches to the meeting, the nearest may be only a year ("2024", another
    name's edition) or a month; a finer one within it, attached or close after the name
    ("2024-11-11"), states the same meeting's date more precisely and wins (the nearest of the
    finest)."""
    within = [c for c in candidates if finer(c[1], best[1])]
    if not within:
        return best
    finest = max(len(c[1][0][0]) for c in within)
    return min((c for c in within if len(c[1][0][0]) == finest), key=lambda c: c[0])


FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall"})
AHEAD_WORDS = frozenset({"upcoming", "forthcoming", "next"})


def planned(doc: Doc, start: int, end: int) -> bool:
    """The text plans the meeting [start, end): "will take place", "will speak at", "is to be
    held", "the upcoming X Summit", "ahead of the X Conference". A date without a year then falls
    on or after the release date, however far ahead ("in November" said in February)."""
    root = doc[start:end].root
    if any(t.lower_ in AHEAD_WORDS for t in doc[max(start - 2, 0) : start]) or start >= 2 and doc[start - 2].lower_ == "ahead" and doc[start - 1].lower_ == "of" or start >= 3 and doc[start - 3].lower_ == "ahead" and doc[start - 2].lower_ == "of":
        return True
    verb = name_verb(root) if root.dep_ not in {"nsubj", "nsubjpass"} else root.head
    for _ in range(3):
        if verb is None:
            return False
        auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if any(a in FUTURE_AUXILIARIES for a in auxes) or "to" in auxes and "be" in auxes or _plans(verb, auxes):
            return True
        purpose = verb.dep_ == "advcl" and "to" in auxes  # "will travel ... to attend the X Summit", not "as agreed at"
        if verb.dep_ not in {"xcomp", "conj"} and not purpose or verb.head == verb:
            return False
        verb = verb.head
    return False


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _plans(verb, auxes: list[str]) -> bool:
    """Other ways a release plans what a verb says: a headline's infinitive ("Acme to Present at
    the X Summit on May 5"); an infinitive or passive of a planning verb
    (patterns/event_plan_verbs.jsonl: "invites investors to attend", "is scheduled to present",
    "is set for May 5"); an imperative opening its sentence ("Register now for the X Summit",
    "Join us at ..."); the present tense of taking place ("The X Summit returns September 10-12",
    "takes place May 5")."""
    plan_verbs = lexicon.verb_forms("event_plan_verbs")
    if "to" in auxes and (verb.dep_ == "ROOT" or verb.head.lower_ in plan_verbs):
        return True
    if verb.lower_ in plan_verbs and verb.tag_ == "VBN" and any(a in {"is", "are"} for a in auxes):
        return True
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and verb.i == sentence_bounds(verb.doc, verb.i)[0] and not any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.tag_ in PRESENT_TAGS and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in verb.children) and verb.lower_ in lexicon.verb_forms("event_occurrence_verbs")


@lru_cache(maxsize=None)
def _part_verb_bases() -> dict[str, str]:
    """Each form of a verb of taking part (patterns/event_verbs.jsonl) -> its base form."""
    return {form: base for base in sorted(lexicon.lower_words("event_verbs")) for form in lexicon.forms_of(base)}


def taking_part_verb(doc: Doc, start: int, end: int) -> Optional[str]:
    """The base form of the verb of taking part (patterns/event_verbs.jsonl) that the name hangs on
    through at/in/during ("will present at the Northwind Healthcare Conference", "Acme to
    Participate in the Northwind Summit"); read from the words before the name, as a headline's
    parse is often broken; None for any other name."""
    tokens = doc_tokens(doc)
    k = start - 1 - (start >= 1 and tokens[start - 1].lower_ == "the")
    if k < 1 or tokens[k].lower_ not in {"at", "in", "during"}:
        return None
    return _part_verb_bases().get(tokens[k - 1].lower_)


def _takes_part_again(token, part_verb: Optional[str]) -> bool:
    """"Acme will present at the Northwind Conference. ... Acme is scheduled to present on May 18":
    the verb of taking part the name hung on (`taking_part_verb`), said again with no object and no
    capitalized name after at/in/during (no other meeting, nor anything else it does; an hour is
    none: "at 10 a.m. ET"), names the same taking part; its date is a day of the meeting."""
    if part_verb is not None and _possessed_part(token):
        return True
    if part_verb is None or token.pos_ != "VERB" or _part_verb_bases().get(token.lower_) != part_verb:
        return False
    return not any(c.dep_ == "dobj" or _names_a_place_or_meeting(c) for c in token.children)


def _possessed_part(token) -> bool:
    """"Acme will present at the Northwind Conference. Acme's presentation is scheduled for May 18",
    "The company's presentation is slated to begin at 2:20 p.m. on June 12": a part of a meeting
    (patterns/event_part_nouns.jsonl) owned by a possessive ("Acme's", "the company's", "its"), the
    subject of its clause, after a name that a verb of taking part placed, is that taking part."""
    return (
        token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in lexicon.lower_words("event_part_nouns")
        and any(c.dep_ == "poss" for c in token.children)
    )


def _date_of_complement(doc: Doc, date: Span, token) -> bool:
    """"Acme's presentation is slated to begin at 2:20 p.m. on June 12": the date of a complement
    (xcomp) of the verb whose subject is `token` is the date of what `token` names."""
    head = _attachment(date.root)
    return head.dep_ == "xcomp" and head.head == token.head and token.dep_ in {"nsubj", "nsubjpass"}


def _names_a_place_or_meeting(prep) -> bool:
    """An at/in/during phrase with a capitalized object that is no hour ("at the Westbrook Summit",
    "in Boston"; not "at 10 a.m. ET")."""
    if prep.dep_ != "prep" or prep.lower_ not in {"at", "in", "during"}:
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if any(g.ent_type_ == "TIME" or g.like_num or any(n.dep_ == "nummod" for n in g.children) for g in objects):
        return False
    return any(is_capitalized(g) for g in objects)


def sentences_naming_again(doc: Doc, sent: Span) -> tuple[list[Span], Optional[Span]]:
    """Where a meeting named in `sent` may be named again: the next two sentences of its paragraph,
    or, where `sent` closes the paragraph, the next paragraph's opening sentence (also returned
    alone as the opening, else None)."""
    following = _next_sentences(doc, sent, 2)
    opening = None if following else _next_paragraph_opening(doc, sent)
    return following or ([opening] if opening is not None else []), opening


def anaphor_date(
    doc: Doc, anchor: Optional[dt.date], sent: Span, year: Optional[str] = None, part_verb: Optional[str] = None
) -> tuple[list[tuple[str, str]], Optional[tuple[int, int]]]:
    """The date of a meeting named again in one of the next two sentences of the paragraph: "The
    Northwind Forum opens a new series. The three-day event will be held May 5-7, 2026 in Lyon.";
    or, where the name's sentence closes its paragraph, as the subject of the next paragraph's
    opening sentence ("... will present at the Northwind Summit.\\n\\nThe conference takes place
    May 20-22 in Lyon."; "Held June 23-27, the event brought together ..."). A date without a year
    falls in the meeting's edition `year` where its name has one (`edition_year`). The verb of
    taking part the name hung on, said again (`part_verb`, `_takes_part_again`: "... will present
    at the X Conference.\n\nAcme is scheduled to present on May 18"), names the meeting again too."""
    following_sents, opening = sentences_naming_again(doc, sent)
    for following in following_sents:
        for token in following:
            again = _names_a_meeting_again(token) and not (following is opening and token.dep_ not in {"nsubj", "nsubjpass"})
            if not again and not _takes_part_again(token, part_verb):
                continue
            found = []
            for span in date_spans(doc, following, relative_phrases=True):
                attached = date_attached(doc, span, token.i, token.i + 1) or not again and _possessed_part(token) and _date_of_complement(doc, span, token)
                if attached and not no_point_in_time(doc, span) and not (following is opening and is_dateline_date(doc, span)):
                    ahead = year is None and planned(doc, token.i, token.i + 1)  # "The event will take place on Friday"
                    values = parse_dates(_in_edition_year(_with_range_prefix(doc, span), year), anchor, nearest=True, ahead=ahead)  # "running July 29 – August 2"
                    if values:
                        found.append((len(found), values, (span.start, span.end)))
            if found:
                _, values, where = finest_within(found[0], found)  # "The 2026 Summit takes place March 12-13, 2026"
                return values, where
    return [], None


NAMING_AGAIN_DETERMINERS = frozenset({"the", "this", "its", "their"})


def later_in_sentence(
    doc: Doc, anchor: Optional[dt.date], sent: Span, end: int, others: tuple[tuple[int, int], ...], year: Optional[str] = None
) -> tuple[list[tuple[str, str]], Optional[tuple[int, int]]]:
    """"Northwind, the ultimate event for builders, announces its first speakers for its
    one-of-a-kind conference occurring in Miami from Jan. 21-24": a meeting named with no date of
    its own takes the date of a lower-case meeting noun after it in the same sentence, determined
    by the/this/its/their and with no name of its own (`_names_a_meeting_again`), where no other
    meeting is named between."""
    nouns = meeting_words()
    for token in doc_tokens(doc)[end : sent.end]:
        if any(end <= s < token.i for s, _ in others):
            break
        if token.lower_ not in nouns or not token.is_lower or token.dep_ == "appos" and token.head.i < end:
            continue  # "Northwind, the ultimate event ..., today announced": the name's own apposition
        determiners = [t for t in token.lefts if t.dep_ in {"det", "poss"}]
        if not determiners or determiners[0].lower_ not in NAMING_AGAIN_DETERMINERS or any(is_capitalized(t) for t in token.lefts if t.dep_ == "compound"):
            continue
        found = []
        for span in date_spans(doc, sent, relative_phrases=True):
            if span.start > token.i and date_attached(doc, span, token.i, token.i + 1) and not no_point_in_time(doc, span) and not is_dateline_date(doc, span) and not announcement_date(doc, span, token.i, token.i + 1):
                values = parse_dates(_in_edition_year(_with_range_prefix(doc, span), year), anchor, nearest=True, ahead=planned(doc, token.i, token.i + 1))
                if values:
                    found.append((len(found), values, (span.start, span.end)))
        if found:
            _, values, where = finest_within(found[0], found)  # "next year in Miami from Jan. 21-24, 2025"
            return values, where
    return [], None


def _next_sentences(doc: Doc, sent: Span, count: int) -> list[Span]:
    """Up to `count` sentences after `sent` in the same paragraph (no line break between)."""
    found = []
    while len(found) < count and sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws and not doc[sent.end].is_space:
        sent = doc[sent.end].sent
        found.append(sent)
    return found


def _next_paragraph_opening(doc: Doc, sent: Span) -> Optional[Span]:
    """The opening sentence of the paragraph after the one `sent` closes (after any space
    tokens), or None where `sent` does not close its paragraph."""
    k = sent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or k == sent.end and "\n" not in doc[sent.end - 1].text_with_ws:
        return None
    return doc[k].sent


def _names_a_meeting_again(token) -> bool:
    """"the event", "This three-day conference", "The Summit" (a determiner, no name before it), or
    a subject "It"."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ == "it":
        return True
    word = token.lower_
    nouns = meeting_words("event_part_nouns")
    plural = word.endswith("s") and word[:-1] in nouns  # "These concurrent events, taking place this January"
    if word not in nouns and not plural:
        return False
    determiners = [t for t in token.lefts if t.dep_ == "det"]
    if determiners and determiners[0].lower_ in {"a", "an"} and word in lexicon.lower_words("event_part_nouns"):
        return True  # "... in the next X Series event. Its CEO will join a fireside chat on April 30"
    return bool(determiners) and determiners[0].lower_ in ({"these", "both"} if plural else {"the", "this"}) and not any(
        is_capitalized(t) for t in token.lefts if t.dep_ == "compound"
    )


WHERE_SAID = frozenset({"at", "during"})


NO_POINT_WORDS = frozenset({"since", "every", "each"})


def no_point_in_time(doc: Doc, date: Span) -> bool:
    """"artistic director of the Northwind Festival since 2007", "held every Sunday throughout
    September": a date after "since" starts a period (a post, a series), one after "every"/"each"
    recurs; neither is the day of a meeting."""
    return date.start > 0 and doc[date.start - 1].lower_ in NO_POINT_WORDS


def announcement_date(doc: Doc, date: Span, start: int, end: int) -> bool:
    """"Acme today announced the launch of the X Summit", "The X Summit today announced that ...":
    "today" (or a date before the name) on a verb of announcing (patterns/event_agent_verbs.jsonl)
    is the day of the announcement, not of the meeting, unless the meeting is where it was said
    ("announced today at the X Summit"); not a date after the name ("Ministry Announces Conference
    on Rivers in September")."""
    if date.text.lower() not in RELATIVE_DAYS and date.end > start:
        return False
    verb = _attachment(date.root)
    if verb.pos_ not in {"VERB", "AUX"} or verb.lower_ not in lexicon.lower_words("event_agent_verbs"):
        return False
    head = doc[start:end].root.head
    return not (head.lower_ in WHERE_SAID and head.head == verb)


def _on_another_name(date: Span, start: int, end: int, others: tuple[tuple[int, int], ...]) -> bool:
    """The date hangs on (or sits in) another meeting's name, not on this one's."""
    head = _attachment(date.root)
    if start <= head.i < end or _in_subtree(doc := date.doc, date, start, end):
        return False
    return any(s <= head.i < e or _in_subtree(doc, date, s, e) for s, e in others if (s, e) != (start, end))


def is_dateline_date(doc: Doc, date: Span) -> bool:
    """The release's own date in its dateline ("SPRINGFIELD, IL, May 5, 2025 /Wire/ --",
    "Springfield - May 5, 2025 (WIRE) -"): near a paragraph's start, followed by a mark."""
    k = date.start
    while k > 0 and date.start - k < DATELINE_TOKENS and not ends_line(doc[k - 1]):
        k -= 1
    if date.start - k >= DATELINE_TOKENS or k > 0 and not ends_line(doc[k - 1]):
        return False
    end = date.end
    while end < len(doc) and end - k < DATELINE_TOKENS and (doc[end].ent_type_ in {"DATE", "TIME"} or doc[end].text == "@") and not doc[end - 1].text in DATELINE_MARKS:
        end += 1  # "(Wire) Monday Dec 16, 2024 @ 7:00 AM Pacific —": the day, the date and the hour
    return end < len(doc) and (doc[end - 1].text in DATELINE_MARKS or doc[end].text in DATELINE_MARKS or doc[end].text[:1] in {"/", "("})


def _on_other_noun(date: Span, start: int, end: int) -> bool:
    """The date modifies a noun outside the name ("Today's meeting ...")."""
    head = _attachment(date.root)
    return head != date.root and head.pos_ in {"NOUN", "PROPN"} and not start <= head.i < end


RANGE_JOINERS = frozenset({"and", "to", "through", "-", "–", "—"})


def _with_range_prefix(doc: Doc, span: Span) -> str:
    """The text of a date, joined to a second date the model tagged apart after "and"/"to"/a dash
    ("on Tuesday 4th and Wednesday 5th June": one range, its month at the end)."""
    k = span.end
    if k + 1 < len(doc) and doc[k].lower_ in RANGE_JOINERS and doc[k + 1].ent_type_ == "DATE" and doc[k + 1].ent_iob_ == "B":
        end = k + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[span.start : end].text
    return span.text


def location_in(doc: Doc, sent: Span, start: int, end: int) -> Optional[str]:
    """A place named after "in" in the sentence: the first one after the event name [start, end),
    else one before it whose "in" hangs on the verb the name hangs on ("met today in Washington,
    D.C. for the ... Dialogue")."""
    places = [
        ent for ent in doc_entities(doc)
        if ent.label_ in {"GPE", "LOC", "FAC"} and ent.start >= sent.start and ent.end <= sent.end and ent.start > 0 and doc[ent.start - 1].lower_ == "in"
        and not _possessor(doc, ent.end)  # "the brightest minds in Texas' entrepreneurial scene": a place owning a noun
    ]
    verb = _governing_verb(doc[start:end].root)
    after = [ent for ent in places if ent.start >= end]  # not the name itself ("in Northwind Live, taking place ...")
    before = [ent for ent in places if verb is not None and ent.end <= start and _governing_verb(doc[ent.start]) == verb]
    if not after and not before:
        return None
    ent = after[0] if after else before[-1]
    place_end = ent.end
    if place_end + 1 < len(doc) and doc[place_end].text == "," and (doc[place_end + 1].ent_type_ == "GPE" or doc[place_end + 1].text in {"D.C.", "DC"}):
        place_end += 2
        while place_end < len(doc) and doc[place_end].ent_iob_ == "I" and doc[place_end].ent_type_ == "GPE":
            place_end += 1  # "Atlantic City, New Jersey": the state's every word
    venue = venue_start(doc, sent, ent.start - 1, start, end)
    return clean_text(doc[venue if venue is not None else ent.start : place_end].text)


VENUE_NAME_MAX = 6
VENUE_CONNECTORS = frozenset({"&", "of", "and", "de"})
VENUE_PLACES_MAX = 2


def venue_at(doc: Doc, start: int, end: int) -> Optional[str]:
    """"The X Annual Meeting will be held at the Lakeside Resort & Spa, Springfield, TX", "the X
    Expo, taking place April 19-20 at the Theatre Workshop of Owensboro": a capitalized name after
    "at" on the verb that says the meeting named [start, end) takes place (`occurrence_verbs_of`)
    is where it is held, with the town and state written after it; so is a place after "in" on that
    verb ("will take place May 20-22 in Lyon"). Not an hour ("at 17:00")."""
    for verb in occurrence_verbs_of(doc, start, end):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "in"}:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and is_capitalized(obj) and obj.ent_type_ not in {"DATE", "TIME"} and not obj.like_num and not start <= obj.i < end:
                    venue = _venue_text(doc, prep.i + 1, obj.i)
                    if prep.lower_ == "at" or _opens_place(doc[venue.start]):
                        return clean_text(venue.text)
    return None


def travel_destination(doc: Doc, start: int, end: int) -> Optional[str]:
    """"will travel to Paris, France, March 23-25, to participate in the X Ministerial Meeting": the
    place a verb of travel (patterns/event_travel_verbs.jsonl) goes "to", where its purpose clause
    takes part in the meeting named [start, end), is where the meeting is held."""
    verb = name_verb(doc[start:end].root)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    travel = verb.head
    if travel.lower_ not in lexicon.verb_forms("event_travel_verbs"):
        return None
    for prep in travel.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _opens_place(doc[obj.left_edge.i + (obj.left_edge.lower_ == "the")]):
                    return clean_text(_venue_text(doc, prep.i + 1, obj.i).text)
    return None


def anaphor_location(doc: Doc, sent: Span) -> Optional[str]:
    """The place of a meeting named again as the subject of one of the next two sentences of the
    paragraph, or of the next paragraph's opening one (`sentences_naming_again`): "... will exhibit at
    Northwind 2026. This prestigious conference will take place June 17-20 at the Harbor Hotel,
    Lyon." (`venue_at`)."""
    for following in sentences_naming_again(doc, sent)[0]:
        for token in following:
            if token.dep_ in {"nsubj", "nsubjpass"} and _names_a_meeting_again(token):
                place = venue_at(doc, token.i, token.i + 1)
                if place:
                    return place
    return None


def occurrence_verbs_of(doc: Doc, start: int, end: int) -> list:
    """The verbs that say the meeting named [start, end) takes place (`occurrence_verb`): the one it
    is the subject of and its complements ("The X Summit is set to take place"), a participle on
    it ("the X Summit held at") or a clause set off right after it ("the X Expo, taking place")."""
    root = doc[start:end].root
    verbs = []
    if root.dep_ in {"nsubj", "nsubjpass"}:
        if occurrence_verb(root.head, passive=root.dep_ == "nsubjpass"):
            verbs.append(root.head)
        verbs += occurrence_complements(root.head)
    after = end + (end < len(doc) and doc[end].text == ",")
    following = [doc[after]] if after < len(doc) and doc[after].dep_ in {"acl", "advcl", "relcl"} else []
    for verb in [c for c in root.children if c.dep_ == "acl"] + following:
        if verb.pos_ == "VERB" and occurrence_verb(verb, passive=verb.tag_ == "VBN"):
            verbs.append(verb)
    return verbs


def _venue_text(doc: Doc, first: int, head: int) -> Span:
    """The venue whose last name word is at or after `head` ("the Theatre Workshop of Owensboro",
    "La Cantera Resort & Spa"), then up to two places after "in" or commas, each a place the model
    tags or a state, country or state code ("San Antonio, TX", "in Dothan, Alabama")."""
    while first < head and not is_capitalized(doc[first]):
        first += 1  # "the", "the newly opened"
    last = head + 1
    while last + 1 < len(doc) and doc[last].lower_ in VENUE_CONNECTORS and is_capitalized(doc[last + 1]):
        last += 2
        while last < len(doc) and is_capitalized(doc[last]):
            last += 1
    for _ in range(VENUE_PLACES_MAX):
        if last + 1 >= len(doc) or doc[last].text not in {",", "in"} or not _opens_place(doc[last + 1]):
            break
        last += 2
        while last < len(doc) and doc[last].ent_iob_ == "I" and doc[last].ent_type_ in {"GPE", "LOC"}:
            last += 1  # "Salt Lake City": the place's every word
    return doc[first:last]


def _opens_place(token) -> bool:
    """A place's first word after a venue's comma or "in": the model's place, a country, a state or a state code."""
    return token.ent_type_ in {"GPE", "LOC"} and token.ent_iob_ == "B" or is_capitalized(token) and (region_code(token.text) or jurisdiction(token.text) is not None)


def venue_start(doc: Doc, sent: Span, at_in: int, start: int, end: int) -> Optional[int]:
    """"at the Javits Center in New York", "at the Highland Oaks Golf Course Clubhouse in Dothan": a
    capitalized venue (its last word in patterns/event_venue_heads.jsonl) after "at" and before the
    place's "in" is part of the location; the meeting's own name [start, end) is no venue."""
    k = at_in - 1
    if k < sent.start or doc[k].text not in lexicon.words("event_venue_heads"):
        return None
    first = k
    while first - 1 >= sent.start and k - first < VENUE_NAME_MAX and is_capitalized(doc[first - 1]):
        first -= 1
    before = first - 1 - (first - 1 >= sent.start and doc[first - 1].lower_ == "the")
    if before < sent.start or doc[before].lower_ != "at" or first < end and k >= start:
        return None
    return first


def _possessor(doc: Doc, end: int) -> bool:
    """A possessive marker ("'s", "’", "'") right after the tokens ending at `end`."""
    return end < len(doc) and (doc[end].tag_ == "POS" or doc[end].text in {"'", "’", "'s", "’s"})


def _governing_verb(token):
    """The verb `token` depends on, directly or through one preposition, or None."""
    head = token.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head != token and head.pos_ in {"VERB", "AUX"} else None


def host_subject(doc: Doc, orgs: OrgTokens, start: int, end: int) -> Optional[int]:
    """"Acme will host the X Summit", "Acme convened the X Forum": the hosting verb's subject
    (an organization), or the possessor ("Acme's 39th Annual Conference")."""
    if start >= 1 and doc[start].tag_ == "POS" or start >= 2 and doc[start - 1].tag_ == "POS":
        return orgs.end.get(start - (doc[start - 1].tag_ == "POS"))
    root = doc[start:end].root
    verb = root.head
    if root.dep_ != "dobj" or verb.lower_ not in lexicon.verb_forms("event_host_verbs"):
        return None
    while verb.dep_ in {"xcomp", "conj"} and not any(t.dep_ == "nsubj" for t in verb.lefts):
        verb = verb.head  # "will co-host": the subject is the first verb's
    for subject in verb.lefts:
        if subject.dep_ == "nsubj":
            first = subject.left_edge.i + (subject.left_edge.lower_ == "the")
            return orgs.at.get(first)
    return None


def virtual(doc: Doc, sent: Span, start: int, end: int) -> Optional[str]:
    """"virtual" for a meeting held online: a webinar or webcast, or a sentence saying so
    ("will be held virtually", "via webcast")."""
    words = lexicon.lower_words("event_virtual_words")
    if any(t.lower_ in words for t in doc[start:end]) or any(t.lower_ in words and _says_how_held(t, start, end) and not _one_of_two_ways(t) for t in sent):
        return "virtual"
    return None


def _one_of_two_ways(word) -> bool:
    """"exhibit virtually or on site", "attend in person or online": online offered beside another
    way says the meeting is not held only online."""
    doc = word.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "or" or word.i > 0 and doc[word.i - 1].lower_ == "or"


def _says_how_held(word, start: int, end: int) -> bool:
    """A word of event_virtual_words that says how something is held: on a verb ("held
    virtually", "streamed online", "via webcast"), inside the phrase of the meeting's name ("a
    virtual Northwind (NW) Ministerial Meeting"), or on a meeting word ("a virtual meeting of the
    X Forum"); not on another noun ("online radicalization")."""
    head = word.head.head if word.head.pos_ == "ADP" else word.head
    root = word.doc[start:end].root
    meetings = meeting_words()
    before_name = word.i < start and all(t.pos_ in {"PROPN", "NUM", "PUNCT"} or t.dep_ == "compound" for t in word.doc[word.i + 1 : start])
    return head.pos_ in {"VERB", "AUX"} or root.left_edge.i <= head.i <= root.right_edge.i or head.lower_ in meetings or before_name


def hosted_by(doc: Doc, orgs: OrgTokens, sent: Span) -> tuple[Optional[int], Optional[str]]:
    """("hosted by X"): X as an organization cluster, or as a place."""
    tokens = doc_tokens(doc)
    for token in [t for t in with_lower(doc, HOST_VERBS) if sent.start <= t.i < sent.end]:
        if token.lower_ in HOST_VERBS and token.i + 1 < sent.end and tokens[token.i + 1].lower_ == "by":
            k = token.i + 2
            if k < len(doc) and tokens[k].lower_ == "the":
                k += 1
            if k in orgs.at:
                return orgs.at[k], None
            if k < len(doc) and tokens[k].ent_type_ in {"GPE", "LOC"}:
                end = k + 1
                while end < len(doc) and tokens[end].ent_iob_ == "I":
                    end += 1
                return None, clean_text(doc[k:end].text)
    return None, None


@dataclass(frozen=True)
class OrgTokens:
    """Where the organization mentions are (news_organizations) and the cluster of each
    (news_org_clusters): the tokens they cover, and the cluster by first token and by the token
    after the mention."""

    covered: frozenset[int]
    at: dict[int, int]
    end: dict[int, int]

    @classmethod
    def of(cls, org_mentions: list[OrgMention], org_of_mention: list[int]) -> "OrgTokens":
        """The index of the mentions, each with its cluster (a later mention wins a shared token)."""
        return cls(
            frozenset(i for m in org_mentions for i in range(m.start, m.end)),
            {m.start: c for m, c in zip(org_mentions, org_of_mention)},
            {m.end: c for m, c in zip(org_mentions, org_of_mention)},
        )


def find_events(doc: Doc, org_mentions: list[OrgMention], org_of_mention: list[int], published: Optional[str]) -> list[EventMention]:
    """Named, dated meetings, one per name (later mentions add a missing date, place or host).
    Inputs: the organization mentions (news_organizations) and the cluster of each
    (news_org_clusters), hosts and organization-like names; the release date (`PUBLISHED`,
    set by run), anchor of relative dates."""
    orgs = OrgTokens.of(org_mentions, org_of_mention)
    anchor = anchor_date(published)
    events: dict[str, EventMention] = {}
    heads: dict[str, str] = {}
    with_head = head_name_spans(doc, orgs)
    introduced = set(introduced_editions(doc))
    apposed = apposed_names(doc)
    editions = edition_names(doc) + occurrence_names(doc) + list(introduced) + apposed
    spans = [span for span in _outermost(with_head + editions) if not _apposed_non_meeting(doc, *span)]
    quoted = set(quoted_names(doc))
    headless = set(editions) - set(with_head)  # "Northwind Summit Dallas 2026" has its meeting word
    aliases = short_forms(doc, spans)
    sents = list(doc.sents)
    sent_starts = [sent.start for sent in sents]
    spans += alias_mentions(doc, aliases, spans)
    for start, end in spans:
        sent = sents[bisect_right(sent_starts, start) - 1]  # `Token.sent` walks the Doc's sentences on every call
        name = clean_text(QUOTES.sub("", doc[start:end].text) if (start, end) in quoted else doc[start:end].text)
        key = aliases.get(name.lower(), name_key(name))
        others = tuple(span for span in spans if sent.start <= span[0] < sent.end)
        dates, date_span, rank = nearest_date(doc, anchor, sent, start, end, others)
        if not dates:
            dates, date_span = later_in_sentence(doc, anchor, sent, end, others, edition_year(doc, start, end))
            rank = 2 if dates else rank  # attached to the noun that names it again
        if _another_calendar_entry(doc, events.get(key), dates, date_span, start):
            key = f"{key}@{dates[0][0]}"  # "February 11–12 - X Conference ... May 5–7 - X Conference": two meetings
        appositive = (start, end) in headless and (appositive_meeting(doc[start:end].root) or (start, end) in apposed and _is_year(doc[end - 1]))
        if appositive and not dates and _is_year(doc[end - 1]):
            dates, date_span, rank = [(doc[end - 1].text, doc[end - 1].text)], (end - 1, end), 0  # the model put the year in the name's entity
        needed = 2 if (start, end) in introduced else 0 if appositive else 1
        if (start, end) in headless and key not in events and rank < needed and not anaphor_date(doc, anchor, sent)[0]:
            continue  # "at Bitcoin 2013, a small room": a name and a year alone name no meeting
        event = events.get(key)
        if event is None:
            event = events[key] = EventMention(start, end, name)
            heads.setdefault(doc[end - 1].text.lower(), key)
        if dates and (rank > event.date_rank or finer(dates, event.dates) and rank == event.date_rank):
            # a later mention may date it better than the edition year, or more precisely
            event.dates, event.date_span, event.date_rank = dates, date_span, rank
        relative = _relative_day(doc, event.date_span)
        if event.date_rank < 2 or len(event.dates[0][0]) < 10 or relative:
            dates, date_span = anaphor_date(doc, anchor, sent, edition_year(doc, start, end), taking_part_verb(doc, start, end))
            if dates and not finer(event.dates, dates) and not _outside_edition(event, dates) and (event.date_rank < 2 or dates[0][0].startswith(event.dates[0][0]) or relative and not _within(event.dates[0], dates[0])):
                event.dates, event.date_span, event.date_rank = dates, date_span, 2
        event.location = event.location or location_in(doc, sent, start, end) or venue_at(doc, start, end) or travel_destination(doc, start, end) or anaphor_location(doc, sent)
        host, place = hosted_by(doc, orgs, sent)
        host = host if host is not None else session_host(doc, orgs, start)
        host = host if host is not None else host_subject(doc, orgs, start, end)
        event.host = event.host if event.host is not None else host
        event.location = event.location or place or virtual(doc, sent, start, end)
    # "Hosted by X, the Summit ...": a sentence naming the event by its head word alone.
    for sent in sents:
        host, place = hosted_by(doc, orgs, sent)
        if host is None and place is None:
            continue
        for token in sent:
            key = heads.get(token.lower_)
            if key and token.text[0].isupper():
                event = events[key]
                event.host = event.host if event.host is not None else host
                event.location = event.location or place
                break
    _date_from_detail_fields(doc, anchor, list(events.values()))
    date_from_unnamed_mention(doc, anchor, list(events.values()))
    for entry in calendar_block_entries(doc, anchor, list(events.values())):
        events.setdefault(f"{name_key(entry.name)}@{entry.dates[0][0]}", entry)
    dated = [e for e in events.values() if e.dates]
    return [e for e in dated if not any(_same_meeting(e, other) or _coarser_longer_name(e, other) for other in dated if other is not e)]


CALENDAR_NAME_MAX = 10
CALENDAR_BLOCK_MIN = 3


def _calendar_entries(doc: Doc) -> list[tuple[Span, int, int]]:
    """The lines of the Doc that open with a date, then a dash or colon, then a name to the line's
    end ("February 26 - Northwind Day"): (the date, the name's start, the name's end)."""
    tokens = doc_tokens(doc)
    entries = []
    for date in model_dates(doc):
        mark = date.end
        if mark + 1 >= len(doc) or tokens[mark].text not in CALENDAR_MARKS or not (date.start == 0 or ends_line(tokens[date.start - 1])):
            continue
        end = mark + 1
        while end < len(doc) and end - mark <= CALENDAR_NAME_MAX:
            end += 1
            if ends_line(tokens[end - 1]):
                break
        if end == len(doc) or ends_line(tokens[end - 1]):
            entries.append((date, mark + 1, end))
    return entries


def calendar_block_entries(doc: Doc, anchor: Optional[dt.date], found: list[EventMention]) -> list[EventMention]:
    """"January 27 - Digital Asset Virtual Investor Conference / ... / February 26 - Northwind Day /
    March 5 - Clean Energy Virtual Investor Conference": in a calendar of three lines or more, one
    after the other, where two entries or more are meetings found by their names, an entry whose
    name has no meeting word is a meeting of the calendar too (not an award, competition or
    campaign: patterns/event_not_heads.jsonl), dated by its line."""
    tokens = doc_tokens(doc)
    entries = _calendar_entries(doc)
    blocks: list[list[tuple[Span, int, int]]] = []
    for entry in entries:
        previous = blocks[-1][-1] if blocks else None
        if previous is not None and all(t.is_space for t in tokens[previous[2] : entry[0].start]):
            blocks[-1].append(entry)
        else:
            blocks.append([entry])
    added = []
    for block in blocks:
        if len(block) < CALENDAR_BLOCK_MIN:
            continue
        known = [any(start <= e.start < end for e in found) for _, start, end in block]
        if sum(known) < 2:
            continue
        for (date, start, end), is_known in zip(block, known):
            while end > start and (tokens[end - 1].is_space or tokens[end - 1].is_punct):
                end -= 1
            if is_known or end == start or not tokens[start].text[:1].isupper() or any(tokens[k].text in lexicon.words("event_not_heads") for k in range(start, end)):
                continue
            dates = parse_dates(date.text, anchor, nearest=True)
            if dates:
                added.append(EventMention(start, end, clean_text(doc[start:end].text), dates, 2, (date.start, date.end)))
    return added


def name_key(name: str) -> str:
    """"Cross-Border Crime Forum" and "Cross Border Crime Forum": one meeting's name written with
    other punctuation; the key of its words in lower case."""
    return " ".join(WORD.findall(name.lower()))


def _date_from_detail_fields(doc: Doc, anchor: Optional[dt.date], found: list[EventMention]) -> None:
    """"Acme announces its 16th Annual Widget Summit, a four-day hybrid event ... EVENT DETAILS:
    Dates: September 18-21, 2026 ... Location: Torrance, CA": the one meeting the release names
    before its one date field (`detail_fields`), left without a date, takes that field's date,
    and the place of its place field."""
    if all(e.dates for e in found):
        return  # most releases: no colon scan
    date, place, date_fields = detail_fields(doc)
    _date_from_own_field(doc, anchor, found, date_fields)
    if date is None:
        return
    before = [e for e in found if e.start < date.start]
    if len(before) != 1 or before[0].dates:
        return
    event = before[0]
    dates = parse_dates(_with_range_prefix(doc, date), anchor, nearest=True)
    if dates:
        event.dates, event.date_span, event.date_rank = dates, (date.start, date.end), 2
        event.location = event.location or place


def date_from_unnamed_mention(doc: Doc, anchor: Optional[dt.date], found: list[EventMention]) -> None:
    """"Acme invites investors to an earnings webcast/call on 19 February 2026 ... Earnings Call:
    ... register for the Acme – Earnings Call", "In a dinner to be held on Monday, May 13th ... The
    Northwind Awards dinner and ceremony will follow at 8 PM": a named meeting left without a date
    takes the day attached (`nearest_date`, rank 2) to a lower-case mention of its head word (a
    meeting word of patterns/event_heads.jsonl other than the generic "event") elsewhere in the
    release ("a dinner", "an earnings webcast/call"), where that word has one dated lower-case
    mention and names one undated meeting, and no other meeting has that date (the release's own
    meeting, "its conference", is then that one)."""
    undated = [e for e in found if not e.dates]
    if not undated:
        return  # most releases: no scan
    kinds = lexicon.mapping("event_heads")
    heads: dict[str, list[EventMention]] = {}
    for event in undated:
        head = doc[event.end - 1].text
        if kinds.get(head.capitalize()) not in {None, LOWER_AFTER_TWO, PLACED_AT}:  # a meeting word, not the generic "event" nor "week"
            heads.setdefault(head.lower(), []).append(event)
    if not heads:
        return
    spans = [(e.start, e.end) for e in found]
    dated: dict[str, list[tuple[list[tuple[str, str]], tuple[int, int]]]] = {}
    for token in with_text_where(doc, lambda text: text.islower() and any(part in heads for part in text.split("/"))):
        i = token.i
        if any(start <= i < end for start, end in spans):
            continue  # the name itself
        if any(child.i < i and (child.ent_type_ == "ORDINAL" or child.lower_ in ORDINAL_WORDS) for child in token.children):
            continue  # "the 2nd annual festival, running July 29": an edition, maybe not the named one ("the Inaugural Festival")
        low, high = sentence_bounds(doc, i)
        dates, date_span, rank = nearest_date(doc, anchor, doc[low:high], i, i + 1)
        if rank == 2 and dates and len(dates[0][0]) == len("2026-05-05"):  # a day: "in February" may be another year's show
            for part in token.text.split("/"):
                if part in heads:
                    dated.setdefault(part, []).append((dates, date_span))
    taken = {tuple(e.dates) for e in found if e.dates}
    for head, mentions in dated.items():
        if len(heads[head]) != 1 or len({tuple(d) for d, _ in mentions}) != 1:
            continue  # two undated meetings, or two dates: which is whose is not said
        if tuple(mentions[0][0]) in taken:
            continue  # "WAGMI ... its conference occurring from Jan. 21-24": another meeting's date
        event = heads[head][0]
        event.dates, event.date_span, event.date_rank = mentions[0][0], mentions[0][1], 2


def _date_from_own_field(doc: Doc, anchor: Optional[dt.date], found: list[EventMention], date_fields: list[Span]) -> None:
    """"Poster Session 1 - Jane Roe, PhD ... When: June 5, 2026 at 12:00 p.m.\n\nPoster Session 2 -
    ... When: June 6, 2026", "What: Northwind Forum\nWhen: May 5, 2026": a meeting left undated takes
    the date of the first date field after its name in its own paragraph (no blank line between)."""
    for event in found:
        if event.dates:
            continue
        field = min((d for d in date_fields if d.start >= event.end), key=lambda d: d.start, default=None)
        if field is not None and not _same_paragraph(doc, event.end, field.start):
            field = None  # a blank line before the first field after the name lies before every later one
        dates = parse_dates(_with_range_prefix(doc, field), anchor, nearest=True) if field is not None else []
        if dates:
            event.dates, event.date_span, event.date_rank = dates, (field.start, field.end), 2


def _same_paragraph(doc: Doc, start: int, end: int) -> bool:
    """No blank line between tokens `start` and `end`."""
    return not any(t.text_with_ws.count("\n") >= 2 for t in doc_tokens(doc)[start:end])


def _detail_field(token, tokens) -> Optional[str]:
    """What field a capitalized label before a colon names (patterns/event_detail_fields.jsonl:
    "date" or "place"), when no capitalized word other than a block heading ("EVENT DETAILS")
    stands right before it on its line ("Release Date:", "Drawing Date:" label other dates)."""
    if token.i + 1 >= len(tokens) or tokens[token.i + 1].text != ":":
        return None
    glued = GLUED_LABEL.search(token.text)
    if glued is not None:  # "... animal models.”When: June 5, 2025": a label whose line break was lost
        return lexicon.mapping("event_detail_fields").get(glued.group(1).lower())
    kind = lexicon.mapping("event_detail_fields").get(token.lower_)
    if kind is None or not token.text[:1].isupper():
        return None
    before = tokens[token.i - 1] if token.i > 0 else None
    if before is not None and not ends_line(before) and before.is_alpha and before.text[:1].isupper() and before.lower_ not in lexicon.lower_words("event_detail_headings"):
        return None
    return kind


FIELD_VALUE_MAX = 12
GLUED_LABEL = re.compile(r"[.”\"’)]([A-Z][a-z]+)$")


def detail_fields(doc: Doc) -> tuple[Optional[Span], Optional[str], list[Span]]:
    """The date of the release's one date field ("Date: Thursday, May 7, 2026", "Dates: September
    18-21, 2026", "When: ..."), and the value of a place field ("Location: Grand
    Hotel, Boston", up to its line's end or the next label); no date where several date fields
    give different dates; and the dates of all date fields. Anchored on the colons."""
    tokens = doc_tokens(doc)
    dates, place = [], None
    for colon in with_text(doc, {":"}):
        if colon.text != ":" or colon.i < 1:
            continue
        kind = _detail_field(tokens[colon.i - 1], tokens)
        if kind == "date":
            value = doc[colon.i + 1 : min(colon.i + 1 + FIELD_VALUE_MAX, len(doc))]
            spans = [s for s in date_spans(doc, value) if s.start == colon.i + 1]
            if spans:
                dates.append(spans[0])
        elif kind == "place" and place is None:
            place = _field_value(doc, colon.i + 1)
    if len({d.text for d in dates}) != 1:
        return None, place, dates
    return dates[0], place, dates


def _field_value(doc: Doc, start: int) -> Optional[str]:
    """The words of a field from `start` to its line's end or the label of the next field (one
    or two capitalized words before a colon: "Torrance, CA & Online Target Audience: ...")."""
    tokens = doc_tokens(doc)
    end = start
    while end < len(doc) and end - start < FIELD_VALUE_MAX and not tokens[end].is_space and tokens[end].text not in {":", "("}:
        if ends_line(tokens[end]):
            end += 1
            break
        end += 1
    if end < len(doc) and tokens[end].text == ":":
        label = end - 1
        if label - 1 > start and is_capitalized(tokens[label - 1]):
            label -= 1
        end = label
    text = clean_text(doc[start:end].text).rstrip(",; ")
    return text or None


def _another_calendar_entry(doc: Doc, known: Optional[EventMention], dates: list[tuple[str, str]], date_span: Optional[tuple[int, int]], start: int) -> bool:
    """"February 11–12 - Northwind Investor Conference ... May 5–7 - Northwind Investor Conference":
    a calendar line (`calendar_line`) that names a meeting already dated, on days that do not
    overlap that date's, is another meeting of the series under the same name."""
    if known is None or not known.dates or not dates or date_span is None:
        return False
    if not calendar_line(doc, doc[date_span[0] : date_span[1]], start):
        return False
    (first, last), (known_first, known_last) = dates[0], known.dates[0]
    return len(first) == len(known_first) == 10 and (last < known_first or known_last < first)


SHORT_FORM_MAX = 4


def short_forms(doc: Doc, spans: list[tuple[int, int]]) -> dict[str, str]:
    """"the Northwind Surgery Conference 2026 (“NSC 2026”)", "the Northwind Life Sciences Summit
    (NLS Summit)": a short form in parentheses right after a meeting's name, led by a word of
    capitals, is another name of that meeting: its lower-case text -> the name's key."""
    tokens = doc_tokens(doc)
    found = {}
    for start, end in spans:
        if end + 2 >= len(doc) or tokens[end].text != "(":
            continue
        k = end + 1 + (tokens[end + 1].text in OPENING_QUOTES or tokens[end + 1].text == '"')
        close = k
        while close < len(doc) and close - k < SHORT_FORM_MAX and tokens[close].text not in {")", '"'} | CLOSING_QUOTES:
            close += 1
        if close == k or close >= len(doc) or close - k >= SHORT_FORM_MAX or sum(c.isupper() for c in tokens[k].text) < 2:
            continue
        short = clean_text(doc[k:close].text).lower()
        found.setdefault(short, name_key(clean_text(doc[start:end].text)))
    return found


def alias_mentions(doc: Doc, aliases: dict[str, str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a short form of `short_forms` names its meeting again ("On April 9-11, 2026, Acme is
    hosting NSC 2026 in Delhi"): its token ranges outside the names found."""
    if not aliases:
        return []
    tokens = doc_tokens(doc)
    first_words = {short.split()[0] for short in aliases}
    taken = {i for s, e in spans for i in range(s, e)}
    found = []
    for token in with_lower(doc, first_words):
        if token.lower_ not in first_words or token.i in taken or token.i > 0 and tokens[token.i - 1].text == "(" or token.i > 1 and tokens[token.i - 2].text == "(":
            continue
        for short in aliases:
            size = len(short.split())
            if token.i + size <= len(doc) and clean_text(doc[token.i : token.i + size].text).lower() == short:
                found.append((token.i, token.i + size))
                break
    return found


def finer(dates: list[tuple[str, str]], known: list[tuple[str, str]]) -> bool:
    """"the 2025 Northwind Summit ... The Northwind Summit will be held March 13": a later date
    within the one known, at a finer precision ("2025-03-13" within "2025")."""
    return bool(known) and bool(dates) and len(dates[0][0]) > len(known[0][0]) and dates[0][0].startswith(known[0][0])


def _same_meeting(event: EventMention, longer: EventMention) -> bool:
    """"the second session of the X Dialogue ... the X Dialogue", "X Meeting ... the 25th plenary
    meeting of X" on one date (or the shorter's date is the longer's at a coarser precision):
    the shorter name's words all in the longer one."""
    words, longer_words = set(WORD.findall(event.name.lower())), set(WORD.findall(longer.name.lower()))
    return (longer.dates[0][0].startswith(event.dates[0][0]) or _within(event.dates[0], longer.dates[0])) and words <= longer_words and len(words) < len(longer_words)


def _outside_edition(event: EventMention, dates: list[tuple[str, str]]) -> bool:
    """"The award recognizes the 2025 Northwind Fest ... who has organized the event since it began
    in 2023": a meeting dated by its edition year (rank 0) is of that year; a date of another year
    said of "the event" in the next sentences tells the series' history, not this meeting's date."""
    return event.date_rank == 0 and bool(event.dates) and dates[0][0][:4] != event.dates[0][0][:4]


def _relative_day(doc: Doc, where: Optional[tuple[int, int]]) -> bool:
    """"The X Symposium opens registration today. ... The two-day event will take place June 5-6":
    a meeting dated only by "today" (or "yesterday", "tomorrow"), which the dates the text gives
    it next may overrule when they leave that day out."""
    return where is not None and doc[where[0] : where[1]].text.lower() in RELATIVE_DAYS


def _within(day: tuple[str, str], period: tuple[str, str]) -> bool:
    """"the Northwind Summit & Gala, March 14-15 ... On March 15, the Northwind Summit will ...": a
    day inside the longer name's range of days is a day of the same meeting."""
    return len(day[0]) == len(period[0]) == len(period[1]) == 10 and period[0] <= day[0] and day[1] <= period[1]


def _coarser_longer_name(event: EventMention, shorter: EventMention) -> bool:
    """"the Northwind Stroke Conference 2025. The meeting is in Lyon, Feb. 5-7, 2025 ... the NSA
    Northwind Stroke Conference 2025 program": a longer name holding all the words of a shorter
    one (but a generic "event": `generic_meeting_words`), dated only by a coarser date within which
    the shorter one's falls (its edition year), is the same meeting, better dated under the shorter name."""
    words, shorter_words = set(WORD.findall(event.name.lower())), set(WORD.findall(shorter.name.lower())) - generic_meeting_words()
    return finer(shorter.dates, event.dates) and shorter_words < words


@lru_cache(maxsize=None)
def generic_meeting_words() -> frozenset[str]:
    """"event" (patterns/event_heads.jsonl value "also lower after two"): a word that only says the
    name is a meeting's ("the Northwind Media Day event" ... "Acme's Northwind Media Day 2024": one
    meeting), left out where names are compared by their words."""
    return frozenset(text.lower() for text, kind in lexicon.mapping("event_heads").items() if kind == LOWER_AFTER_TWO)


class EventFinder:
    """Set `doc._.events` (EventMention list) from organizations and the release date."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc, doc._.org_mentions, doc._.org_of_mention, doc.user_data.get(PUBLISHED))
        return doc


@Language.factory("news_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    """Factory for the event finder."""
    return EventFinder()
