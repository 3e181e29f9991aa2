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
from pathlib import Path
from typing import IO, Iterable, Mapping, Optional, Sequence

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


class FactsWriter:
    """Stream releases into every output file of `out`; files appear only when `close()` succeeds.

    Each output is written to a temporary file beside its final name and renamed into place at
    the end, so an interrupted run leaves the previous outputs untouched and no half file.
    CSV rows are buffered for `flush_every` releases (pandas per row would dominate the time).
    The corpus-wide views (index/*.csv, review.html) need every release at once: the writer
    keeps the records (and texts) for them and writes them at the end.
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
        self._files: dict[str, tuple[IO[str], str]] = {}
        self._rows: dict[str, list[dict]] = {t: [] for t in self.TABLES}
        self._releases: list[Release] = []
        self._texts: Optional[dict[str, str]] = {}
        streamed = ("facts.json", "facts.jsonl", *(f"{t}.csv" for t in self.TABLES))
        remove_stale(self.out, streamed)
        for name in streamed:
            fd, tmp = tempfile.mkstemp(dir=self.out, prefix=f".{name}.", suffix=TEMPORARY_SUFFIX)
            os.chmod(tmp, FILE_MODE)  # mkstemp makes files only their owner can read
            self._files[name] = (os.fdopen(fd, "w", encoding="utf-8", newline=""), tmp)
        self._put("facts.json", '{\n  "pipeline": ' + json.dumps(pipeline, ensure_ascii=False) + ',\n  "releases": [')
        self._put("releases.csv", csv_text([], RELEASE_COLUMNS))
        for kind in RECORD_TYPES:
            self._put(f"{kind}.csv", csv_text([], columns_for(kind)))

    def _put(self, name: str, text: str) -> None:
        self._files[name][0].write(text)

    def add(self, release: Release, text: Optional[str] = None) -> None:
        """Append one release to every output; with its `text`, review.html can show it (it is
        written only when every release came with its text)."""
        self._releases.append(release)
        if text is None:
            self._texts = None
        elif self._texts is not None:
            self._texts[release.id] = text
        data = release.model_dump(mode="json")
        self._put("facts.jsonl", json.dumps(data, ensure_ascii=False) + "\n")
        # Same bytes as json.dumps of the whole Facts with indent=2: each release sits 4 spaces in.
        body = json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        self._put("facts.json", ("\n    " if self.count == 0 else ",\n    ") + body)
        self._rows["releases"].append(release_row(release))
        for kind in RECORD_TYPES:
            self._rows[kind].extend(record_rows([release], kind))
        self.count += 1
        if self.count % self.flush_every == 0:
            self._flush_rows()

    def _flush_rows(self) -> None:
        for table, rows in self._rows.items():
            if rows:
                columns = RELEASE_COLUMNS if table == "releases" else columns_for(table)
                self._put(f"{table}.csv", csv_text(rows, columns, header=False))
                rows.clear()

    def close(self, extra: Optional[Mapping[str, str]] = None) -> list[Path]:
        """Finish every file (and write the `extra` ones, name -> text), then move them all into
        place together; RETURNS the paths written."""
        self._flush_rows()
        self._put("facts.json", "\n  ]\n}\n" if self.count else "]\n}\n")
        staged = []
        for name, (handle, tmp) in self._files.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            staged.append((Path(tmp), self.out / name))
        self._files.clear()
        try:
            views = {"schema.json": schema_json(), **corpus_views(Facts(pipeline=self.pipeline, releases=self._releases), self._texts), **(extra or {})}
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        return write_files(self.out, views, staged)

    def abort(self) -> None:
        """Drop the temporary files (and the folders made for them): previous outputs stay as they were."""
        for handle, tmp in self._files.values():
            handle.close()
            Path(tmp).unlink(missing_ok=True)
        self._files.clear()
        for folder in self._created:
            try:
                folder.rmdir()
            except OSError:  # not empty: something else was put there meanwhile
                break

    def __enter__(self) -> "FactsWriter":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if not self._files:
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


def write_outputs(facts: Facts, out: Path, texts: Optional[Mapping[str, str]] = None, skipped: Sequence[Skipped] = ()) -> list[Path]:
    """Write every output file of a whole `Facts` into `out`, and errors.csv; with the release
    `texts` (id -> text) also review.html and texts.jsonl.

    RETURNS (list): the paths written.
    """
    writer = FactsWriter(out, facts.pipeline)
    try:
        for release in facts.releases:
            writer.add(release, texts[release.id] if texts is not None else None)
    except BaseException:
        writer.abort()
        raise
    extra = {"texts.jsonl": texts_jsonl(facts, texts)} if texts is not None else {}
    extra["errors.csv"] = errors_csv(skipped)
    return writer.close(extra)


def corpus_views(facts: Facts, texts: Optional[Mapping[str, str]]) -> dict[str, str]:
    """The corpus-wide index (index/*.csv) and, given the release texts, the review page."""
    from pipeline.index import build_index, index_csvs
    from pipeline.review import review_html

    index = build_index(facts.releases)
    views = index_csvs(index, facts.releases)
    if texts is not None:
        views["review.html"] = review_html(facts, texts, index)
    return views
