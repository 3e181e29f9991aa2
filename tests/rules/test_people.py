"""People (pipeline/extraction/components/people.py) on hand-built parses: mentions from the
model's PERSON entities and from what the rules read without them (a title or honorific before
a name, a title after it, a given name inside an ORG entity), trimmed and extended, then merged
into one person each."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import org_names, person_named, roles


def names(release):
    return [p.name for p in release.people]


def test_a_later_surname_is_a_mention_of_the_person_named_in_full():
    """"Lynch" in the next sentence joins "Loretta E. Lynch" as an alias."""
    release = records(parse(
        "Loretta E. Lynch was appointed in 2010. Lynch previously served in Brooklyn.",
        """
        0  Loretta    PROPN NNP compound  2  B-PERSON
        1  E.         PROPN NNP compound  2  I-PERSON
        2  Lynch      PROPN NNP nsubjpass 4  I-PERSON
        3  was        AUX   VBD auxpass   4  O
        4  appointed  VERB  VBN ROOT      4  O
        5  in         ADP   IN  prep      4  O
        6  2010       NUM   CD  pobj      5  B-DATE
        7  .          PUNCT .   punct     4  O
        8  Lynch      PROPN NNP nsubj     10 B-ORG
        9  previously ADV   RB  advmod    10 O
        10 served     VERB  VBD ROOT      10 O
        11 in         ADP   IN  prep      10 O
        12 Brooklyn   PROPN NNP pobj      11 B-GPE
        13 .          PUNCT .   punct     10 O
        """,
    ))
    lynch = person_named(release, "Loretta E. Lynch")
    assert lynch.aliases == ["Lynch"]
    assert [e.mention for e in lynch.evidence] == ["Loretta E. Lynch", "Lynch"]


def test_a_capitalized_title_before_a_name_makes_a_person_the_ner_missed():
    """No PERSON entity here: "Chairperson" before three capitalized words anchors the name."""
    release = records(parse(
        "Chairperson Moussa Faki Mahamat spoke.",
        """
        0 Chairperson PROPN NNP compound 3 O
        1 Moussa      PROPN NNP compound 3 O
        2 Faki        PROPN NNP compound 3 O
        3 Mahamat     PROPN NNP nsubj    4 O
        4 spoke       VERB  VBD ROOT     4 O
        5 .           PUNCT .   punct    4 O
        """,
    ))
    assert names(release) == ["Moussa Faki Mahamat"]


def test_a_title_before_one_untagged_word_makes_no_person():
    """Near miss: after a title, one capitalized word the NER did not tag is too little for a name."""
    release = records(parse(
        "Secretary Blinken spoke.",
        """
        0 Secretary PROPN NNP compound 1 O
        1 Blinken   PROPN NNP nsubj    2 O
        2 spoke     VERB  VBD ROOT     2 O
        3 .         PUNCT .   punct    2 O
        """,
    ))
    assert release.people == []


def test_a_name_followed_by_a_comma_and_a_title_is_a_person():
    """"Simel Esim, head of ...": the title after the comma makes the untagged words a name."""
    release = records(parse(
        "Simel Esim, head of the unit, spoke.",
        """
        0 Simel PROPN NNP compound 1 O
        1 Esim  PROPN NNP nsubj    8 O
        2 ,     PUNCT ,   punct    1 O
        3 head  NOUN  NN  appos    1 O
        4 of    ADP   IN  prep     3 O
        5 the   DET   DT  det      6 O
        6 unit  NOUN  NN  pobj     4 O
        7 ,     PUNCT ,   punct    1 O
        8 spoke VERB  VBD ROOT     8 O
        9 .     PUNCT .   punct    8 O
        """,
    ))
    assert names(release) == ["Simel Esim"]


def test_a_given_name_inside_an_org_entity_starts_a_person():
    """The model tags "Commerce Gina Raimondo" ORG: the census given name "Gina" starts the person."""
    release = records(parse(
        "Secretary of Commerce Gina Raimondo said the framework was ready.",
        """
        0  Secretary PROPN NNP nmod     4 O
        1  of        ADP   IN  prep     0 O
        2  Commerce  PROPN NNP pobj     1 B-ORG
        3  Gina      PROPN NNP compound 4 I-ORG
        4  Raimondo  PROPN NNP nsubj    5 I-ORG
        5  said      VERB  VBD ROOT     5 O
        6  the       DET   DT  det      7 O
        7  framework NOUN  NN  nsubj    8 O
        8  was       AUX   VBD ccomp    5 O
        9  ready     ADJ   JJ  acomp    8 O
        10 .         PUNCT .   punct    5 O
        """,
    ))
    assert names(release) == ["Gina Raimondo"]
    assert release.organizations == []


def test_a_name_the_model_tags_org_after_a_title_and_its_body_is_a_person():
    """"the Chairperson of the African Union Commission Moussa Faki Mahamat": the words after the body's head word are a name."""
    release = records(parse(
        "Secretary Blinken met with the Chairperson of the African Union Commission Moussa Faki Mahamat today.",
        """
        0  Secretary   PROPN NNP compound 1  O
        1  Blinken     PROPN NNP nsubj    2  B-PERSON
        2  met         VERB  VBD ROOT     2  O
        3  with        ADP   IN  prep     2  O
        4  the         DET   DT  det      5  O
        5  Chairperson PROPN NNP pobj     3  O
        6  of          ADP   IN  prep     5  O
        7  the         DET   DT  det      10 B-ORG
        8  African     PROPN NNP compound 9  I-ORG
        9  Union       PROPN NNP compound 10 I-ORG
        10 Commission  PROPN NNP compound 13 I-ORG
        11 Moussa      PROPN NNP compound 13 B-ORG
        12 Faki        PROPN NNP compound 13 I-ORG
        13 Mahamat     PROPN NNP pobj     6  I-ORG
        14 today       NOUN  NN  npadvmod 2  B-DATE
        15 .           PUNCT .   punct    2  O
        """,
    ))
    assert names(release) == ["Blinken", "Moussa Faki Mahamat"]
    assert ("Moussa Faki Mahamat", "Chairperson", "African Union Commission") in roles(release)


def test_an_initial_the_model_left_out_opens_the_name():
    """The model's PERSON is "Todd Jones"; the initial before it belongs to the name."""
    release = records(parse(
        "The AGAC, chaired by U.S. Attorney for the District of Minnesota B. Todd Jones, was created in 1973.",
        """
        0  The       DET   DT  det       1  O
        1  AGAC      PROPN NNP nsubjpass 17 B-NORP
        2  ,         PUNCT ,   punct     1  O
        3  chaired   VERB  VBN acl       1  O
        4  by        ADP   IN  agent     3  O
        5  U.S.      PROPN NNP compound  6  B-GPE
        6  Attorney  PROPN NNP pobj      4  O
        7  for       ADP   IN  prep      6  O
        8  the       DET   DT  det       9  B-GPE
        9  District  PROPN NNP pobj      7  I-GPE
        10 of        ADP   IN  prep      9  I-GPE
        11 Minnesota PROPN NNP pobj      10 O
        12 B.        PROPN NNP compound  14 O
        13 Todd      PROPN NNP compound  14 B-PERSON
        14 Jones     PROPN NNP appos     9  I-PERSON
        15 ,         PUNCT ,   punct     1  O
        16 was       AUX   VBD auxpass   17 O
        17 created   VERB  VBN ROOT      17 O
        18 in        ADP   IN  prep      17 O
        19 1973      NUM   CD  pobj      18 B-DATE
        20 .         PUNCT .   punct     17 O
        """,
    ))
    assert names(release) == ["B. Todd Jones"]


def test_a_given_name_before_a_place_word_is_no_person():
    """"Bonny Island" opens with a census given name, but ends in a place word."""
    release = records(parse(
        "The plant on Bonny Island was built by the joint venture.",
        """
        0  The     DET   DT  det       1  O
        1  plant   NOUN  NN  nsubjpass 6  O
        2  on      ADP   IN  prep      1  O
        3  Bonny   PROPN NNP compound  4  B-FAC
        4  Island  PROPN NNP pobj      2  I-FAC
        5  was     AUX   VBD auxpass   6  O
        6  built   VERB  VBN ROOT      6  O
        7  by      ADP   IN  agent     6  O
        8  the     DET   DT  det       10 O
        9  joint   ADJ   JJ  amod      10 O
        10 venture NOUN  NN  pobj      7  O
        11 .       PUNCT .   punct     6  O
        """,
    ))
    assert release.people == []


def test_a_given_name_before_a_street_word_is_no_person():
    """"Harold Avenue" opens with a given name the model tags PERSON, but ends in a street word."""
    release = records(parse(
        "The bakery on Harold Avenue opened in May.",
        """
        0  The     DET   DT  det       1  O
        1  bakery  NOUN  NN  nsubj     5  O
        2  on      ADP   IN  prep      1  O
        3  Harold  PROPN NNP compound  4  B-PERSON
        4  Avenue  PROPN NNP pobj      2  I-PERSON
        5  opened  VERB  VBD ROOT      5  O
        6  in      ADP   IN  prep      5  O
        7  May     PROPN NNP pobj      6  B-DATE
        8  .       PUNCT .   punct     5  O
        """,
    ))
    assert release.people == []


def test_a_full_name_whose_possessive_lost_its_apostrophe_is_the_same_person():
    """people.cluster: "John Cockerhams state" (a possessive that lost its apostrophe) is the same person."""
    release = records(parse(
        "John Cockerham pleaded guilty. John Cockerhams state pension was seized.",
        """
        0  John       PROPN NNP compound  1  B-PERSON
        1  Cockerham  PROPN NNP nsubj     2  I-PERSON
        2  pleaded    VERB  VBD ROOT      2  O
        3  guilty     ADJ   JJ  acomp     2  O
        4  .          PUNCT .   punct     2  O
        5  John       PROPN NNP compound  6  B-PERSON
        6  Cockerhams PROPN NNP compound  8  I-PERSON
        7  state      NOUN  NN  compound  8  O
        8  pension    NOUN  NN  nsubjpass 10 O
        9  was        AUX   VBD auxpass   10 O
        10 seized     VERB  VBN ROOT      10 O
        11 .          PUNCT .   punct     10 O
        """,
    ))
    assert names(release) == ["John Cockerham"]


def test_one_unknown_word_the_model_calls_a_person_is_no_person_without_more():
    """"Zorblat rallied as Vandrovic's war went on.": the model's PERSON on "Zorblat", a word no
    census list knows, is not enough (a brand word); "Vandrovic's war" names a ruler by what he wages."""
    release = records(parse(
        "Zorblat rallied as Vandrovic's war went on.",
        """
        0 Zorblat   PROPN NNP nsubj 1 B-PERSON
        1 rallied   VERB  VBD ROOT  1 O
        2 as        SCONJ IN  mark  6 O
        3 Vandrovic PROPN NNP poss  5 B-PERSON
        4 's        PART  POS case  3 O
        5 war       NOUN  NN  nsubj 6 O
        6 went      VERB  VBD advcl 1 O
        7 on        ADP   RP  prt   6 O
        8 .         PUNCT .   punct 1 O
        """,
    ))
    assert [p.name for p in release.people] == ["Vandrovic"]


def test_a_name_in_apposition_with_a_company_noun_is_a_body_not_a_person():
    """"Zorvath Quarry, a mining company, signed": the model's PERSON is a company (an
    organization); "Founded by Dana Quill, the studio grew": "the studio" opens the next
    clause, so Dana Quill stays a person."""
    release = records(parse(
        "Zorvath Quarry, a mining company, signed. Founded by Dana Quill, the studio grew.",
        """
        0  Zorvath PROPN NNP compound 1  B-PERSON
        1  Quarry  PROPN NNP nsubj    7  I-PERSON
        2  ,       PUNCT ,   punct    1  O
        3  a       DET   DT  det      5  O
        4  mining  NOUN  NN  compound 5  O
        5  company NOUN  NN  appos    1  O
        6  ,       PUNCT ,   punct    1  O
        7  signed  VERB  VBD ROOT     7  O
        8  .       PUNCT .   punct    7  O
        9  Founded VERB  VBN advcl    16 O
        10 by      ADP   IN  agent    9  O
        11 Dana    PROPN NNP compound 12 B-PERSON
        12 Quill   PROPN NNP pobj     10 I-PERSON
        13 ,       PUNCT ,   punct    16 O
        14 the     DET   DT  det      15 O
        15 studio  NOUN  NN  nsubj    16 O
        16 grew    VERB  VBD ROOT     16 O
        17 .       PUNCT .   punct    16 O
        """,
    ))
    assert [p.name for p in release.people] == ["Dana Quill"]
    assert "Zorvath Quarry" in org_names(release)


def test_a_name_that_fills_the_complement_of_a_title_is_its_body_not_a_person():
    """"Dana Quill, CEO of Zorblat Labs, spoke": the model's PERSON on "Zorblat Labs" right
    after "CEO of" names the body Dana Quill leads."""
    release = records(parse(
        "Dana Quill, CEO of Zorblat Labs, spoke.",
        """
        0 Dana    PROPN NNP compound 1 B-PERSON
        1 Quill   PROPN NNP nsubj    8 I-PERSON
        2 ,       PUNCT ,   punct    1 O
        3 CEO     PROPN NNP appos    1 O
        4 of      ADP   IN  prep     3 O
        5 Zorblat PROPN NNP compound 6 B-PERSON
        6 Labs    PROPN NNP pobj     4 I-PERSON
        7 ,       PUNCT ,   punct    1 O
        8 spoke   VERB  VBD ROOT     8 O
        9 .       PUNCT .   punct    8 O
        """,
    ))
    assert [p.name for p in release.people] == ["Dana Quill"]
    assert "Zorblat Labs" in org_names(release)


def test_a_name_holding_an_acronym_is_no_person_unless_all_capitals_or_a_degree():
    """"ZBX Action" (the model's PERSON) holds an acronym: a body's or a product's name, no
    person's; "Dana Quill CPA" ends in a degree after a given name; "DANA QUILL" is all capitals."""
    release = records(parse(
        "ZBX Action met Dana Quill CPA and DANA QUILL.",
        """
        0 ZBX    PROPN NNP compound 1 B-PERSON
        1 Action PROPN NNP nsubj    2 I-PERSON
        2 met    VERB  VBD ROOT     2 O
        3 Dana   PROPN NNP compound 5 B-PERSON
        4 Quill  PROPN NNP compound 5 I-PERSON
        5 CPA    PROPN NNP dobj     2 I-PERSON
        6 and    CCONJ CC  cc       5 O
        7 DANA   PROPN NNP compound 8 B-PERSON
        8 QUILL  PROPN NNP conj     5 I-PERSON
        9 .      PUNCT .   punct    2 O
        """,
    ))
    names = {p.name for p in release.people}
    assert "ZBX Action" not in names and "Dana Quill" in names  # the degree is no part of the name (post_nominal_end)


