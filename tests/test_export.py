"""Outputs (pipeline/outputs/export.py): facts.json, facts.jsonl, one CSV per record type, schema.json,
errors.csv, texts.jsonl; byte-identical across runs, streamed or written at once; the whole
set written into a generation folder and switched into place with one rename."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from pipeline.outputs import export

from pipeline.outputs import spreadsheet
from pipeline.reading.corpus import read_release
from pipeline.reading.release import Skipped, parse_release
from pipeline.outputs.export import FactsWriter, columns_for, csv_text, facts_json, record_rows, schema_json, write_atomic, write_outputs
from pipeline.outputs.index import build_index, with_ids
from pipeline.extraction.records import RECORD_TYPES, Evidence, Facts, Organization, Person, Release, Role
from pipeline.extraction.run import process
from tests.conftest import CORPUS

OUTPUT_FILES = [
    "facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv", "facts.sqlite",
    "schema.json", "index/people.csv", "index/organizations.csv", "index/titles.csv", "index/adoptions.csv", "errors.csv", "datapackage.json",
]  # fmt: skip
TEXTS = {
    "a": "LUXEMBOURG CITY, (ILO News) – ILO Director-General Guy Ryder opened the Global Government Summit, held from 9 to 11 April 2025 in Luxembourg City.\n",
    "b": "---\ntitle: Readout\ndate: 2021-06-15\n---\nToday, the OAS General Assembly passed a resolution on the situation in Nicaragua.\n",
    "c": "Nothing to extract here, only words.\n",
}


def ev(start: int, end: int, mention: str) -> Evidence:
    return Evidence(release_id="r", start=start, end=end, mention=mention, sentence="ILO and Esim.", sentence_start=0)


def small_facts() -> Facts:
    release = Release(
        id="r",
        title="T",
        people=[Person(name="Simel Esim", aliases=["Esim", "Ms Esim"], evidence=[ev(8, 12, "Esim"), ev(8, 12, "Esim")])],
        organizations=[Organization(name="International Labour Organization", acronym="ILO", evidence=[ev(0, 3, "ILO")])],
    )
    return Facts(pipeline="news-facts test", releases=[release])


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def visible(folder) -> list[str]:
    """The files of `folder` a user sees (through the links), hidden folders left out."""
    return sorted(
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def test_all_outputs_are_written(tmp_path):
    out = tmp_path / "out"
    written = write_outputs(small_facts(), out)
    assert [p.relative_to(out).as_posix() for p in written] == OUTPUT_FILES
    assert visible(out) == sorted(OUTPUT_FILES)


def test_facts_json_reads_back_as_the_same_records(tmp_path):
    facts = small_facts()
    write_outputs(facts, tmp_path)
    read = Facts.model_validate_json((tmp_path / "facts.json").read_text(encoding="utf-8"))
    # The same records, now carrying the ids of the corpus index.
    assert read == with_ids_all(facts)
    assert read.releases[0].people[0].person_id == "simel-esim"
    assert read.releases[0].organizations[0].organization_id == "international-labour-organization"
    assert (tmp_path / "facts.json").read_text(encoding="utf-8").endswith("}\n")


def with_ids_all(facts: Facts) -> Facts:
    """`facts` with the corpus-wide ids every output gives the records."""
    index = build_index(facts.releases)
    return Facts(pipeline=facts.pipeline, releases=[with_ids(r, index) for r in facts.releases])


def test_csv_row_flattens_lists_and_first_evidence():
    people = rows(csv_text(record_rows(with_ids_all(small_facts()).releases, "people"), columns_for("people")))
    assert people == [
        {
            "release_id": "r",
            "name": "Simel Esim",
            "aliases": "Esim; Ms Esim",
            "person_id": "simel-esim",
            "evidence_start": "8",
            "evidence_end": "12",
            "evidence_mention": "Esim",
            "evidence_sentence": "ILO and Esim.",
            "evidence_offsets": "[[8, 12], [8, 12]]",
        }
    ]


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_empty_table_keeps_its_header(kind):
    text = csv_text([], columns_for(kind))
    fields = [f for f in RECORD_TYPES[kind].model_fields if f != "evidence"]
    assert text == ",".join(["release_id", *fields, "evidence_start", "evidence_end", "evidence_mention", "evidence_sentence", "evidence_offsets"]) + "\n"


def test_csv_quotes_commas_and_newlines():
    text = csv_text([{"release_id": "r", "name": 'Cooperative, Social "SSE"\nUnit'}], ["release_id", "name"])
    assert rows(text) == [{"release_id": "r", "name": 'Cooperative, Social "SSE"\nUnit'}]


def test_schema_file_is_the_records_schema(tmp_path):
    write_outputs(small_facts(), tmp_path)
    schema = json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))
    assert schema == Facts.model_json_schema(mode="serialization")
    assert set(schema["$defs"]) >= {"Release", "Person", "Organization", "Role", "Resolution", "Event", "Evidence"}


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    write_atomic(tmp_path / "x" / "f.txt", "one\n")
    write_atomic(tmp_path / "x" / "f.txt", "two\n")
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["f.txt"]
    assert (tmp_path / "x" / "f.txt").read_text() == "two\n"


def test_texts_jsonl_is_written_when_texts_are_given(tmp_path):
    release = parse_release("r", "ILO and Esim.\n")
    written = write_outputs(small_facts(), tmp_path, texts={release.id: release.text})
    assert "texts.jsonl" in [p.name for p in written]
    assert (tmp_path / "texts.jsonl").read_text(encoding="utf-8") == '{"id": "r", "text": "ILO and Esim.\\n"}\n'


def test_facts_json_is_indented_utf8_json():
    evidence = Evidence(release_id="r", start=0, end=6, mention="Zoë Ó", sentence="Zoë Ó said “yes”.", sentence_start=0)
    facts = Facts(pipeline="p", releases=[Release(id="r", title="Ünïcode", people=[Person(name="Zoë Ó", evidence=[evidence])])])
    assert export.facts_json(facts) == json.dumps(facts.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def test_errors_csv_lists_skipped_inputs_by_file_and_line():
    skipped = [Skipped("c/feed.jsonl", "not JSON (Expecting value at column 1)", 12), Skipped("c/a.txt", "empty file", None, "a"), Skipped("c/feed.jsonl", "no 'id' field", 3)]
    assert export.errors_csv(skipped) == (
        "file,line,release_id,error\n"
        "c/a.txt,,a,empty file\n"
        "c/feed.jsonl,3,,no 'id' field\n"
        "c/feed.jsonl,12,,not JSON (Expecting value at column 1)\n"
    )


def generations(out) -> list[str]:
    return sorted(p.name for p in (out / export.GENERATIONS).iterdir())


def test_outputs_are_links_through_one_current_generation(tmp_path):
    write_outputs(Facts(pipeline="old", releases=[release(1)]), tmp_path)
    first = export.current_generation(tmp_path)
    write_outputs(Facts(pipeline="new", releases=[release(2)]), tmp_path)
    second = export.current_generation(tmp_path)
    assert first != second and generations(tmp_path) == [second.name]  # the previous set is gone
    assert os.readlink(tmp_path / "facts.json") == ".current/facts.json"
    assert os.readlink(tmp_path / "index" / "people.csv") == "../.current/index/people.csv"
    assert os.readlink(tmp_path / ".current") == f".generations/{second.name}"
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (second / name).read_bytes()
    assert '"pipeline": "new"' in (tmp_path / "facts.json").read_text()


def test_the_set_switches_at_one_rename(tmp_path, monkeypatch):
    """Every output name resolves through OUT/.current: before the rename of that one link all
    names give the previous run's files, after it all give the new run's."""
    write_outputs(Facts(pipeline="old", releases=[release(1)]), tmp_path)
    before = read_all(tmp_path)
    seen = []
    replace = os.replace

    def watched(src, dst):
        if os.path.basename(dst) == export.CURRENT:
            seen.append({name: (tmp_path / name).read_bytes() for name in OUTPUT_FILES})
        replace(src, dst)
        if os.path.basename(dst) == export.CURRENT:
            seen.append({name: (tmp_path / name).read_bytes() for name in OUTPUT_FILES})

    monkeypatch.setattr(export.os, "replace", watched)
    write_outputs(Facts(pipeline="new", releases=[release(2)]), tmp_path)
    assert seen[0] == {name: before[name] for name in OUTPUT_FILES}
    assert seen[1] == {name: (export.current_generation(tmp_path) / name).read_bytes() for name in OUTPUT_FILES}


def test_a_failure_while_writing_leaves_the_previous_files_untouched(tmp_path, monkeypatch):
    write_outputs(Facts(pipeline="old", releases=[release(1)]), tmp_path)
    before, current = read_all(tmp_path), export.current_generation(tmp_path)
    write_file = export.write_file

    def failing(path, text):
        if path.name == "errors.csv":
            raise KeyboardInterrupt
        return write_file(path, text)

    monkeypatch.setattr(export, "write_file", failing)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(Facts(pipeline="new", releases=[release(2)]), tmp_path)
    assert read_all(tmp_path) == before
    assert generations(tmp_path) == [current.name]  # the half-written generation is removed


def test_plain_files_of_the_layout_before_generations_become_links(tmp_path):
    (tmp_path / "facts.json").write_text("old")
    (tmp_path / ".facts.json.abc123.tmp").write_text("left by a killed run")
    write_outputs(small_facts(), tmp_path)
    assert (tmp_path / "facts.json").is_symlink() and (tmp_path / "facts.json").read_text().startswith('{\n  "pipeline"')
    assert not (tmp_path / ".facts.json.abc123.tmp").exists()


def test_a_file_the_new_set_lacks_is_unlinked(tmp_path):
    release_ = parse_release("r", "ILO and Esim.\n")
    write_outputs(small_facts(), tmp_path, texts={release_.id: release_.text})
    assert (tmp_path / "review.html").is_file()
    write_outputs(small_facts(), tmp_path)  # no texts: no review page, no texts.jsonl
    assert not os.path.lexists(tmp_path / "review.html") and not os.path.lexists(tmp_path / "texts.jsonl")


def test_outputs_can_be_read_by_others(tmp_path):
    write_outputs(small_facts(), tmp_path)
    assert (tmp_path / "facts.json").stat().st_mode & 0o777 == 0o666 & ~export.UMASK
    assert export.current_generation(tmp_path).stat().st_mode & 0o777 == 0o777 & ~export.UMASK


# --------------------------------------------------------------------------- determinism


@pytest.fixture(scope="module")
def releases():
    return [parse_release(rid, text) for rid, text in TEXTS.items()] + [read_release(CORPUS / "ilo-sse-summit-2025.txt")]


def test_outputs_are_byte_identical_across_runs(nlp, releases, tmp_path):
    for run in ("first", "second"):
        facts = Facts(pipeline="news-facts test", releases=list(process(nlp, releases)))
        write_outputs(facts, tmp_path / run, texts={r.id: r.text for r in releases})
    for name in OUTPUT_FILES + ["review.html"]:
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes(), name


def test_records_do_not_depend_on_batching(nlp, releases):
    together = [facts_json(Facts(pipeline="p", releases=[r])) for r in process(nlp, releases, batch_size=32)]
    alone = [facts_json(Facts(pipeline="p", releases=list(process(nlp, [r], batch_size=1)))) for r in releases]
    assert together == alone


def test_release_table_from_extracted_records(nlp, releases, tmp_path):
    write_outputs(Facts(pipeline="p", releases=list(process(nlp, releases))), tmp_path)
    table = rows((tmp_path / "releases.csv").read_text(encoding="utf-8"))
    assert [(r["id"], r["title"], r["dateline"], r["source"], r["published"]) for r in table] == [
        ("a", "", "LUXEMBOURG CITY", "ILO News", ""),
        ("b", "Readout", "", "", "2021-06-15"),
        ("c", "", "", "", ""),
        ("ilo-sse-summit-2025", "", "LUXEMBOURG CITY", "ILO News", ""),
    ]
    events = rows((tmp_path / "events.csv").read_text(encoding="utf-8"))
    assert [(e["release_id"], e["name"], e["start"], e["end"]) for e in events] == [
        ("a", "Global Government Summit", "2025-04-09", "2025-04-11"),
        ("ilo-sse-summit-2025", "Global Government Summit", "2025-04-09", "2025-04-11"),
    ]


# --------------------------------------------------------------------------- streaming (FactsWriter)


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
        roles=[Role(person=f"Ana Díaz {n}", title="Director-General", organization="World Health Organization", evidence=[evidence(rid, 80, "Director-General")])],
    )


def text_of(r: Release) -> str:
    """A release text with every mention of `r` at its evidence offsets (review.html checks them)."""
    chars = [" "] * 100
    for kind in RECORD_TYPES:
        for record in getattr(r, kind):
            for ev in record.evidence:
                chars[ev.start : ev.end] = ev.mention
    return "".join(chars)


def read_all(folder) -> dict[str, bytes]:
    """The visible outputs (through their links) and their bytes."""
    return {name: (folder / name).read_bytes() for name in visible(folder)}


@pytest.mark.parametrize("flush_every", [1, 2, 64])
def test_streamed_outputs_equal_whole_facts_whatever_the_flush_size(tmp_path, flush_every):
    releases = [release(n) for n in range(5)]
    texts = {r.id: text_of(r) for r in releases}
    write_outputs(Facts(pipeline="p 1", releases=releases), tmp_path / "whole", texts=texts)
    with FactsWriter(tmp_path / "stream", "p 1", flush_every=flush_every) as writer:
        for r in releases:
            writer.add(r, texts[r.id])
    streamed = read_all(tmp_path / "stream")
    # write_outputs adds the run's files: the texts offsets index into and the skipped inputs.
    assert sorted(streamed) == sorted([name for name in OUTPUT_FILES if name != "errors.csv"] + ["review.html", "texts.jsonl"])
    whole = read_all(tmp_path / "whole")
    assert sorted(whole) == sorted([*streamed, "errors.csv"])
    # datapackage.json describes errors.csv too when write_outputs writes it.
    del whole["datapackage.json"], streamed["datapackage.json"]
    assert streamed == {name: data for name, data in whole.items() if name in streamed}


def test_review_page_needs_the_text_of_every_release(tmp_path):
    with FactsWriter(tmp_path, "p 1") as writer:
        writer.add(release(1), text_of(release(1)))
        writer.add(release(2))
    assert not (tmp_path / "review.html").exists()
    assert (tmp_path / "index" / "people.csv").exists()


def test_facts_json_is_the_indented_dump_and_jsonl_has_one_release_a_line(tmp_path):
    releases = [release(n) for n in range(3)]
    facts = Facts(pipeline="p 1", releases=releases)
    write_outputs(facts, tmp_path)
    assert (tmp_path / "facts.json").read_text(encoding="utf-8") == facts_json(with_ids_all(facts))
    lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [r.model_dump(mode="json") for r in with_ids_all(facts).releases]
    people = (tmp_path / "people.csv").read_text(encoding="utf-8").splitlines()
    assert people[0].startswith("release_id,name,aliases,person_id,evidence_start")
    assert people[1] == 'r0,Ana Díaz 0,Díaz; Ana,ana-diaz-0,10,20,Ana Díaz 0,"Ana Díaz 0 said, ""yes"".","[[10, 20], [40, 44]]"'


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
    assert sorted(read_all(tmp_path)) == sorted(OUTPUT_FILES)


# --------------------------------------------------------------------------- spreadsheets


@pytest.mark.parametrize("value", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1"])
def test_cells_a_spreadsheet_would_evaluate_get_a_quote(value):
    assert spreadsheet.safe_cell(value) == "'" + value
    assert csv_text([{"release_id": "r", "name": value}], ["release_id", "name"]).splitlines()[1].startswith("r,'")


def test_other_cells_and_numbers_are_left_alone():
    text = csv_text([{"release_id": "r", "name": "Guy Ryder = ILO", "start": -1}, {"release_id": "s", "name": None, "start": 3}], ["release_id", "name", "start"])
    assert text == "release_id,name,start\nr,Guy Ryder = ILO,-1\ns,,3\n"


def test_facts_json_keeps_the_raw_value_and_every_csv_the_inert_one(tmp_path):
    formula = "=HYPERLINK(\"http://x\")"
    facts = Facts(pipeline="p", releases=[Release(id="r", title=formula, people=[Person(name="Ana Díaz", aliases=[formula], evidence=[evidence("r", 0, "Ana Díaz")])])])
    write_outputs(facts, tmp_path, skipped=[Skipped("c/x.md", "empty file", None, "-x")])
    assert json.loads((tmp_path / "facts.json").read_text())["releases"][0]["title"] == formula
    assert rows((tmp_path / "releases.csv").read_text())[0]["title"] == "'" + formula
    assert rows((tmp_path / "people.csv").read_text())[0]["aliases"] == "'" + formula
    assert rows((tmp_path / "index" / "people.csv").read_text())[0]["aliases"] == "'" + formula
    assert rows((tmp_path / "errors.csv").read_text())[0]["release_id"] == "'-x"
