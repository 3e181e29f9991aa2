"""Score extracted facts against hand-annotated gold files, as FACTS.md defines it.

Run as ``python -m pipeline eval [--facts outputs/facts.json] [--gold corpus/gold] [--show]
[--show-test] [--json FILE]``. The gold folder's ``split.csv`` puts each release in the
development part (rules are grown from its misses) or the blind test part; the scores are
printed for each part and for each source family (the release id's prefix: state, wh, doj,
wire, ilo).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence

RECORD_TYPES: tuple[str, ...] = (
    "people",
    "organizations",
    "roles",
    "resolutions",
    "dated resolutions",
    "events",
)

# Characters deleted outright, so "U.S." == "US", "U.N." == "UN", "O'Neil" == "ONeil".
DELETED_PUNCTUATION: frozenset[str] = frozenset(".'’‘`´")
# All other punctuation (Unicode category P*) becomes a space: "Vejs-Kjeldgaard" -> "vejs kjeldgaard".

# Leading honorifics, as normalized token sequences (after punctuation is dropped).
HONORIFICS: tuple[tuple[str, ...], ...] = (
    ("his", "excellency"),
    ("her", "excellency"),
    ("his", "highness"),
    ("her", "highness"),
    ("the", "honorable"),
    ("the", "honourable"),
    ("honorable",),
    ("honourable",),
    ("h", "e"),  # "H. E."
    ("he",),  # "H.E."
    ("mr",),
    ("mrs",),
    ("ms",),
    ("miss",),
    ("dr",),
    ("prof",),
    ("professor",),
    ("sir",),
)

LEADING_ARTICLES: frozenset[str] = frozenset({"the"})

STOP_WORDS: frozenset[str] = frozenset(
    {
        # articles
        "a", "an", "the",
        # prepositions
        "of", "for", "in", "on", "at", "to", "by", "with", "from", "into", "onto",
        "about", "among", "amongst", "between", "through", "over", "under", "upon",
        "against", "during", "within", "without", "across", "toward", "towards",
        "concerning", "regarding", "via", "per", "as",
        # conjunctions
        "and", "or", "nor", "but", "yet", "both", "either", "neither",
    }
)

# Plural endings that are not plurals ("process", "status", "basis").
NON_PLURAL_ENDINGS: tuple[str, ...] = ("ss", "us", "is")
IRREGULAR_SINGULARS: dict[str, str] = {"memoranda": "memorandum", "criteria": "criterion"}

# The gold folder's split file: one row per release, `id,part`, part "development" or "test".
SPLIT_FILE = "split.csv"
PARTS: tuple[str, ...] = ("development", "test")
# Source families, by release-id prefix; targets are checked per family.
FAMILIES: dict[str, tuple[str, ...]] = {"U.S. federal": ("state", "wh", "doj"), "other publishers": ("wire", "ilo")}

POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)
PARTY_SEPARATOR = ";"


# --------------------------------------------------------------------------- normalisation


def _strip_accents(text: str) -> str:
    """Decompose (NFKD) and drop combining marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _drop_punctuation(text: str) -> str:
    """Delete periods and apostrophes, turn every other punctuation mark into a space."""
    out = []
    for char in text:
        if char in DELETED_PUNCTUATION:
            continue
        out.append(" " if unicodedata.category(char).startswith("P") else char)
    return "".join(out)


def _strip_leading_honorifics(tokens: list[str]) -> list[str]:
    """Drop a leading "the" and leading honorifics, repeatedly, never emptying the name."""
    changed = True
    while changed:
        changed = False
        for honorific in HONORIFICS:
            size = len(honorific)
            if len(tokens) > size and tuple(tokens[:size]) == honorific:
                tokens = tokens[size:]
                changed = True
                break
        if len(tokens) > 1 and tokens[0] in LEADING_ARTICLES:
            tokens = tokens[1:]
            changed = True
    return tokens


