"""Roles on company, association and university releases (titles.py, roles.py) on hand-built
parses: titles over coordinated fields, bodies named by web domains, possessors and
pre-modifiers the model does not call ORG, and sign-off lines."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import org_names, roles


def test_a_chief_title_over_two_coordinated_fields_is_one_title():
    """"Chief Legal and Compliance Officer": the fields joined by "and" share the head; not "Chief" alone."""
    release = records(parse(
        "The board appointed Jane Roe as Chief Legal and Compliance Officer.",
        """
        0  The        DET   DT   det       1  O
        1  board      NOUN  NN   nsubj     2  O
        2  appointed  VERB  VBD  ROOT      2  O
        3  Jane       PROPN NNP  compound  4  B-PERSON
        4  Roe        PROPN NNP  dobj      2  I-PERSON
        5  as         ADP   IN   prep      2  O
        6  Chief      PROPN NNP  nmod      10 O
        7  Legal      PROPN NNP  nmod      10 O
        8  and        CCONJ CC   cc        7  O
        9  Compliance PROPN NNP  conj      7  O
        10 Officer    PROPN NNP  pobj      5  O
        11 .          PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Legal and Compliance Officer", None)}


def test_a_web_domain_after_a_title_names_the_company_whatever_entity_the_model_gives_it():
    """"Jane Roe, CEO of XT.COM,": a domain name is a coined company name, though tagged DATE."""
    release = records(parse(
        "Jane Roe, CEO of XT.COM, said the listing marks a milestone.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     7  I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  CEO       PROPN NNP  appos     1  O
        4  of        ADP   IN   prep      3  O
        5  XT.COM    PROPN NNP  pobj      4  B-DATE
        6  ,         PUNCT ,    punct     1  O
        7  said      VERB  VBD  ROOT      7  O
        8  the       DET   DT   det       9  O
        9  listing   NOUN  NN   nsubj     10 O
        10 marks     VERB  VBZ  ccomp     7  O
        11 a         DET   DT   det       12 O
        12 milestone NOUN  NN   dobj      10 O
        13 .         PUNCT .    punct     7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "XT.COM")}


