"""Typed records for extracted facts (field names follow FACTS.md)."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

NonEmpty = Annotated[str, StringConstraints(min_length=1)]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


def index_id(description: str):
    """A corpus-wide id from `index/` (set when the outputs are written, never by extraction):
    left out of a record's JSON while unset, so per-release results and golden files do not carry it."""
    return Field(default=None, exclude_if=lambda value: value is None, description=description)


def index_ids(description: str):
    """Like `index_id`, a list of them (left out while empty)."""
    return Field(default_factory=list, exclude_if=lambda value: not value, description=description)


class Record(BaseModel):
    """Base of every record: forbid unknown fields."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Record):
    """Where a record comes from: `text[start:end] == mention` in the release text."""

    release_id: NonEmpty = Field(description="Id of the release the mention is in.")
    start: int = Field(ge=0, description="Character offset of the mention's start in the release text.")
    end: int = Field(ge=0, description="Character offset just past the mention's end.")
    mention: str = Field(description="The mention itself: the release text between start and end.")
    sentence: str = Field(description="The sentence the mention is in.")
    sentence_start: int = Field(ge=0, description="Character offset of that sentence's start.")


class Person(Record):
    """A named individual."""

    name: NonEmpty = Field(description="Fullest form the release uses, without honorifics.")
    aliases: list[str] = Field(default_factory=list, description="Other forms used for the same person.")
    evidence: list[Evidence] = Field(description="Every mention of the person.")
    person_id: Optional[str] = index_id("Corpus-wide id of the person: `id` in index/people.csv.")


class Organization(Record):
    """A named organization, institution or body."""

    name: NonEmpty = Field(description="Full expanded name, leading 'the' dropped.")
    acronym: Optional[str] = Field(default=None, description="Acronym the release gives, if any.")
    aliases: list[str] = Field(default_factory=list, description="Other forms used.")
    parent: Optional[str] = Field(default=None, description="Name of the organization it belongs to, where stated.")
    evidence: list[Evidence] = Field(description="Every mention of the organization.")
    organization_id: Optional[str] = index_id("Corpus-wide id of the organization: `id` in index/organizations.csv.")


class Role(Record):
    """A person holding a title in an organization (or a jurisdiction)."""

    person: NonEmpty = Field(description="The person's `name`.")
    title: NonEmpty = Field(description="The title alone, as written.")
    organization: Optional[str] = Field(default=None, description="Organization name or jurisdiction attached to the title.")
    evidence: list[Evidence] = Field(description="The phrase stating the role.")
    person_id: Optional[str] = index_id("Corpus-wide id of the person: `id` in index/people.csv.")
    organization_id: Optional[str] = index_id("Corpus-wide id of the organization, when it is one of the release's organizations.")


class Resolution(Record):
    """A formal instrument adopted, passed, signed, issued or reaffirmed by a body."""

    kind: NonEmpty = Field(description="resolution, decision, declaration, agreement, strategy, ... (singular).")
    body: Optional[str] = Field(default=None, description="Adopting body, or all parties joined by '; '.")
    date: Optional[IsoDate] = Field(default=None, description="ISO 8601 date at the precision the text gives.")
    subject: Optional[str] = Field(default=None, description="What it is about, a short phrase from the text.")
    evidence: list[Evidence] = Field(description="The phrase naming the instrument.")
    body_ids: list[str] = index_ids("Corpus-wide ids of the parties in `body` that are organizations of the release, in `body`'s order.")


class Event(Record):
    """A named meeting with a date."""

    name: NonEmpty = Field(description="Name of the meeting.")
    start: Optional[IsoDate] = Field(default=None, description="First day (ISO 8601, at the text's precision).")
    end: Optional[IsoDate] = Field(default=None, description="Last day; equals start for a one-day event.")
    location: Optional[str] = Field(default=None, description="Place where it was held.")
    host: Optional[str] = Field(default=None, description="Organization that hosted it.")
    evidence: list[Evidence] = Field(description="The phrase naming the event.")
    host_id: Optional[str] = index_id("Corpus-wide id of the host organization.")


class Release(Record):
    """One input document and the facts extracted from it (produced by `pipeline.extract`)."""

    id: NonEmpty = Field(description="File name without extension.")
    title: Optional[str] = Field(default=None, description="Title (front matter or first line).")
    dateline: Optional[str] = Field(default=None, description="Dateline place, as written.")
    source: Optional[str] = Field(default=None, description="Publisher or news service.")
    published: Optional[IsoDate] = Field(default=None, description="Publication date (front matter).")
    url: Optional[str] = Field(default=None, description="Address of the original (front matter).")
    evidence: list[Evidence] = Field(default_factory=list, description="Mentions of the dateline and source.")
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class Facts(Record):
    """The whole output of one run (produced by `pipeline.cli extract`)."""

    pipeline: str = Field(description="Pipeline version and spaCy model that produced the facts.")
    releases: list[Release] = Field(default_factory=list)


RECORD_TYPES = {
    "people": Person,
    "organizations": Organization,
    "roles": Role,
    "resolutions": Resolution,
    "events": Event,
}
