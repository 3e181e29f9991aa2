"""Helpers shared by the unit tests: record lookups and the evidence invariant of FACTS.md."""

from __future__ import annotations

import re

from pipeline.extraction.records import RECORD_TYPES, Release

COMPONENT_FACTORY = re.compile(r'@Language\.(?:factory|component)\("(\w+)"\)')


def component_names(source: str) -> set[str]:
    """Names of the spaCy components a module's source registers (@Language.factory/.component)."""
    return set(COMPONENT_FACTORY.findall(source))


HONORIFIC = re.compile(r"^(?:mr|ms|mrs|dr|prof|h\.?e)\.?\s+", re.IGNORECASE)


def norm(text: str | None) -> str:
    """A surface form as FACTS.md compares it: case, punctuation, "the", "'s" and honorifics ignored."""
    text = (text or "").lower()
    text = HONORIFIC.sub("", text)
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text


def org_names(release: Release) -> set[str]:
    """Names of the release's organizations."""
    return {o.name for o in release.organizations}


def org_named(release: Release, name: str):
    """The one organization record with this name (fails when there is none or several)."""
    found = [o for o in release.organizations if o.name == name]
    assert len(found) == 1, f"expected one organization {name!r}, got {[o.name for o in release.organizations]}"
    return found[0]


def person_named(release: Release, name: str):
    """The one person record with this name."""
    found = [p for p in release.people if p.name == name]
    assert len(found) == 1, f"expected one person {name!r}, got {[p.name for p in release.people]}"
    return found[0]


def roles(release: Release) -> set[tuple]:
    """(person, title, organization) of every role."""
    return {(r.person, r.title, r.organization) for r in release.roles}


def resolutions(release: Release) -> set[tuple]:
    """(kind, body, date, subject) of every resolution."""
    return {(r.kind, r.body, r.date, r.subject) for r in release.resolutions}


def events(release: Release) -> set[tuple]:
    """(name, start, end, location, host) of every event."""
    return {(e.name, e.start, e.end, e.location, e.host) for e in release.events}


def assert_evidence(release: Release, text: str) -> None:
    """Every record points back to the text: `text[start:end] == mention`, inside its sentence."""
    records = [r for kind in RECORD_TYPES for r in getattr(release, kind)]
    for record in records:
        assert record.evidence, f"{record!r} has no evidence"
        for ev in record.evidence:
            assert ev.release_id == release.id
            assert 0 <= ev.start < ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.mention
            assert text[ev.sentence_start : ev.sentence_start + len(ev.sentence)] == ev.sentence
            assert ev.sentence_start <= ev.start and ev.end <= ev.sentence_start + len(ev.sentence)
    for person in release.people:
        forms = {norm(f) for f in [person.name, *person.aliases]}
        assert {norm(ev.mention) for ev in person.evidence} <= forms, f"{person.name}: a mention is not a name or alias"
    for org in release.organizations:
        forms = {norm(f) for f in [org.name, org.acronym, *org.aliases] if f}
        for ev in org.evidence:
            # A possessive that lost its apostrophe ("the Department of Justices Antitrust Division") is still the name.
            mention = norm(ev.mention)
            assert mention in forms or mention.endswith("s") and mention[:-1] in forms, f"{org.name}: {ev.mention!r} is not a name, acronym or alias"
    names = {p.name for p in release.people}
    assert {r.person for r in release.roles} <= names, "a role's person is not among the people"
