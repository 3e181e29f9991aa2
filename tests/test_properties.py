"""Property-based: any text at all (control characters, emoji, right-to-left scripts, very long
tokens) extracts without an exception into records that validate, with every evidence offset
inside the text and slicing to its mention."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.extraction import run
from pipeline.reading.chunks import piece_bounds
from pipeline.reading.release import ReleaseText, parse_release
from pipeline.extraction.records import RECORD_TYPES, Release

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

WORDS = st.sampled_from(
    [
        "The", "Secretary-General", "of", "the", "United", "Nations", "(UN)", "António", "Guterres", "said",
        "on", "12", "June", "2025", "resolution", "adopted", "Council", "GENEVA", "–", "Minister", "’s",
        "“quoted”", "Dr.", "Ghana", "9-11", "April", ",", ".", "\n", "\n\n",
        "وزير الخارجية", "שר החוץ", "\u202eRTL override\u202c", "👩‍💻", "🇺🇳", "\x00", "\x07", "\x1b[31m",
        "\u200b", "\u00ad", "\ufeff", "ﬁ", "e\u0301", "\ud7ff", "\U0010ffff",
    ]
)  # fmt: skip
LONG_TOKEN = st.integers(min_value=300, max_value=3000).map(lambda n: "x" * n)
PIECES = st.one_of(WORDS, LONG_TOKEN, st.text(min_size=1, max_size=40))
TEXTS = st.lists(PIECES, min_size=1, max_size=80).map(" ".join).filter(lambda t: t.strip())


def all_evidence(record: Release):
    yield from record.evidence
    for kind in RECORD_TYPES:
        for item in getattr(record, kind):
            assert item.evidence, f"{kind} record without evidence"
            yield from item.evidence


def check(record: Release, text: str, release_id: str = "p") -> None:
    """The record validates and every evidence slices its mention out of `text`."""
    Release.model_validate(record.model_dump())
    assert record.id == release_id
    for e in all_evidence(record):
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start:e.end] == e.mention
        assert 0 <= e.sentence_start <= len(text)
        assert text[e.sentence_start:].startswith(e.sentence)


@SETTINGS
@given(text=TEXTS)
def test_any_text_extracts_into_valid_records_with_exact_offsets(nlp, text):
    record = next(run.process(nlp, [ReleaseText(id="p", text=text)]))
    check(record, text)


@SETTINGS
@given(text=TEXTS)
@example(text="Dr. The")  # found by hypothesis: a name trimmed to nothing
def test_offsets_index_into_the_normalised_text_of_a_release_file(nlp, text):
    try:
        release = parse_release("p", text)
    except ValueError:
        return  # blank after normalisation, or front matter that is not YAML: skipped inputs
    check(next(run.process(nlp, [release])), release.text)


@SETTINGS
@given(text=TEXTS, size=st.integers(min_value=50, max_value=400))
def test_a_text_read_in_pieces_keeps_exact_offsets(nlp, monkeypatch, text, size):
    monkeypatch.setattr(run, "PIECE_CHARS", size)
    check(next(run.process(nlp, [ReleaseText(id="p", text=text)])), text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=0, max_size=2000), size=st.integers(min_value=1, max_value=300))
def test_piece_bounds_cover_the_text_in_order_within_the_size(text, size):
    bounds = piece_bounds(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(bounds, bounds[1:]))
    assert all(0 < end - start <= size for start, end in bounds) or text == ""


@pytest.mark.parametrize("text", ["\x00", " \n\t ", "👩‍💻", "\u202e", "x" * 5000])
def test_edge_texts(nlp, text):
    check(next(run.process(nlp, [ReleaseText(id="p", text=text)])), text)


def test_the_pipeline_takes_an_empty_text_and_adds_nothing(nlp):
    doc = nlp("")
    assert len(doc) == 0 and list(doc.ents) == []
