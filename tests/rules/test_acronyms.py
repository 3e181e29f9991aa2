"""Acronym definitions (pipeline/extraction/components/acronyms.py) on hand-built parses: the
Schwartz & Hearst long form, its extension over the rest of a name, nested and mixed short
forms, concepts that name no body."""

from __future__ import annotations

from pipeline.extraction.components.acronyms import find_definitions, schwartz_hearst_start
from pipeline.extraction.contract import BODY, CONCEPT
from tests.handbuilt import parse, records
from tests.support import org_named


def definitions(doc):
    """(long form, short form, kind) of every definition in `doc`."""
    return [(doc[d.long_start : d.long_end].text, doc[d.short_start : d.short_end].text, d.kind) for d in find_definitions(doc)]


def test_schwartz_hearst_long_form_starts_at_the_word_holding_the_first_letter():
    """The shortest text whose words hold the short form's letters in order, the first one opening a word."""
    assert schwartz_hearst_start("ILO", "the International Labour Organization") == 4
    assert schwartz_hearst_start("XYZ", "the International Labour Organization") is None


def test_a_defined_body_gets_its_acronym_and_a_later_bare_acronym_is_the_same_body():
    """One organization, named three times: long form, short form, and the short form again."""
    release = records(parse(
        "The International Labour Organization (ILO) met in Geneva. The ILO adopted a budget.",
        """
        0  The           DET   DT    det      3  B-ORG
        1  International PROPN NNP   compound 3  I-ORG
        2  Labour        PROPN NNP   compound 3  I-ORG
        3  Organization  PROPN NNP   nsubj    7  I-ORG
        4  (             PUNCT -LRB- punct    3  I-ORG
        5  ILO           PROPN NNP   appos    3  I-ORG
        6  )             PUNCT -RRB- punct    3  O
        7  met           VERB  VBD   ROOT     7  O
        8  in            ADP   IN    prep     7  O
        9  Geneva        PROPN NNP   pobj     8  B-GPE
        10 .             PUNCT .     punct    7  O
        11 The           DET   DT    det      12 O
        12 ILO           PROPN NNP   nsubj    13 B-ORG
        13 adopted       VERB  VBD   ROOT     13 O
        14 a             DET   DT    det      15 O
        15 budget        NOUN  NN    dobj     13 O
        16 .             PUNCT .     punct    13 O
        """,
    ))
    ilo = org_named(release, "International Labour Organization")
    assert ilo.acronym == "ILO"
    assert [e.mention for e in ilo.evidence] == ["International Labour Organization", "ILO", "ILO"]
    assert len(release.organizations) == 1


def test_the_long_form_extends_left_over_the_rest_of_the_capitalized_name():
    """The letters of SEC start at "Securities"; "U.S." before it is part of the same name."""
    doc = parse(
        "The U.S. Securities and Exchange Commission (SEC) filed civil charges.",
        """
        0  The        DET   DT    det   5  B-ORG
        1  U.S.       PROPN NNP   nmod  5  I-ORG
        2  Securities PROPN NNPS  nmod  5  I-ORG
        3  and        CCONJ CC    cc    2  I-ORG
        4  Exchange   PROPN NNP   conj  2  I-ORG
        5  Commission PROPN NNP   nsubj 9  I-ORG
        6  (          PUNCT -LRB- punct 5  O
        7  SEC        PROPN NNP   appos 5  B-ORG
        8  )          PUNCT -RRB- punct 5  O
        9  filed      VERB  VBD   ROOT  9  O
        10 civil      ADJ   JJ    amod  11 O
        11 charges    NOUN  NNS   dobj  9  O
        12 .          PUNCT .     punct 9  O
        """,
    )
    assert definitions(doc) == [("U.S. Securities and Exchange Commission", "SEC", BODY)]
    assert org_named(records(doc), "U.S. Securities and Exchange Commission").acronym == "SEC"


