"""Write records: facts.json, facts.jsonl, one CSV per record type (pandas), the JSON Schema,
the corpus-wide views (index/*.csv, review.html), the release texts the offsets index into
(texts.jsonl) and the skipped inputs (errors.csv).

`FactsWriter` streams: each release goes to disk as it arrives; at the end the corpus index is
built and every output is written from disk, one release at a time (memory holds the index,
not the corpus). `write_stream` writes (release, text) pairs through it, `write_outputs` a
whole `Facts`.

The outputs are replaced as one set. A run writes every file into a new generation folder,
`OUT/.generations/run-XXXX/`, flushed to disk; then one rename switches the link
`OUT/.current` from the previous generation to the new one. Each output keeps its usual name,
`OUT/facts.json` is a symbolic link to `.current/facts.json` (`OUT/index/people.csv` to
`../.current/index/people.csv`), so every name switches at that one rename: a reader or a
killed run sees all the previous files or all the new ones, never a mix. The previous
generation is deleted after the switch.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import shutil
import tempfile
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping, Optional, Sequence

import pandas as pd

from pipeline.reading.release import Skipped
from pipeline.extraction.records import RECORD_TYPES, Facts, Release
from pipeline.outputs.spreadsheet import safe_frame

RELEASE_COLUMNS = ["id", "title", "dateline", "source", "published", "url"]


ERROR_COLUMNS = ["file", "line", "release_id", "error"]
TEMPORARY_SUFFIX = ".tmp"
GENERATIONS = ".generations"
CURRENT = ".current"
UMASK = os.umask(0o022)
os.umask(UMASK)
FILE_MODE = 0o666 & ~UMASK
FOLDER_MODE = 0o777 & ~UMASK


def write_file(path: Path, text: str) -> None:
    """Write `text` to `path` (inside a generation folder nobody reads yet) and flush it to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Like `write_file`, for a file written piece by piece (never held whole)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        for chunk in chunks:
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (new files, renames) to disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to one file through a temporary file and a rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    os.close(fd)
    try:
        os.chmod(tmp, FILE_MODE)  # mkstemp makes files only their owner can read
        write_file(Path(tmp), text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def new_generation(out: Path) -> Path:
    """A new, empty generation folder in OUT/.generations/: nothing reads it until `switch`."""
    root = out / GENERATIONS
    root.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=root, prefix="run-"))
    os.chmod(folder, FOLDER_MODE)  # mkdtemp makes folders only their owner can enter
    return folder


def current_generation(out: Path) -> Optional[Path]:
    """The generation OUT/.current points to, or None before the first run."""
    link = out / CURRENT
    return (out / os.readlink(link)).resolve() if link.is_symlink() else None


def replace_link(path: Path, target: str) -> None:
    """Make `path` a symbolic link to `target`, atomically (a file there is replaced)."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link{TEMPORARY_SUFFIX}")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, path)


def switch(out: Path, generation: Path, names: Sequence[str]) -> list[Path]:
    """Make `generation` (holding `names`) the outputs of `out` with one rename of OUT/.current,
    link each `OUT/<name>` through it, drop links to files the new set lacks and older
    generations. RETURNS the OUT/<name> paths."""
    for folder in {(generation / name).parent for name in names} | {generation}:
        sync_folder(folder)
    replace_link(out / CURRENT, generation.relative_to(out).as_posix())
    sync_folder(out)
    paths = []
    for name in names:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # Before the first run of this layout these were files: each becomes a link once.
        replace_link(path, os.path.relpath(out / CURRENT / name, path.parent))
        paths.append(path)
    for folder in {out, *(path.parent for path in paths)}:
        for entry in folder.iterdir():
            if entry.is_symlink() and entry.name != CURRENT and not entry.exists() and CURRENT in Path(os.readlink(entry)).parts:
                entry.unlink()  # a file the new set does not have (review.html without texts)
            elif entry.name.startswith(".") and entry.name.endswith(TEMPORARY_SUFFIX):
                entry.unlink(missing_ok=True)  # left by a killed run (or by the layout before generations)
    for old in (out / GENERATIONS).iterdir():
        if old != generation:
            shutil.rmtree(old, ignore_errors=True)
    return paths


def facts_json(facts: Facts) -> str:
    """facts.json content: stable field order, UTF-8, trailing newline (pydantic's serializer
    writes the same bytes as json.dumps(indent=2, ensure_ascii=False), six times faster)."""
    return facts.model_dump_json(indent=2) + "\n"


def _cell(value) -> object:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def record_rows(releases: Iterable[Release], kind: str) -> list[dict]:
    """One flat row per record: release_id, the fields, the first mention's evidence, all offsets."""
    rows = []
    for release in releases:
        for record in getattr(release, kind):
            data = record.model_dump(mode="json")
            evidence = data.pop("evidence")
            first = evidence[0] if evidence else {}
            row = {"release_id": release.id, **{k: _cell(v) for k, v in data.items()}}
            row.update(
                evidence_start=first.get("start"),
                evidence_end=first.get("end"),
                evidence_mention=first.get("mention"),
                evidence_sentence=first.get("sentence"),
                evidence_offsets=json.dumps([[e["start"], e["end"]] for e in evidence]),
            )
            rows.append(row)
    return rows


