"""Resolutions and other instruments (pipeline/extraction/components/resolutions.py): kind, body or parties,
dates at the text's precision, subject (FACTS.md, "Resolution")."""

from __future__ import annotations

from tests.support import assert_evidence, resolutions

UNGA_SUBJECT = "promoting the SSE for sustainable development"


def test_resolutions_listed_with_two_years_are_two_records(extract_text):
    text = f"These include the UN General Assembly resolutions on {UNGA_SUBJECT} (2023, 2024)."
    release = extract_text(text)
    assert resolutions(release) == {
        ("resolution", "UN General Assembly", "2023", UNGA_SUBJECT),
        ("resolution", "UN General Assembly", "2024", UNGA_SUBJECT),
    }
    assert_evidence(release, text)


def test_years_with_spaces_as_in_the_ilo_release(extract_text):
    release = extract_text(f"These include the UN General Assembly resolutions on {UNGA_SUBJECT} (2023 , 2024 ).")
    assert {r.date for r in release.resolutions} == {"2023", "2024"}


def test_coordinated_instruments_share_body_and_subject(extract_text):
    text = "In 2022 the ILO adopted a resolution, strategy and action plan concerning decent work and the SSE."
    release = extract_text(text)
    body, subject = "International Labour Organization", "decent work and the SSE"
    assert resolutions(release) == {
        ("resolution", body, "2022", subject),
        ("strategy", body, "2022", subject),
        ("action plan", body, "2022", subject),
    }
    assert_evidence(release, text)


def test_concept_acronym_in_subject_is_spelled_out(extract_text):
    text = (
        "They reaffirmed the role of the social and solidarity economy (SSE). "
        "The ILO adopted a resolution concerning decent work and the SSE."
    )
    release = extract_text(text)
    assert resolutions(release) == {
        ("resolution", "International Labour Organization", None, "decent work and the social and solidarity economy")
    }


def test_relative_date_is_resolved_against_the_release_date(extract_text):
    release = extract_text("The Organization of American States adopted a resolution on Tuesday on the situation in Nicaragua.", published="2022-03-10")
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("resolution", "Organization of American States", "2022-03-08")]


def test_relative_date_without_release_date_stays_empty(extract_text):
    release = extract_text("The Organization of American States adopted a resolution on Tuesday on the situation in Nicaragua.")
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("resolution", "Organization of American States", None)]


def test_today_opening_the_sentence(extract_text):
    release = extract_text("Today, the OAS General Assembly passed a resolution on the situation in Nicaragua.", published="2021-06-15")
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("resolution", "OAS General Assembly", "2021-06-15")]


def test_undated_resolution_is_still_a_record(extract_text):
    release = extract_text("The Council adopted a resolution.")
    assert resolutions(release) == {("resolution", None, None, None)}


def test_parties_of_a_signed_instrument_are_joined(extract_text):
    text = "The United States and the African Union Commission signed a Memorandum of Cooperation on March 11, 2022."
    release = extract_text(text)
    assert resolutions(release) == {("memorandum of cooperation", "United States; African Union Commission", "2022-03-11", None)}
    assert_evidence(release, text)


def test_numbered_executive_order(extract_text):
    release = extract_text("The President signed Executive Order 13224 in 2001.")
    assert resolutions(release) == {("executive order", None, "2001", "Executive Order 13224")}


def test_subject_at_paragraph_end_has_no_final_stop(extract_text):
    text = "Today, the OAS General Assembly passed a resolution on the situation in Nicaragua.\n\nThe vote was welcomed.\n"
    release = extract_text(text, published="2021-06-15")
    assert [r.subject for r in release.resolutions] == ["the situation in Nicaragua"]


def test_subject_after_a_relative_date(extract_text):
    release = extract_text("The Organization of American States adopted a resolution on Tuesday on the situation in Nicaragua.", published="2022-03-10")
    assert [r.subject for r in release.resolutions] == ["the situation in Nicaragua"]


