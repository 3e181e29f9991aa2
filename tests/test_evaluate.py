"""Tests for the gold comparison rules of FACTS.md (pipeline.evaluation.evaluate) and the bare baseline."""

from __future__ import annotations

import json

import pytest
import spacy

from pipeline.evaluation.baseline import bare_ner_facts
from pipeline.evaluation.evaluate import (
    RECORD_TYPES,
    Counts,
    content_words,
    kinds_agree,
    load_gold,
    load_split,
    render_report,
    max_matching,
    normalize,
    render_details,
    render_table,
    score,
    scores_as_dict,
)

RID = "r1"


def gold_release(**records) -> dict[str, dict]:
    """A one-release gold dict with the given record lists (others empty)."""
    return {RID: {"id": RID, **{t: records.get(t, []) for t in ("people", "organizations", "roles", "resolutions", "events")}}}


def output_facts(**records) -> dict:
    """A one-release facts dict with the given record lists (others empty)."""
    return {"releases": [{"id": RID, **{t: records.get(t, []) for t in ("people", "organizations", "roles", "resolutions", "events")}}]}


def counts(facts: dict, gold: dict, record_type: str) -> tuple[int, int, int]:
    """(TP, FP, FN) of one record type."""
    c = score(facts, gold).totals[record_type]
    return c.tp, c.fp, c.fn


# --------------------------------------------------------------------------- normalize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("U.N.", "UN"),
        ("U.S.", "US"),
        ("Mr. Ryder", "Ryder"),
        ("Ms Esim", "Esim"),
        ("H.E. Mr. Guy Ryder", "Guy Ryder"),
        ("His Excellency Sheikh Khalifa", "Sheikh Khalifa"),
        ("The Honorable Jane Doe", "Jane Doe"),
        ("Prof. Dr. Jane Doe", "jane doe"),
        ("the ILO's", "ILO"),
        ("ILO’s", "ilo"),
        ("The International Labour Organization", "international labour organization"),
        ("António Guterres", "Antonio Guterres"),
        ("COOP/SSE", "coop sse"),
    ],
)
def test_normalize_equal(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_exact_forms():
    assert normalize("Rie Vejs-Kjeldgaard") == "rie vejs kjeldgaard"
    assert normalize("  The   Department of the Treasury ") == "department of the treasury"
    assert normalize(None) == ""
    assert normalize("") == ""
    assert normalize("Mr.") == "mr"  # an honorific alone is not stripped to nothing


def test_normalize_keeps_inner_the_and_distinct_names():
    assert normalize("Department of the Treasury") != normalize("Department of Treasury")
    assert normalize("UN") != normalize("UNTFSSE")


def test_content_words_drop_stop_words():
    assert content_words("Minister of Labour and the Economy") == {"minister", "labour", "economy"}
    assert content_words("of the") == set()


# --------------------------------------------------------------------------- counts


def test_counts_edge_cases():
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(0, 0, 3).precision, Counts(0, 0, 3).recall, Counts(0, 0, 3).f1) == (0.0, 0.0, 0.0)
    assert (Counts(0, 2, 0).precision, Counts(0, 2, 0).recall, Counts(0, 2, 0).f1) == (0.0, 0.0, 0.0)
    c = Counts(1, 2, 1)
    assert c.precision == pytest.approx(1 / 3)
    assert c.recall == pytest.approx(1 / 2)
    assert c.f1 == pytest.approx(0.4)


# --------------------------------------------------------------------------- people


def test_people_honorific_possessive_accent_and_alias():
    gold = gold_release(
        people=[
            {"name": "Simel Esim", "aliases": ["Esim"]},
            {"name": "António Guterres", "aliases": None},
            {"name": "Guy Ryder"},
        ]
    )
    facts = output_facts(people=[{"name": "Ms Esim"}, {"name": "Antonio Guterres"}, {"name": "Mr. Ryder's", "aliases": []}])
    assert counts(facts, gold, "people") == (2, 1, 1)  # "Ryder" is not an alias of "Guy Ryder"


def test_alias_left_as_separate_person_costs_precision():
    gold = gold_release(people=[{"name": "Simel Esim", "aliases": ["Esim"]}])
    facts = output_facts(people=[{"name": "Simel Esim", "aliases": []}, {"name": "Esim", "aliases": []}])
    assert counts(facts, gold, "people") == (1, 1, 0)