def csv_text(rows: list[dict], columns: list[str], header: bool = True) -> str:
    """CSV of rows with pandas, columns fixed so an empty table still has its header.

    Cells stay Python objects (dtype=object): an integer column with a gap is still written
    as integers, so CSV written in chunks is byte-identical to CSV written at once.
    """
    frame = safe_frame(pd.DataFrame(rows, columns=columns, dtype=object))
    return frame.to_csv(index=False, header=header, lineterminator="\n")


def columns_for(kind: str) -> list[str]:
    """CSV columns of a record type."""
    fields = [f for f in RECORD_TYPES[kind].model_fields if f != "evidence"]
    return ["release_id", *fields, "evidence_start", "evidence_end", "evidence_mention", "evidence_sentence", "evidence_offsets"]


def schema_json() -> str:
    """JSON Schema of the whole output, from the pydantic records."""
    return json.dumps(Facts.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False) + "\n"


def release_row(release: Release) -> dict:
    """The releases.csv row of a release."""
    return {c: getattr(release, c) for c in RELEASE_COLUMNS}


SPOOL = ".records.spool"  # the records as they arrive, one JSON line each, read back at the end
STREAMED = ("facts.json", "facts.jsonl", *(f"{t}.csv" for t in ("releases", *RECORD_TYPES)))


def lean(release: Release) -> Release:
    """A release without its evidence: what the corpus index and the review page's list need."""
    update = {kind: [record.model_copy(update={"evidence": []}) for record in getattr(release, kind)] for kind in RECORD_TYPES}
    return release.model_copy(update={**update, "evidence": []})


def database_error(err: sqlite3.Error) -> OSError:
    """An error building facts.sqlite as the OSError a write of any other output would raise
    (a full disk names OUT, not the cache)."""
    detail = " ".join(str(err).split())
    if "full" in detail:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return OSError(errno.EIO, f"cannot write facts.sqlite ({detail})")


class LeanReleases:
    """Releases without evidence (`lean`), kept compressed; iterating decodes them one at a time,
    so the corpus index can read every release again and again without holding them all."""

    def __init__(self) -> None:
        self._packed: list[bytes] = []

    def append(self, release: Release) -> None:
        self._packed.append(zlib.compress(lean(release).model_dump_json().encode("utf-8"), 1))

    def __len__(self) -> int:
        return len(self._packed)

    def __iter__(self) -> Iterator[Release]:
        for packed in self._packed:
            yield Release.model_validate_json(zlib.decompress(packed))


