"""Organization mentions: repair and extend what the model's NER finds.

Sources, strongest first (a later one never overlaps an earlier one):
1. acronym definitions that name a body ("Federal Trade Commission (FTC)"), long and short form;
2. capitalized names built around a head word ("... Task Force on Social and Solidarity Economy",
   "Department of Justice"), joined through "and"/"," where the model cuts them;
3. lower-case specific bodies ("the ministry of labour of Luxembourg");
4. later uses of a defined short form, and well-known acronyms ("UN", "FBI");
5. the model's ORG entities, minus concepts, events, titles, laws and programs.
A possessive ("the ILO's ... Unit"; its apostrophe may be lost, see source_damage) or a leading
acronym ("UN General Assembly") gives the mention its parent.

Records: OrgMention, OrgCluster. Three components, each writing only its own slots:
- news_organizations reads ACRONYM_SPANS; writes `found_org_mentions` and `org_anaphora`.
- news_org_clusters reads those and news_people's proposals (`people_bodies`, `found_org_people`);
  writes `candidate_org_mentions`, `candidate_orgs`, `candidate_org_of_mention`.
- news_org_final (after news_roles) reads the candidates, `titles`, TITLE_ORG_SPANS,
  `title_orgs`, ROLE_ORG_SPANS and `role_orgs`; writes `orgs`, `org_mentions`, `org_of_mention` and `reported_orgs`,
  the organizations every later stage and the records read, and decides which are reported.

README architecture table row: Organization (found by, filtered or decided by).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extraction.contract import DATELINE_CHARS, BODY, CONCEPT, AcronymDefinition, candidate_organizations, role_bodies, title_bodies, LOWER_WORDS, OrgCluster, OrgMention, acronym_definitions
from pipeline.extraction import lexicon
from pipeline.extraction.components.given_names import first_names, is_english_word, is_first_name, is_surname
from pipeline.extraction.components.places import country_name, jurisdiction, place_in_region, region_code, us_states, world_region
from pipeline.extraction.components.source_damage import glued_after_parenthesis, glued_repeat, glued_sentence_start, keeps_curly_apostrophes, lost_possessive, lost_possessive_owner, repeated_name
from pipeline.extraction.components.tokens import (
    ends_line,
    is_honorific,
    is_title_word,
    NOT_NAME_START,
    POSSESSIVE,
    clean_text,
    doc_entities,
    doc_text,
    doc_tokens,
    title_end_token,
    is_acronym_like,
    is_capitalized,
    is_corporate_suffix,
    lower_camel_case,
    in_title,
    is_org_head,
    opens_dateline,
    strip_determiner,
)
from bisect import bisect_right
from pipeline.extraction.components.tokens import ORG_HEAD_TEXTS, sentence_bounds, spaced_dash, with_lower, with_text, with_text_where, word_positions

JOINERS = frozenset({"and", "&", ","})
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "on"})
BLOCKING_ENTS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})
SOURCE_RANK = {"acronym": 0, "rule": 1, "lower": 2, "short": 3, "known": 3, "ner": 4}




def body_definitions(acronyms: list[AcronymDefinition]) -> list[tuple[Span, Span]]:
    """(long form, short form) pairs of body acronyms defined in the doc."""
    return [(d.long, d.short) for d in acronyms if d.kind == BODY]


def long_form_name(span: Span) -> str:
    """Name of a long form, reading through inner short forms: "... Cooperation (APEC) Business ..."."""
    words, depth = [], 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0:
            words.append(token.text_with_ws)
    return clean_text("".join(words))


def _blocked(token, company: bool = False) -> bool:
    """A token no organization name runs through: a person, date or number entity, a line break.
    A company's legal suffix claims the words the model took for a person ("Connpanny LLP") and a
    number written as a capitalized word ("One World Products, Inc.")."""
    if company and token.ent_type_ == "PERSON":
        return False
    if company and token.ent_type_ == "CARDINAL" and token.is_alpha and token.text[0].isupper():
        return False  # a number spelled in a company's name: "One World Products, Inc.", "Helium One Global Ltd"
    return token.ent_type_ in BLOCKING_ENTS or token.is_space or token.like_num and not token.is_alpha


def person_tag_on_firm(token: Token) -> bool:
    """"Zentrix Labs today announced ...": a head word (Labs, Group, Foundation ...) that closes
    the model's PERSON entity of two or more words opening with no given name ends a body's name
    the model took for a person's (a person's name does not end in a head word); the name runs
    through the entity as it does for a legal suffix ("Connpanny LLP")."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ == "B":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return not is_first_name(doc[start]) and doc[start].text[:1].isupper()


def _starts_other_name(doc: Doc, i: int, starts: set[int]) -> bool:
    """Token i begins another organization (a head word, a defined long form, an ORG entity)."""
    # A head word followed by another modifies it ("Securities and Exchange Commission").
    head_starts = is_org_head(doc[i]) and not (i + 1 < len(doc) and is_org_head(doc[i + 1])) if i < len(doc) else False
    return i < len(doc) and (head_starts or i in starts or doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "ORG")


def model_split_coordination(doc: Doc, i: int, starts: set[int]) -> bool:
    """"the FDA's Cardiovascular and Renal Drugs Advisory Committee", "the Chinese American Cultural
    and Art Association": the model's ORG starts at token i, after "and", but the capitalized word
    before "and" is in no entity (or in an ORG the model ran on through "and"), so it modifies the
    same head word: one name, not two ("Madison Square Garden and Lincoln Center", "Alsco Uniforms
    and Hawaii Unified Industries" are two)."""
    if i < 2 or i in starts or is_org_head(doc[i]) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "ORG":
        return False
    joiner, left = doc[i - 1], doc[i - 2]
    before = doc[i - 3] if i >= 3 else None
    if before is not None and (before.lower_ == "of" or before.text == "," and i >= 5 and doc[i - 5].text == ","):
        return False  # "Board of Directors and Executive Committee", "Alcohol, Tobacco, Firearms and Explosives ...": the word ends another name or a series
    if before is not None and before.is_alpha and before.text[0].isupper() and not is_english_word(before.lower_) and not country_name(before.text):
        return False  # "Alsco Uniforms and Hawaiʻi Unified Industries": a coined name before it names a company of its own
    return left.ent_type_ == "" or left.ent_type_ == "ORG" and joiner.ent_type_ == "ORG"


def complement_goes_on(doc: Doc, head: int, i: int, sent_end: int) -> bool:
    """"Bureau of European and Eurasian Affairs": after "and" in a name's complement, the model's
    ORG over headless capitalized words closed by a portfolio word (`title_portfolios`: Affairs,
    Resources, Labor) is the rest of the complement of a singular head, not another organization."""
    if doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "ORG" or doc[head].tag_ in {"NNS", "NNPS"}:  # "Departments of State and Defense": two bodies
        return False
    end = i + 1
    while end < sent_end and doc[end].ent_iob_ == "I":
        end += 1
    words = doc[i:end]
    if any(is_org_head(t) for t in words):
        return False
    return doc[end - 1].lower_ in lexicon.lower_words("title_portfolios") or common_words_complement(words)


def common_words_complement(words: Span) -> bool:
    """"Bureau of Medi-Cal Fraud and Elder Abuse", "Office of ... for Personnel and Readiness": the
    model's ORG after "and" made only of common English words, no title word, no known body, goes
    on with the complement (not "and HUD", "and Senate", "and Germany", "and Dan Stigall")."""
    if words.start == 0 or words.doc[words.start - 1].lower_ not in {"and", "&"}:
        return False
    if known_full_name(words.text) or words.text in _known_name_complements():
        return False  # "Bureau of Prisons and Homeland Security": the complement of a known body's name
    if country_name(words.text) or jurisdiction(words.text):
        return False  # "United States of America and Germany"
    doc, k = words.doc, words.end
    while k < len(doc) and k < words.end + MAX_LIST_TOKENS and (is_capitalized(doc[k]) or doc[k].lower_ in {"and", "&", ",", "of", "for", "on"}):
        if is_org_head(doc[k]):
            return False  # "Office of International Affairs and Computer Crime and Intellectual Property Section": another body's name
        k += 1
    return all(t.is_alpha and t.text[0].isupper() and not t.is_upper and is_english_word(t.text) and not is_title_word(t) for t in words)


@lru_cache(maxsize=1)
def _known_name_complements() -> frozenset[str]:
    """"Homeland Security", "Housing and Urban Development": what follows the last "of"/"for" in a
    known body's full name (patterns/known_organizations), a short way to name that body."""
    return frozenset(re.split(r" (?:of|for) (?:the )?", name)[-1] for name in _known_full_names() if re.search(r" (?:of|for) ", name))


def line_sentence_start(doc: Doc, start: int) -> int:
    """Where the sentence starting at token `start` really starts: one word earlier when the
    parser cut the first word of a line off as a sentence of its own ("CSAA | Insurance Group"
    in a list of companies one a line)."""
    if start < 1:
        return start
    first = doc[start - 1]
    line_start = start - 1 == 0 or ends_line(doc[start - 2])
    return start - 1 if line_start and is_capitalized(first) and not first.is_space and first.whitespace_ == " " else start


def extend_left(doc: Doc, head: int, starts: set[int]) -> int:
    """First token of a capitalized name ending at `head`, through inner "and"/"," when they join
    parts of one name ("National Development and Reform Commission")."""
    sent_start = line_sentence_start(doc, sentence_bounds(doc, head)[0])
    company = is_corporate_suffix(doc[head]) or person_tag_on_firm(doc[head])
    i = head
    bridged = False  # through an "and" where the model's ORG started: then no title or other name before a comma
    while i - 1 >= sent_start:
        prev = doc[i - 1]
        if prev.lower_ in NOT_NAME_START or prev.text in POSSESSIVE and not plural_possessive(prev) or _blocked(prev, company) or opens_dateline(prev):
            break
        if glued_sentence_start(prev.text):
            break  # "AnticipationThe Quillby Commission": a heading glued to the sentence's opener
        if prev.text == "," and i == head and company and i - 2 >= sent_start and is_capitalized(doc[i - 2]):
            i -= 1  # a legal form after a comma: "Greene Espel, PLLP", "Acme Widgets, Inc."
            continue
        if is_capitalized(prev) or prev.text in {"-", "/"} and not prev.whitespace_ or prev.text in POSSESSIVE or company and lower_camel_case(prev.text):
            if is_org_head(prev) and prev.i + 1 < len(doc) and doc[prev.i + 1].text in POSSESSIVE:
                break
            i -= 1
        elif prev.text == "&" and doc[i].text in {"Co.", "Co"} and i - 2 >= sent_start and is_capitalized(doc[i - 2]):
            i -= 1  # one legal form: "Platform Group SE & Co. KGaA"
        elif (
            prev.lower_ in JOINERS
            and (prev.text != "," or any(t.lower_ == "and" for t in doc[i:head]) and not (bridged and _ends_title_or_name(doc[i - 2])))
            and i - 2 >= sent_start
            and is_capitalized(doc[i - 2])
            and not is_org_head(doc[i - 2])
            and not _blocked(doc[i - 2])
            and (not _starts_other_name(doc, i, starts) or model_split_coordination(doc, i, starts))
        ):
            bridged = bridged or _starts_other_name(doc, i, starts)
            i -= 1
        else:
            break
    while i < head and (doc[i].text == "," or doc[i].is_sent_start and doc[i].is_stop and doc[i].pos_ in {"CCONJ", "ADV", "SCONJ", "ADP", "DET"}):
        i += 1  # no name opens with the comma before its legal form, nor with "Neither" opening the sentence
    return i


def _ends_title_or_name(token) -> bool:
    """"Deputy Administrator, Substance Abuse and ...", "Bureau of Land Management, U.S. Fish and
    ...": a title word or the model's ORG before a comma ends a title or another name, not a word
    of a series ("Culture, Sports and Tourism Bureau")."""
    return is_title_word(token) or token.ent_type_ == "ORG"


def _title_before_name(doc: Doc, i: int) -> bool:
    """"President Obamas ...", "... Affairs Assistant Secretary Monica Medina": a title (its
    words) followed by a name ends an organization's complement."""
    heads, modifiers = lexicon.lower_words("title_heads"), lexicon.lower_words("title_modifiers")
    if i + 1 >= len(doc) or not doc[i].text[0].isupper():
        return False
    j = i
    # A rank opens a run of title words ("Assistant", "Under"), never a portfolio word ("Foreign
    # Affairs and Trade Secretary ..."); a head alone is a title only right before the name.
    if doc[i].lower_ in modifiers and doc[i].lower_ not in lexicon.lower_words("title_portfolios"):
        while j + 1 < len(doc) and (doc[j + 1].lower_ in heads or doc[j + 1].lower_ in modifiers) and doc[j + 1].text[0].isupper():
            j += 1
    elif doc[i].lower_ not in heads:
        return False
    if j + 1 >= len(doc) or not any(t.lower_ in heads for t in doc[i + (j > i) : j + 1]):
        return False  # "Office of the Chief Administrative Hearing Officer", "Special Administrative Region": no title
    nxt = doc[j + 1]
    return nxt.pos_ == "PROPN" and nxt.text[0].isupper() and not is_org_head(nxt) and nxt.lower_ not in modifiers and nxt.lower_ not in heads


def _initial(token) -> bool:
    """A capital initial with its stop: "C."."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _person_after_name(doc: Doc, i: int) -> bool:
    """"University of Northern Colorado Wendy Arzate": a census given name (not a place) and a
    census surname glued to a name, as in a roster whose line breaks were lost, start a person."""
    token = doc[i]
    if i + 1 >= len(doc) or not is_first_name(token) or token.ent_type_ in {"GPE", "LOC", "NORP"}:
        return False
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return False  # the second half of a hyphenated word: "Una-Sana Canton"
    nxt = doc[i + 1]
    if is_first_name(nxt) and i + 2 < len(doc) and (is_surname(doc[i + 2]) or _initial(doc[i + 2])):
        return False  # the person starts one word later: "California San Diego Terry C. Mena"
    if _initial(nxt) and i + 2 < len(doc) and is_surname(doc[i + 2]):
        return True  # "Terry C. Mena"
    # Not "Department of Marine Resources" (no surname), nor "Foundation for Florida Gateway College".
    return is_surname(nxt) and not is_org_head(nxt) and nxt.ent_type_ not in {"GPE", "LOC"} and (i + 2 >= len(doc) or not is_org_head(doc[i + 2]))


MAX_LIST_TOKENS = 12


def comma_in_name(doc: Doc, comma: int, sent_end: int) -> bool:
    """A comma inside a name joins the items of a list the name closes with "and" ("Ministry of
    Trade, Industry and Tourism"): capitalized words, commas and small words up to an "and" or
    "&"; else the name ends at the comma ("Board of Immigration Appeals, Mr. Osuna")."""
    for j in range(comma + 1, min(comma + MAX_LIST_TOKENS, sent_end)):
        token = doc[j]
        if token.lower_ in {"and", "&"}:
            return True
        if not (is_capitalized(token) or token.text == "," or token.lower_ in {"of", "for", "on", "the"}) or is_honorific(token):
            return False
    return False


def extend_right(doc: Doc, head: int, starts: set[int]) -> int:
    """End of a head-first name: "Department of Justice", "Committee for the Promotion and
    Advancement of Cooperatives"; stops where a second organization starts."""
    sent_end = sentence_bounds(doc, head)[1]
    end = head + 1
    k = end
    if k < sent_end and doc[k].lower_ in COMPLEMENT_PREPOSITIONS:
        k += 1
        if k < sent_end and doc[k].lower_ == "the":
            k += 1
        while k < sent_end:
            token = doc[k]
            if _blocked(token) or token.text == "(":
                break
            if _title_before_name(doc, k) or _person_after_name(doc, k) or token.text[0].isupper() and token.lower_ in lexicon.lower_words("instruments"):
                break
            if is_capitalized(token) or token.text in {"-", "/"} and not token.whitespace_:
                k += 1
                end = k
                continue
            nxt = k + 1
            if nxt < sent_end and doc[nxt].lower_ == "the" and token.lower_ in COMPLEMENT_PREPOSITIONS:
                nxt += 1
            joins_name = token.lower_ in JOINERS | COMPLEMENT_PREPOSITIONS and nxt < sent_end and is_capitalized(doc[nxt])
            if token.text == "," and nxt < sent_end and doc[nxt].ent_type_ in {"GPE", "NORP"}:
                break  # "the Council of Governors, Ohio Governor ...": a place after a comma starts anew
            if token.text == "," and not comma_in_name(doc, k, sent_end):
                break  # "the Board of Immigration Appeals, Mr. Osuna ...": the name ends at the comma
            if not joins_name or token.lower_ in JOINERS and _starts_other_name(doc, nxt, starts) and not complement_goes_on(doc, head, nxt, sent_end):
                break
            k = nxt
    return end


def head_phrases(doc: Doc, starts: set[int]) -> list[tuple[int, int]]:
    """Token ranges of capitalized names around an organization head word."""
    tokens = doc_tokens(doc)
    found = []
    for token in with_text(doc, ORG_HEAD_TEXTS):
        if not is_org_head(token) or _blocked(token, is_corporate_suffix(token) or person_tag_on_firm(token)):
            continue
        if token.text in POST_HEADS and completes_title(tokens, token.i):
            continue
        if token.text in POST_HEADS:
            end = extend_right(doc, token.i, starts)
            post = post_end(doc, tokens, token.i, end)
            if post > end:
                found.append((extend_left(doc, token.i, starts), post))
                continue
        nxt = tokens[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and is_capitalized(nxt) and nxt.text not in POSSESSIVE:
            # The name goes on: a place closes it ("U.S. Embassy Abu Dhabi"), a person's given name
            # ends it ("U.S. Southern Command Jean Manes"); another word starts a longer name.
            titled = token.lower_.rstrip("s") in lexicon.lower_words("title_heads")
            if not titled and is_first_name(nxt) and nxt.i + 1 < len(doc) and is_capitalized(tokens[nxt.i + 1]) and not is_org_head(tokens[nxt.i + 1]):
                found.append((extend_left(doc, token.i, starts), token.i + 1))
                continue
            if nxt.ent_type_ != "GPE" or nxt.ent_iob_ != "B":
                continue
            end = nxt.i + 1
            while end < len(doc) and tokens[end].ent_iob_ == "I":
                end += 1
            found.append((extend_left(doc, token.i, starts), campus_end(doc, token.i, end)))
            continue
        found.append((extend_left(doc, token.i, starts), campus_end(doc, token.i, extend_right(doc, token.i, starts))))
    # A phrase inside a longer one is a part of it ("Treasurys Office of ..." in "Department of the Treasurys Office of ...").
    return [p for p in found if not any(q != p and q[0] <= p[0] and p[1] <= q[1] for q in found)]


def _place_end(doc: Doc, i: int) -> Optional[int]:
    """End of a place entity starting at token i, or None."""
    if i >= len(doc) or doc[i].ent_type_ not in {"GPE", "LOC"} or doc[i].ent_iob_ != "B":
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


POST_HEADS = lexicon.mapping("post_heads")


def completes_title(tokens: list[Token], head: int) -> bool:
    """"Deputy Chief of Mission in Tripoli", "Chief of Mission of the U.S. Embassy": a post's head
    word after a title word and "of" completes the title; it names no body."""
    return head >= 2 and tokens[head - 1].lower_ == "of" and is_title_word(tokens[head - 2])


def post_end(doc: Doc, tokens: list[Token], head: int, end: int) -> int:
    """A diplomatic post is named with the place it sits in: "U.S. Embassy in Bogota", "U.S.
    Consulate General in Lahore" (not the country after a comma: "in Buenos Aires, Argentina");
    `end` is the name's end so far."""
    more = POST_HEADS.get(tokens[head].text)
    if more is None:
        return end
    if more != tokens[head].text and end == head + 1 and end < len(tokens) and tokens[end].text == more:
        end += 1  # "Consulate General"
    if end + 1 >= len(tokens):
        return end
    if tokens[end].lower_ == "in":
        place = _place_end(doc, end + 1)
        if place is None and tokens[end + 1].lower_ == "the":
            place = _place_end(doc, end + 2)
        return end if place is None else place
    return end


def campus_end(doc: Doc, head: int, end: int) -> int:
    """A university's campus named after it: "California State University, Fresno", "Rutgers
    University-Newark", "Dominican University, Chicago Campus", "Keiser University Miami Campus";
    not a place that goes on as an address ("University, Fresno, California")."""
    if doc[head].text not in lexicon.words("campus_heads"):
        return end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and is_capitalized(doc[end + 1]):
        return end + 2
    if end < len(doc) and doc[end].text == "Campus":
        return end + 1
    if end + 1 < len(doc) and doc[end].lower_ == "at" and is_capitalized(doc[end + 1]):
        # "University of California at Irvine": a place, or the rest of the model's ORG
        place = _place_end(doc, end + 1)
        if place is None and doc[end + 1].ent_type_ == "ORG" and doc[end + 1].ent_iob_ == "I":
            place = end + 1
            while place < len(doc) and doc[place].ent_iob_ == "I" and is_capitalized(doc[place]):
                place += 1
        if place is None or any(is_org_head(t) for t in doc[end + 1 : place]):
            return end  # "College of Law at American University": a school at a university, two bodies
        return place
    if end + 1 < len(doc) and doc[end].text == ",":
        place = _place_end(doc, end + 1)
        if place is None:
            return end
        if place < len(doc) and doc[place].text == "Campus":
            return place + 1
        if place < len(doc) and doc[place].text == "," and _place_end(doc, place + 1) is not None:
            return end
        return place
    return end


def split_missing_apostrophe(doc: Doc, start: int, end: int, known: set[str]) -> Optional[int]:
    """Index of the owner's last word when a head-word phrase is "<owner> <unit>" joined by a
    possessive that lost its apostrophe (see source_damage): the owner names a body (a head word
    with an of/for complement before the possessive, or a known short form) or a country, and the unit is capitalized and ends in
    a head word; never in a text that kept its curly apostrophes (keeps_curly_apostrophes)."""
    heads = lexicon.words("org_heads")
    if keeps_curly_apostrophes(doc):
        return None  # "the Supervisory Board of Amadeus Fire AG"
    for i in range(start, end - 1):
        owner = lost_possessive_owner(doc[start : i + 1])
        if owner is None or not is_capitalized(doc[i + 1]) or doc[i + 1].lower_ in COMPLEMENT_PREPOSITIONS:
            continue  # "the Offices of the U.S. Attorneys" is a plural, not a lost possessive
        if doc[i + 1 : end].text in CORPORATE_SUFFIXES:
            continue  # "Anna Nursing Services Corp." is one company
        if not any(is_org_head(t) for t in doc[i + 1 : end]):
            continue
        # The owner is "<head> of/for ... <stem>" ("Department of Justices"); a head before plain
        # modifiers is the start of one name: "Senate Foreign Relations Committee".
        names_body = lost_possessive(doc[i].text, lambda stem: stem in heads or stem in known) or any(is_org_head(t) and any(u.lower_ in COMPLEMENT_PREPOSITIONS for u in doc[t.i + 1 : i]) for t in doc[start:i])
        if names_body or country_name(owner):
            return i
    return None


@lru_cache(maxsize=1)
def _known_full_names() -> frozenset[str]:
    return frozenset(lexicon.mapping("known_organizations").values())


def known_full_name(name: str) -> bool:
    """A known body's full name (patterns/known_organizations), with or without a leading "U.S.":
    "U.S. Immigration and Customs Enforcement"."""
    for prefix in JURISDICTION_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):] in _known_full_names()
    return name in _known_full_names()


