"""Date expressions (pipeline/extraction/components/dates.py): ISO 8601 at the precision the text gives,
ranges, lists of years, and relative dates anchored on the release date (pure functions)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extraction.components.dates import anchor_date, parse_dates, parse_single

THURSDAY = dt.date(2022, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 23, 2010", "2010-04-23"),
        ("Nov. 24, 2009", "2009-11-24"),
        ("10 June 2022", "2022-06-10"),
        ("June 10th, 2022", "2022-06-10"),
        ("Tuesday, March 8, 2022", "2022-03-08"),
        ("June 2022", "2022-06"),
        ("in 2022", "2022"),
        ("early 2020", "2020"),
    ],
)
def test_single_date_at_its_precision(text, expected):
    assert parse_dates(text) == [(expected, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 to 11 April 2025", ("2025-04-09", "2025-04-11")),
        ("from 9 to 11 April 2025", ("2025-04-09", "2025-04-11")),
        ("9-11 April 2025", ("2025-04-09", "2025-04-11")),
        ("30 March to 2 April 2025", ("2025-03-30", "2025-04-02")),
        ("May 17-20, 2022", ("2022-05-17", "2022-05-20")),
        ("March 30 to April 2, 2025", ("2025-03-30", "2025-04-02")),
        ("June 21 to July 13, 2021", ("2021-06-21", "2021-07-13")),
        ("from 1999 to 2001", ("1999", "2001")),
        ("1990-1999", ("1990", "1999")),
    ],
)
def test_range(text, expected):
    assert parse_dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["December 30, 2021 to January 2, 2022", "30 December 2021 to 2 January 2022", "December 30 to January 2, 2022"],
)
def test_range_across_years(text):
    assert parse_dates(text) == [("2021-12-30", "2022-01-02")]


def test_range_ending_before_it_starts_is_no_date():
    assert parse_dates("December 30, 2022 to January 2, 2022") == []


@pytest.mark.parametrize(("text", "expected"), [("mid-2021", "2021"), ("late-2020", "2020"), ("mid-June 2021", "2021-06")])
def test_mid_year_gives_the_year(text, expected):
    assert parse_dates(text) == [(expected, expected)]


@pytest.mark.parametrize("text", ["2023, 2024", "2023 , 2024 ", "2023 and 2024"])
def test_list_of_years_is_several_dates(text):
    assert parse_dates(text) == [("2023", "2023"), ("2024", "2024")]


@pytest.mark.parametrize("text", ["three years", "the 187 Member States", "", "decades"])
def test_no_date(text):
    assert parse_dates(text) == []
    assert parse_dates(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2022-03-10"),
        ("yesterday", "2022-03-09"),
        ("on Tuesday", "2022-03-08"),
        ("this year", "2022"),
        ("last year", "2021"),
    ],
)
def test_relative_date_is_resolved_against_the_release_date(text, expected):
    assert parse_dates(text, THURSDAY) == [(expected, expected)]


@pytest.mark.parametrize("text", ["today", "on Tuesday", "this year", "March 8"])
def test_relative_date_without_release_date_stays_empty(text):
    assert parse_dates(text) == []
    assert parse_single(text) is None


def test_day_and_month_without_year_take_the_release_year():
    assert parse_dates("March 8", THURSDAY) == [("2022-03-08", "2022-03-08")]


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2022-03-10", dt.date(2022, 3, 10)), ("2022-03", None), ("2022", None), (None, None), ("", None)],
)
def test_anchor_needs_a_day_precise_release_date(published, expected):
    assert anchor_date(published) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("June 10th", dt.date(2025, 6, 5), "2025-06-10"),
        ("in January", dt.date(2022, 12, 1), "2023-01"),
        ("this September", dt.date(2022, 5, 4), "2022-09"),
        ("March 26", dt.date(2025, 3, 31), "2025-03-26"),
    ],
)
def test_nearest_puts_a_yearless_date_in_the_year_closest_to_the_release(text, anchor, expected):
    assert parse_dates(text, anchor, nearest=True) == [(expected, expected)]


def test_yearless_date_is_in_the_past_by_default():
    assert parse_dates("June 10th", dt.date(2025, 6, 5)) == [("2024-06-10", "2024-06-10")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("next week", dt.date(2024, 7, 10), "2024-07"),
        ("last week", dt.date(2022, 5, 4), "2022"),
    ],
)
def test_a_week_has_its_month_or_year_precision(text, anchor, expected):
    assert parse_dates(text, anchor) == [(expected, expected)]


def test_weekdays_inside_a_range_are_dropped():
    assert parse_dates("Tuesday 4th and Wednesday 5th June", dt.date(2024, 3, 25), nearest=True) == [("2024-06-04", "2024-06-05")]


def test_the_week_of_a_day_is_dated_from_that_day_and_later_this_year_is_the_year():
    anchor = anchor_date("2025-06-01")
    assert parse_dates("the week of June 5", anchor, nearest=True)[0][0] == "2025-06-05"
    assert parse_dates("later this year", anchor, nearest=True) == [("2025", "2025")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("September this year", "2022-09"), ("in March next year", "2023-03"), ("June last year", "2021-06")],
)
def test_a_month_of_a_year_named_from_the_release_date(text, expected):
    assert parse_dates(text, THURSDAY) == [(expected, expected)]


def test_a_planned_date_without_a_year_falls_on_or_after_the_release_date():
    """"will take place September 29 - October 1", said in March: this year's, not last year's
    (the nearer one); a planned month named in the release's month is that month."""
    assert parse_dates("September 29 - October 1", dt.date(2025, 2, 10), nearest=True) == [("2024-09-29", "2024-10-01")]
    assert parse_dates("September 29 - October 1", dt.date(2025, 2, 10), nearest=True, ahead=True) == [("2025-09-29", "2025-10-01")]
    assert parse_dates("November", dt.date(2022, 3, 31), nearest=True, ahead=True) == [("2022-11", "2022-11")]
    assert parse_dates("March", dt.date(2022, 3, 31), nearest=True, ahead=True) == [("2022-03", "2022-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the end of March 2025", "2025-03"), ("the beginning of 2026", "2026"), ("start of May 2025", "2025-05")],
)
def test_a_part_of_a_month_or_year_gives_that_month_or_year(text, expected):
    """"slated for the end of March": the month at month precision (as "early 2020" gives the year)."""
    assert parse_dates(text) == [(expected, expected)]


def test_a_part_of_something_else_is_no_date():
    """Near miss: "the end of the day" names no month or year."""
    assert parse_dates("the end of the day", THURSDAY) == []