def test_subject_after_a_date_ends_at_a_relative_clause(extract_text):
    text = "Egypt, Israel, and the EU have concluded a trilateral agreement on June 15, 2022 on natural gas, in which they declare their intention to cut methane leakages."
    release = extract_text(text)
    assert [r.subject for r in release.resolutions] == ["natural gas"]


def test_definition_adopted_by_a_conference(extract_text):
    text = "The definition of the social and solidarity economy adopted by the International Labour Conference in 2022 has become a reference point."
    release = extract_text(text)
    assert resolutions(release) == {("definition", "International Labour Conference", "2022", "the social and solidarity economy")}


def test_three_parties_and_a_date(extract_text):
    text = (
        "The Department of Justice, the Federal Trade Commission and Chile's Fiscalia Nacional Economica signed a "
        "memorandum of understanding on antitrust cooperation on July 27, 2011."
    )
    release = extract_text(text)
    assert resolutions(release) == {
        (
            "memorandum of understanding",
            "Department of Justice; Federal Trade Commission; Fiscalia Nacional Economica",
            "2011-07-27",
            "antitrust cooperation",
        )
    }


def test_agreement_entered_into_with_a_party(extract_text):
    release = extract_text("JGC Corporation entered into a deferred prosecution agreement with the Justice Department on April 6, 2011.")
    assert [(r.kind, set((r.body or "").split("; ")), r.date) for r in release.resolutions] == [
        ("deferred prosecution agreement", {"JGC Corporation", "Justice Department"}, "2011-04-06")
    ]


def test_subject_cut_at_a_verb_ends_on_no_function_word(extract_text):
    release = extract_text("BP has entered into separate agreements to pay $4.9 billion to the five Gulf states to settle claims for damages.")
    assert [r.subject for r in release.resolutions] == ["pay $4.9 billion to the five Gulf states"]


def test_date_and_party_on_the_instrument_s_conjunct(extract_text):
    release = extract_text(
        "The Justice Department filed a deferred prosecution agreement and a criminal information today against JGC Corporation in Houston.",
        published="2011-04-06",
    )
    assert resolutions(release) == {("deferred prosecution agreement", "Justice Department; JGC Corporation", "2011-04-06", None)}


def test_subject_is_what_the_other_party_agreed_to(extract_text):
    text = (
        "Technip S.A. agreed to pay a $240 million criminal penalty and to retain a compliance monitor for two years. "
        "The Justice Department filed a deferred prosecution agreement against Technip S.A. in June 2010."
    )
    release = extract_text(text)
    assert resolutions(release) == {
        ("deferred prosecution agreement", "Justice Department; Technip S.A.", "2010-06", "pay a $240 million criminal penalty and to retain a compliance monitor")
    }
    assert_evidence(release, text)


def test_subject_agreed_to_in_a_relative_clause(extract_text):
    release = extract_text(
        "In July 2010, the Justice Department filed a deferred prosecution agreement against Snamprogetti Netherlands B.V., "
        "which also agreed to pay a $240 million criminal penalty."
    )
    assert resolutions(release) == {
        ("deferred prosecution agreement", "Justice Department; Snamprogetti Netherlands B.V.", "2010-07", "pay a $240 million criminal penalty")
    }


def test_what_someone_else_agreed_to_is_no_subject(extract_text):
    release = extract_text("Smith agreed to pay a fine. The Justice Department filed a deferred prosecution agreement against Technip S.A. in June 2010.")
    assert resolutions(release) == {("deferred prosecution agreement", "Justice Department; Technip S.A.", "2010-06", None)}


def test_instrument_only_cited_is_no_record(extract_text):
    text = "The work is grounded in the Zembla Council resolution on open data. Two firms are designated under Executive Order 14999."
    assert extract_text(text).resolutions == []


def test_commitment_to_a_framework_adopts_nothing(extract_text):
    assert extract_text("Both sides reaffirmed their commitment to the framework of responsible conduct.").resolutions == []


def test_nominal_adoption_with_agent_date_and_participial_subject(extract_text):
    release = extract_text(
        "The Council welcomed the adoption of a resolution by the General Assembly on Tuesday suspending Freedonia's voting rights.",
        published="2022-03-10",
    )
    assert resolutions(release) == {("resolution", "General Assembly", "2022-03-08", "suspending Freedonia's voting rights")}