def test_lead_closing_a_capitalized_run_is_a_title_head():
    """"Jane Roe, Alliance Management Lead of Zentrix": "Lead" heads the title, "of Zentrix" attaches it."""
    release = records(parse(
        "The awards were presented by Jane Roe, Alliance Management Lead of Zentrix.",
        """
        0  The        DET   DT   det       1  O
        1  awards     NOUN  NNS  nsubjpass 3  O
        2  were       AUX   VBD  auxpass   3  O
        3  presented  VERB  VBN  ROOT      3  O
        4  by         ADP   IN   agent     3  O
        5  Jane       PROPN NNP  compound  6  B-PERSON
        6  Roe        PROPN NNP  pobj      4  I-PERSON
        7  ,          PUNCT ,    punct     6  O
        8  Alliance   PROPN NNP  compound  10 O
        9  Management PROPN NNP  compound  10 O
        10 Lead       PROPN NNP  appos     6  O
        11 of         ADP   IN   prep      10 O
        12 Zentrix    PROPN NNP  pobj      11 B-ORG
        13 .          PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Alliance Management Lead", "Zentrix")}


def test_fields_joined_by_an_ampersand_stay_in_the_title_and_the_body_after_at_attaches():
    """"Head of Social Performance & Indigenous Relations at Zentrix": "&" joins two fields of the title."""
    release = records(parse(
        "“It is good,” said Jane Roe, Head of Social Performance & Indigenous Relations at Zentrix.",
        """
        0  “           PUNCT ``   punct     6  O
        1  It          PRON  PRP  nsubj     2  O
        2  is          AUX   VBZ  ccomp     6  O
        3  good        ADJ   JJ   acomp     2  O
        4  ,           PUNCT ,    punct     6  O
        5  ”           PUNCT ''   punct     6  O
        6  said        VERB  VBD  ROOT      6  O
        7  Jane        PROPN NNP  compound  8  B-PERSON
        8  Roe         PROPN NNP  nsubj     6  I-PERSON
        9  ,           PUNCT ,    punct     8  O
        10 Head        PROPN NNP  appos     8  O
        11 of          ADP   IN   prep      10 O
        12 Social      PROPN NNP  compound  13 O
        13 Performance PROPN NNP  pobj      11 O
        14 &           CCONJ CC   cc        13 O
        15 Indigenous  PROPN NNP  compound  16 O
        16 Relations   PROPN NNPS conj      13 O
        17 at          ADP   IN   prep      8  O
        18 Zentrix     PROPN NNP  pobj      17 B-ORG
        19 .           PUNCT .    punct     6  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Head of Social Performance & Indigenous Relations", "Zentrix")}


def test_a_coined_name_closed_by_a_possessive_before_a_leading_title_is_its_body():
    """"Zentrix’s President, Jane Roe": the possessor of a title that leads a body, though the model tags it as no ORG."""
    release = records(parse(
        "Zentrix’s President, Jane Roe, will also speak.",
        """
        0  Zentrix   PROPN NNP  poss      2  O
        1  ’s        PART  POS  case      0  O
        2  President PROPN NNP  nsubj     9  O
        3  ,         PUNCT ,    punct     2  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  appos     2  I-PERSON
        6  ,         PUNCT ,    punct     2  O
        7  will      AUX   MD   aux       9  O
        8  also      ADV   RB   advmod    9  O
        9  speak     VERB  VB   ROOT      9  O
        10 .         PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Zentrix")}


def test_a_possessive_place_before_a_title_stays_a_jurisdiction():
    """"Ohio’s Governor, Jane Roe": a place, not a coined body."""
    release = records(parse(
        "Ohio’s Governor, Jane Roe, will also speak.",
        """
        0  Ohio      PROPN NNP  poss      2  B-GPE
        1  ’s        PART  POS  case      0  O
        2  Governor  PROPN NNP  nsubj     9  O
        3  ,         PUNCT ,    punct     2  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  appos     2  I-PERSON
        6  ,         PUNCT ,    punct     2  O
        7  will      AUX   MD   aux       9  O
        8  also      ADV   RB   advmod    9  O
        9  speak     VERB  VB   ROOT      9  O
        10 .         PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Governor", "Ohio")}


def test_a_name_ending_in_an_organization_head_before_a_title_is_its_body_though_tagged_a_place():
    """"Brindle City University President Jane Roe": the model calls the university a place."""
    release = records(parse(
        "Brindle City University President Jane Roe opened the session.",
        """
        0  Brindle    PROPN NNP  compound  1  B-GPE
        1  City       PROPN NNP  compound  2  I-GPE
        2  University PROPN NNP  compound  3  I-GPE
        3  President  PROPN NNP  compound  5  O
        4  Jane       PROPN NNP  compound  5  B-PERSON
        5  Roe        PROPN NNP  nsubj     6  I-PERSON
        6  opened     VERB  VBD  ROOT      6  O
        7  the        DET   DT   det       8  O
        8  session    NOUN  NN   dobj      6  O
        9  .          PUNCT .    punct     6  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Brindle City University")}


def test_a_sign_off_name_after_a_leading_title_is_the_company_though_tagged_a_place():
    """"said Jane Roe, CEO, Zentrix.": after CEO the closing name is the company, not a place."""
    table = """
        0  “       PUNCT ``   punct     6  O
        1  It      PRON  PRP  nsubj     2  O
        2  is      AUX   VBZ  ccomp     6  O
        3  good    ADJ   JJ   acomp     2  O
        4  ,       PUNCT ,    punct     6  O
        5  ”       PUNCT ''   punct     6  O
        6  said    VERB  VBD  ROOT      6  O
        7  Jane    PROPN NNP  compound  8  B-PERSON
        8  Roe     PROPN NNP  nsubj     6  I-PERSON
        9  ,       PUNCT ,    punct     8  O
        10 {title} PROPN NNP  appos     8  O
        11 ,       PUNCT ,    punct     10 O
        12 Zentrix PROPN NNP  appos     10 B-GPE
        13 .       PUNCT .    punct     6  O
        """
    release = records(parse("“It is good,” said Jane Roe, CEO, Zentrix.", table.format(title="CEO")))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix")}
    # A mayor's closing place stays a place the lists do not know: no organization.
    release = records(parse("“It is good,” said Jane Roe, Mayor, Zentrix.", table.format(title="Mayor")))
    assert roles(release) == {("Jane Roe", "Mayor", None)}


def test_an_opening_led_by_clause_gives_the_agents_bare_title_in_the_clauses_subject():
    """"Led by CEO Jane Roe, Zentrix Labs focuses ...": CEO of the subject the participle is said of."""
    release = records(parse(
        "Led by CEO Jane Roe, Zentrix Labs focuses on growth.",
        """
        0  Led     VERB  VBN  advcl     8  O
        1  by      ADP   IN   agent     0  O
        2  CEO     PROPN NNP  compound  4  O
        3  Jane    PROPN NNP  compound  4  B-PERSON
        4  Roe     PROPN NNP  pobj      1  I-PERSON
        5  ,       PUNCT ,    punct     8  O
        6  Zentrix PROPN NNP  compound  7  B-ORG
        7  Labs    PROPN NNPS nsubj     8  I-ORG
        8  focuses VERB  VBZ  ROOT      8  O
        9  on      ADP   IN   prep      8  O
        10 growth  NOUN  NN   pobj      9  O
        11 .       PUNCT .    punct     8  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix Labs")}


def test_a_passive_led_by_gives_the_agents_bare_title_in_the_passive_subject():
    """"Zentrix Labs is led by founding partner Jane Roe": founding partner of Zentrix Labs."""
    release = records(parse(
        "Zentrix Labs is led by founding partner Jane Roe.",
        """
        0  Zentrix  PROPN NNP  compound  1  B-ORG
        1  Labs     PROPN NNPS nsubjpass 3  I-ORG
        2  is       AUX   VBZ  auxpass   3  O
        3  led      VERB  VBN  ROOT      3  O
        4  by       ADP   IN   agent     3  O
        5  founding VERB  VBG  compound  8  O
        6  partner  NOUN  NN   compound  8  O
        7  Jane     PROPN NNP  compound  8  B-PERSON
        8  Roe      PROPN NNP  pobj      4  I-PERSON
        9  .        PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founding partner", "Zentrix Labs")}


def test_a_title_subject_with_a_name_in_apposition_gives_that_person_the_predicate_title():
    """"The Deputy Chairman, Jane Roe, also served as Chairman of the Audit Committee": the named person serves."""
    release = records(parse(
        "The Deputy Chairman, Jane Roe, also served as Chairman of the Audit Committee.",
        """
        0  The       DET   DT   det       2  O
        1  Deputy    PROPN NNP  compound  2  O
        2  Chairman  PROPN NNP  nsubj     8  O
        3  ,         PUNCT ,    punct     2  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  appos     2  I-PERSON
        6  ,         PUNCT ,    punct     2  O
        7  also      ADV   RB   advmod    8  O
        8  served    VERB  VBD  ROOT      8  O
        9  as        ADP   IN   prep      8  O
        10 Chairman  PROPN NNP  pobj      9  O
        11 of        ADP   IN   prep      10 O
        12 the       DET   DT   det       14 B-ORG
        13 Audit     PROPN NNP  compound  14 I-ORG
        14 Committee PROPN NNP  pobj      11 I-ORG
        15 .         PUNCT .    punct     8  O
        """,
    ))
    assert ("Jane Roe", "Chairman", "Audit Committee") in roles(release)


def test_as_a_title_closed_by_a_possessive_gives_no_role():
    """"As the Senator’s top advisor, Jane Roe oversaw ...": the Senator is someone else, not Jane Roe's office."""
    release = records(parse(
        "As the Senator’s top advisor, Jane Roe oversaw the office.",
        """
        0  As      SCONJ IN   mark      9  O
        1  the     DET   DT   det       2  O
        2  Senator PROPN NNP  poss      5  O
        3  ’s      PART  POS  case      2  O
        4  top     ADJ   JJ   amod      5  O
        5  advisor NOUN  NN   nsubj     9  O
        6  ,       PUNCT ,    punct     5  O
        7  Jane    PROPN NNP  compound  8  B-PERSON
        8  Roe     PROPN NNP  appos     5  I-PERSON
        9  oversaw VERB  VBD  ROOT      9  O
        10 the     DET   DT   det       11 O
        11 office  NOUN  NN   dobj      9  O
        12 .       PUNCT .    punct     9  O
        """,
    ))
    assert not any(title == "Senator" for _, title, _ in roles(release))


def test_a_past_office_set_off_after_a_name_with_previously_is_a_role_and_banker_is_a_title():
    """"Jane Roe, previously the Chief Marketing Officer and an investment banker at Zentrix Capital": both titles, both at Zentrix Capital."""
    release = records(parse(
        "The firm was founded by Jane Roe, previously the Chief Marketing Officer and an investment banker at Zentrix Capital.",
        """
        0  The        DET   DT   det       1  O
        1  firm       NOUN  NN   nsubjpass 3  O
        2  was        AUX   VBD  auxpass   3  O
        3  founded    VERB  VBN  ROOT      3  O
        4  by         ADP   IN   agent     3  O
        5  Jane       PROPN NNP  compound  6  B-PERSON
        6  Roe        PROPN NNP  pobj      4  I-PERSON
        7  ,          PUNCT ,    punct     6  O
        8  previously ADV   RB   advmod    12 O
        9  the        DET   DT   det       12 O
        10 Chief      PROPN NNP  compound  12 O
        11 Marketing  PROPN NNP  compound  12 O
        12 Officer    PROPN NNP  appos     6  O
        13 and        CCONJ CC   cc        12 O
        14 an         DET   DT   det       16 O
        15 investment NOUN  NN   compound  16 O
        16 banker     NOUN  NN   conj      12 O
        17 at         ADP   IN   prep      16 O
        18 Zentrix    PROPN NNP  compound  19 B-ORG
        19 Capital    PROPN NNP  pobj      17 I-ORG
        20 .          PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Marketing Officer", "Zentrix Capital"), ("Jane Roe", "banker", "Zentrix Capital")}


def test_proper_nouns_a_leading_title_swallowed_before_a_name_are_its_body():
    """"Brindle Otters CEO Jane Roe": the words before CEO name the company, though the model calls them a person."""
    release = records(parse(
        "Wasabi is backed by Brindle Otters CEO Jane Roe and others.",
        """
        0  Wasabi  PROPN NNP  nsubjpass 2  O
        1  is      AUX   VBZ  auxpass   2  O
        2  backed  VERB  VBN  ROOT      2  O
        3  by      ADP   IN   agent     2  O
        4  Brindle PROPN NNP  compound  5  B-PERSON
        5  Otters  PROPN NNP  compound  6  I-PERSON
        6  CEO     PROPN NNP  compound  8  O
        7  Jane    PROPN NNP  compound  8  B-PERSON
        8  Roe     PROPN NNP  pobj      3  I-PERSON
        9  and     CCONJ CC   cc        8  O
        10 others  NOUN  NNS  conj      8  O
        11 .       PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Brindle Otters")}


def test_the_models_org_entity_right_before_a_title_and_name_is_the_titles_body():
    """"former ZENX managing director Jane Roe": ZENX is the body, though no organization rule kept it."""
    release = records(parse(
        "They met former ZENX managing director Jane Roe.",
        """
        0  They     PRON  PRP  nsubj     1  O
        1  met      VERB  VBD  ROOT      1  O
        2  former   ADJ   JJ   amod      5  O
        3  ZENX     PROPN NNP  nmod      5  B-ORG
        4  managing NOUN  NN   compound  5  O
        5  director NOUN  NN   compound  7  O
        6  Jane     PROPN NNP  compound  7  B-PERSON
        7  Roe      PROPN NNP  dobj      1  I-PERSON
        8  .        PUNCT .    punct     1  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "managing director", "ZENX")}


def test_a_body_running_into_a_campus_before_a_title_is_one_body():
    """"Zentrix University Harbor Campus President Jane Roe": President of the campus, named with its university."""
    release = records(parse(
        "Zentrix University Harbor Campus President Jane Roe spoke.",
        """
        0  Zentrix    PROPN NNP  compound  4  B-ORG
        1  University PROPN NNP  compound  4  I-ORG
        2  Harbor     PROPN NNP  compound  3  B-PERSON
        3  Campus     PROPN NNP  compound  4  I-PERSON
        4  President  PROPN NNP  compound  6  O
        5  Jane       PROPN NNP  compound  6  B-PERSON
        6  Roe        PROPN NNP  nsubj     7  I-PERSON
        7  spoke      VERB  VBD  ROOT      7  O
        8  .          PUNCT .    punct     7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Zentrix University Harbor Campus")}


def test_a_body_running_into_a_country_before_a_title_is_its_country_arm_not_the_country():
    """"Zentrix Books Taiwan Chairman Jane Roe": chairman of the company's Taiwan arm."""
    release = records(parse(
        "Zentrix Books Taiwan Chairman Jane Roe spoke.",
        """
        0  Zentrix  PROPN NNP  compound  3  B-ORG
        1  Books    PROPN NNP  compound  2  I-ORG
        2  Taiwan   PROPN NNP  compound  3  B-GPE
        3  Chairman PROPN NNP  compound  5  O
        4  Jane     PROPN NNP  compound  5  B-PERSON
        5  Roe      PROPN NNP  nsubj     6  I-PERSON
        6  spoke    VERB  VBD  ROOT      6  O
        7  .        PUNCT .    punct     6  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chairman", "Zentrix Books Taiwan")}


def test_a_dash_after_a_title_on_a_roster_line_sets_off_the_body():
    """"Jane Roe, CEO - Zentrix" and "Tom Poe, Head of Growth - Brindle Labs" on speaker lines: the part after the dash is the body."""
    release = records(parse(
        "The speakers include:\n\nJane Roe, CEO - Zentrix\n\nTom Poe, Head of Growth - Brindle Labs",
        """
        0  The      DET   DT   det       1  O
        1  speakers NOUN  NNS  nsubj     2  O
        2  include  VERB  VBP  ROOT      2  O
        3  :        PUNCT :    punct     2  O
        4  \\n\\n   SPACE _SP  dep       3  O
        5  Jane     PROPN NNP  compound  6  B-PERSON
        6  Roe      PROPN NNP  ROOT      6  I-PERSON
        7  ,        PUNCT ,    punct     6  O
        8  CEO      PROPN NNP  compound  10 O
        9  -        PUNCT HYPH punct     10 O
        10 Zentrix  PROPN NNP  appos     6  B-ORG
        11 \\n\\n   SPACE _SP  dep       10 O
        12 Tom      PROPN NNP  compound  13 B-PERSON
        13 Poe      PROPN NNP  ROOT      13 I-PERSON
        14 ,        PUNCT ,    punct     13 O
        15 Head     PROPN NNP  appos     13 O
        16 of       ADP   IN   prep      15 O
        17 Growth   PROPN NNP  compound  20 B-ORG
        18 -        PUNCT HYPH punct     20 I-ORG
        19 Brindle  PROPN NNP  compound  20 I-ORG
        20 Labs     PROPN NNPS pobj      16 I-ORG
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix"), ("Tom Poe", "Head of Growth", "Brindle Labs")}


def test_c_suite_and_vice_president_abbreviations_are_title_heads():
    """"Jane Roe, CCO of Zentrix" (a chief officer leads its body) and "Tom Poe, VP of Sales at Brindle"."""
    release = records(parse(
        "Jane Roe, CCO of Zentrix, and Tom Poe, VP of Sales at Brindle, spoke.",
        """
        0  Jane    PROPN NNP  compound  1  B-PERSON
        1  Roe     PROPN NNP  nsubj     17 I-PERSON
        2  ,       PUNCT ,    punct     1  O
        3  CCO     PROPN NNP  appos     1  O
        4  of      ADP   IN   prep      3  O
        5  Zentrix PROPN NNP  pobj      4  O
        6  ,       PUNCT ,    punct     1  O
        7  and     CCONJ CC   cc        1  O
        8  Tom     PROPN NNP  compound  9  B-PERSON
        9  Poe     PROPN NNP  conj      1  I-PERSON
        10 ,       PUNCT ,    punct     9  O
        11 VP      PROPN NNP  appos     9  O
        12 of      ADP   IN   prep      11 O
        13 Sales   NOUN  NNS  pobj      12 O
        14 at      ADP   IN   prep      13 O
        15 Brindle PROPN NNP  pobj      14 B-ORG
        16 ,       PUNCT ,    punct     1  O
        17 spoke   VERB  VBD  ROOT      17 O
        18 .       PUNCT .    punct     17 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CCO", "Zentrix"), ("Tom Poe", "VP of Sales", "Brindle")}


def test_a_gapped_second_object_as_a_title_is_read_as_the_first():
    """"announce Jane Roe as its new Chief Product Officer and Tom Poe as its new Chief Operating Officer": both hold their title in the announcing body."""
    release = records(parse(
        "The Zentrix Association is pleased to announce Jane Roe as its new Chief Product Officer and Tom Poe as its new Chief Operating Officer.",
        """
        0  The         DET   DT   det       2  B-ORG
        1  Zentrix     PROPN NNP  compound  2  I-ORG
        2  Association PROPN NNP  nsubj     3  I-ORG
        3  is          AUX   VBZ  ROOT      3  O
        4  pleased     ADJ   JJ   acomp     3  O
        5  to          PART  TO   aux       6  O
        6  announce    VERB  VB   xcomp     4  O
        7  Jane        PROPN NNP  compound  8  B-PERSON
        8  Roe         PROPN NNP  dobj      6  I-PERSON
        9  as          ADP   IN   prep      6  O
        10 its         PRON  PRP$ poss      14 O
        11 new         ADJ   JJ   amod      14 O
        12 Chief       PROPN NNP  compound  13 O
        13 Product     PROPN NNP  compound  14 O
        14 Officer     PROPN NNP  pobj      9  O
        15 and         CCONJ CC   cc        3  O
        16 Tom         PROPN NNP  compound  17 B-PERSON
        17 Poe         PROPN NNP  conj      3  I-PERSON
        18 as          ADP   IN   prep      3  O
        19 its         PRON  PRP$ poss      23 O
        20 new         ADJ   JJ   amod      23 O
        21 Chief       PROPN NNP  compound  23 O
        22 Operating   PROPN NNP  compound  23 O
        23 Officer     PROPN NNP  pobj      18 O
        24 .           PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {
        ("Jane Roe", "Chief Product Officer", "Zentrix Association"),
        ("Tom Poe", "Chief Operating Officer", "Zentrix Association"),
    }


def test_a_portfolio_word_read_as_a_surname_after_a_title_holds_no_title():
    """"Ms. Roe was SVP Finance at Brindle Labs", where the people rules took "Finance" for the surname of "Zed Finance": no role of Zed Finance."""
    release = records(parse(
        "Jane Roe spoke to Zed Finance. Ms. Roe was SVP Finance at Brindle Labs.",
        """
        0  Jane    PROPN NNP  compound  1  B-PERSON
        1  Roe     PROPN NNP  nsubj     2  I-PERSON
        2  spoke   VERB  VBD  ROOT      2  O
        3  to      ADP   IN   prep      2  O
        4  Zed     PROPN NNP  compound  5  B-PERSON
        5  Finance PROPN NNP  pobj      3  I-PERSON
        6  .       PUNCT .    punct     2  O
        7  Ms.     PROPN NNP  compound  8  O
        8  Roe     PROPN NNP  nsubj     9  B-PERSON
        9  was     AUX   VBD  ROOT      9  O
        10 SVP     PROPN NNP  compound  11 O
        11 Finance PROPN NNP  attr      9  O
        12 at      ADP   IN   prep      11 O
        13 Brindle PROPN NNP  compound  14 B-ORG
        14 Labs    PROPN NNP  pobj      12 I-ORG
        15 .       PUNCT .    punct     9  O
        """,
    ))
    assert not any(person == "Zed Finance" for person, _, _ in roles(release))


def test_a_coordinated_title_starting_with_former_joins_the_chain_and_shares_its_body():
    """"Jane Roe, co-founder and former CEO of Zentrix Inc.": both titles, both of Zentrix Inc."""
    release = records(parse(
        "Jane Roe, co-founder and former CEO of Zentrix Inc., joined the board.",
        """
        0  Jane    PROPN NNP  compound  1  B-PERSON
        1  Roe     PROPN NNP  nsubj     13 I-PERSON
        2  ,       PUNCT ,    punct     1  O
        3  co      NOUN  NN   appos     1  O
        4  -       NOUN  NN   appos     1  O
        5  founder NOUN  NN   appos     1  O
        6  and     CCONJ CC   cc        5  O
        7  former  ADJ   JJ   amod      8  O
        8  CEO     NOUN  NN   conj      5  O
        9  of      ADP   IN   prep      8  O
        10 Zentrix PROPN NNP  compound  11 B-ORG
        11 Inc.    PROPN NNP  pobj      9  I-ORG
        12 ,       PUNCT ,    punct     1  O
        13 joined  VERB  VBD  ROOT      13 O
        14 the     DET   DT   det       15 O
        15 board   NOUN  NN   dobj      13 O
        16 .       PUNCT .    punct     13 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "co-founder", "Zentrix Inc."), ("Jane Roe", "former CEO", "Zentrix Inc.")}


def test_a_title_after_and_ends_the_field_of_the_title_before():
    """"Director of Field Programs and Board member of Brindle": "Board member" starts a second title, it is no field of the first."""
    release = records(parse(
        "Jane Roe is Director of Field Programs and Board member of Brindle.",
        """
        0  Jane     PROPN NNP  compound  1  B-PERSON
        1  Roe      PROPN NNP  nsubj     2  I-PERSON
        2  is       AUX   VBZ  ROOT      2  O
        3  Director PROPN NNP  attr      2  O
        4  of       ADP   IN   prep      3  O
        5  Field    PROPN NNP  compound  6  O
        6  Programs PROPN NNPS pobj      4  O
        7  and      CCONJ CC   cc        6  O
        8  Board    PROPN NNP  compound  9  O
        9  member   NOUN  NN   conj      6  O
        10 of       ADP   IN   prep      9  O
        11 Brindle  PROPN NNP  pobj      10 B-ORG
        12 .        PUNCT .    punct     2  O
        """,
    ))
    titles = {title for _, title, _ in roles(release)}
    assert "Director of Field Programs" in titles and not any("Board" in title for title in titles)


def test_its_before_a_title_attaches_the_organization_the_clause_is_said_of():
    """"Zentrix Inc., a chip maker, said its CEO, Jane Roe, ...": "its" refers back to the subject."""
    release = records(parse(
        "Zentrix Inc., a chip maker, said its CEO, Jane Roe, would step down.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     7  I-ORG
        2  ,         PUNCT ,    punct     1  O
        3  a         DET   DT   det       5  O
        4  chip      NOUN  NN   compound  5  O
        5  maker     NOUN  NN   appos     1  O
        6  ,         PUNCT ,    punct     1  O
        7  said      VERB  VBD  ROOT      7  O
        8  its       PRON  PRP$ poss      9  O
        9  CEO       PROPN NNP  nsubj     15 O
        10 ,         PUNCT ,    punct     9  O
        11 Jane      PROPN NNP  compound  12 B-PERSON
        12 Roe       PROPN NNP  appos     9  I-PERSON
        13 ,         PUNCT ,    punct     9  O
        14 would     AUX   MD   aux       15 O
        15 step      VERB  VB   ccomp     7  O
        16 down      ADP   RP   prt       15 O
        17 .         PUNCT .    punct     7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix Inc.")}


def test_the_companys_titles_belong_to_the_company_the_release_names_most():
    """"The company’s President and CEO, Jane Roe, ...": with no organization before it in its
    sentence, "the company" is the one the release is about (named twice); both titles share it."""
    release = records(parse(
        "Zentrix Inc. makes chips. The company’s President and CEO, Jane Roe, praised Zentrix Inc. staff.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     2  I-ORG
        2  makes     VERB  VBZ  ROOT      2  O
        3  chips     NOUN  NNS  dobj      2  O
        4  .         PUNCT .    punct     2  O
        5  The       DET   DT   det       6  O
        6  company   NOUN  NN   poss      8  O
        7  ’s        PART  POS  case      6  O
        8  President PROPN NNP  nsubj     15 O
        9  and       CCONJ CC   cc        8  O
        10 CEO       PROPN NNP  conj      8  O
        11 ,         PUNCT ,    punct     8  O
        12 Jane      PROPN NNP  compound  13 B-PERSON
        13 Roe       PROPN NNP  appos     8  I-PERSON
        14 ,         PUNCT ,    punct     8  O
        15 praised   VERB  VBD  ROOT      15 O
        16 Zentrix   PROPN NNP  compound  18 B-ORG
        17 Inc.      PROPN NNP  compound  18 I-ORG
        18 staff     NOUN  NN   dobj      15 O
        19 .         PUNCT .    punct     15 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Zentrix Inc."), ("Jane Roe", "CEO", "Zentrix Inc.")}


def test_owner_principal_and_broker_head_titles_of_the_body_they_lead():
    """"Jane Roe, founder and principal broker of Undivided": "broker" heads a title and leads a
    body, so a one-word name after "of" is the body both titles share."""
    release = records(parse(
        "Jane Roe, founder and principal broker of Undivided, said prices rose.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     10 I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  founder   NOUN  NN   appos     1  O
        4  and       CCONJ CC   cc        3  O
        5  principal ADJ   JJ   amod      6  O
        6  broker    NOUN  NN   conj      3  O
        7  of        ADP   IN   prep      6  O
        8  Undivided PROPN NNP  pobj      7  O
        9  ,         PUNCT ,    punct     1  O
        10 said      VERB  VBD  ROOT      10 O
        11 prices    NOUN  NNS  nsubj     12 O
        12 rose      VERB  VBD  ccomp     10 O
        13 .         PUNCT .    punct     10 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Undivided"), ("Jane Roe", "principal broker", "Undivided")}


def test_owner_of_a_company_is_a_title():
    """"said Tom Poe, Owner of Poe Bakery Inc.": "Owner" is a title head."""
    release = records(parse(
        "Sales rose, said Tom Poe, Owner of Poe Bakery Inc.",
        """
        0  Sales     NOUN  NNS  nsubj     1  O
        1  rose      VERB  VBD  ccomp     3  O
        2  ,         PUNCT ,    punct     3  O
        3  said      VERB  VBD  ROOT      3  O
        4  Tom       PROPN NNP  compound  5  B-PERSON
        5  Poe       PROPN NNP  nsubj     3  I-PERSON
        6  ,         PUNCT ,    punct     5  O
        7  Owner     PROPN NNP  appos     5  O
        8  of        ADP   IN   prep      7  O
        9  Poe       PROPN NNP  compound  11 B-ORG
        10 Bakery    PROPN NNP  compound  11 I-ORG
        11 Inc.      PROPN NNP  pobj      8  I-ORG
        """,
    ))
    assert roles(release) == {("Tom Poe", "Owner", "Poe Bakery Inc.")}


def test_a_title_of_the_company_is_held_in_the_company_named_before_it():
    """"Zentrix Inc. appointed Jane Roe as president of Alpha Labs and an officer of the company":
    "the company" refers back past the unit that completes the other title to the company."""
    release = records(parse(
        "Zentrix Inc. appointed Jane Roe as president of Alpha Labs and an officer of the company.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     2  I-ORG
        2  appointed VERB  VBD  ROOT      2  O
        3  Jane      PROPN NNP  compound  4  B-PERSON
        4  Roe       PROPN NNP  dobj      2  I-PERSON
        5  as        ADP   IN   prep      2  O
        6  president NOUN  NN   pobj      5  O
        7  of        ADP   IN   prep      6  O
        8  Alpha     PROPN NNP  compound  9  B-ORG
        9  Labs      PROPN NNP  pobj      7  I-ORG
        10 and       CCONJ CC   cc        6  O
        11 an        DET   DT   det       12 O
        12 officer   NOUN  NN   conj      6  O
        13 of        ADP   IN   prep      12 O
        14 the       DET   DT   det       15 O
        15 company   NOUN  NN   pobj      13 O
        16 .         PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "president", "Alpha Labs"), ("Jane Roe", "officer", "Zentrix Inc.")}


def test_its_and_an_adjective_before_a_title_after_as_are_read_through():
    """"the appointment of Jane Roe as its official Ambassador": the title after "as" is found
    though its body ("its") and an adjective stand between, and "its" is the company."""
    release = records(parse(
        "Zentrix Inc. announced the appointment of Jane Roe as its official Ambassador.",
        """
        0  Zentrix     PROPN NNP  compound  1  B-ORG
        1  Inc.        PROPN NNP  nsubj     2  I-ORG
        2  announced   VERB  VBD  ROOT      2  O
        3  the         DET   DT   det       4  O
        4  appointment NOUN  NN   dobj      2  O
        5  of          ADP   IN   prep      4  O
        6  Jane        PROPN NNP  compound  7  B-PERSON
        7  Roe         PROPN NNP  pobj      5  I-PERSON
        8  as          ADP   IN   prep      4  O
        9  its         PRON  PRP$ poss      11 O
        10 official    ADJ   JJ   amod      11 O
        11 Ambassador  PROPN NNP  pobj      8  O
        12 .           PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Ambassador", "Zentrix Inc.")}


def test_as_hung_on_the_name_after_the_appointments_of_reads_the_announcing_company():
    """"Zentrix Inc. announced the appointments of Jane Roe as CFO and Tom Poe as CTO", the parser
    hanging each "as" on the name: the noun of the act above the name leads to the employer."""
    release = records(parse(
        "Zentrix Inc. announced the appointments of Jane Roe as CFO and Tom Poe as CTO.",
        """
        0  Zentrix      PROPN NNP  compound  1  B-ORG
        1  Inc.         PROPN NNP  nsubj     2  I-ORG
        2  announced    VERB  VBD  ROOT      2  O
        3  the          DET   DT   det       4  O
        4  appointments NOUN  NNS  dobj      2  O
        5  of           ADP   IN   prep      4  O
        6  Jane         PROPN NNP  compound  7  B-PERSON
        7  Roe          PROPN NNP  pobj      5  I-PERSON
        8  as           ADP   IN   prep      7  O
        9  CFO          PROPN NNP  pobj      8  O
        10 and          CCONJ CC   cc        7  O
        11 Tom          PROPN NNP  compound  12 B-PERSON
        12 Poe          PROPN NNP  conj      7  I-PERSON
        13 as           ADP   IN   prep      12 O
        14 CTO          PROPN NNP  pobj      13 O
        15 .            PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CFO", "Zentrix Inc."), ("Tom Poe", "CTO", "Zentrix Inc.")}


def test_a_firm_named_for_its_founder_after_a_leading_title_is_the_body():
    """"said Tom Poe, founder of Poe Motors.": the name the people rules took ("Poe") runs on into
    the firm's name, which closes the phrase after a title that leads a body."""
    release = records(parse(
        "Sales rose, said Tom Poe, founder of Poe Motors.",
        """
        0  Sales    NOUN  NNS  nsubj     1  O
        1  rose     VERB  VBD  ccomp     3  O
        2  ,        PUNCT ,    punct     3  O
        3  said     VERB  VBD  ROOT      3  O
        4  Tom      PROPN NNP  compound  5  B-PERSON
        5  Poe      PROPN NNP  nsubj     3  I-PERSON
        6  ,        PUNCT ,    punct     5  O
        7  founder  NOUN  NN   appos     5  O
        8  of       ADP   IN   prep      7  O
        9  Poe      PROPN NNP  compound  10 O
        10 Motors   PROPN NNP  pobj      8  O
        11 .        PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "founder", "Poe Motors")}


def test_a_dateline_place_taken_for_the_subject_leaves_the_company_before_the_verb_appointing():
    """"DENVER — Zentrix Inc., a chip maker, announced the appointment of Jane Roe as CFO", the
    parser taking the dateline's place for the subject: the company named before the verb."""
    release = records(parse(
        "DENVER — Zentrix Inc., a chip maker, announced the appointment of Jane Roe as CFO.",
        """
        0  DENVER      PROPN NNP  nsubj     9  B-GPE
        1  —           PUNCT :    punct     0  O
        2  Zentrix     PROPN NNP  compound  3  B-ORG
        3  Inc.        PROPN NNP  appos     0  I-ORG
        4  ,           PUNCT ,    punct     3  O
        5  a           DET   DT   det       7  O
        6  chip        NOUN  NN   compound  7  O
        7  maker       NOUN  NN   appos     3  O
        8  ,           PUNCT ,    punct     3  O
        9  announced   VERB  VBD  ROOT      9  O
        10 the         DET   DT   det       11 O
        11 appointment NOUN  NN   dobj      9  O
        12 of          ADP   IN   prep      11 O
        13 Jane        PROPN NNP  compound  14 B-PERSON
        14 Roe         PROPN NNP  pobj      12 I-PERSON
        15 as          ADP   IN   prep      11 O
        16 CFO         PROPN NNP  pobj      15 O
        17 .           PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CFO", "Zentrix Inc.")}


def test_the_companys_title_given_by_its_board_is_held_in_the_company_not_the_board():
    """"The Supervisory Board of Zentrix AG appointed Jane Roe as the Company’s CFO": the board
    that appoints is not the body; the company whose board it is, is."""
    release = records(parse(
        "Zentrix AG makes chips. The Supervisory Board of Zentrix AG appointed Jane Roe as the Company’s CFO.",
        """
        0  Zentrix     PROPN NNP  compound  1  B-ORG
        1  AG          PROPN NNP  nsubj     2  I-ORG
        2  makes       VERB  VBZ  ROOT      2  O
        3  chips       NOUN  NNS  dobj      2  O
        4  .           PUNCT .    punct     2  O
        5  The         DET   DT   det       7  B-ORG
        6  Supervisory PROPN NNP  compound  7  I-ORG
        7  Board       PROPN NNP  nsubj     11 I-ORG
        8  of          ADP   IN   prep      7  I-ORG
        9  Zentrix     PROPN NNP  compound  10 I-ORG
        10 AG          PROPN NNP  pobj      8  I-ORG
        11 appointed   VERB  VBD  ROOT      11 O
        12 Jane        PROPN NNP  compound  13 B-PERSON
        13 Roe         PROPN NNP  dobj      11 I-PERSON
        14 as          ADP   IN   prep      11 O
        15 the         DET   DT   det       16 O
        16 Company     PROPN NNP  poss      18 O
        17 ’s          PART  POS  case      16 O
        18 CFO         PROPN NNP  pobj      14 O
        19 .           PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CFO", "Zentrix AG")}


def test_a_board_appointing_after_a_dateline_gives_its_companys_title_not_the_seat_shared_after_it():
    """"MUNICH - The Supervisory Board of Zentrix SE has appointed Jane Roe as CFO and member of the
    Management Board", the parser taking the dateline for the subject: the CFO is Zentrix SE's
    (the company whose board appoints), not the Management Board's, where she only sits."""
    release = records(parse(
        "Zentrix SE sells ads. MUNICH - The Supervisory Board of Zentrix SE has appointed Jane Roe as CFO and member of the Management Board.",
        """
        0  Zentrix     PROPN NNP  compound  1  B-ORG
        1  SE          PROPN NNP  nsubj     2  I-ORG
        2  sells       VERB  VBZ  ROOT      2  O
        3  ads         NOUN  NNS  dobj      2  O
        4  .           PUNCT .    punct     2  O
        5  MUNICH      PROPN NNP  nsubj     14 B-GPE
        6  -           PUNCT :    punct     5  O
        7  The         DET   DT   det       9  B-ORG
        8  Supervisory PROPN NNP  compound  9  I-ORG
        9  Board       PROPN NNP  appos     5  I-ORG
        10 of          ADP   IN   prep      9  I-ORG
        11 Zentrix     PROPN NNP  compound  12 I-ORG
        12 SE          PROPN NNP  pobj      10 I-ORG
        13 has         AUX   VBZ  aux       14 O
        14 appointed   VERB  VBN  ROOT      14 O
        15 Jane        PROPN NNP  compound  16 B-PERSON
        16 Roe         PROPN NNP  dobj      14 I-PERSON
        17 as          ADP   IN   prep      14 O
        18 CFO         PROPN NNP  pobj      17 O
        19 and         CCONJ CC   cc        18 O
        20 member      NOUN  NN   conj      18 O
        21 of          ADP   IN   prep      20 O
        22 the         DET   DT   det       24 O
        23 Management  PROPN NNP  compound  24 B-ORG
        24 Board       PROPN NNP  pobj      21 I-ORG
        25 .           PUNCT .    punct     14 O
        """,
    ))
    assert ("Jane Roe", "CFO", "Zentrix SE") in roles(release)
    assert ("Jane Roe", "CFO", "Management Board") not in roles(release)


def test_portfolio_words_written_after_a_roster_title_leave_the_line_s_last_part_its_body():
    """"Jane Roe, VP Total Rewards, Zentrix" and "Tom Poe, Co-Founder & CEO, Brindle Labs" on
    roster lines: the portfolio right after the title (no comma between) and a title joined by
    "&" to the line's first one leave the last part the organization."""
    release = records(parse(
        "Speakers:\n\nJane Roe, VP Total Rewards, Zentrix\n\nTom Poe, Co-Founder & CEO, Brindle Labs",
        """
        0  Speakers   NOUN  NNS ROOT     0  O
        1  :          PUNCT :   punct    0  O
        2  \\n\\n     SPACE _SP dep      1  O
        3  Jane       PROPN NNP compound 4  B-PERSON
        4  Roe        PROPN NNP ROOT     4  I-PERSON
        5  ,          PUNCT ,   punct    4  O
        6  VP         PROPN NNP compound 8  O
        7  Total      PROPN NNP compound 8  O
        8  Rewards    PROPN NNP appos    4  O
        9  ,          PUNCT ,   punct    8  O
        10 Zentrix    PROPN NNP appos    8  O
        11 \\n\\n     SPACE _SP dep      10 O
        12 Tom        PROPN NNP compound 13 B-PERSON
        13 Poe        PROPN NNP ROOT     13 I-PERSON
        14 ,          PUNCT ,   punct    13 O
        15 Co-Founder PROPN NNP appos    13 O
        16 &          CCONJ CC  cc       15 O
        17 CEO        PROPN NNP conj     15 O
        18 ,          PUNCT ,   punct    17 O
        19 Brindle    PROPN NNP compound 20 O
        20 Labs       PROPN NNP appos    17 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "VP", "Zentrix"), ("Tom Poe", "Co-Founder", "Brindle Labs"), ("Tom Poe", "CEO", "Brindle Labs")}


def test_a_coined_word_before_a_leading_title_and_a_name_is_the_company():
    """"Zorvexa CEO Jane Roe is raising ...": a word no word, name or place list knows, right before
    "CEO" and its holder's name, is the company, though the model tags it a person; "Former CEO Tom
    Poe" (an English word) names none."""
    release = records(parse(
        "Zorvexa CEO Jane Roe is raising funds. Former CEO Tom Poe agreed.",
        """
        0  Zorvexa  PROPN NNP  compound  3  B-PERSON
        1  CEO      PROPN NNP  compound  3  O
        2  Jane     PROPN NNP  compound  3  B-PERSON
        3  Roe      PROPN NNP  nsubj     5  I-PERSON
        4  is       AUX   VBZ  aux       5  O
        5  raising  VERB  VBG  ROOT      5  O
        6  funds    NOUN  NNS  dobj      5  O
        7  .        PUNCT .    punct     5  O
        8  Former   ADJ   JJ   amod      9  O
        9  CEO      PROPN NNP  compound  11 O
        10 Tom      PROPN NNP  compound  11 B-PERSON
        11 Poe      PROPN NNP  nsubj     12 I-PERSON
        12 agreed   VERB  VBD  ROOT      12 O
        13 .        PUNCT .    punct     12 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zorvexa"), ("Tom Poe", "Former CEO", None)}


def test_the_role_of_a_title_taken_in_a_clause_a_company_announces_is_held_in_that_company():
    """"Zentrix Inc. is pleased to announce that Jane Roe has accepted the role of Program Manager":
    "the role of" reads as "as", and the company announcing the clause employs her."""
    release = records(parse(
        "Zentrix Inc. is pleased to announce that Jane Roe has accepted the role of Program Manager.",
        """
        0  Zentrix  PROPN NNP  compound  1  B-ORG
        1  Inc.     PROPN NNP  nsubj     2  I-ORG
        2  is       AUX   VBZ  ROOT      2  O
        3  pleased  ADJ   JJ   acomp     2  O
        4  to       PART  TO   aux       5  O
        5  announce VERB  VB   xcomp     3  O
        6  that     SCONJ IN   mark      10 O
        7  Jane     PROPN NNP  compound  8  B-PERSON
        8  Roe      PROPN NNP  nsubj     10 I-PERSON
        9  has      AUX   VBZ  aux       10 O
        10 accepted VERB  VBN  ccomp     5  O
        11 the      DET   DT   det       12 O
        12 role     NOUN  NN   dobj      10 O
        13 of       ADP   IN   prep      12 O
        14 Program  PROPN NNP  compound  15 O
        15 Manager  PROPN NNP  pobj      13 O
        16 .        PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Program Manager", "Zentrix Inc.")}


def test_the_role_of_a_title_in_a_clause_nobody_announces_has_no_employer():
    """"Jane Roe assumed the role of Program Manager": the title is hers, held in no body named."""
    release = records(parse(
        "Jane Roe assumed the role of Program Manager.",
        """
        0  Jane     PROPN NNP  compound  1  B-PERSON
        1  Roe      PROPN NNP  nsubj     2  I-PERSON
        2  assumed  VERB  VBD  ROOT      2  O
        3  the      DET   DT   det       4  O
        4  role     NOUN  NN   dobj      2  O
        5  of       ADP   IN   prep      4  O
        6  Program  PROPN NNP  compound  7  O
        7  Manager  PROPN NNP  pobj      5  O
        8  .        PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Program Manager", None)}


def test_joining_as_a_title_in_a_clause_a_company_announces_is_held_in_that_company():
    """"Zentrix Inc. announced that Jane Roe has joined as CTO": the announcing company employs her."""
    release = records(parse(
        "Zentrix Inc. announced that Jane Roe has joined as CTO.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     2  I-ORG
        2  announced VERB  VBD  ROOT      2  O
        3  that      SCONJ IN   mark      7  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  nsubj     7  I-PERSON
        6  has       AUX   VBZ  aux       7  O
        7  joined    VERB  VBN  ccomp     2  O
        8  as        ADP   IN   prep      7  O
        9  CTO       PROPN NNP  pobj      8  O
        10 .         PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CTO", "Zentrix Inc.")}


def test_a_where_clause_after_a_company_says_the_title_is_held_there():
    """"Jane Roe spent ten years at Zentrix Inc., where she served as Chief Financial Officer"."""
    release = records(parse(
        "Jane Roe spent ten years at Zentrix Inc., where she served as Chief Financial Officer.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     2  I-PERSON
        2  spent     VERB  VBD  ROOT      2  O
        3  ten       NUM   CD   nummod    4  B-DATE
        4  years     NOUN  NNS  dobj      2  I-DATE
        5  at        ADP   IN   prep      2  O
        6  Zentrix   PROPN NNP  compound  7  B-ORG
        7  Inc.      PROPN NNP  pobj      5  I-ORG
        8  ,         PUNCT ,    punct     7  O
        9  where     SCONJ WRB  advmod    11 O
        10 she       PRON  PRP  nsubj     11 O
        11 served    VERB  VBD  relcl     7  O
        12 as        ADP   IN   prep      11 O
        13 Chief     PROPN NNP  compound  15 O
        14 Financial PROPN NNP  compound  15 O
        15 Officer   PROPN NNP  pobj      12 O
        16 .         PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Financial Officer", "Zentrix Inc.")}


def test_fields_joined_before_a_head_in_apposition_to_a_name_are_one_title():
    """"Jane Roe, Sales & Marketing Director at Zentrix Inc.": both fields belong to the title,
    which opens right after the name's comma."""
    release = records(parse(
        "Jane Roe, Sales & Marketing Director at Zentrix Inc., said sales rose.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     12 I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  Sales     PROPN NNP  compound  6  O
        4  &         CCONJ CC   cc        3  O
        5  Marketing PROPN NNP  conj      3  O
        6  Director  PROPN NNP  appos     1  O
        7  at        ADP   IN   prep      6  O
        8  Zentrix   PROPN NNP  compound  9  B-ORG
        9  Inc.      PROPN NNP  pobj      7  I-ORG
        10 ,         PUNCT ,    punct     1  O
        11 said      VERB  VBD  ROOT      11 O
        12 sales     NOUN  NNS  nsubj     13 O
        13 rose      VERB  VBD  ccomp     11 O
        14 .         PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Sales & Marketing Director", "Zentrix Inc.")}


def test_lower_case_fields_joined_before_a_head_after_a_name_are_one_title():
    """"said Jane Roe, licensing and marketing director for Zentrix Inc.": not "director" alone."""
    release = records(parse(
        "Sales rose, said Jane Roe, licensing and marketing director for Zentrix Inc.",
        """
        0  Sales     NOUN  NNS  nsubj     1  O
        1  rose      VERB  VBD  ccomp     3  O
        2  ,         PUNCT ,    punct     3  O
        3  said      VERB  VBD  ROOT      3  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  nsubj     3  I-PERSON
        6  ,         PUNCT ,    punct     5  O
        7  licensing NOUN  NN   compound  10 O
        8  and       CCONJ CC   cc        7  O
        9  marketing NOUN  NN   conj      7  O
        10 director  NOUN  NN   appos     5  O
        11 for       ADP   IN   prep      10 O
        12 Zentrix   PROPN NNP  compound  13 B-ORG
        13 Inc.      PROPN NNP  pobj      11 I-ORG
        """,
    ))
    assert roles(release) == {("Jane Roe", "licensing and marketing director", "Zentrix Inc.")}


def test_nouns_joined_before_a_head_with_no_name_before_them_stay_out_of_the_title():
    """"thanked its staff and marketing director Jane Roe": no name's comma before the nouns joined,
    so "staff" is no field of the title."""
    release = records(parse(
        "Zentrix Inc. thanked its staff and marketing director Jane Roe.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     2  I-ORG
        2  thanked   VERB  VBD  ROOT      2  O
        3  its       PRON  PRP$ poss      4  O
        4  staff     NOUN  NN   dobj      2  O
        5  and       CCONJ CC   cc        4  O
        6  marketing NOUN  NN   compound  7  O
        7  director  NOUN  NN   compound  9  O
        8  Jane      PROPN NNP  compound  9  B-PERSON
        9  Roe       PROPN NNP  conj      4  I-PERSON
        10 .         PUNCT .    punct     2  O
        """,
    ))
    titles = {title for _, title, _ in roles(release)}
    assert titles and titles <= {"marketing director", "director"}  # a title of Jane Roe, never with "staff"


def test_a_bare_short_form_of_a_title_the_person_holds_in_a_body_restates_that_role():
    """"Jane Roe, Chief Operating Officer of Zentrix Inc. ... As COO, Roe leads": "COO" alone is
    the same role again, not a second one with no body."""
    release = records(parse(
        "Jane Roe, Chief Operating Officer of Zentrix Inc., spoke. As COO, Roe leads.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     10 I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  Chief     PROPN NNP  compound  5  O
        4  Operating PROPN NNP  compound  5  O
        5  Officer   PROPN NNP  appos     1  O
        6  of        ADP   IN   prep      5  O
        7  Zentrix   PROPN NNP  compound  8  B-ORG
        8  Inc.      PROPN NNP  pobj      6  I-ORG
        9  ,         PUNCT ,    punct     1  O
        10 spoke     VERB  VBD  ROOT      10 O
        11 .         PUNCT .    punct     10 O
        12 As        ADP   IN   prep      16 O
        13 COO       PROPN NNP  pobj      12 O
        14 ,         PUNCT ,    punct     16 O
        15 Roe       PROPN NNP  nsubj     16 B-PERSON
        16 leads     VERB  VBZ  ROOT      16 O
        17 .         PUNCT .    punct     16 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Operating Officer", "Zentrix Inc.")}


def test_a_second_subject_after_an_appointing_verb_is_its_object_and_holds_the_title():
    """"The Chairman, Tom Poe, welcomes Jane Roe as the new CFO", parsed with two subjects: Jane
    Roe holds CFO, not the chairman."""
    release = records(parse(
        "The Chairman, Tom Poe, welcomes Jane Roe as the new CFO.",
        """
        0  The      DET   DT   det       1  O
        1  Chairman PROPN NNP  nsubj     6  O
        2  ,        PUNCT ,    punct     1  O
        3  Tom      PROPN NNP  compound  4  B-PERSON
        4  Poe      PROPN NNP  appos     1  I-PERSON
        5  ,        PUNCT ,    punct     6  O
        6  welcomes VERB  VBZ  ROOT      6  O
        7  Jane     PROPN NNP  compound  8  B-PERSON
        8  Roe      PROPN NNP  nsubj     6  I-PERSON
        9  as       ADP   IN   prep      6  O
        10 the      DET   DT   det       12 O
        11 new      ADJ   JJ   amod      12 O
        12 CFO      PROPN NNP  pobj      9  O
        13 .        PUNCT .    punct     6  O
        """,
    ))
    assert ("Jane Roe", "CFO", None) in roles(release)
    assert not any(person == "Tom Poe" and title == "CFO" for person, title, _ in roles(release))


def test_a_title_naming_its_body_after_a_second_verb_joined_by_and_is_the_first_subjects():
    """"Jane Roe is the creator of the show and is the founder of Zentrix Inc.": the second "is"
    has no subject of its own; the first's holds the title."""
    release = records(parse(
        "Jane Roe is the creator of the show and is the founder of Zentrix Inc.",
        """
        0  Jane    PROPN NNP  compound  1  B-PERSON
        1  Roe     PROPN NNP  nsubj     2  I-PERSON
        2  is      AUX   VBZ  ROOT      2  O
        3  the     DET   DT   det       4  O
        4  creator NOUN  NN   attr      2  O
        5  of      ADP   IN   prep      4  O
        6  the     DET   DT   det       7  O
        7  show    NOUN  NN   pobj      5  O
        8  and     CCONJ CC   cc        2  O
        9  is      AUX   VBZ  conj      2  O
        10 the     DET   DT   det       11 O
        11 founder NOUN  NN   attr      9  O
        12 of      ADP   IN   prep      11 O
        13 Zentrix PROPN NNP  compound  14 B-ORG
        14 Inc.    PROPN NNP  pobj      12 I-ORG
        """,
    ))
    assert ("Jane Roe", "founder", "Zentrix Inc.") in roles(release)


def test_a_bare_title_after_a_second_verb_joined_by_and_describes_and_is_no_role():
    """"Jane Roe leads the unit and is an instructor": a bare title after the second verb names no
    body; it is not given to the first verb's subject."""
    release = records(parse(
        "Jane Roe leads the unit and is an instructor.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     2  I-PERSON
        2  leads      VERB  VBZ  ROOT      2  O
        3  the        DET   DT   det       4  O
        4  unit       NOUN  NN   dobj      2  O
        5  and        CCONJ CC   cc        2  O
        6  is         AUX   VBZ  conj      2  O
        7  an         DET   DT   det       8  O
        8  instructor NOUN  NN   attr      6  O
        9  .          PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == set()


def test_who_founded_in_a_relative_clause_makes_the_name_it_follows_the_founder():
    """"Jane Roe, who founded Zentrix Inc. in 2010, said ...": founder of Zentrix Inc."""
    release = records(parse(
        "Jane Roe, who founded Zentrix Inc. in 2010, said sales rose.",
        """
        0  Jane    PROPN NNP  compound  1  B-PERSON
        1  Roe     PROPN NNP  nsubj     10 I-PERSON
        2  ,       PUNCT ,    punct     1  O
        3  who     PRON  WP   nsubj     4  O
        4  founded VERB  VBD  relcl     1  O
        5  Zentrix PROPN NNP  compound  6  B-ORG
        6  Inc.    PROPN NNP  dobj      4  I-ORG
        7  in      ADP   IN   prep      4  O
        8  2010    NUM   CD   pobj      7  B-DATE
        9  ,       PUNCT ,    punct     1  O
        10 said    VERB  VBD  ROOT      10 O
        11 sales   NOUN  NNS  nsubj     12 O
        12 rose    VERB  VBD  ccomp     10 O
        13 .       PUNCT .    punct     10 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Zentrix Inc.")}


def test_promoted_to_a_title_by_a_company_is_held_in_that_company():
    """"Zentrix Inc. has promoted Jane Roe to Chief Operating Officer": "to" reads as "as"."""
    release = records(parse(
        "Zentrix Inc. has promoted Jane Roe to Chief Operating Officer.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     3  I-ORG
        2  has       AUX   VBZ  aux       3  O
        3  promoted  VERB  VBN  ROOT      3  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  dobj      3  I-PERSON
        6  to        ADP   IN   prep      3  O
        7  Chief     PROPN NNP  compound  9  O
        8  Operating PROPN NNP  compound  9  O
        9  Officer   PROPN NNP  pobj      6  O
        10 .         PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Operating Officer", "Zentrix Inc.")}


def test_a_title_given_in_a_passive_clause_a_company_announces_is_held_in_that_company():
    """"Zentrix Inc. announced that Jane Roe has been named President": President of Zentrix Inc."""
    release = records(parse(
        "Zentrix Inc. announced that Jane Roe has been named President.",
        """
        0  Zentrix   PROPN NNP  compound  1  B-ORG
        1  Inc.      PROPN NNP  nsubj     2  I-ORG
        2  announced VERB  VBD  ROOT      2  O
        3  that      SCONJ IN   mark      8  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  nsubjpass 8  I-PERSON
        6  has       AUX   VBZ  aux       8  O
        7  been      AUX   VBN  auxpass   8  O
        8  named     VERB  VBN  ccomp     2  O
        9  President PROPN NNP  oprd      8  O
        10 .         PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Zentrix Inc.")}


def test_a_roster_a_companys_board_heads_lists_its_members_and_their_offices_in_it():
    """"The Zentrix Inc. board of directors comprises:" then "Jane Roe, Brindle Labs, Treasurer"
    and "Tom Poe, Acme Corp": each is a member of Zentrix Inc.; the office after Jane Roe's own
    company is held in Zentrix Inc., not in Brindle Labs."""
    release = records(parse(
        "The Zentrix Inc. board of directors comprises:\n\nJane Roe, Brindle Labs, Treasurer\n\nTom Poe, Acme Corp",
        """
        0  The       DET   DT   det       3  O
        1  Zentrix   PROPN NNP  compound  2  B-ORG
        2  Inc.      PROPN NNP  compound  3  I-ORG
        3  board     NOUN  NN   nsubj     6  O
        4  of        ADP   IN   prep      3  O
        5  directors NOUN  NNS  pobj      4  O
        6  comprises VERB  VBZ  ROOT      6  O
        7  :         PUNCT :    punct     6  O
        8  \\n\\n    SPACE _SP  dep       7  O
        9  Jane      PROPN NNP  compound  10 B-PERSON
        10 Roe       PROPN NNP  ROOT      10 I-PERSON
        11 ,         PUNCT ,    punct     10 O
        12 Brindle   PROPN NNP  compound  13 B-ORG
        13 Labs      PROPN NNP  appos     10 I-ORG
        14 ,         PUNCT ,    punct     13 O
        15 Treasurer PROPN NNP  appos     13 O
        16 \\n\\n    SPACE _SP  dep       15 O
        17 Tom       PROPN NNP  compound  18 B-PERSON
        18 Poe       PROPN NNP  ROOT      18 I-PERSON
        19 ,         PUNCT ,    punct     18 O
        20 Acme      PROPN NNP  compound  21 B-ORG
        21 Corp      PROPN NNP  appos     18 I-ORG
        """,
    ))
    assert roles(release) == {
        ("Jane Roe", "member", "Zentrix Inc."),
        ("Jane Roe", "Treasurer", "Zentrix Inc."),
        ("Tom Poe", "member", "Zentrix Inc."),
    }


def test_a_named_advisory_board_heading_a_roster_is_the_body_its_members_sit_on():
    """"The Future of Talent 2024 Advisory Board includes:" then "Jane Roe, CEO, Brindle Labs": a
    member of the board named in full (the parser heads the name on "Future")."""
    release = records(parse(
        "The Future of Talent 2024 Advisory Board includes:\n\nJane Roe, CEO, Brindle Labs",
        """
        0  The       DET   DT   det       1  O
        1  Future    PROPN NNP  nsubj     7  O
        2  of        ADP   IN   prep      1  O
        3  Talent    PROPN NNP  compound  6  O
        4  2024      NUM   CD   nummod    6  B-DATE
        5  Advisory  PROPN NNP  compound  6  O
        6  Board     PROPN NNP  pobj      2  O
        7  includes  VERB  VBZ  ROOT      7  O
        8  :         PUNCT :    punct     7  O
        9  \\n\\n    SPACE _SP  dep       8  O
        10 Jane      PROPN NNP  compound  11 B-PERSON
        11 Roe       PROPN NNP  ROOT      11 I-PERSON
        12 ,         PUNCT ,    punct     11 O
        13 CEO       PROPN NNP  appos     11 O
        14 ,         PUNCT ,    punct     13 O
        15 Brindle   PROPN NNP  compound  16 B-ORG
        16 Labs      PROPN NNP  appos     13 I-ORG
        """,
    ))
    assert ("Jane Roe", "member", "Future of Talent 2024 Advisory Board") in roles(release)
    assert ("Jane Roe", "CEO", "Brindle Labs") in roles(release)


def test_a_place_opening_a_longer_name_after_of_is_no_jurisdiction_but_the_body():
    """"Jane Roe, President of U.S. Term Limits, said": "U.S." starts the body's name; the role is
    not President of the United States."""
    release = records(parse(
        "Jane Roe, President of U.S. Term Limits, said it works.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     9  I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  President PROPN NNP  appos     1  O
        4  of        ADP   IN   prep      3  O
        5  U.S.      PROPN NNP  compound  7  B-GPE
        6  Term      PROPN NNP  compound  7  O
        7  Limits    PROPN NNPS pobj      4  O
        8  ,         PUNCT ,    punct     1  O
        9  said      VERB  VBD  ROOT      9  O
        10 it        PRON  PRP  nsubj     11 O
        11 works     VERB  VBZ  ccomp     9  O
        12 .         PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "U.S. Term Limits")}


def test_a_place_before_a_name_after_of_stays_the_jurisdiction():
    """"Governor of Ohio Tom Poe": a person after the place; the office is Ohio's."""
    release = records(parse(
        "Jane Roe met Governor of Ohio Tom Poe.",
        """
        0  Jane     PROPN NNP  compound  1  B-PERSON
        1  Roe      PROPN NNP  nsubj     2  I-PERSON
        2  met      VERB  VBD  ROOT      2  O
        3  Governor PROPN NNP  compound  7  O
        4  of       ADP   IN   prep      3  O
        5  Ohio     PROPN NNP  pobj      4  B-GPE
        6  Tom      PROPN NNP  compound  7  B-PERSON
        7  Poe      PROPN NNP  dobj      2  I-PERSON
        8  .        PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Governor", "Ohio")}


def test_a_capitalized_name_after_for_closing_a_lower_case_title_is_its_employer():
    """"Jane Roe, vice president of operations for Zentrix Bearings, said": the company after "for"
    is the employer; the title stops before it."""
    release = records(parse(
        "Jane Roe, vice president of operations for Zentrix Bearings, said it works.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     11 I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  vice       NOUN  NN   compound  4  O
        4  president  NOUN  NN   appos     1  O
        5  of         ADP   IN   prep      4  O
        6  operations NOUN  NNS  pobj      5  O
        7  for        ADP   IN   prep      4  O
        8  Zentrix    PROPN NNP  compound  9  O
        9  Bearings   PROPN NNPS pobj      7  O
        10 ,          PUNCT ,    punct     1  O
        11 said       VERB  VBD  ROOT      11 O
        12 it         PRON  PRP  nsubj     13 O
        13 works      VERB  VBZ  ccomp     11 O
        14 .          PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "vice president of operations", "Zentrix Bearings")}


def test_a_capitalized_field_after_for_closing_a_capitalized_office_stays_in_the_title():
    """"Jane Roe, Assistant Secretary for Political Affairs, said": a government office's field, no body."""
    release = records(parse(
        "Jane Roe, Assistant Secretary for Political Affairs, said it works.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     9  I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  Assistant PROPN NNP  compound  4  O
        4  Secretary PROPN NNP  appos     1  O
        5  for       ADP   IN   prep      4  O
        6  Political PROPN NNP  compound  7  O
        7  Affairs   PROPN NNPS pobj      5  O
        8  ,         PUNCT ,    punct     1  O
        9  said      VERB  VBD  ROOT      9  O
        10 it        PRON  PRP  nsubj     11 O
        11 works     VERB  VBZ  ccomp     9  O
        12 .         PUNCT .    punct     9  O
        """,
    ))
    assert set(roles(release)) == {("Jane Roe", "Assistant Secretary for Political Affairs", None)}


def test_joining_a_team_a_company_names_as_a_title_is_held_in_that_company():
    """"Jane Roe joined the Zentrix Inc. team as Chief Technology Officer": the company naming the
    team joined is the employer (the parser hangs "as" on "team")."""
    release = records(parse(
        "Jane Roe joined the Zentrix Inc. team as Chief Technology Officer.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     2  I-PERSON
        2  joined     VERB  VBD  ROOT      2  O
        3  the        DET   DT   det       6  O
        4  Zentrix    PROPN NNP  compound  5  B-ORG
        5  Inc.       PROPN NNP  compound  6  I-ORG
        6  team       NOUN  NN   dobj      2  O
        7  as         ADP   IN   prep      6  O
        8  Chief      PROPN NNP  compound  10 O
        9  Technology PROPN NNP  compound  10 O
        10 Officer    PROPN NNP  pobj      7  O
        11 .          PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Technology Officer", "Zentrix Inc.")}


def test_joining_an_office_a_company_owns_as_a_title_is_held_in_that_company():
    """"Jane Roe joined Zentrix Inc.'s Boston office as Managing Director": the owner of the office."""
    release = records(parse(
        "Jane Roe joined Zentrix Inc.'s Boston office as Managing Director.",
        """
        0  Jane     PROPN NNP  compound  1  B-PERSON
        1  Roe      PROPN NNP  nsubj     2  I-PERSON
        2  joined   VERB  VBD  ROOT      2  O
        3  Zentrix  PROPN NNP  compound  4  B-ORG
        4  Inc.     PROPN NNP  poss      7  I-ORG
        5  's       PART  POS  case      4  O
        6  Boston   PROPN NNP  compound  7  B-GPE
        7  office   NOUN  NN   dobj      2  O
        8  as       ADP   IN   prep      2  O
        9  Managing PROPN NNP  compound  10 O
        10 Director PROPN NNP  pobj      8  O
        11 .        PUNCT .    punct     2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Managing Director", "Zentrix Inc.")}


def test_a_place_run_on_by_words_before_and_is_no_body_name():
    """"met Prime Minister of Russia Dmitry Medvedev and Jane Roe", with the model missing the
    name: the words after the place do not close the phrase at a punctuation mark, so no body
    "Russia Dmitry Medvedev"."""
    release = records(parse(
        "Tom Poe met Prime Minister of Russia Dmitry Medvedev and Jane Roe.",
        """
        0  Tom      PROPN NNP  compound  1  B-PERSON
        1  Poe      PROPN NNP  nsubj     2  I-PERSON
        2  met      VERB  VBD  ROOT      2  O
        3  Prime    PROPN NNP  compound  4  O
        4  Minister PROPN NNP  dobj      2  O
        5  of       ADP   IN   prep      4  O
        6  Russia   PROPN NNP  compound  8  B-GPE
        7  Dmitry   PROPN NNP  compound  8  O
        8  Medvedev PROPN NNP  pobj      5  O
        9  and      CCONJ CC   cc        4  O
        10 Jane     PROPN NNP  compound  11 B-PERSON
        11 Roe      PROPN NNP  conj      4  I-PERSON
        12 .        PUNCT .    punct     2  O
        """,
    ))
    assert list(roles(release)) == []  # no role takes the run-on for its body (and the Prime Minister is not tagged a person)
    assert "Russia Dmitry Medvedev" not in {o.name for o in release.organizations}


def test_a_company_name_no_rule_kept_founded_by_a_person_is_the_founders_body():
    """"Brivane Tools was founded by Jane Roe": the passive subject, a name of two capitalized words
    the model does not call ORG, is the body Jane Roe founded."""
    release = records(parse(
        "Brivane Tools was founded by Jane Roe in 2010.",
        """
        0  Brivane  PROPN NNP  compound   1  O
        1  Tools    PROPN NNP  nsubjpass  3  O
        2  was      AUX   VBD  auxpass    3  O
        3  founded  VERB  VBN  ROOT       3  O
        4  by       ADP   IN   agent      3  O
        5  Jane     PROPN NNP  compound   6  B-PERSON
        6  Roe      PROPN NNP  pobj       4  I-PERSON
        7  in       ADP   IN   prep       3  O
        8  2010     NUM   CD   pobj       7  B-DATE
        9  .        PUNCT .    punct      3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Brivane Tools")}


def test_a_company_name_no_rule_kept_set_off_before_led_by_a_titled_person_is_the_body():
    """"Ormvale Robotics, led by CEO Jane Roe, raised ...": CEO of Ormvale Robotics."""
    release = records(parse(
        "Ormvale Robotics, led by CEO Jane Roe, raised funds.",
        """
        0  Ormvale   PROPN NNP  compound  1  O
        1  Robotics  PROPN NNP  nsubj     9  O
        2  ,         PUNCT ,    punct     1  O
        3  led       VERB  VBN  acl       1  O
        4  by        ADP   IN   agent     3  O
        5  CEO       PROPN NNP  compound  7  O
        6  Jane      PROPN NNP  compound  7  B-PERSON
        7  Roe       PROPN NNP  pobj      4  I-PERSON
        8  ,         PUNCT ,    punct     1  O
        9  raised    VERB  VBD  ROOT      9  O
        10 funds     NOUN  NNS  dobj      9  O
        11 .         PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Ormvale Robotics")}


def test_a_company_noun_completing_is_founded_by_a_person_makes_the_subject_the_founders_body():
    """"Portavex Digital LLC is a marketing agency founded by Jane Roe": the agency the subject is
    described as was founded by her: founder of Portavex Digital LLC. Not "a firm founded by X" alone."""
    release = records(parse(
        "Portavex Digital LLC is a marketing agency founded by Jane Roe.",
        """
        0  Portavex   PROPN NNP  compound  2  O
        1  Digital    PROPN NNP  compound  2  O
        2  LLC        PROPN NNP  nsubj     3  O
        3  is         AUX   VBZ  ROOT      3  O
        4  a          DET   DT   det       6  O
        5  marketing  NOUN  NN   compound  6  O
        6  agency     NOUN  NN   attr      3  O
        7  founded    VERB  VBN  acl       6  O
        8  by         ADP   IN   agent     7  O
        9  Jane       PROPN NNP  compound  10 B-PERSON
        10 Roe        PROPN NNP  pobj      8  I-PERSON
        11 .          PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Portavex Digital LLC")}


def test_a_meeting_name_founded_by_a_person_is_no_body():
    """"The Harbor Arts Festival was founded by Jane Roe": a festival is no organization; no role."""
    release = records(parse(
        "The Harbor Arts Festival was founded by Jane Roe.",
        """
        0  The       DET   DT   det        3  O
        1  Harbor    PROPN NNP  compound   3  O
        2  Arts      PROPN NNP  compound   3  O
        3  Festival  PROPN NNP  nsubjpass  5  O
        4  was       AUX   VBD  auxpass    5  O
        5  founded   VERB  VBN  ROOT       5  O
        6  by        ADP   IN   agent      5  O
        7  Jane      PROPN NNP  compound   8  B-PERSON
        8  Roe       PROPN NNP  pobj       6  I-PERSON
        9  .         PUNCT .    punct      5  O
        """,
    ))
    assert roles(release) == set()


def test_title_case_words_closing_the_clause_after_a_leaders_of_name_the_body():
    """"said Jane Roe, Co-Founder of Harvest Alzheimer's Fund.": the title-case words after a
    leader's "of", with a possessive inside and closing the clause, are the body, though the
    model tags no organization and the tagger reads a word as no proper noun."""
    release = records(parse(
        "Sales rose, said Jane Roe, Co-Founder of Harvest Alzheimer’s Fund.",
        """
        0  Sales      NOUN  NNS  nsubj     1  O
        1  rose       VERB  VBD  ccomp     3  O
        2  ,          PUNCT ,    punct     3  O
        3  said       VERB  VBD  ROOT      3  O
        4  Jane       PROPN NNP  compound  5  B-PERSON
        5  Roe        PROPN NNP  nsubj     3  I-PERSON
        6  ,          PUNCT ,    punct     5  O
        7  Co         PROPN NNP  compound  9  O
        8  -          PUNCT HYPH punct     9  O
        9  Founder    PROPN NNP  appos     5  O
        10 of         ADP   IN   prep      9  O
        11 Harvest    VERB  VB   compound  12 O
        12 Alzheimer  PROPN NNP  poss      14 O
        13 ’s         PART  POS  case      12 O
        14 Fund       PROPN NNP  pobj      10 O
        15 .          PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Co-Founder", "Harvest Alzheimer’s Fund")}


def test_title_case_field_words_after_a_leaders_of_stay_in_the_title():
    """"Jane Roe, President of International Operations, said": portfolio words name no body."""
    release = records(parse(
        "Jane Roe, President of International Operations, said sales rose.",
        """
        0  Jane          PROPN NNP  compound  1  B-PERSON
        1  Roe           PROPN NNP  nsubj     8  I-PERSON
        2  ,             PUNCT ,    punct     1  O
        3  President     PROPN NNP  appos     1  O
        4  of            ADP   IN   prep      3  O
        5  International PROPN NNP  compound  6  O
        6  Operations    PROPN NNPS pobj      4  O
        7  ,             PUNCT ,    punct     1  O
        8  said          VERB  VBD  ROOT      8  O
        9  sales         NOUN  NNS  nsubj     10 O
        10 rose          VERB  VBD  ccomp     8  O
        11 .             PUNCT .    punct     8  O
        """,
    ))
    assert {(p, o) for p, t, o in roles(release)} == {("Jane Roe", None)}


def test_titles_joined_before_the_name_a_leading_verb_takes_all_hold_the_led_body():
    """"Led by CEO and Chairman Dr. Jane Roe, Zentrix Capital plans ...": both titles, across the
    honorific before the name, are held in Zentrix Capital."""
    release = records(parse(
        "Led by CEO and Chairman Dr. Jane Roe, Zentrix Capital plans a merger.",
        """
        0  Led       VERB  VBN  advcl     11 O
        1  by        ADP   IN   agent     0  O
        2  CEO       PROPN NNP  compound  6  O
        3  and       CCONJ CC   cc        2  O
        4  Chairman  PROPN NNP  compound  6  O
        5  Dr.       PROPN NNP  compound  7  O
        6  Jane      PROPN NNP  compound  7  B-PERSON
        7  Roe       PROPN NNP  pobj      1  I-PERSON
        8  ,         PUNCT ,    punct     11 O
        9  Zentrix   PROPN NNP  compound  10 B-ORG
        10 Capital   PROPN NNP  nsubj     11 I-ORG
        11 plans     VERB  VBZ  ROOT      11 O
        12 a         DET   DT   det       13 O
        13 merger    NOUN  NN   dobj      11 O
        14 .         PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix Capital"), ("Jane Roe", "Chairman", "Zentrix Capital")}


def test_a_name_parsed_as_joined_to_the_first_title_after_led_by_still_holds_the_titles():
    """"Led by Owner and Broker Jane Roe, Zentrix Realty Group works ...": the parser makes
    "Owner" the agent and the name a conjunct of it; Jane Roe is Owner and Broker of the group."""
    release = records(parse(
        "Led by Owner and Broker Jane Roe, Zentrix Realty Group works with ten agents.",
        """
        0  Led       VERB  VBN  advcl     11 O
        1  by        ADP   IN   agent     0  O
        2  Owner     PROPN NNP  pobj      1  O
        3  and       CCONJ CC   cc        2  O
        4  Broker    PROPN NNP  compound  6  O
        5  Jane      PROPN NNP  compound  6  B-PERSON
        6  Roe       PROPN NNP  conj      2  I-PERSON
        7  ,         PUNCT ,    punct     11 O
        8  Zentrix   PROPN NNP  compound  10 B-ORG
        9  Realty    PROPN NNP  compound  10 I-ORG
        10 Group     PROPN NNP  nsubj     11 I-ORG
        11 works     VERB  VBZ  ROOT      11 O
        12 with      ADP   IN   prep      11 O
        13 ten       NUM   CD   nummod    14 B-CARDINAL
        14 agents    NOUN  NNS  pobj      12 O
        15 .         PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Owner", "Zentrix Realty Group"), ("Jane Roe", "Broker", "Zentrix Realty Group")}


def test_a_vice_presidents_title_case_of_phrase_is_a_portfolio_not_a_body():
    """"Jane Roe, Vice President of Patent & Standards Strategy.": no body "Patent & Standards Strategy"."""
    release = records(parse(
        "Sales rose, said Jane Roe, Vice President of Patent & Standards Strategy.",
        """
        0  Sales     NOUN  NNS  nsubj     1  O
        1  rose      VERB  VBD  ccomp     3  O
        2  ,         PUNCT ,    punct     3  O
        3  said      VERB  VBD  ROOT      3  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  nsubj     3  I-PERSON
        6  ,         PUNCT ,    punct     5  O
        7  Vice      PROPN NNP  compound  8  O
        8  President PROPN NNP  appos     5  O
        9  of        ADP   IN   prep      8  O
        10 Patent    PROPN NNP  compound  13 O
        11 &         CCONJ CC   cc        10 O
        12 Standards PROPN NNP  conj      10 O
        13 Strategy  PROPN NNP  pobj      9  O
        14 .         PUNCT .    punct     3  O
        """,
    ))
    assert all(o != "Patent & Standards Strategy" for _, _, o in roles(release))


def test_a_one_word_name_joined_before_as_title_is_the_short_form_of_the_company_named_in_full():
    """"Roe joined Brenford in 2025 as director of marketing. Brenford Holdings, Inc. is based in
    Ohio": the model calls the lone "Brenford" a place; as a short form of a company the release
    names, it is the body joined."""
    release = records(parse(
        "Jane Roe joined Brenford in 2025 as director of marketing. Brenford Holdings, Inc. is based in Ohio.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     2  I-PERSON
        2  joined     VERB  VBD  ROOT      2  O
        3  Brenford   PROPN NNP  dobj      2  B-GPE
        4  in         ADP   IN   prep      2  O
        5  2025       NUM   CD   pobj      4  B-DATE
        6  as         ADP   IN   prep      2  O
        7  director   NOUN  NN   pobj      6  O
        8  of         ADP   IN   prep      7  O
        9  marketing  NOUN  NN   pobj      8  O
        10 .          PUNCT .    punct     2  O
        11 Brenford   PROPN NNP  compound  12 B-ORG
        12 Holdings   PROPN NNP  nsubjpass 16 I-ORG
        13 ,          PUNCT ,    punct     12 I-ORG
        14 Inc.       PROPN NNP  appos     12 I-ORG
        15 is         AUX   VBZ  auxpass   16 O
        16 based      VERB  VBN  ROOT      16 O
        17 in         ADP   IN   prep      16 O
        18 Ohio       PROPN NNP  pobj      17 B-GPE
        19 .          PUNCT .    punct     16 O
        """,
    ))
    assert ("Jane Roe", "director of marketing", "Brenford Holdings, Inc.") in roles(release)


def test_a_common_given_name_read_with_the_surname_as_one_person_is_no_title():
    """"where Tom Fenn and Dean Corliss performed": "Dean" opens the name the model reads as one
    person; no role "Dean" held by "Corliss"."""
    release = records(parse(
        "The hall where Tom Fenn and Dean Corliss performed reopened.",
        """
        0  The        DET   DT   det       1  O
        1  hall       NOUN  NN   nsubj     8  O
        2  where      SCONJ WRB  advmod    7  O
        3  Tom        PROPN NNP  compound  4  B-PERSON
        4  Fenn       PROPN NNP  nsubj     7  I-PERSON
        5  and        CCONJ CC   cc        4  O
        6  Dean       PROPN NNP  compound  7  B-PERSON
        7  Corliss    PROPN NNP  conj      4  I-PERSON
        8  performed  VERB  VBD  relcl     1  O
        9  reopened   VERB  VBD  ROOT      9  O
        10 .          PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == set()


def test_dean_before_a_surname_with_a_body_after_it_stays_a_title():
    """"said Dean Corliss of the college": "of" attaches a body to the title; the role stays."""
    release = records(parse(
        "The plan was praised by Dean Corliss of Harlow College.",
        """
        0  The        DET   DT   det       1  O
        1  plan       NOUN  NN   nsubjpass 3  O
        2  was        AUX   VBD  auxpass   3  O
        3  praised    VERB  VBN  ROOT      3  O
        4  by         ADP   IN   agent     3  O
        5  Dean       PROPN NNP  compound  6  B-PERSON
        6  Corliss    PROPN NNP  pobj      4  I-PERSON
        7  of         ADP   IN   prep      6  O
        8  Harlow     PROPN NNP  compound  9  B-ORG
        9  College    PROPN NNP  pobj      7  I-ORG
        10 .          PUNCT .    punct     3  O
        """,
    ))
    assert {r[1] for r in roles(release)} == {"Dean"}


def test_a_name_right_after_a_title_of_complement_that_runs_on_is_the_rest_of_the_body():
    """"Jane Roe (Founder of Full Moon Sports)": the words after "of Full" that the people rules
    may take for a name ("Moon Sports"), no entity of a person, close the body's name; they hold
    no title "Founder of Full"."""
    release = records(parse(
        "The plan was praised by Jane Roe (Founder of Full Moon Sports).",
        """
        0  The        DET   DT   det       1  O
        1  plan       NOUN  NN   nsubjpass 3  O
        2  was        AUX   VBD  auxpass   3  O
        3  praised    VERB  VBN  ROOT      3  O
        4  by         ADP   IN   agent     3  O
        5  Jane       PROPN NNP  compound  6  B-PERSON
        6  Roe        PROPN NNP  pobj      4  I-PERSON
        7  (          PUNCT -LRB- punct    8  O
        8  Founder    PROPN NNP  appos     6  O
        9  of         ADP   IN   prep      8  O
        10 Full       PROPN NNP  compound  12 O
        11 Moon       PROPN NNP  compound  12 O
        12 Sports     PROPN NNPS pobj      9  O
        13 )          PUNCT -RRB- punct    8  O
        14 .          PUNCT .    punct     3  O
        """,
    ))
    assert not [r for r in roles(release) if r[0] == "Moon Sports"]


def test_a_full_name_after_a_portfolio_complement_holds_the_title():
    """"Secretary of State Jane Roe": the complement is a portfolio; the name after it holds the title."""
    release = records(parse(
        "The plan was praised by Secretary of State Jane Roe.",
        """
        0  The        DET   DT   det       1  O
        1  plan       NOUN  NN   nsubjpass 3  O
        2  was        AUX   VBD  auxpass   3  O
        3  praised    VERB  VBN  ROOT      3  O
        4  by         ADP   IN   agent     3  O
        5  Secretary  PROPN NNP  compound  9  O
        6  of         ADP   IN   prep      5  O
        7  State      PROPN NNP  pobj      6  O
        8  Jane       PROPN NNP  compound  9  B-PERSON
        9  Roe        PROPN NNP  pobj      4  I-PERSON
        10 .          PUNCT .    punct     3  O
        """,
    ))
    assert ("Jane Roe", "Secretary of State", None) in roles(release)


def test_a_full_name_the_model_reads_as_a_person_after_an_of_complement_holds_the_title():
    """"Minister of Ports Zoran Vidic": a name of two words the model reads as one person is the
    holder, whatever the complement word before it."""
    release = records(parse(
        "The plan was praised by Minister of Ports Zoran Vidic.",
        """
        0  The        DET   DT   det       1  O
        1  plan       NOUN  NN   nsubjpass 3  O
        2  was        AUX   VBD  auxpass   3  O
        3  praised    VERB  VBN  ROOT      3  O
        4  by         ADP   IN   agent     3  O
        5  Minister   PROPN NNP  compound  9  O
        6  of         ADP   IN   prep      5  O
        7  Ports      PROPN NNP  pobj      6  O
        8  Zoran      PROPN NNP  compound  9  B-PERSON
        9  Vidic      PROPN NNP  pobj      4  I-PERSON
        10 .          PUNCT .    punct     3  O
        """,
    ))
    assert ("Zoran Vidic", "Minister of Ports", None) in roles(release)


def test_two_fields_joined_by_and_before_at_stay_in_the_title_though_the_model_calls_one_org():
    """"Vice President of Media and Industry Relations at Corvid Motors": the "of" phrase is two
    fields joined by "and" (the model tags "Media" ORG); the body is the one after "at"."""
    release = records(parse(
        "Renata Osei, Vice President of Media and Industry Relations at Corvid Motors, then spoke.",
        """
        0  Renata     PROPN NNP compound 1  B-PERSON
        1  Osei       PROPN NNP nsubj    15 I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Vice       PROPN NNP compound 4  O
        4  President  PROPN NNP appos    1  O
        5  of         ADP   IN  prep     4  O
        6  Media      PROPN NNP pobj     5  B-ORG
        7  and        CCONJ CC  cc       6  O
        8  Industry   PROPN NNP compound 9  O
        9  Relations  PROPN NNPS conj    6  O
        10 at         ADP   IN  prep     4  O
        11 Corvid     PROPN NNP compound 12 B-ORG
        12 Motors     PROPN NNPS pobj    10 I-ORG
        13 ,          PUNCT ,   punct    1  O
        14 then       ADV   RB  advmod   15 O
        15 spoke      VERB  VBD ROOT     15 O
        16 .          PUNCT .   punct    15 O
        """,
    ))
    assert roles(release) == {("Renata Osei", "Vice President of Media and Industry Relations", "Corvid Motors")}


def test_two_fields_joined_by_and_before_for_leave_the_closing_name_as_the_body():
    """"Executive Vice President of Precision Medicine and Pharma for Cancer Genetics.": the name
    closing the phrase after "for" is the body, the fields stay in the title."""
    release = records(parse(
        "Bill Finger was Executive Vice President of Precision Medicine and Pharma for Cancer Genetics.",
        """
        0  Bill       PROPN NNP compound 1  B-PERSON
        1  Finger     PROPN NNP nsubj    2  I-PERSON
        2  was        AUX   VBD ROOT     2  O
        3  Executive  PROPN NNP compound 5  O
        4  Vice       PROPN NNP compound 5  O
        5  President  PROPN NNP attr     2  O
        6  of         ADP   IN  prep     5  O
        7  Precision  PROPN NNP compound 8  B-ORG
        8  Medicine   PROPN NNP pobj     6  I-ORG
        9  and        CCONJ CC  cc       8  O
        10 Pharma     PROPN NNP conj     8  O
        11 for        ADP   IN  prep     5  O
        12 Cancer     PROPN NNP compound 13 O
        13 Genetics   PROPN NNP pobj     11 O
        14 .          PUNCT .   punct    2  O
        """,
    ))
    assert roles(release) == {("Bill Finger", "Executive Vice President of Precision Medicine and Pharma", "Cancer Genetics")}


def test_the_institution_noun_after_a_title_is_the_body_named_before_with_that_noun():
    """"co-founder of the foundation": "the foundation" refers back to the Marlowe Foundation,
    named before; it is the role's body, not part of the title."""
    release = records(parse(
        "The Marlowe Foundation gives grants. Hali Rook, co-founder of the foundation, spoke.",
        """
        0  The         DET   DT  det      2  O
        1  Marlowe     PROPN NNP compound 2  B-ORG
        2  Foundation  PROPN NNP nsubj    3  I-ORG
        3  gives       VERB  VBZ ROOT     3  O
        4  grants      NOUN  NNS dobj     3  O
        5  .           PUNCT .   punct    3  O
        6  Hali        PROPN NNP compound 7  B-PERSON
        7  Rook        PROPN NNP nsubj    16 I-PERSON
        8  ,           PUNCT ,   punct    7  O
        9  co          NOUN  NN  compound 11 O
        10 -           PUNCT HYPH punct   11 O
        11 founder     NOUN  NN  appos    7  O
        12 of          ADP   IN  prep     11 O
        13 the         DET   DT  det      14 O
        14 foundation  NOUN  NN  pobj     12 O
        15 ,           PUNCT ,   punct    7  O
        16 spoke       VERB  VBD ROOT     16 O
        17 .           PUNCT .   punct    16 O
        """,
    ))
    assert roles(release) == {("Hali Rook", "co-founder", "Marlowe Foundation")}


def test_title_modifiers_the_model_ran_into_a_body_open_the_title():
    """"Marlowe Foundation Executive Director Hannah Voss": the model's ORG ran over "Executive";
    "Marlowe Foundation" ends in a head word, so the title is "Executive Director" of it."""
    release = records(parse(
        "Marlowe Foundation Executive Director Hannah Voss spoke.",
        """
        0 Marlowe     PROPN NNP compound 1 B-ORG
        1 Foundation  PROPN NNP compound 3 I-ORG
        2 Executive   PROPN NNP compound 3 I-ORG
        3 Director    PROPN NNP compound 5 O
        4 Hannah      PROPN NNP compound 5 B-PERSON
        5 Voss        PROPN NNP nsubj    6 I-PERSON
        6 spoke       VERB  VBD ROOT     6 O
        7 .           PUNCT .   punct    6 O
        """,
    ))
    assert roles(release) == {("Hannah Voss", "Executive Director", "Marlowe Foundation")}


def test_a_title_modifier_ending_a_name_that_names_nothing_without_it_stays_in_the_body():
    """"Hispanic Executive founder Pedro Guerrero": "Hispanic" alone names no body, so the name
    keeps "Executive" and the title is "founder"."""
    release = records(parse(
        "Hispanic Executive founder Pedro Guerrero spoke.",
        """
        0 Hispanic   PROPN NNP compound 1 B-ORG
        1 Executive  PROPN NNP compound 2 I-ORG
        2 founder    NOUN  NN  compound 4 O
        3 Pedro      PROPN NNP compound 4 B-PERSON
        4 Guerrero   PROPN NNP nsubj    5 I-PERSON
        5 spoke      VERB  VBD ROOT     5 O
        6 .          PUNCT .   punct    5 O
        """,
    ))
    assert roles(release) == {("Pedro Guerrero", "founder", "Hispanic Executive")}


def test_a_closing_name_after_an_apposed_title_is_the_company_though_read_as_a_person():
    """"said Chris Roe, Chief Product Officer, Claravine.": the one-word name closing the
    sentence after the title's comma is the company, though the model tags it PERSON."""
    release = records(parse(
        '"We grew," said Chris Roe, Chief Product Officer, Claravine.',
        """
        0  "         PUNCT ``  punct    5  O
        1  We        PRON  PRP nsubj    2  O
        2  grew      VERB  VBD ccomp    5  O
        3  ,         PUNCT ,   punct    5  O
        4  "         PUNCT ''  punct    5  O
        5  said      VERB  VBD ROOT     5  O
        6  Chris     PROPN NNP compound 7  B-PERSON
        7  Roe       PROPN NNP nsubj    5  I-PERSON
        8  ,         PUNCT ,   punct    7  O
        9  Chief     PROPN NNP compound 11 O
        10 Product   PROPN NNP compound 11 O
        11 Officer   PROPN NNP appos    7  O
        12 ,         PUNCT ,   punct    11 O
        13 Claravine PROPN NNP appos    11 B-PERSON
        14 .         PUNCT .   punct    5  O
        """,
    ))
    assert roles(release) == {("Chris Roe", "Chief Product Officer", "Claravine")}


def test_a_known_organization_name_opening_a_title_is_its_body_though_a_word_could_be_a_field():
    """"Jane Roe, Visory Health Senior Vice President": "Visory Health", named before as an
    organization, opens the title; it is the body ("Health" alone could be a field)."""
    release = records(parse(
        "Visory Health makes apps. Jane Roe, Visory Health Senior Vice President, then spoke.",
        """
        0  Visory     PROPN NNP compound 1  B-ORG
        1  Health     PROPN NNP nsubj    2  I-ORG
        2  makes      VERB  VBZ ROOT     2  O
        3  apps       NOUN  NNS dobj     2  O
        4  .          PUNCT .   punct    2  O
        5  Jane       PROPN NNP compound 6  B-PERSON
        6  Roe        PROPN NNP nsubj    15 I-PERSON
        7  ,          PUNCT ,   punct    6  O
        8  Visory     PROPN NNP compound 9  O
        9  Health     PROPN NNP compound 12 O
        10 Senior     PROPN NNP compound 12 O
        11 Vice       PROPN NNP compound 12 O
        12 President  PROPN NNP appos    6  O
        13 ,          PUNCT ,   punct    6  O
        14 then       ADV   RB  advmod   15 O
        15 spoke      VERB  VBD ROOT     15 O
        16 .          PUNCT .   punct    15 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Senior Vice President", "Visory Health")}


def test_a_name_read_as_a_person_inside_the_body_after_an_apposed_title_stays_in_the_body():
    """"Manick Roe, CTO of Search Atlas.": the title follows its holder's name, so "Atlas" (tagged
    PERSON) is the end of the company's name, not a second holder; the title is "CTO"."""
    release = records(parse(
        "Manick Roe, CTO of Search Atlas.",
        """
        0 Manick  PROPN NNP compound 1 B-PERSON
        1 Roe     PROPN NNP ROOT     1 I-PERSON
        2 ,       PUNCT ,   punct    1 O
        3 CTO     PROPN NNP appos    1 O
        4 of      ADP   IN  prep     3 O
        5 Search  PROPN NNP compound 6 O
        6 Atlas   PROPN NNP pobj     4 B-PERSON
        7 .       PUNCT .   punct    1 O
        """,
    ))
    assert ("Manick Roe", "CTO", "Search Atlas") in roles(release)
    assert not any(person == "Atlas" for person, _, _ in roles(release))


def test_the_last_part_of_a_roster_line_is_the_body_though_read_as_a_person():
    """"Ran Roe, CEO - Crypto Banter" on a speaker line: the part closing the line after the
    title is its company, though the model tags it PERSON."""
    release = records(parse(
        "Ran Roe, CEO - Crypto Banter",
        """
        0 Ran     PROPN NNP compound 1 B-PERSON
        1 Roe     PROPN NNP ROOT     1 I-PERSON
        2 ,       PUNCT ,   punct    1 O
        3 CEO     PROPN NNP appos    1 O
        4 -       PUNCT :   punct    3 O
        5 Crypto  PROPN NNP compound 6 B-PERSON
        6 Banter  PROPN NNP appos    3 I-PERSON
        """,
    ))
    assert ("Ran Roe", "CEO", "Crypto Banter") in roles(release)


def test_words_before_at_after_an_apposed_title_are_its_field_and_the_body_follows_at():
    """"said Mark Roe, Managing Director, Investment Banking at Ladenburg Thalmann.": the
    capitalized words before "at" are the title's field; the body is the name after "at"."""
    release = records(parse(
        "He said Mark Roe, Managing Director, Investment Banking at Ladenburg Thalmann.",
        """
        0  He          PRON  PRP nsubj    1  O
        1  said        VERB  VBD ROOT     1  O
        2  Mark        PROPN NNP compound 3  B-PERSON
        3  Roe         PROPN NNP dobj     1  I-PERSON
        4  ,           PUNCT ,   punct    3  O
        5  Managing    PROPN NNP compound 6  O
        6  Director    PROPN NNP appos    3  O
        7  ,           PUNCT ,   punct    6  O
        8  Investment  PROPN NNP compound 9  O
        9  Banking     PROPN NNP appos    6  O
        10 at          ADP   IN  prep     9  O
        11 Ladenburg   PROPN NNP compound 12 O
        12 Thalmann    PROPN NNP pobj     10 O
        13 .           PUNCT .   punct    1  O
        """,
    ))
    assert ("Mark Roe", "Managing Director", "Ladenburg Thalmann") in roles(release)


def test_a_set_off_name_holding_at_after_a_title_is_field_then_body():
    """"Mira Roe, SVP, Global AI & Product at Edelman.": the name set off after the title runs a
    field into the body; the body is the name after "at"."""
    release = records(parse(
        "He thanked Mira Roe, SVP, Global AI & Product at Edelman.",
        """
        0  He       PRON  PRP nsubj    1  O
        1  thanked  VERB  VBD ROOT     1  O
        2  Mira     PROPN NNP compound 3  B-PERSON
        3  Roe      PROPN NNP dobj     1  I-PERSON
        4  ,        PUNCT ,   punct    3  O
        5  SVP      PROPN NNP appos    3  O
        6  ,        PUNCT ,   punct    5  O
        7  Global   PROPN NNP compound 8  B-ORG
        8  AI       PROPN NNP appos    5  I-ORG
        9  &        CCONJ CC  cc       8  I-ORG
        10 Product  PROPN NNP conj     8  I-ORG
        11 at       ADP   IN  prep     10 I-ORG
        12 Edelman  PROPN NNP pobj     11 I-ORG
        13 .        PUNCT .   punct    1  O
        """,
    ))
    assert ("Mira Roe", "SVP", "Edelman") in roles(release)


def test_a_name_closing_joined_titles_after_a_holder_is_the_body_of_both():
    """"Jo Roe, Co-Founder & CEO, Harbor Homes.": the closing name set off after two titles
    joined by "&" is the body of both."""
    release = records(parse(
        "He thanked Jo Roe, Co-Founder & CEO, Harbor Homes.",
        """
        0  He       PRON  PRP nsubj    1  O
        1  thanked  VERB  VBD ROOT     1  O
        2  Jo       PROPN NNP compound 3  B-PERSON
        3  Roe      PROPN NNP dobj     1  I-PERSON
        4  ,        PUNCT ,   punct    3  O
        5  Co       PROPN NNP compound 7  O
        6  -        PUNCT HYPH punct   7  O
        7  Founder  PROPN NNP appos    3  O
        8  &        CCONJ CC  cc       7  O
        9  CEO      PROPN NNP conj     7  O
        10 ,        PUNCT ,   punct    3  O
        11 Harbor   PROPN NNP compound 12 O
        12 Homes    PROPN NNPS appos   3  O
        13 .        PUNCT .   punct    1  O
        """,
    ))
    assert {("Jo Roe", "Co-Founder", "Harbor Homes"), ("Jo Roe", "CEO", "Harbor Homes")} <= roles(release)


def test_a_copula_without_a_parsed_subject_takes_the_name_right_before_it():
    """"About Jo Roe is the founder of Acme Labs.": the parse reads the name as the object of
    "About" and gives "is" no subject; the name right before the verb holds the title."""
    release = records(parse(
        "About Jo Roe is the founder of Acme Labs.",
        """
        0 About    ADP   IN  prep     3 O
        1 Jo       PROPN NNP compound 2 B-PERSON
        2 Roe      PROPN NNP pobj     0 I-PERSON
        3 is       AUX   VBZ ROOT     3 O
        4 the      DET   DT  det      5 O
        5 founder  NOUN  NN  attr     3 O
        6 of       ADP   IN  prep     5 O
        7 Acme     PROPN NNP compound 8 B-ORG
        8 Labs     PROPN NNP pobj     6 I-ORG
        9 .        PUNCT .   punct    3 O
        """,
    ))
    assert roles(release) == {("Jo Roe", "founder", "Acme Labs")}


def test_a_passive_relative_clause_naming_a_title_is_said_of_its_antecedent():
    """"Sam Oka, who was named President of Corvid Motors in 2021, will retire.": "who" (passive
    subject) stands for Sam Oka, who holds the title."""
    release = records(parse(
        "Sam Oka, who was named President of Corvid Motors in 2021, will retire.",
        """
        0  Sam        PROPN NNP  compound  1  B-PERSON
        1  Oka        PROPN NNP  nsubj     14 I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  who        PRON  WP   nsubjpass 5  O
        4  was        AUX   VBD  auxpass   5  O
        5  named      VERB  VBN  relcl     1  O
        6  President  PROPN NNP  oprd      5  O
        7  of         ADP   IN   prep      6  O
        8  Corvid     PROPN NNP  compound  9  B-ORG
        9  Motors     PROPN NNPS pobj      7  I-ORG
        10 in         ADP   IN   prep      5  O
        11 2021       NUM   CD   pobj      10 B-DATE
        12 ,          PUNCT ,    punct     1  O
        13 will       AUX   MD   aux       14 O
        14 retire     VERB  VB   ROOT      14 O
        15 .          PUNCT .    punct     14 O
        """,
    ))
    assert roles(release) == {("Sam Oka", "President", "Corvid Motors")}


def test_a_lower_case_occupation_word_with_nothing_attached_is_no_role():
    """"crypto expert Jane Roe": "expert" with no body names what she does, not an office; "analyst
    at Acme Bank" (a body attached) stays a role."""
    release = records(parse(
        "Crypto expert Jane Roe and Tom Poe, analyst at Acme Bank, then spoke.",
        """
        0  Crypto   PROPN NNP compound 1  O
        1  expert   NOUN  NN  compound 3  O
        2  Jane     PROPN NNP compound 3  B-PERSON
        3  Roe      PROPN NNP nsubj    14 I-PERSON
        4  and      CCONJ CC  cc       3  O
        5  Tom      PROPN NNP compound 6  B-PERSON
        6  Poe      PROPN NNP conj     3  I-PERSON
        7  ,        PUNCT ,   punct    6  O
        8  analyst  NOUN  NN  appos    6  O
        9  at       ADP   IN  prep     8  O
        10 Acme     PROPN NNP compound 11 B-ORG
        11 Bank     PROPN NNP pobj     9  I-ORG
        12 ,        PUNCT ,   punct    6  O
        13 then     ADV   RB  advmod   14 O
        14 spoke    VERB  VBD ROOT     14 O
        15 .        PUNCT .   punct    14 O
        """,
    ))
    assert roles(release) == {("Tom Poe", "analyst", "Acme Bank")}


def test_the_institution_possessive_before_a_title_is_the_body_named_before_with_that_noun():
    """"Jane Roe, the foundation's director": "the foundation's" refers back to the Marlowe
    Foundation, named before; it is the body."""
    release = records(parse(
        "The Marlowe Foundation funds schools. Jane Roe, the foundation's director, then spoke.",
        """
        0  The         DET   DT  det      2  O
        1  Marlowe     PROPN NNP compound 2  B-ORG
        2  Foundation  PROPN NNP nsubj    3  I-ORG
        3  funds       VERB  VBZ ROOT     3  O
        4  schools     NOUN  NNS dobj     3  O
        5  .           PUNCT .   punct    3  O
        6  Jane        PROPN NNP compound 7  B-PERSON
        7  Roe         PROPN NNP nsubj    15 I-PERSON
        8  ,           PUNCT ,   punct    7  O
        9  the         DET   DT  det      10 O
        10 foundation  NOUN  NN  poss     12 O
        11 's          PART  POS case     10 O
        12 director    NOUN  NN  appos    7  O
        13 ,           PUNCT ,   punct    7  O
        14 then        ADV   RB  advmod   15 O
        15 spoke       VERB  VBD ROOT     15 O
        16 .           PUNCT .   punct    15 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "director", "Marlowe Foundation")}


def test_the_name_before_the_title_an_appointing_verb_takes_without_an_object_is_the_appointee():
    """"Corvid Motors has named Sam Oka chief revenue officer.": the parse hangs the name on the
    title (no object); the name right before the title is appointed, the subject is the body."""
    release = records(parse(
        "Corvid Motors has named Sam Oka chief revenue officer.",
        """
        0 Corvid   PROPN NNP  compound 1 B-ORG
        1 Motors   PROPN NNPS nsubj    3 I-ORG
        2 has      AUX   VBZ  aux      3 O
        3 named    VERB  VBN  ROOT     3 O
        4 Sam      PROPN NNP  compound 5 B-PERSON
        5 Oka      PROPN NNP  nmod     8 I-PERSON
        6 chief    ADJ   JJ   amod     8 O
        7 revenue  NOUN  NN   compound 8 O
        8 officer  NOUN  NN   oprd     3 O
        9 .        PUNCT .    punct    3 O
        """,
    ))
    assert roles(release) == {("Sam Oka", "chief revenue officer", "Corvid Motors")}


def test_a_leader_in_a_field_is_no_office():
    """"Jo Roe, a leader in clean energy, spoke": "a leader in" a field named without a
    determiner says what she is known for; no role ("a leader in the gang" stays one)."""
    release = records(parse(
        "Jo Roe, a leader in clean energy, then spoke.",
        """
        0  Jo      PROPN NNP compound 1  B-PERSON
        1  Roe     PROPN NNP nsubj    10 I-PERSON
        2  ,       PUNCT ,   punct    1  O
        3  a       DET   DT  det      4  O
        4  leader  NOUN  NN  appos    1  O
        5  in      ADP   IN  prep     4  O
        6  clean   ADJ   JJ  amod     7  O
        7  energy  NOUN  NN  pobj     5  O
        8  ,       PUNCT ,   punct    1  O
        9  then    ADV   RB  advmod   10 O
        10 spoke   VERB  VBD ROOT     10 O
        11 .       PUNCT .   punct    10 O
        """,
    ))
    assert roles(release) == set()


def test_common_words_after_a_vice_presidents_of_are_its_field_not_a_body():
    """"Donna Roe, Vice President of Media and Industry Relations" (the model tags "Media" ORG): a
    vice president's "of" takes common words as the field; no organization is attached."""
    release = records(parse(
        "Presented by Donna Roe, Vice President of Media and Industry Relations",
        """
        0  Presented  VERB  VBN  ROOT     0  O
        1  by         ADP   IN   agent    0  O
        2  Donna      PROPN NNP  compound 3  B-PERSON
        3  Roe        PROPN NNP  pobj     1  I-PERSON
        4  ,          PUNCT ,    punct    3  O
        5  Vice       PROPN NNP  compound 6  O
        6  President  PROPN NNP  appos    3  O
        7  of         ADP   IN   prep     6  O
        8  Media      PROPN NNP  pobj     7  B-ORG
        9  and        CCONJ CC   cc       8  O
        10 Industry   PROPN NNP  compound 11 O
        11 Relations  PROPN NNPS conj     8  O
        """,
    ))
    assert roles(release) == {("Donna Roe", "Vice President of Media and Industry Relations", None)}


def test_a_coined_possessor_and_title_set_off_after_a_name_is_that_persons_role_in_the_body():
    """"Jane Roe, Zen-Tek’s Chief Development Officer, said": the possessor (a hyphenated coined
    name the model tags as nothing) and its leading title, in apposition to the name, give the role."""
    release = records(parse(
        "Jane Roe, Zen-Tek’s Chief Development Officer, said the pilot ended.",
        """
        0  Jane        PROPN NNP  compound  1  B-PERSON
        1  Roe         PROPN NNP  nsubj     11 I-PERSON
        2  ,           PUNCT ,    punct     1  O
        3  Zen         PROPN NNP  compound  5  O
        4  -           PUNCT HYPH punct     5  O
        5  Tek         PROPN NNP  poss      9  O
        6  ’s          PART  POS  case      5  O
        7  Chief       PROPN NNP  compound  9  O
        8  Development PROPN NNP  compound  9  O
        9  Officer     PROPN NNP  appos     1  O
        10 ,           PUNCT ,    punct     1  O
        11 said        VERB  VBD  ROOT      11 O
        12 the         DET   DT   det       13 O
        13 pilot       NOUN  NN   nsubj     14 O
        14 ended       VERB  VBD  ccomp     11 O
        15 .           PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Development Officer", "Zen-Tek")}


def test_a_person_entity_running_over_a_possessive_before_a_leading_title_is_the_body():
    """"said Zentrix’s Chief Creative Officer Jane Roe" where the model tags "Zentrix’s" PERSON
    with the possessive inside it: a misread name, so the possessor is the title's body."""
    release = records(parse(
        "said Zentrix’s Chief Creative Officer Jane Roe.",
        """
        0  said      VERB  VBD  ROOT      0  O
        1  Zentrix   PROPN NNP  poss      5  B-PERSON
        2  ’s        PART  POS  case      1  I-PERSON
        3  Chief     PROPN NNP  compound  5  O
        4  Creative  PROPN NNP  compound  5  O
        5  Officer   PROPN NNP  compound  7  O
        6  Jane      PROPN NNP  compound  7  B-PERSON
        7  Roe       PROPN NNP  dobj      0  I-PERSON
        8  .         PUNCT .    punct     0  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Creative Officer", "Zentrix")}


def test_proper_nouns_before_a_lower_case_leading_title_and_a_name_are_its_body_though_tagged_a_person():
    """"said Acme Bio co-founder Jane Roe": a lower-case title leaves the proper nouns before it
    out of the title, so they name its body, though the model tags them PERSON (no people rule kept them)."""
    release = records(parse(
        "said Acme Bio co-founder Jane Roe.",
        """
        0  said     VERB  VBD  ROOT      0  O
        1  Acme     PROPN NNP  compound  2  B-PERSON
        2  Bio      PROPN NNP  compound  5  I-PERSON
        3  co       NOUN  NN   compound  5  O
        4  -        NOUN  NN   compound  5  O
        5  founder  NOUN  NN   compound  7  O
        6  Jane     PROPN NNP  compound  7  B-PERSON
        7  Roe      PROPN NNP  dobj      0  I-PERSON
        8  .        PUNCT .    punct     0  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "co-founder", "Acme Bio")}


def test_a_coined_name_before_a_leading_title_in_apposition_after_a_name_is_its_body():
    """"said Jane Roe, ZENTRIX co-founder.": a coined name and its leading title set off after a
    name, closing the phrase, give that person the title in the body."""
    release = records(parse(
        "said Jane Roe, ZENTRIX co-founder.",
        """
        0  said     VERB  VBD  ROOT      0  O
        1  Jane     PROPN NNP  compound  2  B-PERSON
        2  Roe      PROPN NNP  dobj      0  I-PERSON
        3  ,        PUNCT ,    punct     2  O
        4  ZENTRIX  PROPN NNP  compound  7  O
        5  co       NOUN  NN   compound  7  O
        6  -        NOUN  NN   compound  7  O
        7  founder  NOUN  NN   appos     2  O
        8  .        PUNCT .    punct     0  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "co-founder", "ZENTRIX")}


def test_proper_nouns_a_leading_title_swallowed_in_apposition_after_a_name_are_its_body():
    """"said Jane Roe, Zentrix Labs President and CEO.": proper nouns a capitalized title swallowed,
    set off after a name and closing the phrase, name the body of both titles (as before a name)."""
    release = records(parse(
        "said Jane Roe, Zentrix Labs President and CEO.",
        """
        0  said      VERB  VBD  ROOT      0  O
        1  Jane      PROPN NNP  compound  2  B-PERSON
        2  Roe       PROPN NNP  dobj      0  I-PERSON
        3  ,         PUNCT ,    punct     2  O
        4  Zentrix   PROPN NNP  compound  6  O
        5  Labs      PROPN NNP  compound  6  O
        6  President PROPN NNP  appos     2  O
        7  and       CCONJ CC   cc        6  O
        8  CEO       PROPN NNP  conj      6  O
        9  .         PUNCT .    punct     0  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President", "Zentrix Labs"), ("Jane Roe", "CEO", "Zentrix Labs")}


def test_a_coined_word_a_leading_title_swallowed_before_a_name_set_off_by_a_comma_is_its_body():
    """"said Zentrix Chairman, Jane Roe.": the coined word the title swallowed names its body where
    the name is set off by a comma after the title, as where it follows right after."""
    release = records(parse(
        "said Zentrix Chairman, Jane Roe.",
        """
        0  said      VERB  VBD  ROOT      0  O
        1  Zentrix   PROPN NNP  compound  2  O
        2  Chairman  PROPN NNP  nsubj     0  O
        3  ,         PUNCT ,    punct     2  O
        4  Jane      PROPN NNP  compound  5  B-PERSON
        5  Roe       PROPN NNP  appos     2  I-PERSON
        6  .         PUNCT .    punct     0  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chairman", "Zentrix")}


def test_a_coined_name_after_a_titles_at_is_its_body_though_tagged_a_place():
    """"Jane Roe, VP of Marketing & Sustainability at Zorvexa, ...": the model calls the coined
    name a place; no place list knows it, so it is the employer."""
    release = records(parse(
        "Jane Roe, VP of Marketing & Sustainability at Zorvexa, demonstrated the platform.",
        """
        0  Jane           PROPN NNP compound 1  B-PERSON
        1  Roe            PROPN NNP nsubj    11 I-PERSON
        2  ,              PUNCT ,   punct    1  O
        3  VP             PROPN NNP appos    1  B-ORG
        4  of             ADP   IN  prep     3  I-ORG
        5  Marketing      PROPN NNP pobj     4  I-ORG
        6  &              CCONJ CC  cc       5  I-ORG
        7  Sustainability PROPN NNP conj     5  I-ORG
        8  at             ADP   IN  prep     5  O
        9  Zorvexa        PROPN NNP pobj     8  B-GPE
        10 ,              PUNCT ,   punct    1  O
        11 demonstrated   VERB  VBD ROOT     11 O
        12 the            DET   DT  det      13 O
        13 platform       NOUN  NN  dobj     11 O
        14 .              PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "VP of Marketing & Sustainability", "Zorvexa")}


def test_a_known_place_after_a_titles_at_stays_no_body():
    """"Jane Roe, Director of Sales at Chicago.": a place the place lists know is no employer."""
    release = records(parse(
        "Jane Roe, Director of Sales at Chicago.",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP ROOT     1  I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  Director  PROPN NNP appos    1  O
        4  of        ADP   IN  prep     3  O
        5  Sales     PROPN NNP pobj     4  O
        6  at        ADP   IN  prep     3  O
        7  Chicago   PROPN NNP pobj     6  B-GPE
        8  .         PUNCT .   punct    1  O
        """,
    ))
    assert {(person, org) for person, _, org in roles(release)} == {("Jane Roe", None)}


def test_a_company_set_off_by_its_ticker_and_a_description_is_the_subject_that_appoints():
    """"Acme, Inc. (NASDAQ: ACME) ("Acme"), a maker of engines, today announced the appointment of
    X as CFO": the parser takes the quoted short name for the subject and ends a sentence after
    the ticker; the company whose name ends before the parentheses and the apposition employs X."""
    release = records(parse(
        'Zorvex Motors, Inc. (NASDAQ: ZRVX) ("Zorvex"), a maker of engines, today announced the appointment of Jane Roe as Chief Financial Officer.',
        """
        0  Zorvex      PROPN NNP   compound 1  B-ORG
        1  Motors      PROPN NNP   nmod     3  I-ORG
        2  ,           PUNCT ,     punct    1  I-ORG
        3  Inc.        PROPN NNP   ROOT     3  I-ORG
        4  (           PUNCT -LRB- punct    3  O
        5  NASDAQ      PROPN NNP   npadvmod 3  B-ORG
        6  :           PUNCT :     punct    5  O
        7  ZRVX        PROPN NNP   appos    5  B-ORG
        8  )           PUNCT -RRB- punct    3  O
        9  (           PUNCT -LRB- punct    11 O
        10 "           PUNCT ``    punct    11 O
        11 Zorvex      PROPN NNP   nsubj    19 B-NORP
        12 "           PUNCT ''    punct    11 O
        13 )           PUNCT -RRB- punct    11 O
        14 ,           PUNCT ,     punct    11 O
        15 a           DET   DT    det      16 O
        16 maker       NOUN  NN    appos    11 O
        17 of          ADP   IN    prep     16 O
        18 engines     NOUN  NNS   pobj     17 O
        19 ,           PUNCT ,     punct    11 O
        20 today       NOUN  NN    npadvmod 21 B-DATE
        21 announced   VERB  VBD   ROOT     21 O
        22 the         DET   DT    det      23 O
        23 appointment NOUN  NN    dobj     21 O
        24 of          ADP   IN    prep     23 O
        25 Jane        PROPN NNP   compound 26 B-PERSON
        26 Roe         PROPN NNP   pobj     24 I-PERSON
        27 as          ADP   IN    prep     23 O
        28 Chief       PROPN NNP   compound 30 O
        29 Financial   PROPN NNP   compound 30 O
        30 Officer     PROPN NNP   pobj     27 O
        31 .           PUNCT .     punct    21 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Financial Officer", "Zorvex Motors, Inc.")}


def test_a_name_with_of_inside_after_an_executive_directors_of_is_its_body():
    """"Jane Roe, Executive Director of Harbor of Hope.": an executive director leads a body; proper
    nouns joined by "of", closing the phrase, name it though no rule knew it."""
    release = records(parse(
        '"We grew," said Jane Roe, Executive Director of Harbor of Hope.',
        """
        0  "         PUNCT ``  punct    5  O
        1  We        PRON  PRP nsubj    2  O
        2  grew      VERB  VBD ccomp    5  O
        3  ,         PUNCT ,   punct    5  O
        4  "         PUNCT ''  punct    5  O
        5  said      VERB  VBD ROOT     5  O
        6  Jane      PROPN NNP compound 7  B-PERSON
        7  Roe       PROPN NNP nsubj    5  I-PERSON
        8  ,         PUNCT ,   punct    7  O
        9  Executive PROPN NNP compound 10 O
        10 Director  PROPN NNP appos    7  O
        11 of        ADP   IN  prep     10 O
        12 Harbor    PROPN NNP pobj     11 O
        13 of        ADP   IN  prep     12 O
        14 Hope      PROPN NNP pobj     13 B-GPE
        15 .         PUNCT .   punct    5  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Executive Director", "Harbor of Hope")}


def test_a_field_for_a_place_after_a_managing_directors_of_stays_in_the_title():
    """"Jane Roe, Managing Director of Capital Markets for Europe.": a portfolio and a region, no body."""
    release = records(parse(
        '"We grew," said Jane Roe, Managing Director of Capital Markets for Europe.',
        """
        0  "         PUNCT ``  punct    5  O
        1  We        PRON  PRP nsubj    2  O
        2  grew      VERB  VBD ccomp    5  O
        3  ,         PUNCT ,   punct    5  O
        4  "         PUNCT ''  punct    5  O
        5  said      VERB  VBD ROOT     5  O
        6  Jane      PROPN NNP compound 7  B-PERSON
        7  Roe       PROPN NNP nsubj    5  I-PERSON
        8  ,         PUNCT ,   punct    7  O
        9  Managing  PROPN NNP compound 10 O
        10 Director  PROPN NNP appos    7  O
        11 of        ADP   IN  prep     10 O
        12 Capital   PROPN NNP compound 13 O
        13 Markets   PROPN NNP pobj     11 O
        14 for       ADP   IN  prep     13 O
        15 Europe    PROPN NNP pobj     14 B-LOC
        16 .         PUNCT .   punct    5  O
        """,
    ))
    assert {org for _, _, org in roles(release)} == {None}


def test_a_field_set_off_between_a_title_and_the_closing_company_stays_in_the_title():
    """"said Jane Roe, Vice President, Global Marketing, Zorvex Motors.": the field between the
    commas is part of the title (the model calls it ORG too); the company closing the sentence is
    the title's organization."""
    release = records(parse(
        '"We grew," said Jane Roe, Vice President, Global Marketing, Zorvex Motors.',
        """
        0  "         PUNCT ``   punct    5  O
        1  We        PRON  PRP  nsubj    2  O
        2  grew      VERB  VBD  ccomp    5  O
        3  ,         PUNCT ,    punct    5  O
        4  "         PUNCT ''   punct    5  O
        5  said      VERB  VBD  ROOT     5  O
        6  Jane      PROPN NNP  compound 7  B-PERSON
        7  Roe       PROPN NNP  nsubj    5  I-PERSON
        8  ,         PUNCT ,    punct    7  O
        9  Vice      PROPN NNP  compound 10 O
        10 President PROPN NNP  appos    7  O
        11 ,         PUNCT ,    punct    10 O
        12 Global    PROPN NNP  compound 13 B-ORG
        13 Marketing PROPN NNP  conj     10 I-ORG
        14 ,         PUNCT ,    punct    13 O
        15 Zorvex    PROPN NNP  compound 16 B-ORG
        16 Motors    PROPN NNPS appos    13 I-ORG
        17 .         PUNCT .    punct    5  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Vice President, Global Marketing", "Zorvex Motors")}


def test_a_unit_set_off_after_a_title_is_no_field():
    """"said Jane Roe, Director, Tax Division, Zorvex Corp.": a name ending in a body's head word
    is a unit, not a field: the title takes it, not the name after it."""
    release = records(parse(
        '"We grew," said Jane Roe, Director, Tax Division, Zorvex Corp.',
        """
        0  "         PUNCT ``   punct    5  O
        1  We        PRON  PRP  nsubj    2  O
        2  grew      VERB  VBD  ccomp    5  O
        3  ,         PUNCT ,    punct    5  O
        4  "         PUNCT ''   punct    5  O
        5  said      VERB  VBD  ROOT     5  O
        6  Jane      PROPN NNP  compound 7  B-PERSON
        7  Roe       PROPN NNP  nsubj    5  I-PERSON
        8  ,         PUNCT ,    punct    7  O
        9  Director  PROPN NNP  appos    7  O
        10 ,         PUNCT ,    punct    9  O
        11 Tax       PROPN NNP  compound 12 B-ORG
        12 Division  PROPN NNP  appos    9  I-ORG
        13 ,         PUNCT ,    punct    12 O
        14 Zorvex    PROPN NNP  compound 15 B-ORG
        15 Corp.     PROPN NNP  appos    12 I-ORG
        """,
    ))
    assert roles(release) == {("Jane Roe", "Director", "Tax Division")}


def test_the_company_a_release_defines_in_parentheses_is_the_body_of_the_companys_title():
    """"Zorvex Motors, Inc. (the "Company") ... Jane Roe, the Company's Chief Executive Officer":
    the quoted noun defined right after a name refers back to that organization."""
    release = records(parse(
        'Zorvex Motors, Inc. (the "Company") makes engines. Jane Roe, the Company’s Chief Executive Officer, said sales rose.',
        """
        0  Zorvex    PROPN NNP   compound 3  B-ORG
        1  Motors    PROPN NNPS  nmod     3  I-ORG
        2  ,         PUNCT ,     punct    1  I-ORG
        3  Inc.      PROPN NNP   nsubj    10 I-ORG
        4  (         PUNCT -LRB- punct    7  O
        5  the       DET   DT    det      7  O
        6  "         PUNCT ``    punct    7  O
        7  Company   PROPN NNP   nsubj    10 O
        8  "         PUNCT ''    punct    7  O
        9  )         PUNCT -RRB- punct    7  O
        10 makes     VERB  VBZ   ROOT     10 O
        11 engines   NOUN  NNS   dobj     10 O
        12 .         PUNCT .     punct    10 O
        13 Jane      PROPN NNP   compound 14 B-PERSON
        14 Roe       PROPN NNP   nsubj    23 I-PERSON
        15 ,         PUNCT ,     punct    14 O
        16 the       DET   DT    det      17 O
        17 Company   PROPN NNP   poss     21 O
        18 ’s        PART  POS   case     17 O
        19 Chief     PROPN NNP   compound 21 O
        20 Executive PROPN NNP   compound 21 O
        21 Officer   PROPN NNP   appos    14 O
        22 ,         PUNCT ,     punct    14 O
        23 said      VERB  VBD   ROOT     23 O
        24 sales     NOUN  NNS   nsubj    25 O
        25 rose      VERB  VBD   ccomp    23 O
        26 .         PUNCT .     punct    23 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Executive Officer", "Zorvex Motors, Inc.")}


def test_a_plural_chief_executive_title_before_two_names_gives_each_the_title():
    """"Co-CEOs Jane Roe and Tom Poe": the plural title serves every name of the list, singular."""
    release = records(parse(
        "The round drew Co-CEOs Jane Roe and Tom Poe.",
        """
        0  The   DET   DT  det      1  O
        1  round NOUN  NN  nsubj    2  O
        2  drew  VERB  VBD ROOT     2  O
        3  Co    NOUN  NN  dobj     2  O
        4  -     NOUN  NNS dobj     2  O
        5  CEOs  NOUN  NNS compound 7  O
        6  Jane  PROPN NNP compound 7  B-PERSON
        7  Roe   PROPN NNP dobj     2  I-PERSON
        8  and   CCONJ CC  cc       7  O
        9  Tom   PROPN NNP compound 10 B-PERSON
        10 Poe   PROPN NNP conj     7  I-PERSON
        11 .     PUNCT .   punct    2  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Co-CEO", None), ("Tom Poe", "Co-CEO", None)}


def test_its_after_the_company_as_subject_is_the_company_the_sentence_before_is_about():
    """"Brightwater Analytics is a maker of engines. The company is led by Jane Roe, its
    chairwoman.": "its" goes through the subject "the company" to the subject of the sentence before."""
    release = records(parse(
        "Brightwater Analytics is a maker of engines. The company is led by Jane Roe, its chairwoman.",
        """
        0  Brightwater PROPN NNP  compound  1  B-ORG
        1  Analytics   PROPN NNP  nsubj     2  I-ORG
        2  is          AUX   VBZ  ROOT      2  O
        3  a           DET   DT   det       4  O
        4  maker       NOUN  NN   attr      2  O
        5  of          ADP   IN   prep      4  O
        6  engines     NOUN  NNS  pobj      5  O
        7  .           PUNCT .    punct     2  O
        8  The         DET   DT   det       9  O
        9  company     NOUN  NN   nsubjpass 11 O
        10 is          AUX   VBZ  auxpass   11 O
        11 led         VERB  VBN  ROOT      11 O
        12 by          ADP   IN   agent     11 O
        13 Jane        PROPN NNP  compound  14 B-PERSON
        14 Roe         PROPN NNP  pobj      12 I-PERSON
        15 ,           PUNCT ,    punct     14 O
        16 its         PRON  PRP$ poss      17 O
        17 chairwoman  NOUN  NN   appos     14 O
        18 .           PUNCT .    punct     11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "chairwoman", "Brightwater Analytics")}


def test_the_company_that_appoints_is_the_organization_it_refers_back_to():
    """"Brightwater Analytics is a maker of engines. The company has appointed Jane Roe as chief
    financial officer.": the subject "the company" of the appointing verb is the body named before."""
    release = records(parse(
        "Brightwater Analytics is a maker of engines. The company has appointed Jane Roe as chief financial officer.",
        """
        0  Brightwater PROPN NNP compound 1  B-ORG
        1  Analytics   PROPN NNP nsubj    2  I-ORG
        2  is          AUX   VBZ ROOT     2  O
        3  a           DET   DT  det      4  O
        4  maker       NOUN  NN  attr     2  O
        5  of          ADP   IN  prep     4  O
        6  engines     NOUN  NNS pobj     5  O
        7  .           PUNCT .   punct    2  O
        8  The         DET   DT  det      9  O
        9  company     NOUN  NN  nsubj    11 O
        10 has         AUX   VBZ aux      11 O
        11 appointed   VERB  VBN ROOT     11 O
        12 Jane        PROPN NNP compound 13 B-PERSON
        13 Roe         PROPN NNP dobj     11 I-PERSON
        14 as          ADP   IN  prep     11 O
        15 chief       ADJ   JJ  amod     17 O
        16 financial   ADJ   JJ  amod     17 O
        17 officer     NOUN  NN  pobj     14 O
        18 .           PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "chief financial officer", "Brightwater Analytics")}


def test_capital_letters_no_list_knows_set_off_between_a_name_and_a_title_are_post_nominals():
    """"said Jane Roe, PVDG, President of Zorvex.": the letters after the name are skipped as
    post-nominals; the title after them is hers."""
    release = records(parse(
        '"We grew," said Jane Roe, PVDG, President of Zorvex.',
        """
        0  "         PUNCT ``  punct    5  O
        1  We        PRON  PRP nsubj    2  O
        2  grew      VERB  VBD ccomp    5  O
        3  ,         PUNCT ,   punct    5  O
        4  "         PUNCT ''  punct    5  O
        5  said      VERB  VBD ROOT     5  O
        6  Jane      PROPN NNP compound 7  B-PERSON
        7  Roe       PROPN NNP nsubj    5  I-PERSON
        8  ,         PUNCT ,   punct    7  O
        9  PVDG      PROPN NNP appos    7  O
        10 ,         PUNCT ,   punct    9  O
        11 President PROPN NNP appos    9  O
        12 of        ADP   IN  prep     11 O
        13 Zorvex    PROPN NNP pobj     12 O
        14 .         PUNCT .   punct    5  O
        """,
    ))
    assert {(person, title) for person, title, _ in roles(release)} == {("Jane Roe", "President")}


def test_a_plural_title_set_off_before_a_list_of_names_gives_each_name_the_title():
    """"Brightwater Analytics' co-founders, Travis Geiger and Maria Lopez, will judge": the list
    set off by commas after a plural title closes after its last name; each holds the title."""
    release = records(parse(
        "Brightwater Analytics' co-founders, Travis Geiger and Maria Lopez, will judge the contest.",
        """
        0  Brightwater PROPN NNP compound 1  B-ORG
        1  Analytics   PROPN NNP poss     3  I-ORG
        2  '           PART  POS case     1  I-ORG
        3  co          NOUN  NNS nsubj    14 O
        4  -           NOUN  NNS nsubj    14 O
        5  founders    NOUN  NNS nsubj    14 O
        6  ,           PUNCT ,   punct    5  O
        7  Travis      PROPN NNP compound 8  B-PERSON
        8  Geiger      PROPN NNP conj     5  I-PERSON
        9  and         CCONJ CC  cc       8  O
        10 Maria       PROPN NNP compound 11 B-PERSON
        11 Lopez       PROPN NNP conj     8  I-PERSON
        12 ,           PUNCT ,   punct    5  O
        13 will        AUX   MD  aux      14 O
        14 judge       VERB  VB  ROOT     14 O
        15 the         DET   DT  det      16 O
        16 contest     NOUN  NN  dobj     14 O
        17 .           PUNCT .   punct    14 O
        """,
    ))
    assert roles(release) == {("Travis Geiger", "co-founder", "Brightwater Analytics"), ("Maria Lopez", "co-founder", "Brightwater Analytics")}


def test_a_second_title_after_and_closes_the_body_of_the_first():
    """"Jane Roe, Co-Founder and CIO of Quillbrook and Executive Chairman of Zentrix Roofing.": the
    unknown name after the first "of" ends where "and" opens a second title that leads a body, so
    it is the body of "CIO" (and of "Co-Founder" joined to it), not a word of the title."""
    release = records(parse(
        "Jane Roe, Co-Founder and CIO of Quillbrook and Executive Chairman of Zentrix Roofing.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  ROOT      1  I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  Co         PROPN NNP  compound  5  O
        4  -          PUNCT HYPH punct     5  O
        5  Founder    NOUN  NN   appos     1  O
        6  and        CCONJ CC   cc        5  O
        7  CIO        PROPN NNP  conj      5  O
        8  of         ADP   IN   prep      7  O
        9  Quillbrook PROPN NNP  pobj      8  O
        10 and        CCONJ CC   cc        7  O
        11 Executive  PROPN NNP  compound  12 O
        12 Chairman   PROPN NNP  conj      7  O
        13 of         ADP   IN   prep      12 O
        14 Zentrix    PROPN NNP  compound  15 B-ORG
        15 Roofing    PROPN NNP  pobj      13 I-ORG
        16 .          PUNCT .    punct     1  O
        """,
    ))
    assert roles(release) == {
        ("Jane Roe", "Co-Founder", "Quillbrook"),
        ("Jane Roe", "CIO", "Quillbrook"),
        ("Jane Roe", "Executive Chairman", "Zentrix Roofing"),
    }


def test_a_name_joined_by_and_to_a_field_stays_in_the_title():
    """Near miss: "Jane Roe, CEO of Quillbrook and Northwind." -- no title follows "and", so the
    old reading stands (no body "Quillbrook" cut off before "and")."""
    release = records(parse(
        "Jane Roe, CEO of Quillbrook and Northwind.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  ROOT      1  I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  CEO        PROPN NNP  appos     1  O
        4  of         ADP   IN   prep      3  O
        5  Quillbrook PROPN NNP  pobj      4  O
        6  and        CCONJ CC   cc        5  O
        7  Northwind  PROPN NNP  conj      5  O
        8  .          PUNCT .    punct     1  O
        """,
    ))
    assert ("Jane Roe", "CEO", "Quillbrook") not in roles(release)


def test_a_dash_after_a_name_opening_a_roster_line_sets_off_its_title_and_body():
    """"Bob Jones – CEO, Zentrix" and "2. Tom Poe - Founder and CEO, Brindle Labs": a spaced dash
    after the name opening the line (after a bullet number too) sets off the title as a comma does."""
    release = records(parse(
        "Speakers:\n\nBob Jones – CEO, Zentrix\n2. Tom Poe - Founder and CEO, Brindle Labs\n",
        """
        0  Speakers PROPN NNPS ROOT      0  O
        1  :        PUNCT :    punct     0  O
        2  \\n\\n   SPACE _SP  dep       1  O
        3  Bob      PROPN NNP  compound  4  B-PERSON
        4  Jones    PROPN NNP  ROOT      4  I-PERSON
        5  –        PUNCT :    punct     4  O
        6  CEO      PROPN NNP  appos     4  O
        7  ,        PUNCT ,    punct     6  O
        8  Zentrix  PROPN NNP  conj      6  B-ORG
        9  \\n      SPACE _SP  dep       8  O
        10 2.       X     LS   ROOT      10 O
        11 Tom      PROPN NNP  compound  12 B-PERSON
        12 Poe      PROPN NNP  ROOT      12 I-PERSON
        13 -        PUNCT :    punct     12 O
        14 Founder  PROPN NNP  appos     12 O
        15 and      CCONJ CC   cc        14 O
        16 CEO      PROPN NNP  conj      14 O
        17 ,        PUNCT ,    punct     16 O
        18 Brindle  PROPN NNP  compound  19 B-ORG
        19 Labs     PROPN NNPS conj      16 I-ORG
        20 \\n      SPACE _SP  dep       19 O
        """,
    ))
    assert roles(release) == {("Bob Jones", "CEO", "Zentrix"), ("Tom Poe", "Founder", "Brindle Labs"), ("Tom Poe", "CEO", "Brindle Labs")}


def test_a_dash_after_a_name_inside_a_sentence_sets_off_no_roster_title():
    """"... backed by Bob Jones - CEO Tom Poe disagreed": the dash after a name that does not open
    a line is no roster separator, so Bob Jones holds no title."""
    release = records(parse(
        "The plan was backed by Bob Jones - CEO Tom Poe disagreed.",
        """
        0  The      DET   DT   det       1  O
        1  plan     NOUN  NN   nsubjpass 3  O
        2  was      AUX   VBD  auxpass   3  O
        3  backed   VERB  VBN  ROOT      3  O
        4  by       ADP   IN   agent     3  O
        5  Bob      PROPN NNP  compound  6  B-PERSON
        6  Jones    PROPN NNP  pobj      4  I-PERSON
        7  -        PUNCT :    punct     3  O
        8  CEO      PROPN NNP  compound  10 O
        9  Tom      PROPN NNP  compound  10 B-PERSON
        10 Poe      PROPN NNP  nsubj     11 I-PERSON
        11 disagreed VERB VBD  parataxis 3  O
        12 .        PUNCT .    punct     3  O
        """,
    ))
    assert ("Bob Jones", "CEO", None) not in roles(release)
    assert ("Tom Poe", "CEO", None) in roles(release)


def test_sr_before_a_title_word_abbreviates_senior_and_opens_the_title():
    """"said Kyle Roe, Sr. Director of Sales, Zentrix": "Sr." before a title word is "Senior", part
    of the title, not a generational suffix of the name."""
    release = records(parse(
        "said Kyle Roe, Sr. Director of Sales, Zentrix.",
        """
        0  said     VERB  VBD  ROOT      0  O
        1  Kyle     PROPN NNP  compound  2  B-PERSON
        2  Roe      PROPN NNP  nsubj     0  I-PERSON
        3  ,        PUNCT ,    punct     2  O
        4  Sr.      PROPN NNP  compound  5  O
        5  Director PROPN NNP  appos     2  O
        6  of       ADP   IN   prep      5  O
        7  Sales    PROPN NNPS pobj      6  O
        8  ,        PUNCT ,    punct     5  O
        9  Zentrix  PROPN NNP  appos     5  B-ORG
        10 .        PUNCT .    punct     0  O
        """,
    ))
    assert roles(release) == {("Kyle Roe", "Sr. Director of Sales", "Zentrix")}


def test_sr_closing_a_name_before_no_title_word_stays_a_suffix():
    """"Joseph Roe, Sr. was honored": no title word follows, so "Sr." is the name's suffix."""
    release = records(parse(
        "Joseph Roe, Sr. was honored.",
        """
        0  Joseph   PROPN NNP  compound  1  B-PERSON
        1  Roe      PROPN NNP  nsubjpass 5  I-PERSON
        2  ,        PUNCT ,    punct     1  O
        3  Sr.      PROPN NNP  appos     1  O
        4  was      AUX   VBD  auxpass   5  O
        5  honored  VERB  VBN  ROOT      5  O
        6  .        PUNCT .    punct     5  O
        """,
    ))
    assert {p.name for p in release.people} == {"Joseph Roe, Sr."}
    assert roles(release) == set()


def test_the_capitalized_words_opening_a_sentence_before_a_leading_title_and_a_name_are_its_body():
    """"Trust Stamp CTO Jane Roe joined ...": the words that open the sentence, right before a title
    that leads a body and its holder's name, name the company no organization rule found (the
    title does not keep "Stamp"); the tagger may read the first word as a verb ("Acarix CEO")."""
    release = records(parse(
        "Trust Stamp CTO Jane Roe joined the call. Acarix CEO Tom Poe spoke.",
        """
        0  Trust    PROPN NNP  compound  2  O
        1  Stamp    PROPN NNP  compound  2  O
        2  CTO      PROPN NNP  compound  4  O
        3  Jane     PROPN NNP  compound  4  B-PERSON
        4  Roe      PROPN NNP  nsubj     5  I-PERSON
        5  joined   VERB  VBD  ROOT      5  O
        6  the      DET   DT   det       7  O
        7  call     NOUN  NN   dobj      5  O
        8  .        PUNCT .    punct     5  O
        9  Acarix   VERB  VB   compound  10 O
        10 CEO      PROPN NNP  compound  12 O
        11 Tom      PROPN NNP  compound  12 B-PERSON
        12 Poe      PROPN NNP  nsubj     13 I-PERSON
        13 spoke    VERB  VBD  ROOT      13 O
        14 .        PUNCT .    punct     13 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CTO", "Trust Stamp"), ("Tom Poe", "CEO", "Acarix")}


def test_a_noun_for_a_body_or_a_date_opening_a_sentence_before_a_title_names_no_body():
    """"Company co-founder Jane Roe", "Board Chair Tom Poe", "Yesterday CEO Ann Lee": a common noun
    for a body or a date opening the sentence is no company's name."""
    release = records(parse(
        "Company co-founder Jane Roe spoke. Board Chair Tom Poe agreed. Yesterday CEO Ann Lee left.",
        """
        0  Company   NOUN  NN   compound  1  O
        1  co-founder NOUN NN   compound  3  O
        2  Jane      PROPN NNP  compound  3  B-PERSON
        3  Roe       PROPN NNP  nsubj     4  I-PERSON
        4  spoke     VERB  VBD  ROOT      4  O
        5  .         PUNCT .    punct     4  O
        6  Board     PROPN NNP  compound  7  O
        7  Chair     PROPN NNP  compound  9  O
        8  Tom       PROPN NNP  compound  9  B-PERSON
        9  Poe       PROPN NNP  nsubj     10 I-PERSON
        10 agreed    VERB  VBD  ROOT      10 O
        11 .         PUNCT .    punct     10 O
        12 Yesterday NOUN  NN   npadvmod  16 B-DATE
        13 CEO       PROPN NNP  compound  15 O
        14 Ann       PROPN NNP  compound  15 B-PERSON
        15 Lee       PROPN NNP  nsubj     16 I-PERSON
        16 left      VERB  VBD  ROOT      16 O
        17 .         PUNCT .    punct     16 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "co-founder", None), ("Tom Poe", "Chair", None), ("Ann Lee", "CEO", None)}


def test_a_participle_opening_a_sentence_before_a_title_names_no_body():
    """Near miss: "Joining CEO Jane Roe was the board.": an English participle that opens the
    clause is no company's name (titles.opening_verb_or_preposition)."""
    release = records(parse(
        "Joining CEO Jane Roe was the board.",
        """
        0  Joining   VERB  VBG  csubj     4  O
        1  CEO       PROPN NNP  dobj      0  O
        2  Jane      PROPN NNP  compound  3  B-PERSON
        3  Roe       PROPN NNP  dobj      0  I-PERSON
        4  was       AUX   VBD  ROOT      4  O
        5  the       DET   DT   det       6  O
        6  board     NOUN  NN   attr      4  O
        7  .         PUNCT .    punct     4  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", None)}
    assert org_names(release) == set()


def test_a_company_before_two_tickers_in_parentheses_is_the_body_of_the_title_after_them():
    """"Acme Ltd (ASX: ACM, OTC: ACMEF) CEO Jane Roe": the company named before a parenthesis of two
    exchange tickers is the body of the title right after it, as after one ticker."""
    release = records(parse(
        "Acme Ltd (ASX: ACM, OTC: ACMEF) CEO Jane Roe joined the call.",
        """
        0  Acme     PROPN NNP  compound  1  B-ORG
        1  Ltd      PROPN NNP  compound  13 I-ORG
        2  (        PUNCT -LRB- punct    1  O
        3  ASX      PROPN NNP  appos     1  B-ORG
        4  :        PUNCT :    punct     3  O
        5  ACM      PROPN NNP  appos     3  O
        6  ,        PUNCT ,    punct     3  O
        7  OTC      PROPN NNP  appos     3  B-ORG
        8  :        PUNCT :    punct     7  O
        9  ACMEF    PROPN NNP  appos     7  O
        10 )        PUNCT -RRB- punct    1  O
        11 CEO      PROPN NNP  compound  13 O
        12 Jane     PROPN NNP  compound  13 B-PERSON
        13 Roe      PROPN NNP  nsubj     14 I-PERSON
        14 joined   VERB  VBD  ROOT      14 O
        15 the      DET   DT   det       16 O
        16 call     NOUN  NN   dobj      14 O
        17 .        PUNCT .    punct     14 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Acme Ltd")}


def test_a_bare_leading_title_before_a_second_name_after_and_shares_the_company_named_before_the_first():
    """"Paltalk CEO Jane Roe and CFO Tom Poe will host the call": the second title has no body of its
    own and leads one, so it is held in the company named before the first title."""
    release = records(parse(
        "Paltalk CEO Jane Roe and CFO Tom Poe will host the call.",
        """
        0  Paltalk  PROPN NNP  compound  3  B-ORG
        1  CEO      PROPN NNP  compound  3  O
        2  Jane     PROPN NNP  compound  3  B-PERSON
        3  Roe      PROPN NNP  nsubj     9  I-PERSON
        4  and      CCONJ CC   cc        3  O
        5  CFO      PROPN NNP  compound  7  O
        6  Tom      PROPN NNP  compound  7  B-PERSON
        7  Poe      PROPN NNP  conj      3  I-PERSON
        8  will     AUX   MD   aux       9  O
        9  host     VERB  VB   ROOT      9  O
        10 the      DET   DT   det       11 O
        11 call     NOUN  NN   dobj      9  O
        12 .        PUNCT .    punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Paltalk"), ("Tom Poe", "CFO", "Paltalk")}


def test_a_government_office_or_a_title_with_its_own_body_after_and_does_not_share_the_first_titles_body():
    """"Acme CEO Jane Roe and Secretary of State Tom Poe", "Acme CEO Jane Roe and Zorvexa founder Ann
    Lee": an office that leads no company, or a title with a body of its own, keeps what it has."""
    release = records(parse(
        "Acme CEO Jane Roe and Secretary of State Tom Poe met. Acme CEO Ann Lee and Zorvexa founder Bo Li met.",
        """
        0  Acme      PROPN NNP  compound  3  B-ORG
        1  CEO       PROPN NNP  compound  3  O
        2  Jane      PROPN NNP  compound  3  B-PERSON
        3  Roe       PROPN NNP  nsubj     10 I-PERSON
        4  and       CCONJ CC   cc        3  O
        5  Secretary PROPN NNP  compound  9  O
        6  of        ADP   IN   prep      5  O
        7  State     PROPN NNP  pobj      6  O
        8  Tom       PROPN NNP  compound  9  B-PERSON
        9  Poe       PROPN NNP  conj      3  I-PERSON
        10 met       VERB  VBD  ROOT      10 O
        11 .         PUNCT .    punct     10 O
        12 Acme      PROPN NNP  compound  15 B-ORG
        13 CEO       PROPN NNP  compound  15 O
        14 Ann       PROPN NNP  compound  15 B-PERSON
        15 Lee       PROPN NNP  nsubj     21 I-PERSON
        16 and       CCONJ CC   cc        15 O
        17 Zorvexa   PROPN NNP  compound  18 B-ORG
        18 founder   NOUN  NN   compound  20 O
        19 Bo        PROPN NNP  compound  20 B-PERSON
        20 Li        PROPN NNP  conj      15 I-PERSON
        21 met       VERB  VBD  ROOT      21 O
        22 .         PUNCT .    punct     21 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Acme"), ("Tom Poe", "Secretary of State", None), ("Ann Lee", "CEO", "Acme"), ("Bo Li", "founder", "Zorvexa")}


def test_chief_and_a_noun_no_title_list_knows_are_one_title_and_the_title_joined_after_it_is_read():
    """"Jane Roe, Chief Instigator and CEO of Acme.": "Chief Instigator" is one title (not "Chief"
    alone), and "CEO of Acme" joined after it by "and" is hers too, both of Acme."""
    release = records(parse(
        "“We grew,” said Jane Roe, Chief Instigator and CEO of Acme.",
        """
        0  “          PUNCT ``   punct     5  O
        1  We         PRON  PRP  nsubj     2  O
        2  grew       VERB  VBD  ccomp     5  O
        3  ,          PUNCT ,    punct     5  O
        4  ”          PUNCT ''   punct     5  O
        5  said       VERB  VBD  ROOT      5  O
        6  Jane       PROPN NNP  compound  7  B-PERSON
        7  Roe        PROPN NNP  nsubj     5  I-PERSON
        8  ,          PUNCT ,    punct     7  O
        9  Chief      PROPN NNP  compound  10 O
        10 Instigator PROPN NNP  appos     7  O
        11 and        CCONJ CC   cc        10 O
        12 CEO        PROPN NNP  conj      10 O
        13 of         ADP   IN   prep      12 O
        14 Acme       PROPN NNP  pobj      13 B-ORG
        15 .          PUNCT .    punct     5  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Instigator", "Acme"), ("Jane Roe", "CEO", "Acme")}


def test_chief_before_a_name_stays_a_title_of_its_own():
    """"Chief Jane Roe said": the name after "Chief" is no part of the title."""
    release = records(parse(
        "Chief Jane Roe said the police would investigate.",
        """
        0  Chief       PROPN NNP  compound  2  O
        1  Jane        PROPN NNP  compound  2  B-PERSON
        2  Roe         PROPN NNP  nsubj     3  I-PERSON
        3  said        VERB  VBD  ROOT      3  O
        4  the         DET   DT   det       5  O
        5  police      NOUN  NN   nsubj     7  O
        6  would       AUX   MD   aux       7  O
        7  investigate VERB  VB   ccomp     3  O
        8  .           PUNCT .    punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief", None)}


def test_chief_before_fields_listed_up_to_officer_does_not_take_the_first_field_alone():
    """"Jane Roe, Chief Diversity, Equity and Inclusion Officer": "Diversity" is the first of fields
    listed before "Officer", not a word completing "Chief" ("Chief Diversity")."""
    release = records(parse(
        "Jane Roe, Chief Diversity, Equity and Inclusion Officer, spoke.",
        """
        0  Jane      PROPN NNP  compound  1  B-PERSON
        1  Roe       PROPN NNP  nsubj     11 I-PERSON
        2  ,         PUNCT ,    punct     1  O
        3  Chief     PROPN NNP  compound  4  O
        4  Diversity PROPN NNP  appos     1  O
        5  ,         PUNCT ,    punct     4  O
        6  Equity    PROPN NNP  conj      4  O
        7  and       CCONJ CC   cc        6  O
        8  Inclusion PROPN NNP  compound  9  O
        9  Officer   PROPN NNP  conj      6  O
        10 ,         PUNCT ,    punct     1  O
        11 spoke     VERB  VBD  ROOT      11 O
        12 .         PUNCT .    punct     11 O
        """,
    ))
    assert not any(r[1] == "Chief Diversity" for r in roles(release))



def test_an_opening_participle_founded_by_a_person_is_said_of_the_subject_of_its_clause():
    """"Founded in 2001 by Jane Roe, Acme Labs offers ...": the participle opening the sentence is
    said of the main clause's subject, so its agent is the founder of that company; "Founded by
    industry executives Tom Poe and Ann Lee, Zorvexa is ...": each name in apposition to the agent
    is a founder."""
    release = records(parse(
        "Founded in 2001 by Jane Roe, Acme Labs offers alarms. Founded by industry executives Tom Poe and Ann Lee, Zorvexa is a firm.",
        """
        0  Founded    VERB  VBN  advcl     9  O
        1  in         ADP   IN   prep      0  O
        2  2001       NUM   CD   pobj      1  B-DATE
        3  by         ADP   IN   agent     0  O
        4  Jane       PROPN NNP  compound  5  B-PERSON
        5  Roe        PROPN NNP  pobj      3  I-PERSON
        6  ,          PUNCT ,    punct     9  O
        7  Acme       PROPN NNP  compound  8  B-ORG
        8  Labs       PROPN NNP  nsubj     9  I-ORG
        9  offers     VERB  VBZ  ROOT      9  O
        10 alarms     NOUN  NNS  dobj      9  O
        11 .          PUNCT .    punct     9  O
        12 Founded    VERB  VBN  advcl     24 O
        13 by         ADP   IN   agent     12 O
        14 industry   NOUN  NN   compound  15 O
        15 executives NOUN  NNS  pobj      13 O
        16 Tom        PROPN NNP  compound  17 B-PERSON
        17 Poe        PROPN NNP  appos     15 I-PERSON
        18 and        CCONJ CC   cc        17 O
        19 Ann        PROPN NNP  compound  20 B-PERSON
        20 Lee        PROPN NNP  conj      17 I-PERSON
        21 ,          PUNCT ,    punct     24 O
        22 Zorvexa    PROPN NNP  nsubj     24 B-ORG
        23 is         AUX   VBZ  aux       24 O
        24 a          DET   DT   ROOT      24 O
        25 firm       NOUN  NN   attr      24 O
        26 .          PUNCT .    punct     24 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "founder", "Acme Labs"), ("Tom Poe", "founder", "Zorvexa"), ("Ann Lee", "founder", "Zorvexa")}


def test_founded_by_inside_a_sentence_is_not_said_of_the_main_clauses_subject():
    """"Acme hired Jane Roe, founded by Tom Poe in 2001 ...": a participle of founding that does not
    open its sentence is not read as said of the clause's subject."""
    release = records(parse(
        "Acme Labs hired Jane Roe after talks, founded by Tom Poe in 2001.",
        """
        0  Acme     PROPN NNP  compound  1  B-ORG
        1  Labs     PROPN NNP  nsubj     2  I-ORG
        2  hired    VERB  VBD  ROOT      2  O
        3  Jane     PROPN NNP  compound  4  B-PERSON
        4  Roe      PROPN NNP  dobj      2  I-PERSON
        5  after    ADP   IN   prep      2  O
        6  talks    NOUN  NNS  pobj      5  O
        7  ,        PUNCT ,    punct     2  O
        8  founded  VERB  VBN  advcl     2  O
        9  by       ADP   IN   agent     8  O
        10 Tom      PROPN NNP  compound  11 B-PERSON
        11 Poe      PROPN NNP  pobj      9  I-PERSON
        12 in       ADP   IN   prep      8  O
        13 2001     NUM   CD   pobj      12 B-DATE
        14 .        PUNCT .    punct     2  O
        """,
    ))
    assert not any(r[1] == "founder" for r in roles(release))

def test_a_credential_the_model_calls_org_between_a_name_and_its_title_is_skipped():
    """"Jane Roe, CAE, CEO of Zentrix": post-nominal letters of a credential (`title_post_nominals`)
    set off after the name are passed over to the title, though the model tags them ORG."""
    release = records(parse(
        "Jane Roe, CAE, CEO of Zentrix Inc., said the show grew.",
        """
        0  Jane    PROPN NNP  compound  1  B-PERSON
        1  Roe     PROPN NNP  nsubj     10 I-PERSON
        2  ,       PUNCT ,    punct     1  O
        3  CAE     PROPN NNP  appos     1  B-ORG
        4  ,       PUNCT ,    punct     1  O
        5  CEO     PROPN NNP  appos     1  O
        6  of      ADP   IN   prep      5  O
        7  Zentrix PROPN NNP  compound  8  B-ORG
        8  Inc.    PROPN NNP  pobj      6  I-ORG
        9  ,       PUNCT ,    punct     1  O
        10 said    VERB  VBD  ROOT      10 O
        11 the     DET   DT   det       12 O
        12 show    NOUN  NN   nsubj     13 O
        13 grew    VERB  VBD  ccomp     10 O
        14 .       PUNCT .    punct     10 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "CEO", "Zentrix Inc.")}


def test_a_registered_sign_after_post_nominal_letters_belongs_to_them():
    """"Jane Roe, CFA®, Head of Investment Strategy at Zentrix": the sign written right after the
    letters does not stop the title after them from being read as the name's."""
    release = records(parse(
        "Jane Roe, CFA®, Head of Investment Strategy at Zentrix Inc., spoke.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     14 I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  CFA        PROPN NNP  appos     1  B-ORG
        4  ®          NOUN  NN   appos     3  I-ORG
        5  ,          PUNCT ,    punct     1  O
        6  Head       PROPN NNP  appos     1  O
        7  of         ADP   IN   prep      6  O
        8  Investment PROPN NNP  compound  9  O
        9  Strategy   PROPN NNP  pobj      7  O
        10 at         ADP   IN   prep      6  O
        11 Zentrix    PROPN NNP  compound  12 B-ORG
        12 Inc.       PROPN NNP  pobj      10 I-ORG
        13 ,          PUNCT ,    punct     1  O
        14 spoke      VERB  VBD  ROOT      14 O
        15 .          PUNCT .    punct     14 O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Head of Investment Strategy", "Zentrix Inc.")}



def test_a_company_named_with_a_common_word_closing_a_leaders_of_phrase_is_the_body():
    """"Jane Roe, co-founder of Organize, said": a capitalized word closing the phrase after a title
    that leads a body names the company, though the model tags it a NOUN and a GPE."""
    release = records(parse(
        "Jane Roe, co-founder of Organize, said the group grew.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     7  I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  co-founder NOUN  NN   appos     1  O
        4  of         ADP   IN   prep      3  O
        5  Organize   NOUN  NN   pobj      4  B-GPE
        6  ,          PUNCT ,    punct     1  O
        7  said       VERB  VBD  ROOT      7  O
        8  the        DET   DT   det       9  O
        9  group      NOUN  NN   nsubj     10 O
        10 grew       VERB  VBD  ccomp     7  O
        11 .          PUNCT .    punct     7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "co-founder", "Organize")}


def test_a_portfolio_closing_a_leaders_of_phrase_is_no_company():
    """"Jane Roe, President of Operations, said": a portfolio word after the title names no body."""
    release = records(parse(
        "Jane Roe, President of Operations, said the group grew.",
        """
        0  Jane       PROPN NNP  compound  1  B-PERSON
        1  Roe        PROPN NNP  nsubj     7  I-PERSON
        2  ,          PUNCT ,    punct     1  O
        3  President  PROPN NNP  appos     1  O
        4  of         ADP   IN   prep      3  O
        5  Operations NOUN  NNS  pobj      4  O
        6  ,          PUNCT ,    punct     1  O
        7  said       VERB  VBD  ROOT      7  O
        8  the        DET   DT   det       9  O
        9  group      NOUN  NN   nsubj     10 O
        10 grew       VERB  VBD  ccomp     7  O
        11 .          PUNCT .    punct     7  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "President of Operations", None)}
