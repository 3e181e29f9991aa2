"""Events (pipeline/components/events.py): named, dated meetings with place and host
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
