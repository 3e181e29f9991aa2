"""People: find every mention of a named individual and merge them into one person each.

Mentions come from the model's PERSON entities (trimmed of titles and honorifics), from
capitalized names anchored by a title or honorific before them ("Chairperson Moussa Faki
Mahamat", "Ms. Lane") or by a title after them ("Simel Esim, head of ..."), and from later
uses of a known surname ("Esim noted", "Vejs-Kjeldgaard" even where the model says ORG).
A mention joins the person whose full name holds it as its surname, first name, or a run of
its words; an ambiguous short form joins the most recent such person before it.

Records: PersonMention, PersonCluster. news_people reads ACRONYM_SPANS and `found_org_mentions`;
writes `person_mentions`, `people`, `person_of_mention`, and what it proposes to
news_org_clusters: `people_bodies` (names it reads as bodies) and `found_org_people` (found
organization mentions that name people).

README architecture table row: Person; Organization (news_people's proposals: bodies, and ORGs that name people).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from nameparser import HumanName
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extraction.contract import OrgMention, PersonCluster, PersonMention, acronym_definitions
from pipeline.extraction import lexicon
from pipeline.extraction.components.organizations import acts_as_body, apposed_company_noun, apposed_thing_noun, company_complement, crypto_asset, list_items, lower_case_words
from pipeline.extraction.components.places import HOMETOWN_PREPOSITIONS, country_name, jurisdiction, place_in_region, region_code, region_name, world_region
from pipeline.extraction.components.given_names import census_form, first_names, is_common_word, is_english_word, is_first_name, is_ordinary_word, surnames
from pipeline.extraction.components.source_damage import glued_repeat, lost_possessive, part_before_lost_apostrophe
from pipeline.extraction.components.tokens import NOT_NAME_START, POSSESSIVE, opens_clause, clean_text, dateline_place, doc_entities, doc_text, doc_tokens, in_title, is_capitalized, is_honorific
from pipeline.extraction.components.tokens import spaced_dash, with_text, with_text_where
from bisect import bisect_left

NAME_PARTICLES = lexicon.lower_words("name_particles")
NAME_FUNCTION_WORDS = lexicon.lower_words("name_function_words") - NAME_PARTICLES
NAME_SUFFIXES = lexicon.words("name_suffixes")
CORPORATE_SUFFIXES = lexicon.words("corporate_suffixes")
STRONG_ORG_SOURCES = frozenset({"acronym", "rule", "lower", "short", "known"})
MAX_NAME_TOKENS = 6


def first_name_start(doc: Doc, start: int, end: int) -> Optional[int]:
    """Where a person's name starts inside tokens [start, end) that the model bounded badly
    ("Commerce Gina Raimondo" -> "Gina"): the first given name followed only by name words."""
    tokens = doc_tokens(doc)
    for i in range(start, end - 1):
        if is_first_name(tokens[i]) and all(_is_name_token(t) for t in tokens[i:end]):
            return i
    return None




TITLE_SUFFIX_WORDS = lexicon.lower_words("title_suffix_words")


def _is_title_token(token: Token) -> bool:
    lower = token.lower_.strip(".")
    heads = lexicon.lower_words("title_heads")
    return lower in heads or lower.endswith("s") and lower[:-1] in heads or lower in lexicon.lower_words("title_modifiers") or lower in TITLE_SUFFIX_WORDS


def _is_title_head(token: Token) -> bool:
    """A title's head word ("Director", "CEO", "Ministers") or a word that closes one ("General"),
    not a modifier alone ("Global", "High", "National")."""
    lower = token.lower_.strip(".")
    heads = lexicon.lower_words("title_heads")
    return lower in heads or lower.endswith("s") and lower[:-1] in heads or lower in TITLE_SUFFIX_WORDS


def modifiers_only_before(doc: Doc, i: int) -> bool:
    """The capitalized title words right before token i are modifiers only ("Global AI Show",
    "Aim High Sober Living", "National Minority Supplier ..."): the first words of a name, no
    title, unless a head comes before them ("Chief Executive ...": "Executive" closes nothing)."""
    tokens = doc_tokens(doc)
    k = i - 1
    while k >= 0 and _is_title_token(tokens[k]) and is_capitalized(tokens[k]):
        if _is_title_head(tokens[k]):
            return False
        k -= 1
    return k < i - 1


def _is_initial(token: Token) -> bool:
    """An initial: "B." in "B. Todd Jones"."""
    return re.fullmatch(r"[A-Z]\.", token.text) is not None


def _is_name_token(token: Token) -> bool:
    """A word that can be part of a personal name."""
    text = token.text
    if token.is_space or not text:
        return False
    if text in {"-", "'", "’"} or text in NAME_SUFFIXES:
        return True
    if text.lower() in NAME_PARTICLES:
        return True
    if text.islower():
        return hyphenated_name_part(token)
    return text[0].isupper() and (token.is_alpha or re.fullmatch(r"[A-Z]\.|[A-Z][a-zA-Z’'\-]+\.?", text) is not None)


def hyphenated_name_part(token: Token) -> bool:
    """The small-letter half of a hyphenated given name or surname: "Eui-yong" (Chung Eui-yong),
    "Neu-ner"; not a common word joined to a name ("Trump-era", "Musk-owned", "Cat-themed")."""
    i = token.i
    if i < 2 or not token.is_alpha:
        return False
    tokens = doc_tokens(token.doc)
    hyphen, first = tokens[i - 1], tokens[i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha or not first.text[0].isupper():
        return False
    return not (_lead_word(token) or _past_form(token.text))


HONORIFIC_PHRASE_STARTS = frozenset(words[0] for words in lexicon.phrases("honorific_phrases"))


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles, honorifics and determiners, and a trailing possessive or punctuation."""
    tokens = doc_tokens(doc)
    changed = True
    while changed and start < end:
        changed = False
        # No phrase can match where none starts with the word at `start` (start moves only on a match).
        for words in lexicon.phrases("honorific_phrases") if start < end and tokens[start].text in HONORIFIC_PHRASE_STARTS else ():
            if start < end and tokens[start].text == words[0] and tuple(t.text for t in tokens[start : start + len(words)]) == words:
                start += len(words)
                changed = True
        while start < end and (is_honorific(tokens[start]) or _is_title_token(tokens[start]) or tokens[start].is_space or tokens[start].lower_ in NOT_NAME_START or opens_clause(tokens[start]) or tokens[start].text in {"-", "’", "'"}):
            start += 1
            changed = True
    while end > start and (tokens[end - 1].text in POSSESSIVE or tokens[end - 1].is_punct and tokens[end - 1].text not in {"."}):
        end -= 1
    return start, end


SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|O'|O’|Des|De|Di|Da|Du|La|Le|Jo|Van|Von|St)(?=[A-Z])")


def is_brand_word(word: str) -> bool:
    """A capital inside a word after a small letter, as in a brand or two words glued together
    ("AuPack", "NachoNacho", "LindleyDr"), but not after a name's prefix ("McCord", "DeSantis")."""
    prefix = SURNAME_PREFIX.match(word)
    return re.search(r"[a-z][A-Z]", word[prefix.end() :] if prefix else word) is not None


def _given_before(token: Token, span: Span) -> bool:
    """A census given name or an initial opens the name before `token`, and `token` starts with a
    given name run into the rest: a surname whose inner apostrophe was lost (see source_damage),
    not a brand."""
    part = part_before_lost_apostrophe(token.text)
    if part is None or part.upper() not in first_names():
        return False  # "ZorPack", "LindleyDr": no name part glued to the rest
    return token.i > span.start and (is_first_name(span[0]) or _is_initial(span[0]))


def _acronym_word(token: Token) -> bool:
    """Three or more capitals and nothing else, not a generational suffix: "ADA", "IMA", "SCUBA"."""
    return len(token.text) >= 3 and token.text.isalpha() and token.text.isupper() and token.text not in NAME_SUFFIXES


def acronym_in_name(span: Span) -> bool:
    """"ADA Business Brief", "AAA Biotech": a person's name holds no acronym word (a degree after
    a given name may close it: "Ann Lee CPA"; a name all in capitals is no sign). Where the model
    tags the name ORG, it stays with the people rules: rejected here it would come back as a body."""
    if all(t.is_upper for t in span if t.is_alpha) or any(t.ent_type_ == "ORG" for t in span):
        return False
    return any(_acronym_word(t) and not (t.i == span.end - 1 and is_first_name(span[0])) for t in span)


def capitals_without_given_name(span: Span) -> bool:
    """A run of words in capitals that opens with no given name or initial is a heading's
    words, not a name ("HOPEFUL O'SHEA TARGETS CITY FINANCING"); "CHARLES OTTO" is a name."""
    words = [t for t in span if t.is_alpha or "’" in t.text or "'" in t.text]
    return len(span) >= 2 and all(t.text.isupper() for t in words) and not (is_first_name(span[0]) or _is_initial(span[0]))


def heading_function_word(span: Span) -> bool:
    """A capitalized preposition, article or conjunction (`name_function_words`) makes the run a
    heading's words, not a name ("Leader In The Making", "Rochester Software Associates Stands Out")."""
    return any(t.text[:1].isupper() and t.lower_ in NAME_FUNCTION_WORDS for t in span)


def plausible_name(span: Span) -> bool:
    """Every word can belong to a name, one is capitalized, and it is not a place or a title."""
    if not len(span) or name_word_count(doc_tokens(span.doc), span.start, span.end) > MAX_NAME_TOKENS:
        return False
    suffix_commas = {t.i for t in span if t.text == "," and t.i + 1 < span.end and span.doc[t.i + 1].text in NAME_SUFFIXES}
    tokens = doc_tokens(span.doc)
    nickname_quotes = {k for t in span if t.i > span.start and _nickname_at(tokens, t.i) for k in (t.i, t.i + 2)}
    if not all(_is_name_token(t) or t.i in suffix_commas or t.i in nickname_quotes for t in span) or not any(t.is_alpha and t.text[0].isupper() for t in span):
        return False
    if span[0].text.lower() in NAME_PARTICLES or span[-1].text in {"-", "'"}:
        return False
    if len(span) == 1 and span[0].is_upper and len(span[0].text) > 1 or any(is_brand_word(t.text) and not _given_before(t, span) for t in span):
        return False
    surname_word = span.end - 1 if titled_given_name(span) else None
    if jurisdiction(span.text) or any(t.lower_ in lexicon.lower_words("title_heads") and t.i != surname_word for t in span):
        return False
    if capitals_without_given_name(span) or heading_function_word(span):
        return False
    if acronym_in_name(span):
        return False
    if any(t.text in lexicon.words("org_heads") or t.text in lexicon.words("not_org_heads") and t.i != surname_word or t.text in lexicon.words("corporate_suffixes") for t in span):
        return False
    return not (place_word_end(span) or street_end(span) or region_code_end(span))


