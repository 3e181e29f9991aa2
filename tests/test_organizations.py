"""Organizations (pipeline/extraction/components/organizations.py): names the model cuts, lower-case bodies,
parents, aliases, and what is not an organization (FACTS.md, "Organization")."""

from __future__ import annotations

import pytest

from tests.support import assert_evidence, org_named, org_names

UNTFSSE = "UN Inter-Agency Task Force on Social and Solidarity Economy"
ILO = "International Labour Organization"


def test_task_force_name_is_not_cut_at_and(extract_text):
    text = f"These frameworks are supported by international coordination through the {UNTFSSE} (UNTFSSE)."
    release = extract_text(text)
    task_force = org_named(release, UNTFSSE)
    assert (task_force.acronym, task_force.parent) == ("UNTFSSE", "United Nations")
    assert_evidence(release, text)


def test_task_force_gives_no_fragment_organization(extract_text):
    release = extract_text(f"These frameworks are supported by international coordination through the {UNTFSSE} (UNTFSSE).")
    assert org_names(release) == {UNTFSSE}


def test_task_force_without_acronym(extract_text):
    release = extract_text(f"The {UNTFSSE} met in Geneva.")
    assert {(o.name, o.parent) for o in release.organizations} == {(UNTFSSE, "United Nations")}


def test_name_joined_by_and_inside(extract_text):
    text = "Peng Sen, Vice Chairman of the National Development and Reform Commission, spoke."
    release = extract_text(text)
    assert org_names(release) == {"National Development and Reform Commission"}
    assert_evidence(release, text)


def test_name_with_comma_and_acronym_gets_possessive_parent(extract_text):
    text = "Simel Esim, head of the ILO's Cooperative, Social and Solidarity Economy Unit (COOP/SSE), spoke."
    release = extract_text(text)
    assert {(o.name, o.acronym, o.parent) for o in release.organizations} == {
        (ILO, "ILO", None),
        ("Cooperative, Social and Solidarity Economy Unit", "COOP/SSE", ILO),
    }
    assert_evidence(release, text)


def test_lower_case_specific_body(extract_text):
    text = "Hosted by the ministry of labour of Luxembourg, the Summit brought together officials."
    release = extract_text(text)
    ministry = org_named(release, "Ministry of Labour of Luxembourg")
    assert [e.mention for e in ministry.evidence] == ["ministry of labour of Luxembourg"]
    assert_evidence(release, text)


def test_generic_groups_are_not_organizations(extract_text):
    text = "Representatives of governments, the ILO, other UN entities and intergovernmental organizations welcomed this, as did cooperatives and workers."
    release = extract_text(text)
    assert {(o.name, o.acronym) for o in release.organizations} == {(ILO, "ILO"), ("United Nations", "UN")}
    assert_evidence(release, text)


def test_event_and_place_are_not_organizations(extract_text):
    release = extract_text("The ILO took part in the first Global Government Summit in Luxembourg City.")
    assert org_names(release) == {ILO}


def test_country_is_not_an_organization(extract_text):
    release = extract_text("Costa Rica joined the OECD in May.")
    assert {(o.name, o.acronym) for o in release.organizations} == {("Organization for Economic Cooperation and Development", "OECD")}


def test_possessive_without_apostrophe_gives_parent(extract_text):
    text = "Assistant Attorney General Christine Varney of the Department of Justices Antitrust Division signed it."
    release = extract_text(text)
    assert org_named(release, "Antitrust Division").parent == "Department of Justice"
    assert "Department of Justice" in org_names(release)
    assert_evidence(release, text)


def test_possessive_gives_parent(extract_text):
    text = "Assistant Attorney General Lanny A. Breuer of the Justice Department's Criminal Division announced the charges."
    release = extract_text(text)
    assert {(o.name, o.parent) for o in release.organizations} == {("Justice Department", None), ("Criminal Division", "Justice Department")}
    assert_evidence(release, text)


def test_acronym_and_full_form_are_one_organization(extract_text):
    text = "The definition was reaffirmed by subsequent United Nations General Assembly resolutions. The UN General Assembly adopted it."
    release = extract_text(text)
    assembly = org_named(release, "United Nations General Assembly")
    assert (assembly.aliases, assembly.parent) == (["UN General Assembly"], "United Nations")
    assert len(assembly.evidence) == 2
    assert_evidence(release, text)