def test_cited_mention_joins_the_adoption_stated_later(extract_text):
    text = (
        "The Bureau acted pursuant to Executive Order 14990. "
        "In March 2019, the President issued Executive Order 14990, which calls for agencies to review their rules."
    )
    assert resolutions(extract_text(text)) == {("executive order", None, "2019-03", "calls for agencies to review their rules")}


def test_settlement_with_a_party_is_concluded_by_the_announcer(extract_text):
    release = extract_text("The Justice Department announced today a settlement with Northwind Health, to ensure that patients receive interpreters.", published="2014-12-03")
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("settlement", "Justice Department; Northwind Health", "2014-12-03")]
    assert release.resolutions[0].subject.startswith("ensure that patients")


def test_purpose_on_a_participle_is_the_subject(extract_text):
    release = extract_text("In December 2021, the United Nations Security Council adopted a resolution championed by Freedonia to establish a humanitarian carveout.")
    assert resolutions(release) == {("resolution", "United Nations Security Council", "2021-12", "to establish a humanitarian carveout")}


def test_agreement_between_two_parties_signed_as_a_participle(extract_text):
    release = extract_text("The talks covered the recently signed security agreement between Norway and Peru.")
    assert [(r.kind, r.body) for r in release.resolutions] == [("security agreement", "Norway; Peru")]
    assert release.resolutions[0].subject == "security agreement between Norway and Peru"


def test_lower_case_noun_modifier_is_part_of_the_kind():
    from spacy.tokens import Doc
    import spacy

    from pipeline.extraction.components.resolutions import compound_kind

    words = ["It", "entered", "into", "a", "strategic", "licensing", "agreement", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 6, 6, 6, 2, 1],
        deps=["nsubj", "ROOT", "prep", "det", "amod", "compound", "pobj", "punct"],
        pos=["PRON", "VERB", "ADP", "DET", "ADJ", "NOUN", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "IN", "DT", "JJ", "NN", "NN", "."],
        sent_starts=[True] + [False] * 7,
    )
    assert compound_kind(doc, 6, "agreement") == "licensing agreement"
    assert compound_kind(doc, 6, "plea agreement") == "plea agreement"


def test_abbreviation_in_parentheses_is_the_same_instrument(extract_text):
    text = "The Northwind Commission today signed a memorandum of understanding (MOU) with the Sylvania Trade Agency to promote cooperation."
    assert len(extract_text(text).resolutions) == 1


def test_mention_with_nothing_of_its_own_joins_the_described_one(extract_text):
    text = (
        "A consent decree, filed today, requires Northwind City to repair its sewers. "
        "The proposed consent decree with Northwind City is subject to public comment."
    )
    assert [r.kind for r in extract_text(text, published="2012-04-16").resolutions] == ["consent decree"]


def test_an_act_still_to_come_is_no_record(extract_text):
    text = "The two ministers will sign a memorandum of understanding on trade. The court will need to issue a further decision regarding the claims."
    assert extract_text(text).resolutions == []


def test_purpose_after_the_party_and_its_place(extract_text):
    release = extract_text("The Justice Department has reached an agreement with the city of Northbrook, Ohio, under the Act to improve access at the stadium.")
    assert [r.subject for r in release.resolutions] == ["improve access at the stadium"]


def test_anaphor_joins_the_adopted_instrument_and_lengthens_its_kind(extract_text):
    text = (
        "The Justice Department signed an agreement with the city of Northbrook to improve access at the stadium. "
        "The agreement is a new chapter. "
        "Under the settlement agreement, the city will install ramps."
    )
    release = extract_text(text)
    assert [(r.kind, r.subject) for r in release.resolutions] == [("settlement agreement", "improve access at the stadium")]


def test_everyday_framework_is_no_instrument_but_a_named_one_is(extract_text):
    assert extract_text("A team from Northwind University has unveiled a smartphone navigation framework.").resolutions == []
    release = extract_text("Norway and Peru have agreed in principle on a new Data Exchange Framework, which will foster data flows.")
    assert [(r.kind, r.subject) for r in release.resolutions] == [("framework", "Data Exchange")]


