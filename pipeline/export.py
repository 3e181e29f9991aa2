"""Write records: facts.json, one CSV per record type (pandas), the JSON Schema, the release
texts the offsets index into (texts.jsonl), the skipped inputs (errors.csv), the corpus-wide
index (index/*.csv) and the review page."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

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


def write_files(out: Path, files: dict[str, str]) -> list[Path]:
    """Write every file into `out`: all are staged as temporary files first, then renamed in
    one go, so a run killed at any moment leaves each file either as it was or complete."""
    for name in files:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # Left by a run killed before its renames (kill -9 runs no clean-up).
        for stale in path.parent.glob(f".{path.name}.*{TEMPORARY_SUFFIX}"):
            stale.unlink(missing_ok=True)
    staged: list[tuple[Path, Path]] = []
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


def csv_text(rows: list[dict], columns: list[str]) -> str:
    """CSV of rows with pandas, columns fixed so an empty table still has its header."""
    frame = pd.DataFrame(rows, columns=columns)
    return frame.to_csv(index=False, lineterminator="\n")


def columns_for(kind: str) -> list[str]:
    """CSV columns of a record type."""
    fields = [f for f in RECORD_TYPES[kind].model_fields if f != "evidence"]
    return ["release_id", *fields, "evidence_start", "evidence_end", "evidence_mention", "evidence_sentence", "evidence_offsets"]


def schema_json() -> str:
    """JSON Schema of the whole output, from the pydantic records."""
    return json.dumps(Facts.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False) + "\n"


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
    """Write every output file into `out`; with the release `texts` (id -> text) also
    texts.jsonl and review.html. RETURNS the paths written."""
    files = {"facts.json": facts_json(facts)}
    release_rows = [{c: getattr(r, c) for c in RELEASE_COLUMNS} for r in facts.releases]
    files["releases.csv"] = csv_text(release_rows, RELEASE_COLUMNS)
    for kind in RECORD_TYPES:
        files[f"{kind}.csv"] = csv_text(record_rows(facts.releases, kind), columns_for(kind))
    files["schema.json"] = schema_json()
    files.update(corpus_views(facts, texts))
    if texts is not None:
        files["texts.jsonl"] = texts_jsonl(facts, texts)
    files["errors.csv"] = errors_csv(skipped)
    return write_files(out, files)


def corpus_views(facts: Facts, texts: Optional[Mapping[str, str]]) -> dict[str, str]:
    """The corpus-wide index (index/*.csv) and, given the release texts, the review page."""
    from pipeline.index import build_index, index_csvs
    from pipeline.review import review_html

    index = build_index(facts.releases)
    views = index_csvs(index, facts.releases)
    if texts is not None:
        views["review.html"] = review_html(facts, texts, index)
    return views