def titled_given_name(span: Span) -> bool:
    """"Attorney General Jeff Sessions", "Judge George H. King": right after a title, a census given
    name (and initials) before one last word is a name, even where that word is also a title or
    a word no body ends with. A given name written in capitals is an acronym ("Chief AI Officer")."""
    tokens = doc_tokens(span.doc)
    return 2 <= len(span) <= 3 and span.start >= 1 and _is_title_head(tokens[span.start - 1]) and span[0].is_title and is_first_name(span[0]) and all(_is_initial(t) for t in span[1:-1])


def region_code_end(span: Span) -> bool:
    """"St. Charles MO", "Eugene OR", "Glen Allen VA": a name of two or more words ending in a
    U.S. state's or Canadian province's two-letter code (places.region_code) names a city, not a
    person; a post-nominal ("Ann Lee MD", "Ann Lee RN") or a name suffix ("Henry VI") is no code."""
    last = span[-1].text
    return len(span) >= 2 and region_code(last) and last not in lexicon.words("title_post_nominals") and last not in NAME_SUFFIXES


def place_word_end(span: Span) -> bool:
    """"Jefferson County", "Bonny Island": a last place word makes the phrase a place; so does
    a building's or venue's last word that no census surname shares ("Jefferson Auditorium",
    patterns/venue_heads; not "Plaza", "Tower")."""
    last = span[-1].text
    return last in lexicon.words("place_heads") or last in lexicon.words("venue_heads") and census_form(last) not in surnames()


def street_end(span: Span) -> bool:
    """"Austin Avenue", "Cleveland St.", "Long Pond Road": a last street or road word makes the
    phrase an address, though its first word is a given name (patterns/street_heads)."""
    return span[-1].text in lexicon.words("street_heads")


def glued_hyphen_part(tokens: list[Token], k: int) -> bool:
    """Token k is a hyphen written inside a word, or the part after it ("Al-Sabah": "-", "Sabah")."""
    def glued(j: int) -> bool:
        return 0 < j < len(tokens) - 1 and tokens[j].text == "-" and not tokens[j].whitespace_ and not tokens[j - 1].whitespace_
    return glued(k) or glued(k - 1)


def name_word_count(tokens: list[Token], start: int, end: int) -> int:
    """Words of a name, a hyphenated word counting once ("Ahmad Nasser Al-Mohammad Al-Sabah": 4)."""
    return sum(1 for k in range(start, end) if not glued_hyphen_part(tokens, k))


def name_run(doc: Doc, start: int) -> int:
    """End of a run of capitalized name words starting at `start` (at most MAX_NAME_TOKENS words,
    a hyphenated word counting once: "Sheikh Ahmad Nasser Al-Mohammad Al-Sabah")."""
    tokens = doc_tokens(doc)
    end = start
    words = 0
    # The sentence's end, without building the sentence: at most a name's length plus a suffix ahead.
    reach = min(start + 2 * MAX_NAME_TOKENS + 3, len(doc))  # hyphenated words take three tokens
    sent_end = next((k for k in range(start + 1, reach) if tokens[k].is_sent_start and not (split_between_words(tokens, k) or split_within_line(tokens, k))), reach)
    while end < sent_end and (words < MAX_NAME_TOKENS or glued_hyphen_part(tokens, end)) and _is_name_token(tokens[end]) and not tokens[end].is_space:
        if tokens[end].ent_type_ in {"GPE", "DATE", "ORG", "NORP"} and tokens[end].ent_type_ != "PERSON" and end > start:
            break
        if end > start and _capitals_after_title_case(tokens, end):
            break  # "Adriana Roe DECA": a body's letters after a name in title case
        if end > start and spaced_dash(tokens, end) and not tokens[start].is_upper:
            break  # "Jane Roe - Actress": a spaced dash sets off what follows the name (not in a dateline: "HONG KONG SAR - ")
        words += not glued_hyphen_part(tokens, end)
        end += 1
    # A suffix after a comma stays with the name: "Joseph R. Biden, Jr."; not "Sr." opening a title.
    if end + 1 < sent_end and tokens[end].text == "," and tokens[end + 1].text in NAME_SUFFIXES and not senior_title_at(tokens, end + 1):
        end += 2
    while end > start and tokens[end - 1].text in {"-", "'", "’"}:
        end -= 1
    return end


def senior_title_at(tokens: list[Token], k: int) -> bool:
    """Token k is "Sr." abbreviating "Senior" before a capitalized title word ("Jane Roe, Sr.
    Director of Sales", "Sr. VP", "Sr. Product Marketing Manager"), not a generational suffix."""
    if tokens[k].text not in lexicon.words("senior_abbreviations") or k + 1 >= len(tokens):
        return False
    k += 1
    if k < len(tokens) and tokens[k].text == "." and not tokens[k - 1].whitespace_:
        k += 1  # "Sr" "." as two tokens
    start = k
    while k < len(tokens) and k - start < 4 and tokens[k].text[:1].isupper() and tokens[k].lower_ not in lexicon.lower_words("title_heads"):
        k += 1  # capitalized field words before the head ("Sr. Product Marketing Manager")
    return k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].lower_ in lexicon.lower_words("title_heads")


# Letters for an office, rank, degree or credential written after a name ("MP", "CPA", "MD").
POST_NOMINAL_LETTERS = lexicon.words("name_post_nominals") | lexicon.words("title_post_nominals")


def _capitals_after_title_case(tokens: list[Token], k: int) -> bool:
    """Token k is a word in capitals (two letters or more) after a word in title case, and no
    name suffix ("III") or post-nominal ("MD", "MP": post_nominal_end cuts those)."""
    token, before = tokens[k], tokens[k - 1]
    if not (token.is_alpha and token.is_upper and len(token.text) > 1 and before.is_alpha and not before.is_upper):
        return False
    return token.text not in NAME_SUFFIXES and token.text not in POST_NOMINAL_LETTERS


def split_between_words(tokens: list[Token], k: int) -> bool:
    """"Paolo Ardoino, CEO - Tether", "Amanda Terry, CEO - Metagood" in a roster of speakers: a
    sentence start the parser put between two capitalized words one space apart on one line, with
    no mark between, ends no sentence (a sentence ends at a mark or a line break); a name runs on
    over it."""
    before, token = tokens[k - 1], tokens[k]
    if token.is_upper and not before.is_upper and len(token.text) > 1:
        return False  # "Adriana Roe DECA": a name, then a body's letters
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if is_first_name(token) and not is_first_name(before) and after is not None and after.is_alpha and after.text[0].isupper():
        return False  # "Stacy Adams Marlon Chase": a table's two names on one line ("Yat Siu," is one)
    if is_english_word(token.text) and census_form(token.text) not in surnames():
        return False  # "Marta | Medical, CEO": an English word no surname list holds (as split_within_line)
    return before.is_alpha and before.whitespace_ == " " and before.text[0].isupper() and token.is_alpha and token.text[0].isupper()


def split_within_line(tokens: list[Token], k: int) -> bool:
    """The parser's sentence start at token k falls inside a personal name on one line ("Paolo |
    Ardoino, CEO - Tether" in a speaker list): a census given name (or a word no English word list
    knows) followed by a single space, then
    a census surname or a word no English word list knows; no punctuation ends a sentence there
    ("Defendant | Jane Roe", "Anderson | Medical Supplies" stay split)."""
    if k < 1:
        return False
    prev, token = tokens[k - 1], tokens[k]
    if not (prev.whitespace_ == " " and (is_first_name(prev) or prev.is_alpha and not is_english_word(prev.text)) and token.is_alpha and token.text[:1].isupper() and not token.is_stop):
        return False
    return census_form(token.text) in surnames() or not is_english_word(token.text)


def _title_run_before(doc: Doc, i: int) -> bool:
    """A capitalized title word or honorific stands right before token i."""
    tokens = doc_tokens(doc)
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (_is_title_token(prev) and is_capitalized(prev) and not modifiers_only_before(doc, i)) or is_honorific(prev) or prev.text in {"Honorable", "Highness", "Excellency"}


def _title_after(doc: Doc, end: int) -> bool:
    """", director of" / ", Secretary of State" right after a name."""
    tokens = doc_tokens(doc)
    if end + 1 >= len(doc) or tokens[end].text != ",":
        return False
    k = end + 1
    while k < len(doc) and tokens[k].lower_ in {"the", "a", "an", "former", "then"}:
        k += 1
    for j in range(k, min(k + 4, len(doc))):
        if tokens[j].lower_ in lexicon.lower_words("title_heads"):
            return True
        if not (is_capitalized(tokens[j]) or tokens[j].lower_ in lexicon.lower_words("title_modifiers") or glued_hyphen(tokens, j)):
            return False
    return False


def glued_hyphen(tokens: list[Token], j: int) -> bool:
    """Token j is a hyphen written inside a capitalized word ("Co-Founder"), not a dash set off by spaces."""
    return tokens[j].text == "-" and j > 0 and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_ and is_capitalized(tokens[j - 1])


COMPLEMENT_WORDS = frozenset({",", "and", "of", "for", "on", "the", "&"})


def _in_title_complement(doc: Doc, start: int) -> bool:
    """Token `start` continues a capitalized title ("Commissioner for Trade, Industry, and
    Minerals Albert ...", "Secretary of the Treasury Wally ..."), not a list of names."""
    tokens = doc_tokens(doc)
    i = start - 1
    while i >= 0 and not tokens[i].is_space:
        token = tokens[i]
        if is_honorific(token):
            return False
        if _is_title_token(token) and token.text[0].isupper() and not modifiers_only_before(doc, i + 1):
            return True
        if not (token.lower_ in COMPLEMENT_WORDS or token.is_alpha and token.text[0].isupper()) or token.is_sent_start:
            return False
        i -= 1
    return False


def right_after_title_head(doc: Doc, start: int) -> bool:
    """Token `start` follows a capitalized title head directly ("Vice Foreign Minister Choi Jong
    Kun", "President Roch Marc Christian Kaboré"): the name's first word (a surname written first,
    or a given name no census lists), not the last word of the title's complement."""
    if start == 0:
        return False
    prev = doc_tokens(doc)[start - 1]
    return _is_title_head(prev) and prev.text[:1].isupper()


def _given_name_word(token: Token) -> bool:
    """A title-case word the model left out of a name: no title, honorific or body word, no
    common English word that is no given name ("Says", "Follow"), and no entity beyond a one-word
    place ("Ramiro" tagged GPE in "Ramiro Ascencio Nevarez")."""
    if not token.is_alpha or not token.text[0].isupper() or token.text.isupper() or token.is_sent_end:
        return False
    if _is_title_token(token) or is_honorific(token) or token.text in lexicon.words("org_heads") or token.lower_ in {"the", "and", "or"}:
        return False
    if token.ent_type_ == "" and is_english_word(token.text):
        return False  # "Says Davide Vigano", "Follow Guy Harvey": a verb or a noun before the name
    return token.ent_type_ == "" or token.ent_type_ in {"GPE", "NORP"} and token.ent_iob_ == "B"


def continues_place(token: Token) -> bool:
    """A word inside a place the model tagged from an earlier word ("North America" in "Minister
    of State for Europe and North America James Cleverly"): the place's end, not a given name."""
    return token.ent_iob_ == "I" and token.ent_type_ in {"GPE", "LOC"}


