"""Acronym definitions: "International Labour Organization (ILO)".

Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions
in biomedical text": the long form is the shortest text before "(SF)" whose words hold
the short form's characters in order, the first one starting a word. Reported precision
96%, recall 82%; it misses short forms that are whole words ("ENTERPRISES") and finds
only the shortest long form. We add two steps on top: the long form is extended left over
the rest of its capitalized name ("U.S. Securities and Exchange Commission (SEC)"), and
when the characters do not match, an organization name ending right before the
parenthesis is accepted whole. Nested definitions are read through:
"Asia-Pacific Economic Cooperation (APEC) Business Advisory Council (ABAC)".

README architecture table row: Organization (acronym and long form), Role (title acronyms), Resolution (concept acronyms in subjects).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extraction.contract import ACRONYM_SHORT_SPANS, ACRONYM_SPANS, BODY, CONCEPT, OTHER, TITLE
from pipeline.extraction import lexicon
from pipeline.extraction.components.tokens import (
    NOT_NAME_START,
    POSSESSIVE,
    doc_text,
    doc_tokens,
    is_acronym_like,
    is_capitalized,
    is_org_head,
)
from pipeline.extraction.components.tokens import sentence_bounds, with_text
from pipeline.extraction.components.organizations import known_full_name, of_common_words, opens_with_known_full_name, owned_product
from pipeline.extraction.components.source_damage import glued_sentence_start, keeps_curly_apostrophes, possessive_stem

MAX_SHORT_TOKENS = 4
CHAIN_JOINERS = frozenset({",", "and", "of", "for", "on", "&", "-", "/"})


@dataclass(frozen=True)
class Definition:
    """A long form (token range) defined by a short form (token range), and what it names."""

    long_start: int
    long_end: int
    short_start: int
    short_end: int
    kind: str


def schwartz_hearst_start(short: str, long: str) -> int | None:
    """Character index in `long` where the shortest matching long form starts, or None."""
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars:
        return None
    text = long.lower()
    s_index, l_index = len(chars) - 1, len(text) - 1
    while s_index >= 0:
        char = chars[s_index]
        while l_index >= 0 and (
            text[l_index] != char or (s_index == 0 and l_index > 0 and text[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        if s_index == 0:
            return l_index
        l_index -= 1
        s_index -= 1
    return None


def short_form_candidates(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of "( SF )" whose content looks like an acronym."""
    tokens = doc_tokens(doc)
    found = []
    for token in with_text(doc, {"("}):
        if token.text != "(":
            continue
        for end in range(token.i + 2, min(token.i + 2 + MAX_SHORT_TOKENS, len(doc))):
            if _closes(tokens[end].text):
                text = doc[token.i + 1 : end].text
                if is_acronym_like(text) or _is_mixed_acronym(doc[token.i + 1 : end]):
                    found.append((token.i + 1, end))
                break
            if tokens[end].text == "(" or tokens[end].is_sent_start:
                break
    return found


def _closes(text: str) -> bool:
    """A closing parenthesis, alone or glued to punctuation by the tokenizer ("):", ");")."""
    return text.startswith(")") and all(not c.isalnum() for c in text)


def _is_mixed_acronym(span: Span) -> bool:
    """Short forms like "Africa CDC": one capitalized word and one acronym."""
    return len(span) == 2 and is_capitalized(span[0]) and is_acronym_like(span[1].text)


def window_tokens(doc: Doc, paren: int, max_words: int) -> list[int]:
    """Token indices before the "(" at `paren`, in the same sentence, skipping inner parentheses."""
    tokens: list[int] = []
    i, words, depth = paren - 1, 0, 0
    sent_start = sentence_bounds(doc, paren)[0]
    while i >= sent_start and words < max_words:
        text = doc[i].text
        if text == ")":
            depth += 1
        elif text == "(":
            depth = max(0, depth - 1)
        elif depth == 0:
            tokens.append(i)
            if not doc[i].is_punct:
                words += 1
        i -= 1
    return tokens[::-1]


def _text_with_offsets(doc: Doc, indices: list[int]) -> tuple[str, list[int]]:
    parts, starts, pos = [], [], 0
    for n, i in enumerate(indices):
        starts.append(pos)
        parts.append(doc[i].text)
        pos += len(doc[i].text)
        if n + 1 < len(indices):
            parts.append(" ")
            pos += 1
    return "".join(parts), starts


