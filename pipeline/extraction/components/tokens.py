"""Token predicates shared by the rule components (pure functions over spaCy tokens).

README architecture table row: every row (token predicates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from pipeline.reading.layout import find_dateline, first_line_title
from pipeline.extraction.contract import DATELINE_CHARS, ENTITIES, SENT_STARTS, TEXT, TITLE_END, TOKENS, WORD_POSITIONS
from pipeline.extraction import lexicon

FUNCTION_WORDS = frozenset({"of", "for", "on", "and", "the", "in", "to", "at", "&"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"})
# Words a name never starts with, though a heading or sentence start capitalizes them:
# determiners, quantifiers ("Each AuPack", "Every member") and "About" of an "About <Company>" heading.
NOT_NAME_START = DETERMINERS | frozenset({"each", "every", "any", "another", "your", "my", "about"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
SPACED_DASHES = frozenset({"-", "–", "—"})
APOSTROPHE_S = re.compile(r"['’]s$")
ACRONYM_TEXT = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Za-z][A-Za-z0-9./&\-]*$")


def spaced_dash(tokens, i: int) -> bool:
    """Token i (of a Doc or its token list) is a dash set off by spaces on both sides ("Jane Roe -
    CEO, Acme", "OmniDuct - Leading"), not a hyphen."""
    return 0 < i < len(tokens) and tokens[i].text in SPACED_DASHES and bool(tokens[i - 1].whitespace_) and bool(tokens[i].whitespace_)


def is_capitalized(token: Token) -> bool:
    """A word that starts with a capital letter or digit-led code ("U.S.", "ILO", "Inter", "COP27")."""
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))) and not token.is_punct


def is_acronym_like(text: str) -> bool:
    """Two or more capitals in a short code ("ILO", "U.S.", "COOP/SSE", "UNHCR-USA")."""
    return len(text) <= 15 and bool(ACRONYM_TEXT.match(text.replace(" ", "")))




def opens_dateline(token: Token) -> bool:
    """A word of the release's dateline place ("WASHINGTON Uniteam Marine ...", "HAMBURG, GERMANY -"),
    never part of a name after it, unless an organization head follows it."""
    doc = token.doc
    if DATELINE_CHARS not in doc.user_data:
        dateline = find_dateline(doc_text(doc))
        doc.user_data[DATELINE_CHARS] = (dateline.place_start, dateline.place_start + len(dateline.place)) if dateline else (0, 0)
    start, end = doc.user_data[DATELINE_CHARS]
    # The dateline pattern can run into a name in capitals: "WASHINGTON JGC Corporation has ...".
    nxt = doc_tokens(doc)[token.i + 1] if token.i + 1 < len(doc) else None
    return start <= token.idx < end and not (nxt is not None and is_org_head(nxt))


DATELINE_SEPARATORS = frozenset(",-–—")