def opens_with_known_full_name(text: str) -> bool:
    """The text opens with a known body's full name and goes on after a space ("United Nations
    Security Council"): each prefix ending before a space is looked up once."""
    names = _known_full_names()
    return any(text[:i] in names for i, char in enumerate(text) if char == " ")


def lower_case_bodies(doc: Doc) -> list[tuple[int, int]]:
    """"the ministry of labour (of Luxembourg)": a lower-case head, "of", a domain, an optional place."""
    tokens = doc_tokens(doc)
    found = []
    heads = lexicon.words("lower_org_heads")
    for token in with_text(doc, heads):
        if token.text not in heads or token.i == 0 or tokens[token.i - 1].lower_ != "the":
            continue
        k = token.i + 1
        if k >= len(doc) or tokens[k].lower_ != "of":
            continue
        k += 1
        domain_start = k
        while k < len(doc) and (tokens[k].pos_ in {"NOUN", "ADJ"} and tokens[k].is_lower or tokens[k].lower_ == "and" and k > domain_start):
            k += 1
        if k == domain_start or tokens[k - 1].lower_ == "and":
            continue
        if k + 1 < len(doc) and tokens[k].lower_ == "of" and tokens[k + 1].ent_type_ == "GPE":
            k += 1
            while k < len(doc) and tokens[k].ent_iob_ == "I" or tokens[k].ent_iob_ == "B" and tokens[k].ent_type_ == "GPE" and tokens[k - 1].lower_ == "of":
                k += 1
        found.append((token.i, k))
    return found


def national_governments(doc: Doc) -> list[tuple[int, int, str]]:
    """"the Nigerian government" (the Government of Nigeria), "the United States government": a
    country named right before "government"; not "government-owned", nor a state's government."""
    tokens = doc_tokens(doc)
    found = []
    for token in with_lower(doc, {"government"}):
        if token.lower_ != "government" or token.i == 0 or tokens[token.i - 1].ent_type_ not in {"NORP", "GPE"}:
            continue
        if token.i + 1 < len(doc) and tokens[token.i + 1].text == "-" and not token.whitespace_:
            continue
        start = token.i - 1
        while start > 0 and tokens[start].ent_iob_ == "I":
            start -= 1
        place = clean_text(doc[start : token.i].text)
        if country_name(place):  # "the United States government"
            found.append((start, token.i + 1, f"{place} {token.text}"))
            continue
        country = jurisdiction(place)  # "Nigerian" -> "Nigeria" (a U.S. state is no country)
        if country and country_name(country):
            found.append((start, token.i + 1, f"Government of {country}"))
    return found


def _listed_countries(doc: Doc, i: int) -> list[tuple[int, int, str]]:
    """The countries listed from token `i` on ("Slovenia and the United States of America", "the
    United States of America and of the Czech Republic", "Canada, Chile, and New Zealand"): each
    a place entity naming a country, with its written form (a leading "the" kept); the list
    stops at the first item that is no country ("... and the Governments and Members of ...")."""
    tokens = doc_tokens(doc)
    items = []
    while i < len(doc):
        start = i + 1 if tokens[i].lower_ == "the" else i
        end = _country_end(doc, start)
        if end is None:
            break
        items.append((start, end, clean_text(doc[i:end].text)))
        i = next_list_item(doc, end)
        if i is None:
            break
        if i < len(doc) and tokens[i].lower_ == "of":
            i += 1
    return items


def next_list_item(doc: Doc, end: int) -> Optional[int]:
    """Where the next item of a list starts after an item ending at `end`: past a comma, an "and"
    or both; None where neither follows (the list ends)."""
    tokens = doc_tokens(doc)
    i = end + (end < len(doc) and tokens[end].text == ",")
    if i < len(doc) and tokens[i].lower_ == "and":
        return i + 1
    return i if i < len(doc) and i > end else None


def _country_end(doc: Doc, start: int) -> Optional[int]:
    """End of the longest run of capitalized words (with "of"/"and" inside: "United States of
    America", "Trinidad and Tobago") from `start` that names a country, or None. The model's
    entity is not used: it often runs the list into one ORG ("Governments of Slovenia")."""
    tokens = doc_tokens(doc)
    for end in range(min(start + 5, len(doc)), start, -1):
        run = tokens[start:end]
        if not is_capitalized(run[0]) or not is_capitalized(run[-1]) or any(not is_capitalized(t) and t.lower_ not in {"of", "and"} for t in run):
            continue
        if any("\n" in t.whitespace_ for t in run[:-1]):
            continue
        if country_name(doc[start:end].text):
            return end
    return None


def governments_of_listed_countries(doc: Doc) -> list[tuple[int, int, str]]:
    """"the Governments of Slovenia and the United States of America": one body per country
    listed after a plural head (patterns/distributed_body_heads), each named "Government of" the
    country as written; a country written twice ("the United States of America" ... "the United
    States") is named by its longest form. RETURNS (start, end, name, index of the plural head)
    of each listed country."""
    heads = lexicon.mapping("distributed_body_heads")
    tokens = doc_tokens(doc)
    found = []
    for token in with_lower(doc, set(heads)):
        i = token.i
        if i + 1 >= len(doc) or tokens[i + 1].lower_ != "of":
            continue
        head = heads[token.lower_]
        found += [(start, end, head, written, i) for start, end, written in _listed_countries(doc, i + 2)]
    longest: dict[tuple[str, str], str] = {}
    for _, _, head, written, _ in found:
        key = (head, country_name(written) or written)
        if len(written) > len(longest.get(key, "")):
            longest[key] = written
    return [(start, end, f"{head} of {longest[(head, country_name(written) or written)]}", i) for start, end, head, written, i in found]


def after_title_complement(doc: Doc, m: OrgMention) -> list[OrgMention]:
    """"Chief of Staff for the Office of Public Engagement", "Chief of Staff of the Air Force",
    "Deputy Chief of Mission": a name opened by the last word of a title written with "of"
    (patterns/title_of_complements) is the title's tail. RETURNS the body named after the tail's
    preposition, where its last word is a head word ("Office of Public Engagement"), else nothing
    (`m` itself where no such title opens it)."""
    tokens = doc_tokens(doc)
    phrases = lexicon.phrases("title_of_complements")
    opened = any(m.start >= len(p) - 1 and tuple(t.text for t in tokens[m.start - len(p) + 1 : m.start + 1]) == p for p in phrases)
    if not opened or m.source == "acronym":
        return [m]
    k = m.start + 1
    if k < m.end and tokens[k].lower_ in {"for", "of", "to"}:
        k += 1
        if k < m.end and tokens[k].lower_ == "the":
            k += 1
        if k < m.end - 1 and is_org_head(tokens[m.end - 1]) and not is_title_word(tokens[k]):
            return [replace(m, start=k, name=clean_text(doc[k : m.end].text))]
    return []


def _domain_end(doc: Doc, start: int, head: str) -> Optional[int]:
    """End of one listed domain of an office from `start`: the longest run making a known full
    name with `head` ("Health and Human Services" of "Department of Health and Human Services"),
    else the capitalized words up to the next "and" or comma ("Justice", "Homeland Security"; not
    "Education Secretary Arne Duncan", running into a name), or None."""
    tokens = doc_tokens(doc)
    for end in range(min(start + 6, len(doc)), start + 1, -1):
        if is_capitalized(tokens[end - 1]) and known_full_name(f"{head} of {clean_text(doc[start:end].text)}"):
            return end
    end = start
    while end < len(doc) and end < start + 3 and is_capitalized(tokens[end]) and tokens[end].ent_type_ != "PERSON" and not tokens[end].is_sent_start:
        end += 1
    if end == start or end < len(doc) and is_capitalized(tokens[end]):
        return None  # a longer name or a title goes on: no list of domains
    return end


def offices_of_listed_domains(doc: Doc) -> list[tuple[int, int, str]]:
    """"the Departments of Justice and Health and Human Services", "Departments of Commerce,
    State, and Homeland Security": one office per domain listed after a plural head
    (patterns/distributed_office_heads), each named by the singular head, "of" and the domain as
    written. RETURNS (start, end, name, index of the plural head) of each listed domain."""
    heads = lexicon.mapping("distributed_office_heads")
    tokens = doc_tokens(doc)
    found = []
    for token in with_lower(doc, set(heads)):
        if not is_capitalized(token) or token.i + 2 >= len(doc) or tokens[token.i + 1].lower_ != "of":
            continue
        head = heads[token.lower_]
        i = token.i + 2
        while i < len(doc):
            start = i + 1 if tokens[i].lower_ == "the" else i
            end = _domain_end(doc, start, head) if start < len(doc) else None
            if end is None:
                break
            found.append((start, end, f"{head} of {clean_text(doc[i:end].text)}", token.i))
            i = next_list_item(doc, end)
            if i is None:
                break
    return found


@lru_cache(maxsize=1)
def _and_joined_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known full names with an inner "and" (patterns/and_joined_body_names, known_organizations),
    as word tuples by first word."""
    names = lexicon.words("and_joined_body_names") | {n for n in _known_full_names() if " and " in n}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in by_first.items()}


def known_names_across_and(doc: Doc) -> list[tuple[int, int]]:
    """"Centers for Medicare and Medicaid Services", "... & Medicaid Services": a known full name
    with an inner "and" (or "&"), written whole, is one body, though the model splits it in two
    ORGs at the "and"; with the country written before it ("U.S. Food and Drug Administration").
    RETURNS (start, end) of each."""
    names = _and_joined_names()
    tokens = doc_tokens(doc)
    found = []
    for token in with_text(doc, set(names)):
        for words in names[token.text]:
            end = token.i + len(words)
            if end <= len(doc) and all(t.text == w or w == "and" and t.text == "&" for t, w in zip(tokens[token.i : end], words)):
                found.append((country_prefix_start(doc, token.i), end))
                break
    return found


def country_prefix_start(doc: Doc, start: int) -> int:
    """Start of a name with the country written before it ("U.S. Food and Drug Administration",
    "United States Fish and Wildlife Service"), or `start`."""
    for prefix in JURISDICTION_PREFIXES:
        words = prefix.split()
        if start >= len(words) and [t.text for t in doc[start - len(words) : start]] == words:
            return start - len(words)
    return start


def title_case(span: Span) -> str:
    """"ministry of labour of Luxembourg" -> "Ministry of Labour of Luxembourg"."""
    return " ".join(t.text if t.lower_ in {"of", "and", "for", "the"} else t.text[:1].upper() + t.text[1:] for t in span)


MAX_SHORT_WORDS = 4


def other_acronym_forms(acronyms: list[AcronymDefinition]) -> frozenset[str]:
    """Long and short forms of the acronyms that name no body (concepts, titles, others)."""
    return frozenset(form for d in acronyms if d.kind != BODY for form in (d.long.text, d.long.label_))


def lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the release writes in lower case: a capitalized "Nation" or "Quantum" that the
    text also uses as a common noun is not a name."""
    if LOWER_WORDS not in doc.user_data:
        tokens = doc_tokens(doc)  # each word form once: is_alpha and is_lower are the same for all its tokens
        doc.user_data[LOWER_WORDS] = frozenset(text for text, at in word_positions(doc)[0].items() if tokens[at[0]].is_alpha and tokens[at[0]].is_lower)
    return doc.user_data[LOWER_WORDS]


BODY_PREPOSITIONS = frozenset({"at", "of", "with", "by", "from", "for"})