def test_output_aliases_are_not_used_for_people():
    gold = gold_release(people=[{"name": "Simel Esim", "aliases": []}])
    facts = output_facts(people=[{"name": "Esim", "aliases": ["Simel Esim"]}])
    assert counts(facts, gold, "people") == (0, 1, 1)


# --------------------------------------------------------------------------- organizations


def test_organization_matched_through_acronym():
    gold = gold_release(organizations=[{"name": "International Labour Organization", "acronym": "ILO"}])
    facts = output_facts(organizations=[{"name": "ILO", "acronym": None, "aliases": [], "parent": None}])
    assert counts(facts, gold, "organizations") == (1, 0, 0)


def test_organization_matched_output_alias_to_gold_alias():
    gold = gold_release(organizations=[{"name": "European Union", "acronym": "EU", "aliases": ["E.U."]}])
    facts = output_facts(organizations=[{"name": "Union", "acronym": None, "aliases": ["EU"]}])
    assert counts(facts, gold, "organizations") == (1, 0, 0)


def test_duplicate_output_organization_costs_precision():
    gold = gold_release(organizations=[{"name": "International Labour Organization", "acronym": "ILO"}])
    facts = output_facts(organizations=[{"name": "ILO"}, {"name": "the International Labour Organization"}])
    assert counts(facts, gold, "organizations") == (1, 1, 0)


def test_one_to_one_matching_where_greedy_fails():
    # "UN" fits both gold records, "United Nations" only the first: greedy in either order
    # gives one match, maximum matching gives two.
    gold = gold_release(
        organizations=[
            {"name": "United Nations", "acronym": "UN"},
            {"name": "United Nations General Assembly", "aliases": ["UN"]},
        ]
    )
    facts = output_facts(organizations=[{"name": "UN"}, {"name": "United Nations"}])
    assert counts(facts, gold, "organizations") == (2, 0, 0)


def test_max_matching_is_maximum_and_deterministic():
    compatible = {(0, 0), (0, 1), (1, 0), (2, 2)}  # (output index, gold index)
    outs = [{"i": i} for i in range(3)]
    golds = [{"j": j} for j in range(3)]
    matching = max_matching(outs, golds, lambda o, g: (o["i"], g["j"]) in compatible)
    assert matching == {0: 1, 1: 0, 2: 2}  # {gold index: output index}
    assert max_matching(outs, golds, lambda o, g: False) == {}


# --------------------------------------------------------------------------- roles


ILO_GOLD_ORGS = [
    {"name": "International Labour Organization", "acronym": "ILO"},
    {"name": "Cooperative, Social and Solidarity Economy Unit", "acronym": "COOP/SSE"},
]
ESIM = {"name": "Simel Esim", "aliases": ["Esim"]}
GOLD_HEAD_ROLE = {"person": "Simel Esim", "title": "head", "organization": "Cooperative, Social and Solidarity Economy Unit"}


def test_role_org_matched_through_the_release_organizations():
    gold = gold_release(people=[ESIM], organizations=ILO_GOLD_ORGS, roles=[GOLD_HEAD_ROLE])
    facts = output_facts(
        organizations=[{"name": "ILO Social Economy Unit", "acronym": "COOP/SSE"}],
        roles=[{"person": "Esim", "title": "Head", "organization": "ILO Social Economy Unit"}],
    )
    assert counts(facts, gold, "roles") == (1, 0, 0)


def test_role_org_not_matched_without_an_organization_record_linking_it():
    gold = gold_release(people=[ESIM], organizations=ILO_GOLD_ORGS, roles=[GOLD_HEAD_ROLE])
    facts = output_facts(roles=[{"person": "Simel Esim", "title": "head", "organization": "ILO Social Economy Unit"}])
    assert counts(facts, gold, "roles") == (0, 1, 1)


def test_role_org_through_gold_acronym():
    gold = gold_release(people=[ESIM], organizations=ILO_GOLD_ORGS, roles=[GOLD_HEAD_ROLE])
    facts = output_facts(roles=[{"person": "Simel Esim", "title": "head", "organization": "COOP/SSE"}])
    assert counts(facts, gold, "roles") == (1, 0, 0)


def test_role_person_through_gold_aliases_only():
    gold = gold_release(people=[ESIM], roles=[{"person": "Simel Esim", "title": "Chair", "organization": None}])
    assert counts(output_facts(roles=[{"person": "Dr. Esim", "title": "chair", "organization": ""}]), gold, "roles") == (1, 0, 0)
    assert counts(output_facts(roles=[{"person": "Simel", "title": "chair", "organization": None}]), gold, "roles") == (0, 1, 1)