def extend_given_names(doc: Doc, start: int) -> int:
    """Start of a PERSON entity moved left over given names the model missed, when the name
    stands alone: at a sentence start or after a comma, "and" or "(" ("Bonomade Machude Omar")."""
    tokens = doc_tokens(doc)
    i = start
    while i - 1 >= 0 and i - start > -2 and _given_name_word(tokens[i - 1]) and not tokens[i - 1].is_space:
        i -= 1
    if i == start:
        return start
    boundary = i == 0 or tokens[i].is_sent_start or tokens[i - 1].text in {",", ";", ":", "(", "and", "or"} or tokens[i - 1].is_space
    return i if boundary and not _in_title_complement(doc, i) else start


def honorific_before_org(doc: Doc, start: int, end: int) -> bool:
    """"said Mr. Narit Therdsteerasukdi, Secretary General": two or more name words the model tags
    ORG right after an honorific name a person (no head word nor legal suffix among them:
    "Dr. Reddy's Laboratories", "Mr. Cooper Group" stay bodies)."""
    tokens = doc_tokens(doc)
    if start < 1 or end - start < 2 or not is_honorific(tokens[start - 1]):
        return False
    return all(_is_name_token(t) and t.pos_ == "PROPN" and t.text not in lexicon.words("org_heads") and t.text not in lexicon.words("corporate_suffixes") for t in tokens[start:end])


def firm_words_after_given_name(rest: list[Token]) -> bool:
    """"Anderson Medical Supplies", "Scott Integrated Pain Management": after the
    given name that opens the model's ORG, an English word that is no census surname or given
    name, or a legal suffix, makes the ORG a firm's name, not a person's ("Arthur Jones",
    "Carolina Young", "Morgan Stanley" end in surnames and stay people; words in capitals and
    name suffixes are no such word: "Paul Desmarais III", "ROBERT ROE MD")."""
    return any(t.text in lexicon.words("corporate_suffixes") or t.text.istitle() and len(t.text) > 2 and t.text not in NAME_SUFFIXES and t.lower_ not in NAME_PARTICLES and is_english_word(t.text) and census_form(t.text) not in surnames() for t in rest)


def firm_entities(doc: Doc) -> list[tuple[int, int, int]]:
    """The model's ORG entities whose name (after a determiner or title) opens with a given name
    and goes on with a firm's words (firm_words_after_given_name): (entity start, name start,
    end). No person is named in them, nor by their first words elsewhere ("Golden Cariboo" of
    "Golden Cariboo Resources", "Ryan" of "Ryan International Airlines")."""
    tokens = doc_tokens(doc)
    found = []
    for ent in doc_entities(doc):
        if ent.label_ != "ORG" or len(ent) < 2 or not any(t.text[:1].isupper() and census_form(t.text) in first_names() for t in tokens[ent.start : ent.end - 1]):
            continue  # no given name that something follows: most entities
        start, end = trim(doc, ent.start, ent.end)
        named = first_name_start(doc, start, end)
        if named is not None and end - named >= 2 and firm_words_after_given_name(tokens[named + 1 : end]):
            found.append((ent.start, named, end))
    return found


