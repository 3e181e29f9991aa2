"""Dates and places (pipeline/extraction/components/dates.py, places.py): ranges and lists as
ISO at the text's precision, relative dates anchored on the release date, the dateline's own
date, and jurisdictions by their short name."""

from __future__ import annotations

import datetime as dt

from pipeline.extraction.components.dates import parse_dates
from pipeline.extraction.components.events import is_dateline_date
from pipeline.extraction.components.places import jurisdiction
from tests.handbuilt import parse, records
from tests.support import events


def test_ranges_and_lists_split_before_parsing_keep_the_texts_precision():
    """dateparser reads single dates; ranges and year lists are split first."""
    assert parse_dates("9 to 11 April 2025") == [("2025-04-09", "2025-04-11")]
    assert parse_dates("December 30, 2021 to January 2, 2022") == [("2021-12-30", "2022-01-02")]
    assert parse_dates("2023, 2024") == [("2023", "2023"), ("2024", "2024")]
    assert parse_dates("three years") == []


def test_a_range_of_ordinal_days_of_a_month_is_one_range():
    """"from the 11th to the 12th of September 2024": the days, then "of" the month."""
    assert parse_dates("the 11th to the 12th of September 2024") == [("2024-09-11", "2024-09-12")]
    assert parse_dates("3rd-5th of May, 2025") == [("2025-05-03", "2025-05-05")]


def test_a_range_whose_ends_name_their_weekdays_or_join_by_ampersand_is_one_range():
    """"Tuesday, June 3 through Thursday, June 5, 2026", "Wednesday, July 29–Sunday, August 2, 2026",
    "June 3 & 4, 2026": the weekdays are dropped before the range is split."""
    assert parse_dates("Tuesday, June 3 through Thursday, June 5, 2026") == [("2026-06-03", "2026-06-05")]
    assert parse_dates("Wednesday, July 29–Sunday, August 2, 2026") == [("2026-07-29", "2026-08-02")]
    assert parse_dates("June 3 & 4, 2026") == [("2026-06-03", "2026-06-04")]


def test_this_week_is_the_month_of_the_release_that_says_it():
    """"this week’s Consultative Meeting" said on Monday, April 25, 2022 (the week ends on May 1):
    the month of the release date; "next week" keeps the week's own precision."""
    assert parse_dates("this week’s", dt.date(2022, 4, 25), nearest=True) == [("2022-04", "2022-04")]
    assert parse_dates("next week", dt.date(2022, 4, 25), nearest=True) == [("2022-05", "2022-05")]


def test_places_are_named_by_their_short_name_and_a_city_is_no_jurisdiction():
    """A country, a demonym or a U.S. state gives the jurisdiction's short name; a city none."""
    assert [jurisdiction(p) for p in ("U.S.", "the United States", "Nigerian", "Ohio", "UK")] == [
        "United States", "United States", "Nigeria", "Ohio", "United Kingdom"
    ]
    assert jurisdiction("Springfield") is None


DIALOGUE = (
    "The Third U.S.-Vietnam Civil Space Dialogue took place today in Hanoi.",
    """
    0  The          DET   DT  det      5 B-ORG
    1  Third        ADJ   JJ  amod     2 I-ORG
    2  U.S.-Vietnam PROPN NNP compound 5 I-ORG
    3  Civil        ADJ   JJ  compound 4 I-ORG
    4  Space        PROPN NNP compound 5 I-ORG
    5  Dialogue     PROPN NNP nsubj    6 I-ORG
    6  took         VERB  VBD ROOT     6 O
    7  place        NOUN  NN  dobj     6 O
    8  today        NOUN  NN  npadvmod 6 B-DATE
    9  in           ADP   IN  prep     6 O
    10 Hanoi        PROPN NNP pobj     9 B-GPE
    11 .            PUNCT .   punct    6 O
    """,
)


def test_today_is_the_release_date_and_without_one_dates_nothing():
    """"took place today": the meeting's date is the release's; a release without a date has none."""
    assert events(records(parse(*DIALOGUE, published="2022-06-30"))) == {
        ("Third U.S.-Vietnam Civil Space Dialogue", "2022-06-30", "2022-06-30", "Hanoi", None)
    }
    assert records(parse(*DIALOGUE)).events == []


def test_a_planned_meeting_without_a_year_lies_ahead_of_the_release_date():
    """"will host ... on June 10" announced on 5 June 2022 is 10 June 2022, not the June before."""
    release = records(parse(
        "The Northwind Institute will host the Springfield Water Summit on June 10.",
        """
        0  The         DET   DT  det      2  B-ORG
        1  Northwind   PROPN NNP compound 2  I-ORG
        2  Institute   PROPN NNP nsubj    4  I-ORG
        3  will        AUX   MD  aux      4  O
        4  host        VERB  VB  ROOT     4  O
        5  the         DET   DT  det      8  B-ORG
        6  Springfield PROPN NNP compound 8  I-ORG
        7  Water       PROPN NNP compound 8  I-ORG
        8  Summit      PROPN NNP dobj     4  I-ORG
        9  on          ADP   IN  prep     4  O
        10 June        PROPN NNP pobj     9  B-DATE
        11 10          NUM   CD  nummod   10 I-DATE
        12 .           PUNCT .   punct    4  O
        """,
        published="2022-06-05",
    ))
    assert events(release) == {("Springfield Water Summit", "2022-06-10", "2022-06-10", None, "Northwind Institute")}
    assert parse_dates("June 10", dt.date(2022, 6, 5)) == [("2021-06-10", "2021-06-10")]


