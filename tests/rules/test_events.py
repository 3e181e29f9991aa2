"""Events (pipeline/extraction/components/events.py) on hand-built parses: a meeting's name
(edition words, "of the ..." complements, numbered lower-case meetings), the date that dates
it, its place, its host, and names that are no dated meeting."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import events


def test_a_named_meeting_held_on_dates_in_a_city_is_an_event():
    """"the Fifth Annual Nairobi Forum, held October 12-14 in Nairobi": the year comes from the release date."""
    release = records(parse(
        "The Fifth Annual Nairobi Forum, held October 12-14 in Nairobi, drew delegates.",
        """
        0  The       DET   DT  det      4  O
        1  Fifth     PROPN NNP compound 4  B-ORDINAL
        2  Annual    PROPN NNP compound 4  B-DATE
        3  Nairobi   PROPN NNP compound 4  B-ORG
        4  Forum     PROPN NNP nsubj    14 I-ORG
        5  ,         PUNCT ,   punct    4  O
        6  held      VERB  VBD acl      4  O
        7  October   PROPN NNP npadvmod 6  B-DATE
        8  12        NUM   CD  nummod   7  I-DATE
        9  -         SYM   SYM punct    10 I-DATE
        10 14        NUM   CD  prep     7  I-DATE
        11 in        ADP   IN  prep     6  O
        12 Nairobi   PROPN NNP pobj     11 B-GPE
        13 ,         PUNCT ,   punct    4  O
        14 drew      VERB  VBD ROOT     14 O
        15 delegates NOUN  NNS dobj     14 O
        16 .         PUNCT .   punct    14 O
        """,
        published="2022-10-01",
    ))
    assert events(release) == {("Fifth Annual Nairobi Forum", "2022-10-12", "2022-10-14", "Nairobi", None)}
    assert [e.mention for e in release.events[0].evidence] == ["Fifth Annual Nairobi Forum", "October 12-14"]


def test_a_meeting_name_without_a_date_is_no_event():
    """Near miss: a meeting named but not dated is no record."""
    release = records(parse(
        "The Nairobi Forum drew delegates.",
        """
        0 The       DET   DT  det      2 O
        1 Nairobi   PROPN NNP compound 2 B-ORG
        2 Forum     PROPN NNP nsubj    3 I-ORG
        3 drew      VERB  VBD ROOT     3 O
        4 delegates NOUN  NNS dobj     3 O
        5 .         PUNCT .   punct    3 O
        """,
        published="2022-10-01",
    ))
    assert release.events == []


def test_hosted_by_an_organization_gives_the_event_its_host():
    """"... Dialogue was hosted by the African Union Commission on March 11, 2022 in Addis Ababa"."""
    release = records(parse(
        "The Eighth Annual U.S.-AUC High-Level Dialogue was hosted by the African Union Commission on March 11, 2022 in Addis Ababa.",
        """
        0  The        DET   DT   det       7  O
        1  Eighth     PROPN NNP  nmod      3  B-ORDINAL
        2  Annual     PROPN NNP  nmod      3  O
        3  U.S.-AUC   PROPN NNP  nmod      7  O
        4  High       ADJ   JJ   compound  6  O
        5  -          PUNCT HYPH punct     6  O
        6  Level      PROPN NNP  compound  7  O
        7  Dialogue   PROPN NNP  nsubjpass 9  O
        8  was        AUX   VBD  auxpass   9  O
        9  hosted     VERB  VBN  ROOT      9  O
        10 by         ADP   IN   agent     9  O
        11 the        DET   DT   det       14 B-ORG
        12 African    PROPN NNP  compound  13 I-ORG
        13 Union      PROPN NNP  compound  14 I-ORG
        14 Commission PROPN NNP  pobj      10 I-ORG
        15 on         ADP   IN   prep      9  O
        16 March      PROPN NNP  pobj      15 B-DATE
        17 11         NUM   CD   nummod    16 I-DATE
        18 ,          PUNCT ,    punct     16 I-DATE
        19 2022       NUM   CD   appos     16 I-DATE
        20 in         ADP   IN   prep      16 O
        21 Addis      PROPN NNP  compound  22 B-GPE
        22 Ababa      PROPN NNP  pobj      20 I-GPE
        23 .          PUNCT .    punct     9  O
        """,
    ))
    assert events(release) == {("Eighth Annual U.S.-AUC High-Level Dialogue", "2022-03-11", "2022-03-11", "Addis Ababa", "African Union Commission")}


def test_an_of_the_complement_after_the_meeting_word_is_part_of_the_name():
    """"the Summit of the Americas": "Summit" alone names nothing, its complement does."""
    release = records(parse(
        "The Summit of the Americas opened on June 8, 2022 in Los Angeles.",
        """
        0  The      DET   DT   det      1  O
        1  Summit   PROPN NNP  nsubj    5  O
        2  of       ADP   IN   prep     1  O
        3  the      DET   DT   det      4  O
        4  Americas PROPN NNPS pobj     2  B-LOC
        5  opened   VERB  VBD  ROOT     5  O
        6  on       ADP   IN   prep     5  O
        7  June     PROPN NNP  pobj     6  B-DATE
        8  8        NUM   CD   nummod   7  I-DATE
        9  ,        PUNCT ,    punct    7  I-DATE
        10 2022     NUM   CD   appos    7  I-DATE
        11 in       ADP   IN   prep     5  O
        12 Los      PROPN NNP  compound 13 B-GPE
        13 Angeles  PROPN NNP  pobj     11 I-GPE
        14 .        PUNCT .    punct    5  O
        """,
    ))
    assert events(release) == {("Summit of the Americas", "2022-06-08", "2022-06-08", "Los Angeles", None)}


def test_a_numbered_lower_case_meeting_of_a_body_is_named_with_its_body():
    """"the 25th plenary meeting of the Council of Governors", dated by the sentence's opening date."""
    release = records(parse(
        "On Wednesday, July 13, 2022, senior officials participated in the 25th plenary meeting of the Council of Governors.",
        """
        0  On           ADP   IN   prep   10 O
        1  Wednesday    PROPN NNP  pobj   0  B-DATE
        2  ,            PUNCT ,    punct  1  I-DATE
        3  July         PROPN NNP  appos  1  I-DATE
        4  13           NUM   CD   nummod 3  I-DATE
        5  ,            PUNCT ,    punct  3  I-DATE
        6  2022         NUM   CD   nummod 3  I-DATE
        7  ,            PUNCT ,    punct  10 O
        8  senior       ADJ   JJ   amod   9  O
        9  officials    NOUN  NNS  nsubj  10 O
        10 participated VERB  VBD  ROOT   10 O
        11 in           ADP   IN   prep   10 O
        12 the          DET   DT   det    15 O
        13 25th         ADJ   JJ   amod   15 B-ORDINAL
        14 plenary      ADJ   JJ   amod   15 O
        15 meeting      NOUN  NN   pobj   11 O
        16 of           ADP   IN   prep   15 O
        17 the          DET   DT   det    18 B-ORG
        18 Council      PROPN NNP  pobj   16 I-ORG
        19 of           ADP   IN   prep   18 I-ORG
        20 Governors    PROPN NNPS pobj   19 I-ORG
        21 .            PUNCT .    punct  10 O
        """,
    ))
    assert events(release) == {("25th plenary meeting of the Council of Governors", "2022-07-13", "2022-07-13", None, None)}


def test_a_conference_that_adopts_is_an_organization_not_an_event():
    """Near miss: "The International Labour Conference adopted ..." in 2022 is the body acting, not a meeting dated 2022."""
    release = records(parse(
        "The International Labour Conference adopted the definition in 2022.",
        """
        0 The           DET   DT  det      3 B-ORG
        1 International PROPN NNP compound 3 I-ORG
        2 Labour        PROPN NNP compound 3 I-ORG
        3 Conference    PROPN NNP nsubj    4 I-ORG
        4 adopted       VERB  VBD ROOT     4 O
        5 the           DET   DT  det      6 O
        6 definition    NOUN  NN  dobj     4 O
        7 in            ADP   IN  prep     4 O
        8 2022          NUM   CD  pobj     7 B-DATE
        9 .             PUNCT .   punct    4 O
        """,
    ))
    assert release.events == []
    assert [o.name for o in release.organizations] == ["International Labour Conference"]


def test_the_event_named_again_in_the_next_sentence_gives_its_date():
    """"The Northwind Forum opens a new series. The three-day event will be held May 5-7, 2026 in Lyon." (the date tagged whole;
    the place on the verb of taking place too: events.anaphor_location)."""
    release = records(parse(
        "The Northwind Forum opens a new series. The three-day event will be held May 5-7, 2026 in Lyon.",
        """
        0  The       DET   DT   det       2  O
        1  Northwind PROPN NNP  compound  2  O
        2  Forum     PROPN NNP  nsubj     3  O
        3  opens     VERB  VBZ  ROOT      3  O
        4  a         DET   DT   det       6  O
        5  new       ADJ   JJ   amod      6  O
        6  series    NOUN  NN   dobj      3  O
        7  .         PUNCT .    punct     3  O
        8  The       DET   DT   det       12 O
        9  three     NUM   CD   nummod    11 B-DATE
        10 -         PUNCT HYPH punct     11 I-DATE
        11 day       NOUN  NN   compound  12 I-DATE
        12 event     NOUN  NN   nsubjpass 15 O
        13 will      AUX   MD   aux       15 O
        14 be        AUX   VB   auxpass   15 O
        15 held      VERB  VBN  ROOT      15 O
        16 May       PROPN NNP  npadvmod  15 B-DATE
        17 5         NUM   CD   nummod    16 I-DATE
        18 -         SYM   SYM  punct     19 I-DATE
        19 7         NUM   CD   prep      16 I-DATE
        20 ,         PUNCT ,    punct     16 I-DATE
        21 2026      NUM   CD   nummod    16 I-DATE
        22 in        ADP   IN   prep      15 O
        23 Lyon      PROPN NNP  pobj      22 B-GPE
        24 .         PUNCT .    punct     15 O
        """,
    ))
    assert events(release) == {("Northwind Forum", "2026-05-05", "2026-05-07", "Lyon", None)}


def test_a_date_right_after_the_name_dates_the_meeting_wherever_the_parser_hung_it():
    """"sessions on debt, equity, and a two-day Northwind Energy Forum on Tuesday 4th and Wednesday 5th
    June": the date follows the name (the parser hung it on "equity"); its two parts are one range."""
    release = records(parse(
        "Acme Corp. offers sessions on debt, equity, and a two-day Northwind Energy Forum on Tuesday 4th and Wednesday 5th June.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  offers        VERB  VBZ  ROOT      2  O
        3  sessions      NOUN  NNS  dobj      2  O
        4  on            ADP   IN   prep      3  O
        5  debt          NOUN  NN   pobj      4  O
        6  ,             PUNCT ,    punct     5  O
        7  equity        NOUN  NN   conj      5  O
        8  ,             PUNCT ,    punct     7  O
        9  and           CCONJ CC   cc        7  O
        10 a             DET   DT   det       16 O
        11 two           NUM   CD   nummod    13 B-DATE
        12 -             PUNCT HYPH punct     13 I-DATE
        13 day           NOUN  NN   compound  16 I-DATE
        14 Northwind     PROPN NNP  compound  15 B-ORG
        15 Energy        PROPN NNP  compound  16 I-ORG
        16 Forum         PROPN NNP  conj      7  I-ORG
        17 on            ADP   IN   prep      7  O
        18 Tuesday       PROPN NNP  compound  19 B-DATE
        19 4th           NOUN  NN   pobj      17 I-DATE
        20 and           CCONJ CC   cc        19 O
        21 Wednesday     PROPN NNP  compound  23 B-DATE
        22 5th           ADJ   JJ   amod      23 I-DATE
        23 June          PROPN NNP  conj      19 I-DATE
        24 .             PUNCT .    punct     2  O
        """,
        published="2024-03-25",
    ))
    assert events(release) == {("Northwind Energy Forum", "2024-06-04", "2024-06-05", None, None)}


def test_a_lower_case_event_after_a_name_of_two_words_is_a_named_meeting():
    """"the Northwind Builder Night event on May 5, 2025": the name before "event" names the meeting."""
    release = records(parse(
        "Acme Corp. will hold the Northwind Builder Night event on May 5, 2025 in Lisbon.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     3  I-ORG
        2  will          AUX   MD   aux       3  O
        3  hold          VERB  VB   ROOT      3  O
        4  the           DET   DT   det       8  B-ORG
        5  Northwind     PROPN NNP  compound  6  I-ORG
        6  Builder       PROPN NNP  compound  7  I-ORG
        7  Night         PROPN NNP  compound  8  I-ORG
        8  event         NOUN  NN   dobj      3  O
        9  on            ADP   IN   prep      3  O
        10 May           PROPN NNP  pobj      9  B-DATE
        11 5             NUM   CD   nummod    10 I-DATE
        12 ,             PUNCT ,    punct     10 I-DATE
        13 2025          NUM   CD   appos     10 I-DATE
        14 in            ADP   IN   prep      10 O
        15 Lisbon        PROPN NNP  pobj      14 B-GPE
        16 .             PUNCT .    punct     3  O
        """,
        published="2024-03-25",
    ))
    assert events(release) == {("Northwind Builder Night event", "2025-05-05", "2025-05-05", "Lisbon", "Acme Corp.")}


def test_an_event_after_one_capitalized_word_is_an_organizers_not_a_named_meeting():
    """Near miss: "an exclusive Zorblax event in January 2025": one word (an organizer or brand) names no meeting."""
    release = records(parse(
        "Patrice Zorbel will attend an exclusive Zorblax event in January 2025 in Lisbon.",
        """
        0  Patrice       PROPN NNP  compound  1  O
        1  Zorbel        PROPN NNP  nsubj     3  O
        2  will          AUX   MD   aux       3  O
        3  attend        VERB  VB   ROOT      3  O
        4  an            DET   DT   det       7  O
        5  exclusive     ADJ   JJ   amod      7  O
        6  Zorblax       PROPN NNP  compound  7  B-GPE
        7  event         NOUN  NN   dobj      3  O
        8  in            ADP   IN   prep      3  O
        9  January       PROPN NNP  pobj      8  B-DATE
        10 2025          NUM   CD   nummod    9  I-DATE
        11 in            ADP   IN   prep      3  O
        12 Lisbon        PROPN NNP  pobj      11 B-GPE
        13 .             PUNCT .    punct     3  O
        """,
        published="2024-03-25",
    ))
    assert events(release) == set()


def test_a_name_that_will_be_held_on_a_date_is_a_meeting_dated_more_precisely():
    """"the Northwind Summit in 2025 ... The Northwind Summit will be held March 13": the subject of "be
    held" is a meeting even where it reads as an organization, and its day refines the year."""
    release = records(parse(
        "Acme Corp. will sponsor the Northwind Summit in 2025. The Northwind Summit will be held March 13 in Springfield.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     3  I-ORG
        2  will          AUX   MD   aux       3  O
        3  sponsor       VERB  VB   ROOT      3  O
        4  the           DET   DT   det       6  B-ORG
        5  Northwind     PROPN NNP  compound  6  I-ORG
        6  Summit        PROPN NNP  dobj      3  I-ORG
        7  in            ADP   IN   prep      3  O
        8  2025          NUM   CD   pobj      7  B-DATE
        9  .             PUNCT .    punct     3  O
        10 The           DET   DT   det       12 B-ORG
        11 Northwind     PROPN NNP  compound  12 I-ORG
        12 Summit        PROPN NNP  nsubjpass 15 I-ORG
        13 will          AUX   MD   aux       15 O
        14 be            AUX   VB   auxpass   15 O
        15 held          VERB  VBN  ROOT      15 O
        16 March         PROPN NNP  npadvmod  15 B-DATE
        17 13            NUM   CD   nummod    16 I-DATE
        18 in            ADP   IN   prep      15 O
        19 Springfield   PROPN NNP  pobj      18 B-GPE
        20 .             PUNCT .    punct     15 O
        """,
        published="2025-02-24",
    ))
    assert events(release) == {("Northwind Summit", "2025-03-13", "2025-03-13", "Springfield", None)}


def test_a_summit_that_announces_keeps_its_own_date_not_the_announcements():
    """Near miss: "The Northwind Summit announced its speakers on March 13": an organizer acting, not the meeting held."""
    release = records(parse(
        "Acme Corp. will sponsor the Northwind Summit in 2025. The Northwind Summit announced its speakers on March 13.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     3  I-ORG
        2  will          AUX   MD   aux       3  O
        3  sponsor       VERB  VB   ROOT      3  O
        4  the           DET   DT   det       6  B-ORG
        5  Northwind     PROPN NNP  compound  6  I-ORG
        6  Summit        PROPN NNP  dobj      3  I-ORG
        7  in            ADP   IN   prep      3  O
        8  2025          NUM   CD   pobj      7  B-DATE
        9  .             PUNCT .    punct     3  O
        10 The           DET   DT   det       12 B-ORG
        11 Northwind     PROPN NNP  compound  12 I-ORG
        12 Summit        PROPN NNP  nsubj     13 I-ORG
        13 announced     VERB  VBD  ROOT      13 O
        14 its           PRON  PRP$ poss      15 O
        15 speakers      NOUN  NNS  dobj      13 O
        16 on            ADP   IN   prep      13 O
        17 March         PROPN NNP  pobj      16 B-DATE
        18 13            NUM   CD   nummod    17 I-DATE
        19 .             PUNCT .    punct     13 O
        """,
        published="2025-02-24",
    ))
    assert events(release) == {("Northwind Summit", "2025", "2025", None, None)}


