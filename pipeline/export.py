"""Write records: facts.json, facts.jsonl, one CSV per record type (pandas), the JSON Schema,
the corpus-wide views (index/*.csv, review.html), the release texts the offsets index into
(texts.jsonl) and the skipped inputs (errors.csv).

`FactsWriter` streams: each release goes into the per-release files as it arrives; only the
corpus-wide views wait for the end. `write_outputs` writes a whole `Facts` through it. Every
file is staged as a temporary file and all are renamed into place together at the end.
"""

from __future__ import annotations

import json
import os
import tempfile
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping, Optional, Sequence

import pandas as pd

from pipeline.corpus import Skipped
from pipeline.records import RECORD_TYPES, Facts, Release

RELEASE_COLUMNS = ["id", "title", "dateline", "source", "published", "url"]


ERROR_COLUMNS = ["file", "line", "release_id", "error"]
TEMPORARY_SUFFIX = ".tmp"
UMASK = os.umask(0o022)
os.umask(UMASK)
FILE_MODE = 0o666 & ~UMASK


def stage(path: Path, text: str) -> Path:
    """Write `text` to a new temporary file beside `path`, on disk; RETURNS its path."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    try:
        os.chmod(tmp, FILE_MODE)  # mkstemp makes files only their owner can read
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename: readers never see half a file."""
    write_files(path.parent, {path.name: text})


def remove_stale(out: Path, names: Iterable[str]) -> None:
    """Delete the temporary files of `names` a run killed before its renames left (kill -9 runs
    no clean-up), making the folders the names need."""
    for name in names:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f".{path.name}.*{TEMPORARY_SUFFIX}"):
            stale.unlink(missing_ok=True)


def write_files(out: Path, files: Mapping[str, str], staged: Sequence[tuple[Path, Path]] = ()) -> list[Path]:
    """Write every file into `out`: all are staged as temporary files first (beside those already
    `staged`, (temporary, final) pairs), then renamed in one go, so a run killed at any moment
    leaves each file either as it was or complete."""
    remove_stale(out, files)
    staged = list(staged)
    try:
        for name, text in files.items():
            staged.append((stage(out / name, text), out / name))
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return [path for _, path in staged]


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
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
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


SPOOL = "records.spool"  # the records as they arrive, one JSON line each, read back at the end
STREAMED = ("facts.json", "facts.jsonl", *(f"{t}.csv" for t in ("releases", *RECORD_TYPES)))


