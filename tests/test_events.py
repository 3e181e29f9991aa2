"""Events (pipeline/extraction/components/events.py): named, dated meetings with place and host
(FACTS.md, "Event")."""

from __future__ import annotations

from tests.support import assert_evidence, events


def test_summit_with_date_range_place_and_host(extract_text):
    text = (
        "The International Labour Organization (ILO) took part in the first Global Government Summit, held from "
        "9 to 11 April 2025 in Luxembourg City. Hosted by the ministry of labour of Luxembourg, the Summit brought "
        "together government officials."
    )
    release = extract_text(text)
    assert events(release) == {
        ("Global Government Summit", "2025-04-09", "2025-04-11", "Luxembourg City", "Ministry of Labour of Luxembourg")
    }
    assert [e.mention for e in release.events[0].evidence] == ["Global Government Summit", "9 to 11 April 2025"]
    assert_evidence(release, text)


def test_today_is_the_release_date(extract_text):
    text = "The Third U.S.-Vietnam Civil Space Dialogue took place today in Hanoi."
    release = extract_text(text, published="2021-06-10")
    assert events(release) == {("Third U.S.-Vietnam Civil Space Dialogue", "2021-06-10", "2021-06-10", "Hanoi", None)}
    assert_evidence(release, text)


def test_weekday_is_the_last_such_day_before_the_release_date(extract_text):
    release = extract_text("On Tuesday, the 47th Session of the UN Human Rights Council opened in Geneva.", published="2021-06-24")
    assert events(release) == {("47th Session of the UN Human Rights Council", "2021-06-22", "2021-06-22", "Geneva", None)}


def test_today_without_release_date_gives_no_date(extract_text):
    release = extract_text("The Third U.S.-Vietnam Civil Space Dialogue took place today in Hanoi.")
    assert all(e.start is None and e.end is None for e in release.events)


def test_one_day_event_ends_when_it_starts(extract_text):
    release = extract_text("The Summit of the Americas opened on June 8, 2022 in Los Angeles.")
    assert events(release) == {("Summit of the Americas", "2022-06-08", "2022-06-08", "Los Angeles", None)}


def test_numbered_session_of_a_body_across_months(extract_text):
    release = extract_text("The 47th Session of the UN Human Rights Council was held from June 21 to July 13, 2021 in Geneva.")
    assert events(release) == {("47th Session of the UN Human Rights Council", "2021-06-21", "2021-07-13", "Geneva", None)}


def test_hosted_by_an_organization(extract_text):
    text = "The Eighth Annual U.S.-AUC High-Level Dialogue was hosted by the African Union Commission on March 11, 2022 in Addis Ababa."
    release = extract_text(text)
    assert events(release) == {
        ("Eighth Annual U.S.-AUC High-Level Dialogue", "2022-03-11", "2022-03-11", "Addis Ababa", "African Union Commission")
    }
    assert_evidence(release, text)


def test_coded_conference_at_month_precision(extract_text):
    release = extract_text("Delegates will meet at COP27 in November 2022 in Egypt.")
    assert events(release) == {("COP27", "2022-11", "2022-11", "Egypt", None)}


def test_unnamed_meeting_is_not_an_event(extract_text):
    release = extract_text("On Tuesday, the Secretary met with the Foreign Minister to discuss trade.", published="2022-03-10")
    assert release.events == []


def test_standing_conference_body_is_not_an_event(extract_text):
    release = extract_text("The International Labour Conference adopted the definition in 2022.")
    assert release.events == []


def test_numbered_lower_case_meeting_is_one_event(extract_text):
    release = extract_text(
        "On Wednesday, July 13, 2022, senior officials participated in the 25th plenary meeting of the Council of Governors."
    )
    assert events(release) == {("25th plenary meeting of the Council of Governors", "2022-07-13", "2022-07-13", None, None)}