def test_a_name_that_will_take_place_on_a_date_is_a_meeting():
    """"The Northwind Summit will take place March 13": "take place" (patterns/event_occurrence_verbs.jsonl) says a meeting happens."""
    release = records(parse(
        "Acme Corp. will sponsor the Northwind Summit in 2025. The Northwind Summit will take place March 13 in Springfield.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     3  I-ORG
        2  will          AUX   MD   aux       3  O
        3  sponsor       VERB  VB   ROOT      3  O
        4  the           DET   DT   det       6  B-ORG
        5  Northwind     PROPN NNP  compound  6  I-ORG
        6  Summit        PROPN NNP  dobj      3  I-ORG
        7  in            ADP   IN   prep      3  O
        8  2025          NUM   CD   pobj      7  B-DATE
        9  .             PUNCT .    punct     3  O
        10 The           DET   DT   det       12 B-ORG
        11 Northwind     PROPN NNP  compound  12 I-ORG
        12 Summit        PROPN NNP  nsubj     14 I-ORG
        13 will          AUX   MD   aux       14 O
        14 take          VERB  VB   ROOT      14 O
        15 place         NOUN  NN   dobj      14 O
        16 March         PROPN NNP  npadvmod  14 B-DATE
        17 13            NUM   CD   nummod    16 I-DATE
        18 in            ADP   IN   prep      14 O
        19 Springfield   PROPN NNP  pobj      18 B-GPE
        20 .             PUNCT .    punct     14 O
        """,
        published="2025-02-24",
    ))
    assert events(release) == {("Northwind Summit", "2025-03-13", "2025-03-13", "Springfield", None)}


def test_a_month_after_in_right_after_the_name_dates_the_meeting_wherever_the_parser_hung_it():
    """"building on commitments ahead of the Northwind Climate Conference in November": the parser
    hangs "in November" on the verb; the meeting is planned ("ahead of"), so it is the coming November."""
    release = records(parse(
        "They build on commitments ahead of the Northwind Climate Conference in November.",
        """
        0  They        PRON  PRP nsubj    1  O
        1  build       VERB  VBP ROOT     1  O
        2  on          ADP   IN  prep     1  O
        3  commitments NOUN  NNS pobj     2  O
        4  ahead       ADV   RB  advmod   1  O
        5  of          ADP   IN  prep     4  O
        6  the         DET   DT  det      9  O
        7  Northwind   PROPN NNP compound 9  O
        8  Climate     PROPN NNP compound 9  O
        9  Conference  PROPN NNP pobj     5  O
        10 in          ADP   IN  prep     1  O
        11 November    PROPN NNP pobj     10 B-DATE
        12 .           PUNCT .   punct    1  O
        """,
        published="2022-03-31",
    ))
    assert events(release) == {("Northwind Climate Conference", "2022-11", "2022-11", None, None)}


def test_a_date_set_off_by_a_comma_after_the_name_dates_the_meeting():
    """"The Northwind Conference, January 28-30 in Atlantic City, New Jersey, is ...": the date and the
    place (every word of the state) between commas are the meeting's."""
    release = records(parse(
        "The Northwind Conference, January 28-30 in Atlantic City, New Jersey, is the largest event.",
        """
        0  The        DET   DT  det      2  O
        1  Northwind  PROPN NNP compound 2  O
        2  Conference PROPN NNP nsubj    16 O
        3  ,          PUNCT ,   punct    2  O
        4  January    PROPN NNP compound 5  B-DATE
        5  28-30      NUM   CD  appos    2  I-DATE
        6  in         ADP   IN  prep     5  O
        7  Atlantic   PROPN NNP compound 8  B-GPE
        8  City       PROPN NNP pobj     6  I-GPE
        9  ,          PUNCT ,   punct    8  O
        10 New        PROPN NNP compound 11 B-GPE
        11 Jersey     PROPN NNP appos    8  I-GPE
        12 ,          PUNCT ,   punct    2  O
        13 is         AUX   VBZ ROOT     13 O
        14 the        DET   DT  det      16 O
        15 largest    ADJ   JJS amod     16 O
        16 event      NOUN  NN  attr     13 O
        17 .          PUNCT .   punct    13 O
        """,
        published="2025-01-10",
    ))
    assert events(release) == {("Northwind Conference", "2025-01-28", "2025-01-30", "Atlantic City, New Jersey", None)}


def test_online_said_of_another_noun_makes_no_meeting_virtual():
    """Near miss: "the Northwind Summit in September this year, to address online harassment": the
    summit is dated (a month of this year) but not held online."""
    release = records(parse(
        "We join the Northwind Summit in September this year to address online harassment.",
        """
        0  We         PRON  PRP nsubj    1  O
        1  join       VERB  VBP ROOT     1  O
        2  the        DET   DT  det      4  O
        3  Northwind  PROPN NNP compound 4  O
        4  Summit     PROPN NNP dobj     1  O
        5  in         ADP   IN  prep     1  O
        6  September  PROPN NNP pobj     5  B-DATE
        7  this       DET   DT  det      8  I-DATE
        8  year       NOUN  NN  npadvmod 6  I-DATE
        9  to         PART  TO  aux      10 O
        10 address    VERB  VB  advcl    1  O
        11 online     ADJ   JJ  amod     12 O
        12 harassment NOUN  NN  dobj     10 O
        13 .          PUNCT .   punct    1  O
        """,
        published="2022-05-31",
    ))
    assert events(release) == {("Northwind Summit", "2022-09", "2022-09", None, None)}


def test_taking_place_after_a_comma_dates_the_meeting_over_an_edition_year():
    """"this year's Northwind Forum ... recognized at the Northwind Forum, taking place Nov. 18-20,
    2025": the days set off after the comma date the meeting better than "this year's"."""
    release = records(parse(
        "This year's Northwind Forum grows. Honorees meet at the Northwind Forum, taking place Nov. 18-20, 2025.",
        """
        0  This      DET   DT  det      1  B-DATE
        1  year      NOUN  NN  poss     4  I-DATE
        2  's        PART  POS case     1  I-DATE
        3  Northwind PROPN NNP compound 4  O
        4  Forum     PROPN NNP nsubj    5  O
        5  grows     VERB  VBZ ROOT     5  O
        6  .         PUNCT .   punct    5  O
        7  Honorees  NOUN  NNS nsubj    8  O
        8  meet      VERB  VBP ROOT     8  O
        9  at        ADP   IN  prep     8  O
        10 the       DET   DT  det      12 O
        11 Northwind PROPN NNP compound 12 O
        12 Forum     PROPN NNP pobj     9  O
        13 ,         PUNCT ,   punct    8  O
        14 taking    VERB  VBG advcl    8  O
        15 place     NOUN  NN  dobj     14 O
        16 Nov.      PROPN NNP npadvmod 14 B-DATE
        17 18-20     NUM   CD  nummod   16 I-DATE
        18 ,         PUNCT ,   punct    16 I-DATE
        19 2025      NUM   CD  nummod   16 I-DATE
        20 .         PUNCT .   punct    8  O
        """,
        published="2025-10-01",
    ))
    assert events(release) == {("Northwind Forum", "2025-11-18", "2025-11-20", None, None)}


def test_a_date_of_the_noun_the_name_modifies_dates_the_meeting():
    """"announced the Northwind Summit agenda for April 29-30, 2025": the agenda's dates are the summit's."""
    release = records(parse(
        "Acme announced the Northwind Summit agenda for April 29-30, 2025.",
        """
        0  Acme      PROPN NNP nsubj    1  B-ORG
        1  announced VERB  VBD ROOT     1  O
        2  the       DET   DT  det      5  O
        3  Northwind PROPN NNP compound 4  O
        4  Summit    PROPN NNP compound 5  O
        5  agenda    NOUN  NN  dobj     1  O
        6  for       ADP   IN  prep     5  O
        7  April     PROPN NNP pobj     6  B-DATE
        8  29-30     NUM   CD  nummod   7  I-DATE
        9  ,         PUNCT ,   punct    7  I-DATE
        10 2025      NUM   CD  nummod   7  I-DATE
        11 .         PUNCT .   punct    1  O
        """,
        published="2025-01-30",
    ))
    assert events(release) == {("Northwind Summit", "2025-04-29", "2025-04-30", None, None)}


def test_a_planned_meeting_with_its_edition_year_keeps_that_year():
    """"Acme will present at the Northwind 2025 Conference on May 18", said in June 2025: the
    edition's year, not next year's May."""
    release = records(parse(
        "Acme will present at the Northwind 2025 Conference on May 18.",
        """
        0  Acme       PROPN NNP nsubj    2  B-ORG
        1  will       AUX   MD  aux      2  O
        2  present    VERB  VB  ROOT     2  O
        3  at         ADP   IN  prep     2  O
        4  the        DET   DT  det      7  O
        5  Northwind  PROPN NNP compound 7  O
        6  2025       NUM   CD  nummod   7  B-DATE
        7  Conference PROPN NNP pobj     3  O
        8  on         ADP   IN  prep     2  O
        9  May        PROPN NNP pobj     8  B-DATE
        10 18         NUM   CD  nummod   9  I-DATE
        11 .          PUNCT .   punct    2  O
        """,
        published="2025-06-02",
    ))
    assert events(release) == {("Northwind 2025 Conference", "2025-05-18", "2025-05-18", None, None)}


def test_a_finer_date_after_the_name_wins_over_a_nearer_edition_year():
    """"Acme took part as a sponsor in the Northwind Summit at Nordcon 2024 in Lyon, on November 11,
    2024": the nearer "2024" (another name's edition year, in the name's subtree) only gives the
    year; the day that follows within it dates the meeting."""
    release = records(parse(
        "Acme participated as a Sponsor in the Northwind Summit at Nordcon 2024 in Lyon, on November 11, 2024.",
        """
        0  Acme         PROPN NNP nsubj    1  B-ORG
        1  participated VERB  VBD ROOT     1  O
        2  as           ADP   IN  prep     1  O
        3  a            DET   DT  det      4  O
        4  Sponsor      PROPN NNP pobj     2  O
        5  in           ADP   IN  prep     4  O
        6  the          DET   DT  det      8  O
        7  Northwind    PROPN NNP compound 8  O
        8  Summit       PROPN NNP pobj     5  O
        9  at           ADP   IN  prep     8  O
        10 Nordcon      PROPN NNP pobj     9  O
        11 2024         NUM   CD  nummod   10 B-DATE
        12 in           ADP   IN  prep     8  O
        13 Lyon         PROPN NNP pobj     12 B-GPE
        14 ,            PUNCT ,   punct    1  O
        15 on           ADP   IN  prep     1  O
        16 November     PROPN NNP pobj     15 B-DATE
        17 11           NUM   CD  nummod   16 I-DATE
        18 ,            PUNCT ,   punct    16 I-DATE
        19 2024         NUM   CD  nummod   16 I-DATE
        20 .            PUNCT .   punct    1  O
        """,
        published="2024-12-02",
    ))
    assert ("Northwind Summit", "2024-11-11", "2024-11-11", "Lyon", None) in events(release)


def test_an_opening_participle_dates_the_meeting_that_is_its_sentences_subject():
    """"Scheduled for May 18-19 in Lyon, the Northwind Summit will bring together ...": the opening
    participle says what the subject is; its date is the meeting's."""
    release = records(parse(
        "Scheduled for May 18-19 in Lyon, the Northwind Summit will bring together leaders.",
        """
        0  Scheduled VERB  VBN advcl    13 O
        1  for       ADP   IN  prep     0  O
        2  May       PROPN NNP pobj     1  B-DATE
        3  18        NUM   CD  nummod   2  I-DATE
        4  -         SYM   SYM punct    5  I-DATE
        5  19        NUM   CD  prep     2  I-DATE
        6  in        ADP   IN  prep     2  O
        7  Lyon      PROPN NNP pobj     6  B-GPE
        8  ,         PUNCT ,   punct    13 O
        9  the       DET   DT  det      10 O
        10 Northwind PROPN NNP compound 11 O
        11 Summit    PROPN NNP nsubj    13 O
        12 will      AUX   MD  aux      13 O
        13 bring     VERB  VB  ROOT     13 O
        14 together  ADV   RB  advmod   13 O
        15 leaders   NOUN  NNS dobj     13 O
        16 .         PUNCT .   punct    13 O
        """,
        published="2024-10-01",
    ))
    assert events(release) == {("Northwind Summit", "2025-05-18", "2025-05-19", None, None)}


def test_a_longer_name_dated_only_by_its_edition_year_is_the_shorter_names_dated_meeting():
    """"The Northwind Forum 2025 opens May 5-7, 2025. Acme joins the Nordic Northwind Forum 2025.": the
    longer name, dated only by its year, is the meeting the shorter name dates to the day."""
    release = records(parse(
        "The Northwind Forum 2025 opens May 5-7, 2025. Acme joins the Nordic Northwind Forum 2025.",
        """
        0  The       DET   DT  det      2  O
        1  Northwind PROPN NNP compound 2  O
        2  Forum     PROPN NNP nsubj    4  O
        3  2025      NUM   CD  nummod   2  B-DATE
        4  opens     VERB  VBZ ROOT     4  O
        5  May       PROPN NNP npadvmod 4  B-DATE
        6  5         NUM   CD  nummod   5  I-DATE
        7  -         SYM   SYM punct    8  I-DATE
        8  7         NUM   CD  prep     5  I-DATE
        9  ,         PUNCT ,   punct    5  I-DATE
        10 2025      NUM   CD  nummod   5  I-DATE
        11 .         PUNCT .   punct    4  O
        12 Acme      PROPN NNP nsubj    13 B-ORG
        13 joins     VERB  VBZ ROOT     13 O
        14 the       DET   DT  det      17 O
        15 Nordic    PROPN NNP compound 17 O
        16 Northwind PROPN NNP compound 17 O
        17 Forum     PROPN NNP dobj     13 O
        18 2025      NUM   CD  nummod   17 B-DATE
        19 .         PUNCT .   punct    13 O
        """,
        published="2025-04-01",
    ))
    assert events(release) == {("Northwind Forum 2025", "2025-05-05", "2025-05-07", None, None)}


def test_a_short_form_in_parentheses_names_the_meeting_again_and_dates_it():
    """"The Northwind Surgery Conference 2026 (NSC 2026) returns. On April 9-11, 2026, Acme is
    hosting NSC 2026 in Delhi.": the short form is the meeting's; its later dates date it."""
    release = records(parse(
        "The Northwind Surgery Conference 2026 (NSC 2026) returns. On April 9-11, 2026, Acme is hosting NSC 2026 in Delhi.",
        """
        0  The        DET   DT    det      3  O
        1  Northwind  PROPN NNP   compound 3  O
        2  Surgery    PROPN NNP   compound 3  O
        3  Conference PROPN NNP   nsubj    9  O
        4  2026       NUM   CD    nummod   3  B-DATE
        5  (          PUNCT -LRB- punct    6  O
        6  NSC        PROPN NNP   appos    3  B-ORG
        7  2026       NUM   CD    nummod   6  B-DATE
        8  )          PUNCT -RRB- punct    6  O
        9  returns    VERB  VBZ   ROOT     9  O
        10 .          PUNCT .     punct    9  O
        11 On         ADP   IN    prep     21 O
        12 April      PROPN NNP   pobj     11 B-DATE
        13 9          NUM   CD    nummod   12 I-DATE
        14 -          SYM   SYM   punct    15 I-DATE
        15 11         NUM   CD    prep     12 I-DATE
        16 ,          PUNCT ,     punct    12 I-DATE
        17 2026       NUM   CD    nummod   12 I-DATE
        18 ,          PUNCT ,     punct    21 O
        19 Acme       PROPN NNP   nsubj    21 B-ORG
        20 is         AUX   VBZ   aux      21 O
        21 hosting    VERB  VBG   ROOT     21 O
        22 NSC        PROPN NNP   dobj     21 B-ORG
        23 2026       NUM   CD    nummod   22 B-DATE
        24 in         ADP   IN    prep     21 O
        25 Delhi      PROPN NNP   pobj     24 B-GPE
        26 .          PUNCT .     punct    21 O
        """,
        published="2026-03-18",
    ))
    assert {(e[0], e[1], e[2]) for e in events(release)} == {("Northwind Surgery Conference 2026", "2026-04-09", "2026-04-11")}


def test_an_edition_year_before_a_bare_meeting_word_names_the_meeting_again():
    """"the Northwind Summit (NW Summit), taking place March 12, 2026 ... The 2026 Summit takes
    place March 12-13, 2026": no new meeting "2026 Summit"; the short form's sentence names the same
    one, and the later days within its date date it."""
    release = records(parse(
        "Teams meet at the Northwind Summit (NW Summit), taking place March 12, 2026. The NW Summit grows. The 2026 Summit takes place March 12-13, 2026.",
        """
        0  Teams     NOUN  NNS   nsubj    1  O
        1  meet      VERB  VBP   ROOT     1  O
        2  at        ADP   IN    prep     1  O
        3  the       DET   DT    det      5  O
        4  Northwind PROPN NNP   compound 5  O
        5  Summit    PROPN NNP   pobj     2  O
        6  (         PUNCT -LRB- punct    8  O
        7  NW        PROPN NNP   compound 8  O
        8  Summit    PROPN NNP   appos    5  O
        9  )         PUNCT -RRB- punct    8  O
        10 ,         PUNCT ,     punct    1  O
        11 taking    VERB  VBG   advcl    1  O
        12 place     NOUN  NN    dobj     11 O
        13 March     PROPN NNP   npadvmod 11 B-DATE
        14 12        NUM   CD    nummod   13 I-DATE
        15 ,         PUNCT ,     punct    13 I-DATE
        16 2026      NUM   CD    nummod   13 I-DATE
        17 .         PUNCT .     punct    1  O
        18 The       DET   DT    det      20 O
        19 NW        PROPN NNP   compound 20 O
        20 Summit    PROPN NNP   nsubj    21 O
        21 grows     VERB  VBZ   ROOT     21 O
        22 .         PUNCT .     punct    21 O
        23 The       DET   DT    det      25 O
        24 2026      NUM   CD    nummod   25 B-DATE
        25 Summit    PROPN NNP   nsubj    26 O
        26 takes     VERB  VBZ   ROOT     26 O
        27 place     NOUN  NN    dobj     26 O
        28 March     PROPN NNP   npadvmod 26 B-DATE
        29 12        NUM   CD    nummod   28 I-DATE
        30 -         SYM   SYM   punct    31 I-DATE
        31 13        NUM   CD    prep     28 I-DATE
        32 ,         PUNCT ,     punct    28 I-DATE
        33 2026      NUM   CD    nummod   28 I-DATE
        34 .         PUNCT .     punct    26 O
        """,
        published="2026-02-01",
    ))
    assert {(e[0], e[1], e[2]) for e in events(release)} == {("Northwind Summit", "2026-03-12", "2026-03-13")}


def test_online_offered_beside_another_way_makes_no_meeting_virtual():
    """"Acme exhibits virtually or on site at the Northwind Summit on May 5, 2025": not held online only."""
    release = records(parse(
        "Acme exhibits virtually or on site at the Northwind Summit on May 5, 2025.",
        """
        0  Acme      PROPN NNP nsubj    1  B-ORG
        1  exhibits  VERB  VBZ ROOT     1  O
        2  virtually ADV   RB  advmod   1  O
        3  or        CCONJ CC  cc       2  O
        4  on        ADP   IN  conj     2  O
        5  site      NOUN  NN  pobj     4  O
        6  at        ADP   IN  prep     1  O
        7  the       DET   DT  det      9  O
        8  Northwind PROPN NNP compound 9  O
        9  Summit    PROPN NNP pobj     6  O
        10 on        ADP   IN  prep     1  O
        11 May       PROPN NNP pobj     10 B-DATE
        12 5         NUM   CD  nummod   11 I-DATE
        13 ,         PUNCT ,   punct    11 I-DATE
        14 2025      NUM   CD  nummod   11 I-DATE
        15 .         PUNCT .   punct    1  O
        """,
        published="2025-04-01",
    ))
    assert events(release) == {("Northwind Summit", "2025-05-05", "2025-05-05", None, None)}


def test_a_day_on_a_verb_of_announcing_is_no_date_of_the_meeting():
    """"Northwind Labs today announced its new conference, the Lakeside Innovation Summit": "today"
    is the day of the announcement; the summit is dated by the sentence that says when it meets."""
    release = records(parse(
        "Northwind Labs today announced its new conference, the Lakeside Innovation Summit. "
        "The Lakeside Innovation Summit will take place May 5-6 in Springfield.",
        """
        0  Northwind   PROPN NNP  compound  1  B-ORG
        1  Labs        PROPN NNP  nsubj     3  I-ORG
        2  today       NOUN  NN   npadvmod  3  B-DATE
        3  announced   VERB  VBD  ROOT      3  O
        4  its         PRON  PRP$ poss      6  O
        5  new         ADJ   JJ   amod      6  O
        6  conference  NOUN  NN   dobj      3  O
        7  ,           PUNCT ,    punct     6  O
        8  the         DET   DT   det       11 O
        9  Lakeside    PROPN NNP  compound  11 O
        10 Innovation  PROPN NNP  compound  11 O
        11 Summit      PROPN NNP  appos     6  O
        12 .           PUNCT .    punct     3  O
        13 The         DET   DT   det       16 O
        14 Lakeside    PROPN NNP  compound  16 O
        15 Innovation  PROPN NNP  compound  16 O
        16 Summit      PROPN NNP  nsubj     18 O
        17 will        AUX   MD   aux       18 O
        18 take        VERB  VB   ROOT      18 O
        19 place       NOUN  NN   dobj      18 O
        20 May         PROPN NNP  npadvmod  18 B-DATE
        21 5           NUM   CD   nummod    20 I-DATE
        22 -           SYM   SYM  punct     23 I-DATE
        23 6           NUM   CD   prep      20 I-DATE
        24 in          ADP   IN   prep      18 O
        25 Springfield PROPN NNP  pobj      24 B-GPE
        26 .           PUNCT .    punct     18 O
        """,
        published="2025-03-03",
    ))
    assert events(release) == {("Lakeside Innovation Summit", "2025-05-05", "2025-05-06", "Springfield", None)}


def test_a_day_on_a_verb_of_announcing_alone_dates_no_meeting():
    """Near miss: with only the announcement's "today", the summit has no date and is no event."""
    release = records(parse(
        "Northwind Labs today announced its new conference, the Lakeside Innovation Summit.",
        """
        0  Northwind   PROPN NNP  compound  1  B-ORG
        1  Labs        PROPN NNP  nsubj     3  I-ORG
        2  today       NOUN  NN   npadvmod  3  B-DATE
        3  announced   VERB  VBD  ROOT      3  O
        4  its         PRON  PRP$ poss      6  O
        5  new         ADJ   JJ   amod      6  O
        6  conference  NOUN  NN   dobj      3  O
        7  ,           PUNCT ,    punct     6  O
        8  the         DET   DT   det       11 O
        9  Lakeside    PROPN NNP  compound  11 O
        10 Innovation  PROPN NNP  compound  11 O
        11 Summit      PROPN NNP  appos     6  O
        12 .           PUNCT .    punct     3  O
        """,
        published="2025-03-03",
    ))
    assert release.events == []


def test_a_named_festival_or_gala_with_a_date_is_an_event():
    """"Acme will present the Lakeside Harvest Festival on 21 July 2026": festivals and galas are
    named gatherings (patterns/event_heads.jsonl)."""
    release = records(parse(
        "Acme will present the Lakeside Harvest Festival on 21 July 2026 at Vanderbilt Hall.",
        """
        0  Acme       PROPN NNP  nsubj     2  B-ORG
        1  will       AUX   MD   aux       2  O
        2  present    VERB  VB   ROOT      2  O
        3  the        DET   DT   det       6  O
        4  Lakeside   PROPN NNP  compound  6  O
        5  Harvest    PROPN NNP  compound  6  O
        6  Festival   PROPN NNP  dobj      2  O
        7  on         ADP   IN   prep      2  O
        8  21         NUM   CD   nummod    9  B-DATE
        9  July       PROPN NNP  pobj      7  I-DATE
        10 2026       NUM   CD   nummod    9  I-DATE
        11 at         ADP   IN   prep      2  O
        12 Vanderbilt PROPN NNP  compound  13 B-FAC
        13 Hall       PROPN NNP  pobj      11 I-FAC
        14 .          PUNCT .    punct     2  O
        """,
        published="2026-07-01",
    ))
    assert events(release) == {("Lakeside Harvest Festival", "2026-07-21", "2026-07-21", None, None)}


def test_a_quoted_title_a_panel_is_titled_names_a_dated_session():
    """"a panel discussion titled “Hedging Your Bets” on March 26": the quoted title names the session,
    and the date after the closing quote dates it."""
    release = records(parse(
        "Jane Roe joined a panel discussion titled “Hedging Your Bets” on March 26.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     2  I-PERSON
        2  joined     VERB  VBD  ROOT      2  O
        3  a          DET   DT   det       5  O
        4  panel      NOUN  NN   compound  5  O
        5  discussion NOUN  NN   dobj      2  O
        6  titled     VERB  VBN  acl       5  O
        7  “          PUNCT ``   punct     8  O
        8  Hedging    PROPN NNP  oprd      6  B-WORK_OF_ART
        9  Your       PRON  PRP$ poss      10 I-WORK_OF_ART
        10 Bets       PROPN NNPS dobj      8  I-WORK_OF_ART
        11 ”          PUNCT ''   punct     8  O
        12 on         ADP   IN   prep      2  O
        13 March      PROPN NNP  pobj      12 B-DATE
        14 26         NUM   CD   nummod    13 I-DATE
        15 .          PUNCT .    punct     2  O
        """,
        published="2025-03-31",
    ))
    assert events(release) == {("Hedging Your Bets", "2025-03-26", "2025-03-26", None, None)}


def test_a_year_after_since_starts_a_period_not_a_meeting_day():
    """"artistic director of the Lakeside Arts Festival since 2007": no festival dated 2007."""
    release = records(parse(
        "Jane Roe is artistic director of the Lakeside Arts Festival since 2007.",
        """
        0  Jane     PROPN NNP  compound  1  B-PERSON
        1  Roe      PROPN NNP  nsubj     2  I-PERSON
        2  is       AUX   VBZ  ROOT      2  O
        3  artistic ADJ   JJ   amod      4  O
        4  director NOUN  NN   attr      2  O
        5  of       ADP   IN   prep      4  O
        6  the      DET   DT   det       9  O
        7  Lakeside PROPN NNP  compound  9  O
        8  Arts     PROPN NNP  compound  9  O
        9  Festival PROPN NNP  pobj      5  O
        10 since    SCONJ IN   prep      4  O
        11 2007     NUM   CD   pobj      10 B-DATE
        12 .        PUNCT .    punct     2  O
        """,
        published="2025-03-31",
    ))
    assert release.events == []


def test_a_dateline_date_followed_by_its_hour_is_the_release_date():
    """"Springfield (Wire) Monday Dec 16, 2024 @ 7:00 AM Pacific — ...": the date, then the hour,
    then the dateline's dash: the release's own date, which dates no meeting."""
    from pipeline.extraction.components.events import is_dateline_date

    doc = parse(
        "Springfield (Wire) Monday Dec 16, 2024 @ 7:00 AM Pacific — Acme will exhibit.",
        """
        0  Springfield PROPN NNP   npadvmod  16 B-GPE
        1  (           PUNCT -LRB- punct     0  O
        2  Wire        PROPN NNP   appos     0  O
        3  )           PUNCT -RRB- punct     0  O
        4  Monday      PROPN NNP   npadvmod  0  B-DATE
        5  Dec         PROPN NNP   npadvmod  0  B-DATE
        6  16          NUM   CD    nummod    5  I-DATE
        7  ,           PUNCT ,     punct     5  I-DATE
        8  2024        NUM   CD    nummod    5  I-DATE
        9  @           ADP   IN    prep      0  I-DATE
        10 7:00        NUM   CD    nummod    11 B-TIME
        11 AM          NOUN  NN    compound  12 I-TIME
        12 Pacific     PROPN NNP   pobj      9  I-TIME
        13 —           PUNCT :     punct     16 O
        14 Acme        PROPN NNP   nsubj     16 O
        15 will        AUX   MD    aux       16 O
        16 exhibit     VERB  VB    ROOT      16 O
        17 .           PUNCT .     punct     16 O
        """,
    )
    assert is_dateline_date(doc, doc[5:10]) and is_dateline_date(doc, doc[4:5])


def test_a_day_within_a_longer_names_days_is_the_same_meeting():
    """"the Lakeside Summit & Gala, March 14-15 ... On March 15, the Lakeside Summit will ...": one
    meeting, not two."""
    from pipeline.extraction.components.events import EventMention, _same_meeting

    longer = EventMention(0, 4, "Lakeside Summit & Gala", [("2025-03-14", "2025-03-15")])
    shorter = EventMention(9, 11, "Lakeside Summit", [("2025-03-15", "2025-03-15")])
    assert _same_meeting(shorter, longer)
    assert not _same_meeting(EventMention(9, 11, "Lakeside Summit", [("2025-03-17", "2025-03-17")]), longer)


def test_a_meeting_named_again_takes_a_range_across_months_the_model_split():
    """"The Lakeside Fintech Festival returns ... The festival, running July 29 – August 2, ...": the
    model tags "July 29" and "August 2" apart; the festival runs from the first to the second."""
    release = records(parse(
        "The Lakeside Fintech Festival returns to Pomona. The festival, running July 29 – August 2, will show films.",
        """
        0  The      DET   DT   det       3  O
        1  Lakeside PROPN NNP  compound  3  O
        2  Fintech  PROPN NNP  compound  3  O
        3  Festival PROPN NNP  nsubj     4  O
        4  returns  VERB  VBZ  ROOT      4  O
        5  to       ADP   IN   prep      4  O
        6  Pomona   PROPN NNP  pobj      5  B-GPE
        7  .        PUNCT .    punct     4  O
        8  The      DET   DT   det       9  O
        9  festival NOUN  NN   nsubj     19 O
        10 ,        PUNCT ,    punct     9  O
        11 running  VERB  VBG  acl       9  O
        12 July     PROPN NNP  npadvmod  11 B-DATE
        13 29       NUM   CD   nummod    12 I-DATE
        14 –        PUNCT :    punct     12 O
        15 August   PROPN NNP  appos     12 B-DATE
        16 2        NUM   CD   nummod    15 I-DATE
        17 ,        PUNCT ,    punct     19 O
        18 will     AUX   MD   aux       19 O
        19 show     VERB  VB   ROOT      19 O
        20 films    NOUN  NNS  dobj      19 O
        21 .        PUNCT .    punct     19 O
        """,
        published="2026-07-31",
    ))
    assert events(release) == {("Lakeside Fintech Festival", "2026-07-29", "2026-08-02", None, None)}


def test_a_day_after_every_recurs_and_the_month_dates_the_meeting():
    """"will be held every Sunday throughout September": no single Sunday; the month."""
    release = records(parse(
        "The Lakeside Fintech Festival will be held every Sunday throughout September.",
        """
        0  The        DET   DT   det       3  O
        1  Lakeside   PROPN NNP  compound  3  O
        2  Fintech    PROPN NNP  compound  3  O
        3  Festival   PROPN NNP  nsubjpass 6  O
        4  will       AUX   MD   aux       6  O
        5  be         AUX   VB   auxpass   6  O
        6  held       VERB  VBN  ROOT      6  O
        7  every      DET   DT   det       8  O
        8  Sunday     PROPN NNP  npadvmod  6  B-DATE
        9  throughout ADP   IN   prep      6  O
        10 September  PROPN NNP  pobj      9  B-DATE
        11 .          PUNCT .    punct     6  O
        """,
        published="2025-08-22",
    ))
    assert events(release) == {("Lakeside Fintech Festival", "2025-09", "2025-09", None, None)}


def test_a_plurals_possessive_stays_inside_the_meetings_name():
    """"the Children's Health Forum on May 5": "Children's" is part of the name, not its owner
    (patterns/plural_possessors.jsonl)."""
    release = records(parse(
        "Acme will attend the Children's Health Forum on May 5.",
        """
        0  Acme     PROPN NNP  nsubj     2  B-ORG
        1  will     AUX   MD   aux       2  O
        2  attend   VERB  VB   ROOT      2  O
        3  the      DET   DT   det       4  O
        4  Children PROPN NNP  poss      7  O
        5  's       PART  POS  case      4  O
        6  Health   PROPN NNP  compound  7  O
        7  Forum    PROPN NNP  dobj      2  O
        8  on       ADP   IN   prep      2  O
        9  May      PROPN NNP  pobj      8  B-DATE
        10 5        NUM   CD   nummod    9  I-DATE
        11 .        PUNCT .    punct     2  O
        """,
        published="2025-04-20",
    ))
    assert events(release) == {("Children's Health Forum", "2025-05-05", "2025-05-05", None, None)}


def test_a_bodys_acronym_in_brackets_stays_inside_the_meetings_name():
    """"the Lakeside Medical Society (LMS) Annual Meeting on May 18, 2025": one name, not "Annual Meeting"."""
    release = records(parse(
        "Acme will present at the Lakeside Medical Society (LMS) Annual Meeting on May 18, 2025.",
        """
        0  Acme     PROPN NNP   nsubj     2  B-ORG
        1  will     AUX   MD    aux       2  O
        2  present  VERB  VB    ROOT      2  O
        3  at       ADP   IN    prep      2  O
        4  the      DET   DT    det       7  B-ORG
        5  Lakeside PROPN NNP   compound  7  I-ORG
        6  Medical  PROPN NNP   compound  7  I-ORG
        7  Society  PROPN NNP   pobj      3  I-ORG
        8  (        PUNCT -LRB- punct     7  O
        9  LMS      PROPN NNP   appos     7  B-ORG
        10 )        PUNCT -RRB- punct     7  O
        11 Annual   PROPN NNP   compound  12 B-DATE
        12 Meeting  PROPN NNP   appos     7  O
        13 on       ADP   IN    prep      2  O
        14 May      PROPN NNP   pobj      13 B-DATE
        15 18       NUM   CD    nummod    14 I-DATE
        16 ,        PUNCT ,     punct     14 I-DATE
        17 2025     NUM   CD    nummod    14 I-DATE
        18 .        PUNCT .     punct     2  O
        """,
        published="2025-05-01",
    ))
    assert events(release) == {("Lakeside Medical Society (LMS) Annual Meeting", "2025-05-18", "2025-05-18", None, None)}


def test_a_calendar_line_dates_the_meeting_it_names():
    """"January 27 - Lakeside Energy Investor Conference", a line of a calendar: the date that opens
    the line, before the dash, is the meeting's (not a dateline's), and the dash is no part of the name."""
    release = records(parse(
        "The calendar includes:\n\nJanuary 27 - Lakeside Energy Investor Conference",
        """
        0  The        DET   DT   det       1  O
        1  calendar   NOUN  NN   nsubj     2  O
        2  includes   VERB  VBZ  ROOT      2  O
        3  :          PUNCT :    punct     2  O
        4  \\n\\n       SPACE _SP  dep       3  O
        5  January    PROPN NNP  npadvmod  11 B-DATE
        6  27         NUM   CD   nummod    5  I-DATE
        7  -          PUNCT HYPH punct     11 O
        8  Lakeside   PROPN NNP  compound  11 O
        9  Energy     PROPN NNP  compound  11 O
        10 Investor   PROPN NNP  compound  11 O
        11 Conference PROPN NNP  ROOT      11 O
        """,
        published="2026-01-21",
    ))
    assert events(release) == {("Lakeside Energy Investor Conference", "2026-01-27", "2026-01-27", None, None)}


def test_an_award_names_a_banquet_that_is_still_a_meeting():
    """"the Lakeside Scholarship Awards Banquet on May 15, 2025": a banquet or gala is a gathering even
    where an award names it (event_heads value "gathering"); an award alone is no event."""
    release = records(parse(
        "The winners will be honored at the Lakeside Scholarship Awards Banquet on May 15, 2025.",
        """
        0  The         DET   DT   det       1  O
        1  winners     NOUN  NNS  nsubjpass 4  O
        2  will        AUX   MD   aux       4  O
        3  be          AUX   VB   auxpass   4  O
        4  honored     VERB  VBN  ROOT      4  O
        5  at          ADP   IN   prep      4  O
        6  the         DET   DT   det       10 O
        7  Lakeside    PROPN NNP  compound  8  O
        8  Scholarship PROPN NNP  compound  10 O
        9  Awards      PROPN NNPS compound  10 O
        10 Banquet     PROPN NNP  pobj      5  O
        11 on          ADP   IN   prep      4  O
        12 May         PROPN NNP  pobj      11 B-DATE
        13 15          NUM   CD   nummod    12 I-DATE
        14 ,           PUNCT ,    punct     12 I-DATE
        15 2025        NUM   CD   nummod    12 I-DATE
        16 .           PUNCT .    punct     4  O
        """,
        published="2025-01-20",
    ))
    assert events(release) == {("Lakeside Scholarship Awards Banquet", "2025-05-15", "2025-05-15", None, None)}


def test_a_number_between_capitalized_words_stays_inside_the_name():
    """"the Lakeside Best 50 Investor Conference on May 5": the name runs over the number."""
    release = records(parse(
        "Acme will speak at the Lakeside Best 50 Investor Conference on May 5.",
        """
        0  Acme       PROPN NNP  nsubj     2  B-ORG
        1  will       AUX   MD   aux       2  O
        2  speak      VERB  VB   ROOT      2  O
        3  at         ADP   IN   prep      2  O
        4  the        DET   DT   det       9  O
        5  Lakeside   PROPN NNP  compound  9  O
        6  Best       PROPN NNP  nmod      8  O
        7  50         NUM   CD   nummod    6  B-CARDINAL
        8  Investor   PROPN NNP  compound  9  O
        9  Conference PROPN NNP  pobj      3  O
        10 on         ADP   IN   prep      2  O
        11 May        PROPN NNP  pobj      10 B-DATE
        12 5          NUM   CD   nummod    11 I-DATE
        13 .          PUNCT .    punct     2  O
        """,
        published="2025-04-20",
    ))
    assert events(release) == {("Lakeside Best 50 Investor Conference", "2025-05-05", "2025-05-05", None, None)}


def test_a_place_that_owns_a_noun_is_not_where_the_meeting_is():
    """"... the brightest minds in Texas' entrepreneurial scene": "in Texas'" places the scene, not the fest."""
    release = records(parse(
        "Join us at the Lakeside Venture Fest on May 5 to meet the brightest minds in Texas' entrepreneurial scene.",
        """
        0  Join            VERB  VB   ROOT      0  O
        1  us              PRON  PRP  dobj      0  O
        2  at              ADP   IN   prep      0  O
        3  the             DET   DT   det       6  O
        4  Lakeside        PROPN NNP  compound  6  O
        5  Venture         PROPN NNP  compound  6  O
        6  Fest            PROPN NNP  pobj      2  O
        7  on              ADP   IN   prep      0  O
        8  May             PROPN NNP  pobj      7  B-DATE
        9  5               NUM   CD   nummod    8  I-DATE
        10 to              PART  TO   aux       11 O
        11 meet            VERB  VB   advcl     0  O
        12 the             DET   DT   det       14 O
        13 brightest       ADJ   JJS  amod      14 O
        14 minds           NOUN  NNS  dobj      11 O
        15 in              ADP   IN   prep      14 O
        16 Texas           PROPN NNP  poss      19 B-GPE
        17 '               PART  POS  case      16 O
        18 entrepreneurial ADJ   JJ   amod      19 O
        19 scene           NOUN  NN   pobj      15 O
        20 .               PUNCT .    punct     0  O
        """,
        published="2025-04-20",
    ))
    assert events(release) == {("Lakeside Venture Fest", "2025-05-05", "2025-05-05", None, None)}


def test_a_bracketed_acronym_before_an_edition_number_ends_the_bodys_name():
    """Near miss: "The Lakeside Friends (LF) 47th Annual Conference": the acronym closes the body's
    name; the meeting's name starts at its edition ("47th")."""
    from pipeline.extraction.components.events import _in_parenthesized_acronym
    from tests.handbuilt import make_doc

    doc = make_doc(["The", "Lakeside", "Friends", "(", "LF", ")", "47th", "Annual", "Conference"])
    assert not _in_parenthesized_acronym(doc[5])
    doc = make_doc(["The", "Lakeside", "Fiber", "(", "LF", ")", "Conference"])
    assert _in_parenthesized_acronym(doc[5]) and _in_parenthesized_acronym(doc[3])


def test_dates_the_text_gives_next_overrule_a_today_they_leave_out():
    """"The Lakeside Health Symposium opens registration today. The symposium will take place June
    5-6.": "today" is the day of the registration; the meeting's own dates leave it out."""
    release = records(parse(
        "The Lakeside Health Symposium opens registration today. The symposium will take place June 5-6.",
        """
        0  The          DET   DT   det       3  O
        1  Lakeside     PROPN NNP  compound  3  O
        2  Health       PROPN NNP  compound  3  O
        3  Symposium    PROPN NNP  nsubj     4  O
        4  opens        VERB  VBZ  ROOT      4  O
        5  registration NOUN  NN   dobj      4  O
        6  today        NOUN  NN   npadvmod  4  B-DATE
        7  .            PUNCT .    punct     4  O
        8  The          DET   DT   det       9  O
        9  symposium    NOUN  NN   nsubj     11 O
        10 will         AUX   MD   aux       11 O
        11 take         VERB  VB   ROOT      11 O
        12 place        NOUN  NN   dobj      11 O
        13 June         PROPN NNP  npadvmod  11 B-DATE
        14 5            NUM   CD   nummod    13 I-DATE
        15 -            SYM   SYM  punct     16 I-DATE
        16 6            NUM   CD   prep      13 I-DATE
        17 .            PUNCT .    punct     11 O
        """,
        published="2025-03-10",
    ))
    assert events(release) == {("Lakeside Health Symposium", "2025-06-05", "2025-06-06", None, None)}


def test_a_day_glued_to_its_month_is_no_number_inside_a_name():
    """Near miss: "FrankfurtMay 6 Lakeside Conference" (a calendar whose lines lost their breaks):
    "6" is the day of "May", not a number of the name, as "50" is in "Best 50 Investor Conference"."""
    from pipeline.extraction.components.events import _extends_name
    from tests.handbuilt import make_doc

    glued = make_doc(["FrankfurtMay", "6", "Lakeside", "Conference"])
    assert not _extends_name(glued[1], True, 2, 3)
    named = make_doc(["Lakeside", "Best", "50", "Investor", "Conference"])
    assert _extends_name(named[2], True, 3, 4)


def test_a_venue_at_which_the_meeting_is_held_joins_its_place():
    """"the Lakeside Home Expo at the Javits Center in Springfield": the location is the venue in the
    city (patterns/event_venue_heads.jsonl), as written."""
    release = records(parse(
        "Acme will exhibit at the Lakeside Home Expo at the Javits Center in Springfield on March 3-5.",
        """
        0  Acme        PROPN NNP  nsubj     2  B-ORG
        1  will        AUX   MD   aux       2  O
        2  exhibit     VERB  VB   ROOT      2  O
        3  at          ADP   IN   prep      2  O
        4  the         DET   DT   det       7  O
        5  Lakeside    PROPN NNP  compound  7  O
        6  Home        PROPN NNP  compound  7  O
        7  Expo        PROPN NNP  pobj      3  O
        8  at          ADP   IN   prep      2  O
        9  the         DET   DT   det       11 B-FAC
        10 Javits      PROPN NNP  compound  11 I-FAC
        11 Center      PROPN NNP  pobj      8  I-FAC
        12 in          ADP   IN   prep      11 O
        13 Springfield PROPN NNP  pobj      12 B-GPE
        14 on          ADP   IN   prep      2  O
        15 March       PROPN NNP  pobj      14 B-DATE
        16 3           NUM   CD   nummod    15 I-DATE
        17 -           SYM   SYM  punct     18 I-DATE
        18 5           NUM   CD   npadvmod  2  I-DATE
        19 .           PUNCT .    punct     2  O
        """,
        published="2025-02-10",
    ))
    assert events(release) == {("Lakeside Home Expo", "2025-03-03", "2025-03-05", "Javits Center in Springfield", None)}


def test_a_person_entity_run_over_the_meeting_word_stays_in_the_name():
    """"the Northwind Cancer Conference on May 5" with [Cancer Conference] tagged a person: the
    words of that entity belong to the meeting's name."""
    release = records(parse(
        "Acme will join the Northwind Cancer Conference on May 5.",
        """
        0  Acme        PROPN NNP nsubj    2  B-ORG
        1  will        AUX   MD  aux      2  O
        2  join        VERB  VB  ROOT     2  O
        3  the         DET   DT  det      6  O
        4  Northwind   PROPN NNP compound 6  O
        5  Cancer      PROPN NNP compound 6  B-PERSON
        6  Conference  PROPN NNP dobj     2  I-PERSON
        7  on          ADP   IN  prep     2  O
        8  May         PROPN NNP pobj     7  B-DATE
        9  5           NUM   CD  nummod   8  I-DATE
        10 .           PUNCT .   punct    2  O
        """,
        published="2025-04-01",
    ))
    assert events(release) == {("Northwind Cancer Conference", "2025-05-05", "2025-05-05", None, None)}


def test_a_capitalized_word_of_a_date_entity_before_the_meeting_word_is_part_of_the_name():
    """"the upcoming 40th Anniversary Gala on August 15th" with [40th Anniversary] tagged a date:
    "Anniversary" names no day, so it is a word of the name (and the ordinal before it too)."""
    release = records(parse(
        "At the upcoming 40th Anniversary Gala on August 15th, Acme will unveil a plan.",
        """
        0  At           ADP   IN   prep      12  O
        1  the          DET   DT   det       5   O
        2  upcoming     ADJ   JJ   amod      5   O
        3  40th         ADJ   JJ   amod      5   B-DATE
        4  Anniversary  PROPN NNP  compound  5   I-DATE
        5  Gala         PROPN NNP  pobj      0   O
        6  on           ADP   IN   prep      5   O
        7  August       PROPN NNP  compound  8   B-DATE
        8  15th         NOUN  NN   pobj      6   I-DATE
        9  ,            PUNCT ,    punct     12  O
        10 Acme         PROPN NNP  nsubj     12  B-ORG
        11 will         AUX   MD   aux       12  O
        12 unveil       VERB  VB   ROOT      12  O
        13 a            DET   DT   det       14  O
        14 plan         NOUN  NN   dobj      12  O
        15 .            PUNCT .    punct     12  O
        """,
        published="2024-08-05",
    ))
    assert events(release) == {("40th Anniversary Gala", "2024-08-15", "2024-08-15", None, None)}


CALENDAR = (
    "The calendar includes:\n\nFebruary 11–12 - Lakeside Energy Conference\n\nMay 5 - Lakeside Energy Conference",
    """
    0  The        DET   DT   det       1  O
    1  calendar   NOUN  NN   nsubj     2  O
    2  includes   VERB  VBZ  ROOT      2  O
    3  :          PUNCT :    punct     2  O
    4  \\n\\n       SPACE _SP  dep       3  O
    5  February   PROPN NNP  npadvmod  10 B-DATE
    6  11–12      NUM   CD   nummod    5  I-DATE
    7  -          PUNCT HYPH punct     10 I-DATE
    8  Lakeside   PROPN NNP  compound  10 I-DATE
    9  Energy     PROPN NNP  compound  10 I-DATE
    10 Conference PROPN NNP  ROOT      10 I-DATE
    11 \\n\\n       SPACE _SP  dep       10 I-DATE
    12 May        PROPN NNP  npadvmod  17 O
    13 5          NUM   CD   nummod    12 B-CARDINAL
    14 -          PUNCT HYPH punct     17 O
    15 Lakeside   PROPN NNP  compound  17 O
    16 Energy     PROPN NNP  compound  17 O
    17 Conference PROPN NNP  ROOT      17 O
    """,
)


def test_calendar_lines_give_each_meeting_of_a_series_its_own_dates():
    """"February 11–12 - X Conference" with the model's DATE run over the dash into the name (the date
    is cut at the spaced dash, the name keeps its words), and "May 5 - X Conference" with the day the
    model took for a number (a month and a day outside any DATE are a date): the same name on two
    calendar lines, on days that do not overlap, is two meetings."""
    release = records(parse(*CALENDAR, published="2026-01-21"))
    assert events(release) == {
        ("Lakeside Energy Conference", "2026-02-11", "2026-02-12", None, None),
        ("Lakeside Energy Conference", "2026-05-05", "2026-05-05", None, None),
    }


def test_a_date_entity_is_cut_where_a_spaced_dash_leads_into_a_name():
    """The model's "February 11–12 - Lakeside Energy Conference" DATE is the date "February 11–12";
    "May 5", which the model left outside any DATE, is a date too."""
    from pipeline.extraction.components.dates import date_spans

    doc = parse(*CALENDAR)
    assert [span.text for span in date_spans(doc, doc[0:len(doc)])] == ["February 11–12", "May 5"]


def test_a_name_after_in_set_off_by_taking_place_on_a_date_is_a_meeting_without_a_meeting_word():
    """"participating in Northwind Live, taking place September 16-17, 2025 in Dallas": the clause
    that says it takes place on a date makes the name a meeting (the model's LOC on it no matter)."""
    release = records(parse(
        "Acme will be participating in Northwind Live, taking place September 16-17, 2025 in Dallas.",
        """
        0  Acme           PROPN NNP  nsubj     3   O
        1  will           AUX   MD   aux       3   O
        2  be             AUX   VB   aux       3   O
        3  participating  VERB  VBG  ROOT      3   O
        4  in             ADP   IN   prep      3   O
        5  Northwind      PROPN NNP  compound  6   B-LOC
        6  Live           PROPN NNP  pobj      4   I-LOC
        7  ,              PUNCT ,    punct     3   O
        8  taking         VERB  VBG  advcl     3   O
        9  place          NOUN  NN   dobj      8   O
        10 September      PROPN NNP  npadvmod  8   B-DATE
        11 16             NUM   CD   nummod    10  I-DATE
        12 -              SYM   SYM  punct     13  I-DATE
        13 17             NUM   CD   prep      10  I-DATE
        14 ,              PUNCT ,    punct     10  I-DATE
        15 2025           NUM   CD   appos     10  I-DATE
        16 in             ADP   IN   prep      8   O
        17 Dallas         PROPN NNP  pobj      16  B-GPE
        18 .              PUNCT .    punct     3   O
        """,
        published="2025-08-26",
    ))
    assert events(release) == {("Northwind Live", "2025-09-16", "2025-09-17", "Dallas", None)}


def test_a_venue_set_off_by_taking_place_is_no_meeting():
    """Near miss: "exhibit at the Lakeside Hotel, taking place May 5, 2025": a venue (its last word
    in event_venue_heads.jsonl) is where something takes place, not a meeting."""
    release = records(parse(
        "Acme will exhibit at the Lakeside Hotel, taking place May 5, 2025.",
        """
        0  Acme      PROPN NNP  nsubj     2   O
        1  will      AUX   MD   aux       2   O
        2  exhibit   VERB  VB   ROOT      2   O
        3  at        ADP   IN   prep      2   O
        4  the       DET   DT   det       6   B-ORG
        5  Lakeside  PROPN NNP  compound  6   I-ORG
        6  Hotel     PROPN NNP  pobj      3   I-ORG
        7  ,         PUNCT ,    punct     2   O
        8  taking    VERB  VBG  advcl     2   O
        9  place     NOUN  NN   dobj      8   O
        10 May       PROPN NNP  npadvmod  8   B-DATE
        11 5         NUM   CD   nummod    10  I-DATE
        12 ,         PUNCT ,    punct     10  I-DATE
        13 2025      NUM   CD   nummod    10  I-DATE
        14 .         PUNCT .    punct     2   O
        """,
        published="2025-04-01",
    ))
    assert release.events == []


def test_a_quoted_theme_between_the_name_and_taking_place_does_not_keep_the_date_off():
    """"the 39th Annual Conference, “Leaders for Democracy,” taking place November 1-3, 2025": the
    theme set off in quotes is skipped; the clause after it dates the meeting."""
    release = records(parse(
        "The awards will be presented during the 39th Annual Conference, “Leaders for Democracy,” taking place November 1-3, 2025.",
        """
        0  The         DET   DT   det       1   O
        1  awards      NOUN  NNS  nsubjpass 4   O
        2  will        AUX   MD   aux       4   O
        3  be          AUX   VB   auxpass   4   O
        4  presented   VERB  VBN  ROOT      4   O
        5  during      ADP   IN   prep      4   O
        6  the         DET   DT   det       9   O
        7  39th        ADJ   JJ   amod      9   B-ORDINAL
        8  Annual      PROPN NNP  compound  9   O
        9  Conference  PROPN NNP  pobj      5   O
        10 ,           PUNCT ,    punct     9   O
        11 “           PUNCT ``   punct     9   O
        12 Leaders     NOUN  NNS  appos     9   O
        13 for         ADP   IN   prep      12  O
        14 Democracy   PROPN NNP  pobj      13  O
        15 ,           PUNCT ,    punct     9   O
        16 ”           PUNCT ''   punct     4   O
        17 taking      VERB  VBG  advcl     4   O
        18 place       NOUN  NN   dobj      17  O
        19 November    PROPN NNP  npadvmod  17  B-DATE
        20 1           NUM   CD   nummod    19  I-DATE
        21 -           SYM   SYM  punct     22  I-DATE
        22 3           NUM   CD   prep      19  I-DATE
        23 ,           PUNCT ,    punct     19  I-DATE
        24 2025        NUM   CD   nummod    19  I-DATE
        25 .           PUNCT .    punct     4   O
        """,
        published="2025-10-01",
    ))
    assert events(release) == {("39th Annual Conference", "2025-11-01", "2025-11-03", None, None)}


def test_a_convention_a_speaker_was_at_is_a_meeting_dated_by_the_copula():
    """"On November 21-25, Smith was a featured speaker at the Lakeside Visionaries Convention in
    Dallas": a "Convention" without a qualifier is a meeting after "at"; the date of "was a speaker
    at" is the meeting's."""
    release = records(parse(
        "On November 21-25, Smith was a featured speaker at the Lakeside Visionaries Convention in Dallas.",
        """
        0  On           ADP   IN   prep      7   O
        1  November     PROPN NNP  pobj      0   B-DATE
        2  21           NUM   CD   nummod    1   I-DATE
        3  -            SYM   SYM  punct     4   I-DATE
        4  25           NUM   CD   prep      2   I-DATE
        5  ,            PUNCT ,    punct     7   O
        6  Smith        PROPN NNP  nsubj     7   B-PERSON
        7  was          AUX   VBD  ROOT      7   O
        8  a            DET   DT   det       10  O
        9  featured     VERB  VBN  amod      10  O
        10 speaker      NOUN  NN   attr      7   O
        11 at           ADP   IN   prep      10  O
        12 the          DET   DT   det       15  B-ORG
        13 Lakeside     PROPN NNP  compound  14  I-ORG
        14 Visionaries  PROPN NNPS compound  15  I-ORG
        15 Convention   PROPN NNP  pobj      11  I-ORG
        16 in           ADP   IN   prep      15  O
        17 Dallas       PROPN NNP  pobj      16  B-GPE
        18 .            PUNCT .    punct     7   O
        """,
        published="2024-12-12",
    ))
    assert events(release) == {("Lakeside Visionaries Convention", "2024-11-21", "2024-11-25", "Dallas", None)}


def test_a_show_a_guest_was_on_is_no_meeting():
    """Near miss: "On May 5, Smith was a featured guest on the Lakeside Visionaries Show": a "Show"
    without a qualifier, not placed by "at" or a clause of taking place, is a broadcast."""
    release = records(parse(
        "On May 5, Smith was a featured guest on the Lakeside Visionaries Show.",
        """
        0  On           ADP   IN   prep      5   O
        1  May          PROPN NNP  pobj      0   B-DATE
        2  5            NUM   CD   nummod    1   I-DATE
        3  ,            PUNCT ,    punct     5   O
        4  Smith        PROPN NNP  nsubj     5   B-PERSON
        5  was          AUX   VBD  ROOT      5   O
        6  a            DET   DT   det       8   O
        7  featured     VERB  VBN  amod      8   O
        8  guest        NOUN  NN   attr      5   O
        9  on           ADP   IN   prep      8   O
        10 the          DET   DT   det       13  B-ORG
        11 Lakeside     PROPN NNP  compound  12  I-ORG
        12 Visionaries  PROPN NNP  compound  13  I-ORG
        13 Show         PROPN NNP  pobj      9   I-ORG
        14 .            PUNCT .    punct     5   O
        """,
        published="2024-12-12",
    ))
    assert release.events == []


def test_two_named_meetings_joined_by_and_are_two_and_these_events_dates_both():
    """"the Northwind Healthcare Conference and Lakeside Showcase in Boston. These concurrent events,
    taking place this January, ...": a meeting word before "and" ends the first name when the second
    has words of its own (not "Conference & Gala"); "These ... events" names both again and dates them."""
    release = records(parse(
        "Acme will attend the Northwind Healthcare Conference and Lakeside Showcase in Boston. These concurrent events, taking place this January, draw investors.",
        """
        0  Acme        PROPN NNP  nsubj     2   O
        1  will        AUX   MD   aux       2   O
        2  attend      VERB  VB   ROOT      2   O
        3  the         DET   DT   det       6   B-ORG
        4  Northwind   PROPN NNP  compound  5   I-ORG
        5  Healthcare  PROPN NNP  compound  6   I-ORG
        6  Conference  PROPN NNP  dobj      2   I-ORG
        7  and         CCONJ CC   cc        6   I-ORG
        8  Lakeside    PROPN NNP  compound  9   I-ORG
        9  Showcase    PROPN NNP  conj      6   I-ORG
        10 in          ADP   IN   prep      6   O
        11 Boston      PROPN NNP  pobj      10  B-GPE
        12 .           PUNCT .    punct     2   O
        13 These       DET   DT   det       15  O
        14 concurrent  ADJ   JJ   amod      15  O
        15 events      NOUN  NNS  nsubj     22  O
        16 ,           PUNCT ,    punct     15  O
        17 taking      VERB  VBG  acl       15  O
        18 place       NOUN  NN   dobj      17  O
        19 this        DET   DT   det       20  B-DATE
        20 January     PROPN NNP  npadvmod  17  I-DATE
        21 ,           PUNCT ,    punct     17  O
        22 draw        VERB  VB   ROOT      22  O
        23 investors   NOUN  NNS  dobj      22  O
        24 .           PUNCT .    punct     22  O
        """,
        published="2025-01-05",
    ))
    assert events(release) == {
        ("Northwind Healthcare Conference", "2025-01", "2025-01", "Boston", None),
        ("Lakeside Showcase", "2025-01", "2025-01", "Boston", None),
    }


def test_a_session_counted_by_a_word_ordinal_is_no_numbered_session():
    """Near miss: "Our first training session was in 2021": a count of sessions, no body's session."""
    release = records(parse(
        "Our first training session was in 2021.",
        """
        0  Our       PRON  PRP$ poss      3   O
        1  first     ADJ   JJ   amod      3   B-ORDINAL
        2  training  NOUN  NN   compound  3   O
        3  session   NOUN  NN   nsubj     4   O
        4  was       AUX   VBD  ROOT      4   O
        5  in        ADP   IN   prep      4   O
        6  2021      NUM   CD   pobj      5   B-DATE
        7  .         PUNCT .    punct     4   O
        """,
        published="2025-01-05",
    ))
    assert release.events == []


FESTIVAL_TABLE = """
    0  The       DET   DT   det       3   O
    1  Lakeside  PROPN NNP  compound  3   O
    2  {word:<9} PROPN NNP  compound  3   O
    3  Festival  PROPN NNP  nsubj     4   O
    4  returns   VERB  VBZ  ROOT      4   O
    5  on        ADP   IN   prep      4   O
    6  May       PROPN NNP  pobj      5   B-DATE
    7  5         NUM   CD   nummod    6   I-DATE
    8  .         PUNCT .    punct     4   O
"""


def test_a_festival_of_an_art_is_a_show_and_a_festival_of_a_trade_a_meeting():
    """"The Lakeside Comedy Festival returns on May 5" is a show for an audience (a word of
    event_festival_arts.jsonl in its name), no meeting; "The Lakeside Fintech Festival" is one."""
    def festival(word):
        return records(parse(f"The Lakeside {word} Festival returns on May 5.", FESTIVAL_TABLE.format(word=word), published="2025-04-01"))

    assert festival("Comedy").events == []
    assert events(festival("Fintech")) == {("Lakeside Fintech Festival", "2025-05-05", "2025-05-05", None, None)}


def test_a_name_and_year_after_of_dated_by_the_next_sentence_is_a_meeting():
    """"attendees of Lakeside Connect (LC) Vegas 2025 ... The event, held October 14–16": a name with
    its edition year after "of" (its short form in parentheses inside it) is a meeting where the next
    sentence names it again and dates it."""
    release = records(parse(
        "Acme invites attendees of Lakeside Connect (LC) Vegas 2025 to its booth. The event, held October 14–16 at Mandalay Bay, draws insurers.",
        """
        0  Acme       PROPN NNP  nsubj     1   O
        1  invites    VERB  VBZ  ROOT      1   O
        2  attendees  NOUN  NNS  dobj      1   O
        3  of         ADP   IN   prep      2   O
        4  Lakeside   PROPN NNP  compound  5   B-ORG
        5  Connect    PROPN NNP  nmod      9   I-ORG
        6  (          PUNCT -LRB- punct    5   O
        7  LC         PROPN NNP  nmod      9   O
        8  )          PUNCT -RRB- punct    9   O
        9  Vegas      PROPN NNP  pobj      3   O
        10 2025       NUM   CD   nummod    9   B-DATE
        11 to         ADP   IN   prep      1   O
        12 its        PRON  PRP$ poss      13  O
        13 booth      NOUN  NN   pobj      11  O
        14 .          PUNCT .    punct     1   O
        15 The        DET   DT   det       16  O
        16 event      NOUN  NN   nsubj     25  O
        17 ,          PUNCT ,    punct     16  O
        18 held       VERB  VBD  acl       16  O
        19 October    PROPN NNP  compound  20  B-DATE
        20 14–16      NUM   CD   npadvmod  18  I-DATE
        21 at         ADP   IN   prep      18  O
        22 Mandalay   PROPN NNP  compound  23  B-LOC
        23 Bay        PROPN NNP  pobj      21  I-LOC
        24 ,          PUNCT ,    punct     16  O
        25 draws      VERB  VBZ  ROOT      25  O
        26 insurers   NOUN  NNS  dobj      25  O
        27 .          PUNCT .    punct     25  O
        """,
        published="2025-09-25",
    ))
    assert events(release) == {("Lakeside Connect (LC) Vegas 2025", "2025-10-14", "2025-10-16", None, None)}


def test_a_name_and_year_after_of_without_its_own_date_is_no_meeting():
    """Near miss: "attendees of Lakeside Vegas 2025" with no date of its own and nothing naming it
    again is no meeting (its edition year alone does not date it)."""
    release = records(parse(
        "Acme invites attendees of Lakeside Vegas 2025 to its booth.",
        """
        0  Acme       PROPN NNP  nsubj     1   O
        1  invites    VERB  VBZ  ROOT      1   O
        2  attendees  NOUN  NNS  dobj      1   O
        3  of         ADP   IN   prep      2   O
        4  Lakeside   PROPN NNP  compound  5   B-ORG
        5  Vegas      PROPN NNP  pobj      3   I-ORG
        6  2025       NUM   CD   nummod    5   B-DATE
        7  to         ADP   IN   prep      1   O
        8  its        PRON  PRP$ poss      9   O
        9  booth      NOUN  NN   pobj      7   O
        10 .          PUNCT .    punct     1   O
        """,
        published="2025-09-25",
    ))
    assert release.events == []


DETAILS_BLOCK = """
        0  Acme       PROPN NNP  nsubj     2  B-ORG
        1  will       AUX   MD   aux       2  O
        2  host       VERB  VB   ROOT      2  O
        3  the        DET   DT   det       6  O
        4  Lakeside   PROPN NNP  compound  6  O
        5  Widget     PROPN NNP  compound  6  O
        6  Forum      PROPN NNP  dobj      2  O
        7  .          PUNCT .    punct     2  O
        8  \\n\\n       SPACE _SP  dep       7  O
        9  {label}    NOUN  NN   ROOT      9  O
        10 :          PUNCT :    punct     9  O
        11 May        PROPN NNP  appos     9  B-DATE
        12 7          NUM   CD   nummod    11 I-DATE
        13 ,          PUNCT ,    punct     11 I-DATE
        14 2026       NUM   CD   nummod    11 I-DATE
        15 \\n\\n       SPACE _SP  dep       14 O
        16 Location   NOUN  NN   ROOT      16 O
        17 :          PUNCT :    punct     16 O
        18 Harbor     PROPN NNP  compound  19 B-FAC
        19 Hall       PROPN NNP  appos     16 I-FAC
        20 ,          PUNCT ,    punct     19 O
        21 Boston     PROPN NNP  appos     19 B-GPE
        """


def test_the_date_and_location_fields_of_a_details_block_date_the_one_meeting_named_without_a_date():
    """"Acme will host the Lakeside Widget Forum. / Date: May 7, 2026 / Location: Harbor Hall, Boston":
    the release's one meeting, named without a date, takes the fields' date and place."""
    release = records(parse(
        "Acme will host the Lakeside Widget Forum.\n\nDate: May 7, 2026\n\nLocation: Harbor Hall, Boston",
        DETAILS_BLOCK.format(label="Date"),
        published="2026-04-01",
    ))
    assert events(release) == {("Lakeside Widget Forum", "2026-05-07", "2026-05-07", "Harbor Hall, Boston", "Acme")}


def test_a_date_field_named_by_a_capitalized_word_before_its_label_dates_no_meeting():
    """Near miss: "Release Date: May 7, 2026" (a capitalized word before the label on its line)
    is the date of something else; the meeting stays undated, so no record."""
    release = records(parse(
        "Acme will host the Lakeside Widget Forum.\n\nRelease Date: May 7, 2026",
        """
        0  Acme       PROPN NNP  nsubj     2  B-ORG
        1  will       AUX   MD   aux       2  O
        2  host       VERB  VB   ROOT      2  O
        3  the        DET   DT   det       6  O
        4  Lakeside   PROPN NNP  compound  6  O
        5  Widget     PROPN NNP  compound  6  O
        6  Forum      PROPN NNP  dobj      2  O
        7  .          PUNCT .    punct     2  O
        8  \\n\\n       SPACE _SP  dep       7  O
        9  Release    NOUN  NN   compound  10 O
        10 Date       NOUN  NN   ROOT      10 O
        11 :          PUNCT :    punct     10 O
        12 May        PROPN NNP  appos     10 B-DATE
        13 7          NUM   CD   nummod    12 I-DATE
        14 ,          PUNCT ,    punct     12 I-DATE
        15 2026       NUM   CD   nummod    12 I-DATE
        """,
        published="2026-04-01",
    ))
    assert release.events == []


PART_OF_MEETING = """
        0  Acme         PROPN NNP  nsubj     2  B-ORG
        1  will         AUX   MD   aux       2  O
        2  join         VERB  VB   ROOT      2  O
        3  the          DET   DT   det       5  O
        4  Northwind    PROPN NNP  compound  5  O
        5  Summit       PROPN NNP  dobj      2  O
        6  .            PUNCT .    punct     2  O
        7  Its          PRON  PRP$ poss      8  O
        8  CEO          NOUN  NN   nsubj     10 O
        9  will         AUX   MD   aux       10 O
        10 give         VERB  VB   ROOT      10 O
        11 a            DET   DT   det       12 O
        12 {noun} NOUN  NN   dobj      10 O
        13 on           ADP   IN   prep      10 O
        14 May          PROPN NNP  pobj      13 B-DATE
        15 5            NUM   CD   nummod    14 I-DATE
        16 ,            PUNCT ,    punct     14 I-DATE
        17 2026         NUM   CD   nummod    14 I-DATE
        18 .            PUNCT .    punct     10 O
        """


def test_a_part_of_the_meeting_placed_in_the_next_sentence_dates_a_meeting_left_undated():
    """"Acme will join the Northwind Summit. Its CEO will give a presentation on May 5, 2026.": a
    presentation (a fireside chat, a panel) at the meeting dates the meeting the text left undated."""
    release = records(parse(
        "Acme will join the Northwind Summit. Its CEO will give a presentation on May 5, 2026.",
        PART_OF_MEETING.format(noun="presentation"),
        published="2026-04-01",
    ))
    assert events(release) == {("Northwind Summit", "2026-05-05", "2026-05-05", None, None)}


def test_another_noun_with_a_date_in_the_next_sentence_dates_no_meeting():
    """Near miss: "Its CEO will give a dinner on May 5, 2026." (no part of a meeting): the
    summit stays undated, so no record."""
    release = records(parse(
        "Acme will join the Northwind Summit. Its CEO will give a dinner on May 5, 2026.",
        PART_OF_MEETING.format(noun="dinner       "),
        published="2026-04-01",
    ))
    assert release.events == []


NEXT_PARAGRAPH = """
        0  Acme         PROPN NNP  nsubj     2  B-ORG
        1  will         AUX   MD   aux       2  O
        2  join         VERB  VB   ROOT      2  O
        3  the          DET   DT   det       5  O
        4  Northwind    PROPN NNP  compound  5  O
        5  Summit       PROPN NNP  dobj      2  O
        6  .            PUNCT .    punct     2  O
        7  \\n\\n         SPACE _SP  dep       6  O
        8  {first} DET   DT   det       9  O
        9  {noun} NOUN  NN   {dep}     10 O
        10 opens        VERB  VBZ  ROOT      10 O
        11 on           ADP   IN   prep      10 O
        12 May          PROPN NNP  pobj      11 B-DATE
        13 5            NUM   CD   nummod    12 I-DATE
        14 ,            PUNCT ,    punct     12 I-DATE
        15 2026         NUM   CD   nummod    12 I-DATE
        16 .            PUNCT .    punct     10 O
        """


def test_the_meeting_named_again_as_subject_opening_the_next_paragraph_gives_its_date():
    """"Acme will join the Northwind Summit.\\n\\nThe conference opens on May 5, 2026.": the paragraph
    closes on the name, the next one opens by naming the meeting again as its subject."""
    release = records(parse(
        "Acme will join the Northwind Summit.\n\nThe conference opens on May 5, 2026.",
        NEXT_PARAGRAPH.format(first="The", noun="conference", dep="nsubj"),
        published="2026-04-01",
    ))
    assert events(release) == {("Northwind Summit", "2026-05-05", "2026-05-05", None, None)}


def test_a_meeting_word_in_the_next_paragraph_that_is_not_its_subject_dates_nothing():
    """Near miss: the same words, but "conference" not the subject of the next paragraph's opening
    sentence (the parse makes it an object): the summit stays undated, so no record."""
    release = records(parse(
        "Acme will join the Northwind Summit.\n\nThe conference opens on May 5, 2026.",
        NEXT_PARAGRAPH.format(first="The", noun="conference", dep="dobj "),
        published="2026-04-01",
    ))
    assert release.events == []


EDITION_TAKES_PLACE = """
        0  The          DET   DT   det       1  O
        1  {name} PROPN NNP  nsubj     3  {ent}
        2  2026         NUM   CD   nummod    1  O
        3  {verb} VERB  VBZ  ROOT      3  O
        4  place        NOUN  NN   dobj      3  O
        5  May          PROPN NNP  npadvmod  3  B-DATE
        6  5            NUM   CD   nummod    5  I-DATE
        7  -            SYM   SYM  punct     8  I-DATE
        8  7            NUM   CD   prep      5  I-DATE
        9  in           ADP   IN   prep      3  O
        10 Springfield  PROPN NNP  pobj      9  B-GPE
        11 .            PUNCT .    punct     3  O
        """


def test_a_name_with_its_edition_year_that_takes_place_is_a_meeting():
    """"The Northwind 2026 takes place May 5-7 in Springfield": no meeting word, but the name with its
    edition year is the subject of taking place on a date."""
    release = records(parse(
        "The Northwind 2026 takes place May 5-7 in Springfield.",
        EDITION_TAKES_PLACE.format(name="Northwind", ent="O", verb="takes"),
        published="2026-04-01",
    ))
    assert events(release) == {("Northwind 2026", "2026-05-05", "2026-05-07", "Springfield", None)}


def test_a_place_with_a_year_that_takes_place_is_no_meeting():
    """Near miss: "Lakeside 2026 takes place May 5-7" with Lakeside a place: the place's edition of
    something, no name of a meeting."""
    release = records(parse(
        "The Lakeside 2026 takes place May 5-7 in Springfield.",
        EDITION_TAKES_PLACE.format(name="Lakeside ", ent="B-GPE", verb="takes"),
        published="2026-04-01",
    ))
    assert release.events == []


def test_a_name_with_its_edition_year_that_does_something_else_is_no_meeting():
    """Near miss: "Northwind 2026 makes place May 5-7" (no verb of taking place): no meeting."""
    release = records(parse(
        "The Northwind 2026 makes place May 5-7 in Springfield.",
        EDITION_TAKES_PLACE.format(name="Northwind", ent="O", verb="makes"),
        published="2026-04-01",
    ))
    assert release.events == []


HAPPENED_AT = """
        0  Jane         PROPN NNP  compound  1  B-PERSON
        1  Roe          PROPN NNP  poss      5  I-PERSON
        2  's           PART  POS  case      1  I-PERSON
        3  June         PROPN NNP  nmod      5  B-DATE
        4  3            NUM   CD   nummod    3  I-DATE
        5  {noun} NOUN  NN   nsubj     10 O
        6  {prep} ADP   IN   prep      5  O
        7  the          DET   DT   det       9  O
        8  Northwind    PROPN NNP  compound  9  O
        9  Forum        PROPN NNP  pobj      6  O
        10 drew         VERB  VBD  ROOT      10 O
        11 a            DET   DT   det       12 O
        12 crowd        NOUN  NN   dobj      10 O
        13 .            PUNCT .    punct     10 O
        """


def test_a_dated_noun_at_the_meeting_gives_the_meeting_its_date():
    """"Jane Roe's June 3 presentation at the Northwind Forum drew a crowd.": what happened at the
    meeting on a date happened on a day of the meeting."""
    release = records(parse(
        "Jane Roe's June 3 presentation at the Northwind Forum drew a crowd.",
        HAPPENED_AT.format(noun="presentation", prep="at"),
        published="2025-06-10",
    ))
    assert events(release) == {("Northwind Forum", "2025-06-03", "2025-06-03", None, None)}


def test_a_dated_noun_for_the_meeting_dates_no_meeting():
    """Near miss: "Jane Roe's June 3 deadline for the Northwind Forum": a date of something for the
    meeting, not at it; the forum stays undated, so no record."""
    release = records(parse(
        "Jane Roe's June 3 deadline for the Northwind Forum drew a crowd.",
        HAPPENED_AT.format(noun="deadline    ", prep="for"),
        published="2025-06-10",
    ))
    assert release.events == []


def test_a_meeting_held_where_the_main_clause_places_something_takes_its_date():
    """"The ministers met in March 2024 in Lyon, where the Northwind Dialogue was held.": a relative
    clause of place ("where ...") on the place of the main clause; the main verb's date is the meeting's."""
    release = records(parse(
        "The ministers met in March 2024 in Lyon, where the Northwind Dialogue was held.",
        """
        0  The        DET   DT   det        1  O
        1  ministers  NOUN  NNS  nsubj      2  O
        2  met        VERB  VBD  ROOT       2  O
        3  in         ADP   IN   prep       2  O
        4  March      PROPN NNP  pobj       3  B-DATE
        5  2024       NUM   CD   nummod     4  I-DATE
        6  in         ADP   IN   prep       2  O
        7  Lyon       PROPN NNP  pobj       6  B-GPE
        8  ,          PUNCT ,    punct      7  O
        9  where      ADV   WRB  advmod     14 O
        10 the        DET   DT   det        12 O
        11 Northwind  PROPN NNP  compound   12 O
        12 Dialogue   PROPN NNP  nsubjpass  14 O
        13 was        AUX   VBD  auxpass    14 O
        14 held       VERB  VBN  relcl      7  O
        15 .          PUNCT .    punct      2  O
        """,
        published="2024-05-01",
    ))
    assert events(release) == {("Northwind Dialogue", "2024-03", "2024-03", None, None)}


def test_a_meeting_in_a_relative_clause_that_is_not_of_place_takes_no_date_from_the_main_clause():
    """Near miss: "The ministers met in March 2024 in Lyon, which hosted the Northwind Dialogue.": a
    relative clause of what the place did, not "where"; the dialogue stays undated, so no record."""
    release = records(parse(
        "The ministers met in March 2024 in Lyon, which hosted the Northwind Dialogue.",
        """
        0  The        DET   DT   det        1  O
        1  ministers  NOUN  NNS  nsubj      2  O
        2  met        VERB  VBD  ROOT       2  O
        3  in         ADP   IN   prep       2  O
        4  March      PROPN NNP  pobj       3  B-DATE
        5  2024       NUM   CD   nummod     4  I-DATE
        6  in         ADP   IN   prep       2  O
        7  Lyon       PROPN NNP  pobj       6  B-GPE
        8  ,          PUNCT ,    punct      7  O
        9  which      PRON  WDT  nsubj      10 O
        10 hosted     VERB  VBD  relcl      7  O
        11 the        DET   DT   det        13 O
        12 Northwind  PROPN NNP  compound   13 O
        13 Dialogue   PROPN NNP  dobj       10 O
        14 .          PUNCT .    punct      2  O
        """,
        published="2024-05-01",
    ))
    assert release.events == []


def test_one_meeting_written_with_and_without_a_hyphen_is_one_record():
    """"the Cross-Border Crime Forum on May 5, 2025 ... the Cross Border Crime Forum on May 5, 2025":
    the same name but for its punctuation is the same meeting."""
    release = records(parse(
        "Acme joined the Cross-Border Crime Forum on May 5, 2025. Acme spoke at the Cross Border Crime Forum on May 5, 2025.",
        """
        0  Acme       PROPN NNP  nsubj     1  B-ORG
        1  joined     VERB  VBD  ROOT      1  O
        2  the        DET   DT   det       7  O
        3  Cross      PROPN NNP  compound  5  O
        4  -          PUNCT HYPH punct     5  O
        5  Border     PROPN NNP  compound  7  O
        6  Crime      PROPN NNP  compound  7  O
        7  Forum      PROPN NNP  dobj      1  O
        8  on         ADP   IN   prep      1  O
        9  May        PROPN NNP  pobj      8  B-DATE
        10 5          NUM   CD   nummod    9  I-DATE
        11 ,          PUNCT ,    punct     9  I-DATE
        12 2025       NUM   CD   nummod    9  I-DATE
        13 .          PUNCT .    punct     1  O
        14 Acme       PROPN NNP  nsubj     15 B-ORG
        15 spoke      VERB  VBD  ROOT      15 O
        16 at         ADP   IN   prep      15 O
        17 the        DET   DT   det       21 O
        18 Cross      PROPN NNP  compound  19 O
        19 Border     PROPN NNP  compound  21 O
        20 Crime      PROPN NNP  compound  21 O
        21 Forum      PROPN NNP  pobj      16 O
        22 on         ADP   IN   prep      15 O
        23 May        PROPN NNP  pobj      22 B-DATE
        24 5          NUM   CD   nummod    23 I-DATE
        25 ,          PUNCT ,    punct     23 I-DATE
        26 2025       NUM   CD   nummod    23 I-DATE
        27 .          PUNCT .    punct     15 O
        """,
        published="2025-05-10",
    ))
    assert events(release) == {("Cross-Border Crime Forum", "2025-05-05", "2025-05-05", None, None)}


def test_each_meeting_takes_the_date_field_of_its_own_paragraph():
    """"Poster Session 1 – Jane Roe\\nWhen: June 5, 2025\\n\\nPoster Session 2 – “Vaccines.”When: June 6,
    2025": each session takes the first date field after its name in its paragraph (the second
    label glued to the quote before it, its line break lost); the number stays in the name."""
    release = records(parse(
        "Poster Session 1 – Jane Roe\nWhen: June 5, 2025\n\nPoster Session 2 – “Vaccines.”When: June 6, 2025",
        """
        0  Poster    PROPN NNP  compound  1  O
        1  Session   PROPN NNP  ROOT      1  O
        2  1         NUM   CD   nummod    1  O
        3  –         PUNCT :    punct     1  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  appos     1  I-PERSON
        6  \\n        SPACE _SP  dep       5  O
        7  When      ADV   WRB  advmod    9  O
        8  :         PUNCT :    punct     9  O
        9  June      PROPN NNP  ROOT      9  B-DATE
        10 5         NUM   CD   nummod    9  I-DATE
        11 ,         PUNCT ,    punct     9  I-DATE
        12 2025      NUM   CD   nummod    9  I-DATE
        13 \\n\\n      SPACE _SP  dep       12 O
        14 Poster    PROPN NNP  compound  15 O
        15 Session   PROPN NNP  ROOT      15 O
        16 2         NUM   CD   nummod    15 O
        17 –         PUNCT :    punct     15 O
        18 “         PUNCT ``   punct     19 O
        19 Vaccines  NOUN  NNS  appos     15 O
        20 .         PUNCT .    punct     15 O
        21 ”When     ADV   WRB  advmod    23 O
        22 :         PUNCT :    punct     23 O
        23 June      PROPN NNP  ROOT      23 B-DATE
        24 6         NUM   CD   nummod    23 I-DATE
        25 ,         PUNCT ,    punct     23 I-DATE
        26 2025      NUM   CD   nummod    23 I-DATE
        """,
        published="2025-06-01",
    ))
    assert events(release) == {
        ("Poster Session 1", "2025-06-05", "2025-06-05", None, None),
        ("Poster Session 2", "2025-06-06", "2025-06-06", None, None),
    }


def test_a_date_field_in_another_paragraph_dates_no_meeting_of_a_list():
    """Near miss: "Poster Session 1 – Jane Roe\\n\\nPoster Session 2 – John Doe\\nWhen: June 6, 2025":
    the field sits in the second session's paragraph; the first session stays undated, so no record."""
    release = records(parse(
        "Poster Session 1 – Jane Roe\n\nPoster Session 2 – John Doe\nWhen: June 6, 2025",
        """
        0  Poster    PROPN NNP  compound  1  O
        1  Session   PROPN NNP  ROOT      1  O
        2  1         NUM   CD   nummod    1  O
        3  –         PUNCT :    punct     1  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  appos     1  I-PERSON
        6  \\n\\n      SPACE _SP  dep       5  O
        7  Poster    PROPN NNP  compound  8  O
        8  Session   PROPN NNP  ROOT      8  O
        9  2         NUM   CD   nummod    8  O
        10 –         PUNCT :    punct     8  O
        11 John      PROPN NNP  compound  12 B-PERSON
        12 Doe       PROPN NNP  appos     8  I-PERSON
        13 \\n        SPACE _SP  dep       12 O
        14 When      ADV   WRB  advmod    16 O
        15 :         PUNCT :    punct     16 O
        16 June      PROPN NNP  ROOT      16 B-DATE
        17 6         NUM   CD   nummod    16 I-DATE
        18 ,         PUNCT ,    punct     16 I-DATE
        19 2025      NUM   CD   nummod    16 I-DATE
        """,
        published="2025-06-01",
    ))
    assert events(release) == {("Poster Session 2", "2025-06-06", "2025-06-06", None, None)}


COLON_TITLE = """
        0  Acme      PROPN NNP  nsubj     1  B-ORG
        1  hosts     VERB  VBZ  ROOT      1  O
        2  a         DET   DT   det       3  O
        3  {noun} NOUN  NN   dobj      1  O
        4  :         PUNCT :    punct     3  O
        5  “         PUNCT ``   punct     7  O
        6  Growth    PROPN NNP  compound  7  O
        7  Paths     PROPN NNPS appos     3  O
        8  for       ADP   IN   prep      7  O
        9  Small     PROPN NNP  compound  10 O
        10 Lenders   PROPN NNPS pobj      8  O
        11 in        ADP   IN   prep      10 O
        12 the       DET   DT   det       15 O
        13 Coming    PROPN NNP  compound  15 O
        14 Two       NUM   CD   nummod    15 O
        15 Years     PROPN NNPS pobj      11 O
        16 and       CCONJ CC   cc        15 O
        17 Beyond    PROPN NNP  conj      15 O
        18 .         PUNCT .    punct     1  O
        19 ”         PUNCT ''   punct     1  O
        20 The       DET   DT   det       21 O
        21 {noun} NOUN  NN   nsubj     22 O
        22 opens     VERB  VBZ  ROOT      22 O
        23 on        ADP   IN   prep      22 O
        24 May       PROPN NNP  pobj      23 B-DATE
        25 5         NUM   CD   nummod    24 I-DATE
        26 ,         PUNCT ,    punct     24 I-DATE
        27 2025      NUM   CD   nummod    24 I-DATE
        28 .         PUNCT .    punct     22 O
        """


def test_a_long_quoted_title_after_a_meeting_word_and_a_colon_names_the_meeting():
    """'Acme hosts a webinar: “Growth Paths for Small Lenders in the Coming Two Years and Beyond.” The
    webinar opens on May 5, 2025.': the quoted title after the colon is the webinar's name (however
    long, without its closing period); the next sentence dates it."""
    text = "Acme hosts a {0}: “Growth Paths for Small Lenders in the Coming Two Years and Beyond.” The {0} opens on May 5, 2025."
    release = records(parse(text.format("webinar"), COLON_TITLE.format(noun="webinar"), published="2025-04-01"))
    assert events(release) == {("Growth Paths for Small Lenders in the Coming Two Years and Beyond", "2025-05-05", "2025-05-05", "virtual", None)}


def test_a_quoted_title_after_another_noun_and_a_colon_names_no_meeting():
    """Near miss: "Acme hosts a library: “...”" (no meeting word before the colon): no record."""
    text = "Acme hosts a {0}: “Growth Paths for Small Lenders in the Coming Two Years and Beyond.” The {0} opens on May 5, 2025."
    release = records(parse(text.format("library"), COLON_TITLE.format(noun="library"), published="2025-04-01"))
    assert release.events == []



def test_a_part_of_a_month_after_the_name_dates_the_meeting_at_month_precision():
    """"Acme spoke at the Northwind Meeting slated for the end of March.": "the end of March" is
    March (components/dates.py), the date that follows the name closely."""
    release = records(parse(
        "Acme spoke at the Northwind Meeting slated for the end of March.",
        """
        0  Acme       PROPN NNP  nsubj     1  B-ORG
        1  spoke      VERB  VBD  ROOT      1  O
        2  at         ADP   IN   prep      1  O
        3  the        DET   DT   det       5  O
        4  Northwind  PROPN NNP  compound  5  O
        5  Meeting    PROPN NNP  pobj      2  O
        6  slated     VERB  VBN  advcl     1  O
        7  for        ADP   IN   prep      6  O
        8  the        DET   DT   det       9  B-DATE
        9  end        NOUN  NN   pobj      7  I-DATE
        10 of         ADP   IN   prep      9  I-DATE
        11 March      PROPN NNP  pobj      10 I-DATE
        12 .          PUNCT .    punct     1  O
        """,
        published="2025-03-10",
    ))
    assert events(release) == {("Northwind Meeting", "2025-03", "2025-03", None, None)}


APPOSITIVE_EDITION = """
        0  Acme       PROPN NNP  nsubj     1  B-ORG
        1  went       VERB  VBD  ROOT      1  O
        2  to         ADP   IN   prep      1  O
        3  Northwind  PROPN NNP  compound  4  B-ORG
        4  Live       PROPN NNP  pobj      2  I-ORG
        5  2025       NUM   CD   nummod    4  I-ORG
        6  ,          PUNCT ,    punct     4  O
        7  one        NUM   CD   appos     4  B-CARDINAL
        8  of         ADP   IN   prep      7  O
        9  the        DET   DT   det       11 O
        10 largest    ADJ   JJS  amod      11 O
        11 {noun} NOUN  NNS  pobj      8  O
        12 .          PUNCT .    punct     1  O
        """


def test_a_name_with_its_year_in_apposition_with_a_meeting_word_is_a_meeting_of_that_year():
    """"Acme went to Northwind Live 2025, one of the largest conferences.": the apposition says the
    name is a meeting's; its edition year (inside the model's organization entity) dates it."""
    release = records(parse(
        "Acme went to Northwind Live 2025, one of the largest conferences.",
        APPOSITIVE_EDITION.format(noun="conferences"), published="2025-03-03",
    ))
    assert events(release) == {("Northwind Live 2025", "2025", "2025", None, None)}


def test_a_name_with_its_year_in_apposition_with_another_noun_is_no_meeting():
    """Near miss: "Northwind Live 2025, one of the largest platforms": no meeting word; no record."""
    release = records(parse(
        "Acme went to Northwind Live 2025, one of the largest platforms.",
        APPOSITIVE_EDITION.format(noun="platforms  "), published="2025-03-03",
    ))
    assert release.events == []


def test_a_date_of_another_year_said_of_the_event_later_keeps_the_edition_year():
    """"Acme honors the 2025 Northwind Fest. Jane Roe has run the event in 2023.": the edition year
    dates the meeting; a date of another year said of "the event" is the series' history."""
    release = records(parse(
        "Acme honors the 2025 Northwind Fest. Jane Roe has run the event in 2023.",
        """
        0  Acme       PROPN NNP  nsubj     1  B-ORG
        1  honors     VERB  VBZ  ROOT      1  O
        2  the        DET   DT   det       5  O
        3  2025       NUM   CD   nummod    5  B-DATE
        4  Northwind  PROPN NNP  compound  5  O
        5  Fest       PROPN NNP  dobj      1  O
        6  .          PUNCT .    punct     1  O
        7  Jane       PROPN NNP  compound  8  B-PERSON
        8  Roe        PROPN NNP  nsubj     10 I-PERSON
        9  has        AUX   VBZ  aux       10 O
        10 run        VERB  VBN  ROOT      10 O
        11 the        DET   DT   det       12 O
        12 event      NOUN  NN   dobj      10 O
        13 in         ADP   IN   prep      10 O
        14 2023       NUM   CD   pobj      13 B-DATE
        15 .          PUNCT .    punct     10 O
        """,
        published="2025-06-01",
    ))
    assert events(release) == {("Northwind Fest", "2025", "2025", None, None)}



def test_a_lower_case_meeting_after_a_body_of_two_words_names_its_meeting():
    """"Acme hosted the Northwind Advisory Council meeting on July 28", "today's OSCE Permanent
    Council meeting": a lower-case "meeting" or "session" after a body's name of two words or more
    (its last word a head word of patterns/org_heads.jsonl) is that body's named meeting."""
    release = records(parse(
        "Acme hosted the Northwind Advisory Council meeting on July 28.",
        """
        0  Acme      PROPN NNP nsubj    1  B-ORG
        1  hosted    VERB  VBD ROOT     1  O
        2  the       DET   DT  det      6  O
        3  Northwind PROPN NNP compound 5  B-ORG
        4  Advisory  PROPN NNP compound 5  I-ORG
        5  Council   PROPN NNP compound 6  I-ORG
        6  meeting   NOUN  NN  dobj     1  O
        7  on        ADP   IN  prep     1  O
        8  July      PROPN NNP pobj     7  B-DATE
        9  28        NUM   CD  nummod   8  I-DATE
        10 .         PUNCT .   punct    1  O
        """,
        published="2022-07-31",
    ))
    assert events(release) == {("Northwind Advisory Council meeting", "2022-07-28", "2022-07-28", None, "Acme")}


def test_a_meeting_named_by_no_body_is_no_event():
    """Near miss: "the White House meeting on May 5", "the Springfield Partners meeting": a name
    that ends in no body's head word (or a building's alone) does not name a meeting."""
    for first, second, label in (("White", "House", "ORG"), ("Springfield", "Partners", "ORG"), ("White", "House", "FAC")):
        release = records(parse(
            f"The {first} {second} meeting on May 5 covered trade.",
            f"""
            0 The      DET   DT  det      3 O
            1 {first}  PROPN NNP compound 2 B-{label}
            2 {second} PROPN NNP compound 3 I-{label}
            3 meeting  NOUN  NN  nsubj    7 O
            4 on       ADP   IN  prep     3 O
            5 May      PROPN NNP pobj     4 B-DATE
            6 5        NUM   CD  nummod   5 I-DATE
            7 covered  VERB  VBD ROOT     7 O
            8 trade    NOUN  NN  dobj     7 O
            9 .        PUNCT .   punct    7 O
            """,
            published="2022-05-10",
        ))
        assert release.events == [], (first, second, label)


def test_a_date_without_a_year_falls_in_the_edition_year_of_the_name():
    """"Acme will speak at Northwind Week 2026 on September 21", said in March 2026: the name's
    edition year gives the day its year (the nearest September would be last year's)."""
    release = records(parse(
        "Acme will speak at Northwind Week 2026 on September 21.",
        """
        0  Acme      PROPN NNP nsubj    2  B-ORG
        1  will      AUX   MD  aux      2  O
        2  speak     VERB  VB  ROOT     2  O
        3  at        ADP   IN  prep     2  O
        4  Northwind PROPN NNP compound 5  O
        5  Week      PROPN NNP pobj     3  O
        6  2026      NUM   CD  nummod   5  B-DATE
        7  on        ADP   IN  prep     2  O
        8  September PROPN NNP pobj     7  B-DATE
        9  21        NUM   CD  nummod   8  I-DATE
        10 .         PUNCT .   punct    2  O
        """,
        published="2026-03-02",
    ))
    assert events(release) == {("Northwind Week 2026", "2026-09-21", "2026-09-21", None, None)}


def test_a_year_after_a_reporting_period_is_no_edition_year():
    """Near miss: "Acme will hold its Fourth Quarter 2025 Earnings Call on March 5", said in March
    2026: 2025 is the quarter reported on; the call falls in the March nearest the release."""
    release = records(parse(
        "Acme will hold its Fourth Quarter 2025 Earnings Call on March 5.",
        """
        0  Acme     PROPN NNP  nsubj    2  B-ORG
        1  will     AUX   MD   aux      2  O
        2  hold     VERB  VB   ROOT     2  O
        3  its      PRON  PRP$ poss     8  O
        4  Fourth   PROPN NNP  compound 5  B-DATE
        5  Quarter  PROPN NNP  compound 8  I-DATE
        6  2025     NUM   CD   nummod   5  I-DATE
        7  Earnings PROPN NNP  compound 8  O
        8  Call     PROPN NNP  dobj     2  O
        9  on       ADP   IN   prep     2  O
        10 March    PROPN NNP  pobj     9  B-DATE
        11 5        NUM   CD   nummod   10 I-DATE
        12 .        PUNCT .    punct    2  O
        """,
        published="2026-03-02",
    ))
    assert {e[1] for e in events(release)} == {"2026-03-05"}

def test_a_name_set_off_beside_a_lower_case_meeting_noun_is_a_meeting():
    """"attend Brightfair, the largest clean energy event, Sept. 8-11": the name has no meeting word of its own."""
    release = records(parse(
        "Northwind will attend Brightfair, the largest clean energy event, Sept. 8-11 in Las Vegas.",
        """
        0  Northwind  NOUN  NN  nsubj    2  B-ORG
        1  will       AUX   MD  aux      2  O
        2  attend     VERB  VB  ROOT     2  O
        3  Brightfair PROPN NNP dobj     2  B-WORK_OF_ART
        4  ,          PUNCT ,   punct    3  O
        5  the        DET   DT  det      9  O
        6  largest    ADJ   JJS amod     9  O
        7  clean      ADJ   JJ  amod     8  O
        8  energy     NOUN  NN  compound 9  O
        9  event      NOUN  NN  appos    3  O
        10 ,          PUNCT ,   punct    2  O
        11 Sept.      PROPN NNP npadvmod 2  B-DATE
        12 8          NUM   CD  nummod   11 I-DATE
        13 -          SYM   SYM punct    14 I-DATE
        14 11         NUM   CD  nummod   11 I-DATE
        15 in         ADP   IN  prep     2  O
        16 Las        PROPN NNP compound 17 B-GPE
        17 Vegas      PROPN NNP pobj     15 I-GPE
        18 .          PUNCT .   punct    2  O
        """,
        published="2025-06-01",
    ))
    assert events(release) == {("Brightfair", "2025-09-08", "2025-09-11", "Las Vegas", None)}


def test_a_name_set_off_after_a_lower_case_meeting_noun_is_a_meeting_even_read_as_a_person():
    """"its annual user conference, Acme Connect, on April 3, 2025": the model read the name as a person."""
    release = records(parse(
        "Acme will host its annual user conference, Acme Connect, on April 3, 2025 in Orlando.",
        """
        0  Acme       PROPN NNP  nsubj    2  O
        1  will       AUX   MD   aux      2  O
        2  host       VERB  VB   ROOT     2  O
        3  its        PRON  PRP$ poss     6  O
        4  annual     ADJ   JJ   amod     6  B-DATE
        5  user       NOUN  NN   compound 6  O
        6  conference NOUN  NN   dobj     2  O
        7  ,          PUNCT ,    punct    6  O
        8  Acme       PROPN NNP  compound 9  B-PERSON
        9  Connect    PROPN NNP  appos    6  I-PERSON
        10 ,          PUNCT ,    punct    2  O
        11 on         ADP   IN   prep     2  O
        12 April      PROPN NNP  pobj     11 B-DATE
        13 3          NUM   CD   nummod   12 I-DATE
        14 ,          PUNCT ,    punct    12 I-DATE
        15 2025       NUM   CD   appos    12 I-DATE
        16 in         ADP   IN   prep     12 O
        17 Orlando    PROPN NNP  pobj     16 B-GPE
        18 .          PUNCT .    punct    2  O
        """,
        published="2025-01-15",
    ))
    assert ("Acme Connect", "2025-04-03", "2025-04-03", "Orlando", None) in events(release)


def test_a_name_before_a_comma_and_the_meeting_noun_that_is_the_clauses_subject_is_no_meeting():
    """"Held in Lakeview, the event is open to all on May 3": an opening phrase, not an apposition."""
    release = records(parse(
        "Held in Lakeview, the event is open to all on May 3, 2025.",
        """
        0  Held     VERB  VBN advcl  6  O
        1  in       ADP   IN  prep   0  O
        2  Lakeview PROPN NNP pobj   1  O
        3  ,        PUNCT ,   punct  6  O
        4  the      DET   DT  det    5  O
        5  event    NOUN  NN  nsubj  6  O
        6  is       AUX   VBZ ROOT   6  O
        7  open     ADJ   JJ  acomp  6  O
        8  to       ADP   IN  prep   7  O
        9  all      PRON  DT  pobj   8  O
        10 on       ADP   IN  prep   6  O
        11 May      PROPN NNP pobj   10 B-DATE
        12 3        NUM   CD  nummod 11 I-DATE
        13 ,        PUNCT ,   punct  11 I-DATE
        14 2025     NUM   CD  nummod 11 I-DATE
        15 .        PUNCT .   punct  6  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == set()


def test_an_awards_ceremony_is_a_gathering_and_a_meeting():
    """"the Bluefield Awards Ceremony on May 1, 2025": a ceremony, breakfast, luncheon, dinner or reception
    is a gathering (patterns/event_heads.jsonl), a meeting even where an award names it."""
    release = records(parse(
        "Jane Roe spoke at the Bluefield Awards Ceremony on May 1, 2025 in Houston.",
        """
        0  Jane      PROPN NNP  compound 1  B-PERSON
        1  Roe       PROPN NNP  nsubj    2  I-PERSON
        2  spoke     VERB  VBD  ROOT     2  O
        3  at        ADP   IN   prep     2  O
        4  the       DET   DT   det      7  B-FAC
        5  Bluefield PROPN NNP  compound 7  I-FAC
        6  Awards    PROPN NNPS compound 7  I-FAC
        7  Ceremony  PROPN NNP  pobj     3  I-FAC
        8  on        ADP   IN   prep     2  O
        9  May       PROPN NNP  pobj     8  B-DATE
        10 1         NUM   CD   nummod   9  I-DATE
        11 ,         PUNCT ,    punct    9  I-DATE
        12 2025      NUM   CD   appos    9  I-DATE
        13 in        ADP   IN   prep     2  O
        14 Houston   PROPN NNP  pobj     13 B-GPE
        15 .         PUNCT .    punct    2  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == {("Bluefield Awards Ceremony", "2025-05-01", "2025-05-01", "Houston", None)}


def test_a_city_after_the_meeting_word_then_a_comma_and_dates_belongs_to_the_name():
    """"at the Northwind Expo Lakeview, September 29 - October 1, 2025": the city names this edition."""
    release = records(parse(
        "Visit Acme at the Northwind Expo Lakeview, September 29 - October 1, 2025.",
        """
        0  Visit     VERB  VB  ROOT     0  O
        1  Acme      PROPN NNP dobj     0  O
        2  at        ADP   IN  prep     0  O
        3  the       DET   DT  det      6  O
        4  Northwind PROPN NNP compound 6  O
        5  Expo      PROPN NNP compound 6  O
        6  Lakeview  PROPN NNP pobj     2  O
        7  ,         PUNCT ,   punct    0  O
        8  September PROPN NNP npadvmod 0  B-DATE
        9  29        NUM   CD  nummod   8  I-DATE
        10 -         PUNCT :   punct    11 I-DATE
        11 October   PROPN NNP appos    8  I-DATE
        12 1         NUM   CD  nummod   11 I-DATE
        13 ,         PUNCT ,   punct    11 I-DATE
        14 2025      NUM   CD  nummod   11 I-DATE
        15 .         PUNCT .   punct    0  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == {("Northwind Expo Lakeview", "2025-09-29", "2025-10-01", None, None)}


def test_a_name_the_model_put_in_its_edition_years_date_entity_is_a_meeting_at_held():
    """"at Brightfair 2025, held May 12-15 in Detroit": the model read "Brightfair 2025" as one date."""
    release = records(parse(
        "Acme will showcase its arm at Brightfair 2025, held May 12-15 in Detroit.",
        """
        0  Acme       PROPN NNP  nsubj    2  O
        1  will       AUX   MD   aux      2  O
        2  showcase   VERB  VB   ROOT     2  O
        3  its        PRON  PRP$ poss     4  O
        4  arm        NOUN  NN   dobj     2  O
        5  at         ADP   IN   prep     2  O
        6  Brightfair PROPN NNP  pobj     5  B-DATE
        7  2025       NUM   CD   nummod   6  I-DATE
        8  ,          PUNCT ,    punct    2  O
        9  held       VERB  VBD  advcl    2  O
        10 May        PROPN NNP  npadvmod 9  B-DATE
        11 12         NUM   CD   nummod   10 I-DATE
        12 -          SYM   SYM  punct    13 I-DATE
        13 15         NUM   CD   prep     11 I-DATE
        14 in         ADP   IN   prep     9  O
        15 Detroit    PROPN NNP  pobj     14 B-GPE
        16 .          PUNCT .    punct    2  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == {("Brightfair 2025", "2025-05-12", "2025-05-15", "Detroit", None)}


def test_a_meeting_named_without_a_date_takes_the_date_of_its_conference_later_in_the_sentence():
    """"Brightfair, the ultimate event for builders, announces its speakers for its conference occurring
    ... from Jan. 21-24, 2025": the date hangs on the lower-case noun that names the meeting again."""
    release = records(parse(
        "Brightfair, the ultimate event for builders, announces its speakers for its conference occurring in Miami from Jan. 21-24, 2025.",
        """
        0  Brightfair PROPN NNP  nsubj  8  O
        1  ,          PUNCT ,    punct  0  O
        2  the        DET   DT   det    4  O
        3  ultimate   ADJ   JJ   amod   4  O
        4  event      NOUN  NN   appos  0  O
        5  for        ADP   IN   prep   4  O
        6  builders   NOUN  NNS  pobj   5  O
        7  ,          PUNCT ,    punct  0  O
        8  announces  VERB  VBZ  ROOT   8  O
        9  its        PRON  PRP$ poss   10 O
        10 speakers   NOUN  NNS  dobj   8  O
        11 for        ADP   IN   prep   8  O
        12 its        PRON  PRP$ poss   13 O
        13 conference NOUN  NN   pobj   11 O
        14 occurring  VERB  VBG  acl    13 O
        15 in         ADP   IN   prep   14 O
        16 Miami      PROPN NNP  pobj   15 B-GPE
        17 from       ADP   IN   prep   14 O
        18 Jan.       PROPN NNP  pobj   17 B-DATE
        19 21         NUM   CD   nummod 18 I-DATE
        20 -          SYM   SYM  punct  21 I-DATE
        21 24         NUM   CD   nummod 18 I-DATE
        22 ,          PUNCT ,    punct  18 I-DATE
        23 2025       NUM   CD   appos  18 I-DATE
        24 .          PUNCT .    punct  8  O
        """,
        published="2024-10-01",
    ))
    assert {(e[0], e[1], e[2]) for e in events(release)} == {("Brightfair", "2025-01-21", "2025-01-24")}


def test_a_lower_case_ceremony_after_an_awards_name_is_a_named_gathering():
    """"at the Bluefield Awards ceremony on March 6, 2025": the awards are no meeting, their ceremony is
    one, even where the model read the name as a building."""
    release = records(parse(
        "Winners will be announced at the Bluefield Awards ceremony on March 6, 2025, in Chicago.",
        """
        0  Winners   NOUN  NNS  nsubjpass 3  O
        1  will      AUX   MD   aux       3  O
        2  be        AUX   VB   auxpass   3  O
        3  announced VERB  VBN  ROOT      3  O
        4  at        ADP   IN   prep      3  O
        5  the       DET   DT   det       8  B-FAC
        6  Bluefield PROPN NNP  compound  7  I-FAC
        7  Awards    PROPN NNPS compound  8  I-FAC
        8  ceremony  NOUN  NN   pobj      4  O
        9  on        ADP   IN   prep      3  O
        10 March     PROPN NNP  pobj      9  B-DATE
        11 6         NUM   CD   nummod    10 I-DATE
        12 ,         PUNCT ,    punct     10 I-DATE
        13 2025      NUM   CD   nummod    10 I-DATE
        14 ,         PUNCT ,    punct     10 O
        15 in        ADP   IN   prep      10 O
        16 Chicago   PROPN NNP  pobj      15 B-GPE
        17 .         PUNCT .    punct     3  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == {("Bluefield Awards ceremony", "2025-03-06", "2025-03-06", "Chicago", None)}


def test_a_lower_case_meeting_word_that_modifies_another_noun_names_no_meeting():
    """"The Bluefield Awards dinner menu was published on March 6": the menu's date, no gathering."""
    release = records(parse(
        "The Bluefield Awards dinner menu was published on March 6, 2025.",
        """
        0  The       DET   DT   det       4  O
        1  Bluefield PROPN NNP  compound  2  B-ORG
        2  Awards    PROPN NNPS compound  4  I-ORG
        3  dinner    NOUN  NN   compound  4  O
        4  menu      NOUN  NN   nsubjpass 6  O
        5  was       AUX   VBD  auxpass   6  O
        6  published VERB  VBN  ROOT      6  O
        7  on        ADP   IN   prep      6  O
        8  March     PROPN NNP  pobj      7  B-DATE
        9  6         NUM   CD   nummod    8  I-DATE
        10 ,         PUNCT ,    punct     8  I-DATE
        11 2025      NUM   CD   nummod    8  I-DATE
        12 .         PUNCT .    punct     6  O
        """,
        published="2025-01-15",
    ))
    assert events(release) == set()


def test_a_festival_its_release_calls_a_film_festival_is_no_meeting():
    """"Brightwater Fest will be held on July 17, 2025 as the first vertical film festival": its name
    holds no art, its description does."""
    release = records(parse(
        "Brightwater Fest will be held on July 17, 2025 as the first vertical film festival.",
        """
        0  Brightwater PROPN NNP compound  1  B-ORG
        1  Fest        PROPN NNP nsubjpass 4  I-ORG
        2  will        AUX   MD  aux       4  O
        3  be          AUX   VB  auxpass   4  O
        4  held        VERB  VBN ROOT      4  O
        5  on          ADP   IN  prep      4  O
        6  July        PROPN NNP pobj      5  B-DATE
        7  17          NUM   CD  nummod    6  I-DATE
        8  ,           PUNCT ,   punct     6  I-DATE
        9  2025        NUM   CD  appos     6  I-DATE
        10 as          ADP   IN  prep      4  O
        11 the         DET   DT  det       15 O
        12 first       ADJ   JJ  amod      15 B-ORDINAL
        13 vertical    ADJ   JJ  amod      15 O
        14 film        NOUN  NN  compound  15 O
        15 festival    NOUN  NN  pobj      10 O
        16 .           PUNCT .   punct     4  O
        """,
        published="2025-06-01",
    ))
    assert events(release) == set()


def test_a_meeting_name_set_off_before_a_competition_is_no_meeting():
    """"its quarterly Northwind Pitch event, a high-stakes competition for startups": a competition."""
    release = records(parse(
        "On March 12, Acme hosted its quarterly Northwind Pitch event, a high-stakes competition for startups.",
        """
        0  On          ADP   IN   prep     5  O
        1  March       PROPN NNP  pobj     0  B-DATE
        2  12          NUM   CD   nummod   1  I-DATE
        3  ,           PUNCT ,    punct    5  O
        4  Acme        PROPN NNP  nsubj    5  B-ORG
        5  hosted      VERB  VBD  ROOT     5  O
        6  its         PRON  PRP$ poss     10 O
        7  quarterly   ADJ   JJ   amod     10 B-DATE
        8  Northwind   PROPN NNP  compound 9  O
        9  Pitch       PROPN NNP  compound 10 O
        10 event       NOUN  NN   dobj     5  O
        11 ,           PUNCT ,    punct    10 O
        12 a           DET   DT   det      16 O
        13 high        ADJ   JJ   amod     15 O
        14 -           PUNCT HYPH punct    15 O
        15 stakes      NOUN  NNS  compound 16 O
        16 competition NOUN  NN   appos    10 O
        17 for         ADP   IN   prep     16 O
        18 startups    NOUN  NNS  pobj     17 O
        19 .           PUNCT .    punct    5  O
        """,
        published="2025-03-14",
    ))
    assert events(release) == set()


def test_an_entry_without_a_meeting_word_in_a_calendar_of_meetings_is_a_meeting():
    """"February 26 - Lakeview Day" between calendar lines that name investor conferences: one more
    meeting of the calendar, dated by its line."""
    release = records(parse(
        "Calendar:\nJanuary 27 - Northwind Investor Conference\nFebruary 5 - Brightwater Investor Conference\nFebruary 26 - Lakeview Day",
        """
        0  Calendar    NOUN  NN   ROOT      0  O
        1  :           PUNCT :    punct     0  O
        2  \\n          SPACE _SP  dep       1  O
        3  January     PROPN NNP  nmod      8  B-DATE
        4  27          NUM   CD   nummod    3  I-DATE
        5  -           PUNCT HYPH punct     6  O
        6  Northwind   PROPN NNP  compound  7  O
        7  Investor    PROPN NNP  compound  8  O
        8  Conference  PROPN NNP  ROOT      8  O
        9  \\n          SPACE _SP  dep       8  O
        10 February    PROPN NNP  nmod      15 B-DATE
        11 5           NUM   CD   nummod    10 I-DATE
        12 -           PUNCT HYPH punct     13 O
        13 Brightwater PROPN NNP  compound  14 O
        14 Investor    PROPN NNP  compound  15 O
        15 Conference  PROPN NNP  ROOT      15 O
        16 \\n          SPACE _SP  dep       15 O
        17 February    PROPN NNP  ROOT      17 B-DATE
        18 26          NUM   CD   nummod    17 I-DATE
        19 -           PUNCT HYPH punct     20 I-DATE
        20 Lakeview    PROPN NNP  compound  21 I-DATE
        21 Day         PROPN NNP  appos     17 I-DATE
        """,
        published="2026-01-21",
    ))
    assert {(e[0], e[1]) for e in events(release)} == {
        ("Northwind Investor Conference", "2026-01-27"), ("Brightwater Investor Conference", "2026-02-05"), ("Lakeview Day", "2026-02-26"),
    }


TICKETS_FOR = """
        0  Tickets    NOUN  NNS  nsubj     5  O
        1  for        ADP   IN   prep      0  O
        2  the        DET   DT   det       4  O
        3  Northwind  PROPN NNP  compound  4  B-ORG
        4  Summit     PROPN NNP  pobj      1  I-ORG
        5  go         VERB  VBP  ROOT      5  O
        6  on         ADP   IN   prep      5  O
        7  sale       NOUN  NN   pobj      6  O
        8  on         ADP   IN   prep      5  O
        9  January    PROPN NNP  pobj      8  B-DATE
        10 20         NUM   CD   nummod    9  I-DATE
        11 ,          PUNCT ,    punct     9  I-DATE
        12 2025       NUM   CD   nummod    9  I-DATE
        13 .          PUNCT .    punct     5  O
        """


def test_a_date_on_the_verb_of_a_noun_the_name_completes_dates_no_meeting():
    """Near miss: "Tickets for the Northwind Summit go on sale on January 20, 2025.": the date is the
    sale's, said of the tickets the name completes through "for"; the summit stays undated."""
    release = records(parse("Tickets for the Northwind Summit go on sale on January 20, 2025.", TICKETS_FOR, published="2025-01-10"))
    assert release.events == []


def test_a_date_on_the_verb_of_a_meeting_part_the_name_completes_dates_the_meeting():
    """"Keynote for the Northwind Summit goes on air on January 20, 2025." (the same parse): a part of
    the meeting (patterns/event_session_nouns.jsonl) is no other noun; its date is the meeting's."""
    table = TICKETS_FOR.replace("Tickets    NOUN  NNS", "Keynote    NOUN  NN ").replace("go         VERB  VBP", "goes       VERB  VBZ").replace("sale       NOUN  NN   pobj", "air        NOUN  NN   pobj")
    release = records(parse("Keynote for the Northwind Summit goes on air on January 20, 2025.", table, published="2025-01-10"))
    assert events(release) == {("Northwind Summit", "2025-01-20", "2025-01-20", None, None)}


SET_OFF_TITLE = """
        0  Acme      PROPN NNP  nsubj     2  B-ORG
        1  will      AUX   MD   aux       2  O
        2  host      VERB  VB   ROOT      2  O
        3  a         DET   DT   det       4  O
        4  webinar   NOUN  NN   dobj      2  O
        5  ,         PUNCT ,    punct     4  O
        6  "         PUNCT ``   punct     9  O
        7  The       DET   DT   det       9  O
        8  Hiring    PROPN NNP  compound  9  O
        9  Outlook   PROPN NNP  appos     4  O
        10 ,         PUNCT ,    punct     9  O
        11 "         PUNCT ''   punct     9  O
        12 {lead:9} ADP   IN   prep      2  O
        13 February  PROPN NNP  pobj      12 B-DATE
        14 12        NUM   CD   nummod    13 I-DATE
        15 ,         PUNCT ,    punct     13 I-DATE
        16 2025      NUM   CD   nummod    13 I-DATE
        17 .         PUNCT .    punct     2  O
        """


def test_a_quoted_title_set_off_after_a_meeting_word_and_dated_names_the_meeting():
    """'Acme will host a webinar, "The Hiring Outlook," on February 12, 2025.': the quoted title set
    off by a comma after the meeting word, then the date, is the webinar's name."""
    release = records(parse('Acme will host a webinar, "The Hiring Outlook," on February 12, 2025.', SET_OFF_TITLE.format(lead="on"), published="2025-01-10"))
    assert {(e.name, e.start) for e in release.events} == {("The Hiring Outlook", "2025-02-12")}


def test_a_quoted_title_set_off_after_a_meeting_word_but_not_dated_names_no_meeting():
    """Near miss: 'Acme will host a webinar, "The Hiring Outlook," by February 12, 2025.': no word
    that dates a meeting follows the quote (patterns/event_date_leads.jsonl); no name."""
    release = records(parse('Acme will host a webinar, "The Hiring Outlook," by February 12, 2025.', SET_OFF_TITLE.format(lead="by"), published="2025-01-10"))
    assert release.events == []


BOOTH_SET_OFF = """
        0  Acme      PROPN NNP  nsubj     2  O
        1  will      AUX   MD   aux       2  O
        2  exhibit   VERB  VB   ROOT      2  O
        3  at        ADP   IN   prep      2  O
        4  CES       PROPN NNP  pobj      3  O
        5  2026      NUM   CD   nummod    4  B-DATE
        6  ,         PUNCT ,    punct     2  O
        7  {booth}   PROPN NNP  npadvmod  2  O
        8  123       NUM   CD   nummod    7  B-CARDINAL
        9  ,         PUNCT ,    punct     7  O
        10 Las       PROPN NNP  compound  11 B-GPE
        11 Vegas     PROPN NNP  appos     7  I-GPE
        12 ,         PUNCT ,    punct     7  O
        13 Jan.      PROPN NNP  appos     7  B-DATE
        14 6         NUM   CD   nummod    13 I-DATE
        15 -         SYM   SYM  punct     16 I-DATE
        16 9         NUM   CD   nummod    13 I-DATE
        17 .         PUNCT .    punct     2  O
        """


def test_dates_after_a_booth_and_a_city_set_off_after_the_name_date_the_meeting():
    """"Acme will exhibit at CES 2026, Booth 123, Las Vegas, Jan. 6-9.": the exhibitor's booth and the
    city set off after the name (patterns/event_booth_words.jsonl) stand between the name and its
    dates, wherever the parser hung them."""
    release = records(parse("Acme will exhibit at CES 2026, Booth 123, Las Vegas, Jan. 6-9.", BOOTH_SET_OFF.format(booth="Booth  "), published="2025-12-10"))
    assert {(e.name, e.start, e.end) for e in release.events} == {("CES 2026", "2026-01-06", "2026-01-09")}


def test_dates_after_another_set_off_noun_date_no_meeting_named_by_its_year():
    """Near miss: "Acme will exhibit at CES 2026, Model 123, Las Vegas, Jan. 6-9." (the same parse): a
    product set off after the name is no booth; the dates hang on it, and the name with its year
    alone is no meeting."""
    release = records(parse("Acme will exhibit at CES 2026, Model 123, Las Vegas, Jan. 6-9.", BOOTH_SET_OFF.format(booth="Model  "), published="2025-12-10"))
    assert release.events == []


PRESENT_AGAIN = """
        0  Acme      PROPN NNP  nsubj     2  B-ORG
        1  will      AUX   MD   aux       2  O
        2  present   VERB  VB   ROOT      2  O
        3  at        ADP   IN   prep      2  O
        4  the       DET   DT   det       7  O
        5  Northwind PROPN NNP  compound  7  O
        6  Growth    PROPN NNP  compound  7  O
        7  Conference PROPN NNP pobj      3  O
        8  .         PUNCT .    punct     2  O
        9  Acme      PROPN NNP  nsubj     11 B-ORG
        10 will      AUX   MD   aux       11 O
        11 {verb}    VERB  VB   ROOT      11 O
        12 on        ADP   IN   prep      11 O
        13 March     PROPN NNP  pobj      12 B-DATE
        14 10        NUM   CD   nummod    13 I-DATE
        15 ,         PUNCT ,    punct     13 I-DATE
        16 2025      NUM   CD   nummod    13 I-DATE
        17 at        ADP   IN   prep      11 O
        18 10        NUM   CD   nummod    19 B-TIME
        19 a.m.      NOUN  NN   pobj      17 I-TIME
        """


def test_the_verb_of_taking_part_said_again_with_a_date_dates_the_meeting():
    """"Acme will present at the Northwind Growth Conference. Acme will present on March 10, 2025 at 10
    a.m.": the verb the name hung on through "at" (patterns/event_verbs.jsonl), said again in the
    next sentence with a date and no other place or meeting (an hour is none), dates the meeting."""
    text = "Acme will present at the Northwind Growth Conference. Acme will present on March 10, 2025 at 10 a.m."
    release = records(parse(text, PRESENT_AGAIN.format(verb="present"), published="2025-01-15"))
    assert events(release) == {("Northwind Growth Conference", "2025-03-10", "2025-03-10", None, None)}


def test_another_verb_with_a_date_in_the_next_sentence_dates_no_meeting():
    """Near miss: "... Acme will report on March 10, 2025 at 10 a.m." (the same parse): another verb;
    the conference stays undated, so no record."""
    text = "Acme will present at the Northwind Growth Conference. Acme will report on March 10, 2025 at 10 a.m."
    release = records(parse(text, PRESENT_AGAIN.format(verb="report "), published="2025-01-15"))
    assert release.events == []


HELD_AWARDS = """
        0  Acme      PROPN NNP  nsubj     2  B-ORG
        1  will      AUX   MD   aux       2  O
        2  {verb}    VERB  VB   ROOT      2  O
        3  the       DET   DT   det       5  O
        4  Northwind PROPN NNP  compound  5  O
        5  Awards    PROPN NNPS dobj      2  O
        6  on        ADP   IN   prep      2  O
        7  March     PROPN NNP  pobj      6  B-DATE
        8  6         NUM   CD   nummod    7  I-DATE
        9  ,         PUNCT ,    punct     7  I-DATE
        10 2025      NUM   CD   nummod    7  I-DATE
        11 .         PUNCT .    punct     2  O
        """


def test_awards_a_hosting_verb_holds_name_the_ceremony_a_dated_gathering():
    """"Acme will host the Northwind Awards on March 6, 2025.": awards held by a hosting verb
    (patterns/event_host_verbs.jsonl) are the ceremony presenting them, a meeting."""
    release = records(parse("Acme will host the Northwind Awards on March 6, 2025.", HELD_AWARDS.format(verb="host"), published="2025-01-15"))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Awards", "2025-03-06")}


def test_awards_won_on_a_date_are_no_meeting():
    """Near miss: "Acme will win the Northwind Awards on March 6, 2025." (the same parse): awards won
    are no gathering (patterns/event_not_heads.jsonl)."""
    release = records(parse("Acme will win the Northwind Awards on March 6, 2025.", HELD_AWARDS.format(verb="win "), published="2025-01-15"))
    assert release.events == []


CONTESTED_AT = """
        0  The       DET   DT   det       1  O
        1  team      NOUN  NN   nsubj     2  O
        2  {verb}    VERB  VBD  ROOT      2  O
        3  at        ADP   IN   prep      2  O
        4  the       DET   DT   det       6  O
        5  Northwind PROPN NNP  compound  6  O
        6  Summit    PROPN NNP  pobj      3  O
        7  on        ADP   IN   prep      2  O
        8  July      PROPN NNP  pobj      7  B-DATE
        9  11        NUM   CD   nummod    8  I-DATE
        10 .         PUNCT .    punct     2  O
        """


def test_a_name_where_a_team_competed_is_a_competition_not_a_meeting():
    """Near miss: "The team competed at the Northwind Summit on July 11.": where someone contends
    (patterns/event_contest_verbs.jsonl) is a competition."""
    release = records(parse("The team competed at the Northwind Summit on July 11.", CONTESTED_AT.format(verb="competed"), published="2025-06-15"))
    assert release.events == []


def test_a_name_where_a_team_spoke_is_a_meeting():
    """"The team spoke at the Northwind Summit on July 11." (the same parse): a meeting."""
    release = records(parse("The team spoke at the Northwind Summit on July 11.", CONTESTED_AT.format(verb="spoke   "), published="2025-06-15"))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Summit", "2025-07-11")}


def test_a_date_after_a_relative_period_that_follows_the_name_as_closely_dates_the_meeting():
    """"... during the Northwind Gala, presented this year by Acme, on January 22, 2025." (released in
    October 2024): "this year" gives way to the date after it; the gala is in January 2025."""
    release = records(parse(
        "The honors are presented during the Northwind Gala, presented this year by Acme, on January 22, 2025.",
        """
        0  The        DET   DT   det       1  O
        1  honors     NOUN  NNS  nsubjpass 3  O
        2  are        AUX   VBP  auxpass   3  O
        3  presented  VERB  VBN  ROOT      3  O
        4  during     ADP   IN   prep      3  O
        5  the        DET   DT   det       7  O
        6  Northwind  PROPN NNP  compound  7  O
        7  Gala       PROPN NNP  pobj      4  O
        8  ,          PUNCT ,    punct     3  O
        9  presented  VERB  VBN  advcl     3  O
        10 this       DET   DT   det       11 B-DATE
        11 year       NOUN  NN   npadvmod  9  I-DATE
        12 by         ADP   IN   agent     9  O
        13 Acme       PROPN NNP  pobj      12 B-ORG
        14 ,          PUNCT ,    punct     9  O
        15 on         ADP   IN   prep      9  O
        16 January    PROPN NNP  pobj      15 B-DATE
        17 22         NUM   CD   nummod    16 I-DATE
        18 ,          PUNCT ,    punct     16 I-DATE
        19 2025       NUM   CD   nummod    16 I-DATE
        20 .          PUNCT .    punct     3  O
        """,
        published="2024-10-10",
    ))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Gala", "2025-01-22")}


def test_scientific_sessions_is_a_meeting_and_a_bare_sessions_a_surname():
    """"at the Northwind Society's Scientific Sessions on June 20, 2025": "Sessions" after a qualifier
    (patterns/event_qualifiers.jsonl) is a meeting; "Attorney General Sessions" is a person."""
    release = records(parse(
        "Acme will present at the Scientific Sessions on June 20, 2025.",
        """
        0  Acme       PROPN NNP  nsubj     2  B-ORG
        1  will       AUX   MD   aux       2  O
        2  present    VERB  VB   ROOT      2  O
        3  at         ADP   IN   prep      2  O
        4  the        DET   DT   det       6  O
        5  Scientific PROPN NNP  compound  6  O
        6  Sessions   PROPN NNPS pobj      3  O
        7  on         ADP   IN   prep      2  O
        8  June       PROPN NNP  pobj      7  B-DATE
        9  20         NUM   CD   nummod    8  I-DATE
        10 ,          PUNCT ,    punct     8  I-DATE
        11 2025       NUM   CD   nummod    8  I-DATE
        12 .          PUNCT .    punct     2  O
        """,
        published="2025-01-15",
    ))
    assert {(e.name, e.start) for e in release.events} == {("Scientific Sessions", "2025-06-20")}
    release = records(parse(
        "Attorney General Sessions spoke on June 20, 2025.",
        """
        0  Attorney   PROPN NNP  compound  2  O
        1  General    PROPN NNP  compound  2  O
        2  Sessions   PROPN NNP  nsubj     3  B-PERSON
        3  spoke      VERB  VBD  ROOT      3  O
        4  on         ADP   IN   prep      3  O
        5  June       PROPN NNP  pobj      4  B-DATE
        6  20         NUM   CD   nummod    5  I-DATE
        7  ,          PUNCT ,    punct     5  I-DATE
        8  2025       NUM   CD   nummod    5  I-DATE
        9  .          PUNCT .    punct     3  O
        """,
        published="2025-01-15",
    ))
    assert release.events == []


OWNED_AND_ADJACENT = """
        0  Acme      PROPN NNP  nsubj     1  B-ORG
        1  {verb:9} VERB  {tag}  ROOT      1  O
        2  its       PRON  PRP$ poss      3  O
        3  {noun:9} NOUN  NNS  dobj      1  O
        4  {prep:9} ADP   IN   prep      3  O
        5  the       DET   DT   det       7  O
        6  Northwind PROPN NNP  compound  7  O
        7  Gala      PROPN NNP  pobj      4  O
        8  on        ADP   IN   prep      1  O
        9  June      PROPN NNP  pobj      8  B-DATE
        10 3         NUM   CD   nummod    9  I-DATE
        11 ,         PUNCT ,    punct     9  I-DATE
        12 2025      NUM   CD   nummod    9  I-DATE
        13 .         PUNCT .    punct     1  O
        """


def test_a_date_right_after_the_name_on_a_past_act_of_a_noun_it_completes_dates_no_meeting():
    """Near miss: "Acme signed its contracts with the Northwind Gala on June 3, 2025.": the date right
    after the name hangs on a past act of the noun the name completes; the signing's day."""
    table = OWNED_AND_ADJACENT.format(verb="signed", tag="VBD", noun="contracts", prep="with")
    release = records(parse("Acme signed its contracts with the Northwind Gala on June 3, 2025.", table, published="2025-06-10"))
    assert release.events == []


def test_a_date_right_after_the_name_in_a_present_announcement_dates_the_meeting():
    """"Acme announces its sponsors for the Northwind Gala on June 3, 2025.": a date right after the
    name, the verb no past act, is the meeting's."""
    table = OWNED_AND_ADJACENT.format(verb="announces", tag="VBZ", noun="sponsors", prep="for")
    release = records(parse("Acme announces its sponsors for the Northwind Gala on June 3, 2025.", table, published="2025-04-29"))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Gala", "2025-06-03")}


YEAR_BEFORE_SHOW = """
        0  Acme      PROPN NNP  nsubj     1  B-ORG
        1  exhibits  VERB  VBZ  ROOT      1  O
        2  at        ADP   IN   prep      1  O
        3  the       DET   DT   det       6  O
        4  {year:9} NUM   CD   nummod    6  {iob}
        5  Northwind PROPN NNP  compound  6  O
        6  Show      PROPN NNP  pobj      2  O
        7  in        ADP   IN   prep      6  O
        8  Springfield PROPN NNP pobj     7  B-GPE
        9  ,         PUNCT ,    punct     6  O
        10 April     PROPN NNP  npadvmod  6  B-DATE
        11 5         NUM   CD   nummod    10 I-DATE
        12 -         SYM   SYM  punct     13 I-DATE
        13 9         NUM   CD   nummod    10 I-DATE
        14 .         PUNCT .    punct     1  O
        """


def test_a_show_after_at_with_its_edition_year_before_it_dated_after_its_city_is_a_meeting():
    """"Acme exhibits at the 2025 Northwind Show in Springfield, April 5-9.": a bare "Show"
    (patterns/event_heads.jsonl value "qualified") of two words placed by "at" is a meeting where its
    edition year stands before it; the dates after the city set off after it are its own."""
    table = YEAR_BEFORE_SHOW.format(year="2025", iob="B-DATE")
    release = records(parse("Acme exhibits at the 2025 Northwind Show in Springfield, April 5-9.", table, published="2025-01-15"))
    assert {(e.name, e.start, e.end) for e in release.events} == {("Northwind Show", "2025-04-05", "2025-04-09")}


def test_a_show_of_two_words_after_at_without_an_edition_year_is_no_meeting():
    """Near miss: "Acme exhibits at the new Northwind Show in Springfield, April 5-9." (the same parse):
    a broadcast or a sale may be a "Show"; two words after "at" alone do not make it a meeting."""
    table = YEAR_BEFORE_SHOW.format(year="new", iob="O").replace("NUM   CD   nummod    6  O", "ADJ   JJ   amod      6  O")
    release = records(parse("Acme exhibits at the new Northwind Show in Springfield, April 5-9.", table, published="2025-01-15"))
    assert release.events == []


def test_a_quoted_title_right_after_a_lower_case_gathering_word_names_the_gathering():
    """"Acme will hold the ceremony “Northwind Honors 2025” on October 9, 2025.": a quoted title right
    after a lower-case meeting word, no comma between, is the meeting's name."""
    release = records(parse(
        "Acme will hold the ceremony “Northwind Honors 2025” on October 9, 2025.",
        """
        0  Acme      PROPN NNP  nsubj     2  B-ORG
        1  will      AUX   MD   aux       2  O
        2  hold      VERB  VB   ROOT      2  O
        3  the       DET   DT   det       4  O
        4  ceremony  NOUN  NN   dobj      2  O
        5  “         PUNCT ``   punct     7  O
        6  Northwind PROPN NNP  compound  7  O
        7  Honors    PROPN NNP  appos     4  O
        8  2025      NUM   CD   nummod    7  B-DATE
        9  ”         PUNCT ''   punct     7  O
        10 on        ADP   IN   prep      2  O
        11 October   PROPN NNP  pobj      10 B-DATE
        12 9         NUM   CD   nummod    11 I-DATE
        13 ,         PUNCT ,    punct     11 I-DATE
        14 2025      NUM   CD   nummod    11 I-DATE
        15 .         PUNCT .    punct     2  O
        """,
        published="2025-08-01",
    ))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Honors 2025", "2025-10-09")}


def test_awards_that_take_place_name_the_ceremony_a_dated_gathering():
    """"The Northwind Awards will take place on March 6, 2025.": awards that take place
    (patterns/event_occurrence_verbs.jsonl) are the ceremony presenting them."""
    release = records(parse(
        "The Northwind Awards will take place on March 6, 2025.",
        """
        0  The       DET   DT   det       2  O
        1  Northwind PROPN NNP  compound  2  O
        2  Awards    PROPN NNPS nsubj     4  O
        3  will      AUX   MD   aux       4  O
        4  take      VERB  VB   ROOT      4  O
        5  place     NOUN  NN   dobj      4  O
        6  on        ADP   IN   prep      4  O
        7  March     PROPN NNP  pobj      6  B-DATE
        8  6         NUM   CD   nummod    7  I-DATE
        9  ,         PUNCT ,    punct     7  I-DATE
        10 2025      NUM   CD   nummod    7  I-DATE
        11 .         PUNCT .    punct     4  O
        """,
        published="2025-01-15",
    ))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Awards", "2025-03-06")}


def test_awards_that_take_place_on_no_day_are_a_program_not_a_ceremony():
    """Near miss: "The 2025 Northwind Awards will take place digitally.": no day in the sentence; a
    program of votes, no gathering."""
    release = records(parse(
        "The 2025 Northwind Awards will take place digitally.",
        """
        0  The       DET   DT   det       3  O
        1  2025      NUM   CD   nummod    3  B-DATE
        2  Northwind PROPN NNP  compound  3  O
        3  Awards    PROPN NNPS nsubj     5  O
        4  will      AUX   MD   aux       5  O
        5  take      VERB  VB   ROOT      5  O
        6  place     NOUN  NN   dobj      5  O
        7  digitally ADV   RB   advmod    5  O
        8  .         PUNCT .    punct     5  O
        """,
        published="2025-02-07",
    ))
    assert release.events == []


def test_a_lower_case_mention_of_the_head_word_with_a_date_dates_the_undated_named_meeting():
    """"Acme will host a call on May 5, 2026. Join the Northwind Earnings Call online.": the named
    meeting has no date of its own; the one dated lower-case mention of its head word ("a call on
    May 5, 2026") gives it."""
    release = records(parse(
        "Acme will host a call on May 5, 2026. Join the Northwind Earnings Call online.",
        """
        0  Acme      PROPN NNP  nsubj     2  O
        1  will      AUX   MD   aux       2  O
        2  host      VERB  VB   ROOT      2  O
        3  a         DET   DT   det       4  O
        4  call      NOUN  NN   dobj      2  O
        5  on        ADP   IN   prep      2  O
        6  May       PROPN NNP  pobj      5  B-DATE
        7  5         NUM   CD   nummod    6  I-DATE
        8  ,         PUNCT ,    punct     6  I-DATE
        9  2026      NUM   CD   nummod    6  I-DATE
        10 .         PUNCT .    punct     2  O
        11 Join      VERB  VB   ROOT      11 O
        12 the       DET   DT   det       15 O
        13 Northwind PROPN NNP  compound  14 O
        14 Earnings  PROPN NNPS compound  15 O
        15 Call      NOUN  NN   dobj      11 O
        16 online    ADV   RB   advmod    11 O
        17 .         PUNCT .    punct     11 O
        """,
    ))
    assert events(release) == {("Northwind Earnings Call", "2026-05-05", "2026-05-05", "virtual", None)}


def test_a_lower_case_head_word_with_two_dates_dates_no_undated_named_meeting():
    """"Acme will host a call on May 5, 2026 and a call on May 7, 2026. Join the Northwind Earnings
    Call online.": two dated mentions of the head word; which is the named meeting's is not said."""
    release = records(parse(
        "Acme will host a call on May 5, 2026. Acme will host a call on May 7, 2026. Join the Northwind Earnings Call online.",
        """
        0  Acme      PROPN NNP  nsubj     2  O
        1  will      AUX   MD   aux       2  O
        2  host      VERB  VB   ROOT      2  O
        3  a         DET   DT   det       4  O
        4  call      NOUN  NN   dobj      2  O
        5  on        ADP   IN   prep      2  O
        6  May       PROPN NNP  pobj      5  B-DATE
        7  5         NUM   CD   nummod    6  I-DATE
        8  ,         PUNCT ,    punct     6  I-DATE
        9  2026      NUM   CD   nummod    6  I-DATE
        10 .         PUNCT .    punct     2  O
        11 Acme      PROPN NNP  nsubj     13 O
        12 will      AUX   MD   aux       13 O
        13 host      VERB  VB   ROOT      13 O
        14 a         DET   DT   det       15 O
        15 call      NOUN  NN   dobj      13 O
        16 on        ADP   IN   prep      13 O
        17 May       PROPN NNP  pobj      16 B-DATE
        18 7         NUM   CD   nummod    17 I-DATE
        19 ,         PUNCT ,    punct     17 I-DATE
        20 2026      NUM   CD   nummod    17 I-DATE
        21 .         PUNCT .    punct     13 O
        22 Join      VERB  VB   ROOT      22 O
        23 the       DET   DT   det       26 O
        24 Northwind PROPN NNP  compound  25 O
        25 Earnings  PROPN NNPS compound  26 O
        26 Call      NOUN  NN   dobj      22 O
        27 online    ADV   RB   advmod    22 O
        28 .         PUNCT .    punct     22 O
        """,
    ))
    assert events(release) == set()


AT_WEEK = """
        0  Acme      PROPN NNP  nsubj     2  B-ORG
        1  will      AUX   MD   aux       2  O
        2  exhibit   VERB  VB   ROOT      2  O
        3  {prep:9} ADP   IN   prep      2  O
        4  Northwind PROPN NNP  compound  6  B-ORG
        5  Display   PROPN NNP  compound  6  I-ORG
        6  Week      PROPN NNP  pobj      3  I-ORG
        7  2025      NUM   CD   nummod    6  I-ORG
        8  .         PUNCT .    punct     2  O
        """


def test_a_week_placed_by_at_is_a_meeting_dated_by_the_edition_year_inside_the_name():
    """"Acme will exhibit at Northwind Display Week 2025." (the model's ORG over the year): a "Week"
    (patterns/event_heads.jsonl value "placed at") after "at" is a meeting; the year inside its
    name, in no DATE entity, dates it (FACTS.md: a year is a date at that precision)."""
    release = records(parse("Acme will exhibit at Northwind Display Week 2025.", AT_WEEK.format(prep="at"), published="2025-04-29"))
    assert {(e.name, e.start, e.end) for e in release.events} == {("Northwind Display Week 2025", "2025", "2025")}


def test_a_week_placed_by_during_is_an_observance_and_no_meeting():
    """Near miss: "Acme will exhibit during Northwind Display Week 2025." (the same parse): "during"
    a week names an observance ("during National Safe Boating Week"), no meeting."""
    release = records(parse("Acme will exhibit during Northwind Display Week 2025.", AT_WEEK.format(prep="during"), published="2025-04-29"))
    assert release.events == []


def test_an_adjective_between_at_the_and_a_show_still_places_it():
    """"Acme will exhibit at the upcoming Global Northwind Show on May 5, 2025.": a lower-case
    adjective between the article and a bare "Show" leaves it placed by "at"."""
    release = records(parse(
        "Acme will exhibit at the upcoming Global Northwind Show on May 5, 2025.",
        """
        0  Acme      PROPN NNP  nsubj     2  B-ORG
        1  will      AUX   MD   aux       2  O
        2  exhibit   VERB  VB   ROOT      2  O
        3  at        ADP   IN   prep      2  O
        4  the       DET   DT   det       8  O
        5  upcoming  ADJ   JJ   amod      8  O
        6  Global    PROPN NNP  compound  8  B-WORK_OF_ART
        7  Northwind PROPN NNP  compound  8  I-WORK_OF_ART
        8  Show      PROPN NNP  pobj      3  I-WORK_OF_ART
        9  on        ADP   IN   prep      2  O
        10 May       PROPN NNP  pobj      9  B-DATE
        11 5         NUM   CD   nummod    10 I-DATE
        12 ,         PUNCT ,    punct     10 I-DATE
        13 2025      NUM   CD   nummod    10 I-DATE
        14 .         PUNCT .    punct     2  O
        """,
        published="2025-04-29",
    ))
    assert {(e.name, e.start, e.end) for e in release.events} == {("Global Northwind Show", "2025-05-05", "2025-05-05")}


def test_a_longer_name_dated_by_its_year_is_the_same_meeting_as_a_dated_event_of_its_words():
    """"Acme held a Northwind Media Day event on April 22, 2024. Acme hosted Northwind Media Day 2024
    again.": the longer name, dated only by its edition year, holds every word of the dated one but
    the generic "event": one meeting, kept under the dated name."""
    release = records(parse(
        "Acme held a Northwind Media Day event on April 22, 2024. Acme hosted Northwind Media Day 2024 again.",
        """
        0  Acme      PROPN NNP  nsubj     1  B-ORG
        1  held      VERB  VBD  ROOT      1  O
        2  a         DET   DT   det       6  O
        3  Northwind PROPN NNP  compound  5  B-ORG
        4  Media     PROPN NNP  compound  5  I-ORG
        5  Day       PROPN NNP  compound  6  I-ORG
        6  event     NOUN  NN   dobj      1  O
        7  on        ADP   IN   prep      1  O
        8  April     PROPN NNP  pobj      7  B-DATE
        9  22        NUM   CD   nummod    8  I-DATE
        10 ,         PUNCT ,    punct     8  I-DATE
        11 2024      NUM   CD   nummod    8  I-DATE
        12 .         PUNCT .    punct     1  O
        13 Acme      PROPN NNP  nsubj     14 B-ORG
        14 hosted    VERB  VBD  ROOT      14 O
        15 Northwind PROPN NNP  compound  17 B-ORG
        16 Media     PROPN NNP  compound  17 I-ORG
        17 Day       PROPN NNP  dobj      14 I-ORG
        18 2024      NUM   CD   nummod    17 I-ORG
        19 again     ADV   RB   advmod    14 O
        20 .         PUNCT .    punct     14 O
        """,
        published="2024-04-22",
    ))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Media Day event", "2024-04-22")}


PROCESS_EVENT = """
        0  Acme      PROPN NNP  nsubj     1  B-ORG
        1  invites   VERB  VBZ  ROOT      1  O
        2  holders   NOUN  NNS  dobj      1  O
        3  to        ADP   IN   prep      1  O
        4  the       DET   DT   det       7  O
        5  Token     PROPN NNP  compound  7  O
        6  {word:9} PROPN NNP  compound  7  O
        7  Event     PROPN NNP  pobj      3  O
        8  on        ADP   IN   prep      1  O
        9  May       PROPN NNP  pobj      8  B-DATE
        10 25        NUM   CD   nummod    9  I-DATE
        11 ,         PUNCT ,    punct     9  I-DATE
        12 2024      NUM   CD   nummod    9  I-DATE
        13 .         PUNCT .    punct     1  O
        """


def test_a_token_generation_event_is_a_process_and_no_meeting():
    """Near miss: "Acme invites holders to the Token Generation Event on May 25, 2024.": the generic
    "Event" after a word of patterns/event_process_words.jsonl names a token's process, no meeting."""
    text = "Acme invites holders to the Token Generation Event on May 25, 2024."
    release = records(parse(text, PROCESS_EVENT.format(word="Generation"), published="2024-05-14"))
    assert release.events == []


def test_a_capitalized_event_of_two_other_words_dated_after_it_is_a_meeting():
    """"Acme invites holders to the Token Builders Event on May 25, 2024." (the same parse): with no
    word of a process before it, the capitalized "Event" closes a meeting's name."""
    text = "Acme invites holders to the Token Builders Event on May 25, 2024."
    release = records(parse(text, PROCESS_EVENT.format(word="Builders"), published="2024-05-14"))
    assert {(e.name, e.start) for e in release.events} == {("Token Builders Event", "2024-05-25")}


REPORTED_FROM = """
        0  Springfield PROPN NNP npadvmod  {root} B-GPE
        1  ,         PUNCT ,    punct     0  O
        2  May       PROPN NNP  appos     0  B-DATE
        3  5         NUM   CD   nummod    2  I-DATE
        4  ,         PUNCT ,    punct     2  I-DATE
        5  2025      NUM   CD   nummod    2  I-DATE
        6  —         PUNCT :    punct     0  O
        7  At        ADP   IN   prep      0  O
        8  the       DET   DT   det       10 O
        9  Northwind PROPN NNP  compound  10 B-FAC
        10 Symposium PROPN NNP  pobj      7  I-FAC
        11 in        ADP   IN   prep      10 O
        12 Lyon      PROPN NNP  pobj      11 B-GPE
        13 ,         PUNCT ,    punct     {root} O
        14 Acme      PROPN NNP  nsubj     {root} B-ORG
        """


def test_a_meeting_opening_the_text_after_the_dateline_where_something_was_announced_is_under_way_that_day():
    """"Springfield, May 5, 2025 — At the Northwind Symposium in Lyon, Acme announced a deal.": a
    meeting placed by "At" right after the dateline's mark, the sentence saying what was announced
    there, is dated by the dateline's date (the parse hangs "At" on the dateline's word, as the
    model does)."""
    table = REPORTED_FROM.format(root=15) + """
        15 announced VERB  VBD  ROOT      15 O
        16 a         DET   DT   det       17 O
        17 deal      NOUN  NN   dobj      15 O
        18 .         PUNCT .    punct     15 O
        """
    text = "Springfield, May 5, 2025 — At the Northwind Symposium in Lyon, Acme announced a deal."
    release = records(parse(text, table, published="2025-05-05"))
    assert events(release) == {("Northwind Symposium", "2025-05-05", "2025-05-05", "Lyon", None)}


def test_a_meeting_after_the_dateline_where_something_will_be_announced_is_not_dated_by_the_dateline():
    """Near miss: "Springfield, May 5, 2025 — At the Northwind Symposium in Lyon, Acme will announce a
    deal.": what will be said there tells no day the meeting is under way; the release's date is none."""
    table = REPORTED_FROM.format(root=16) + """
        15 will      AUX   MD   aux       16 O
        16 announce  VERB  VB   ROOT      16 O
        17 a         DET   DT   det       18 O
        18 deal      NOUN  NN   dobj      16 O
        19 .         PUNCT .    punct     16 O
        """
    text = "Springfield, May 5, 2025 — At the Northwind Symposium in Lyon, Acme will announce a deal."
    release = records(parse(text, table, published="2025-05-05"))
    assert release.events == []


def test_a_date_glued_to_the_line_before_right_before_a_name_is_a_calendar_entry():
    """"Events - FrankfurtMay 6 Northwind Midcap Conference 2026 - Paris": in a calendar whose line
    breaks were lost, a date whose month is glued to the word before it, right before a meeting's
    name, is that meeting's day (not only its edition year)."""
    release = records(parse(
        "Events - FrankfurtMay 6 Northwind Midcap Conference 2026 - Paris",
        """
        0  Events       NOUN  NNS  ROOT      0  O
        1  -            PUNCT :    punct     0  O
        2  FrankfurtMay PROPN NNP  nmod      6  O
        3  6            NUM   CD   nummod    2  O
        4  Northwind    PROPN NNP  compound  6  O
        5  Midcap       PROPN NNP  compound  6  O
        6  Conference   PROPN NNP  appos     0  O
        7  2026         NUM   CD   nummod    6  B-DATE
        8  -            PUNCT :    punct     6  O
        9  Paris        PROPN NNP  appos     6  B-GPE
        """,
        published="2026-03-26",
    ))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Midcap Conference 2026", "2026-05-06")}


def test_a_name_set_to_take_place_on_a_date_is_a_meeting_of_that_date():
    """"Northwind Africa Conference 2025 is slated to take place at the Lyon Convention Centre in
    Lyon on November 14, 2025": the date hangs on "take place", the complement of the verb the
    name is the subject of; the model read the name's first words as a person."""
    release = records(parse(
        "Northwind Africa Conference 2025 is slated to take place at the Lyon Convention Centre in Lyon on November 14, 2025.",
        """
        0  Northwind   PROPN NNP compound  1  B-PERSON
        1  Africa      PROPN NNP compound  2  I-PERSON
        2  Conference  PROPN NNP nsubjpass 5  O
        3  2025        NUM   CD  nummod    2  B-DATE
        4  is          AUX   VBZ auxpass   5  O
        5  slated      VERB  VBN ROOT      5  O
        6  to          PART  TO  aux       7  O
        7  take        VERB  VB  xcomp     5  O
        8  place       NOUN  NN  dobj      7  O
        9  at          ADP   IN  prep      7  O
        10 the         DET   DT  det       13 B-FAC
        11 Lyon        PROPN NNP compound  13 I-FAC
        12 Convention  PROPN NNP compound  13 I-FAC
        13 Centre      PROPN NNP pobj      9  I-FAC
        14 in          ADP   IN  prep      13 O
        15 Lyon        PROPN NNP pobj      14 B-GPE
        16 on          ADP   IN  prep      7  O
        17 November    PROPN NNP pobj      16 B-DATE
        18 14          NUM   CD  nummod    17 I-DATE
        19 ,           PUNCT ,   punct     17 I-DATE
        20 2025        NUM   CD  nummod    17 I-DATE
        21 .           PUNCT .   punct     5  O
        """,
        published="2025-09-01",
    ))
    assert {(name, start) for name, start, *_ in events(release)} == {("Northwind Africa Conference 2025", "2025-11-14")}


def test_a_name_set_to_do_something_else_on_a_date_is_not_dated_by_it():
    """Near miss: "Northwind Africa Conference 2025 is set to announce the winners of its yearly
    pitch competition for young founders from the region on November 14, 2025": the complement
    tells no taking place, so its date (far from the name) is the announcement's, not the meeting's."""
    release = records(parse(
        "Northwind Africa Conference 2025 is set to announce the winners of its yearly pitch competition for young founders from the region on November 14, 2025.",
        """
        0  Northwind   PROPN NNP compound  1  B-PERSON
        1  Africa      PROPN NNP compound  2  I-PERSON
        2  Conference  PROPN NNP nsubjpass 5  O
        3  2025        NUM   CD  nummod    2  B-DATE
        4  is          AUX   VBZ auxpass   5  O
        5  set         VERB  VBN ROOT      5  O
        6  to          PART  TO  aux       7  O
        7  announce    VERB  VB  xcomp     5  O
        8  the         DET   DT  det       9  O
        9  winners     NOUN  NNS dobj      7  O
        10 of          ADP   IN  prep      9  O
        11 its         PRON  PRP$ poss     14 O
        12 yearly      ADJ   JJ  amod      14 O
        13 pitch       NOUN  NN  compound  14 O
        14 competition NOUN  NN  pobj      10 O
        15 for         ADP   IN  prep      14 O
        16 young       ADJ   JJ  amod      17 O
        17 founders    NOUN  NNS pobj      15 O
        18 from        ADP   IN  prep      17 O
        19 the         DET   DT  det       20 O
        20 region      NOUN  NN  pobj      18 O
        21 on          ADP   IN  prep      7  O
        22 November    PROPN NNP pobj      21 B-DATE
        23 14          NUM   CD  nummod    22 I-DATE
        24 ,           PUNCT ,   punct     22 I-DATE
        25 2025        NUM   CD  nummod    22 I-DATE
        26 .           PUNCT .   punct     5  O
        """,
        published="2025-09-01",
    ))
    assert ("Northwind Africa Conference 2025", "2025-11-14") not in {(name, start) for name, start, *_ in events(release)}


def test_a_name_with_its_year_set_off_beside_a_conference_is_a_meeting_of_that_year():
    """"participated as a gold sponsor at Northwind 2024, Asia's leading global Web3 conference": a
    name with its edition year, set off by a comma beside a noun phrase headed by "conference" (a
    participle modifying it: "leading"), is a meeting dated by that year, though the model read the
    name as a date."""
    release = records(parse(
        "Acme Labs participated as a gold sponsor at Northwind 2024, Asia's leading global Web3 conference.",
        """
        0  Acme        PROPN NNP compound 1  B-ORG
        1  Labs        PROPN NNP nsubj    2  I-ORG
        2  participated VERB VBD ROOT     2  O
        3  as          ADP   IN  prep     2  O
        4  a           DET   DT  det      6  O
        5  gold        ADJ   JJ  amod     6  O
        6  sponsor     NOUN  NN  pobj     3  O
        7  at          ADP   IN  prep     6  O
        8  Northwind   PROPN NNP pobj     7  B-DATE
        9  2024        NUM   CD  nummod   8  I-DATE
        10 ,           PUNCT ,   punct    2  O
        11 Asia        PROPN NNP poss     16 B-LOC
        12 's          PART  POS case     11 O
        13 leading     VERB  VBG amod     16 O
        14 global      ADJ   JJ  amod     15 O
        15 Web3        NOUN  NN  compound 16 O
        16 conference  NOUN  NN  dobj     2  O
        17 .           PUNCT .   punct    2  O
        """,
        published="2024-07-01",
    ))
    assert {(name, start) for name, start, *_ in events(release)} == {("Northwind 2024", "2024")}


def test_a_name_with_its_year_and_no_meeting_noun_beside_it_is_no_meeting():
    """Near miss: "participated as a gold sponsor at Northwind 2024, showcasing its new service": a
    name and a year alone name no meeting."""
    release = records(parse(
        "Acme Labs participated as a gold sponsor at Northwind 2024, showcasing its new service.",
        """
        0  Acme        PROPN NNP compound 1  B-ORG
        1  Labs        PROPN NNP nsubj    2  I-ORG
        2  participated VERB VBD ROOT     2  O
        3  as          ADP   IN  prep     2  O
        4  a           DET   DT  det      6  O
        5  gold        ADJ   JJ  amod     6  O
        6  sponsor     NOUN  NN  pobj     3  O
        7  at          ADP   IN  prep     6  O
        8  Northwind   PROPN NNP pobj     7  B-DATE
        9  2024        NUM   CD  nummod   8  I-DATE
        10 ,           PUNCT ,   punct    2  O
        11 showcasing  VERB  VBG advcl    2  O
        12 its         PRON  PRP$ poss    14 O
        13 new         ADJ   JJ  amod     14 O
        14 service     NOUN  NN  dobj     11 O
        15 .           PUNCT .   punct    2  O
        """,
        published="2024-07-01",
    ))
    assert events(release) == set()


def test_a_name_set_to_kick_off_another_meeting_takes_none_of_its_date():
    """Near miss: "The Northwind Summit is set to kick off the Acme Business Summit at Acme Stadium
    on October 1, 2024": "kick off" with an object starts something else; the date is the Acme
    Business Summit's, not the Northwind Summit's."""
    release = records(parse(
        "The Northwind Summit is set to kick off the Acme Business Summit at Acme Stadium on October 1, 2024.",
        """
        0  The       DET   DT  det       2  B-ORG
        1  Northwind PROPN NNP compound  2  I-ORG
        2  Summit    PROPN NNP nsubjpass 4  I-ORG
        3  is        AUX   VBZ auxpass   4  O
        4  set       VERB  VBN ROOT      4  O
        5  to        PART  TO  aux       6  O
        6  kick      VERB  VB  xcomp     4  O
        7  off       ADP   RP  prt       6  O
        8  the       DET   DT  det       11 B-ORG
        9  Acme      PROPN NNP compound  10 I-ORG
        10 Business  PROPN NNP compound  11 I-ORG
        11 Summit    PROPN NNP dobj      6  I-ORG
        12 at        ADP   IN  prep      11 O
        13 Acme      PROPN NNP compound  14 B-FAC
        14 Stadium   PROPN NNP pobj      12 I-FAC
        15 on        ADP   IN  prep      6  O
        16 October   PROPN NNP pobj      15 B-DATE
        17 1         NUM   CD  nummod    16 I-DATE
        18 ,         PUNCT ,   punct     16 I-DATE
        19 2024      NUM   CD  nummod    16 I-DATE
        20 .         PUNCT .   punct     4  O
        """,
        published="2024-09-26",
    ))
    assert {(name, start) for name, start, *_ in events(release)} == {("Acme Business Summit", "2024-10-01")}


def test_a_venue_after_at_on_the_verb_of_taking_place_is_the_meetings_location():
    """"The Lakeside Summit will be held at the Harbor Resort & Spa, Springfield, TX": the capitalized
    name after "at" on the verb that says the meeting takes place, with the town and the state code
    after it, is where it is held (events.venue_at)."""
    release = records(parse(
        "The Lakeside Summit will be held at the Harbor Resort & Spa, Springfield, TX, on May 5.",
        """
        0  The         DET   DT   det       2  B-ORG
        1  Lakeside    PROPN NNP  compound  2  I-ORG
        2  Summit      PROPN NNP  nsubjpass 5  I-ORG
        3  will        AUX   MD   aux       5  O
        4  be          AUX   VB   auxpass   5  O
        5  held        VERB  VBN  ROOT      5  O
        6  at          ADP   IN   prep      5  O
        7  the         DET   DT   det       9  B-ORG
        8  Harbor      PROPN NNP  compound  9  I-ORG
        9  Resort      PROPN NNP  pobj      6  I-ORG
        10 &           CCONJ CC   cc        9  I-ORG
        11 Spa         PROPN NNP  conj      9  I-ORG
        12 ,           PUNCT ,    punct     9  O
        13 Springfield PROPN NNP  conj      9  B-GPE
        14 ,           PUNCT ,    punct     13 O
        15 TX          PROPN NNP  appos     13 B-ORG
        16 ,           PUNCT ,    punct     5  O
        17 on          ADP   IN   prep      5  O
        18 May         PROPN NNP  pobj      17 B-DATE
        19 5           NUM   CD   nummod    18 I-DATE
        20 .           PUNCT .    punct     5  O
        """,
        published="2025-03-01",
    ))
    assert events(release) == {("Lakeside Summit", "2025-05-05", "2025-05-05", "Harbor Resort & Spa, Springfield, TX", None)}


def test_a_venue_after_a_clause_of_taking_place_set_off_after_the_name_is_its_location():
    """"exhibit at the Lakeside Expo, taking place May 5-7 at the Harbor Convention Center": the
    clause right after the name says where it takes place."""
    release = records(parse(
        "Acme will exhibit at the Lakeside Expo, taking place May 5-7 at the Harbor Convention Center.",
        """
        0  Acme        PROPN NNP  nsubj     2  O
        1  will        AUX   MD   aux       2  O
        2  exhibit     VERB  VB   ROOT      2  O
        3  at          ADP   IN   prep      2  O
        4  the         DET   DT   det       6  B-EVENT
        5  Lakeside    PROPN NNP  compound  6  I-EVENT
        6  Expo        PROPN NNP  pobj      3  I-EVENT
        7  ,           PUNCT ,    punct     2  O
        8  taking      VERB  VBG  advcl     2  O
        9  place       NOUN  NN   dobj      8  O
        10 May         PROPN NNP  npadvmod  8  B-DATE
        11 5           NUM   CD   nummod    10 I-DATE
        12 -           SYM   SYM  punct     13 I-DATE
        13 7           NUM   CD   prep      10 I-DATE
        14 at          ADP   IN   prep      8  O
        15 the         DET   DT   det       18 B-ORG
        16 Harbor      PROPN NNP  compound  18 I-ORG
        17 Convention  PROPN NNP  compound  18 I-ORG
        18 Center      PROPN NNP  pobj      14 I-ORG
        19 .           PUNCT .    punct     2  O
        """,
        published="2025-03-01",
    ))
    assert events(release) == {("Lakeside Expo", "2025-05-05", "2025-05-07", "Harbor Convention Center", None)}


def test_an_hour_after_at_on_the_verb_of_taking_place_is_no_venue():
    """Near miss: "The Lakeside Summit will take place at 10:00 on May 5": "at" an hour says when."""
    release = records(parse(
        "The Lakeside Summit will take place at 10:00 on May 5.",
        """
        0  The         DET   DT   det       2  B-ORG
        1  Lakeside    PROPN NNP  compound  2  I-ORG
        2  Summit      PROPN NNP  nsubj     4  I-ORG
        3  will        AUX   MD   aux       4  O
        4  take        VERB  VB   ROOT      4  O
        5  place       NOUN  NN   dobj      4  O
        6  at          ADP   IN   prep      4  O
        7  10:00       NUM   CD   pobj      6  B-TIME
        8  on          ADP   IN   prep      4  O
        9  May         PROPN NNP  pobj      8  B-DATE
        10 5           NUM   CD   nummod    9  I-DATE
        11 .           PUNCT .    punct     4  O
        """,
        published="2025-03-01",
    ))
    assert events(release) == {("Lakeside Summit", "2025-05-05", "2025-05-05", None, None)}


def _expo_then(second: str, table: str):
    """"Acme will exhibit at the Lakeside Expo on May 5." and a second sentence parsed by `table`."""
    return records(parse(
        "Acme will exhibit at the Lakeside Expo on May 5. " + second,
        """
        0  Acme        PROPN NNP  nsubj     2  O
        1  will        AUX   MD   aux       2  O
        2  exhibit     VERB  VB   ROOT      2  O
        3  at          ADP   IN   prep      2  O
        4  the         DET   DT   det       6  B-EVENT
        5  Lakeside    PROPN NNP  compound  6  I-EVENT
        6  Expo        PROPN NNP  pobj      3  I-EVENT
        7  on          ADP   IN   prep      2  O
        8  May         PROPN NNP  pobj      7  B-DATE
        9  5           NUM   CD   nummod    8  I-DATE
        10 .           PUNCT .    punct     2  O
        """ + table,
        published="2025-03-01",
    ))


def test_a_venue_of_a_meeting_named_again_in_the_next_sentence_is_its_location():
    """"... at the Lakeside Expo on May 5. The conference will take place at the Harbor Hotel,
    Springfield.": the meeting named again as the subject of taking place gives its venue
    (events.anaphor_location)."""
    release = _expo_then("The conference will take place at the Harbor Hotel, Springfield.", """
        11 The         DET   DT   det       12 O
        12 conference  NOUN  NN   nsubj     14 O
        13 will        AUX   MD   aux       14 O
        14 take        VERB  VB   ROOT      14 O
        15 place       NOUN  NN   dobj      14 O
        16 at          ADP   IN   prep      14 O
        17 the         DET   DT   det       19 B-FAC
        18 Harbor      PROPN NNP  compound  19 I-FAC
        19 Hotel       PROPN NNP  pobj      16 I-FAC
        20 ,           PUNCT ,    punct     19 O
        21 Springfield PROPN NNP  npadvmod  19 B-GPE
        22 .           PUNCT .    punct     14 O
        """)
    assert events(release) == {("Lakeside Expo", "2025-05-05", "2025-05-05", "Harbor Hotel, Springfield", None)}


def test_a_place_of_something_else_in_the_next_sentence_is_not_the_meetings_location():
    """Near miss: "The booth will be placed at the Harbor Hotel": the subject names no meeting, and
    being placed is no taking place."""
    release = _expo_then("The booth will be placed at the Harbor Hotel, Springfield.", """
        11 The         DET   DT   det       12 O
        12 booth       NOUN  NN   nsubjpass 15 O
        13 will        AUX   MD   aux       15 O
        14 be          AUX   VB   auxpass   15 O
        15 placed      VERB  VBN  ROOT      15 O
        16 at          ADP   IN   prep      15 O
        17 the         DET   DT   det       19 B-FAC
        18 Harbor      PROPN NNP  compound  19 I-FAC
        19 Hotel       PROPN NNP  pobj      16 I-FAC
        20 ,           PUNCT ,    punct     19 O
        21 Springfield PROPN NNP  npadvmod  19 B-GPE
        22 .           PUNCT .    punct     15 O
        """)
    assert events(release) == {("Lakeside Expo", "2025-05-05", "2025-05-05", None, None)}


def test_a_venue_keeps_the_town_it_is_in():
    """"... on May 5. The conference will be held at the Harbor Hotel in Springfield.": the venue with
    its town, as written."""
    release = _expo_then("The conference will be held at the Harbor Hotel in Springfield.", """
        11 The         DET   DT   det       12 O
        12 conference  NOUN  NN   nsubjpass 15 O
        13 will        AUX   MD   aux       15 O
        14 be          AUX   VB   auxpass   15 O
        15 held        VERB  VBN  ROOT      15 O
        16 at          ADP   IN   prep      15 O
        17 the         DET   DT   det       19 B-FAC
        18 Harbor      PROPN NNP  compound  19 I-FAC
        19 Hotel       PROPN NNP  pobj      16 I-FAC
        20 in          ADP   IN   prep      15 O
        21 Springfield PROPN NNP  pobj      20 B-GPE
        22 .           PUNCT .    punct     15 O
        """)
    assert events(release) == {("Lakeside Expo", "2025-05-05", "2025-05-05", "Harbor Hotel in Springfield", None)}


def test_the_place_one_travels_to_in_order_to_attend_a_meeting_is_its_location():
    """"will travel to Lyon, France, on May 5 to attend the Northwind Ministerial Meeting": the place
    of the verb of travel whose purpose clause takes part in the meeting (events.travel_destination)."""
    release = records(parse(
        "Secretary Roe will travel to Lyon, France, on May 5 to attend the Northwind Ministerial Meeting.",
        """
        0  Secretary   PROPN NNP  compound  1  O
        1  Roe         PROPN NNP  nsubj     3  B-PERSON
        2  will        AUX   MD   aux       3  O
        3  travel      VERB  VB   ROOT      3  O
        4  to          ADP   IN   prep      3  O
        5  Lyon        PROPN NNP  pobj      4  B-GPE
        6  ,           PUNCT ,    punct     5  O
        7  France      PROPN NNP  appos     5  B-GPE
        8  ,           PUNCT ,    punct     5  O
        9  on          ADP   IN   prep      3  O
        10 May         PROPN NNP  pobj      9  B-DATE
        11 5           NUM   CD   nummod    10 I-DATE
        12 to          PART  TO   aux       13 O
        13 attend      VERB  VB   advcl     3  O
        14 the         DET   DT   det       17 B-ORG
        15 Northwind   PROPN NNP  compound  17 I-ORG
        16 Ministerial PROPN NNP  compound  17 I-ORG
        17 Meeting     PROPN NNP  dobj      13 I-ORG
        18 .           PUNCT .    punct     3  O
        """,
        published="2025-03-01",
    ))
    assert events(release) == {("Northwind Ministerial Meeting", "2025-05-05", "2025-05-05", "Lyon, France", None)}


def test_travel_to_no_place_gives_a_meeting_attended_no_location():
    """Near miss: "will travel with partners on May 5 to attend the Northwind Ministerial Meeting":
    the meeting is dated by the journey, but no place is travelled to."""
    release = records(parse(
        "Secretary Roe will travel with partners on May 5 to attend the Northwind Ministerial Meeting.",
        """
        0  Secretary   PROPN NNP  compound  1  O
        1  Roe         PROPN NNP  nsubj     3  B-PERSON
        2  will        AUX   MD   aux       3  O
        3  travel      VERB  VB   ROOT      3  O
        4  with        ADP   IN   prep      3  O
        5  partners    NOUN  NNS  pobj      4  O
        6  on          ADP   IN   prep      3  O
        7  May         PROPN NNP  pobj      6  B-DATE
        8  5           NUM   CD   nummod    7  I-DATE
        9  to          PART  TO   aux       10 O
        10 attend      VERB  VB   advcl     3  O
        11 the         DET   DT   det       14 B-ORG
        12 Northwind   PROPN NNP  compound  14 I-ORG
        13 Ministerial PROPN NNP  compound  14 I-ORG
        14 Meeting     PROPN NNP  dobj      10 I-ORG
        15 .           PUNCT .    punct     3  O
        """,
        published="2025-03-01",
    ))
    assert events(release) == {("Northwind Ministerial Meeting", "2025-05-05", "2025-05-05", None, None)}


POSSESSED_PART = """
        0  Acme         PROPN NNP  nsubj     2  B-ORG
        1  will         AUX   MD   aux       2  O
        2  {verb}       VERB  VB   ROOT      2  O
        3  at           ADP   IN   prep      2  O
        4  the          DET   DT   det       7  O
        5  Northwind    PROPN NNP  compound  7  O
        6  Growth       PROPN NNP  compound  7  O
        7  Conference   PROPN NNP  pobj      3  O
        8  .            PUNCT .    punct     2  O
        9  Acme         PROPN NNP  poss      11 B-ORG
        10 ’s           PART  POS  case      9  O
        11 {noun} NOUN  NN   nsubjpass 13 O
        12 is           AUX   VBZ  auxpass   13 O
        13 slated       VERB  VBN  ROOT      13 O
        14 to           PART  TO   aux       15 O
        15 begin        VERB  VB   xcomp     13 O
        16 on           ADP   IN   prep      15 O
        17 June         PROPN NNP  pobj      16 B-DATE
        18 12           NUM   CD   nummod    17 I-DATE
        19 ,            PUNCT ,    punct     17 I-DATE
        20 2024         NUM   CD   nummod    17 I-DATE
        21 .            PUNCT .    punct     13 O
        """


def test_the_owned_presentation_after_a_verb_of_taking_part_dates_the_meeting():
    """"Acme will present at the Northwind Growth Conference. Acme’s presentation is slated to begin
    on June 12, 2024.": the presentation (a part of a meeting, patterns/event_part_nouns.jsonl)
    owned by a possessive, after a name a verb of taking part placed, is that taking part; the date
    of its verb's complement ("to begin on June 12") is a day of the meeting."""
    text = "Acme will present at the Northwind Growth Conference. Acme’s presentation is slated to begin on June 12, 2024."
    release = records(parse(text, POSSESSED_PART.format(verb="present", noun="presentation"), published="2024-06-01"))
    assert {(e.name, e.start) for e in release.events} == {("Northwind Growth Conference", "2024-06-12")}


def test_an_owned_noun_that_is_no_part_of_a_meeting_dates_no_meeting():
    """Near miss: "Acme’s dividend is slated to begin on June 12, 2024." (the same parse): no part of
    a meeting; the conference stays undated, so no record."""
    text = "Acme will present at the Northwind Growth Conference. Acme’s dividend     is slated to begin on June 12, 2024."
    release = records(parse(text.replace("dividend     ", "dividend"), POSSESSED_PART.format(verb="present", noun="dividend    "), published="2024-06-01"))
    assert release.events == []


def test_an_owned_presentation_after_a_name_no_verb_of_taking_part_placed_dates_no_meeting():
    """Near miss: "Acme will report at the Northwind Growth Conference. Acme’s presentation ..." (the
    same parse): "report" is no verb of taking part (patterns/event_verbs.jsonl); no record."""
    text = "Acme will report at the Northwind Growth Conference. Acme’s presentation is slated to begin on June 12, 2024."
    release = records(parse(text, POSSESSED_PART.format(verb="report ", noun="presentation"), published="2024-06-01"))
    assert release.events == []