def lean(release: Release) -> Release:
    """A release without its evidence: what the corpus index and the review page's list need."""
    update = {kind: [record.model_copy(update={"evidence": []}) for record in getattr(release, kind)] for kind in RECORD_TYPES}
    return release.model_copy(update={**update, "evidence": []})


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

    `add` writes each release to disk as it arrives (a spool file of records, and texts.jsonl)
    and keeps only its records without evidence, for the corpus index. `close` builds the index,
    then reads the spool back once to write facts.json, facts.jsonl, the CSVs and facts.sqlite
    with every record's corpus-wide ids, and once more for review.html: memory holds the index
    and one release, not the corpus. Each output is written to a temporary file beside its final
    name and all are renamed into place at the end, so an interrupted run leaves the previous
    outputs untouched and no half file. CSV rows are buffered for `flush_every` releases.
    """

    TABLES = ("releases", *RECORD_TYPES)

    def __init__(self, out: Path, pipeline: str, flush_every: int = 64):
        self.out = Path(out)
        self.pipeline = pipeline
        self.flush_every = flush_every
        self.count = 0
        # Folders this writer creates, deepest first: a failed run removes them again.
        self._created = [d for d in (self.out, *self.out.parents) if not d.exists()]
        self.out.mkdir(parents=True, exist_ok=True)
        remove_stale(self.out, [*STREAMED, SPOOL, "texts.jsonl", "facts.sqlite", "review.html"])
        self._temps: list[Path] = []
        self._lean = LeanReleases()
        self._with_texts = True
        self._spool, self._spool_path = self._temporary(SPOOL)
        self._texts, self._texts_path = self._temporary("texts.jsonl")
        self.open = True

    def _temporary(self, name: str) -> tuple[IO[str], Path]:
        fd, tmp = tempfile.mkstemp(dir=self.out, prefix=f".{name}.", suffix=TEMPORARY_SUFFIX)
        os.chmod(tmp, FILE_MODE)  # mkstemp makes files only their owner can read
        self._temps.append(Path(tmp))
        return os.fdopen(fd, "w", encoding="utf-8", newline=""), Path(tmp)

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
        with open(self._spool_path, encoding="utf-8") as records, open(self._texts_path, encoding="utf-8") as texts:
            for line in records:
                text = json.loads(texts.readline())["text"] if self._with_texts else None
                yield Release.model_validate_json(line), text

    def close(self, extra: Optional[Mapping[str, str]] = None) -> list[Path]:
        """Write every file (and the `extra` ones, name -> text), then move them all into place
        together; RETURNS the paths written."""
        from pipeline.database import FactsDatabase
        from pipeline.index import build_index, index_csvs, with_ids
        from pipeline.tables import datapackage_json

        for handle in (self._spool, self._texts):
            handle.close()
        self.open = False
        try:
            index = build_index(self._lean)
            files = {name: self._temporary(name) for name in STREAMED}
            put = lambda name, text: files[name][0].write(text)  # noqa: E731
            put("facts.json", '{\n  "pipeline": ' + json.dumps(self.pipeline, ensure_ascii=False) + ',\n  "releases": [')
            for table in self.TABLES:
                put(f"{table}.csv", csv_text([], RELEASE_COLUMNS if table == "releases" else columns_for(table)))
            database_handle, database_path = self._temporary("facts.sqlite")
            database_handle.close()  # sqlite opens it by name
            database = FactsDatabase(database_path, index, {r.id: r.published for r in self._lean})
            rows: dict[str, list[dict]] = {t: [] for t in self.TABLES}
            for number, (release, text) in enumerate(self._spooled()):
                release = with_ids(release, index)
                data = release.model_dump(mode="json")
                put("facts.jsonl", json.dumps(data, ensure_ascii=False) + "\n")
                # Same bytes as json.dumps of the whole Facts with indent=2: each release sits 4 spaces in.
                body = json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n    ")
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
            staged = []
            for name, (handle, tmp) in files.items():
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
                staged.append((tmp, self.out / name))
            staged.append((database_path, self.out / "facts.sqlite"))
            if self._with_texts:
                staged.append((self._texts_path, self.out / "texts.jsonl"))
                staged += self._review(index)
            views = {"schema.json": schema_json(), **index_csvs(index, self._lean), **(extra or {})}
            views["datapackage.json"] = datapackage_json([*(name for name in STREAMED if name.endswith(".csv")), *(n for n in views if n.endswith(".csv"))])
            written = write_files(self.out, views, staged)
        except BaseException:
            self.abort()
            raise
        self._spool_path.unlink(missing_ok=True)
        if self._with_texts:
            self._remove_old_parts(written)
        else:
            self._texts_path.unlink(missing_ok=True)
        return written

    def _review(self, index) -> list[tuple[Path, Path]]:
        """review.html, rendered straight into a temporary file from the spool, and beyond
        INLINE_RELEASES releases its part files; RETURNS (temporary, final) pairs."""
        from pipeline.review import INLINE_RELEASES, PART_SIZE, render_review, review_parts

        part_size = PART_SIZE if self.count > INLINE_RELEASES else 0
        handle, tmp = self._temporary("review.html")
        with handle:
            for chunk in render_review(self.pipeline, self._lean, self._spooled(), index, part_size):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        staged = [(tmp, self.out / "review.html")]
        if part_size:
            for name, script in review_parts(self._spooled(), index, part_size):
                (self.out / name).parent.mkdir(exist_ok=True)
                self._temps.append(stage(self.out / name, script))
                staged.append((self._temps[-1], self.out / name))
        return staged

    def _remove_old_parts(self, written: list[Path]) -> None:
        """Drop review part files an earlier, larger run left (the page just written never loads them)."""
        from pipeline.review import PART_FOLDER

        folder = self.out / PART_FOLDER
        if folder.is_dir():
            for path in folder.glob("part-*.js"):
                if path not in written:
                    path.unlink(missing_ok=True)
            for stale in folder.glob(".part-*" + TEMPORARY_SUFFIX):
                stale.unlink(missing_ok=True)
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
        """Drop the temporary files (and the folders made for them): previous outputs stay as they were."""
        for handle in (self._spool, self._texts):
            handle.close()
        self.open = False
        for tmp in self._temps:
            tmp.unlink(missing_ok=True)
        self._temps.clear()
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
    frame = pd.DataFrame(rows, columns=ERROR_COLUMNS).astype({"line": "Int64"})
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