def test_the_dateline_date_dates_no_meeting():
    """"SPRINGFIELD, IL, May 5, 2025 /Acme Wire/ --": the release's own date, not the Summit's."""
    doc = parse(
        "SPRINGFIELD, IL, May 5, 2025 /Acme Wire/ -- Northwind Labs, organizers of the Springfield Robotics Summit, announced its speakers.",
        """
        0  SPRINGFIELD PROPN NNP  nmod     9  B-GPE
        1  ,           PUNCT ,    punct    0  O
        2  IL          PROPN NNP  appos    0  B-GPE
        3  ,           PUNCT ,    punct    2  O
        4  May         PROPN NNP  appos    0  B-DATE
        5  5           NUM   CD   nummod   4  I-DATE
        6  ,           PUNCT ,    punct    4  I-DATE
        7  2025        NUM   CD   nummod   4  I-DATE
        8  /Acme       PUNCT .    punct    0  O
        9  Wire/       PROPN NNP  nsubj    21 O
        10 --          PUNCT :    punct    9  O
        11 Northwind   PROPN NNP  compound 12 O
        12 Labs        PROPN NNP  nsubj    21 O
        13 ,           PUNCT ,    punct    12 O
        14 organizers  NOUN  NNS  appos    12 O
        15 of          ADP   IN   prep     14 O
        16 the         DET   DT   det      19 B-ORG
        17 Springfield PROPN NNP  compound 19 I-ORG
        18 Robotics    PROPN NNP  compound 19 I-ORG
        19 Summit      PROPN NNP  pobj     15 I-ORG
        20 ,           PUNCT ,    punct    12 O
        21 announced   VERB  VBD  ROOT     21 O
        22 its         PRON  PRP$ poss     23 O
        23 speakers    NOUN  NNS  dobj     21 O
        24 .           PUNCT .    punct    21 O
        """,
    )
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    assert [d.text for d in dates] == ["May 5, 2025"]
    assert is_dateline_date(doc, dates[0])
    assert records(doc).events == []


def test_a_weekday_alone_said_of_what_is_to_come_is_the_next_such_day():
    """"will take place at 17:00, Friday" said on Monday 2 March 2026 is Friday 6 March, not the
    Friday before; the release's own weekday is its own day; said of the past, the last one."""
    monday = dt.date(2026, 3, 2)
    assert parse_dates("17:00, Friday,", monday, nearest=True, ahead=True) == [("2026-03-06", "2026-03-06")]
    assert parse_dates("Monday", monday, nearest=True, ahead=True) == [("2026-03-02", "2026-03-02")]
    assert parse_dates("Friday", monday, nearest=True) == [("2026-02-27", "2026-02-27")]


def test_a_meeting_that_returns_on_a_weekday_lies_ahead():
    """"The Northwind Forum returns on Thursday" (the present tense of taking place) said on Monday
    2 March 2026: Thursday 5 March."""
    release = records(parse(
        "The Northwind Forum returns on Thursday.",
        """
        0 The       DET   DT  det      2 O
        1 Northwind PROPN NNP compound 2 B-ORG
        2 Forum     PROPN NNP nsubj    3 I-ORG
        3 returns   VERB  VBZ ROOT     3 O
        4 on        ADP   IN  prep     3 O
        5 Thursday  PROPN NNP pobj     4 B-DATE
        6 .         PUNCT .   punct    3 O
        """,
        published="2026-03-02",
    ))
    assert events(release) == {("Northwind Forum", "2026-03-05", "2026-03-05", None, None)}


def test_an_invitation_to_attend_a_meeting_plans_it():
    """"Acme invites investors to attend the Northwind Summit on September 10" said in March 2026:
    September 2026 (a planning verb's infinitive), not the nearer September 2025."""
    release = records(parse(
        "Acme invites investors to attend the Northwind Summit on September 10.",
        """
        0  Acme      PROPN NNP nsubj    1  B-ORG
        1  invites   VERB  VBZ ROOT     1  O
        2  investors NOUN  NNS dobj     1  O
        3  to        PART  TO  aux      4  O
        4  attend    VERB  VB  xcomp    1  O
        5  the       DET   DT  det      7  O
        6  Northwind PROPN NNP compound 7  O
        7  Summit    PROPN NNP dobj     4  O
        8  on        ADP   IN  prep     4  O
        9  September PROPN NNP pobj     8  B-DATE
        10 10        NUM   CD  nummod   9  I-DATE
        11 .         PUNCT .   punct    1  O
        """,
        published="2026-03-02",
    ))
    assert events(release) == {("Northwind Summit", "2026-09-10", "2026-09-10", None, None)}


