"""Write records: facts.json, one CSV per record type (pandas), and the JSON Schema."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable, Mapping, Optional

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


def write_outputs(facts: Facts, out: Path, texts: Optional[Mapping[str, str]] = None) -> list[Path]:
    """Write every output file into `out`; with the release `texts` (id -> text) also review.html.

    RETURNS (list): the paths written.
    """
    written = []

    def put(name: str, text: str) -> None:
        write_atomic(out / name, text)
        written.append(out / name)

    put("facts.json", facts_json(facts))
    release_rows = [{c: getattr(r, c) for c in RELEASE_COLUMNS} for r in facts.releases]
    put("releases.csv", csv_text(release_rows, RELEASE_COLUMNS))
    for kind in RECORD_TYPES:
        put(f"{kind}.csv", csv_text(record_rows(facts.releases, kind), columns_for(kind)))
    put("schema.json", schema_json())
    for name, text in corpus_views(facts, texts).items():
        put(name, text)
    return written


def corpus_views(facts: Facts, texts: Optional[Mapping[str, str]]) -> dict[str, str]:
    """The corpus-wide index (index/*.csv) and, given the release texts, the review page."""
    from pipeline.index import build_index, index_csvs
    from pipeline.review import review_html

    index = build_index(facts.releases)
    views = index_csvs(index, facts.releases)
    if texts is not None:
        views["review.html"] = review_html(facts, texts, index)
    return views