def acts_as_body(token) -> bool:
    """A one-word name the text uses as a body: the complement of a title, an organization or an
    affiliation noun ("Co-CEO at KKR", "head of the LDP", "Chapter of AAPS", "partnership with
    NachoNacho"), a name in apposition with a noun for a body ("IBN, a communications
    organization", "ARCHTYP, a software startup": apposed_company_noun), the subject of a verb of
    saying ("VIPC said": speaks), or a name listed beside a longer ORG entity or a well-known acronym ("DPT
    and Carnegie Investment Bank"). Never in parentheses (a wire credit, a ticker) or before a colon."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if prev is not None and prev.text in {"(", ":"} or nxt is not None and nxt.text in {":", ")"}:
        return False
    if nxt is not None and nxt.text == "," and token.i + 2 < len(doc):
        after = doc[token.i + 2]
        if after.lower_ in {"a", "an", "the"}:
            head = apposition_head(doc, token.i + 3)
            if head is not None and (head.lower_ in lexicon.words("org_anaphors") or head.lower_ in lexicon.lower_words("org_heads")):
                return True
        if after.ent_type_ == "GPE" or len(after.text) == 2 and after.text.isupper():
            return False  # "MIAMI, FL": a dateline
        if apposed_company_noun(doc, token.i + 1):
            return True  # "signed with ARCHTYP, a Slovenian software startup"
    if speaks(token):
        return True
    if token.dep_ == "pobj" and token.head.lower_ in BODY_PREPOSITIONS:
        owner = token.head.head
        return owner.lower_ in lexicon.lower_words("title_heads") or owner.lower_ in lexicon.lower_words("title_modifiers") or is_org_head(owner) or owner.lower_ in lexicon.words("affiliation_nouns") or owner.ent_type_ in {"PERSON", "ORG"}
    listed = [t for t in (token.head, *token.children) if t.dep_ == "conj" or token.dep_ == "conj" and t is token.head]
    if any(_named_body(t) for t in listed):
        return True
    # "NYSE, Nasdaq, OTC Markets, TSX, CSE, ..., Frankfurt Stock Exchange": an item of a list that
    # holds a name with a head word or legal suffix (not "NMN, Quercetin, Astragalus Extract").
    return any(_headed_entity(t) for t in list_items(token) if t.i != token.i)


def speaks(token: Token) -> bool:
    """"VIPC said the investment ...", "HITN announced ...": a code in capitals, with no
    determiner, that is the subject of a verb of saying (patterns/speech_verbs) speaks as a body
    does (not a surname: "Roe said")."""
    if not is_acronym_like(token.text) or token.dep_ != "nsubj" or any(c.dep_ == "det" for c in token.children):
        return False  # "Roe said": a surname speaks as a person does
    return token.head.lower_ in lexicon.verb_forms("speech_verbs")


def _headed_entity(token: Token) -> bool:
    """A token that ends the model's ORG entity, an entity holding an organization head word or
    legal suffix ("Frankfurt Stock Exchange", "Acme Holdings Inc.")."""
    if token.ent_type_ != "ORG" or not is_org_head(token):
        return False
    tokens = doc_tokens(token.doc)
    return token.i + 1 >= len(tokens) or tokens[token.i + 1].ent_iob_ != "I"


MAX_LIST_ITEMS = 20


def list_items(token: Token) -> list[Token]:
    """The items of the list `token` is in, whatever item the parser hangs each on ("NYSE, Nasdaq,
    OTC Markets, TSX, ...": each a conj of the one before): up the conj chain to the first item,
    then down every conj from it (at most MAX_LIST_ITEMS)."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items, todo = [], [first]
    while todo and len(items) < MAX_LIST_ITEMS:
        item = todo.pop()
        items.append(item)
        todo.extend(t for t in item.children if t.dep_ == "conj")
    return items


def apposed_company_noun(doc: Doc, end: int) -> bool:
    """", a leading software company" / ", the acclaimed architectural and interior design firm"
    right before token `end`: an apposition whose head noun says the name before it is a body
    (patterns/company_nouns); not the subject of the next clause ("Founded by X, the studio is ...")."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    head, k = None, end + 2
    while k < min(end + 14, len(doc)):
        t = doc[k]
        inner = t.text in {"-", "/"} and not t.whitespace_ or t.lower_ == "and" and k > end + 2 and doc[k - 1].pos_ == "ADJ" or t.tag_ in {"VBG", "VBN"} and k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "ADJ", "PROPN"}
        if not inner and (t.is_punct and t.text not in POSSESSIVE or t.pos_ in {"ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PART"} and t.text not in POSSESSIVE):
            break
        if t.pos_ == "NOUN":
            head = t
        k += 1
    if head is None or head.lower_ not in lexicon.words("company_nouns") or head.i + 1 != k:
        return False
    return not (k < len(doc) and (doc[k].pos_ == "AUX" or doc[k].tag_ in {"VBZ", "VBD", "VBP", "MD"}))


OWNERS = frozenset({"its", "our", "their"})
OWNED_BODY_NOUNS = frozenset({"subsidiary", "subsidiaries", "affiliate", "affiliates", "unit", "division", "parent", "partner", "partners", "arm", "venture", "team", "business", "company", "firm", "foundation", "agency", "client", "customer", "investor", "distributor", "lender"})


def apposed_thing_noun(doc: Doc, end: int) -> bool:
    """", a Phase 2 drug candidate" / ", a layer-1 blockchain" / ", its new analytics platform"
    right before token `end`: an apposition whose head noun says the name before it is a
    product, a drug, a publication or a campaign (patterns/thing_appositions; after an owner
    "its/our/their" also patterns/product_nouns, but for a body the owner holds: "its
    subsidiary"); after "a"/"the" never a company noun ("Zorvik, a leading AI platform")."""
    tokens = doc_tokens(doc)
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower_ not in {"a", "an", "the"} | OWNERS:
        return False
    if is_corporate_suffix(tokens[end - 1]):
        return False  # "Rising Up, LLC, an online mental health program": the firm that runs it
    head, stop = None, None
    for t in tokens[end + 2 : min(end + 12, len(tokens))]:
        if t.text in POSSESSIVE:
            continue  # "the show's host": the noun after the owner heads the phrase
        glued = t.text in {"-", "/"} and not t.whitespace_
        if not glued and (t.is_punct or t.pos_ in {"ADP", "AUX", "PRON", "SCONJ", "CCONJ", "PART"} or t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"}):
            stop = t
            break
        if t.pos_ in {"NOUN", "PROPN"}:
            head = t
    if head is None or head.pos_ != "NOUN":
        return False
    if stop is not None and (stop.pos_ == "CCONJ" or stop.tag_ in {"VBZ", "VBD", "VBP", "MD"}):
        return False  # "a film and television production company"; "..., the documentary follows": the next clause's subject
    noun = head.lower_
    if tokens[end + 1].lower_ in OWNERS:
        return noun not in OWNED_BODY_NOUNS and (noun in lexicon.lower_words("thing_appositions") or noun in lexicon.lower_words("product_nouns"))
    return noun in lexicon.lower_words("thing_appositions") and noun not in lexicon.lower_words("company_nouns")


LAUNCHED_OPENER_POS = frozenset({"DET", "PRON", "ADJ"})


def launched_thing(doc: Doc, start: int, end: int) -> bool:
    """"Kalibri Labs Unveils OTB Signals", "SenesTech invented ContraPest, the only ...", "Spectral
    launched Syntax": a name right after a verb of bringing out a thing (patterns/
    product_launch_verbs; a determiner, possessive or adjective between: "introduces its new X")
    is a product, not a body. Not a name with a head word or legal suffix ("launch the Task
    Force"), a firm word ("launched Onez Labs") or an apposition naming a body ("launched
    Guerrero Search, a specialized recruitment firm")."""
    tokens = doc_tokens(doc)
    k = start - 1
    while k >= 0 and start - k <= 3 and tokens[k].pos_ in LAUNCHED_OPENER_POS and tokens[k].is_lower:
        k -= 1
    if k < 0 or tokens[k].lower_ not in LAUNCH_VERB_FORMS:
        return False
    span = doc[start:end]
    if any(is_org_head(t) or is_corporate_suffix(t) or t.text in lexicon.words("firm_name_ends") for t in span):
        return False
    return not apposed_company_noun(doc, end)


LAUNCH_VERB_FORMS = lexicon.verb_forms("product_launch_verbs")


INSTANCE_PREPOSITIONS = frozenset({"like", "as", "including"})
INCLUDING_VERBS = frozenset({"include", "includes", "included", "including"})


def listing_kind(item: Token) -> Optional[Token]:
    """The noun a list is introduced by, from the list's first item: "industries like X", "tools
    such as X" (after like/such as/including), "four strategic pillars: X, Y and Z" (a colon and an
    apposition), "Its verticals include X" (the subject of "include")."""
    if item.dep_ == "pobj" and item.head.lower_ in INSTANCE_PREPOSITIONS:
        return item.head.head
    if item.dep_ == "appos" and item.head.pos_ == "NOUN" and any(t.text == ":" for t in item.doc[item.head.i + 1 : item.i]):
        return item.head
    if item.dep_ == "dobj" and item.head.lower_ in INCLUDING_VERBS:
        return next((c for c in item.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def listed_instance(doc: Doc, start: int, end: int) -> bool:
    """"tokens such as ZRV, QLB and NVX", "tools like Zorvik Analytics", "industries like Retail and
    Financial Services", "three strategic pillars: Customer Excellence, Operational Agility and Talent
    Growth", "Its verticals include ...": a name listed (alone or in a list joined by and/or) after
    a plural noun for a kind of thing that is no body (patterns/thing_kinds) is an instance of that
    kind, no body."""
    token = doc_tokens(doc)[end - 1]  # a name's last word heads it
    if token.dep_ not in {"conj", "pobj", "appos", "dobj"}:
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    kind = listing_kind(token)
    return kind is not None and kind.lower_ in lexicon.lower_words("thing_kinds")


def apposition_head(doc: Doc, start: int) -> Optional[Token]:
    """The head noun of a noun phrase starting at `start`: its last noun before a punctuation
    mark, a preposition or a verb ("a Puerto Rico corporate advisory firm for ..." -> "firm")."""
    head = None
    for t in doc[start : min(start + 10, len(doc))]:
        if t.is_punct and t.text not in POSSESSIVE or t.pos_ in {"ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"}:
            break
        if t.pos_ in {"NOUN", "PROPN"}:
            head = t
    return head


def _named_body(token) -> bool:
    """A token inside a longer ORG entity, or a well-known acronym."""
    doc = token.doc
    if token.text in lexicon.mapping("known_organizations"):
        return True
    return token.ent_type_ == "ORG" and (token.ent_iob_ == "I" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def head_before_of(span: Span) -> str:
    """The word before a name's first "of" ("Letter" of "Acme Letter of Intent"), or "" when none."""
    tokens = doc_tokens(span.doc)
    return next((tokens[k - 1].text for k in range(span.start + 1, span.end) if tokens[k].lower_ == "of"), "")


def head_first(span: Span) -> bool:
    """A head-first name whose complement ends in a program or topic word: "Office of Justice
    Programs", "Bureau of Consular Affairs" name the office, not the programs."""
    return any(is_org_head(t) and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in COMPLEMENT_PREPOSITIONS for t in span[:-2])


def alone_on_line(span: Span) -> bool:
    """A span that is a whole line of the text, as a heading is ("Institutional Context")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    opens = before is None or ends_line(before)
    closes = after is None or after.is_space and "\n" in after.text or "\n" in span[-1].whitespace_ or after.text == ":"
    return opens and closes


MAX_LIST_LINE_TOKENS = 6


def _line_after(doc: Doc, end: int) -> list[Token]:
    """The tokens of the next non-empty line after token `end` (at most MAX_LIST_LINE_TOKENS + 1)."""
    k = end
    while k < len(doc) and doc[k].is_space:
        k += 1
    line = []
    while k < len(doc) and len(line) <= MAX_LIST_LINE_TOKENS and not doc[k].is_space:
        line.append(doc[k])
        if "\n" in doc[k].whitespace_:
            break
        k += 1
    return line


def _line_before(doc: Doc, start: int) -> list[Token]:
    """The tokens of the previous non-empty line before token `start` (at most MAX_LIST_LINE_TOKENS + 1)."""
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    line = []
    while k >= 0 and len(line) <= MAX_LIST_LINE_TOKENS and not doc[k].is_space and not (line and "\n" in doc[k].whitespace_):
        line.insert(0, doc[k])
        k -= 1
    return line


def _name_line(line: list[Token]) -> bool:
    """A short line of a name, as in a list of names one a line: capitalized first word, no verb
    of its own and no closing stop."""
    return 0 < len(line) <= MAX_LIST_LINE_TOKENS and is_capitalized(line[0]) and line[-1].text not in {".", ":", "?", "!"}


def heading(span: Span) -> bool:
    """A span alone on its line, between lines that are not names one a line ("Institutional
    Context" over a paragraph), is a heading; "Delaware North" between "Crum & Forster" and "Diligent"
    is an item of a list of names."""
    doc = span.doc
    return alone_on_line(span) and not (_name_line(_line_before(doc, span.start)) or _name_line(_line_after(doc, span.end)))


def title_portfolio(span: Span) -> bool:
    """"Sales & Marketing Director", "Marketing Communications Manager", "VP Investor Relations":
    two or more words of a portfolio only (patterns/title_portfolios) right before a title word,
    or right after a capitalized one, are part of the title, not a body (one word may name the
    body: "Treasury Secretary")."""
    doc = span.doc
    words = [t for t in span if t.lower_ not in {"and", "&", "the", "of"}]
    if len(words) < 2 or not all(t.lower_ in lexicon.lower_words("title_portfolios") for t in words):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return after is not None and after.lower_ in lexicon.lower_words("title_heads") or before is not None and before.text[:1].isupper() and is_title_word(before)


PORTFOLIO_JOINERS = frozenset({"and", "&"})
EMPLOYER_OPENERS = frozenset({",", "at", "for"})


def portfolio_before_employer(span: Span) -> bool:
    """"Vice President, Global Total Rewards, Roblox", "Executive Director of Global Recruitment,
    SH Hotels", "managing director, Healthcare and Life Sciences, Google": common words (with a
    portfolio word: patterns/title_portfolios) after a title word and a comma or "of", and before
    the employer (a comma, "at" or "for" and a capitalized word), are the title's portfolio, not a
    body. Not a name with a head word or legal suffix ("Director, Office of Career Management, ...")."""
    doc, tokens = span.doc, doc_tokens(span.doc)
    if span.start < 2 or tokens[span.start - 1].text not in {",", "of"} or not is_title_word(tokens[span.start - 2]):
        return False
    if any(is_org_head(t) or is_corporate_suffix(t) for t in span) or not of_common_words(span.text):
        return False
    k = span.end
    while k < len(doc) and k - span.end < MAX_ITEM_TOKENS and (tokens[k].lower_ in PORTFOLIO_JOINERS or tokens[k].is_alpha and is_capitalized(tokens[k]) and is_english_word(tokens[k].lower_) and not is_org_head(tokens[k])):
        k += 1  # the rest of the portfolio: "Healthcare| and Life Sciences"
    if k + 1 >= len(doc) or tokens[k].lower_ not in EMPLOYER_OPENERS:
        return False
    if not any(t.lower_ in lexicon.lower_words("title_portfolios") for t in tokens[span.start : k]):
        return False
    return is_capitalized(tokens[k + 1]) and not is_title_word(tokens[k + 1])


CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def acting_company(token: Token) -> bool:
    """"VinFast is reshaping ...", "TradeTide's new bots": a one-word name in mixed case, as
    companies write theirs (not a code in capitals: "AI", "ALS"), that is the active subject of a
    verb or owns a noun, neither counted nor plural ("Each AuPack contains ...", "1,000 AuPacks").
    Not words glued where a line break was lost ("MarketplaceThe", "SurvaleSurvale": source_damage)."""
    text = token.text
    parts = CAMEL_PARTS.findall(text)
    if text.isupper() or not parts or token.vocab[parts[-1].lower()].is_stop or glued_repeat(text):
        return False
    if token.tag_ in {"NNS", "NNPS"} or any(child.dep_ in {"det", "nummod"} for child in token.children):
        return False  # counted: "1,000 AuPacks designed for ..."
    doc = token.doc
    owns = token.dep_ == "poss" and token.i + 1 < len(doc) and doc[token.i + 1].text in POSSESSIVE
    return owns or token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX"}


def owns_noun(token: Token) -> bool:
    """"UGI’s commitment", "the NRAEF’s ProStart", "VueReal’s patented process": a one-word name
    written as the owner of what follows it (a possessive "'s" right after it, then a noun, a
    name, an adjective or a number) is a body, in capitals or mixed case, whatever the parse
    calls its relation. Not a name counted or plural ("each ETF’s ..."), nor a contraction
    before a verb ("AI’s transforming")."""
    tokens = doc_tokens(token.doc)
    i = token.i
    if i + 2 >= len(tokens) or tokens[i + 1].text not in {"'s", "’s"} or len(token.text) < 3:
        return False  # "AI’s role": a two-letter code owns nothing as a body
    if token.tag_ in {"NNS", "NNPS"} or i > 0 and tokens[i - 1].lower_ in {"each", "every", "any"}:
        return False
    if is_surname(token) or is_first_name(token):
        return False  # "an echo of Trump’s threat": a person's name owns as a person does
    return tokens[i + 2].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}


TRADING_PAIR = re.compile(r"[A-Z0-9]{2,10}")


def traded_tokens(doc: Doc) -> frozenset[str]:
    """Names the release gives a crypto token or coin, which name no body: a name right before a
    token noun ("the SSHIB token", "DUEL tokens": patterns/token_nouns), after a dollar sign
    written without a number ("$MOGUL"), or a side of a trading pair ("DUEL/USDT")."""
    tokens = doc_tokens(doc)
    nouns = lexicon.lower_words("token_nouns")
    names = set()
    for k, t in [(t.i, t) for t in sorted(with_lower(doc, nouns) + with_text(doc, {"$", "/"}), key=lambda t: t.i)]:  # no other word passes
        if t.lower_ in nouns and k > 0 and tokens[k - 1].text[:1].isupper():
            names.add(tokens[k - 1].text)
        elif t.text == "$" and not t.whitespace_ and k + 1 < len(tokens) and tokens[k + 1].is_alpha:
            names.add(tokens[k + 1].text)
        elif t.text == "/" and not t.whitespace_ and 0 < k < len(tokens) - 1 and not tokens[k - 1].whitespace_:
            left, right = tokens[k - 1].text, tokens[k + 1].text
            if TRADING_PAIR.fullmatch(left) and TRADING_PAIR.fullmatch(right) and right.startswith("USD"):
                names.update({left, right})
    return frozenset(names)


def ticker_symbols(doc: Doc) -> frozenset[str]:
    """Ticker symbols the release lists in parentheses after an exchange ("(NASDAQ: GMGI)",
    "(TSX.V: UCU) (OTCQX: UURAF)"): a code for the company's shares, no second body."""
    tokens = doc_tokens(doc)
    names = set()
    for k in [t.i for t in with_text(doc, {":"}) if 1 <= t.i < len(tokens) - 2]:
        if tokens[k].text == ":" and TICKER.fullmatch(tokens[k + 1].text) and tokens[k + 2].text in {")", ";", ","}:
            if any(t.text == "(" for t in tokens[max(0, k - 4) : k]):
                names.add(tokens[k + 1].text)
    return frozenset(names)


def firm_name_end(span: Span) -> bool:
    """"Tambr Partners", "Crowdfund Capital Advisors", "Nevins & Associates": a plural title word
    (patterns/firm_plurals) closing a name whose other words are capitalized name words, no
    title word or modifier ("Managing Partners", "Senior Advisors" are people), names a firm."""
    if len(span) < 2 or span[-1].text not in lexicon.words("firm_plurals"):
        return False
    heads, modifiers = lexicon.lower_words("title_heads"), lexicon.lower_words("title_modifiers")
    words = [t for t in span[:-1] if t.text not in {"&", "and"}]
    # Not a title run: "Operating Partners and Operations Advisors" (a participle, a second title word).
    return bool(words) and all(is_capitalized(t) and t.lower_.rstrip("s") not in heads and t.lower_ not in modifiers and not t.lower_.endswith("ing") for t in words)


def roster_employer(span: Span) -> bool:
    """"Jennyfer Roe, CCOMGROUP, Secretary" / "Carla Doe, Edelco": on a line that opens with a
    person's name and a comma, the model's ORG after them that closes the line or comes before a
    comma and a title word is the person's employer, a body, however it is written (lower case,
    capitals). Not a title itself (the title checks come first)."""
    tokens = doc_tokens(span.doc)
    k = span.start - 1
    if k < 1 or tokens[k].text != "," or tokens[k - 1].ent_type_ != "PERSON":
        return False
    if span.text.replace(".", "") in lexicon.words("title_post_nominals") or span.text in lexicon.words("title_post_nominals"):
        return False  # "Jane Roe, MPH": a degree after the name
    if any(t.text == "," or is_title_word(t) for t in span):
        return False  # "Jane Roe, Founder & Managing Partner, Acme Capital": a title run into the body
    start = k - 1
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    if not (start == 0 or ends_line(tokens[start - 1])):
        return False
    if "\n" in span[-1].whitespace_ or span.end >= len(tokens) or tokens[span.end].is_space:
        return True
    return tokens[span.end].text == "," and span.end + 1 < len(tokens) and is_title_word(tokens[span.end + 1])


OWNING_DETERMINERS = frozenset({"the", "its", "our", "their", "his", "her", "your", "'s", "’s"})


def product_noun_after(tokens: list[Token], end: int) -> Optional[int]:
    """The product noun (patterns/product_nouns) a name ending before `end` modifies: right after
    it ("the Zorvik app"), after the name's short form in parentheses ("its Zorvik Patient
    Monitoring (ZPM) system"), or after one or two lower-case words that modify the same noun
    ("the Quillby Nano indoor drone", "its Zorvik mobile payment app")."""
    k = end
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
        k += 3
    for _ in range(3):
        if k >= len(tokens):
            return None
        if tokens[k].text in lexicon.words("product_nouns"):
            return k
        if not (tokens[k].is_lower and tokens[k].is_alpha and tokens[k].dep_ in {"compound", "amod"} and tokens[k].head.i > k):
            return None
        k += 1
    return None


def product_modifier(span: Span) -> bool:
    """"Aclarion’s Nociscan solution", "the Visory Health app", "its Venowave VW5 device", "the
    innovative Zorvik system": a name between a determiner or an owner (and adjectives) and a
    lower-case noun for a product (patterns/product_nouns) names the product; this mention names
    no body (the maker's own name elsewhere still does)."""
    return owned_product(doc_tokens(span.doc), span.start, span.end)


def owned_product(tokens: list[Token], start: int, end: int) -> bool:
    """product_modifier on the tokens [start, end) of a name."""
    if product_noun_after(tokens, end) is None:
        return False
    k = start - 1
    while k >= 0 and tokens[k].pos_ == "ADJ" and tokens[k].is_lower:
        k -= 1
    return k >= 0 and tokens[k].lower_ in OWNING_DETERMINERS


def publication_title(span: Span) -> bool:
    """"featured in Zorvik Magazine", "the Quillby Business Journal's list", "as seen in The
    Coastal Times": a name whose last word is a publication's (patterns/publication_heads) names a
    magazine or a paper, no body, unless the release has it act ("Zorvik Magazine has recognized
    ...": the active subject of a verb), calls it a company ("Zorvik Magazine, a media company"),
    or names it as an employer ("Editor of Zorvik Magazine", "Jane Roe, Quillby Journal")."""
    if span[-1].text not in lexicon.words("publication_heads") or head_first(span):
        return False
    root = span.root
    if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"}:
        return False
    if apposed_company_noun(span.doc, span.end):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in BODY_PREPOSITIONS:
        owner = root.head.head
        if is_title_word(owner) or is_org_head(owner) or owner.lower_ in lexicon.words("affiliation_nouns"):
            return False
    return not roster_employer(span)


def whole_word_start(doc: Doc, tokens: list[Token], m: OrgMention) -> OrgMention:
    """"0G Labs", "SpayVac-for-Wildlife Inc.": a name (of the model or a head-word rule) that
    starts inside a word, right after a digit, letters or a hyphen written with no space before
    it, starts where the word does."""
    start = m.start
    while start > 0 and not tokens[start - 1].whitespace_ and (tokens[start - 1].text.isalnum() or tokens[start - 1].text == "-") and (tokens[start].text[:1].isalnum() or tokens[start].text == "-"):
        start -= 1  # not across a comma: "Homeland Security, Homeland Security Investigations"
    if start == m.start or m.source not in {"ner", "rule"} or not (tokens[start].text[:1].isupper() or tokens[start].text[:1].isdigit()):
        return m  # "then-Senate Judiciary Committee", "ex-Acme": a lower-case word glued before the name is none of it
    return replace(m, start=start, name=clean_text(doc[start : m.end].text))


LEADING_VERB_TAGS = frozenset({"VB", "VBG", "VBP"})


@lru_cache(maxsize=1)
def name_opening_calls() -> frozenset[str]:
    """Words of a call to action or heading that never open a name ("Join", "Contact", "Former";
    every verb form): patterns/name_opening_calls.jsonl."""
    verbs = sorted(text for text, kind in lexicon.entries("name_opening_calls") if kind != "word")
    return frozenset(text for text, kind in lexicon.entries("name_opening_calls") if kind == "word").union(*(lexicon.forms_of(verb) for verb in verbs))


def without_leading_call(doc: Doc, tokens: list[Token], m: OrgMention, names: set[str]) -> OrgMention:
    """"Joining Captivant LLC, ...", "Follow Cayenne Wellness Center on ...", "Contact Solar
    Electric Supply today", "Former University of Georgia": a name (of the model or a head-word
    rule) that opens with a capitalized verb (an imperative or a heading's gerund) or a word of
    `name_opening_calls` starts after it where the rest is also a name found alone (`names`) and
    the release writes it more often than with that word ("Learning Care Group", "Joining Forces"
    keep their first word: "Care Group", "Forces" are not named alone)."""
    first = tokens[m.start]
    if m.source not in {"ner", "rule"} or m.end - m.start < 2 or not first.is_alpha or not first.text[0].isupper():
        return m
    if first.tag_ not in LEADING_VERB_TAGS and first.lower_ not in name_opening_calls():
        return m
    rest = doc[m.start + 1 : m.end].text
    text = doc_text(doc)
    if not is_capitalized(tokens[m.start + 1]) or clean_text(rest) not in names or text.count(rest) <= text.count(doc[m.start : m.end].text):
        return m
    return replace(m, start=m.start + 1, name=clean_text(rest))


def name_word(token: Token) -> bool:
    """The token is written as a name: a capitalized word ("Kestrel"), or a brand with the
    one-letter "i"/"e" prefix before its capital ("iWidget", "eFarm")."""
    text = token.text
    if not token.is_alpha:
        return False
    return text[0].isupper() or len(text) > 2 and text[0] in "ie" and text[1].isupper() and text[2:].islower()


def keep_ner_org(doc: Doc, span: Span, known_shorts: set[str], not_bodies: frozenset[str] = frozenset(), codes: frozenset[str] = frozenset()) -> bool:
    """The model's ORG entity is a body: not a concept, event, title, law, program or stray code."""
    if not len(span) or not any(name_word(t) for t in span):
        return False
    last = span[-1].text
    if glued_sentence_start(last):
        return False  # a heading run into the sentence under it: "Ankara ClinicThe service is ..."
    if cut_before_non_body_head(doc, span) or across_spaced_dash(span):
        return False
    if venue_name(span) or cut_from_title_phrase(doc, span) or publication_title(span):
        return False  # "at the Marriott Marquis Hotel": a venue; "Best Criminal| Defense Attorney": a piece of a title
    if (last in lexicon.words("event_heads") and last not in lexicon.words("org_heads") or last in lexicon.words("not_org_heads")) and not head_first(span):
        return False
    if meeting_name(span):
        return False  # "the 38th Annual Zorvik Conference", "Quillby Investor Conferences": meetings
    if head_before_of(span) in lexicon.words("not_org_heads"):
        return False  # "TruLeaf Letter of Intent", "Certificate of Analysis", "Code of Conduct": a document
    heads, modifiers = lexicon.lower_words("title_heads"), lexicon.lower_words("title_modifiers")
    if all(t.lower_ in heads or t.lower_ in modifiers or t.is_punct for t in span):
        return False
    if span.text in not_bodies or country_name(span.text) or country_name(span.text.rstrip("s")):
        return False
    firm = firm_name_end(span)
    if span[-1].lower_ in lexicon.lower_words("title_heads") and not members_body(span) and not firm or title_portfolio(span):
        return False
    if portfolio_before_employer(span):
        return False  # "Director, Talent and Culture, Focus Brands": the title's portfolio, then the body
    if roster_employer(span):
        return True  # "Jane Roe, rbb Communications, Treasurer": the employer on a roster line
    # Lower-case words: a concept or a description, but for the small words of a name,
    # English or other ("Universidad Central del Caribe": patterns/name_particles).
    if any(t.is_alpha and t.is_lower and t.lower_ not in {"of", "for", "on", "and", "the", "de", "du", "la"} and t.lower_ not in lexicon.lower_words("name_particles") and not campus_at(t) for t in span):
        return False
    if any(t.lower_ == "of" for t in span) and not any(is_org_head(t) for t in span) and not members_body(span):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"}:
        return False
    if not any(is_org_head(t) for t in span) and (span[-1].text[:1].isdigit() or heading(span)):
        return False  # "Phase 2", "Layer 2", "Bug Bounty 1.0" (a version); a heading: "Institutional Context"
    if len(span) == 1 and span[0].text in lexicon.words("sole_bodies"):
        return True  # "Congress has provided ...": a head word that names one body alone
    if product_modifier(span):
        return False  # "its Nociscan solution", "the Visory Health app": a product
    if len(span) == 1 and span.text in codes:
        return False  # "the SSHIB token", "$MOGUL", "DUEL/USDT": a crypto token; "(NASDAQ: GMGI)": a ticker
    if len(span) == 1 and is_acronym_like(span.text) and span.text not in known_shorts and not acts_as_body(span[0]) and not acting_company(span[0]) and not owns_noun(span[0]):
        return False
    if len(span) == 1 and (is_org_head(span[0]) or span[0].text.rstrip("s") in lexicon.words("org_heads")):
        return False
    if len(span) == 1 and span[0].lower_ in lower_case_words(doc):
        return False
    if len(span) == 1 and span[0].pos_ in {"NOUN", "VERB", "ADJ", "ADV"}:
        return False  # the tagger reads the one word as a common word: "Attendees will ...", "Invest in gold"
    has_head = any(is_org_head(t) for t in span)
    if not has_head and finite_verb_inside(span):
        return False  # "Most Cruise Injury Cases Are Filed", "NFT Is Life Evolution": a clause of a heading
    if not has_head and slashed_pair(span):
        return False  # "Hispanic/Latino", "Jane Roe/The Coastal Ledger" (a photo credit), "FINRA/SIPC": two things, no one body
    if not has_head and street_address(doc, span):
        return False
    if not has_head and place_in_region(doc, span.start, span.end):
        return False  # "based in Remedios, Antioquia, Colombia": a town the model tags ORG
    if not has_head and (span.end < len(doc) and doc[span.end].text in TRADE_MARKS or span[-1].text[-1] in TRADE_MARKS):
        return False  # "MicroSolid Printing™", "Honest Medicine™", "Clarix®": a trade mark names a product or brand
    if any(t.lower_.rstrip("s") in lexicon.lower_words("title_heads") for t in span) and not is_org_head(span[-1]) and not head_first(span) and not members_body(span) and not firm:
        return False
    if any(t.text in {"(", ")"} for t in span) or any(t.text == "," for t in span) and not is_org_head(span[-1]):
        return False
    if not has_head and span.start >= 2 and doc[span.start - 1].lower_ in {"of", "for", "on", "the"} and doc[span.start - 2].lower_ in {"of", "for", "on"} | {t.lower() for t in []} or not has_head and span.start >= 1 and doc[span.start - 1].lower_ in {"of", "for", "on"}:
        return affiliation_of(span)
    return True


PLACE_LABELS = frozenset({"GPE", "LOC"})


FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def meeting_name(span: Span) -> bool:
    """"the 38th Annual Zorvik Conference", "attended the Quillby Investor Conference", "the 2026
    Zorvik Virtual Investor Conferences": a name closed by a head word that names meetings and
    bodies alike (`meeting_head`) names a meeting, unless the release has it act as a body there
    (`acts_as_assembly`)."""
    return len(span) >= 2 and meeting_head(span[-1].text) and not acts_as_assembly(span)


def meeting_head(word: str) -> bool:
    """A head word (or its plural) in both patterns/event_heads and patterns/org_heads
    ("Conference"), and no body named by the word alone ("Congress": patterns/sole_bodies)."""
    word = word[:-1] if word.endswith("s") else word
    return word in lexicon.words("event_heads") and word in lexicon.words("org_heads") and word not in lexicon.words("sole_bodies")


# Verbs of saying or adopting whose subject acts as a body ("the Conference adopted", "VIC said").
ASSEMBLY_VERBS = lexicon.verb_forms("speech_verbs") | lexicon.lower_words("adoption_verbs")


def acts_as_assembly(span: Span) -> bool:
    """A meeting-like name the release uses as a body: it goes on with "of"/"on"/"for"
    ("Conference of Mayors", "Leadership Conference on Civil Rights"), is the agent of a passive
    ("adopted by the Zorvik Labour Conference") or the subject of a verb of saying or adopting
    ("the Conference adopted", "VIC said")."""
    tokens = doc_tokens(span.doc)
    if span.end < len(tokens) and tokens[span.end].lower_ in {"of", "on", "for"}:
        return True
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    return root.dep_ == "nsubj" and root.head.lower_ in ASSEMBLY_VERBS


AWARD_PERIODS = frozenset({"Year", "Month", "Decade"})


def award_title(name: str) -> bool:
    """"Investment Banking Firm of the Year", "Zorvik Partner of the Month": a name closed by "of
    the Year" names an award, even after a head word that otherwise heads a body by its
    complement ("Bureau of Consular Affairs": head_first)."""
    words = name.split()
    return len(words) >= 4 and words[-3:-1] == ["of", "the"] and words[-1] in AWARD_PERIODS


def generic_reference(name: str) -> bool:
    """"our Nation's families", "across the Federal Government", "Nominee for Ambassador": a
    capitalized common reference (patterns/generic_references) names no one body."""
    return name in lexicon.words("generic_references")


def named_meeting(org: OrgCluster, mentions: list[OrgMention], doc: Doc) -> bool:
    """An organization whose name is a meeting's (`meeting_head` closes it: "Zorvik Investor
    Conferences (ZIC)", "Digital Asset Quillby Conference" on a line of a calendar) and that no
    mention has act as a body (`acts_as_assembly`): a meeting or a series of them, found by any
    rule (a head word, an acronym's long form, a title's complement), no body."""
    if len(org.name.split()) < 2 or not meeting_head(org.name.split()[-1]):
        return False
    return not any(acts_as_assembly(doc[mentions[i].start : mentions[i].end]) for i in org.mentions)


def finite_verb_inside(span: Span) -> bool:
    """A name holding a verb the tagger reads as finite, a form of "be" or "have" or a modal
    ("Most Cruise Injury Cases Are Filed", "Financial Repercussions Are Significant", "Who Can Be
    Held Liable"): a clause of a title-case heading, not a name (called only where no head word
    makes it a body: "We Are All Human Foundation")."""
    tokens = doc_tokens(span.doc)
    return any(tokens[k].lower_ in AUXILIARIES and tokens[k].tag_ in FINITE_VERB_TAGS for k in range(span.start + 1, span.end))


AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "will", "should", "must", "may", "might", "could", "would"})


def slashed_pair(span: Span) -> bool:
    """A name whose words a slash splits in two ("Hispanic/Latino", "Jane Roe/The Coastal Ledger",
    "Mastercard/Visa"): a pair of words, a credit of a person and a paper, or two bodies; with no
    head word in it (not "NewYork-Presbyterian/Weill Cornell Medical Center"), no one body. Codes
    in capitals alone may name one market or body ("LSE/AIM") and stay."""
    return "/" in span.text and any(t.text == "/" for t in doc_tokens(span.doc)[span.start + 1 : span.end - 1]) and not all(t.text.isupper() for t in span if t.is_alpha)


def place_names(doc: Doc) -> frozenset[str]:
    """Places the release names as places, in lower case: the model's GPE or LOC written before a
    comma and a region ("Mesa, Arizona"), as towns are placed, the model's ORG written before a
    state (town_before_state), and the dateline's place ("COPENHAGEN, DENMARK -")."""
    tokens = doc_tokens(doc)
    names = set()
    for e in doc_entities(doc):
        if e.label_ in PLACE_LABELS and e.end + 1 < len(doc) and tokens[e.end].text == ",":
            region = tokens[e.end + 1]
            if region.ent_type_ in PLACE_LABELS and region.ent_iob_ == "B" or jurisdiction(region.text) is not None:
                names.add(e.text.lower())
        elif e.label_ == "ORG" and town_before_state(tokens, e.start, e.end):
            names.add(e.text.lower())  # "Frisco, TX (Newsworthy.ai)"
    opens_dateline(tokens[0]) if tokens else None  # memoizes the dateline's place range
    start, end = doc.user_data.get(DATELINE_CHARS, (0, 0))
    dateline = doc_text(doc)[start:end].split(",")[0].strip().lower() if end > start else ""
    if dateline and " " not in dateline:
        names.add(dateline)  # "COPENHAGEN, DENMARK -" (one word: the range can run past the place)
    return frozenset(names)


def town_before_state(tokens: list[Token], start: int, end: int) -> bool:
    """"Frisco, TX (Newsworthy.ai)", "Lincoln, Nebraska (...)", "travel to Moorhead, MN": a
    name the model tags ORG, without a head word or legal suffix, written before a comma and a
    U.S. state or Canadian province (its name or two-letter code) is a town; not before
    "Minnesota's" or "Texas-based", where the state opens a phrase of its own."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or any(is_org_head(t) or is_corporate_suffix(t) for t in tokens[start:end]):
        return False
    region = tokens[end + 1]
    if not (region.text in us_states() or region_code(region.text)):
        return False
    after = tokens[end + 2].text if end + 2 < len(tokens) else ""
    return after not in POSSESSIVE and after not in {"-", "–"}


def named_as_place(span: Span, places: frozenset[str]) -> bool:
    """"headquartered in Dusseldorf", "Supporting RV Sales in Mesa", "in Corpus Christi": a name
    without a head word or legal suffix that the release places in a region elsewhere
    ("DUSSELDORF, Germany", "in Mesa, Arizona", "Corpus Christi, TX (Newsworthy.ai)":
    place_names) is the town, where the model tags it ORG."""
    return span.text.lower() in places and not any(is_org_head(t) or is_corporate_suffix(t) for t in span)


def campus_at(token: Token) -> bool:
    """The "at" of a campus named after its university ("University of California at Irvine",
    "University of North Carolina at Chapel Hill"): a university word before it in the name,
    a place after it (capitalized words, no head word: not "College of Law at American University")."""
    doc = token.doc
    if token.lower_ != "at" or token.i + 1 >= len(doc) or not is_capitalized(doc[token.i + 1]):
        return False
    k = token.i + 1
    while k < len(doc) and is_capitalized(doc[k]):
        if is_org_head(doc[k]):
            return False  # "College of Law at American University": a school at a university
        k += 1
    return any(t.text in lexicon.words("campus_heads") for t in doc[max(0, token.i - 6) : token.i])


def members_body(span: Span) -> bool:
    """"House of Representatives", "Board of Directors", "Council of Ministers": a capitalized
    word, "of", and a plural title word that closes the name name a body by its members, not a
    title (the plural is no one person's title)."""
    if len(span) < 3 or span[-2].lower_ != "of" or not is_capitalized(span[-3]):
        return False
    last = span[-1]
    return last.lower_.endswith("s") and last.lower_[:-1] in lexicon.lower_words("title_heads")


def street_address(doc: Doc, span: Span) -> bool:
    """"9709 Lakeside Blvd.", "Northwest 87th Avenue", "S. Minnesota Avenue": the model's ORG that
    ends in a street or road word (patterns/street_heads) and follows a house number, holds a
    number or opens with a compass word (patterns/compass_words) is an address, no body. A firm
    named like a street ("a director at Harrison Street") has none of these and stays."""
    if span[-1].text not in lexicon.words("street_heads"):
        return False
    tokens = doc_tokens(doc)
    number_before = span.start > 0 and tokens[span.start - 1].like_num
    return number_before or any(t.like_num or t.text[:1].isdigit() for t in span) or span[0].text in lexicon.words("compass_words")


DANGLING_WORDS = frozenset({"and", "&", ","})


def inner_name(span: Span) -> Span:
    """The model's ORG without a list item's bullet before it ("• Outsource") and without the
    conjunction it ran on to at its end ("Xpansiv Limited and Evident Group Limited announced"):
    a name ends in a word of its own."""
    start, end = span.start, span.end
    tokens = doc_tokens(span.doc)
    while start < end and tokens[start].text in ITEM_MARKS:
        start += 1
    while end > start and tokens[end - 1].lower_ in DANGLING_WORDS:
        end -= 1
    return span.doc[start:end]


def after_run_in_label(span: Span) -> Span:
    """"Fast Block Times: Achieving rapid block times ...", "Future Capital Deployment: Fortun
    Advance has secured ...", "The Path Forward: Diversification and Growth": the model's ORG run
    over a colon spans a run-in label and the words after it; a name holds no colon, so the
    mention is the part after the last colon (the label names no body; an empty part, or common
    words with no head word, nothing: "Modular Construction: Manufacturing", "Guide: How to")."""
    colons = [t.i for t in span if ":" in t.text and "://" not in t.text]  # "so far:- Bitmart": one token
    if not colons:
        return span
    start = colons[-1] + 1
    doc = span.doc
    while start < span.end and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a dash or a line break after the colon opens no name
    rest = doc[start : span.end]
    if not any(is_org_head(t) or is_corporate_suffix(t) for t in rest) and of_common_words(rest.text):
        return doc[start:start]  # "The Path Forward: Diversification and Growth": the heading's words
    return rest


def after_glued_heading(span: Span) -> Span:
    """"Spot ETFs Amid Growing AnticipationThe United States Securities and Exchange Commission",
    "A Purrfect Investment OpportunityWhile Ethereum": the model's ORG run from a heading into
    the sentence under it, whose first word is glued to the heading's last where a feed lost the
    line break (glued_sentence_start); the mention is the part after the glued word (a glued last
    word is left for keep_ner_org to refuse)."""
    glued = [t.i for t in span[:-1] if glued_sentence_start(t.text)]
    return span.doc[glued[-1] + 1 : span.end] if glued else span


def across_spaced_dash(span: Span) -> bool:
    """"OmniDuct - Leading", "Data Normalization - Vendor-Agnostic Data Formatting Engine", "CLO -
    Exodus": the model's ORG runs over a dash with a space on each side, from an item of a list
    into its description (or from a title into a company); which side names what is not for the
    model's span to say, so it names no body. A campus after its university's name stays
    ("University of Wisconsin - Madison")."""
    tokens = doc_tokens(span.doc)
    for k in range(span.start + 1, span.end - 1):
        if spaced_dash(tokens, k):
            return not any(t.text in lexicon.words("campus_heads") for t in tokens[span.start : k])
    return False


def cut_before_non_body_head(doc: Doc, span: Span) -> bool:
    """"National Caribbean-American Heritage | Month", "the Acme Innovation | Awards": the model's
    ORG stops one word short of the name's head, and that head names no body (an observance, an
    award, a program, a meeting: patterns/not_org_heads, event_heads)."""
    if span.end >= len(doc) or "\n" in span[-1].whitespace_:
        return False
    head = doc[span.end]
    if not is_capitalized(head) or head.is_sent_start or is_org_head(head):
        return False
    return head.text in lexicon.words("not_org_heads") or head.text in lexicon.words("event_heads")


def venue_name(span: Span) -> bool:
    """"at the Marriott Marquis Hotel in New York", "partner for the KOIN Tower", "an office in
    Lakewood Ranch": a name whose last word names a building, venue or estate
    (patterns/venue_heads), with no organization head in it, names a place, not a body."""
    return span[-1].text in lexicon.words("venue_heads") and not any(is_org_head(t) for t in span) and not head_first(span)


def cut_from_title_phrase(doc: Doc, span: Span) -> bool:
    """"named Best Criminal| Defense Attorney in Reno", "books include College Admission| 101": the
    model's ORG of two or more words, with no organization head, is only the front of a longer
    capitalized phrase that goes on, on the same line, in capitalized words or a number outside any
    entity (but a title, a verb of a title-case headline, or words before a person's name: "Acme
    Robotics CEO Jane Roe", "Acme Robotics Launches ...", "Acme Robotics Sales Director Jane Roe")
    and holds no organization head either: an award, a book or a product title, whose piece names no body."""
    tokens = doc_tokens(doc)
    if len(span) < 2 or span.end >= len(tokens) or not span[-1].whitespace_ or "\n" in span[-1].whitespace_:
        return False
    if any(is_org_head(t) for t in span):
        return False
    titles = lexicon.lower_words("title_heads")
    k = span.end
    while k < len(tokens) and (is_capitalized(tokens[k]) or tokens[k].like_num) and not tokens[k].is_sent_start:
        t = tokens[k]
        if t.ent_type_ not in {"", "CARDINAL"} or is_org_head(t) or k == span.end and t.lower_ in titles or t.pos_ in {"VERB", "AUX"}:
            return False
        k += 1
        if not t.whitespace_ or "\n" in t.whitespace_:
            break
    return k > span.end and not (k < len(tokens) and tokens[k].ent_type_ == "PERSON")


def field_of_study(doc: Doc, start: int) -> bool:
    """"Master of Business Administration", "a B.Sc. in Computer Science", "degrees in
    Computational Science": a name after "of"/"in" (and "the") after a degree names a field
    of study (patterns/degree_words), not a body."""
    if start + 1 < len(doc) and doc[start].text in lexicon.words("degree_words") and doc[start + 1].lower_ in {"of", "in"}:
        return True  # the degree itself: "Master of Business Administration"
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in {"of", "in"}:
        return False
    degree = doc[k - 1].text
    # "a Master's in": the possessive of the degree word; "B.Sc. in": its stop split off.
    if degree in POSSESSIVE | {"."} and k >= 2:
        degree = doc[k - 2].text + ("." if degree == "." else "")
    return degree in lexicon.words("degree_words")


def wire_credit(doc: Doc, start: int, end: int) -> bool:
    """"Denver, Colorado, March 3, 2025 (GLOBE NEWSWIRE) --": a name alone in parentheses right
    after the dateline's date is the news service that carried the release, no body of it; so is
    what a service's name after the date and a dash says of it in parentheses ("March 3, 2025 –
    PRISM MediaWire (Press Release Service – ...)")."""
    if start < 2 or doc[start - 1].text != "(":
        return False
    if end < len(doc) and doc[end].text == ")" and doc[start - 2].ent_type_ == "DATE":
        return True
    # "February 24, 2026 – PRISM MediaWire (Press Release Service – Press Release Distribution) –":
    # the service's own description in parentheses after its name, after the dateline's date.
    k = start - 2
    while k > 0 and start - k <= 5 and is_capitalized(doc[k]):
        k -= 1
    return k < start - 2 and k >= 1 and doc[k].text in {"-", "–", "—"} and doc[k - 1].ent_type_ == "DATE"


TICKER = re.compile(r"[A-Z0-9.]{1,6}")


_GLUED_HEADING_WORD = re.compile(r"[A-Z][a-z]{3,}([A-Z][a-z]+)")
MIN_GLUED_NAME_REPEATS = 3
SENTENCE_END_MARKS = frozenset({".", "!", "?"})
_GLUED_SENTENCE_END = re.compile(r"[a-z][.!?][A-Z]")  # "traders.Building Trust": a sentence end whose line break was lost


def headings_glued_to_names(doc: Doc, tokens: list[Token]) -> frozenset[int]:
    """Tokens where a heading's last word runs into the name opening the paragraph under it, a
    line break a feed lost: "Building Trust with UsersToobit goes ...", "Largest Lithium Chemical
    ProducersAtlas Lithium". The second part is a name the release writes alone at least three
    times, the glued word occurs once and the two parts never stand apart as one name ("MetaEra"
    beside "Meta Era"), and every word before it on its line is capitalized or a stop word (a
    heading, from a line start or a sentence end glued to it); "TraderAndy" in a sentence is a name."""
    glued = with_text_where(doc, _GLUED_HEADING_WORD.fullmatch)  # each word form tested once
    if not glued:
        return frozenset()
    positions = word_positions(doc)[0]
    text = doc_text(doc)
    found = set()
    for t in glued:
        name = _GLUED_HEADING_WORD.fullmatch(t.text).group(1)
        left = t.text[: -len(name)]
        if len(positions[t.text]) > 1 or len(positions.get(name, ())) < MIN_GLUED_NAME_REPEATS or f"{left} {name}" in text or glued_repeat(t.text):
            continue
        k = t.i - 1
        while k >= 0 and not ends_line(tokens[k]) and tokens[k].text not in SENTENCE_END_MARKS and not _GLUED_SENTENCE_END.search(tokens[k].text) and (not tokens[k].is_alpha or tokens[k].text[0].isupper() or tokens[k].lower_ in STOP_WORDS):
            k -= 1
        if k < 0 or ends_line(tokens[k]) or tokens[k].text in SENTENCE_END_MARKS or _GLUED_SENTENCE_END.search(tokens[k].text):
            found.add(t.i)
    return frozenset(found)


def ticker_listing(doc: Doc, start: int, end: int) -> bool:
    """"Acme Inc. (NASDAQ Global Select: AOUT)", "(NYSE American: MCRP)", "(NASDAQ: CMRX)": the
    exchange named with a company's ticker in parentheses says where its shares trade; it is no
    body the release tells of."""
    if start < 1 or doc[start - 1].text != "(":
        return False
    colon = next((k for k in range(start, min(end + 1, len(doc))) if doc[k].text == ":"), None)
    return colon is not None and colon + 2 < len(doc) and TICKER.fullmatch(doc[colon + 1].text) is not None and doc[colon + 2].text in {")", ";", ","}


MAX_TICKER_NAME_TOKENS = 4
NAME_OPENER_POS = frozenset({"DET", "ADP", "ADV", "PRON", "CCONJ", "SCONJ"})


def past_name_openers(tokens: list[Token], start: int, end: int) -> int:
    """First token of a capitalized run [start, end) past the words that open a sentence or a
    heading before a name ("The", "About", "For") and a dangling "&" or "-"."""
    while start < end and (tokens[start].pos_ in NAME_OPENER_POS or tokens[start].text in {"-", "&"}):
        start += 1
    return start


def ticker_companies(doc: Doc, candidates: list[OrgMention]) -> list[OrgMention]:
    """"BigBear.ai (NYSE: BBAI) CEO Mandy Long", "For some background, Therma Bright (TSXV:THRM)
    sells ...": capitalized words right before a parenthesis that opens with a stock exchange
    (patterns/stock_exchanges) and gives a ticker name the listed company, where no other rule
    or the model found a name there; a comma before a legal suffix is inside the name ("American
    Outdoor Brands, Inc. (NASDAQ Global Select: AOUT)"). Not a headline's words, nor a run holding
    a verb, nor a legal suffix closing a name found before it."""
    tokens = doc_tokens(doc)
    covered = {i for m in candidates for i in range(m.start, m.end)}
    found = []
    for paren in with_text(doc, {"("}):
        k = paren.i
        if k < 1 or k + 4 >= len(tokens) or tokens[k + 1].text not in lexicon.words("stock_exchanges"):
            continue
        colon = next((j for j in range(k + 2, min(k + 5, len(tokens) - 1)) if tokens[j].text == ":"), None)
        if colon is None or not TICKER.fullmatch(tokens[colon + 1].text):
            continue
        start = k
        while start > 0 and k - start < MAX_TICKER_NAME_TOKENS + 2 and (is_capitalized(tokens[start - 1]) and not tokens[start - 1].is_space or start < k and (tokens[start - 1].text == "," and is_corporate_suffix(tokens[start]) or tokens[start - 1].text in {"-", "&"} and is_capitalized(tokens[start]))):
            start -= 1  # ", Inc." closes the name: "American Outdoor Brands, Inc. (NASDAQ Global Select: AOUT)"; "D-Wave Quantum"
        start = past_name_openers(tokens, start, k)
        if start == k or in_title(tokens[start]) or covered.intersection(range(start, k)) or any(t.pos_ in {"VERB", "AUX"} for t in tokens[start:k]):
            continue
        if tokens[start].text in lexicon.words("corporate_suffixes") or tokens[start].text == "," or start > 0 and start - 1 in covered:
            continue  # ", Inc." closing a name found before it, or one written in lower case ("iCoreConnect Inc.")
        found.append(OrgMention(start, k, clean_text(doc[start:k].text), "rule"))
        covered.update(range(start, k))
    return found


MAX_APPOSED_NAME_TOKENS = 5
APPOSITION_ARTICLES = frozenset({"a", "an", "the"})
NO_NAME_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "LOC", "NORP"})
NAME_CONNECTORS = frozenset({"of", "and", "for", "on", "the", "&", "de", "du", "la"})


def apposed_product_head(tokens: list[Token], comma: int) -> bool:
    """The apposition after `comma` is headed by a noun it shares with products ("a blockchain
    gaming platform": patterns/apposed_product_heads), up to its first punctuation or verb."""
    heads = lexicon.words("apposed_product_heads")
    for t in tokens[comma + 2 : min(comma + 16, len(tokens))]:
        if t.is_punct and t.text not in POSSESSIVE or t.pos_ in {"VERB", "AUX", "ADP"}:
            return False
        if t.lower_ in heads and t.pos_ == "NOUN":
            return True
    return False


def apposed_companies(doc: Doc, candidates: list[OrgMention]) -> list[OrgMention]:
    """"Pronto Translations, a leading translation agency in New York, takes ...", "Newrgy IMEX, an
    emerging asset management service company": capitalized words right before an apposition
    whose head noun says what kind of body they name (apposed_company_noun) are that body, where
    no other rule or the model found a name there. Not a headline's words, a run holding a verb,
    words the model reads as a place, a date or a number, the end of a longer name
    ("Superintendence of Industry and Commerce, the agency"), nor a name before an apposition
    about a product ("a gaming platform": apposed_product_head)."""
    tokens = doc_tokens(doc)
    covered = {i for m in candidates for i in range(m.start, m.end)}
    found = []
    for comma in with_text(doc, {","}):
        k = comma.i
        if k < 1 or k + 2 >= len(tokens) or tokens[k + 1].lower_ not in APPOSITION_ARTICLES or k - 1 in covered or not is_capitalized(tokens[k - 1]):
            continue
        if not apposed_company_noun(doc, k) or apposed_product_head(tokens, k):
            continue
        start = k
        while start > 0 and k - start < MAX_APPOSED_NAME_TOKENS and (is_capitalized(tokens[start - 1]) and not tokens[start - 1].is_space or start < k and (tokens[start - 1].text == "&" or tokens[start - 1].text == "-" and not tokens[start - 1].whitespace_)):
            start -= 1
        start = past_name_openers(tokens, start, k)  # "The Prelude", "About Acme"
        if start == k or in_title(tokens[start]) or covered.intersection(range(start, k)) or start > 0 and tokens[start - 1].text in POSSESSIVE:
            continue  # "Cure Alzheimer's Fund, a non-profit": no "Fund" alone
        if start > 0 and (tokens[start - 1].like_num or not tokens[start - 1].whitespace_ and not tokens[start - 1].is_punct and not tokens[start - 1].is_space):
            continue  # "9 Line Integrations", "i2M": the name opens before the capitalized words
        if any(len(t.text) > 1 and t.text.endswith("-") for t in tokens[start:k]):
            continue  # "Dubai, UAE- Republic": a dash run into a word, no name
        before = start - 1
        while before >= 0 and tokens[before].lower_ in NAME_CONNECTORS:
            before -= 1
        if before < start - 1 and before >= 0 and is_capitalized(tokens[before]):
            continue  # "Superintendence of Industry and Commerce, the agency": the end of a longer name
        run = tokens[start:k]
        if any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ in NO_NAME_ENTS for t in run) or jurisdiction(doc[start:k].text):
            continue
        if all(t.ent_type_ == "PERSON" for t in run):
            continue  # the people rules hand a PERSON so apposed over as a body, with its other mentions
        found.append(OrgMention(start, k, clean_text(doc[start:k].text), "rule"))
        covered.update(range(start, k))
    return found


PLURAL_CODE = re.compile(r"[A-Z]{2,}s")
KIND_NAME_BLOCKING_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"})


def kind_before_name(doc: Doc, candidates: list[OrgMention]) -> list[OrgMention]:
    """"an audit by security firm Solid Proof", "welcomed global game company Ubisoft", "services
    from marketing firm Serfwerks": capitalized words right after a lower-case noun for a kind of
    body (patterns/name_kind_nouns) that a lower-case modifier opens ("security firm"; not "a
    firm", "the company") name that body, whatever the model tags them, where no other rule or the
    model found a name there. Not a headline's words, a person (the model's PERSON over two or
    more words, a given name opening them, a title word), a date or number, a country or state,
    words holding a verb or pronoun ("the best company I've worked for"), a code in the plural
    ("partner bank APIs"), nor words that run on into a lower-case word ("nonprofit organization
    Walk in My Shoes Foundation": the name goes on; "exchange Binance data": a modifier)."""
    tokens = doc_tokens(doc)
    covered = {i for m in candidates for i in range(m.start, m.end)}
    heads, modifiers = lexicon.lower_words("title_heads"), lexicon.lower_words("title_modifiers")
    found = []
    for noun in with_text(doc, lexicon.words("name_kind_nouns")):
        k = noun.i
        if k < 1 or k + 1 >= len(tokens) or in_title(noun):
            continue
        modifier = tokens[k - 1]
        if not (modifier.is_alpha and modifier.is_lower and modifier.pos_ in {"NOUN", "ADJ", "PROPN"}):
            continue
        start = end = k + 1
        while end < len(tokens) and end - start < MAX_APPOSED_NAME_TOKENS and (is_capitalized(tokens[end]) and not tokens[end].is_space or end > start and tokens[end].text in {"&", "-"} and end + 1 < len(tokens) and is_capitalized(tokens[end + 1])):
            end += 1
        if end == start or covered.intersection(range(start, end)):
            continue
        if end < len(tokens) and tokens[end].is_alpha and tokens[end].is_lower and (tokens[end].pos_ == "NOUN" or end + 1 < len(tokens) and is_capitalized(tokens[end + 1])):
            continue
        run = tokens[start:end]
        if len(run) == 1 and PLURAL_CODE.fullmatch(run[0].text):
            continue  # "partner bank APIs": a code in the plural names things
        if any(t.pos_ in {"VERB", "AUX", "PRON"} or t.ent_type_ in KIND_NAME_BLOCKING_ENTS or t.lower_ in heads or t.lower_ in modifiers or is_honorific(t) for t in run):
            continue
        if len(run) >= 2 and (all(t.ent_type_ == "PERSON" for t in run) or is_first_name(run[0])) or jurisdiction(doc[start:end].text):
            continue
        found.append(OrgMention(start, end, clean_text(doc[start:end].text), "rule"))
        covered.update(range(start, end))
    return found


def body_kind_before(prep: Token) -> bool:
    """"companies such as", "exchanges like", "partners, including": `prep` follows a plural noun
    for a kind of body (patterns/body_kinds) with nothing but "such" or a comma between."""
    kind = prep.head
    return kind.i < prep.i and kind.lower_ in lexicon.lower_words("body_kinds") and all(t.text in {",", "such"} for t in prep.doc[kind.i + 1 : prep.i])


def _capitalized_run(tokens: list[Token], i: int, lo: int) -> Optional[tuple[int, int]]:
    """The capitalized words around token i (joined by "&" or a glued "-"), not before `lo`,
    past an opening "The"; None when a small word is inside ("Mitsui And Some of The World's
    ...", a heading run into the sentence; "A Place At Home - North Austin": no telling where the
    name ends)."""
    def joins(k: int, step: int) -> bool:
        t = tokens[k]
        if is_capitalized(t) and not t.is_space:
            return True
        glued = t.text == "&" or t.text == "-" and not t.whitespace_ and not tokens[k - 1].whitespace_
        return glued and 0 <= k + step < len(tokens) and k + step > lo and is_capitalized(tokens[k + step])
    start, end = i, i + 1
    while start - 1 > lo and joins(start - 1, -1):
        start -= 1
    while end < len(tokens) and end - start < MAX_ITEM_TOKENS and joins(end, 1):
        end += 1
    if tokens[start].lower_ == "the" and start + 1 < end:
        start += 1
    if any(t.is_stop for t in tokens[start + 1 : end]):
        return None
    return start, end


def few_named_after_kind(doc: Doc, candidates: list[OrgMention]) -> list[OrgMention]:
    """"companies like Nvidia and Apple", "exchanges like Bitget", "clients such as Anza": one or
    two names listed after a plural noun for a kind of body (`body_kind_before`) are bodies,
    whatever the model tags them, where no other rule or the model found a name there (three or
    more: `listed_with_bodies`). Not when either is a person, a date, a thing or a country
    (`_person_or_thing_item`), nor a headline's words."""
    tokens = doc_tokens(doc)
    covered = {i for m in candidates for i in range(m.start, m.end)}
    found = []
    for prep in with_lower(doc, INSTANCE_PREPOSITIONS):
        if in_title(prep) or not body_kind_before(prep):
            continue
        first = next((c for c in prep.children if c.dep_ == "pobj" and is_capitalized(c)), None)
        if first is None:
            continue
        conj = [c for c in first.children if c.dep_ == "conj"]
        if len(conj) > 1 or conj and (any(c.dep_ == "conj" for c in conj[0].children) or not is_capitalized(conj[0])):
            continue
        spans = [_capitalized_run(tokens, t.i, prep.i) for t in [first, *conj]]
        if any(span is None or _person_or_thing_item(doc, *span) for span in spans):
            continue
        for s, e in spans:
            if covered.intersection(range(s, e)):
                continue  # "Apple" the model found beside "Nvidia" it tags a place
            found.append(OrgMention(s, e, clean_text(doc[s:e].text), "rule"))
            covered.update(range(s, e))
    return found


ITEM_MARKS = frozenset({"•", "-", "*", "–", "·"})
TRADE_MARKS = frozenset({"™", "®"})


def run_in_heading(doc: Doc, start: int, end: int) -> bool:
    """"Conference Call & Webcast Information:", "2. Data-Driven Approach: Tourism professionals
    ...", "Best Agency - Midsize:": words that open a line (after an item number or bullet) and
    end at a colon head what follows; they name no body. Not an acronym alone ("WHO: Panelists")."""
    if end >= len(doc) or doc[end].text != ":" or end - start == 1 and doc[start].text.isupper():
        return False
    k = start  # an item number ("2." is one token or two) or a bullet may open the line
    if k >= 2 and doc[k - 1].text == "." and doc[k - 2].text.isdigit() and len(doc[k - 2].text) <= 2:
        k -= 2
    elif k >= 1 and (doc[k - 1].text in ITEM_MARKS or re.fullmatch(r"\d{1,2}\.", doc[k - 1].text)):
        k -= 1
    return k == 0 or ends_line(doc[k - 1])


LABEL_LINE_MARKS = frozenset({",", "-", "–", "—", "&", "/"}) | POSSESSIVE
LABEL_OPENERS = frozenset({"•", "·"}) | SENTENCE_END_MARKS
LABEL_BODY_PREPOSITIONS = frozenset({"from", "at", "with", "by"})


def label_closing_heading_words(doc: Doc, start: int, end: int) -> bool:
    """"How to Deposit Shiba Inu:", "Estate and Gift Tax Planning: Designing ...", "... include: •
    New Haunting Scenes: Experience ...", "... needs. Monitoring Progress: SAPs monitor ...": a
    label before a colon that opens a sentence or an item (after a lost line break), or closes a
    line of heading words (capitalized or small words, "," "&" "-": not "About X:"), heads the text
    after it (run_in_heading reads a label opening its line). Not before a quote ("Founder of X:
    “...”"), nor after "from/at/with/by" ("From the White House:" names where the lines after come
    from), nor a name with a head word or legal suffix (a body a heading names: "4. Acme Holding
    Co. Ltd.: Completed ..."). Read after the lists, so that the label still covers the words a
    list would take ("Diversity, Equity and Inclusion Excellence: Kyndryl")."""
    tokens = doc_tokens(doc)
    if end >= len(tokens) or tokens[end].text != ":" or end + 1 < len(tokens) and tokens[end + 1].text in {"“", '"', "‘"}:
        return False
    if any(is_org_head(t) or is_corporate_suffix(t) for t in tokens[start:end]):
        return False
    k = start - 1 if start > 0 and tokens[start - 1].lower_ != "the" else start - 2
    if k >= 0 and tokens[k].lower_ in LABEL_BODY_PREPOSITIONS:
        return False  # "From the White House:", "Projects with Acme Paint:": the body the lines after come from
    k = start - 1
    while k >= 0 and not ends_line(tokens[k]):
        t = tokens[k]
        if t.text in LABEL_OPENERS:
            return True
        if not (t.text in LABEL_LINE_MARKS or t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in STOP_WORDS):
            return False
        k -= 1
    return tokens[k + 1].lower_ not in {"about", "more"}


def affiliation_of(span: Span) -> bool:
    """"the founders of Maxim", "the acquisition of LayerOne Financial", "a member of the Marlow
    Angels": a name after "of" that completes a lower-case affiliation noun (patterns/
    affiliation_nouns) names the body; after a capitalized word it completes a title or a longer
    name ("Secretary of Commerce", "Department of Energy"), unless `title_of_body` reads it as the
    body a (non-ministerial) title holder serves. A name after "of"/"for" that owns what follows it ("part of UGI’s
    commitment": `owns_noun`) or completes a person's name ("said Jane Roe of Quillby Labs") is
    a body too."""
    doc = span.doc
    tokens = doc_tokens(doc)
    k = span.start - 1
    if k > 0 and tokens[k].lower_ == "the":
        k -= 1
    title_before = k >= 1 and tokens[k - 1].lower_ in lexicon.lower_words("title_heads")
    if owns_noun(tokens[span.end - 1]) and not title_before:
        return True  # not "the global leader of PepsiCo's DEI strategy": the title's complement is the thing
    if k < 1 or tokens[k].lower_ not in {"of", "for"}:
        return False
    owner = tokens[k - 1]
    if tokens[k].lower_ == "of" and owner.ent_type_ == "PERSON" and tokens[k].ent_iob_ != "I":
        return not cut_short(span)  # "said Jane Roe of Quillby Labs": the body a person speaks for
    if title_of_body(span, owner):
        return True
    if tokens[k].lower_ == "for" and owner.lower_ in lexicon.verb_forms("affiliation_verbs"):
        return True  # "while working for the LA Times": the body one works for
    nouns = lexicon.words("affiliation_nouns")
    if tokens[k].lower_ == "of" and owner.is_lower and owner.pos_ == "NOUN" and firm_word_name(span) and owner.lower_.rstrip("s") not in lexicon.lower_words("title_heads"):
        return True  # "the addition of Pritchard EV": a firm's name completing a common noun
    return tokens[k].lower_ == "of" and owner.is_lower and (owner.text in nouns or owner.text.endswith("s") and owner.text[:-1] in nouns)


def firm_word_name(span: Span) -> bool:
    """A name of two or more capitalized words closed by a word that ends firms' names
    (patterns/firm_name_ends: "Zorvik EV", "Quillby Labs") and opened by no common English word
    (not a field: "the future of Clean Energy", "the rise of Digital Marketing")."""
    return len(span) >= 2 and span[-1].text in lexicon.words("firm_name_ends") and all(is_capitalized(t) for t in span) and not is_english_word(span[0].lower_)


def title_of_body(span: Span, title: Token) -> bool:
    """"CEO of Quillby", "acting president for Marlow Bearing", "Director for Zorvik Action": a
    name after a title word (patterns/title_heads, or a title modifier the tagger reads as a
    noun: "an executive of Quillby") and "of"/"for" is the body the holder serves,
    unless it is a portfolio: after a minister's title word ("Secretary of Commerce":
    patterns/portfolio_title_heads), all its words portfolio words ("Director of Operations":
    patterns/title_portfolios), or followed by the body it is held at ("Head of
    Customer Engineering at Acme") or by the holder's name ("Vice President of Social
    Responsibility Jane Roe")."""
    noun_modifier = title.lower_ in lexicon.lower_words("title_modifiers") and title.pos_ == "NOUN"  # "a former executive of Ryan Airlines"
    if title.lower_ not in lexicon.lower_words("title_heads") and not noun_modifier or title.lower_ in lexicon.lower_words("portfolio_title_heads"):
        return False  # "Secretary of Commerce": a minister's portfolio (patterns/portfolio_title_heads)
    if any(t.lower_ in {"for", "at"} for t in span):
        return False  # "President of Development for Acme International": a portfolio, then the body
    tokens = doc_tokens(span.doc)
    if span.end < len(tokens) and tokens[span.end].text in POSSESSIVE:
        return False  # "the global leader of PepsiCo's DEI strategy": the title's complement is the thing owned
    portfolios = lexicon.lower_words("title_portfolios")
    # "Secretary of Homeland Security Mayorkas": a holder's name, no English word, after the portfolio.
    words = span[:-1] if len(span) > 1 and (is_surname(span[-1]) or not is_english_word(span[-1].lower_)) else span
    if all(t.lower_ in portfolios or not t.is_alpha or t.lower_ in {"and", "of", "the"} for t in words):
        return False
    tokens = doc_tokens(span.doc)
    if span.end + 1 >= len(tokens):
        return True
    after, then = tokens[span.end], tokens[span.end + 1]
    if then.lower_ == "the" and span.end + 2 < len(tokens):
        then = tokens[span.end + 2]
    if after.ent_type_ == "PERSON" or after.lower_ in {"at", "with", "for", "in"} and is_capitalized(then):
        return False  # the portfolio of a title held at a body, or before the holder's name
    return not cut_short(span)


def cut_short(span: Span) -> bool:
    """A name that goes on after the model's span ("CEO of Epic| Padel", "President of Texas
    Chapter| of Acme", "Jane Roe of U.S. Immigration| and Customs Enforcement"): the span names no
    body by itself."""
    tokens = doc_tokens(span.doc)
    if span.end + 1 >= len(tokens):
        return False
    after, then = tokens[span.end], tokens[span.end + 1]
    if after.lower_ in {"and", "&"}:
        return is_capitalized(then) and then.ent_type_ != "PERSON"
    return after.lower_ == "of" or is_capitalized(after) and not after.is_sent_start


def find_mentions(doc: Doc, acronyms: list[AcronymDefinition]) -> tuple[list[OrgMention], list[Span]]:
    """Organization mentions (non-overlapping, text order) and bare head-word anaphora ("the
    Commission"). Input: the acronym definitions (news_acronyms)."""
    tokens = doc_tokens(doc)
    candidates: list[OrgMention] = []
    defs = body_definitions(acronyms)
    not_bodies = other_acronym_forms(acronyms)
    known = lexicon.mapping("known_organizations")
    short_names = {sf.text: long_form_name(lf) for lf, sf in defs}
    lf_starts = {lf.start for lf, _ in defs}
    for lf, sf in defs:
        name = long_form_name(lf)
        candidates.append(OrgMention(lf.start, lf.end, name, "acronym", acronym=sf.text))
        candidates.append(OrgMention(sf.start, sf.end, name, "acronym", acronym=sf.text))
    anaphora = []
    for start, end in head_phrases(doc, lf_starts):
        if end - start == 1:
            if tokens[start].i > 0 and tokens[start - 1].lower_ == "the":
                anaphora.append(doc[start:end])
            continue
        candidates.extend(_phrase_mentions(doc, start, end, set(short_names) | set(known)))
    for start, end in lower_case_bodies(doc):
        candidates.append(OrgMention(start, end, title_case(doc[start:end]), "lower"))
    for start, end, name in national_governments(doc):
        candidates.append(OrgMention(start, end, name, "lower"))
    listed = governments_of_listed_countries(doc) + offices_of_listed_domains(doc)
    for start, end, name, _ in listed:
        candidates.append(OrgMention(start, end, name, "known"))  # named, not by its surface (the country or domain alone)
    spans = {(m.start, m.end) for m in candidates}
    for start, end in known_names_across_and(doc):
        if (start, end) not in spans:  # a rule or a definition read it whole already
            candidates.append(OrgMention(start, end, clean_text(doc[start:end].text), "rule"))
    for start, end in copular_bodies(doc):
        candidates.append(OrgMention(start, end, clean_text(doc[start:end].text), "rule"))
    # Only a short form, a known name or a possessive of one goes past the tests below.
    for token in with_text_where(doc, lambda text: text in short_names or text in known or text.endswith("s") and lost_possessive(text, lambda stem: stem in short_names or stem in known and stem.isupper()) is not None):
        text = token.text
        # A short form, or a known acronym, whose possessive lost its apostrophe.
        owner = lost_possessive(text, lambda stem: stem in short_names or stem in known and stem.isupper())
        for form in (text, owner):
            if form in short_names:
                candidates.append(OrgMention(token.i, token.i + 1, short_names[form], "short", acronym=form))
            elif form in known and not _place_before(doc, token.i):
                candidates.append(OrgMention(token.i, token.i + 1, known[form], "known", acronym=form))
    candidates += compound_acronym_units(doc, tokens, {**known, **short_names})
    places = place_names(doc)
    codes = traded_tokens(doc) | ticker_symbols(doc)
    for ent in doc_entities(doc):
        if ent.label_ == "ORG":
            span = trimmed_entity(ent)
            if keep_ner_org(doc, span, set(short_names) | set(known), not_bodies, codes) and not named_as_place(span, places):
                candidates.append(OrgMention(span.start, span.end, clean_text(span.text), "ner"))
    candidates = [m for m in candidates if m.source == "acronym" or not (field_of_study(doc, m.start) or wire_credit(doc, m.start, m.end) or glued_after_parenthesis(tokens[m.start].text) or apposed_thing_noun(doc, m.end) or listed_instance(doc, m.start, m.end) or launched_thing(doc, m.start, m.end))]
    candidates = [m for m in candidates if m.source not in {"ner", "rule"} or not (run_in_heading(doc, m.start, m.end) or ticker_listing(doc, m.start, m.end))]
    candidates = without_products_named_elsewhere(doc, candidates)
    candidates = [m for m in candidates if m.source != "ner" or not gerund_heading_phrase(doc, m.start, m.end)]
    candidates = [whole_word_start(doc, tokens, m) for m in candidates]
    found_names = {m.name for m in candidates}
    candidates = [without_leading_call(doc, tokens, m, found_names) for m in candidates]
    candidates += ticker_companies(doc, candidates)
    candidates += apposed_companies(doc, candidates)
    candidates += kind_before_name(doc, candidates)
    candidates += few_named_after_kind(doc, candidates)
    candidates = [kept for m in candidates for kept in after_title_complement(doc, m)]
    # "Departments of Justice and ...": several bodies, each listed and named by its list's head.
    listed_tokens = {head for *_, head in listed} | {k for start, end, *_ in listed for k in range(start, end)}
    listed_spans = {(start, end) for start, end, *_ in listed}
    candidates = [m for m in candidates if m.source == "acronym" or (m.start, m.end) in listed_spans and m.source == "known" or listed_tokens.isdisjoint(range(m.start, m.end))]
    glued_headings = headings_glued_to_names(doc, tokens)
    candidates = [m for m in candidates if m.source == "acronym" or not glued_headings.intersection(range(m.start, m.end)) or repeated_name(m.name) is not None]  # "About Tevard BiosciencesTevard Biosciences": heading_repeat reads it
    mentions = select_non_overlapping(candidates)
    mentions += bodies_of_compound_units(tokens, mentions)
    mentions = [heading_repeat(doc, m) for m in mentions]
    mentions = sorted(mentions + company_short_forms(doc, mentions), key=lambda m: m.start)
    lists = name_lists(doc)
    mentions = listed_concepts(doc, listed_with_bodies(doc, mentions, lists), lists)
    mentions = without_platforms_used_as_channels(doc, mentions)
    mentions = [m for m in mentions if m.source not in {"ner", "rule"} or not label_closing_heading_words(doc, m.start, m.end)]
    body_names = {m.name for m in mentions if not in_title(tokens[m.start])}
    mentions = [m for m in mentions if not in_title(tokens[m.start]) or m.name in body_names or m.source in {"short", "known"}]
    mentions = [m for m in mentions if not inside_concept(doc, m, acronyms)]
    return with_parents(doc, mentions, short_names, known), anaphora


def bodies_of_compound_units(tokens: list[Token], mentions: list[OrgMention]) -> list[OrgMention]:
    """"HHS-OIG": the unit's body is named too ("HHS"), so it is a body of the release as well, where
    no other mention names it (the unit's mention covers the body's acronym)."""
    named = {m.name for m in mentions} | {m.acronym for m in mentions if m.acronym}
    bodies = {}
    for m in mentions:
        if m.parent and m.acronym and m.end - m.start == 3 and tokens[m.start + 1].text == "-" and m.acronym == f"{tokens[m.start].text}-{tokens[m.start + 2].text}":
            body = tokens[m.start].text
            if body not in named and m.parent not in named and body not in bodies:
                bodies[body] = OrgMention(m.start, m.start + 1, m.parent, "known", acronym=body)
    return list(bodies.values())


COMPOUND_ACRONYM_ENDS = frozenset({")", ",", ".", ";", ":", "’", "'"})


def compound_acronym_units(doc: Doc, tokens: list[Token], names: dict[str, str]) -> list[OrgMention]:
    """"HHS-OIG", "IRS-CI", "ICE-HSI": a body's acronym glued by a hyphen to a unit's acronym names
    that unit of the body (one mention, acronym "HHS-OIG", parent the body), not the body nor a
    bare "Office of the Inspector General". Not "NATO-EU" (a known body after the hyphen whose
    name has no unit head), nor an e-mail address part ("FEMA-NEWS-DESK@...")."""
    heads = lexicon.words("compound_unit_heads")
    found = []
    for token in with_text(doc, names):
        i = token.i
        if i + 2 >= len(doc) or token.whitespace_ or tokens[i + 1].text != "-" or tokens[i + 1].whitespace_:
            continue
        unit = tokens[i + 2]
        if not (unit.is_alpha and unit.is_upper and 2 <= len(unit.text) <= 5) or not token.text.isupper():
            continue
        if i > 0 and not tokens[i - 1].whitespace_ and not tokens[i - 1].is_punct or i > 0 and tokens[i - 1].text == "-":
            continue  # a phone number or code: "877-NCDF-GCF"
        nxt = tokens[i + 3] if i + 3 < len(doc) else None
        if nxt is not None and not unit.whitespace_ and nxt.text not in COMPOUND_ACRONYM_ENDS:
            continue
        unit_name = names.get(unit.text)
        if unit_name is not None and not heads.intersection(unit_name.split()):
            continue
        if unit_name is None and (country_name(unit.text) or jurisdiction(unit.text)):
            continue  # "EU-US coordination": two parties
        if unit_name is None and nxt is not None and is_capitalized(nxt) and nxt.is_alpha:
            continue  # "the NASA-ISRO Synthetic Aperture Radar": two bodies' acronyms modifying a thing
        acronym = f"{token.text}-{unit.text}"
        found.append(OrgMention(i, i + 3, unit_name or acronym, "known", acronym=acronym, parent=names[token.text]))
    # "HHS-OIG" and "OPM-OIG" in one release: two offices, each named with its body's acronym.
    prefixes: dict[str, set[str]] = {}
    for m in found:
        prefix, _, unit = m.acronym.partition("-")
        prefixes.setdefault(unit, set()).add(prefix)
    return [replace(m, name=f"{m.acronym.partition('-')[0]} {m.name}") if len(prefixes[m.acronym.partition("-")[2]]) > 1 and m.name != m.acronym else m for m in found]


NAME_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "GPE", "WORK_OF_ART", "FAC", "NORP", "LOC", "EVENT"})