def test_role_empty_organization_must_be_empty_on_both_sides():
    gold = gold_release(
        people=[{"name": "Joey Hood"}],
        roles=[{"person": "Joey Hood", "title": "Acting Assistant Secretary of State", "organization": None}],
    )
    with_org = output_facts(roles=[{"person": "Joey Hood", "title": "Acting Assistant Secretary of State", "organization": "Department of State"}])
    without_org = output_facts(roles=[{"person": "Joey Hood", "title": "Acting Assistant Secretary of State"}])
    assert counts(with_org, gold, "roles") == (0, 1, 1)
    assert counts(without_org, gold, "roles") == (1, 0, 0)


@pytest.mark.parametrize(
    ("output_title", "gold_title", "expected"),
    [
        ("Attorney General", "Assistant Attorney General", (1, 0, 0)),  # 2 of 2 shared
        ("Representative", "Permanent Representative", (1, 0, 0)),  # 1 of 1
        ("Assistant Secretary", "Assistant Attorney General", (1, 0, 0)),  # exactly half (1 of 2)
        ("Secretary of State", "Deputy Secretary of State", (1, 0, 0)),  # stop words ignored
        ("Vice Minister of Commerce", "Deputy Prime Minister", (0, 1, 1)),  # 1 of 3 < half
        ("Chairman", "Chair", (0, 1, 1)),
    ],
)
def test_role_title_half_overlap(output_title, gold_title, expected):
    gold = gold_release(people=[{"name": "Jane Doe"}], roles=[{"person": "Jane Doe", "title": gold_title, "organization": "Acme"}])
    facts = output_facts(roles=[{"person": "Jane Doe", "title": output_title, "organization": "Acme"}])
    assert counts(facts, gold, "roles") == expected


# --------------------------------------------------------------------------- resolutions


SUBJECT = "promoting the social and solidarity economy for sustainable development"


def resolution(kind="resolution", body="United Nations General Assembly", date="2023", subject=SUBJECT) -> dict:
    """A resolution record."""
    return {"kind": kind, "body": body, "date": date, "subject": subject}


def test_resolution_plural_kind_and_subject_overlap():
    gold = gold_release(resolutions=[resolution(), resolution(kind="action plan", date=None)])
    facts = output_facts(
        resolutions=[
            resolution(kind="Resolutions", subject="the social and solidarity economy"),
            resolution(kind="action plans", date=""),
        ]
    )
    assert counts(facts, gold, "resolutions") == (2, 0, 0)


def test_resolution_kind_and_subject_mismatch():
    gold = gold_release(resolutions=[resolution()])
    assert counts(output_facts(resolutions=[resolution(kind="decision")]), gold, "resolutions") == (0, 1, 1)
    assert counts(output_facts(resolutions=[resolution(subject="climate change adaptation")]), gold, "resolutions") == (0, 1, 1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("settlement agreement", "agreement", True),
        ("agreement", "Settlement Agreements", True),
        ("plea agreement", "deferred prosecution agreement", False),
        ("memorandum of understanding", "understanding", True),
        ("agreement", "agreement", True),
        ("order", "executive order", True),
        ("consent decree", "decree of consent", False),
        ("greement", "agreement", False),
        ("", "agreement", False),
        (None, "", True),
    ],
)
def test_kinds_agree_when_the_longer_ends_with_the_shorter(a, b, expected):
    assert kinds_agree(a, b) is expected


def test_resolution_multi_party_body():
    gold = gold_release(
        organizations=[{"name": "Ministry of Commerce", "acronym": "MOFCOM"}],
        resolutions=[resolution(kind="memorandum of understanding", body="Department of Justice; Federal Trade Commission; Ministry of Commerce")],
    )
    via_gold_acronym = output_facts(resolutions=[resolution(kind="memorandum of understanding", body="MOFCOM; China")])
    via_output_org = output_facts(
        organizations=[{"name": "FTC", "aliases": ["Federal Trade Commission"]}],
        resolutions=[resolution(kind="memorandum of understanding", body="FTC")],
    )
    no_party = output_facts(resolutions=[resolution(kind="memorandum of understanding", body="China; FTC")])
    assert counts(via_gold_acronym, gold, "resolutions") == (1, 0, 0)
    assert counts(via_output_org, gold, "resolutions") == (1, 0, 0)
    assert counts(no_party, gold, "resolutions") == (0, 1, 1)