@lru_cache(maxsize=65536)
def normalize(s: str | None) -> str:
    """Normalize a surface form: casefold, no accents/punctuation/possessive/leading "the"/honorifics
    (cached: the corpus index keys the same names again and again)."""
    if s is None:
        return ""
    text = _strip_accents(str(s)).casefold()
    text = POSSESSIVE_RE.sub("", text)
    tokens = _drop_punctuation(text).split()
    return " ".join(_strip_leading_honorifics(tokens))


def content_words(s: str | None) -> set[str]:
    """Normalized tokens of ``s`` minus articles, prepositions and conjunctions."""
    return {token for token in normalize(s).split() if token not in STOP_WORDS}


def half_overlap(a: str | None, b: str | None) -> bool:
    """True if the two texts share at least half of the content words of the shorter one.

    Two texts without content words overlap only if they normalize equal; a text without
    content words never overlaps one that has some.
    """
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return normalize(a) == normalize(b)
    shared = len(words_a & words_b)
    return 2 * shared >= min(len(words_a), len(words_b))


def kinds_agree(a: str | None, b: str | None) -> bool:
    """Singular kinds equal, or the longer ends with the shorter ("settlement agreement" ~ "agreement")."""
    words_a, words_b = singular_kind(a).split(), singular_kind(b).split()
    if not words_a or not words_b:
        return words_a == words_b
    shorter, longer = sorted((words_a, words_b), key=len)
    return longer[len(longer) - len(shorter):] == shorter


def singular_kind(kind: str | None) -> str:
    """Normalized resolution kind with each word singularized ("action plans" -> "action plan")."""
    return " ".join(_singular(word) for word in normalize(kind).split())


def _singular(word: str) -> str:
    """Singular of one normalized English word (regular plurals only, plus a few irregulars)."""
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 2 and word.endswith("s") and not word.endswith(NON_PLURAL_ENDINGS):
        return word[:-1]
    return word


def _text(value: object) -> str:
    """A field value as a stripped string ("" for None)."""
    return "" if value is None else str(value).strip()


# --------------------------------------------------------------------------- gold


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Read every ``*.json`` in ``gold_dir`` into a dict keyed by release id (file stem)."""
    gold: dict[str, dict] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ValueError(f"gold file {path} is not valid JSON: {error}") from error
        gold[str(record.get("id") or path.stem)] = record
    return gold


def load_split(gold_dir: Path) -> dict[str, str]:
    """The part of each release listed in ``gold_dir/split.csv`` ({} where there is no such file)."""
    path = Path(gold_dir) / SPLIT_FILE
    if not path.is_file():
        return {}
    split: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            release_id, part = (row.get("id") or "").strip(), (row.get("part") or "").strip()
            if not release_id or part not in PARTS:
                raise ValueError(f"{path}:{line}: expected an id and a part in {PARTS}, got {release_id!r}, {part!r}")
            split[release_id] = part
    return split


def part_of(release_id: str, split: dict[str, str]) -> str:
    """The split part of a release; a gold file not in the split (a new one) counts as development."""
    return split.get(release_id, "development")


def source_of(release_id: str) -> str:
    """The source of a release: its id's prefix ("wire-00123" -> "wire")."""
    return release_id.split("-", 1)[0]


# --------------------------------------------------------------------------- compatibility


def org_forms(org: dict) -> set[str]:
    """Normalized non-empty {name, acronym, aliases} of an organization record."""
    forms = [org.get("name"), org.get("acronym"), *(org.get("aliases") or [])]
    return {n for n in map(normalize, forms) if n}


def forms_through_orgs(surface: str | None, orgs: Sequence[dict]) -> set[str]:
    """``surface`` plus all forms of any organization record that has it among its forms."""
    key = normalize(surface)
    if not key:
        return set()
    forms = {key}
    for org in orgs:
        org_keys = org_forms(org)
        if key in org_keys:
            forms |= org_keys
    return forms