def test_a_lower_case_long_form_is_a_concept_and_no_organization_though_the_model_tags_it_org():
    """A lower-case long form defines a concept: the model's ORG on "SSE" is dropped."""
    doc = parse(
        "They reaffirmed the role of the social and solidarity economy (SSE) in social innovation.",
        """
        0  They       PRON  PRP   nsubj 1  O
        1  reaffirmed VERB  VBD   ROOT  1  O
        2  the        DET   DT    det   3  O
        3  role       NOUN  NN    dobj  1  O
        4  of         ADP   IN    prep  3  O
        5  the        DET   DT    det   9  O
        6  social     ADJ   JJ    amod  9  O
        7  and        CCONJ CC    cc    6  O
        8  solidarity NOUN  NN    conj  6  O
        9  economy    NOUN  NN    pobj  4  O
        10 (          PUNCT -LRB- punct 9  O
        11 SSE        PROPN NNP   appos 9  B-ORG
        12 )          PUNCT -RRB- punct 9  O
        13 in         ADP   IN    prep  3  O
        14 social     ADJ   JJ    amod  15 O
        15 innovation NOUN  NN    pobj  13 O
        16 .          PUNCT .     punct 1  O
        """,
    )
    assert doc[11].ent_type_ == "ORG"
    assert definitions(doc) == [("social and solidarity economy", "SSE", CONCEPT)]
    assert records(doc).organizations == []


def test_nested_definitions_are_read_through_to_the_outer_body():
    """In "Asia-Pacific Economic Cooperation (APEC) Business Advisory Council (ABAC)", ABAC names the whole."""
    release = records(parse(
        "Laura Lane is a Member of the Asia-Pacific Economic Cooperation (APEC) Business Advisory Council (ABAC).",
        """
        0  Laura       PROPN NNP   compound 1  B-PERSON
        1  Lane        PROPN NNP   nsubj    2  I-PERSON
        2  is          AUX   VBZ   ROOT     2  O
        3  a           DET   DT    det      4  O
        4  Member      PROPN NNP   nmod     17 O
        5  of          ADP   IN    prep     4  O
        6  the         DET   DT    det      11 B-ORG
        7  Asia        PROPN NNP   compound 9  I-ORG
        8  -           PUNCT HYPH  punct    9  I-ORG
        9  Pacific     PROPN NNP   compound 11 I-ORG
        10 Economic    PROPN NNP   compound 11 I-ORG
        11 Cooperation PROPN NNP   pobj     5  I-ORG
        12 (           PUNCT -LRB- punct    11 O
        13 APEC        PROPN NNP   appos    11 B-ORG
        14 )           PUNCT -RRB- punct    11 O
        15 Business    PROPN NNP   compound 17 B-ORG
        16 Advisory    PROPN NNP   compound 17 I-ORG
        17 Council     PROPN NNP   attr     2  I-ORG
        18 (           PUNCT -LRB- punct    17 O
        19 ABAC        PROPN NNP   appos    17 O
        20 )           PUNCT -RRB- punct    17 O
        21 .           PUNCT .     punct    2  O
        """,
    ))
    abac = org_named(release, "Asia-Pacific Economic Cooperation Business Advisory Council")
    assert abac.acronym == "ABAC"
    assert abac.aliases == ["Asia-Pacific Economic Cooperation (APEC) Business Advisory Council"]


def test_a_place_word_and_an_acronym_make_one_short_form():
    """A capitalized word and an acronym in one parenthesis ("Africa CDC") are one short form."""
    release = records(parse(
        "The Africa Centres for Disease Control and Prevention (Africa CDC) opened an office.",
        """
        0  The        DET   DT    det      2  B-ORG
        1  Africa     PROPN NNP   compound 2  I-ORG
        2  Centres    PROPN NNPS  nsubj    12 I-ORG
        3  for        ADP   IN    prep     2  I-ORG
        4  Disease    PROPN NNP   compound 5  I-ORG
        5  Control    PROPN NNP   pobj     3  I-ORG
        6  and        CCONJ CC    cc       5  I-ORG
        7  Prevention PROPN NNP   conj     5  I-ORG
        8  (          PUNCT -LRB- punct    5  I-ORG
        9  Africa     PROPN NNP   compound 10 I-ORG
        10 CDC        PROPN NNP   appos    5  I-ORG
        11 )          PUNCT -RRB- punct    2  O
        12 opened     VERB  VBD   ROOT     12 O
        13 an         DET   DT    det      14 O
        14 office     NOUN  NN    dobj     12 O
        15 .          PUNCT .     punct    12 O
        """,
    ))
    cdc = org_named(release, "Africa Centres for Disease Control and Prevention")
    assert cdc.acronym == "Africa CDC"