def candidate_mentions(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Token ranges that name people, before clustering."""
    tokens = doc_tokens(doc)
    found = []
    for ent in doc_entities(doc):
        if ent.label_ in {"ORG", "GPE", "NORP"}:
            # "Commerce Gina Raimondo", "Chair Preet Bharara", "Arthur Jones": people the model calls bodies.
            start, end = trim(doc, ent.start, ent.end)
            named = first_name_start(doc, start, end)
            if named is not None and end - named >= 2:
                found.append((named, end))
            elif start > ent.start and _is_title_token(tokens[ent.start]) and end - start >= 2 and all(_is_name_token(t) for t in tokens[start:end]):
                found.append((start, end))
            elif ent.label_ == "ORG" and end - start >= 2 and is_first_name(tokens[start]) and all(_is_name_token(t) for t in tokens[start:end]):
                found.append((start, end))
            elif honorific_before_org(doc, start, end) or titled_speaker(doc, start, end):
                found.append((start, end))
            elif ent.label_ == "ORG":
                # "the Chairperson of the African Union Commission Moussa Faki Mahamat": a name after
                # a title and its body, inside or right after the body's entity.
                heads = [t.i for t in tokens[start:end] if t.text in lexicon.words("org_heads") and t.text[0].isupper()]
                name_start = heads[-1] + 1 if heads else start
                after_head = name_start > 0 and tokens[name_start - 1].text in lexicon.words("org_heads") and tokens[name_start - 1].text[0].isupper()
                if end - name_start >= 2 and after_head and all(_is_name_token(t) and t.pos_ == "PROPN" for t in tokens[name_start:end]) and (_in_title_complement(doc, name_start) or is_first_name(tokens[name_start])):
                    found.append((name_start, end))
            continue
        if ent.label_ == "PERSON":
            start, end = trim(doc, extend_given_names(doc, ent.start), ent.end)
            if end > start and tokens[end - 1].text == "," and end < len(doc):
                end -= 1
            end = max(end, min(name_run(doc, start), ent.end + 2)) if start < end else end
            found.append((start, end))
    capitalized = with_text_where(doc, lambda text: text[:1].isupper())  # the words both scans below go on with
    for token in capitalized:
        if not token.text[:1].isupper():
            continue
        # A given name and a surname, wherever the model missed them.
        if is_first_name(token) and token.ent_type_ not in {"PERSON", "ORG", "GPE"} and token.pos_ == "PROPN" and not continues_place(token):
            end = name_run(doc, token.i)
            if end - token.i >= 2:
                found.append((token.i, end))
        if not _title_run_before(doc, token.i):
            continue
        start, end = token.i, name_run(doc, token.i)
        if end - start >= 1 and (end - start >= 2 or token.ent_type_ == "PERSON" or is_honorific(tokens[token.i - 1])):
            found.append(trim(doc, start, end))
    # A name run ends within MAX_NAME_TOKENS + 2 tokens (a suffix after a comma), and a title after it starts with a comma.
    commas = [t.i for t in with_text(doc, {","})]
    for token in capitalized:
        k = bisect_left(commas, token.i + 2)
        if k == len(commas) or commas[k] > token.i + MAX_NAME_TOKENS + 2:
            continue  # no comma where a name starting here could end: no "Name, title"
        if not token.text[:1].isupper() or not _is_name_token(token):
            continue
        if token.i > 0 and (tokens[token.i - 1].is_alpha and tokens[token.i - 1].text[0].isupper()) and not tokens[token.i - 1].is_sent_start:
            continue
        end = name_run(doc, token.i)
        if end - token.i >= 2 and _title_after(doc, end) and all(t.pos_ == "PROPN" for t in tokens[token.i : end] if t.is_alpha):
            found.append(trim(doc, token.i, end))
    result = []
    for start, end in found:
        if end <= start:  # trimmed to nothing: "Dr. The"
            continue
        # Initials the model left out: "B. Todd Jones".
        while start > 0 and _is_initial(tokens[start - 1]):
            start -= 1
        named = first_name_start(doc, start, end)
        initial = _is_initial(tokens[start])
        if named is not None and named > start and not is_first_name(tokens[start]) and not initial and end - named >= 2 and _in_title_complement(doc, start) and not right_after_title_head(doc, start):
            start = named
        end = before_field_label(doc, start, end)
        end = post_nominal_end(doc, start, end)
        end = predicate_word_end(doc, start, end)
        end = nickname_end(doc, start, end)
        lead_end = name_after_lead_words(doc, start, end)
        if lead_end > start:
            start, end = trim(doc, lead_end, end)  # "AI - Dr. Eric Goodman": the honorific after the dash
        else:
            end = dash_description_end(doc, start, end)
        span = doc[start:end]
        if end > start and plausible_name(span) and not blocked.intersection(range(start, end)) and (not in_title(span[0]) or titled_headline_name(doc, start, end)) and not place_in_region(doc, start, end, HOMETOWN_PREPOSITIONS) and not dateline_place(doc, start, end):
            result.append((start, end))
    return result


SPEECH_VERBS = lexicon.verb_forms("speech_verbs")


def titled_speaker(doc: Doc, start: int, end: int) -> bool:
    """"said Linus Chee, Co-founder and CEO.", "said Vikesh Kumar, Director-Development at RChilli": two or three
    proper nouns the model tags ORG, right after a verb of saying and set off by a comma before a
    title, are the speaker quoted, a person, though no given-name list knows the first word."""
    tokens = doc_tokens(doc)
    if not 2 <= end - start <= 3 or start == 0 or tokens[start - 1].lower_ not in SPEECH_VERBS or tokens[start - 1].pos_ != "VERB":
        return False
    return all(t.pos_ == "PROPN" and t.is_alpha and t.text[0].isupper() for t in tokens[start:end]) and _title_after(doc, end)


def titled_headline_name(doc: Doc, start: int, end: int) -> bool:
    """"Statement by President Jane Q. Roe, Jr. on ...", "Readout of Secretary Jane Roe's Call":
    in the title line (trusted otherwise only for names the body holds again) a name of two words
    or more that the model tags PERSON, opening with a census given name, right after a title word
    or an honorific, is a person, though the body may only say "I". Every word is the model's
    PERSON (or a suffix after it): a name run on into the headline's capitals ("Jane Roe Announces
    New") is left to the body."""
    tokens = doc_tokens(doc)
    words = [t for t in tokens[start:end] if t.text != "," and t.text not in NAME_SUFFIXES]
    return end - start >= 2 and all(t.ent_type_ == "PERSON" for t in words) and is_first_name(tokens[start]) and _title_run_before(doc, start)


def before_field_label(doc: Doc, start: int, end: int) -> int:
    """"CEO: Jane Roe Email: info@acme.com", "Contact: Jane Roe Tel: +1 555 ...": a field label of a
    contact block (patterns/contact_labels) right before its colon closes no name; the name ends
    before the label."""
    tokens = doc_tokens(doc)
    if end - start >= 3 and end < len(tokens) and tokens[end].text == ":" and tokens[end - 1].text in lexicon.words("contact_labels"):
        return end - 1
    return end


def post_nominal_end(doc: Doc, start: int, end: int) -> int:
    """"Bob Roe MP", "Jane Roe CPA", "Ann Lee MD": letters for an office, a rank, a degree or a
    credential after a name of two words or more (patterns/name_post_nominals,
    title_post_nominals) are no part of the name; it ends before them. A name in capitals keeps
    its words ("ROBERT ROE MD" may read either way)."""
    tokens = doc_tokens(doc)
    k = end
    while k - start > 2 and tokens[k - 1].text.rstrip(".") in POST_NOMINAL_LETTERS:
        k -= 1
    if k == end or all(t.is_upper for t in tokens[start:k] if t.is_alpha):
        return end
    return k


PREDICATE_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ"})


def _name_word_form(token: Token) -> bool:
    """A census given name or surname, or a name particle ("Will", "Bill", "Van")."""
    form = census_form(token.text)
    return form in first_names() or form in surnames() or token.lower_ in NAME_PARTICLES


def predicate_word_end(doc: Doc, start: int, end: int) -> int:
    """"Mr. Kwon Appointed as CEO", "CEO Peter Nielsen Commented: ...", "Below the $64,000 Mark Amid
    ETF Downturn": a capitalized verb the name before it is the subject of (the parser makes it that
    word's head), or a capitalized preposition, in a title-case headline run into the name, is
    the headline's predicate, no name word: the name ends before it; before a preposition, a
    name of one word is no name ("Mark" of "$64,000 Mark"). Census given names and surnames and
    particles stay ("Jane Will", "Alain Van Munster")."""
    tokens = doc_tokens(doc)
    for k in range(start + 1, end):
        token = tokens[k]
        if not token.text[:1].isupper() or _name_word_form(token):
            continue
        if token.tag_ in PREDICATE_VERB_TAGS and tokens[k - 1].head.i == k:
            return k
        if token.tag_ == "IN" and token.pos_ == "ADP":
            return k if k - start >= 2 else start
    return end


NAME_JOINERS = frozenset({"&"})  # not "of", "and": "Jane Roe of Acme Foundation" is a person
MAX_NAME_TAIL = 8


def opens_longer_name(doc: Doc, end: int) -> bool:
    """The name ending at `end` opens a longer name that goes on in capitals to the head of an
    event, award, project or body ("Wilson Sonsini Entrepreneur & Investor Life Sciences Summit",
    "Al Maktoum Knowledge Award", "Cariboo Gold Project", "Al Maktoum Knowledge Foundation":
    patterns/event_heads, not_org_heads, org_heads): it names that thing, not a person."""
    tokens = doc_tokens(doc)
    heads = lexicon.words("not_org_heads") | lexicon.words("event_heads") | lexicon.words("org_heads")
    last = None
    k = end
    while k < len(doc) and k - end < MAX_NAME_TAIL and not tokens[k - 1].whitespace_.count("\n"):
        token = tokens[k]
        if token.is_alpha and token.text[0].isupper():
            last = token
        elif token.lower_ not in NAME_JOINERS:
            break
        k += 1
    return last is not None and last.text in heads


OPENING_QUOTES = frozenset({"“", '"'})
CLOSING_QUOTES = frozenset({"”", '"'})


def quoted_in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """'IRCCS “Carlo Roe” Neurological Institute', 'the famous "Veta del Roe" vein': a name in
    quotes that goes on after its closing quote into a longer name (opens_longer_name) or a
    lower-case noun names the institute or the thing, not a person."""
    tokens = doc_tokens(doc)
    if start < 1 or end + 1 >= len(tokens) or tokens[start - 1].text not in OPENING_QUOTES or tokens[end].text not in CLOSING_QUOTES:
        return False
    after = tokens[end + 1]
    return after.pos_ == "NOUN" and after.text.islower() or opens_longer_name(doc, end + 1)


def _nickname_at(tokens: list[Token], i: int) -> bool:
    """Tokens i..i+2 are a quoted nickname: an opening quote, one capitalized word, a closing quote."""
    return i + 2 < len(tokens) and tokens[i].text in OPENING_QUOTES and tokens[i + 1].is_alpha and tokens[i + 1].text[0].isupper() and tokens[i + 2].text in CLOSING_QUOTES


def nickname_end(doc: Doc, start: int, end: int) -> int:
    """End of a name that goes on after a quoted nickname: "Michael “Hutch” Hutchison", "Josaia
    Voreqe “Frank” Bainimarama" (the model stops at the given names, or inside the nickname);
    the nickname is part of the name."""
    tokens = doc_tokens(doc)
    if end - start >= 3 and _nickname_at(tokens, end - 2):
        quote = end - 2  # the model's PERSON took in the opening quote and the nickname
    elif _nickname_at(tokens, end):
        quote = end
    else:
        return end
    opens = is_first_name(tokens[start]) or tokens[start].ent_type_ == "PERSON"
    if not 1 <= quote - start <= 2 or not opens:
        return end
    after = name_run(doc, quote + 3)
    return after if after > quote + 3 and tokens[quote + 3].text[0].isupper() else quote




def _past_form(text: str) -> bool:
    """A past participle of a common English verb: "themed", "owned", "based"."""
    return text.endswith("ed") and (is_english_word(text[:-2]) or is_english_word(text[:-1]))


def _lead_word(token: Token) -> bool:
    """A common English word, or its -ing form ("Featuring", "Starring"), no given name."""
    text = token.text
    if is_english_word(text):
        return True
    stem = text[:-3]
    return text.endswith("ing") and len(stem) >= 3 and (is_english_word(stem) or is_english_word(stem + "e"))


def dash_description_end(doc: Doc, start: int, end: int) -> int:
    """"Ashley Roe - Actress", "Quintin Doe - Philadelphia Eagles" (the model's PERSON over the
    line): a name opening with a given name or an initial, of two words or more before a spaced
    dash, ends at the dash; what follows describes the person."""
    tokens = doc_tokens(doc)
    if not (is_first_name(tokens[start]) or _is_initial(tokens[start])) or tokens[start].is_upper:
        return end
    for k in range(start + 2, end - 1):
        if spaced_dash(tokens, k):
            return k
    return end


def name_after_lead_words(doc: Doc, start: int, end: int) -> int:
    """Where a name starts inside tokens [start, end) that run other words into it: after a dash
    between spaces ("Influencer Engagement - Elexis Schroder", a talk's title and its speaker), and
    after common English words that are no given name ("Featuring Guy Harvey", "Headliner Gina
    Brillon") when a census given name follows them."""
    tokens = doc_tokens(doc)
    for k in range(end - 3, start, -1):
        if spaced_dash(tokens, k):
            start = k + 1
            break
    k = start
    while end - k > 2 and _lead_word(tokens[k]) and not is_first_name(tokens[k]) and tokens[k].lower_ not in NAME_PARTICLES:
        k += 1
    # Not where the rest would open with a particle ("Sheikh Sabah Al-Khaled Al-Sabah": "Al" is a census given name).
    return k if k > start and (is_first_name(tokens[k]) or _is_initial(tokens[k])) and tokens[k].lower_ not in NAME_PARTICLES else start


@lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """The surname nameparser reads in a full name (its last word when it finds none); a name
    recurs in a release and across releases, and parsing one costs a third of a millisecond."""
    return HumanName(name).last or name.split()[-1]


def _word_or_hyphen(char: str) -> bool:
    r"""A character of the class [\w-] (`\w` is str.isalnum or "_", checked on every code point)."""
    return char.isalnum() or char in "_-"


def standalone_starts(text: str, form: str) -> list[int]:
    r"""Where `form` stands alone in `text` (no word character or hyphen either side), left to
    right without overlaps: the matches of `(?<![\w-])form(?![\w-])`, found with str.find instead
    of a pattern compiled per surname (a run meets hundreds; each compile costs about 0.1 ms)."""
    found, i = [], text.find(form)
    while i != -1:
        end = i + len(form)
        if not (i > 0 and _word_or_hyphen(text[i - 1])) and not (end < len(text) and _word_or_hyphen(text[end])):
            found.append(i)
            i = text.find(form, end)
        else:
            i = text.find(form, i + 1)
    return found


def surname_mentions(doc: Doc, names: list[str], taken: set[int], blocked: set[int]) -> list[tuple[int, int]]:
    """Later uses of a known surname (or of a hyphenated surname's last part)."""
    forms = set()
    for name in names:
        last = surname(name)
        if last and last[0].isupper():
            forms.add(last)
            if "-" in last:
                forms.add(last.split("-")[-1])
    found = []
    text = doc_text(doc)
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        for start in standalone_starts(text, form):
            span = doc.char_span(start, start + len(form))
            if span is None:
                continue
            tokens = set(range(span.start, span.end))
            if tokens & (taken | blocked):
                continue
            taken |= tokens
            found.append((span.start, span.end))
    return found


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[str, ...]:
    """Words of a name without suffixes and commas."""
    return tuple(w for w in name.replace(",", " ").split() if w not in NAME_SUFFIXES)


def short_given_name(short: str, given: str) -> bool:
    """"Timothy A. Graham ... Tim's experience", "Kenneth Melson ... thank Ken": a one-word mention
    that is the clipped form of the full name's given name (both census given names, the short
    one of three letters or more opening the long one) names the same person."""
    return len(short) >= 3 and len(given) > len(short) and given.startswith(short) and census_form(short) in first_names() and census_form(given) in first_names()


@lru_cache(maxsize=65536)
def belongs_to(short: str, full: str) -> bool:
    """`short` is a form of `full`: its surname, first name or its clipped form, a run of its words,
    or same first and last word."""
    s, f = name_words(short), name_words(full)
    if not s or len(s) >= len(f) and s != f:
        return False
    if s == f:
        return True
    n = len(s)
    if n == 1 and short_given_name(s[0], f[0]):
        return True
    if any(f[i : i + n] == s for i in range(len(f) - n + 1)):
        return True
    if n == 1 and "-" in f[-1] and f[-1].split("-")[-1] == s[0]:
        return True
    return n >= 2 and s[0] == f[0] and s[-1] == f[-1]


def cluster(mentions: list[PersonMention]) -> tuple[list[PersonCluster], list[int]]:
    """Group mentions into people; RETURNS the clusters and each mention's cluster index."""
    # A possessive that lost its apostrophe ("Michael Rowans offer") comes after the name it owns
    # ("Michael Rowan"), which it then joins, though it is the longer text.
    texts = {m.text for m in mentions}
    order = sorted(range(len(mentions)), key=lambda i: (lost_possessive(mentions[i].text, texts) is not None, -len(name_words(mentions[i].text)), -len(mentions[i].text), mentions[i].start))
    clusters: list[PersonCluster] = []
    owner = [-1] * len(mentions)
    for i in order:
        text = mentions[i].text
        # A person's possessive that lost its apostrophe is the same person.
        fits = [c for c, cl in enumerate(clusters) if belongs_to(text, cl.name) or lost_possessive(text, lambda stem: belongs_to(stem, cl.name))]
        if len(fits) > 1:
            # An ambiguous short form goes to the person last named before it.
            def last_before(c: int) -> int:
                starts = [mentions[m].start for m in clusters[c].mentions if mentions[m].start < mentions[i].start]
                return max(starts, default=-1)
            fits = [max(fits, key=last_before)]
        if fits:
            owner[i] = fits[0]
        else:
            clusters.append(PersonCluster(name=text))
            owner[i] = len(clusters) - 1
        clusters[owner[i]].mentions.append(i)
    for cl in clusters:
        cl.mentions.sort()
        cl.aliases = sorted({mentions[m].text for m in cl.mentions} - {cl.name})
    # Clusters in order of first mention.
    first = sorted(range(len(clusters)), key=lambda c: clusters[c].mentions[0])
    remap = {old: new for new, old in enumerate(first)}
    return [clusters[c] for c in first], [remap[o] for o in owner]


@lru_cache(maxsize=None)
def alias_marker_gaps() -> tuple[re.Pattern, re.Pattern]:
    """What may stand between a name and another name of the same person: an age, then a marker
    of patterns/alias_markers ("Xiao Ju Guan, 39, aka Tony Guan"); and between two such other names
    ("aka Matt Habibion and Matt Habi")."""
    markers = "|".join(re.escape(m) for m in sorted(lexicon.lower_words("alias_markers"), key=len, reverse=True))
    quote = "[\"“”‘’']?"
    after_name = re.compile(rf"\s*{quote}\s*,?\s*(?:\(?(?:age\s+)?\d{{1,3}}\)?\s*,?\s*)?\(?\s*(?:{markers})\s*[:,]?\s*{quote}\s*", re.IGNORECASE)
    between_aliases = re.compile(rf"\s*{quote}\s*,?\s*(?:and|or)\s*{quote}\s*", re.IGNORECASE)
    return after_name, between_aliases


def merge_alias_names(doc: Doc, mentions: list[PersonMention], clusters: list[PersonCluster], owner: list[int]) -> tuple[list[PersonCluster], list[int]]:
    """"Jose Santana, aka Octavio Perez, 53", "Ali Mohamed Rage, also known as Ali Dheere": the name
    after an alias marker (alias_marker_gaps) is another name of the person named right before it,
    and its person joins that one (who keeps the name); so does a second alias joined by "and"."""
    after_name, between_aliases = alias_marker_gaps()
    text = doc_text(doc)
    tokens = doc_tokens(doc)
    joined = {}  # cluster -> cluster it joins
    alias_at = {}  # mention after a marker -> the cluster it names
    for k in range(1, len(mentions)):
        prev, cur = mentions[k - 1], mentions[k]
        gap = text[tokens[prev.end - 1].idx + len(tokens[prev.end - 1].text) : tokens[cur.start].idx]
        if after_name.fullmatch(gap):
            alias_at[k] = alias_at.get(k - 1, owner[k - 1])
        elif k - 1 in alias_at and between_aliases.fullmatch(gap):
            alias_at[k] = alias_at[k - 1]
        else:
            continue
        target = alias_at[k]
        while target in joined:
            target = joined[target]
        if owner[k] != target and owner[k] not in joined:
            joined[owner[k]] = target
    if not joined:
        return clusters, owner
    root = {}
    for c in range(len(clusters)):
        r = c
        while r in joined:
            r = joined[r]
        root[c] = r
    keep = sorted(set(root.values()))
    renumber = {c: n for n, c in enumerate(keep)}
    merged = [PersonCluster(name=clusters[c].name) for c in keep]
    new_owner = [renumber[root[o]] for o in owner]
    for i, o in enumerate(new_owner):
        merged[o].mentions.append(i)
    for cl in merged:
        cl.aliases = sorted({mentions[m].text for m in cl.mentions} - {cl.name})
    return merged, new_owner


def find_people(doc: Doc, found_orgs: list[OrgMention], acronym_long_forms: list[Span]) -> tuple[list[PersonMention], list[PersonCluster], list[int]]:
    """Person mentions, clusters, and each mention's cluster. Inputs: the organization mentions
    news_organizations found, and the long forms of the acronyms news_acronyms defined."""
    strong = {i for m in found_orgs if m.source in STRONG_ORG_SOURCES and m.end - m.start > 1 for i in range(m.start, m.end)}
    strong |= {i for lf in acronym_long_forms for i in range(lf.start, lf.end)}
    firms = firm_entities(doc)
    strong |= {i for s, _, e in firms for i in range(s, e)}
    firm_openers = {doc[n].text for _, n, e in firms}  # the given name alone: "Jane Roe" of "Jane Roe Foundation" stays a person
    ranges = sorted(set(candidate_mentions(doc, strong)), key=lambda r: (r[0], -(r[1] - r[0])))
    taken: set[int] = set()
    kept = []
    for start, end in ranges:
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        kept.append((start, end))
    names = [clean_text(doc[s:e].text) for s, e in kept if e - s >= 2]
    kept += surname_mentions(doc, names, set(taken), strong)
    kept = [(s, e) for s, e in kept if not opens_longer_name(doc, e) and not family_name(doc, s, e) and not quoted_in_longer_name(doc, s, e)]
    kept = [r for r in kept if not ampersand_firm_word(doc, kept, *r)]
    shared = shared_surnames(doc, kept, strong)
    kept += [r for r in shared if r not in kept]
    # A span that cleans to nothing (only marks or spaces) names no one.
    mentions = sorted((m for m in (PersonMention(s, e, shared.get((s, e)) or clean_text(doc[s:e].text)) for s, e in kept) if m.text.split()), key=lambda m: m.start)
    clusters, owner = cluster(mentions)
    company_words = company_first_words(found_orgs) | company_full_names(found_orgs)
    bodies = {c for c, cl in enumerate(clusters) if named_as_body(doc, cl, mentions)}
    person_tokens = {i for m in mentions for i in range(m.start, m.end)}
    dropped = bodies | {c for c, cl in enumerate(clusters) if not person_evidence(doc, cl, mentions, company_words, firm_openers, person_tokens)}
    # A body is named by its full name; a surname-like part of it ("Beer" of "Merica Beer") names nothing alone.
    body_spans = [(mentions[i].start, mentions[i].end) for i, o in enumerate(owner) if o in bodies and mentions[i].text == clusters[o].name]
    if dropped:
        keep = [i for i, o in enumerate(owner) if o not in dropped]
        mentions = [mentions[i] for i in keep]
        clusters, owner = cluster(mentions)
    clusters, owner = merge_alias_names(doc, mentions, clusters, owner)
    return mentions, clusters, owner, body_spans


def _firm_word_at(tokens: list[Token], k: int) -> bool:
    """Token k is a capitalized word (a name's or a firm's: "Associates"), no title or honorific
    ("Joe Biden & Vice President Kamala Harris")."""
    return 0 <= k < len(tokens) and tokens[k].is_alpha and tokens[k].text[0].isupper() and not _is_title_token(tokens[k]) and not is_honorific(tokens[k])


def ampersand_firm_word(doc: Doc, kept: list[tuple[int, int]], start: int, end: int) -> bool:
    """"Kirshenbaum & Bond", "Nevins & Associates", "Morrison & Foerster": one capitalized word
    joined by "&" to another names a firm (named for its founders), not a person, at that place;
    and a one-word name the release writes so somewhere ("Morrison and Foerster" ... "Morrison &
    Foerster") is the firm's word wherever it stands, unless it closes a person's full name
    ("Jon Bond ... Kirshenbaum & Bond ... Bond said"). Full names joined by "&" stay people
    ("Jane Roe & John Doe")."""
    if end - start != 1:
        return False
    tokens = doc_tokens(doc)
    joined = {start - 2, start + 2}
    if any(_firm_word_at(tokens, k) and tokens[(k + start) // 2].text == "&" for k in joined):
        return True
    word = tokens[start].text
    if any(e - s >= 2 and tokens[e - 1].text == word for s, e in kept):
        return False
    in_names = {i for s, e in kept if e - s >= 2 for i in range(s, e)}
    return any(_firm_word_at(tokens, k) and tokens[k].text == word and k not in in_names for amp in with_text(doc, {"&"}) for k in (amp.i - 1, amp.i + 1) if _firm_word_at(tokens, 2 * amp.i - k))


COUPLE_JOINERS = frozenset({"and", "&"})


def _alone_before(tokens: list[Token], i: int) -> bool:
    """Token i stands alone as a name's first word: no capitalized word or initial right before
    it (a title or an honorific may stand there)."""
    if i == 0:
        return True
    before = tokens[i - 1]
    return not (before.text[:1].isupper() and (before.is_alpha or _is_initial(before))) or _is_title_token(before) or is_honorific(before)


def shared_surnames(doc: Doc, kept: list[tuple[int, int]], blocked: set[int]) -> dict[tuple[int, int], str]:
    """"David and Jean Marble", "brothers Andrew and Jeffrey Arkin": a census given name standing
    alone before "and" and a full name that opens with another census given name shares that
    name's surname: the one word is "David Marble" (the mention keeps its one token; the model
    often leaves the word untagged, and it is added). Not a surname of a person named in full
    ("Morgan" after "Tom Morgan"), nor a word a body holds. RETURNS the mention's token range ->
    its full name."""
    tokens = doc_tokens(doc)
    last_words = {tokens[e - 1].text for s, e in kept if e - s >= 2}
    found = {}
    for s2, e2 in kept:
        i = s2 - 2
        if e2 - s2 < 2 or i < 0 or tokens[s2 - 1].lower_ not in COUPLE_JOINERS or not is_first_name(tokens[s2]):
            continue
        first = tokens[i]
        if not (first.is_alpha and first.text[0].isupper() and is_first_name(first)) or first.text in last_words or i in blocked:
            continue
        if first.ent_type_ not in {"", "PERSON"} or not _alone_before(tokens, i) or any(s <= i < e and e - s > 1 for s, e in kept):
            continue
        last = surname(clean_text(doc[s2 + 1 : e2].text))
        if last and last[0].isupper():
            found[(i, i + 1)] = f"{first.text} {last}"
    return found


def family_name(doc: Doc, start: int, end: int) -> bool:
    """"the Roe family", "the Roe and Doe families": a name after "the" and before a noun for a
    family (patterns/family_nouns), or the first or second of two such names, names the family,
    not a person ("Roe's family" is Roe's own)."""
    tokens = doc_tokens(doc)
    nouns = lexicon.lower_words("family_nouns")
    k = end
    if k + 2 < len(tokens) and tokens[k].lower_ in {"and", "&"} and is_capitalized(tokens[k + 1]):
        k += 2  # "the Roe and Doe families": the first name
    if k >= len(tokens) or tokens[k].lower_ not in nouns:
        return False
    i = start - 1
    if i >= 2 and tokens[i].lower_ in {"and", "&"} and is_capitalized(tokens[i - 1]):
        i -= 2  # "the Roe and Doe families": the second name
    return i >= 0 and tokens[i].lower_ == "the"


def named_as_body(doc: Doc, cl: PersonCluster, mentions: list[PersonMention]) -> bool:
    """A name the text uses as a body: a whole name followed by an apposition that says what
    kind of body it is ("Marlow Quarry, a mining company"); a name of two words or more opening
    with no given name, or ending in a place word ("Co-founder at Angel City": place_name_end), that
    fills the complement of a title; a one-word name, not a given name, that is
    the complement of a title ("Harvey Vole, CEO at Carlyle") or listed beside a body ("UBS,
    Deloitte, Goodwin and ...")."""
    spans = [(mentions[m].start, mentions[m].end) for m in cl.mentions]
    if len(cl.name.split()) > 1 and (cl.name.split()[0].upper() not in first_names() or place_name_end(cl.name)) and any(title_complement(doc[s:e]) for s, e in spans):
        return True
    if not all(is_common_word(w) for w in cl.name.split()) and any(roster_line_body(doc, s, e, mentions) for s, e in spans):
        return True  # "Meghan Roe, Partner, Austin, Jackson Walker"
    if any(employer_complement(doc, cl.name, s, e) for s, e in spans):
        return True  # "CEO of Benzinga", "partner with Wilson Sonsini"
    if tagged_org_throughout(doc, spans):
        return True
    if any(_title_run_before(doc, s) or _in_title_complement(doc, s) for s, _ in spans):
        return False  # "Commissioner for Justice Reynders"
    whole = [(s, e) for m, (s, e) in zip(cl.mentions, spans) if mentions[m].text == cl.name and not (s > 0 and (is_capitalized(doc[s - 1]) or doc[s - 1].text in {"&", "-"}))]
    if any(apposed_company_noun(doc, e) for s, e in whole):
        return True  # the whole name, not the end of a longer one ("Footage Films, the ... company")
    given = cl.name.split()[0].upper() in first_names()
    if any(copular_company_noun(doc, s, e, given) or owns_its_object(doc, s, e, given) for s, e in whole):
        return True
    if len(cl.name.split()) > 1 or cl.name.upper() in first_names():
        return False
    return any(acts_as_body(doc[s:e].root) for s, e in spans)


ROSTER_SEPARATORS = frozenset({",", "-", "–", "—", "|"})
MAX_ROSTER_LINE = 16


def _line_ends_at(tokens: list[Token], end: int) -> bool:
    """Token `end` ends a line: the text's end, a line break, or a full stop before one."""
    if end < len(tokens) and tokens[end].text == ".":
        end += 1
    return end >= len(tokens) or tokens[end].is_space or "\n" in tokens[end - 1].whitespace_


def roster_line_body(doc: Doc, start: int, end: int, mentions: list[PersonMention]) -> bool:
    """"Meghan Roe, Partner, Austin, Jackson Walker", "Chris Doe, MD - Stuart Humphries", "Ran
    Lee, CEO - Crypto Banter": on a roster line that opens with a person's name and a comma and
    goes on with a title (or a post-nominal: "MD"), the name that closes the line after a comma or
    a dash is the person's employer, a body, not a second person (named_as_body leaves out
    common words only: "Tom Roe, Vice President, Sales" closes with a portfolio)."""
    tokens = doc_tokens(doc)
    if start < 4 or tokens[start - 1].text not in ROSTER_SEPARATORS or not _line_ends_at(tokens, end):
        return False
    k = start - 2
    titled = False
    while k >= 0 and start - k <= MAX_ROSTER_LINE and not tokens[k].is_space and "\n" not in tokens[k].whitespace_:
        titled = titled or _is_title_head(tokens[k]) or tokens[k].text in lexicon.words("title_post_nominals")
        k -= 1
    line_start = k + 1
    if not titled or not (line_start == 0 or tokens[k].is_space or "\n" in tokens[k].whitespace_):
        return False
    return any(m.start == line_start and m.end < start - 2 and tokens[m.end].text == "," for m in mentions)


def span_head(doc: Doc, start: int, end: int) -> Token:
    """The first token of the span whose head lies outside it (its last token if none)."""
    tokens = doc_tokens(doc)
    return next((t for t in tokens[start:end] if not start <= t.head.i < end), tokens[end - 1])


def copular_company_noun(doc: Doc, start: int, end: int, given: bool) -> bool:
    """"Bravado Health is a portfolio company of ...", "Kestrel Ridge is a leading provider of
    cloud security": a name that is the subject of "is"/"was" whose complement is a noun for a body
    (patterns/company_nouns) names a body. After a name opening with a given name an agent noun
    in -er/-or stays a person's job ("Jane Roe is a film producer"); "Jane Roe is a founder of"
    holds no company noun."""
    root = span_head(doc, start, end)
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.lower_ not in {"is", "was"}:
        return False
    attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
    if attr is None or not company_complement(attr):
        return False
    return not (given and attr.lower_.endswith(("er", "or")))


def owns_its_object(doc: Doc, start: int, end: int, given: bool) -> bool:
    """"Harwick House published its annual report", "Harwick House and its subsidiaries": a name
    followed by "and its", or (when no given name opens it) the subject of a verb whose direct
    object "its" owns, names a body; a person's object is "his"/"her" ("Jane Roe led its growth"
    can be said of a founder, so a given name keeps the person there)."""
    tokens = doc_tokens(doc)
    if end + 1 < len(tokens) and tokens[end].lower_ == "and" and tokens[end + 1].lower_ == "its":
        return True
    if given:
        return False
    root = span_head(doc, start, end)
    if root.dep_ != "nsubj" or root.head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "its" for g in c.children) for c in root.head.children)


def tagged_org_throughout(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """"Charity Ace" in "collaborating with Charity Ace", "said Jeff Crockett of Charity Ace",
    "Charity Ace delivers ...": a name that opens with a given name but that the model tags as an
    organization in each of two or more mentions, and never as a person, and that ends in an
    English word (given_names.is_english_word), names a body."""
    tokens = doc_tokens(doc)
    whole = [(s, e) for s, e in spans if e - s >= 2]
    if len(whole) < 2 or not all(t.ent_type_ == "ORG" for s, e in spans for t in tokens[s:e]):
        return False
    # "filmmaker Nadia Tass": a name ending in a word that is no English word stays a person's
    # however the model tags it; "Charity Ace", "BOK Financial" end in one.
    s, e = whole[0]
    return is_english_word(tokens[e - 1].lower_)


COMPLEMENT_OPENERS = frozenset({"at", "of", "with", "for"})


def title_complement(span: Span) -> bool:
    """"CEO of Coinweb Labs", "Co-founder at Angel City and Monarch Collective": a name that
    starts right after the at/of/with/for of a title or an affiliation noun (or after "and" in
    a list there) is the title's body; a person's name follows the complement ("Secretary of
    the Treasury Wally Adeyemo"), it does not fill it."""
    doc = span.doc
    token = span.root
    if second_complement(doc, span.start):
        return True
    if token.dep_ == "conj" and span.start > 0 and doc[span.start - 1].lower_ == "and":
        token = token.head
    elif span.start == 0 or doc[span.start - 1].lower_ not in COMPLEMENT_OPENERS | {"the"}:
        return False
    if token.dep_ != "pobj" or token.head.lower_ not in COMPLEMENT_OPENERS:
        return False
    owner = token.head.head
    return owner.lower_ in lexicon.lower_words("title_heads") or owner.lower_ in lexicon.words("affiliation_nouns")


def employer_complement(doc: Doc, name: str, start: int, end: int) -> bool:
    """"Jason Roe, CEO of Benzinga", "partner with Wilson Sonsini", "Chief Digital Officer at
    Tory Burch": a one-word name that is no census given name, right after a title's "of" or
    "at", or a name opening with a given name right after a title's "at" or "with", fills the
    title's complement: the employer, a body. Not "for" (a staff title serves a person: "Chief of
    Staff for Pelosi"), nor a name after the complement ("Secretary of State Blinken"), nor after
    a noun that is no title ("a partnership with Steve Roe")."""
    words = name.split()
    given = census_form(words[0]) in first_names()
    openers = {"of", "at"} if len(words) == 1 and not given else {"at", "with"} if len(words) > 1 and given else set()
    if start == 0 or not openers or doc_tokens(doc)[start - 1].lower_ not in openers:
        return False
    token = doc[start:end].root
    return token.dep_ == "pobj" and token.head.i == start - 1 and token.head.head.lower_ in lexicon.lower_words("title_heads")


def second_complement(doc: Doc, start: int) -> bool:
    """"Co-founder at Angel City and Monarch Collective": a name after "and" that follows a
    title's at/of/with/for and the capitalized name filling it is a second body of the title,
    whatever the parser made of the list (read from the words, not the tree)."""
    if start < 4 or doc[start - 1].lower_ != "and":
        return False
    k = start - 2
    while k > 0 and is_capitalized(doc[k]) and start - k <= MAX_NAME_TOKENS:
        k -= 1
    if k == start - 2 or doc[k].lower_ not in COMPLEMENT_OPENERS or k == 0:
        return False
    owner = doc[k - 1].lower_
    return owner in lexicon.lower_words("title_heads") or owner in lexicon.words("affiliation_nouns")


def _census_name(name: str) -> bool:
    """A name opening with a census given name or an initial, or ending in a census surname."""
    words = name.split()
    if not words:
        return False
    last = words[-1].split("-")
    return census_form(words[0]) in first_names() or any(_INITIAL.fullmatch(w) for w in words) or all(census_form(p) in surnames() for p in last)


_INITIAL = re.compile(r"[A-Z]\.")


ONE_WORD_CRYPTO_ASSETS = frozenset(a.lower() for a in lexicon.words("crypto_assets") if " " not in a)


def crypto_word_in(name: str) -> bool:
    """A word of the name is a one-word coin or blockchain (patterns/crypto_assets) that no census
    list has as a given name or surname, in a name that opens with no census given name:
    "Bitcoin ETFs", "Ethereum DeFi", "Litecoin Miner" name an asset's things, not a person ("Anna
    Sui" stays one)."""
    words = name.split()
    return bool(words) and words[0].upper() not in first_names() and any(w.lower() in ONE_WORD_CRYPTO_ASSETS and census_form(w) not in surnames() and w.upper() not in first_names() for w in words)


def person_evidence(doc: Doc, cl: PersonCluster, mentions: list[PersonMention], company_words: set[str], firm_openers: frozenset[str] = frozenset(), person_tokens: Optional[set[int]] = None) -> bool:
    """Something says the name is a person's: a census given name, initial or surname, a title
    next to a mention ("Simel Esim, head of ...", "Chairperson of the X Commission Moussa ..."), or the model reads a mention as a person, unless
    the name opens one of the release's companies ("Sekur" beside "Sekur Private Data Ltd.").
    A one-word name no census list knows needs more than the model's tag: what a ruler holds
    ("Putin's war"). Nothing: "Monarch Collective", "Firm Growth Formula", "Tier Sponsor" are
    brands and headings, "Bitcoin" and "Kickstarter" brand words; nor a name of common English
    words only ("Merger Sub": common_words_only)."""
    spans = [(mentions[m].start, mentions[m].end) for m in cl.mentions]
    if person_tokens is None:
        person_tokens = {i for m in mentions for i in range(m.start, m.end)}
    if cl.name in lexicon.words("personifications") or channel_label(cl.name):
        return False  # "the full faith and credit of Uncle Sam", "MI Facebook"
    if crypto_asset(cl.name) or crypto_word_in(cl.name):
        return False  # "Solana’s TEV", "Tron (TRX)", "Bitcoin ETFs": a coin or a blockchain (patterns/crypto_assets)
    if ordinary_word_alone(doc, cl.name, spans):
        return False  # "Lead Inventor, Executive Chairman", "Associate Executive Producers:", "Worldwide is ...": a title beside does not make a word a name
    if cl.name.split()[0].upper() not in first_names() and any(apposed_thing_noun(doc, e) for s, e in spans):
        return False  # "Zorvik Pro, its new battery pack": a product; a given name keeps a person ("Jane Roe, a film director")
    if thing_word_end(cl.name) or firm_word_end(cl.name) or place_name_end(cl.name) or region_name(cl.name) or world_region(cl.name):
        return False  # "Wendt Partners, a HubSpot Partner": the title beside it is the firm's; "Asia Pacific": a world region (patterns/world_regions)
    if any(_title_run_before(doc, s) or _title_after(doc, e) or _in_title_complement(doc, s) for s, e in spans):
        return True
    if all(listed_among_bodies(doc, s, e, person_tokens) for s, e in spans):
        return False  # "institutions like Grayscale, Franklin Templeton, VanEck": an item of a list of bodies
    if written_whole_as_no_person(doc, cl.name, spans):
        return False  # "Cork Supply’s harvest" beside "said ..., Cork Supply": the release writes the name whole where no person is read
    if all(modifies_common_noun(doc, s, e) for s, e in spans):
        return False  # "Pell Grant eligibility", "the Ryan White program", "the Trump administration"
    if all(determined_name(doc, s, e) for s, e in spans):
        return False  # "the Crystal Gateway Marriott", "the Santa Cruz Wharf", "The Delmore"
    if len(cl.name.split()) == 1 and all(e - s == 1 for s, e in spans):
        if written_as_town(doc, cl.name) or all(impersonal_word(doc, s) or possessive_in_name(doc, e) for s, e in spans):
            return False  # "Donna, Texas -- RV Station Donna", "Weather and ...", "Chicago, Joliet, and Aurora"
    if common_noun_end(doc, cl.name) or common_words_only(cl.name) or cl.name in firm_openers:
        return False  # firm_openers: "Ryan" of "Ryan International Airlines", with no title beside it
    if company_short_form(cl.name, company_words):
        return False
    if english_word_end(cl.name) and not surname_alone(cl) and not any(relative_who_after(doc, e) or ruler_of(doc, s, e) for s, e in spans):
        return False  # "Recruiting Booster", "Barre Groove", "Brand Performance", with no title beside
    if _census_name(cl.name):
        return True
    if len(cl.name.split()) == 1 and not any(ruler_of(doc, s, e) for s, e in spans):
        return False  # "Bitcoin", "Kickstarter", "Advocacy": the model's PERSON alone on one unknown word
    return cl.name not in company_words and any(doc[i].ent_type_ == "PERSON" for s, e in spans for i in range(s, e))


def written_whole_as_no_person(doc: Doc, name: str, spans: list[tuple[int, int]]) -> bool:
    """"Herring Global, a leader in ... joins Herring Global ... Herring Global’s": a name whose
    last word is taken alone, as a surname, right after the name's other words at two places or
    more, and at no fewer than half its mentions: the release writes the whole name there and
    nothing reads it as a person's name (no PERSON, no title), as a company's or a place's
    name is written; a person named in full is read so where the name is written in full."""
    words = name.split()
    if len(words) < 2 or _INITIAL.fullmatch(words[-1]):
        return False  # "Heide B." of "Heide B. Fulton": a name cut short at an initial, not a firm's
    tokens = doc_tokens(doc)
    before = len(words) - 1
    whole = sum(1 for s, e in spans if e - s == 1 and tokens[s].text == words[-1] and s >= before and [t.text for t in tokens[s - before : s]] == words[:-1])
    return whole >= 2 and 2 * whole >= len(spans)


def ordinary_word_alone(doc: Doc, name: str, spans: list[tuple[int, int]]) -> bool:
    """"Inventor", "Producers", "Actuary", "Computing", "Worldwide": a one-word name that is an
    ordinary English word (given_names.is_ordinary_word: a verb, adjective or adverb, or a noun
    with a derived ending) and no census given name or surname names no one, though a title
    stands beside it ("Lead Inventor, Executive Chairman"); an honorific before it keeps a
    person ("Mr. Lightspeed")."""
    if " " in name or len(name) < 3 or census_form(name) in surnames() or not is_ordinary_word(name):
        return False
    tokens = doc_tokens(doc)
    return not any(s > 0 and is_honorific(tokens[s - 1]) for s, _ in spans)


def company_short_form(name: str, company_words: set[str]) -> bool:
    """"Steppe and Boroo integrate ..." beside "Steppe Gold Ltd.", "Cabot" beside "Cabot
    Corporation": a name that opens one of the release's companies (company_first_words), with no
    title beside it and no census given name to open it, is the company's short form, even where
    a census list knows it as a surname."""
    return name in company_words and name.split()[0].upper() not in first_names()


def common_words_only(name: str) -> bool:
    """A name of two or more words, each a common English word and none a given name or an
    initial ("Download Click", "Merger Sub", "Performance Monitoring Tools", "Skid Row"), names a
    product, a place or a heading, not a person (census surnames hold such words: "Tools", "Row");
    a rare given name that is a common word counts as the word ("Golden Globe", "Spring Vouchers",
    "Olympia Fields": given_names.is_common_word).
    """
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return len(words) >= 2 and all(is_common_word(w) for w in words)


def channel_label(name: str) -> bool:
    """"MI Facebook", "Acme Instagram", "KB TikTok": a name of two or more words ending in a
    social-media or streaming platform (patterns/channel_name_ends) labels an account or channel."""
    words = name.split()
    return len(words) >= 2 and words[-1] in lexicon.words("channel_name_ends")


def english_word_end(name: str) -> bool:
    """"Recruiting Booster", "Barre Groove", "Heisman Trophy", "Brand Performance" and, after a
    given name, "Hope International", "Summer Vacation", "Austin Marriott Downtown": a name of
    two or more words with no initial, ending in a common English word (after a census given
    name, no proper name WordNet lists: given_names.is_ordinary_word, "Timothy Gallaudet") that
    the census surname list does not hold, names a product, a firm, a place or a heading, not a
    person ("Tarmo Sild" beside "CEO" keeps its title: person_evidence reads a title first). A
    name suffix, a nationality, or letters in capitals after a given name end a person's name
    ("Jane Roe III", "Jon Cuban", "Jane Roe CPA"; "Serie B", "Liga MX" open with no given name)."""
    words = name.replace(",", " ").split()
    if len(words) < 2 or any(_INITIAL.fullmatch(w) for w in words):
        return False
    last = words[-1].rstrip(".")
    if last in NAME_SUFFIXES or last in lexicon.mapping("demonyms") or last.isupper() and census_form(words[0]) in first_names():
        return False
    ordinary = is_ordinary_word if census_form(words[0]) in first_names() else is_english_word
    return ordinary(last) and census_form(last) not in surnames()


def surname_alone(cl: PersonCluster) -> bool:
    """"Melvin Hike ... Hike was also sentenced": the release names the person by the last word
    alone too, as it names people ("Hike", "Kashmiri"), not products or firms."""
    return cl.name.split()[-1] in cl.aliases


def relative_who_after(doc: Doc, end: int) -> bool:
    """"Christoph Hies, who has been with the company ...": "who" (after a comma or not) right
    after the name opens a relative clause that speaks of a person."""
    tokens = doc_tokens(doc)
    k = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    return k < len(tokens) and tokens[k].lower_ == "who"


def firm_word_end(name: str) -> bool:
    """"Long Arc Capital", "Lani AI", "Caissa Realty": a name of two or more words ending in a
    word that ends firms' names and no person's (patterns/firm_name_ends) names a firm or a
    product, not a person, whatever the census lists say of the word."""
    words = name.split()
    return len(words) >= 2 and words[-1] in lexicon.words("firm_name_ends")


def place_name_end(name: str) -> bool:
    """"San Francisco Bay Area", "HO CHI MINH CITY", "Orlando International Airport": a name of two
    or more words ending in a word for a place that no common surname shares (patterns/place_name_ends;
    in capitals too) names a place, or a body named for one, not a person."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    ends = lexicon.words("place_name_ends")
    return last in ends or last.isupper() and last.title() in ends


def thing_word_end(name: str) -> bool:
    """A name of two or more words ending in the plural of a common noun ("Zorvik Architects",
    "Total Rewards", "Marlow Productions", "Anderson Medical Supplies") or in a country's name ("Boroo Singapore") names a
    firm, a product or a place: a person's surname is neither. Census surnames stay ("Parks",
    "Rogers"); so do words ending "ss" ("Tass") and short ones ("Hies")."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if census_form(last) in surnames() or census_form(last) in first_names():
        return False
    if country_name(last):
        return True
    lower = last.lower()
    if not lower.isalpha() or not lower.endswith("s") or lower.endswith("ss"):
        return False
    singular = lower[:-2] if lower.endswith("es") and not is_english_word(lower[:-1]) else lower[:-1]
    if lower.endswith("ies") and not is_english_word(singular):
        singular = lower[:-3] + "y"  # "Supplies", "Technologies"
    return len(singular) >= 4 and is_english_word(singular)


THING_ENTITIES = frozenset({"GPE", "LOC", "ORG", "PRODUCT", "FAC", "NORP", "WORK_OF_ART", "EVENT"})
LINE_MARKS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "●", "“", '"', "(", ".", ")"})
PLACING_PREPOSITIONS = frozenset({"in", "near", "across", "throughout"})


