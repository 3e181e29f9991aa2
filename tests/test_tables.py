"""Ids that join and types that survive loading: every record row carries the corpus-wide id
of its person or organization; README's read_csv call and datapackage.json keep `00123` and
`2025` as written."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from pipeline.outputs.export import write_outputs
from pipeline.extraction.records import Evidence, Facts, Organization, Person, Release, Resolution, Role
from pipeline.outputs.tables import read_table
from tests.conftest import ROOT

TEXT = "NA Director Ana Díaz of the World Health Organization. The WHO adopted a resolution."


def ev(rid: str, mention: str) -> Evidence:
    start = TEXT.index(mention)
    return Evidence(release_id=rid, start=start, end=start + len(mention), mention=mention, sentence=TEXT, sentence_start=0)


def release(rid: str, published: str) -> Release:
    return Release(
        id=rid, title="00042", published=published,
        people=[Person(name="Ana Díaz", aliases=["NA"], evidence=[ev(rid, "Ana Díaz")])],
        organizations=[Organization(name="World Health Organization", acronym="WHO", evidence=[ev(rid, "World Health Organization")])],
        roles=[Role(person="Ana Díaz", title="Director", organization="World Health Organization", evidence=[ev(rid, "Director Ana Díaz")])],
        resolutions=[Resolution(kind="resolution", body="World Health Organization", date="2025", evidence=[ev(rid, "resolution")])],
    )


@pytest.fixture
def out(tmp_path):
    releases = [release("00123", "2025"), release("00124", "2025-03")]
    write_outputs(Facts(pipeline="test", releases=releases), tmp_path, texts={r.id: TEXT for r in releases})
    return tmp_path


def readme_read_csv() -> str:
    """The read_csv call README gives for loading the CSVs."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    calls = [line.strip() for line in readme.splitlines() if "pd.read_csv(" in line]
    assert calls, "README shows no read_csv call"
    return calls[0]


def test_readme_read_csv_call_keeps_ids_and_dates_as_written(out):
    call = readme_read_csv()
    assert call == 'roles = pd.read_csv("outputs/roles.csv", dtype=str, keep_default_na=False)'
    frames = {}
    for name in ("releases", "roles", "people", "index/people"):
        frames[name] = eval(call.split(" = ", 1)[1].replace("outputs/roles.csv", str(out / f"{name}.csv")), {"pd": pd})  # noqa: S307
    releases = frames["releases"]
    assert list(releases["id"]) == ["00123", "00124"] and list(releases["published"]) == ["2025", "2025-03"]
    assert list(releases["title"]) == ["00042", "00042"]
    assert list(frames["people"]["aliases"]) == ["NA", "NA"]  # not NaN
    # A record joins its index row by id, without comparing names.
    joined = frames["roles"].merge(frames["index/people"], left_on="person_id", right_on="id", suffixes=("", "_index"))
    assert list(joined["release_id"]) == ["00123", "00124"]
    assert list(joined["name"]) == ["Ana Díaz", "Ana Díaz"] and list(joined["release_count"]) == ["2", "2"]


def test_every_record_type_carries_its_ids(out):
    people = list(csv.DictReader(open(out / "people.csv", encoding="utf-8")))
    orgs = list(csv.DictReader(open(out / "organizations.csv", encoding="utf-8")))
    roles = list(csv.DictReader(open(out / "roles.csv", encoding="utf-8")))
    resolutions = list(csv.DictReader(open(out / "resolutions.csv", encoding="utf-8")))
    assert {p["person_id"] for p in people} == {"ana-diaz"}
    assert {o["organization_id"] for o in orgs} == {"world-health-organization"}
    assert {(r["person_id"], r["organization_id"]) for r in roles} == {("ana-diaz", "world-health-organization")}
    assert {r["body_ids"] for r in resolutions} == {"world-health-organization"}
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert facts["releases"][0]["roles"][0]["person_id"] == "ana-diaz"
    assert json.loads((out / "facts.jsonl").read_text(encoding="utf-8").splitlines()[1])["people"][0]["person_id"] == "ana-diaz"
    titles = list(csv.DictReader(open(out / "index/titles.csv", encoding="utf-8")))
    assert [(t["person_id"], t["release_id"], t["title"]) for t in titles] == [("ana-diaz", "00123", "Director"), ("ana-diaz", "00124", "Director")]


def test_datapackage_describes_every_csv_with_its_header(out):
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    described = {r["path"]: [f["name"] for f in r["schema"]["fields"]] for r in package["resources"]}
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.csv") if ".generations" not in p.parts)
    assert sorted(described) == on_disk
    for path, fields in described.items():
        with open(out / path, encoding="utf-8") as handle:
            assert next(csv.reader(handle)) == fields, path
    roles = next(r for r in package["resources"] if r["name"] == "roles")
    assert {"fields": ["person_id"], "reference": {"resource": "index-people", "fields": ["id"]}} in roles["schema"]["foreignKeys"]


def test_read_table_applies_the_package_types(out):
    releases = read_table(out, "releases")
    assert list(releases["id"]) == ["00123", "00124"] and str(releases["id"].dtype) == "string"
    roles = read_table(out, "roles")
    assert str(roles["evidence_start"].dtype) == "Int64" and roles["evidence_start"].tolist() == [3, 3]
    assert roles["evidence_start"].sum() == 6
