"""Where a release's headline and dateline are: pure functions of its text, read by the reader
(a release's title) and by extraction (the dateline record; rules that distrust the headline)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from pipeline.extraction import lexicon

TITLE_MAX_CHARS = 250


def first_line_title(text: str) -> Optional[str]:
    """The first line when it reads as a title: short, alone in its paragraph, no final stop."""
    head, _, rest = text.lstrip().partition("\n")
    head = head.strip()
    if not head or len(head) > TITLE_MAX_CHARS or head[-1] in ".!?:;," or not rest.startswith("\n"):
        return None
    return head


# An upper-case place opening a paragraph, an optional "(Service)", then a dash, a comma, or a
# capitalized word (the source of the DOJ releases lost its dashes: "WASHINGTON The ...").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"(?:,?\s*\((?P<source>[^)]{2,40})\))?"
    r"\s*(?:[–—-]+\s*|,\s+|\s+(?=[A-Z][a-z]))",
    re.MULTILINE,
)
PARAGRAPHS_SEARCHED = 4


@dataclass(frozen=True)
class Dateline:
    """Place and news service, with their character offsets."""

    place: str
    place_start: int
    source: Optional[str] = None
    source_start: Optional[int] = None


def find_dateline(text: str) -> Optional[Dateline]:
    """The dateline in the first paragraphs, or None."""
    offset = 0
    for paragraph in text.split("\n\n")[:PARAGRAPHS_SEARCHED]:
        start = offset + len(paragraph) - len(paragraph.lstrip())
        match = DATELINE.match(text, start)
        offset += len(paragraph) + 2
        if not match:
            continue
        place = match.group("place").rstrip(".,")
        letters = re.sub(r"[^A-Za-z]", "", place)
        if len(letters) < 4 or place in lexicon.mapping("known_organizations"):
            continue
        source = match.group("source")
        return Dateline(place, match.start("place"), source, match.start("source") if source else None)
    return None
