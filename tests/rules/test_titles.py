"""Titles (pipeline/extraction/components/titles.py) on hand-built parses, read through the
role records they give: what stays in a title ("Secretary of State", "Ambassador to Costa
Rica", "Senior Director for Africa") and what it attaches to (a place or body before it, an
"of/for/at" complement naming a body, country or district, a body set off by commas)."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import roles


def test_a_state_before_a_title_is_its_jurisdiction():
    """"Ohio Governor": a place pre-modifying the title attaches to it."""
    release = records(parse(
        "Ohio Governor Mike DeWine opened the meeting.",
        """
        0 Ohio     PROPN NNP compound 1 B-GPE
        1 Governor PROPN NNP compound 3 O
        2 Mike     PROPN NNP compound 3 B-PERSON
        3 DeWine   PROPN NNP nsubj    4 I-PERSON
        4 opened   VERB  VBD ROOT     4 O
        5 the      DET   DT  det      6 O
        6 meeting  NOUN  NN  dobj     4 O
        7 .        PUNCT .   punct    4 O
        """,
    ))
    assert roles(release) == {("Mike DeWine", "Governor", "Ohio")}


def test_a_complement_naming_no_body_stays_in_the_title_and_a_country_after_it_attaches():
    """"Minister of Labour of Luxembourg": "of Labour" is a portfolio, "of Luxembourg" the jurisdiction."""
    release = records(parse(
        "Minister of Labour of Luxembourg, Georges Mischo, opened the meeting.",
        """
        0  Minister   PROPN NNP nsubj    9  O
        1  of         ADP   IN  prep     0  O
        2  Labour     PROPN NNP pobj     1  O
        3  of         ADP   IN  prep     2  O
        4  Luxembourg PROPN NNP pobj     3  B-GPE
        5  ,          PUNCT ,   punct    0  O
        6  Georges    PROPN NNP compound 7  B-PERSON
        7  Mischo     PROPN NNP appos    0  I-PERSON
        8  ,          PUNCT ,   punct    0  O
        9  opened     VERB  VBD ROOT     9  O
        10 the        DET   DT  det      11 O
        11 meeting    NOUN  NN  dobj     9  O
        12 .          PUNCT .   punct    9  O
        """,
    ))
    assert roles(release) == {("Georges Mischo", "Minister of Labour", "Luxembourg")}


def test_a_possessive_country_before_a_title_is_its_jurisdiction_not_the_body_after_to():
    """"Costa Rica's Permanent Representative to the OECD": the country holds the post; the OECD is where it is held."""
    release = records(parse(
        "I want to recognize Manuel Tovar, Costa Rica's Permanent Representative to the OECD, for his dedication.",
        """
        0  I              PRON  PRP  nsubj    1  O
        1  want           VERB  VBP  ROOT     1  O
        2  to             PART  TO   aux      3  O
        3  recognize      VERB  VB   xcomp    1  O
        4  Manuel         PROPN NNP  compound 5  B-PERSON
        5  Tovar          PROPN NNP  dobj     3  I-PERSON
        6  ,              PUNCT ,    punct    5  O
        7  Costa          PROPN NNP  compound 8  B-GPE
        8  Rica           PROPN NNP  poss     11 I-GPE
        9  's             PART  POS  case     8  I-GPE
        10 Permanent      PROPN NNP  compound 11 B-ORG
        11 Representative PROPN NNP  appos    5  I-ORG
        12 to             ADP   IN   prep     3  O
        13 the            DET   DT   det      14 O
        14 OECD           PROPN NNP  pobj     12 B-ORG
        15 ,              PUNCT ,    punct    3  O
        16 for            ADP   IN   prep     3  O
        17 his            PRON  PRP$ poss     18 O
        18 dedication     NOUN  NN   pobj     16 O
        19 .              PUNCT .    punct    1  O
        """,
    ))
    assert roles(release) == {("Manuel Tovar", "Permanent Representative", "Costa Rica")}


def test_a_posting_to_a_country_stays_in_the_title():
    """"Ambassador to Costa Rica": the posting is part of the title and attaches nothing."""
    release = records(parse(
        "Jane Roe, Ambassador to Costa Rica, spoke.",
        """
        0 Jane       PROPN NNP compound 1 B-PERSON
        1 Roe        PROPN NNP nsubj    8 I-PERSON
        2 ,          PUNCT ,   punct    1 O
        3 Ambassador PROPN NNP appos    1 O
        4 to         ADP   IN  prep     3 O
        5 Costa      PROPN NNP compound 6 B-GPE
        6 Rica       PROPN NNP pobj     4 I-GPE
        7 ,          PUNCT ,   punct    1 O
        8 spoke      VERB  VBD ROOT     8 O
        9 .          PUNCT .   punct    8 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Ambassador to Costa Rica", None)}


