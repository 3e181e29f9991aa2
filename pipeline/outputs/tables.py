"""OUT/datapackage.json: a Frictionless Data Package describing every CSV output, so tools
read each column with its type (ids and dates are strings: `00123` and `2025` stay as written)
and know which columns join which.

With pandas alone, `read_csv(path, dtype=str, keep_default_na=False)` reads every cell as the
text written (README, "Loading the CSVs"); `read_table` applies the package's types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

INTEGER_COLUMNS = {"evidence_start", "evidence_end", "release_count", "line"}
# Columns that hold a corpus-wide id, and the index file it points into.
ID_COLUMNS = {
    "person_id": "index-people", "organization_id": "index-organizations", "host_id": "index-organizations",
}


def columns_of(name: str) -> list[str]:
    """The header of one CSV output (name relative to OUT)."""
    from pipeline.outputs.export import ERROR_COLUMNS, RELEASE_COLUMNS, columns_for
    from pipeline.outputs.index import ADOPTION_COLUMNS, ORGANIZATION_COLUMNS, PEOPLE_COLUMNS, TITLE_COLUMNS

    fixed = {
        "releases.csv": RELEASE_COLUMNS, "errors.csv": ERROR_COLUMNS,
        "index/people.csv": PEOPLE_COLUMNS, "index/organizations.csv": ORGANIZATION_COLUMNS,
        "index/titles.csv": TITLE_COLUMNS, "index/adoptions.csv": ADOPTION_COLUMNS,
    }  # fmt: skip
    return fixed[name] if name in fixed else columns_for(name.removesuffix(".csv"))


def resource_name(path: str) -> str:
    """`index/people.csv` -> `index-people` (Frictionless names: lower case, -, _ and .)."""
    return path.removesuffix(".csv").replace("/", "-")


def resource(path: str, names: set[str]) -> dict:
    """The Data Package resource of one CSV: fields with types, primary and foreign keys."""
    columns = columns_of(path)
    fields = []
    for column in columns:
        field = {"name": column, "type": "integer" if column in INTEGER_COLUMNS else "string"}
        if column == "evidence_offsets":
            field.update(type="string", format="default", description="JSON list of every [start, end] of the record's mentions")
        fields.append(field)
    schema: dict = {"fields": fields, "missingValues": [""]}
    if path in ("releases.csv", "index/people.csv", "index/organizations.csv"):
        schema["primaryKey"] = ["id"]
    keys = []
    if "release_id" in columns and path not in ("errors.csv",):
        keys.append({"fields": ["release_id"], "reference": {"resource": "releases", "fields": ["id"]}})
    for column, target in ID_COLUMNS.items():
        if column in columns and f"{target.replace('-', '/', 1)}.csv" in names:
            keys.append({"fields": [column], "reference": {"resource": target, "fields": ["id"]}})
    if keys:
        schema["foreignKeys"] = keys
    return {
        "name": resource_name(path), "path": path, "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "schema": schema,
    }


def datapackage_json(paths: Iterable[str]) -> str:
    """datapackage.json for the CSV outputs `paths` (relative to OUT)."""
    paths = list(dict.fromkeys(paths))
    package = {
        "profile": "tabular-data-package",
        "name": "news-facts",
        "resources": [resource(path, set(paths)) for path in paths],
    }
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def read_table(out: Path, name: str):
    """One CSV output of `out` as a pandas DataFrame with datapackage.json's types: strings stay
    strings, integers are nullable Int64, empty cells are missing (pd.NA)."""
    import pandas as pd

    package = json.loads((Path(out) / "datapackage.json").read_text(encoding="utf-8"))
    found = next(r for r in package["resources"] if r["name"] == name or r["path"] == name)
    types = {f["name"]: "Int64" if f["type"] == "integer" else "string" for f in found["schema"]["fields"]}
    return pd.read_csv(Path(out) / found["path"], dtype=types, keep_default_na=False, na_values={c: [""] for c in types})
