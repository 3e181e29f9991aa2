"""Reading releases from a corpus folder: front matter, title, text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import yaml

SUFFIXES = (".txt", ".md")
# The block must open on the first line; the text starts right after the closing line.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
FRONT_MATTER_KEYS = ("title", "date", "source", "url")
TITLE_MAX_CHARS = 250


class ReleaseError(ValueError):
    """A release file that cannot be read; the message names the file and the problem."""


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


def split_front_matter(raw: str, name: str = "<text>") -> tuple[dict, str]:
    """Split a YAML front-matter block off `raw`.

    RETURNS (tuple): the metadata dict (empty when there is none) and the text after it.
    """
    match = FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise ReleaseError(f"{name}: malformed front matter: {err}".replace("\n", " ")) from None
    if not isinstance(meta, dict):
        raise ReleaseError(f"{name}: front matter is not a mapping of keys to values")
    return meta, raw[match.end():]


def iso_date(value: object, name: str = "<text>") -> Optional[str]:
    """Front-matter `date` as ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", text)
    if not match:
        raise ReleaseError(f"{name}: front matter date {text!r} is not an ISO 8601 date")
    return match.group(0)


def first_line_title(text: str) -> Optional[str]:
    """The first line when it reads as a title: short, alone in its paragraph, no final stop."""
    head, _, rest = text.lstrip().partition("\n")
    head = head.strip()
    if not head or len(head) > TITLE_MAX_CHARS or head[-1] in ".!?:;," or not rest.startswith("\n"):
        return None
    return head


def parse_release(release_id: str, raw: str, path: Optional[str] = None) -> ReleaseText:
    """Build a release from the raw file content."""
    name = path or release_id
    meta, text = split_front_matter(raw, name)
    if not text.strip():
        raise ReleaseError(f"{name}: release has no text")
    title = meta.get("title")
    return ReleaseText(
        id=release_id,
        text=text,
        title=str(title).strip() if title else first_line_title(text),
        date=iso_date(meta.get("date"), name),
        source=str(meta["source"]).strip() if meta.get("source") else None,
        url=str(meta["url"]).strip() if meta.get("url") else None,
        path=path,
    )


def release_paths(folder: Path) -> list[Path]:
    """Release files in `folder` (not recursive), sorted by name."""
    if not folder.is_dir():
        raise ReleaseError(f"{folder}: corpus folder not found")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_release(path: Path) -> ReleaseText:
    """Read one release file (UTF-8)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReleaseError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    return parse_release(path.stem, raw, str(path))


def read_corpus(folder: Path) -> Iterator[ReleaseText]:
    """Yield every release in `folder`, in file-name order."""
    for path in release_paths(folder):
        yield read_release(path)