def test_a_region_after_for_stays_in_the_title_and_at_names_the_body():
    """"the Senior Director for Africa at the National Security Council": a continent is a portfolio, "at ORG" the body."""
    release = records(parse(
        "Monica Medina, the Senior Director for Africa at the National Security Council, attended.",
        """
        0  Monica   PROPN NNP compound 1  B-PERSON
        1  Medina   PROPN NNP nsubj    14 I-PERSON
        2  ,        PUNCT ,   punct    1  O
        3  the      DET   DT  det      5  O
        4  Senior   PROPN NNP compound 5  O
        5  Director PROPN NNP appos    1  O
        6  for      ADP   IN  prep     5  O
        7  Africa   PROPN NNP pobj     6  B-LOC
        8  at       ADP   IN  prep     5  O
        9  the      DET   DT  det      12 B-ORG
        10 National PROPN NNP compound 12 I-ORG
        11 Security PROPN NNP compound 12 I-ORG
        12 Council  PROPN NNP pobj     8  I-ORG
        13 ,        PUNCT ,   punct    1  O
        14 attended VERB  VBD ROOT     14 O
        15 .        PUNCT .   punct    14 O
        """,
    ))
    assert roles(release) == {("Monica Medina", "Senior Director for Africa", "National Security Council")}


def test_a_judicial_district_after_for_is_the_jurisdiction_and_the_country_stays_in_the_title():
    """"U.S. Attorney for the Eastern District of New York": the district wins over the country before the title."""
    release = records(parse(
        "Jane Roe, U.S. Attorney for the Eastern District of New York, spoke.",
        """
        0  Jane     PROPN NNP compound 1  B-PERSON
        1  Roe      PROPN NNP nsubj    13 I-PERSON
        2  ,        PUNCT ,   punct    1  O
        3  U.S.     PROPN NNP compound 4  B-GPE
        4  Attorney PROPN NNP appos    1  O
        5  for      ADP   IN  prep     4  O
        6  the      DET   DT  det      8  B-LOC
        7  Eastern  PROPN NNP compound 8  I-LOC
        8  District PROPN NNP pobj     5  I-LOC
        9  of       ADP   IN  prep     8  O
        10 New      PROPN NNP compound 11 B-GPE
        11 York     PROPN NNP pobj     9  I-GPE
        12 ,        PUNCT ,   punct    1  O
        13 spoke    VERB  VBD ROOT     13 O
        14 .        PUNCT .   punct    13 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "U.S. Attorney", "Eastern District of New York")}


def test_a_body_set_off_by_commas_after_a_title_is_its_organization():
    """"Robin Field, Professor of Law, University of Somewhere": a signature line's body closes the phrase."""
    release = records(parse(
        "Robin Field, Professor of Law, University of Somewhere, spoke.",
        """
        0  Robin      PROPN NNP compound 1  B-PERSON
        1  Field      PROPN NNP nsubj    11 I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Professor  PROPN NNP appos    1  O
        4  of         ADP   IN  prep     3  O
        5  Law        PROPN NNP pobj     4  B-ORG
        6  ,          PUNCT ,   punct    5  I-ORG
        7  University PROPN NNP conj     3  I-ORG
        8  of         ADP   IN  prep     7  I-ORG
        9  Somewhere  PROPN NNP pobj     8  I-ORG
        10 ,          PUNCT ,   punct    1  O
        11 spoke      VERB  VBD ROOT     11 O
        12 .          PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == {("Robin Field", "Professor of Law", "University of Somewhere")}
    assert [o.name for o in release.organizations] == ["University of Somewhere"]


def test_words_of_a_title_the_model_tags_org_are_no_organization():
    """The model tags "Social Development" ORG inside "Commissioner for Health, ..., and Social Development"."""
    doc = parse(
        "The Commissioner for Health, Humanitarian Affairs, and Social Development spoke.",
        """
        0  The          DET   DT   det      1  O
        1  Commissioner PROPN NNP  nsubj    11 O
        2  for          ADP   IN   prep     1  O
        3  Health       PROPN NNP  pobj     2  O
        4  ,            PUNCT ,    punct    3  O
        5  Humanitarian PROPN NNP  compound 6  O
        6  Affairs      PROPN NNPS conj     3  O
        7  ,            PUNCT ,    punct    6  O
        8  and          CCONJ CC   cc       6  O
        9  Social       PROPN NNP  compound 10 B-ORG
        10 Development  PROPN NNP  conj     6  I-ORG
        11 spoke        VERB  VBD  ROOT     11 O
        12 .            PUNCT .    punct    11 O
        """,
    )
    assert [e.text for e in doc.ents] == ["Social Development"]
    assert records(doc).organizations == []


def test_a_short_form_the_release_defines_for_a_title_is_a_title():
    """"Administrative Law Judge (ALJ)" defines a title: "ALJ Jane Roe" is Jane Roe, the ALJ."""
    release = records(parse(
        "An Administrative Law Judge (ALJ) heard the case. ALJ Jane Roe ruled.",
        """
        0  An             DET   DT    det      3  O
        1  Administrative PROPN NNP   compound 2  O
        2  Law            PROPN NNP   compound 3  O
        3  Judge          PROPN NNP   nsubj    7  O
        4  (              PUNCT -LRB- punct    3  O
        5  ALJ            PROPN NNP   appos    3  O
        6  )              PUNCT -RRB- punct    3  O
        7  heard          VERB  VBD   ROOT     7  O
        8  the            DET   DT    det      9  O
        9  case           NOUN  NN    dobj     7  O
        10 .              PUNCT .     punct    7  O
        11 ALJ            PROPN NNP   compound 13 O
        12 Jane           PROPN NNP   compound 13 B-PERSON
        13 Roe            PROPN NNP   nsubj    14 I-PERSON
        14 ruled          VERB  VBD   ROOT     14 O
        15 .              PUNCT .     punct    14 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "ALJ", None)}
    assert release.organizations == []


def test_a_coined_name_the_model_tags_org_before_a_possessive_title_is_its_organization():
    """"UPCX's Chief Marketing Officer": a short coined name closed by a possessive is the employer."""
    release = records(parse(
        "Jane Roe is UPCX's Chief Marketing Officer.",
        """
        0 Jane      PROPN NNP compound 1 B-PERSON
        1 Roe       PROPN NNP nsubj    2 I-PERSON
        2 is        AUX   VBZ ROOT     2 O
        3 UPCX      PROPN NNP poss     7 B-ORG
        4 's        PART  POS case     3 O
        5 Chief     PROPN NNP compound 7 O
        6 Marketing PROPN NNP compound 7 O
        7 Officer   PROPN NNP attr     2 O
        8 .         PUNCT .   punct    2 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Marketing Officer", "UPCX")}


def test_a_coined_name_the_model_calls_org_before_a_title_is_its_organization_not_part_of_it():
    """"said ZetaWorks CEO Jane Roe": the capitalized word the title swallowed is a coined name the
    model tags ORG, so it is the title's body ("CEO" of "ZetaWorks"), not "ZetaWorks CEO"."""
    release = records(parse(
        "“We grow,” said ZetaWorks CEO Jane Roe.",
        """
        0  “          PUNCT ``  punct    5  O
        1  We         PRON  PRP nsubj    2  O
        2  grow       VERB  VBP ccomp    5  O
        3  ,          PUNCT ,   punct    5  O
        4  ”          PUNCT ''  punct    5  O
        5  said       VERB  VBD ROOT     5  O
        6  ZetaWorks  PROPN NNP compound 7  B-ORG
        7  CEO        PROPN NNP compound 9  O
        8  Jane       PROPN NNP compound 9  B-PERSON
        9  Roe        PROPN NNP nsubj    5  I-PERSON
        10 .          PUNCT .   punct    5  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "ZetaWorks")}


def test_a_name_the_model_calls_person_but_no_person_rule_keeps_closes_a_leaders_of_phrase_as_body():
    """"Jane Roe, Founder of Brindle Strategy, spoke": the model tags the company PERSON, the person
    rules drop it (it ends in a common noun), and it closes "Founder of ..." as its body."""
    release = records(parse(
        "Jane Roe, Founder of Brindle Strategy, spoke today.",
        """
        0  Jane       PROPN NNP compound 1  B-PERSON
        1  Roe        PROPN NNP nsubj    8  I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Founder    PROPN NNP appos    1  O
        4  of         ADP   IN  prep     3  O
        5  Brindle    PROPN NNP compound 6  B-PERSON
        6  Strategy   PROPN NNP pobj     4  I-PERSON
        7  ,          PUNCT ,   punct    1  O
        8  spoke      VERB  VBD ROOT     8  O
        9  today      NOUN  NN  npadvmod 8  B-DATE
        10 .          PUNCT .   punct    8  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Founder", "Brindle Strategy")}


def test_a_place_that_starts_a_bodys_name_after_of_is_not_the_jurisdiction():
    """"Past President of Texas ACOFP": the state runs on into a body's name (an acronym), so the
    body is the organization, not "Texas"."""
    release = records(parse(
        "Jane Roe, Past President of Texas ACOFP, spoke today.",
        """
        0  Jane       PROPN NNP compound 1  B-PERSON
        1  Roe        PROPN NNP nsubj    9  I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Past       PROPN NNP compound 4  O
        4  President  PROPN NNP appos    1  O
        5  of         ADP   IN  prep     4  O
        6  Texas      PROPN NNP compound 7  B-GPE
        7  ACOFP      PROPN NNP pobj     5  O
        8  ,          PUNCT ,   punct    1  O
        9  spoke      VERB  VBD ROOT     9  O
        10 today      NOUN  NN  npadvmod 9  B-DATE
        11 .          PUNCT .   punct    9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Past President", "Texas ACOFP")}


def test_a_place_after_of_followed_by_a_name_the_model_missed_stays_the_jurisdiction():
    """"Governor of Texas Jane Poe said": the words after the state are no body's name (no head
    word, acronym or ORG tag; the model tagged no person), so the state is the jurisdiction."""
    release = records(parse(
        "Governor of Texas Jane Poe said so.",
        """
        0  Governor   PROPN NNP compound 4  O
        1  of         ADP   IN  prep     0  O
        2  Texas      PROPN NNP pobj     1  B-GPE
        3  Jane       PROPN NNP compound 4  O
        4  Poe        PROPN NNP nsubj    5  O
        5  said       VERB  VBD ROOT     5  O
        6  so         ADV   RB  advmod   5  O
        7  .          PUNCT .   punct    5  O
        """,
    ))
    assert roles(release) == {("Jane Poe", "Governor", "Texas")}


def test_a_board_or_committee_after_on_is_the_titles_organization_but_a_field_is_not():
    """"Co-Chair on the Audit Committee" (FACTS.md: a seat on a body) attaches the committee;
    "Advisor on Climate" attaches nothing."""
    release = records(parse(
        "Jane Roe, Co-Chair on the Audit Committee, and Tom Poe, Advisor on Climate, spoke.",
        """
        0  Jane       PROPN NNP compound 1  B-PERSON
        1  Roe        PROPN NNP nsubj    19 I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Co         PROPN NNP compound 5  O
        4  -          PUNCT HYPH punct   5  O
        5  Chair      PROPN NNP appos    1  O
        6  on         ADP   IN  prep     5  O
        7  the        DET   DT  det      9  B-ORG
        8  Audit      PROPN NNP compound 9  I-ORG
        9  Committee  PROPN NNP pobj     6  I-ORG
        10 ,          PUNCT ,   punct    1  O
        11 and        CCONJ CC  cc       1  O
        12 Tom        PROPN NNP compound 13 B-PERSON
        13 Poe        PROPN NNP conj     1  I-PERSON
        14 ,          PUNCT ,   punct    13 O
        15 Advisor    PROPN NNP appos    13 O
        16 on         ADP   IN  prep     15 O
        17 Climate    PROPN NNP pobj     16 O
        18 ,          PUNCT ,   punct    13 O
        19 spoke      VERB  VBD ROOT     19 O
        20 .          PUNCT .   punct    19 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Co-Chair", "Audit Committee"), ("Tom Poe", "Advisor", None)}


def test_a_lower_case_field_between_a_rank_and_the_head_is_part_of_the_title():
    """"founder and chief brand officer of Brindle & Poe": "brand" between "chief" and "officer"
    stays in the title, so both coordinated titles reach the body after "of"."""
    release = records(parse(
        "Jane Roe, founder and chief brand officer of Brindle Works, spoke.",
        """
        0  Jane       PROPN NNP compound 1  B-PERSON
        1  Roe        PROPN NNP nsubj    12 I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  founder    NOUN  NN  appos    1  O
        4  and        CCONJ CC  cc       3  O
        5  chief      ADJ   JJ  amod     7  O
        6  brand      NOUN  NN  compound 7  O
        7  officer    NOUN  NN  conj     3  O
        8  of         ADP   IN  prep     3  O
        9  Brindle    PROPN NNP compound 10 B-ORG
        10 Works      PROPN NNP pobj     8  I-ORG
        11 ,          PUNCT ,   punct    1  O
        12 spoke      VERB  VBD ROOT     12 O
        13 .          PUNCT .   punct    12 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Brindle Works"), ("Jane Roe", "chief brand officer", "Brindle Works")}


def test_a_former_before_a_field_word_does_not_join_the_title():
    """"Tom Poe, a former product manager for Brindle Works": "former" is no rank that takes a
    field, so the title stays "manager" (its field word is not read into it)."""
    release = records(parse(
        "Tom Poe, a former product manager at Brindle Works, sued.",
        """
        0  Tom        PROPN NNP compound 1  B-PERSON
        1  Poe        PROPN NNP nsubj    11 I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  a          DET   DT  det      6  O
        4  former     ADJ   JJ  amod     6  O
        5  product    NOUN  NN  compound 6  O
        6  manager    NOUN  NN  appos    1  O
        7  at         ADP   IN  prep     6  O
        8  Brindle    PROPN NNP compound 9  B-ORG
        9  Works      PROPN NNP pobj     7  I-ORG
        10 ,          PUNCT ,   punct    1  O
        11 sued       VERB  VBD ROOT     11 O
        12 .          PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == {("Tom Poe", "manager", "Brindle Works")}


def test_a_brand_written_lower_case_first_after_of_is_the_body():
    """"Co-Head of zetaWorks Capital": a coined name with a capital inside, though it starts
    lower-case, names the body the coordinated titles hold office in."""
    release = records(parse(
        "Jane Roe, Co-Founder and Co-Head of zetaWorks Capital.",
        """
        0  Jane       PROPN NNP compound 1  B-PERSON
        1  Roe        PROPN NNP ROOT     1  I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Co         PROPN NNP compound 5  O
        4  -          PUNCT HYPH punct   5  O
        5  Founder    PROPN NNP appos    1  O
        6  and        CCONJ CC  cc       5  O
        7  Co         PROPN NNP compound 9  O
        8  -          PUNCT HYPH punct   9  O
        9  Head       PROPN NNP conj     5  O
        10 of         ADP   IN  prep     9  O
        11 zetaWorks  PROPN NNP compound 12 O
        12 Capital    PROPN NNP pobj     10 O
        13 .          PUNCT .   punct    1  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Co-Founder", "zetaWorks Capital"), ("Jane Roe", "Co-Head", "zetaWorks Capital")}


def test_a_name_the_model_calls_a_place_closing_a_leaders_of_phrase_is_the_body():
    """"Jane Roe, founder of Mountain Brindle.": no place list knows the name the model tags GPE,
    so after a title that leads a body it is the body, not a jurisdiction or part of the title."""
    release = records(parse(
        "“We are proud,” said Jane Roe, founder of Mountain Brindle.",
        """
        0  “        PUNCT ``   punct     6   O
        1  We       PRON  PRP  nsubj     2   O
        2  are      AUX   VBP  ccomp     6   O
        3  proud    ADJ   JJ   acomp     2   O
        4  ,        PUNCT ,    punct     6   O
        5  ”        PUNCT ''   punct     6   O
        6  said     VERB  VBD  ROOT      6   O
        7  Jane     PROPN NNP  compound  8   B-PERSON
        8  Roe      PROPN NNP  nsubj     6   I-PERSON
        9  ,        PUNCT ,    punct     8   O
        10 founder  NOUN  NN   appos     8   O
        11 of       ADP   IN   prep      10  O
        12 Mountain PROPN NNP  compound  13  B-GPE
        13 Brindle  PROPN NNP  pobj      11  I-GPE
        14 .        PUNCT .    punct     6   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Mountain Brindle")}


def test_a_chief_officers_of_name_followed_by_since_is_the_body():
    """"Tom Poe has been the Chief Financial Officer of Brindlex since 2019": a chief officer leads
    a body; the name closing its "of" phrase before "since" is that body."""
    release = records(parse(
        "Tom Poe has been the Chief Financial Officer of Brindlex since 2019.",
        """
        0  Tom       PROPN NNP  compound  1   B-PERSON
        1  Poe       PROPN NNP  nsubj     3   I-PERSON
        2  has       AUX   VBZ  aux       3   O
        3  been      AUX   VBN  ROOT      3   O
        4  the       DET   DT   det       7   O
        5  Chief     PROPN NNP  compound  7   O
        6  Financial PROPN NNP  compound  7   O
        7  Officer   PROPN NNP  attr      3   O
        8  of        ADP   IN   prep      7   O
        9  Brindlex  PROPN NNP  pobj      8   B-NORP
        10 since     SCONJ IN   prep      3   O
        11 2019      NUM   CD   pobj      10  B-DATE
        12 .         PUNCT .    punct     3   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Chief Financial Officer", "Brindlex")}


def test_a_country_after_a_leaders_of_stays_the_jurisdiction():
    """"Jane Roe, President of France.": a name a place list knows is the jurisdiction."""
    release = records(parse(
        "Jane Roe, President of France, spoke.",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP nsubj    7  I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  President PROPN NNP appos    1  O
        4  of        ADP   IN  prep     3  O
        5  France    PROPN NNP pobj     4  B-GPE
        6  ,         PUNCT ,   punct    1  O
        7  spoke     VERB  VBD ROOT     7  O
        8  .         PUNCT .   punct    7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "France")}


def test_a_name_the_model_tags_org_after_a_fields_for_is_the_body():
    """"Jane Roe, Director of External Affairs for Brindlecom.": the field stays in the title, the
    company after "for" is its organization."""
    release = records(parse(
        "“We agree,” said Jane Roe, Director of External Affairs for Brindlecom.",
        """
        0  “          PUNCT ``   punct     5   O
        1  We         PRON  PRP  nsubj     2   O
        2  agree      VERB  VBP  ccomp     5   O
        3  ,          PUNCT ,    punct     5   O
        4  ”          PUNCT ''   punct     5   O
        5  said       VERB  VBD  ROOT      5   O
        6  Jane       PROPN NNP  compound  7   B-PERSON
        7  Roe        PROPN NNP  nsubj     5   I-PERSON
        8  ,          PUNCT ,    punct     7   O
        9  Director   PROPN NNP  appos     7   O
        10 of         ADP   IN   prep      9   O
        11 External   PROPN NNP  compound  12  B-ORG
        12 Affairs    PROPN NNPS pobj      10  I-ORG
        13 for        ADP   IN   prep      7   O
        14 Brindlecom PROPN NNP  pobj      13  B-ORG
        15 .          PUNCT .    punct     5   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Director of External Affairs", "Brindlecom")}


def test_a_field_the_model_tags_org_after_for_stays_in_the_title():
    """"Tom Poe, Senior Director for Western Affairs": a portfolio word makes it a field, not a body."""
    release = records(parse(
        "Tom Poe, Senior Director for Western Affairs, spoke.",
        """
        0  Tom      PROPN NNP  compound  1   B-PERSON
        1  Poe      PROPN NNP  nsubj     9   I-PERSON
        2  ,        PUNCT ,    punct     1   O
        3  Senior   PROPN NNP  compound  4   O
        4  Director PROPN NNP  appos     1   O
        5  for      ADP   IN   prep      4   O
        6  Western  PROPN NNP  compound  7   B-ORG
        7  Affairs  PROPN NNPS pobj      5   I-ORG
        8  ,        PUNCT ,    punct     1   O
        9  spoke    VERB  VBD  ROOT      9   O
        10 .        PUNCT .    punct     9   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Senior Director for Western Affairs", None)}


def test_the_initials_of_an_organization_before_a_title_name_that_organization():
    """"BIPC President Jane Roe" where the release names "Brindle Innovation Partnership Corp." and
    never defines "BIPC": the initials are that organization's."""
    release = records(parse(
        "Brindle Innovation Partnership Corp. invested. BIPC President Jane Roe said so.",
        """
        0  Brindle     PROPN NNP  compound  3   B-ORG
        1  Innovation  PROPN NNP  compound  3   I-ORG
        2  Partnership PROPN NNP  compound  3   I-ORG
        3  Corp.       PROPN NNP  nsubj     4   I-ORG
        4  invested    VERB  VBD  ROOT      4   O
        5  .           PUNCT .    punct     4   O
        6  BIPC        PROPN NNP  compound  7   O
        7  President   PROPN NNP  compound  9   O
        8  Jane        PROPN NNP  compound  9   B-PERSON
        9  Roe         PROPN NNP  nsubj     10  I-PERSON
        10 said        VERB  VBD  ROOT      10  O
        11 so          ADV   RB   advmod    10  O
        12 .           PUNCT .    punct     10  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Brindle Innovation Partnership Corp.")}


def test_a_firm_named_for_people_after_partner_with_is_the_body():
    """"Tom Poe, partner with Brindle Sonsini; and ...": a name the person rules took, closing a
    title's "with" phrase, is the firm."""
    release = records(parse(
        "Tom Poe, partner with Brindle Sonsini; and Ann Lee spoke.",
        """
        0  Tom      PROPN NNP compound 1  B-PERSON
        1  Poe      PROPN NNP nsubj    11 I-PERSON
        2  ,        PUNCT ,   punct    1  O
        3  partner  NOUN  NN  appos    1  O
        4  with     ADP   IN  prep     3  O
        5  Brindle  PROPN NNP compound 6  B-PERSON
        6  Sonsini  PROPN NNP pobj     4  I-PERSON
        7  ;        PUNCT :   punct    1  O
        8  and      CCONJ CC  cc       1  O
        9  Ann      PROPN NNP compound 10 B-PERSON
        10 Lee      PROPN NNP conj     1  I-PERSON
        11 spoke    VERB  VBD ROOT     11 O
        12 .        PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == {("Tom Poe", "partner", "Brindle Sonsini")}


def test_a_list_of_fields_after_for_is_no_body():
    """"Assistant Secretary for Career, Technical, and Adult Education": the model's ORG over the
    first items of a list of fields names no body."""
    release = records(parse(
        "Jane Roe, Assistant Secretary for Career, Technical, and Adult Education, spoke.",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP nsubj    15 I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  Assistant PROPN NNP compound 4  O
        4  Secretary PROPN NNP appos    1  O
        5  for       ADP   IN  prep     4  O
        6  Career    PROPN NNP pobj     5  B-ORG
        7  ,         PUNCT ,   punct    6  I-ORG
        8  Technical PROPN NNP conj     6  I-ORG
        9  ,         PUNCT ,   punct    8  O
        10 and       CCONJ CC  cc       8  O
        11 Adult     PROPN NNP compound 12 O
        12 Education PROPN NNP conj     8  O
        13 ,         PUNCT ,   punct    1  O
        14 spoke     VERB  VBD ROOT     14 O
        15 .         PUNCT .   punct    14 O
        """,
    ))
    assert not [r for r in roles(release) if r[2]]


def test_a_name_closing_a_person_title_sign_off_is_the_titles_organization():
    """"said Jane Roe, CEO, Zentrix.": the name after "PERSON, Title," that ends the sentence is
    the organization, though the model tags no entity there."""
    release = records(parse(
        "We grew, said Jane Roe, CEO, Zentrix.",
        """
        0  We      PRON  PRP nsubj    1  O
        1  grew    VERB  VBD ccomp    3  O
        2  ,       PUNCT ,   punct    3  O
        3  said    VERB  VBD ROOT     3  O
        4  Jane    PROPN NNP compound 5  B-PERSON
        5  Roe     PROPN NNP nsubj    3  I-PERSON
        6  ,       PUNCT ,   punct    5  O
        7  CEO     PROPN NNP appos    5  O
        8  ,       PUNCT ,   punct    7  O
        9  Zentrix PROPN NNP appos    7  O
        10 .       PUNCT .   punct    3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix")}


def test_a_portfolio_before_the_signed_off_body_stays_out_of_the_organization():
    """"said Jane Roe, Vice President, Products of Zentrix.": the body after the portfolio's "of"."""
    release = records(parse(
        "We grew, said Jane Roe, Vice President, Products of Zentrix.",
        """
        0  We        PRON  PRP nsubj    1  O
        1  grew      VERB  VBD ccomp    3  O
        2  ,         PUNCT ,   punct    3  O
        3  said      VERB  VBD ROOT     3  O
        4  Jane      PROPN NNP compound 5  B-PERSON
        5  Roe       PROPN NNP nsubj    3  I-PERSON
        6  ,         PUNCT ,   punct    5  O
        7  Vice      PROPN NNP compound 8  O
        8  President PROPN NNP appos    5  O
        9  ,         PUNCT ,   punct    8  O
        10 Products  PROPN NNPS appos   8  O
        11 of        ADP   IN  prep     10 O
        12 Zentrix   PROPN NNP pobj     11 O
        13 .         PUNCT .   punct    3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Vice President", "Zentrix")}


def test_a_name_after_a_title_comma_that_the_clause_goes_on_from_is_no_organization():
    """"As CEO, Zentrix Labs will grow": no person before the title, and the name is the subject
    of what follows, not a sign-off."""
    release = records(parse(
        "Jane Roe joined. As CEO, Zentrix Labs will grow.",
        """
        0  Jane    PROPN NNP compound 1  B-PERSON
        1  Roe     PROPN NNP nsubj    2  I-PERSON
        2  joined  VERB  VBD ROOT     2  O
        3  .       PUNCT .   punct    2  O
        4  As      ADP   IN  prep     10 O
        5  CEO     PROPN NNP pobj     4  O
        6  ,       PUNCT ,   punct    10 O
        7  Zentrix PROPN NNP compound 8  B-ORG
        8  Labs    PROPN NNP nsubj    10 I-ORG
        9  will    AUX   MD  aux      10 O
        10 grow    VERB  VB  ROOT     10 O
        11 .       PUNCT .   punct    10 O
        """,
    ))
    assert not any(org == "Zentrix Labs" for _, _, org in roles(release))


def test_a_place_closing_a_person_title_sign_off_is_no_organization():
    """"said Jane Roe, CEO, Ohio.": a place after the title's comma is no employer."""
    release = records(parse(
        "We grew, said Jane Roe, CEO, Ohio.",
        """
        0  We      PRON  PRP nsubj    1  O
        1  grew    VERB  VBD ccomp    3  O
        2  ,       PUNCT ,   punct    3  O
        3  said    VERB  VBD ROOT     3  O
        4  Jane    PROPN NNP compound 5  B-PERSON
        5  Roe     PROPN NNP nsubj    3  I-PERSON
        6  ,       PUNCT ,   punct    5  O
        7  CEO     PROPN NNP appos    5  O
        8  ,       PUNCT ,   punct    7  O
        9  Ohio    PROPN NNP appos    7  B-GPE
        10 .       PUNCT .   punct    3  O
        """,
    ))
    assert ("Jane Roe", "CEO", "Ohio") not in roles(release)


def test_a_coined_name_before_a_leading_title_and_its_holder_is_the_titles_organization():
    """"include ZNTX co-founder Jane Roe": the name the model calls ORG right before a title that
    leads a body, itself before the holder's name, is the body, though no organization rule kept it."""
    release = records(parse(
        "Its advisers include ZNTX co-founder Jane Roe.",
        """
        0  Its      PRON  PRP$ poss     1  O
        1  advisers NOUN  NNS  nsubj    2  O
        2  include  VERB  VBP  ROOT     2  O
        3  ZNTX     PROPN NNP  compound 8  B-ORG
        4  co       NOUN  NN   compound 6  O
        5  -        NOUN  NN   compound 6  O
        6  founder  NOUN  NN   compound 8  O
        7  Jane     PROPN NNP  compound 8  B-PERSON
        8  Roe      PROPN NNP  dobj     2  I-PERSON
        9  .        PUNCT .    punct    2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "co-founder", "ZNTX")}


def test_a_place_or_a_plain_word_before_a_leading_title_is_no_organization():
    """"include Springfield Mayor Jane Roe" gives no body from a place the lists do not know,
    nor does a word of no name's shape ("Museum President Tom Poe")."""
    release = records(parse(
        "Guests include Springfield Mayor Jane Roe and Museum President Tom Poe.",
        """
        0  Guests    NOUN  NNS  nsubj    1  O
        1  include   VERB  VBP  ROOT     1  O
        2  Springfield PROPN NNP compound 5 B-GPE
        3  Mayor     PROPN NNP  compound 5  O
        4  Jane      PROPN NNP  compound 5  B-PERSON
        5  Roe       PROPN NNP  dobj     1  I-PERSON
        6  and       CCONJ CC   cc       5  O
        7  Museum    PROPN NNP  compound 10 O
        8  President PROPN NNP  compound 10 O
        9  Tom       PROPN NNP  compound 10 B-PERSON
        10 Poe       PROPN NNP  conj     5  I-PERSON
        11 .         PUNCT .    punct    1  O
        """,
    ))
    assert all(org is None for _, _, org in roles(release))


def test_an_organization_closing_a_quoted_sign_off_is_the_titles_organization():
    """'- Jane Roe, CEO, Zentrix Corp"': a closing quote mark ends the sign-off as a full stop does."""
    release = records(parse(
        '"We grew." - Jane Roe, CEO, Zentrix Corp"',
        """
        0  "       PUNCT ``  punct    2  O
        1  We      PRON  PRP nsubj    2  O
        2  grew    VERB  VBD ROOT     2  O
        3  .       PUNCT .   punct    2  O
        4  "       PUNCT ''  punct    2  O
        5  -       PUNCT :   punct    7  O
        6  Jane    PROPN NNP compound 7  B-PERSON
        7  Roe     PROPN NNP ROOT     7  I-PERSON
        8  ,       PUNCT ,   punct    7  O
        9  CEO     PROPN NNP appos    7  O
        10 ,       PUNCT ,   punct    9  O
        11 Zentrix PROPN NNP compound 12 B-ORG
        12 Corp    PROPN NNP appos    9  I-ORG
        13 "       PUNCT ''  punct    7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix Corp")}


def test_a_modifier_the_parser_split_off_as_a_one_word_sentence_still_opens_the_title():
    """"Vice President Jane Roe met ..." opening a paragraph: the parser makes "Vice" a sentence of
    its own; the title is "Vice President" all the same, not "President"."""
    release = records(parse(
        "Vice President Jane Roe met Tom Poe.",
        """
        0  Vice       PROPN NNP  ROOT      0  O
        1  President  PROPN NNP  compound  3  O
        2  Jane       PROPN NNP  compound  3  B-PERSON
        3  Roe        PROPN NNP  nsubj     4  I-PERSON
        4  met        VERB  VBD  ROOT      4  O
        5  Tom        PROPN NNP  compound  6  B-PERSON
        6  Poe        PROPN NNP  dobj      4  I-PERSON
        7  .          PUNCT .    punct     4  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Vice President", None)}


UNDER_PARSE = """
        0  Under     {pos:<5} {tag:<3} {dep:<8} {head} O
        1  {head_word:<9} PROPN NNP compound  3   O
        2  Jane      PROPN NNP compound  3   B-PERSON
        3  Roe       PROPN NNP {roe_dep:<8} {roe_head} I-PERSON
        4  spoke     VERB  VBD ROOT      4   O
        5  .         PUNCT .   punct     4   O
        """


def test_under_before_a_title_that_is_no_secretary_is_the_preposition():
    """"Under President Roe's ...": "under" is the preposition, the title is "President"."""
    release = records(parse("Under President Jane Roe spoke.", UNDER_PARSE.format(pos="ADP", tag="IN", dep="prep", head=4, head_word="President", roe_dep="pobj", roe_head=0)))
    assert roles(release) == {("Jane Roe", "President", None)}


def test_under_before_secretary_stays_in_the_title():
    """"Under Secretary Jane Roe spoke.": an under secretary is a title of its own (near miss)."""
    release = records(parse("Under Secretary Jane Roe spoke.", UNDER_PARSE.format(pos="PROPN", tag="NNP", dep="compound", head=1, head_word="Secretary", roe_dep="nsubj", roe_head=4)))
    assert roles(release) == {("Jane Roe", "Under Secretary", None)}