def test_head_word_anaphor_is_an_alias(extract_text):
    text = "The Federal Trade Commission (FTC) sued the company. The Commission said the merger was unlawful."
    release = extract_text(text)
    assert [(o.name, o.acronym, o.aliases) for o in release.organizations] == [("Federal Trade Commission", "FTC", ["Commission"])]
    assert [e.mention for e in release.organizations[0].evidence] == ["Federal Trade Commission", "FTC", "Commission"]
    assert_evidence(release, text)


def test_company_without_suffix_is_an_alias(extract_text):
    release = extract_text("Innospec Inc. pleaded guilty. Innospec agreed to pay a fine.")
    assert [(o.name, o.aliases) for o in release.organizations] == [("Innospec Inc.", ["Innospec"])]
    assert [e.mention for e in release.organizations[0].evidence] == ["Innospec Inc.", "Innospec"]


def test_head_first_name_with_for(extract_text):
    release = extract_text("James McHenry, Director of the Executive Office for Immigration Review, issued guidance.")
    assert org_names(release) == {"Executive Office for Immigration Review"}


def test_unit_of_field_office_gets_parent(extract_text):
    text = "The Counter Proliferation Investigations Unit of the Washington Field Office of the FBI investigated the case."
    release = extract_text(text)
    unit = org_named(release, "Counter Proliferation Investigations Unit")
    assert unit.parent == "Washington Field Office of the FBI"
    assert_evidence(release, text)


def test_upper_case_dateline_is_not_an_organization(extract_text):
    release = extract_text("WASHINGTON The Department of Justice announced charges today.")
    assert org_names(release) == {"Department of Justice"}
    assert release.dateline == "WASHINGTON"


def test_country_possessive_is_not_part_of_the_name(extract_text):
    release = extract_text("The agency signed a memorandum with Chile's Fiscalia Nacional Economica on cooperation.")
    assert org_names(release) == {"Fiscalia Nacional Economica"}


def test_person_after_title_of_organization_is_not_an_organization(extract_text):
    release = extract_text("Secretary Blinken met with the Chairperson of the African Union Commission Moussa Faki Mahamat today.")
    assert org_names(release) == {"African Union Commission"}


def test_a_country_s_government_is_an_organization(extract_text):
    text = "JGC paid bribes to officials of the Nigerian government. The Nigerian Government opened an inquiry."
    release = extract_text(text)
    government = org_named(release, "Government of Nigeria")
    assert (government.aliases, [e.mention for e in government.evidence]) == (["Nigerian Government", "Nigerian government"], ["Nigerian government", "Nigerian Government"])
    assert_evidence(release, text)


def test_government_named_with_the_country_keeps_its_words(extract_text):
    release = extract_text("The partnership spans the whole United States government.")
    assert org_names(release) == {"United States government"}


@pytest.mark.parametrize(
    "text",
    [
        "They won contracts with Mexican government-owned customers.",
        "He was employed by a Mexican state government.",
        "Officials of the federal government met.",
    ],
)
def test_no_national_government_without_a_country_right_before(extract_text, text):
    assert not any("overnment" in name for name in org_names(extract_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "President Biden spoke. The Biden Administration announced new steps.",
        "The Biden-Harris Administration announced new steps.",
    ],
)
def test_an_administration_named_for_a_president_is_not_an_organization(extract_text, text):
    assert org_names(extract_text(text)) == set()


def test_an_agency_called_administration_stays(extract_text):
    assert org_names(extract_text("The Social Security Administration announced new steps.")) == {"Social Security Administration"}


# --------------------------------------------------------------------------- one-word names (hand-built Docs)


