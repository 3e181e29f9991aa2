"""Damage a source did to its text before we got it, and the few helpers rules use to read through it.

The DOJ releases (ids ``doj-``, parsed from saved justice.gov pages; see SOURCES.md of the shared
corpus) went through a scrape that dropped the non-ASCII characters: the 24 DOJ releases of
corpus/ hold none. Straight ASCII marks survived where the original typed them ("EPA's", '"');
the curly ones did not:

- curly apostrophes (’): a possessive reads as a plural or a plain word ("Department of Justices
  Antitrust Division", "the AGACs Criminal Practice Subcommittee", "John Cockerhams state"), and
  a name with an apostrophe inside runs together ("BenAry" for Ben’Ary, "ODonnell");
- dashes (– —): the dateline runs into the lede ("WASHINGTON The Justice Department ..."), read
  by pipeline.reading.layout.DATELINE; an aside runs into its sentence;
- curly quotes (“ ”): a quotation loses its marks;
- non-breaking spaces: words run together ("Todayspleais");
- accented letters: "Fortuo" for Fortuño (SOURCES.md's example).
Rules read through the lost apostrophes (with the helpers below) and the dateline's lost dash; no
rule reads through the rest.

The text is never repaired before parsing: evidence offsets point into the text as it is. The
helpers below say how the damage is recognised; each rule states the construction around it.

A lost possessive is a word (or a whole name) ending in "s" whose stem -- the rest, at least two
characters -- is a form known to own things: an organization's head word or known name, a person
already named, an acronym. The same text also holds true plurals ("the Offices of the U.S.
Attorneys"), so a rule reads a lost possessive only where its construction confirms it: a
capitalized unit ending in a head word after an owner body, a unit after a one-word acronym, the
name of a person the release names elsewhere.

README architecture table row: Organization, Person, Role (text a source damaged).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import Optional, Union

from spacy.tokens import Span

from pipeline.extraction.components.tokens import doc_text

# A set of known forms, or a test of one.
Known = Union[Container[str], Callable[[str], bool]]

MIN_STEM_CHARS = 2
_GLUED_NAME_PART = re.compile(r"([A-Z][a-z]+)[A-Z]")


def possessive_stem(word: str) -> Optional[str]:
    """`word` without the "s" a lost apostrophe left behind ("Justices" -> "Justice"), or None when
    it cannot be a possessive: no final "s", or a stem under two characters."""
    if len(word) <= MIN_STEM_CHARS or not word.endswith("s"):
        return None
    return word[:-1]


def lost_possessive(word: str, known: Known) -> Optional[str]:
    """The owner when `word` reads as a possessive that lost its apostrophe: its stem, if the stem
    is a known form ("AGACs" -> "AGAC" with known=str.isupper), else None. `word` may be a whole
    name ("Department of Justices")."""
    stem = possessive_stem(word)
    if stem is None:
        return None
    is_known = known if callable(known) else known.__contains__
    return stem if is_known(stem) else None


def lost_possessive_owner(span: Span) -> Optional[str]:
    """The owner a span names when its last word is a possessive that lost its apostrophe: "Department
    of Justices" -> "Department of Justice" (the words before it as written, one space, the stem);
    None when the last word cannot be one."""
    stem = possessive_stem(span[-1].text) if len(span) else None
    if stem is None:
        return None
    return (span[:-1].text + " " if len(span) > 1 else "") + stem


def part_before_lost_apostrophe(word: str) -> Optional[str]:
    """The capitalized part a name ran into the next one with when its inner apostrophe was lost:
    "BenAry" (Ben’Ary) -> "Ben"; None when no such part opens the word. A candidate only: "McCord"
    gives "Mc", so the caller confirms the part (a given name, ...)."""
    match = _GLUED_NAME_PART.match(word)
    return match.group(1) if match else None


def glued_repeat(word: str) -> bool:
    """A heading glued to the sentence under it where a feed lost the line break, both opening
    with the same name: "About Survale" + "Survale's ..." reads "SurvaleSurvale"."""
    half = len(word) // 2
    return len(word) >= 4 and len(word) % 2 == 0 and word[:half] == word[half:]


_GLUED_THE = re.compile(r"(?<=[a-z])The ")


def repeated_name(name: str) -> Optional[str]:
    """The name a heading and the sentence under it both open with, where a feed lost the line
    break between them: "About Cloudbench" + "Cloudbench is ..." reads "CloudbenchCloudbench",
    "About Partners Group" + "Partners Group is ..." reads "Partners Group Partners Group" (a
    one-word name twice with a space between may be a name: "Walla Walla"); None when `name` is no
    name written twice."""
    name = _GLUED_THE.sub("", name)  # "About The Timken Company" + "The Timken Company is ..."
    if glued_repeat(name):
        return name[: len(name) // 2]
    half = len(name) // 2
    if len(name) % 2 and name[half] == " " and name[:half] == name[half + 1 :] and " " in name[:half]:
        return name[:half]
    return None


_GLUED_SENTENCE = re.compile(r"[a-z](?:The|This|These|Our|We|With|Founded|Since|Today|As|At|While|Despite|Amid|After|From|When|For|To)$")


_GLUED_CLOSING_PARENTHESIS = re.compile(r"\w\)[–—-]?\w")


def glued_after_parenthesis(word: str) -> bool:
    """A name glued to the closing parenthesis of a dateline's wire credit or a ticker before
    it where a feed lost the space: "(BUSINESS WIRE)–Acme Corporation" tokenized "WIRE)–Acme",
    "(Nasdaq: ACME)Acme Corp." tokenized "ACME)Acme"."""
    return _GLUED_CLOSING_PARENTHESIS.search(word) is not None


def glued_sentence_start(word: str) -> bool:
    """A heading's last word glued to the first word of the sentence under it where a feed lost
    the line break: "Ankara ClinicThe service is led by ...", "Support OperationsThe company
    operates ...", "Groundbreaking FeaturesAs the project ..." (not a word a brand writes in two
    capitals: "LinkedIn", "AddOn", "SpA")."""
    return _GLUED_SENTENCE.search(word) is not None


CURLY_APOSTROPHE = "’"


def keeps_curly_apostrophes(doc) -> bool:
    """A text that holds a curly apostrophe anywhere kept them all: its words ending in "s"
    ("Amadeus Fire AG") are plain words, never possessives that lost their mark."""
    return CURLY_APOSTROPHE in doc_text(doc)