def impersonal_word(doc: Doc, i: int) -> bool:
    """Token i, a one-word name, is used as no person's: listed with places, bodies or products
    (listed_with_things), a common word or an imperative opening a sentence or list item
    (sentence_opening_word), or a place after "in"/"near"/"across" ("Clearwater Agritopia in
    Gilbert")."""
    token = doc_tokens(doc)[i]
    if token.dep_ == "pobj" and token.head.lower_ in PLACING_PREPOSITIONS:
        return True
    return listed_with_things(token) or sentence_opening_word(doc, i)


def modifies_common_noun(doc: Doc, start: int, end: int) -> bool:
    """"Pell Grant eligibility", "the Ryan White program", "Tom Ford eyewear", "the Trump
    administration": a name whose head only modifies a common noun written in lower case, right
    after it, names a program, a brand or a term, and no one in that mention; not what a ruler
    holds ("the Lukashenka regime": ruler_of)."""
    tokens = doc_tokens(doc)
    head = span_head(doc, start, end)
    if head.dep_ != "compound" or end >= len(tokens):
        return False
    noun = tokens[end]
    return head.head.i == end and noun.pos_ == "NOUN" and noun.text.islower() and noun.lower_ not in lexicon.lower_words("ruler_nouns")


def determined_name(doc: Doc, start: int, end: int) -> bool:
    """"held at the Crystal Gateway Marriott", "viewing from the Santa Cruz Wharf", "The Delmore":
    a name that takes "the" as its own determiner names a place, a building, a work or a body; a
    person's name takes none ("the Trump administration": "the" is the noun's, the name only
    modifies it; "the late Jane Roe": an adjective between)."""
    if start < 1:
        return False
    det = doc_tokens(doc)[start - 1]
    return det.lower_ == "the" and det.dep_ == "det" and start <= det.head.i < end


