"""Fact extraction from news releases: people, roles, organizations, resolutions, events."""

__version__ = "0.1.0"