def test_resolution_empty_gold_body_requires_empty_output_body():
    gold = gold_release(resolutions=[resolution(kind="bill", body=None)])
    assert counts(output_facts(resolutions=[resolution(kind="bill", body="")]), gold, "resolutions") == (1, 0, 0)
    assert counts(output_facts(resolutions=[resolution(kind="bill", body="Congress")]), gold, "resolutions") == (0, 1, 1)


@pytest.mark.parametrize(
    ("gold_date", "output_date", "expected"),
    [
        ("2022", "2022-06-10", (1, 0, 0)),
        ("2022-06", "2022-06-10", (1, 0, 0)),
        ("2022-06-10", "2022", (0, 1, 1)),
        ("2022-06-10", "2022-06-11", (0, 1, 1)),
        (None, "2022", (0, 1, 1)),
        ("2022", None, (0, 1, 1)),
        (None, "", (1, 0, 0)),
    ],
)
def test_resolution_date_precision(gold_date, output_date, expected):
    gold = gold_release(resolutions=[resolution(date=gold_date)])
    facts = output_facts(resolutions=[resolution(date=output_date)])
    assert counts(facts, gold, "resolutions") == expected


def test_dated_resolutions_count_only_records_dated_on_both_sides():
    gold = gold_release(
        resolutions=[resolution(date="2023"), resolution(date="2024"), resolution(kind="strategy", date=None)]
    )
    facts = output_facts(
        resolutions=[
            resolution(date="2023"),  # dated match
            resolution(date=None),  # was dated in gold: a miss for both counts, not a dated prediction
            resolution(kind="strategy", date=None),  # undated match
            resolution(kind="declaration", date="2019"),  # dated extra
        ]
    )
    assert counts(facts, gold, "resolutions") == (2, 2, 1)
    assert counts(facts, gold, "dated resolutions") == (1, 1, 1)


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    ("output_event", "expected"),
    [
        ({"name": "the Summit", "start": "2025-04-09"}, (1, 0, 0)),
        ({"name": "Global Government Summit", "start": "2025-04-10"}, (0, 1, 1)),
        ({"name": "Global Government Summit", "start": None}, (0, 1, 1)),
        ({"name": "Global Labour Forum", "start": "2025-04-09"}, (0, 1, 1)),
    ],
)
def test_event_name_overlap_and_start(output_event, expected):
    gold = gold_release(events=[{"name": "Global Government Summit", "start": "2025-04-09", "end": "2025-04-11"}])
    assert counts(output_facts(events=[output_event]), gold, "events") == expected


def test_event_gold_start_at_year_precision_or_empty():
    gold = gold_release(events=[{"name": "Ministerial Council Meeting", "start": "2021"}, {"name": "Civil Space Dialogue", "start": None}])
    facts = output_facts(events=[{"name": "Ministerial Council Meeting", "start": "2021-10-05"}, {"name": "Civil Space Dialogue", "start": "2022-01-01"}])
    assert counts(facts, gold, "events") == (2, 0, 0)


# --------------------------------------------------------------------------- releases, rendering, loading


def test_missing_output_release_misses_everything_and_extra_releases_are_ignored():
    gold = {
        "a": {"id": "a", "people": [{"name": "Jane Doe"}], "organizations": [{"name": "Acme"}]},
        "b": {"id": "b", "people": [{"name": "John Roe"}]},
    }
    facts = {"releases": [{"id": "b", "people": [{"name": "John Roe"}]}, {"id": "zzz", "people": [{"name": "X"}]}]}
    scores = score(facts, gold)
    assert (scores.totals["people"].tp, scores.totals["people"].fp, scores.totals["people"].fn) == (1, 0, 1)
    assert (scores.totals["organizations"].tp, scores.totals["organizations"].fn) == (0, 1)
    assert set(scores.releases) == {"a", "b"}
    assert scores.releases["a"]["people"].missed == [{"name": "Jane Doe"}]