class FactsWriter:
    """Stream releases into every output file of `out`; files appear only when `close()` succeeds.

    `add` writes each release to disk as it arrives (a spool of records, and texts.jsonl) and
    keeps only its records without evidence (`LeanReleases`), for the corpus index. `close`
    builds the index, then reads the spool back once to write facts.json, facts.jsonl, the CSVs
    and facts.sqlite with every record's corpus-wide ids, and once more for the review page:
    memory holds the index and one release, not the corpus. Every output is written into a new
    generation folder and the whole set is switched into place at the end (`switch`), so an
    interrupted run leaves the previous outputs untouched. CSV rows are buffered for
    `flush_every` releases (pandas per row would dominate the time).
    """

    TABLES = ("releases", *RECORD_TYPES)

    def __init__(self, out: Path, pipeline: str, flush_every: int = 64):
        self.out = Path(out)
        self.pipeline = pipeline
        self.flush_every = flush_every
        self.count = 0
        # Folders this writer creates, deepest first: a failed run removes them again.
        self._created = [d for d in (self.out / GENERATIONS, self.out, *self.out.parents) if not d.exists()]
        self.out.mkdir(parents=True, exist_ok=True)
        self.generation = new_generation(self.out)
        self._lean = LeanReleases()
        self._with_texts = True
        self._database = None
        self._handles: list[IO[str]] = []
        try:
            self._spool = self._open(SPOOL)
            self._texts = self._open("texts.jsonl")
        except BaseException:
            self.abort()
            raise
        self.open = True

    def _open(self, name: str) -> IO[str]:
        path = self.generation / name
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("w", encoding="utf-8", newline="")
        self._handles.append(handle)
        return handle

    def add(self, release: Release, text: Optional[str] = None) -> None:
        """Append one release; with its `text`, review.html and texts.jsonl can show it (they are
        written only when every release came with its text)."""
        self._spool.write(release.model_dump_json() + "\n")
        if text is None:
            self._with_texts = False
        elif self._with_texts:
            self._texts.write(json.dumps({"id": release.id, "text": text}, ensure_ascii=False) + "\n")
        self._lean.append(release)
        self.count += 1

    def _spooled(self) -> Iterator[tuple[Release, Optional[str]]]:
        """The releases added, read back from disk, with their texts (None without)."""
        with open(self.generation / SPOOL, encoding="utf-8") as records, open(self.generation / "texts.jsonl", encoding="utf-8") as texts:
            for line in records:
                text = json.loads(texts.readline())["text"] if self._with_texts else None
                yield Release.model_validate_json(line), text

    def close(self, extra: Optional[Mapping[str, str]] = None) -> list[Path]:
        """Write every file (and the `extra` ones, name -> text), then switch the whole set into
        place; RETURNS the paths written (OUT/<name>)."""
        from pipeline.outputs.database import FactsDatabase
        from pipeline.outputs.index import build_index, index_csvs, with_ids
        from pipeline.outputs.tables import datapackage_json

        self.open = False
        try:
            for handle in (self._spool, self._texts):
                handle.close()
            index = build_index(self._lean)
            files = {name: self._open(name) for name in STREAMED}
            put = lambda name, text: files[name].write(text)  # noqa: E731
            put("facts.json", '{\n  "pipeline": ' + json.dumps(self.pipeline, ensure_ascii=False) + ',\n  "releases": [')
            for table in self.TABLES:
                put(f"{table}.csv", csv_text([], RELEASE_COLUMNS if table == "releases" else columns_for(table)))
            database = FactsDatabase(self.generation / "facts.sqlite", index, {r.id: r.published for r in self._lean})
            self._database = database
            rows: dict[str, list[dict]] = {t: [] for t in self.TABLES}
            for number, (release, text) in enumerate(self._spooled()):
                release = with_ids(release, index)
                data = release.model_dump(mode="json")
                put("facts.jsonl", json.dumps(data, ensure_ascii=False) + "\n")
                # Same bytes as json.dumps of the whole Facts with indent=2 (pydantic's serializer, as
                # in facts_json, several times faster): each release sits 4 spaces in.
                body = release.model_dump_json(indent=2).replace("\n", "\n    ")
                put("facts.json", ("\n    " if number == 0 else ",\n    ") + body)
                rows["releases"].append(release_row(release))
                for kind in RECORD_TYPES:
                    rows[kind].extend(record_rows([release], kind))
                if (number + 1) % self.flush_every == 0:
                    self._flush_rows(rows, put)
                database.add(release, text)
            self._flush_rows(rows, put)
            put("facts.json", "\n  ]\n}\n" if self.count else "]\n}\n")
            database.finish()
            self._database = None
            for handle in files.values():
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
            names = [*STREAMED, "facts.sqlite"]
            if self._with_texts:
                names += ["texts.jsonl", *self._review(index)]
            else:
                (self.generation / "texts.jsonl").unlink()
            views = {"schema.json": schema_json(), **index_csvs(index, self._lean), **(extra or {})}
            views["datapackage.json"] = datapackage_json([name for name in [*STREAMED, *views] if name.endswith(".csv")])
            for name, text in views.items():
                write_file(self.generation / name, text)
            names += list(views)
            (self.generation / SPOOL).unlink()
        except sqlite3.Error as err:  # building facts.sqlite: the machine's trouble, like any write here
            self.abort()
            raise database_error(err) from err
        except BaseException:
            self.abort()
            raise
        written = switch(self.out, self.generation, names)
        self._drop_old_parts(written)
        return written

    def _review(self, index) -> list[str]:
        """review.html, rendered straight into its file from the spool, and beyond
        INLINE_RELEASES releases its part files; RETURNS their names."""
        from pipeline.outputs.review import INLINE_RELEASES, PART_SIZE, render_review, review_parts

        part_size = PART_SIZE if self.count > INLINE_RELEASES else 0
        write_chunks(self.generation / "review.html", render_review(self.pipeline, self._lean, self._spooled(), index, part_size))
        names = ["review.html"]
        if part_size:
            for name, script in review_parts(self._spooled(), index, part_size):
                write_file(self.generation / name, script)
                names.append(name)
        return names

    def _drop_old_parts(self, written: list[Path]) -> None:
        """Links to review part files the new set lacks (a run of more releases left them)."""
        from pipeline.outputs.review import PART_FOLDER

        folder = self.out / PART_FOLDER
        if folder.is_dir() and not any(p.parent == folder for p in written):
            for entry in folder.iterdir():
                if entry.is_symlink() and not entry.exists():
                    entry.unlink()
            if not any(folder.iterdir()):
                folder.rmdir()

    @staticmethod
    def _flush_rows(rows: dict[str, list[dict]], put) -> None:
        for table, queued in rows.items():
            if queued:
                columns = RELEASE_COLUMNS if table == "releases" else columns_for(table)
                put(f"{table}.csv", csv_text(queued, columns, header=False))
                queued.clear()

    def abort(self) -> None:
        """Drop the new generation (and the folders made for it): previous outputs stay as they were."""
        self.open = False
        if self._database is not None:
            self._database.close()
        for handle in self._handles:
            try:
                handle.close()
            except OSError:  # its buffer cannot be flushed (a full disk): the file goes anyway
                pass
        self._handles.clear()
        shutil.rmtree(self.generation, ignore_errors=True)
        for folder in self._created:
            try:
                folder.rmdir()
            except OSError:  # not empty: something else was put there meanwhile
                break

    def __enter__(self) -> "FactsWriter":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if not self.open:
            return
        if kind is None:
            self.close()
        else:
            self.abort()


