"""Long releases: read in pieces cut at paragraph breaks, then merged into one record with
every offset shifted back into the whole text.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters), its parser and NER need about
1 GB of memory per 100,000 characters, and person clustering grows with the square of a Doc's
mentions; pieces of at most PIECE_CHARS keep all three in bounds. What a piece cannot see: a
short name ("Smith") in one piece is not linked to the full name in another, so it stays a
person of its own; records with the same name are merged.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from pipeline.reading.release import ReleaseText
from pipeline.extraction.records import Evidence, Release

PIECE_CHARS = 100_000
# Where to cut, best first: a paragraph break, a line break, a space; else anywhere.
CUTS = ("\n\n", "\n", " ")


def piece_bounds(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Character ranges of the pieces: consecutive, covering `text`, each at most `size` long.

    RETURNS (list): (start, end) pairs.
    """
    bounds = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        end = limit
        for cut in CUTS:
            found = text.rfind(cut, start + 1, limit)
            if found > start:
                end = min(found + len(cut), limit)
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def split_release(release: ReleaseText, size: int = PIECE_CHARS) -> list[tuple[int, ReleaseText]]:
    """The pieces of a release, each with the offset of its first character."""
    return [(start, replace(release, text=release.text[start:end])) for start, end in piece_bounds(release.text, size)]


def shifted(evidence: list[Evidence], offset: int) -> list[Evidence]:
    """Evidence moved from a piece's offsets to the whole text's."""
    return [
        e.model_copy(update={"start": e.start + offset, "end": e.end + offset, "sentence_start": e.sentence_start + offset})
        for e in evidence
    ]


def merge_named(records: list, fields: Sequence[str]) -> list:
    """Records of the same `name` as one: aliases joined, evidence in text order, and for each
    of `fields` the first value a piece gives."""
    merged: dict[str, object] = {}
    for record in records:
        first = merged.get(record.name)
        if first is None:
            merged[record.name] = record
            continue
        update = {
            "aliases": list(dict.fromkeys(first.aliases + record.aliases)),
            "evidence": sorted(first.evidence + record.evidence, key=lambda e: (e.start, e.end)),
        }
        update.update({f: getattr(first, f) or getattr(record, f) for f in fields})
        merged[record.name] = first.model_copy(update=update)
    return list(merged.values())


def first_per_key(records: list, key) -> list:
    """The first record of each `key`, as one Doc keeps one role, instrument or event per key."""
    kept: dict = {}
    for record in records:
        kept.setdefault(key(record), record)
    return list(kept.values())


def merge_pieces(pieces: Sequence[tuple[int, Release]]) -> Release:
    """One record of a release from the records of its pieces: release fields from the first
    piece (the dateline is at the head), facts from all, offsets into the whole text."""
    facts: dict[str, list] = {"people": [], "organizations": [], "roles": [], "resolutions": [], "events": []}
    for offset, piece in pieces:
        for kind, records in facts.items():
            records.extend(r.model_copy(update={"evidence": shifted(r.evidence, offset)}) for r in getattr(piece, kind))
    return pieces[0][1].model_copy(
        update={
            "people": merge_named(facts["people"], ()),
            "organizations": merge_named(facts["organizations"], ("acronym", "parent")),
            "roles": first_per_key(facts["roles"], lambda r: (r.person, r.title, r.organization)),
            "resolutions": first_per_key(facts["resolutions"], lambda r: (r.kind, r.body, r.date, (r.subject or "").lower())),
            "events": first_per_key(facts["events"], lambda e: (e.name, e.start, e.end)),
        }
    )