def dateline_place(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) lie in the release's dateline place, set off on its line by a comma or
    a dash ("ANN ARBOR, Mich., June 4, 2025": a city, though "Ann" is a given name). A heading
    alone on its line ("SECRETARY JANE ROE") also matches the dateline pattern and is not taken."""
    tokens = doc_tokens(doc)
    if end <= start:
        return False
    opens_dateline(tokens[start])  # memoizes the dateline's place range
    low, high = doc.user_data[DATELINE_CHARS]
    last = tokens[end - 1]
    if not (low <= tokens[start].idx and last.idx + len(last) <= high):
        return False
    return doc_text(doc)[high:high + 3].lstrip(" ")[:1] in DATELINE_SEPARATORS


def ends_line(token: Token) -> bool:
    """A line ends at `token`: it is a line break, or one follows it."""
    return "\n" in token.text_with_ws


def joined_to_next(token: Token) -> bool:
    """True when the token is glued to the next one by a hyphen or slash ("Inter-Agency")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.whitespace_:
        return False
    nxt = doc_tokens(doc)[token.i + 1]
    return nxt.text in {"-", "/", "–"} or token.text in {"-", "/", "–"}


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token i (that of `doc[i].sent`), from the sentence starts
    listed once per release: each `Token.sent` checks the Doc's annotation and builds two Spans
    (about 6 microseconds). No rule component moves a sentence boundary."""
    if SENT_STARTS not in doc.user_data:
        doc.user_data[SENT_STARTS] = [sent.start for sent in doc.sents]
    starts = doc.user_data[SENT_STARTS]
    if not -len(doc) <= i < len(doc):
        raise IndexError(f"token {i} of a Doc of {len(doc)} tokens")  # as `doc[i]`
    k = bisect_right(starts, i % len(doc)) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


CLAUSE_OPENER_POS = frozenset({"ADP", "SCONJ", "CCONJ", "ADV"})


def opens_clause(token: Token) -> bool:
    """A capitalized function word -- preposition, conjunction or adverb ("With", "While", "And",
    "However") -- that opens a sentence or heading and that the model glued onto the name after it
    ("With Kaplan", "While Fountain Superstore"): it is no part of a name."""
    starts = token.is_sent_start or token.i > 0 and doc_tokens(token.doc)[token.i - 1].is_space
    return bool(starts) and token.is_stop and token.pos_ in CLAUSE_OPENER_POS and is_capitalized(token)


def strip_determiner(span: Span) -> Span:
    """Drop a leading determiner ("the", "Each", a heading's "About") or dateline ("WASHINGTON"),
    and a trailing possessive ("'s") or line break."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = doc_tokens(doc)
    while start < end and (tokens[start].lower_ in NOT_NAME_START or end - start > 1 and (opens_dateline(tokens[start]) or opens_clause(tokens[start]))):
        start += 1
    while end > start and (tokens[end - 1].text in POSSESSIVE or tokens[end - 1].is_space):
        end -= 1  # the model's entity can run over the line break after it: "Meet the Local Owners\n\n"
    while end > start and tokens[end - 1].is_punct and tokens[end - 1].text not in {".", ")"}:
        end -= 1
    return doc[start:end]


@lru_cache(maxsize=65536)
def clean_text(text: str) -> str:
    """Tidy a surface form: single spaces, no space before closing punctuation, no possessive
    (cached: the rules tidy the same few thousand forms again and again)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,;:)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = APOSTROPHE_S.sub("", text)
    return text.strip(" ,;:")


def head_word(span: Span) -> str:
    """Last alphabetic word of a span (the head of an English name)."""
    for token in reversed(span):
        if token.is_alpha or token.text.rstrip(".").isalpha():
            return token.text
    return span[-1].text if len(span) else ""


# The words `is_org_head` can be true of (a scan for head words looks these up: `with_text`).
ORG_HEAD_TEXTS = lexicon.words("org_heads") | lexicon.words("corporate_suffixes")


def is_org_head(token: Token) -> bool:
    """A capitalized word that heads an organization name ("Department", "Unit", "Inc.", "AG" after
    a name; a plural before of/for: plural_head), but not the second half of a hyphenated modifier ("Inter-Agency Task Force")."""
    text = token.text
    if text not in ORG_HEAD_TEXTS:
        return text[-1:] == "s" and plural_head(token)  # most words: no need to look at the word before
    if token.i >= 1:
        prev = doc_tokens(token.doc)[token.i - 1]
        if prev.text == "-" and not prev.whitespace_:
            return False
    if is_capitalized(token) and text in lexicon.words("org_heads"):
        return True
    return is_corporate_suffix(token)


def plural_head(token: Token) -> bool:
    """"National Institutes of Health", "Centers for Disease Control", "Boys & Girls Clubs of
    America": a plural head word that names one body (patterns/plural_org_heads), after a
    capitalized word and before "of"/"for" and a capitalized word, heads the body's name."""
    text = token.text
    if text[-1:] != "s" or text not in lexicon.words("plural_org_heads"):
        return False
    tokens = doc_tokens(token.doc)
    i = token.i
    if i < 1 or i + 2 >= len(tokens) or not is_capitalized(tokens[i - 1]) or tokens[i + 1].lower_ not in {"of", "for"}:
        return False
    after = tokens[i + 2] if tokens[i + 2].lower_ != "the" or i + 3 >= len(tokens) else tokens[i + 3]
    return is_capitalized(after)


def is_corporate_suffix(token: Token) -> bool:
    """A legal-form suffix after a capitalized name word ("Drig Partner AG", "Connpanny LLP",
    "ZEAL Network SE"), not after a title or determiner ("the AG's office")."""
    if token.text not in lexicon.words("corporate_suffixes") or token.i == 0:
        return False
    tokens = doc_tokens(token.doc)
    prev = tokens[token.i - 1]
    if prev.text == "," and token.i >= 2:  # "Acme, Inc."
        prev = tokens[token.i - 2]
    if not is_capitalized(prev) or prev.lower_ in NOT_NAME_START:
        return False
    # A title word alone before it is a title ("Deputy AG"); after a name word it is part of the
    # company's name ("Drig Partner AG").
    before = tokens[prev.i - 1] if prev.i > 0 else None
    return not is_title_word(prev) or before is not None and (is_capitalized(before) or lower_camel_case(before.text)) and not is_title_word(before) and before.lower_ not in NOT_NAME_START


def lower_camel_case(word: str) -> bool:
    """A brand written with a small first letter and a capital inside ("inGroup", "eToro",
    "iCapital"): a word of a company's name before its legal form ("inGroup International LLC")."""
    return len(word) >= 3 and word.isalpha() and word[0].islower() and any(c.isupper() for c in word[1:])


def is_honorific(token: Token) -> bool:
    """An honorific of patterns/honorifics.jsonl, with or without its stop ("Mr", "Mrs.")."""
    text, honorifics = token.text, lexicon.words("honorifics")
    return text in honorifics or text.rstrip(".") in honorifics


def is_title_word(token: Token) -> bool:
    """A title head or modifier word ("director", "Deputy")."""
    lower = token.lower_
    return lower in lexicon.lower_words("title_heads") or lower in lexicon.lower_words("title_modifiers")




def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once per release (`Doc.text` joins every token on each call)."""
    if TEXT not in doc.user_data:
        doc.user_data[TEXT] = doc.text
    return doc.user_data[TEXT]


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, built once per release: `for t in doc` and `doc[i]` build a new Token
    object on every call. Index this list in scans. The list holds the Doc (Doc -> user_data ->
    Token -> Doc), so the last rule component drops it with `forget_tokens`."""
    try:
        return doc.user_data[TOKENS]  # one lookup: the rules call this about 500 times a release
    except KeyError:
        tokens = doc.user_data[TOKENS] = list(doc)
        return tokens


def word_positions(doc: Doc) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The indices of the tokens of each word form, and of each lower-case form, of the Doc, read
    once per release: a scan for a few words (`with_text`, `with_lower`) looks them up instead of
    reading every token's `text` or `lower_` (each read builds a new string)."""
    if WORD_POSITIONS not in doc.user_data:
        by_orth: dict[int, list[int]] = {}
        by_lower_hash: dict[int, list[int]] = {}
        for i, (orth, lower) in enumerate(doc.to_array([ORTH, LOWER]).tolist()):  # hashes: no Token, no string per token
            by_orth.setdefault(orth, []).append(i)
            by_lower_hash.setdefault(lower, []).append(i)
        strings = doc.vocab.strings
        by_text = {strings[orth]: positions for orth, positions in by_orth.items()}
        by_lower = {strings[lower]: positions for lower, positions in by_lower_hash.items()}
        doc.user_data[WORD_POSITIONS] = (by_text, by_lower)
    return doc.user_data[WORD_POSITIONS]


def _tokens_at(doc: Doc, index: dict[str, list[int]], words) -> list[Token]:
    """The tokens whose form (a key of `index`) is one of `words`, in text order."""
    if len(words) <= len(index):
        return _tokens_of(doc, [index[w] for w in words if w in index])
    return _tokens_of(doc, [positions for w, positions in index.items() if w in words])


def _tokens_of(doc: Doc, hits: list[list[int]]) -> list[Token]:
    """The tokens at the positions of `hits` (lists of positions, none in two), in text order."""
    if not hits:
        return []
    tokens = doc_tokens(doc)
    return [tokens[i] for i in (hits[0] if len(hits) == 1 else sorted(i for positions in hits for i in positions))]


def with_text(doc: Doc, words) -> list[Token]:
    """The tokens whose text is one of `words` (a set or mapping), in text order: the tokens a
    `for token in doc_tokens(doc): if token.text in words` scan would go on with."""
    return _tokens_at(doc, word_positions(doc)[0], words)


def with_lower(doc: Doc, words) -> list[Token]:
    """The tokens whose lower-case form is one of `words` (a set or mapping), in text order."""
    return _tokens_at(doc, word_positions(doc)[1], words)


def with_text_where(doc: Doc, test) -> list[Token]:
    """The tokens whose text passes `test` (a function of the text alone), in text order: each
    word form of the Doc is tested once."""
    return _tokens_of(doc, [positions for text, positions in word_positions(doc)[0].items() if test(text)])


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """The model's entities, built once per release (`doc.ents` builds every Span on each call;
    no rule component changes them)."""
    if ENTITIES not in doc.user_data:
        doc.user_data[ENTITIES] = doc.ents
    return doc.user_data[ENTITIES]


def forget_tokens(doc: Doc) -> None:
    """Drop the `doc_tokens` and `doc_entities` memos, so the Doc is freed without waiting for
    the cycle collector."""
    doc.user_data.pop(TOKENS, None)
    doc.user_data.pop(ENTITIES, None)


SUBTITLE_MIN_WORDS = 8


def title_end(doc: Doc) -> int:
    """Character offset where the release's title line ends (0 when the text has no title line).

    Title-case lines defeat the model and the capitalization rules alike, so rules that rely on
    capitals only trust a title line for names already found in the body.
    """
    if TITLE_END not in doc.user_data:
        text = doc_text(doc)
        end = 0
        title = first_line_title(text)
        while title and (end == 0 or is_title_cased(title) and len(title.split()) >= SUBTITLE_MIN_WORDS):
            # A title-cased deck right after the title belongs to the headline (a byline
            # such as "Office of the Spokesperson" is shorter and stays text).
            end = text.index(title, end) + len(title)
            title = first_line_title(text[end:])
        doc.user_data[TITLE_END] = end
    return doc.user_data[TITLE_END]


def is_title_cased(line: str) -> bool:
    """Most words of four letters or more start with a capital, as in a headline."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def in_title(token: Token) -> bool:
    """True for tokens of the title line."""
    return token.idx < title_end(token.doc)


def title_end_token(doc: Doc) -> int:
    """Index of the first token after the headline."""
    return next((t.i for t in doc_tokens(doc) if not in_title(t)), len(doc))
