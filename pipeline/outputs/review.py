"""The review page: each release's text with its mentions highlighted, beside its records.

One static file (`review.html`) that opens from disk: no network, no CDN. Each release is a
JSON block rendered by the page's script only when it is shown, so the page stays fast with
thousands of releases. Data is never pasted into markup: it travels as JSON with `<`, `>` and
`&` escaped, and the script writes it with `textContent`, so a release containing `<script>`
shows it as text.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Iterable, Iterator, Mapping, Optional, Sequence
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline.outputs.index import CorpusIndex
from pipeline.extraction.records import RECORD_TYPES, Evidence, Facts, Release


class ReviewError(ValueError):
    """A record whose evidence does not point into its release text."""


# Mention types, in the order the legend shows them; "role" is the whole phrase stating a role.
MENTION_TYPES = ("person", "organization", "title", "resolution", "date", "event", "role")


def json_block(data: object) -> Markup:
    """JSON safe inside a <script> element: no '<', '>' or '&' can close it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return Markup(text)


def safe_url(url: Optional[str]) -> Optional[str]:
    """The release address when it is a web address; never a `javascript:` or `data:` link."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def _span(release_id: str, text: str, ev: Evidence) -> list[int]:
    if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start:ev.end] != ev.mention:
        raise ReviewError(
            f"{release_id}: evidence [{ev.start}:{ev.end}] {ev.mention!r} does not match the release text there"
        )
    return [ev.start, ev.end]


def find_within(text: str, start: int, end: int, needle: str) -> Optional[list[int]]:
    """Offsets of `needle` inside text[start:end] (exact case first, then any case)."""
    for haystack, sought in ((text[start:end], needle), (text[start:end].casefold(), needle.casefold())):
        at = haystack.find(sought)
        if at >= 0 and len(haystack) == end - start:
            return [start + at, start + at + len(needle)]
    return None


def mention_marks(release: Release, text: str) -> list[list]:
    """Every highlighted mention: [start, end, type, [[record kind, record number], ...]], sorted."""
    marks: dict[tuple[int, int, str], list] = {}

    def add(span: Optional[list[int]], kind: str, number: int, mention_type: str) -> None:
        if span and span[0] < span[1]:
            refs = marks.setdefault((span[0], span[1], mention_type), [])
            if [kind, number] not in refs:
                refs.append([kind, number])

    for kind, mention_type in (("people", "person"), ("organizations", "organization"), ("resolutions", "resolution")):
        for number, record in enumerate(getattr(release, kind)):
            for ev in record.evidence:
                add(_span(release.id, text, ev), kind, number, mention_type)
    for number, role in enumerate(release.roles):
        for ev in role.evidence:
            add(_span(release.id, text, ev), "roles", number, "role")
            add(find_within(text, ev.start, ev.end, role.title), "roles", number, "title")
    for number, event in enumerate(release.events):
        for position, ev in enumerate(event.evidence):  # the name first, then the dates
            add(_span(release.id, text, ev), "events", number, "event" if position == 0 else "date")
    return [[start, end, mention_type, refs] for (start, end, mention_type), refs in sorted(marks.items())]


def release_data(release: Release, text: str, index: CorpusIndex) -> dict:
    """What the page shows of one release (evidence as [start, end] into `text`)."""
    rid = release.id
    org = index.organization_of.get

    def ev(record) -> list[list[int]]:
        return [_span(rid, text, e) for e in record.evidence]

    return {
        "id": rid,
        "title": release.title,
        "published": release.published,
        "source": release.source,
        "dateline": release.dateline,
        "url": safe_url(release.url),
        "text": text,
        "people": [
            {"name": p.name, "aliases": p.aliases, "ev": ev(p), "ix": index.person_of.get((rid, p.name))}
            for p in release.people
        ],
        "organizations": [
            {"name": o.name, "acronym": o.acronym, "aliases": o.aliases, "parent": o.parent, "ev": ev(o), "ix": org((rid, o.name))}
            for o in release.organizations
        ],
        "roles": [
            {"person": r.person, "title": r.title, "organization": r.organization, "ev": ev(r),
             "pix": index.person_of.get((rid, r.person)), "oix": org((rid, r.organization))}
            for r in release.roles
        ],
        "resolutions": [
            {"kind": r.kind, "body": r.body, "date": r.date, "subject": r.subject, "ev": ev(r),
             "parties": [[p, org((rid, p))] for p in (r.body or "").split("; ") if p]}
            for r in release.resolutions
        ],
        "events": [
            {"name": e.name, "start": e.start, "end": e.end, "location": e.location, "host": e.host, "ev": ev(e),
             "hix": org((rid, e.host))}
            for e in release.events
        ],
        "marks": mention_marks(release, text),
    }


def catalog_data(facts: Facts, index: CorpusIndex) -> dict:
    """Everything the page needs before a release is opened: the release list and the index."""
    number = {r.id: n for n, r in enumerate(facts.releases)}
    return {
        "pipeline": facts.pipeline,
        "kinds": list(RECORD_TYPES),
        "releases": [
            {"id": r.id, "title": r.title, "published": r.published, "source": r.source, "counts": [len(getattr(r, k)) for k in RECORD_TYPES]}
            for r in facts.releases
        ],
        "people": [
            {"id": e.id, "name": e.name, "aliases": e.aliases, "releases": [number[r] for r in e.releases],
             "titles": [[t.published, number[t.release_id], t.title, t.organization] for t in e.titles]}
            for e in index.people
        ],
        "organizations": [
            {"id": e.id, "name": e.name, "aliases": e.aliases, "acronyms": e.acronyms, "parents": e.parents,
             "releases": [number[r] for r in e.releases],
             "resolutions": [[a.date, number[a.release_id], a.kind, a.subject] for a in e.resolutions]}
            for e in index.organizations
        ],
    }


def _asset(name: str) -> Markup:
    """A static file of pipeline/outputs/templates, inlined as is (our own CSS and JS, no data)."""
    return Markup(resources.files("pipeline.outputs").joinpath("templates", name).read_text(encoding="utf-8"))


# Up to INLINE_RELEASES releases, review.html holds every release (one file to pass around);
# beyond, it holds the list and the index, and the releases are in review/part-NNNNN.js files
# of PART_SIZE releases each, loaded when one of theirs is shown (25: a part of about 90-200 KB
# loads and parses in a few tens of ms, so switching to a release of another part stays quick).
INLINE_RELEASES = 2000
PART_SIZE = 25
PART_FOLDER = "review"


def part_name(number: int) -> str:
    """The file (relative to OUT) of the `number`th part: review/part-00000.js."""
    return f"{PART_FOLDER}/part-{number:05d}.js"


def review_parts(items: Iterable[tuple[Release, str]], index: CorpusIndex, part_size: int = PART_SIZE) -> Iterator[tuple[str, str]]:
    """The part files: (name, script) with `reviewPart(number, [release data...]);`. The data is
    JSON (a literal, nothing to run), escaped as in the page."""
    blocks: list[str] = []
    number = 0
    for release, text in items:
        blocks.append(json_block(release_data(release, text, index)))
        if len(blocks) == part_size:
            yield part_name(number), f"reviewPart({number},[{','.join(blocks)}]);\n"
            blocks, number = [], number + 1
    if blocks:
        yield part_name(number), f"reviewPart({number},[{','.join(blocks)}]);\n"


def render_review(pipeline: str, releases: Sequence[Release], items: Iterable[tuple[Release, str]], index: CorpusIndex, part_size: int = 0) -> Iterator[str]:
    """The review page in pieces, for writing it to a file without holding it whole.

    releases: every release (its records, evidence not needed), for the release list;
    items: the same releases in the same order with evidence, each with the text its offsets
    point into (not read when `part_size` is set: the releases are in `review_parts` files).
    """
    env = Environment(loader=PackageLoader("pipeline.outputs", "templates"), autoescape=select_autoescape(["html"]))
    template = env.get_template("review.html")
    blocks = () if part_size else ((n, json_block(release_data(r, text, index))) for n, (r, text) in enumerate(items))
    catalog = catalog_data(Facts.model_construct(pipeline=pipeline, releases=releases), index)
    catalog["part_size"] = part_size
    catalog["part_folder"] = PART_FOLDER
    return template.generate(
        title=f"Review of {len(releases)} releases",
        pipeline=pipeline,
        catalog=json_block(catalog),
        releases=blocks,
        mention_types=MENTION_TYPES,
        style=_asset("review.css"),
        script=_asset("review.js"),
    )


def review_html(facts: Facts, texts: Mapping[str, str], index: CorpusIndex) -> str:
    """The whole review page. texts: release id -> the text its evidence offsets point into."""
    missing = [r.id for r in facts.releases if r.id not in texts]
    if missing:
        raise ReviewError(f"no release text for {', '.join(missing[:5])}" + (" ..." if len(missing) > 5 else ""))
    return "".join(render_review(facts.pipeline, facts.releases, ((r, texts[r.id]) for r in facts.releases), index))
