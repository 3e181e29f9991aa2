"""Titles (pipeline/extraction/components/titles.py): the title as written, and what the same phrase attaches
it to (FACTS.md, "Role": `title` and `organization`)."""

from __future__ import annotations

import pytest


def titles(nlp, text: str) -> list[tuple[str, list[str]]]:
    """(title, [organization name or jurisdiction, ...]) of every title phrase in `text`."""
    doc = nlp(text)
    return [
        (t.text, [doc._.orgs[a.org].name if a.org is not None else a.place for a in t.attached])
        for t in doc._.titles
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She met the Secretary of State in Paris.", ("Secretary of State", [])),
        ("The Chargé d’Affaires ad interim attended.", ("Chargé d’Affaires ad interim", [])),
        ("The ILO Director-General opened the session.", ("Director-General", ["International Labour Organization"])),
        ("The World Health Organization (WHO) Director-General spoke.", ("Director-General", ["World Health Organization"])),
        ("The Ohio Governor signed the bill.", ("Governor", ["Ohio"])),
        ("The Tunisian State Secretary arrived.", ("State Secretary", ["Tunisia"])),
        ("Costa Rica’s Permanent Representative spoke.", ("Permanent Representative", ["Costa Rica"])),
        ("The Vice President of the United States spoke.", ("Vice President", ["United States"])),
    ],
    ids=["of-phrase-stays", "suffix", "pre-acronym", "pre-defined-name", "state", "demonym", "possessive-country", "of-country"],
)
def test_title_and_attachment(nlp, text, expected):
    assert titles(nlp, text) == [expected]


def test_of_complement_naming_a_body_becomes_the_organization(nlp):
    text = "The director of the ILO's Sustainable Enterprises, Productivity and Just Transition Department (ENTERPRISES) spoke."
    assert titles(nlp, text) == [("director", ["Sustainable Enterprises, Productivity and Just Transition Department"])]


def test_for_complement_splits_only_where_it_names_a_body(nlp):
    text = "He was named Assistant Attorney General for the Antitrust Division last year."
    assert titles(nlp, text) == [("Assistant Attorney General", ["Antitrust Division"])]


def test_a_title_whose_of_ends_the_text_is_read_without_its_complement(nlp):
    # A text cut after "of" (hypothesis found "Secretary-General of"): no complement to read.
    assert titles(nlp, "He met the Secretary-General of") == [("Secretary-General", [])]


def test_of_domain_stays_in_the_title(nlp):
    assert titles(nlp, "He is the Minister of Labour.") == [("Minister of Labour", [])]


def test_secretary_of_department_stays_in_the_title(nlp):
    assert titles(nlp, "The Deputy Secretary of Defense spoke.") == [("Deputy Secretary of Defense", [])]


def test_us_attorney_for_a_district(nlp):
    text = "He was U.S. Attorney for the Eastern District of New York."
    assert titles(nlp, text) == [("U.S. Attorney", ["Eastern District of New York"])]


def test_region_stays_in_the_title(nlp):
    assert titles(nlp, "The Senior Director for Africa spoke.") == [("Senior Director for Africa", [])]


def test_portfolio_list_stays_in_the_title(nlp):
    text = "The Commissioner for Health, Humanitarian Affairs, and Social Development spoke."
    assert titles(nlp, text) == [("Commissioner for Health, Humanitarian Affairs, and Social Development", [])]


@pytest.mark.xfail(strict=True, reason="'Citigroup and Innospec Inc.' is one organization instead of two attachments")
def test_coordinated_organizations_are_separate_attachments(nlp):
    assert titles(nlp, "A member of the board of Citigroup and Innospec Inc. spoke.") == [("member", ["Citigroup", "Innospec Inc."])]


def test_body_after_a_portfolio_is_the_organization(nlp):
    text = '"We grow," said Jeff Ross, Senior Vice President of Development for DAMAC International.'
    assert titles(nlp, text) == [("Senior Vice President", ["DAMAC International"])]


def test_unit_named_before_at_body_stays_in_the_title(nlp):
    text = "She is Director of Multinuclear Metabolic Imaging at the Harvard Medical School."
    assert titles(nlp, text) == [("Director of Multinuclear Metabolic Imaging", ["Harvard Medical School"])]


def test_possessive_owner_of_a_thing_is_not_the_title_body(nlp):
    assert titles(nlp, "She is the global leader of PepsiCo's DEI strategy.") == [("global leader of PepsiCo", [])]


def test_academic_field_stays_in_the_title(nlp):
    text = "Robin Field, Professor of Law, University of Somewhere, spoke."
    assert titles(nlp, text) == [("Professor of Law", ["University of Somewhere"])]


def test_a_head_word_inside_a_longer_title_is_not_a_title_of_its_own(nlp):
    found = titles(nlp, "Dr. Ola Brand, Acme President and Chief Medical Officer, spoke.")
    assert [t for t, _ in found] == ["President", "Chief Medical Officer"]


def test_a_posting_after_to_stays_in_the_title_and_attaches_nothing(nlp):
    found = titles(nlp, "She met Mara Quill, Ambassador Extraordinary and Plenipotentiary to the Republic of Chile, in Lima.")
    assert found == [("Ambassador Extraordinary and Plenipotentiary to the Republic of Chile", [])]


def test_a_persons_title_after_to_is_not_a_posting(nlp):
    found = titles(nlp, "She was Chief Counsel to U.S. Senator Mara Quill for ten years.")
    assert ("Senator", ["United States"]) in found


def test_a_body_after_a_title_closed_by_a_bullet_is_its_organization(nlp):
    found = titles(nlp, "Mara Quill, Co-President, Halvard Capital Group • Tomas Reyes, Partner at Bain Capital")
    assert ("Co-President", ["Halvard Capital Group"]) in found


def test_a_body_closing_a_signature_line_after_a_title_is_its_organization(nlp):
    found = titles(nlp, "Mara Quill, Chief Executive Officer, Corvanta Infrastructure\n\nTomas Reyes, Vice President, Sales")
    assert ("Chief Executive Officer", ["Corvanta Infrastructure"]) in found
    assert ("Vice President", []) in found  # a portfolio closing the line is no body


def test_a_name_closing_the_of_phrase_of_a_leading_title_is_its_organization(nlp):
    found = titles(nlp, "Paul Lint, Founder of Quorvel Enterprise, spoke. Ann Roe, Director of Commercial Operations, left.")
    assert ("Founder", ["Quorvel Enterprise"]) in found
    assert ("Director of Commercial Operations", []) in found  # a field after a non-leading title stays in it


def test_a_coined_name_closed_by_a_possessive_before_a_title_is_its_organization(nlp):
    found = titles(nlp, "In a community call, QPRX's Chief Marketing Officer Lena Voss said the launch is near.")
    assert ("Chief Marketing Officer", ["QPRX"]) in found
