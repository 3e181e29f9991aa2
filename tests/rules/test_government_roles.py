"""Roles on government releases and in biography paragraphs (titles.py, roles.py) on hand-built
parses: offices named with their country ("U.S. Attorney"), judicial districts, units of the
investigating agencies, meeting readouts and career paragraphs."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import roles


def test_an_office_named_with_its_country_keeps_the_country_in_the_title():
    """"said U.S. Attorney Jane Q. Roe": "U.S. Attorney" is the office, not an attorney of the United States."""
    release = records(parse(
        '"It works," said U.S. Attorney Jane Q. Roe.',
        """
        0  "         PUNCT ``   punct     5   O
        1  It        PRON  PRP  nsubj     2   O
        2  works     VERB  VBZ  ccomp     5   O
        3  ,         PUNCT ,    punct     5   O
        4  "         PUNCT ''   punct     5   O
        5  said      VERB  VBD  ROOT      5   O
        6  U.S.      PROPN NNP  compound  7   B-GPE
        7  Attorney  PROPN NNP  compound  10  O
        8  Jane      PROPN NNP  compound  10  B-PERSON
        9  Q.        PROPN NNP  compound  10  I-PERSON
        10 Roe       PROPN NNP  nsubj     5   I-PERSON
        11 .         PUNCT .    punct     5   O
        """,
    ))
    assert roles(release) == {("Jane Q. Roe", "U.S. Attorney", None)}


def test_a_judge_named_before_in_the_district_holds_the_office_of_that_district():
    """"by U.S. District Judge Tom Poe in the Central District of Ohio": the district after "in" is the office's."""
    release = records(parse(
        "The case was heard by U.S. District Judge Tom Poe in the Central District of Ohio.",
        """
        0  The       DET   DT   det       1   O
        1  case      NOUN  NN   nsubjpass 3   O
        2  was       AUX   VBD  auxpass   3   O
        3  heard     VERB  VBN  ROOT      3   O
        4  by        ADP   IN   agent     3   O
        5  U.S.      PROPN NNP  compound  7   B-GPE
        6  District  PROPN NNP  compound  7   O
        7  Judge     PROPN NNP  compound  9   O
        8  Tom       PROPN NNP  compound  9   B-PERSON
        9  Poe       PROPN NNP  pobj      4   I-PERSON
        10 in        ADP   IN   prep      3   O
        11 the       DET   DT   det       13  B-LOC
        12 Central   PROPN NNP  compound  13  I-LOC
        13 District  PROPN NNP  pobj      10  I-LOC
        14 of        ADP   IN   prep      13  O
        15 Ohio      PROPN NNP  pobj      14  B-GPE
        16 .         PUNCT .    punct     3   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "U.S. District Judge", "Central District of Ohio")}


def test_a_district_closing_a_roster_line_is_the_jurisdiction_not_an_organization():
    """"Tom Poe, U.S. Attorney, Northern District of Iowa" on a roster line: the district attaches as a place."""
    release = records(parse(
        "Members of the committee:\n\nTom Poe, U.S. Attorney, Northern District of Iowa",
        """
        0  Members    NOUN  NNS  ROOT      0   O
        1  of         ADP   IN   prep      0   O
        2  the        DET   DT   det       3   O
        3  committee  NOUN  NN   pobj      1   O
        4  :          PUNCT :    punct     0   O
        5  \\n\\n       SPACE _SP  dep       4   O
        6  Tom        PROPN NNP  compound  7   B-PERSON
        7  Poe        PROPN NNP  ROOT      7   I-PERSON
        8  ,          PUNCT ,    punct     7   O
        9  U.S.       PROPN NNP  compound  10  B-GPE
        10 Attorney   PROPN NNP  appos     7   O
        11 ,          PUNCT ,    punct     10  O
        12 Northern   PROPN NNP  compound  13  B-LOC
        13 District   PROPN NNP  conj      10  I-LOC
        14 of         ADP   IN   prep      13  O
        15 Iowa       PROPN NNP  pobj      14  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "U.S. Attorney", "Northern District of Iowa")}
    assert "Northern District of Iowa" not in {o.name for o in release.organizations}


