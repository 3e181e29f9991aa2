"""Corpus-wide index: one entry per distinct person or organization across all releases.

Identity rules are conservative: two records become one entry only when nothing in their
names tells them apart and no other entry could claim them as well.

People (names split with `nameparser` into given name, middle names, surname, suffix; compared
after `evaluate.normalize`: case, accents, punctuation and honorifics ignored):
- Two name forms are *compatible* when the surnames are equal and the given names, the middle
  names and the suffixes each agree: equal, one of them missing, or an initial that matches
  ("Antony J. Blinken" ~ "Antony Blinken" ~ "A. Blinken" ~ "Blinken"; "Lloyd J. Austin III" ~
  "Lloyd Austin"). Different given names never match ("Jill Biden" vs "Joe Biden"), nor do
  nicknames ("Kath Hicks" vs "Kathleen Hicks").
- Forms are taken from the fullest down. A form joins an existing entry when it is compatible
  with every form of exactly one entry; with none it starts an entry, and with two or more it
  is ambiguous and starts an entry of its own ("Biden" when the corpus has both "Joe Biden" and
  "Jill Biden"; "J. Smith" next to "John Smith" and "Jane Smith").

Organizations (names compared after `evaluate.normalize`):
- Records with the same name are one entry, unless they state different parents ("Criminal
  Division" of two different departments): then one entry per parent, and records with no
  parent get an entry of their own.
- A record known only by an acronym ("ILO", name equal to its acronym or no expansion) joins
  the one entry that gives that acronym to an expanded name; when two bodies share the acronym
  ("ICC") it stays an entry of its own. Two expanded names are never merged through a shared
  acronym, nor through aliases (release aliases like "Committee" are too generic).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from sys import intern
from dataclasses import dataclass, field
from typing import Iterable, Optional

import pandas as pd
from nameparser import HumanName

from pipeline.evaluation.evaluate import normalize
from pipeline.extraction.records import Release
from pipeline.outputs.spreadsheet import safe_frame

PEOPLE_COLUMNS = ["id", "name", "aliases", "release_count", "releases", "first_published", "last_published"]
ORGANIZATION_COLUMNS = [
    "id", "name", "acronyms", "aliases", "parents", "release_count", "releases", "first_published", "last_published",
]
# Timelines, one row per fact: index/titles.csv (who held which title, per release) and
# index/adoptions.csv (which organization adopted which instrument, per release).
TITLE_COLUMNS = ["person_id", "published", "release_id", "title", "organization"]
ADOPTION_COLUMNS = ["organization_id", "date", "release_id", "kind", "subject"]


@dataclass
class TitleHeld:
    """A role of a person in one release."""

    published: Optional[str]
    release_id: str
    title: str
    organization: Optional[str]


@dataclass
class Adopted:
    """An instrument an organization adopted, as one release states it."""

    date: Optional[str]
    release_id: str
    kind: str
    subject: Optional[str]


@dataclass
class Entry:
    """One distinct person or organization of the corpus."""

    id: str
    name: str
    aliases: list[str]
    releases: list[str]
    acronyms: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    titles: list[TitleHeld] = field(default_factory=list)
    resolutions: list[Adopted] = field(default_factory=list)


@dataclass
class CorpusIndex:
    """Entries, and which entry each release's record belongs to: (release id, name) -> entry id."""

    people: list[Entry]
    organizations: list[Entry]
    person_of: dict[tuple[str, str], str]
    organization_of: dict[tuple[str, str], str]


# --- people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameForm:
    """A person's name split into normalized parts; a single word is a surname."""

    given: str
    middle: tuple[str, ...]
    surname: str
    suffix: str

    @classmethod
    @lru_cache(maxsize=65536)  # a corpus names the same people again and again; forms are frozen
    def parse(cls, name: str) -> "NameForm":
        parts = HumanName(name)
        given, middle, surname = normalize(parts.first), normalize(parts.middle), normalize(parts.last)
        if not surname:  # "Ryder": nameparser calls a lone word a first name
            given, surname = "", given
        return cls(given, tuple(middle.split()), surname, normalize(parts.suffix))

    @property
    def full(self) -> bool:
        """A given name, not just an initial, and a surname."""
        return len(self.given) > 1

    @property
    def rank(self) -> tuple[int, int, int]:
        """Fuller forms first: a full given name, then more middle names, then a suffix."""
        return (0 if not self.given else 1 if len(self.given) == 1 else 2, len(self.middle), bool(self.suffix))

    def compatible(self, other: "NameForm") -> bool:
        """Nothing in the two forms tells the people apart (see the module docstring)."""
        if not self.surname or self.surname != other.surname:
            return False
        if self.middle and other.middle and (
            len(self.middle) != len(other.middle) or not all(map(_words_agree, self.middle, other.middle))
        ):
            return False
        return _words_agree(self.given, other.given) and (not self.suffix or not other.suffix or self.suffix == other.suffix)


