"""Turn a review recorded in review.html into gold files: `python -m pipeline gold --from-review
review-verdicts.json`.

For each release of the export: the records marked right are kept (with the reviewer's
corrections), those marked wrong are dropped, the records the reviewer added from the text are
appended, and the result is written as `<gold>/<id>.json` in corpus/gold's format (FACTS.md),
which `make eval` scores against. A release whose records are not all reviewed is left out
(its unreviewed records would count as right unchecked) unless `--partial` keeps them. An
existing gold file is never replaced without `--force`: hand annotations are worth more.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("people", "organizations", "roles", "resolutions", "events")
# The fields of each record type in a gold file (corpus/gold), in order.
GOLD_FIELDS = {
    "people": ("name", "aliases"),
    "organizations": ("name", "acronym", "aliases", "parent"),
    "roles": ("person", "title", "organization"),
    "resolutions": ("kind", "body", "date", "subject"),
    "events": ("name", "start", "end", "location", "host"),
}


class ReviewFileError(ValueError):
    """The review export cannot be read."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `gold`."""
    parser.add_argument("--from-review", type=Path, required=True, metavar="FILE", help="the JSON file review.html's 'Export review' saved")
    parser.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="folder of gold files to write into (default: %(default)s)")
    parser.add_argument("--force", action="store_true", help="replace gold files that already exist")
    parser.add_argument("--partial", action="store_true", help="also write releases not fully reviewed (their unreviewed records count as right)")


def read_review(path: Path) -> dict:
    """The export, checked for the fields this command reads."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ReviewFileError(f"{path}: cannot read ({err.strerror})") from None
    except json.JSONDecodeError as err:
        raise ReviewFileError(f"{path}: not JSON ({err.msg} at line {err.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != "news-facts-review" or not isinstance(data.get("releases"), list):
        raise ReviewFileError(f"{path}: not a review exported from review.html (no 'format': 'news-facts-review' with 'releases')")
    for release in data["releases"]:
        if not isinstance(release, dict) or not release.get("id") or not isinstance(release.get("records"), dict):
            raise ReviewFileError(f"{path}: a release without 'id' or 'records'")
    return data


def _fields(kind: str, values: dict) -> dict:
    record = {}
    for field in GOLD_FIELDS[kind]:
        value = values.get(field)
        record[field] = list(value or []) if field == "aliases" else (value if value not in ("", None) else None)
    return record


def gold_of(release: dict) -> tuple[dict, dict]:
    """The gold file of one reviewed release, and counts: kept, corrected, dropped, added, unreviewed."""
    verdicts = release.get("verdicts") or {}
    counts = dict.fromkeys(("kept", "corrected", "dropped", "added", "unreviewed"), 0)
    gold: dict = {
        "id": release["id"],
        "release": {key: release.get(key) for key in ("dateline", "source", "published")},
    }
    for kind in KINDS:
        gold[kind] = []
        for number, values in enumerate(release["records"].get(kind) or []):
            verdict = verdicts.get(f"{kind}/{number}")
            if verdict is None:
                counts["unreviewed"] += 1
            elif verdict.get("verdict") == "wrong":
                counts["dropped"] += 1
                continue
            corrected = (verdict or {}).get("corrected") or {}
            counts["corrected" if corrected else "kept"] += verdict is not None
            gold[kind].append(_fields(kind, {**values, **corrected}))
    for added in release.get("added") or []:
        if added.get("kind") in GOLD_FIELDS:
            gold[added["kind"]].append(_fields(added["kind"], added.get("fields") or {}))
            counts["added"] += 1
    gold["note"] = (
        f"From a review in review.html: {counts['kept']} records kept, {counts['corrected']} corrected, "
        f"{counts['dropped']} dropped as wrong, {counts['added']} added"
        + (f", {counts['unreviewed']} not reviewed (kept)" if counts["unreviewed"] else "") + "."
    )
    order = ["id", "note", "release", *KINDS]
    return {key: gold[key] for key in order}, counts


def run(args: argparse.Namespace) -> int:
    """Write the gold files; RETURNS the exit status (0 written, 1 some releases left out, 2 error)."""
    from pipeline.reading.release import id_problem
    from pipeline.outputs.export import write_atomic

    try:
        review = read_review(args.from_review)
    except ReviewFileError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    files, left_out = {}, []
    for release in review["releases"]:
        problem = id_problem(release["id"])
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        gold, counts = gold_of(release)
        if counts["unreviewed"] and not args.partial:
            left_out.append(f"{release['id']}: {counts['unreviewed']} record(s) not reviewed (review them, or pass --partial to keep them as right)")
            continue
        files[release["id"]] = (gold, counts)
    existing = [args.gold / f"{rid}.json" for rid in files if (args.gold / f"{rid}.json").exists()]
    if existing and not args.force:
        names = ", ".join(str(p) for p in existing)
        print(f"error: {names} already exist{'s' if len(existing) == 1 else ''}; nothing written (--force replaces them)", file=sys.stderr)
        return 2
    for rid, (gold, counts) in files.items():
        write_atomic(args.gold / f"{rid}.json", json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {args.gold / f'{rid}.json'}: {gold['note'].split(': ', 1)[1]}", file=sys.stderr)
    for line in left_out:
        print(f"left out {line}", file=sys.stderr)
    if not files and not left_out:
        print(f"note: {args.from_review} holds no reviewed release", file=sys.stderr)
    return 1 if left_out else 0
