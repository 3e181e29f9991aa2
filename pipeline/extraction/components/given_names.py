"""Given names and surnames from the U.S. census lists shipped by the `names` package.

README architecture table row: Person (evidence of a person).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

import names as census_names
from spacy.tokens import Token


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names of the census lists, upper case."""
    folder = Path(census_names.__file__).parent
    found = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in (folder / part).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(line.split()[0])
    return frozenset(found)


# A given name below this rank of the census lists (by frequency; "JAMES" is 1) is rare as a name.
RARE_GIVEN_NAME_RANK = 1500


@lru_cache(maxsize=1)
def given_name_ranks() -> dict[str, int]:
    """Rank of each census given name (upper case) by frequency, the better of the two lists."""
    folder = Path(census_names.__file__).parent
    ranks: dict[str, int] = {}
    for part in ("dist.male.first", "dist.female.first"):
        for line in (folder / part).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) == 4:
                ranks[fields[0]] = min(ranks.get(fields[0], int(fields[3])), int(fields[3]))
    return ranks


@lru_cache(maxsize=65536)
def census_form(word: str) -> str:
    """A word as the census lists spell names: upper case, accents dropped ("María" -> "MARIA",
    "Zúñiga" -> "ZUNIGA"); the lists hold ASCII letters only."""
    if word.isascii():
        return word.upper()
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).upper()


def given_name_rank(word: str) -> Optional[int]:
    """The census rank of a given name ("Dean" -> its rank by frequency), None for a word no list holds."""
    return given_name_ranks().get(census_form(word))


def is_first_name(token: Token) -> bool:
    """A capitalized word that is a common given name ("Gina", "Tom", "Héctor")."""
    return token.text[:1].isupper() and census_form(token.text) in first_names()


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames of the census list, upper case."""
    path = Path(census_names.__file__).parent / "dist.all.last"
    return frozenset(line.split()[0] for line in path.read_text(encoding="ascii").splitlines() if line.strip())


def is_surname(token: Token) -> bool:
    """A capitalized word that is a census surname ("Arzate", "Smith"), or a hyphenated pair of
    them ("Ramos-Ruiz" is one token or three)."""
    parts = census_form(token.text).split("-")
    return token.text[:1].isupper() and all(p in surnames() for p in parts)


@lru_cache(maxsize=1)
def _lemma_index() -> dict[int, frozenset[str]]:
    """The lemmatizer tables' index (WordNet's) that ships with the default spaCy model: part of
    speech (a string hash) -> its lower-case words. Empty if the model has none."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from pipeline import DEFAULT_MODEL

    try:
        folder = next(get_package_path(DEFAULT_MODEL).glob("**/lemmatizer/lookups"))
    except (StopIteration, ModuleNotFoundError):
        return {}
    index = Lookups().from_disk(folder).get_table("lemma_index")
    return {part: frozenset(index[part]) for part in index.keys()}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: the nouns, verbs, adjectives and adverbs of the lemmatizer
    tables (`_lemma_index`). Empty if the model has none."""
    return frozenset().union(*_lemma_index().values())


def is_english_word(word: str) -> bool:
    """A common English word, or its plural ("Tools", "Labs", "Picks"), that is no census given
    name: "Download", "Merger", "Store", not "Gina" (a surname like "Smith" is a word too)."""
    lower = word.lower()
    if not lower.isalpha() or word.upper() in first_names():
        return False
    return _in_english_words(lower)


def _in_english_words(lower: str) -> bool:
    words = english_words()
    return lower in words or lower.endswith("s") and lower[:-1] in words or lower.endswith("es") and lower[:-2] in words


def is_common_word(word: str) -> bool:
    """A common English word (is_english_word), or one that is also a rare given name of the
    census lists: "Golden", "Liberty", "Marine", "Delta" name things far more often than people
    ("Golden Globe", "Delta Dental"); "Grant", "Mark" (frequent given names) do not count."""
    if is_english_word(word):
        return True
    lower = word.lower()
    return lower.isalpha() and given_name_ranks().get(word.upper(), 0) > RARE_GIVEN_NAME_RANK and _in_english_words(lower)


# Endings of English nouns made from other words ("production", "publisher", "bakery", "therapy"):
# a proper name that WordNet lists as a noun ("Gallaudet", "Putin") has none of them.
DERIVED_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "er", "or", "ery", "ing", "ship", "ism", "ist", "ure", "age", "phy", "apy", "ogy", "ry")


@lru_cache(maxsize=1)
def _non_noun_words() -> frozenset[str]:
    """The verbs, adjectives and adverbs of the lemmatizer tables (english_words without the
    nouns), where the proper names WordNet lists ("putin", "gallaudet", "musk") never are."""
    from spacy.strings import hash_string

    noun = hash_string("noun")
    return frozenset().union(*(words for part, words in _lemma_index().items() if part != noun))


def is_ordinary_word(word: str) -> bool:
    """A common English word (is_english_word) that is no proper name WordNet happens to list:
    also a verb, adjective or adverb ("Downtown", "Legal", "Farm"), or a noun with a derived
    ending ("Production", "Publisher", "Bakery"); not "Gallaudet", "Putin", "Musk", "Bout"."""
    if not is_english_word(word):
        return False
    lower = word.lower()
    stems = {lower, lower[:-1] if lower.endswith("s") else lower, lower[:-2] if lower.endswith("es") else lower}
    return any(s in _non_noun_words() for s in stems) or any(s.endswith(DERIVED_NOUN_ENDINGS) for s in stems)
