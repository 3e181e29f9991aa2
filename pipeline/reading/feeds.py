"""JSON Lines feeds: one release per line, a JSON object with `id` and `text` (and optional
`title`, `date`, `url`, `source`). A bad line is skipped with its line number."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Iterator, Union

from pipeline.reading.release import ReleaseText, Skipped, Source, make_release
from pipeline.reading.decode import DecodeError, decode, normalize

WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def feed_sources(path: Path, data: bytes) -> Iterator[Union[Source, Skipped]]:
    """One source per non-blank line of the feed; a Skipped for each line that is no release.
    Lines are judged one by one: a damaged line (a NUL byte, invalid UTF-8) is one skipped
    release. A file with NUL bytes and not one good line is binary, skipped as a whole."""
    name = str(path)
    if not data.strip():
        yield Skipped(name, "empty file")
        return
    if data.startswith(WIDE_BOMS):
        # JSON Lines is UTF-8; a feed saved as UTF-16 or UTF-32 is re-encoded first.
        try:
            data = decode(data).encode("utf-8")
        except DecodeError as err:
            yield Skipped(name, str(err))
            return
    data = data.removeprefix(codecs.BOM_UTF8)
    items = [feed_line(name, number, line) for number, line in enumerate(data.split(b"\n"), start=1) if line.strip()]
    if b"\x00" in data and not any(isinstance(item, Source) for item in items):
        yield Skipped(name, "binary file, not text")
        return
    yield from items


def feed_line(name: str, number: int, line: bytes) -> Union[Source, Skipped]:
    """The source one feed line holds, or why it holds none."""
    if b"\x00" in line:
        return Skipped(name, f"binary data: a NUL byte at byte {line.index(0)} of the line", number)
    try:
        fields = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return Skipped(name, f"undecodable bytes: invalid UTF-8 at byte {err.start} of the line", number)
    except (ValueError, RecursionError) as err:
        detail = f"{err.msg} at column {err.colno}" if isinstance(err, json.JSONDecodeError) else type(err).__name__
        return Skipped(name, f"not JSON ({detail})", number)
    if not isinstance(fields, dict):
        return Skipped(name, f"not a JSON object but a {type(fields).__name__}", number)
    release_id = fields.get("id")
    if isinstance(release_id, int) and not isinstance(release_id, bool):
        release_id = str(release_id)
    if not isinstance(release_id, str):
        return Skipped(name, "no 'id' field" if release_id is None else "'id' is not a string", number)
    if "text" not in fields:
        return Skipped(name, "no 'text' field", number, release_id)
    if not isinstance(fields["text"], str):
        return Skipped(name, "'text' is not a string", number, release_id)
    return Source(release_id, name, "feed", line, number, fields)


def parse_feed_item(source: Source) -> ReleaseText:
    """The release of one feed line (raises ReleaseError)."""
    fields = source.fields or {}
    return make_release(source.id, normalize(fields["text"]), fields, source.where, date_field="date")
