"""Write records: facts.json, facts.jsonl, one CSV per record type (pandas), the JSON Schema and
the corpus-wide views (index/*.csv, review.html).

`FactsWriter` streams: each release goes into the per-release files as it arrives; only the
corpus-wide views wait for the end. `write_outputs` writes a whole `Facts` through it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO, Iterable, Mapping, Optional

import pandas as pd

from pipeline.records import RECORD_TYPES, Facts, Release

RELEASE_COLUMNS = ["id", "title", "dateline", "source", "published", "url"]


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def facts_json(facts: Facts) -> str:
    """facts.json content: stable field order, UTF-8, trailing newline."""
    return json.dumps(facts.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


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
        for name in ("facts.json", "facts.jsonl", *(f"{t}.csv" for t in self.TABLES)):
            fd, tmp = tempfile.mkstemp(dir=self.out, prefix=f".{name}.", suffix=".tmp")
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

    def close(self) -> list[Path]:
        """Finish every file and move it into place; RETURNS the paths written."""
        self._flush_rows()
        self._put("facts.json", "\n  ]\n}\n" if self.count else "]\n}\n")
        written = []
        for name, (handle, tmp) in self._files.items():
            handle.close()
            os.replace(tmp, self.out / name)
            written.append(self.out / name)
        self._files.clear()
        views = {"schema.json": schema_json(), **corpus_views(Facts(pipeline=self.pipeline, releases=self._releases), self._texts)}
        for name, text in views.items():
            write_atomic(self.out / name, text)
            written.append(self.out / name)
        return written

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


def write_outputs(facts: Facts, out: Path, texts: Optional[Mapping[str, str]] = None) -> list[Path]:
    """Write every output file of a whole `Facts` into `out`; with the release `texts` (id -> text)
    also review.html.

    RETURNS (list): the paths written.
    """
    writer = FactsWriter(out, facts.pipeline)
    try:
        for release in facts.releases:
            writer.add(release, texts[release.id] if texts is not None else None)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def corpus_views(facts: Facts, texts: Optional[Mapping[str, str]]) -> dict[str, str]:
    """The corpus-wide index (index/*.csv) and, given the release texts, the review page."""
    from pipeline.index import build_index, index_csvs
    from pipeline.review import review_html

    index = build_index(facts.releases)
    views = index_csvs(index, facts.releases)
    if texts is not None:
        views["review.html"] = review_html(facts, texts, index)
    return views
