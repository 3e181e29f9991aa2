"""Doc -> records (Release and what it holds): the only code that reads spaCy annotations (data
flows one way from here). Reads the final slots: `people`, `person_mentions`, `reported_orgs`,
`orgs`, `org_mentions`, `roles`, `instruments`, `events`.

README architecture table row: every row (the records).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from pipeline.extraction.components.tokens import doc_text
from pipeline.reading.release import ReleaseText
from pipeline.reading.layout import find_dateline
from pipeline.extraction.records import Event, Evidence, Organization, Person, Release, Resolution, Role


class EvidenceMaker:
    """Evidence records for token or character ranges of one doc."""

    def __init__(self, doc: Doc, release_id: str):
        self.doc = doc
        self.text = doc_text(doc)
        self.release_id = release_id

    def tokens(self, start: int, end: int) -> Evidence:
        """Evidence for tokens [start, end)."""
        span = self.doc[start:end]
        return self.chars(span.start_char, span.end_char)

    def chars(self, start: int, end: int) -> Evidence:
        """Evidence for characters [start, end)."""
        doc = self.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            span = doc[-1:]
        # A mention the parser's sentence split runs across ("Acme (OTC: ACME) | Appoints Jane Roe")
        # cites every sentence it touches, so the sentence always holds the mention.
        first, last = span[0].sent, span[-1].sent
        sentence = self.text[first.start_char : last.end_char]  # == sent.text, without re-joining its tokens
        return Evidence(
            release_id=self.release_id,
            start=start,
            end=end,
            mention=self.text[start:end],
            sentence=sentence.strip(),
            sentence_start=first.start_char + (len(sentence) - len(sentence.lstrip())),
        )


def people(doc: Doc, ev: EvidenceMaker) -> list[Person]:
    """One record per person cluster."""
    mentions = doc._.person_mentions
    return [
        Person(name=c.name, aliases=c.aliases, evidence=[ev.tokens(mentions[i].start, mentions[i].end) for i in c.mentions])
        for c in doc._.people
    ]


def organizations(doc: Doc, ev: EvidenceMaker) -> list[Organization]:
    """One record per organization the release reports."""
    mentions = doc._.org_mentions
    records = []
    for c in doc._.reported_orgs:
        evidence = [ev.tokens(mentions[i].start, mentions[i].end) for i in c.mentions]
        evidence += [ev.tokens(s.start, s.end) for s in c.anaphora]
        evidence.sort(key=lambda e: (e.start, e.end))
        records.append(Organization(name=c.name, acronym=c.acronym, aliases=c.aliases, parent=c.parent, evidence=evidence))
    return records


def org_name(doc: Doc, cluster: Optional[int], place: Optional[str]) -> Optional[str]:
    """Name of an organization cluster, or the place."""
    if cluster is not None:
        return doc._.orgs[cluster].name
    return place


def roles(doc: Doc, ev: EvidenceMaker) -> list[Role]:
    """One record per role link."""
    clusters = doc._.people
    return [
        Role(person=clusters[r.person].name, title=r.title, organization=org_name(doc, r.org, r.place), evidence=[ev.tokens(r.start, r.end)])
        for r in doc._.roles
    ]


def resolutions(doc: Doc, ev: EvidenceMaker) -> list[Resolution]:
    """One record per instrument and date (an instrument listed with two years is two records)."""
    records: list[Resolution] = []
    seen = set()
    for m in doc._.instruments:
        body = "; ".join(dict.fromkeys(n for n in (org_name(doc, p.org, p.place) for p in m.parties) if n)) or None
        for date in m.dates or [None]:
            key = (m.kind, body, date, (m.subject or "").lower())
            if key in seen:
                continue
            seen.add(key)
            records.append(Resolution(kind=m.kind, body=body, date=date, subject=m.subject, evidence=[ev.tokens(m.start, m.end)]))
    return records


def events(doc: Doc, ev: EvidenceMaker) -> list[Event]:
    """One record per named, dated meeting."""
    records = []
    for e in doc._.events:
        start, end = e.dates[0]
        evidence = [ev.tokens(e.start, e.end)]
        if e.date_span:
            evidence.append(ev.tokens(*e.date_span))
        records.append(Event(name=e.name, start=start, end=end, location=e.location, host=org_name(doc, e.host, None), evidence=evidence))
    return records


def extract_release(doc: Doc, release: ReleaseText) -> Release:
    """All records of one processed release."""
    ev = EvidenceMaker(doc, release.id)
    dateline = find_dateline(release.text)
    evidence = []
    source = release.source
    if dateline:
        evidence.append(ev.chars(dateline.place_start, dateline.place_start + len(dateline.place)))
        if dateline.source:
            evidence.append(ev.chars(dateline.source_start, dateline.source_start + len(dateline.source)))
            source = dateline.source
    return Release(
        id=release.id,
        title=release.title,
        dateline=dateline.place if dateline else None,
        source=source,
        published=release.date,
        url=release.url,
        evidence=evidence,
        people=people(doc, ev),
        organizations=organizations(doc, ev),
        roles=roles(doc, ev),
        resolutions=resolutions(doc, ev),
        events=events(doc, ev),
    )