def _words_agree(a: str, b: str) -> bool:
    """Equal, one missing, or one is the other's initial."""
    if not a or not b or a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[0] == b[0]


@dataclass
class _NameUnit:
    """Person records that share one name form (and, for an incomplete name, one release)."""

    form: NameForm
    mentions: set = field(default_factory=set)
    context: set = field(default_factory=set)


def group_people(mentions: Iterable[tuple[str, str, Iterable[str]]]) -> dict[tuple[str, str], int]:
    """Group person records by the identity rules.

    mentions: (release id, name, the role titles and organizations the release gives that name).
    RETURNS (dict): (release id, name) -> group number.
    """
    units: dict[object, _NameUnit] = {}
    for release_id, name, context in mentions:
        form = NameForm.parse(name)
        key = form if form.full else (release_id, form)  # an incomplete name speaks for its release only
        unit = units.setdefault(key, _NameUnit(form))
        unit.mentions.add((release_id, name))
        unit.context.update(context)
    groups: list[_NameUnit] = []  # a group: its forms' mentions, all forms, shared context
    forms: list[list[NameForm]] = []
    by_surname: dict[str, list[int]] = defaultdict(list)
    found = {}
    for key in sorted(units, key=lambda k: _unit_order(units[k].form, k)):
        unit = units[key]
        fits = [g for g in by_surname[unit.form.surname] if all(unit.form.compatible(f) for f in forms[g])]
        # An incomplete name is matched against full names first; it must also share a title or organization.
        fits = [g for g in fits if forms[g][0].full] or fits
        if len(fits) == 1 and (unit.form.full or unit.context & groups[fits[0]].context):
            number = fits[0]
        else:
            number = len(groups)
            by_surname[unit.form.surname].append(number)
            groups.append(_NameUnit(unit.form))
            forms.append([])
        forms[number].append(unit.form)
        groups[number].context.update(unit.context)
        found.update(dict.fromkeys(unit.mentions, number))
    return found


def _unit_order(form: NameForm, key: object) -> tuple:
    """Fullest forms first, then a fixed order, so the grouping never depends on release order."""
    release_id = key[0] if isinstance(key, tuple) else ""
    return (tuple(-x for x in form.rank), form.surname, form.given, form.middle, form.suffix, release_id)


# --- organizations ------------------------------------------------------------------------


def acronym_key(text: Optional[str]) -> str:
    """Acronym compared without case, dots or spaces: "E.U." == "EU"."""
    return normalize(text).replace(" ", "")


@dataclass(frozen=True)
class OrgRecord:
    """What the index needs of one organization record."""

    name: str
    acronym: Optional[str]
    parent: Optional[str]

    @property
    def acronym_only(self) -> bool:
        """Known by its acronym alone: no expansion in this record."""
        return self.acronym is None or acronym_key(self.acronym) == acronym_key(self.name)


def group_organizations(records: Iterable[OrgRecord]) -> dict[OrgRecord, int]:
    """Group organization records by the identity rules. RETURNS (dict): record -> group number."""
    by_name: dict[str, list[OrgRecord]] = defaultdict(list)
    for record in sorted(set(records), key=lambda r: (r.name, r.acronym or "", r.parent or "")):
        by_name[normalize(record.name)].append(record)
    groups: list[list[OrgRecord]] = []
    for key in sorted(by_name):
        parents = sorted({normalize(r.parent) for r in by_name[key] if r.parent})
        if len(parents) <= 1:
            groups.append(by_name[key])
            continue
        for parent in parents:
            groups.append([r for r in by_name[key] if r.parent and normalize(r.parent) == parent])
        orphans = [r for r in by_name[key] if not r.parent]
        if orphans:
            groups.append(orphans)
    # Acronym-only groups join the single group that expands that acronym.
    expands: dict[str, set[int]] = defaultdict(set)
    for number, group in enumerate(groups):
        for record in group:
            if not record.acronym_only:
                expands[acronym_key(record.acronym)].add(number)
    target = list(range(len(groups)))
    for number, group in enumerate(groups):
        if all(r.acronym_only for r in group):
            owners = expands.get(acronym_key(group[0].name), set()) - {number}
            if len(owners) == 1 and _parents_agree(group, groups[next(iter(owners))]):
                target[number] = next(iter(owners))
    return {record: target[number] for number, group in enumerate(groups) for record in group}