def possessive_in_name(doc: Doc, end: int) -> bool:
    """"Domino's Pizza", "Lee's Famous Recipe Chicken", "Valentine's Day", "Nathaniel's Hope": a
    one-word name whose possessive goes on in capitals opens the name of a brand, a business or
    a day ("Roe's Chief of Staff": a title after it stays a person's)."""
    tokens = doc_tokens(doc)
    if end + 1 >= len(tokens) or tokens[end].text not in POSSESSIVE:
        return False
    after = tokens[end + 1]
    return after.is_alpha and after.text[0].isupper() and not _is_title_token(after) and not after.is_sent_start


def written_as_town(doc: Doc, name: str) -> bool:
    """"Donna, Texas -- RV Station Donna ...", "Killeen, TX": the release writes the one-word name
    somewhere as a town before a comma and its state, province or country (a jurisdiction or a
    two-letter region code), so the name is the town's wherever it stands."""
    tokens = doc_tokens(doc)
    for token in with_text(doc, {name}):
        k = token.i
        if k + 2 < len(tokens) and tokens[k + 1].text == "," and (region_code(tokens[k + 2].text) or tokens[k + 2].text[:1].isupper() and jurisdiction(tokens[k + 2].text) and tokens[k + 2].ent_type_ == "GPE"):
            return True
    return False


