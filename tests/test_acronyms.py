"""Acronym definitions (pipeline/extraction/components/acronyms.py): Schwartz & Hearst plus our extensions."""

from __future__ import annotations

import pytest

from pipeline.extraction.components.acronyms import BODY, CONCEPT, OTHER, TITLE, schwartz_hearst_start
from tests.support import assert_evidence, org_named


def definitions(nlp, text: str) -> list[tuple[str, str, str]]:
    """(long form, short form, kind) of every definition found in `text`."""
    doc = nlp(text)
    return [(lf.text, lf.label_, lf.kb_id_) for lf in doc.spans["acronyms"]]


# --------------------------------------------------------------------------- pure algorithm


@pytest.mark.parametrize(
    ("short", "window", "expected"),
    [
        ("ILO", "the International Labour Organization", "International Labour Organization"),
        ("SSE", "the role of the social and solidarity economy", "social and solidarity economy"),
        ("COOP/SSE", "head of the Cooperative , Social and Solidarity Economy Unit", "Cooperative , Social and Solidarity Economy Unit"),
        ("UNTFSSE", "Chair of the UN Inter-Agency Task Force on Social and Solidarity Economy", "UN Inter-Agency Task Force on Social and Solidarity Economy"),
    ],
)
def test_schwartz_hearst_finds_shortest_long_form(short, window, expected):
    start = schwartz_hearst_start(short, window)
    assert window[start:] == expected


def test_schwartz_hearst_first_character_must_start_a_word():
    # "SEC" matches inside "U.S. Securities ..." only from "Securities", never from a word's middle.
    window = "U.S. Securities and Exchange Commission"
    assert window[schwartz_hearst_start("SEC", window):] == "Securities and Exchange Commission"


@pytest.mark.parametrize(("short", "window"), [("XYZ", "the International Labour Organization"), ("", "anything"), ("()", "anything")])
def test_schwartz_hearst_no_match(short, window):
    assert schwartz_hearst_start(short, window) is None


# --------------------------------------------------------------------------- definitions in a doc


def test_body_acronym_is_defined(nlp):
    assert definitions(nlp, "The International Labour Organization (ILO) met in Geneva.") == [
        ("International Labour Organization", "ILO", BODY)
    ]


def test_slash_acronym_with_comma_in_long_form(nlp):
    text = "Simel Esim, head of the ILO's Cooperative, Social and Solidarity Economy Unit (COOP/SSE), spoke."
    assert definitions(nlp, text) == [("Cooperative, Social and Solidarity Economy Unit", "COOP/SSE", BODY)]


def test_two_definitions_in_one_sentence(nlp):
    text = (
        "Simel Esim, head of the ILO's Cooperative, Social and Solidarity Economy Unit (COOP/SSE) and Chair of "
        "the UN Inter-Agency Task Force on Social and Solidarity Economy (UNTFSSE), spoke."
    )
    assert definitions(nlp, text) == [
        ("Cooperative, Social and Solidarity Economy Unit", "COOP/SSE", BODY),
        ("UN Inter-Agency Task Force on Social and Solidarity Economy", "UNTFSSE", BODY),
    ]


def test_lower_case_long_form_is_a_concept(nlp):
    text = "They reaffirmed the role of the social and solidarity economy (SSE) in social innovation."
    assert definitions(nlp, text) == [("social and solidarity economy", "SSE", CONCEPT)]


def test_long_form_extends_left_over_capitalized_name(nlp):
    text = "The U.S. Securities and Exchange Commission (SEC) filed civil charges."
    assert definitions(nlp, text) == [("U.S. Securities and Exchange Commission", "SEC", BODY)]


def test_short_form_that_is_a_whole_word(nlp):
    # Schwartz & Hearst alone misses this: the short form is one of the long form's words.
    text = "Rie Vejs-Kjeldgaard, director of the ILO's Sustainable Enterprises, Productivity and Just Transition Department (ENTERPRISES), spoke."
    assert definitions(nlp, text) == [
        ("Sustainable Enterprises, Productivity and Just Transition Department", "ENTERPRISES", BODY)
    ]


def test_nested_definition_is_read_through(nlp):
    text = "Laura Lane is a Member of the Asia-Pacific Economic Cooperation (APEC) Business Advisory Council (ABAC)."
    assert definitions(nlp, text) == [
        ("Asia-Pacific Economic Cooperation", "APEC", BODY),
        ("Asia-Pacific Economic Cooperation (APEC) Business Advisory Council", "ABAC", BODY),
    ]


def test_mixed_short_form(nlp):
    text = "The Africa Centres for Disease Control and Prevention (Africa CDC) opened an office."
    assert definitions(nlp, text) == [("Africa Centres for Disease Control and Prevention", "Africa CDC", BODY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Foreign Corrupt Practices Act (FCPA) prohibits bribes.", ("Foreign Corrupt Practices Act", "FCPA", OTHER)),
        ("He served as an administrative law judge (ALJ) in Virginia.", ("administrative law judge", "ALJ", TITLE)),
        ("The Memorandum of Understanding (MOU) was signed.", ("Memorandum of Understanding", "MOU", OTHER)),
    ],
    ids=["law", "title", "instrument"],
)
def test_definitions_that_name_no_body(nlp, text, expected):
    assert definitions(nlp, text) == [expected]


def test_parenthesis_that_is_no_acronym(nlp):
    assert definitions(nlp, "Sales rose by 20 percent (USD 4 million) last year.") == []


# --------------------------------------------------------------------------- as records


def test_acronym_definition_gives_one_organization_with_acronym(extract_text):
    text = "The International Labour Organization (ILO) met in Geneva. The ILO adopted a budget."
    release = extract_text(text)
    ilo = org_named(release, "International Labour Organization")
    assert ilo.acronym == "ILO"
    assert [e.mention for e in ilo.evidence] == ["International Labour Organization", "ILO", "ILO"]
    assert_evidence(release, text)


def test_concept_acronym_is_not_an_organization(extract_text):
    text = (
        "Participants reaffirmed the role of the social and solidarity economy (SSE) in social innovation. "
        "The International Labour Organization (ILO) supports the SSE."
    )
    release = extract_text(text)
    assert {(o.name, o.acronym) for o in release.organizations} == {("International Labour Organization", "ILO")}
    assert_evidence(release, text)
