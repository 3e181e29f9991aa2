"""Per-release cache of extraction results, so a run re-extracts only what changed.

A release's key hashes its source bytes (the whole file, or its line of a feed), its id and
format, and the pipeline version: this package's code and patterns, the model's name and
version, and the versions of the libraries that read or extract. Any change to one of them
misses. The cache is one SQLite file in the output folder, committed after every batch, so a
killed run keeps what it had extracted. A release whose extraction failed is remembered too,
and so are the digests of the last outputs: a run that would write the same files again
leaves them as they are.

A cache is disposable: one SQLite finds damaged (on open, or by `PRAGMA quick_check`) is set
aside as `releases.sqlite3.damaged` and rebuilt, and one that cannot be written (read-only) is
bypassed; both with a warning. One locked by another process raises CacheLocked.
"""

from __future__ import annotations

import hashlib
import json
import importlib.metadata
import os
import re
import sqlite3
from pathlib import Path
from typing import Callable, Iterable, Optional

from pipeline import __version__
from pipeline.reading.release import ReleaseText, Source
from pipeline.extraction.records import Release

CACHE_FILE = Path(".cache") / "releases.sqlite3"
PACKAGE_DIR = Path(__file__).resolve().parent
CODE_SUFFIXES = (".py", ".json", ".jsonl")
LIBRARIES = (
    "spacy", "thinc", "numpy", "pydantic", "dateparser", "nameparser", "pycountry", "names", "PyYAML",
    "charset-normalizer", "ftfy", "trafilatura", "htmldate", "justext", "lxml",
)  # fmt: skip
SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (key TEXT PRIMARY KEY, release TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS labels (version TEXT PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outputs (run TEXT NOT NULL, name TEXT NOT NULL, digest TEXT NOT NULL);
"""
RELEASE_FIELDS = ("id", "text", "title", "date", "source", "url")
DAMAGED_SUFFIX = ".damaged"
# SQLite's words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) and quick_check's findings.
DAMAGE = re.compile(r"malformed|not a database|quick_check|corrupt|encrypted", re.IGNORECASE)
# How long a write waits for another connection's lock before "database is locked".
BUSY_SECONDS = 2.0


class CacheLocked(Exception):
    """Another process holds a lock on the cache file."""

    def __init__(self, path: Path, detail: str):
        self.path = path
        super().__init__(f"the cache {path} is locked by another process ({detail})")


def cannot_write(err: sqlite3.Error) -> bool:
    """True for SQLite's errors about a file or folder it may not write."""
    text = str(err).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def installed_version(name: str) -> str:
    """Version of an installed distribution, or 'none'."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def model_version(model: str) -> str:
    """The installed version of a model package, or the content of a model folder's meta.json."""
    meta = Path(model) / "meta.json"
    if meta.is_file():
        return hashlib.sha256(meta.read_bytes()).hexdigest()
    return installed_version(model)


def pipeline_version(model: str) -> str:
    """Hash of everything that decides a release's records, besides the release itself."""
    digest = hashlib.sha256(f"news-facts {__version__}\0model {model} {model_version(model)}\0".encode())
    for name in LIBRARIES:
        digest.update(f"{name} {installed_version(name)}\0".encode())
    for path in sorted(p for p in PACKAGE_DIR.rglob("*") if p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts):
        digest.update(f"{path.relative_to(PACKAGE_DIR).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def source_key(source: Source, version: str) -> str:
    """Cache key of one release source under one pipeline version."""
    digest = hashlib.sha256(f"{version}\0{source.kind}\0{source.id}\0".encode())
    digest.update(source.data)
    return digest.hexdigest()


def run_key(version: str, keys: Iterable[str], skipped: Iterable[object]) -> str:
    """What a run's outputs are made of: the pipeline, its releases in order, what it skipped."""
    digest = hashlib.sha256(version.encode())
    for key in keys:
        digest.update(f"\0{key}".encode())
    for item in skipped:
        digest.update(f"\1{item}".encode())
    return digest.hexdigest()


def file_digest(path: Path) -> Optional[str]:
    """SHA-256 of a file's bytes, or None when it is missing."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:  # in pieces: an output can be larger than memory should hold
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class Cache:
    """Releases and their records by key, in OUT/.cache/releases.sqlite3. The file is made on
    the first write, so a run that fails before extracting anything leaves no trace. `warn`
    receives one line when the cache is set aside or bypassed."""

    def __init__(self, out: Path, version: str, read: bool = True, warn: Callable[[str], None] = lambda line: None):
        self.path = out / CACHE_FILE
        self.version = version
        self.read = read
        self.warn = warn
        self.bypassed = False
        self._label: Optional[str] = None
        self.db: Optional[sqlite3.Connection] = None
        self._kept: dict[str, tuple[str, str]] = {}  # key -> (text, record JSON), only while bypassed
        if self.path.exists():
            try:
                self.db = self.open()
                self.check(self.db)
            except sqlite3.DatabaseError as err:
                self.recover(err)

    def open(self) -> sqlite3.Connection:
        """Connect (creating the file) and create the tables."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
        try:
            db.executescript(SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def check(db: sqlite3.Connection) -> None:
        """Raise sqlite3.DatabaseError unless SQLite finds the file sound and writable."""
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"quick_check: {problems[0]}")
        db.execute("INSERT OR REPLACE INTO labels VALUES ('write check', '')")  # a lock and a journal, then undone
        db.rollback()

    def recover(self, err: sqlite3.DatabaseError) -> None:
        """After `err` opening or checking the cache: raise CacheLocked, bypass a cache that
        cannot be written, or set a damaged one aside and start a new one."""
        if self.db is not None:
            self.db.close()
            self.db = None
        detail = " ".join(str(err).split())
        if "locked" in detail.lower():
            raise CacheLocked(self.path, detail) from None
        if isinstance(err, sqlite3.OperationalError) and cannot_write(err):
            self.bypass(detail)
            return
        if not DAMAGE.search(detail):
            raise err  # the machine's trouble (a full disk, an I/O error), not the file's
        aside = self.path.with_name(self.path.name + DAMAGED_SUFFIX)
        try:
            os.replace(self.path, aside)
            for extra in ("-journal", "-wal", "-shm"):
                self.path.with_name(self.path.name + extra).unlink(missing_ok=True)
        except OSError as move:
            self.bypass(f"{detail}; it cannot be moved aside: {move.strerror}")
            return
        self.warn(f"warning: the cache {self.path} is damaged ({detail}): set aside as {aside.name}, rebuilding it")

    def bypass(self, detail: str) -> None:
        """Run without the cache: nothing read from it, nothing written to it."""
        self.bypassed, self.read = True, False
        self.warn(f"warning: the cache {self.path} cannot be written ({detail}): running without it, every release is extracted")

    def writable(self) -> Optional[sqlite3.Connection]:
        """The connection, made on first use; None when the cache is bypassed."""
        if self.db is None and not self.bypassed:
            try:
                self.db = self.open()
            except sqlite3.OperationalError as err:
                if not cannot_write(err):
                    raise
                self.bypass(" ".join(str(err).split()))
            except PermissionError as err:
                self.bypass(err.strerror)
        return self.db

    def get(self, key: str, source: Source) -> Optional[tuple[ReleaseText, Release]]:
        """The release and record stored under `key`, or None."""
        if not self.read or self.db is None:
            return None
        row = self.db.execute("SELECT release, record FROM releases WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        release = ReleaseText(**json.loads(row[0]), path=source.where)
        return release, Release.model_validate_json(row[1])

    def stored(self, key: str) -> tuple[str, Release]:
        """The text and record this run found or put under `key` (whatever `read` says): how the
        outputs are written from disk, one release at a time."""
        if self.writable() is None:  # bypassed: `put` kept them in memory
            text, record = self._kept[key]
            return text, Release.model_validate_json(record)
        row = self.db.execute("SELECT json_extract(release, '$.text'), record FROM releases WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(f"no cached release under {key}")
        return row[0], Release.model_validate_json(row[1])

    def put(self, key: str, release: ReleaseText, record: Release) -> None:
        """Store one release and its record (committed by `commit`)."""
        fields = json.dumps({f: getattr(release, f) for f in RELEASE_FIELDS}, ensure_ascii=False)
        if self.writable() is not None:
            self.db.execute("INSERT OR REPLACE INTO releases VALUES (?, ?, ?)", (key, fields, record.model_dump_json()))
        else:  # no cache on disk: this run's outputs are written from memory instead
            self._kept[key] = (release.text, record.model_dump_json())

    def failure(self, key: str) -> Optional[str]:
        """Why extracting the release under `key` failed before, or None."""
        if not self.read or self.db is None:
            return None
        row = self.db.execute("SELECT reason FROM failures WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def fail(self, key: str, reason: str) -> None:
        """Remember that extraction failed (the same pipeline would fail again)."""
        if self.writable() is not None:
            self.db.execute("INSERT OR REPLACE INTO failures VALUES (?, ?)", (key, reason))

    def outputs_intact(self, out: Path, run: str) -> bool:
        """True when the outputs in `out` are exactly what an earlier run of the same `run_key` wrote."""
        if not self.read or self.db is None:
            return False
        rows = self.db.execute("SELECT name, digest FROM outputs WHERE run = ?", (run,)).fetchall()
        return bool(rows) and all(file_digest(out / name) == digest for name, digest in rows)

    def wrote(self, out: Path, run: str, paths: Iterable[Path]) -> None:
        """Remember the outputs a run wrote, by digest."""
        db = self.writable()
        if db is None:
            return
        db.execute("DELETE FROM outputs")
        db.executemany("INSERT INTO outputs VALUES (?, ?, ?)", ((run, p.relative_to(out).as_posix(), file_digest(p)) for p in paths))

    @property
    def label(self) -> Optional[str]:
        """The `pipeline` label of the facts this version produced, once a model was loaded."""
        if self._label is None and self.db is not None:
            row = self.db.execute("SELECT label FROM labels WHERE version = ?", (self.version,)).fetchone()
            self._label = row[0] if row else None
        return self._label

    @label.setter
    def label(self, value: str) -> None:
        self._label = value
        if self.writable() is not None:
            self.db.execute("INSERT OR REPLACE INTO labels VALUES (?, ?)", (self.version, value))

    def commit(self) -> None:
        """Make what was stored so far permanent."""
        if self.db is not None:
            self.db.commit()

    def keep_only(self, keys: Iterable[str]) -> None:
        """Forget every release and failure not under one of `keys`, and other versions' labels."""
        if self.db is None:
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM used")
        self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in keys))
        self.db.execute("DELETE FROM releases WHERE key NOT IN (SELECT key FROM used)")
        self.db.execute("DELETE FROM failures WHERE key NOT IN (SELECT key FROM used)")
        self.db.execute("DELETE FROM labels WHERE version != ?", (self.version,))
        self.db.commit()

    def close(self) -> None:
        """Commit and close."""
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None