def listed_with_things(token: Token) -> bool:
    """"Chicago, Naperville, Joliet, and Aurora", "Facebook, Instagram, Messenger, and WhatsApp",
    "Harvard, Stanford, Brown, Duke": a word listed beside names the model tags as places, bodies
    or products (at least half the other items) and beside no person's name is one of them."""
    others = [t for t in list_items(token) if t.i != token.i]
    if not others or any(t.ent_type_ == "PERSON" for t in others):
        return False
    return 2 * sum(t.ent_type_ in THING_ENTITIES for t in others) >= len(others)


def listed_among_bodies(doc: Doc, start: int, end: int, person_tokens: set[int]) -> bool:
    """"institutions like Grayscale, Franklin Templeton, VanEck, and BlackRock", "companies including
    Boeing, Microsoft, and Eli Lilly": a name that is a later item of a list whose other items are
    places, bodies or products the model tags (two at least) and none a person (a mention of a
    person or the model's PERSON), in a sentence naming no other person, is one of them; not in a
    sentence without a verb, a roster of names and affiliations."""
    head = span_head(doc, start, end)
    if head.dep_ != "conj":
        return False  # the first item: "Teresa Lambe, PhD, OBE, FMedSci", a name before what it holds
    sent = head.sent
    if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return False  # a roster without a verb ("Rose Mary Cortes, Cortes Marketing Group, Treasurer"): names with affiliations
    if any(e.label_ == "PERSON" and not start <= e.start < end for e in sent.ents):
        return False  # "bands like The Rolling Stones, Eric Clapton, ABBA and Phil Collins": people are listed too
    things = people = 0
    for t in list_items(head):
        if start <= t.i < end:
            continue
        if t.i in person_tokens or t.ent_type_ == "PERSON":
            people += 1
        elif t.ent_type_ in THING_ENTITIES:
            things += 1
    return things >= 2 and not people