def _parents_agree(a: list[OrgRecord], b: list[OrgRecord]) -> bool:
    parents = {normalize(r.parent) for r in a + b if r.parent}
    return len(parents) <= 1


# --- entries ------------------------------------------------------------------------------


def slug(text: str) -> str:
    """URL- and file-safe id: "Guy Ryder" -> "guy-ryder"."""
    return "-".join(normalize(text).split()) or "entry"


def _display_name(counts: Counter, rank=lambda name: ()) -> str:
    """The name shown for an entry: fullest, then most used, then not in capitals, then alphabetical."""
    return min(counts, key=lambda n: (tuple(-x for x in rank(n)), n.isupper(), -counts[n], n))


def _release_order(published: dict[str, Optional[str]]):
    return lambda rid: (published[rid] is None, published[rid] or "", rid)


def _assign_ids(entries: list[Entry]) -> None:
    """Ids from the names, "-2", "-3" ... where two entries would share one."""
    seen: Counter = Counter()
    for entry in sorted(entries, key=lambda e: (slug(e.name), e.releases[0], e.name)):
        base = slug(entry.name)
        seen[base] += 1
        entry.id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def _people(releases: Iterable[Release], order) -> tuple[list[Entry], dict[tuple[str, str], Entry]]:
    """Person entries, and the entry of each (release id, person name). `releases` is read
    more than once; names and ids are interned, so a large corpus keeps one copy of each."""
    context = defaultdict(set)  # the titles and organizations a release gives a name
    for release in releases:
        for role in release.roles:
            context[(release.id, role.person)].update({normalize(role.title), "of " + normalize(role.organization)} - {"of "})
    group_of = group_people((intern(r.id), intern(p.name), context.get((r.id, p.name), ())) for r in releases for p in r.people)
    del context
    groups: dict[int, dict] = defaultdict(lambda: {"names": Counter(), "aliases": set(), "releases": set(), "titles": {}})
    for release in releases:
        rid = intern(release.id)
        for person in release.people:
            data = groups[group_of[(rid, person.name)]]
            data["names"][intern(person.name)] += 1
            data["aliases"].update(map(intern, person.aliases))
            data["releases"].add(rid)
        for role in release.roles:
            if (rid, role.person) in group_of:
                held = TitleHeld(release.published, rid, intern(role.title), role.organization and intern(role.organization))
                groups[group_of[(release.id, role.person)]]["titles"][(release.id, role.title, role.organization)] = held
    entries = {}
    for number, data in groups.items():
        name = _display_name(data["names"], lambda n: NameForm.parse(n).rank)
        entries[number] = Entry(
            id="", name=name, aliases=sorted((set(data["names"]) | data["aliases"]) - {name}),
            releases=sorted(data["releases"], key=order),
            titles=sorted(data["titles"].values(), key=lambda t: (order(t.release_id), t.title, t.organization or "")),
        )
    return list(entries.values()), {key: entries[number] for key, number in group_of.items()}


def _organizations(releases: Iterable[Release], order) -> tuple[list[Entry], dict[tuple[str, str], Entry]]:
    """Organization entries, and the entry of each (release id, organization name) (see `_people`)."""
    group_of = {}
    shared: dict[OrgRecord, OrgRecord] = {}  # one object per distinct record
    for release in releases:
        rid = intern(release.id)
        for org in release.organizations:
            record = OrgRecord(org.name, org.acronym, org.parent)
            group_of[(rid, intern(org.name))] = shared.setdefault(record, record)
    del shared
    number_of = group_organizations(group_of.values())
    groups: dict[int, dict] = defaultdict(lambda: {
        "names": Counter(), "expanded": Counter(), "aliases": set(), "acronyms": set(), "parents": set(), "releases": set(), "adopted": {},
    })
    for release in releases:
        rid = intern(release.id)
        for org in release.organizations:
            data = groups[number_of[group_of[(rid, org.name)]]]
            data["names"][org.name] += 1
            if org.acronym and acronym_key(org.acronym) != acronym_key(org.name):
                data["expanded"][org.name] += 1
            data["acronyms"].update([org.acronym] if org.acronym else [])
            data["parents"].update([org.parent] if org.parent else [])
            data["aliases"].update(org.aliases)
            data["releases"].add(rid)
        for resolution in release.resolutions:
            for party in (resolution.body or "").split("; "):
                if (release.id, party) in group_of:
                    adopted = Adopted(resolution.date, release.id, resolution.kind, resolution.subject)
                    groups[number_of[group_of[(release.id, party)]]]["adopted"][(resolution.date, release.id, resolution.kind, resolution.subject)] = adopted
    entries = {}
    for number, data in groups.items():
        name = _display_name(data["expanded"] or data["names"])  # the expanded name over the acronym
        entries[number] = Entry(
            id="", name=name, aliases=sorted((set(data["names"]) | data["aliases"]) - {name} - data["acronyms"]),
            releases=sorted(data["releases"], key=order), acronyms=sorted(data["acronyms"]), parents=sorted(data["parents"]),
            resolutions=sorted(data["adopted"].values(), key=lambda a: (a.date is None, a.date or "", order(a.release_id), a.kind, a.subject or "")),
        )
    return list(entries.values()), {key: entries[number_of[record]] for key, record in group_of.items()}