def long_form_start(doc: Doc, short_start: int, short_end: int) -> int | None:
    """First token of the long form defined by the short form at [short_start, short_end)."""
    short = doc[short_start:short_end].text
    n_chars = sum(c.isalnum() for c in short)
    indices = window_tokens(doc, short_start - 1, min(n_chars + 5, n_chars * 2))
    if not indices:
        return None
    text, starts = _text_with_offsets(doc, indices)
    at = schwartz_hearst_start(short, text)
    if at is not None:
        first = max(n for n, s in enumerate(starts) if s <= at)
        return extend_left(doc, indices[first])
    return org_chain_start(doc, short_start - 1, short)


def extend_left(doc: Doc, start: int) -> int:
    """Extend a long form left over the capitalized words of the same name, and over
    "of"/"for"/"on" when an organization head stands before it ("Department of Veterans Affairs")."""
    sent_start = sentence_bounds(doc, start)[0]
    i = start
    while i - 1 >= sent_start:
        prev = doc[i - 1]
        if lost_known_owner(doc, i - 1, sent_start):
            break  # "U.S. Immigration and Customs Enforcements Homeland Security Investigations (HSI)"
        if glued_sentence_start(prev.text):
            break  # "Growing AnticipationThe United States Securities and Exchange Commission (SEC)": a heading glued to the sentence
        if prev.lower_ in NOT_NAME_START or prev.text in POSSESSIVE or prev.ent_type_ in {"PERSON", "DATE"}:
            if prev.lower_ == "the" and i - 3 >= sent_start and _head_before_preposition(doc, i - 2):
                i -= 2
                continue
            break
        if is_capitalized(prev) or (prev.text in {"-", "/"} and not prev.whitespace_):
            i -= 1
            continue
        if _head_before_preposition(doc, i - 1):
            i -= 1
            continue
        break
    return i


def lost_known_owner(doc: Doc, k: int, first: int) -> bool:
    """Token k ends a known body's name ("Immigration and Customs Enforcements") with the "s" of
    a possessive whose apostrophe was lost (see source_damage): the owner, not part of the long
    form after it."""
    stem = possessive_stem(doc[k].text)
    if stem is None or not doc[k].text[0].isupper() or keeps_curly_apostrophes(doc):
        return False
    return any(known_full_name(" ".join([t.text for t in doc[j:k]] + [stem])) for j in range(max(first, k - 6), k + 1))


def _head_before_preposition(doc: Doc, i: int) -> bool:
    """Token i is "of"/"for"/"on" right after an organization head ("Department of")."""
    return i - 1 >= sentence_bounds(doc, i)[0] and doc[i].lower_ in {"of", "for", "on"} and is_org_head(doc[i - 1])


def org_chain_start(doc: Doc, paren: int, short: str) -> int | None:
    """Start of an organization name ending right before "(", when the short form is one of its words."""
    end = paren
    if end == 0 or not is_org_head(doc[end - 1]):
        return None
    i = end - 1
    sent_start = sentence_bounds(doc, paren)[0]
    while i - 1 >= sent_start:
        prev = doc[i - 1]
        if is_capitalized(prev) and prev.lower_ not in NOT_NAME_START:
            i -= 1
        elif prev.text in CHAIN_JOINERS and i - 2 >= sent_start and is_capitalized(doc[i - 2]):
            i -= 1
        else:
            break
    words = {t.lower_ for t in doc[i:end]}
    return i if short.lower().replace("/", "") in words or short.lower() in words else None


def name_head(span: Span):
    """Head word of a name: the word before its first "of/for/on" complement, else the last word
    ("Executive Office for Immigration Review" -> "Office")."""
    for token in span[1:]:
        if token.lower_ in {"of", "for", "on"}:
            prev = span.doc[token.i - 1]
            if prev.is_alpha:
                return prev
            break
    return next((t for t in reversed(span) if t.is_alpha), span[-1])


