"""Streaming outputs (pipeline.export.FactsWriter): same bytes as writing the whole Facts at once."""

from __future__ import annotations

import json

import pytest

from pipeline.export import FactsWriter, facts_json, write_outputs
from pipeline.records import Evidence, Facts, Organization, Person, Release, Role

OUTPUTS = ["facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv", "schema.json"]


def evidence(release_id: str, start: int, mention: str) -> Evidence:
    return Evidence(release_id=release_id, start=start, end=start + len(mention), mention=mention, sentence=f"{mention} said, \"yes\".", sentence_start=start)


def release(n: int) -> Release:
    """A small release with a person, an organization and a role (text with commas and quotes)."""
    rid = f"r{n}"
    return Release(
        id=rid,
        title=f"Title, number {n}" if n % 2 else None,
        published="2024-05-0" + str(n % 9 + 1),
        people=[Person(name=f"Ana Díaz {n}", aliases=["Díaz", "Ana"], evidence=[evidence(rid, 10, f"Ana Díaz {n}"), evidence(rid, 40, "Díaz")])],
        organizations=[Organization(name="World Health Organization", acronym="WHO", evidence=[evidence(rid, 60, "WHO")])] if n % 3 else [],
        roles=[Role(person=f"Ana Díaz {n}", title="Director-General", organization="World Health Organization", evidence=[evidence(rid, 0, "Director-General Ana")])],
    )


def read_all(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.mark.parametrize("flush_every", [1, 2, 64])
def test_streamed_outputs_equal_whole_facts_whatever_the_flush_size(tmp_path, flush_every):
    releases = [release(n) for n in range(5)]
    write_outputs(Facts(pipeline="p 1", releases=releases), tmp_path / "whole")
    with FactsWriter(tmp_path / "stream", "p 1", flush_every=flush_every) as writer:
        for r in releases:
            writer.add(r)
    assert read_all(tmp_path / "stream") == read_all(tmp_path / "whole")


def test_facts_json_is_the_indented_dump_and_jsonl_has_one_release_a_line(tmp_path):
    releases = [release(n) for n in range(3)]
    facts = Facts(pipeline="p 1", releases=releases)
    write_outputs(facts, tmp_path)
    assert (tmp_path / "facts.json").read_text(encoding="utf-8") == facts_json(facts)
    lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [r.model_dump(mode="json") for r in releases]
    people = (tmp_path / "people.csv").read_text(encoding="utf-8").splitlines()
    assert people[0].startswith("release_id,name,aliases,evidence_start")
    assert people[1] == 'r0,Ana Díaz 0,Díaz; Ana,10,20,Ana Díaz 0,"Ana Díaz 0 said, ""yes"".","[[10, 20], [40, 44]]"'


def test_no_release_gives_an_empty_list_and_headers_only(tmp_path):
    write_outputs(Facts(pipeline="p 1", releases=[]), tmp_path)
    assert (tmp_path / "facts.json").read_text() == '{\n  "pipeline": "p 1",\n  "releases": []\n}\n'
    assert (tmp_path / "facts.jsonl").read_text() == ""
    assert (tmp_path / "roles.csv").read_text().count("\n") == 1


def test_failed_run_leaves_previous_outputs_and_no_temporary_file(tmp_path):
    write_outputs(Facts(pipeline="old", releases=[release(1)]), tmp_path)
    before = read_all(tmp_path)
    with pytest.raises(RuntimeError):
        with FactsWriter(tmp_path, "new") as writer:
            writer.add(release(2))
            raise RuntimeError("reader failed half-way")
    assert read_all(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUTS)