def _doc(words, heads, deps, pos, ents=None):
    """A parsed Doc built by hand on a blank English vocab (no model)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents or ["O"] * len(words))


def test_one_word_name_after_a_title_is_a_body():
    from pipeline.extraction.components.organizations import acts_as_body

    doc = _doc(["Lena", "Varo", ",", "director", "at", "Zorvex", "."], [1, 1, 1, 1, 3, 4, 1],
               ["compound", "ROOT", "punct", "appos", "prep", "pobj", "punct"],
               ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert acts_as_body(doc[5])


def test_one_word_name_in_apposition_with_a_company_is_a_body():
    from pipeline.extraction.components.organizations import acts_as_body

    doc = _doc(["Zorvex", ",", "a", "software", "company", ",", "grew", "."], [6, 0, 4, 4, 0, 6, 6, 6],
               ["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"],
               ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"])
    assert acts_as_body(doc[0])


def test_one_word_name_in_apposition_with_a_plan_is_not_a_body():
    from pipeline.extraction.components.organizations import acts_as_body

    doc = _doc(["Zorvex", ",", "a", "savings", "plan", ",", "grew", "."], [6, 0, 4, 4, 0, 6, 6, 6],
               ["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"],
               ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"])
    assert not acts_as_body(doc[0])


@pytest.mark.parametrize("words", [["(", "ZORVEXWIRE", ")"], ["(", "NASDAQ", ":", "ZRVX", ")"]])
def test_one_word_code_in_parentheses_is_not_a_body(words):
    from pipeline.extraction.components.organizations import acts_as_body

    doc = _doc(words, list(range(len(words))), ["dep"] * len(words), ["PROPN" if w.isalpha() else "PUNCT" for w in words])
    assert not any(acts_as_body(t) for t in doc if t.is_alpha)


def test_upper_case_city_of_a_dateline_is_not_a_body():
    from pipeline.extraction.components.organizations import acts_as_body

    doc = _doc(["MIAMI", ",", "FL", "and", "Zorvex", "Holding", "Bank"], [0, 0, 0, 0, 6, 6, 0],
               ["ROOT", "punct", "appos", "cc", "compound", "compound", "conj"],
               ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN"],
               ["B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert not acts_as_body(doc[0])


def test_one_word_name_listed_with_a_longer_organization_is_a_body():
    from pipeline.extraction.components.organizations import acts_as_body

    doc = _doc(["Zorvex", "and", "Pellam", "Trust", "Bank", "signed"], [5, 0, 4, 4, 0, 5],
               ["nsubj", "cc", "compound", "compound", "conj", "ROOT"],
               ["PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB"],
               ["B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert acts_as_body(doc[0])


def test_a_legislature_named_alone_is_an_organization(extract_text):
    release = extract_text("The agency said Congress has provided new funds for the program.")
    assert "Congress" in org_names(release)


@pytest.mark.parametrize("words, kept", [
    (["About", "Zorvex", "Data", "Ltd."], "Zorvex Data Ltd."),
    (["Each", "Zorvex", "School"], "Zorvex School"),
    (["WASHINGTON", "Zorvex", "Shipping", "GmbH"], "Zorvex Shipping GmbH"),
])
def test_a_heading_word_quantifier_or_dateline_is_not_part_of_an_organization(words, kept):
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.tokens import strip_determiner

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert strip_determiner(doc[:]).text == kept


@pytest.mark.parametrize("words, index, suffix", [
    (["Zorvex", "Holding", "AG", "paid"], 2, True),
    (["Varlow", "Benn", "LLP"], 2, True),
    (["Zorvex", ",", "Inc."], 2, True),
    (["the", "AG", "said"], 1, False),
    (["Deputy", "AG", "Lena"], 1, False),
])
def test_a_legal_suffix_after_a_name_word_heads_a_company(words, index, suffix):
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.tokens import is_corporate_suffix, is_org_head

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert is_corporate_suffix(doc[index]) is suffix
    assert is_org_head(doc[index]) is suffix


def test_a_company_with_a_legal_suffix_is_no_person(extract_text):
    release = extract_text("The token has the support of Varlow Benn LLP, a British adviser, and of Orrin Vale Holdings AG.")
    assert {"Varlow Benn LLP", "Orrin Vale Holdings AG"} <= org_names(release)
    assert not any("Benn" in p.name or "Vale" in p.name for p in release.people)


def test_a_german_legal_form_with_and_co_is_one_name(extract_text):
    release = extract_text("Shares of Zorvex Platform Group SE & Co. KGaA rose on Monday.")
    assert "Zorvex Platform Group SE & Co. KGaA" in org_names(release)


@pytest.mark.parametrize("words, ents, end", [
    (["Varlow", "State", "University", ",", "Fresno", "President"], ["O", "O", "O", "O", "B-GPE", "O"], 5),
    (["Varlow", "University", ",", "Chicago", "Campus", "and"], ["O", "O", "O", "B-GPE", "O", "O"], 5),
    (["Varlow", "University", "-", "Newark", "and"], ["O", "O", "O", "B-GPE", "O"], 4),
    (["Varlow", "University", ",", "Fresno", ",", "California"], ["O", "O", "O", "B-GPE", "O", "B-GPE"], 2),
])
def test_a_campus_named_after_its_university_is_part_of_the_name(words, ents, end):
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.organizations import campus_end

    spaces = [not (i + 1 < len(words) and words[i + 1] in {"-", ","}) and w != "-" for i, w in enumerate(words)]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    head = words.index("University")
    assert campus_end(doc, head, head + 1) == end


def test_a_roster_name_glued_after_a_university_is_not_part_of_it():
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.organizations import extend_right

    words = ["University", "of", "Northern", "Varlow", "Wendy", "Smith", ",", "Ph.D."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 7)
    assert doc[0 : extend_right(doc, 0, set())].text == "University of Northern Varlow"


@pytest.mark.parametrize("words, first", [
    (["Office", "of", "Justice", "Programs"], True),
    (["Bureau", "of", "Consular", "Affairs"], True),
    (["Varlow", "Youth", "Programs"], False),
])
def test_a_head_first_name_ending_in_a_program_word_names_the_office(words, first):
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.organizations import head_first

    assert head_first(Doc(spacy.blank("en").vocab, words=words)[:]) is first


def test_a_branch_of_a_division_is_an_organization(extract_text):
    release = extract_text("Lena Varo, Deputy Assistant Attorney General for the Federal Programs Branch, spoke on Monday.")
    assert "Federal Programs Branch" in org_names(release)


@pytest.mark.parametrize("words, end", [
    (["Office", "of", "the", "Varlow", "Prosecutor", "of", "the", "Una", "-", "Sana", "Canton", "said"], 11),
    (["University", "of", "California", "San", "Diego", "Terry", "C.", "Mena", ","], 5),
])
def test_a_given_name_inside_a_hyphenated_word_or_a_place_does_not_cut_the_name(words, end):
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.organizations import extend_right

    spaces = [not (i + 1 < len(words) and words[i + 1] in {"-", ","}) and w != "-" for i, w in enumerate(words)]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
    assert extend_right(doc, 0, set()) == end


def test_a_bare_head_word_with_a_lost_apostrophe_names_no_body(extract_text):
    release = extract_text("Lena Varo leads the Civil Division. The Divisions Torts Branch represents the government in lawsuits.")
    assert "Torts Branch" in org_names(release)
    assert "Division" not in org_names(release)


def test_a_short_company_name_joins_the_company_it_shortens_least(extract_text):
    release = extract_text("Varlowtek AG said its unit Varlowtek Bangladesh Limited won the order. Varlowtek will build two plants.")
    assert {"Varlowtek AG", "Varlowtek Bangladesh Limited"} <= org_names(release)


def test_a_line_alone_or_a_name_ending_in_a_number_is_no_body_without_a_head_word():
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.organizations import alone_on_line

    words = ["Growth", "\n", "Strategic", "Context", "\n", "Zorvekt", "Labs", "grew", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False] * 9)
    assert alone_on_line(doc[2:4])
    assert not alone_on_line(doc[5:7])


def test_a_phase_with_a_number_is_no_organization(extract_text):
    release = extract_text("Zorvekt Labs Inc. said Phase 2 of the Zorvekt Network will start in May.")
    assert "Phase 2" not in org_names(release)
    assert "Zorvekt Labs Inc." in org_names(release)


def test_a_sentence_opening_conjunction_is_not_part_of_an_organization_name():
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.tokens import strip_determiner

    doc = Doc(spacy.blank("en").vocab, words=["While", "Zorvex", "Superstore", "grew"], pos=["SCONJ", "PROPN", "PROPN", "VERB"])
    assert strip_determiner(doc[0:3]).text == "Zorvex Superstore"


def test_a_preposition_inside_a_sentence_stays_part_of_a_name():
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.tokens import strip_determiner

    words = ["the", "show", "Beyond", "Zorville", "aired"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["DET", "NOUN", "ADP", "PROPN", "VERB"], sent_starts=[True, False, False, False, False])
    assert strip_determiner(doc[2:4]).text == "Beyond Zorville"
