"""OUT/facts.sqlite: the records as a SQLite database (built with sqlite-utils).

Tables (keys in brackets, -> a foreign key):
- `releases` [id]: title, dateline, source, published, url, text; full-text index `releases_fts`
  over title and text.
- `people_index` [id], `organizations_index` [id]: the corpus-wide entries of index/*.csv.
- one table per record type, [id] a number in output order, `release_id` -> releases:
  `people` (person_id -> people_index), `organizations` (organization_id -> organizations_index),
  `roles` (person_id, organization_id), `resolutions` (parties in `resolution_bodies`:
  resolution_id -> resolutions, organization_id -> organizations_index), `events` (host_id).
- `sentences` [id]: every evidence sentence once (release_id, start, text); full-text index
  `sentences_fts`.
- `evidence` [id]: record_type ('people', 'roles'...), record_id (the id in that table),
  release_id, start, end, mention, sentence_id -> sentences.
Lists (aliases, acronyms) are JSON arrays (SQLite's json_each reads them). Indexes on
release_id, names, dates, kinds and ids.

The file is built in a temporary file beside its final name without a journal (a failed
build is thrown away, never repaired) and renamed into place with the other outputs. The same
records give the same bytes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import sqlite_utils

from pipeline.outputs.index import CorpusIndex
from pipeline.extraction.records import Release

RELEASE_COLUMNS = {"id": str, "title": str, "dateline": str, "source": str, "published": str, "url": str, "text": str}
INDEX_COLUMNS = {"id": str, "name": str, "aliases": str, "release_count": int, "first_published": str, "last_published": str}
# Record tables: columns (besides id and release_id), and the foreign keys to the index.
RECORD_TABLES = {
    "people": ({"person_id": str, "name": str, "aliases": str}, [("person_id", "people_index", "id")]),
    "organizations": (
        {"organization_id": str, "name": str, "acronym": str, "aliases": str, "parent": str},
        [("organization_id", "organizations_index", "id")],
    ),
    "roles": (
        {"person_id": str, "organization_id": str, "person": str, "title": str, "organization": str},
        [("person_id", "people_index", "id"), ("organization_id", "organizations_index", "id")],
    ),
    "resolutions": ({"kind": str, "body": str, "date": str, "subject": str}, []),
    "events": ({"host_id": str, "name": str, "start": str, "end": str, "location": str, "host": str}, [("host_id", "organizations_index", "id")]),
}
INDEXED = {
    "releases": [["published"], ["source"]],
    "people": [["name"]], "organizations": [["name"]], "roles": [["title"]],
    "resolutions": [["kind"], ["date"]], "events": [["name"], ["start"]],
    "people_index": [["name"]], "organizations_index": [["name"]],
    "evidence": [["record_type", "record_id"], ["sentence_id"]], "resolution_bodies": [["organization_id"]],
}  # fmt: skip
BATCH = 2000  # rows per insert


class FactsDatabase:
    """Build facts.sqlite at `path` (a new or empty file): `add` each release with its ids set
    (pipeline.outputs.index.with_ids), then `finish`."""

    def __init__(self, path: Path, index: CorpusIndex, published: dict[str, Optional[str]]):
        self.path = Path(path)
        self.db = sqlite_utils.Database(str(path))
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self._rows: dict[str, list[dict]] = {}
        self._next: dict[str, int] = {}
        self._sentences: dict[tuple[int, str], int] = {}  # of the current release
        self._create(index, published)

    def _create(self, index: CorpusIndex, published: dict[str, Optional[str]]) -> None:
        db = self.db
        db["releases"].create(RELEASE_COLUMNS, pk="id")
        for table, entries, extra in (
            ("people_index", index.people, {}),
            ("organizations_index", index.organizations, {"acronyms": str, "parents": str}),
        ):
            db[table].create({**INDEX_COLUMNS, **extra}, pk="id")
            db[table].insert_all((self._entry(e, published, extra) for e in entries), batch_size=BATCH)
        for table, (columns, keys) in RECORD_TABLES.items():
            db[table].create({"id": int, "release_id": str, **columns}, pk="id", foreign_keys=[("release_id", "releases", "id"), *keys])
        db["resolution_bodies"].create(
            {"resolution_id": int, "organization_id": str}, pk=("resolution_id", "organization_id"),
            foreign_keys=[("resolution_id", "resolutions", "id"), ("organization_id", "organizations_index", "id")],
        )
        db["sentences"].create({"id": int, "release_id": str, "start": int, "text": str}, pk="id", foreign_keys=[("release_id", "releases", "id")])
        db["evidence"].create(
            {"id": int, "record_type": str, "record_id": int, "release_id": str, "start": int, "end": int, "mention": str, "sentence_id": int},
            pk="id", foreign_keys=[("release_id", "releases", "id"), ("sentence_id", "sentences", "id")],
        )

    @staticmethod
    def _entry(entry, published: dict[str, Optional[str]], extra: dict) -> dict:
        dates = sorted(d for d in (published.get(r) for r in entry.releases) if d)
        row = {
            "id": entry.id, "name": entry.name, "aliases": entry.aliases, "release_count": len(entry.releases),
            "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
        }
        row.update({column: getattr(entry, column) for column in extra})
        return row

    def _put(self, table: str, row: dict) -> int:
        """Queue a row; RETURNS the id it gets (tables without their own id return 0)."""
        number = self._next.get(table, 1)
        if "id" not in row and table != "resolution_bodies":
            row = {"id": number, **row}
            self._next[table] = number + 1
        rows = self._rows.setdefault(table, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self._flush()
        return number

    def _flush(self) -> None:
        # Parents before children, so every foreign key points at a row already there.
        for table in ("releases", "sentences", *RECORD_TABLES, "resolution_bodies", "evidence"):
            rows = self._rows.pop(table, None)
            if rows:
                self.db[table].insert_all(rows, batch_size=BATCH)

    def add(self, release: Release, text: Optional[str]) -> None:
        """Queue one release (records with their ids) and its text."""
        self._sentences = {}
        fields = {c: getattr(release, c) for c in RELEASE_COLUMNS if c != "text"}
        self._put("releases", {**fields, "text": text})
        for kind, (columns, _) in RECORD_TABLES.items():
            for record in getattr(release, kind):
                values = {c: getattr(record, c) for c in columns}
                number = self._put(kind, {"release_id": release.id, **values})
                if kind == "resolutions":
                    for organization_id in dict.fromkeys(record.body_ids):
                        self._put("resolution_bodies", {"resolution_id": number, "organization_id": organization_id})
                for ev in record.evidence:
                    self._put("evidence", {
                        "record_type": kind, "record_id": number, "release_id": release.id, "start": ev.start, "end": ev.end,
                        "mention": ev.mention, "sentence_id": self._sentence(release.id, ev.sentence_start, ev.sentence),
                    })

    def _sentence(self, release_id: str, start: int, sentence: str) -> int:
        key = (start, sentence)
        if key not in self._sentences:
            self._sentences[key] = self._put("sentences", {"release_id": release_id, "start": start, "text": sentence})
        return self._sentences[key]

    def close(self) -> None:
        """Close the file without finishing it (a failed run throws it away)."""
        try:
            self.db.close()
        except Exception:  # noqa: BLE001 - already failing; the folder goes anyway
            pass

    def finish(self) -> None:
        """Write what is queued, then the indexes and the full-text indexes; close the file."""
        self._flush()
        for table in RECORD_TABLES:
            self.db[table].create_index(["release_id"])
        for table in ("roles",):
            self.db[table].create_index(["person_id"])
            self.db[table].create_index(["organization_id"])
        self.db["people"].create_index(["person_id"])
        self.db["organizations"].create_index(["organization_id"])
        self.db["events"].create_index(["host_id"])
        self.db["evidence"].create_index(["release_id"])
        self.db["sentences"].create_index(["release_id"])
        for table, columns in INDEXED.items():
            for column in columns:
                self.db[table].create_index(column)
        self.db["sentences"].enable_fts(["text"], fts_version="FTS5", tokenize="porter")
        self.db["releases"].enable_fts(["title", "text"], fts_version="FTS5", tokenize="porter")
        self.db["sentences_fts"].optimize()
        self.db["releases_fts"].optimize()
        self.db.conn.commit()
        self.db.close()
        fd = os.open(self.path, os.O_RDONLY)  # written without a journal: flush it to disk now
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