def test_place_before_the_event_name(extract_text):
    release = extract_text(
        "Secretary Blinken met with the Chairperson of the African Union Commission today in Washington, D.C. "
        "for the Eighth Annual U.S.-AUC High-Level Dialogue.",
        published="2022-03-11",
    )
    assert events(release) == {("Eighth Annual U.S.-AUC High-Level Dialogue", "2022-03-11", "2022-03-11", "Washington, D.C.", None)}


def test_place_before_the_event_in_another_clause_is_not_its_location(extract_text):
    release = extract_text("Officials in Geneva said that the Summit of the Americas opened on June 8, 2022.")
    assert events(release) == {("Summit of the Americas", "2022-06-08", "2022-06-08", None, None)}


def test_edition_year_and_city_belong_to_the_name_and_a_stated_date_wins(extract_text):
    release = extract_text(
        "The Northwind Health Summit Springfield 2026, hosted by Acme Labs, will take place May 15-17, 2026 at the Grand Hotel.",
        published="2026-04-22",
    )
    assert {(e.name, e.start, e.end) for e in release.events} == {("Northwind Health Summit Springfield 2026", "2026-05-15", "2026-05-17")}


def test_edition_year_dates_the_meeting_only_when_nothing_else_does(extract_text):
    release = extract_text("Acme Labs made a strong impact at the Northwind Summit 2025 as a sponsor.", published="2025-03-31")
    assert {(e.name, e.start) for e in release.events} == {("Northwind Summit 2025", "2025")}


def test_capitalized_name_before_a_lower_case_meeting_word(extract_text):
    release = extract_text("Acme Partners will be hosting its annual Northwind Capital conference in Berlin, June 4-7, 2024.", published="2024-03-25")
    assert {(e.name, e.start, e.end) for e in release.events} == {("Northwind Capital conference", "2024-06-04", "2024-06-07")}


def test_month_session_of_a_body_is_in_the_year_nearest_the_release(extract_text):
    release = extract_text("The resolution will let civil society address the Council during its September session.", published="2022-05-04")
    assert {(e.name, e.start, e.end) for e in release.events} == {("September session", "2022-09", "2022-09")}


def test_results_presentation_and_a_bare_call_to_action(extract_text):
    release = extract_text("Acme Holdings invites investors to the Q3 2025/26 Results Presentation on 5 February 2026.")
    assert {(e.name, e.start) for e in release.events} == {("Q3 2025/26 Results Presentation", "2026-02-05")}
    assert extract_text("Acme Holdings issued a Global Call to Action on 5 February 2026.").events == []


def test_date_of_another_noun_does_not_date_the_meeting(extract_text):
    release = extract_text("Today's meeting in Springfield builds on momentum from the Summit of the Northlands.", published="2022-07-25")
    assert release.events == []


def test_date_of_another_verb_does_not_date_the_meeting(extract_text):
    release = extract_text(
        "Today, Avalon and Borduria signed a memorandum to advance the Avalon-Borduria Consultative Dialogue on Trade.",
        published="2022-07-25",
    )
    assert release.events == []


def test_purpose_clause_of_a_meeting_verb_takes_the_trip_dates(extract_text):
    release = extract_text(
        "Acting Deputy Secretary Jane Roe will travel to Springfield, Illinois, June 17-20 to attend the Northland Media Ministerial with counterparts.",
        published="2022-06-16",
    )
    assert {(e.name, e.start, e.end) for e in release.events} == {("Northland Media Ministerial", "2022-06-17", "2022-06-20")}


def test_date_in_a_next_sentence_that_names_the_meeting_again(extract_text):
    release = extract_text(
        "Acme has been selected as the marketing partner for the 38th Annual Northwind Conference. "
        "The invitation-only conference will be held March 22–24, 2026, at the Grand Hotel in Springfield.",
        published="2026-01-12",
    )
    assert {(e.start, e.end) for e in release.events} == {("2026-03-22", "2026-03-24")}
    assert "Northwind Conference" in release.events[0].name


def test_headline_verb_is_not_part_of_the_name(extract_text):
    release = extract_text("Ministry Announces Conference on Rivers and Health in September", published="2022-05-04")
    assert {(e.name, e.start) for e in release.events} == {("Conference on Rivers and Health", "2022-09")}