def texts_jsonl(facts: Facts, texts: Mapping[str, str]) -> str:
    """texts.jsonl content: one {"id", "text"} object per release, the text offsets index into."""
    return "".join(json.dumps({"id": r.id, "text": texts[r.id]}, ensure_ascii=False) + "\n" for r in facts.releases)


def errors_csv(skipped: Iterable[Skipped]) -> str:
    """errors.csv content: one row per skipped input, by file and line."""
    rows = [{"file": s.path, "line": s.line, "release_id": s.release_id, "error": s.reason} for s in skipped]
    rows.sort(key=lambda r: (r["file"], r["line"] or 0))
    frame = safe_frame(pd.DataFrame(rows, columns=ERROR_COLUMNS).astype({"line": "Int64"}))
    return frame.to_csv(index=False, lineterminator="\n")


def write_stream(out: Path, pipeline: str, items: Iterable[tuple[Release, Optional[str]]], skipped: Sequence[Skipped] = ()) -> list[Path]:
    """Write every output file into `out` from (release, text or None) pairs read one at a time,
    and errors.csv; review.html and texts.jsonl only when every release has its text.

    RETURNS (list): the paths written.
    """
    writer = FactsWriter(out, pipeline)
    try:
        for release, text in items:
            writer.add(release, text)
    except BaseException:
        writer.abort()
        raise
    return writer.close({"errors.csv": errors_csv(skipped)})


def write_outputs(facts: Facts, out: Path, texts: Optional[Mapping[str, str]] = None, skipped: Sequence[Skipped] = ()) -> list[Path]:
    """Write every output file of a whole `Facts` into `out` (see `write_stream`); with the release
    `texts` (id -> text) also review.html and texts.jsonl."""
    items = ((r, texts[r.id] if texts is not None else None) for r in facts.releases)
    return write_stream(out, facts.pipeline, items, skipped)
