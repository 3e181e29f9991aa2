"""Docs built by hand, and the rule layer run on them without the pretrained model.

The rule components read only what a parser, tagger and NER leave on a Doc (heads, deps, POS,
tags, entities, sentence starts) and the lexical attributes of the vocab (is_stop, like_num,
is_alpha ...). `spacy.blank("en")` gives those attributes without loading a model, so a test can
state the parse it feeds the rules and check what they make of it:

    doc = parse("Guy Ryder spoke.", '''
        0 Guy    PROPN NNP compound 1 B-PERSON
        1 Ryder  PROPN NNP nsubj    2 I-PERSON
        2 spoke  VERB  VBD ROOT     2 O
        3 .      PUNCT .   punct    2 O
    ''')
    release = records(doc)

`make_doc` takes the annotation as lists (as spaCy's own tests build `Doc(vocab, words=...,
heads=...)`); `parse` reads it from a table, one token a row.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extraction.contract import PUBLISHED as PUBLISHED_KEY
from pipeline.extraction.contract import TEXT as TEXT_KEY
from pipeline.extraction.extract import extract_release
from pipeline.extraction.nlp import RULE_COMPONENTS
from pipeline.extraction.records import Release
from pipeline.reading.release import ReleaseText

Entity = tuple[int, int, str]


@lru_cache(maxsize=1)
def rules_nlp() -> Language:
    """A blank English pipeline holding only the project's rule components, in pipeline order
    (its vocab gives the lexical attributes; nothing of a trained model is loaded)."""
    nlp = spacy.blank("en")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def spaces_for(text: str, words: Sequence[str]) -> list[bool]:
    """Whether each word is followed by a space in `text` (the words must spell `text` exactly,
    other whitespace being tokens of its own, as spaCy's tokenizer makes them)."""
    spaces, pos = [], 0
    for word in words:
        if not text.startswith(word, pos):
            raise ValueError(f"word {word!r} is not at character {pos} of {text!r} (found {text[pos:pos + len(word)]!r})")
        pos += len(word)
        space = text.startswith(" ", pos)
        spaces.append(space)
        pos += space
    if pos != len(text):
        raise ValueError(f"the words end at character {pos}, the text at {len(text)}: {text[pos:]!r} left over")
    return spaces


def iob_tags(n: int, ents: Sequence[Entity]) -> list[str]:
    """IOB tags of `n` tokens for entities given as (start, end, label) token ranges."""
    tags = ["O"] * n
    for start, end, label in ents:
        if not 0 <= start < end <= n or any(t != "O" for t in tags[start:end]):
            raise ValueError(f"entity {(start, end, label)} is out of range or overlaps another")
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


def biluo_to_iob(tags: Sequence[str]) -> list[str]:
    """BILUO tags ("U-ORG", "L-ORG") as IOB ("B-ORG", "I-ORG"); IOB tags pass unchanged."""
    return [{"U": "B", "L": "I"}.get(t[0], t[0]) + t[1:] if t[:2] in {"U-", "L-"} else t for t in tags]


def make_doc(
    words: Sequence[str],
    spaces: Optional[Sequence[bool]] = None,
    *,
    text: Optional[str] = None,
    heads: Optional[Sequence[int]] = None,
    relative_heads: bool = False,
    deps: Optional[Sequence[str]] = None,
    pos: Optional[Sequence[str]] = None,
    tags: Optional[Sequence[str]] = None,
    ents: Union[Sequence[Entity], Sequence[str], None] = None,
    sent_starts: Optional[Sequence[bool]] = None,
    published: Optional[str] = None,
) -> Doc:
    """A Doc on the rules pipeline's blank vocab.

    words, spaces: the tokens, and whether a space follows each; or `text`, which the words
    must spell, to compute the spaces from.
    heads: absolute token indices (a root is its own head), or with `relative_heads` offsets
    from each token (a root is 0). With heads, sentences are those of the tree (every root's
    subtree); `sent_starts`, if given too, must agree. Without heads, `sent_starts` sets them.
    ents: (start, end, label) token ranges, or one IOB or BILUO tag per token.
    published: the release date (ISO), stored where the pipeline keeps it for relative dates.
    """
    words = list(words)
    if text is not None:
        computed = spaces_for(text, words)
        if spaces is not None and list(spaces) != computed:
            raise ValueError("spaces disagree with the text")
        spaces = computed
    if heads is not None and relative_heads:
        heads = [i + offset for i, offset in enumerate(heads)]
    if ents is not None and ents and not isinstance(ents[0], str):
        ents = iob_tags(len(words), ents)  # type: ignore[arg-type]
    elif ents is not None:
        ents = biluo_to_iob(ents)  # type: ignore[arg-type]
    doc = Doc(
        rules_nlp().vocab,
        words=words,
        spaces=list(spaces) if spaces is not None else None,
        heads=list(heads) if heads is not None else None,
        deps=list(deps) if deps is not None else None,
        pos=list(pos) if pos is not None else None,
        tags=list(tags) if tags is not None else None,
        ents=list(ents) if ents is not None else None,
        sent_starts=list(sent_starts) if sent_starts is not None and heads is None else None,
    )
    if heads is not None and sent_starts is not None:
        found = [bool(t.is_sent_start) for t in doc]
        if found != [bool(s) for s in sent_starts]:
            raise ValueError(f"sentence starts {list(sent_starts)} disagree with those of the heads {found}")
    doc.user_data[TEXT_KEY] = doc.text
    if published is not None:
        doc.user_data[PUBLISHED_KEY] = published
    return doc


def parse(text: str, table: str, published: Optional[str] = None) -> Doc:
    """A Doc of `text` from a table of its tokens, one a row:

        index  word  POS  tag  dep  head  entity

    `index` is the token's position (checked), `head` an absolute index, `entity` an IOB or
    BILUO tag ("B-ORG", "U-GPE") or "O". A word "\\n" (or "\\n\\n") is a line-break token. Spaces
    between words come from `text`, which the words must spell exactly."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    columns = {"words": [], "pos": [], "tags": [], "deps": [], "heads": [], "ents": []}
    for n, row in enumerate(rows):
        if len(row) != 7:
            raise ValueError(f"row {n} {row} has {len(row)} columns, not 7 (index word POS tag dep head entity)")
        index, word, pos, tag, dep, head, ent = row
        if int(index) != n:
            raise ValueError(f"row {n} is numbered {index}")
        columns["words"].append(word.replace("\\n", "\n"))
        columns["pos"].append(pos)
        columns["tags"].append(tag)
        columns["deps"].append(dep)
        columns["heads"].append(int(head))
        columns["ents"].append(ent)
    return make_doc(text=text, published=published, **columns)


def run_rules(doc: Doc) -> Doc:
    """`doc` annotated by every rule component (pipeline.extraction.nlp.RULE_COMPONENTS), in order."""
    for _, component in rules_nlp().pipeline:
        doc = component(doc)
    return doc


def records(doc: Doc, release_id: str = "t") -> Release:
    """The records extraction makes of a hand-built Doc: the rules run on it, then
    `extract_release` with the release date stored on the Doc (see `make_doc`)."""
    release = ReleaseText(id=release_id, text=doc.text, date=doc.user_data.get(PUBLISHED_KEY))
    return extract_release(run_rules(doc), release)
