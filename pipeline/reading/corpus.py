"""Reading releases from a corpus folder: .txt/.md (with front matter), saved .html pages and
.jsonl feeds. Bad inputs become `Skipped` entries naming the file, the line and the reason."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Iterator, Optional, Union

from pipeline.reading.decode import DecodeError, decode
from pipeline.reading.feeds import feed_sources, parse_feed_item
from pipeline.reading.release import ReleaseError, ReleaseText, Skipped, Source, id_problem, parse_release
from pipeline.reading.webpage import parse_page

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES


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
        return parse_feed_item(source)
    try:
        raw = decode(source.data)
    except DecodeError as err:
        raise ReleaseError(str(err), source.where) from None
    if source.kind == "html":
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