def trimmed_entity(ent: Span) -> Span:
    """The name a model entity holds: without a determiner or dateline before it, an owner before a
    possessive, a run-in label, a glued heading, a bullet or a dangling conjunction."""
    return inner_name(after_glued_heading(after_run_in_label(after_possessive(strip_determiner(ent)))))


def _model_name_spans(doc: Doc) -> list[Span]:
    """The model's entities of names (of any label: it tags a product's one mention GPE, its next
    ORG), trimmed as find_mentions trims its ORG entities (trimmed_entity)."""
    return [trimmed_entity(ent) for ent in doc_entities(doc) if ent.label_ in NAME_LABELS]


def product_evidence(doc: Doc, span: Span) -> bool:
    """The model's ORG is written as a product here: brought out ("launched X", launched_thing),
    apposed a thing's noun ("X, a groundbreaking tool"; after its trade mark too: "X™, a
    proprietary design infrastructure", apposed_thing_noun), before a product noun after an
    owner ("its X platform": owner_product_modifier) or apposed after one ("its app, X":
    named_after_owned_thing); not a name with a head word or legal suffix."""
    if not len(span) or any(is_org_head(t) or is_corporate_suffix(t) for t in span):
        return False
    tokens = doc_tokens(doc)
    end = span.end + 1 if span.end < len(tokens) and tokens[span.end].text in TRADE_MARKS else span.end
    return launched_thing(doc, span.start, span.end) or apposed_thing_noun(doc, end) or owner_product_modifier(span) or named_after_owned_thing(doc, span.start, span.end)