def test_possessive_relative_date_before_the_name(extract_text):
    release = extract_text(
        "As Chair of this year's 60th anniversary Ministerial Council Meeting, I look forward to working with members.",
        published="2021-06-01",
    )
    assert {(e.name, e.start) for e in release.events} == {("Ministerial Council Meeting", "2021")}


def test_standing_conference_as_agent_is_not_an_event(extract_text):
    release = extract_text("The definition adopted by the International Labour Conference in 2022 guides the work of the Office.")
    assert release.events == []


def test_a_shorter_name_on_the_same_date_is_the_same_meeting(extract_text):
    release = extract_text(
        "The governments held the second session of the Avalon-Borduria Strategic Dialogue in Springfield on March 14, 2022. "
        "The Avalon-Borduria Strategic Dialogue, held on March 14, 2022, covered trade."
    )
    assert [(e.name, e.start) for e in release.events] == [("second session of the Avalon-Borduria Strategic Dialogue", "2022-03-14")]


def test_lower_case_connectors_inside_a_name(extract_text):
    release = extract_text("Acme will also host a Women in Private Markets Forum on Monday 3rd June.", published="2024-03-25")
    assert {(e.name, e.start) for e in release.events} == {("Women in Private Markets Forum", "2024-06-03")}


def test_a_group_code_alone_is_not_a_meeting(extract_text):
    release = extract_text("The Secretary spoke today with the minister about efforts by G7 members to support Avalon.", published="2022-02-06")
    assert release.events == []


def test_inaugural_meeting_of_a_named_body(extract_text):
    release = extract_text("The Attorney General today convened the inaugural meeting of the Tribal Leaders Council.", published="2010-12-15")
    assert {(e.name, e.start) for e in release.events} == {("inaugural meeting of the Tribal Leaders Council", "2010-12-15")}


def test_subject_of_a_hosting_verb_hosts_the_meeting(extract_text):
    release = extract_text("The Northwind Institute will host the Springfield Water Summit on June 8, 2022.")
    assert {(e.name, e.host) for e in release.events} == {("Springfield Water Summit", "Northwind Institute")}


def test_webinar_or_a_meeting_held_online_is_virtual(extract_text):
    release = extract_text("Join Acme's upcoming Technical Webinar on June 10th.", published="2025-06-05")
    assert {(e.name, e.start, e.location) for e in release.events} == {("Technical Webinar", "2025-06-10", "virtual")}
    release = extract_text("The Northland Energy Forum will be held virtually on June 17, 2022.")
    assert {(e.name, e.location) for e in release.events} == {("Northland Energy Forum", "virtual")}


def test_dateline_date_does_not_date_a_meeting(extract_text):
    text = "SPRINGFIELD, IL, May 5, 2025 /Acme Wire/ -- Northwind Labs, organizers of the Springfield Robotics Summit, announced its speakers."
    assert extract_text(text, published="2025-05-05").events == []
    text = "SPRINGFIELD, IL, May 5, 2025 /24-7AcmeWire/ -- Northwind Labs proudly attended the Springfield Robotics Summit hosted by Acme."
    assert extract_text(text, published="2025-05-05").events == []


def test_awards_are_not_a_meeting(extract_text):
    release = extract_text("Acme was honored with a top award at the Northland Games Industry Awards 2024.")
    assert release.events == []


def test_a_day_before_a_lower_case_meeting_word_is_no_name(extract_text):
    release = extract_text("The March 19th conference will feature executives of the companies.", published="2026-03-01")
    assert release.events == []


def test_year_before_the_name_yields_to_the_stated_dates(extract_text):
    release = extract_text("The awards were announced at the 2024 Northwind Print Expo, which took place from September 10-12, 2024 in Springfield.")
    assert {(e.name, e.start, e.end) for e in release.events} == {("Northwind Print Expo", "2024-09-10", "2024-09-12")}


