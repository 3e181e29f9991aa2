"""Instruments (pipeline/extraction/components/resolutions.py) on hand-built parses: kind,
adopting body or parties, date and subject; acts still to come and generic words that are no
record."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import resolutions


def test_the_subjects_of_signed_are_the_parties_of_the_memorandum():
    """"A and B signed a memorandum of understanding on trade": both countries are parties."""
    release = records(parse(
        "Kenya and Uganda signed a memorandum of understanding on trade.",
        """
        0  Kenya         PROPN NNP nsubj 3 B-GPE
        1  and           CCONJ CC  cc    0 O
        2  Uganda        PROPN NNP conj  0 B-GPE
        3  signed        VERB  VBD ROOT  3 O
        4  a             DET   DT  det   5 O
        5  memorandum    NOUN  NN  dobj  3 O
        6  of            ADP   IN  prep  5 O
        7  understanding NOUN  NN  pobj  6 O
        8  on            ADP   IN  prep  7 O
        9  trade         NOUN  NN  pobj  8 O
        10 .             PUNCT .   punct 3 O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Kenya; Uganda", None, "trade")}


def test_a_memorandum_still_to_be_signed_is_no_record():
    """Near miss: "will sign" states no act yet."""
    release = records(parse(
        "Kenya and Uganda will sign a memorandum of understanding on trade.",
        """
        0  Kenya         PROPN NNP nsubj 4 B-GPE
        1  and           CCONJ CC  cc    0 O
        2  Uganda        PROPN NNP conj  0 B-GPE
        3  will          AUX   MD  aux   4 O
        4  sign          VERB  VB  ROOT  4 O
        5  a             DET   DT  det   6 O
        6  memorandum    NOUN  NN  dobj  4 O
        7  of            ADP   IN  prep  6 O
        8  understanding NOUN  NN  pobj  7 O
        9  on            ADP   IN  prep  8 O
        10 trade         NOUN  NN  pobj  9 O
        11 .             PUNCT .   punct 4 O
        """,
    ))
    assert release.resolutions == []


def test_adopted_by_a_body_on_a_date_gives_body_date_and_subject():
    """"The resolution on X was adopted by the General Assembly on March 2, 2022"."""
    release = records(parse(
        "The resolution on clean water was adopted by the General Assembly on March 2, 2022.",
        """
        0  The        DET   DT  det       1  O
        1  resolution NOUN  NN  nsubjpass 6  O
        2  on         ADP   IN  prep      1  O
        3  clean      ADJ   JJ  amod      4  O
        4  water      NOUN  NN  pobj      2  O
        5  was        AUX   VBD auxpass   6  O
        6  adopted    VERB  VBN ROOT      6  O
        7  by         ADP   IN  agent     6  O
        8  the        DET   DT  det       10 B-ORG
        9  General    PROPN NNP compound  10 I-ORG
        10 Assembly   PROPN NNP pobj      7  I-ORG
        11 on         ADP   IN  prep      6  O
        12 March      PROPN NNP pobj      11 B-DATE
        13 2          NUM   CD  nummod    12 I-DATE
        14 ,          PUNCT ,   punct     12 I-DATE
        15 2022       NUM   CD  nummod    12 I-DATE
        16 .          PUNCT .   punct     6  O
        """,
    ))
    assert resolutions(release) == {("resolution", "General Assembly", "2022-03-02", "clean water")}


def test_years_in_parentheses_give_one_record_per_year_with_the_body_before():
    """"the UN General Assembly resolutions on X (2023, 2024)": two records, the body a pre-modifier."""
    release = records(parse(
        "These include the UN General Assembly resolutions on the right to development (2023, 2024).",
        """
        0  These       PRON  DT    nsubj    1  O
        1  include     VERB  VBP   ROOT     1  O
        2  the         DET   DT    det      6  B-ORG
        3  UN          PROPN NNP   compound 5  I-ORG
        4  General     PROPN NNP   compound 5  I-ORG
        5  Assembly    PROPN NNP   compound 6  I-ORG
        6  resolutions NOUN  NNS   dobj     1  O
        7  on          ADP   IN    prep     6  O
        8  the         DET   DT    det      9  O
        9  right       NOUN  NN    pobj     7  O
        10 to          ADP   IN    prep     9  O
        11 development NOUN  NN    pobj     10 O
        12 (           PUNCT -LRB- punct    11 O
        13 2023        NUM   CD    appos    11 B-DATE
        14 ,           PUNCT ,     punct    13 I-DATE
        15 2024        NUM   CD    npadvmod 13 I-DATE
        16 )           PUNCT -RRB- punct    1  O
        17 .           PUNCT .     punct    1  O
        """,
    ))
    assert resolutions(release) == {
        ("resolution", "UN General Assembly", "2023", "the right to development"),
        ("resolution", "UN General Assembly", "2024", "the right to development"),
    }


def test_a_numbered_executive_order_is_dated_by_its_of_date():
    """"Executive Order 14990 of August 30, 2019": the number names it, the "of" phrase dates it."""
    release = records(parse(
        "The President signed Executive Order 14990 of August 30, 2019.",
        """
        0  The       DET   DT  det      1 O
        1  President PROPN NNP nsubj    2 O
        2  signed    VERB  VBD ROOT     2 O
        3  Executive PROPN NNP compound 4 O
        4  Order     PROPN NNP dobj     2 O
        5  14990     NUM   CD  nummod   4 B-DATE
        6  of        ADP   IN  prep     2 O
        7  August    PROPN NNP pobj     6 B-DATE
        8  30        NUM   CD  nummod   7 I-DATE
        9  ,         PUNCT ,   punct    7 I-DATE
        10 2019      NUM   CD  nummod   7 I-DATE
        11 .         PUNCT .   punct    2 O
        """,
    ))
    assert resolutions(release) == {("executive order", None, "2019-08-30", "Executive Order 14990")}


def test_a_weekday_is_dated_from_the_release_date():
    """"adopted a resolution on Tuesday" in a release of Thursday 10 March 2022: Tuesday 8 March."""
    release = records(parse(
        "The Organization of American States adopted a resolution on Tuesday on the situation in Nicaragua.",
        """
        0  The          DET   DT  det      1  B-ORG
        1  Organization PROPN NNP nsubj    5  I-ORG
        2  of           ADP   IN  prep     1  I-ORG
        3  American     PROPN NNP compound 4  I-ORG
        4  States       PROPN NNP pobj     2  I-ORG
        5  adopted      VERB  VBD ROOT     5  O
        6  a            DET   DT  det      7  O
        7  resolution   NOUN  NN  dobj     5  O
        8  on           ADP   IN  prep     7  O
        9  Tuesday      PROPN NNP pobj     8  B-DATE
        10 on           ADP   IN  prep     5  O
        11 the          DET   DT  det      12 O
        12 situation    NOUN  NN  pobj     10 O
        13 in           ADP   IN  prep     12 O
        14 Nicaragua    PROPN NNP pobj     13 B-GPE
        15 .            PUNCT .   punct    5  O
        """,
        published="2022-03-10",
    ))
    assert resolutions(release) == {("resolution", "Organization of American States", "2022-03-08", "the situation in Nicaragua")}