def owner_product_modifier(span: Span) -> bool:
    """product_modifier after an owner ("its Zorvik platform", "Aclarion’s Nociscan solution"),
    not after "the" ("the Medicare program" names a body's program by the body)."""
    if not product_modifier(span):
        return False
    tokens = doc_tokens(span.doc)
    k = span.start - 1
    while k >= 0 and tokens[k].pos_ == "ADJ" and tokens[k].is_lower:
        k -= 1
    return tokens[k].lower_ in OWNERS or tokens[k].text in POSSESSIVE


def named_after_owned_thing(doc: Doc, start: int, end: int) -> bool:
    """"unveil its AI-powered storytelling app, Laila, at ...", "our new platform, Zorvik,": a name
    apposed after an owner's ("its", "our", "their") noun for a product or a thing
    (patterns/product_nouns, patterns/thing_appositions), and closed by a punctuation mark, names
    that thing (not the subject after an opening phrase: "Through its open platform, UPCX
    promotes ...")."""
    tokens = doc_tokens(doc)
    if start < 3 or tokens[start - 1].text != "," or tokens[start - 2].lower_ not in lexicon.lower_words("product_nouns") | lexicon.lower_words("thing_appositions"):
        return False
    if end < len(tokens) and not (tokens[end].is_punct or tokens[end].is_space):
        return False
    k = start - 3
    while k >= 0 and start - k <= 7 and not (tokens[k].is_punct and tokens[k].text != "-") and tokens[k].pos_ not in {"ADP", "AUX"} and tokens[k].tag_ not in FINITE_VERB_TAGS | {"VB"}:
        if tokens[k].lower_ in OWNERS:
            return True
        k -= 1
    return False


