"""Shared fixtures: one loaded pipeline per test session (loading the model takes seconds)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline.extraction.nlp import DEFAULT_MODEL, build_nlp

# CI runs the same property examples every time (a red build must be reproducible); a local
# run draws new ones, so it keeps finding new cases.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The full extraction pipeline on the default model."""
    return build_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def corpus_extracted(nlp):
    """Every release of corpus/, read and extracted in one pass per session (the golden files,
    the SQLite tables and the review page all check the whole corpus): (releases read, their
    records), in corpus order."""
    from pipeline.reading.corpus import read_corpus
    from pipeline.extraction.run import process

    releases = list(read_corpus(CORPUS))
    return releases, list(process(nlp, releases))


@pytest.fixture(scope="session")
def extract_text(nlp):
    """A function: text (and optional publication date) -> Release records."""
    from pipeline.reading.release import parse_release
    from pipeline.extraction.run import process

    def run(text: str, published: str | None = None, release_id: str = "t"):
        release = parse_release(release_id, text)
        if published:
            release = release.__class__(**{**release.__dict__, "date": published})
        return next(process(nlp, [release]))

    return run


@pytest.fixture
def extract_cli(nlp, monkeypatch, capsys):
    """A function: `python -m pipeline extract ARGS` run in-process on the session's pipeline.

    RETURNS (tuple): exit status and stderr lines.
    """
    from pipeline import cli, workflow

    from pipeline.extraction.nlp import model_id

    monkeypatch.setattr(workflow, "start_engine", lambda model, options: (nlp, model_id(nlp)))

    def run(*argv: str):
        capsys.readouterr()
        status = cli.main(["extract", "--quiet", *argv])
        return status, capsys.readouterr().err.splitlines()

    return run
