"""Corpus-wide index: the identity rules on hand-made releases (hard cases first)."""

from __future__ import annotations

import csv
import io

from pipeline.outputs.index import NameForm, build_index, group_people, index_csvs, with_ids
from pipeline.extraction.records import Organization, Person, Release, Resolution, Role


def release(rid, published=None, people=(), orgs=(), roles=(), resolutions=()):
    """A release with records and no evidence (the index never reads evidence)."""
    return Release(
        id=rid,
        published=published,
        people=[Person(name=n, aliases=list(a), evidence=[]) for n, *a in people],
        organizations=[Organization(name=n, acronym=a, parent=p, evidence=[]) for n, a, p in orgs],
        roles=[Role(person=p, title=t, organization=o, evidence=[]) for p, t, o in roles],
        resolutions=[Resolution(kind=k, body=b, date=d, subject=s, evidence=[]) for k, b, d, s in resolutions],
    )


def person_entries(*releases):
    index = build_index(releases)
    return {e.name: e.releases for e in index.people}


def org_entries(*releases):
    index = build_index(releases)
    return {e.name: (e.acronyms, e.releases) for e in index.organizations}


def test_same_surname_different_given_names_stay_apart():
    entries = person_entries(
        release("r1", people=[("John Smith",)]),
        release("r2", people=[("Jane Smith",)]),
    )
    assert entries == {"John Smith": ["r1"], "Jane Smith": ["r2"]}


def test_surname_alone_joins_the_full_name_when_they_share_a_title():
    index = build_index([
        release("r1", "2013-05-01", people=[("Guy Ryder", "Mr Ryder")], roles=[("Guy Ryder", "Director-General", "ILO")]),
        release("r2", "2016-03-01", people=[("Ryder", "Mr Ryder")], roles=[("Ryder", "Director General", None)]),
    ])
    [entry] = index.people
    assert (entry.id, entry.name, entry.releases) == ("guy-ryder", "Guy Ryder", ["r1", "r2"])
    assert entry.aliases == ["Mr Ryder", "Ryder"]
    assert [(t.published, t.title) for t in entry.titles] == [("2013-05-01", "Director-General"), ("2016-03-01", "Director General")]
    assert index.person_of[("r2", "Ryder")] == "guy-ryder"


def test_surname_alone_with_nothing_in_common_is_not_merged():
    index = build_index([
        release("r1", people=[("Edgar Bello Murillo",)]),
        release("r2", people=[("Murillo",)]),
        release("r3", people=[("Murillo",)]),
    ])
    assert sorted((e.id, tuple(e.releases)) for e in index.people) == [
        ("edgar-bello-murillo", ("r1",)), ("murillo", ("r2",)), ("murillo-2", ("r3",)),
    ]


def test_surname_alone_is_ambiguous_between_two_full_names():
    index = build_index([
        release("r1", people=[("Joe Biden",)], roles=[("Joe Biden", "President", None)]),
        release("r2", people=[("Jill Biden",)], roles=[("Jill Biden", "President", "Northern Virginia Community College")]),
        release("r3", people=[("Biden",)], roles=[("Biden", "President", None)]),
    ])
    assert sorted((e.name, tuple(e.releases)) for e in index.people) == [
        ("Biden", ("r3",)), ("Jill Biden", ("r2",)), ("Joe Biden", ("r1",)),
    ]


def test_initials_join_only_an_unambiguous_full_name():
    index = build_index([
        release("r1", people=[("Guy Ryder",)], roles=[("Guy Ryder", "Director-General", None)]),
        release("r2", people=[("G. Ryder",)], roles=[("G. Ryder", "Director-General", None)]),
        release("r3", people=[("John Smith",)], roles=[("John Smith", "Attorney", None)]),
        release("r4", people=[("Jane Smith",)], roles=[("Jane Smith", "Attorney", None)]),
        release("r5", people=[("J. Smith",)], roles=[("J. Smith", "Attorney", None)]),
        release("r6", people=[("K. Ryder",)], roles=[("K. Ryder", "Director-General", None)]),
    ])
    assert sorted((e.name, tuple(e.releases)) for e in index.people) == [
        ("Guy Ryder", ("r1", "r2")), ("J. Smith", ("r5",)), ("Jane Smith", ("r4",)), ("John Smith", ("r3",)), ("K. Ryder", ("r6",)),
    ]