def body_evidence(doc: Doc, span: Span) -> bool:
    """The model's ORG is written as a body here: apposed a company noun ("X, a leading software
    company"; after its trade mark too), under an "About" heading, as acts_as_body reads it, or
    the subject of a verb in the release's opening (opening_end)."""
    tokens = doc_tokens(doc)
    end = span.end + 1 if span.end < len(tokens) and tokens[span.end].text in TRADE_MARKS else span.end
    if span.root.dep_ == "nsubj" and span.start < opening_end(doc):
        return True  # "Hill Country Salon Suites is proud to announce ...": the release's subject
    return apposed_company_noun(doc, end) or about_heading_before(doc, span.start) or acts_as_body(span.root)


def without_products_named_elsewhere(doc: Doc, candidates: list[OrgMention]) -> list[OrgMention]:
    """"Kalibri Labs is excited to announce the launch of OTB Signals, a groundbreaking tool ...
    OTB Signals marks a milestone": a name the release writes as a product at one mention
    (product_evidence) names that product at its other mentions too, where the model tags it ORG
    ("ContraPest and Evolve fit ..."); not where the release also writes it as a body
    (body_evidence) or a rule finds it by a head word."""
    model_names = {m.name for m in candidates if m.source == "ner"}
    if not model_names:
        return candidates
    spans = _model_name_spans(doc)
    products = {text for s in spans if (text := clean_text(s.text)) in model_names and product_evidence(doc, s)}
    if not products:
        return candidates
    products -= {text for s in spans if (text := clean_text(s.text)) in products and len(s) and body_evidence(doc, s)}
    return [m for m in candidates if m.source != "ner" or m.name not in products]


def verb_ing_form(word: str) -> bool:
    """"Unlocking", "Securing", "Competing", "Halving", "Fighting": a capitalized -ing form of an
    English verb (its stem, with a final "e" back or a doubled consonant undone, is a common word;
    not "Spring", "Herring", "Sterling")."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.isalpha() or not lower.endswith("ing") or len(lower) < 6:
        return False
    stem = lower[:-3]
    forms = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return any(is_english_word(f) for f in forms if len(f) >= 3)


def gerund_heading_phrase(doc: Doc, start: int, end: int) -> bool:
    """"SEC Delays Decision on ETH Spot ETFs, Extending Market Uncertainty", "Securing Investments
    and Financial Stability", "Shiba Inu and Shiba Budz: Competing Narratives", "The annual meeting
    theme, Unlocking Opportunities, ...": a name the model tags ORG that opens with a verb's -ing
    form (verb_ing_form), with no head word or legal suffix, written once, after a line break or a
    punctuation mark (not after a determiner or preposition: "from Hugging Face", "by Signing Day
    Sports"), is a heading's or a theme's phrase, no body. Not a whole line (a list of bodies:
    "Reconstructing Judaism"), a name before its parenthesis ("Learning Factory (GWP USA, LLC)")
    nor the subject of a finite verb ("Joining Forces helps ...")."""
    tokens = doc_tokens(doc)
    if end - start < 2 or not verb_ing_form(tokens[start].text):
        return False
    if any(is_org_head(t) or is_corporate_suffix(t) for t in tokens[start:end]):
        return False
    before = tokens[start - 1] if start > 0 else None
    if before is not None and not (before.is_punct and before.text not in {"(", "&"} or before.is_space or ends_line(before)):
        return False
    span = doc[start:end]
    if end < len(tokens) and tokens[end].text == "(" or alone_on_line(span):
        return False
    if span.root.dep_ == "nsubj" and span.root.head.tag_ in FINITE_VERB_TAGS:
        return False  # "Joining Forces helps veterans": a body that acts
    return doc_text(doc).count(span.text) == 1


def inside_concept(doc: Doc, m: OrgMention, acronyms: list[AcronymDefinition]) -> bool:
    """"Diversity, Equity, and Inclusion (DEI)", "258 Corporate Social Responsibility (CSR)
    initiatives": a name the model or a list rule found over part of the long form of a concept's
    acronym is words of the concept, unless a head word or a known acronym makes it a body ("the
    ILO decent work agenda")."""
    concepts = [d.long for d in acronyms if d.kind == CONCEPT and d.long.start < m.end and m.start < d.long.end]
    if not concepts or m.source in {"acronym", "short", "known"}:
        return False
    return not any(is_org_head(t) for t in doc_tokens(doc)[m.start : m.end])


def company_complement(noun: Token) -> bool:
    """"... is a portfolio company", "... was the leading provider": a noun for a body
    (patterns/company_nouns) after "a"/"an"/"the", the complement of "is"/"was"."""
    return (
        noun.dep_ == "attr"
        and noun.head.lower_ in {"is", "was"}
        and noun.lower_ in lexicon.words("company_nouns")
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in noun.children)
    )


def copular_bodies(doc: Doc) -> list[tuple[int, int]]:
    """"Bravado Health is a portfolio company of ...", "Tarnwell is a leading provider of ...": a
    capitalized name of two words or more that is the subject of "is"/"was" whose complement,
    after "a"/"an"/"the", is a noun for a body (patterns/company_nouns) names a body, whether or
    not the model tagged it.
    Anchored on the company nouns. Not a name opening with a given name before an agent noun in
    -er/-or ("Jane Roe is a film producer"), nor one the model tags as another kind of entity
    ("Oregon is the ...")."""
    tokens = doc_tokens(doc)
    nouns = lexicon.words("company_nouns")
    found = []
    for noun in with_text_where(doc, lambda text: text.lower() in nouns):
        verb = noun.head
        if not company_complement(noun):
            continue
        subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)  # not a dateline's
        if subject is None or not is_capitalized(subject) or subject.pos_ != "PROPN":
            continue
        start = subject.i
        while start > 0 and tokens[start - 1].dep_ in {"compound", "amod", "nmod"} and tokens[start - 1].head.i in range(start, subject.i + 1) and is_capitalized(tokens[start - 1]):
            start -= 1
        end = subject.i + 1
        if start > 0 and (is_capitalized(tokens[start - 1]) and tokens[start - 1].is_alpha or tokens[start - 1].text in {",", "&", "-", "."}):
            continue  # the end of a longer name the parse cut ("Acme Capital", "Acme, LLC is ...")
        if end - start == 1 or tokens[start].lower_ == "about":
            continue  # "Healing is the foundation", "HSR": one word is too weak; "About Acme Acme is": a heading run in
        if any(t.ent_type_ not in {"", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "NORP"} for t in tokens[start:end]):
            continue
        if tokens[start].text.upper() in first_names() and noun.lower_.endswith(("er", "or")):
            continue
        found.append((start, end))
    return found


def heading_repeat(doc: Doc, m: OrgMention) -> OrgMention:
    """"About CloudbenchCloudbench is a ...", "About Partners Group Partners Group is one of ...": a
    boilerplate heading run into the sentence under it (source_damage.repeated_name) names the
    body once, when the release also writes that name elsewhere (a brand may double a word:
    "NachoNacho") or the "About" of the heading opens the line before it ("About Juno Maps Juno
    Maps builds ...")."""
    name = repeated_name(m.name)
    if name is None:
        return m
    alone = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    elsewhere = len(alone.findall(doc_text(doc))) - len(alone.findall(doc[m.start : m.end].text))
    return replace(m, name=name) if elsewhere > 0 or about_heading_before(doc, m.start) else m


def about_heading_before(doc: Doc, start: int) -> bool:
    """The word before token `start` is "About" opening its line (a boilerplate heading)."""
    tokens = doc_tokens(doc)
    return start >= 1 and tokens[start - 1].text == "About" and (start == 1 or ends_line(tokens[start - 2]))


