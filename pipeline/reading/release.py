"""One release and its sources: the types every reader shares (`ReleaseText`, `Source`,
`Skipped`, `ReleaseError`), front matter, dates and ids. Read by corpus, feeds and webpage."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

import yaml

from pipeline.reading.decode import normalize
from pipeline.reading.layout import first_line_title

# The block must open on the first line; the text starts right after the closing line.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
FRONT_MATTER_KEYS = ("title", "date", "source", "url")
# Ids name releases in the outputs (and feeds may hold anything): no path separators, no
# control characters, no leading dot, so an id can never be read as a path.
ID_MAX_CHARS = 200
UNSAFE_ID = re.compile(r"[/\\\x00-\x1f\x7f]|^\.")
# Dates in metadata: ISO 8601's extended forms, at any precision, optionally with a time of
# day (and fraction, zone); the basic forms ("20210521") and epoch seconds are refused by name.
ISO_DATE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)?)?"
)
ISO_DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|+hh:mm]"


class ReleaseError(ValueError):
    """A release that cannot be read: `reason` says why, `where` names the file (and line)."""

    def __init__(self, reason: str, where: Optional[str] = None):
        self.reason = reason
        self.where = where
        super().__init__(f"{where}: {reason}" if where else reason)


@dataclass(frozen=True)
class ReleaseText:
    """One release as read from disk: `text` is what evidence offsets point into."""

    id: str
    text: str
    title: Optional[str] = None
    date: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None


@dataclass(frozen=True)
class Source:
    """One release as found on disk, not yet decoded: a whole file, or one line of a feed.
    `data` is the bytes the cache key hashes; `fields` the parsed JSON object of a feed line."""

    id: str
    path: str
    kind: str
    data: bytes
    line: Optional[int] = None
    fields: Optional[dict] = None

    @property
    def where(self) -> str:
        """File name, with the line number for a feed line."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Skipped:
    """An input left out of the outputs, and why."""

    path: str
    reason: str
    line: Optional[int] = None
    release_id: Optional[str] = None

    @property
    def where(self) -> str:
        """File name, with the line number for a feed line."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


# libyaml's safe loader when PyYAML was built with it (five times faster), else the Python one.
# Timestamps stay text: `iso_date` checks them and names a bad one ("date: 2021-02-30" is a
# ValueError inside PyYAML's constructor, which would end the whole run).
FAST_YAML_LOADER = type("FastLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
SLOW_YAML_LOADER = type("SlowLoader", (yaml.SafeLoader,), {})
for _loader in (FAST_YAML_LOADER, SLOW_YAML_LOADER):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def load_yaml(block: str) -> object:
    """A YAML block's content (None when empty); on an error, the Python loader's, which says
    what it found where ("expected ',' or ']', but got ':'") where libyaml says less."""
    try:
        return yaml.load(block, Loader=FAST_YAML_LOADER)
    except yaml.YAMLError:
        return yaml.load(block, Loader=SLOW_YAML_LOADER)


def split_front_matter(raw: str, name: Optional[str] = None) -> tuple[dict, str]:
    """Split a YAML front-matter block off `raw`.

    RETURNS (tuple): the metadata dict (empty when there is none) and the text after it.
    """
    match = FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    try:
        meta = load_yaml(match.group(1)) or {}
    except yaml.YAMLError as err:
        # The block starts on the file's second line; marks count lines from 0.
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ReleaseError(f"malformed front matter: {problem}{where}", name) from None
    if not isinstance(meta, dict):
        raise ReleaseError("front matter is not a mapping of keys to values", name)
    return meta, raw[match.end():]


def iso_date(value: object, name: Optional[str] = None, field: str = "front matter date") -> Optional[str]:
    """A `date` field as ISO 8601 at its precision (YYYY, YYYY-MM or YYYY-MM-DD); a date and
    time (ISO_DATE_FORMS) gives its date. Anything else, or an impossible date or time, raises
    a ReleaseError naming the `field` and the value."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = ISO_DATE.fullmatch(text)
    if not match:
        raise ReleaseError(f"{field} {text!r} is not an ISO 8601 date ({ISO_DATE_FORMS})", name)
    year, month, day, hour, minute, second = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
        if hour is not None:
            dt.time(hour, minute, second or 0)
    except ValueError as err:
        raise ReleaseError(f"{field} {text!r} is not a valid date ({err})", name) from None
    return "-".join(part for part in (match.group(1), month and match.group(2), day and match.group(3)) if part)


def text_field(value: object, field: str, name: Optional[str] = None) -> Optional[str]:
    """An optional metadata field as clean text, or None when absent or blank."""
    if value is None:
        return None
    if not isinstance(value, (str, int, float, dt.date)) or isinstance(value, bool):
        raise ReleaseError(f"{field!r} is not text", name)
    return normalize(str(value)).strip() or None


def make_release(release_id: str, text: str, meta: dict, path: Optional[str] = None, date_field: str = "front matter date") -> ReleaseText:
    """A release from normalised text and its metadata (title, date, source, url)."""
    if not text.strip():
        raise ReleaseError("release has no text", path)
    return ReleaseText(
        id=release_id,
        text=text,
        title=text_field(meta.get("title"), "title", path) or first_line_title(text),
        date=iso_date(meta.get("date"), path, date_field),
        source=text_field(meta.get("source"), "source", path),
        url=text_field(meta.get("url"), "url", path),
        path=path,
    )


def parse_release(release_id: str, raw: str, path: Optional[str] = None) -> ReleaseText:
    """Build a release from the decoded content of a .txt or .md file (front matter optional)."""
    meta, text = split_front_matter(normalize(raw), path)
    return make_release(release_id, text, meta, path)


def id_problem(release_id: str) -> Optional[str]:
    """Why `release_id` cannot name a release, or None when it can."""
    if not release_id.strip():
        return "release id is empty"
    if len(release_id) > ID_MAX_CHARS:
        return f"release id is longer than {ID_MAX_CHARS} characters"
    if UNSAFE_ID.search(release_id):
        return f"release id {release_id!r} is not allowed (no '/', '\\', control characters or leading '.')"
    return None