def test_render_table_and_details():
    gold = gold_release(people=[{"name": "Jane Doe"}, {"name": "John Roe"}])
    facts = output_facts(people=[{"name": "Jane Doe", "evidence": [{"sentence": "..."}]}, {"name": "Acme", "aliases": []}])
    scores = score(facts, gold)
    table = render_table(scores).splitlines()
    assert table[0] == "| type | P | R | F1 | TP | FP | FN |"
    assert [line.split("|")[1].strip() for line in table[2:]] == list(RECORD_TYPES)
    assert table[2] == "| people | 0.50 | 0.50 | 0.50 | 1 | 1 | 1 |"
    details = render_details(scores)
    assert '- missed: {"name": "John Roe"}' in details
    assert '+ extra: {"name": "Acme"}' in details
    data = scores_as_dict(scores)
    assert data["totals"]["people"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["releases"][RID]["people"]["extra"] == [{"name": "Acme", "aliases": []}]
    json.dumps(data)


def test_load_gold_reads_files_and_names_a_broken_one(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "people": []}), encoding="utf-8")
    assert load_gold(tmp_path) == {"a": {"id": "a", "people": []}}
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json"):
        load_gold(tmp_path)


def test_split_file_parts_and_named_errors(tmp_path):
    assert load_split(tmp_path) == {}
    (tmp_path / "split.csv").write_text("id,part\nwire-1,test\nstate-2,development\n", encoding="utf-8")
    assert load_split(tmp_path) == {"wire-1": "test", "state-2": "development"}
    (tmp_path / "split.csv").write_text("id,part\nwire-1,dev\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"split.csv:2: .*'dev'"):
        load_split(tmp_path)


def test_report_has_development_test_and_per_source_tables():
    gold = {
        "wire-1": {"id": "wire-1", "people": [{"name": "Jane Doe"}]},
        "state-2": {"id": "state-2", "people": [{"name": "John Roe"}]},
        "doj-3": {"id": "doj-3", "people": [{"name": "Ann Poe"}]},
    }
    facts = {"releases": [{"id": "wire-1", "people": [{"name": "Jane Doe"}]}, {"id": "state-2", "people": [{"name": "X Y"}]}]}
    report = render_report(score(facts, gold), {"wire-1": "test", "state-2": "development"})
    dev, test, families = report.split("\n\n")
    # doj-3 is not in the split: a new gold file counts as development
    assert dev.splitlines()[0] == "## development part: 2 releases"
    assert "| people | 0.00 | 0.00 | 0.00 | 0 | 1 | 2 |" in dev
    assert test.splitlines()[0].startswith("## test part: 1 releases (blind")
    assert "| people | 1.00 | 1.00 | 1.00 | 1 | 0 | 0 |" in test
    rows = {tuple(cell.strip() for cell in line.split("|")[1:4]): line for line in families.splitlines()[3:]}
    assert set(rows) == {
        ("doj", "development", "1"),
        ("state", "development", "1"),
        ("U.S. federal", "development", "2"),
        ("wire", "test", "1"),
        ("other publishers", "test", "1"),
    }
    assert "| 1.00 (1.00/1.00) | none |" in rows[("wire", "test", "1")]


def test_show_lists_development_misses_and_only_show_test_spoils_the_test_part(tmp_path, capsys):
    from pipeline.cli import main

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for rid, name in (("wh-1", "Dev Missed"), ("wire-2", "Test Missed")):
        (gold_dir / f"{rid}.json").write_text(json.dumps({"id": rid, "people": [{"name": name}]}), encoding="utf-8")
    (gold_dir / "split.csv").write_text("id,part\nwh-1,development\nwire-2,test\n", encoding="utf-8")
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"releases": []}), encoding="utf-8")
    assert main(["eval", "--facts", str(facts), "--gold", str(gold_dir), "--show"]) == 0
    shown = capsys.readouterr().out
    assert "Dev Missed" in shown and "Test Missed" not in shown
    assert main(["eval", "--facts", str(facts), "--gold", str(gold_dir), "--show-test"]) == 0
    spoiled = capsys.readouterr().out
    assert "Dev Missed" in spoiled and "Test Missed" in spoiled and "spoiled" in spoiled


# --------------------------------------------------------------------------- baseline


def test_bare_ner_facts_unique_person_and_org_texts():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Simel Esim"},
            {"label": "ORG", "pattern": "ILO"},
            {"label": "GPE", "pattern": "Luxembourg"},
        ]
    )
    facts = bare_ner_facts(nlp, [("a", "Simel Esim of the ILO met the ILO in Luxembourg."), ("b", "Nothing here.")])
    first, second = facts["releases"]
    assert first["id"] == "a"
    assert first["people"] == [{"name": "Simel Esim", "aliases": []}]
    assert first["organizations"] == [{"name": "ILO", "acronym": None, "aliases": [], "parent": None}]
    assert first["roles"] == first["resolutions"] == first["events"] == []
    assert second["people"] == second["organizations"] == []