def test_joint_statement_is_no_instrument(extract_text):
    assert extract_text("The department and the city signed a joint statement of principles today.").resolutions == []


def test_plural_noun_before_the_instrument_is_not_its_kind():
    from spacy.tokens import Doc
    import spacy

    from pipeline.extraction.components.resolutions import compound_kind

    doc = Doc(
        spacy.blank("en").vocab,
        words=["the", "governments", "settlement"],
        heads=[2, 2, 2],
        deps=["det", "compound", "ROOT"],
        tags=["DT", "NNS", "NN"],
        sent_starts=[True, False, False],
    )
    assert compound_kind(doc, 2, "settlement") == "settlement"


def test_numbered_resolution_with_its_year_and_subject(extract_text):
    release = extract_text("The Security Council adopted Resolution 2999 (2013) on the situation in Sylvania.")
    assert resolutions(release) == {("resolution", "Security Council", "2013", "the situation in Sylvania")}


def test_clause_the_parser_hung_elsewhere(extract_text):
    release = extract_text("The court entered a consent decree on Monday requiring the company to pay $5 million.", published="2021-03-10")
    assert resolutions(release) == {("consent decree", None, "2021-03-08", "requiring the company to pay $5 million")}
    release = extract_text("Acme Corp. and Beta Inc. entered into a distribution agreement under which Beta will sell Acme products in Europe.")
    assert [r.subject for r in release.resolutions] == ["Beta will sell Acme products in Europe"]


def test_proclamation_title_is_issued_on_the_release_date(extract_text):
    release = extract_text("A Proclamation on National Forest Week, 2021\n\nOur forests matter to every community.", published="2021-05-01")
    assert resolutions(release) == {("proclamation", None, "2021-05-01", "National Forest Week")}


def test_party_no_other_rule_knew_is_named_by_its_proper_noun():
    from spacy.tokens import Doc
    import spacy

    from pipeline.extraction.components.resolutions import proper_name

    doc = Doc(
        spacy.blank("en").vocab,
        words=["an", "agreement", "with", "Merrow", "Cider", ",", "a", "brand"],
        heads=[1, 1, 1, 4, 2, 4, 7, 4],
        deps=["det", "ROOT", "prep", "compound", "pobj", "punct", "det", "appos"],
        pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN"],
    )
    assert proper_name(doc, doc[4]) == "Merrow Cider"
    assert proper_name(doc, doc[7]) is None


def test_member_sponsoring_a_resolution_states_the_council_adopted_it(extract_text):
    text = (
        "The Northwind Council met in Geneva. The Republic of Sylvania co-sponsored the resolution on clean water "
        "and supported a resolution addressing hunger in Ostland. The Council closed its session."
    )
    release = extract_text(text)
    assert resolutions(release) == {
        ("resolution", "Northwind Council", None, "clean water"),
        ("resolution", "Northwind Council", None, "addressing hunger in Ostland"),
    }


def test_sponsoring_an_agreement_or_without_a_council_is_no_record(extract_text):
    assert extract_text("The Republic of Sylvania supported the agreement on fisheries.").resolutions == []
    assert extract_text("The Republic of Sylvania co-sponsored the resolution on clean water.").resolutions == []


def test_guilty_plea_with_a_plea_agreement_is_the_agreement_of_office_and_defendant(extract_text):
    text = "John Doakes, 45, of Ohio, pleaded guilty today to wire fraud pursuant to a plea agreement with the Justice Department."
    release = extract_text(text, published="2015-02-03")
    assert resolutions(release) == {("plea agreement", "Justice Department; John Doakes", "2015-02-03", "wire fraud")}


def test_guilty_pleas_of_several_defendants_tell_no_agreement_apart(extract_text):
    text = (
        "John Doakes pleaded guilty on May 4, 2016, and Mary Roe pleaded guilty on June 1, 2016, to wire fraud. "
        "According to the defendants plea agreements, they conspired with others."
    )
    assert extract_text(text).resolutions == []


