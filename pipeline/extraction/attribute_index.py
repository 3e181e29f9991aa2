"""The model's attribute_ruler with its single-token patterns looked up instead of matched.

The pretrained pipeline's AttributeRuler maps tagger tags to POS (extraction reads `pos_`)
with ~180 Matcher patterns, nearly all of one token ({"TAG": "NN"}, {"LOWER": "'s", "TAG":
"POS"}). spaCy's Matcher tries every pattern on every token, which makes the ruler cost as
much as the parser. Whether a one-token pattern of plain values matches depends only on the
token's values of the attributes it tests, so `IndexedAttributeRuler` files these patterns
in dictionaries keyed by those values (one dictionary per set of attributes tested) and
looks each token up. Other patterns (several tokens, operators, sets) still go through a
Matcher. The matches then take the ruler's own path
(same sort, same `set_annotations`), so every token gets the same attributes.
"""

from __future__ import annotations

from itertools import product
from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

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
        for attr_id in range(len(self.attrs)):
            key = str(attr_id)
            match_id = self.vocab.strings[key]
            for pattern in self.matcher.get(key)[1]:
                spec = token_spec(pattern)
                if spec is None:
                    self._rest.add(key, [pattern])
                    continue
                allowed, excluded = spec
                columns = tuple(sorted(allowed))
                table = index.setdefault(columns, {})
                for values in product(*(allowed[c] for c in columns)):
                    table.setdefault(values, []).append((attr_id, match_id, tuple(excluded.items())))
        self._index = list(index.items())
        self._stale = False

    def match(self, doc: Doc):
        """The same (attr id, match id, start, end) list as AttributeRuler.match, sorted."""
        if self._stale:
            self._build()
        matches = []
        if len(doc):
            values = doc.to_array(COLUMNS).T.tolist()  # one list per column: each table's keys are zipped in C
            for columns, table in self._index:
                for i, found in enumerate(map(table.get, zip(*[values[c] for c in columns]))):
                    if found:
                        matches.extend(
                            (attr_id, match_id, i, i + 1)
                            for attr_id, match_id, excluded in found
                            if not any(values[c][i] in ids for c, ids in excluded)
                        )
        if len(self._rest):
            matches.extend((int(self.vocab.strings[m]), m, s, e) for m, s, e in self._rest(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches


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