def test_a_name_of_common_english_words_only_is_no_person():
    """"Merger Sub will merge with Zorvik Quill.": the model's PERSON on "Merger Sub" is two
    common English words, neither a given name (a census surname list holds "Sub"): a product or
    a party's label, no person; "Zorvik Quill" stays one (the model's PERSON, a census surname)."""
    release = records(parse(
        "Merger Sub will merge with Zorvik Quill.",
        """
        0 Merger PROPN NNP compound 1 B-PERSON
        1 Sub    PROPN NNP nsubj    3 I-PERSON
        2 will   AUX   MD  aux      3 O
        3 merge  VERB  VB  ROOT     3 O
        4 with   ADP   IN  prep     3 O
        5 Zorvik PROPN NNP compound 6 B-PERSON
        6 Quill  PROPN NNP pobj     4 I-PERSON
        7 .      PUNCT .   punct    3 O
        """,
    ))
    assert names(release) == ["Zorvik Quill"]


def test_a_name_after_and_in_a_titles_complement_is_a_second_body():
    """"Dana Quill, Partner at Zorblat and Vantor Collective": the model's PERSON on "Vantor
    Collective", joined by "and" to the name that fills "Partner at", is a second body of the
    title (the parser hangs it anywhere), not a person."""
    release = records(parse(
        "Dana Quill, Partner at Zorblat and Vantor Collective",
        """
        0 Dana       PROPN NNP compound 1 B-PERSON
        1 Quill      PROPN NNP ROOT     1 I-PERSON
        2 ,          PUNCT ,   punct    1 O
        3 Partner    PROPN NNP appos    1 O
        4 at         ADP   IN  prep     3 O
        5 Zorblat    PROPN NNP pobj     4 B-ORG
        6 and        CCONJ CC  cc       5 O
        7 Vantor     PROPN NNP compound 8 B-PERSON
        8 Collective PROPN NNP appos    1 I-PERSON
        """,
    ))
    assert names(release) == ["Dana Quill"]
    assert "Vantor Collective" in org_names(release)


def test_a_common_word_opening_the_sentence_is_not_taken_into_the_name_after_it():
    """"Follow Dana Quill on Zorbook.": the model's PERSON is "Dana Quill"; the title-case word
    before it is an English verb, no given name the model left out."""
    release = records(parse(
        "Follow Dana Quill on Zorbook.",
        """
        0 Follow  VERB  VB  ROOT     0 O
        1 Dana    PROPN NNP compound 2 B-PERSON
        2 Quill   PROPN NNP dobj     0 I-PERSON
        3 on      ADP   IN  prep     0 O
        4 Zorbook PROPN NNP pobj     3 O
        5 .       PUNCT .   punct    0 O
        """,
    ))
    assert names(release) == ["Dana Quill"]


def test_words_in_capitals_without_a_given_name_after_a_title_word_are_a_heading():
    """"MAYOR HOPEFUL ZORVIK TARGETS CITY FINANCING:" is a heading in capitals: after the title
    word no given name opens the words, so they make no person; "DANA QUILL" (the model's
    PERSON) opens with one."""
    release = records(parse(
        "MAYOR HOPEFUL ZORVIK TARGETS CITY FINANCING: DANA QUILL spoke.",
        """
        0 MAYOR     PROPN NNP compound 3 O
        1 HOPEFUL   PROPN NNP compound 2 O
        2 ZORVIK    PROPN NNP nsubj    3 O
        3 TARGETS   VERB  VBZ ROOT     3 O
        4 CITY      PROPN NNP compound 5 O
        5 FINANCING PROPN NNP dobj     3 O
        6 :         PUNCT :   punct    3 O
        7 DANA      PROPN NNP compound 8 B-PERSON
        8 QUILL     PROPN NNP nsubj    9 I-PERSON
        9 spoke     VERB  VBD ROOT     9 O
        10 .        PUNCT .   punct    9 O
        """,
    ))
    assert names(release) == ["DANA QUILL"]


def test_extraordinary_after_ambassador_ends_the_title_and_names_no_one():
    """"Dana Quill, to be Ambassador Extraordinary and Plenipotentiary to Zorvia": the words
    after "Ambassador" end the title; the model's PERSON on "Extraordinary" is no person."""
    release = records(parse(
        "Dana Quill, to be Ambassador Extraordinary and Plenipotentiary to Zorvia.",
        """
        0  Dana            PROPN NNP compound 1  B-PERSON
        1  Quill           PROPN NNP ROOT     1  I-PERSON
        2  ,               PUNCT ,   punct    1  O
        3  to              PART  TO  aux      4  O
        4  be              AUX   VB  relcl    1  O
        5  Ambassador      PROPN NNP attr     4  O
        6  Extraordinary   PROPN NNP appos    5  B-PERSON
        7  and             CCONJ CC  cc       6  O
        8  Plenipotentiary PROPN NNP conj     6  O
        9  to              ADP   IN  prep     5  O
        10 Zorvia          PROPN NNP pobj     9  B-GPE
        11 .               PUNCT .   punct    1  O
        """,
    ))
    assert names(release) == ["Dana Quill"]


def test_a_name_opening_with_a_persons_surname_and_going_on_is_a_firm_named_for_them():
    """"Hector Vale founded Vale Law Firm": the model's ORG opens with the surname written alone,
    as a later mention of the person is, and goes on; it names the firm, not the person. The
    person's surname alone is still no organization."""
    release = records(parse(
        "Hector Vale founded Vale Law Firm. Vale spoke.",
        """
        0  Hector   PROPN NNP compound 1 B-PERSON
        1  Vale     PROPN NNP nsubj    2 I-PERSON
        2  founded  VERB  VBD ROOT     2 O
        3  Vale     PROPN NNP compound 5 B-ORG
        4  Law      PROPN NNP compound 5 I-ORG
        5  Firm     PROPN NNP dobj     2 I-ORG
        6  .        PUNCT .   punct    2 O
        7  Vale     PROPN NNP nsubj    8 B-ORG
        8  spoke    VERB  VBD ROOT     8 O
        9  .        PUNCT .   punct    8 O
        """,
    ))
    assert org_names(release) == {"Vale Law Firm"}
    assert names(release) == ["Hector Vale"]


def test_title_modifiers_alone_before_a_name_are_its_first_words_not_a_title():
    """"Aim High Sober Living helps.": "High" can modify a title ("High Commissioner") but no title
    head goes with it, so it anchors no person; "Chief Executive Zorvik Quill" has its head."""
    release = records(parse(
        "Aim High Sober Living helps. Chief Executive Zorvik Quill spoke.",
        """
        0  Aim       PROPN NNP compound 3  O
        1  High      PROPN NNP compound 3  O
        2  Sober     PROPN NNP compound 3  O
        3  Living    PROPN NNP nsubj    4  O
        4  helps     VERB  VBZ ROOT     4  O
        5  .         PUNCT .   punct    4  O
        6  Chief     PROPN NNP compound 9  O
        7  Executive PROPN NNP compound 9  O
        8  Zorvik    PROPN NNP compound 9  O
        9  Quill     PROPN NNP nsubj    10 O
        10 spoke     VERB  VBD ROOT     10 O
        11 .         PUNCT .   punct    10 O
        """,
    ))
    assert names(release) == ["Zorvik Quill"]


def test_a_rare_given_name_that_is_a_common_word_counts_as_the_word():
    """"Golden Globe" and "Spring Vouchers": "Golden" and "Spring" are census given names, but
    rare ones, and common English words: a name of such words is no person. "Mark Reed" (a
    frequent given name) stays one."""
    release = records(parse(
        "Golden Globe and Spring Vouchers thanked Mark Reed.",
        """
        0 Golden   PROPN NNP  compound 1 B-PERSON
        1 Globe    PROPN NNP  nsubj    5 I-PERSON
        2 and      CCONJ CC   cc       1 O
        3 Spring   PROPN NNP  compound 4 B-PERSON
        4 Vouchers PROPN NNPS conj     1 I-PERSON
        5 thanked  VERB  VBD  ROOT     5 O
        6 Mark     PROPN NNP  compound 7 B-PERSON
        7 Reed     PROPN NNP  dobj     5 I-PERSON
        8 .        PUNCT .    punct    5 O
        """,
    ))
    assert names(release) == ["Mark Reed"]


def test_a_given_name_with_accents_is_known_to_the_census_lists():
    """"Héctor Quillon spoke.": no PERSON entity, but "Héctor" is the census's HECTOR once its
    accent is dropped, so a given name and a name word make a person."""
    release = records(parse(
        "Héctor Quillon spoke.",
        """
        0 Héctor  PROPN NNP compound 1 O
        1 Quillon PROPN NNP nsubj    2 O
        2 spoke   VERB  VBD ROOT     2 O
        3 .       PUNCT .   punct    2 O
        """,
    ))
    assert names(release) == ["Héctor Quillon"]


def test_a_name_starts_after_a_spaced_dash_or_a_common_word_run_into_it():
    """"Growth Playbook - Dr. Vera Quillon" (a talk's title, a dash, its speaker) and "Featuring
    Mark Zorvik" (the model's PERSON over a common word): the person's name starts after them."""
    release = records(parse(
        "Growth Playbook - Dr. Vera Quillon spoke. Featuring Mark Zorvik sang.",
        """
        0  Growth    PROPN NNP  compound 6  B-PERSON
        1  Playbook  PROPN NNP  compound 6  I-PERSON
        2  -         PUNCT HYPH punct    6  I-PERSON
        3  Dr.       PROPN NNP  compound 6  I-PERSON
        4  Vera      PROPN NNP  compound 6  I-PERSON
        5  Quillon   PROPN NNP  nsubj    6  I-PERSON
        6  spoke     VERB  VBD  ROOT     6  O
        7  .         PUNCT .    punct    6  O
        8  Featuring PROPN NNP  compound 10 B-PERSON
        9  Mark      PROPN NNP  compound 10 I-PERSON
        10 Zorvik    PROPN NNP  nsubj    11 I-PERSON
        11 sang      VERB  VBD  ROOT     11 O
        12 .         PUNCT .    punct    11 O
        """,
    ))
    assert names(release) == ["Vera Quillon", "Mark Zorvik"]


def test_a_quoted_nickname_between_given_name_and_surname_is_part_of_the_name():
    """"Mark “Bear” Zorvik spoke. Zorvik agreed.": the model tags only "Mark"; the name runs on
    over the quoted nickname to the surname, and the later surname joins it."""
    release = records(parse(
        "Mark “Bear” Zorvik spoke. Zorvik agreed.",
        """
        0 Mark   PROPN NNP compound 4 B-PERSON
        1 “      PUNCT `` punct    4 O
        2 Bear   PROPN NNP compound 4 O
        3 ”      PUNCT '' punct    4 O
        4 Zorvik PROPN NNP nsubj    5 O
        5 spoke  VERB  VBD ROOT     5 O
        6 .      PUNCT .   punct    5 O
        7 Zorvik PROPN NNP nsubj    8 B-PERSON
        8 agreed VERB  VBD ROOT     8 O
        9 .      PUNCT .   punct    8 O
        """,
    ))
    zorvik = person_named(release, "Mark “Bear” Zorvik")
    assert zorvik.aliases == ["Zorvik"]
    assert names(release) == ["Mark “Bear” Zorvik"]


def test_the_small_letter_half_of_a_hyphenated_name_stays_in_the_name_a_common_word_does_not():
    """"Minister Vell Zor-yong met the Quill-led team.": "yong" after "Zor-" is half of a given
    name; "led" after "Quill-" is a common word, no part of a name."""
    release = records(parse(
        "Minister Vell Zor-yong met the Quill-led team.",
        """
        0 Minister PROPN NNP  compound 4  O
        1 Vell     PROPN NNP  compound 4  B-PERSON
        2 Zor      PROPN NNP  compound 4  I-PERSON
        3 -        PUNCT HYPH punct    4  O
        4 yong     PROPN NNP  nsubj    5  O
        5 met      VERB  VBD  ROOT     5  O
        6 the      DET   DT   det      10 O
        7 Quill    PROPN NNP  npadvmod 9  O
        8 -        PUNCT HYPH punct    9  O
        9 led      VERB  VBN  amod     10 O
        10 team    NOUN  NN   dobj     5  O
        11 .       PUNCT .    punct    5  O
        """,
    ))
    assert names(release) == ["Vell Zor-yong"]


def test_a_name_after_in_and_before_a_comma_and_a_region_is_a_place_not_a_person():
    """"Zorvik Quill was born in Marta Point, California.": the model's PERSON "Marta Point" sits
    between "in" and ", California": a town in its state."""
    release = records(parse(
        "Zorvik Quill was born in Marta Point, California.",
        """
        0 Zorvik     PROPN NNP compound  1 B-PERSON
        1 Quill      PROPN NNP nsubjpass 3 I-PERSON
        2 was        AUX   VBD auxpass   3 O
        3 born       VERB  VBN ROOT      3 O
        4 in         ADP   IN  prep      3 O
        5 Marta      PROPN NNP compound  6 B-PERSON
        6 Point      PROPN NNP pobj      4 I-PERSON
        7 ,          PUNCT ,   punct     6 O
        8 California PROPN NNP appos     6 B-GPE
        9 .          PUNCT .   punct     3 O
        """,
    ))
    assert names(release) == ["Zorvik Quill"]


def test_a_name_that_opens_an_event_or_award_name_is_no_person():
    """"The Mark Zorvik Innovation Award went to Vera Quill.": the model's PERSON "Mark Zorvik"
    goes on in capitals to "Award": it names the award; "Vera Quill" stays a person."""
    release = records(parse(
        "The Mark Zorvik Innovation Award went to Vera Quill.",
        """
        0 The        DET   DT  det      4 O
        1 Mark       PROPN NNP compound 2 B-PERSON
        2 Zorvik     PROPN NNP compound 4 I-PERSON
        3 Innovation PROPN NNP compound 4 O
        4 Award      PROPN NNP nsubj    5 O
        5 went       VERB  VBD ROOT     5 O
        6 to         ADP   IN  prep     5 O
        7 Vera       PROPN NNP compound 8 B-PERSON
        8 Quill      PROPN NNP pobj     6 I-PERSON
        9 .          PUNCT .   punct    5 O
        """,
    ))
    assert names(release) == ["Vera Quill"]


def test_the_models_person_that_stops_inside_a_quoted_nickname_runs_on_to_the_surname():
    """"Mark “Bear” Zorvik": the model's PERSON is "Mark “Bear" (the opening quote and the
    nickname); the name runs on to the surname."""
    release = records(parse(
        "Mark “Bear” Zorvik spoke.",
        """
        0 Mark   PROPN NNP compound 4 B-PERSON
        1 “      PUNCT `` punct    4 I-PERSON
        2 Bear   PROPN NNP compound 4 I-PERSON
        3 ”      PUNCT '' punct    4 O
        4 Zorvik PROPN NNP nsubj    5 O
        5 spoke  VERB  VBD ROOT     5 O
        6 .      PUNCT .   punct    5 O
        """,
    ))
    assert names(release) == ["Mark “Bear” Zorvik"]