def test_what_a_definite_instrument_will_do_makes_no_second_record(extract_text):
    text = (
        "The city signed an agreement with the Northwind Agency to repair the stadium. "
        "Today's agreement was reached under the Act. "
        "The agency will monitor compliance with the agreement, which will remain in effect for three years."
    )
    assert [(r.kind, r.subject) for r in extract_text(text).resolutions] == [("agreement", "repair the stadium")]


def test_instruments_signed_with_several_parties_are_one_per_party(extract_text):
    release = extract_text("The Sylvania Trade Agency previously signed agreements with Norway, Peru and Chile.")
    assert resolutions(release) == {
        ("agreement", "Sylvania Trade Agency; Norway", None, "agreement with Norway"),
        ("agreement", "Sylvania Trade Agency; Peru", None, "agreement with Peru"),
        ("agreement", "Sylvania Trade Agency; Chile", None, "agreement with Chile"),
    }


def test_company_letter_of_intent_and_inked_agreement_with_a_party(extract_text):
    release = extract_text("Northwind Holdings has executed a letter of intent with Sylvan Robotics to merge the two companies.")
    assert resolutions(release) == {("letter of intent", "Northwind Holdings; Sylvan Robotics", None, "merge the two companies")}
    release = extract_text("Northwind Holdings inked an agreement with Sylvan Robotics to supply batteries.")
    assert resolutions(release) == {("agreement", "Northwind Holdings; Sylvan Robotics", None, "supply batteries")}


def test_participle_with_a_topic_gives_the_subject(extract_text):
    release = extract_text("The Sylvania Assembly met today. The Republic of Ostland supported a resolution focused on the rights of women in Sylvania.")
    assert [r.subject for r in release.resolutions] == ["the rights of women in Sylvania"]


def test_software_protocol_is_no_instrument_but_a_signed_one_is(extract_text):
    assert [r.subject for r in extract_text("The two ministers signed a protocol on fisheries. The app uses a secure protocol.").resolutions] == ["fisheries"]
    assert extract_text("Northwind Labs launched a new messaging protocol for its routers.").resolutions == []


def test_todays_agreement_is_of_the_release_date_and_a_city_of_x_is_a_party(extract_text):
    text = "The Justice Department has reached an agreement with the city of Northbrook, Ohio, to improve access to the stadium. Todays agreement was reached under the Act."
    release = extract_text(text, published="2013-01-28")
    assert resolutions(release) == {("agreement", "Justice Department; city of Northbrook", "2013-01-28", "improve access to the stadium")}


def test_present_verb_after_the_agreement_is_its_predicate_where_the_parse_missed_it():
    from spacy.tokens import Doc
    import spacy

    from pipeline.extraction.components.resolutions import predicate_subject

    doc = Doc(
        spacy.blank("en").vocab,
        words=["The", "agreement", "grants", "Acme", "exclusive", "rights", "."],
        heads=[1, 2, 3, 3, 5, 3, 3],
        deps=["det", "compound", "nsubj", "ROOT", "amod", "dobj", "punct"],
        tags=["DT", "NN", "VBZ", "VBZ", "JJ", "NNS", "."],
        pos=["DET", "NOUN", "VERB", "VERB", "ADJ", "NOUN", "PUNCT"],
        sent_starts=[True] + [False] * 6,
    )
    assert predicate_subject(doc, doc[1], {}) == "grants Acme exclusive rights"


def test_your_or_my_strategy_is_no_instrument(extract_text):
    assert extract_text("Rewiring Your PR Strategy with the Northwind Agency starts today.").resolutions == []


def test_other_mentions_of_the_one_plea_agreement_are_the_same_instrument(extract_text):
    text = (
        "Northwind Foods LLC pleaded guilty today to shipping tainted food pursuant to a plea agreement filed last year. "
        "The company also admitted in the plea agreement that its tests failed."
    )
    assert [r.kind for r in extract_text(text, published="2016-12-13").resolutions] == ["plea agreement"]
