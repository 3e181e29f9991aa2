"""Reading releases from a corpus folder: .txt/.md (with front matter), saved .html pages and
.jsonl feeds. Bad inputs become `Skipped` entries naming the file, the line and the reason."""

from __future__ import annotations

import datetime as dt
import errno
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

import yaml

from pipeline.decode import DecodeError, decode, normalize

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
# The block must open on the first line; the text starts right after the closing line.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
FRONT_MATTER_KEYS = ("title", "date", "source", "url")
TITLE_MAX_CHARS = 250
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


def first_line_title(text: str) -> Optional[str]:
    """The first line when it reads as a title: short, alone in its paragraph, no final stop."""
    head, _, rest = text.lstrip().partition("\n")
    head = head.strip()
    if not head or len(head) > TITLE_MAX_CHARS or head[-1] in ".!?:;," or not rest.startswith("\n"):
        return None
    return head


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


def release_paths(folder: Path) -> list[Path]:
    """Release files in `folder` (not recursive, hidden files left out), sorted by name; links
    are listed too, for `file_sources` to judge."""
    if not folder.is_dir():
        raise ReleaseError("corpus folder not found", str(folder))
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith(".") and (p.is_file() or p.is_symlink()))


def ignored_paths(folder: Path) -> list[Path]:
    """Files in `folder` left out for their suffix (not hidden ones), sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() not in SUFFIXES and not p.name.startswith(".") and p.is_file())


def link_problem(path: Path) -> Optional[str]:
    """Why the symbolic link `path` is not read, or None when it stays inside its corpus folder:
    an untrusted corpus must not copy files from elsewhere on the machine into the outputs."""
    target = path.resolve()
    if not target.exists():
        return "broken symbolic link"
    if path.parent.resolve() not in target.parents:
        return f"symbolic link to a file outside the corpus folder ({target}): not read"
    if not target.is_file():
        return "symbolic link to something that is not a file"
    return None


def read_bytes(path: Path) -> bytes:
    """The bytes of a file (one place to read from disk, so tests can make it fail)."""
    return path.read_bytes()


def read_failure(err: OSError) -> str:
    """A short reason for a file that could not be read."""
    if isinstance(err, FileNotFoundError):
        return "file vanished before it could be read"
    if isinstance(err, PermissionError):
        return "cannot read file: permission denied"
    return f"cannot read file: {err.strerror or errno.errorcode.get(err.errno or 0, str(err))}"


def file_sources(path: Path) -> Iterator[Union[Source, Skipped]]:
    """The sources one file holds: itself, or the lines of a feed."""
    if path.is_symlink():
        problem = link_problem(path)
        if problem:
            yield Skipped(str(path), problem)
            return
    try:
        data = read_bytes(path)
    except OSError as err:
        yield Skipped(str(path), read_failure(err))
        return
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        from pipeline.feeds import feed_sources

        yield from feed_sources(path, data)
    else:
        yield Source(path.stem, str(path), "html" if suffix in HTML_SUFFIXES else "text", data)


def scan_corpus(folder: Path) -> tuple[list[Source], list[Skipped]]:
    """Every release source in `folder`, in file-name (then line) order, and what was skipped:
    unreadable files, bad feed lines, unsafe or duplicate ids (the first one seen is kept)."""
    skipped: list[Skipped] = []
    sources = list(iter_sources(folder, skipped))
    return sources, skipped


def iter_sources(folder: Path, skipped: list[Skipped]) -> Iterator[Source]:
    """Like `scan_corpus`, one source at a time (a large corpus is never held whole); what is
    skipped is appended to `skipped`. A missing folder raises here, not when iterating."""
    paths = release_paths(folder)

    def sources() -> Iterator[Source]:
        seen: dict[str, str] = {}
        for path in paths:
            for item in file_sources(path):
                if isinstance(item, Skipped):
                    skipped.append(item)
                    continue
                reason = id_problem(item.id)
                if reason is None and item.id in seen:
                    reason = f"duplicate release id {item.id!r}, first seen in {seen[item.id]}"
                if reason:
                    skipped.append(Skipped(item.path, reason, item.line, item.id))
                    continue
                seen[item.id] = item.where
                yield item

    return sources()


def parse_source(source: Source) -> ReleaseText:
    """Decode and parse one source into a release (raises ReleaseError)."""
    if source.kind == "feed":
        from pipeline.feeds import parse_feed_item

        return parse_feed_item(source)
    try:
        raw = decode(source.data)
    except DecodeError as err:
        raise ReleaseError(str(err), source.where) from None
    if source.kind == "html":
        from pipeline.webpage import parse_page

        return parse_page(source.id, raw, source.where)
    return parse_release(source.id, raw, source.where)


def read_release(path: Path) -> ReleaseText:
    """Read one .txt, .md or .html release file (raises ReleaseError)."""
    items = list(file_sources(path))
    if isinstance(items[0], Skipped):
        raise ReleaseError(items[0].reason, str(path))
    return parse_source(items[0])


def read_corpus(folder: Path) -> Iterator[ReleaseText]:
    """Yield every release in `folder`; the first bad input raises ReleaseError."""
    sources, skipped = scan_corpus(folder)
    if skipped:
        raise ReleaseError(skipped[0].reason, skipped[0].where)
    for source in sources:
        yield parse_source(source)
