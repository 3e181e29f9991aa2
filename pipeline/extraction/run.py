"""Corpus -> nlp.pipe -> extract: records for each release, in corpus order."""

from __future__ import annotations

from itertools import groupby
from typing import Iterable, Iterator, Sequence, Union

from spacy.language import Language

from pipeline.extraction.contract import PUBLISHED
from pipeline.reading.chunks import PIECE_CHARS, merge_pieces, split_release
from pipeline.reading.release import ReleaseText
from pipeline.extraction.extract import extract_release
from pipeline.extraction.records import Release

BATCH_SIZE = 32


def process(nlp: Language, releases: Iterable[ReleaseText], batch_size: int = BATCH_SIZE) -> Iterator[Release]:
    """Extract every release; the release date anchors its relative dates. A release longer
    than PIECE_CHARS (or the model's max_length) is read in pieces and merged (pipeline.reading.chunks)."""

    def docs(group):
        for release in group:
            doc = nlp.make_doc(release.text)
            doc.user_data[PUBLISHED] = release.date
            yield doc, release

    size = min(PIECE_CHARS, nlp.max_length)
    for is_long, group in groupby(releases, key=lambda release: len(release.text) > size):
        if is_long:
            for release in group:
                offsets, pieces = zip(*split_release(release, size))
                # One piece at a time: a batch of 32 pieces of 100,000 characters needs 8 GB.
                yield merge_pieces(list(zip(offsets, process(nlp, pieces, batch_size=1))))
        else:
            for doc, release in nlp.pipe(docs(group), as_tuples=True, batch_size=batch_size):
                yield extract_release(doc, release)


def process_safely(nlp: Language, releases: Sequence[ReleaseText], batch_size: int = BATCH_SIZE) -> Iterator[tuple[ReleaseText, Union[Release, Exception]]]:
    """Like `process`, but a release whose extraction raises yields the exception instead of
    ending the run: a failing batch is redone one release at a time."""
    for start in range(0, len(releases), batch_size):
        batch = releases[start:start + batch_size]
        try:
            results = list(process(nlp, batch, batch_size))
        except Exception:  # noqa: BLE001 - isolated below, one release at a time
            results = []
            for release in batch:
                try:
                    results.append(next(process(nlp, [release])))
                except Exception as err:  # noqa: BLE001 - reported as a skipped release
                    results.append(err)
        yield from zip(batch, results)