def test_a_short_form_spelled_inside_one_word_defines_the_whole_unit_and_its_possessor_is_the_parent():
    """The letters of ENTERPRISES lie in "Enterprises"; the long form extends left over "Sustainable", and the ILO's possessive gives the parent."""
    release = records(parse(
        "Rie Vejs-Kjeldgaard, director of the ILO's Sustainable Enterprises, Productivity and Just Transition Department (ENTERPRISES), spoke.",
        """
        0  Rie          PROPN NNP   compound 3  B-PERSON
        1  Vejs         PROPN NNP   compound 3  I-PERSON
        2  -            PUNCT HYPH  punct    3  I-PERSON
        3  Kjeldgaard   PROPN NNP   nsubj    22 I-PERSON
        4  ,            PUNCT ,     punct    3  O
        5  director     NOUN  NN    appos    3  O
        6  of           ADP   IN    prep     5  O
        7  the          DET   DT    det      8  B-ORG
        8  ILO          PROPN NNP   poss     11 I-ORG
        9  's           PART  POS   case     8  I-ORG
        10 Sustainable  PROPN NNP   compound 11 I-ORG
        11 Enterprises  PROPN NNP   pobj     6  I-ORG
        12 ,            PUNCT ,     punct    11 I-ORG
        13 Productivity PROPN NNP   conj     11 I-ORG
        14 and          CCONJ CC    cc       13 O
        15 Just         PROPN NNP   compound 17 B-ORG
        16 Transition   PROPN NNP   compound 17 I-ORG
        17 Department   PROPN NNP   conj     13 I-ORG
        18 (            PUNCT -LRB- punct    17 O
        19 ENTERPRISES  PROPN NNP   appos    17 O
        20 )            PUNCT -RRB- punct    17 O
        21 ,            PUNCT ,     punct    22 O
        22 spoke        VERB  VBD   ROOT     22 O
        23 .            PUNCT .     punct    22 O
        """,
    ))
    unit = org_named(release, "Sustainable Enterprises, Productivity and Just Transition Department")
    assert (unit.acronym, unit.parent) == ("ENTERPRISES", "International Labour Organization")


def test_a_place_in_parentheses_defines_nothing():
    """Near miss: "(Geneva)" has one capital, so it is no short form."""
    doc = parse(
        "Jane Roe met the Labour Minister (Geneva) today.",
        """
        0  Jane     PROPN NNP   compound 1 B-PERSON
        1  Roe      PROPN NNP   nsubj    2 I-PERSON
        2  met      VERB  VBD   ROOT     2 O
        3  the      DET   DT    det      5 O
        4  Labour   PROPN NNP   compound 5 O
        5  Minister PROPN NNP   dobj     2 O
        6  (        PUNCT -LRB- punct    5 O
        7  Geneva   PROPN NNP   appos    5 B-GPE
        8  )        PUNCT -RRB- punct    5 O
        9  today    NOUN  NN    npadvmod 2 B-DATE
        10 .        PUNCT .     punct    2 O
        """,
    )
    assert definitions(doc) == []