def test_middle_names_and_suffixes_must_agree():
    entries = person_entries(
        release("r1", people=[("Antony J. Blinken",)]),
        release("r2", people=[("Antony Blinken",)]),
        release("r3", people=[("John A. Smith",)]),
        release("r4", people=[("John B. Smith",)]),
        release("r5", people=[("John Smith",)]),  # could be either: stays apart
        release("r6", people=[("Lloyd J. Austin III",)]),
        release("r7", people=[("Lloyd Austin",)]),
        release("r8", people=[("Robert Jones Jr.",)]),
        release("r9", people=[("Robert Jones Sr.",)]),
    )
    assert entries == {
        "Antony J. Blinken": ["r1", "r2"],
        "John A. Smith": ["r3"],
        "John B. Smith": ["r4"],
        "John Smith": ["r5"],
        "Lloyd J. Austin III": ["r6", "r7"],
        "Robert Jones Jr.": ["r8"],
        "Robert Jones Sr.": ["r9"],
    }


def test_case_accents_and_punctuation_do_not_split_a_person():
    index = build_index([
        release("r1", people=[("JOSEPH R. BIDEN JR",)]),
        release("r2", people=[("Joseph R. Biden, Jr.",)]),
        release("r3", people=[("António Guterres",)]),
        release("r4", people=[("Antonio Guterres",)]),
    ])
    assert sorted((e.name, tuple(e.releases)) for e in index.people) == [
        ("Antonio Guterres", ("r3", "r4")), ("Joseph R. Biden, Jr.", ("r1", "r2")),
    ]


def test_name_forms():
    assert NameForm.parse("Ryder") == NameForm("", (), "ryder", "")
    assert NameForm.parse("Lloyd J. Austin III") == NameForm("lloyd", ("j",), "austin", "iii")
    assert NameForm.parse("Kath Hicks").compatible(NameForm.parse("Kathleen Hicks")) is False
    assert NameForm.parse("A. Blinken").compatible(NameForm.parse("Antony J. Blinken")) is True


def test_grouping_does_not_depend_on_release_order():
    mentions = [("r1", "Guy Ryder", {"director general"}), ("r2", "Ryder", {"director general"}), ("r3", "Ryder", set())]
    forward = group_people(mentions)
    backward = group_people(reversed(mentions))
    assert forward == backward
    assert forward[("r1", "Guy Ryder")] == forward[("r2", "Ryder")] != forward[("r3", "Ryder")]


def test_acronym_alone_joins_the_body_that_expands_it():
    entries = org_entries(
        release("r1", orgs=[("International Labour Organization", "ILO", None)]),
        release("r2", orgs=[("ILO", None, None)]),
        release("r3", orgs=[("I.L.O.", "I.L.O.", None)]),
    )
    assert entries == {"International Labour Organization": (["I.L.O.", "ILO"], ["r1", "r2", "r3"])}


def test_acronym_shared_by_two_bodies_merges_nothing():
    entries = org_entries(
        release("r1", orgs=[("International Criminal Court", "ICC", None)]),
        release("r2", orgs=[("International Chamber of Commerce", "ICC", None)]),
        release("r3", orgs=[("ICC", None, None)]),
    )
    assert entries == {
        "International Criminal Court": (["ICC"], ["r1"]),
        "International Chamber of Commerce": (["ICC"], ["r2"]),
        "ICC": ([], ["r3"]),
    }


def test_same_name_with_different_parents_is_two_bodies():
    index = build_index([
        release("r1", orgs=[("Criminal Division", None, "Department of Justice")]),
        release("r2", orgs=[("Criminal Division", None, "Internal Revenue Service")]),
        release("r3", orgs=[("Criminal Division", None, None)]),
        release("r4", orgs=[("the Criminal Division", None, None)]),
    ])
    assert sorted((e.id, tuple(e.parents), tuple(e.releases)) for e in index.organizations) == [
        ("criminal-division", ("Department of Justice",), ("r1",)),
        ("criminal-division-2", ("Internal Revenue Service",), ("r2",)),
        ("criminal-division-3", (), ("r3", "r4")),
    ]
    single = build_index([
        release("r1", orgs=[("Criminal Division", None, "Department of Justice")]),
        release("r3", orgs=[("Criminal Division", None, None)]),
    ])
    assert [(e.name, e.parents, e.releases) for e in single.organizations] == [("Criminal Division", ["Department of Justice"], ["r1", "r3"])]