def parties(body: str | None) -> list[str]:
    """The parties of a resolution body, split on ";" (empty parts dropped)."""
    return [part.strip() for part in _text(body).split(PARTY_SEPARATOR) if normalize(part)]


def date_agrees(gold_date: object, output_date: object) -> bool:
    """Both empty, or the output date starts with the gold date (gold precision)."""
    gold_text, output_text = _text(gold_date), _text(output_date)
    if not gold_text or not output_text:
        return not gold_text and not output_text
    return output_text.startswith(gold_text)


def start_agrees(gold_start: object, output_start: object) -> bool:
    """Gold start empty, or the output start starts with it."""
    gold_text = _text(gold_start)
    return not gold_text or _text(output_start).startswith(gold_text)


@dataclass(frozen=True)
class ReleaseContext:
    """The organization and people records of one release, on both sides."""

    output_orgs: Sequence[dict]
    gold_orgs: Sequence[dict]
    gold_people: Sequence[dict]


def person_compatible(output: dict, gold: dict, context: ReleaseContext) -> bool:
    """Output name equals the gold name or one of its aliases."""
    name = normalize(output.get("name"))
    return bool(name) and name in {normalize(gold.get("name")), *map(normalize, gold.get("aliases") or [])}


def organization_compatible(output: dict, gold: dict, context: ReleaseContext) -> bool:
    """Any output name/acronym/alias equals any gold name/acronym/alias."""
    return bool(org_forms(output) & org_forms(gold))


def role_person_agrees(output_person: str | None, gold_person: str | None, gold_people: Sequence[dict]) -> bool:
    """Output person equals the gold person or an alias of the gold person record of that name."""
    key = normalize(gold_person)
    if not key:
        return not normalize(output_person)
    names = {key}
    for person in gold_people:
        if normalize(person.get("name")) == key:
            names |= {n for n in map(normalize, person.get("aliases") or []) if n}
    return normalize(output_person) in names


def role_org_agrees(output_org: str | None, gold_org: str | None, context: ReleaseContext) -> bool:
    """Org surface forms intersect through each side's organizations; both empty also agrees."""
    output_forms = forms_through_orgs(output_org, context.output_orgs)
    gold_forms = forms_through_orgs(gold_org, context.gold_orgs)
    if not output_forms or not gold_forms:
        return not output_forms and not gold_forms
    return bool(output_forms & gold_forms)


def role_compatible(output: dict, gold: dict, context: ReleaseContext) -> bool:
    """Person, organization and title (equal or half content-word overlap) agree."""
    return (
        role_person_agrees(output.get("person"), gold.get("person"), context.gold_people)
        and role_org_agrees(output.get("organization"), gold.get("organization"), context)
        and half_overlap(output.get("title"), gold.get("title"))
    )


def body_agrees(output_body: str | None, gold_body: str | None, context: ReleaseContext) -> bool:
    """Gold body empty requires output empty; else one output party matches one gold party."""
    gold_parties, output_parties = parties(gold_body), parties(output_body)
    if not gold_parties:
        return not output_parties
    output_forms = set().union(*(forms_through_orgs(p, context.output_orgs) for p in output_parties))
    gold_forms = set().union(*(forms_through_orgs(p, context.gold_orgs) for p in gold_parties))
    return bool(output_forms & gold_forms)


def resolution_compatible(output: dict, gold: dict, context: ReleaseContext) -> bool:
    """Kinds agree, a party of the body matches, dates agree, subjects half-overlap."""
    return (
        kinds_agree(output.get("kind"), gold.get("kind"))
        and body_agrees(output.get("body"), gold.get("body"), context)
        and date_agrees(gold.get("date"), output.get("date"))
        and half_overlap(output.get("subject"), gold.get("subject"))
    )


def event_compatible(output: dict, gold: dict, context: ReleaseContext) -> bool:
    """Names half-overlap in content words and the output start agrees with the gold start."""
    return half_overlap(output.get("name"), gold.get("name")) and start_agrees(gold.get("start"), output.get("start"))


