"""Records (pipeline/extraction/records.py): validation, and the invariants every extracted release keeps:
evidence points into the text, one record per person and organization, cross-references resolve."""

from __future__ import annotations

import pytest
import spacy
from pydantic import ValidationError
from spacy.tokens import Doc

from pipeline.extraction.components.places import jurisdiction
from pipeline.extraction.extract import EvidenceMaker
from pipeline.reading.corpus import read_release
from pipeline.extraction.records import RECORD_TYPES, Event, Evidence, Facts, Organization, Person, Release, Resolution, Role
from pipeline.extraction.run import process
from tests.conftest import CORPUS
from tests.support import assert_evidence, norm

SAMPLE_IDS = ["ilo-sse-summit-2025", "doj-01147", "state-00729", "wh-01103"]
EVIDENCE = {"release_id": "r", "start": 0, "end": 3, "mention": "ILO", "sentence": "ILO met.", "sentence_start": 0}


@pytest.fixture(scope="module")
def sample(nlp):
    """A few corpus releases of different shapes, extracted: (text, record) pairs."""
    releases = [read_release(CORPUS / f"{rid}.txt") for rid in SAMPLE_IDS]
    return [(r.text, out) for r, out in zip(releases, process(nlp, releases))]


@pytest.fixture(scope="module")
def sample_by_id(sample):
    """The sample, by release id."""
    return {release.id: (text, release) for text, release in sample}


# --------------------------------------------------------------------------- validation


def test_unknown_field_is_rejected():
    with pytest.raises(ValidationError, match="extra_forbidden"):
        Person(name="Guy Ryder", evidence=[], title="Director-General")


@pytest.mark.parametrize("date", ["2022", "2022-06", "2022-06-10"])
def test_iso_dates_at_any_precision_are_accepted(date):
    assert Resolution(kind="resolution", date=date, evidence=[]).date == date


@pytest.mark.parametrize("date", ["2022/06/10", "June 2022", "22-06-10", "2022-6-1", "2022-06-10T00:00"])
def test_other_date_forms_are_rejected(date):
    with pytest.raises(ValidationError):
        Event(name="Summit", start=date, evidence=[])


@pytest.mark.parametrize(
    ("model", "fields"),
    [(Person, {"name": ""}), (Organization, {"name": ""}), (Role, {"person": "X", "title": ""}), (Resolution, {"kind": ""})],
)
def test_empty_required_text_is_rejected(model, fields):
    with pytest.raises(ValidationError, match="string_too_short"):
        model(**fields, evidence=[])


def test_negative_offset_is_rejected():
    with pytest.raises(ValidationError):
        Evidence(**{**EVIDENCE, "start": -1})


def test_evidence_is_required_on_every_fact():
    for model in RECORD_TYPES.values():
        assert model.model_fields["evidence"].is_required()


def test_record_types_are_the_release_lists():
    assert set(RECORD_TYPES) == {"people", "organizations", "roles", "resolutions", "events"}
    assert set(RECORD_TYPES) < set(Release.model_fields)


def test_facts_round_trip_through_json():
    release = Release(
        id="r",
        published="2025-04-14",
        people=[Person(name="Simel Esim", aliases=["Esim"], evidence=[Evidence(**EVIDENCE)])],
        events=[Event(name="Global Government Summit", start="2025-04-09", end="2025-04-11", evidence=[Evidence(**EVIDENCE)])],
    )
    facts = Facts(pipeline="news-facts test", releases=[release])
    assert Facts.model_validate_json(facts.model_dump_json()) == facts


# --------------------------------------------------------------------------- invariants on real releases


@pytest.mark.parametrize("release_id", SAMPLE_IDS)
def test_sample_release_keeps_the_evidence_invariant(sample_by_id, release_id):
    text, release = sample_by_id[release_id]
    assert_evidence(release, text)


def test_evidence_for_a_mention_the_sentence_split_runs_across_cites_every_sentence_it_touches():
    # The parser ends a sentence inside the headline "Acme (OTC: ACME) Appoints Jane Roe": a mention
    # over the whole headline cites both pieces, so the sentence holds the mention.
    words = ["Acme", "(", "OTC", ":", "ACME", ")", "Appoints", "Jane", "Roe", "\n\n", "It", "grew", "."]
    spaces = [True, False, False, True, False, True, True, True, False, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=[True, False, False, False, False, False, True, False, False, False, True, False, False])
    text = doc.text
    evidence = EvidenceMaker(doc, "r").chars(0, text.index("Roe") + 3)
    assert evidence.sentence == "Acme (OTC: ACME) Appoints Jane Roe"
    assert evidence.sentence_start == 0
    inside = EvidenceMaker(doc, "r").chars(text.index("It"), text.index("It") + 2)
    assert (inside.sentence, inside.sentence_start) == ("It grew.", text.index("It"))


def test_one_record_per_person_and_organization(sample):
    for _, release in sample:
        people = [norm(p.name) for p in release.people]
        assert len(people) == len(set(people)), release.id
        orgs = [norm(o.name) for o in release.organizations]
        assert len(orgs) == len(set(orgs)), release.id
        acronyms = [o.acronym for o in release.organizations if o.acronym]
        assert len(acronyms) == len(set(acronyms)), release.id


def test_names_have_no_honorific_or_leading_the(sample):
    for _, release in sample:
        for person in release.people:
            assert person.name.split()[0].rstrip(".") not in {"Mr", "Ms", "Mrs", "Dr", "Honorable", "Sheikh"}, person.name
        for org in release.organizations:
            assert not org.name.lower().startswith("the "), org.name


def test_cross_references_name_records_or_jurisdictions(sample):
    for _, release in sample:
        orgs = {o.name for o in release.organizations}
        for role in release.roles:
            assert role.organization is None or role.organization in orgs or jurisdiction(role.organization) == role.organization, role
        for res in release.resolutions:
            for party in (res.body or "").split("; "):
                assert not party or party in orgs or jurisdiction(party) == party, res
        for event in release.events:
            assert event.host is None or event.host in orgs, event
            assert event.start is not None and (event.end is None or event.start <= event.end), event


def test_parents_are_organizations_of_the_release(sample):
    for _, release in sample:
        names = {o.name for o in release.organizations}
        for org in release.organizations:
            assert org.parent is None or org.parent in names, (org.name, org.parent)
            assert org.parent != org.name