def test_a_legislature_or_a_treaty_is_not_a_meeting(extract_text):
    assert extract_text("Today, Democrats in Congress came together to protect the right to vote.", published="2021-06-22").events == []
    assert extract_text("The plan follows the principles of the Springfield Convention of 1944.").events == []
    release = extract_text("Acme will exhibit at the Northwind Annual Convention on May 5, 2025.")
    assert {(e.name, e.start) for e in release.events} == {("Northwind Annual Convention", "2025-05-05")}


def test_a_date_on_another_meeting_is_that_meetings(extract_text):
    release = extract_text("The Avalon Ministerial prepares the Ninth Summit of the Northlands, held on June 6-10, 2022.")
    assert {(e.name, e.start) for e in release.events} == {("Ninth Summit of the Northlands", "2022-06-06")}


def test_a_meeting_name_that_announces_is_the_organizer(extract_text):
    assert extract_text("The Northwind Housing Summit today announced its first breakfast.", published="2025-11-12").events == []


def test_today_after_the_name_on_another_verb_does_not_date_it(extract_text):
    text = "Acme Labs and Borduria Partners, organizers of the Springfield Robotics Summit, announced several speakers today."
    assert extract_text(text, published="2024-09-10").events == []


def test_dates_after_a_time_clause_are_not_the_meetings(extract_text):
    text = "Following the Northland Ministerial, the Assistant Secretary will travel to Springfield from May 12-14."
    assert extract_text(text, published="2022-05-10").events == []


def test_a_comma_ends_the_name_before_an_apposition(extract_text):
    release = extract_text("On June 8, 2022, at the Summit of the Northlands, Under Secretary Jane Roe met the delegates.")
    assert {e.name for e in release.events} == {"Summit of the Northlands"}


def test_in_advance_of_a_meeting_is_not_its_date(extract_text):
    text = "The President spoke today with the Prime Minister of Avalon in advance of the Summit of the Northlands."
    assert extract_text(text, published="2022-06-02").events == []


def test_annual_tagged_as_a_date_stays_in_the_meeting_name(extract_text):
    release = extract_text("Northwind Holdings will hold its Annual General Meeting on May 7, 2026 in Oslo.")
    assert {(e.name, e.start) for e in release.events} == {("Annual General Meeting", "2026-05-07")}


def test_capitalized_event_and_qualified_day_are_meeting_words(extract_text):
    release = extract_text(
        "Acme Labs will participate in the 13th Annual Northwind Technology Event on November 18, 2025. "
        "Acme Labs will host its Investor Day on September 9, 2025."
    )
    assert {(e.name, e.start) for e in release.events} == {
        ("13th Annual Northwind Technology Event", "2025-11-18"),
        ("Investor Day", "2025-09-09"),
    }


def test_a_quoted_title_before_a_lower_case_meeting_word_names_the_meeting(extract_text):
    release = extract_text('Acme Labs will host the "Future of Northwind" event on July 10, 2025 in Austin.')
    assert {(e.name, e.start) for e in release.events} == {("Future of Northwind event", "2025-07-10")}


def test_a_meeting_word_as_a_field_label_is_no_name(extract_text):
    release = extract_text("Event Details Event: Northwind Summit 2026 Dates: May 15-17, 2026")
    assert all(not e.name.startswith("Event") for e in release.events)


def test_a_name_with_its_edition_year_after_at_is_a_meeting_only_with_a_date(extract_text):
    release = extract_text(
        "Acme Labs will showcase its sensors at Northwind Tech 2025 in Las Vegas from January 7-10, 2025. "
        "Its founder first spoke at Northwind 2013, which was a small room."
    )
    assert {(e.name, e.start) for e in release.events} == {("Northwind Tech 2025", "2025-01-07")}


def test_a_headless_name_with_its_edition_year_takes_the_date_of_the_event_named_again(extract_text):
    release = extract_text(
        "Jane Roe will join a panel at Northwind Cloud 2025, where Acme Labs is a sponsor. "
        "The event will take place September 16-17, 2025, in Austin, Texas."
    )
    assert {(e.name, e.start) for e in release.events} == {("Northwind Cloud 2025", "2025-09-16")}