def test_index_csvs_list_releases_titles_and_resolutions_by_date():
    releases = [
        release("b", "2024-06-10", orgs=[("UN General Assembly", None, None)],
                resolutions=[("resolution", "UN General Assembly", "2024", "social economy")]),
        release("a", "2023-04-18", people=[("Guy Ryder",)], roles=[("Guy Ryder", "Director-General", "International Labour Organization")],
                orgs=[("International Labour Organization", "ILO", None), ("UN General Assembly", None, None)],
                resolutions=[("resolution", "UN General Assembly", "2023", "social economy"),
                             ("agreement", "International Labour Organization; UN General Assembly", None, None)]),
        release("c", "2025-01-02", people=[("Ryder",)], roles=[("Ryder", "Director-General", None)], orgs=[("ILO", None, None)]),
    ]
    tables = index_csvs(build_index(releases), releases)
    people = list(csv.DictReader(io.StringIO(tables["index/people.csv"])))
    assert people == [{
        "id": "guy-ryder", "name": "Guy Ryder", "aliases": "Ryder", "release_count": "2", "releases": "a; c",
        "first_published": "2023-04-18", "last_published": "2025-01-02",
    }]
    # One row per (person, release, title): nothing packed into a cell.
    assert list(csv.DictReader(io.StringIO(tables["index/titles.csv"]))) == [
        {"person_id": "guy-ryder", "published": "2023-04-18", "release_id": "a", "title": "Director-General", "organization": "International Labour Organization"},
        {"person_id": "guy-ryder", "published": "2025-01-02", "release_id": "c", "title": "Director-General", "organization": ""},
    ]
    orgs = {row["id"]: row for row in csv.DictReader(io.StringIO(tables["index/organizations.csv"]))}
    assert orgs["un-general-assembly"]["releases"] == "a; b"
    assert orgs["international-labour-organization"]["acronyms"] == "ILO"
    assert orgs["international-labour-organization"]["releases"] == "a; c"
    adoptions = [tuple(row.values()) for row in csv.DictReader(io.StringIO(tables["index/adoptions.csv"]))]
    assert adoptions == [
        ("international-labour-organization", "", "a", "agreement", ""),
        ("un-general-assembly", "2023", "a", "resolution", "social economy"),
        ("un-general-assembly", "2024", "b", "resolution", "social economy"),
        ("un-general-assembly", "", "a", "agreement", ""),
    ]
    assert list(orgs) == ["international-labour-organization", "un-general-assembly"]


def test_with_ids_gives_every_record_its_index_id():
    releases = [
        release("a", "2023-04-18", people=[("Guy Ryder",)], roles=[("Guy Ryder", "Director-General", "International Labour Organization")],
                orgs=[("International Labour Organization", "ILO", None), ("UN General Assembly", None, None)],
                resolutions=[("agreement", "International Labour Organization; Somebody Else; UN General Assembly", None, None)]),
        release("c", "2025-01-02", people=[("Ryder",)], roles=[("Ryder", "Director-General", None)], orgs=[("ILO", None, None)]),
    ]
    index = build_index(releases)
    a, c = (with_ids(r, index) for r in releases)
    assert [p.person_id for p in a.people + c.people] == ["guy-ryder", "guy-ryder"]
    assert [o.organization_id for o in a.organizations + c.organizations] == [
        "international-labour-organization", "un-general-assembly", "international-labour-organization"]
    assert [(r.person_id, r.organization_id) for r in a.roles + c.roles] == [
        ("guy-ryder", "international-labour-organization"), ("guy-ryder", None)]
    assert a.resolutions[0].body_ids == ["international-labour-organization", "un-general-assembly"]
    # The ids are in the JSON once set, and absent (not null) before.
    assert a.people[0].model_dump()["person_id"] == "guy-ryder"
    assert "person_id" not in releases[0].people[0].model_dump()