def at_sentence_start(doc: Doc, i: int) -> bool:
    """Token i opens a sentence, a line or a list item (after a bullet, a number or a quote)."""
    tokens = doc_tokens(doc)
    k = i - 1
    while k >= 0 and not tokens[k].is_space and (tokens[k].text in LINE_MARKS or tokens[k].tag_ == "LS" or tokens[k].like_num) and not tokens[k + 1].is_sent_start:
        k -= 1
    return tokens[k + 1].is_sent_start or k < 0 or tokens[k].is_space or "\n" in tokens[k].whitespace_


def sentence_opening_word(doc: Doc, i: int) -> bool:
    """"Weather and working conditions may ...", "Learn more at ...", "Cook more meals at home",
    "Mark your calendars": a word capitalized only because it opens a sentence or a list item,
    a common English word (no given name: given_names.is_english_word) or a verb in the
    imperative (base form with no subject: "Mark"), is no one's name."""
    token = doc_tokens(doc)[i]
    if not at_sentence_start(doc, i):
        return False
    if is_english_word(token.text):
        return True
    return token.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def ruler_of(doc: Doc, start: int, end: int) -> bool:
    """A name that owns or modifies what a ruler holds or wages: "Putin's war", "Putin's
    unprovoked war", "the Lukashenka regime" (the nouns in ruler_nouns)."""
    k = end + 1 if end < len(doc) and doc[end].text in POSSESSIVE else end
    while k > end and k < len(doc) and (doc[k].pos_ == "ADJ" or doc[k].lower_ in {"and", ","}) and k - end < MAX_NAME_TOKENS:
        k += 1  # "Putin's unjustified and unprovoked war"
    return k < len(doc) and doc[k].lower_ in lexicon.lower_words("ruler_nouns")


def common_noun_end(doc: Doc, name: str) -> bool:
    """A name without an initial whose last word the release also writes in lower case ends in a
    common noun: "App Store", "Visory Health", "Roosevelt Street" name a product, a company or a
    place, not a person (a person's surname is rarely a word of the same release)."""
    words = name.split()
    if not words:
        return False
    return not any(_INITIAL.fullmatch(w) for w in words) and words[-1].lower() in lower_case_words(doc)


def company_full_names(found_orgs: list[OrgMention]) -> set[str]:
    """Whole names of two or more words the release writes as a company or body: a rule's or an
    acronym's organization ("Cork Supply"; "Alzamend Neuro" of "Alzamend Neuro, Inc.", before its
    legal suffix). Where another mention of the same words reads as a person's name with no
    title beside it and no census given name to open it, it is the company's name again
    (company_short_form). Not the model's ORG alone: it tags people with rare given names so
    ("Kikuo Ibe’s extraordinary contributions", "Itchko Ezratti's GL Homes")."""
    found = set()
    for m in found_orgs:
        words = m.name.split()
        if len(words) < 2 or m.source not in STRONG_ORG_SOURCES:
            continue
        found.add(m.name)
        if (words[-1] in CORPORATE_SUFFIXES or words[-1].rstrip(".") in CORPORATE_SUFFIXES) and len(words) >= 3:
            found.add(" ".join(words[:-1]).rstrip(","))
    return found


def company_first_words(found_orgs: list[OrgMention]) -> set[str]:
    """Opening words of the release's companies and bodies that carry a head word or a legal
    suffix ("Sekur" of "Sekur Private Data Ltd.", "Carlyle" of "The Carlyle Group")."""
    found = set()
    for m in found_orgs:
        words = m.name.split()
        if m.source in STRONG_ORG_SOURCES and len(words) >= 2:
            found |= {" ".join(words[:k]) for k in range(1, len(words))}
    return found


def named_for_people(name: str, surnames: set[str]) -> bool:
    """"the Biden Administration", "the Biden-Harris Administration": a president's term of office,
    named for the people who hold it (a person of the release, or a hyphenated ticket of two
    names), not a body."""
    owners, _, head = name.rpartition(" ")
    parts = owners.split("-")
    return head == "Administration" and (parts[0] in surnames or len(parts) == 2) and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts)


def surname_openers(mentions: list[PersonMention], clusters: list[PersonCluster]) -> dict[int, int]:
    """Start -> end of each mention that is a person's surname written alone ("Kaufman" of
    "Dan Kaufman"), as a later mention of the person is."""
    found = {}
    for c in clusters:
        words = c.name.split()
        if len(words) < 2:
            continue
        for i in c.mentions:
            if mentions[i].text == words[-1]:
                found[mentions[i].start] = mentions[i].end
    return found


def named_for_founder(m: OrgMention, surname_at: dict[int, int], person_tokens: set[int]) -> bool:
    """"Kaufman & Company", "Sandoval Law Firm", "Guerrero Search": an organization mention that
    opens with a person's surname written alone and goes on with more words, none of them a
    person's, is a firm named for that person, not the person."""
    end = surname_at.get(m.start)
    if end is None or end >= m.end or person_tokens.intersection(range(end, m.end)) or glued_repeat(m.name):
        return False  # glued_repeat: "Sarson FundsSarson Funds", a heading run into its sentence
    rest = m.name.split()[end - m.start :]
    return any(word[:1].isupper() for word in rest)


def person_name_words(clusters: list[PersonCluster]) -> set[str]:
    """The given names (census given names) and surnames of the release's people named in full:
    "Scott will lead us", "Cindy’s presence", "Juhasz is ..." after "Scott Jensen", "Cindy Schutt",
    "Zoltan Juhasz" name the person again, though the model tags the one word ORG."""
    words = set()
    for c in clusters:
        parts = c.name.split()
        if len(parts) >= 2:
            words.add(parts[-1])
            if census_form(parts[0]) in first_names():
                words.add(parts[0])
    return words


def names_people(mentions: list[PersonMention], clusters: list[PersonCluster]) -> Callable[[OrgMention], bool]:
    """A test of an organization mention: does it name people? The model's ORG (or a one-word
    rule name) over a person's tokens or a person's possessive that lost its apostrophe, the
    model's one-word ORG that is a given name or surname of a person named in full
    (person_name_words), or a term of office named for people ("the Biden Administration"); not a firm named for its
    founder (named_for_founder)."""
    person_tokens = {i for m in mentions for i in range(m.start, m.end)}
    person_forms = {form for c in clusters for form in [c.name, *c.aliases]}
    surnames = {form.split()[-1] for form in person_forms}
    name_words = person_name_words(clusters)
    surname_at = surname_openers(mentions, clusters)

    def test(m: OrgMention) -> bool:
        weak = m.source == "ner" or m.end - m.start == 1 and m.source == "rule"
        on_person = bool(person_tokens.intersection(range(m.start, m.end))) or lost_possessive(m.name, person_forms) is not None
        by_name = m.source == "ner" and m.end - m.start == 1 and m.name in name_words
        return weak and (on_person or by_name) and not named_for_founder(m, surname_at, person_tokens) or named_for_people(m.name, surnames)

    return test


class PeopleFinder:
    """Set `doc._.person_mentions`, `doc._.people` and `doc._.person_of_mention`,
    and propose to the organization clusterer: `doc._.people_bodies` (names the people rules
    read as bodies, as new ORG mentions) and `doc._.found_org_people` (indices of the found
    organization mentions that name people)."""

    def __call__(self, doc: Doc) -> Doc:
        found = doc._.found_org_mentions or []
        mentions, clusters, owner, bodies = find_people(doc, found, [d.long for d in acronym_definitions(doc)])
        known = {(m.start, m.end) for m in found}
        taken = {i for m in found for i in range(m.start, m.end)}
        added = [OrgMention(s, e, clean_text(doc[s:e].text), "ner") for s, e in bodies if (s, e) not in known and not taken.intersection(range(s, e))]
        is_people = names_people(mentions, clusters)
        doc._.people_bodies = [m for m in added if not is_people(m)]
        doc._.found_org_people = [i for i, m in enumerate(found) if is_people(m)]
        doc._.person_mentions = mentions
        doc._.people = clusters
        doc._.person_of_mention = owner
        return doc


@Language.factory("news_people")
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    """Factory for the people finder."""
    return PeopleFinder()