def test_a_name_ending_in_a_plural_common_noun_or_a_country_is_no_person():
    """"designed by Dana Zorvik Architects" and "bought from Quillby Singapore": the model's
    PERSON ends in the plural of a common noun or in a country's name, so names a firm; "Dana
    Parks" stays a person (a census surname, though "parks" is a plural too)."""
    release = records(parse(
        "It was designed by Dana Zorvik Architects and sold by Dana Parks to Quillby Singapore.",
        """
        0  It         PRON  PRP nsubjpass 2  O
        1  was        AUX   VBD auxpass   2  O
        2  designed   VERB  VBN ROOT      2  O
        3  by         ADP   IN  agent     2  O
        4  Dana       PROPN NNP compound  6  B-PERSON
        5  Zorvik     PROPN NNP compound  6  I-PERSON
        6  Architects PROPN NNPS pobj     3  I-PERSON
        7  and        CCONJ CC  cc        2  O
        8  sold       VERB  VBN conj      2  O
        9  by         ADP   IN  agent     8  O
        10 Dana       PROPN NNP compound  11 B-PERSON
        11 Parks      PROPN NNP pobj      9  I-PERSON
        12 to         ADP   IN  prep      8  O
        13 Quillby    PROPN NNP compound  14 B-PERSON
        14 Singapore  PROPN NNP pobj      12 I-PERSON
        15 .          PUNCT .   punct     2  O
        """,
    ))
    assert names(release) == ["Dana Parks"]


def test_the_models_one_word_org_on_a_given_name_of_a_person_of_the_release_names_the_person():
    """"Dana Quill joined Zorvik Corp. Dana will lead it.": the model's ORG on the second "Dana"
    is the given name of a person the release names in full, so names her, no body."""
    release = records(parse(
        "Dana Quill joined Zorvik Corp. Dana will lead it.",
        """
        0  Dana    PROPN NNP compound 1  B-PERSON
        1  Quill   PROPN NNP nsubj    2  I-PERSON
        2  joined  VERB  VBD ROOT     2  O
        3  Zorvik  PROPN NNP compound 4  B-ORG
        4  Corp.   PROPN NNP dobj     2  I-ORG
        5  Dana    PROPN NNP nsubj    7  B-ORG
        6  will    AUX   MD  aux      7  O
        7  lead    VERB  VB  ROOT     7  O
        8  it      PRON  PRP dobj     7  O
        9  .       PUNCT .   punct    7  O
        """,
    ))
    assert org_names(release) == {"Zorvik Corp."}


def test_a_hometown_after_of_and_before_a_comma_and_a_region_is_a_place_not_a_person():
    """"Dana Roe, of Quillby Park, Texas, won.": the model's PERSON on the town after "of" and
    before ", Texas" is a hometown; "the Mayor of Quillby Park, Texas" is read by the titles."""
    release = records(parse(
        "Dana Roe, of Quillby Park, Texas, won.",
        """
        0  Dana    PROPN NNP compound 1  B-PERSON
        1  Roe     PROPN NNP nsubj    9  I-PERSON
        2  ,       PUNCT ,   punct    1  O
        3  of      ADP   IN  prep     1  O
        4  Quillby PROPN NNP compound 5  B-PERSON
        5  Park    PROPN NNP pobj     3  I-PERSON
        6  ,       PUNCT ,   punct    5  O
        7  Texas   PROPN NNP appos    5  B-GPE
        8  ,       PUNCT ,   punct    1  O
        9  won     VERB  VBD ROOT     9  O
        10 .       PUNCT .   punct    9  O
        """,
    ))
    assert names(release) == ["Dana Roe"]


def test_name_words_the_model_tags_org_after_an_honorific_name_a_person_a_company_stays():
    """"said Mr. Zorvik Quillbaran, Secretary General": the model's ORG on the two name words
    after "Mr." is a person's name; "Dr. Quillby Laboratories" keeps its head word and is a body."""
    release = records(parse(
        "He met Mr. Zorvik Quillbaran at Dr. Quillby Laboratories.",
        """
        0  He           PROPN PRP nsubj    1  O
        1  met          VERB  VBD ROOT     1  O
        2  Mr.          PROPN NNP compound 4  O
        3  Zorvik       PROPN NNP compound 4  B-ORG
        4  Quillbaran   PROPN NNP dobj     1  I-ORG
        5  at           ADP   IN  prep     1  O
        6  Dr.          PROPN NNP compound 8  O
        7  Quillby      PROPN NNP compound 8  B-ORG
        8  Laboratories PROPN NNP pobj     5  I-ORG
        9  .            PUNCT .   punct    1  O
        """,
    ))
    assert names(release) == ["Zorvik Quillbaran"]


def test_a_clipped_given_name_later_is_the_person_named_in_full():
    """people.belongs_to: "Christopher Quellmore" then "thank Chris" (the given name clipped) is one
    person with the short form as an alias, not a second person "Chris"."""
    release = records(parse(
        "Christopher Quellmore joined the board. We thank Chris for his work.",
        """
        0  Christopher PROPN NNP compound  1  B-PERSON
        1  Quellmore  PROPN NNP nsubj     2  I-PERSON
        2  joined     VERB  VBD ROOT      2  O
        3  the        DET   DT  det       4  O
        4  board      NOUN  NN  dobj      2  O
        5  .          PUNCT .   punct     2  O
        6  We         PRON  PRP nsubj     7  O
        7  thank      VERB  VBP ROOT      7  O
        8  Chris      PROPN NNP dobj      7  B-PERSON
        9  for        ADP   IN  prep      7  O
        10 his        PRON  PRP$ poss     11 O
        11 work       NOUN  NN  pobj      9  O
        12 .          PUNCT .   punct     7  O
        """,
    ))
    assert names(release) == ["Christopher Quellmore"]
    assert person_named(release, "Christopher Quellmore").aliases == ["Chris"]


def test_a_name_ending_in_a_place_word_is_a_place_not_a_person():
    """people.place_name_end: the model's PERSON "Rosa Marin City" (a given name opening a place
    name whose last word is City, in capitals too) is no person; "Marta Osgood" stays."""
    release = records(parse(
        "Marta Osgood moved to Rosa Marin City. She left ROSA MARIN CITY later.",
        """
        0  Marta      PROPN NNP compound  1  B-PERSON
        1  Osgood     PROPN NNP nsubj     2  I-PERSON
        2  moved      VERB  VBD ROOT      2  O
        3  to         ADP   IN  prep      2  O
        4  Rosa       PROPN NNP compound  6  B-PERSON
        5  Marin      PROPN NNP compound  6  I-PERSON
        6  City       PROPN NNP pobj      3  I-PERSON
        7  .          PUNCT .   punct     2  O
        8  She        PRON  PRP nsubj     9  O
        9  left       VERB  VBD ROOT      9  O
        10 ROSA       PROPN NNP compound  12 B-PERSON
        11 MARIN      PROPN NNP compound  12 I-PERSON
        12 CITY       PROPN NNP dobj      9  I-PERSON
        13 later      ADV   RB  advmod    9  O
        14 .          PUNCT .   punct     9  O
        """,
    ))
    assert names(release) == ["Marta Osgood"]


def test_a_place_ended_name_filling_a_titles_complement_is_its_body():
    """people.named_as_body: "Founder at Mina River" (a given name opening it, a place word
    ending it) names the founder's body, an organization, not a person."""
    release = records(parse(
        "Dana Quell, Founder at Mina River, spoke.",
        """
        0  Dana       PROPN NNP compound  1  B-PERSON
        1  Quell      PROPN NNP nsubj     8  I-PERSON
        2  ,          PUNCT ,   punct     1  O
        3  Founder    PROPN NNP appos     1  O
        4  at         ADP   IN  prep      3  O
        5  Mina       PROPN NNP compound  6  B-PERSON
        6  River      PROPN NNP pobj      4  I-PERSON
        7  ,          PUNCT ,   punct     1  O
        8  spoke      VERB  VBD ROOT      8  O
        9  .          PUNCT .   punct     8  O
        """,
    ))
    assert names(release) == ["Dana Quell"]
    assert "Mina River" in org_names(release)


def test_a_name_opening_with_a_given_name_that_the_model_tags_org_in_every_mention_is_a_body():
    """"with Charity Quillby Ace ... Charity Quillby Ace delivers": the model tags both mentions
    ORG and the name ends in an English word, so the given name "Charity" makes no person."""
    release = records(parse(
        "Acme works with Charity Quillby Ace . Charity Quillby Ace delivers tools .",
        """
        0  Acme     PROPN NNP nsubj    1  B-ORG
        1  works    VERB  VBZ ROOT     1  O
        2  with     ADP   IN  prep     1  O
        3  Charity  PROPN NNP compound 5  B-ORG
        4  Quillby  PROPN NNP compound 5  I-ORG
        5  Ace      PROPN NNP pobj     2  I-ORG
        6  .        PUNCT .   punct    1  O
        7  Charity  PROPN NNP compound 9  B-ORG
        8  Quillby  PROPN NNP compound 9  I-ORG
        9  Ace      PROPN NNP nsubj    10 I-ORG
        10 delivers VERB  VBZ ROOT     10 O
        11 tools    NOUN  NNS dobj     10 O
        12 .        PUNCT .   punct    10 O
        """,
    ))
    assert names(release) == []
    assert "Charity Quillby Ace" in org_names(release)


def test_a_name_opening_a_company_of_the_release_is_its_short_form_not_a_person():
    """"Tolliver Corporation ... Tolliver grew": "Tolliver" (a census surname) opens a company the release names (a head
    word or legal suffix closes it), so alone it is the company's short form, not a person the
    model tags."""
    release = records(parse(
        "Tolliver Corporation hired staff . Tolliver grew .",
        """
        0 Tolliver    PROPN NNP compound 1 B-ORG
        1 Corporation PROPN NNP nsubj    2 I-ORG
        2 hired       VERB  VBD ROOT     2 O
        3 staff       NOUN  NN  dobj     2 O
        4 .           PUNCT .   punct    2 O
        5 Tolliver    PROPN NNP nsubj    6 B-PERSON
        6 grew        VERB  VBD ROOT     6 O
        7 .           PUNCT .   punct    6 O
        """,
    ))
    assert names(release) == []


