"""Jurisdictions (pipeline/extraction/components/places.py): the short common name FACTS.md asks for."""

from __future__ import annotations

import pytest

from pipeline.extraction.components.places import country_name, jurisdiction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S.", "United States"),
        ("United States", "United States"),
        ("the United States", "United States"),
        ("the United Kingdom", "United Kingdom"),
        ("Costa Rica", "Costa Rica"),
        ("Luxembourg", "Luxembourg"),
        ("People's Republic of China", "China"),
        ("Republic of Korea", "South Korea"),
        ("Iran", "Iran"),
        ("Vietnam", "Vietnam"),
    ],
)
def test_country_short_common_name(text, expected):
    assert country_name(text) == expected
    assert jurisdiction(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("American", "United States"), ("Tunisian", "Tunisia"), ("Chinese", "China"), ("Colombian", "Colombia")],
)
def test_nationality_adjective_gives_the_country(text, expected):
    assert country_name(text) is None
    assert jurisdiction(text) == expected


@pytest.mark.parametrize("text", ["Ohio", "New York", "District of Columbia"])
def test_us_state_is_a_jurisdiction_not_a_country(text):
    assert country_name(text) is None
    assert jurisdiction(text) == text


@pytest.mark.parametrize("text", ["Geneva", "ILO", "Department of Justice", "director", "us", ""])
def test_not_a_jurisdiction(text):
    assert jurisdiction(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Turkey", "Turkey"), ("Türkiye", "Turkey"), ("Republic of Türkiye", "Turkey"), ("Swaziland", "Eswatini"), ("East Timor", "Timor-Leste")],
)
def test_country_renamed_in_iso_list(text, expected):
    assert jurisdiction(text) == expected


@pytest.mark.parametrize("text", ["Puerto Rico", "Guam", "American Samoa", "Northern Mariana Islands"])
def test_us_outlying_area_is_answered_as_a_country(text):
    """us_states() takes every ISO 3166-2:US name; the outlying areas among them are ISO 3166-1
    countries, so they read as before (country_name first)."""
    assert country_name(text) == text
    assert jurisdiction(text) == text