def test_a_meeting_attended_on_a_weekday_lies_behind():
    """Near miss: "Acme attended the Northwind Summit on Thursday" said on Monday 2 March 2026:
    the Thursday before."""
    release = records(parse(
        "Acme attended the Northwind Summit on Thursday.",
        """
        0 Acme      PROPN NNP nsubj    1 B-ORG
        1 attended  VERB  VBD ROOT     1 O
        2 the       DET   DT  det      4 O
        3 Northwind PROPN NNP compound 4 O
        4 Summit    PROPN NNP dobj     1 O
        5 on        ADP   IN  prep     1 O
        6 Thursday  PROPN NNP pobj     5 B-DATE
        7 .         PUNCT .   punct    1 O
        """,
        published="2026-03-02",
    ))
    assert events(release) == {("Northwind Summit", "2026-02-26", "2026-02-26", None, None)}


def test_days_of_a_range_before_the_month_belong_to_the_date():
    """"was held in Lakeview on 12 - 14 May 2025", "from 2–13 June 2025": the model starts the DATE at
    the month; the days before it (one glued token, or two joined by a dash) are the range's."""
    release = records(parse(
        "The Northwind Forum was held in Lakeview on 12 - 14 May 2025.",
        """
        0  The       DET   DT  det       2  O
        1  Northwind PROPN NNP compound  2  O
        2  Forum     PROPN NNP nsubjpass 4  O
        3  was       AUX   VBD auxpass   4  O
        4  held      VERB  VBN ROOT      4  O
        5  in        ADP   IN  prep      4  O
        6  Lakeview  PROPN NNP pobj      5  B-GPE
        7  on        ADP   IN  prep      4  O
        8  12        NUM   CD  nummod    11 B-CARDINAL
        9  -         SYM   SYM punct     10 O
        10 14        NUM   CD  prep      8  O
        11 May       PROPN NNP pobj      7  B-DATE
        12 2025      NUM   CD  nummod    11 I-DATE
        13 .         PUNCT .   punct     4  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == {("Northwind Forum", "2025-05-12", "2025-05-14", "Lakeview", None)}
    release = records(parse(
        "The Northwind Forum will take place in Lakeview from 2–13 June 2025.",
        """
        0  The       DET   DT  det      2  O
        1  Northwind PROPN NNP compound 2  O
        2  Forum     PROPN NNP nsubj    4  O
        3  will      AUX   MD  aux      4  O
        4  take      VERB  VB  ROOT     4  O
        5  place     NOUN  NN  dobj     4  O
        6  in        ADP   IN  prep     4  O
        7  Lakeview  PROPN NNP pobj     6  B-GPE
        8  from      ADP   IN  prep     4  O
        9  2–13      PROPN NNP pobj     8  O
        10 June      PROPN NNP npadvmod 9  B-DATE
        11 2025      NUM   CD  nummod   10 I-DATE
        12 .         PUNCT .   punct    4  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == {("Northwind Forum", "2025-06-02", "2025-06-13", "Lakeview", None)}


def test_a_date_the_model_ran_over_a_calendar_lines_colon_ends_before_it():
    """"March 4-6, 2025: Northwind Summit, Lakeview": the colon is the calendar line's mark, not the date's."""
    release = records(parse(
        "March 4-6, 2025: Northwind Summit, Lakeview",
        """
        0  March     PROPN NNP ROOT     0  B-DATE
        1  4         NUM   CD  nummod   0  I-DATE
        2  -         SYM   SYM punct    3  I-DATE
        3  6         NUM   CD  prep     0  I-DATE
        4  ,         PUNCT ,   punct    0  I-DATE
        5  2025      NUM   CD  nummod   0  I-DATE
        6  :         PUNCT :   punct    0  I-DATE
        7  Northwind PROPN NNP compound 8  B-ORG
        8  Summit    PROPN NNP appos    0  I-ORG
        9  ,         PUNCT ,   punct    8  O
        10 Lakeview  PROPN NNP appos    8  B-GPE
        """,
        published="2025-01-15",
    ))
    assert {(e[0], e[1], e[2]) for e in events(release)} == {("Northwind Summit", "2025-03-04", "2025-03-06")}


def test_a_month_glued_to_the_word_before_it_is_still_read_as_a_date():
    """"2026June 10", "FrankfurtMay 6": a calendar whose line breaks were lost glues each date's
    month to the line before; the date is read without that word. Not a month inside a word of
    its own ("Informal May 5" names no glued month)."""
    anchor = dt.date(2026, 3, 26)
    assert parse_dates("2026June 10", anchor, nearest=True) == [("2026-06-10", "2026-06-10")]
    assert parse_dates("FrankfurtMay 6", anchor, nearest=True) == [("2026-05-06", "2026-05-06")]
