"""Releases longer than spaCy's max_length, up to 5 MB, are read in pieces cut at paragraph
breaks; the merged record has offsets into the whole text and nothing is left out."""

from __future__ import annotations

from pipeline.extraction import run
from pipeline.reading.chunks import PIECE_CHARS, piece_bounds, split_release
from pipeline.reading.corpus import read_corpus
from pipeline.reading.release import ReleaseText
from tests.conftest import CORPUS


def corpus_text(min_chars: int) -> str:
    """Corpus releases joined as paragraphs until the text is at least `min_chars` long."""
    texts = [r.text.strip() for r in read_corpus(CORPUS)]
    parts, size = [], 0
    while size < min_chars:
        part = texts[len(parts) % len(texts)]
        parts.append(part)
        size += len(part) + 2
    return "\n\n".join(parts)


def test_a_five_megabyte_release_is_cut_at_paragraph_breaks():
    text = corpus_text(5_000_000)
    release = ReleaseText(id="big", text=text)
    pieces = split_release(release)
    assert len(text) >= 5_000_000 and len(pieces) >= 50
    assert "".join(piece.text for _, piece in pieces) == text
    assert all(len(piece.text) <= PIECE_CHARS for _, piece in pieces)
    assert all(piece.text.endswith("\n\n") for _, piece in pieces[:-1])
    assert [start for start, _ in pieces] == [start for start, _ in piece_bounds(text)]


def test_a_paragraph_longer_than_a_piece_is_cut_at_a_space_then_anywhere():
    assert piece_bounds("aaaa bbbb cccc", 10) == [(0, 10), (10, 14)]
    assert piece_bounds("a\nb\n\ncc dd", 6) == [(0, 5), (5, 10)]
    assert piece_bounds("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_a_text_beyond_max_length_is_extracted_whole_with_exact_offsets(nlp, monkeypatch):
    text = corpus_text(45_000)
    monkeypatch.setattr(nlp, "max_length", 20_000)
    record = next(run.process(nlp, [ReleaseText(id="long", text=text, date="2025-01-01")]))
    starts = []
    for kind in ("people", "organizations", "roles", "resolutions", "events"):
        for item in getattr(record, kind):
            for e in item.evidence:
                assert text[e.start:e.end] == e.mention
                assert text[e.sentence_start:].startswith(e.sentence)
                starts.append(e.start)
    # Every piece gave facts: the last one too (nothing was truncated).
    bounds = piece_bounds(text, 20_000)
    assert len(bounds) == 3
    assert all(any(start <= s < end for s in starts) for start, end in bounds)
    assert len({p.name for p in record.people}) == len(record.people)
