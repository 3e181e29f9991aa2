"""Saved news pages (.html, .htm): the article text and its metadata, found by trafilatura."""

from __future__ import annotations

from typing import Optional

from pipeline.reading.release import ReleaseError, ReleaseText, make_release
from pipeline.reading.decode import normalize


def parse_page(release_id: str, html: str, path: Optional[str] = None) -> ReleaseText:
    """The release a saved page holds: article paragraphs (blank-line separated, as in .txt
    releases), with the page's title, publication date, canonical address and site name."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # Dates from the page's markup and address only: a date guessed from the running text
    # could be any date the article mentions.
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, date_extraction_params=set_date_params(extensive=False)
    )
    body = document.text if document is not None else None
    if not body or not body.strip():
        raise ReleaseError("no article text found in the page", path)
    text = normalize("\n\n".join(line.strip() for line in body.splitlines() if line.strip()))
    meta = {"title": document.title, "date": document.date, "url": document.url, "source": document.sitename}
    return make_release(release_id, text, meta, path, date_field="page date")