def test_the_whole_name_of_a_region_is_no_person():
    """"Jane Roe moved from Halifax, Nova Scotia, to Santa Cruz.": the model's PERSON on "Nova
    Scotia" and "Santa Cruz" is the whole name of a province and a region (ISO 3166-2), no person."""
    release = records(parse(
        "Jane Roe moved from Halifax, Nova Scotia, to Santa Cruz.",
        """
        0  Jane     PROPN NNP compound 1  B-PERSON
        1  Roe      PROPN NNP nsubj    2  I-PERSON
        2  moved    VERB  VBD ROOT     2  O
        3  from     ADP   IN  prep     2  O
        4  Halifax  PROPN NNP pobj     3  B-GPE
        5  ,        PUNCT ,   punct    4  O
        6  Nova     PROPN NNP compound 7  B-PERSON
        7  Scotia   PROPN NNP appos    4  I-PERSON
        8  ,        PUNCT ,   punct    4  O
        9  to       ADP   IN  prep     2  O
        10 Santa    PROPN NNP compound 11 B-PERSON
        11 Cruz     PROPN NNP pobj     9  I-PERSON
        12 .        PUNCT .   punct    2  O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_an_org_entity_opening_with_a_given_name_and_going_on_with_common_words_is_a_firm():
    """The model tags "Anderson Medical Supplies" ORG; "Anderson" is a census given name, but
    "Medical" and "Supplies" are English words no surname list holds: a firm, not a person."""
    release = records(parse(
        "Anderson Medical Supplies opened a store.",
        """
        0  Anderson  PROPN NNP compound 2 B-ORG
        1  Medical   PROPN NNP compound 2 I-ORG
        2  Supplies  PROPN NNPS nsubj   3 I-ORG
        3  opened    VERB  VBD ROOT     3 O
        4  a         DET   DT  det      5 O
        5  store     NOUN  NN  dobj     3 O
        6  .         PUNCT .   punct    3 O
        """,
    ))
    assert names(release) == []
    assert org_names(release) == {"Anderson Medical Supplies"}


def test_an_org_entity_of_a_given_name_and_a_surname_stays_a_person():
    """"Carolina Young" tagged ORG: "Young" is an English word but also a census surname."""
    release = records(parse(
        "Carolina Young opened a store.",
        """
        0  Carolina  PROPN NNP compound 1 B-ORG
        1  Young     PROPN NNP nsubj    2 I-ORG
        2  opened    VERB  VBD ROOT     2 O
        3  a         DET   DT  det      4 O
        4  store     NOUN  NN  dobj     2 O
        5  .         PUNCT .   punct    2 O
        """,
    ))
    assert names(release) == ["Carolina Young"]


def test_the_given_name_opening_a_firm_is_no_person_alone():
    """"Anderson Medical Supplies ... Anderson delivered": the one word that opens a firm's name
    (a given name followed by English words) names the firm again, not a person, where no title
    stands beside it."""
    release = records(parse(
        "Anderson Medical Supplies opened. Anderson delivered.",
        """
        0  Anderson  PROPN NNP  compound 2 B-ORG
        1  Medical   PROPN NNP  compound 2 I-ORG
        2  Supplies  PROPN NNPS nsubj    3 I-ORG
        3  opened    VERB  VBD  ROOT     3 O
        4  .         PUNCT .    punct    3 O
        5  Anderson  PROPN NNP  nsubj    6 B-PERSON
        6  delivered VERB  VBD  ROOT     6 O
        7  .         PUNCT .    punct    6 O
        """,
    ))
    assert names(release) == []


def test_a_cryptocurrency_the_model_tags_person_is_no_person():
    """"Solana rose 5 percent as Jane Roe spoke.": the model's PERSON on a blockchain's coin
    (patterns/crypto_assets; a census surname too) names no one; Jane Roe stays."""
    release = records(parse(
        "Solana rose 5 percent as Jane Roe spoke.",
        """
        0 Solana  PROPN NNP nsubj    1 B-PERSON
        1 rose    VERB  VBD ROOT     1 O
        2 5       NUM   CD  nummod   3 O
        3 percent NOUN  NN  dobj     1 O
        4 as      SCONJ IN  mark     7 O
        5 Jane    PROPN NNP compound 6 B-PERSON
        6 Roe     PROPN NNP nsubj    7 I-PERSON
        7 spoke   VERB  VBD advcl    1 O
        8 .       PUNCT .   punct    1 O
        """,
    ))
    assert [p.name for p in release.people] == ["Jane Roe"]


def test_a_name_in_apposition_with_a_product_noun_is_no_person_unless_it_opens_with_a_given_name():
    """"Quillby Labs introduced Zorvik Pro, its new battery pack.": the model's PERSON on a name
    no given name opens, in apposition with a product noun, names a product. "Jane Roe, a film
    producer, spoke.": a given name keeps the person."""
    release = records(parse(
        "Quillby Labs introduced Zorvik Pro, its new battery pack.",
        """
        0 Quillby    PROPN NNP compound 1 B-ORG
        1 Labs       PROPN NNP nsubj    2 I-ORG
        2 introduced VERB  VBD ROOT     2 O
        3 Zorvik     PROPN NNP compound 4 B-PERSON
        4 Pro        PROPN NNP dobj     2 I-PERSON
        5 ,          PUNCT ,   punct    4 O
        6 its        PRON  PRP$ poss    9 O
        7 new        ADJ   JJ  amod     9 O
        8 battery    NOUN  NN  compound 9 O
        9 pack       NOUN  NN  appos    4 O
        10 .         PUNCT .   punct    2 O
        """,
    ))
    assert release.people == []
    release = records(parse(
        "Jane Roe, a film director, spoke.",
        """
        0 Jane     PROPN NNP compound 1 B-PERSON
        1 Roe      PROPN NNP nsubj    7 I-PERSON
        2 ,        PUNCT ,   punct    1 O
        3 a        DET   DT  det      5 O
        4 film     NOUN  NN  compound 5 O
        5 director NOUN  NN  appos    1 O
        6 ,        PUNCT ,   punct    1 O
        7 spoke    VERB  VBD ROOT     7 O
        8 .        PUNCT .   punct    7 O
        """,
    ))
    assert [p.name for p in release.people] == ["Jane Roe"]


def test_a_surname_naming_a_family_is_no_mention_of_the_person():
    """"Jane Roe thanked the Roe and Doe families.": "the Roe and Doe families" names two
    families (patterns/family_nouns); neither surname there is a mention of a person, so "Roe"
    is no alias of Jane Roe's and "Doe" no person."""
    release = records(parse(
        "Jane Roe thanked the Roe and Doe families.",
        """
        0 Jane     PROPN NNP compound 1 B-PERSON
        1 Roe      PROPN NNP nsubj    2 I-PERSON
        2 thanked  VERB  VBD ROOT     2 O
        3 the      DET   DT  det      7 O
        4 Roe      PROPN NNP compound 7 B-PERSON
        5 and      CCONJ CC  cc       4 O
        6 Doe      PROPN NNP conj     4 B-PERSON
        7 families NOUN  NNS dobj     2 O
        8 .        PUNCT .   punct    2 O
        """,
    ))
    assert [(p.name, p.aliases, len(p.evidence)) for p in release.people] == [("Jane Roe", [], 1)]


def test_a_name_ending_in_a_firm_word_is_no_person():
    """"Vantor Capital invested, said Jane Roe.": the model's PERSON on a name ending in a
    word that ends firms' names (patterns/firm_name_ends) names a firm; Jane Roe stays."""
    release = records(parse(
        "Vantor Capital invested, said Jane Roe.",
        """
        0 Vantor   PROPN NNP compound 1 B-PERSON
        1 Capital  PROPN NNP nsubj    2 I-PERSON
        2 invested VERB  VBD ccomp    4 O
        3 ,        PUNCT ,   punct    4 O
        4 said     VERB  VBD ROOT     4 O
        5 Jane     PROPN NNP compound 6 B-PERSON
        6 Roe      PROPN NNP nsubj    4 I-PERSON
        7 .        PUNCT .   punct    4 O
        """,
    ))
    assert [p.name for p in release.people] == ["Jane Roe"]


def test_a_name_that_is_a_company_noun_by_copula_or_owns_its_object_is_a_body():
    """"Quorn Ledge is a software company": the subject of "is" with a company noun for its
    complement is a body; "Harwick Vale published its report": a subject whose object "its" owns
    is a body; "Jane Roe is a founder" stays a person (no company noun)."""
    release = records(parse(
        "Quorn Ledge is a software company. Harwick Vale published its report. Jane Roe is a founder.",
        """
        0  Quorn     PROPN NNP compound 1  B-PERSON
        1  Ledge     PROPN NNP nsubj    2  I-PERSON
        2  is        AUX   VBZ ROOT     2  O
        3  a         DET   DT  det      5  O
        4  software  NOUN  NN  compound 5  O
        5  company   NOUN  NN  attr     2  O
        6  .         PUNCT .   punct    2  O
        7  Harwick   PROPN NNP compound 8  B-PERSON
        8  Vale      PROPN NNP nsubj    9  I-PERSON
        9  published VERB  VBD ROOT     9  O
        10 its       PRON  PRP$ poss    11 O
        11 report    NOUN  NN  dobj     9  O
        12 .         PUNCT .   punct    9  O
        13 Jane      PROPN NNP compound 14 B-PERSON
        14 Roe       PROPN NNP nsubj    15 I-PERSON
        15 is        AUX   VBZ ROOT     15 O
        16 a         DET   DT  det      17 O
        17 founder   NOUN  NN  attr     15 O
        18 .         PUNCT .   punct    15 O
        """,
    ))
    assert names(release) == ["Jane Roe"]
    assert {"Quorn Ledge", "Harwick Vale"} <= set(org_names(release))


def test_a_one_word_name_listed_with_places_is_no_person():
    """"Chicago, Joliet and Aurora": a word the model calls a person, listed beside places and
    beside no person, is one more place."""
    release = records(parse(
        "Offices in Chicago, Joliet and Aurora.",
        """
        0 Offices  NOUN  NNS ROOT     0 O
        1 in       ADP   IN  prep     0 O
        2 Chicago  PROPN NNP pobj     1 B-GPE
        3 ,        PUNCT ,   punct    2 O
        4 Joliet   PROPN NNP conj     2 B-GPE
        5 and      CCONJ CC  cc       4 O
        6 Aurora   PROPN NNP conj     4 B-PERSON
        7 .        PUNCT .   punct    0 O
        """,
    ))
    assert names(release) == []


def test_a_one_word_name_listed_with_a_person_stays_a_person():
    """Near miss: "Joey and Danny Roe" lists people; the one-word name is a person's (who
    shares the surname after "and": shared_surnames)."""
    release = records(parse(
        "Her sons Joey and Danny Roe came.",
        """
        0 Her   PRON  PRP$ poss     1 O
        1 sons  NOUN  NNS  nsubj    6 O
        2 Joey  PROPN NNP  appos    1 B-PERSON
        3 and   CCONJ CC   cc       2 O
        4 Danny PROPN NNP  compound 5 B-PERSON
        5 Roe   PROPN NNP  conj     2 I-PERSON
        6 came  VERB  VBD  ROOT     6 O
        7 .     PUNCT .    punct    6 O
        """,
    ))
    assert sorted(names(release)) == ["Danny Roe", "Joey Roe"]


def test_a_common_word_opening_a_sentence_is_no_person():
    """"Weather and working conditions may ...": capitalized only as the sentence's first word,
    a common English word the model tagged PERSON names no one."""
    release = records(parse(
        "Weather and working conditions may vary.",
        """
        0 Weather    PROPN NNP nsubj 5 B-PERSON
        1 and        CCONJ CC  cc    0 O
        2 working    VERB  VBG amod  3 O
        3 conditions NOUN  NNS conj  0 O
        4 may        AUX   MD  aux   5 O
        5 vary       VERB  VB  ROOT  5 O
        6 .          PUNCT .   punct 5 O
        """,
    ))
    assert names(release) == []


def test_an_imperative_opening_a_list_item_is_no_person():
    """"- Mark your calendars": a verb in the base form with no subject, opening a list item, is
    an instruction, though "Mark" is a given name."""
    release = records(parse(
        "Tips:\n- Mark your calendars.",
        """
        0 Tips      NOUN  NNS  ROOT  0 O
        1 :         PUNCT :    punct 0 O
        2 \\n        SPACE _SP  dep   1 O
        3 -         PUNCT :    punct 4 O
        4 Mark      VERB  VB   ROOT  4 B-PERSON
        5 your      PRON  PRP$ poss  6 O
        6 calendars NOUN  NNS  dobj  4 O
        7 .         PUNCT .    punct 4 O
        """,
    ))
    assert names(release) == []


def test_a_given_name_subject_opening_a_sentence_stays_a_person():
    """Near miss: "Mark said ..." opens the sentence as its subject: a person."""
    release = records(parse(
        "Mark said the plant will open.",
        """
        0 Mark  PROPN NNP nsubj 1 B-PERSON
        1 said  VERB  VBD ROOT  1 O
        2 the   DET   DT  det   3 O
        3 plant NOUN  NN  nsubj 5 O
        4 will  AUX   MD  aux   5 O
        5 open  VERB  VB  ccomp 1 O
        6 .     PUNCT .   punct 1 O
        """,
    ))
    assert names(release) == ["Mark"]


def test_a_one_word_name_the_release_writes_as_a_town_is_no_person():
    """"Donna, Texas -- RV Station Donna ...": the release writes the word as a town before its
    state, so "Donna" after "RV Station" is the town too."""
    release = records(parse(
        "Donna, Texas - RV Station Donna opened.",
        """
        0 Donna   PROPN NNP npadvmod 6 B-GPE
        1 ,       PUNCT ,   punct    0 O
        2 Texas   PROPN NNP appos    0 B-GPE
        3 -       PUNCT :   punct    6 O
        4 RV      PROPN NNP compound 5 O
        5 Station PROPN NNP compound 6 O
        6 Donna   PROPN NNP nsubj    7 B-PERSON
        7 opened  VERB  VBD ROOT     7 O
        8 .       PUNCT .   punct    7 O
        """,
    ))
    assert names(release) == []


def test_a_name_ending_in_a_state_code_is_a_city():
    """"St. Charles MO": a name the model reads as "Charles MO" ends in Missouri's code: a city."""
    release = records(parse(
        "Support in St. Charles MO and Franklin County.",
        """
        0 Support  NOUN  NN  ROOT     0 O
        1 in       ADP   IN  prep     0 O
        2 St.      PROPN NNP compound 4 O
        3 Charles  PROPN NNP compound 4 B-PERSON
        4 MO       PROPN NNP pobj     1 I-PERSON
        5 and      CCONJ CC  cc       4 O
        6 Franklin PROPN NNP compound 7 B-GPE
        7 County   PROPN NNP conj     4 I-GPE
        8 .        PUNCT .   punct    0 O
        """,
    ))
    assert names(release) == []


def test_a_contact_label_after_a_name_is_no_part_of_it():
    """"CEO: Tobias Wren Email: info@...": the field label before its colon ends the name."""
    release = records(parse(
        "CEO: Tobias Wren Email: info@acme.com",
        """
        0 CEO           PROPN NNP ROOT     0 O
        1 :             PUNCT :   punct    0 O
        2 Tobias        PROPN NNP compound 4 B-PERSON
        3 Wren          PROPN NNP compound 4 I-PERSON
        4 Email         PROPN NNP appos    0 I-PERSON
        5 :             PUNCT :   punct    4 O
        6 info@acme.com X     ADD appos    4 O
        """,
    ))
    assert names(release) == ["Tobias Wren"]


def test_a_figure_of_speech_and_a_channel_label_are_no_people():
    """"the credit of Uncle Sam" (patterns/personifications) and "MI Facebook" (a channel's label:
    patterns/channel_name_ends) look like names and name no one."""
    release = records(parse(
        "The credit of Uncle Sam backs MI Facebook.",
        """
        0 The      DET   DT  det      1 O
        1 credit   NOUN  NN  nsubj    5 O
        2 of       ADP   IN  prep     1 O
        3 Uncle    PROPN NNP compound 4 B-PERSON
        4 Sam      PROPN NNP pobj     2 I-PERSON
        5 backs    VERB  VBZ ROOT     5 O
        6 MI       PROPN NNP compound 7 B-PERSON
        7 Facebook PROPN NNP dobj     5 I-PERSON
        8 .        PUNCT .   punct    5 O
        """,
    ))
    assert names(release) == []


def test_a_name_without_a_given_name_ending_in_a_common_word_is_no_person():
    """"Ryvid Groove": no census given name opens it and it ends in a common English word no
    surname list holds ("groove"): a product, though the model tags it PERSON."""
    release = records(parse(
        "Riders love the Ryvid Groove.",
        """
        0 Riders NOUN  NNS nsubj    1 O
        1 love   VERB  VBP ROOT     1 O
        2 the    DET   DT  det      4 O
        3 Ryvid  PROPN NNP compound 4 B-PERSON
        4 Groove PROPN NNP dobj     1 I-PERSON
        5 .      PUNCT .   punct    1 O
        """,
    ))
    assert names(release) == []


def test_a_title_keeps_a_name_ending_in_a_common_word():
    """Near miss: "CEO Tarvo Anthem": the title before the name makes it a person's."""
    release = records(parse(
        "CEO Tarvo Anthem spoke.",
        """
        0 CEO    PROPN NNP compound 2 O
        1 Tarvo  PROPN NNP compound 2 B-PERSON
        2 Anthem PROPN NNP nsubj    3 I-PERSON
        3 spoke  VERB  VBD ROOT     3 O
        4 .      PUNCT .   punct    3 O
        """,
    ))
    assert names(release) == ["Tarvo Anthem"]


def test_who_after_a_name_ending_in_a_common_word_keeps_a_person():
    """Near miss: "Tarvo Anthem, who joined ...": the relative "who" says the name is a person's."""
    release = records(parse(
        "Tarvo Anthem, who joined in May, spoke.",
        """
        0 Tarvo  PROPN NNP compound 1 B-PERSON
        1 Anthem PROPN NNP nsubj    8 I-PERSON
        2 ,      PUNCT ,   punct    1 O
        3 who    PRON  WP  nsubj    4 O
        4 joined VERB  VBD relcl    1 O
        5 in     ADP   IN  prep     4 O
        6 May    PROPN NNP pobj     5 B-DATE
        7 ,      PUNCT ,   punct    1 O
        8 spoke  VERB  VBD ROOT     8 O
        9 .      PUNCT .   punct    8 O
        """,
    ))
    assert names(release) == ["Tarvo Anthem"]


def test_a_name_that_takes_the_as_its_determiner_is_no_person():
    """"at the Crystal Gateway Marriott": "the" determines the name itself: a building."""
    release = records(parse(
        "We met at the Crystal Gateway Marriott.",
        """
        0 We       PRON  PRP nsubj    1 O
        1 met      VERB  VBD ROOT     1 O
        2 at       ADP   IN  prep     1 O
        3 the      DET   DT  det      6 O
        4 Crystal  PROPN NNP compound 6 B-PERSON
        5 Gateway  PROPN NNP compound 6 I-PERSON
        6 Marriott PROPN NNP pobj     2 I-PERSON
        7 .        PUNCT .   punct    1 O
        """,
    ))
    assert names(release) == []


def test_a_name_modifying_a_noun_after_the_stays_a_person():
    """Near miss: "the Roe administration": "the" belongs to "administration"; Jane Roe, named
    before, stays a person."""
    release = records(parse(
        "Jane Roe spoke. The Roe administration agreed.",
        """
        0 Jane           PROPN NNP compound 1 B-PERSON
        1 Roe            PROPN NNP nsubj    2 I-PERSON
        2 spoke          VERB  VBD ROOT     2 O
        3 .              PUNCT .   punct    2 O
        4 The            DET   DT  det      6 O
        5 Roe            PROPN NNP compound 6 B-PERSON
        6 administration NOUN  NN  nsubj    7 O
        7 agreed         VERB  VBD ROOT     7 O
        8 .              PUNCT .   punct    7 O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_a_one_word_possessive_opening_a_name_in_capitals_is_no_person():
    """"We support Nathaniel's Hope.": the possessive goes on in capitals: a charity's name."""
    release = records(parse(
        "We support Nathaniel's Hope.",
        """
        0 We        PRON  PRP nsubj    1 O
        1 support   VERB  VBP ROOT     1 O
        2 Nathaniel PROPN NNP poss     4 B-PERSON
        3 's        PART  POS case     2 O
        4 Hope      PROPN NNP dobj     1 O
        5 .         PUNCT .   punct    1 O
        """,
    ))
    assert names(release) == []


def test_a_given_name_before_a_common_word_that_is_no_surname_is_no_person():
    """"Austin Marriott Downtown": a given name, then words ending in a common English word no
    census surname list holds: a hotel's name, though the model tags it PERSON."""
    release = records(parse(
        "Stay at Austin Marriott Downtown.",
        """
        0 Stay     VERB  VB  ROOT     0 O
        1 at       ADP   IN  prep     0 O
        2 Austin   PROPN NNP compound 4 B-PERSON
        3 Marriott PROPN NNP compound 4 I-PERSON
        4 Downtown PROPN NNP pobj     1 I-PERSON
        5 .        PUNCT .   punct    0 O
        """,
    ))
    assert names(release) == []


def test_a_name_modifying_a_lower_case_noun_is_no_person():
    """"Pell Grant eligibility": the name only modifies the common noun after it: a program."""
    release = records(parse(
        "Pell Grant eligibility shifts.",
        """
        0 Pell        PROPN NNP compound 1 B-PERSON
        1 Grant       PROPN NNP compound 2 I-PERSON
        2 eligibility NOUN  NN  nsubj    3 O
        3 shifts      VERB  VBZ ROOT     3 O
        4 .           PUNCT .   punct    3 O
        """,
    ))
    assert names(release) == []


def test_a_name_before_a_ruler_noun_stays_a_person():
    """Near miss: "the Roeschka regime": a ruler's name before what a ruler holds (ruler_of)."""
    release = records(parse(
        "They condemned the Roeschka regime.",
        """
        0 They      PRON  PRP nsubj    1 O
        1 condemned VERB  VBD ROOT     1 O
        2 the       DET   DT  det      4 O
        3 Roeschka  PROPN NNP compound 4 B-PERSON
        4 regime    NOUN  NN  dobj     1 O
        5 .         PUNCT .   punct    1 O
        """,
    ))
    assert names(release) == ["Roeschka"]


def test_a_surname_written_alone_keeps_a_name_ending_in_a_common_word():
    """Near miss: "Tarvo Hike ... Hike was sentenced": the last word alone names the person again."""
    release = records(parse(
        "Tarvo Hike pleaded guilty. Hike was sentenced.",
        """
        0 Tarvo     PROPN NNP compound  1 B-PERSON
        1 Hike      PROPN NNP nsubj     2 I-PERSON
        2 pleaded   VERB  VBD ROOT      2 O
        3 guilty    ADJ   JJ  acomp     2 O
        4 .         PUNCT .   punct     2 O
        5 Hike      PROPN NNP nsubjpass 7 B-PERSON
        6 was       AUX   VBD auxpass   7 O
        7 sentenced VERB  VBN ROOT      7 O
        8 .         PUNCT .   punct     7 O
        """,
    ))
    assert names(release) == ["Tarvo Hike"]


def test_a_rulers_possessive_keeps_a_name_ending_in_a_common_word():
    """Near miss: "Vadim Hike's unprovoked war": what a ruler wages (ruler_of, over adjectives)."""
    release = records(parse(
        "They condemned Vadim Hike's unprovoked war.",
        """
        0 They       PRON  PRP nsubj    1 O
        1 condemned  VERB  VBD ROOT     1 O
        2 Vadim      PROPN NNP compound 3 B-PERSON
        3 Hike       PROPN NNP poss     6 I-PERSON
        4 's         PART  POS case     3 O
        5 unprovoked ADJ   JJ  amod     6 O
        6 war        NOUN  NN  dobj     1 O
        7 .          PUNCT .   punct    1 O
        """,
    ))
    assert names(release) == ["Vadim Hike"]


def test_a_proper_name_wordnet_lists_is_no_common_word_end():
    """Near miss: "vice Timothy Gallaudet": WordNet lists "Gallaudet" as a noun, a proper name
    with no derived ending and no other part of speech: the name stays a person's."""
    release = records(parse(
        "Jane Roe to be Director, vice Timothy Gallaudet.",
        """
        0  Jane      PROPN NNP compound 1 B-PERSON
        1  Roe       PROPN NNP ROOT     1 I-PERSON
        2  to        PART  TO  aux      3 O
        3  be        AUX   VB  relcl    1 O
        4  Director  PROPN NNP attr     3 O
        5  ,         PUNCT ,   punct    4 O
        6  vice      ADP   IN  prep     4 O
        7  Timothy   PROPN NNP compound 8 B-PERSON
        8  Gallaudet PROPN NNP pobj     6 I-PERSON
        9  .         PUNCT .   punct    1 O
        """,
    ))
    assert "Timothy Gallaudet" in names(release)



def test_a_sentence_start_the_parser_put_between_two_name_words_on_one_line_ends_no_name():
    """"Jane Roe, CEO - Acme" in a roster of speakers: the parser starts a sentence at "Roe" (no
    mark between the words); the name runs on over it and the title after the comma makes it a
    person's."""
    release = records(parse(
        "Speakers:\n\nJane Roe, CEO - Acme\n",
        """
        0 Speakers PROPN NNP  ROOT     0 O
        1 :        PUNCT :    punct    0 O
        2 \\n\\n     SPACE _SP  dep      1 O
        3 Jane     PROPN NNP  ROOT     3 O
        4 Roe      PROPN NNP  ROOT     4 O
        5 ,        PUNCT ,    punct    4 O
        6 CEO      PROPN NNP  compound 8 O
        7 -        PUNCT HYPH punct    8 O
        8 Acme     PROPN NNP  appos    4 O
        9 \\n       SPACE _SP  dep      8 O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_a_given_name_alone_before_and_and_a_full_name_shares_its_surname():
    """"David and Jean Marble were ...": the one given name standing alone before "and" is David
    Marble, even where the model left it untagged; a later "David" is the same person."""
    release = records(parse(
        "Jane and Joan Roe moved. Jane plays cards.",
        """
        0 Jane  PROPN NNP nsubj    4 O
        1 and   CCONJ CC  cc       0 O
        2 Joan  PROPN NNP compound 3 B-PERSON
        3 Roe   PROPN NNP conj     0 I-PERSON
        4 moved VERB  VBD ROOT     4 O
        5 .     PUNCT .   punct    4 O
        6 Jane  PROPN NNP nsubj    7 B-PERSON
        7 plays VERB  VBZ ROOT     7 O
        8 cards NOUN  NNS dobj     7 O
        9 .     PUNCT .   punct    7 O
        """,
    ))
    assert sorted(names(release)) == ["Jane Roe", "Joan Roe"]
    assert person_named(release, "Jane Roe").aliases == ["Jane"]


def test_a_surname_and_initial_before_and_keep_their_own_name():
    """Near miss: "Ann L. Dale and Joan Roe": "Dale" closes a full name of its own (an initial
    before it); it takes no surname from the name after "and"."""
    release = records(parse(
        "Ann L. Dale and Joan Roe spoke.",
        """
        0 Ann   PROPN NNP compound 2 B-PERSON
        1 L.    PROPN NNP compound 2 I-PERSON
        2 Dale  PROPN NNP nsubj    6 I-PERSON
        3 and   CCONJ CC  cc       2 O
        4 Joan  PROPN NNP compound 5 B-PERSON
        5 Roe   PROPN NNP conj     2 I-PERSON
        6 spoke VERB  VBD ROOT     6 O
        7 .     PUNCT .   punct    6 O
        """,
    ))
    assert sorted(names(release)) == ["Ann L. Dale", "Joan Roe"]


def test_a_word_joined_by_an_ampersand_to_another_names_a_firm_not_a_person():
    """"Jon Roe, co-founder of Kirsh & Roe": "Roe" of the firm's name is no mention of Jon Roe;
    "Alder and Vance ... Alder & Vance": the one word the model tags PERSON is the firm's word
    wherever it stands."""
    release = records(parse(
        "Jon Roe founded Kirsh & Roe. He was at Alder and Vance, now Alder & Vance.",
        """
        0  Jon     PROPN NNP compound 1  B-PERSON
        1  Roe     PROPN NNP nsubj    2  I-PERSON
        2  founded VERB  VBD ROOT     2  O
        3  Kirsh   PROPN NNP dobj     2  O
        4  &       CCONJ CC  cc       3  O
        5  Roe     PROPN NNP conj     3  O
        6  .       PUNCT .   punct    2  O
        7  He      PRON  PRP nsubj    8  O
        8  was     AUX   VBD ROOT     8  O
        9  at      ADP   IN  prep     8  O
        10 Alder   PROPN NNP pobj     9  O
        11 and     CCONJ CC  cc       10 O
        12 Vance   PROPN NNP conj     10 B-PERSON
        13 ,       PUNCT ,   punct    8  O
        14 now     ADV   RB  advmod   8  O
        15 Alder   PROPN NNP appos    10 O
        16 &       CCONJ CC  cc       15 O
        17 Vance   PROPN NNP conj     15 O
        18 .       PUNCT .   punct    8  O
        """,
    ))
    assert names(release) == ["Jon Roe"]
    assert person_named(release, "Jon Roe").aliases == []


def test_full_names_joined_by_an_ampersand_stay_people():
    """Near miss: "Jane Roe & John Doe" joins two people, not a firm's words."""
    release = records(parse(
        "Jane Roe & John Doe spoke.",
        """
        0 Jane  PROPN NNP compound 1 B-PERSON
        1 Roe   PROPN NNP nsubj    5 I-PERSON
        2 &     CCONJ CC  cc       1 O
        3 John  PROPN NNP compound 4 B-PERSON
        4 Doe   PROPN NNP conj     1 I-PERSON
        5 spoke VERB  VBD ROOT     5 O
        6 .     PUNCT .   punct    5 O
        """,
    ))
    assert sorted(names(release)) == ["Jane Roe", "John Doe"]


def test_a_name_ending_in_a_plural_in_ies_of_a_common_noun_is_no_person():
    """"About Anderson Medical Supplies": "Supplies" is the plural of "supply" (-ies for -y); the
    name is a firm's, though it opens with a given name."""
    release = records(parse(
        "Hello.\n\nAlden Medical Supplies is located in Ohio.",
        """
        0 Hello     INTJ  UH  ROOT      0 O
        1 .         PUNCT .   punct     0 O
        2 \\n\\n      SPACE _SP dep       1 O
        3 Alden     PROPN NNP compound  5 B-PERSON
        4 Medical   PROPN NNP compound  5 I-PERSON
        5 Supplies  PROPN NNP nsubjpass 7 I-PERSON
        6 is        AUX   VBZ auxpass   7 O
        7 located   VERB  VBN ROOT      7 O
        8 in        ADP   IN  prep      7 O
        9 Ohio      PROPN NNP pobj      8 B-GPE
        10 .        PUNCT .   punct     7 O
        """,
    ))
    assert names(release) == []


def test_a_surname_before_an_ampersand_and_a_title_stays_the_persons():
    """Near miss: "President Joe Roe & Vice President Ann Lee": the word after "&" is a title,
    so "Roe &" joins two people, no firm's words."""
    release = records(parse(
        "President Roe & Vice President Ann Lee met.",
        """
        0 President PROPN NNP compound 1 O
        1 Roe       PROPN NNP nsubj    7 B-PERSON
        2 &         CCONJ CC  cc       1 O
        3 Vice      PROPN NNP compound 4 O
        4 President PROPN NNP compound 6 O
        5 Ann       PROPN NNP compound 6 B-PERSON
        6 Lee       PROPN NNP conj     1 I-PERSON
        7 met       VERB  VBD ROOT     7 O
        8 .         PUNCT .   punct    7 O
        """,
    ))
    assert sorted(names(release)) == ["Ann Lee", "Roe"]


def test_the_name_closing_a_roster_line_after_a_persons_title_is_the_employer():
    """"Jane Roe, Partner, Austin, Hale Walker": on a line that opens with a person's name and a
    comma and goes on with a title, the name closing the line is her firm, not a second person."""
    release = records(parse(
        "Moderator:\n\nJane Roe, Partner, Austin, Hale Walker\n",
        """
        0  Moderator PROPN NNP  ROOT     0 O
        1  :         PUNCT :    punct    0 O
        2  \\n\\n      SPACE _SP  dep      1 O
        3  Jane      PROPN NNP  compound 4 B-PERSON
        4  Roe       PROPN NNP  ROOT     4 I-PERSON
        5  ,         PUNCT ,    punct    4 O
        6  Partner   PROPN NNP  appos    4 O
        7  ,         PUNCT ,    punct    6 O
        8  Austin    PROPN NNP  appos    6 B-GPE
        9  ,         PUNCT ,    punct    8 O
        10 Hale      PROPN NNP  compound 11 B-PERSON
        11 Walker    PROPN NNP  appos    8 I-PERSON
        12 \\n        SPACE _SP  dep      11 O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_a_name_after_and_closing_a_roster_line_stays_a_person():
    """Near miss: "Jane Roe, CEO, and Hale Walker": "and" lists a second person."""
    release = records(parse(
        "Hosts:\n\nJane Roe, CEO, and Hale Walker\n",
        """
        0  Hosts     NOUN  NNS  ROOT     0 O
        1  :         PUNCT :    punct    0 O
        2  \\n\\n      SPACE _SP  dep      1 O
        3  Jane      PROPN NNP  compound 4 B-PERSON
        4  Roe       PROPN NNP  ROOT     4 I-PERSON
        5  ,         PUNCT ,    punct    4 O
        6  CEO       PROPN NNP  appos    4 O
        7  ,         PUNCT ,    punct    4 O
        8  and       CCONJ CC   cc       4 O
        9  Hale      PROPN NNP  compound 10 B-PERSON
        10 Walker    PROPN NNP  conj     4 I-PERSON
        11 \\n        SPACE _SP  dep      10 O
        """,
    ))
    assert sorted(names(release)) == ["Hale Walker", "Jane Roe"]


def test_a_one_word_name_after_a_titles_of_is_the_employer_not_a_person():
    """"Jane Roe, CEO of Zentrix": the one word filling the title's "of", no given name, is her
    company, a body."""
    release = records(parse(
        "Jane Roe, CEO of Zentrix, spoke.",
        """
        0 Jane    PROPN NNP compound 1 B-PERSON
        1 Roe     PROPN NNP nsubj    7 I-PERSON
        2 ,       PUNCT ,   punct    1 O
        3 CEO     PROPN NNP appos    1 O
        4 of      ADP   IN  prep     3 O
        5 Zentrix PROPN NNP pobj     4 B-PERSON
        6 ,       PUNCT ,   punct    1 O
        7 spoke   VERB  VBD ROOT     7 O
        8 .       PUNCT .   punct    7 O
        """,
    ))
    assert names(release) == ["Jane Roe"]
    assert "Zentrix" in org_names(release)


def test_a_given_name_and_surname_after_a_titles_with_is_the_firm():
    """"Matt Doe, partner with Ellis Walker": a name opening with a given name after the title's
    "with" (or "at") is the firm he works with."""
    release = records(parse(
        "Matt Doe, partner with Ellis Walker, spoke.",
        """
        0 Matt    PROPN NNP compound 1 B-PERSON
        1 Doe     PROPN NNP nsubj    8 I-PERSON
        2 ,       PUNCT ,   punct    1 O
        3 partner NOUN  NN  appos    1 O
        4 with    ADP   IN  prep     3 O
        5 Ellis   PROPN NNP compound 6 B-PERSON
        6 Walker  PROPN NNP pobj     4 I-PERSON
        7 ,       PUNCT ,   punct    1 O
        8 spoke   VERB  VBD ROOT     8 O
        9 .       PUNCT .   punct    8 O
        """,
    ))
    assert names(release) == ["Matt Doe"]


def test_a_surname_after_a_staff_titles_for_stays_a_person():
    """Near miss: "Chief of Staff for Pelosi": a staff title serves a person; "for" opens no
    employer."""
    release = records(parse(
        "Jane Roe, Chief of Staff for Pelosi, spoke.",
        """
        0  Jane   PROPN NNP compound 1 B-PERSON
        1  Roe    PROPN NNP nsubj    9  I-PERSON
        2  ,      PUNCT ,   punct    1 O
        3  Chief  PROPN NNP appos    1 O
        4  of     ADP   IN  prep     3 O
        5  Staff  PROPN NNP pobj     4 O
        6  for    ADP   IN  prep     3 O
        7  Pelosi PROPN NNP pobj     6 B-PERSON
        8  ,      PUNCT ,   punct    1 O
        9  spoke  VERB  VBD ROOT     9 O
        10 .      PUNCT .   punct    9 O
        """,
    ))
    assert sorted(names(release)) == ["Jane Roe", "Pelosi"]


def test_a_name_runs_on_over_no_parser_sentence_start_into_a_word_in_capitals():
    """Near miss: "Jane Roe ACME" on a contact line, the parser starting a sentence at "ACME": a
    word in capitals after a title-case name is a body's letters; the name stops before it."""
    release = records(parse(
        "Contact:\n\nJane Roe ACME\n",
        """
        0 Contact PROPN NNP ROOT     0 O
        1 :       PUNCT :   punct    0 O
        2 \\n\\n    SPACE _SP dep      1 O
        3 Jane    PROPN NNP compound 4 B-PERSON
        4 Roe     PROPN NNP ROOT     4 I-PERSON
        5 ACME    PROPN NNP ROOT     5 O
        6 \\n      SPACE _SP dep      5 O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_letters_for_an_office_or_a_degree_after_a_name_are_no_part_of_it():
    """"organized by Bob Roe MP": "MP" closes no name; the person is Bob Roe."""
    release = records(parse(
        "It was organized by Bob Roe MP.",
        """
        0 It        PRON  PRP nsubjpass 2 O
        1 was       AUX   VBD auxpass   2 O
        2 organized VERB  VBN ROOT      2 O
        3 by        ADP   IN  agent     2 O
        4 Bob       PROPN NNP compound  6 B-PERSON
        5 Roe       PROPN NNP compound  6 I-PERSON
        6 MP        PROPN NNP pobj      3 I-PERSON
        7 .         PUNCT .   punct     2 O
        """,
    ))
    assert names(release) == ["Bob Roe"]


def test_two_names_one_line_apart_at_a_given_name_stay_two_people():
    """Near miss: "Jane Adams Mark Poe", a table's two names on one line, the parser starting a
    sentence at "Mark": a given name after a word that is none opens a second name."""
    release = records(parse(
        "Names:\n\nJane Adams Mark Poe\n",
        """
        0 Names PROPN NNP ROOT     0 O
        1 :     PUNCT :   punct    0 O
        2 \\n\\n  SPACE _SP dep      1 O
        3 Jane  PROPN NNP compound 4 B-PERSON
        4 Adams PROPN NNP ROOT     4 I-PERSON
        5 Mark  PROPN NNP compound 6 B-PERSON
        6 Poe   PROPN NNP ROOT     6 I-PERSON
        7 \\n    SPACE _SP dep      6 O
        """,
    ))
    assert sorted(names(release)) == ["Jane Adams", "Mark Poe"]


def test_a_spaced_dash_after_a_name_ends_it():
    """"Jane Roe - Actress" in a list of guests: the spaced dash sets off her description; the
    name ends before it."""
    release = records(parse(
        "Guests:\n\nJane Roe - Actress\n",
        """
        0 Guests  NOUN  NNS  ROOT     0 O
        1 :       PUNCT :    punct    0 O
        2 \\n\\n    SPACE _SP  dep      1 O
        3 Jane    PROPN NNP  compound 4 O
        4 Roe     PROPN NNP  ROOT     4 O
        5 -       PUNCT HYPH punct    4 O
        6 Actress PROPN NNP  appos    4 O
        7 \\n      SPACE _SP  dep      6 O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_a_given_name_before_a_venue_word_is_no_person():
    """"Jefferson Auditorium" on an address line: a building's last word that no census surname
    shares makes the name a place."""
    release = records(parse(
        "Venue:\n\nLincoln Auditorium\n",
        """
        0 Venue      PROPN NNP ROOT     0 O
        1 :          PUNCT :   punct    0 O
        2 \\n\\n       SPACE _SP dep      1 O
        3 Lincoln    PROPN NNP compound 4 B-PERSON
        4 Auditorium PROPN NNP ROOT     4 I-PERSON
        5 \\n         SPACE _SP dep      4 O
        """,
    ))
    assert names(release) == []


def test_a_quoted_name_inside_an_institute_name_or_before_a_noun_is_no_person():
    """'carried out by IRCCS “Carla Roe” Neurological Institute': the quoted eponym is part of
    the institute's name; 'the "Ada Poe" vein' names a thing."""
    release = records(parse(
        "Run by IRCCS “Carla Roe” Neurological Institute near the \"Ada Poe\" vein.",
        """
        0  Run          VERB  VBN  ROOT     0  O
        1  by           ADP   IN   agent    0  O
        2  IRCCS        PROPN NNP  compound 8  B-ORG
        3  “            PUNCT ``   punct    5  O
        4  Carla        PROPN NNP  compound 5  B-PERSON
        5  Roe          PROPN NNP  compound 8  I-PERSON
        6  ”            PUNCT ''   punct    5  O
        7  Neurological PROPN NNP  compound 8  O
        8  Institute    PROPN NNP  pobj     1  O
        9  near         ADP   IN   prep     0  O
        10 the          DET   DT   det      15 O
        11 "            PUNCT ``   punct    13 O
        12 Ada          PROPN NNP  compound 13 B-PERSON
        13 Poe          PROPN NNP  compound 15 I-PERSON
        14 "            PUNCT ''   punct    13 O
        15 vein         NOUN  NN   pobj     9  O
        16 .            PUNCT .    punct    0  O
        """,
    ))
    assert names(release) == []


def test_a_name_after_a_partnership_with_stays_a_person():
    """Near miss: "a partnership with Steve Roe": "partnership" is no title; the name after its
    "with" is a person's."""
    release = records(parse(
        "It announced a partnership with Steve Roe.",
        """
        0 It          PRON  PRP nsubj    1 O
        1 announced   VERB  VBD ROOT     1 O
        2 a           DET   DT  det      3 O
        3 partnership NOUN  NN  dobj     1 O
        4 with        ADP   IN  prep     3 O
        5 Steve       PROPN NNP compound 6 B-PERSON
        6 Roe         PROPN NNP pobj     4 I-PERSON
        7 .           PUNCT .   punct    1 O
        """,
    ))
    assert names(release) == ["Steve Roe"]


def test_the_models_person_over_a_spaced_dash_and_a_description_ends_at_the_dash():
    """"Ashley Roe - Actress" tagged PERSON whole in a list of guests: the name ends at the dash."""
    release = records(parse(
        "Guests:\n\nAshley Roe - Actress\n",
        """
        0 Guests  NOUN  NNS  ROOT     0 O
        1 :       PUNCT :    punct    0 O
        2 \\n\\n    SPACE _SP  dep      1 O
        3 Ashley  PROPN NNP  compound 4 B-PERSON
        4 Roe     PROPN NNP  ROOT     4 I-PERSON
        5 -       PUNCT HYPH punct    4 I-PERSON
        6 Actress PROPN NNP  appos    4 I-PERSON
        7 \\n      SPACE _SP  dep      6 O
        """,
    ))
    assert names(release) == ["Ashley Roe"]


def test_a_name_run_stops_before_a_word_in_capitals():
    """"Adriana Roe DECA" on a contact line, no sentence start between: the letters in capitals
    after the title-case name are a body's; the name stops before them."""
    release = records(parse(
        "Contacts:\n\nAdriana Roe DECA\n",
        """
        0 Contacts NOUN  NNS ROOT     0 O
        1 :        PUNCT :   punct    0 O
        2 \\n\\n     SPACE _SP dep      1 O
        3 Adriana  PROPN NNP compound 5 O
        4 Roe      PROPN NNP compound 5 O
        5 DECA     PROPN NNP ROOT     5 O
        6 \\n       SPACE _SP dep      5 O
        """,
    ))
    assert names(release) == ["Adriana Roe"]


HEADLINE_STATEMENT = """
        0  Statement PROPN NNP ROOT     0  O
        1  by        ADP   IN  prep     0  O
        2  President PROPN NNP compound 4  O
        3  Marta     PROPN NNP compound 4  B-PERSON
        4  Vellucci  PROPN NNP pobj     1  I-PERSON
        5  on        ADP   IN  prep     4  O
        6  Peace     PROPN NNP compound 7  O
        7  Day       PROPN NNP pobj     5  O
        8  \\n\\n    SPACE _SP dep      7  O
        9  I         PRON  PRP nsubj    10 O
        10 welcome   VERB  VBP ROOT     10 O
        11 it        PRON  PRP dobj     10 O
        12 .         PUNCT .   punct    10 O
        """


def test_a_full_name_after_a_title_in_the_headline_is_a_person_though_the_body_only_says_i():
    """"Statement by President Marta Vellucci on Peace Day" and a body in the first person: the
    model's PERSON after a title word in the headline, opening with a given name, is a person
    and holds the title."""
    release = records(parse("Statement by President Marta Vellucci on Peace Day\n\nI welcome it.", HEADLINE_STATEMENT))
    assert names(release) == ["Marta Vellucci"]
    assert ("Marta Vellucci", "President", None) in roles(release)


def test_a_headline_name_run_into_the_headlines_capitals_is_left_to_the_body():
    """Near miss: "President Marta Vellucci Announces Peace" where the model's PERSON stops at the
    name: the title-case run "Marta Vellucci Announces Peace" is no headline person."""
    release = records(parse("Statement by President Marta Vellucci Announces Peace\n\nI welcome it.", """
        0  Statement PROPN NNP ROOT     0  O
        1  by        ADP   IN  prep     0  O
        2  President PROPN NNP compound 4  O
        3  Marta     PROPN NNP compound 4  B-PERSON
        4  Vellucci  PROPN NNP compound 6  I-PERSON
        5  Announces PROPN NNP compound 6  O
        6  Peace     PROPN NNP pobj     1  O
        7  \\n\\n    SPACE _SP dep      6  O
        8  I         PRON  PRP nsubj    9  O
        9  welcome   VERB  VBP ROOT     9  O
        10 it        PRON  PRP dobj     9  O
        11 .         PUNCT .   punct    9  O
        """))
    assert names(release) == []


def test_a_given_name_inside_a_place_that_ends_a_title_starts_no_person():
    """"America" is a census given name, but here it ends the place "North America" the model
    tagged from "North": the person is "James Cleverly", and the title keeps its place."""
    release = records(parse(
        "Sherman met Minister of State for Europe and North America James Cleverly today.",
        """
        0  Sherman  PROPN NNP nsubj    1  B-PERSON
        1  met      VERB  VBD ROOT     1  O
        2  Minister PROPN NNP dobj     1  O
        3  of       ADP   IN  prep     2  O
        4  State    PROPN NNP pobj     3  O
        5  for      ADP   IN  prep     2  O
        6  Europe   PROPN NNP pobj     5  B-LOC
        7  and      CCONJ CC  cc       6  O
        8  North    PROPN NNP compound 9  B-LOC
        9  America  PROPN NNP conj     6  I-LOC
        10 James    PROPN NNP compound 11 B-PERSON
        11 Cleverly PROPN NNP npadvmod 1  I-PERSON
        12 today    NOUN  NN  npadvmod 1  B-DATE
        13 .        PUNCT .   punct    1  O
        """,
    ))
    assert "America James Cleverly" not in names(release)
    assert "James Cleverly" in names(release)


def test_a_given_name_that_opens_a_place_still_starts_a_person():
    """Near miss: "Georgia" tagged as the first word of a place (B-LOC) can still open a name the
    model missed; only a word inside a place begun earlier is held back."""
    release = records(parse(
        "Officials met Georgia Whitfield on Monday.",
        """
        0 Officials PROPN NNS nsubj    1 O
        1 met       VERB  VBD ROOT     1 O
        2 Georgia   PROPN NNP compound 3 B-LOC
        3 Whitfield PROPN NNP dobj     1 O
        4 on        ADP   IN  prep     1 O
        5 Monday    PROPN NNP pobj     4 B-DATE
        6 .         PUNCT .   punct    1 O
        """,
    ))
    assert "Georgia Whitfield" in names(release)


def test_a_surname_written_first_right_after_a_title_stays_in_the_name():
    """"Vice Foreign Minister Choi Jong Kun": "Choi" is no census given name and "Jong" is, but
    "Choi" follows the title's head directly, so it opens the name rather than ending the title."""
    release = records(parse(
        "Sherman met Vice Foreign Minister Choi Jong Kun today.",
        """
        0 Sherman  PROPN NNP nsubj    1 B-PERSON
        1 met      VERB  VBD ROOT     1 O
        2 Vice     PROPN NNP compound 4 O
        3 Foreign  PROPN NNP compound 4 O
        4 Minister PROPN NNP compound 7 O
        5 Choi     PROPN NNP compound 7 B-PERSON
        6 Jong     PROPN NNP compound 7 I-PERSON
        7 Kun      PROPN NNP dobj     1 I-PERSON
        8 today    NOUN  NN  npadvmod 1 B-DATE
        9 .        PUNCT .   punct    1 O
        """,
    ))
    assert "Choi Jong Kun" in names(release)
    assert "Jong Kun" not in names(release)


def test_hyphenated_words_count_once_toward_a_names_length():
    """"Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah": eight tokens but four words
    after the honorific; the name keeps its last word instead of stopping at "Al"."""
    release = records(parse(
        "Blinken met Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah today.",
        """
        0  Blinken  PROPN NNP  nsubj    1  B-PERSON
        1  met      VERB  VBD  ROOT     1  O
        2  Foreign  PROPN NNP  compound 3  O
        3  Minister PROPN NNP  compound 12 O
        4  Sheikh   PROPN NNP  compound 12 O
        5  Ahmad    PROPN NNP  compound 12 B-PERSON
        6  Nasser   PROPN NNP  compound 12 I-PERSON
        7  Al       PROPN NNP  compound 9  I-PERSON
        8  -        PUNCT HYPH punct    9  I-PERSON
        9  Mohammad PROPN NNP  compound 12 I-PERSON
        10 Al       PROPN NNP  compound 12 I-PERSON
        11 -        PUNCT HYPH punct    12 I-PERSON
        12 Sabah    PROPN NNP  dobj     1  I-PERSON
        13 today    NOUN  NN   npadvmod 1  B-DATE
        14 .        PUNCT .    punct    1  O
        """,
    ))
    assert "Ahmad Nasser Al-Mohammad Al-Sabah" in names(release)
    assert "Ahmad Nasser Al-Mohammad Al" not in names(release)


def test_a_name_of_more_than_six_words_is_still_too_long():
    """Near miss: hyphenated words count once, but seven separate capitalized words after a
    title are no one name."""
    release = records(parse(
        "Blinken met Minister Ann Bea Cole Dee Eve Fay Gus today.",
        """
        0  Blinken  PROPN NNP nsubj    1  B-PERSON
        1  met      VERB  VBD ROOT     1  O
        2  Minister PROPN NNP compound 9  O
        3  Ann      PROPN NNP compound 9  O
        4  Bea      PROPN NNP compound 9  O
        5  Cole     PROPN NNP compound 9  O
        6  Dee      PROPN NNP compound 9  O
        7  Eve      PROPN NNP compound 9  O
        8  Fay      PROPN NNP compound 9  O
        9  Gus      PROPN NNP dobj     1  O
        10 today    NOUN  NN  npadvmod 1  B-DATE
        11 .        PUNCT .   punct    1  O
        """,
    ))
    assert "Ann Bea Cole Dee Eve Fay Gus" not in names(release)


def test_a_name_does_not_restart_at_a_particle_after_a_common_word():
    """"Crown Prince Sheikh Sabah Al-Khaled Al-Sabah": "Sabah" is also an English word and "Al" a
    census given name, but a name never starts at a particle, so the whole name stays."""
    release = records(parse(
        "Crown Prince Sheikh Sabah Al-Khaled Al-Sabah spoke.",
        """
        0  Crown    PROPN NNP  compound 9  O
        1  Prince   PROPN NNP  compound 9  O
        2  Sheikh   PROPN NNP  compound 9  O
        3  Sabah    PROPN NNP  compound 9  B-PERSON
        4  Al       PROPN NNP  compound 6  I-PERSON
        5  -        PUNCT HYPH punct    6  I-PERSON
        6  Khaled   PROPN NNP  compound 9  I-PERSON
        7  Al       PROPN NNP  compound 9  I-PERSON
        8  -        PUNCT HYPH punct    9  I-PERSON
        9  Sabah    PROPN NNP  nsubj    10 I-PERSON
        10 spoke    VERB  VBD  ROOT     10 O
        11 .        PUNCT .    punct    10 O
        """,
    ))
    assert "Sabah Al-Khaled Al-Sabah" in names(release)


def test_a_capitalized_preposition_or_article_makes_a_headline_run_no_person():
    """"Leader In The Making?" as a heading, the model's PERSON over "In The Making": a capitalized
    preposition or article (patterns/name_function_words) is a heading's word, so no person and no
    role of "Leader"."""
    release = records(parse(
        "Leader In The Making?\n\nShares rose.",
        """
        0 Leader  PROPN NNP ROOT     0 O
        1 In      ADP   IN  prep     0 B-PERSON
        2 The     DET   DT  det      3 I-PERSON
        3 Making  PROPN NNP pobj     1 I-PERSON
        4 ?       PUNCT .   punct    0 O
        5 \\n\\n   SPACE _SP dep      4 O
        6 Shares  NOUN  NNS nsubj    7 O
        7 rose    VERB  VBD ROOT     7 O
        8 .       PUNCT .   punct    7 O
        """,
    ))
    assert names(release) == []
    assert roles(release) == set()


def test_capitalized_name_particles_stay_in_a_name():
    """Near miss: "De" and "La" are name particles (patterns/name_particles), not heading words:
    "Maria De La Cruz" stays a person."""
    release = records(parse(
        "Maria De La Cruz spoke.",
        """
        0 Maria PROPN NNP compound 3 B-PERSON
        1 De    PROPN NNP compound 3 I-PERSON
        2 La    PROPN NNP compound 3 I-PERSON
        3 Cruz  PROPN NNP nsubj    4 I-PERSON
        4 spoke VERB  VBD ROOT     4 O
        5 .     PUNCT .   punct    4 O
        """,
    ))
    assert names(release) == ["Maria De La Cruz"]


def test_a_name_with_a_coin_word_and_no_given_name_is_no_person():
    """"Bitcoin Vault (BTCV) completed a fork. Vault is the first cryptocurrency." with the model's
    PERSON over "Bitcoin Vault" and "Vault": a word that is a coin or a blockchain
    (patterns/crypto_assets), in a name that opens with no given name, names an asset, not a person."""
    release = records(parse(
        "Bitcoin Vault (BTCV) completed a fork. Vault is the first cryptocurrency.",
        """
        0  Bitcoin   PROPN NNP compound 1 B-PERSON
        1  Vault     PROPN NNP nsubj    5 I-PERSON
        2  (         PUNCT -LRB- punct  1 O
        3  BTCV      PROPN NNP appos    1 B-ORG
        4  )         PUNCT -RRB- punct  1 O
        5  completed VERB  VBD ROOT     5 O
        6  a         DET   DT  det      7 O
        7  fork      NOUN  NN  dobj     5 O
        8  .         PUNCT .   punct    5 O
        9  Vault     PROPN NNP nsubj    10 B-PERSON
        10 is        AUX   VBZ ROOT     10 O
        11 the       DET   DT  det      13 O
        12 first     ADJ   JJ  amod     13 O
        13 cryptocurrency NOUN NN attr  10 O
        14 .         PUNCT .   punct    10 O
        """,
    ))
    assert names(release) == []


def test_a_given_name_before_a_coin_word_keeps_the_person():
    """Near miss: "Anna Sui" opens with a census given name, so "Sui" (also a blockchain) is a
    surname here and the person stays."""
    release = records(parse(
        "Anna Sui saw outflows.",
        """
        0 Anna     PROPN NNP compound 1 B-PERSON
        1 Sui      PROPN NNP nsubj    2 I-PERSON
        2 saw      VERB  VBD ROOT     2 O
        3 outflows NOUN  NNS dobj     2 O
        4 .        PUNCT .   punct    2 O
        """,
    ))
    assert names(release) == ["Anna Sui"]


def test_a_world_region_the_model_tags_as_a_person_is_no_person():
    """"Chairman Middle East, Africa and Central Asia", "working across Asia Pacific": a name that is
    a whole world region of two or more words (patterns/world_regions) is a place, not a person."""
    release = records(parse(
        "She spent 6 years working across Asia Pacific. Asia Pacific grew.",
        """
        0  She     PRON  PRP nsubj    1 O
        1  spent   VERB  VBD ROOT     1 O
        2  6       NUM   CD  nummod   3 B-DATE
        3  years   NOUN  NNS dobj     1 I-DATE
        4  working VERB  VBG advcl    1 O
        5  across  ADP   IN  prep     4 O
        6  Asia    PROPN NNP compound 7 B-PERSON
        7  Pacific PROPN NNP pobj     5 I-PERSON
        8  .       PUNCT .   punct    1 O
        9  Asia    PROPN NNP compound 10 B-PERSON
        10 Pacific PROPN NNP nsubj    11 I-PERSON
        11 grew    VERB  VBD ROOT     11 O
        12 .       PUNCT .   punct    11 O
        """,
    ))
    assert names(release) == []


def test_a_person_whose_given_name_is_a_region_word_stays_a_person():
    """Near miss: "Asia Pacheco" is not a whole region's name; the person stays."""
    release = records(parse(
        "Asia Pacheco spoke.",
        """
        0 Asia    PROPN NNP compound 1 B-PERSON
        1 Pacheco PROPN NNP nsubj    2 I-PERSON
        2 spoke   VERB  VBD ROOT     2 O
        3 .       PUNCT .   punct    2 O
        """,
    ))
    assert names(release) == ["Asia Pacheco"]


def test_a_speaker_the_model_tags_org_set_off_before_a_title_is_a_person():
    """"said Linus Chee, Co-founder and CEO.": two proper nouns right after "said", set off by a comma
    before a title, are the person quoted, though the model tags them ORG and no given-name list
    knows "Linus"; the company quoted after "said" with no title after it stays a body."""
    release = records(parse(
        "“We grew,” said Linus Chee, Co-founder and CEO. “We won,” said Acme Labs, a leading company.",
        """
        0  “          PUNCT ``   punct     5  O
        1  We         PRON  PRP  nsubj     2  O
        2  grew       VERB  VBD  ccomp     5  O
        3  ,          PUNCT ,    punct     5  O
        4  ”          PUNCT ''   punct     5  O
        5  said       VERB  VBD  ROOT      5  O
        6  Linus      PROPN NNP  compound  7  B-ORG
        7  Chee       PROPN NNP  nsubj     5  I-ORG
        8  ,          PUNCT ,    punct     7  O
        9  Co-founder PROPN NNP  appos     7  O
        10 and        CCONJ CC   cc        9  O
        11 CEO        PROPN NNP  conj      9  O
        12 .          PUNCT .    punct     5  O
        13 “          PUNCT ``   punct     18 O
        14 We         PRON  PRP  nsubj     15 O
        15 won        VERB  VBD  ccomp     18 O
        16 ,          PUNCT ,    punct     18 O
        17 ”          PUNCT ''   punct     18 O
        18 said       VERB  VBD  ROOT      18 O
        19 Acme       PROPN NNP  compound  20 B-ORG
        20 Labs       PROPN NNP  nsubj     18 I-ORG
        21 ,          PUNCT ,    punct     20 O
        22 a          DET   DT   det       24 O
        23 leading    ADJ   JJ   amod      24 O
        24 company    NOUN  NN   appos     20 O
        25 .          PUNCT .    punct     18 O
        """,
    ))
    assert names(release) == ["Linus Chee"]
    assert ("Linus Chee", "CEO", None) in roles(release)
    assert "Acme Labs" in org_names(release)


DATELINE_PARSE = """
        0  ANN          PROPN NNP  compound  1  B-GPE
        1  ARBOR        PROPN NNP  nsubj     13 I-GPE
        2  ,            PUNCT ,    punct     1  O
        3  Mich.        PROPN NNP  appos     1  B-GPE
        4  ,            PUNCT ,    punct     3  O
        5  June         PROPN NNP  npadvmod  1  B-DATE
        6  4            NUM   CD   nummod    5  I-DATE
        7  ,            PUNCT ,    punct     5  I-DATE
        8  2025         NUM   CD   appos     5  I-DATE
        9  /PRNewswire/ PUNCT .    punct     1  O
        10 —            PUNCT :    punct     1  O
        11 C3           PROPN NNP  compound  12 B-ORG
        12 Industries   PROPN NNP  nsubj     13 I-ORG
        13 announced    VERB  VBD  ROOT      13 O
        14 today        NOUN  NN   npadvmod  13 B-DATE
        15 the          DET   DT   det       16 O
        16 appointment  NOUN  NN   dobj      13 O
        17 of           ADP   IN   prep      16 O
        18 Krista       PROPN NNP  compound  19 B-PERSON
        19 Raymer       PROPN NNP  pobj      17 I-PERSON
        20 .            PUNCT .    punct     13 O
        """


def test_the_place_of_a_dateline_set_off_by_a_comma_is_no_person():
    """"ANN ARBOR, Mich., June 4, 2025 /PRNewswire/ —": the dateline's city, though "Ann" is a
    given name; the person named after it stays."""
    release = records(parse(
        "ANN ARBOR, Mich., June 4, 2025 /PRNewswire/ — C3 Industries announced today the appointment of Krista Raymer.",
        DATELINE_PARSE,
    ))
    assert names(release) == ["Krista Raymer"]


def test_a_name_in_capitals_alone_on_its_line_stays_a_person():
    """Near miss: a heading in capitals alone on its line also fits the dateline pattern
    ("SECRETARY JANE ROE" over a schedule): no comma or dash sets it off, so it is no dateline
    place and the person stays."""
    release = records(parse(
        "Office of the Spokesperson\n\nSECRETARY JANE ROE\n\nSecretary Roe is on travel.",
        """
        0  Office       NOUN  NN  nsubj    11 B-ORG
        1  of           ADP   IN  prep     0  I-ORG
        2  the          DET   DT  det      9  I-ORG
        3  Spokesperson PROPN NNP compound 5  I-ORG
        4  \\n\\n       SPACE _SP dep      3  I-ORG
        5  SECRETARY    PROPN NNP compound 9  O
        6  JANE         PROPN NNP compound 7  B-PERSON
        7  ROE          PROPN NNP compound 9  I-PERSON
        8  \\n\\n       SPACE _SP dep      7  O
        9  Secretary    PROPN NNP compound 10 O
        10 Roe          PROPN NNP pobj     1  B-PERSON
        11 is           AUX   VBZ ROOT     11 O
        12 on           ADP   IN  prep     11 O
        13 travel       NOUN  NN  pobj     12 O
        14 .            PUNCT .   punct    11 O
        """,
    ))
    assert "JANE ROE" in names(release)


def test_a_capitalized_verb_of_a_headline_after_a_name_is_no_part_of_it():
    """"CEO Jane Roe Commented: ...": the parser makes the capitalized verb the name's head (the
    name is its subject); the name ends before it (people.predicate_word_end)."""
    release = records(parse(
        "CEO Jane Roe Commented: “We grow.”",
        """
        0 CEO       PROPN NNP compound 2 O
        1 Jane      PROPN NNP compound 2 B-PERSON
        2 Roe       PROPN NNP nsubj    3 I-PERSON
        3 Commented VERB  VBD ROOT     3 I-PERSON
        4 :         PUNCT :   punct    3 O
        5 “         PUNCT ``  punct    7 O
        6 We        PRON  PRP nsubj    7 O
        7 grow      VERB  VBP ccomp    3 O
        8 .         PUNCT .   punct    7 O
        9 ”         PUNCT ''  punct    7 O
        """,
    ))
    assert names(release) == ["Jane Roe"]


def test_a_capitalized_preposition_of_a_headline_after_one_word_leaves_no_name():
    """"Below the $64,000 Mark Amid ETF Downturn": a preposition the model's PERSON ran over ends
    the name, and one word before it ("Mark") names no one."""
    release = records(parse(
        "Bitcoin Dips Below the $64,000 Mark Amid ETF Downturn",
        """
        0 Bitcoin  PROPN NNP compound 1 O
        1 Dips     NOUN  NNS ROOT     1 O
        2 Below    ADP   IN  prep     1 O
        3 the      DET   DT  det      6 O
        4 $        SYM   $   nmod     5 O
        5 64,000   NUM   CD  pobj     2 B-MONEY
        6 Mark     NOUN  NN  appos    1 B-PERSON
        7 Amid     ADP   IN  prep     1 I-PERSON
        8 ETF      NOUN  NN  compound 9 O
        9 Downturn NOUN  NN  pobj     7 O
        """,
    ))
    assert release.people == []


def test_a_census_surname_after_a_name_is_no_headline_verb():
    """Near miss: "Jane Will" stays whole though the tagger reads "Will" as a verb: a census
    given name or surname is a name word."""
    release = records(parse(
        "Jane Will spoke.",
        """
        0 Jane  PROPN NNP nsubj 1 B-PERSON
        1 Will  VERB  VBZ ROOT  1 I-PERSON
        2 spoke VERB  VBD xcomp 1 O
        3 .     PUNCT .   punct 1 O
        """,
    ))
    assert names(release) == ["Jane Will"]


def test_a_companys_whole_name_before_its_legal_suffix_is_no_person_elsewhere():
    """"Zorvik Neuro, Inc. grew . Staff joined Zorvik Neuro .": the rules read "Zorvik Neuro,
    Inc." as a company; the model's PERSON on "Zorvik Neuro" later, with no title beside and no
    census given name to open it, is the company again (people.company_full_names)."""
    release = records(parse(
        "Zorvik Neuro, Inc. grew . Staff joined Zorvik Neuro .",
        """
        0 Zorvik  PROPN NNP compound 1 B-ORG
        1 Neuro   PROPN NNP nsubj    4 I-ORG
        2 ,       PUNCT ,   punct    1 I-ORG
        3 Inc.    PROPN NNP appos    1 I-ORG
        4 grew    VERB  VBD ROOT     4 O
        5 .       PUNCT .   punct    4 O
        6 Staff   NOUN  NN  nsubj    7 O
        7 joined  VERB  VBD ROOT     7 O
        8 Zorvik  PROPN NNP compound 9 B-PERSON
        9 Neuro   PROPN NNP dobj     7 I-PERSON
        10 .      PUNCT .   punct    7 O
        """,
    ))
    assert names(release) == []


def test_the_models_org_alone_on_a_name_keeps_a_person():
    """Near miss: "Kikuo Ibe’s contributions ... honored Kikuo Ibe": the model's ORG on one
    mention is no company of the release's rules; the PERSON elsewhere stays a person."""
    release = records(parse(
        "Zorvik Ibe grew . Staff honored Zorvik Ibe .",
        """
        0 Zorvik  PROPN NNP compound 1 B-ORG
        1 Ibe     PROPN NNP nsubj    2 I-ORG
        2 grew    VERB  VBD ROOT     2 O
        3 .       PUNCT .   punct    2 O
        4 Staff   NOUN  NN  nsubj    5 O
        5 honored VERB  VBD ROOT     5 O
        6 Zorvik  PROPN NNP compound 7 B-PERSON
        7 Ibe     PROPN NNP dobj     5 I-PERSON
        8 .       PUNCT .   punct    5 O
        """,
    ))
    assert names(release) == ["Zorvik Ibe"]


def test_a_name_written_whole_where_no_person_is_read_is_no_persons():
    """"Zorvik Supply grew . Staff joined Zorvik Supply . Zorvik Supply sold .": the model's PERSON
    on the first only; at the other two the release writes the name whole and only its last word
    is taken (as a surname): the name is a company's (people.written_whole_as_no_person)."""
    release = records(parse(
        "Zorvik Supply grew . Staff joined Zorvik Supply . Zorvik Supply sold .",
        """
        0  Zorvik  PROPN NNP compound 1  B-PERSON
        1  Supply  PROPN NNP nsubj    2  I-PERSON
        2  grew    VERB  VBD ROOT     2  O
        3  .       PUNCT .   punct    2  O
        4  Staff   NOUN  NN  nsubj    5  O
        5  joined  VERB  VBD ROOT     5  O
        6  Zorvik  PROPN NNP compound 7  O
        7  Supply  PROPN NNP dobj     5  O
        8  .       PUNCT .   punct    5  O
        9  Zorvik  PROPN NNP compound 10 O
        10 Supply  PROPN NNP nsubj    11 O
        11 sold    VERB  VBD ROOT     11 O
        12 .       PUNCT .   punct    11 O
        """,
    ))
    assert names(release) == []


def test_a_person_read_where_the_name_is_written_whole_stays():
    """Near miss: "Zorvik Supply" tagged PERSON twice and written whole untagged once is read as a
    person where it is written in full: a person still."""
    release = records(parse(
        "Zorvik Supply grew . Staff joined Zorvik Supply . Zorvik Supply sold .",
        """
        0  Zorvik  PROPN NNP compound 1  B-PERSON
        1  Supply  PROPN NNP nsubj    2  I-PERSON
        2  grew    VERB  VBD ROOT     2  O
        3  .       PUNCT .   punct    2  O
        4  Staff   NOUN  NN  nsubj    5  O
        5  joined  VERB  VBD ROOT     5  O
        6  Zorvik  PROPN NNP compound 7  B-PERSON
        7  Supply  PROPN NNP dobj     5  I-PERSON
        8  .       PUNCT .   punct    5  O
        9  Zorvik  PROPN NNP compound 10 O
        10 Supply  PROPN NNP nsubj    11 O
        11 sold    VERB  VBD ROOT     11 O
        12 .       PUNCT .   punct    11 O
        """,
    ))
    assert names(release) == ["Zorvik Supply"]


def test_a_name_cut_short_at_an_initial_is_not_read_as_written_whole():
    """Near miss: "Zorvik B." (the model's PERSON stopped at the initial of "Zorvik B. Fulton")
    with "B." taken alone twice after "Zorvik" is a person's name cut short, not a firm's
    written whole (people.written_whole_as_no_person skips a name ending in an initial)."""
    release = records(parse(
        "Zorvik B. spoke . Zorvik B. Fulton left . Zorvik B. Fulton won .",
        """
        0  Zorvik  PROPN NNP compound 1  B-PERSON
        1  B.      PROPN NNP nsubj    2  I-PERSON
        2  spoke   VERB  VBD ROOT     2  O
        3  .       PUNCT .   punct    2  O
        4  Zorvik  PROPN NNP compound 6  O
        5  B.      PROPN NNP compound 6  O
        6  Fulton  PROPN NNP nsubj    7  O
        7  left    VERB  VBD ROOT     7  O
        8  .       PUNCT .   punct    7  O
        9  Zorvik  PROPN NNP compound 11 O
        10 B.      PROPN NNP compound 11 O
        11 Fulton  PROPN NNP nsubj    12 O
        12 won     VERB  VBD ROOT     12 O
        13 .       PUNCT .   punct    12 O
        """,
    ))
    assert names(release) == ["Zorvik B."]


def test_an_ordinary_word_alone_is_no_name_though_a_title_stands_before_it():
    """"Senior Vice President Worldwide spoke .": the model's PERSON on "Worldwide", an ordinary
    English word and no census given name or surname, names no one, though a title stands
    before it (people.ordinary_word_alone)."""
    release = records(parse(
        "Senior Vice President Worldwide spoke .",
        """
        0 Senior    ADJ   JJ  amod     2 O
        1 Vice      PROPN NNP compound 2 O
        2 President PROPN NNP compound 3 O
        3 Worldwide PROPN NNP nsubj    4 B-PERSON
        4 spoke     VERB  VBD ROOT     4 O
        5 .         PUNCT .   punct    4 O
        """,
    ))
    assert names(release) == []


def test_an_honorific_keeps_a_one_word_name_that_is_an_ordinary_word():
    """Near miss: "Mr. Worldwide spoke .": an honorific before the word makes it a person's name."""
    release = records(parse(
        "Mr. Worldwide spoke .",
        """
        0 Mr.       PROPN NNP compound 1 O
        1 Worldwide PROPN NNP nsubj    2 B-PERSON
        2 spoke     VERB  VBD ROOT     2 O
        3 .         PUNCT .   punct    2 O
        """,
    ))
    assert names(release) == ["Worldwide"]


TITLED_SURNAME_PARSE = """
        0  Attorney  PROPN NNP compound  1   O
        1  General   PROPN NNP compound  3   O
        2  {given:<9} PROPN NNP compound  3   B-PERSON
        3  Sessions  PROPN NNP nsubj     4   I-PERSON
        4  spoke     VERB  VBD ROOT      4   O
        5  .         PUNCT .   punct     4   O
        """


def test_a_given_name_after_a_title_makes_a_name_of_a_last_word_that_is_also_a_common_head():
    """"Attorney General Jeff Sessions spoke.": after a title, a census given name opens a name
    even where its last word ("Sessions", "King") is a word the name rules otherwise reject."""
    release = records(parse("Attorney General Jeff Sessions spoke.", TITLED_SURNAME_PARSE.format(given="Jeff")))
    assert names(release) == ["Jeff Sessions"]
    assert roles(release) == {("Jeff Sessions", "Attorney General", None)}


def test_a_word_that_is_no_given_name_before_a_common_head_makes_no_name():
    """"Attorney General Plenary Sessions spoke.": no given name opens the run, so the common
    head word still ends no name (the near miss of the rule above)."""
    release = records(parse("Attorney General Plenary Sessions spoke.", TITLED_SURNAME_PARSE.format(given="Plenary")))
    assert names(release) == []


def test_a_given_name_written_in_capitals_after_a_title_is_an_acronym():
    """"Chief AI Officer": "Ai" is a census given name, but written in capitals it is an acronym,
    so the run after the title makes no name (the near miss of titled_given_name)."""
    release = records(parse("Attorney General AI Sessions spoke.", TITLED_SURNAME_PARSE.format(given="AI")))
    assert names(release) == []


def test_a_name_listed_among_bodies_the_model_tags_is_no_person():
    """"institutions like Grayscale, Franklin Templeton, VanEck and BlackRock": a given name and
    a surname, but the other items are bodies, so the item is one too (listed_among_bodies)."""
    release = records(parse(
        "Institutions like Grayscale, Franklin Templeton, VanEck and BlackRock wait.",
        """
        0  Institutions PROPN NNS nsubj    10 O
        1  like       ADP   IN  prep     0  O
        2  Grayscale  PROPN NNP pobj     1  B-ORG
        3  ,          PUNCT ,   punct    2  O
        4  Franklin   PROPN NNP compound 5  B-PERSON
        5  Templeton  PROPN NNP conj     2  I-PERSON
        6  ,          PUNCT ,   punct    5  O
        7  VanEck     PROPN NNP conj     5  B-ORG
        8  and        CCONJ CC  cc       7  O
        9  BlackRock  PROPN NNP conj     7  B-ORG
        10 wait       VERB  VBP ROOT     10 O
        11 .          PUNCT .   punct    10 O
        """,
    ))
    assert names(release) == []


def test_a_name_listed_among_more_people_than_bodies_stays_a_person():
    """Near miss: beside one body the other items are people ("Acme, Franklin Templeton, Kim Fields
    and Bob Lee"), so the item stays a person."""
    release = records(parse(
        "Guests like Acme, Franklin Templeton, Kim Fields and Bob Lee came.",
        """
        0  Guests     NOUN  NNS nsubj    12 O
        1  like       ADP   IN  prep     0  O
        2  Acme       PROPN NNP pobj     1  B-ORG
        3  ,          PUNCT ,   punct    2  O
        4  Franklin   PROPN NNP compound 5  B-PERSON
        5  Templeton  PROPN NNP conj     2  I-PERSON
        6  ,          PUNCT ,   punct    5  O
        7  Kim        PROPN NNP compound 8  B-PERSON
        8  Fields     PROPN NNP conj     5  I-PERSON
        9  and        CCONJ CC  cc       8  O
        10 Bob        PROPN NNP compound 11 B-PERSON
        11 Lee        PROPN NNP conj     8  I-PERSON
        12 came       VERB  VBD ROOT     12 O
        13 .          PUNCT .   punct    12 O
        """,
    ))
    assert names(release) == ["Franklin Templeton", "Kim Fields", "Bob Lee"]


def test_a_name_after_aka_is_an_alias_of_the_person_named_before_it():
    """"Xiao Ju Guan, aka Tony Guan, 39": one person, who keeps the first name (merge_alias_names)."""
    release = records(parse(
        "Xiao Ju Guan, aka Tony Guan, 39, was indicted.",
        """
        0  Xiao     PROPN NNP compound  2  B-PERSON
        1  Ju       PROPN NNP compound  2  I-PERSON
        2  Guan     PROPN NNP nsubjpass 12 I-PERSON
        3  ,        PUNCT ,   punct     2  O
        4  aka      ADV   RB  advmod    6  O
        5  Tony     PROPN NNP compound  6  B-PERSON
        6  Guan     PROPN NNP appos     2  I-PERSON
        7  ,        PUNCT ,   punct     6  O
        8  39       NUM   CD  appos     6  B-DATE
        9  ,        PUNCT ,   punct     2  O
        10 was      AUX   VBD auxpass   12 O
        11 indicted VERB  VBN ROOT      12 O
        12 .        PUNCT .   punct     12 O
        """,
    ))
    assert names(release) == ["Xiao Ju Guan"]
    assert person_named(release, "Xiao Ju Guan").aliases == ["Tony Guan"]


def test_names_joined_by_and_are_separate_people_without_an_alias_marker():
    """Near miss: "Ali Caby and Alex Caby, 40": no alias marker before the second name, two people."""
    release = records(parse(
        "Ali Caby and Alex Caby were charged.",
        """
        0  Ali      PROPN NNP compound  1  B-PERSON
        1  Caby     PROPN NNP nsubjpass 6  I-PERSON
        2  and      CCONJ CC  cc        1  O
        3  Alex     PROPN NNP compound  4  B-PERSON
        4  Caby     PROPN NNP conj      1  I-PERSON
        5  were     AUX   VBD auxpass   6  O
        6  charged  VERB  VBN ROOT      6  O
        7  .        PUNCT .   punct     6  O
        """,
    ))
    assert names(release) == ["Ali Caby", "Alex Caby"]
