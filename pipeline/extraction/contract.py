"""The contract between the rule components: every Doc extension, span group and user_data key,
which component writes it and which read it, and the small records that travel through them.

Components import keys and record types from here, never from each other; a component reads
only what an earlier component (in `pipeline.extraction.nlp.RULE_COMPONENTS` order) wrote, and
writes only its own slots. `tests/test_contract.py` checks the code against `SLOTS`.

README architecture table row: every row (the slots between components).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Sequence

from spacy.tokens import Doc, Span

# -- Keys -------------------------------------------------------------------------------------------

# Span groups (doc.spans[...])
ACRONYM_SPANS = "acronyms"  # long forms; label = the short form, kb_id = ACRONYM_KINDS
ACRONYM_SHORT_SPANS = "acronym_short"  # the short forms, in the same order; label = the kind
TITLE_ORG_SPANS = "title_orgs"  # the bodies titles name; kb_id = the organization's name
ROLE_ORG_SPANS = "role_orgs"  # the bodies role rules name; kb_id = the organization's name

# What an acronym names (the kb_id of its long form)
BODY, CONCEPT, TITLE, OTHER = "body", "concept", "title", "other"
ACRONYM_KINDS = (BODY, CONCEPT, TITLE, OTHER)

# doc.user_data keys
TEXT = "text"
TITLE_END = "title_end"
DATELINE_CHARS = "dateline_chars"
PUBLISHED = "published"
LOWER_WORDS = "lower_case_words"
TITLE_ACRONYMS = "title_acronyms"
TOKENS = "tokens"
ENTITIES = "entities"
WORD_POSITIONS = "word_positions"
SENT_STARTS = "sent_starts"


# Memos of what the text alone gives, computed on first read by a helper (no component's result).
MEMO_KEYS = frozenset({TEXT, TITLE_END, DATELINE_CHARS, LOWER_WORDS, TOKENS, ENTITIES, WORD_POSITIONS, SENT_STARTS})


class Slot(NamedTuple):
    """One place on the Doc: where (extension, spans, user_data), its key, who writes and who reads it."""

    where: str
    key: str
    writer: str
    readers: tuple[str, ...]
    holds: str


# Component names are the spaCy factory names; "tokens" is the helper module
# pipeline.extraction.components.tokens, "run" is pipeline.extraction.run, "extract" the record builder.
SLOTS = (
    Slot("user_data", TEXT, "nlp tokenizer (tokens.doc_text if absent)", ("all",), "the Doc's text, joined once"),
    Slot("user_data", PUBLISHED, "run", ("news_events", "news_resolutions"), "the release date, anchor of relative dates"),
    Slot("user_data", TITLE_END, "tokens.title_end (on first read)", ("all",), "character offset where the headline ends"),
    Slot("user_data", DATELINE_CHARS, "tokens.opens_dateline (on first read)", ("all",), "character range of the dateline place"),
    Slot("user_data", TOKENS, "tokens.doc_tokens (on first read; news_resolutions drops it)", ("all",), "the Doc's Token objects, built once (each `doc[i]` and `for t in doc` builds new ones)"),
    Slot("user_data", WORD_POSITIONS, "tokens.with_lower / tokens.with_text (on first read)", ("all",), "the token indices of each word form and lower-case form, read once (each `token.text`, `token.lower_` builds a new string)"),
    Slot("user_data", SENT_STARTS, "tokens.sentence_bounds (on first read)", ("all",), "the first token of each sentence, listed once (each `Token.sent` checks the Doc's annotation and builds two Spans)"),
    Slot("user_data", ENTITIES, "tokens.doc_entities (on first read; news_resolutions drops it)", ("all",), "the model's entity Spans, built once (each `doc.ents` builds them anew)"),
    Slot("user_data", LOWER_WORDS, "organizations.lower_case_words (on first read)", ("news_organizations", "news_people"), "words written in lower case somewhere in the Doc"),
    Slot("user_data", TITLE_ACRONYMS, "news_titles", ("news_titles",), "short forms defined for titles"),
    Slot("spans", ACRONYM_SPANS, "news_acronyms", ("news_organizations", "news_people", "news_titles", "news_resolutions"), "acronym long forms"),
    Slot("spans", ACRONYM_SHORT_SPANS, "news_acronyms", ("news_organizations", "news_titles", "news_resolutions"), "acronym short forms"),
    Slot("extension", "found_org_mentions", "news_organizations", ("news_people", "news_org_clusters"), "OrgMention list, as the organization rules find them"),
    Slot("extension", "org_anaphora", "news_organizations", ("news_org_clusters",), "spans of 'the Department' that may name a body"),
    Slot("extension", "person_mentions", "news_people", ("news_titles", "news_roles", "news_resolutions", "extract"), "PersonMention list"),
    Slot("extension", "people", "news_people", ("news_resolutions", "extract"), "PersonCluster list"),
    Slot("extension", "person_of_mention", "news_people", ("news_roles", "news_resolutions"), "cluster index of each person mention"),
    Slot("extension", "people_bodies", "news_people", ("news_org_clusters",), "OrgMention list: names the people rules read as bodies, not found by news_organizations"),
    Slot("extension", "found_org_people", "news_people", ("news_org_clusters",), "indices of found_org_mentions that name people"),
    Slot("extension", "candidate_org_mentions", "news_org_clusters", ("news_titles", "news_roles", "news_org_final"), "OrgMention list: found ones less people's, with people's bodies, text order"),
    Slot("extension", "candidate_orgs", "news_org_clusters", ("news_titles", "news_roles", "news_org_final"), "OrgCluster list"),
    Slot("extension", "candidate_org_of_mention", "news_org_clusters", ("news_titles", "news_roles", "news_org_final"), "cluster index of each candidate mention"),
    Slot("extension", "titles", "news_titles", ("news_org_final", "news_roles"), "Title list"),
    Slot("spans", TITLE_ORG_SPANS, "news_titles", ("news_roles", "news_org_final"), "bodies titles name, in the order read; kb_id = the organization's name"),
    Slot("extension", "title_orgs", "news_titles", ("news_roles", "news_org_final"), "OrgCluster list: organizations only titles name, in the order found (their mentions: the TITLE_ORG_SPANS whose kb_id is their name)"),
    Slot("extension", "roles", "news_roles", ("news_resolutions", "extract"), "RoleLink list"),
    Slot("spans", ROLE_ORG_SPANS, "news_roles", ("news_org_final",), "bodies role rules name that no earlier stage had, in the order read; kb_id = the organization's name"),
    Slot("extension", "role_orgs", "news_roles", ("news_org_final",), "OrgCluster list: organizations only role rules name, in the order found"),
    Slot("extension", "orgs", "news_org_final", ("news_events", "news_resolutions", "extract"), "OrgCluster list: candidate_orgs, then title_orgs, then role_orgs (org indices in Attachment, RoleLink, EventMention, Party point here)"),
    Slot("extension", "org_mentions", "news_org_final", ("news_events", "news_resolutions", "extract"), "OrgMention list: candidate mentions, then TITLE_ORG_SPANS, then ROLE_ORG_SPANS"),
    Slot("extension", "org_of_mention", "news_org_final", ("news_events", "news_resolutions"), "orgs index of each org mention"),
    Slot("extension", "reported_orgs", "news_org_final", ("extract",), "the orgs the release reports: not those only ever words of a title"),
    Slot("extension", "events", "news_events", ("extract",), "EventMention list"),
    Slot("extension", "instruments", "news_resolutions", ("extract",), "InstrumentMention list"),
)
EXTENSIONS = tuple(s.key for s in SLOTS if s.where == "extension")


def register_extensions() -> None:
    """Declare every Doc extension of the contract (once per process; spaCy's has_extension guard)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


# -- Readers of shared slots ------------------------------------------------------------------------


class AcronymDefinition(NamedTuple):
    """One acronym definition: the long form, the short form, and what it names (ACRONYM_KINDS)."""

    long: Span
    short: Span
    kind: str


def acronym_definitions(doc: Doc, kind: Optional[str] = None) -> list[AcronymDefinition]:
    """The acronym definitions news_acronyms wrote, in text order (of one kind when given)."""
    pairs = zip(span_group(doc, ACRONYM_SPANS), span_group(doc, ACRONYM_SHORT_SPANS))
    return [AcronymDefinition(lf, sf, lf.kb_id_) for lf, sf in pairs if kind is None or lf.kb_id_ == kind]


def span_group(doc: Doc, key: str) -> Sequence[Span]:
    """The span group `key`, empty when no stage wrote it."""
    return doc.spans[key] if key in doc.spans else []


def candidate_organizations(doc: Doc) -> tuple[list["OrgCluster"], list["OrgMention"], list[int]]:
    """news_org_clusters' slots: the candidate organizations, their mentions and each mention's organization."""
    return doc._.candidate_orgs or [], doc._.candidate_org_mentions or [], doc._.candidate_org_of_mention or []


def title_bodies(doc: Doc) -> tuple[list["OrgCluster"], Sequence[Span]]:
    """news_titles' slots: the organizations only titles name, and every body titles name."""
    return doc._.title_orgs or [], span_group(doc, TITLE_ORG_SPANS)


def role_bodies(doc: Doc) -> tuple[list["OrgCluster"], Sequence[Span]]:
    """news_roles' slots: the organizations only role rules name, and every body they name."""
    return doc._.role_orgs or [], span_group(doc, ROLE_ORG_SPANS)


READERS = ("acronym_definitions", "span_group", "candidate_organizations", "title_bodies", "role_bodies")


# -- Records that travel between components ---------------------------------------------------------


@dataclass(frozen=True)
class OrgMention:
    """A token range naming an organization, and how it was found (ner, rule, acronym, short,
    known, lower, title...); acronym and parent when the text gives them."""

    start: int
    end: int
    name: str
    source: str
    acronym: Optional[str] = None
    parent: Optional[str] = None


@dataclass
class OrgCluster:
    """One organization: its name, acronym, other forms, parent, and the mentions naming it."""

    name: str
    acronym: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    parent: Optional[str] = None
    mentions: list[int] = field(default_factory=list)
    anaphora: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class PersonMention:
    """A token range naming a person (honorifics and titles excluded)."""

    start: int
    end: int
    text: str


@dataclass
class PersonCluster:
    """One person: fullest name, other forms, and the indices of its mentions."""

    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Attachment:
    """What a title attaches to: an organization (cluster index) or a jurisdiction, with its tokens."""

    start: int
    end: int
    org: Optional[int] = None
    place: Optional[str] = None
    how: str = "of"


@dataclass(frozen=True)
class Title:
    """A title's tokens and what it attaches to (several for "member of the board of A and B")."""

    start: int
    end: int
    text: str
    attached: tuple[Attachment, ...] = ()
    plural: bool = False
    lead: int = -1  # first token including a pre-modifier, even one not kept as attachment


@dataclass(frozen=True)
class RoleLink:
    """A person (cluster index) holding a title, attached to an organization or place, with the
    token range stating it."""

    person: int
    title: str
    start: int
    end: int
    org: Optional[int] = None
    place: Optional[str] = None


@dataclass
class EventMention:
    """A named meeting: name tokens, and what the text says of it."""

    start: int
    end: int
    name: str
    dates: list[tuple[str, str]] = field(default_factory=list)
    date_rank: int = -1
    date_span: Optional[tuple[int, int]] = None
    location: Optional[str] = None
    host: Optional[int] = None


@dataclass
class Party:
    """A body or party: an organization cluster, or a place name."""

    org: Optional[int] = None
    place: Optional[str] = None


@dataclass
class InstrumentMention:
    """An instrument as the text states it."""

    start: int
    end: int
    kind: str
    parties: list[Party] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    subject: Optional[str] = None
    name: Optional[str] = None
    adopted: bool = False
    anaphor: bool = False
    act: Optional[str] = None
    listed: bool = False  # one of several told apart only by their party ("signed with B, C and D")
    restating: bool = False  # "this/today's agreement to ...": an instrument told before, told again with what it does
