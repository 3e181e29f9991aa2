"""Word lists kept as data in `pipeline/extraction/patterns/*.jsonl`, loaded once and validated.

README architecture table row: every row (the patterns column).
"""

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


# Verb forms. The pipeline runs without spaCy's lemmatizer (nothing else needs it, and it costs
# speed), so a rule that names a verb matches its surface forms: the pattern files list the
# verb's base form once, and these functions spell out the rest.
VERB_FORMS = ("base", "present", "past", "participle", "gerund")
_SIBILANTS = ("s", "x", "z", "ch", "sh", "o")
_VOWELS = "aeiou"


def _doubles_final_consonant(verb: str) -> bool:
    """"plan" -> "planned": a one-syllable word ending consonant-vowel-consonant (not w, x, y).
    A longer verb that doubles ("admit") goes in verb_irregulars.jsonl."""
    word = verb.rsplit("-", 1)[-1]
    syllables = sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))
    return (
        syllables == 1 and len(word) >= 3 and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS and word[-3] not in _VOWELS
    )


def _regular_forms(verb: str) -> dict[str, tuple[str, ...]]:
    """The forms English spelling rules give a regular verb."""
    if verb.endswith(_SIBILANTS):
        present = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        present = verb[:-1] + "ies"
    else:
        present = verb + "s"
    if verb.endswith("e"):
        past = verb + "d"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        past = verb[:-1] + "ied"
    elif _doubles_final_consonant(verb):
        past = verb + verb[-1] + "ed"
    else:
        past = verb + "ed"
    if verb.endswith("ie"):
        gerund = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "oe", "ye")):
        gerund = verb[:-1] + "ing"
    elif _doubles_final_consonant(verb):
        gerund = verb + verb[-1] + "ing"
    else:
        gerund = verb + "ing"
    return {"base": (verb,), "present": (present,), "past": (past,), "participle": (past,), "gerund": (gerund,)}


@lru_cache(maxsize=None)
def _irregular_verbs() -> dict[str, dict[str, tuple[str, ...]]]:
    """verb_irregulars.jsonl: base form -> its forms, as "present past participle gerund" with
    alternatives joined by "|" ("be": "am|is|are was|were been being")."""
    table = {}
    for verb, value in entries("verb_irregulars"):
        slots = value.split()
        if len(slots) != len(VERB_FORMS) - 1:
            raise LexiconError(f"{PATTERNS_DIR / 'verb_irregulars.jsonl'}: {verb!r}: expected 4 slots (present past participle gerund), got {value!r}")
        table[verb] = {"base": (verb,), **{form: tuple(slot.split("|")) for form, slot in zip(VERB_FORMS[1:], slots)}}
    return table


def inflections(verb: str) -> dict[str, tuple[str, ...]]:
    """Forms of a verb by kind: base, present (3rd person singular, and "am"/"are" for "be"),
    past, participle, gerund. Irregular verbs come from verb_irregulars.jsonl."""
    return _irregular_verbs().get(verb) or _regular_forms(verb)


def _checked(forms: tuple[str, ...]) -> tuple[str, ...]:
    """`forms`, if each is one of VERB_FORMS."""
    unknown = set(forms) - set(VERB_FORMS)
    if unknown:
        raise ValueError(f"unknown verb forms {sorted(unknown)}: expected some of {VERB_FORMS}")
    return forms


@lru_cache(maxsize=None)
def forms_of(verb: str, forms: tuple[str, ...] = VERB_FORMS) -> frozenset[str]:
    """Every form of one verb ("agree" -> agree, agrees, agreed, agreeing), or only the kinds in `forms`."""
    table = inflections(verb)
    return frozenset(word for form in _checked(forms) for word in table[form])


@lru_cache(maxsize=None)
def verb_forms(name: str, forms: tuple[str, ...] = VERB_FORMS) -> frozenset[str]:
    """Every form (or only the kinds in `forms`) of the verbs a pattern file lists by base form,
    lower-cased."""
    return frozenset().union(*(forms_of(verb, forms) for verb in sorted(lower_words(name))))


@lru_cache(maxsize=None)
def copulas() -> frozenset[str]:
    """The forms of "be", and its clitic "'s" ("Acme's a leader"): the one list of copulas the
    rule modules share (roles reads "X is the CEO of Y"; resolutions also counts "have" as no
    verb of adoption)."""
    return forms_of("be") | {"'s", "’s"}
