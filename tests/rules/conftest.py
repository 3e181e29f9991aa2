"""The rule tests run on hand-built Docs (tests/handbuilt.py) and must never load a trained
pipeline: loading one here fails the test, which proves the rules are tested apart from the model."""

from __future__ import annotations

import pytest
import spacy


class ModelLoaded(AssertionError):
    """A rule test tried to load a trained spaCy pipeline."""


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    """`spacy.load` (and `spacy.util.load_model`, which it calls) raise for the whole test."""

    def refuse(name, *args, **kwargs):
        raise ModelLoaded(f"a rule test loaded the spaCy pipeline {name!r}; build the Doc by hand (tests/handbuilt.py)")

    monkeypatch.setattr(spacy, "load", refuse)
    monkeypatch.setattr(spacy.util, "load_model", refuse)