def test_a_capitalized_long_form_of_common_words_headed_by_an_abstract_noun_is_a_concept():
    """"Machine Learning (ML)": common English words, no head word of a body, an abstract head
    ("-ing"): a concept, though the model tags it ORG; "Zorvik Learning (ZL)", a coined name, stays a body."""
    doc = parse(
        "We use Machine Learning (ML) to grade claims.",
        """
        0  We       PRON  PRP   nsubj    1  O
        1  use      VERB  VBP   ROOT     1  O
        2  Machine  PROPN NNP   compound 3  B-ORG
        3  Learning PROPN NNP   dobj     1  I-ORG
        4  (        PUNCT -LRB- punct    3  O
        5  ML       PROPN NNP   appos    3  B-ORG
        6  )        PUNCT -RRB- punct    3  O
        7  to       PART  TO    aux      8  O
        8  grade    VERB  VB    advcl    1  O
        9  claims   NOUN  NNS   dobj     8  O
        10 .        PUNCT .     punct    1  O
        """,
    )
    assert definitions(doc) == [("Machine Learning", "ML", CONCEPT)]
    assert records(doc).organizations == []
    coined = parse(
        "We use Zorvik Learning (ZL) to grade claims.",
        """
        0  We       PRON  PRP   nsubj    1  O
        1  use      VERB  VBP   ROOT     1  O
        2  Zorvik   PROPN NNP   compound 3  B-ORG
        3  Learning PROPN NNP   dobj     1  I-ORG
        4  (        PUNCT -LRB- punct    3  O
        5  ZL       PROPN NNP   appos    3  B-ORG
        6  )        PUNCT -RRB- punct    3  O
        7  to       PART  TO    aux      8  O
        8  grade    VERB  VB    advcl    1  O
        9  claims   NOUN  NNS   dobj     8  O
        10 .        PUNCT .     punct    1  O
        """,
    )
    assert definitions(coined) == [("Zorvik Learning", "ZL", BODY)]


def test_a_long_form_headed_by_a_noun_for_a_group_of_members_is_a_body_not_a_concept():
    """"the Coastal Community (COCOM)": common words with an "-ity" head, but "Community" names a
    group of members (patterns/group_nouns), so the long form is a body, as the model tags it."""
    doc = parse(
        "Leaders of the Coastal Community (COCOM) met.",
        """
        0  Leaders   NOUN  NNS   nsubj    8  O
        1  of        ADP   IN    prep     0  O
        2  the       DET   DT    det      4  O
        3  Coastal   PROPN NNP   compound 4  B-ORG
        4  Community PROPN NNP   pobj     1  I-ORG
        5  (         PUNCT -LRB- punct    4  O
        6  COCOM     PROPN NNP   appos    4  B-ORG
        7  )         PUNCT -RRB- punct    4  O
        8  met       VERB  VBD   ROOT     8  O
        9  .         PUNCT .     punct    8  O
        """,
    )
    assert definitions(doc) == [("Coastal Community", "COCOM", BODY)]
    assert [(o.name, o.acronym) for o in records(doc).organizations] == [("Coastal Community", "COCOM")]


def test_a_capitalized_series_of_common_words_defined_by_an_acronym_is_a_concept():
    """"Diversity, Equity, and Inclusion (DEI)": words in a series, none a name: a concept."""
    doc = parse(
        "It values Diversity, Equity, and Inclusion (DEI) at work.",
        """
        0  It        PRON  PRP   nsubj    1  O
        1  values    VERB  VBZ   ROOT     1  O
        2  Diversity PROPN NNP   dobj     1  B-ORG
        3  ,         PUNCT ,     punct    2  I-ORG
        4  Equity    PROPN NNP   conj     2  I-ORG
        5  ,         PUNCT ,     punct    4  O
        6  and       CCONJ CC    cc       4  O
        7  Inclusion PROPN NNP   conj     4  O
        8  (         PUNCT -LRB- punct    7  O
        9  DEI       PROPN NNP   appos    7  B-ORG
        10 )         PUNCT -RRB- punct    7  O
        11 at        ADP   IN    prep     1  O
        12 work      NOUN  NN    pobj     11 O
        13 .         PUNCT .     punct    1  O
        """,
    )
    assert definitions(doc) == [("Diversity, Equity, and Inclusion", "DEI", CONCEPT)]
    assert records(doc).organizations == []