# --------------------------------------------------------------------------- matching


def max_matching(outputs: Sequence[dict], golds: Sequence[dict], compatible: Callable[[dict, dict], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths); returns {gold index: output index}.

    Gold records are tried in order, and each one's compatible outputs in order, so the
    result is deterministic.
    """
    candidates = [[o for o, out in enumerate(outputs) if compatible(out, gold)] for gold in golds]
    gold_of_output: dict[int, int] = {}

    def augment(gold_index: int, visited: set[int]) -> bool:
        for output_index in candidates[gold_index]:
            if output_index in visited:
                continue
            visited.add(output_index)
            holder = gold_of_output.get(output_index)
            if holder is None or augment(holder, visited):
                gold_of_output[output_index] = gold_index
                return True
        return False

    for gold_index in range(len(golds)):
        augment(gold_index, set())
    return {g: o for o, g in gold_of_output.items()}


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Counts:
    """True/false positives and false negatives, with the derived P/R/F1.

    With nothing predicted, precision is 1.0 if there was also nothing to find, else 0.0;
    with nothing to find, recall is 1.0 if nothing was predicted, else 0.0. F1 is the
    harmonic mean, 0.0 when P + R is 0. So an empty output on an empty gold scores 1/1/1.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP)."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """TP / (TP + FN)."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class TypeResult:
    """Counts for one record type in one release, with the unmatched records."""

    counts: Counts
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Scores:
    """Per-type totals over all gold releases, and per-release results."""

    totals: dict[str, Counts]
    releases: dict[str, dict[str, TypeResult]]


def compare(outputs: Sequence[dict], golds: Sequence[dict], compatible: Callable[[dict, dict], bool]) -> TypeResult:
    """Match outputs to golds one-to-one and count TP/FP/FN."""
    matching = max_matching(outputs, golds, compatible)
    matched_outputs = set(matching.values())
    missed = [gold for g, gold in enumerate(golds) if g not in matching]
    extra = [out for o, out in enumerate(outputs) if o not in matched_outputs]
    return TypeResult(Counts(len(matching), len(extra), len(missed)), missed, extra)


def _records(release: dict, key: str) -> list[dict]:
    """The list of records under ``key`` (missing or null -> [])."""
    return [r for r in (release.get(key) or []) if isinstance(r, dict)]


def _dated(records: Iterable[dict]) -> list[dict]:
    """Records with a non-empty date."""
    return [r for r in records if _text(r.get("date"))]


def score_release(output: dict, gold: dict) -> dict[str, TypeResult]:
    """Compare one output release with its gold release, per record type."""
    context = ReleaseContext(
        output_orgs=_records(output, "organizations"),
        gold_orgs=_records(gold, "organizations"),
        gold_people=_records(gold, "people"),
    )

    def with_context(rule: Callable[[dict, dict, ReleaseContext], bool]) -> Callable[[dict, dict], bool]:
        return lambda out, gld: rule(out, gld, context)

    out_res, gold_res = _records(output, "resolutions"), _records(gold, "resolutions")
    return {
        "people": compare(_records(output, "people"), _records(gold, "people"), with_context(person_compatible)),
        "organizations": compare(context.output_orgs, context.gold_orgs, with_context(organization_compatible)),
        "roles": compare(_records(output, "roles"), _records(gold, "roles"), with_context(role_compatible)),
        "resolutions": compare(out_res, gold_res, with_context(resolution_compatible)),
        "dated resolutions": compare(_dated(out_res), _dated(gold_res), with_context(resolution_compatible)),
        "events": compare(_records(output, "events"), _records(gold, "events"), with_context(event_compatible)),
    }


