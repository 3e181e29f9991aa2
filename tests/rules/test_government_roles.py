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