def build_index(releases: Iterable[Release]) -> CorpusIndex:
    """The corpus-wide index of people and organizations of `releases`."""
    if not hasattr(releases, "__len__"):  # read more than once: a list, or a re-readable store
        releases = list(releases)
    order = _release_order({intern(r.id): r.published for r in releases})
    people, person_of = _people(releases, order)
    organizations, organization_of = _organizations(releases, order)
    _assign_ids(people)
    _assign_ids(organizations)
    return CorpusIndex(
        people=sorted(people, key=lambda e: e.id),
        organizations=sorted(organizations, key=lambda e: e.id),
        person_of={key: entry.id for key, entry in person_of.items()},
        organization_of={key: entry.id for key, entry in organization_of.items()},
    )


# --- CSV ----------------------------------------------------------------------------------


def _dates(entry: Entry, published: dict[str, Optional[str]]) -> tuple[Optional[str], Optional[str]]:
    dates = sorted(d for d in (published[r] for r in entry.releases) if d)
    return (dates[0], dates[-1]) if dates else (None, None)


def with_ids(release: Release, index: CorpusIndex) -> Release:
    """A copy of `release` whose records carry the corpus-wide ids of their people and organizations."""
    rid = release.id
    person = lambda name: index.person_of.get((rid, name))  # noqa: E731
    org = lambda name: index.organization_of.get((rid, name)) if name else None  # noqa: E731

    def parties(body: Optional[str]) -> list[str]:
        return [i for i in (org(p) for p in (body or "").split("; ")) if i]

    return release.model_copy(update={
        "people": [p.model_copy(update={"person_id": person(p.name)}) for p in release.people],
        "organizations": [o.model_copy(update={"organization_id": org(o.name)}) for o in release.organizations],
        "roles": [r.model_copy(update={"person_id": person(r.person), "organization_id": org(r.organization)}) for r in release.roles],
        "resolutions": [r.model_copy(update={"body_ids": parties(r.body)}) for r in release.resolutions],
        "events": [e.model_copy(update={"host_id": org(e.host)}) for e in release.events],
    })


def _csv(rows: list[dict], columns: list[str]) -> str:
    return safe_frame(pd.DataFrame(rows, columns=columns)).to_csv(index=False, lineterminator="\n")


def index_csvs(index: CorpusIndex, releases: Iterable[Release]) -> dict[str, str]:
    """CSV text of `index/people.csv` and `index/organizations.csv` (lists joined with '; '), and
    of the timelines `index/titles.csv` and `index/adoptions.csv` (one row per fact)."""
    published = {r.id: r.published for r in releases}
    people, titles = [], []
    for e in index.people:
        first, last = _dates(e, published)
        people.append({
            "id": e.id, "name": e.name, "aliases": "; ".join(e.aliases), "release_count": len(e.releases),
            "releases": "; ".join(e.releases), "first_published": first, "last_published": last,
        })
        titles += [{"person_id": e.id, "published": t.published, "release_id": t.release_id, "title": t.title, "organization": t.organization} for t in e.titles]
    orgs, adoptions = [], []
    for e in index.organizations:
        first, last = _dates(e, published)
        orgs.append({
            "id": e.id, "name": e.name, "acronyms": "; ".join(e.acronyms), "aliases": "; ".join(e.aliases),
            "parents": "; ".join(e.parents), "release_count": len(e.releases), "releases": "; ".join(e.releases),
            "first_published": first, "last_published": last,
        })
        adoptions += [{"organization_id": e.id, "date": a.date, "release_id": a.release_id, "kind": a.kind, "subject": a.subject} for a in e.resolutions]
    return {
        "index/people.csv": _csv(people, PEOPLE_COLUMNS),
        "index/organizations.csv": _csv(orgs, ORGANIZATION_COLUMNS),
        "index/titles.csv": _csv(titles, TITLE_COLUMNS),
        "index/adoptions.csv": _csv(adoptions, ADOPTION_COLUMNS),
    }