def test_a_unit_named_after_its_parents_acronym_in_parentheses_is_the_titles_organization():
    """"of the Federal Widget Administration (FWA) Springfield Division": the division, not the administration."""
    release = records(parse(
        "The case was investigated by Special Agent in Charge Tom Poe of the Federal Widget Administration (FWA) Springfield Division.",
        """
        0  The             DET   DT    det       1   O
        1  case            NOUN  NN    nsubjpass 3   O
        2  was             AUX   VBD   auxpass   3   O
        3  investigated    VERB  VBN   ROOT      3   O
        4  by              ADP   IN    agent     3   O
        5  Special         PROPN NNP   compound  6   O
        6  Agent           PROPN NNP   pobj      4   O
        7  in              ADP   IN    prep      6   O
        8  Charge          PROPN NNP   compound  10  O
        9  Tom             PROPN NNP   compound  10  B-PERSON
        10 Poe             PROPN NNP   pobj      7   I-PERSON
        11 of              ADP   IN    prep      10  O
        12 the             DET   DT    det       15  B-ORG
        13 Federal         PROPN NNP   compound  15  I-ORG
        14 Widget          PROPN NNP   compound  15  I-ORG
        15 Administration  PROPN NNP   pobj      11  I-ORG
        16 (               PUNCT -LRB- punct     15  O
        17 FWA             PROPN NNP   appos     15  O
        18 )               PUNCT -RRB- punct     3   O
        19 Springfield     PROPN NNP   compound  20  B-ORG
        20 Division        PROPN NNP   npadvmod  3   I-ORG
        21 .               PUNCT .     punct     3   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Springfield Division")}


def test_a_region_named_after_its_parents_acronym_in_parentheses_is_the_titles_organization():
    """"of the Federal Widget Administration (FWA) Springfield Region": "Region" heads the unit
    there (elsewhere a place word), and the region is the title's body."""
    release = records(parse(
        "The case was investigated by Special Agent in Charge Tom Poe of the Federal Widget Administration (FWA) Springfield Region.",
        """
        0  The             DET   DT    det       1   O
        1  case            NOUN  NN    nsubjpass 3   O
        2  was             AUX   VBD   auxpass   3   O
        3  investigated    VERB  VBN   ROOT      3   O
        4  by              ADP   IN    agent     3   O
        5  Special         PROPN NNP   compound  6   O
        6  Agent           PROPN NNP   pobj      4   O
        7  in              ADP   IN    prep      6   O
        8  Charge          PROPN NNP   compound  10  O
        9  Tom             PROPN NNP   compound  10  B-PERSON
        10 Poe             PROPN NNP   pobj      7   I-PERSON
        11 of              ADP   IN    prep      10  O
        12 the             DET   DT    det       15  B-ORG
        13 Federal         PROPN NNP   compound  15  I-ORG
        14 Widget          PROPN NNP   compound  15  I-ORG
        15 Administration  PROPN NNP   pobj      11  I-ORG
        16 (               PUNCT -LRB- punct     15  O
        17 FWA             PROPN NNP   appos     15  O
        18 )               PUNCT -RRB- punct     3   O
        19 Springfield     PROPN NNP   compound  20  B-GPE
        20 Region          PROPN NNP   npadvmod  3   O
        21 .               PUNCT .     punct     3   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Springfield Region")}


REGION_OF_PARSE = """
        0  Special         PROPN NNP   compound  1   O
        1  Agent           PROPN NNP   nsubj     15  O
        2  in              ADP   IN    prep      1   O
        3  Charge          PROPN NNP   compound  5   O
        4  Tom             PROPN NNP   compound  5   B-PERSON
        5  Poe             PROPN NNP   pobj      2   I-PERSON
        6  of              ADP   IN    prep      5   O
        7  the             DET   DT    det       9   O
        8  Springfield     PROPN NNP   compound  9   B-GPE
        9  {head:<15} PROPN NNP   pobj      6   O
        10 of              ADP   IN    prep      9   O
        11 the             DET   DT    det       14  B-ORG
        12 Federal         PROPN NNP   compound  14  I-ORG
        13 Widget          PROPN NNP   compound  14  I-ORG
        14 Administration  PROPN NNP   pobj      10  I-ORG
        15 spoke           VERB  VBD   ROOT      15  O
        16 .               PUNCT .     punct     15  O
        """


def test_a_region_named_before_of_and_a_body_is_the_titles_organization():
    """"Special Agent in Charge Tom Poe of the Springfield Region of the Federal Widget
    Administration": the region is a unit
    of the body after it, and the title's body."""
    release = records(parse(
        "Special Agent in Charge Tom Poe of the Springfield Region of the Federal Widget Administration spoke.",
        REGION_OF_PARSE.format(head="Region"),
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Springfield Region")}


def test_a_place_of_a_body_is_no_region_unit():
    """"Special Agent in Charge Tom Poe of the Springfield Area of the Federal Widget Administration":
    only "Region" names the
    unit; another place word makes no body of the place."""
    release = records(parse(
        "Special Agent in Charge Tom Poe of the Springfield Area of the Federal Widget Administration spoke.",
        REGION_OF_PARSE.format(head="Area"),
    ))
    assert "Springfield Area" not in {o.name for o in release.organizations}
    assert ("Tom Poe", "Special Agent in Charge", "Springfield Area") not in roles(release)


SET_OFF_UNIT_PARSE = """
        0  The             DET   DT    det       1   O
        1  case            NOUN  NN    nsubjpass 3   O
        2  was             AUX   VBD   auxpass   3   O
        3  investigated    VERB  VBN   ROOT      3   O
        4  by              ADP   IN    agent     3   O
        5  Special         PROPN NNP   compound  6   O
        6  Agent           PROPN NNP   pobj      4   O
        7  in              ADP   IN    prep      6   O
        8  Charge          PROPN NNP   compound  10  O
        9  Tom             PROPN NNP   compound  10  B-PERSON
        10 Poe             PROPN NNP   pobj      7   I-PERSON
        11 of              ADP   IN    prep      10  O
        12 the             DET   DT    det       15  B-ORG
        13 Federal         PROPN NNP   compound  15  I-ORG
        14 Widget          PROPN NNP   compound  15  I-ORG
        15 Administration  PROPN NNP   pobj      11  I-ORG
        16 (               PUNCT -LRB- punct     15  O
        17 FWA             PROPN NNP   appos     15  O
        18 )               PUNCT -RRB- punct     15  O
        19 ,               PUNCT ,     punct     15  O
        20 {w1:<15} PROPN NNP   compound  22  O
        21 {w2:<15} PROPN NNP   compound  22  O
        22 {w3:<15} PROPN NNP   conj      15  O
        23 .               PUNCT .     punct     3   O
        """


def test_a_field_unit_set_off_by_a_comma_after_its_parents_acronym_is_the_titles_organization():
    """"of the Federal Widget Administration (FWA), Springfield Regional Office.": the office set
    off after the acronym closes the phrase; it is the title's body."""
    release = records(parse(
        "The case was investigated by Special Agent in Charge Tom Poe of the Federal Widget Administration (FWA), Springfield Regional Office.",
        SET_OFF_UNIT_PARSE.format(w1="Springfield", w2="Regional", w3="Office"),
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Springfield Regional Office")}


def test_a_second_agency_after_an_acronym_and_a_comma_is_no_unit_of_the_first():
    """"of the Federal Widget Administration (FWA), Drug Gadget Administration.": a list of
    agencies, not a unit; the title keeps the first agency."""
    release = records(parse(
        "The case was investigated by Special Agent in Charge Tom Poe of the Federal Widget Administration (FWA), Drug Gadget Administration.",
        SET_OFF_UNIT_PARSE.format(w1="Drug", w2="Gadget", w3="Administration"),
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Federal Widget Administration")}


def test_the_appointment_of_a_titled_person_to_serve_as_a_title_is_that_persons():
    """"the appointments of U.S. Attorney for the District of Ohio Jane Roe to serve as Acting
    Director of ...": the object of "of" is a title; the person named within it holds the new one."""
    release = records(parse(
        "The Department today announced the appointments of U.S. Attorney for the District of Ohio Jane Roe to serve as Acting Director of the Federal Widget Bureau.",
        """
        0  The           DET   DT     det       1   O
        1  Department    PROPN NNP    nsubj     3   B-ORG
        2  today         NOUN  NN     npadvmod  3   B-DATE
        3  announced     VERB  VBD    ROOT      3   O
        4  the           DET   DT     det       5   O
        5  appointments  NOUN  NNS    dobj      3   O
        6  of            ADP   IN     prep      5   O
        7  U.S.          PROPN NNP    compound  8   B-GPE
        8  Attorney      PROPN NNP    pobj      6   O
        9  for           ADP   IN     prep      8   O
        10 the           DET   DT     det       11  O
        11 District      PROPN NNP    nmod      15  O
        12 of            ADP   IN     prep      11  O
        13 Ohio          PROPN NNP    pobj      12  O
        14 Jane          PROPN NNP    compound  15  B-PERSON
        15 Roe           PROPN NNP    pobj      9   I-PERSON
        16 to            PART  TO     aux       17  O
        17 serve         VERB  VB     relcl     5   O
        18 as            ADP   IN     prep      17  O
        19 Acting        PROPN NNP    compound  20  O
        20 Director      PROPN NNP    pobj      18  O
        21 of            ADP   IN     prep      20  O
        22 the           DET   DT     det       25  B-ORG
        23 Federal       PROPN NNP    compound  25  I-ORG
        24 Widget        PROPN NNP    compound  25  I-ORG
        25 Bureau        PROPN NNP    pobj      21  I-ORG
        26 .             PUNCT .      punct     3   O
        """,
    ))
    assert roles(release) == {
        ("Jane Roe", "U.S. Attorney", "District of Ohio"),
        ("Jane Roe", "Acting Director", "Federal Widget Bureau"),
    }


def test_a_district_after_the_last_of_titled_names_is_not_shared_with_a_title_that_has_its_own_complement():
    """"Assistant Attorney General for National Security Tom Poe and U.S. Attorney Jane Roe of the
    District of Ohio": the district is the U.S. Attorney's only."""
    release = records(parse(
        "The announcement was made by Assistant Attorney General for National Security Tom Poe and U.S. Attorney Jane Roe of the District of Ohio.",
        """
        0  The           DET   DT     det       1   O
        1  announcement  NOUN  NN     nsubjpass 3   O
        2  was           AUX   VBD    auxpass   3   O
        3  made          VERB  VBN    ROOT      3   O
        4  by            ADP   IN     agent     3   O
        5  Assistant     PROPN NNP    compound  7   O
        6  Attorney      PROPN NNP    compound  7   O
        7  General       PROPN NNP    pobj      4   O
        8  for           ADP   IN     prep      7   O
        9  National      PROPN NNP    compound  10  O
        10 Security      PROPN NNP    compound  12  O
        11 Tom           PROPN NNP    compound  12  B-PERSON
        12 Poe           PROPN NNP    pobj      8   I-PERSON
        13 and           CCONJ CC     cc        12  O
        14 U.S.          PROPN NNP    compound  15  B-GPE
        15 Attorney      PROPN NNP    compound  17  O
        16 Jane          PROPN NNP    compound  17  B-PERSON
        17 Roe           PROPN NNP    ROOT      17  I-PERSON
        18 of            ADP   IN     prep      17  O
        19 the           DET   DT     det       20  O
        20 District      PROPN NNP    pobj      18  O
        21 of            ADP   IN     prep      20  O
        22 Ohio          PROPN NNP    pobj      21  B-GPE
        23 .             PUNCT .      punct     17  O
        """,
    ))
    assert roles(release) == {
        ("Tom Poe", "Assistant Attorney General for National Security", None),
        ("Jane Roe", "U.S. Attorney", "District of Ohio"),
    }


def test_fields_joined_by_and_stay_in_the_title_when_the_second_opens_with_a_modifier_but_holds_no_head():
    """"Assistant Secretary of State for Oceans and International Environmental Affairs Jane Roe":
    "International ..." is one more field of the title, not a second title."""
    release = records(parse(
        "Assistant Secretary of State for Oceans and International Environmental Affairs Jane Roe spoke.",
        """
        0  Assistant      PROPN NNP    compound  1   O
        1  Secretary      PROPN NNP    nmod      11  O
        2  of             ADP   IN     prep      1   O
        3  State          PROPN NNP    pobj      2   B-ORG
        4  for            ADP   IN     prep      1   O
        5  Oceans         PROPN NNP    pobj      4   O
        6  and            CCONJ CC     cc        5   O
        7  International  PROPN NNP    compound  9   B-ORG
        8  Environmental  PROPN NNP    compound  9   I-ORG
        9  Affairs        PROPN NNPS   conj      1   I-ORG
        10 Jane           PROPN NNP    compound  11  B-PERSON
        11 Roe            PROPN NNP    nsubj     12  I-PERSON
        12 spoke          VERB  VBD    ROOT      12  O
        13 .              PUNCT .      punct     12  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Assistant Secretary of State for Oceans and International Environmental Affairs", None)}


def test_a_title_after_and_is_a_second_title_not_a_field():
    """"Minister of Trade and Foreign Minister": "Foreign Minister" holds a head, so it is a title of its own."""
    release = records(parse(
        "Jane Roe, Minister of Trade and Foreign Minister, spoke.",
        """
        0  Jane      PROPN NNP    compound  1   B-PERSON
        1  Roe       PROPN NNP    nsubj     10  I-PERSON
        2  ,         PUNCT ,      punct     1   O
        3  Minister  PROPN NNP    appos     1   O
        4  of        ADP   IN     prep      3   O
        5  Trade     PROPN NNP    pobj      4   O
        6  and       CCONJ CC     cc        5   O
        7  Foreign   PROPN NNP    compound  8   O
        8  Minister  PROPN NNP    conj      5   O
        9  ,         PUNCT ,      punct     1   O
        10 spoke     VERB  VBD    ROOT      10  O
        11 .         PUNCT .      punct     10  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Minister of Trade", None), ("Jane Roe", "Foreign Minister", None)}


def test_a_country_after_of_right_after_the_name_is_the_offices_jurisdiction():
    """A meeting readout: "met with Prime Minister Tom Poe of Estonia in Munich" -> Prime Minister of Estonia."""
    release = records(parse(
        "The Secretary met with Prime Minister Tom Poe of Estonia in Munich.",
        """
        0  The        DET   DT     det       1   O
        1  Secretary  PROPN NNP    nsubj     2   O
        2  met        VERB  VBD    ROOT      2   O
        3  with       ADP   IN     prep      2   O
        4  Prime      PROPN NNP    compound  5   O
        5  Minister   PROPN NNP    compound  7   O
        6  Tom        PROPN NNP    compound  7   B-PERSON
        7  Poe        PROPN NNP    pobj      3   I-PERSON
        8  of         ADP   IN     prep      7   O
        9  Estonia    PROPN NNP    pobj      8   B-GPE
        10 in         ADP   IN     prep      2   O
        11 Munich     PROPN NNP    pobj      10  B-GPE
        12 .          PUNCT .      punct     2   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Prime Minister", "Estonia")}


def test_a_district_ends_at_a_state_whose_possessive_lost_its_apostrophe():
    """"of the District of Ohios fraud team" (a scrape dropped the curly apostrophe; no unit named
    after it): the district is "District of Ohio"."""
    release = records(parse(
        "The case is prosecuted by Assistant U.S. Attorney Tom Poe of the District of Ohios fraud team.",
        """
        0  The         DET   DT     det       1   O
        1  case        NOUN  NN     nsubjpass 3   O
        2  is          AUX   VBZ    auxpass   3   O
        3  prosecuted  VERB  VBN    ROOT      3   O
        4  by          ADP   IN     agent     3   O
        5  Assistant   PROPN NNP    compound  7   O
        6  U.S.        PROPN NNP    compound  7   B-GPE
        7  Attorney    PROPN NNP    compound  9   O
        8  Tom         PROPN NNP    compound  9   B-PERSON
        9  Poe         PROPN NNP    pobj      4   I-PERSON
        10 of          ADP   IN     prep      9   O
        11 the         DET   DT     det       16  O
        12 District    PROPN NNP    nmod      16  O
        13 of          ADP   IN     prep      12  O
        14 Ohios       PROPN NNP    pobj      13  O
        15 fraud       NOUN  NN     compound  16  O
        16 team        NOUN  NN     pobj      10  O
        17 .           PUNCT .      punct     3   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Assistant U.S. Attorney", "District of Ohio")}


def test_a_biographys_pronoun_is_the_person_last_named_as_a_subject_not_the_nominator():
    """"Jane Roe was nominated ... by President Tom Poe ... she was General Counsel for ...": "she" is Jane Roe."""
    release = records(parse(
        "Jane Roe was nominated to the Commission by President Tom Poe in 2017. Before joining the Commission, she was General Counsel for the Senate Energy Committee.",
        """
        0  Jane        PROPN NNP    compound  1   B-PERSON
        1  Roe         PROPN NNP    nsubjpass 3   I-PERSON
        2  was         AUX   VBD    auxpass   3   O
        3  nominated   VERB  VBN    ROOT      3   O
        4  to          ADP   IN     prep      3   O
        5  the         DET   DT     det       6   O
        6  Commission  PROPN NNP    pobj      4   B-ORG
        7  by          ADP   IN     agent     3   O
        8  President   PROPN NNP    compound  10  O
        9  Tom         PROPN NNP    compound  10  B-PERSON
        10 Poe         PROPN NNP    pobj      7   I-PERSON
        11 in          ADP   IN     prep      3   O
        12 2017        NUM   CD     pobj      11  B-DATE
        13 .           PUNCT .      punct     3   O
        14 Before      ADP   IN     prep      20  O
        15 joining     VERB  VBG    pcomp     14  O
        16 the         DET   DT     det       17  O
        17 Commission  PROPN NNP    dobj      15  B-ORG
        18 ,           PUNCT ,      punct     20  O
        19 she         PRON  PRP    nsubj     20  O
        20 was         AUX   VBD    ROOT      20  O
        21 General     PROPN NNP    compound  22  B-ORG
        22 Counsel     PROPN NNP    attr      20  I-ORG
        23 for         ADP   IN     prep      20  O
        24 the         DET   DT     det       27  B-ORG
        25 Senate      PROPN NNP    compound  27  I-ORG
        26 Energy      PROPN NNP    compound  27  I-ORG
        27 Committee   PROPN NNP    pobj      23  I-ORG
        28 .           PUNCT .      punct     20  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "President", None), ("Jane Roe", "General Counsel", "Senate Energy Committee")}


def test_a_speaker_is_no_antecedent_of_the_biographys_next_pronoun():
    """"Jane Roe joins ... said Attorney General Tom Poe. She is a past president of ...": the speaker of "said" is skipped."""
    release = records(parse(
        'Jane Roe joins the office. "She is ready," said Attorney General Tom Poe. She is a past president of the Widget Society.',
        """
        0  Jane       PROPN NNP    compound  1   B-PERSON
        1  Roe        PROPN NNP    nsubj     2   I-PERSON
        2  joins      VERB  VBZ    ROOT      2   O
        3  the        DET   DT     det       4   O
        4  office     NOUN  NN     dobj      2   O
        5  .          PUNCT .      punct     2   O
        6  "          PUNCT ``     punct     12  O
        7  She        PRON  PRP    nsubj     8   O
        8  is         AUX   VBZ    ccomp     12  O
        9  ready      ADJ   JJ     acomp     8   O
        10 ,          PUNCT ,      punct     12  O
        11 "          PUNCT ''     punct     12  O
        12 said       VERB  VBD    ROOT      12  O
        13 Attorney   PROPN NNP    compound  14  O
        14 General    PROPN NNP    compound  16  O
        15 Tom        PROPN NNP    compound  16  B-PERSON
        16 Poe        PROPN NNP    nsubj     12  I-PERSON
        17 .          PUNCT .      punct     12  O
        18 She        PRON  PRP    nsubj     19  O
        19 is         AUX   VBZ    ROOT      19  O
        20 a          DET   DT     det       22  O
        21 past       ADJ   JJ     amod      22  O
        22 president  NOUN  NN     attr      19  O
        23 of         ADP   IN     prep      22  O
        24 the        DET   DT     det       26  B-ORG
        25 Widget     PROPN NNP    compound  26  I-ORG
        26 Society    PROPN NNP    pobj      23  I-ORG
        27 .          PUNCT .      punct     19  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Attorney General", None), ("Jane Roe", "president", "Widget Society")}


def test_a_bare_title_takes_the_body_of_the_nearest_later_title_in_its_chain():
    """"served as Managing Director and Head of Trade at Acme Bank and Vice President at Zentrix Media":
    Managing Director is of Acme Bank, not of the last title's body."""
    release = records(parse(
        "Jane Roe served as Managing Director and Head of Trade at Acme Bank and Vice President at Zentrix Media.",
        """
        0  Jane       PROPN NNP    compound  1   B-PERSON
        1  Roe        PROPN NNP    nsubj     2   I-PERSON
        2  served     VERB  VBD    ROOT      2   O
        3  as         ADP   IN     prep      2   O
        4  Managing   PROPN NNP    compound  5   O
        5  Director   PROPN NNP    pobj      3   O
        6  and        CCONJ CC     cc        5   O
        7  Head       PROPN NNP    conj      5   O
        8  of         ADP   IN     prep      7   O
        9  Trade      PROPN NNP    pobj      8   O
        10 at         ADP   IN     prep      5   O
        11 Acme       PROPN NNP    compound  12  B-ORG
        12 Bank       PROPN NNP    pobj      10  I-ORG
        13 and        CCONJ CC     cc        12  O
        14 Vice       PROPN NNP    compound  15  O
        15 President  PROPN NNP    conj      12  O
        16 at         ADP   IN     prep      2   O
        17 Zentrix    PROPN NNP    compound  18  B-ORG
        18 Media      PROPN NNP    pobj      16  I-ORG
        19 .          PUNCT .      punct     2   O
        """,
    ))
    assert roles(release) == {
        ("Jane Roe", "Managing Director", "Acme Bank"),
        ("Jane Roe", "Head of Trade", "Acme Bank"),
        ("Jane Roe", "Vice President", "Zentrix Media"),
    }


def test_a_qualified_leader_describes_the_person_and_is_no_office():
    """"Jane Roe is a demonstrated leader": a quality, not a title held."""
    release = records(parse(
        "Jane Roe is a demonstrated leader.",
        """
        0  Jane          PROPN NNP    compound  1   B-PERSON
        1  Roe           PROPN NNP    nsubj     2   I-PERSON
        2  is            AUX   VBZ    ROOT      2   O
        3  a             DET   DT     det       5   O
        4  demonstrated  ADJ   JJ     amod      5   O
        5  leader        NOUN  NN     attr      2   O
        6  .             PUNCT .      punct     2   O
        """,
    ))
    assert roles(release) == set()


def test_a_plain_leader_stays_a_role():
    """"Tom Poe was a leader in the gang": no qualifying word, the title stays."""
    release = records(parse(
        "Tom Poe was a leader in the gang.",
        """
        0  Tom     PROPN NNP    compound  1   B-PERSON
        1  Poe     PROPN NNP    nsubj     2   I-PERSON
        2  was     AUX   VBD    ROOT      2   O
        3  a       DET   DT     det       4   O
        4  leader  NOUN  NN     attr      2   O
        5  in      ADP   IN     prep      4   O
        6  the     DET   DT     det       7   O
        7  gang    NOUN  NN     pobj      5   O
        8  .       PUNCT .      punct     2   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "leader", None)}


def test_the_appointee_object_of_named_as_holds_the_title_not_the_subject():
    """"Attorney General Tom Poe named Jane Roe as Acting Deputy Attorney General": Jane Roe holds it."""
    release = records(parse(
        "Attorney General Tom Poe named Jane Roe as Acting Deputy Attorney General.",
        """
        0  Attorney  PROPN NNP  compound  1   O
        1  General   PROPN NNP  compound  3   O
        2  Tom       PROPN NNP  compound  3   B-PERSON
        3  Poe       PROPN NNP  nsubj     4   I-PERSON
        4  named     VERB  VBD  ROOT      4   O
        5  Jane      PROPN NNP  compound  6   B-PERSON
        6  Roe       PROPN NNP  dobj      4   I-PERSON
        7  as        ADP   IN   prep      4   O
        8  Acting    PROPN NNP  compound  11  O
        9  Deputy    PROPN NNP  compound  11  O
        10 Attorney  PROPN NNP  compound  11  O
        11 General   PROPN NNP  pobj      7   O
        12 .         PUNCT .    punct     4   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Attorney General", None), ("Jane Roe", "Acting Deputy Attorney General", None)}


def test_the_subject_of_named_does_not_hold_the_title_its_object_is_named_to():
    """"Attorney General Tom Poe named Jane Roe Acting Deputy Attorney General" (no "as"): the
    subject does not hold the title the object is named to."""
    release = records(parse(
        "Attorney General Tom Poe named Jane Roe Acting Deputy Attorney General.",
        """
        0  Attorney  PROPN NNP  compound  1   O
        1  General   PROPN NNP  compound  3   O
        2  Tom       PROPN NNP  compound  3   B-PERSON
        3  Poe       PROPN NNP  nsubj     4   I-PERSON
        4  named     VERB  VBD  ROOT      4   O
        5  Jane      PROPN NNP  compound  6   B-PERSON
        6  Roe       PROPN NNP  dobj      4   I-PERSON
        7  Acting    PROPN NNP  compound  10  O
        8  Deputy    PROPN NNP  compound  10  O
        9  Attorney  PROPN NNP  compound  10  O
        10 General   PROPN NNP  oprd      4   O
        11 .         PUNCT .    punct     4   O
        """,
    ))
    assert not any(person == "Tom Poe" and "Acting" in title for person, title, _ in roles(release))


def test_a_career_list_after_served_as_joins_its_titles_by_semicolons():
    """"has served as a partner with Acme Law LLP (2001-2009); First Assistant U.S. Attorney for the
    District of Ohio (1997-1998); and Assistant U.S. Attorney (1992-1994)": three roles, the "First"
    office kept beside the plain one."""
    release = records(parse(
        "Tom Poe has served as a partner with Acme Law LLP (2001-2009); First Assistant U.S. Attorney for the District of Ohio (1997-1998); and Assistant U.S. Attorney (1992-1994).",
        """
        0  Tom        PROPN NNP    compound  1   B-PERSON
        1  Poe        PROPN NNP    nsubj     3   I-PERSON
        2  has        AUX   VBZ    aux       3   O
        3  served     VERB  VBN    ROOT      3   O
        4  as         ADP   IN     prep      3   O
        5  a          DET   DT     det       6   O
        6  partner    NOUN  NN     pobj      4   O
        7  with       ADP   IN     prep      6   O
        8  Acme       PROPN NNP    compound  9   B-ORG
        9  Law        PROPN NNP    compound  10  I-ORG
        10 LLP        PROPN NNP    pobj      7   I-ORG
        11 (          PUNCT -LRB-  punct     10  O
        12 2001       NUM   CD     appos     10  B-DATE
        13 -          SYM   SYM    punct     14  I-DATE
        14 2009       NUM   CD     prep      12  I-DATE
        15 )          PUNCT -RRB-  punct     10  O
        16 ;          PUNCT :      punct     3   O
        17 First      PROPN NNP    compound  20  B-ORDINAL
        18 Assistant  PROPN NNP    compound  20  O
        19 U.S.       PROPN NNP    compound  20  B-GPE
        20 Attorney   PROPN NNP    conj      3   O
        21 for        ADP   IN     prep      20  O
        22 the        DET   DT     det       23  B-GPE
        23 District   PROPN NNP    pobj      21  I-GPE
        24 of         ADP   IN     prep      23  I-GPE
        25 Ohio       PROPN NNP    pobj      24  I-GPE
        26 (          PUNCT -LRB-  punct     23  O
        27 1997       NUM   CD     npadvmod  23  B-DATE
        28 -          SYM   SYM    punct     29  I-DATE
        29 1998       NUM   CD     prep      27  I-DATE
        30 )          PUNCT -RRB-  punct     20  O
        31 ;          PUNCT :      punct     20  O
        32 and        CCONJ CC     cc        20  O
        33 Assistant  PROPN NNP    compound  35  O
        34 U.S.       PROPN NNP    compound  35  B-GPE
        35 Attorney   PROPN NNP    conj      20  O
        36 (          PUNCT -LRB-  punct     35  O
        37 1992       NUM   CD     npadvmod  35  B-DATE
        38 -          SYM   SYM    punct     39  I-DATE
        39 1994       NUM   CD     prep      37  I-DATE
        40 )          PUNCT -RRB-  punct     35  O
        41 .          PUNCT .      punct     3   O
        """,
    ))
    assert roles(release) == {
        ("Tom Poe", "partner", "Acme Law LLP"),
        ("Tom Poe", "First Assistant U.S. Attorney", "District of Ohio"),
        ("Tom Poe", "Assistant U.S. Attorney", None),
    }


def test_a_judicial_district_after_in_closing_a_title_is_its_jurisdiction():
    """"Tom Poe was an Assistant U.S. Attorney in the Northern District of Ohio" -> of the Northern District of Ohio."""
    release = records(parse(
        "From 1994 to 1999, Tom Poe was an Assistant U.S. Attorney in the Northern District of Ohio.",
        """
        0  From       ADP   IN     prep      7   O
        1  1994       NUM   CD     pobj      0   B-DATE
        2  to         ADP   IN     prep      0   I-DATE
        3  1999       NUM   CD     pobj      2   I-DATE
        4  ,          PUNCT ,      punct     7   O
        5  Tom        PROPN NNP    compound  6   B-PERSON
        6  Poe        PROPN NNP    nsubj     7   I-PERSON
        7  was        AUX   VBD    ROOT      7   O
        8  an         DET   DT     det       11  O
        9  Assistant  PROPN NNP    compound  11  O
        10 U.S.       PROPN NNP    compound  11  B-GPE
        11 Attorney   PROPN NNP    attr      7   O
        12 in         ADP   IN     prep      11  O
        13 the        DET   DT     det       15  B-LOC
        14 Northern   PROPN NNP    compound  15  I-LOC
        15 District   PROPN NNP    pobj      12  I-LOC
        16 of         ADP   IN     prep      15  O
        17 Ohio       PROPN NNP    pobj      16  B-GPE
        18 .          PUNCT .      punct     7   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Assistant U.S. Attorney", "Northern District of Ohio")}


def test_a_title_after_a_semicolon_that_introduces_the_next_person_ends_the_apposition():
    """"Tom Poe, Special Agent in Charge of the Widget Field Office; and Inspector General Jane Roe":
    Tom Poe keeps his title; the one after ";" is Jane Roe's."""
    release = records(parse(
        "The announcement was made by Tom Poe, Special Agent in Charge of the Widget Field Office; and Inspector General Jane Roe of the Widget Bank.",
        """
        0  The           DET   DT     det       1   O
        1  announcement  NOUN  NN     nsubjpass 3   O
        2  was           AUX   VBD    auxpass   3   O
        3  made          VERB  VBN    ROOT      3   O
        4  by            ADP   IN     agent     3   O
        5  Tom           PROPN NNP    compound  6   B-PERSON
        6  Poe           PROPN NNP    pobj      4   I-PERSON
        7  ,             PUNCT ,      punct     6   O
        8  Special       PROPN NNP    compound  9   O
        9  Agent         PROPN NNP    appos     6   O
        10 in            ADP   IN     prep      9   O
        11 Charge        PROPN NNP    pobj      10  O
        12 of            ADP   IN     prep      11  O
        13 the           DET   DT     det       16  B-ORG
        14 Widget        PROPN NNP    compound  15  I-ORG
        15 Field         PROPN NNP    compound  16  I-ORG
        16 Office        PROPN NNP    pobj      12  I-ORG
        17 ;             PUNCT :      punct     3   O
        18 and           CCONJ CC     cc        3   O
        19 Inspector     PROPN NNP    compound  20  O
        20 General       PROPN NNP    compound  22  O
        21 Jane          PROPN NNP    compound  22  B-PERSON
        22 Roe           PROPN NNP    conj      3   I-PERSON
        23 of            ADP   IN     prep      22  O
        24 the           DET   DT     det       26  B-ORG
        25 Widget        PROPN NNP    compound  26  I-ORG
        26 Bank          PROPN NNP    pobj      23  I-ORG
        27 .             PUNCT .      punct     3   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Widget Field Office"), ("Jane Roe", "Inspector General", "Widget Bank")}


def test_a_body_set_off_by_comma_of_after_listed_names_is_their_titles():
    """"Trial Attorneys Ann Poe and Jane Roe, of the Widget Section.": both of the Widget Section."""
    release = records(parse(
        "This case is being prosecuted by Trial Attorneys Ann Poe and Jane Roe, of the Widget Section.",
        """
        0  This        DET   DT     det       1   O
        1  case        NOUN  NN     nsubjpass 4   O
        2  is          AUX   VBZ    aux       4   O
        3  being       AUX   VBG    auxpass   4   O
        4  prosecuted  VERB  VBN    ROOT      4   O
        5  by          ADP   IN     agent     4   O
        6  Trial       PROPN NNP    compound  7   O
        7  Attorneys   PROPN NNP    compound  9   O
        8  Ann         PROPN NNP    compound  9   B-PERSON
        9  Poe         PROPN NNP    pobj      5   I-PERSON
        10 and         CCONJ CC     cc        9   O
        11 Jane        PROPN NNP    compound  12  B-PERSON
        12 Roe         PROPN NNP    conj      9   I-PERSON
        13 ,           PUNCT ,      punct     9   O
        14 of          ADP   IN     prep      9   O
        15 the         DET   DT     det       17  B-ORG
        16 Widget      PROPN NNP    compound  17  I-ORG
        17 Section     PROPN NNP    pobj      14  I-ORG
        18 .           PUNCT .      punct     4   O
        """,
    ))
    assert roles(release) == {("Ann Poe", "Trial Attorney", "Widget Section"), ("Jane Roe", "Trial Attorney", "Widget Section")}


def test_a_former_before_a_place_before_a_title_leaves_the_place_its_jurisdiction():
    """"Former Ohio State Representative Tom Poe": "Former" dates the office; Ohio stays the jurisdiction."""
    release = records(parse(
        "Former Ohio State Representative Tom Poe was sentenced today.",
        """
        0  Former          ADJ   JJ     amod      3   O
        1  Ohio            PROPN NNP    compound  3   B-GPE
        2  State           PROPN NNP    compound  3   O
        3  Representative  PROPN NNP    compound  5   O
        4  Tom             PROPN NNP    compound  5   B-PERSON
        5  Poe             PROPN NNP    nsubjpass 7   I-PERSON
        6  was             AUX   VBD    auxpass   7   O
        7  sentenced       VERB  VBN    ROOT      7   O
        8  today           NOUN  NN     npadvmod  7   B-DATE
        9  .               PUNCT .      punct     7   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "State Representative", "Ohio")}


def test_a_unit_after_a_district_whose_possessive_lost_its_apostrophe_is_the_body():
    """"of the District of Ohios Special Prosecutions Division": the division, not the district."""
    release = records(parse(
        "Assistant U.S. Attorney Tom Poe of the District of Ohios Special Prosecutions Division is prosecuting the case.",
        """
        0  Assistant     PROPN NNP    compound  2   O
        1  U.S.          PROPN NNP    compound  2   B-GPE
        2  Attorney      PROPN NNP    compound  4   O
        3  Tom           PROPN NNP    compound  4   B-PERSON
        4  Poe           PROPN NNP    nsubj     14  I-PERSON
        5  of            ADP   IN     prep      4   O
        6  the           DET   DT     det       7   O
        7  District      PROPN NNP    pobj      5   O
        8  of            ADP   IN     prep      7   O
        9  Ohios         PROPN NNP    compound  12  O
        10 Special       PROPN NNP    compound  12  O
        11 Prosecutions  PROPN NNPS   compound  12  O
        12 Division      PROPN NNP    pobj      8   O
        13 is            AUX   VBZ    aux       14  O
        14 prosecuting   VERB  VBG    ROOT      14  O
        15 the           DET   DT     det       16  O
        16 case          NOUN  NN     dobj      14  O
        17 .             PUNCT .      punct     14  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Assistant U.S. Attorney", "Special Prosecutions Division")}


def test_an_office_named_with_its_country_takes_no_body_shared_from_the_next_name():
    """"Assistant U.S. Attorney Tom Poe and Trial Attorney Jane Roe of the Tax Division": the division is the trial attorney's only."""
    release = records(parse(
        "They thanked Assistant U.S. Attorney Tom Poe and Trial Attorney Jane Roe of the Tax Division.",
        """
        0  They       PRON  PRP    nsubj     1   O
        1  thanked    VERB  VBD    ROOT      1   O
        2  Assistant  PROPN NNP    compound  4   O
        3  U.S.       PROPN NNP    compound  4   B-GPE
        4  Attorney   PROPN NNP    compound  6   O
        5  Tom        PROPN NNP    compound  6   B-PERSON
        6  Poe        PROPN NNP    dobj      1   I-PERSON
        7  and        CCONJ CC     cc        6   O
        8  Trial      PROPN NNP    compound  9   O
        9  Attorney   PROPN NNP    compound  11  O
        10 Jane       PROPN NNP    compound  11  B-PERSON
        11 Roe        PROPN NNP    conj      6   I-PERSON
        12 of         ADP   IN     prep      11  O
        13 the        DET   DT     det       15  B-ORG
        14 Tax        PROPN NNP    compound  15  I-ORG
        15 Division   PROPN NNP    pobj      12  I-ORG
        16 .          PUNCT .      punct     1   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Assistant U.S. Attorney", None), ("Jane Roe", "Trial Attorney", "Tax Division")}


def test_a_plural_office_named_with_its_country_shares_the_body_after_its_list():
    """"Assistant U.S. Attorneys Ann Doe and Bob Moe of the Widget Section": one plural title over
    a list; the body after the last name is every listed person's."""
    release = records(parse(
        "Assistant U.S. Attorneys Ann Doe and Bob Moe of the Widget Section prosecuted the case.",
        """
        0  Assistant   PROPN NNP    compound  4   O
        1  U.S.        PROPN NNP    compound  4   B-GPE
        2  Attorneys   PROPN NNP    compound  4   O
        3  Ann         PROPN NNP    compound  4   B-PERSON
        4  Doe         PROPN NNP    nsubj     12  I-PERSON
        5  and         CCONJ CC     cc        4   O
        6  Bob         PROPN NNP    compound  7   B-PERSON
        7  Moe         PROPN NNP    conj      4   I-PERSON
        8  of          ADP   IN     prep      7   O
        9  the         DET   DT     det       11  B-ORG
        10 Widget      PROPN NNP    compound  11  I-ORG
        11 Section     PROPN NNP    pobj      8   I-ORG
        12 prosecuted  VERB  VBD    ROOT      12  O
        13 the         DET   DT     det       14  O
        14 case        NOUN  NN     dobj      12  O
        15 .           PUNCT .      punct     12  O
        """,
    ))
    assert roles(release) == {("Ann Doe", "Assistant U.S. Attorney", "Widget Section"), ("Bob Moe", "Assistant U.S. Attorney", "Widget Section")}


def test_the_class_named_after_a_service_membership_is_a_rank_in_that_service():
    """"X, a career member of the Senior Civil Service, class of Minister-Counselor": the class is a title X holds in the same service."""
    release = records(parse(
        "Jane Roe, a career member of the Senior Civil Service, class of Minister-Counselor, spoke.",
        """
        0  Jane       PROPN NNP  compound  1   B-PERSON
        1  Roe        PROPN NNP  nsubj     18  I-PERSON
        2  ,          PUNCT ,    punct     1   O
        3  a          DET   DT   det       5   O
        4  career     NOUN  NN   compound  5   O
        5  member     NOUN  NN   appos     1   O
        6  of         ADP   IN   prep      5   O
        7  the        DET   DT   det       10  B-ORG
        8  Senior     PROPN NNP  compound  10  I-ORG
        9  Civil      PROPN NNP  compound  10  I-ORG
        10 Service    PROPN NNP  pobj      6   I-ORG
        11 ,          PUNCT ,    punct     10  O
        12 class      NOUN  NN   appos     10  O
        13 of         ADP   IN   prep      12  O
        14 Minister   PROPN NNP  compound  16  O
        15 -          PUNCT HYPH punct     16  O
        16 Counselor  PROPN NNP  pobj      13  O
        17 ,          PUNCT ,    punct     1   O
        18 spoke      VERB  VBD  ROOT      18  O
        19 .          PUNCT .    punct     18  O
        """,
    ))
    assert ("Jane Roe", "Minister-Counselor", "Senior Civil Service") in roles(release)


def test_the_rank_held_with_a_service_membership_is_a_title_in_that_service():
    """"X is a career member of the Senior Civil Service with the rank of Career Minister": the rank is a title in that service."""
    release = records(parse(
        "John Doe is a career member of the Senior Civil Service with the rank of Career Minister.",
        """
        0  John      PROPN NNP compound  1   B-PERSON
        1  Doe       PROPN NNP nsubj     2   I-PERSON
        2  is        AUX   VBZ ROOT      2   O
        3  a         DET   DT  det       5   O
        4  career    NOUN  NN  compound  5   O
        5  member    NOUN  NN  attr      2   O
        6  of        ADP   IN  prep      5   O
        7  the       DET   DT  det       10  B-ORG
        8  Senior    PROPN NNP compound  10  I-ORG
        9  Civil     PROPN NNP compound  10  I-ORG
        10 Service   PROPN NNP pobj      6   I-ORG
        11 with      ADP   IN  prep      5   O
        12 the       DET   DT  det       13  O
        13 rank      NOUN  NN  pobj      11  O
        14 of        ADP   IN  prep      13  O
        15 Career    PROPN NNP compound  16  O
        16 Minister  PROPN NNP pobj      14  O
        17 .         PUNCT .   punct     2   O
        """,
    ))
    assert ("John Doe", "Career Minister", "Senior Civil Service") in roles(release)


def test_a_class_year_after_a_membership_is_no_rank():
    """"X, a member of the Alumni Board, class of 2010": a year is no rank title."""
    release = records(parse(
        "Jane Roe, a member of the Alumni Board, class of 2010, spoke.",
        """
        0  Jane    PROPN NNP compound  1   B-PERSON
        1  Roe     PROPN NNP nsubj     14  I-PERSON
        2  ,       PUNCT ,   punct     1   O
        3  a       DET   DT  det       4   O
        4  member  NOUN  NN  appos     1   O
        5  of      ADP   IN  prep      4   O
        6  the     DET   DT  det       8   B-ORG
        7  Alumni  PROPN NNP compound  8   I-ORG
        8  Board   PROPN NNP pobj      5   I-ORG
        9  ,       PUNCT ,   punct     8   O
        10 class   NOUN  NN  appos     8   O
        11 of      ADP   IN  prep      10  O
        12 2010    NUM   CD  pobj      11  B-DATE
        13 ,       PUNCT ,   punct     1   O
        14 spoke   VERB  VBD ROOT      14  O
        15 .       PUNCT .   punct     14  O
        """,
    ))
    assert {r[1] for r in roles(release)} == {"member"}


def test_a_post_followed_by_in_a_city_is_named_with_the_city():
    """"X was an Economic Officer at the U.S. Embassy in Lima, Peru": the post is the embassy in Lima (the country after the comma left out)."""
    release = records(parse(
        "Jane Roe was an Economic Officer at the U.S. Embassy in Lima, Peru.",
        """
        0  Jane      PROPN NNP compound  1   B-PERSON
        1  Roe       PROPN NNP nsubj     2   I-PERSON
        2  was       AUX   VBD ROOT      2   O
        3  an        DET   DT  det       5   O
        4  Economic  PROPN NNP compound  5   O
        5  Officer   PROPN NNP attr      2   O
        6  at        ADP   IN  prep      5   O
        7  the       DET   DT  det       9   B-ORG
        8  U.S.      PROPN NNP compound  9   I-ORG
        9  Embassy   PROPN NNP pobj      6   I-ORG
        10 in        ADP   IN  prep      9   O
        11 Lima      PROPN NNP pobj      10  B-GPE
        12 ,         PUNCT ,   punct     11  O
        13 Peru      PROPN NNP appos     11  B-GPE
        14 .         PUNCT .   punct     2   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Economic Officer", "U.S. Embassy in Lima")}


def test_a_body_that_is_no_post_keeps_its_name_before_in_a_city():
    """"X was an Economic Officer at the Trade Council in Lima": only a diplomatic post takes the city into its name."""
    release = records(parse(
        "Jane Roe was an Economic Officer at the Trade Council in Lima.",
        """
        0  Jane      PROPN NNP compound  1   B-PERSON
        1  Roe       PROPN NNP nsubj     2   I-PERSON
        2  was       AUX   VBD ROOT      2   O
        3  an        DET   DT  det       5   O
        4  Economic  PROPN NNP compound  5   O
        5  Officer   PROPN NNP attr      2   O
        6  at        ADP   IN  prep      5   O
        7  the       DET   DT  det       9   B-ORG
        8  Trade     PROPN NNP compound  9   I-ORG
        9  Council   PROPN NNP pobj      6   I-ORG
        10 in        ADP   IN  prep      9   O
        11 Lima      PROPN NNP pobj      10  B-GPE
        12 .         PUNCT .   punct     2   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Economic Officer", "Trade Council")}


def test_ad_interim_set_off_by_commas_closes_the_title_before_its_post():
    """"X will serve as Chargé d’Affaires, ad interim, at the U.S. Embassy in Lima": "ad interim" set off by commas belongs to the title, and the post after it is its organization."""
    release = records(parse(
        "Jane Roe will serve as Chargé d’Affaires, ad interim, at the U.S. Embassy in Lima.",
        """
        0  Jane         PROPN NNP compound  1   B-PERSON
        1  Roe          PROPN NNP nsubj     3   I-PERSON
        2  will         AUX   MD  aux       3   O
        3  serve        VERB  VB  ROOT      3   O
        4  as           ADP   IN  prep      3   O
        5  Chargé       PROPN NNP compound  6   O
        6  d’Affaires   NOUN  NNS pobj      4   O
        7  ,            PUNCT ,   punct     6   O
        8  ad           NOUN  NN  compound  9   O
        9  interim      NOUN  NN  appos     6   O
        10 ,            PUNCT ,   punct     6   O
        11 at           ADP   IN  prep      3   O
        12 the          DET   DT  det       14  B-ORG
        13 U.S.         PROPN NNP compound  14  I-ORG
        14 Embassy      PROPN NNP pobj      11  I-ORG
        15 in           ADP   IN  prep      14  O
        16 Lima         PROPN NNP pobj      15  B-GPE
        17 .            PUNCT .   punct     3   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chargé d’Affaires, ad interim", "U.S. Embassy in Lima")}


def test_a_title_set_off_after_a_name_whose_suffix_period_the_tokenizer_split_is_the_persons():
    """A proclamation: "I, JANE ROE JR., President of Estonia, do hereby proclaim": the tokenizer
    splits "JR." into "JR" and "."; the title after the comma is still in apposition to the name."""
    release = records(parse(
        "I, JANE ROE JR., President of Estonia, do hereby proclaim this day.",
        """
        0  I          PRON  PRP    nsubj     12  O
        1  ,          PUNCT ,      punct     0   O
        2  JANE       PROPN NNP    compound  4   B-PERSON
        3  ROE        PROPN NNP    compound  4   I-PERSON
        4  JR         PROPN NNP    appos     0   I-PERSON
        5  .          PUNCT .      punct     4   O
        6  ,          PUNCT ,      punct     0   O
        7  President  PROPN NNP    appos     0   O
        8  of         ADP   IN     prep      7   O
        9  Estonia    PROPN NNP    pobj      8   B-GPE
        10 ,          PUNCT ,      punct     12  O
        11 do         AUX   VBP    aux       12  O
        12 hereby     ADV   RB     advmod    13  O
        13 proclaim   VERB  VB     ROOT      13  O
        14 this       DET   DT     det       15  O
        15 day        NOUN  NN     dobj      13  O
        16 .          PUNCT .      punct     13  O
        """,
    ))
    assert roles(release) == {("JANE ROE JR", "President", "Estonia")}


SIGNED_ORDER = """
        0  By         ADP   IN     prep      10  O
        1  the        DET   DT     det       2   O
        2  authority  NOUN  NN     pobj      0   O
        3  vested     VERB  VBN    acl       2   O
        4  in         ADP   IN     prep      3   O
        5  me         PRON  PRP    pobj      4   O
        6  as         ADP   IN     prep      3   O
        7  {title:<10} PROPN NNP    pobj      6   O
        8  ,          PUNCT ,      punct     10  O
        9  it         PRON  PRP    nsubjpass 10  O
        10 is         AUX   VBZ    ROOT      10  O
        11 ordered    VERB  VBN    acomp     10  O
        12 .          PUNCT .      punct     10  O
        13 \\n\\n     SPACE _SP    dep       12  O
        14 JANE       PROPN NNP    compound  15  B-PERSON
        15 ROE        PROPN NNP    ROOT      15  I-PERSON
        16 .          PUNCT .      punct     15  O
        """


def test_the_title_vested_in_me_as_in_a_signed_order_is_its_signers():
    """An executive order: "By the authority vested in me as President ..., it is ordered." signed
    "JANE ROE." on a line of its own: "me" is the signer, who holds the title."""
    release = records(parse(
        "By the authority vested in me as President, it is ordered.\n\nJANE ROE.",
        SIGNED_ORDER.format(title="President"),
    ))
    assert roles(release) == {("JANE ROE", "President", None)}


def test_me_as_a_title_in_a_text_no_name_closes_is_no_role():
    """Near miss: "vested in me as President" with no signature line under the text: no one to
    hold the title."""
    release = records(parse(
        "By the authority vested in me as President, it is ordered.",
        "\n".join(SIGNED_ORDER.format(title="President").strip().splitlines()[:13]),
    ))
    assert roles(release) == set()



def test_a_title_after_comma_and_that_introduces_the_next_person_ends_the_apposition_not_the_list():
    """"Tom Poe, head of the Widget Division, and Estonian Ambassador Jane Roe signed": Poe is head
    of the Widget Division; the ambassador's title, after ", and", opens the next item."""
    release = records(parse(
        "Tom Poe, head of the Widget Division, and Estonian Ambassador Jane Roe signed.",
        """
        0  Tom        PROPN NNP    compound  1   B-PERSON
        1  Poe        PROPN NNP    nsubj     14  I-PERSON
        2  ,          PUNCT ,      punct     1   O
        3  head       NOUN  NN     appos     1   O
        4  of         ADP   IN     prep      3   O
        5  the        DET   DT     det       7   B-ORG
        6  Widget     PROPN NNP    compound  7   I-ORG
        7  Division   PROPN NNP    pobj      4   I-ORG
        8  ,          PUNCT ,      punct     1   O
        9  and        CCONJ CC     cc        1   O
        10 Estonian   ADJ   JJ     amod      11  B-NORP
        11 Ambassador PROPN NNP    compound  13  O
        12 Jane       PROPN NNP    compound  13  B-PERSON
        13 Roe        PROPN NNP    conj      1   I-PERSON
        14 signed     VERB  VBD    ROOT      14  O
        15 .          PUNCT .      punct     14  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "head", "Widget Division"), ("Jane Roe", "Ambassador", "Estonia")}



LOST_OWNER_PARSE = """
        0  Special        PROPN NNP  compound  3   O
        1  Agent          PROPN NNP  compound  3   O
        2  in             ADP   IN   prep      1   O
        3  Charge         PROPN NNP  compound  5   O
        4  Tom            PROPN NNP  compound  5   B-PERSON
        5  Poe            PROPN NNP  nsubj     20  I-PERSON
        6  of             ADP   IN   prep      5   O
        7  U.S.           PROPN NNP  compound  8   B-ORG
        8  Immigration    PROPN NNP  pobj      6   I-ORG
        9  and            CCONJ CC   cc        8   I-ORG
        10 Customs        PROPN NNP  compound  11  I-ORG
        11 Enforcements   PROPN NNP  compound  14  I-ORG
        12 Homeland       PROPN NNP  compound  14  I-ORG
        13 Security       PROPN NNP  compound  14  I-ORG
        14 Investigations PROPN NNP  conj      8   I-ORG
        15 (              PUNCT -LRB- punct    16  O
        16 {acronym:<14} PROPN NNP  appos     14  B-ORG
        17 )              PUNCT -RRB- punct    16  O
        18 in             ADP   IN   prep      14  O
        19 Houston        PROPN NNP  pobj      18  B-GPE
        20 spoke          VERB  VBD  ROOT      20  O
        21 .              PUNCT .    punct     20  O
        """


def test_the_unit_after_a_known_body_whose_possessive_lost_its_apostrophe_is_the_titles_body():
    """"Special Agent in Charge Tom Poe of U.S. Immigration and Customs Enforcements Homeland
    Security Investigations (HSI) in Houston": the source lost the apostrophe of "Enforcement's";
    the acronym's long form starts after the owner, and the unit is the title's body."""
    release = records(parse(
        "Special Agent in Charge Tom Poe of U.S. Immigration and Customs Enforcements Homeland Security Investigations (HSI) in Houston spoke.",
        LOST_OWNER_PARSE.format(acronym="HSI"),
    ))
    assert roles(release) == {("Tom Poe", "Special Agent in Charge", "Homeland Security Investigations")}


def test_as_well_as_before_a_titled_name_gives_the_subject_no_title():
    """"Jane Roe commended the agents, as well as Trial Attorney Tom Poe": the last "as" of
    "as well as" joins the titled name to what was commended; Jane Roe holds no title by it."""
    release = records(parse(
        "Jane Roe commended the agents, as well as Trial Attorney Tom Poe.",
        """
        0  Jane       PROPN NNP  compound  1   B-PERSON
        1  Roe        PROPN NNP  nsubj     2   I-PERSON
        2  commended  VERB  VBD  ROOT      2   O
        3  the        DET   DT   det       4   O
        4  agents     NOUN  NNS  dobj      2   O
        5  ,          PUNCT ,    punct     4   O
        6  as         ADV   RB   advmod    8   O
        7  well       ADV   RB   advmod    8   O
        8  as         ADP   IN   prep      2   O
        9  Trial      PROPN NNP  compound  10  O
        10 Attorney   PROPN NNP  compound  12  O
        11 Tom        PROPN NNP  compound  12  B-PERSON
        12 Poe        PROPN NNP  pobj      8   I-PERSON
        13 .          PUNCT .    punct     2   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Trial Attorney", None)}


FROM_BODY_PARSE = """
        0  Trial           PROPN NNP   compound  1   O
        1  Attorney        PROPN NNP   compound  3   O
        2  Tom             PROPN NNP   compound  3   B-PERSON
        3  Poe             PROPN NNP   nsubj     9   I-PERSON
        4  from            ADP   IN    prep      3   O
        5  the             DET   DT    det       8   B-ORG
        6  Widget          PROPN NNP   compound  8   I-ORG
        7  Fraud           PROPN NNP   compound  8   I-ORG
        8  Section         PROPN NNP   pobj      4   I-ORG
        9  {verb:<15} {pos:<5} {tag:<5} {dep:<9} {head:<3} O
        10 {last:<15} NOUN  NN    dobj      9   O
        11 .               PUNCT .     punct     9   O
        """


def test_a_body_after_from_right_after_the_name_is_the_titles_organization():
    """"Trial Attorney Tom Poe from the Widget Fraud Section prosecuted the case": the body after
    "from", closing the phrase before the verb, is the title's."""
    release = records(parse(
        "Trial Attorney Tom Poe from the Widget Fraud Section prosecuted cases.",
        FROM_BODY_PARSE.format(verb="prosecuted", pos="VERB", tag="VBD", dep="ROOT", head=9, last="cases"),
    ))
    assert roles(release) == {("Tom Poe", "Trial Attorney", "Widget Fraud Section")}


def test_a_body_after_from_that_opens_a_longer_phrase_is_not_the_titles_organization():
    """"Trial Attorney Tom Poe from the Widget Fraud Section staff cases": the body does not close
    the phrase after "from" (a noun follows), so it is not said to be the title's."""
    release = records(parse(
        "Trial Attorney Tom Poe from the Widget Fraud Section staff cases.",
        FROM_BODY_PARSE.format(verb="staff", pos="NOUN", tag="NN", dep="ROOT", head=9, last="cases"),
    ))
    assert ("Tom Poe", "Trial Attorney", "Widget Fraud Section") not in roles(release)


def test_as_well_as_after_served_as_gives_the_second_title_too():
    """"Tom Poe served as Counsel, as well as Deputy Director": "as well as" joins a second title
    to the "as" said of Tom Poe; he holds both."""
    release = records(parse(
        "Tom Poe served as Counsel, as well as Deputy Director.",
        """
        0  Tom        PROPN NNP  compound  1   B-PERSON
        1  Poe        PROPN NNP  nsubj     2   I-PERSON
        2  served     VERB  VBD  ROOT      2   O
        3  as         ADP   IN   prep      2   O
        4  Counsel    PROPN NNP  pobj      3   O
        5  ,          PUNCT ,    punct     4   O
        6  as         ADV   RB   advmod    8   O
        7  well       ADV   RB   advmod    8   O
        8  as         ADP   IN   cc        4   O
        9  Deputy     PROPN NNP  compound  10  O
        10 Director   PROPN NNP  conj      4   O
        11 .          PUNCT .    punct     2   O
        """,
    ))
    assert {("Tom Poe", "Counsel", None), ("Tom Poe", "Deputy Director", None)} <= roles(release)


READOUT_PAIR_PARSE = """
        0  {det:<9} DET   DT   det       1   O
        1  Secretary PROPN NNP  nmod      5   O
        2  and       CCONJ CC   cc        1   O
        3  Foreign   PROPN NNP  compound  4   O
        4  Minister  PROPN NNP  conj      1   O
        5  Roe       PROPN NNP  nsubj     6   B-PERSON
        6  agreed    VERB  VBD  ROOT      6   O
        7  .         PUNCT .    punct     6   O
        """


def test_a_bare_title_opening_the_sentence_with_the_before_and_names_another_person():
    """"The Secretary and Foreign Minister Roe agreed.": "The Secretary" is the release's principal,
    a second person; Roe holds only "Foreign Minister"."""
    release = records(parse("The Secretary and Foreign Minister Roe agreed.", READOUT_PAIR_PARSE.format(det="The")))
    assert roles(release) == {("Roe", "Foreign Minister", None)}


def test_bare_titles_joined_before_a_name_without_an_opening_the_are_both_the_names():
    """"Secretary and Foreign Minister Roe agreed.": no "The" sets the first title apart, so both
    are Roe's (the near miss of the rule above)."""
    release = records(parse("A Secretary and Foreign Minister Roe agreed.", READOUT_PAIR_PARSE.format(det="A")))
    assert roles(release) == {("Roe", "Secretary", None), ("Roe", "Foreign Minister", None)}