def score(facts: dict, gold: dict[str, dict]) -> Scores:
    """Score ``facts`` against every gold release (a missing output release misses everything).

    Output releases without a gold file are ignored. Counts are summed over releases.
    """
    outputs = {str(r.get("id")): r for r in facts.get("releases") or []}
    releases = {release_id: score_release(outputs.get(release_id, {}), gold[release_id]) for release_id in sorted(gold)}
    return Scores(totals=summed(releases.values()), releases=releases)


# --------------------------------------------------------------------------- rendering


def summed(results: Iterable[dict[str, TypeResult]]) -> dict[str, Counts]:
    """Per-type counts summed over releases' results."""
    results = list(results)
    return {t: sum((r[t].counts for r in results), Counts()) for t in RECORD_TYPES}


def totals_over(scores: Scores, release_ids: Iterable[str]) -> dict[str, Counts]:
    """Per-type counts summed over the given releases only."""
    return summed(scores.releases[r] for r in release_ids)


def render_table(scores: Scores, totals: dict[str, Counts] | None = None) -> str:
    """Markdown/plain-text table: type | P | R | F1 | TP | FP | FN (of ``totals``, default all releases)."""
    totals = scores.totals if totals is None else totals
    lines = ["| type | P | R | F1 | TP | FP | FN |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for record_type in RECORD_TYPES:
        c = totals[record_type]
        lines.append(
            f"| {record_type} | {c.precision:.2f} | {c.recall:.2f} | {c.f1:.2f} | {c.tp} | {c.fp} | {c.fn} |"
        )
    return "\n".join(lines)


def split_ids(scores: Scores, split: dict[str, str]) -> dict[str, list[str]]:
    """The scored release ids of each part."""
    return {part: [r for r in scores.releases if part_of(r, split) == part] for part in PARTS}


def family_groups(release_ids: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(label, ids) for each source present, then each family with releases."""
    sources = sorted({source_of(r) for r in release_ids})
    groups = [(source, [r for r in release_ids if source_of(r) == source]) for source in sources]
    for family, prefixes in FAMILIES.items():
        members = [r for r in release_ids if source_of(r) in prefixes]
        if members:
            groups.append((family, members))
    return groups


def render_family_table(scores: Scores, split: dict[str, str]) -> str:
    """F1 with (P/R) per record type, per source and source family, per part."""
    header = "| source | part | releases | " + " | ".join(RECORD_TYPES) + " |"
    lines = [header, "| --- | --- | ---: |" + " ---: |" * len(RECORD_TYPES)]
    for part, ids in split_ids(scores, split).items():
        for label, members in family_groups(ids):
            totals = totals_over(scores, members)
            cells = [_cell(totals[t]) for t in RECORD_TYPES]
            lines.append(f"| {label} | {part} | {len(members)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(c: Counts) -> str:
    """ "F1 (P/R)", or "none" where neither side has a record of the type."""
    if c.tp + c.fp + c.fn == 0:
        return "none"
    return f"{c.f1:.2f} ({c.precision:.2f}/{c.recall:.2f})"


def render_report(scores: Scores, split: dict[str, str]) -> str:
    """The development and test tables, then the per-source table (F1 with P/R)."""
    parts = split_ids(scores, split)
    blocks = []
    for part, ids in parts.items():
        note = " (blind: rules are never grown from its misses)" if part == "test" else ""
        blocks.append(f"## {part} part: {len(ids)} releases{note}\n{render_table(scores, totals_over(scores, ids))}")
    blocks.append("## by source and source family: F1 (P/R)\n" + render_family_table(scores, split))
    return "\n\n".join(blocks)


def compact(record: dict) -> str:
    """One-line JSON of a record without evidence and empty fields."""
    kept = {k: v for k, v in record.items() if k != "evidence" and v not in (None, "", [], {})}
    return json.dumps(kept, ensure_ascii=False)


def render_details(scores: Scores, release_ids: Iterable[str] | None = None) -> str:
    """Per release and type, the missed gold records (``-``) and extra output records (``+``)."""
    lines: list[str] = []
    wanted = None if release_ids is None else set(release_ids)
    for release_id, results in scores.releases.items():
        if wanted is not None and release_id not in wanted:
            continue
        release_lines: list[str] = []
        for record_type in RECORD_TYPES:
            result = results[record_type]
            if not result.missed and not result.extra:
                continue
            c = result.counts
            release_lines.append(f"  {record_type} (TP {c.tp}, FP {c.fp}, FN {c.fn})")
            release_lines += [f"    - missed: {compact(r)}" for r in result.missed]
            release_lines += [f"    + extra: {compact(r)}" for r in result.extra]
        if release_lines:
            lines.append(f"## {release_id}")
            lines += release_lines
    return "\n".join(lines)


def _counts_as_dict(counts: Counts) -> dict:
    """Counts and rounded P/R/F1 as a plain dict."""
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
    }


def scores_as_dict(scores: Scores, split: dict[str, str] | None = None) -> dict:
    """Scores as JSON-ready data: totals, totals per part, and per-release counts with missed/extra records."""
    parts = split_ids(scores, split or {})
    return {
        "totals": {t: _counts_as_dict(scores.totals[t]) for t in RECORD_TYPES},
        "parts": {part: {t: _counts_as_dict(c) for t, c in totals_over(scores, ids).items()} for part, ids in parts.items()},
        "split": {r: part for part, ids in parts.items() for r in ids},
        "releases": {
            release_id: {
                t: {
                    **_counts_as_dict(results[t].counts),
                    "missed": [{k: v for k, v in r.items() if k != "evidence"} for r in results[t].missed],
                    "extra": [{k: v for k, v in r.items() if k != "evidence"} for r in results[t].extra],
                }
                for t in RECORD_TYPES
            }
            for release_id, results in scores.releases.items()
        },
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m pipeline eval`."""
    parser.add_argument("--facts", type=Path, default=Path("outputs/facts.json"), help="facts JSON written by `extract` (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="folder of gold <release_id>.json files (default: %(default)s)")
    add_show_arguments(parser)
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")


def add_show_arguments(parser: argparse.ArgumentParser) -> None:
    """--show and --show-test, shared with `baseline`."""
    parser.add_argument("--show", action="store_true", help="also list the missed and extra records of each development release")
    parser.add_argument(
        "--show-test",
        action="store_true",
        help="also list them for the test part: this SPOILS the blind test (never grow rules from what it shows)",
    )


def print_report(scores: Scores, split: dict[str, str], args: argparse.Namespace) -> None:
    """The tables, then the misses that --show / --show-test ask for."""
    print(render_report(scores, split))
    parts = split_ids(scores, split)
    if args.show or args.show_test:
        print("\n# misses and extras of the development part\n" + render_details(scores, parts["development"]))
    if args.show_test:
        print("\n# misses and extras of the TEST part (spoiled: do not grow rules from these)\n" + render_details(scores, parts["test"]))


def run(args: argparse.Namespace) -> int:
    """Print the development, test and per-source tables (and misses with --show)."""
    if not args.facts.is_file():
        print(f"error: {args.facts}: no such facts file (run `make extract` first)", file=sys.stderr)
        return 2
    try:
        facts = json.loads(args.facts.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        detail = f"{err.msg} at line {err.lineno}, column {err.colno}" if isinstance(err, json.JSONDecodeError) else "not UTF-8 text"
        print(f"error: {args.facts}: not a facts.json written by `extract` ({detail})", file=sys.stderr)
        return 2
    if not isinstance(facts, dict) or not isinstance(facts.get("releases"), list):
        print(f"error: {args.facts}: not a facts.json written by `extract` (no \"releases\" list)", file=sys.stderr)
        return 2
    split = load_split(args.gold)
    scores = score(facts, load_gold(args.gold))
    print_report(scores, split, args)
    if args.json:
        args.json.write_text(json.dumps(scores_as_dict(scores, split), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0