LIST_CONJUNCTIONS = frozenset({"and", "or"})
MAX_ITEM_TOKENS = 5
MIN_LIST_ITEMS = 3
NOT_BODY_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
COMPLEMENT_OPENERS = frozenset({"of", "for", "on", "in"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _list_item_end(doc: Doc, start: int) -> int:
    """End of a name that stands as one item of a list: capitalized words, joined by "&", "-" or
    a possessive inside the name ("Bain & Company", "McDonald's Restaurants", "Zappos.com")."""
    tokens = doc_tokens(doc)
    end = start
    while end < len(doc) and end - start <= MAX_ITEM_TOKENS:
        token = tokens[end]
        inner = end > start and end + 1 < len(doc) and is_capitalized(tokens[end + 1])
        if is_capitalized(token) and not token.is_space or token.text in {"&", "-"} | POSSESSIVE and inner:
            end += 1
        else:
            break
    return end


def name_lists(doc: Doc) -> list[list[tuple[int, int]]]:
    """Lists of names, each item a (start, end) token range: "A, B, C(,) and/or D", at least
    MIN_LIST_ITEMS items, the last joined by a conjunction; outside the headline."""
    tokens = doc_tokens(doc)
    lists = []
    # Where an item can start: a capitalized word or a digit (is_capitalized), or "the"; the scan skips the rest.
    openers = [t.i for t in with_text_where(doc, lambda text: text[:1].isupper() or text[:1].isdigit() or text.lower() == "the")]
    i = title_end_token(doc)
    while i < len(doc):
        start = i + 1 if tokens[i].lower_ == "the" else i
        end = _list_item_end(doc, start) if start < len(doc) and is_capitalized(tokens[start]) else start
        if end == start:
            k = bisect_right(openers, i)
            i = openers[k] if k < len(openers) else len(doc)
            continue
        items, closed, k = [(start, end)], False, end
        while k < len(doc) and not closed:
            j = k + 1 if tokens[k].text == "," else k
            if j < len(doc) and tokens[j].lower_ in LIST_CONJUNCTIONS:
                j += 1
                closed = True
            elif j == k:
                break
            if j < len(doc) and tokens[j].lower_ == "the":
                j += 1
            nxt = _list_item_end(doc, j) if j < len(doc) and is_capitalized(tokens[j]) else j
            if nxt == j:
                closed = False
                break
            items.append((j, nxt))
            k = nxt
        if closed and len(items) >= MIN_LIST_ITEMS and all(e - s <= MAX_ITEM_TOKENS for s, e in items):
            lists.append(items)
        i = max(k, i + 1)
    return lists


def _no_body_item(doc: Doc, start: int, end: int) -> bool:
    """An item that names no body: a country, a state or a people; a date, an amount, a
    number or a code ending in a digit; a product, work, event or law; a person (a given name opening a name of two or more
    words, the model's PERSON over two or more words, a title word or honorific); a name ending
    in a word the release writes in lower case ("Personalized Therapies") or in an event or
    non-body head word ("Liberty Bowl")."""
    span = doc[start:end]
    if any(t.ent_type_ in NOT_BODY_ENTS or t.ent_type_ == "CARDINAL" and t.like_num for t in span) or jurisdiction(span.text):
        return True
    if span[-1].text[-1].isdigit():
        return True  # a model or a code: "OP13", "Phase 2"
    if len(span) >= 2 and (all(t.ent_type_ == "PERSON" for t in span) or is_first_name(span[0]) and not is_org_head(span[-1])):
        return True
    if any(t.lower_.rstrip("s") in lexicon.lower_words("title_heads") or t.lower_ in lexicon.lower_words("title_heads") or is_honorific(t) for t in span):
        return True
    last = span[-1]
    if is_org_head(last) or is_corporate_suffix(last):
        return False
    if last.text in lexicon.words("publication_heads") and not head_first(span):
        return True  # "from ChatGPT to The Coastal Journal to TikTok": a paper or a magazine
    return last.lower_ in lower_case_words(doc) or last.text in lexicon.words("event_heads") or last.text in lexicon.words("not_org_heads")


def modifier_list(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """"Black, Brown, and Native American small businesses": a list run straight into a
    lower-case noun or adjective modifies it; its items describe, they name no bodies."""
    end = items[-1][1]
    if end >= len(doc):
        return False
    nxt = doc_tokens(doc)[end]
    return nxt.is_alpha and nxt.is_lower and nxt.pos_ in {"NOUN", "ADJ"}


def _plural_item(doc: Doc, start: int, end: int) -> bool:
    """An item ending in a plural noun that is no head word nor legal suffix ("Special Reports")."""
    last = doc[end - 1]
    return last.tag_ in {"NNS", "NNPS"} and not is_org_head(last) and not is_corporate_suffix(last)


def _place_item(doc: Doc, start: int, end: int) -> bool:
    """An item the model reads as a place."""
    return any(t.ent_type_ in PLACE_ENTS for t in doc[start:end])


def joined_last_item(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Antitrust Division, Civil Division, Environment and Natural Resources Division": in a
    list of names ending in a head word, a last-but-one item without one joins the last item
    through "and" (one name: "Environment and Natural Resources Division")."""
    (s1, e1), (s2, e2) = items[-2], items[-1]
    heads = [is_org_head(doc[e - 1]) for s, e in items]
    if heads[-1] and not heads[-2] and sum(heads[:-2]) >= 1 and e1 < len(doc) and doc[e1].lower_ == "and" and s2 == e1 + 1:
        return items[:-2] + [(s1, e2)]
    return items


def body_kind_list(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """"companies such as Coinbase, Back Market, and Peloton", "university blockchain clubs,
    including Cambridge, Columbia, ...", "Its investors include ...": the list is introduced by a
    plural noun for a kind of body (patterns/body_kinds; `listing_kind`), so its items are bodies
    whatever the model tags them (a university's town: GPE). The noun stands right before
    "such as"/"including"/"like" ("startups per sector, such as AI, DeFi, and Gaming" lists sectors)."""
    first = doc_tokens(doc)[items[0][1] - 1]
    kind = listing_kind(first)
    if kind is None or kind.lower_ not in lexicon.lower_words("body_kinds"):
        return False
    if first.dep_ == "pobj" and first.head.lower_ in INSTANCE_PREPOSITIONS:
        return all(t.text in {",", "such"} for t in doc[kind.i + 1 : first.head.i])
    return True


def _person_or_thing_item(doc: Doc, start: int, end: int) -> bool:
    """An item that names no body even in a list of bodies: a date, an amount, a product, work,
    event or law, a country or state, the model's PERSON over two or more words ("investors such
    as Bill Ackman, ..."), a title word or honorific."""
    span = doc[start:end]
    if any(t.ent_type_ in NOT_BODY_ENTS or t.ent_type_ == "CARDINAL" and t.like_num for t in span) or jurisdiction(span.text):
        return True
    if len(span) >= 2 and all(t.ent_type_ == "PERSON" for t in span):
        return True
    return any(t.lower_.rstrip("s") in lexicon.lower_words("title_heads") or t.lower_ in lexicon.lower_words("title_heads") or is_honorific(t) for t in span)


def listed_with_bodies(doc: Doc, mentions: list[OrgMention], lists: list[list[tuple[int, int]]]) -> list[OrgMention]:
    """"such as Microsoft, Zappos.com, Under Armour, and Yelp": the names listed beside an
    organization are organizations too, when no item is a place, a date, a number or a person;
    after a plural noun for a kind of body (`body_kind_list`) every item is one, with no other
    anchor and whatever place the model reads, when none is a person, a thing or a date.
    An item becomes one mention, replacing the model's ORG guesses inside it ("Restaurants" of
    "McDonald's Restaurants"). RETURNS the mentions, text order."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    added, replaced = [], set()
    for items in lists:
        # Anchors: an item found as a body by a rule, or two the model tags ORG whole.
        found = [by_token[s] for s, e in items if s in by_token and by_token[s].start == s and by_token[s].end == e]
        tagged = [(s, e) for s, e in items if all(t.ent_type_ == "ORG" for t in doc[s:e])]
        anchored = any(m.source not in {"ner", "lower"} for m in found) or len(tagged) >= 2
        of_bodies = body_kind_list(doc, items) and not any(_person_or_thing_item(doc, s, e) for s, e in items)
        # One item the model calls a place may be its error ("Yelp"); a list of places is none.
        # A list after "of"/"for" completes a name or a title ("Under Secretary for A, B, and C").
        opener = doc[items[0][0] - 1].lower_ if items[0][0] > 0 else ""
        if doc[items[0][0] - 1].lower_ == "the" and items[0][0] > 1:
            opener = doc[items[0][0] - 2].lower_
        # "SCSNW's Commentaries, Special Reports, and ...": the things a body owns, named in the plural.
        owned = any(t.text in POSSESSIVE and t.i - 1 in by_token for s, e in items for t in doc[s:e]) or sum(_plural_item(doc, s, e) for s, e in items) >= 2
        if opener in COMPLEMENT_OPENERS or owned or modifier_list(doc, items):
            continue
        if not of_bodies and (not anchored or any(_no_body_item(doc, s, e) or listed_instance(doc, s, e) for s, e in items) or sum(_place_item(doc, s, e) for s, e in items) > 1):
            continue
        for s, e in joined_last_item(doc, items):
            inside = {id(by_token[i]) for i in range(s, e) if i in by_token}
            if any(by_token[i].start < s or by_token[i].end > e for i in range(s, e) if i in by_token):
                continue  # part of a longer mention
            if any(by_token[i].start == s and by_token[i].end == e for i in range(s, e) if i in by_token):
                continue  # already a mention
            if inside and not all(by_token[i].source in {"ner", "rule"} for i in range(s, e) if i in by_token):
                continue
            replaced |= inside
            added.append(OrgMention(s, e, clean_text(doc[s:e].text), "rule"))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in replaced] + added, key=lambda m: m.start)


def listed_concepts(doc: Doc, mentions: list[OrgMention], lists: list[list[tuple[int, int]]]) -> list[OrgMention]:
    """"Advanced Diagnostics, Personalized Therapies, Regenerative Medicine and Practice
    Integration", "Distressed Situations, CLO Credit, and Hard Asset Strategies": in a list whose
    items are all common English words in title case (no head word, no legal suffix, no word
    no English word list holds), and at least half of them untagged by the model, a name the model
    tagged ORG is one more field or offering like the items beside it, no body; so are the items
    of an owned list of products (`owned_product_list`). RETURNS the mentions without those."""
    tokens = doc_tokens(doc)
    dropped: set[tuple[int, int]] = set()
    for items in lists:
        if all(_common_words_item(tokens, s, e) for s, e in items) and 2 * sum(tokens[s].ent_type_ != "ORG" for s, e in items) >= len(items) or owned_product_list(tokens, items):
            dropped.update(items)
    if not dropped:
        return mentions
    return [m for m in mentions if not (m.source in {"ner", "rule"} and (m.start, m.end) in dropped)]


def platform_as_company(doc: Doc, start: int, end: int) -> bool:
    """A platform's name written as a company at this mention: as body_evidence reads it ("CMO at
    Spotify", the release's opening subject, "X, a social media company"), the subject of a verb,
    before its ticker ("Pinterest (NYSE: PINS)"), owning a noun ("Telegram's recent announcement"), or listed after
    a noun for bodies ("companies, including Amazon, Cisco, LinkedIn": body_kinds)."""
    tokens = doc_tokens(doc)
    if body_evidence(doc, doc[start:end]) or owns_noun(tokens[end - 1]):
        return True
    if tokens[end - 1].dep_ == "nsubj" and tokens[end - 1].head.pos_ == "VERB":
        return True  # "TikTok is revolutionizing social commerce": it acts
    if end + 1 < len(tokens) and tokens[end].text == "(" and tokens[end + 1].text in lexicon.words("stock_exchanges"):
        return True
    first = tokens[end - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    kind = listing_kind(first)
    return kind is not None and kind.lower_ in lexicon.lower_words("body_kinds")


def without_platforms_used_as_channels(doc: Doc, mentions: list[OrgMention]) -> list[OrgMention]:
    """"follow us on Telegram and Discord", "check out her Instagram and Facebook pages", "Website |
    Twitter | Discord": a social-media, messaging or streaming platform (patterns/
    channel_name_ends) is where a body posts, a product, no body; unless the release writes it as
    a company at one of its mentions (platform_as_company). RETURNS the mentions without those."""
    platforms = lexicon.words("channel_name_ends")
    named = [m for m in mentions if m.name in platforms and m.source in {"ner", "rule"}]
    if not named:
        return mentions
    companies = {m.name for m in named if platform_as_company(doc, m.start, m.end)}
    return [m for m in mentions if not (m.name in platforms and m.source in {"ner", "rule"} and m.name not in companies)]


def owned_product_list(tokens: list[Token], items: list[tuple[int, int]]) -> bool:
    """"its Featured Conference, Featured Company, and Featured Expert programs": a list of names
    between an owner (its, our, the ...) and a lower-case product noun it runs straight into
    (patterns/product_nouns) names products or programmes, as one such name does
    (`owned_product`)."""
    start, end = items[0][0], items[-1][1]
    return start > 0 and tokens[start - 1].lower_ in OWNING_DETERMINERS and end < len(tokens) and tokens[end].text in lexicon.words("product_nouns")


def _common_words_item(tokens: list[Token], start: int, end: int) -> bool:
    """A list item made of common English words only ("Personalized Therapies", "CLO Credit" is
    not: "CLO" is no word), none a head word or legal suffix."""
    return all(t.is_alpha and not is_org_head(t) and not is_corporate_suffix(t) and is_english_word(t.lower_) and not t.is_upper for t in tokens[start:end] if t.text not in {"&", "-"})


def after_possessive(span: Span) -> Span:
    """The part of an entity after its last possessive: "Chile's Fiscalia Nacional Economica"
    names the Fiscalia (the owner is a mention of its own); a plural's possessive is a word of
    the name (plural_possessive)."""
    cut = max((t.i + 1 for t in span if t.text in POSSESSIVE and not plural_possessive(t)), default=span.start)
    return span.doc[cut : span.end]


def plural_possessive(token: Token) -> bool:
    """"Ohio Children's Trust Fund", "Women's Business Council": the possessive of a plural noun
    (patterns/plural_possessors) inside a name, which it does not split into owner and unit."""
    return token.i > 0 and token.i + 1 < len(token.doc) and token.doc[token.i - 1].text in lexicon.words("plural_possessors")


def company_short_forms(doc: Doc, mentions: list[OrgMention]) -> list[OrgMention]:
    """Later uses of a company's name without its suffix, or of its first words: "Innospec" for
    "Innospec Inc.", "Anna Nursing" for "Anna Nursing Services Corp."."""
    tokens = doc_tokens(doc)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    prefixes: dict[tuple[str, ...], OrgMention] = {}
    for m in mentions:
        words = m.name.split()
        if len(words) < 2 or words[-1] not in CORPORATE_SUFFIXES or words[0].lower() in lower_case_words(doc) or jurisdiction(words[0]):
            continue
        for k in range(len(words) - 1, 0, -1):
            prefixes.setdefault(tuple(words[:k]), m)
    first_words = {words[0] for words in prefixes}
    found = []
    for token in with_text(doc, first_words):
        if token.text not in first_words or token.i in covered or in_title(token):
            continue
        if token.i > 0 and is_capitalized(doc[token.i - 1]) and not doc[token.i - 1].is_sent_start:
            continue  # the end of a longer name: "Van Horn" in "founder Chad Van Horn"
        for k in range(min(MAX_SHORT_WORDS, len(doc) - token.i), 0, -1):
            words = tuple(t.text for t in doc[token.i : token.i + k])
            owner = prefixes.get(words)
            if owner is not None and token.i > owner.start and not covered.intersection(range(token.i, token.i + k)):
                found.append(OrgMention(token.i, token.i + k, " ".join(words), "rule"))
                covered.update(range(token.i, token.i + k))
                break
    return found


def _place_before(doc: Doc, i: int) -> bool:
    """A place name right before a known acronym makes it another body: "Africa CDC" is not the U.S. CDC."""
    return i > 0 and doc[i - 1].text[:1].isupper() and (doc[i - 1].ent_type_ in {"GPE", "LOC"} or bool(jurisdiction(doc[i - 1].text)))


def known_names() -> dict[str, str]:
    """Full names of well-known bodies -> their acronyms."""
    return {name: short for short, name in lexicon.entries("known_organizations")}


def of_complement(doc: Doc, start: int, end: int) -> list[OrgMention]:
    """Split "Unit of the Washington Field Office of ..." where the complement is itself a body.

    A pre-modified unit ("Counter Proliferation Investigations Unit") gets the complement as
    parent; a head-first name ("Court of Justice of the European Union") keeps its full name and
    the complement, when it is a well-known body, becomes a mention and the parent."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ != "of" or not is_org_head(doc[i - 1]):
            continue
        inner_start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        inner = doc[inner_start:end]
        unit_has_of = any(t.lower_ == "of" for t in doc[start:i])
        if i - start >= 2 and doc[i + 1].lower_ == "the" and not unit_has_of and any(is_org_head(t) for t in inner):
            parent = _phrase_mentions(doc, inner_start, end, set())
            if parent:  # none where the complement is a country ("Permanent Mission of the Russian Federation")
                unit = OrgMention(start, i, clean_text(doc[start:i].text), "rule", parent=parent[-1].name)
                return [unit] + parent
        for offset in range(len(inner)):
            tail = clean_text(inner[offset:].text)
            bare = tail[5:] if tail.startswith("U.S. ") else tail
            if bare in known_names() or tail in known_names():
                nested = OrgMention(inner.start + offset, end, tail, "rule")
                return [OrgMention(start, end, clean_text(doc[start:end].text), "rule", parent=tail), nested]
    return []


def prefix_body(doc: Doc, start: int, end: int) -> list[OrgMention]:
    """"Vanderbilt University Law School", "Georgetown University School of Foreign Service": a
    body named inside the name is its parent."""
    for i in range(start + 1, end - 1):
        # A head word right after another starts a unit only after a university's name
        # ("Georgetown University School of Foreign Service"), not in "Health Services Agency".
        second_head = doc[i + 1].text in lexicon.words("org_heads") and (doc[i].text not in lexicon.words("campus_heads") or any(is_org_head(t) for t in doc[start:i]))
        head_goes_on = POST_HEADS.get(doc[i].text, doc[i].text) == doc[i + 1].text  # "Consulate General"
        if is_org_head(doc[i]) and is_capitalized(doc[i + 1]) and doc[i + 1].lower_ not in COMPLEMENT_PREPOSITIONS and not second_head and doc[i + 1].text != "-" and not head_goes_on:
            parent = clean_text(doc[start : i + 1].text)
            return [OrgMention(start, end, clean_text(doc[start:end].text), "rule", parent=parent), OrgMention(start, i + 1, parent, "rule")]
    return []


def _phrase_mentions(doc: Doc, start: int, end: int, known: set[str]) -> list[OrgMention]:
    """A head-word phrase as one mention, or two when a lost apostrophe joins parent and unit."""
    split = split_missing_apostrophe(doc, start, end, known)
    if split is None:
        if country_name(doc[start:end].text):
            return []  # "the Russian Federation", "the Republic of Korea": a country's name, no body
        whole = [OrgMention(start, end, clean_text(doc[start:end].text), "rule")]
        return of_complement(doc, start, end) or prefix_body(doc, start, end) or whole
    stem = clean_text(lost_possessive_owner(doc[start : split + 1]) or "")
    if split == start and stem in lexicon.words("org_heads"):
        # A bare head word as the owner ("the Division's Torts Branch") refers back to a body, it names none.
        return [OrgMention(split + 1, end, clean_text(doc[split + 1 : end].text), "rule")]
    parent = None if country_name(stem) else stem
    unit = OrgMention(split + 1, end, clean_text(doc[split + 1 : end].text), "rule", parent=parent)
    if parent is None or split == start and stem in known:
        return [unit]
    return [OrgMention(start, split + 1, stem, "rule"), unit]


def select_non_overlapping(candidates: list[OrgMention]) -> list[OrgMention]:
    """Keep the strongest source first, then the longest, never two overlapping mentions."""
    taken: set[int] = set()
    kept = []
    nested = {(m.start, m.end) for m in candidates if m.source == "rule" and any(
        o is not m and o.source == "rule" and o.parent == m.name and o.start <= m.start and m.end <= o.end for o in candidates)}
    for m in sorted(candidates, key=lambda m: (SOURCE_RANK[m.source], -(m.end - m.start), m.start)):
        tokens = set(range(m.start, m.end))
        if tokens & taken and (m.start, m.end) not in nested:
            continue
        taken |= tokens
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def with_parents(doc: Doc, mentions: list[OrgMention], short_names: dict, known: dict) -> list[OrgMention]:
    """Attach parents stated by a possessive ("the ILO's ... Unit") or a leading acronym ("UN General Assembly")."""
    by_end = {m.end: m for m in mentions}
    result = []
    for m in mentions:
        parent = m.parent
        if parent is None and m.start >= 2 and doc[m.start - 1].text in POSSESSIVE and m.start - 1 in by_end:
            parent = by_end[m.start - 1].name
        if parent is None and m.source in {"rule", "ner", "acronym"} and m.end - m.start > 1 and m.acronym != doc[m.start:m.end].text:
            first = doc[m.start].text
            if first in short_names and short_names[first] != m.name:
                parent = short_names[first]
            elif first in known and known[first] != m.name:
                parent = known[first]
        if parent is None and m.start in by_end and by_end[m.start].source in {"short", "known", "acronym"} and m.source != "ner":
            parent = by_end[m.start].name
        result.append(replace(m, parent=parent) if parent != m.parent else m)
    return result


class OrganizationFinder:
    """Set `doc._.found_org_mentions` (OrgMention list, text order) and `doc._.org_anaphora`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.found_org_mentions, doc._.org_anaphora = find_mentions(doc, acronym_definitions(doc))
        return doc


@Language.factory("news_organizations")
def make_organization_finder(nlp: Language, name: str) -> OrganizationFinder:
    """Factory for the organization finder."""
    return OrganizationFinder()


CORPORATE_SUFFIXES = lexicon.words("corporate_suffixes")
JURISDICTION_PREFIXES = ("U.S. ", "US ", "United States ")




@lru_cache(maxsize=65536)
def form_key(text: str) -> str:
    """Comparison key of a surface form: case, punctuation and a leading "the" ignored (cached)."""
    text = re.sub(r"['’]s\b", "", text.lower())
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"^the\s+", "", text)
    return " ".join(text.split())


INVERTIBLE_HEADS = ("Department", "Ministry")


def inverted_forms(form: str) -> set[str]:
    """"Department of (the) Justice" <-> "Justice Department": one body, two word orders."""
    for head in INVERTIBLE_HEADS:
        match = re.fullmatch(rf"{head} of (?:the )?(\w+(?: \w+)?)", form)
        if match:
            return {f"{match.group(1)} {head}"}
        match = re.fullmatch(rf"(\w+(?: \w+)?) {head}", form)
        if match:
            return {f"{head} of {match.group(1)}", f"{head} of the {match.group(1)}"}
    return set()


def mention_forms(doc: Doc, m: OrgMention, expansions: dict[str, str]) -> set[str]:
    """Every form a mention can be known by: its name, surface, acronym, and variants without a
    corporate suffix or a leading "U.S.", and with a leading acronym spelled out."""
    surface = clean_text(doc[m.start : m.end].text) if m.source not in {"short", "known"} else m.acronym or m.name
    forms = {m.name, surface} | ({m.acronym} if m.acronym else set())
    for form in list(forms):
        for prefix in JURISDICTION_PREFIXES:
            if form.startswith(prefix) and len(form) > len(prefix) + 8:
                forms.add(form[len(prefix):])
        # A lost possessive of a name ending in a head word is that name.
        owner = lost_possessive(form, lambda stem: stem.rpartition(" ")[2] in lexicon.words("org_heads"))
        if owner:
            forms |= {owner} | inverted_forms(owner)
        forms |= inverted_forms(form)
        first, _, rest = form.partition(" ")
        if rest and first in expansions:
            forms.add(expansions[first] + " " + rest)
    return {f for f in forms if f}


def suffix_stems(forms: set[str]) -> dict[str, int]:
    """Names without their corporate suffix, and their first words, each with the number of words
    it drops: "Snamprogetti Netherlands B.V." is also "Snamprogetti Netherlands" (0) and
    "Snamprogetti" (1). Weak forms: they join a mention written that way, never two companies
    that differ by their suffix ("Kellogg Brown & Root Inc." and "... LLC")."""
    stems: dict[str, int] = {}
    for form in forms:
        words = form.split(" ")
        if CORPORATE_SUFFIXES.isdisjoint(" ".join(words[k:]) for k in range(1, len(words))):
            continue  # no suffix ends this form (most forms): the loop below would find none
        for suffix in CORPORATE_SUFFIXES:
            if form.endswith(" " + suffix):
                words = form[: -len(suffix) - 1].rstrip(",").split()
                for k in range(1, len(words) + 1):
                    stem = " ".join(words[:k])
                    stems[stem] = min(stems.get(stem, len(words)), len(words) - k)
    return stems


FIRM_STEM_ENDS = lexicon.words("firm_name_ends") | lexicon.words("firm_stem_ends")


def firm_word_stems(forms: set[str]) -> dict[str, int]:
    """A firm's name without its closing firm word, and its first words, each with the number of
    words it drops: "Lantern Pharma" is also "Lantern" (1), as a release writes it again
    (patterns/firm_name_ends: Pharma, Labs, Therapeutics ...; patterns/firm_stem_ends: Group,
    Company, International ...: "Timken" of "Timken Company"); only for a name of capitalized
    words. Weak forms, like suffix_stems'."""
    stems: dict[str, int] = {}
    ends = FIRM_STEM_ENDS
    for form in forms:
        words = form.split(" ")
        if len(words) < 2 or words[-1] not in ends or any(w == "&" or w[:1].islower() for w in words):
            continue  # not a name joined by "and"/"of" ("Acme Health and Zorvik Technologies", "Board of Acme Pharmacy")
        for k in range(1, len(words)):
            stem = " ".join(words[:k])
            stems[stem] = min(stems.get(stem, len(words)), len(words) - k)
    return stems


def acronym_before_unit_name(name: str, expansions: dict[str, str]) -> bool:
    """A name opened by the acronym of a body of its own (defined in the release or known:
    `expansions`) with two or more words after it names one of that body's units or groups ("ICN
    Steering Group", "UN Open Ended Working Group"): neither the acronym nor its spelled-out name
    is the name written short (firm_word_stems); not "CPV Group" (one firm word: "CPV" is that
    firm), nor "ATEC Water Systems" ("ATEC" names no other body)."""
    words = name.split(" ")
    return len(words) >= 3 and words[0] in expansions and form_key(expansions[words[0]]) != form_key(name)


def headless_name_stems(forms: set[str]) -> dict[str, int]:
    """A name of two or more capitalized words with no head word nor legal suffix in it
    ("Quillby International", "Zorvik Padel", "Ten Golden Rules"), by its first words, each with
    the number of words it drops: the release writes the name again shortened ("Quillby",
    "Zorvik"). Not a name with a head word, whose first words can name another body ("Acme
    University" of "Acme University Law School"). Weak forms, like suffix_stems'."""
    stems: dict[str, int] = {}
    heads = ORG_HEAD_TEXTS
    for form in forms:
        words = form.split(" ")
        if len(words) < 2 or any(not (w[:1].isupper() or w[:1].isdigit()) or w in heads or w.isupper() and len(w) <= 3 and w == words[0] for w in words):
            continue  # "Board of Acme", "Acme Health and Zorvik", "UN Women": no plain run of name words
        for k in range(1, len(words)):
            stem = " ".join(words[:k])
            stems[stem] = min(stems.get(stem, len(words)), len(words) - k)
    return stems


def stem_owners(forms: list[set[str]], stems=suffix_stems) -> dict[str, list[int]]:
    """For each weak form's key, the mentions it belongs to: those whose name it shortens least.
    "Siemens" is "Siemens AG" (nothing dropped), not "Siemens Bangladesh Limited" (one word
    dropped); the mention "Siemens" joins one of them, never both."""
    best: dict[str, tuple[int, list[int]]] = {}
    for i, fs in enumerate(forms):
        for stem, dropped in stems(fs).items():
            key = form_key(stem)
            rank, owners = best.get(key, (dropped, []))
            if dropped < rank:
                rank, owners = dropped, []
            if dropped == rank:
                owners.append(i)
            best[key] = (rank, owners)
    return {key: owners for key, (_, owners) in best.items()}


def common_tail_owners(mentions: list[OrgMention]) -> dict[str, list[int]]:
    """For a name opened by a word in capitals and closed by two or more common words ("ROYCOIN
    Trading Center"), its common words ("Trading Center"), with the mentions of such names: the
    common words alone, as a name that ends one such name only, are that body, its first word lost
    (the model cuts off a word in capitals it takes for a dateline's place). RETURNS form key ->
    mention indices."""
    owners: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        words = m.name.split()
        if len(words) >= 3 and len(words[0]) >= 3 and words[0].isupper() and words[0].isalpha():
            tail = " ".join(words[1:])
            if of_common_words(tail):
                owners.setdefault(form_key(tail), []).append(i)
    return owners


def cluster_organizations(doc: Doc, mentions: list[OrgMention], anaphora: list[Span]) -> tuple[list[OrgCluster], list[int]]:
    """Merge mentions sharing a form into organizations; RETURNS clusters (first-mention order)
    and each mention's cluster index."""
    expansions = {**lexicon.mapping("known_organizations"), **{m.acronym: m.name for m in mentions if m.acronym and m.source == "acronym"}}
    forms = [mention_forms(doc, m, expansions) for m in mentions]
    parent_of = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent_of[i] != i:
            parent_of[i] = parent_of[parent_of[i]]
            i = parent_of[i]
        return i

    seen: dict[str, int] = {}
    for i, fs in enumerate(forms):
        for key in sorted(form_key(f) for f in fs):
            if key in seen:
                parent_of[find(i)] = find(seen[key])
            else:
                seen[key] = i
    suffix_owners = stem_owners(forms)
    for key, owners in sorted(suffix_owners.items()):
        full_names = {form_key(mentions[i].name) for i in owners}
        if key in seen and len(full_names) == 1:
            for i in owners:
                parent_of[find(i)] = find(seen[key])
    # "Lantern" after "Lantern Pharma": a firm word dropped, when the forms it shortens least are
    # one body by now, and no legal suffix dropped makes the same form ("ONAR" of "ONAR LLC" is not "ONAR Labs").
    for key, owners in sorted(stem_owners(forms, firm_word_stems).items()):
        if key in seen and key not in suffix_owners and len({find(i) for i in owners}) == 1 and not acronym_before_unit_name(mentions[owners[0]].name, expansions):
            parent_of[find(owners[0])] = find(seen[key])
    # "Zorvik" after "Zorvik Padel": the first words of one name with no head word in it, the
    # release's subject (named in its opening: `opening_end`), written after the name in full
    # (before it, the longer name is a thing or a unit of the body: "Zorvik TV").
    for key, owners in sorted(stem_owners(forms, headless_name_stems).items()):
        if key in seen and key not in suffix_owners and len({find(i) for i in owners}) == 1 and mentions[owners[0]].start < min(mentions[seen[key]].start, opening_end(doc)):
            parent_of[find(owners[0])] = find(seen[key])
    for short, owners in sorted(common_tail_owners(mentions).items()):
        if short in seen and len({find(i) for i in owners}) == 1:
            parent_of[find(seen[short])] = find(owners[0])
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    clusters = []
    owner = [0] * len(mentions)
    for members in sorted(groups.values(), key=lambda g: mentions[g[0]].start):
        defined = [mentions[i] for i in members if mentions[i].source == "acronym"]
        names = {mentions[i].name for i in members}
        # A lost possessive of another name never names the body.
        names = {n for n in names if not lost_possessive(n, names)}
        name = defined[0].name if defined else max(names, key=lambda n: (len(n.split()), len(n), n))
        acronym = next((mentions[i].acronym for i in members if mentions[i].acronym), None)
        all_forms = set().union(*(forms[i] for i in members))
        surfaces = {clean_text(doc[mentions[i].start : mentions[i].end].text) for i in members if mentions[i].source not in {"short", "known"}}
        aliases = sorted(a for a in (surfaces | {mentions[i].name for i in members}) - {name, acronym} - {None} if repeated_name(a) is None)
        # Nor is it a form of its own.
        known_keys = {form_key(f) for f in [name, *aliases]}
        aliases = [a for a in aliases if not lost_possessive(a, lambda stem: form_key(stem) in known_keys)]
        parent = next((mentions[i].parent for i in members if mentions[i].parent and form_key(mentions[i].parent) not in {form_key(f) for f in all_forms}), None)
        for i in members:
            owner[i] = len(clusters)
        clusters.append(OrgCluster(name=name, acronym=acronym, aliases=aliases, parent=parent, mentions=members))
    # A parent written as an acronym or alias is given by the parent's own name.
    by_form = {form_key(f): c.name for c in clusters for f in [c.name, c.acronym, *c.aliases] if f}
    for c in clusters:
        if c.parent:
            c.parent = by_form.get(form_key(c.parent), c.parent)
    for span in anaphora:
        head = span.text
        fits = [c for c in clusters if c.name.split()[-1] == head]
        if len(fits) == 1:
            fits[0].anaphora.append(span)
            if head not in fits[0].aliases:
                fits[0].aliases = sorted(fits[0].aliases + [head])
    return clusters, owner


def candidate_mentions(found: list[OrgMention], naming_people: list[int], people_bodies: list[OrgMention]) -> list[OrgMention]:
    """The organization mentions to cluster, in text order: those news_organizations found, less
    those news_people says name people (their indices), with the bodies news_people found."""
    people = set(naming_people)
    return sorted([m for i, m in enumerate(found) if i not in people] + list(people_bodies), key=lambda m: m.start)


class OrganizationClusterer:
    """Set `doc._.candidate_org_mentions` (candidate_mentions), `doc._.candidate_orgs` (OrgCluster
    list) and `doc._.candidate_org_of_mention`; runs after people are found."""

    def __call__(self, doc: Doc) -> Doc:
        people_bodies = [heading_repeat(doc, m) for m in doc._.people_bodies or []]  # "About Juno Maps Juno Maps builds ..." read as a person's name
        mentions = candidate_mentions(doc._.found_org_mentions or [], doc._.found_org_people or [], people_bodies)
        doc._.candidate_org_mentions = mentions
        doc._.candidate_orgs, doc._.candidate_org_of_mention = cluster_organizations(doc, mentions, doc._.org_anaphora)
        return doc


@Language.factory("news_org_clusters")
def make_organization_clusterer(nlp: Language, name: str) -> OrganizationClusterer:
    """Factory for the organization clusterer."""
    return OrganizationClusterer()


LIST_JOINS = re.compile(r",?\s+(?:and|&)\s+|,\s+")


def crypto_asset(name: str) -> bool:
    """"Ethereum", "Bitcoin and Ethereum", "Shiba Inu": a name that is a cryptocurrency, a
    blockchain or a crypto concept (patterns/crypto_assets), or a list of them only, names an
    asset or a network the release trades, stakes or builds on, not a body ("Solana Foundation"
    is one)."""
    assets = lexicon.words("crypto_assets")
    return all(part in assets for part in LIST_JOINS.split(name))


JOINED = re.compile(r"\s+(?:and|&)\s+")


@lru_cache(maxsize=1)
def firm_closers() -> frozenset[str]:
    """Words that close a firm's name after "&"/"and" ("& Co.", "and Sons", "& Associates", a legal suffix), lower case, no dot."""
    return frozenset({"co", "company", "sons", "associates", "partners"} | {w.rstrip(".").lower() for w in lexicon.words("corporate_suffixes")})


def two_names_run_together(org: OrgCluster, names: set[str]) -> bool:
    """"Teck and Vantor Alpine", "Zorvik and Quillby Labs": a name of two names joined by and/&,
    whose second name (or one-word first name) the release gives alone as another organization,
    is two bodies run into one record, not a third body. Not a firm's "& Co." or "and Sons", a
    firm named for two people ("Harvey and Thomas Orthodontics"), a place's name, a name whose
    first part has "of"/"for" ("Bureau of South and Central Asian Affairs") or whose two parts
    share one head word ("U.S. Fish and Wildlife Service")."""
    if " and " not in org.name and "&" not in org.name:
        return False
    parts = JOINED.split(org.name)
    if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
        return False
    left, right = parts
    if len(right.split()) == 1 and right.rstrip(".").lower() in firm_closers():
        return False
    first = left.split()[0]
    if first.upper() in first_names() or jurisdiction(left) is not None or country_name(left):
        return False
    left_words, heads = left.split(), lexicon.words("org_heads") | lexicon.words("corporate_suffixes")
    if any(w.lower() in {"of", "for"} for w in left_words):
        return False  # "Bureau of South and Central Asian Affairs": one name
    if right.split()[-1] in lexicon.words("org_heads") and len(left_words) > 1 and left_words[-1] not in heads:
        return False  # "Environment and Natural Resources Division": two words sharing one head word (a legal suffix closes a firm's own name)
    own = {org.name, *org.aliases}
    # The second name given alone, or a one-word first name ("Teck and BC Alpine"): a longer
    # first name given alone is often a piece the rules cut from this very name ("U.S. Customs").
    return right in names and right not in own or len(left_words) == 1 and left in names and left not in own


HEADING_BREAKS = re.compile(r"[,:;.!?\"“”()–—]| - ")


def heading_line(text: str, start: int, end: int) -> bool:
    """The line holding characters [start, end) is a section heading ("Empowering Agencies with
    White-Label Solutions", "Strategic Liquidity Arrangements with Major Banks"): three words or
    more, every word but a small one capitalized, no punctuation (not a roster or list line: "Jane
    Roe, CEO", "Coca-Cola – 6.44%"), not "About ..." (the boilerplate on a body), and more than the
    name itself ("The Friedkin Group" alone on a line is a list entry)."""
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip()
    words = line.split()
    if len(words) < 3 or HEADING_BREAKS.search(line) or words[0].lower() == "about":
        return False
    if line.removeprefix("The ").removeprefix("the ") == text[start:end]:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in STOP_WORDS for w in words)


def of_common_words(text: str) -> bool:
    """Every content word of the text is a common English word ("Machine Learning", "Major
    Banks"; of a hyphenated word, its last part: "Multi-Party"), none a coined or proper name
    ("Naoris") nor a word in capitals ("IRS Criminal Investigation")."""
    words = [w.strip(",.&'’") for w in text.split()]
    if any(len(part) > 1 and part.isupper() for w in words for part in w.split("-")):
        return False
    return all(is_english_word(w.rpartition("-")[2]) for w in words if w and w.lower() not in STOP_WORDS)


def section_heading_only(org: OrgCluster, mentions: list[OrgMention], doc: Doc) -> bool:
    """A name of common words (of_common_words) the model or a name rule found only inside
    section headings, with no head word or legal suffix ("Major Banks", "White-Label Solutions",
    "Global Expansion"): a phrase of the heading, no body; a body the release names is named in
    its text too, or by a name of its own ("Decentralized Cybersecurity by Naoris")."""
    members = [mentions[i] for i in org.mentions]
    if not members or any(m.source not in {"ner", "rule"} for m in members):
        return False
    tokens, text = doc_tokens(doc), doc_text(doc)
    for m in members:
        first, last = tokens[m.start], tokens[m.end - 1]
        if not heading_line(text, first.idx, last.idx + len(last.text)):
            return False
        if any(is_org_head(t) for t in tokens[m.start : m.end]) or not of_common_words(m.name):
            return False
        if any(country_name(w) or jurisdiction(w) is not None for w in m.name.split()):
            return False  # "Registered as a Natural Health Product with Health Canada": a country's body
    return True


def only_title_words(org: OrgCluster, mentions: list[OrgMention], in_titles: set[int]) -> bool:
    """The model's ORG guesses that only ever stand inside a title ("Commissioner for ... Social
    Development", "Head of International Government Affairs") are words of the title, not bodies."""
    members = [mentions[i] for i in org.mentions]
    return bool(members) and all(m.source == "ner" and in_titles.issuperset(range(m.start, m.end)) for m in members)


def court_in_judge_title(org: OrgCluster, mentions: list[OrgMention], tokens: list[Token]) -> bool:
    """"sentenced by U.S. District Court Judge Jane Roe", "before U.S. District Court Chief Judge
    Jane Roe": a court named only right before a judge's title (a title word may come between)
    and the judge's name is part of the title, no body the release names."""
    members = [mentions[i] for i in org.mentions]

    def before_judge(m: OrgMention) -> bool:
        k = m.end
        if k + 1 < len(tokens) and tokens[k + 1].text in JUDGE_TITLES and is_title_word(tokens[k]):
            k += 1
        # the judge's name or district follows ("Court Judge for the Northern District of ..."):
        # "Navy Judge Advocate General's Corps" is another title
        return k + 1 < len(tokens) and tokens[k].text in JUDGE_TITLES and (tokens[k + 1].ent_type_ == "PERSON" or tokens[k + 1].lower_ in {"for", "of"})

    return bool(members) and all(before_judge(m) for m in members)


JUDGE_TITLES = lexicon.words("judge_titles")


def with_named_bodies(
    orgs: list[OrgCluster], mentions: list[OrgMention], owner: list[int], named: list[OrgCluster], spans: Sequence[Span]
) -> tuple[list[OrgCluster], list[OrgMention], list[int]]:
    """The organizations, then `named` (those a later stage named that no earlier one had); the
    mentions, then `spans` (each joins the organization its kb_id names); RETURNS the organizations,
    the mentions and each mention's organization index. Earlier organizations keep their indices
    and named ones come in the order found, so an index a stage handed out stays valid."""
    orgs = [replace(c, mentions=list(c.mentions)) for c in orgs] + [replace(c, mentions=[]) for c in named]
    mentions, owner = list(mentions), list(owner)
    index: dict[str, int] = {}
    for i, c in enumerate(orgs):
        index.setdefault(c.name, i)
    for span in spans:
        org = index[span.kb_id_]
        orgs[org].mentions.append(len(mentions))
        mentions.append(OrgMention(span.start, span.end, clean_text(span.text), "title"))
        owner.append(org)
    return orgs, mentions, owner


def opening_end(doc: Doc) -> int:
    """The token after the release's opening: the headline and the first two sentences under it
    (the dateline's sentence, where the release names its subject)."""
    end = title_end_token(doc)
    if not doc.has_annotation("SENT_START"):
        return end
    for _ in range(2):
        if end >= len(doc):
            break
        end = sentence_bounds(doc, end)[1]
    return end


def fold_short_forms(orgs: list[OrgCluster], reported: list[OrgCluster], mentions: list[OrgMention], opening: int) -> tuple[list[OrgCluster], list[OrgCluster]]:
    """"Managing Partner of Quillby" where the release reports "Quillby International": an
    organization a later stage named (a title's body) by the first words of exactly one reported
    name with no head word in it (`headless_name_stems`), the release's subject (first named before
    `opening`: opening_end), written after that name in full (not "Zorvik" before "Zorvik TV", a
    thing or a unit of the body), is that organization: its mentions and
    name join it (as an alias), and it is reported no more (cluster_organizations joins such
    mentions of its own; these come from a title's or a role's body). RETURNS the organizations (each index
    kept; a folded one takes the full name, so a role names the body in full) and those reported."""
    owners: dict[str, list[int]] = {}
    for k, c in enumerate(reported):
        for stem in headless_name_stems({c.name}):
            owners.setdefault(form_key(stem), []).append(k)
    first = [min((mentions[i].start for i in c.mentions), default=None) for c in reported]
    folded: dict[int, int] = {}
    for k, c in enumerate(reported):
        into = owners.get(form_key(c.name), [])
        if len(into) == 1 and into[0] != k and into[0] not in folded and first[k] is not None and first[into[0]] is not None and first[into[0]] < min(first[k], opening):
            folded[k] = into[0]
    if not folded:
        return orgs, reported
    merged = {k: replace(c) for k, c in enumerate(reported)}
    for k, target in folded.items():
        short, full = reported[k], merged[target]
        name = short.name if repeated_name(full.name) == short.name else full.name  # "Acme Maps Acme Maps": a heading run into its sentence
        merged[target] = replace(full, name=name, aliases=sorted({*full.aliases, short.name, full.name} - {name} - {n for n in [full.name] if repeated_name(n)}), mentions=sorted({*full.mentions, *short.mentions}))
    new = {id(reported[k]): (merged[folded[k]] if k in folded else merged[k]) for k in merged}
    renamed = {id(reported[k]): replace(reported[k], name=merged[folded[k]].name) for k in folded}
    orgs = [renamed.get(id(c)) or new.get(id(c), c) for c in orgs]
    return orgs, [merged[k] for k in range(len(reported)) if k not in folded]


OWNER_SPLIT = re.compile(r"^(?P<owner>.+?)['’]s (?P<unit>[A-Z].*)$")


def owned_units(orgs: list[OrgCluster], reported: list[OrgCluster]) -> tuple[list[OrgCluster], list[OrgCluster]]:
    """"Senior Vice President of Quillby’s Worldwide Partner Ecosystem": a name a later stage
    took with its owner's possessive, the owner reported as an organization of its own, names the
    unit after the possessive ("Worldwide Partner Ecosystem"), the owner its parent. RETURNS the
    organizations and those reported, renamed (indices kept)."""
    names = {form_key(f): c.name for c in reported for f in (c.name, *c.aliases, c.acronym) if f}
    renamed: dict[int, OrgCluster] = {}
    for c in reported:
        match = OWNER_SPLIT.match(c.name)
        if match and not c.parent and form_key(match.group("owner")) in names and len(match.group("unit").split()) >= 2:
            renamed[id(c)] = replace(c, name=match.group("unit"), parent=names[form_key(match.group("owner"))], aliases=sorted({*c.aliases, c.name}))
    if not renamed:
        return orgs, reported
    return [renamed.get(id(c), c) for c in orgs], [renamed.get(id(c), c) for c in reported]


class FinalOrganizations:
    """Set the organizations every later stage and the records read: `doc._.orgs` (OrgCluster
    list), `doc._.org_mentions`, `doc._.org_of_mention` (with_named_bodies) and
    `doc._.reported_orgs`, those the release reports: all but
    the words of a title (only_title_words), meetings (named_meeting), generic references (generic_reference), world regions (places.world_region), and short forms of another
    (fold_short_forms); runs after news_roles."""

    def __call__(self, doc: Doc) -> Doc:
        # The candidates, then the bodies news_titles named, then those news_roles named: every
        # org index in a Title's Attachment or a RoleLink points into the result.
        orgs, mentions, owner = with_named_bodies(*with_named_bodies(*candidate_organizations(doc), *title_bodies(doc)), *role_bodies(doc))
        doc._.orgs, doc._.org_mentions, doc._.org_of_mention = orgs, mentions, owner
        in_titles = {i for t in doc._.titles or [] for i in range(t.start, t.end)}
        tokens = doc_tokens(doc)
        reported = [c for c in orgs if not only_title_words(c, mentions, in_titles) and not crypto_asset(c.name) and not section_heading_only(c, mentions, doc) and not named_meeting(c, mentions, doc) and not award_title(c.name) and not generic_reference(c.name) and not world_region(c.name) and not court_in_judge_title(c, mentions, tokens)]
        names = {n for c in reported for n in (c.name, *c.aliases)}
        reported = [c for c in reported if not two_names_run_together(c, names)]
        doc._.orgs, doc._.reported_orgs = owned_units(*fold_short_forms(orgs, reported, mentions, opening_end(doc)))
        return doc


@Language.factory("news_org_final")
def make_final_organizations(nlp: Language, name: str) -> FinalOrganizations:
    """Factory for the final organization stage."""
    return FinalOrganizations()