def classify(doc: Doc, start: int, end: int, short: str) -> str:
    """What a long form names: a body, a concept, a title or something else (a law, a program)."""
    span = doc[start:end]
    content = [t for t in span if t.is_alpha and not t.is_stop and not t.is_sent_start]
    head = name_head(span)
    if head.lower_ in lexicon.lower_words("title_heads") and head.i == span.end - 1:
        return TITLE
    if not any(t.text[0].isupper() for t in content) or short[-1:] == "s" and short[:-1].isupper():
        return CONCEPT
    if is_org_head(head):
        return BODY
    if owned_product(doc_tokens(doc), start, end):
        return OTHER  # "its Vantor Rewards (VR) program": a programme or a product of its owner
    if head.text in lexicon.words("not_org_heads") or span[-1].text in lexicon.words("not_org_heads"):
        return OTHER
    if is_org_head(span[-1]) or opens_with_known_full_name(span.text):
        return BODY
    if head.lower_ in lexicon.lower_words("title_heads"):
        return TITLE
    if head.text in lexicon.words("not_org_heads"):
        return OTHER
    if is_org_head(head) or short in lexicon.mapping("known_organizations"):
        return BODY
    if concept_long_form(span, head):
        return CONCEPT
    ner_orgs = sum(1 for t in span if t.ent_type_ == "ORG")
    return BODY if ner_orgs * 2 >= len(span) else OTHER


def about_heading(span: Span) -> bool:
    """The release has a line opening "About <span text>": the boilerplate section on a body."""
    text, name = doc_text(span.doc), span.text.rstrip(",;: ")
    return f"\nAbout {name}" in text or text.startswith(f"About {name}")


def concept_long_form(span: Span, head: Token) -> bool:
    """"Machine Learning (ML)", "Multi-Party Computation (MPC)", "Diversity, Equity, and Inclusion
    (DEI)", "Environmental, Social and Governance (ESG)": a long form of common English words only,
    with no organization head, legal suffix or firm ending ("Acme Consulting"), that is headed by an
    abstract noun (patterns/concept_noun_endings) or lists words in a series with a comma, names a
    concept, not a body. The model often tags such phrases ORG. Not a name the release gives an
    "About X" section, as it does a company's ("About Below Zero Wrestling")."""
    if about_heading(span) or not of_common_words(span.text) or any(is_org_head(t) or t.text in lexicon.words("firm_name_ends") for t in span):
        return False
    if head.text in lexicon.words("group_nouns"):
        return False  # "the Caribbean Community (CARICOM)": a group of members is a body
    series = any(t.text == "," for t in span) and any(t.lower_ in {"and", "&"} for t in span)
    return series or any(head.lower_.endswith(ending) for ending in lexicon.words("concept_noun_endings"))


def _plausible_long_form(doc: Doc, start: int, end: int, defined: list[Definition]) -> bool:
    """A long form runs through no person name and no parenthesis other than a defined short form."""
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return False
    inner_shorts = {d.short_start - 1 for d in defined}
    return all(t.text != "(" or t.i in inner_shorts for t in doc[start:end])


def find_definitions(doc: Doc) -> list[Definition]:
    """Every acronym definition in the doc, in text order."""
    found = []
    for short_start, short_end in short_form_candidates(doc):
        start = long_form_start(doc, short_start, short_end)
        if start is None:
            continue
        long_end = short_start - 1
        # The long form ends before the parenthesis; a possessive or "the" cannot start it.
        while start < long_end and (doc[start].lower_ in NOT_NAME_START or doc[start].text in POSSESSIVE):
            start += 1
        if start >= long_end or not _plausible_long_form(doc, start, long_end, defined=found):
            continue
        short = doc[short_start:short_end].text
        found.append(Definition(start, long_end, short_start, short_end, classify(doc, start, long_end, short)))
    return found


class AcronymDetector:
    """Store acronym definitions as spans: ACRONYM_SPANS (long forms, label = short form,
    kb_id = what it names) and ACRONYM_SHORT_SPANS (short forms, same order); read them with
    `contract.acronym_definitions`."""

    def __call__(self, doc: Doc) -> Doc:
        definitions = find_definitions(doc)
        doc.spans[ACRONYM_SPANS] = [
            Span(doc, d.long_start, d.long_end, label=doc[d.short_start : d.short_end].text, kb_id=d.kind)
            for d in definitions
        ]
        doc.spans[ACRONYM_SHORT_SPANS] = [Span(doc, d.short_start, d.short_end, label=d.kind) for d in definitions]
        return doc


@Language.factory("news_acronyms")
def make_acronym_detector(nlp: Language, name: str) -> AcronymDetector:
    """Factory for the acronym detector."""
    return AcronymDetector()
