"""The model's attribute_ruler with its single-token patterns looked up instead of matched.

The pretrained pipeline's AttributeRuler maps tagger tags to POS (extraction reads `pos_`)
with ~180 Matcher patterns, nearly all of one token ({"TAG": "NN"}, {"LOWER": "'s", "TAG":
"POS"}). spaCy's Matcher tries every pattern on every token, which makes the ruler cost as
much as the parser. Whether a one-token pattern of plain values matches depends only on the
token's values of the attributes it tests, so `IndexedAttributeRuler` files these patterns
in dictionaries keyed by those values (one dictionary per set of attributes tested) and
looks each token up. Patterns of several tokens, or with a regex, are tried token by token
from the places their first token allows (`sequence_spec`); the rest (operators) still go
through a Matcher. The matches are sorted as the ruler sorts them and set the same attributes
on the same tokens (`set_annotations`, without the ruler's Span per match), so every token
gets the same attributes.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes a looked-up pattern may test, as Doc.to_array reads them.
INDEXED_ATTRS = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMNS = list(INDEXED_ATTRS.values())


def _value_ids(name: str, value) -> Optional[list[int]]:
    """Value ids Doc.to_array gives for a plain pattern value (bool for IS_SPACE, str otherwise)."""
    if name == "IS_SPACE":
        return [int(value)] if isinstance(value, bool) else None
    return [get_string_id(value)] if isinstance(value, str) else None


def token_spec(pattern: list) -> Optional[tuple[dict[int, list[int]], dict[int, set[int]]]]:
    """A one-token pattern as ({column: allowed value ids}, {column: excluded value ids}).

    Plain values and {"IN": [...]} give allowed values, {"NOT_IN": [...]} excluded ones.
    RETURNS None for what a lookup cannot decide (several tokens, operators, regexes, other
    attributes, no allowed value to look up), which stays with the Matcher.
    """
    if len(pattern) != 1 or not isinstance(pattern[0], dict):
        return None
    allowed: dict[int, list[int]] = {}
    excluded: dict[int, set[int]] = {}
    for key, value in pattern[0].items():
        name = key.upper() if isinstance(key, str) else None
        if name not in INDEXED_ATTRS:
            return None
        column = COLUMNS.index(INDEXED_ATTRS[name])
        if isinstance(value, dict):
            if len(value) != 1 or not set(value) <= {"IN", "NOT_IN"}:
                return None
            (operator, values), = value.items()
            ids = [_value_ids(name, v) for v in values] if isinstance(values, list) else [None]
            if any(i is None for i in ids):
                return None
            flat = list(dict.fromkeys(i for group in ids for i in group))
            if operator == "IN":
                allowed[column] = flat
            else:
                excluded[column] = set(flat)
        else:
            ids = _value_ids(name, value)
            if ids is None:
                return None
            allowed[column] = ids
    return (allowed, excluded) if allowed else None


# Columns whose values are strings a REGEX can be tried on.
TEXT_COLUMNS = frozenset(COLUMNS.index(INDEXED_ATTRS[name]) for name in ("TAG", "LOWER", "ORTH", "DEP"))
# One token of a sequence: ({column: allowed value ids}, {column: excluded value ids}, [(column, regex)]).
TokenTest = tuple[dict[int, frozenset[int]], dict[int, frozenset[int]], list[tuple[int, re.Pattern]]]


def token_test(token: dict) -> Optional[TokenTest]:
    """One pattern token as a TokenTest: plain values, IN, NOT_IN, and REGEX on a text column;
    None for anything else (operators, other attributes), which stays with the Matcher."""
    allowed, excluded, regexes = {}, {}, []
    for key, value in token.items():
        name = key.upper() if isinstance(key, str) else None
        if name not in INDEXED_ATTRS:
            return None
        column = COLUMNS.index(INDEXED_ATTRS[name])
        if isinstance(value, dict) and set(value) == {"REGEX"} and column in TEXT_COLUMNS and isinstance(value["REGEX"], str):
            regexes.append((column, re.compile(value["REGEX"])))  # the Matcher's REGEX: re.search
            continue
        spec = token_spec([{key: value}])
        if spec is None:
            if isinstance(value, dict) and set(value) == {"NOT_IN"} and isinstance(value["NOT_IN"], list):
                ids = [_value_ids(name, v) for v in value["NOT_IN"]]
                if all(i is not None for i in ids):
                    excluded[column] = frozenset(i for group in ids for i in group)
                    continue
            return None
        for c, ids in spec[0].items():
            allowed[c] = frozenset(ids)
        for c, ids in spec[1].items():
            excluded[c] = frozenset(ids)
    return allowed, excluded, regexes


def sequence_spec(pattern: list) -> Optional[list[TokenTest]]:
    """A pattern of several tokens, or with a regex, as one TokenTest per token; None when a token
    cannot be tested so (see `token_test`)."""
    if not pattern or not all(isinstance(token, dict) for token in pattern):
        return None
    tests = [token_test(token) for token in pattern]
    return None if any(test is None for test in tests) else tests


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler that finds the matches of its one-token patterns by lookup."""

    def __init__(self, vocab, name: str = "attribute_ruler", **kwargs):
        super().__init__(vocab, name, **kwargs)
        self._stale = True

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._stale = True

    def clear(self) -> None:
        super().clear()
        self._stale = True

    def _build(self) -> None:
        """File the one-token patterns by the values they test; the rest go into a Matcher."""
        index: dict[tuple, dict[tuple, list]] = {}
        self._rest = Matcher(self.vocab, validate=False)
        self._sequences: list[tuple[int, int, list[TokenTest]]] = []
        self._regex_hits: dict[tuple[str, int], bool] = {}
        for attr_id in range(len(self.attrs)):
            key = str(attr_id)
            match_id = self.vocab.strings[key]
            for pattern in self.matcher.get(key)[1]:
                spec = token_spec(pattern)
                if spec is None:
                    tests = sequence_spec(pattern)
                    if tests is None:
                        self._rest.add(key, [pattern])
                    else:
                        self._sequences.append((attr_id, match_id, tests))
                    continue
                allowed, excluded = spec
                columns = tuple(sorted(allowed))
                table = index.setdefault(columns, {})
                for values in product(*(allowed[c] for c in columns)):
                    table.setdefault(values, []).append((attr_id, match_id, tuple(excluded.items())))
        # Each table with the values its first column takes: a Doc without any skips the table.
        self._index = list(index.items())
        self._firsts = [frozenset(values[0] for values in table) for table in index.values()]
        self._stale = False

    def _regex_hit(self, regex: re.Pattern, value: int) -> bool:
        """Whether the string of value id `value` matches `regex` (as the Matcher's REGEX: search)."""
        key = (regex.pattern, value)
        hit = self._regex_hits.get(key)
        if hit is None:
            hit = self._regex_hits[key] = regex.search(self.vocab.strings[value]) is not None
        return hit

    def _passes(self, values: list[list[int]], i: int, test: TokenTest) -> bool:
        """Whether token i passes one token's test."""
        allowed, excluded, regexes = test
        return (
            all(values[c][i] in ids for c, ids in allowed.items())
            and not any(values[c][i] in ids for c, ids in excluded.items())
            and all(self._regex_hit(regex, values[c][i]) for c, regex in regexes)
        )

    def _sequence_matches(self, values: list[list[int]], length: int) -> list[tuple]:
        """(attr id, match id, start, end) of every sequence pattern: tried from each token whose
        value (or value's string, for a regex) the first token allows."""
        matches = []
        for attr_id, match_id, tests in self._sequences:
            allowed, _, regexes = tests[0]
            if allowed:
                column, ids = min(allowed.items(), key=lambda item: len(item[1]))  # the rarest start
                starts = [i for i, value in enumerate(values[column]) if value in ids] if not ids.isdisjoint(values[column]) else []
            elif regexes:
                column, regex = regexes[0]
                hits = {value for value in set(values[column]) if self._regex_hit(regex, value)}
                starts = [i for i, value in enumerate(values[column]) if value in hits] if hits else []
            else:
                starts = range(length)
            size = len(tests)
            for i in starts:
                if i + size <= length and all(self._passes(values, i + k, test) for k, test in enumerate(tests)):
                    matches.append((attr_id, match_id, i, i + size))
        return matches

    def match(self, doc: Doc):
        """The same (attr id, match id, start, end) list as AttributeRuler.match, sorted."""
        if self._stale:
            self._build()
        matches = []
        if len(doc):
            values = doc.to_array(COLUMNS).T.tolist()  # one list per column: each table's keys are zipped in C
            for (columns, table), firsts in zip(self._index, self._firsts):
                if firsts.isdisjoint(values[columns[0]]):
                    continue
                for i, found in enumerate(map(table.get, zip(*[values[c] for c in columns]))):
                    if found:
                        for attr_id, match_id, excluded in found:
                            if not excluded or not any(values[c][i] in ids for c, ids in excluded):
                                matches.append((attr_id, match_id, i, i + 1))
            if self._sequences:
                matches.extend(self._sequence_matches(values, len(doc)))
        if len(self._rest):
            matches.extend((int(self.vocab.strings[m]), m, s, e) for m, s, e in self._rest(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches) -> None:
        """AttributeRuler.set_annotations without building a Span per match: the same attributes
        set on the same token (the match's token at the pattern's index), in the same order."""
        tokens = list(doc)
        for attr_id, match_id, start, end in matches:
            index = self.indices[attr_id]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                super().set_annotations(doc, [(attr_id, match_id, start, end)])  # raises the ruler's error
            set_token_attrs(tokens[position], self.attrs[attr_id])


@Language.factory("news_indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    """Factory of `IndexedAttributeRuler` (patterns are copied in by `index_attribute_ruler`)."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the AttributeRuler `name` of `nlp` by an IndexedAttributeRuler with the same patterns."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return
    patterns = nlp.get_pipe(name).patterns
    indexed = nlp.replace_pipe(name, "news_indexed_attribute_ruler")
    indexed.add_patterns(patterns)
