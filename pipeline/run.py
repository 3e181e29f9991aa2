"""Corpus -> nlp.pipe -> extract: records for each release, in corpus order."""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language

from pipeline.components.events import PUBLISHED_KEY
from pipeline.corpus import ReleaseText
from pipeline.extract import extract_release
from pipeline.records import Release

BATCH_SIZE = 32


def process(nlp: Language, releases: Iterable[ReleaseText], batch_size: int = BATCH_SIZE) -> Iterator[Release]:
    """Extract every release; the release date anchors its relative dates."""

    def docs():
        for release in releases:
            doc = nlp.make_doc(release.text)
            doc.user_data[PUBLISHED_KEY] = release.date
            yield doc, release

    for doc, release in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield extract_release(doc, release)
