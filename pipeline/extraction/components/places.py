"""Jurisdictions: the short common name FACTS.md asks for ("U.S." -> "United States").

README architecture table row: Role, Resolution, Event (jurisdictions and places).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import pycountry

from pipeline.extraction import lexicon


@lru_cache(maxsize=4096)
def country_name(text: str) -> Optional[str]:
    """Short common name of a country written as `text`, or None."""
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    aliases = lexicon.mapping("place_names")
    if text in aliases:
        return aliases[text]
    if text in _canonical_names():
        return text
    if len(text) < 4 or not text[:1].isupper():
        return None
    country = _countries().get(text.lower())
    if country is None:
        return None
    name = getattr(country, "common_name", None) or _short(country.name)
    return aliases.get(name, name)


@lru_cache(maxsize=1)
def _countries() -> dict:
    """`pycountry.countries.lookup` as one dictionary: every code and name it looks up
    (lower-cased) to its country, the index `lookup` tries first winning. `lookup` tries its
    indexes one after the other and builds a LookupError for a miss, and nearly every capitalized
    word asked about is no country: 1,410 misses took 0.054 s for the bench's 200 releases."""
    countries = pycountry.countries
    len(countries)  # loads the database, which makes the indexes
    assert not countries.no_index, "pycountry looks up countries by unindexed fields: _countries misses them"
    merged: dict = {}
    for index in reversed(list(countries.indices.values())):
        merged.update(index)
    return merged


@lru_cache(maxsize=1)
def _canonical_names() -> frozenset[str]:
    """The short names place_names.jsonl maps to, including those ISO 3166 no longer lists ("Turkey")."""
    return frozenset(lexicon.mapping("place_names").values())


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """ISO 3166-2:US names: the 50 states, the District of Columbia and the outlying areas (which
    are ISO 3166-1 countries too, so country_name answers for them first)."""
    return frozenset(subdivision.name for subdivision in pycountry.subdivisions.get(country_code="US"))


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """ISO 3166-2 names of two or more words ("Nova Scotia", "Santa Cruz", "New South Wales")."""
    return frozenset(s.name for s in pycountry.subdivisions if " " in s.name)


def region_name(name: str) -> bool:
    """A name of two or more words that is the whole name of a country's region, province or
    state (ISO 3166-2): "Halifax, Nova Scotia", "in Santa Cruz". No person is named that; one-word
    regions ("Victoria", "Georgia") are given names too and stay out."""
    return name in _region_names()


def world_region(name: str) -> bool:
    """A region larger than a country, or its adjective (patterns/world_regions): "Asia Pacific",
    "the Indo-Pacific", "Euro-Atlantic". A place: no person, no organization."""
    return name in lexicon.words("world_regions")


def _short(name: str) -> str:
    """"Iran, Islamic Republic of" -> "Iran"."""
    return name.split(",")[0].strip()


def jurisdiction(text: str) -> Optional[str]:
    """A country, a U.S. state, or a nationality adjective, as the place's short name."""
    country = country_name(text)
    if country:
        return country
    if text in us_states():
        return text
    return lexicon.mapping("demonyms").get(text)


PLACE_PREPOSITIONS = frozenset({"in", "near"})


HOMETOWN_PREPOSITIONS = PLACE_PREPOSITIONS | {"of", "from"}


def place_in_region(doc, start: int, end: int, prepositions: frozenset[str] = PLACE_PREPOSITIONS) -> bool:
    """Tokens [start, end) name a place inside the region named after a comma: "born in Santa
    Monica, California", "based in Remedios, Antioquia", "held in Dana Point, California" ("in"
    or "near" before, a country, a U.S. state or the model's place right after the comma); for a
    person's name, also a hometown after "of"/"from" ("Kaelyn Roe, of Sherwood Park, Alta.":
    HOMETOWN_PREPOSITIONS), not the town a title holder governs ("Mayor of Sewanee, Tennessee")
    nor a name before post-nominals ("of Robert Roe, MD, FACS")."""
    if start < 1 or end + 1 >= len(doc) or doc[start - 1].lower_ not in prepositions or doc[end].text != ",":
        return False
    if doc[start - 1].lower_ == "of" and start >= 2 and doc[start - 2].lower_ in lexicon.lower_words("title_heads"):
        return False  # "the Mayor of Sewanee, Tennessee": the town a title holder governs
    region = doc[end + 1]
    if region.text.replace(".", "") in lexicon.words("title_post_nominals"):
        return False  # "of Robert Roe, MD, FACS": a degree, not Maryland
    return region.ent_type_ in {"GPE", "LOC"} and region.ent_iob_ == "B" or region.text[:1].isupper() and jurisdiction(region.text) is not None


REGION_CODE_COUNTRIES = ("US", "CA")
REGION_CODE_TYPES = frozenset({"State", "District", "Province", "Territory"})


@lru_cache(maxsize=1)
def _region_codes() -> frozenset[str]:
    """The two-letter postal codes of the U.S. states and the District of Columbia and of the
    Canadian provinces and territories (ISO 3166-2: "US-MO" -> "MO", "CA-ON" -> "ON"); not the
    U.S. outlying areas ("MP", "PR", "VI" are a Member of Parliament, PR and a regnal number too)."""
    return frozenset(s.code.split("-")[1] for country in REGION_CODE_COUNTRIES for s in pycountry.subdivisions.get(country_code=country) if s.type in REGION_CODE_TYPES)


def region_code(word: str) -> bool:
    """A U.S. state's or Canadian province's two-letter code, as a city is written before it
    ("St. Charles MO", "Eugene OR", "Kelowna BC")."""
    return len(word) == 2 and word in _region_codes()
