"""Word lists kept as data in `pipeline/extraction/patterns/*.jsonl`, loaded once and validated."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PATTERNS_DIR = Path(__file__).parent / "patterns"


class LexiconError(ValueError):
    """A pattern file that does not follow the `{"text": ..., "value": ...}` schema."""


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[tuple[str, str], ...]:
    """(text, value) pairs of `patterns/<name>.jsonl`; value defaults to text; comment lines skipped."""
    path = PATTERNS_DIR / f"{name}.jsonl"
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise LexiconError(f"{path}:{number}: not JSON: {err}") from None
        if set(row) == {"comment"}:
            continue
        if not isinstance(row.get("text"), str) or not row["text"] or set(row) - {"text", "value"}:
            raise LexiconError(f"{path}:{number}: expected {{'text': str, 'value': str?}}, got {row}")
        rows.append((row["text"], row.get("value", row["text"])))
    return tuple(rows)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The `text` values of a pattern file, as a set."""
    return frozenset(text for text, _ in entries(name))


@lru_cache(maxsize=None)
def lower_words(name: str) -> frozenset[str]:
    """The `text` values of a pattern file, lower-cased."""
    return frozenset(text.lower() for text, _ in entries(name))


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """text -> value of a pattern file."""
    return dict(entries(name))


@lru_cache(maxsize=None)
def phrases(name: str, lower: bool = False) -> tuple[tuple[str, ...], ...]:
    """The `text` values of a pattern file split into words (lower-cased with `lower`), longest
    first: where two match at the same place, the longer one wins, whatever the set order."""
    found = {tuple((text.lower() if lower else text).split()) for text, _ in entries(name)}
    return tuple(sorted(found, key=lambda words: (-len(words), words)))


def all_files() -> list[str]:
    """Names of every pattern file (for validation and cache keys)."""
    return sorted(p.stem for p in PATTERNS_DIR.glob("*.jsonl"))