def test_an_abbreviation_after_the_instrument_is_the_same_instrument_and_with_names_a_party():
    """"a memorandum of understanding (MOU) with X to promote ...": one record, two parties, the purpose as subject."""
    release = records(parse(
        "The Northwind Commission today signed a memorandum of understanding (MOU) with the Sylvania Trade Agency to promote cooperation.",
        """
        0  The           DET   DT    det      2  B-ORG
        1  Northwind     PROPN NNP   compound 2  I-ORG
        2  Commission    PROPN NNP   nsubj    4  I-ORG
        3  today         NOUN  NN    npadvmod 4  B-DATE
        4  signed        VERB  VBD   ROOT     4  O
        5  a             DET   DT    det      6  O
        6  memorandum    NOUN  NN    dobj     4  O
        7  of            ADP   IN    prep     6  O
        8  understanding NOUN  NN    pobj     7  O
        9  (             PUNCT -LRB- punct    8  O
        10 MOU           PROPN NNP   appos    8  B-ORG
        11 )             PUNCT -RRB- punct    8  O
        12 with          ADP   IN    prep     6  O
        13 the           DET   DT    det      16 B-ORG
        14 Sylvania      PROPN NNP   compound 16 I-ORG
        15 Trade         PROPN NNP   compound 16 I-ORG
        16 Agency        PROPN NNP   pobj     12 I-ORG
        17 to            PART  TO    aux      18 O
        18 promote       VERB  VB    advcl    4  O
        19 cooperation   NOUN  NN    dobj     18 O
        20 .             PUNCT .     punct    4  O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Northwind Commission; Sylvania Trade Agency", None, "promote cooperation")}


def test_a_framework_unveiled_is_no_formal_instrument():
    """Near miss: a generic instrument word after a launch verb is a product, not an instrument."""
    release = records(parse(
        "A team from Northwind University has unveiled a smartphone navigation framework.",
        """
        0  A          DET   DT  det      1  O
        1  team       NOUN  NN  nsubj    6  O
        2  from       ADP   IN  prep     1  O
        3  Northwind  PROPN NNP compound 4  B-ORG
        4  University PROPN NNP pobj     2  I-ORG
        5  has        AUX   VBZ aux      6  O
        6  unveiled   VERB  VBN ROOT     6  O
        7  a          DET   DT  det      10 O
        8  smartphone ADJ   JJ  amod     10 O
        9  navigation NOUN  NN  compound 10 O
        10 framework  NOUN  NN  dobj     6  O
        11 .          PUNCT .   punct    6  O
        """,
    ))
    assert release.resolutions == []


def test_the_resolution_approved_yesterday_dates_the_resolution_named_before():
    """"The resolution was approved yesterday" has nothing of its own: its act and date go to the one named before."""
    release = records(parse(
        "The OAS debated a resolution on Nicaragua. The resolution was approved yesterday.",
        """
        0  The        DET   DT  det       1  O
        1  OAS        PROPN NNP nsubj     2  B-ORG
        2  debated    VERB  VBD ROOT      2  O
        3  a          DET   DT  det       4  O
        4  resolution NOUN  NN  dobj      2  O
        5  on         ADP   IN  prep      4  O
        6  Nicaragua  PROPN NNP pobj      5  B-GPE
        7  .          PUNCT .   punct     2  O
        8  The        DET   DT  det       9  O
        9  resolution NOUN  NN  nsubjpass 11 O
        10 was        AUX   VBD auxpass   11 O
        11 approved   VERB  VBN ROOT      11 O
        12 yesterday  NOUN  NN  npadvmod  11 B-DATE
        13 .          PUNCT .   punct     11 O
        """,
        published="2021-06-15",
    ))
    assert resolutions(release) == {("resolution", None, "2021-06-14", "Nicaragua")}


def test_the_subject_after_on_stops_before_the_verb_of_the_clause():
    """resolutions.subject_after: the phrase after the instrument ends before its clause's verb ("was debated")."""
    release = records(parse(
        "The OAS Resolution on Nicaragua was debated. The resolution was approved yesterday.",
        """
        0  The        DET   DT  det       2  O
        1  OAS        PROPN NNP compound  2  B-ORG
        2  Resolution PROPN NNP nsubjpass 6  O
        3  on         ADP   IN  prep      2  O
        4  Nicaragua  PROPN NNP pobj      3  B-GPE
        5  was        AUX   VBD auxpass   6  O
        6  debated    VERB  VBN ROOT      6  O
        7  .          PUNCT .   punct     6  O
        8  The        DET   DT  det       9  O
        9  resolution NOUN  NN  nsubjpass 11 O
        10 was        AUX   VBD auxpass   11 O
        11 approved   VERB  VBN ROOT      11 O
        12 yesterday  NOUN  NN  npadvmod  11 B-DATE
        13 .          PUNCT .   punct     11 O
        """,
        published="2021-06-15",
    ))
    assert resolutions(release) == {("resolution", "Organization of American States", "2021-06-14", "Nicaragua")}


def test_a_settlement_in_the_form_of_a_consent_decree_is_one_consent_decree():
    """"The settlement, in the form of a consent decree, was lodged": the settlement told before and the
    decree are one instrument, the consent decree with the settlement's parties and date."""
    release = records(parse(
        "Acme Corp. reached a settlement with Beta Inc. on Monday. The settlement, in the form of a consent decree, was lodged today.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  reached       VERB  VBD  ROOT      2  O
        3  a             DET   DT   det       4  O
        4  settlement    NOUN  NN   dobj      2  O
        5  with          ADP   IN   prep      4  O
        6  Beta          PROPN NNP  compound  7  B-ORG
        7  Inc.          PROPN NNP  pobj      5  I-ORG
        8  on            ADP   IN   prep      2  O
        9  Monday        PROPN NNP  pobj      8  B-DATE
        10 .             PUNCT .    punct     2  O
        11 The           DET   DT   det       12 O
        12 settlement    NOUN  NN   nsubjpass 23 O
        13 ,             PUNCT ,    punct     23 O
        14 in            ADP   IN   prep      23 O
        15 the           DET   DT   det       16 O
        16 form          NOUN  NN   pobj      14 O
        17 of            ADP   IN   prep      16 O
        18 a             DET   DT   det       20 O
        19 consent       NOUN  NN   compound  20 O
        20 decree        NOUN  NN   pobj      17 O
        21 ,             PUNCT ,    punct     23 O
        22 was           AUX   VBD  auxpass   23 O
        23 lodged        VERB  VBN  ROOT      23 O
        24 today         NOUN  NN   npadvmod  23 B-DATE
        25 .             PUNCT .    punct     23 O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("consent decree", "Acme Corp.; Beta Inc.", "2025-05-05", None)}


def test_a_consent_decree_no_sentence_links_to_the_settlement_stays_apart():
    """Near miss: a settlement and a consent decree of other parties, no sentence naming both: two instruments."""
    release = records(parse(
        "Acme Corp. reached a settlement with Beta Inc. on Monday. Delta Co. signed a consent decree with Gamma LLC on Friday.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  reached       VERB  VBD  ROOT      2  O
        3  a             DET   DT   det       4  O
        4  settlement    NOUN  NN   dobj      2  O
        5  with          ADP   IN   prep      4  O
        6  Beta          PROPN NNP  compound  7  B-ORG
        7  Inc.          PROPN NNP  pobj      5  I-ORG
        8  on            ADP   IN   prep      2  O
        9  Monday        PROPN NNP  pobj      8  B-DATE
        10 .             PUNCT .    punct     2  O
        11 Delta         PROPN NNP  compound  12 B-ORG
        12 Co.           PROPN NNP  nsubj     13 I-ORG
        13 signed        VERB  VBD  ROOT      13 O
        14 a             DET   DT   det       16 O
        15 consent       NOUN  NN   compound  16 O
        16 decree        NOUN  NN   dobj      13 O
        17 with          ADP   IN   prep      16 O
        18 Gamma         PROPN NNP  compound  19 O
        19 LLC           PROPN NNP  pobj      17 O
        20 on            ADP   IN   prep      13 O
        21 Friday        PROPN NNP  pobj      20 B-DATE
        22 .             PUNCT .    punct     13 O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("settlement", "Acme Corp.; Beta Inc.", "2025-05-05", None), ("consent decree", "Delta Co.; Gamma LLC", "2025-05-02", None)}


def test_an_agreement_predicated_of_a_settlement_is_no_second_instrument():
    """"This settlement is a fair agreement with C that ...": the predicate restates the settlement."""
    release = records(parse(
        "Acme Corp. reached a settlement with Beta Inc. on Monday. This settlement is a fair agreement with Gamma LLC that protects the river.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  reached       VERB  VBD  ROOT      2  O
        3  a             DET   DT   det       4  O
        4  settlement    NOUN  NN   dobj      2  O
        5  with          ADP   IN   prep      4  O
        6  Beta          PROPN NNP  compound  7  B-ORG
        7  Inc.          PROPN NNP  pobj      5  I-ORG
        8  on            ADP   IN   prep      2  O
        9  Monday        PROPN NNP  pobj      8  B-DATE
        10 .             PUNCT .    punct     2  O
        11 This          DET   DT   det       12 O
        12 settlement    NOUN  NN   nsubj     13 O
        13 is            AUX   VBZ  ROOT      13 O
        14 a             DET   DT   det       16 O
        15 fair          ADJ   JJ   amod      16 O
        16 agreement     NOUN  NN   attr      13 O
        17 with          ADP   IN   prep      16 O
        18 Gamma         PROPN NNP  compound  19 O
        19 LLC           PROPN NNP  pobj      17 O
        20 that          PRON  WDT  nsubj     21 O
        21 protects      VERB  VBZ  relcl     16 O
        22 the           DET   DT   det       23 O
        23 river         NOUN  NN   dobj      21 O
        24 .             PUNCT .    punct     13 O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("settlement", "Acme Corp.; Beta Inc.", "2025-05-05", None)}


def test_todays_agreement_to_do_x_is_the_agreement_told_before_with_its_subject():
    """"Today's cooperative agreement to clean the river ...": the release's own agreement, told again with
    what it does, which becomes its subject."""
    release = records(parse(
        "Acme Corp. signed an agreement with Beta Inc. on Monday. Today's cooperative agreement to clean the river is the first of its kind.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  signed        VERB  VBD  ROOT      2  O
        3  an            DET   DT   det       4  O
        4  agreement     NOUN  NN   dobj      2  O
        5  with          ADP   IN   prep      4  O
        6  Beta          PROPN NNP  compound  7  B-ORG
        7  Inc.          PROPN NNP  pobj      5  I-ORG
        8  on            ADP   IN   prep      2  O
        9  Monday        PROPN NNP  pobj      8  B-DATE
        10 .             PUNCT .    punct     2  O
        11 Today         NOUN  NN   poss      14 B-DATE
        12 's            PART  POS  case      11 O
        13 cooperative   ADJ   JJ   amod      14 O
        14 agreement     NOUN  NN   nsubj     19 O
        15 to            PART  TO   aux       16 O
        16 clean         VERB  VB   acl       14 O
        17 the           DET   DT   det       18 O
        18 river         NOUN  NN   dobj      16 O
        19 is            AUX   VBZ  ROOT      19 O
        20 the           DET   DT   det       21 O
        21 first         ADJ   JJ   attr      19 B-ORDINAL
        22 of            ADP   IN   prep      21 O
        23 its           PRON  PRP$ poss      24 O
        24 kind          NOUN  NN   pobj      22 O
        25 .             PUNCT .    punct     19 O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.; Beta Inc.", "2025-05-05", "clean the river")}


def test_similar_agreements_reached_in_the_past_are_no_record():
    """"The United States has reached similar agreements with other cities": others of the kind, none told apart."""
    release = records(parse(
        "Acme Corp. signed an agreement with Beta Inc. on Monday. The United States has reached similar agreements with other cities.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  signed        VERB  VBD  ROOT      2  O
        3  an            DET   DT   det       4  O
        4  agreement     NOUN  NN   dobj      2  O
        5  with          ADP   IN   prep      4  O
        6  Beta          PROPN NNP  compound  7  B-ORG
        7  Inc.          PROPN NNP  pobj      5  I-ORG
        8  on            ADP   IN   prep      2  O
        9  Monday        PROPN NNP  pobj      8  B-DATE
        10 .             PUNCT .    punct     2  O
        11 The           DET   DT   det       13 B-GPE
        12 United        PROPN NNP  compound  13 I-GPE
        13 States        PROPN NNP  nsubj     15 I-GPE
        14 has           AUX   VBZ  aux       15 O
        15 reached       VERB  VBN  ROOT      15 O
        16 similar       ADJ   JJ   amod      17 O
        17 agreements    NOUN  NNS  dobj      15 O
        18 with          ADP   IN   prep      17 O
        19 other         ADJ   JJ   amod      20 O
        20 cities        NOUN  NNS  pobj      18 O
        21 .             PUNCT .    punct     15 O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.; Beta Inc.", "2025-05-05", None)}


def test_the_subjects_that_announce_the_signing_of_a_memorandum_are_its_parties_on_that_day():
    """"A and B today announced the signing of a memorandum of understanding to X": the announcers sign it,
    on the day of the announcement."""
    release = records(parse(
        "Acme Corp. and Beta Inc. today announced the signing of a memorandum of understanding to develop solar farms.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     6  I-ORG
        2  and           CCONJ CC   cc        1  O
        3  Beta          PROPN NNP  compound  4  B-ORG
        4  Inc.          PROPN NNP  conj      1  I-ORG
        5  today         NOUN  NN   npadvmod  6  B-DATE
        6  announced     VERB  VBD  ROOT      6  O
        7  the           DET   DT   det       8  O
        8  signing       NOUN  NN   dobj      6  O
        9  of            ADP   IN   prep      8  O
        10 a             DET   DT   det       11 O
        11 memorandum    NOUN  NN   pobj      9  O
        12 of            ADP   IN   prep      11 O
        13 understanding NOUN  NN   pobj      12 O
        14 to            PART  TO   aux       15 O
        15 develop       VERB  VB   acl       8  O
        16 solar         ADJ   JJ   amod      17 O
        17 farms         NOUN  NNS  dobj      15 O
        18 .             PUNCT .    punct     6  O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("memorandum of understanding", "Acme Corp.; Beta Inc.", "2025-05-07", "develop solar farms")}


def test_an_announcing_subject_no_rule_knew_is_named_by_its_proper_noun_not_its_apposition():
    """"A, a maker of tools, and B today announced the signing of an agreement": A by its proper noun, not "tools"."""
    release = records(parse(
        "Zorblax, a maker of tools, and Quintor Labs today announced the signing of an agreement to build robots.",
        """
        0  Zorblax       PROPN NNP  nsubj     11 O
        1  ,             PUNCT ,    punct     0  O
        2  a             DET   DT   det       3  O
        3  maker         NOUN  NN   appos     0  O
        4  of            ADP   IN   prep      3  O
        5  tools         NOUN  NNS  pobj      4  O
        6  ,             PUNCT ,    punct     0  O
        7  and           CCONJ CC   cc        0  O
        8  Quintor       PROPN NNP  compound  9  O
        9  Labs          PROPN NNP  conj      0  O
        10 today         NOUN  NN   npadvmod  11 B-DATE
        11 announced     VERB  VBD  ROOT      11 O
        12 the           DET   DT   det       13 O
        13 signing       NOUN  NN   dobj      11 O
        14 of            ADP   IN   prep      13 O
        15 an            DET   DT   det       16 O
        16 agreement     NOUN  NN   pobj      14 O
        17 to            PART  TO   aux       18 O
        18 build         VERB  VB   acl       16 O
        19 robots        NOUN  NNS  dobj      18 O
        20 .             PUNCT .    punct     11 O
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("agreement", "Zorblax; Quintor Labs", "2025-05-07", "build robots")}


def test_announced_today_it_has_signed_leaves_the_reported_signing_undated():
    """"A announced today it has signed an agreement with B": "today" dates the announcement; the
    reported act ("has signed") keeps its own time, which the text does not give (the gold reads
    "today announced that its subsidiary has reached an agreement" so; "today announced the signing
    of" dates the signing: test_the_subjects_that_announce_the_signing_of_a_memorandum_are_its_parties_on_that_day)."""
    release = records(parse(
        "Acme Corp. announced today it has signed an agreement with Beta Inc.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  announced     VERB  VBD  ROOT      2  O
        3  today         NOUN  NN   npadvmod  2  B-DATE
        4  it            PRON  PRP  nsubj     6  O
        5  has           AUX   VBZ  aux       6  O
        6  signed        VERB  VBN  ccomp     2  O
        7  an            DET   DT   det       8  O
        8  agreement     NOUN  NN   dobj      6  O
        9  with          ADP   IN   prep      8  O
        10 Beta          PROPN NNP  compound  11 B-ORG
        11 Inc.          PROPN NNP  pobj      9  I-ORG
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.; Beta Inc.", None, None)}


def test_pleased_to_announce_without_a_date_leaves_the_agreement_undated():
    """Near miss: "A is pleased to announce it has signed an agreement with B" gives no day."""
    release = records(parse(
        "Acme Corp. is pleased to announce it has signed an agreement with Beta Inc.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  is            AUX   VBZ  ROOT      2  O
        3  pleased       ADJ   JJ   acomp     2  O
        4  to            PART  TO   aux       5  O
        5  announce      VERB  VB   xcomp     3  O
        6  it            PRON  PRP  nsubj     8  O
        7  has           AUX   VBZ  aux       8  O
        8  signed        VERB  VBN  ccomp     5  O
        9  an            DET   DT   det       10 O
        10 agreement     NOUN  NN   dobj      8  O
        11 with          ADP   IN   prep      10 O
        12 Beta          PROPN NNP  compound  13 B-ORG
        13 Inc.          PROPN NNP  pobj      11 I-ORG
        """,
        published="2025-05-07",
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.; Beta Inc.", None, None)}


def test_a_company_no_rule_knew_that_signed_with_b_is_a_party_by_its_proper_name():
    """"Zorvex signed an agreement with the Kestrel Association": the subject no organization rule
    knew is a party beside the "with" party."""
    release = records(parse(
        "Zorvex signed an agreement with the Kestrel Association on supply.",
        """
        0  Zorvex      PROPN NNP nsubj    1 O
        1  signed      VERB  VBD ROOT     1 O
        2  an          DET   DT  det      3 O
        3  agreement   NOUN  NN  dobj     1 O
        4  with        ADP   IN  prep     3 O
        5  the         DET   DT  det      7 B-ORG
        6  Kestrel     PROPN NNP compound 7 I-ORG
        7  Association PROPN NNP pobj     4 I-ORG
        8  on          ADP   IN  prep     3 O
        9  supply      NOUN  NN  pobj     8 O
        10 .           PUNCT .   punct    1 O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kestrel Association", None, "supply")}


def test_a_verb_joined_without_its_own_subject_reads_the_first_verbs_subject():
    """"Zorvex opened an office and signed an MOU with the Kestrel Association": Zorvex signed it."""
    release = records(parse(
        "Zorvex opened an office and signed an MOU with the Kestrel Association.",
        """
        0  Zorvex      PROPN NNP nsubj    1 O
        1  opened      VERB  VBD ROOT     1 O
        2  an          DET   DT  det      3 O
        3  office      NOUN  NN  dobj     1 O
        4  and         CCONJ CC  cc       1 O
        5  signed      VERB  VBD conj     1 O
        6  an          DET   DT  det      7 O
        7  MOU         PROPN NNP dobj     5 O
        8  with        ADP   IN  prep     7 O
        9  the         DET   DT  det      11 B-ORG
        10 Kestrel     PROPN NNP compound 11 I-ORG
        11 Association PROPN NNP pobj     8 I-ORG
        12 .           PUNCT .   punct    1 O
        """,
    ))
    assert {r.body for r in release.resolutions} == {"Zorvex; Kestrel Association"}


def test_a_dateline_place_the_parse_ran_into_the_subject_is_no_party():
    """"SPRINGFIELD, Ohio - Zorvex signed an MOU with ...": Ohio is where the release was filed."""
    release = records(parse(
        "SPRINGFIELD, Ohio - Zorvex signed an MOU with the Kestrel Association.",
        """
        0  SPRINGFIELD PROPN NNP compound 4  B-GPE
        1  ,           PUNCT ,   punct    0  O
        2  Ohio        PROPN NNP appos    0  B-GPE
        3  -           PUNCT :   punct    4  O
        4  Zorvex      PROPN NNP nsubj    5  O
        5  signed      VERB  VBD ROOT     5  O
        6  an          DET   DT  det      7  O
        7  MOU         PROPN NNP dobj     5  O
        8  with        ADP   IN  prep     7  O
        9  the         DET   DT  det      11 B-ORG
        10 Kestrel     PROPN NNP compound 11 I-ORG
        11 Association PROPN NNP pobj     8  I-ORG
        12 .           PUNCT .   punct    5  O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Zorvex; Kestrel Association"]


def test_an_agreement_a_company_has_with_another_states_no_act_and_is_no_record():
    """Near miss: "Acme Corp has an agreement with Beta Ltd." tells of a standing agreement."""
    release = records(parse(
        "Acme Corp has an agreement with Beta Ltd. to sell its products.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp      PROPN NNP nsubj    2  I-ORG
        2  has       VERB  VBZ ROOT     2  O
        3  an        DET   DT  det      4  O
        4  agreement NOUN  NN  dobj     2  O
        5  with      ADP   IN  prep     4  O
        6  Beta      PROPN NNP compound 7  B-ORG
        7  Ltd.      PROPN NNP pobj     5  I-ORG
        8  to        PART  TO  aux      9  O
        9  sell      VERB  VB  acl      4  O
        10 its       PRON  PRP$ poss    11 O
        11 products  NOUN  NNS dobj     9  O
        12 .         PUNCT .   punct    2  O
        """,
    ))
    assert release.resolutions == []


def test_signed_an_agreement_with_a_county_makes_the_county_a_party():
    """"The Department signed an agreement with Pine County on Tuesday": a county is a party by its name."""
    release = records(parse(
        "The Justice Department signed an agreement with Pine County on Tuesday to improve access.",
        """
        0  The        DET   DT  det      2  B-ORG
        1  Justice    PROPN NNP compound 2  I-ORG
        2  Department PROPN NNP nsubj    3  I-ORG
        3  signed     VERB  VBD ROOT     3  O
        4  an         DET   DT  det      5  O
        5  agreement  NOUN  NN  dobj     3  O
        6  with       ADP   IN  prep     5  O
        7  Pine       PROPN NNP compound 8  B-GPE
        8  County     PROPN NNP pobj     6  I-GPE
        9  on         ADP   IN  prep     3  O
        10 Tuesday    PROPN NNP pobj     9  B-DATE
        11 to         PART  TO  aux      12 O
        12 improve    VERB  VB  advcl    3  O
        13 access     NOUN  NN  dobj     12 O
        14 .          PUNCT .   punct    3  O
        """,
        published="2025-03-06",
    ))
    assert resolutions(release) == {("agreement", "Justice Department; Pine County", "2025-03-04", "improve access")}


def test_one_kind_between_the_same_parties_is_one_instrument_however_described():
    """"A signed a five-year agreement with B to share data. B and A signed the agreement under the
    programme.": one agreement (and "five-year" is no kind word)."""
    release = records(parse(
        "Zorvex signed a five-year agreement with Kestrel Inc. to share data. Kestrel Inc. and Zorvex signed an agreement under a programme.",
        """
        0  Zorvex    PROPN NNP nsubj    1  O
        1  signed    VERB  VBD ROOT     1  O
        2  a         DET   DT  det      6  O
        3  five      NUM   CD  nummod   5  O
        4  -         PUNCT HYPH punct   5  O
        5  year      NOUN  NN  compound 6  O
        6  agreement NOUN  NN  dobj     1  O
        7  with      ADP   IN  prep     6  O
        8  Kestrel   PROPN NNP compound 9  B-ORG
        9  Inc.      PROPN NNP pobj     7  I-ORG
        10 to        PART  TO  aux      11 O
        11 share     VERB  VB  acl      6  O
        12 data      NOUN  NNS dobj     11 O
        13 .         PUNCT .   punct    1  O
        14 Kestrel   PROPN NNP compound 15 B-ORG
        15 Inc.      PROPN NNP nsubj    18 I-ORG
        16 and       CCONJ CC  cc       15 O
        17 Zorvex    PROPN NNP conj     15 O
        18 signed    VERB  VBD ROOT     18 O
        19 an        DET   DT  det      20 O
        20 agreement NOUN  NN  dobj     18 O
        21 under     ADP   IN  prep     18 O
        22 a         DET   DT  det      23 O
        23 programme NOUN  NN  pobj     21 O
        24 .         PUNCT .   punct    18 O
        """,
    ))
    assert [r.kind for r in release.resolutions] == ["agreement"]


def test_plural_instrument_words_name_instruments():
    """"Kenya and Uganda signed the Lakeside Accords": "accords" is an instrument word as "accord" is."""
    release = records(parse(
        "Kenya and Uganda signed the Lakeside Accords.",
        """
        0  Kenya    PROPN NNP  nsubj    3 B-GPE
        1  and      CCONJ CC   cc       0 O
        2  Uganda   PROPN NNP  conj     0 B-GPE
        3  signed   VERB  VBD  ROOT     3 O
        4  the      DET   DT   det      6 O
        5  Lakeside PROPN NNP  compound 6 O
        6  Accords  PROPN NNPS dobj     3 O
        7  .        PUNCT .    punct    3 O
        """,
    ))
    assert resolutions(release) == {("accord", "Kenya; Uganda", None, "Lakeside")}


def test_the_signing_that_took_place_on_a_date_dates_the_memorandum():
    """"The signing of the MOU between A and B took place on March 3": the noun of adoption is
    dated by the verb of taking place."""
    release = records(parse(
        "The signing of the MOU between Acme Corp. and Beta Ltd. took place on March 3.",
        """
        0  The     DET   DT  det      1  O
        1  signing NOUN  NN  nsubj    11 O
        2  of      ADP   IN  prep     1  O
        3  the     DET   DT  det      4  O
        4  MOU     PROPN NNP pobj     2  O
        5  between ADP   IN  prep     4  O
        6  Acme    PROPN NNP compound 7  B-ORG
        7  Corp.   PROPN NNP pobj     5  I-ORG
        8  and     CCONJ CC  cc       7  O
        9  Beta    PROPN NNP compound 10 B-ORG
        10 Ltd.    PROPN NNP conj     7  I-ORG
        11 took    VERB  VBD ROOT     11 O
        12 place   NOUN  NN  dobj     11 O
        13 on      ADP   IN  prep     11 O
        14 March   PROPN NNP pobj     13 B-DATE
        15 3       NUM   CD  nummod   14 I-DATE
        16 .       PUNCT .   punct    11 O
        """,
        published="2025-03-06",
    ))
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("memorandum of understanding", "Acme Corp.; Beta Ltd.", "2025-03-03")]


def test_a_date_the_parser_hung_on_the_signed_object_dates_the_signing():
    """"A and B signed a memorandum of understanding (MoU) on Wednesday": "on Wednesday" hangs on the object."""
    release = records(parse(
        "Acme Corp. and Beta Ltd. signed a memorandum of understanding on Wednesday.",
        """
        0  Acme          PROPN NNP compound 1  B-ORG
        1  Corp.         PROPN NNP nsubj    5  I-ORG
        2  and           CCONJ CC  cc       1  O
        3  Beta          PROPN NNP compound 4  B-ORG
        4  Ltd.          PROPN NNP conj     1  I-ORG
        5  signed        VERB  VBD ROOT     5  O
        6  a             DET   DT  det      7  O
        7  memorandum    NOUN  NN  dobj     5  O
        8  of            ADP   IN  prep     7  O
        9  understanding NOUN  NN  pobj     8  O
        10 on            ADP   IN  prep     7  O
        11 Wednesday     PROPN NNP pobj     10 B-DATE
        12 .             PUNCT .   punct    5  O
        """,
        published="2025-03-06",
    ))
    assert [(r.body, r.date) for r in release.resolutions] == [("Acme Corp.; Beta Ltd.", "2025-03-05")]


def test_a_member_of_the_between_list_no_rule_knew_is_a_party_by_its_name():
    """"the consent decree between the United States and the City of Springfield": both are parties."""
    release = records(parse(
        "The court approved the consent decree between the United States and the City of Springfield.",
        """
        0  The         DET   DT  det      1  O
        1  court       NOUN  NN  nsubj    2  O
        2  approved    VERB  VBD ROOT     2  O
        3  the         DET   DT  det      5  O
        4  consent     NOUN  NN  compound 5  O
        5  decree      NOUN  NN  dobj     2  O
        6  between     ADP   IN  prep     5  O
        7  the         DET   DT  det      9  B-GPE
        8  United      PROPN NNP compound 9  I-GPE
        9  States      PROPN NNP pobj     6  I-GPE
        10 and         CCONJ CC  cc       9  O
        11 the         DET   DT  det      12 O
        12 City        PROPN NNP conj     9  O
        13 of          ADP   IN  prep     12 O
        14 Springfield PROPN NNP pobj     13 B-GPE
        15 .           PUNCT .   punct    2  O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["United States; City of Springfield"]


def test_a_place_in_the_subjects_apposition_is_no_party():
    """"Acme Institute, the largest provider in Florida, has signed an MOU with Beta Training":
    Florida describes Acme Institute."""
    release = records(parse(
        "Acme Institute, the largest provider in Florida, has signed an MOU with Beta Training.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Institute PROPN NNP nsubj    10 I-ORG
        2  ,         PUNCT ,   punct    1  O
        3  the       DET   DT  det      5  O
        4  largest   ADJ   JJS amod     5  O
        5  provider  NOUN  NN  appos    1  O
        6  in        ADP   IN  prep     5  O
        7  Florida   PROPN NNP pobj     6  B-GPE
        8  ,         PUNCT ,   punct    1  O
        9  has       AUX   VBZ aux      10 O
        10 signed    VERB  VBN ROOT     10 O
        11 an        DET   DT  det      12 O
        12 MOU       PROPN NNP dobj     10 O
        13 with      ADP   IN  prep     12 O
        14 Beta      PROPN NNP compound 15 B-ORG
        15 Training  PROPN NNP pobj     13 I-ORG
        16 .         PUNCT .   punct    10 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Acme Institute; Beta Training"]


def test_a_dateline_word_the_parse_made_the_subject_is_no_party():
    """"SPRINGFIELD -- Zorvex signed an MOU with the Kestrel Association", parsed with the dateline
    as subject: the dateline names no party; the name after its dash is the signer."""
    release = records(parse(
        "SPRINGFIELD -- Zorvex signed an MOU with the Kestrel Association.",
        """
        0  SPRINGFIELD PROPN NNP nsubj    3  O
        1  --          PUNCT :   punct    0  O
        2  Zorvex      PROPN NNP appos    0  O
        3  signed      VERB  VBD ROOT     3  O
        4  an          DET   DT  det      5  O
        5  MOU         PROPN NNP dobj     3  O
        6  with        ADP   IN  prep     5  O
        7  the         DET   DT  det      9  B-ORG
        8  Kestrel     PROPN NNP compound 9  I-ORG
        9  Association PROPN NNP pobj     6  I-ORG
        10 .           PUNCT .   punct    3  O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Zorvex; Kestrel Association"]


def test_a_deal_inked_with_a_company_is_an_instrument_and_a_great_deal_is_none():
    """"Zorvex inked a deal with the Kestrel Association" states a deal between the two; "a great
    deal of work" (no act of adoption) and the verb "deal with" state none."""
    release = records(parse(
        "Zorvex inked a deal with the Kestrel Association on supply. Kestrel did a great deal of work to deal with it.",
        """
        0  Zorvex      PROPN NNP nsubj    1  O
        1  inked       VERB  VBD ROOT     1  O
        2  a           DET   DT  det      3  O
        3  deal        NOUN  NN  dobj     1  O
        4  with        ADP   IN  prep     3  O
        5  the         DET   DT  det      7  B-ORG
        6  Kestrel     PROPN NNP compound 7  I-ORG
        7  Association PROPN NNP pobj     4  I-ORG
        8  on          ADP   IN  prep     3  O
        9  supply      NOUN  NN  pobj     8  O
        10 .           PUNCT .   punct    1  O
        11 Kestrel     PROPN NNP nsubj    12 O
        12 did         VERB  VBD ROOT     12 O
        13 a           DET   DT  det      15 O
        14 great       ADJ   JJ  amod     15 O
        15 deal        NOUN  NN  dobj     12 O
        16 of          ADP   IN  prep     15 O
        17 work        NOUN  NN  pobj     16 O
        18 to          PART  TO  aux      19 O
        19 deal        VERB  VB  advcl    12 O
        20 with        ADP   IN  prep     19 O
        21 it          PRON  PRP pobj     20 O
        22 .           PUNCT .   punct    12 O
        """,
    ))
    assert resolutions(release) == {("deal", "Zorvex; Kestrel Association", None, "supply")}


def test_a_relative_clause_after_the_with_party_says_what_the_agreement_does():
    """"Zorvex signed an agreement with Kestrel, which will add revenue": the parser hangs the
    clause on the party; set off by a comma after it, it is the instrument's subject."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel, which will add revenue.",
        """
        0  Zorvex    PROPN NNP nsubj 1 B-ORG
        1  signed    VERB  VBD ROOT  1 O
        2  an        DET   DT  det   3 O
        3  agreement NOUN  NN  dobj  1 O
        4  with      ADP   IN  prep  3 O
        5  Kestrel   PROPN NNP pobj  4 B-ORG
        6  ,         PUNCT ,   punct 5 O
        7  which     PRON  WDT nsubj 9 O
        8  will      AUX   MD  aux   9 O
        9  add       VERB  VB  relcl 5 O
        10 revenue   NOUN  NN  dobj  9 O
        11 .         PUNCT .   punct 1 O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kestrel", None, "will add revenue")}


def test_names_listed_after_the_datelines_dash_are_the_parties_when_the_parse_took_the_place_as_subject():
    """"OREM, Utah - May 2, 2025 - Zorvex, a maker of pumps, and Kestrel Labs, a lab, today announced
    the signing of an MOU to build valves": the parse made the dateline's place the subject; the
    names listed after the dash (not the description between them) are the parties."""
    release = records(parse(
        "OREM, Utah - May 2, 2025 - Zorvex, a maker of pumps, and Kestrel Labs, a lab, today announced the signing of an MOU to build valves.",
        """
        0  OREM      PROPN NNP nsubj    24 B-GPE
        1  ,         PUNCT ,   punct    0  O
        2  Utah      PROPN NNP appos    0  B-GPE
        3  -         PUNCT :   punct    0  O
        4  May       PROPN NNP appos    0  B-DATE
        5  2         NUM   CD  nummod   4  I-DATE
        6  ,         PUNCT ,   punct    4  I-DATE
        7  2025      NUM   CD  nummod   4  I-DATE
        8  -         PUNCT :   punct    0  O
        9  Zorvex    PROPN NNP appos    0  O
        10 ,         PUNCT ,   punct    9  O
        11 a         DET   DT  det      12 O
        12 maker     NOUN  NN  appos    9  O
        13 of        ADP   IN  prep     12 O
        14 pumps     NOUN  NNS pobj     13 O
        15 ,         PUNCT ,   punct    12 O
        16 and       CCONJ CC  cc       12 O
        17 Kestrel   PROPN NNP compound 18 O
        18 Labs      PROPN NNP conj     12 O
        19 ,         PUNCT ,   punct    18 O
        20 a         DET   DT  det      21 O
        21 lab       NOUN  NN  appos    18 O
        22 ,         PUNCT ,   punct    18 O
        23 today     NOUN  NN  npadvmod 24 B-DATE
        24 announced VERB  VBD ROOT     24 O
        25 the       DET   DT  det      26 O
        26 signing   NOUN  NN  dobj     24 O
        27 of        ADP   IN  prep     26 O
        28 an        DET   DT  det      29 O
        29 MOU       PROPN NNP pobj     27 O
        30 to        PART  TO  aux      31 O
        31 build     VERB  VB  relcl    29 O
        32 valves    NOUN  NNS dobj     31 O
        33 .         PUNCT .   punct    24 O
        """,
        published="2025-05-02",
    ))
    assert resolutions(release) == {("memorandum of understanding", "Zorvex; Kestrel Labs", "2025-05-02", "build valves")}


def test_a_collusive_agreement_reached_is_an_unlawful_arrangement_and_no_record():
    """"The firms reached collusive agreements with Zorvex to rig bids": an unlawful arrangement,
    not a formal instrument, though an act of adoption is stated."""
    release = records(parse(
        "The firms reached collusive agreements with Zorvex to rig bids.",
        """
        0  The        DET   DT  det   1 O
        1  firms      NOUN  NNS nsubj 2 O
        2  reached    VERB  VBD ROOT  2 O
        3  collusive  ADJ   JJ  amod  4 O
        4  agreements NOUN  NNS dobj  2 O
        5  with       ADP   IN  prep  4 O
        6  Zorvex     PROPN NNP pobj  5 B-ORG
        7  to         PART  TO  aux   8 O
        8  rig        VERB  VB  acl   4 O
        9  bids       NOUN  NNS dobj  8 O
        10 .          PUNCT .   punct 2 O
        """,
    ))
    assert release.resolutions == []


def test_a_participle_after_a_definite_with_party_is_the_subject():
    """"Zorvex entered into an agreement with the government requiring Zorvex to pay a fine":
    the clause after the party says what the agreement does."""
    release = records(parse(
        "Zorvex entered into an agreement with the government requiring Zorvex to pay a fine.",
        """
        0  Zorvex     PROPN NNP nsubj 1  B-ORG
        1  entered    VERB  VBD ROOT  1  O
        2  into       ADP   IN  prep  1  O
        3  an         DET   DT  det   4  O
        4  agreement  NOUN  NN  pobj  2  O
        5  with       ADP   IN  prep  4  O
        6  the        DET   DT  det   7  O
        7  government NOUN  NN  pobj  5  O
        8  requiring  VERB  VBG acl   7  O
        9  Zorvex     PROPN NNP dobj  8  B-ORG
        10 to         PART  TO  aux   11 O
        11 pay        VERB  VB  xcomp 8  O
        12 a          DET   DT  det   13 O
        13 fine       NOUN  NN  dobj  11 O
        14 .          PUNCT .   punct 1  O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex", None, "requiring Zorvex to pay a fine")}


def test_a_participle_describing_an_indefinite_party_is_no_subject():
    """Near miss: "an agreement with a firm making valves": the participle tells what the firm does."""
    release = records(parse(
        "Zorvex entered into an agreement with a firm making valves.",
        """
        0  Zorvex    PROPN NNP nsubj 1 B-ORG
        1  entered   VERB  VBD ROOT  1 O
        2  into      ADP   IN  prep  1 O
        3  an        DET   DT  det   4 O
        4  agreement NOUN  NN  pobj  2 O
        5  with      ADP   IN  prep  4 O
        6  a         DET   DT  det   7 O
        7  firm      NOUN  NN  pobj  5 O
        8  making    VERB  VBG acl   7 O
        9  valves    NOUN  NNS dobj  8 O
        10 .         PUNCT .   punct 1 O
        """,
    ))
    assert [r.subject for r in release.resolutions] == [None]


def test_the_nth_nation_to_sign_an_accord_has_signed_it():
    """"Ruritania became the 20th nation to sign the Zorvex Accords": an infinitive on a noun
    counted by an ordinal tells an act done; the copula's subject is the party."""
    release = records(parse(
        "Ruritania became the 20th nation to sign the Zorvex Accords.",
        """
        0  Ruritania PROPN NNP nsubj    1 B-GPE
        1  became    VERB  VBD ROOT     1 O
        2  the       DET   DT  det      4 O
        3  20th      ADJ   JJ  amod     4 B-ORDINAL
        4  nation    NOUN  NN  attr     1 O
        5  to        PART  TO  aux      6 O
        6  sign      VERB  VB  relcl    4 O
        7  the       DET   DT  det      9 O
        8  Zorvex    PROPN NNP compound 9 O
        9  Accords   PROPN NNP dobj     6 O
        10 .         PUNCT .   punct    1 O
        """,
    ))
    assert resolutions(release) == {("accord", "Ruritania", None, "Zorvex")}


def test_a_nation_that_is_to_sign_an_accord_has_not_signed_it():
    """Near miss: "Ruritania is the nation to sign the Zorvex Accords next": no ordinal, still to come."""
    release = records(parse(
        "Ruritania is the nation to sign the Zorvex Accords next.",
        """
        0  Ruritania PROPN NNP nsubj    1 B-GPE
        1  is        AUX   VBZ ROOT     1 O
        2  the       DET   DT  det      3 O
        3  nation    NOUN  NN  attr     1 O
        4  to        PART  TO  aux      5 O
        5  sign      VERB  VB  relcl    3 O
        6  the       DET   DT  det      8 O
        7  Zorvex    PROPN NNP compound 8 O
        8  Accords   PROPN NNP dobj     5 O
        9  next      ADV   RB  advmod   5 O
        10 .         PUNCT .   punct    1 O
        """,
    ))
    assert release.resolutions == []


def test_the_common_noun_ending_a_named_body_stands_for_it_and_a_split_infinitive_is_the_purpose():
    """"Zorvex Exchange ... The exchange signed an MOU with the Kestrel Association to jointly build
    valves": "the exchange" is Zorvex Exchange; "to jointly build" is the purpose."""
    release = records(parse(
        "Zorvex Exchange grew. The exchange signed an MOU with the Kestrel Association to jointly build valves.",
        """
        0  Zorvex      PROPN NNP compound 1  B-ORG
        1  Exchange    PROPN NNP nsubj    2  I-ORG
        2  grew        VERB  VBD ROOT     2  O
        3  .           PUNCT .   punct    2  O
        4  The         DET   DT  det      5  O
        5  exchange    NOUN  NN  nsubj    6  O
        6  signed      VERB  VBD ROOT     6  O
        7  an          DET   DT  det      8  O
        8  MOU         PROPN NNP dobj     6  O
        9  with        ADP   IN  prep     8  O
        10 the         DET   DT  det      12 B-ORG
        11 Kestrel     PROPN NNP compound 12 I-ORG
        12 Association PROPN NNP pobj     9  I-ORG
        13 to          PART  TO  aux      15 O
        14 jointly     ADV   RB  advmod   15 O
        15 build       VERB  VB  advcl    6  O
        16 valves      NOUN  NNS dobj     15 O
        17 .           PUNCT .   punct    6  O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Zorvex Exchange; Kestrel Association", None, "jointly build valves")}


def test_a_signing_without_a_date_takes_the_one_day_its_paragraph_named_before():
    """"Kenya and Uganda met on March 11. Kenya and Uganda signed an MOU on trade.": the signing,
    dated nowhere in its sentence, is of the day the paragraph named."""
    release = records(parse(
        "Kenya and Uganda met on March 11, 2022. Kenya and Uganda signed an MOU on trade.",
        """
        0  Kenya  PROPN NNP nsubj  3  B-GPE
        1  and    CCONJ CC  cc     0  O
        2  Uganda PROPN NNP conj   0  B-GPE
        3  met    VERB  VBD ROOT   3  O
        4  on     ADP   IN  prep   3  O
        5  March  PROPN NNP pobj   4  B-DATE
        6  11     NUM   CD  nummod 5  I-DATE
        7  ,      PUNCT ,   punct  5  I-DATE
        8  2022   NUM   CD  nummod 5  I-DATE
        9  .      PUNCT .   punct  3  O
        10 Kenya  PROPN NNP nsubj  13 B-GPE
        11 and    CCONJ CC  cc     10 O
        12 Uganda PROPN NNP conj   10 B-GPE
        13 signed VERB  VBD ROOT   13 O
        14 an     DET   DT  det    15 O
        15 MOU    PROPN NNP dobj   13 O
        16 on     ADP   IN  prep   15 O
        17 trade  NOUN  NN  pobj   16 O
        18 .      PUNCT .   punct  13 O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Kenya; Uganda", "2022-03-11", "trade")}


def test_the_board_stands_for_the_one_body_whose_name_is_headed_by_board():
    """"the Kestrel Board of Education ... The resolution was adopted by the board": the board is
    the body named before (its name's head word before "of")."""
    release = records(parse(
        "The Kestrel Board of Education met. The resolution on early reading was adopted by the board.",
        """
        0  The        DET   DT  det       2  O
        1  Kestrel    PROPN NNP compound  2  B-ORG
        2  Board      PROPN NNP nsubj     5  I-ORG
        3  of         ADP   IN  prep      2  I-ORG
        4  Education  PROPN NNP pobj      3  I-ORG
        5  met        VERB  VBD ROOT      5  O
        6  .          PUNCT .   punct     5  O
        7  The        DET   DT  det       8  O
        8  resolution NOUN  NN  nsubjpass 13 O
        9  on         ADP   IN  prep      8  O
        10 early      ADJ   JJ  amod      11 O
        11 reading    NOUN  NN  pobj      9  O
        12 was        AUX   VBD auxpass   13 O
        13 adopted    VERB  VBN ROOT      13 O
        14 by         ADP   IN  agent     13 O
        15 the        DET   DT  det       16 O
        16 board      NOUN  NN  pobj      14 O
        17 .          PUNCT .   punct     13 O
        """,
    ))
    assert resolutions(release) == {("resolution", "Kestrel Board of Education", None, "early reading")}


def test_a_settlement_not_reached_is_no_record():
    """"Drivers who have not reached a settlement with Zorvex": a negated act adopts nothing."""
    release = records(parse(
        "Drivers who have not reached a settlement with Zorvex can apply.",
        """
        0  Drivers    NOUN  NNS nsubj 9 O
        1  who        PRON  WP  nsubj 4 O
        2  have       AUX   VBP aux   4 O
        3  not        PART  RB  neg   4 O
        4  reached    VERB  VBN relcl 0 O
        5  a          DET   DT  det   6 O
        6  settlement NOUN  NN  dobj  4 O
        7  with       ADP   IN  prep  6 O
        8  Zorvex     PROPN NNP pobj  7 B-ORG
        9  can        AUX   MD  aux   10 O
        10 apply      VERB  VB  ROOT  10 O
        11 .          PUNCT .   punct 10 O
        """,
    ))
    assert release.resolutions == []


def test_an_agreement_and_plan_of_merger_dated_a_day_with_b_is_named_dated_and_has_b_as_party():
    """"Zorvex entered into an Agreement and Plan of Merger dated May 2, 2025, with Kestrel": the
    capitalized words joined by "and" continue the name, "dated" gives its day, and "with" its party."""
    release = records(parse(
        "Zorvex entered into an Agreement and Plan of Merger dated May 2, 2025, with Kestrel.",
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  entered   VERB  VBD ROOT     1  O
        2  into      ADP   IN  prep     1  O
        3  an        DET   DT  det      4  O
        4  Agreement PROPN NNP pobj     2  O
        5  and       CCONJ CC  cc       4  O
        6  Plan      PROPN NNP conj     4  O
        7  of        ADP   IN  prep     6  O
        8  Merger    PROPN NNP pobj     7  O
        9  dated     VERB  VBN acl      4  O
        10 May       PROPN NNP npadvmod 9  B-DATE
        11 2         NUM   CD  nummod   10 I-DATE
        12 ,         PUNCT ,   punct    10 I-DATE
        13 2025      NUM   CD  nummod   10 I-DATE
        14 ,         PUNCT ,   punct    4  O
        15 with      ADP   IN  prep     4  O
        16 Kestrel   PROPN NNP pobj     15 B-ORG
        17 .         PUNCT .   punct    1  O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kestrel", "2025-05-02", "Agreement and Plan of Merger")}


def test_it_in_a_clause_stands_for_the_subject_of_the_nearest_verb_above_and_a_dangling_pronoun_is_cut():
    """"Given that Zorvex announced that it signed a letter of intent to acquire Kestrel, it is
    glad": "it" is Zorvex (not the main clause's "it"); the subject ends before ", it"."""
    release = records(parse(
        "Given that Zorvex announced that it signed a letter of intent to acquire Kestrel, it is glad.",
        """
        0  Given     VERB  VBN prep   16 O
        1  that      SCONJ IN  mark   3  O
        2  Zorvex    PROPN NNP nsubj  3  B-ORG
        3  announced VERB  VBD pcomp  0  O
        4  that      SCONJ IN  mark   6  O
        5  it        PRON  PRP nsubj  6  O
        6  signed    VERB  VBD ccomp  3  O
        7  a         DET   DT  det    8  O
        8  letter    NOUN  NN  dobj   6  O
        9  of        ADP   IN  prep   8  O
        10 intent    NOUN  NN  pobj   9  O
        11 to        PART  TO  aux    12 O
        12 acquire   VERB  VB  acl    8  O
        13 Kestrel   PROPN NNP dobj   12 B-ORG
        14 ,         PUNCT ,   punct  12 O
        15 it        PRON  PRP dobj   12 O
        16 is        AUX   VBZ ROOT   16 O
        17 glad      ADJ   JJ  acomp  16 O
        18 .         PUNCT .   punct  16 O
        """,
    ))
    assert resolutions(release) == {("letter of intent", "Zorvex", None, "acquire Kestrel")}


def test_memorandums_of_understanding_is_the_plural_of_the_memorandum():
    """"Kenya and Uganda signed memorandums of understanding on trade": the plural in -ums."""
    release = records(parse(
        "Kenya and Uganda signed memorandums of understanding on trade.",
        """
        0  Kenya         PROPN NNP nsubj 3 B-GPE
        1  and           CCONJ CC  cc    0 O
        2  Uganda        PROPN NNP conj  0 B-GPE
        3  signed        VERB  VBD ROOT  3 O
        4  memorandums   NOUN  NNS dobj  3 O
        5  of            ADP   IN  prep  4 O
        6  understanding NOUN  NN  pobj  5 O
        7  on            ADP   IN  prep  6 O
        8  trade         NOUN  NN  pobj  7 O
        9  .             PUNCT .   punct 3 O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Kenya; Uganda", None, "trade")}


def test_a_decision_to_join_a_company_is_no_instrument():
    """Near miss: "Zorvex's decision to join Kestrel": the infinitive of an adoption verb on the
    instrument word adopts nothing."""
    release = records(parse(
        "Zorvex's decision to join Kestrel stems from love.",
        """
        0  Zorvex   PROPN NNP poss  2 B-PERSON
        1  's       PART  POS case  0 O
        2  decision NOUN  NN  nsubj 6 O
        3  to       PART  TO  aux   4 O
        4  join     VERB  VB  acl   2 O
        5  Kestrel  PROPN NNP dobj  4 B-ORG
        6  stems    VERB  VBZ ROOT  6 O
        7  from     ADP   IN  prep  6 O
        8  love     NOUN  NN  pobj  7 O
        9  .        PUNCT .   punct 6 O
        """,
    ))
    assert release.resolutions == []


def test_it_or_the_company_with_no_antecedent_in_its_sentence_is_the_organization_subject_of_an_earlier_sentence():
    """"Zorvex Mining Inc. is a mining company. It has signed an agreement with Quilby Labs.": "it"
    stands for the organization that is the earlier sentence's subject, a party with B."""
    release = records(parse(
        "Zorvex Mining Inc. is a mining company. It has signed an agreement with Quilby Labs.",
        """
        0  Zorvex        PROPN NNP  compound  2  B-ORG
        1  Mining        PROPN NNP  compound  2  I-ORG
        2  Inc.          PROPN NNP  nsubj     3  I-ORG
        3  is            AUX   VBZ  ROOT      3  O
        4  a             DET   DT   det       6  O
        5  mining        NOUN  NN   compound  6  O
        6  company       NOUN  NN   attr      3  O
        7  .             PUNCT .    punct     3  O
        8  It            PRON  PRP  nsubj     10 O
        9  has           AUX   VBZ  aux       10 O
        10 signed        VERB  VBN  ROOT      10 O
        11 an            DET   DT   det       12 O
        12 agreement     NOUN  NN   dobj      10 O
        13 with          ADP   IN   prep      12 O
        14 Quilby        PROPN NNP  compound  15 B-ORG
        15 Labs          PROPN NNP  pobj      13 I-ORG
        16 .             PUNCT .    punct     10 O
        """,
    ))
    assert {(kind, parties) for kind, parties, _, _ in resolutions(release)} == {("agreement", "Zorvex Mining Inc.; Quilby Labs")}


def test_a_quotations_speaker_is_no_antecedent_of_the_company():
    """'"We grow," said Zorvex Mining Inc. The company has signed an agreement with Quilby Labs.':
    a subject after its verb is a speaker, not what "the company" stands for; B alone is named."""
    release = records(parse(
        "We grow, said Zorvex Mining Inc. The company has signed an agreement with Quilby Labs.",
        """
        0  We            PRON  PRP  nsubj     1  O
        1  grow          VERB  VBP  ccomp     3  O
        2  ,             PUNCT ,    punct     3  O
        3  said          VERB  VBD  ROOT      3  O
        4  Zorvex        PROPN NNP  compound  6  B-ORG
        5  Mining        PROPN NNP  compound  6  I-ORG
        6  Inc.          PROPN NNP  nsubj     3  I-ORG
        7  The           DET   DT   det       8  O
        8  company       NOUN  NN   nsubj     10 O
        9  has           AUX   VBZ  aux       10 O
        10 signed        VERB  VBN  ROOT      10 O
        11 an            DET   DT   det       12 O
        12 agreement     NOUN  NN   dobj      10 O
        13 with          ADP   IN   prep      12 O
        14 Quilby        PROPN NNP  compound  15 B-ORG
        15 Labs          PROPN NNP  pobj      13 I-ORG
        16 .             PUNCT .    punct     10 O
        """,
    ))
    assert {(kind, parties) for kind, parties, _, _ in resolutions(release)} == {("agreement", "Quilby Labs")}


def test_the_colon_of_a_ticker_in_parentheses_does_not_cut_the_announcing_subject_from_its_verb():
    """"Zorblax (NASDAQ: ZRBX), a maker of tools, is announcing the signing of an agreement": the
    ticker's colon is no label; Zorblax, named by its proper noun, is the party."""
    release = records(parse(
        "Zorblax (NASDAQ: ZRBX), a maker of tools, is announcing the signing of an agreement.",
        """
        0  Zorblax       PROPN NNP  nsubj     13 O
        1  (             PUNCT -LRB- punct    2  O
        2  NASDAQ        PROPN NNP  appos     0  B-ORG
        3  :             PUNCT :    punct     2  O
        4  ZRBX          PROPN NNP  appos     2  O
        5  )             PUNCT -RRB- punct    2  O
        6  ,             PUNCT ,    punct     0  O
        7  a             DET   DT   det       8  O
        8  maker         NOUN  NN   appos     0  O
        9  of            ADP   IN   prep      8  O
        10 tools         NOUN  NNS  pobj      9  O
        11 ,             PUNCT ,    punct     0  O
        12 is            AUX   VBZ  aux       13 O
        13 announcing    VERB  VBG  ROOT      13 O
        14 the           DET   DT   det       15 O
        15 signing       NOUN  NN   dobj      13 O
        16 of            ADP   IN   prep      15 O
        17 an            DET   DT   det       18 O
        18 agreement     NOUN  NN   pobj      16 O
        19 .             PUNCT .    punct     13 O
        """,
    ))
    assert {(kind, parties) for kind, parties, _, _ in resolutions(release)} == {("agreement", "Zorblax")}


def test_a_body_named_only_in_the_description_of_the_signing_company_is_no_party():
    """"Acme Corp, a maker of tools through its Beta Labs unit, signed an agreement with Gamma
    Ltd.": Beta Labs describes Acme; the parties are Acme and Gamma."""
    release = records(parse(
        "Acme Corp, a maker of tools through its Beta Labs unit, signed an agreement with Gamma Ltd.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp      PROPN NNP nsubj    13 I-ORG
        2  ,         PUNCT ,   punct    1  O
        3  a         DET   DT  det      4  O
        4  maker     NOUN  NN  appos    1  O
        5  of        ADP   IN  prep     4  O
        6  tools     NOUN  NNS pobj     5  O
        7  through   ADP   IN  prep     4  O
        8  its       PRON  PRP$ poss    11 O
        9  Beta      PROPN NNP compound 10 B-ORG
        10 Labs      PROPN NNP compound 11 I-ORG
        11 unit      NOUN  NN  pobj     7  O
        12 ,         PUNCT ,   punct    1  O
        13 signed    VERB  VBD ROOT     13 O
        14 an        DET   DT  det      15 O
        15 agreement NOUN  NN  dobj     13 O
        16 with      ADP   IN  prep     15 O
        17 Gamma     PROPN NNP compound 18 B-ORG
        18 Ltd.      PROPN NNP pobj     16 I-ORG
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Acme Corp; Gamma Ltd."]


def test_a_body_in_the_title_of_a_signer_is_still_a_party():
    """Near miss: "Jane Roe, head of the Civil Rights Division, signed a memorandum": she signs
    for the body of her title."""
    release = records(parse(
        "Jane Roe, head of the Civil Rights Division, signed a memorandum of understanding.",
        """
        0  Jane          PROPN NNP compound 1  B-PERSON
        1  Roe           PROPN NNP nsubj    10 I-PERSON
        2  ,             PUNCT ,   punct    1  O
        3  head          NOUN  NN  appos    1  O
        4  of            ADP   IN  prep     3  O
        5  the           DET   DT  det      8  B-ORG
        6  Civil         PROPN NNP compound 8  I-ORG
        7  Rights        PROPN NNP compound 8  I-ORG
        8  Division      PROPN NNP pobj     4  I-ORG
        9  ,             PUNCT ,   punct    1  O
        10 signed        VERB  VBD ROOT     10 O
        11 a             DET   DT  det      12 O
        12 memorandum    NOUN  NN  dobj     10 O
        13 of            ADP   IN  prep     12 O
        14 understanding NOUN  NN  pobj     13 O
        15 .             PUNCT .   punct    10 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Civil Rights Division"]


def test_an_act_is_dated_by_the_date_on_its_verb_not_by_a_date_in_what_follows():
    """"Acme Corp signed an agreement yesterday for the May 9 election": one signing, of
    yesterday; the election's day dates no second record."""
    release = records(parse(
        "Acme Corp signed an agreement yesterday for the May 9 election.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp      PROPN NNP nsubj    2  I-ORG
        2  signed    VERB  VBD ROOT     2  O
        3  an        DET   DT  det      4  O
        4  agreement NOUN  NN  dobj     2  O
        5  yesterday NOUN  NN  npadvmod 2  B-DATE
        6  for       ADP   IN  prep     4  O
        7  the       DET   DT  det      10 O
        8  May       PROPN NNP compound 10 B-DATE
        9  9         NUM   CD  nummod   8  I-DATE
        10 election  NOUN  NN  pobj     6  O
        11 .         PUNCT .   punct    2  O
        """,
        published="2025-03-06",
    ))
    assert [(r.body, r.date) for r in release.resolutions] == [("Acme Corp", "2025-03-05")]


def test_an_agreement_with_a_company_that_no_verb_adopts_is_no_record():
    """Near miss: "The procurement agreement with Beta Ltd. guarantees power": an agreement told
    of, no act of adoption stated (only "A announced an agreement with B" reports its act)."""
    release = records(parse(
        "The procurement agreement with Beta Ltd. guarantees power.",
        """
        0  The         DET   DT  det      2  O
        1  procurement NOUN  NN  compound 2  O
        2  agreement   NOUN  NN  nsubj    6  O
        3  with        ADP   IN  prep     2  O
        4  Beta        PROPN NNP compound 5  B-ORG
        5  Ltd.        PROPN NNP pobj     3  I-ORG
        6  guarantees  VERB  VBZ ROOT     6  O
        7  power       NOUN  NN  dobj     6  O
        8  .           PUNCT .   punct    6  O
        """,
    ))
    assert release.resolutions == []


def test_it_with_no_antecedent_in_the_parse_stands_for_the_company_opening_the_sentence():
    """"Acme Corp, a maker of tools, announced today it has established an agreement with Gamma
    Ltd.", parsed with "announced" joined to "maker" and no subject: "it" is Acme, and
    "established" an agreement is its act (undated: "today" dates the announcement)."""
    release = records(parse(
        "Acme Corp, a maker of tools, announced today it has established an agreement with Gamma Ltd.",
        """
        0  Acme        PROPN NNP compound 1  B-ORG
        1  Corp        PROPN NNP nmod     4  I-ORG
        2  ,           PUNCT ,   punct    1  O
        3  a           DET   DT  det      4  O
        4  maker       NOUN  NN  ROOT     4  O
        5  of          ADP   IN  prep     4  O
        6  tools       NOUN  NNS pobj     5  O
        7  ,           PUNCT ,   punct    4  O
        8  announced   VERB  VBD conj     4  O
        9  today       NOUN  NN  npadvmod 8  B-DATE
        10 it          PRON  PRP nsubj    12 O
        11 has         AUX   VBZ aux      12 O
        12 established VERB  VBN ccomp    8  O
        13 an          DET   DT  det      14 O
        14 agreement   NOUN  NN  dobj     12 O
        15 with        ADP   IN  prep     14 O
        16 Gamma       PROPN NNP compound 17 B-ORG
        17 Ltd.        PROPN NNP pobj     15 I-ORG
        """,
        published="2025-03-06",
    ))
    assert [(r.body, r.date) for r in release.resolutions] == [("Acme Corp; Gamma Ltd.", None)]


def test_a_signed_agreement_that_names_only_the_other_party_is_the_act_of_the_company_the_release_is_about():
    """"Zorvex Mining Inc. makes tools. The newly signed agreement with Quilby Labs adds work.":
    an agreement is made with another party; where its sentence names none but B, it is the
    act of the organization that opens the release."""
    release = records(parse(
        "Zorvex Mining Inc. makes tools. The newly signed agreement with Quilby Labs adds work.",
        """
        0  Zorvex        PROPN NNP  compound  2  B-ORG
        1  Mining        PROPN NNP  compound  2  I-ORG
        2  Inc.          PROPN NNP  nsubj     3  I-ORG
        3  makes         VERB  VBZ  ROOT      3  O
        4  tools         NOUN  NNS  dobj      3  O
        5  .             PUNCT .    punct     3  O
        6  The           DET   DT   det       9  O
        7  newly         ADV   RB   advmod    8  O
        8  signed        VERB  VBN  amod      9  O
        9  agreement     NOUN  NN   nsubj     13 O
        10 with          ADP   IN   prep      9  O
        11 Quilby        PROPN NNP  compound  12 B-ORG
        12 Labs          PROPN NNP  pobj      10 I-ORG
        13 adds          VERB  VBZ  ROOT      13 O
        14 work          NOUN  NN   dobj      13 O
        15 .             PUNCT .    punct     13 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Zorvex Mining Inc.; Quilby Labs"]


def test_other_agreements_of_a_kind_behind_a_modifier_are_no_record():
    """"Acme Corp renewed other supply agreements": others of the kind, told apart from none."""
    release = records(parse(
        "Acme Corp renewed other supply agreements.",
        """
        0  Acme       PROPN NNP compound 1  B-ORG
        1  Corp       PROPN NNP nsubj    2  I-ORG
        2  renewed    VERB  VBD ROOT     2  O
        3  other      ADJ   JJ  amod     5  O
        4  supply     NOUN  NN  compound 5  O
        5  agreements NOUN  NNS dobj     2  O
        6  .          PUNCT .   punct    2  O
        """,
    ))
    assert release.resolutions == []


def test_an_agreement_secured_with_a_company_is_entered_into():
    """"Acme Corp secured a supply agreement with Gamma Ltd.": securing an agreement is an act of
    entry (patterns/adoption_verbs.jsonl), now that a "with" party alone states none."""
    release = records(parse(
        "Acme Corp secured a supply agreement with Gamma Ltd.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp      PROPN NNP nsubj    2  I-ORG
        2  secured   VERB  VBD ROOT     2  O
        3  a         DET   DT  det      5  O
        4  supply    NOUN  NN  compound 5  O
        5  agreement NOUN  NN  dobj     2  O
        6  with      ADP   IN  prep     5  O
        7  Gamma     PROPN NNP compound 8  B-ORG
        8  Ltd.      PROPN NNP pobj     6  I-ORG
        """,
    ))
    assert [(r.kind, r.body) for r in release.resolutions] == [("supply agreement", "Acme Corp; Gamma Ltd.")]


def test_a_plea_agreement_only_cited_after_a_guilty_plea_is_no_record():
    """Near miss: "Jane Roe pleaded guilty today to fraud. According to her plea agreement, Roe
    admitted the scheme.": the agreement is cited for what she admitted; no act of entering it."""
    release = records(parse(
        "Jane Roe pleaded guilty today to fraud. According to her plea agreement, Roe admitted the scheme.",
        """
        0  Jane      PROPN NNP  compound 1  B-PERSON
        1  Roe       PROPN NNP  nsubj    2  I-PERSON
        2  pleaded   VERB  VBD  ROOT     2  O
        3  guilty    ADJ   JJ   acomp    2  O
        4  today     NOUN  NN   npadvmod 2  B-DATE
        5  to        ADP   IN   prep     2  O
        6  fraud     NOUN  NN   pobj     5  O
        7  .         PUNCT .    punct    2  O
        8  According VERB  VBG  prep     15 O
        9  to        ADP   IN   prep     8  O
        10 her       PRON  PRP$ poss     12 O
        11 plea      NOUN  NN   compound 12 O
        12 agreement NOUN  NN   pobj     9  O
        13 ,         PUNCT ,    punct    15 O
        14 Roe       PROPN NNP  nsubj    15 B-PERSON
        15 admitted  VERB  VBD  ROOT     15 O
        16 the       DET   DT   det      17 O
        17 scheme    NOUN  NN   dobj     15 O
        18 .         PUNCT .    punct    15 O
        """,
        published="2025-03-06",
    ))
    assert release.resolutions == []


def test_a_guilty_plea_under_a_plea_agreement_enters_the_agreement_that_day():
    """"Jane Roe pleaded guilty today to fraud under a plea agreement": the plea agreement between
    her (and the prosecuting office, where named), of that day, about the charge."""
    release = records(parse(
        "Jane Roe pleaded guilty today to fraud under a plea agreement.",
        """
        0  Jane      PROPN NNP  compound 1  B-PERSON
        1  Roe       PROPN NNP  nsubj    2  I-PERSON
        2  pleaded   VERB  VBD  ROOT     2  O
        3  guilty    ADJ   JJ   acomp    2  O
        4  today     NOUN  NN   npadvmod 2  B-DATE
        5  to        ADP   IN   prep     2  O
        6  fraud     NOUN  NN   pobj     5  O
        7  under     ADP   IN   prep     2  O
        8  a         DET   DT   det      10 O
        9  plea      NOUN  NN   compound 10 O
        10 agreement NOUN  NN   pobj     7  O
        11 .         PUNCT .    punct    2  O
        """,
        published="2025-03-06",
    ))
    assert resolutions(release) == {("plea agreement", "Jane Roe", "2025-03-06", "fraud")}


def test_an_instrument_named_as_the_frame_of_an_act_is_not_adopted_by_it():
    """Near miss: "Under the agreement, Acme Corp agreed to pay": the agreement frames what Acme
    agreed to; "agreed" adopts no instrument here (nor "issued under Executive Order 14066")."""
    release = records(parse(
        "Under the agreement, Acme Corp agreed to pay.",
        """
        0  Under     ADP   IN  prep     6  O
        1  the       DET   DT  det      2  O
        2  agreement NOUN  NN  pobj     0  O
        3  ,         PUNCT ,   punct    6  O
        4  Acme      PROPN NNP compound 5  B-ORG
        5  Corp      PROPN NNP nsubj    6  I-ORG
        6  agreed    VERB  VBD ROOT     6  O
        7  to        PART  TO  aux      8  O
        8  pay       VERB  VB  xcomp    6  O
        9  .         PUNCT .   punct    6  O
        """,
    ))
    assert release.resolutions == []


def test_a_guilty_plea_pursuant_to_a_plea_agreement_enters_it_however_pursuant_hangs():
    """"Jane Roe pleaded guilty to fraud pursuant to a plea agreement", "pursuant" parsed as a
    clause of the plea: the plea is made under the agreement, which is entered."""
    release = records(parse(
        "Jane Roe pleaded guilty to fraud pursuant to a plea agreement.",
        """
        0  Jane      PROPN NNP  compound 1  B-PERSON
        1  Roe       PROPN NNP  nsubj    2  I-PERSON
        2  pleaded   VERB  VBD  ROOT     2  O
        3  guilty    ADJ   JJ   acomp    2  O
        4  to        ADP   IN   prep     2  O
        5  fraud     NOUN  NN   pobj     4  O
        6  pursuant  ADJ   JJ   advcl    2  O
        7  to        ADP   IN   prep     6  O
        8  a         DET   DT   det      10 O
        9  plea      NOUN  NN   compound 10 O
        10 agreement NOUN  NN   pobj     7  O
        11 .         PUNCT .    punct    2  O
        """,
    ))
    assert resolutions(release) == {("plea agreement", "Jane Roe", None, "fraud")}


def test_an_instrument_named_as_the_means_of_an_act_is_not_adopted_by_it():
    """Near miss: "Acme Corp secured penalties through settlements": the settlements are the
    means of what was secured, not secured themselves."""
    release = records(parse(
        "Acme Corp secured penalties through settlements.",
        """
        0  Acme        PROPN NNP compound 1  B-ORG
        1  Corp        PROPN NNP nsubj    2  I-ORG
        2  secured     VERB  VBD ROOT     2  O
        3  penalties   NOUN  NNS dobj     2  O
        4  through     ADP   IN  prep     2  O
        5  settlements NOUN  NNS pobj     4  O
        6  .           PUNCT .   punct    2  O
        """,
    ))
    assert release.resolutions == []


def test_signed_between_a_and_b_makes_both_parties():
    """"The treaty was signed between Kenya and Uganda": the "between" phrase on the verb names
    the parties."""
    release = records(parse(
        "The treaty was signed between Kenya and Uganda.",
        """
        0  The     DET   DT  det       1  O
        1  treaty  NOUN  NN  nsubjpass 3  O
        2  was     AUX   VBD auxpass   3  O
        3  signed  VERB  VBN ROOT      3  O
        4  between ADP   IN  prep      3  O
        5  Kenya   PROPN NNP pobj      4  B-GPE
        6  and     CCONJ CC  cc        5  O
        7  Uganda  PROPN NNP conj      5  B-GPE
        8  .       PUNCT .   punct     3  O
        """,
    ))
    assert [(r.kind, r.body) for r in release.resolutions] == [("treaty", "Kenya; Uganda")]


def test_an_agreement_with_a_places_officials_has_the_place_as_party():
    """"Acme Corp signed an agreement with Illinois officials": the state is the party."""
    release = records(parse(
        "Acme Corp signed an agreement with Illinois officials.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp      PROPN NNP nsubj    2  I-ORG
        2  signed    VERB  VBD ROOT     2  O
        3  an        DET   DT  det      4  O
        4  agreement NOUN  NN  dobj     2  O
        5  with      ADP   IN  prep     4  O
        6  Illinois  PROPN NNP compound 7  B-GPE
        7  officials NOUN  NNS pobj     5  O
        8  .         PUNCT .   punct    2  O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Acme Corp; Illinois"]


def test_a_place_and_date_before_a_dash_in_the_parsed_subject_name_no_party():
    """"Salem (Wire) Saturday May 5, 2025 US/Pacific — Acme Corp has signed an agreement with Gamma
    Ltd.", parsed with the place as the subject: the words before the dash are a dateline; the
    parties are Acme and Gamma, not the United States."""
    release = records(parse(
        "Salem (Wire) Saturday May 5, 2025 US/Pacific — Acme Corp has signed an agreement with Gamma Ltd.",
        """
        0  Salem     PROPN NNP   nsubj    16 B-GPE
        1  (         PUNCT -LRB- punct    0  O
        2  Wire      PROPN NNP   appos    0  O
        3  )         PUNCT -RRB- punct    0  O
        4  Saturday  PROPN NNP   compound 5  B-DATE
        5  May       PROPN NNP   appos    0  I-DATE
        6  5         NUM   CD    nummod   5  I-DATE
        7  ,         PUNCT ,     punct    5  I-DATE
        8  2025      NUM   CD    nummod   5  I-DATE
        9  US        PROPN NNP   nmod     11 B-GPE
        10 /         SYM   SYM   punct    11 O
        11 Pacific   PROPN NNP   appos    5  O
        12 —         PUNCT :     punct    0  O
        13 Acme      PROPN NNP   compound 14 B-ORG
        14 Corp      PROPN NNP   appos    0  I-ORG
        15 has       AUX   VBZ   aux      16 O
        16 signed    VERB  VBN   ROOT     16 O
        17 an        DET   DT    det      18 O
        18 agreement NOUN  NN    dobj     16 O
        19 with      ADP   IN    prep     18 O
        20 Gamma     PROPN NNP   compound 21 B-ORG
        21 Ltd.      PROPN NNP   pobj     19 I-ORG
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Acme Corp; Gamma Ltd."]



def test_a_name_read_across_and_whose_sides_are_named_bodies_is_two_parties():
    """"V-Green and Prime Group signed ...", read as one name across "and" by the organization
    rules while the release also names "V-Green" and "Prime Group" apart: two parties; a name
    with "and" whose sides are not both named bodies ("Bureau of Alcohol and Tobacco") stays one."""
    from pipeline.extraction.components.resolutions import joined_bodies
    from pipeline.extraction.contract import OrgCluster

    orgs = [OrgCluster("V-Green and Prime Group"), OrgCluster("V-Green"), OrgCluster("Prime Group"), OrgCluster("Bureau of Alcohol and Tobacco")]
    assert joined_bodies(0, orgs) == [1, 2]
    assert joined_bodies(3, orgs) == [3]
    assert joined_bodies(1, orgs) == [1]


def test_todays_settlement_with_a_company_is_the_releases_own_act():
    """"Today's $10 million settlement with Acme Corp ends the case": "today's" points at the
    settlement the release reports; its "with" party is a party, of the release's day."""
    release = records(parse(
        "Today's $10 million settlement with Acme Corp ends the case.",
        """
        0  Today      NOUN  NN  poss     5  B-DATE
        1  's         PART  POS case     0  I-DATE
        2  $          SYM   $   quantmod 4  B-MONEY
        3  10         NUM   CD  compound 4  I-MONEY
        4  million    NUM   CD  nummod   5  I-MONEY
        5  settlement NOUN  NN  nsubj    9  O
        6  with       ADP   IN  prep     5  O
        7  Acme       PROPN NNP compound 8  B-ORG
        8  Corp       PROPN NNP pobj     6  I-ORG
        9  ends       VERB  VBZ ROOT     9  O
        10 the        DET   DT  det      11 O
        11 case       NOUN  NN  dobj     9  O
        12 .          PUNCT .   punct    9  O
        """,
        published="2025-03-06",
    ))
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("settlement", "Acme Corp", "2025-03-06")]


PAYMENT_PARSE = """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     3  I-ORG
        2  has           AUX   VBZ  aux       3  O
        3  agreed        VERB  VBN  ROOT      3  O
        4  to            PART  TO   aux       5  O
        5  pay           VERB  VB   xcomp     3  O
        6  the           DET   DT   det       8  B-GPE
        7  United        PROPN NNP  compound  8  I-GPE
        8  States        PROPN NNP  dative    5  I-GPE
        9  $             SYM   $    quantmod  11 B-MONEY
        10 2             NUM   CD   compound  11 I-MONEY
        11 million       NUM   CD   dobj      5  I-MONEY
        12 to            PART  TO   aux       13 O
        13 {verb:<13} VERB  VB   advcl     5  O
        14 claims        NOUN  NNS  dobj      13 O
        15 that          SCONJ IN   mark      17 O
        16 it            PRON  PRP  nsubj     17 O
        17 overbilled    VERB  VBD  acl       14 O
        18 Medicare      PROPN NNP  dobj      17 B-ORG
        19 .             PUNCT .    punct     3  O
        """


def test_agreed_to_pay_to_settle_is_a_settlement_between_the_payer_and_the_one_paid():
    """"A has agreed to pay the United States $2 million to settle claims that ...": a settlement of A
    and the United States about what the payment settles."""
    release = records(parse(
        "Acme Corp. has agreed to pay the United States $ 2 million to settle claims that it overbilled Medicare.",
        PAYMENT_PARSE.format(verb="settle"),
    ))
    assert resolutions(release) == {("settlement", "Acme Corp.; United States", None, "claims that it overbilled Medicare")}


def test_a_payment_to_resolve_is_a_settlement_only_where_the_release_calls_it_one():
    """"... agreed to pay $2 million to resolve claims ..." with "The settlement was reached in May."
    is that settlement; without a settlement named, "to resolve" states no instrument."""
    sentence = "Acme Corp. has agreed to pay the United States $ 2 million to resolve claims that it overbilled Medicare."
    alone = records(parse(sentence, PAYMENT_PARSE.format(verb="resolve")))
    assert resolutions(alone) == set()
    named = records(parse(
        sentence + " The settlement resolves a lawsuit.",
        PAYMENT_PARSE.format(verb="resolve") + """
        20 The           DET   DT   det       21 O
        21 settlement    NOUN  NN   nsubj     22 O
        22 resolves      VERB  VBZ  ROOT      22 O
        23 a             DET   DT   det       24 O
        24 lawsuit       NOUN  NN   dobj      22 O
        25 .             PUNCT .    punct     22 O
        """,
    ))
    assert resolutions(named) == {("settlement", "Acme Corp.; United States", None, "claims that it overbilled Medicare")}


def test_a_payment_still_to_come_states_no_settlement():
    """Near miss: "A will pay $2 million to settle claims": a settlement still to come is no record."""
    release = records(parse(
        "Acme Corp. will pay $ 2 million to settle claims.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     3  I-ORG
        2  will          AUX   MD   aux       3  O
        3  pay           VERB  VB   ROOT      3  O
        4  $             SYM   $    quantmod  6  B-MONEY
        5  2             NUM   CD   compound  6  I-MONEY
        6  million       NUM   CD   dobj      3  I-MONEY
        7  to            PART  TO   aux       8  O
        8  settle        VERB  VB   advcl     3  O
        9  claims        NOUN  NNS  dobj      8  O
        10 .             PUNCT .    punct     3  O
        """,
    ))
    assert resolutions(release) == set()


def test_an_agreement_that_names_nothing_after_it_is_about_what_its_modifiers_say():
    """"Zorvex finalized a loan restructuring agreement with Borealis Bank": no "to"/"on" phrase
    tells what the agreement is about; its modifiers do ("loan restructuring")."""
    release = records(parse(
        "Zorvex finalized a loan restructuring agreement with Borealis Bank.",
        """
        0  Zorvex        PROPN NNP nsubj    1 B-ORG
        1  finalized     VERB  VBD ROOT     1 O
        2  a             DET   DT  det      5 O
        3  loan          NOUN  NN  compound 4 O
        4  restructuring NOUN  NN  compound 5 O
        5  agreement     NOUN  NN  dobj     1 O
        6  with          ADP   IN  prep     5 O
        7  Borealis      PROPN NNP compound 8 B-ORG
        8  Bank          PROPN NNP pobj     6 I-ORG
        9  .             PUNCT .   punct    1 O
        """,
    ))
    assert resolutions(release) == {("loan restructuring agreement", "Zorvex; Borealis Bank", None, "loan restructuring")}


def test_an_agreement_whose_only_modifier_is_an_adjective_gets_no_subject_from_it():
    """Near miss: "a definitive agreement" says nothing of what it is about."""
    release = records(parse(
        "Zorvex signed a definitive agreement with Borealis Bank.",
        """
        0  Zorvex        PROPN NNP nsubj    1 B-ORG
        1  signed        VERB  VBD ROOT     1 O
        2  a             DET   DT  det      4 O
        3  definitive    ADJ   JJ  amod     4 O
        4  agreement     NOUN  NN  dobj     1 O
        5  with          ADP   IN  prep     4 O
        6  Borealis      PROPN NNP compound 7 B-ORG
        7  Bank          PROPN NNP pobj     5 I-ORG
        8  .             PUNCT .   punct    1 O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Borealis Bank", None, None)}


def test_an_agreement_a_company_only_announced_states_no_act_and_is_no_record():
    """"Zorvex today announced a sponsorship agreement with Borealis Bank": no signing, entry or
    execution is stated (FACTS.md: an instrument counts when its act is stated)."""
    release = records(parse(
        "Zorvex today announced a sponsorship agreement with Borealis Bank.",
        """
        0  Zorvex        PROPN NNP nsubj    2 B-ORG
        1  today         NOUN  NN  npadvmod 2 B-DATE
        2  announced     VERB  VBD ROOT     2 O
        3  a             DET   DT  det      5 O
        4  sponsorship   NOUN  NN  compound 5 O
        5  agreement     NOUN  NN  dobj     2 O
        6  with          ADP   IN  prep     5 O
        7  Borealis      PROPN NNP compound 8 B-ORG
        8  Bank          PROPN NNP pobj     6 I-ORG
        9  .             PUNCT .   punct    2 O
        """,
    ))
    assert release.resolutions == []


def test_a_settlement_a_party_announced_is_reached():
    """Near miss: "Zorvex today announced a settlement with Borealis Bank" states that the
    settlement was reached."""
    release = records(parse(
        "Zorvex today announced a settlement with Borealis Bank.",
        """
        0  Zorvex        PROPN NNP nsubj    2 B-ORG
        1  today         NOUN  NN  npadvmod 2 B-DATE
        2  announced     VERB  VBD ROOT     2 O
        3  a             DET   DT  det      4 O
        4  settlement    NOUN  NN  dobj     2 O
        5  with          ADP   IN  prep     4 O
        6  Borealis      PROPN NNP compound 7 B-ORG
        7  Bank          PROPN NNP pobj     5 I-ORG
        8  .             PUNCT .   punct    2 O
        """,
        published="2025-03-04",
    ))
    assert [(r.kind, r.body, r.date) for r in release.resolutions] == [("settlement", "Zorvex; Borealis Bank", "2025-03-04")]


def test_a_statute_a_body_passed_is_a_record_with_its_name_as_subject():
    """"The Kelvar Assembly passed the Clean Rivers Act in 2019": an act whose enactment the text
    states, by the body that passed it."""
    release = records(parse(
        "The Kelvar Assembly passed the Clean Rivers Act in 2019.",
        """
        0  The       DET   DT  det      2 B-ORG
        1  Kelvar    PROPN NNP compound 2 I-ORG
        2  Assembly  PROPN NNP nsubj    3 I-ORG
        3  passed    VERB  VBD ROOT     3 O
        4  the       DET   DT  det      7 O
        5  Clean     PROPN NNP compound 6 O
        6  Rivers    PROPN NNP compound 7 O
        7  Act       PROPN NNP dobj     3 O
        8  in        ADP   IN  prep     3 O
        9  2019      NUM   CD  pobj     8 B-DATE
        10 .         PUNCT .   punct    3 O
        """,
    ))
    assert resolutions(release) == {("act", "Kelvar Assembly", "2019", "Clean Rivers")}


def test_a_statute_only_cited_or_passed_by_no_one_named_is_no_record():
    """Near miss: "Acme violated the Clean Rivers Act" states no enactment; "as states pass
    strict laws" names no one's act."""
    cited = records(parse(
        "Acme violated the Clean Rivers Act.",
        """
        0  Acme      PROPN NNP nsubj    1 B-ORG
        1  violated  VERB  VBD ROOT     1 O
        2  the       DET   DT  det      5 O
        3  Clean     PROPN NNP compound 4 O
        4  Rivers    PROPN NNP compound 5 O
        5  Act       PROPN NNP dobj     1 O
        6  .         PUNCT .   punct    1 O
        """,
    ))
    generic = records(parse(
        "Many states pass strict laws.",
        """
        0  Many      ADJ   JJ  amod     1 O
        1  states    NOUN  NNS nsubj    2 O
        2  pass      VERB  VBP ROOT     2 O
        3  strict    ADJ   JJ  amod     4 O
        4  laws      NOUN  NNS dobj     2 O
        5  .         PUNCT .   punct    2 O
        """,
    ))
    assert cited.resolutions == [] and generic.resolutions == []


def test_a_contract_signed_between_two_parties_is_a_record_about_what_it_is():
    """"The supply contract signed between Zorvex and Kelvane Labs is a battery program": a
    contract whose signing is stated; the copula's predicate says what it is."""
    release = records(parse(
        "The supply contract signed between Zorvex and Kelvane Labs is a battery program.",
        """
        0  The       DET   DT  det      2  O
        1  supply    NOUN  NN  compound 2  O
        2  contract  NOUN  NN  nsubj    9  O
        3  signed    VERB  VBN acl      2  O
        4  between   ADP   IN  prep     3  O
        5  Zorvex    PROPN NNP pobj     4  B-ORG
        6  and       CCONJ CC  cc       5  O
        7  Kelvane   PROPN NNP compound 8  B-ORG
        8  Labs      PROPN NNP conj     5  I-ORG
        9  is        AUX   VBZ ROOT     9  O
        10 a         DET   DT  det      12 O
        11 battery   NOUN  NN  compound 12 O
        12 program   NOUN  NN  attr     9  O
        13 .         PUNCT .   punct    9  O
        """,
    ))
    assert resolutions(release) == {("supply contract", "Zorvex; Kelvane Labs", None, "battery program")}


def test_a_contract_secured_is_a_sale_won_and_no_record():
    """Near miss: "Zorvex secured a supply contract with Kelvane Labs" states no signing."""
    release = records(parse(
        "Zorvex secured a supply contract with Kelvane Labs.",
        """
        0  Zorvex    PROPN NNP nsubj    1 B-ORG
        1  secured   VERB  VBD ROOT     1 O
        2  a         DET   DT  det      4 O
        3  supply    NOUN  NN  compound 4 O
        4  contract  NOUN  NN  dobj     1 O
        5  with      ADP   IN  prep     4 O
        6  Kelvane   PROPN NNP compound 7 B-ORG
        7  Labs      PROPN NNP pobj     5 I-ORG
        8  .         PUNCT .   punct    1 O
        """,
    ))
    assert release.resolutions == []


def test_a_person_who_agreed_to_pay_to_settle_is_a_party_by_name():
    """"Jane Roe has agreed to pay $150,000 to settle allegations of fraud": a person paying for
    herself, with no organization of her own, is the settlement's party."""
    release = records(parse(
        "Jane Roe has agreed to pay $150,000 to settle allegations of fraud.",
        """
        0  Jane        PROPN NNP compound 1  B-PERSON
        1  Roe         PROPN NNP nsubj    3  I-PERSON
        2  has         AUX   VBZ aux      3  O
        3  agreed      VERB  VBN ROOT     3  O
        4  to          PART  TO  aux      5  O
        5  pay         VERB  VB  xcomp    3  O
        6  $           SYM   $   nmod     7  B-MONEY
        7  150,000     NUM   CD  dobj     5  I-MONEY
        8  to          PART  TO  aux      9  O
        9  settle      VERB  VB  advcl    5  O
        10 allegations NOUN  NNS dobj     9  O
        11 of          ADP   IN  prep     10 O
        12 fraud       NOUN  NN  pobj     11 O
        13 .           PUNCT .   punct    3  O
        """,
    ))
    assert resolutions(release) == {("settlement", "Jane Roe", None, "allegations of fraud")}


def test_a_purpose_of_two_joined_verbs_is_one_subject():
    """"signed an agreement to prevent and combat fraud": the purpose runs over both verbs."""
    release = records(parse(
        "Zorvex and Kelvane Labs signed an agreement to prevent and combat fraud.",
        """
        0  Zorvex    PROPN NNP nsubj    4  B-ORG
        1  and       CCONJ CC  cc       0  O
        2  Kelvane   PROPN NNP compound 3  B-ORG
        3  Labs      PROPN NNP conj     0  I-ORG
        4  signed    VERB  VBD ROOT     4  O
        5  an        DET   DT  det      6  O
        6  agreement NOUN  NN  dobj     4  O
        7  to        PART  TO  aux      8  O
        8  prevent   VERB  VB  acl      6  O
        9  and       CCONJ CC  cc       8  O
        10 combat    VERB  VB  conj     8  O
        11 fraud     NOUN  NN  dobj     10 O
        12 .         PUNCT .   punct    4  O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kelvane Labs", None, "prevent and combat fraud")}


def test_a_statute_whose_passage_is_only_named_without_anyone_or_a_time_is_no_record():
    """Near miss: "Roe demanded the passage of the Clean Rivers Act" states a wish, not an enactment."""
    release = records(parse(
        "Roe demanded the passage of the Clean Rivers Act.",
        """
        0  Roe       PROPN NNP nsubj    1 B-PERSON
        1  demanded  VERB  VBD ROOT     1 O
        2  the       DET   DT  det      3 O
        3  passage   NOUN  NN  dobj     1 O
        4  of        ADP   IN  prep     3 O
        5  the       DET   DT  det      8 O
        6  Clean     PROPN NNP compound 7 O
        7  Rivers    PROPN NNP compound 8 O
        8  Act       PROPN NNP pobj     4 O
        9  .         PUNCT .   punct    1 O
        """,
    ))
    assert release.resolutions == []


def test_an_executive_order_is_issued_alone_and_has_no_body():
    """"The Kelvar Office issued an executive order on clean water": an executive order is issued
    by a person or an office alone (FACTS.md: body empty)."""
    release = records(parse(
        "The Kelvar Office issued an executive order on clean water.",
        """
        0  The       DET   DT  det      2 B-ORG
        1  Kelvar    PROPN NNP compound 2 I-ORG
        2  Office    PROPN NNP nsubj    3 I-ORG
        3  issued    VERB  VBD ROOT     3 O
        4  an        DET   DT  det      6 O
        5  executive ADJ   JJ  amod     6 O
        6  order     NOUN  NN  dobj     3 O
        7  on        ADP   IN  prep     6 O
        8  clean     ADJ   JJ  amod     9 O
        9  water     NOUN  NN  pobj     7 O
        10 .         PUNCT .   punct    3 O
        """,
    ))
    assert resolutions(release) == {("executive order", None, None, "clean water")}


def test_an_announced_agreement_is_the_act_a_signing_headline_states():
    """"Zorvex Signs Deal with Kelvane Labs" as the headline, then "Zorvex announced a licensing
    agreement with Kelvane Labs": the headline states the signing the body announces."""
    release = records(parse(
        "Zorvex Signs Deal\n\nZorvex announced a licensing agreement with Kelvane Labs.",
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  Signs     VERB  VBZ ROOT     1  O
        2  Deal      PROPN NNP dobj     1  O
        3  \\n\\n    SPACE _SP dep      2  O
        4  Zorvex    PROPN NNP nsubj    5  B-ORG
        5  announced VERB  VBD ROOT     5  O
        6  a         DET   DT  det      8  O
        7  licensing NOUN  NN  compound 8  O
        8  agreement NOUN  NN  dobj     5  O
        9  with      ADP   IN  prep     8  O
        10 Kelvane   PROPN NNP compound 11 B-ORG
        11 Labs      PROPN NNP pobj     9  I-ORG
        12 .         PUNCT .   punct    5  O
        """,
    ))
    assert resolutions(release) == {("licensing agreement", "Zorvex; Kelvane Labs", None, "licensing")}


def test_a_signing_headline_states_the_act_of_the_first_instrument_announced_only():
    """"Zorvex Signs Deal", then two agreements announced: the headline's signing is the first
    one's; the second, only announced, states no act."""
    release = records(parse(
        "Zorvex Signs Deal\n\nZorvex announced a licensing agreement with Kelvane Labs. Zorvex also announced a supply agreement with Borel Foods.",
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  Signs     VERB  VBZ ROOT     1  O
        2  Deal      PROPN NNP dobj     1  O
        3  \\n\\n    SPACE _SP dep      2  O
        4  Zorvex    PROPN NNP nsubj    5  B-ORG
        5  announced VERB  VBD ROOT     5  O
        6  a         DET   DT  det      8  O
        7  licensing NOUN  NN  compound 8  O
        8  agreement NOUN  NN  dobj     5  O
        9  with      ADP   IN  prep     8  O
        10 Kelvane   PROPN NNP compound 11 B-ORG
        11 Labs      PROPN NNP pobj     9  I-ORG
        12 .         PUNCT .   punct    5  O
        13 Zorvex    PROPN NNP nsubj    15 B-ORG
        14 also      ADV   RB  advmod   15 O
        15 announced VERB  VBD ROOT     15 O
        16 a         DET   DT  det      18 O
        17 supply    NOUN  NN  compound 18 O
        18 agreement NOUN  NN  dobj     15 O
        19 with      ADP   IN  prep     18 O
        20 Borel     PROPN NNP compound 21 B-ORG
        21 Foods     PROPN NNP pobj     19 I-ORG
        22 .         PUNCT .   punct    15 O
        """,
    ))
    assert resolutions(release) == {("licensing agreement", "Zorvex; Kelvane Labs", None, "licensing")}


def test_the_company_defined_in_a_parenthesis_after_a_body_is_that_body_as_signer():
    """"Kestrel Labs grew. Zorvex Corp. (the "Company") entered into an agreement with Orvalo",
    parsed with "Company" as the subject: the quoted word in the parenthesis after the body's
    name is its short name, so the Company is Zorvex Corp. (not the body opening the release)."""
    release = records(parse(
        'Kestrel Labs grew. Zorvex Corp. (the "Company") entered into an agreement with Orvalo.',
        """
        0  Kestrel   PROPN NNP compound 1  B-ORG
        1  Labs      PROPN NNP nsubj    2  I-ORG
        2  grew      VERB  VBD ROOT     2  O
        3  .         PUNCT .   punct    2  O
        4  Zorvex    PROPN NNP compound 5  B-ORG
        5  Corp.     PROPN NNP appos    12 I-ORG
        6  (         PUNCT -LRB- punct  9  O
        7  the       DET   DT  det      9  O
        8  "         PUNCT ``  punct    9  O
        9  Company   PROPN NNP nsubj    12 O
        10 "         PUNCT ''  punct    9  O
        11 )         PUNCT -RRB- punct  9  O
        12 entered   VERB  VBD ROOT     12 O
        13 into      ADP   IN  prep     12 O
        14 an        DET   DT  det      15 O
        15 agreement NOUN  NN  pobj     13 O
        16 with      ADP   IN  prep     15 O
        17 Orvalo    PROPN NNP pobj     16 B-ORG
        18 .         PUNCT .   punct    12 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Zorvex Corp.; Orvalo"]


def test_a_capitalized_subject_no_parenthesis_defines_names_no_party():
    """Near miss: "The Council signed an agreement with Kestrel Labs" where no parenthesis
    defines "Council": only the "with" party is known."""
    release = records(parse(
        "The Council signed an agreement with Kestrel Labs.",
        """
        0  The       DET   DT  det      1 O
        1  Council   PROPN NNP nsubj    2 O
        2  signed    VERB  VBD ROOT     2 O
        3  an        DET   DT  det      4 O
        4  agreement NOUN  NN  dobj     2 O
        5  with      ADP   IN  prep     4 O
        6  Kestrel   PROPN NNP compound 7 B-ORG
        7  Labs      PROPN NNP pobj     5 I-ORG
        8  .         PUNCT .   punct    2 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Kestrel Labs"]


def test_a_quoted_short_name_in_parentheses_is_the_same_instrument_again():
    """"Zorvex entered into an Agreement and Plan of Merger (the "Merger Agreement") with Kestrel
    Labs. The board approved the Merger Agreement.": the short name and its later use are the
    one merger agreement, not two more."""
    release = records(parse(
        'Zorvex entered into an Agreement and Plan of Merger (the "Merger Agreement") with Kestrel Labs. The board approved the Merger Agreement.',
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  entered   VERB  VBD ROOT     1  O
        2  into      ADP   IN  prep     1  O
        3  an        DET   DT  det      4  O
        4  Agreement PROPN NNP pobj     2  O
        5  and       CCONJ CC  cc       4  O
        6  Plan      PROPN NNP conj     4  O
        7  of        ADP   IN  prep     6  O
        8  Merger    PROPN NNP pobj     7  O
        9  (         PUNCT -LRB- punct  13 O
        10 the       DET   DT  det      13 O
        11 "         PUNCT ``  punct    13 O
        12 Merger    PROPN NNP compound 13 O
        13 Agreement PROPN NNP appos    4  O
        14 "         PUNCT ''  punct    13 O
        15 )         PUNCT -RRB- punct  13 O
        16 with      ADP   IN  prep     4  O
        17 Kestrel   PROPN NNP compound 18 B-ORG
        18 Labs      PROPN NNP pobj     16 I-ORG
        19 .         PUNCT .   punct    1  O
        20 The       DET   DT  det      21 O
        21 board     NOUN  NN  nsubj    22 O
        22 approved  VERB  VBD ROOT     22 O
        23 the       DET   DT  det      25 O
        24 Merger    PROPN NNP compound 25 O
        25 Agreement PROPN NNP dobj     22 O
        26 .         PUNCT .   punct    22 O
        """,
    ))
    assert [(r.kind, r.body) for r in release.resolutions] == [("agreement", "Zorvex; Kestrel Labs")]


def test_names_listed_after_the_datelines_dash_before_auxiliaries_are_all_parties():
    """"SPRINGFIELD -- Kestrel Labs and Zorvex Corp. have signed an MOU", parsed with the dateline
    as subject: the second name is closed by the verb's auxiliary, not by a comma; both sign."""
    release = records(parse(
        "SPRINGFIELD -- Kestrel Labs and Zorvex Corp. have signed an MOU.",
        """
        0  SPRINGFIELD PROPN NNP  nsubj    8 O
        1  --          PUNCT :    punct    0 O
        2  Kestrel     PROPN NNP  compound 3 B-ORG
        3  Labs        PROPN NNPS appos    0 I-ORG
        4  and         CCONJ CC   cc       3 O
        5  Zorvex      PROPN NNP  compound 6 B-ORG
        6  Corp.       PROPN NNP  conj     3 I-ORG
        7  have        AUX   VBP  aux      8 O
        8  signed      VERB  VBN  ROOT     8 O
        9  an          DET   DT   det      10 O
        10 MOU         PROPN NNP  dobj     8 O
        11 .           PUNCT .    punct    8 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Kestrel Labs; Zorvex Corp."]


def test_a_body_joined_to_a_subject_pronoun_signs_with_what_it_stands_for():
    """"Zorvex Corp. said that it and Kestrel Labs have signed an MOU": Kestrel signs too."""
    release = records(parse(
        "Zorvex Corp. said that it and Kestrel Labs have signed an MOU.",
        """
        0  Zorvex  PROPN NNP  compound 1  B-ORG
        1  Corp.   PROPN NNP  nsubj    2  I-ORG
        2  said    VERB  VBD  ROOT     2  O
        3  that    SCONJ IN   mark     9  O
        4  it      PRON  PRP  nsubj    9  O
        5  and     CCONJ CC   cc       4  O
        6  Kestrel PROPN NNP  compound 7  B-ORG
        7  Labs    PROPN NNPS conj     4  I-ORG
        8  have    AUX   VBP  aux      9  O
        9  signed  VERB  VBN  ccomp    2  O
        10 an      DET   DT   det      11 O
        11 MOU     PROPN NNP  dobj     9  O
        12 .       PUNCT .    punct    2  O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Zorvex Corp.; Kestrel Labs"]


def test_loi_in_capitals_is_a_letter_of_intent_and_lower_case_loi_is_no_instrument():
    """"Zorvex signed an LOI with Kestrel Labs": the abbreviation of the pattern file is a
    letter of intent; "loi" in lower case (a word of another language) is none."""
    release = records(parse(
        "Zorvex signed an LOI with Kestrel Labs. Zorvex signed a loi with Kestrel Labs.",
        """
        0  Zorvex  PROPN NNP  nsubj    1  B-ORG
        1  signed  VERB  VBD  ROOT     1  O
        2  an      DET   DT   det      3  O
        3  LOI     PROPN NNP  dobj     1  O
        4  with    ADP   IN   prep     3  O
        5  Kestrel PROPN NNP  compound 6  B-ORG
        6  Labs    PROPN NNPS pobj     4  I-ORG
        7  .       PUNCT .    punct    1  O
        8  Zorvex  PROPN NNP  nsubj    9  B-ORG
        9  signed  VERB  VBD  ROOT     9  O
        10 a       DET   DT   det      11 O
        11 loi     NOUN  NN   dobj     9  O
        12 with    ADP   IN   prep     11 O
        13 Kestrel PROPN NNP  compound 14 B-ORG
        14 Labs    PROPN NNPS pobj     12 I-ORG
        15 .       PUNCT .    punct    9  O
        """,
    ))
    assert [(r.kind, r.body) for r in release.resolutions] == [("letter of intent", "Zorvex; Kestrel Labs")]


def test_a_resolution_the_council_voted_to_adopt_is_adopted_by_the_council():
    """"The Security Council voted to adopt a resolution": the infinitive completes a past verb
    of deciding, so the act is done and the voter adopts; "plans to adopt" would be to come."""
    release = records(parse(
        "The Security Council voted to adopt a resolution on Sylvania. The Assembly plans to adopt a resolution on Ostland.",
        """
        0  The        DET   DT  det      2  O
        1  Security   PROPN NNP compound 2  B-ORG
        2  Council    PROPN NNP nsubj    3  I-ORG
        3  voted      VERB  VBD ROOT     3  O
        4  to         PART  TO  aux      5  O
        5  adopt      VERB  VB  xcomp    3  O
        6  a          DET   DT  det      7  O
        7  resolution NOUN  NN  dobj     5  O
        8  on         ADP   IN  prep     7  O
        9  Sylvania   PROPN NNP pobj     8  B-GPE
        10 .          PUNCT .   punct    3  O
        11 The        DET   DT  det      12 O
        12 Assembly   PROPN NNP nsubj    13 B-ORG
        13 plans      VERB  VBZ ROOT     13 O
        14 to         PART  TO  aux      15 O
        15 adopt      VERB  VB  xcomp    13 O
        16 a          DET   DT  det      17 O
        17 resolution NOUN  NN  dobj     15 O
        18 on         ADP   IN  prep     17 O
        19 Ostland    PROPN NNP pobj     18 B-GPE
        20 .          PUNCT .   punct    13 O
        """,
    ))
    assert resolutions(release) == {("resolution", "Security Council", None, "Sylvania")}


def test_a_lower_case_strategy_adopted_by_no_body_is_no_instrument():
    """"The contractor adopts a holistic strategy to remodeling": no body adopts it; an everyday
    strategy, no formal instrument (a body's, or a signed one, would be)."""
    release = records(parse(
        "The contractor adopts a holistic strategy to remodeling.",
        """
        0 The        DET   DT  det      1 O
        1 contractor NOUN  NN  nsubj    2 O
        2 adopts     VERB  VBZ ROOT     2 O
        3 a          DET   DT  det      5 O
        4 holistic   ADJ   JJ  amod     5 O
        5 strategy   NOUN  NN  dobj     2 O
        6 to         ADP   IN  prep     5 O
        7 remodeling NOUN  NN  pobj     6 O
        8 .          PUNCT .   punct    2 O
        """,
    ))
    assert release.resolutions == []


def test_agreements_signed_with_a_known_body_and_a_name_no_rule_knew_are_one_per_party():
    """"Zorvex Corp. signed agreements with Kestrel Labs and Orvalo Sports": one agreement with
    each, the second party named by its proper name though no organization rule knew it."""
    release = records(parse(
        "Zorvex Corp. signed agreements with Kestrel Labs and Orvalo Sports.",
        """
        0  Zorvex     PROPN NNP  compound 1  B-ORG
        1  Corp.      PROPN NNP  nsubj    2  I-ORG
        2  signed     VERB  VBD  ROOT     2  O
        3  agreements NOUN  NNS  dobj     2  O
        4  with       ADP   IN   prep     3  O
        5  Kestrel    PROPN NNP  compound 6  B-ORG
        6  Labs       PROPN NNPS pobj     4  I-ORG
        7  and        CCONJ CC   cc       6  O
        8  Orvalo     PROPN NNP  compound 9  O
        9  Sports     PROPN NNPS conj     6  O
        10 .          PUNCT .    punct    2  O
        """,
    ))
    assert {r.body for r in release.resolutions} == {"Zorvex Corp.; Kestrel Labs", "Zorvex Corp.; Orvalo Sports"}


def test_an_agreement_a_body_is_proud_to_have_signed_is_signed():
    """"Zorvex is proud to have signed an agreement with Kestrel Labs": a perfect infinitive tells
    an act done (unlike "is proud to sign")."""
    release = records(parse(
        "Zorvex is proud to have signed an agreement with Kestrel Labs.",
        """
        0  Zorvex    PROPN NNP  nsubj    1  B-ORG
        1  is        AUX   VBZ  ROOT     1  O
        2  proud     ADJ   JJ   acomp    1  O
        3  to        PART  TO   aux      5  O
        4  have      AUX   VB   aux      5  O
        5  signed    VERB  VBN  xcomp    2  O
        6  an        DET   DT   det      7  O
        7  agreement NOUN  NN   dobj     5  O
        8  with      ADP   IN   prep     7  O
        9  Kestrel   PROPN NNP  compound 10 B-ORG
        10 Labs      PROPN NNPS pobj     8  I-ORG
        11 .         PUNCT .    punct    1  O
        """,
    ))
    assert [(r.kind, r.body) for r in release.resolutions] == [("agreement", "Zorvex; Kestrel Labs")]


def test_a_resolution_adopted_by_a_body_is_about_what_its_predicate_says():
    """"A resolution adopted by the Security Council calls for an inquiry": no "on" phrase; what
    the resolution does (its predicate) says what it is about."""
    release = records(parse(
        "A resolution adopted by the Security Council calls for an inquiry.",
        """
        0  A          DET   DT  det      1 O
        1  resolution NOUN  NN  nsubj    7 O
        2  adopted    VERB  VBN acl      1 O
        3  by         ADP   IN  agent    2 O
        4  the        DET   DT  det      6 B-ORG
        5  Security   PROPN NNP compound 6 I-ORG
        6  Council    PROPN NNP pobj     3 I-ORG
        7  calls      VERB  VBZ ROOT     7 O
        8  for        ADP   IN  prep     7 O
        9  an         DET   DT  det      10 O
        10 inquiry    NOUN  NN  pobj     8 O
        11 .          PUNCT .   punct    7 O
        """,
    ))
    assert resolutions(release) == {("resolution", "Security Council", None, "calls for an inquiry")}


def test_the_country_whose_possessive_an_agreement_signed_carries_is_a_party():
    """"Kenya's agreement with Uganda, signed last year, expands trade": the verb names no
    signer; the possessive country is the other party."""
    release = records(parse(
        "Kenya's agreement with Uganda, signed last year, expands trade.",
        """
        0  Kenya     PROPN NNP poss     2  B-GPE
        1  's        PART  POS case     0  O
        2  agreement NOUN  NN  nsubj    10 O
        3  with      ADP   IN  prep     2  O
        4  Uganda    PROPN NNP pobj     3  B-GPE
        5  ,         PUNCT ,   punct    2  O
        6  signed    VERB  VBN acl      2  O
        7  last      ADJ   JJ  amod     8  B-DATE
        8  year      NOUN  NN  npadvmod 6  I-DATE
        9  ,         PUNCT ,   punct    2  O
        10 expands   VERB  VBZ ROOT     10 O
        11 trade     NOUN  NN  dobj     10 O
        12 .         PUNCT .   punct    10 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Kenya; Uganda"]


def test_the_body_the_release_opens_on_signs_what_is_signed_only_with_the_other_side():
    """"Today, Zorvex Corp. unveiled sensors. An agreement was signed with Kestrel Labs.": the
    verb names only the other side; the body the opening sentence is about (its subject, though
    "Today" opens it) is the signer."""
    release = records(parse(
        "Today, Zorvex Corp. unveiled sensors. An agreement was signed with Kestrel Labs.",
        """
        0  Today     NOUN  NN   npadvmod 4  B-DATE
        1  ,         PUNCT ,    punct    4  O
        2  Zorvex    PROPN NNP  compound 3  B-ORG
        3  Corp.     PROPN NNP  nsubj    4  I-ORG
        4  unveiled  VERB  VBD  ROOT     4  O
        5  sensors   NOUN  NNS  dobj     4  O
        6  .         PUNCT .    punct    4  O
        7  An        DET   DT   det      8  O
        8  agreement NOUN  NN   nsubjpass 10 O
        9  was       AUX   VBD  auxpass  10 O
        10 signed    VERB  VBN  ROOT     10 O
        11 with      ADP   IN   prep     10 O
        12 Kestrel   PROPN NNP  compound 13 B-ORG
        13 Labs      PROPN NNPS pobj     11 I-ORG
        14 .         PUNCT .    punct    10 O
        """,
    ))
    assert [r.body for r in release.resolutions] == ["Zorvex Corp.; Kestrel Labs"]


def test_an_agreement_expected_to_have_been_reached_is_still_to_come():
    """Near miss: "Zorvex expects to have reached an agreement with Kestrel Labs by May": a perfect
    infinitive after a verb of expecting tells no act done."""
    release = records(parse(
        "Zorvex expects to have reached an agreement with Kestrel Labs by May.",
        """
        0  Zorvex    PROPN NNP  nsubj    1  B-ORG
        1  expects   VERB  VBZ  ROOT     1  O
        2  to        PART  TO   aux      4  O
        3  have      AUX   VB   aux      4  O
        4  reached   VERB  VBN  xcomp    1  O
        5  an        DET   DT   det      6  O
        6  agreement NOUN  NN   dobj     4  O
        7  with      ADP   IN   prep     6  O
        8  Kestrel   PROPN NNP  compound 9  B-ORG
        9  Labs      PROPN NNPS pobj     7  I-ORG
        10 by        ADP   IN   prep     4  O
        11 May       PROPN NNP  pobj     10 B-DATE
        12 .         PUNCT .    punct    1  O
        """,
    ))
    assert release.resolutions == []


def test_the_release_body_is_not_given_to_an_instrument_told_before():
    """"Today, Zorvex Corp. opened a store. The settlement agreement filed in court is public.":
    an anaphor (nothing of its own) whose only party is the body the release opens on, lent to
    it, has nothing to join: no record."""
    release = records(parse(
        "Today, Zorvex Corp. opened a store. The settlement agreement filed in court is public.",
        """
        0  Today      NOUN  NN   npadvmod  4  B-DATE
        1  ,          PUNCT ,    punct     4  O
        2  Zorvex     PROPN NNP  compound  3  B-ORG
        3  Corp.      PROPN NNP  nsubj     4  I-ORG
        4  opened     VERB  VBD  ROOT      4  O
        5  a          DET   DT   det       6  O
        6  store      NOUN  NN   dobj      4  O
        7  .          PUNCT .    punct     4  O
        8  The        DET   DT   det       10 O
        9  settlement NOUN  NN   compound  10 O
        10 agreement  NOUN  NN   nsubj     14 O
        11 filed      VERB  VBN  acl       10 O
        12 in         ADP   IN   prep      11 O
        13 court      NOUN  NN   pobj      12 O
        14 is         AUX   VBZ  ROOT      14 O
        15 public     ADJ   JJ   acomp     14 O
        16 .          PUNCT .    punct     14 O
        """,
    ))
    assert release.resolutions == []


def test_a_later_name_made_of_words_of_an_earlier_longer_name_is_that_instrument():
    """"Zorvex entered into an Agreement and Plan of Merger with Kestrel Labs. The board approved
    the Merger Agreement.": the short name, all of whose words the longer one holds, is the same
    merger agreement, not a second one."""
    release = records(parse(
        "Zorvex entered into an Agreement and Plan of Merger with Kestrel Labs. The board approved the Merger Agreement.",
        """
        0  Zorvex    PROPN NNP  nsubj    1  B-ORG
        1  entered   VERB  VBD  ROOT     1  O
        2  into      ADP   IN   prep     1  O
        3  an        DET   DT   det      4  O
        4  Agreement PROPN NNP  pobj     2  O
        5  and       CCONJ CC   cc       4  O
        6  Plan      PROPN NNP  conj     4  O
        7  of        ADP   IN   prep     6  O
        8  Merger    PROPN NNP  pobj     7  O
        9  with      ADP   IN   prep     4  O
        10 Kestrel   PROPN NNP  compound 11 B-ORG
        11 Labs      PROPN NNPS pobj     9  I-ORG
        12 .         PUNCT .    punct    1  O
        13 The       DET   DT   det      14 O
        14 board     NOUN  NN   nsubj    15 O
        15 approved  VERB  VBD  ROOT     15 O
        16 the       DET   DT   det      18 O
        17 Merger    PROPN NNP  compound 18 O
        18 Agreement PROPN NNP  dobj     15 O
        19 .         PUNCT .    punct    15 O
        """,
    ))
    assert [(r.kind, r.body) for r in release.resolutions] == [("agreement", "Zorvex; Kestrel Labs")]


def test_the_seller_named_by_from_on_the_purchase_an_agreement_provides_for_is_a_party():
    """"A signed an agreement to buy X from B": B, the other side of the deal, is a party."""
    release = records(parse(
        "Acme Corp. signed an agreement to buy the Delta Mine from Beta Resources Inc.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp.     PROPN NNP nsubj    2  I-ORG
        2  signed    VERB  VBD ROOT     2  O
        3  an        DET   DT  det      4  O
        4  agreement NOUN  NN  dobj     2  O
        5  to        PART  TO  aux      6  O
        6  buy       VERB  VB  acl      4  O
        7  the       DET   DT  det      9  O
        8  Delta     PROPN NNP compound 9  O
        9  Mine      PROPN NNP dobj     6  O
        10 from      ADP   IN  prep     6  O
        11 Beta      PROPN NNP compound 13 B-ORG
        12 Resources PROPN NNP compound 13 I-ORG
        13 Inc.      PROPN NNP pobj     10 I-ORG
        """,
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.; Beta Resources Inc.", None, "buy the Delta Mine from Beta Resources Inc.")}


def test_the_buyer_of_an_agreement_to_be_acquired_is_a_party():
    """"A signed an agreement to be acquired by B": the acquirer B is a party."""
    release = records(parse(
        "Acme Corp. signed an agreement to be acquired by Beta Holdings Ltd.",
        """
        0  Acme      PROPN NNP  compound 1  B-ORG
        1  Corp.     PROPN NNP  nsubj    2  I-ORG
        2  signed    VERB  VBD  ROOT     2  O
        3  an        DET   DT   det      4  O
        4  agreement NOUN  NN   dobj     2  O
        5  to        PART  TO   aux      7  O
        6  be        AUX   VB   auxpass  7  O
        7  acquired  VERB  VBN  acl      4  O
        8  by        ADP   IN   agent    7  O
        9  Beta      PROPN NNP  compound 11 B-ORG
        10 Holdings  PROPN NNPS compound 11 I-ORG
        11 Ltd.      PROPN NNP  pobj     8  I-ORG
        """,
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.; Beta Holdings Ltd.", None, "be acquired by Beta Holdings Ltd.")}


def test_the_company_an_agreement_is_to_acquire_is_no_party():
    """Near miss: "A signed an agreement to acquire B": the thing acquired is not a signatory."""
    release = records(parse(
        "Acme Corp. signed an agreement to acquire Beta Labs Inc.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Corp.     PROPN NNP nsubj    2  I-ORG
        2  signed    VERB  VBD ROOT     2  O
        3  an        DET   DT  det      4  O
        4  agreement NOUN  NN  dobj     2  O
        5  to        PART  TO  aux      6  O
        6  acquire   VERB  VB  acl      4  O
        7  Beta      PROPN NNP compound 9  B-ORG
        8  Labs      PROPN NNP compound 9  I-ORG
        9  Inc.      PROPN NNP dobj     6  I-ORG
        """,
    ))
    assert resolutions(release) == {("agreement", "Acme Corp.", None, "acquire Beta Labs Inc.")}


def test_a_mislabelled_name_listed_with_a_known_party_among_the_signers_is_a_party():
    """"Zorvex and Cannaki Corp. signed an MOU", "Zorvex" tagged a place that is none: a list of
    signers whose other member is a known body lists parties; the name is a party as written."""
    release = records(parse(
        "Zorvex and Cannaki Corp. signed a memorandum of understanding on trade.",
        """
        0  Zorvex        PROPN NNP nsubj    4  B-GPE
        1  and           CCONJ CC  cc       0  O
        2  Cannaki       PROPN NNP compound 3  B-ORG
        3  Corp.         PROPN NNP conj     0  I-ORG
        4  signed        VERB  VBD ROOT     4  O
        5  a             DET   DT  det      6  O
        6  memorandum    NOUN  NN  dobj     4  O
        7  of            ADP   IN  prep     6  O
        8  understanding NOUN  NN  pobj     7  O
        9  on            ADP   IN  prep     8  O
        10 trade         NOUN  NN  pobj     9  O
        11 .             PUNCT .   punct    4  O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Zorvex; Cannaki Corp.", None, "trade")}


def test_a_person_listed_with_a_known_party_among_the_signers_is_no_party():
    """Near miss: "Jane Roe and Cannaki Corp. signed an MOU": a person's name is no body."""
    release = records(parse(
        "Jane Roe and Cannaki Corp. signed a memorandum of understanding on trade.",
        """
        0  Jane          PROPN NNP compound 1  B-PERSON
        1  Roe           PROPN NNP nsubj    5  I-PERSON
        2  and           CCONJ CC  cc       1  O
        3  Cannaki       PROPN NNP compound 4  B-ORG
        4  Corp.         PROPN NNP conj     1  I-ORG
        5  signed        VERB  VBD ROOT     5  O
        6  a             DET   DT  det      7  O
        7  memorandum    NOUN  NN  dobj     5  O
        8  of            ADP   IN  prep     7  O
        9  understanding NOUN  NN  pobj     8  O
        10 on            ADP   IN  prep     9  O
        11 trade         NOUN  NN  pobj     10 O
        12 .             PUNCT .   punct    5  O
        """,
    ))
    assert resolutions(release) == {("memorandum of understanding", "Cannaki Corp.", None, "trade")}


def test_a_listed_name_the_release_gives_an_organization_is_a_party_though_read_as_a_person():
    """"- Ceres Labs and Zorvatronics announced": "Zorvatronics" is an organization of the release,
    though the people rules took it for the short form of a person ("Zorvatronics Automotive BU")."""
    from pipeline.extraction.components.resolutions import Known, listed_names
    from pipeline.extraction.contract import OrgCluster, OrgMention, Party, PersonCluster, PersonMention

    doc = parse(
        "- Ceres Labs and Zorvatronics announced",
        """
        0  -            PUNCT :   punct    5 O
        1  Ceres        PROPN NNP compound 2 B-ORG
        2  Labs         PROPN NNP nsubj    5 I-ORG
        3  and          CCONJ CC  cc       2 O
        4  Zorvatronics PROPN NNP conj     2 B-PERSON
        5  announced    VERB  VBD ROOT     5 O
        """,
    )
    orgs = [OrgCluster(name="Ceres Labs", mentions=[0]), OrgCluster(name="Zorvatronics", mentions=[])]
    person = [PersonCluster(name="Zorvatronics Automotive BU", mentions=[0])]
    known = Known.of(orgs, [OrgMention(1, 3, "Ceres Labs", "ner")], [0], person, [PersonMention(4, 5, "Zorvatronics")], [0], [])
    assert listed_names(doc, 1, 5, known) == [Party(org=0), Party(org=1)]
    assert listed_names(doc, 1, 5, Known.of(orgs[:1], [OrgMention(1, 3, "Ceres Labs", "ner")], [0], person, [PersonMention(4, 5, "Zorvatronics")], [0], [])) == [Party(org=0)]


def test_a_verb_form_in_the_with_partys_name_or_description_does_not_hide_the_purpose():
    """"signed an agreement with Gridline Charging, a learning company, to build a network": the
    parse reads "Charging" and "learning" as verbs inside the noun phrases; the infinitive on the
    act after them is still the agreement's purpose."""
    release = records(parse(
        "Zorvex signed an agreement with Gridline Charging , a learning company , to build a network .",
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  signed    VERB  VBD ROOT     1  O
        2  an        DET   DT  det      3  O
        3  agreement NOUN  NN  dobj     1  O
        4  with      ADP   IN  prep     3  O
        5  Gridline  PROPN NNP compound 6  B-ORG
        6  Charging  VERB  VBG pobj     4  I-ORG
        7  ,         PUNCT ,   punct    6  O
        8  a         DET   DT  det      10 O
        9  learning  VERB  VBG compound 10 O
        10 company   NOUN  NN  appos    6  O
        11 ,         PUNCT ,   punct    6  O
        12 to        PART  TO  aux      13 O
        13 build     VERB  VB  advcl    1  O
        14 a         DET   DT  det      15 O
        15 network   NOUN  NN  dobj     13 O
        16 .         PUNCT .   punct    1  O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Gridline Charging", None, "build a network")}


def test_an_infinitive_of_the_with_partys_description_is_no_purpose():
    """Near miss: "with Kestrel, a company based in Ohio to serve farmers": the infinitive hangs on
    the participle describing the party, not on the act."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel , a company based in Ohio to serve farmers .",
        """
        0  Zorvex    PROPN NNP nsubj 1  B-ORG
        1  signed    VERB  VBD ROOT  1  O
        2  an        DET   DT  det   3  O
        3  agreement NOUN  NN  dobj  1  O
        4  with      ADP   IN  prep  3  O
        5  Kestrel   PROPN NNP pobj  4  B-ORG
        6  ,         PUNCT ,   punct 5  O
        7  a         DET   DT  det   8  O
        8  company   NOUN  NN  appos 5  O
        9  based     VERB  VBN acl   8  O
        10 in        ADP   IN  prep  9  O
        11 Ohio      PROPN NNP pobj  10 B-GPE
        12 to        PART  TO  aux   13 O
        13 serve     VERB  VB  advcl 9  O
        14 farmers   NOUN  NNS dobj  13 O
        15 .         PUNCT .   punct 1  O
        """,
    ))
    assert [r.subject for r in release.resolutions] == [None]


def test_pursuant_to_which_after_the_instrument_says_what_it_does():
    """"entered into an option agreement pursuant to which it may earn an interest": the clause
    after "pursuant to which" is the subject, not the modifier "option"."""
    release = records(parse(
        "Zorvex entered into an option agreement pursuant to which it may earn an interest .",
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  entered   VERB  VBD ROOT     1  O
        2  into      ADP   IN  prep     1  O
        3  an        DET   DT  det      5  O
        4  option    NOUN  NN  compound 5  O
        5  agreement NOUN  NN  pobj     2  O
        6  pursuant  ADJ   JJ  amod     5  O
        7  to        ADP   IN  prep     6  O
        8  which     PRON  WDT pobj     7  O
        9  it        PRON  PRP nsubj    11 O
        10 may       AUX   MD  aux      11 O
        11 earn      VERB  VB  relcl    5  O
        12 an        DET   DT  det      13 O
        13 interest  NOUN  NN  dobj     11 O
        14 .         PUNCT .   punct    1  O
        """,
    ))
    assert resolutions(release) == {("option agreement", "Zorvex", None, "it may earn an interest")}


def test_a_for_phrase_on_the_instrument_past_the_with_partys_description_is_the_subject():
    """"an agreement with Kestrel, a grocery chain, for the supply of sauces": past the party's
    apposition, the "for" phrase the parse hangs on the agreement says what it is about."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel , a grocery chain , for the supply of sauces .",
        """
        0  Zorvex    PROPN NNP nsubj    1  B-ORG
        1  signed    VERB  VBD ROOT     1  O
        2  an        DET   DT  det      3  O
        3  agreement NOUN  NN  dobj     1  O
        4  with      ADP   IN  prep     3  O
        5  Kestrel   PROPN NNP pobj     4  B-ORG
        6  ,         PUNCT ,   punct    5  O
        7  a         DET   DT  det      9  O
        8  grocery   NOUN  NN  compound 9  O
        9  chain     NOUN  NN  appos    5  O
        10 ,         PUNCT ,   punct    5  O
        11 for       ADP   IN  prep     3  O
        12 the       DET   DT  det      13 O
        13 supply    NOUN  NN  pobj     11 O
        14 of        ADP   IN  prep     13 O
        15 sauces    NOUN  NNS pobj     14 O
        16 .         PUNCT .   punct    1  O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kestrel", None, "the supply of sauces")}


def test_a_for_phrase_inside_the_with_partys_description_is_no_subject():
    """Near miss: "with Kestrel, a maker of servers for the military": the "for" phrase describes
    the servers, not the agreement."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel , a maker of servers for the military .",
        """
        0  Zorvex    PROPN NNP nsubj 1  B-ORG
        1  signed    VERB  VBD ROOT  1  O
        2  an        DET   DT  det   3  O
        3  agreement NOUN  NN  dobj  1  O
        4  with      ADP   IN  prep  3  O
        5  Kestrel   PROPN NNP pobj  4  B-ORG
        6  ,         PUNCT ,   punct 5  O
        7  a         DET   DT  det   8  O
        8  maker     NOUN  NN  appos 5  O
        9  of        ADP   IN  prep  8  O
        10 servers   NOUN  NNS pobj  9  O
        11 for       ADP   IN  prep  10 O
        12 the       DET   DT  det   13 O
        13 military  NOUN  NN  pobj  11 O
        14 .         PUNCT .   punct 1  O
        """,
    ))
    assert [r.subject for r in release.resolutions] == [None]


def test_a_participle_without_a_subject_signs_for_the_subject_of_the_verb_it_hangs_on():
    """"Acme grew. Zorvex entered the market by signing an agreement with Kestrel": Zorvex signed
    (not the organization the release opens with)."""
    release = records(parse(
        "Acme grew . Zorvex entered the market by signing an agreement with Kestrel .",
        """
        0  Acme      PROPN NNP nsubj 1 B-ORG
        1  grew      VERB  VBD ROOT  1 O
        2  .         PUNCT .   punct 1 O
        3  Zorvex    PROPN NNP nsubj 4 B-ORG
        4  entered   VERB  VBD ROOT  4 O
        5  the       DET   DT  det   6 O
        6  market    NOUN  NN  dobj  4 O
        7  by        ADP   IN  prep  4 O
        8  signing   VERB  VBG pcomp 7 O
        9  an        DET   DT  det   10 O
        10 agreement NOUN  NN  dobj  8 O
        11 with      ADP   IN  prep  10 O
        12 Kestrel   PROPN NNP pobj  11 B-ORG
        13 .         PUNCT .   punct 4 O
        """,
    ))
    assert {r.body for r in release.resolutions} == {"Zorvex; Kestrel"}


def test_the_one_thanked_for_signing_is_not_replaced_by_the_thanker():
    """Near miss: "Zorvex thanked Kestrel for signing the agreement": "for" does not lend the
    participle the thanker as its signer."""
    release = records(parse(
        "Zorvex thanked Kestrel for signing the agreement .",
        """
        0 Zorvex    PROPN NNP nsubj 1 B-ORG
        1 thanked   VERB  VBD ROOT  1 O
        2 Kestrel   PROPN NNP dobj  1 B-ORG
        3 for       ADP   IN  prep  1 O
        4 signing   VERB  VBG pcomp 3 O
        5 the       DET   DT  det   6 O
        6 agreement NOUN  NN  dobj  4 O
        7 .         PUNCT .   punct 1 O
        """,
    ))
    assert "Zorvex" not in {p for r in release.resolutions for p in (r.body or "").split("; ")}


def test_a_capitalized_qualifier_is_no_name_and_the_qualified_instrument_restates_the_one_before():
    """"Zorvex signed a binding Letter of Intent with Kestrel. Kestrel signed the Binding Letter of
    Intent.": "Binding" qualifies, it names nothing; the second mention is the first instrument."""
    release = records(parse(
        "Zorvex signed a binding Letter of Intent with Kestrel . Kestrel signed the Binding Letter of Intent .",
        """
        0  Zorvex  PROPN NNP nsubj 1  B-ORG
        1  signed  VERB  VBD ROOT  1  O
        2  a       DET   DT  det   5  O
        3  binding ADJ   JJ  amod  5  O
        4  Letter  PROPN NNP compound 5 O
        5  of      ADP   IN  dobj  1  O
        6  Intent  PROPN NNP pobj  5  O
        7  with    ADP   IN  prep  1  O
        8  Kestrel PROPN NNP pobj  7  B-ORG
        9  .       PUNCT .   punct 1  O
        10 Kestrel PROPN NNP nsubj 11 B-ORG
        11 signed  VERB  VBD ROOT  11 O
        12 the     DET   DT  det   14 O
        13 Binding PROPN NNP compound 14 O
        14 Letter  PROPN NNP dobj  11 O
        15 of      ADP   IN  prep  14 O
        16 Intent  PROPN NNP pobj  15 O
        17 .       PUNCT .   punct 11 O
        """,
    ))
    assert [(r.kind, r.subject) for r in release.resolutions] == [("letter of intent", None)]


def test_the_clause_under_the_terms_of_the_instrument_says_what_the_one_told_before_does():
    """"Zorvex signed an agreement with Kestrel. Under the terms of the agreement, Kestrel will buy
    turbines.": the clause the opening "under" phrase governs is the agreement's subject."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel . Under the terms of the agreement , Kestrel will buy turbines .",
        """
        0  Zorvex    PROPN NNP nsubj 1  B-ORG
        1  signed    VERB  VBD ROOT  1  O
        2  an        DET   DT  det   3  O
        3  agreement NOUN  NN  dobj  1  O
        4  with      ADP   IN  prep  3  O
        5  Kestrel   PROPN NNP pobj  4  B-ORG
        6  .         PUNCT .   punct 1  O
        7  Under     ADP   IN  prep  16 O
        8  the       DET   DT  det   9  O
        9  terms     NOUN  NNS pobj  7  O
        10 of        ADP   IN  prep  9  O
        11 the       DET   DT  det   12 O
        12 agreement NOUN  NN  pobj  10 O
        13 ,         PUNCT ,   punct 16 O
        14 Kestrel   PROPN NNP nsubj 16 B-ORG
        15 will      AUX   MD  aux   16 O
        16 buy       VERB  VB  ROOT  16 O
        17 turbines  NOUN  NNS dobj  16 O
        18 .         PUNCT .   punct 16 O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kestrel", None, "Kestrel will buy turbines")}


def test_an_under_phrase_that_leads_into_a_list_gives_no_subject():
    """Near miss: "Under the MOU, the two will: build; test.": the clause only opens a list."""
    release = records(parse(
        "Zorvex signed an MOU with Kestrel . Under the MOU , the two will : build ; test .",
        """
        0  Zorvex  PROPN NNP nsubj 1  B-ORG
        1  signed  VERB  VBD ROOT  1  O
        2  an      DET   DT  det   3  O
        3  MOU     PROPN NNP dobj  1  O
        4  with    ADP   IN  prep  3  O
        5  Kestrel PROPN NNP pobj  4  B-ORG
        6  .       PUNCT .   punct 1  O
        7  Under   ADP   IN  prep  12 O
        8  the     DET   DT  det   9  O
        9  MOU     PROPN NNP pobj  7  O
        10 ,       PUNCT ,   punct 12 O
        11 the     DET   DT  det   12 O
        12 two     NUM   CD  nsubj 13 O
        13 will    AUX   MD  ROOT  13 O
        14 :       PUNCT :   punct 13 O
        15 build   VERB  VB  dep   13 O
        16 ;       PUNCT :   punct 13 O
        17 test    VERB  VB  dep   13 O
        18 .       PUNCT .   punct 13 O
        """,
    ))
    assert [r.subject for r in release.resolutions] == [None]


def test_a_clause_that_judges_the_instrument_is_no_subject():
    """Near miss: "The agreement with Kestrel marks a milestone": "marks" judges the agreement, it
    does not say what the agreement does (patterns/adoption_evaluative_verbs)."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel . The agreement marks a milestone .",
        """
        0  Zorvex    PROPN NNP nsubj 1  B-ORG
        1  signed    VERB  VBD ROOT  1  O
        2  an        DET   DT  det   3  O
        3  agreement NOUN  NN  dobj  1  O
        4  with      ADP   IN  prep  3  O
        5  Kestrel   PROPN NNP pobj  4  B-ORG
        6  .         PUNCT .   punct 1  O
        7  The       DET   DT  det   8  O
        8  agreement NOUN  NN  nsubj 9  O
        9  marks     VERB  VBZ ROOT  9  O
        10 a         DET   DT  det   11 O
        11 milestone NOUN  NN  dobj  9  O
        12 .         PUNCT .   punct 9  O
        """,
    ))
    assert [r.subject for r in release.resolutions] == [None]


def test_an_agreement_whose_parties_the_text_never_names_is_no_record():
    """"Highlights included the signing of an agreement to restructure a loan": an agreement is
    made between parties, its body; with none named anywhere there is no record to give."""
    release = records(parse(
        "Highlights included the signing of an agreement to restructure a loan .",
        """
        0  Highlights  NOUN  NNS nsubj 1  O
        1  included    VERB  VBD ROOT  1  O
        2  the         DET   DT  det   3  O
        3  signing     NOUN  NN  dobj  1  O
        4  of          ADP   IN  prep  3  O
        5  an          DET   DT  det   6  O
        6  agreement   NOUN  NN  pobj  4  O
        7  to          PART  TO  aux   8  O
        8  restructure VERB  VB  acl   6  O
        9  a           DET   DT  det   10 O
        10 loan        NOUN  NN  dobj  8  O
        11 .           PUNCT .   punct 1  O
        """,
    ))
    assert release.resolutions == []


def test_a_resolution_adopted_by_no_named_body_is_still_a_record():
    """Near miss: a resolution is no agreement between parties; adopted by delegates nobody names,
    it stays a record with an empty body."""
    release = records(parse(
        "Delegates passed a resolution calling for peace .",
        """
        0 Delegates  NOUN  NNS nsubj 1 O
        1 passed     VERB  VBD ROOT  1 O
        2 a          DET   DT  det   3 O
        3 resolution NOUN  NN  dobj  1 O
        4 calling    VERB  VBG acl   3 O
        5 for        ADP   IN  prep  4 O
        6 peace      NOUN  NN  pobj  5 O
        7 .          PUNCT .   punct 1 O
        """,
    ))
    assert resolutions(release) == {("resolution", None, None, "calling for peace")}


def test_a_bill_a_governor_signed_is_signed_alone_with_no_body():
    """"Ohio Gov. Jane Roe signed a bill to raise wages": the signer's state is no party (FACTS.md:
    body empty for a law signed by a head of state or government)."""
    release = records(parse(
        "Ohio Gov. Jane Roe signed a bill to raise wages .",
        """
        0  Ohio   PROPN NNP compound 2 B-GPE
        1  Gov.   PROPN NNP compound 3 O
        2  Jane   PROPN NNP compound 3 B-PERSON
        3  Roe    PROPN NNP nsubj    4 I-PERSON
        4  signed VERB  VBD ROOT     4 O
        5  a      DET   DT  det      6 O
        6  bill   NOUN  NN  dobj     4 O
        7  to     PART  TO  aux      8 O
        8  raise  VERB  VB  acl      6 O
        9  wages  NOUN  NNS dobj     8 O
        10 .      PUNCT .   punct    4 O
        """,
    ))
    assert resolutions(release) == {("bill", None, None, "raise wages")}


def test_a_bill_a_parliament_passed_keeps_the_parliament_as_body():
    """Near miss: "The Norland Parliament passed a bill to raise wages": a body, not a person, acts."""
    release = records(parse(
        "The Norland Parliament passed a bill to raise wages .",
        """
        0 The        DET   DT  det      2 O
        1 Norland    PROPN NNP compound 2 B-ORG
        2 Parliament PROPN NNP nsubj    3 I-ORG
        3 passed     VERB  VBD ROOT     3 O
        4 a          DET   DT  det      5 O
        5 bill       NOUN  NN  dobj     3 O
        6 to         PART  TO  aux      7 O
        7 raise      VERB  VB  acl      5 O
        8 wages      NOUN  NNS dobj     7 O
        9 .          PUNCT .   punct    3 O
        """,
    ))
    assert resolutions(release) == {("bill", "Norland Parliament", None, "raise wages")}


def test_agreements_signed_with_listed_parties_for_a_purpose_are_one_each_about_that_purpose():
    """"Zorvex signed agreements with Kestrel and Borealis for locations in stadiums": one
    agreement per listed party, each about what the sentence says they are for (not "agreement
    with Kestrel")."""
    release = records(parse(
        "Zorvex signed agreements with Kestrel and Borealis for locations in stadiums .",
        """
        0  Zorvex     PROPN NNP nsubj 1  B-ORG
        1  signed     VERB  VBD ROOT  1  O
        2  agreements NOUN  NNS dobj  1  O
        3  with       ADP   IN  prep  2  O
        4  Kestrel    PROPN NNP pobj  3  B-ORG
        5  and        CCONJ CC  cc    4  O
        6  Borealis   PROPN NNP conj  4  B-ORG
        7  for        ADP   IN  prep  2  O
        8  locations  NOUN  NNS pobj  7  O
        9  in         ADP   IN  prep  8  O
        10 stadiums   NOUN  NNS pobj  9  O
        11 .          PUNCT .   punct 1  O
        """,
    ))
    assert resolutions(release) == {
        ("agreement", "Zorvex; Kestrel", None, "locations in stadiums"),
        ("agreement", "Zorvex; Borealis", None, "locations in stadiums"),
    }


def test_a_person_signing_many_acts_signs_no_statute():
    """Near miss: "Roe signed many timeless acts" (performers): an unnamed act a person signs is no
    law (patterns/adoption_signed_kinds lists only bill and law)."""
    release = records(parse(
        "Jane Roe signed many timeless acts .",
        """
        0 Jane     PROPN NNP compound 1 B-PERSON
        1 Roe      PROPN NNP nsubj    2 I-PERSON
        2 signed   VERB  VBD ROOT     2 O
        3 many     ADJ   JJ  amod     5 O
        4 timeless ADJ   JJ  amod     5 O
        5 acts     NOUN  NNS dobj     2 O
        6 .        PUNCT .   punct    2 O
        """,
    ))
    assert release.resolutions == []


def test_working_towards_signing_an_agreement_states_no_act():
    """Near miss of "by signing": "Zorvex is working towards signing an agreement with Kestrel" is
    an aim, no signing yet."""
    release = records(parse(
        "Zorvex is working towards signing an agreement with Kestrel .",
        """
        0 Zorvex    PROPN NNP nsubj 2 B-ORG
        1 is        AUX   VBZ aux   2 O
        2 working   VERB  VBG ROOT  2 O
        3 towards   ADP   IN  prep  2 O
        4 signing   VERB  VBG pcomp 3 O
        5 an        DET   DT  det   6 O
        6 agreement NOUN  NN  dobj  4 O
        7 with      ADP   IN  prep  6 O
        8 Kestrel   PROPN NNP pobj  7 B-ORG
        9 .         PUNCT .   punct 2 O
        """,
    ))
    assert release.resolutions == []


def test_a_party_read_by_words_that_name_no_one_is_dropped_but_a_city_stays():
    """"with a lifetime expected value of $65.0M", "with former Executive Chairman and CEO Dr. Roe",
    the defined "Company": words that name no one are no party; "city of Memphis" names one."""
    from pipeline.extraction.components.resolutions import nameless
    from pipeline.extraction.contract import Party

    assert nameless(Party(place="value of $65.0M"))
    assert nameless(Party(place="Executive Chairman"))
    assert nameless(Party(place="Company"))
    assert not nameless(Party(place="city of Memphis"))
    assert not nameless(Party(place="Texas"))
    assert not nameless(Party(org=3))


def test_cooperating_towards_the_conclusion_of_a_convention_states_no_act():
    """"The leaders will cooperate towards the conclusion of a convention": a noun of adoption
    after "towards" is an aim, no instrument concluded."""
    release = records(parse(
        "Leaders cooperate towards the conclusion of a convention .",
        """
        0 Leaders    NOUN  NNS nsubj 1 O
        1 cooperate  VERB  VBP ROOT  1 O
        2 towards    ADP   IN  prep  1 O
        3 the        DET   DT  det   4 O
        4 conclusion NOUN  NN  pobj  2 O
        5 of         ADP   IN  prep  4 O
        6 a          DET   DT  det   7 O
        7 convention NOUN  NN  pobj  5 O
        8 .          PUNCT .   punct 1 O
        """,
    ))
    assert release.resolutions == []


def test_joint_keeps_its_place_in_the_kind_of_a_joint_venture_agreement():
    """"a joint venture agreement": "joint" belongs to the kind (patterns/adoption_kind_adjectives.jsonl)."""
    release = records(parse(
        "Zenadra Corp signed a joint venture agreement with Nightfall Corp.",
        """
        0  Zenadra   PROPN NNP nsubj    2 B-ORG
        1  Corp      PROPN NNP compound 0 I-ORG
        2  signed    VERB  VBD ROOT     2 O
        3  a         DET   DT  det      6 O
        4  joint     ADJ   JJ  amod     5 O
        5  venture   NOUN  NN  compound 6 O
        6  agreement NOUN  NN  dobj     2 O
        7  with      ADP   IN  prep     6 O
        8  Nightfall PROPN NNP compound 9 B-ORG
        9  Corp.     PROPN NNP pobj     7 I-ORG
        """,
    ))
    assert {r[0] for r in resolutions(release)} == {"joint venture agreement"}


ANNOUNCED_BETWEEN = """
        0  Acme      PROPN NNP nsubj    2  B-ORG
        1  today     NOUN  NN  npadvmod 2  B-DATE
        2  announced VERB  VBD ROOT     2  O
        3  the       DET   DT  det      4  O
        4  signing   NOUN  NN  dobj     2  O
        5  of        ADP   IN  prep     4  O
        6  an        DET   DT  det      7  O
        7  MOU       PROPN NNP pobj     5  O
        8  between   ADP   IN  prep     4  O
        9  {w9:<9} {p9}
        10 {w10:<9} NOUN  NN{s10} pobj     8  O
        11 and       CCONJ CC  cc       10 O
        12 Beta      PROPN NNP compound 13 B-ORG
        13 Labs      PROPN NNP conj     10 I-ORG
        14 .         PUNCT .   punct    2  O
"""


def test_an_announcer_is_no_party_to_memoranda_signed_between_others():
    """"Acme announced the signing of an MOU between its member companies and Beta Labs": the
    "between" phrase names the parties; Acme only reports the signing."""
    table = ANNOUNCED_BETWEEN.format(w9="its", p9="PRON  PRP$ poss 11 O", w10="members", s10="S")
    release = records(parse("Acme today announced the signing of an MOU between its members and Beta Labs.", table))
    assert not any("Acme" in (r[1] or "") for r in resolutions(release))


def test_the_company_between_whom_an_mou_is_signed_is_the_announcer():
    """Near miss: "an MOU between the company and Beta Labs": the announcer names itself there."""
    table = ANNOUNCED_BETWEEN.format(w9="the", p9="DET   DT  det  10 O", w10="company", s10=" ")
    release = records(parse("Acme today announced the signing of an MOU between the company and Beta Labs.", table))
    assert any("Acme" in (r[1] or "") for r in resolutions(release))


def test_a_narrower_kind_not_pointing_back_is_another_instrument_than_the_named_one():
    """"secured a funding agreement and an additional sum through a Technology Investment
    Agreement": "a funding agreement" (no "the") is not a second mention of the named agreement,
    so it does not lend it its kind or lose itself in it; "the funding agreement" would."""
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.resolutions import merge_same
    from pipeline.extraction.contract import InstrumentMention, Party

    words = "Acme secured a funding agreement and later the funding agreement through a Technology Investment Agreement .".split()
    heads = [1, 1, 4, 4, 1, 1, 1, 9, 9, 1, 1, 14, 14, 14, 10, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "cc", "advmod", "det", "compound", "conj", "prep", "det", "compound", "compound", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)

    def mentions():
        named = InstrumentMention(start=13, end=15, kind="agreement", parties=[Party(org=0)], subject="Technology Investment", name="Technology Investment", adopted=True)
        return named, InstrumentMention(start=4, end=5, kind="funding agreement"), InstrumentMention(start=9, end=10, kind="funding agreement")

    named, indefinite, definite = mentions()
    assert len(merge_same([named, indefinite], doc)) == 2
    named, indefinite, definite = mentions()
    merged = merge_same([named, definite], doc)
    assert len(merged) == 1 and merged[0].kind == "funding agreement"


def test_a_dash_after_the_dateline_date_closes_the_dateline_even_glued_to_the_year():
    """"Coral Gables , FL , November 14, 2024– As demand grows, Acme ...": the words before the
    dash after the date are the dateline (its place is no party, no subject); a dash between
    spaces after no date ("Acme – a maker of tools – signed") closes none."""
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.resolutions import dated_dash_between, dateline_dash
    from pipeline.extraction.components.tokens import doc_tokens

    words = ["Coral", "Gables", ",", "FL", ",", "November", "14", ",", "2024", "–", "As", "demand", "grows", ",", "Acme", "is", "growing", "."]
    spaces = [True, True, True, True, True, True, False, True, False, True, True, True, False, True, True, True, False, False]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"] + ["O"] * 9
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    tokens = doc_tokens(doc)
    assert dateline_dash(tokens, 9) and dated_dash_between(tokens, 1, 16)

    words = ["Acme", "–", "a", "maker", "of", "tools", "–", "signed", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False])
    assert not dated_dash_between(doc_tokens(doc), 0, 7)


def test_a_participle_on_the_head_of_a_memorandum_of_understanding_states_its_signing_and_date():
    """"A and B formalized their partnership through a memorandum of understanding signed on June 1":
    "signed" hangs on "memorandum", not on "understanding" where the phrase ends; it states the act
    (no frame: "through"), dated June 1, signed by the release's subject."""
    release = records(parse(
        "Acme Corp. and Beta Inc. formalized their partnership through a memorandum of understanding signed on June 1.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     5  I-ORG
        2  and           CCONJ CC   cc        1  O
        3  Beta          PROPN NNP  compound  4  B-ORG
        4  Inc.          PROPN NNP  conj      1  I-ORG
        5  formalized    VERB  VBD  ROOT      5  O
        6  their         PRON  PRP$ poss      7  O
        7  partnership   NOUN  NN   dobj      5  O
        8  through       ADP   IN   prep      5  O
        9  a             DET   DT   det       10 O
        10 memorandum    NOUN  NN   pobj      8  O
        11 of            ADP   IN   prep      10 O
        12 understanding NOUN  NN   pobj      11 O
        13 signed        VERB  VBN  acl       10 O
        14 on            ADP   IN   prep      13 O
        15 June          PROPN NNP  pobj      14 B-DATE
        16 1             NUM   CD   nummod    15 I-DATE
        17 .             PUNCT .    punct     5  O
        """,
        published="2025-06-05",
    ))
    assert resolutions(release) == {("memorandum of understanding", "Acme Corp.", "2025-06-01", None)}


def test_signed_letters_of_intent_counted_without_a_determiner_name_no_instrument():
    """Near miss: "receipt of orders against signed LOI's" (forward-looking statements) counts signed
    ones of a sort; no instrument is stated, though the release names its company."""
    release = records(parse(
        "Acme Corp. grows.\n\nProjections rely on orders against signed LOI’s, the Company said.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  grows         VERB  VBZ  ROOT      2  O
        3  .             PUNCT .    punct     2  O
        4  \\n\\n        SPACE _SP  dep       3  O
        5  Projections   NOUN  NNS  nsubj     6  O
        6  rely          VERB  VBP  ccomp     16 O
        7  on            ADP   IN   prep      6  O
        8  orders        NOUN  NNS  pobj      7  O
        9  against       ADP   IN   prep      8  O
        10 signed        VERB  VBN  amod      11 O
        11 LOI           PROPN NNP  pobj      9  O
        12 ’s            PART  POS  pobj      9  O
        13 ,             PUNCT ,    punct     16 O
        14 the           DET   DT   det       15 O
        15 Company       PROPN NNP  nsubj     16 O
        16 said          VERB  VBD  ROOT      16 O
        17 .             PUNCT .    punct     16 O
        """,
    ))
    assert resolutions(release) == set()


def test_deals_one_company_counts_by_a_number_are_no_instrument():
    """Near miss: "Acme Advance has finalized 104 funded deals" counts its deals of a sort; no
    instrument is told apart, though the release names its company."""
    release = records(parse(
        "Acme Advance grows.\n\nAcme Advance has finalized 104 funded deals.",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Advance       PROPN NNP  nsubj     2  I-ORG
        2  grows         VERB  VBZ  ROOT      2  O
        3  .             PUNCT .    punct     2  O
        4  \\n\\n        SPACE _SP  dep       3  O
        5  Acme          PROPN NNP  compound  6  B-ORG
        6  Advance       PROPN NNP  nsubj     8  I-ORG
        7  has           AUX   VBZ  aux       8  O
        8  finalized     VERB  VBN  ROOT      8  O
        9  104           NUM   CD   nummod    11 B-CARDINAL
        10 funded        VERB  VBN  amod      11 O
        11 deals         NOUN  NNS  dobj      8  O
        12 .             PUNCT .    punct     8  O
        """,
    ))
    assert resolutions(release) == set()


def test_agreements_counted_but_signed_with_named_partners_stay_instruments():
    """"Acme signed two supply agreements with Beta Inc.": a count with the other side named tells the
    instrument apart; it stays a record."""
    release = records(parse(
        "Acme Corp. signed two supply agreements with Beta Inc. .",
        """
        0  Acme          PROPN NNP  compound  1  B-ORG
        1  Corp.         PROPN NNP  nsubj     2  I-ORG
        2  signed        VERB  VBD  ROOT      2  O
        3  two           NUM   CD   nummod    5  B-CARDINAL
        4  supply        NOUN  NN   compound  5  O
        5  agreements    NOUN  NNS  dobj      2  O
        6  with          ADP   IN   prep      5  O
        7  Beta          PROPN NNP  compound  8  B-ORG
        8  Inc.          PROPN NNP  pobj      6  I-ORG
        9  .             PUNCT .    punct     2  O
        """,
    ))
    assert {(kind, body) for kind, body, _, _ in resolutions(release)} == {("supply agreement", "Acme Corp.; Beta Inc.")}


def test_the_datelines_date_is_the_releases_not_the_signings():
    """"DUBAI - February 20, 2025 (WIRE) - Acme Corp. has signed a memorandum of understanding with
    Beta Inc.": the dateline dates the release; the text gives no date of the signing (the gold
    reads a dateline-dated announcement so: REVIEW convention 2)."""
    release = records(parse(
        "DUBAI - February 20, 2025 (WIRE) - Acme Corp. has signed a memorandum of understanding with Beta Inc. .",
        """
        0  DUBAI         PROPN NNP   ROOT      0  B-GPE
        1  -             PUNCT HYPH  punct     0  O
        2  February      PROPN NNP   appos     0  B-DATE
        3  20            NUM   CD    nummod    2  I-DATE
        4  ,             PUNCT ,     punct     2  I-DATE
        5  2025          NUM   CD    appos     2  I-DATE
        6  (             PUNCT -LRB- punct     7  O
        7  WIRE          PROPN NNP   appos     2  O
        8  )             PUNCT -RRB- punct     7  O
        9  -             PUNCT ,     punct     0  O
        10 Acme          PROPN NNP   compound  11 B-ORG
        11 Corp.         PROPN NNP   nsubj     13 I-ORG
        12 has           AUX   VBZ   aux       13 O
        13 signed        VERB  VBN   ROOT      13 O
        14 a             DET   DT    det       15 O
        15 memorandum    NOUN  NN    dobj      13 O
        16 of            ADP   IN    prep      15 O
        17 understanding NOUN  NN    pobj      16 O
        18 with          ADP   IN    prep      15 O
        19 Beta          PROPN NNP   compound  20 B-ORG
        20 Inc.          PROPN NNP   pobj      18 I-ORG
        21 .             PUNCT .     punct     13 O
        """,
        published="2025-02-20",
    ))
    assert resolutions(release) == {("memorandum of understanding", "Acme Corp.; Beta Inc.", None, None)}


def test_a_date_opening_the_sentence_dates_every_verb_joined_to_the_main_verb():
    """"Last year, Zorvex opened an office, hired staff and signed an MOU with B": the opening date
    dates the signing, the last of a chain of verbs joined to the main verb."""
    release = records(parse(
        "Last year, Zorvex opened an office, hired staff and signed an MOU with the Kestrel Association.",
        """
        0  Last        ADJ   JJ  amod     1  B-DATE
        1  year        NOUN  NN  npadvmod 4  I-DATE
        2  ,           PUNCT ,   punct    4  O
        3  Zorvex      PROPN NNP nsubj    4  O
        4  opened      VERB  VBD ROOT     4  O
        5  an          DET   DT  det      6  O
        6  office      NOUN  NN  dobj     4  O
        7  ,           PUNCT ,   punct    4  O
        8  hired       VERB  VBD conj     4  O
        9  staff       NOUN  NN  dobj     8  O
        10 and         CCONJ CC  cc       8  O
        11 signed      VERB  VBD conj     8  O
        12 an          DET   DT  det      13 O
        13 MOU         PROPN NNP dobj     11 O
        14 with        ADP   IN  prep     13 O
        15 the         DET   DT  det      17 B-ORG
        16 Kestrel     PROPN NNP compound 17 I-ORG
        17 Association PROPN NNP pobj     14 I-ORG
        18 .           PUNCT .   punct    4  O
        """,
        published="2025-03-01",
    ))
    assert {(r.body, r.date) for r in release.resolutions} == {("Zorvex; Kestrel Association", "2024")}


REPORTED_SIGNING = """
        0  Zorvex    PROPN NNP nsubj    1  O
        1  announced VERB  VBD ROOT     1  O
        2  in        ADP   IN  prep     1  O
        3  September PROPN NNP pobj     2  B-DATE
        4  2024      NUM   CD  nummod   3  I-DATE
        5  that      SCONJ IN  mark     7  O
        6  it        PRON  PRP nsubj    7  O
        7  signed    VERB  VBD ccomp    1  O
        8  an        DET   DT  det      9  O
        9  agreement NOUN  NN  dobj     7  O
        10 with      ADP   IN  prep     9  O
        11 Beta      PROPN NNP compound 12 B-ORG
        12 Inc.      PROPN NNP pobj     10 I-ORG
        """


def test_a_past_signing_reported_on_a_written_date_takes_that_date():
    """"Zorvex announced in September 2024 that it signed an agreement with B": a simple-past act
    a party reported on a calendar date took place by then (its month)."""
    release = records(parse(
        "Zorvex announced in September 2024 that it signed an agreement with Beta Inc.",
        REPORTED_SIGNING,
        published="2024-11-20",
    ))
    assert {(r.body, r.date) for r in release.resolutions} == {("Zorvex; Beta Inc.", "2024-09")}


def test_a_past_signing_reported_today_keeps_its_own_untold_time():
    """Near miss: "Zorvex announced on Tuesday that it signed ...": a weekday (or "today") is the
    announcement's day, not the signing's."""
    release = records(parse(
        "Zorvex announced on Tuesday at noon that it signed an agreement with Beta Inc.",
        """
        0  Zorvex    PROPN NNP nsubj    1  O
        1  announced VERB  VBD ROOT     1  O
        2  on        ADP   IN  prep     1  O
        3  Tuesday   PROPN NNP pobj     2  B-DATE
        4  at        ADP   IN  prep     1  O
        5  noon      NOUN  NN  pobj     4  B-TIME
        6  that      SCONJ IN  mark     8  O
        7  it        PRON  PRP nsubj    8  O
        8  signed    VERB  VBD ccomp    1  O
        9  an        DET   DT  det      10 O
        10 agreement NOUN  NN  dobj     8  O
        11 with      ADP   IN  prep     10 O
        12 Beta      PROPN NNP compound 13 B-ORG
        13 Inc.      PROPN NNP pobj     11 I-ORG
        """,
        published="2024-11-20",
    ))
    assert {(r.body, r.date) for r in release.resolutions} == {("Zorvex; Beta Inc.", None)}


def test_an_infinitive_of_purpose_on_the_act_after_the_parties_is_the_subject():
    """"Zorvex entered into an agreement with Beta Inc., acting through its laboratory, to develop
    vaccines": far from the instrument, past another clause, the infinitive the parse hangs on the
    act of signing says what the agreement is for."""
    release = records(parse(
        "Zorvex entered into an agreement with Beta Inc., acting through its laboratory, to develop vaccines.",
        """
        0  Zorvex     PROPN NNP nsubj    1  O
        1  entered    VERB  VBD ROOT     1  O
        2  into       ADP   IN  prep     1  O
        3  an         DET   DT  det      4  O
        4  agreement  NOUN  NN  pobj     2  O
        5  with       ADP   IN  prep     4  O
        6  Beta       PROPN NNP compound 7  B-ORG
        7  Inc.       PROPN NNP pobj     5  I-ORG
        8  ,          PUNCT ,   punct    1  O
        9  acting     VERB  VBG advcl    1  O
        10 through    ADP   IN  prep     9  O
        11 its        PRON  PRP$ poss    12 O
        12 laboratory NOUN  NN  pobj     10 O
        13 ,          PUNCT ,   punct    1  O
        14 to         PART  TO  aux      15 O
        15 develop    VERB  VB  advcl    1  O
        16 vaccines   NOUN  NNS dobj     15 O
        17 .          PUNCT .   punct    1  O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Beta Inc.", None, "develop vaccines")}


def test_the_court_an_instrument_is_filed_with_is_its_forum_and_no_party():
    """"Acme Corp. filed a consent decree with the Kestrel District Court": the court is where the
    decree is filed, no party to it."""
    release = records(parse(
        "Acme Corp. filed a consent decree with the Kestrel District Court.",
        """
        0  Acme     PROPN NNP compound 1  B-ORG
        1  Corp.    PROPN NNP nsubj    2  I-ORG
        2  filed    VERB  VBD ROOT     2  O
        3  a        DET   DT  det      5  O
        4  consent  NOUN  NN  compound 5  O
        5  decree   NOUN  NN  dobj     2  O
        6  with     ADP   IN  prep     2  O
        7  the      DET   DT  det      10 B-ORG
        8  Kestrel  PROPN NNP compound 10 I-ORG
        9  District PROPN NNP compound 10 I-ORG
        10 Court    PROPN NNP pobj     6  I-ORG
        11 .        PUNCT .   punct    2  O
        """,
    ))
    assert {r.body for r in release.resolutions} == {"Acme Corp."}


def test_the_clause_through_the_instrument_says_what_the_one_told_before_does():
    """"Zorvex signed an agreement with Kestrel. Through the agreement, Zorvex has acquired a
    license.": an opening "through" phrase frames the clause that says what the agreement does,
    as "under the terms of" does."""
    release = records(parse(
        "Zorvex signed an agreement with Kestrel . Through the agreement , Zorvex has acquired a license .",
        """
        0  Zorvex    PROPN NNP nsubj 1  B-ORG
        1  signed    VERB  VBD ROOT  1  O
        2  an        DET   DT  det   3  O
        3  agreement NOUN  NN  dobj  1  O
        4  with      ADP   IN  prep  3  O
        5  Kestrel   PROPN NNP pobj  4  B-ORG
        6  .         PUNCT .   punct 1  O
        7  Through   ADP   IN  prep  13 O
        8  the       DET   DT  det   9  O
        9  agreement NOUN  NN  pobj  7  O
        10 ,         PUNCT ,   punct 13 O
        11 Zorvex    PROPN NNP nsubj 13 B-ORG
        12 has       AUX   VBZ aux   13 O
        13 acquired  VERB  VBN ROOT  13 O
        14 a         DET   DT  det   15 O
        15 license   NOUN  NN  dobj  13 O
        16 .         PUNCT .   punct 13 O
        """,
    ))
    assert resolutions(release) == {("agreement", "Zorvex; Kestrel", None, "Zorvex has acquired a license")}


def test_an_opening_today_does_not_date_a_chain_of_verbs_inside_a_reported_clause():
    """Near miss: "Today Zorvex announced that Kestrel paid a fine and entered into an agreement
    with Beta Inc.": "today" dates the report; the reported entry keeps its own, untold time."""
    release = records(parse(
        "Today Zorvex announced that Kestrel paid a fine and entered into an agreement with Beta Inc.",
        """
        0  Today     NOUN  NN  npadvmod 2  B-DATE
        1  Zorvex    PROPN NNP nsubj    2  B-ORG
        2  announced VERB  VBD ROOT     2  O
        3  that      SCONJ IN  mark     5  O
        4  Kestrel   PROPN NNP nsubj    5  B-ORG
        5  paid      VERB  VBD ccomp    2  O
        6  a         DET   DT  det      7  O
        7  fine      NOUN  NN  dobj     5  O
        8  and       CCONJ CC  cc       5  O
        9  entered   VERB  VBD conj     5  O
        10 into      ADP   IN  prep     9  O
        11 an        DET   DT  det      12 O
        12 agreement NOUN  NN  pobj     10 O
        13 with      ADP   IN  prep     12 O
        14 Beta      PROPN NNP compound 15 B-ORG
        15 Inc.      PROPN NNP pobj     13 I-ORG
        """,
        published="2017-05-22",
    ))
    assert {(r.body, r.date) for r in release.resolutions} == {("Kestrel; Beta Inc.", None)}


def test_plural_resolutions_on_a_list_of_subjects_are_one_record_per_subject():
    """"adopted resolutions on A, B and C": three resolutions, told apart by subject."""
    release = records(parse(
        "The United Nations General Assembly adopted resolutions on water governance, ocean health and migration.",
        """
        0  The         DET   DT   det      4  B-ORG
        1  United      PROPN NNP  compound 2  I-ORG
        2  Nations     PROPN NNP  compound 4  I-ORG
        3  General     PROPN NNP  compound 4  I-ORG
        4  Assembly    PROPN NNP  nsubj    5  I-ORG
        5  adopted     VERB  VBD  ROOT     5  O
        6  resolutions NOUN  NNS  dobj     5  O
        7  on          ADP   IN   prep     6  O
        8  water       NOUN  NN   compound 9  O
        9  governance  NOUN  NN   pobj     7  O
        10 ,           PUNCT ,    punct    9  O
        11 ocean       NOUN  NN   compound 12 O
        12 health      NOUN  NN   conj     9  O
        13 and         CCONJ CC   cc       12 O
        14 migration   NOUN  NN   conj     12 O
        15 .           PUNCT .    punct    5  O
        """,
    ))
    assert {(kind, subject) for kind, _, _, subject in resolutions(release)} == {
        ("resolution", "water governance"),
        ("resolution", "ocean health"),
        ("resolution", "migration"),
    }


def test_a_singular_resolution_on_two_subjects_stays_one_record():
    """Near miss: "a resolution on peace and security" is one resolution about both."""
    release = records(parse(
        "The United Nations General Assembly adopted a resolution on peace and security.",
        """
        0  The         DET   DT   det      4  B-ORG
        1  United      PROPN NNP  compound 2  I-ORG
        2  Nations     PROPN NNP  compound 4  I-ORG
        3  General     PROPN NNP  compound 4  I-ORG
        4  Assembly    PROPN NNP  nsubj    5  I-ORG
        5  adopted     VERB  VBD  ROOT     5  O
        6  a           DET   DT   det      7  O
        7  resolution  NOUN  NN   dobj     5  O
        8  on          ADP   IN   prep     7  O
        9  peace       NOUN  NN   pobj     8  O
        10 and         CCONJ CC   cc       9  O
        11 security    NOUN  NN   conj     9  O
        12 .           PUNCT .    punct    5  O
        """,
    ))
    assert {(kind, subject) for kind, _, _, subject in resolutions(release)} == {("resolution", "peace and security")}


def test_executive_orders_with_two_numbers_are_two_records_named_by_number():
    """"signed Executive Orders 14001 and 14002": two executive orders, each its number."""
    release = records(parse(
        "The President signed Executive Orders 14001 and 14002.",
        """
        0 The       DET   DT   det      1 O
        1 President PROPN NNP  nsubj    2 O
        2 signed    VERB  VBD  ROOT     2 O
        3 Executive PROPN NNP  compound 4 O
        4 Orders    PROPN NNPS dobj     2 O
        5 14001     NUM   CD   nummod   4 O
        6 and       CCONJ CC   cc       5 O
        7 14002     NUM   CD   conj     5 O
        8 .         PUNCT .    punct    2 O
        """,
    ))
    assert {(kind, subject) for kind, _, _, subject in resolutions(release)} == {
        ("executive order", "Executive Order 14001"),
        ("executive order", "Executive Order 14002"),
    }


def test_agreements_on_x_on_y_and_on_z_are_one_record_per_repeated_preposition():
    """"signed agreements on energy, on security and on health": the later "on" phrases hang
    from the verb in the parse; still three agreements, one per subject."""
    release = records(parse(
        "Kenya and Uganda signed agreements on energy, on security and on health.",
        """
        0  Kenya      PROPN NNP nsubj 3  B-GPE
        1  and        CCONJ CC  cc    0  O
        2  Uganda     PROPN NNP conj  0  B-GPE
        3  signed     VERB  VBD ROOT  3  O
        4  agreements NOUN  NNS dobj  3  O
        5  on         ADP   IN  prep  4  O
        6  energy     NOUN  NN  pobj  5  O
        7  ,          PUNCT ,   punct 3  O
        8  on         ADP   IN  prep  3  O
        9  security   NOUN  NN  pobj  8  O
        10 and        CCONJ CC  cc    8  O
        11 on         ADP   IN  conj  8  O
        12 health     NOUN  NN  pobj  11 O
        13 .          PUNCT .   punct 3  O
        """,
    ))
    assert resolutions(release) == {
        ("agreement", "Kenya; Uganda", None, "energy"),
        ("agreement", "Kenya; Uganda", None, "security"),
        ("agreement", "Kenya; Uganda", None, "health"),
    }


def test_the_buyer_of_a_letter_of_intent_to_be_acquired_is_a_party():
    """"A signed a Letter of Intent to be acquired by B": the parser hangs the clause on "Letter",
    the first noun of the kind's name; the acquirer B is still a party."""
    release = records(parse(
        "Acme Corp. signed a Letter of Intent to be acquired by Beta Holdings Ltd.",
        """
        0  Acme      PROPN NNP  compound 1  B-ORG
        1  Corp.     PROPN NNP  nsubj    2  I-ORG
        2  signed    VERB  VBD  ROOT     2  O
        3  a         DET   DT   det      4  O
        4  Letter    PROPN NNP  dobj     2  O
        5  of        ADP   IN   prep     4  O
        6  Intent    PROPN NNP  pobj     5  O
        7  to        PART  TO   aux      9  O
        8  be        AUX   VB   auxpass  9  O
        9  acquired  VERB  VBN  relcl    4  O
        10 by        ADP   IN   agent    9  O
        11 Beta      PROPN NNP  compound 13 B-ORG
        12 Holdings  PROPN NNPS compound 13 I-ORG
        13 Ltd.      PROPN NNP  pobj     10 I-ORG
        """,
    ))
    assert resolutions(release) == {("letter of intent", "Acme Corp.; Beta Holdings Ltd.", None, "be acquired by Beta Holdings Ltd.")}


def test_an_executive_order_named_as_the_means_of_a_dated_act_is_issued_then():
    """"On June 26, 2008, by Executive Order 13466, the President declared a national emergency":
    the order is issued by that act, alone (no body), on its date."""
    release = records(parse(
        "On June 26, 2008, by Executive Order 13466, the President declared a national emergency.",
        """
        0  On        ADP   IN  prep     13 O
        1  June      PROPN NNP pobj     0  B-DATE
        2  26        NUM   CD  nummod   1  I-DATE
        3  ,         PUNCT ,   punct    1  I-DATE
        4  2008      NUM   CD  nummod   1  I-DATE
        5  ,         PUNCT ,   punct    13 O
        6  by        ADP   IN  prep     13 O
        7  Executive PROPN NNP compound 8  O
        8  Order     PROPN NNP pobj     6  O
        9  13466     NUM   CD  nummod   8  O
        10 ,         PUNCT ,   punct    13 O
        11 the       DET   DT  det      12 O
        12 President PROPN NNP nsubj    13 O
        13 declared  VERB  VBD ROOT     13 O
        14 a         DET   DT  det      16 O
        15 national  ADJ   JJ  amod     16 O
        16 emergency NOUN  NN  dobj     13 O
        17 .         PUNCT .   punct    13 O
        """,
    ))
    assert resolutions(release) == {("executive order", None, "2008-06-26", "declared a national emergency")}


def test_an_executive_order_as_the_agent_of_a_passive_is_only_cited():
    """Near miss: "the national emergency declared by Executive Order 13466 continues" cites it."""
    release = records(parse(
        "The national emergency declared by Executive Order 13466 continues.",
        """
        0 The       DET   DT  det      2 O
        1 national  ADJ   JJ  amod     2 O
        2 emergency NOUN  NN  nsubj    8 O
        3 declared  VERB  VBN acl      2 O
        4 by        ADP   IN  agent    3 O
        5 Executive PROPN NNP compound 6 O
        6 Order     PROPN NNP pobj     4 O
        7 13466     NUM   CD  nummod   6 O
        8 continues VERB  VBZ ROOT     8 O
        9 .         PUNCT .   punct    8 O
        """,
    ))
    assert release.resolutions == []


def test_a_numbered_order_whose_number_the_parse_made_its_head_is_still_issued():
    """"On May 6, 1995, the President issued Executive Order 12959, imposing sanctions": the parse
    hangs "Order" on the number as a compound; the number's verb issues the order."""
    release = records(parse(
        "On May 6, 1995, the President issued Executive Order 12959, imposing sanctions.",
        """
        0  On        ADP   IN  prep     8  O
        1  May       PROPN NNP pobj     0  B-DATE
        2  6         NUM   CD  nummod   1  I-DATE
        3  ,         PUNCT ,   punct    1  I-DATE
        4  1995      NUM   CD  nummod   1  I-DATE
        5  ,         PUNCT ,   punct    8  O
        6  the       DET   DT  det      7  O
        7  President PROPN NNP nsubj    8  O
        8  issued    VERB  VBD ROOT     8  O
        9  Executive PROPN NNP compound 10 O
        10 Order     PROPN NNP compound 11 O
        11 12959     NUM   CD  dobj     8  O
        12 ,         PUNCT ,   punct    8  O
        13 imposing  VERB  VBG advcl    8  O
        14 sanctions NOUN  NNS dobj     13 O
        15 .         PUNCT .   punct    8  O
        """,
    ))
    assert resolutions(release) == {("executive order", None, "1995-05-06", "imposing sanctions")}


def test_a_memorandum_heading_takes_its_subject_from_the_subject_line_not_the_addressee():
    """"MEMORANDUM FOR THE SECRETARY OF ENERGY / SUBJECT: Finding of a Supply Interruption": the
    memorandum the release opens with is issued on the release's date; "FOR" names who receives
    it, the "SUBJECT:" line what it is about."""
    release = records(parse(
        "MEMORANDUM FOR THE SECRETARY OF ENERGY\n\nSUBJECT: Finding of a Supply Interruption\n\nOil prices rose.",
        """
        0  MEMORANDUM   PROPN NNP ROOT     0  O
        1  FOR          ADP   IN  prep     0  O
        2  THE          DET   DT  det      3  O
        3  SECRETARY    PROPN NNP pobj     1  O
        4  OF           ADP   IN  prep     3  O
        5  ENERGY       PROPN NNP pobj     4  O
        6  \\n\\n         SPACE _SP dep      5  O
        7  SUBJECT      PROPN NNP ROOT     7  O
        8  :            PUNCT :   punct    7  O
        9  Finding      NOUN  NN  appos    7  O
        10 of           ADP   IN  prep     9  O
        11 a            DET   DT  det      13 O
        12 Supply       PROPN NNP compound 13 O
        13 Interruption PROPN NNP pobj     10 O
        14 \\n\\n         SPACE _SP dep      13 O
        15 Oil          NOUN  NN  compound 16 O
        16 prices       NOUN  NNS nsubj    17 O
        17 rose         VERB  VBD ROOT     17 O
        18 .            PUNCT .   punct    17 O
        """,
        published="2022-03-31",
    ))
    assert resolutions(release) == {("memorandum", None, "2022-03-31", "Finding of a Supply Interruption")}
