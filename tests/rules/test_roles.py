"""Roles (pipeline/extraction/components/roles.py) on hand-built parses: who holds which title
in which organization, for each sentence shape the rules read (apposition, relative clause,
object of an appointing verb, pre-nominal title, title in parentheses, founders, pronouns)."""

from __future__ import annotations


from tests.handbuilt import parse, records
from tests.support import roles


def test_appositive_title_after_a_name_gives_the_role_its_organization():
    """"X, Assistant Attorney General for the Antitrust Division, ...": apposition, the division attached by "for"."""
    release = records(parse(
        "Christine Varney, Assistant Attorney General for the Antitrust Division, praised the decision.",
        """
        0  Christine PROPN NNP compound 1  B-PERSON
        1  Varney    PROPN NNP nsubj    11 I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  Assistant PROPN NNP compound 5  O
        4  Attorney  PROPN NNP compound 5  O
        5  General   PROPN NNP appos    1  O
        6  for       ADP   IN  prep     5  O
        7  the       DET   DT  det      9  B-ORG
        8  Antitrust PROPN NNP compound 9  I-ORG
        9  Division  PROPN NNP pobj     6  I-ORG
        10 ,         PUNCT ,   punct    1  O
        11 praised   VERB  VBD ROOT     11 O
        12 the       DET   DT  det      13 O
        13 decision  NOUN  NN  dobj     11 O
        14 .         PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == {("Christine Varney", "Assistant Attorney General", "Antitrust Division")}
    assert [e.mention for e in release.roles[0].evidence] == ["Christine Varney, Assistant Attorney General for the Antitrust Division"]


def test_a_relative_clause_who_serves_as_gives_the_title_to_the_name_it_modifies():
    """"X, who serves as T of the ILO": the relative clause is said of the name before it."""
    release = records(parse(
        "Guy Ryder, who serves as Director-General of the ILO, spoke.",
        """
        0  Guy      PROPN NNP  compound 1  B-PERSON
        1  Ryder    PROPN NNP  nsubj    13 I-PERSON
        2  ,        PUNCT ,    punct    1  O
        3  who      PRON  WP   nsubj    4  O
        4  serves   VERB  VBZ  relcl    1  O
        5  as       ADP   IN   prep     4  O
        6  Director PROPN NNP  compound 8  O
        7  -        PUNCT HYPH punct    8  O
        8  General  PROPN NNP  pobj     5  O
        9  of       ADP   IN   prep     8  O
        10 the      DET   DT   det      11 O
        11 ILO      PROPN NNP  pobj     9  O
        12 ,        PUNCT ,    punct    1  O
        13 spoke    VERB  VBD  ROOT     13 O
        14 .        PUNCT .    punct    13 O
        """,
    ))
    assert roles(release) == {("Guy Ryder", "Director-General", "International Labour Organization")}


def test_the_object_of_appointed_as_a_title_holds_it():
    """"appointed X as T of ORG": the appointing verb's object is the person, not its subject."""
    release = records(parse(
        "The board appointed Jane Smith as Chief Executive Officer of Acme Corp.",
        """
        0  The       DET   DT  det      1  O
        1  board     NOUN  NN  nsubj    2  O
        2  appointed VERB  VBD ROOT     2  O
        3  Jane      PROPN NNP compound 4  B-PERSON
        4  Smith     PROPN NNP dobj     2  I-PERSON
        5  as        ADP   IN  prep     2  O
        6  Chief     PROPN NNP compound 8  O
        7  Executive PROPN NNP compound 8  O
        8  Officer   PROPN NNP pobj     5  O
        9  of        ADP   IN  prep     8  O
        10 Acme      PROPN NNP compound 11 B-ORG
        11 Corp.     PROPN NNP pobj     9  I-ORG
        """,
    ))
    assert roles(release) == {("Jane Smith", "Chief Executive Officer", "Acme Corp.")}


def test_hoping_to_be_a_title_holds_no_role():
    """Near miss: "X said she hopes to be T" states no role."""
    release = records(parse(
        "Jane Roe said she hopes to be CEO of Acme Corp.",
        """
        0  Jane  PROPN NNP compound 1  B-PERSON
        1  Roe   PROPN NNP nsubj    2  I-PERSON
        2  said  VERB  VBD ROOT     2  O
        3  she   PRON  PRP nsubj    4  O
        4  hopes VERB  VBZ ccomp    2  O
        5  to    PART  TO  aux      6  O
        6  be    AUX   VB  xcomp    4  O
        7  CEO   NOUN  NN  attr     6  O
        8  of    ADP   IN  prep     7  O
        9  Acme  PROPN NNP compound 10 B-ORG
        10 Corp. PROPN NNP pobj     8  I-ORG
        """,
    ))
    assert release.roles == []
    assert [p.name for p in release.people] == ["Jane Roe"]


def test_coordinated_titles_in_apposition_give_one_role_each_with_its_own_organization():
    """"X, head of A and Chair of B": two roles."""
    release = records(parse(
        "Simel Esim, head of the Fraud Section and Chair of the Audit Committee, spoke.",
        """
        0  Simel     PROPN NNP compound 1  O
        1  Esim      PROPN NNP nsubj    15 O
        2  ,         PUNCT ,   punct    1  O
        3  head      NOUN  NN  appos    1  O
        4  of        ADP   IN  prep     3  O
        5  the       DET   DT  det      7  B-ORG
        6  Fraud     PROPN NNP compound 7  I-ORG
        7  Section   PROPN NNP pobj     4  I-ORG
        8  and       CCONJ CC  cc       7  I-ORG
        9  Chair     PROPN NNP conj     7  I-ORG
        10 of        ADP   IN  prep     7  I-ORG
        11 the       DET   DT  det      13 I-ORG
        12 Audit     PROPN NNP compound 13 I-ORG
        13 Committee PROPN NNP pobj     10 I-ORG
        14 ,         PUNCT ,   punct    1  O
        15 spoke     VERB  VBD ROOT     15 O
        16 .         PUNCT .   punct    15 O
        """,
    ))
    assert roles(release) == {("Simel Esim", "head", "Fraud Section"), ("Simel Esim", "Chair", "Audit Committee")}


def test_two_titled_names_share_the_organization_after_the_second():
    """"Trial Attorney A and Assistant Chief B of the Fraud Section": the trailing "of ORG" serves both."""
    release = records(parse(
        "Trial Attorney Kathleen M. Hamann and Assistant Chief Nathaniel B. Edmonds of the Fraud Section are prosecuting the case.",
        """
        0  Trial       PROPN NNP  compound 1  O
        1  Attorney    PROPN NNP  compound 4  O
        2  Kathleen    PROPN NNP  compound 4  B-PERSON
        3  M.          PROPN NNP  compound 4  I-PERSON
        4  Hamann      PROPN NNP  nsubj    16 I-PERSON
        5  and         CCONJ CC   cc       4  O
        6  Assistant   PROPN NNP  compound 7  O
        7  Chief       PROPN NNP  compound 10 O
        8  Nathaniel   PROPN NNP  compound 10 B-PERSON
        9  B.          PROPN NNP  compound 10 I-PERSON
        10 Edmonds     PROPN NNPS conj     4  I-PERSON
        11 of          ADP   IN   prep     10 O
        12 the         DET   DT   det      14 O
        13 Fraud       PROPN NNP  compound 14 O
        14 Section     PROPN NNP  pobj     11 O
        15 are         AUX   VBP  aux      16 O
        16 prosecuting VERB  VBG  ROOT     16 O
        17 the         DET   DT   det      18 O
        18 case        NOUN  NN   dobj     16 O
        19 .           PUNCT .    punct    16 O
        """,
    ))
    assert roles(release) == {
        ("Kathleen M. Hamann", "Trial Attorney", "Fraud Section"),
        ("Nathaniel B. Edmonds", "Assistant Chief", "Fraud Section"),
    }


def test_a_body_before_coordinated_titles_serves_them_all():
    """"Fizzwell Founder and CEO Ben Dale": the company named before the first title is each title's."""
    release = records(parse(
        "Fizzwell, Inc. said that Fizzwell Founder and CEO Ben Dale will speak.",
        """
        0  Fizzwell PROPN NNP nsubj    3  B-ORG
        1  ,        PUNCT ,   punct    3  I-ORG
        2  Inc.     PROPN NNP nsubj    3  I-ORG
        3  said     VERB  VBD ROOT     3  O
        4  that     SCONJ IN  mark     12 O
        5  Fizzwell PROPN NNP compound 6  B-PERSON
        6  Founder  PROPN NNP nsubj    12 I-PERSON
        7  and      CCONJ CC  cc       6  O
        8  CEO      PROPN NNP compound 10 O
        9  Ben      PROPN NNP compound 10 B-PERSON
        10 Dale     PROPN NNP conj     6  I-PERSON
        11 will     AUX   MD  aux      12 O
        12 speak    VERB  VB  ccomp    3  O
        13 .        PUNCT .   punct    3  O
        """,
    ))
    assert roles(release) == {("Ben Dale", "Founder", "Fizzwell, Inc."), ("Ben Dale", "CEO", "Fizzwell, Inc.")}


def test_a_plural_title_before_a_list_of_names_gives_each_the_singular_title():
    """"Senators A (LA) and B (IN)": one Senator each."""
    release = records(parse(
        "Senators John Kennedy (LA) and Mike Braun (IN) introduced the bill.",
        """
        0  Senators   NOUN  NNS   compound 2  O
        1  John       PROPN NNP   compound 2  B-PERSON
        2  Kennedy    PROPN NNP   nsubj    12 I-PERSON
        3  (          PUNCT -LRB- punct    2  O
        4  LA         PROPN NNP   appos    2  B-GPE
        5  )          PUNCT -RRB- punct    2  O
        6  and        CCONJ CC    cc       2  O
        7  Mike       PROPN NNP   compound 8  B-PERSON
        8  Braun      PROPN NNP   conj     2  I-PERSON
        9  (          PUNCT -LRB- punct    8  O
        10 IN         PROPN NNP   appos    8  O
        11 )          PUNCT -RRB- punct    8  O
        12 introduced VERB  VBD   ROOT     12 O
        13 the        DET   DT    det      14 O
        14 bill       NOUN  NN    dobj     12 O
        15 .          PUNCT .     punct    12 O
        """,
    ))
    assert roles(release) == {("John Kennedy", "Senator", None), ("Mike Braun", "Senator", None)}


def test_co_founded_by_makes_each_agent_a_co_founder_of_the_body():
    """"The Lowry Foundation, co-founded by A and B": both are co-founders of it."""
    release = records(parse(
        "The Lowry Foundation, co-founded by Janine Winkler and Tom Hale, funds schools.",
        """
        0  The        DET   DT  det      2  B-ORG
        1  Lowry      PROPN NNP compound 2  I-ORG
        2  Foundation PROPN NNP ROOT     2  I-ORG
        3  ,          PUNCT ,   punct    2  O
        4  co         VERB  VBN appos    2  O
        5  -          VERB  VBD acl      2  O
        6  founded    VERB  VBN acl      2  O
        7  by         ADP   IN  agent    6  O
        8  Janine     PROPN NNP compound 9  B-PERSON
        9  Winkler    PROPN NNP pobj     7  I-PERSON
        10 and        CCONJ CC  cc       9  O
        11 Tom        PROPN NNP compound 12 B-PERSON
        12 Hale       PROPN NNP conj     9  I-PERSON
        13 ,          PUNCT ,   punct    2  O
        14 funds      VERB  VBZ compound 15 O
        15 schools    NOUN  NNS appos    2  O
        16 .          PUNCT .   punct    2  O
        """,
    ))
    assert roles(release) == {("Janine Winkler", "co-founder", "Lowry Foundation"), ("Tom Hale", "co-founder", "Lowry Foundation")}


def test_she_served_as_is_said_of_the_person_named_before():
    """"She served as T": the pronoun is the person last named."""
    release = records(parse(
        "Loretta Lynch joined the firm in 2010. She served as Chief of the Fraud Section.",
        """
        0  Loretta PROPN NNP compound 1  B-PERSON
        1  Lynch   PROPN NNP nsubj    2  I-PERSON
        2  joined  VERB  VBD ROOT     2  O
        3  the     DET   DT  det      4  O
        4  firm    NOUN  NN  dobj     2  O
        5  in      ADP   IN  prep     2  O
        6  2010    NUM   CD  pobj     5  B-DATE
        7  .       PUNCT .   punct    2  O
        8  She     PRON  PRP nsubj    9  O
        9  served  VERB  VBD ROOT     9  O
        10 as      ADP   IN  prep     9  O
        11 Chief   PROPN NNP pobj     10 O
        12 of      ADP   IN  prep     11 O
        13 the     DET   DT  det      15 B-ORG
        14 Fraud   PROPN NNP compound 15 I-ORG
        15 Section PROPN NNP pobj     12 I-ORG
        16 .       PUNCT .   punct    9  O
        """,
    ))
    assert roles(release) == {("Loretta Lynch", "Chief", "Fraud Section")}


def test_a_closing_at_organization_serves_coordinated_titles_after_is():
    """roles.py: an "at ORG" closing coordinated titles serves those before it ("Executive Vice President and Chief Corporate Affairs Officer at UPS")."""
    release = records(parse(
        "Laura Lane is Executive Vice President and Chief Corporate Affairs Officer at UPS.",
        """
        0  Laura     PROPN NNP  compound 1  B-PERSON
        1  Lane      PROPN NNP  nsubj    2  I-PERSON
        2  is        AUX   VBZ  ROOT     2  O
        3  Executive PROPN NNP  compound 5  O
        4  Vice      PROPN NNP  compound 5  O
        5  President PROPN NNP  attr     2  O
        6  and       CCONJ CC   cc       5  O
        7  Chief     PROPN NNP  compound 10 O
        8  Corporate PROPN NNP  compound 9  O
        9  Affairs   PROPN NNPS compound 10 O
        10 Officer   PROPN NNP  conj     5  O
        11 at        ADP   IN   prep     5  O
        12 UPS       PROPN NNP  pobj     11 O
        13 .         PUNCT .    punct    2  O
        """,
    ))
    assert roles(release) == {("Laura Lane", "Executive Vice President", "UPS"), ("Laura Lane", "Chief Corporate Affairs Officer", "UPS")}


def test_the_last_part_of_a_roster_line_is_the_organization_of_the_title_before_it():
    """"Jane Roe, Vice President, Field Sales, Brindle Works" on a line of its own: the portfolio
    between stays out, the line's last part is the organization (a name no rule knew)."""
    release = records(parse(
        "Speakers:\n\nJane Roe, Vice President, Field Sales, Brindle Works\n\nTom Poe, Governor, State of Ohio",
        """
        0  Speakers   NOUN  NNS ROOT     0  O
        1  :          PUNCT :   punct    0  O
        2  \\n\\n     SPACE _SP dep      1  O
        3  Jane       PROPN NNP compound 4  B-PERSON
        4  Roe        PROPN NNP ROOT     4  I-PERSON
        5  ,          PUNCT ,   punct    4  O
        6  Vice       PROPN NNP compound 7  O
        7  President  PROPN NNP appos    4  O
        8  ,          PUNCT ,   punct    7  O
        9  Field      PROPN NNP compound 10 O
        10 Sales      PROPN NNP appos    7  O
        11 ,          PUNCT ,   punct    7  O
        12 Brindle    PROPN NNP compound 13 O
        13 Works      PROPN NNP appos    7  O
        14 \\n\\n     SPACE _SP dep      13 O
        15 Tom        PROPN NNP compound 16 B-PERSON
        16 Poe        PROPN NNP ROOT     16 I-PERSON
        17 ,          PUNCT ,   punct    16 O
        18 Governor   PROPN NNP appos    16 O
        19 ,          PUNCT ,   punct    18 O
        20 State      PROPN NNP appos    18 O
        21 of         ADP   IN  prep     20 O
        22 Ohio       PROPN NNP pobj     21 B-GPE
        """,
    ))
    assert roles(release) == {("Jane Roe", "Vice President", "Brindle Works"), ("Tom Poe", "Governor", "Ohio")}


def test_a_roster_line_ending_in_a_place_gives_no_organization_one_ending_in_a_firm_does():
    """"Tom Poe, Mayor, Springfield": the last part names a place, not the title's organization.
    "Jane Roe, Partner, Austin, Jack Poe": the name closing a roster line after a person's title
    is her firm, named for people (people.roster_line_body), so it is the title's organization."""
    release = records(parse(
        "Speakers:\n\nJane Roe, Partner, Austin, Jack Poe\n\nTom Poe, Mayor, Springfield",
        """
        0  Speakers   NOUN  NNS ROOT      0  O
        1  :          PUNCT :   punct     0  O
        2  \\n\\n     SPACE _SP dep       1  O
        3  Jane       PROPN NNP compound  4  B-PERSON
        4  Roe        PROPN NNP ROOT      4  I-PERSON
        5  ,          PUNCT ,   punct     4  O
        6  Partner    PROPN NNP appos     4  O
        7  ,          PUNCT ,   punct     6  O
        8  Austin     PROPN NNP appos     6  B-GPE
        9  ,          PUNCT ,   punct     6  O
        10 Jack       PROPN NNP compound  11 B-PERSON
        11 Poe        PROPN NNP appos     6  I-PERSON
        12 \\n\\n     SPACE _SP dep       11 O
        13 Tom        PROPN NNP compound  14 B-PERSON
        14 Poe        PROPN NNP ROOT      14 I-PERSON
        15 ,          PUNCT ,   punct     14 O
        16 Mayor      PROPN NNP appos     14 O
        17 ,          PUNCT ,   punct     16 O
        18 Springfield PROPN NNP appos    16 B-GPE
        """,
    ))
    assert roles(release) == {("Jane Roe", "Partner", "Jack Poe"), ("Tom Poe", "Mayor", None)}


def test_an_organization_the_model_ran_over_a_line_break_does_not_give_the_title_to_the_next_line():
    """"Jane Roe, Partner at Brindle Capital\\n\\nTom Poe, ...": the model's ORG takes the line
    break along; the title is still Jane Roe's, not that of the name opening the next line."""
    release = records(parse(
        "Speakers:\n\nJane Roe, Partner at Brindle Capital\n\nTom Poe, Treasurer at Acme Corp",
        """
        0  Speakers   NOUN  NNS ROOT      0  O
        1  :          PUNCT :   punct     0  O
        2  \\n\\n     SPACE _SP dep       1  O
        3  Jane       PROPN NNP compound  4  B-PERSON
        4  Roe        PROPN NNP ROOT      4  I-PERSON
        5  ,          PUNCT ,   punct     4  O
        6  Partner    PROPN NNP appos     4  O
        7  at         ADP   IN  prep      6  O
        8  Brindle    PROPN NNP compound  9  B-ORG
        9  Capital    PROPN NNP pobj      7  I-ORG
        10 \\n\\n     SPACE _SP dep       9  I-ORG
        11 Tom        PROPN NNP compound  12 B-PERSON
        12 Poe        PROPN NNP ROOT      12 I-PERSON
        13 ,          PUNCT ,   punct     12 O
        14 Treasurer  PROPN NNP appos     12 O
        15 at         ADP   IN  prep      14 O
        16 Acme       PROPN NNP compound  17 B-ORG
        17 Corp       PROPN NNP pobj      15 I-ORG
        """,
    ))
    assert roles(release) == {("Jane Roe", "Partner", "Brindle Capital"), ("Tom Poe", "Treasurer", "Acme Corp")}


def test_chaired_by_makes_the_agent_chair_of_the_body_set_off_before_it():
    """"The Audit Committee, chaired by Jane Roe, met": the participle's agent holds the office
    the verb names ("chair") in the body before the comma."""
    release = records(parse(
        "The Audit Committee, chaired by Jane Roe, met today.",
        """
        0  The        DET   DT  det       2  B-ORG
        1  Audit      PROPN NNP compound  2  I-ORG
        2  Committee  PROPN NNP nsubj     9  I-ORG
        3  ,          PUNCT ,   punct     2  O
        4  chaired    VERB  VBN acl       2  O
        5  by         ADP   IN  agent     4  O
        6  Jane       PROPN NNP compound  7  B-PERSON
        7  Roe        PROPN NNP pobj      5  I-PERSON
        8  ,          PUNCT ,   punct     2  O
        9  met        VERB  VBD ROOT      9  O
        10 today      NOUN  NN  npadvmod  9  B-DATE
        11 .          PUNCT .   punct     9  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "chair", "Audit Committee")}


def test_headed_by_a_titled_name_gives_that_title_the_body():
    """"the Fraud Section, headed by Section Chief Jane Roe": the head's own title is held in the body."""
    release = records(parse(
        "The case is handled by the Fraud Section, headed by Section Chief Jane Roe.",
        """
        0  The        DET   DT  det       1  O
        1  case       NOUN  NN  nsubjpass 3  O
        2  is         AUX   VBZ auxpass   3  O
        3  handled    VERB  VBN ROOT      3  O
        4  by         ADP   IN  agent     3  O
        5  the        DET   DT  det       7  B-ORG
        6  Fraud      PROPN NNP compound  7  I-ORG
        7  Section    PROPN NNP pobj      4  I-ORG
        8  ,          PUNCT ,   punct     7  O
        9  headed     VERB  VBN acl       7  O
        10 by         ADP   IN  agent     9  O
        11 Section    PROPN NNP compound  12 O
        12 Chief      PROPN NNP compound  14 O
        13 Jane       PROPN NNP compound  14 B-PERSON
        14 Roe        PROPN NNP pobj      10 I-PERSON
        15 .          PUNCT .   punct     3  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Section Chief", "Fraud Section")}


def test_headed_to_a_place_makes_no_head():
    """"Jane Roe headed to Springfield": the verb's object is no body, so no office."""
    release = records(parse(
        "Jane Roe headed to Springfield.",
        """
        0  Jane        PROPN NNP compound 1  B-PERSON
        1  Roe         PROPN NNP nsubj    2  I-PERSON
        2  headed      VERB  VBD ROOT     2  O
        3  to          ADP   IN  prep     2  O
        4  Springfield PROPN NNP pobj     3  B-GPE
        5  .           PUNCT .   punct    2  O
        """,
    ))
    assert roles(release) == set()


def test_people_listed_under_a_roster_heading_hold_its_singular_title():
    """"The new members of the Brindle Council are:" then lines "Jane Roe, Director": each listed
    name is a member of the council; the list ends where prose (a finite verb) starts again."""
    release = records(parse(
        "The new members of the Brindle Council are:\n\nJane Roe, Director\n\nTom Poe, Treasurer\n\nAnn Lee said it works.",
        """
        0  The        DET   DT  det      2  O
        1  new        ADJ   JJ  amod     2  O
        2  members    NOUN  NNS nsubj    7  O
        3  of         ADP   IN  prep     2  O
        4  the        DET   DT  det      6  B-ORG
        5  Brindle    PROPN NNP compound 6  I-ORG
        6  Council    PROPN NNP pobj     3  I-ORG
        7  are        AUX   VBP ROOT     7  O
        8  :          PUNCT :   punct    7  O
        9  \\n\\n     SPACE _SP dep      8  O
        10 Jane       PROPN NNP compound 11 B-PERSON
        11 Roe        PROPN NNP ROOT     11 I-PERSON
        12 ,          PUNCT ,   punct    11 O
        13 Director   PROPN NNP appos    11 O
        14 \\n\\n     SPACE _SP dep      13 O
        15 Tom        PROPN NNP compound 16 B-PERSON
        16 Poe        PROPN NNP ROOT     16 I-PERSON
        17 ,          PUNCT ,   punct    16 O
        18 Treasurer  PROPN NNP appos    16 O
        19 \\n\\n     SPACE _SP dep      18 O
        20 Ann        PROPN NNP compound 21 B-PERSON
        21 Lee        PROPN NNP nsubj    22 I-PERSON
        22 said       VERB  VBD ROOT     22 O
        23 it         PRON  PRP nsubj    24 O
        24 works      VERB  VBZ ccomp    22 O
        25 .          PUNCT .   punct    22 O
        """,
    ))
    found = roles(release)
    assert {("Jane Roe", "member", "Brindle Council"), ("Tom Poe", "member", "Brindle Council")} <= found
    assert not {r for r in found if r[0] == "Ann Lee"}


def test_a_body_set_off_after_coordinated_titles_serves_the_bare_titles_before_it():
    """"X, Co-founder and CTO, Brindle Microsystems." in a quote's attribution: the body closing
    the apposition is the organization of both titles."""
    release = records(parse(
        "“It works,” said Jane Roe, Co-founder and CTO, Brindle Microsystems.",
        """
        0  “            PUNCT ``   punct     5   O
        1  It           PRON  PRP  nsubj     2   O
        2  works        VERB  VBZ  ccomp     5   O
        3  ,            PUNCT ,    punct     5   O
        4  ”            PUNCT ''   punct     5   O
        5  said         VERB  VBD  ROOT      5   O
        6  Jane         PROPN NNP  compound  7   B-PERSON
        7  Roe          PROPN NNP  nsubj     5   I-PERSON
        8  ,            PUNCT ,    punct     7   O
        9  Co           NOUN  NN   appos     7   O
        10 -            NOUN  NN   appos     7   O
        11 founder      NOUN  NN   appos     7   O
        12 and          CCONJ CC   cc        11  O
        13 CTO          PROPN NNP  conj      11  O
        14 ,            PUNCT ,    punct     7   O
        15 Brindle      PROPN NNP  compound  16  B-ORG
        16 Microsystems PROPN NNP  appos     7   I-ORG
        17 .            PUNCT .    punct     5   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Co-founder", "Brindle Microsystems"), ("Jane Roe", "CTO", "Brindle Microsystems")}


def test_a_body_set_off_after_coordinated_titles_skips_a_title_with_its_own_complement():
    """"X, Deputy Assistant to the President and Senior Director, Brindle Council": the first
    title has a complement of its own and no organization."""
    release = records(parse(
        "Jane Roe, Deputy Assistant to the President and Senior Director, Brindle Council",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP ROOT     1  I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  Deputy    PROPN NNP compound 4  O
        4  Assistant PROPN NNP appos    1  O
        5  to        ADP   IN  prep     4  O
        6  the       DET   DT  det      7  O
        7  President PROPN NNP pobj     5  O
        8  and       CCONJ CC  cc       4  O
        9  Senior    PROPN NNP compound 10 O
        10 Director  PROPN NNP conj     4  O
        11 ,         PUNCT ,   punct    1  O
        12 Brindle   PROPN NNP compound 13 B-ORG
        13 Council   PROPN NNP appos    1  I-ORG
        """,
    ))
    assert roles(release) == {("Jane Roe", "Deputy Assistant to the President", None), ("Jane Roe", "Senior Director", "Brindle Council")}


def test_a_company_that_appoints_a_person_as_its_title_is_the_titles_organization():
    """"Brindle Inc. has appointed Jane Roe as its new chief executive officer.": the subject of the
    appointing verb is the body; "its new" opens the title."""
    release = records(parse(
        "Brindle Inc. has appointed Jane Roe as its new chief executive officer.",
        """
        0  Brindle   PROPN NNP  compound  1   B-ORG
        1  Inc.      PROPN NNP  nsubj     3   I-ORG
        2  has       AUX   VBZ  aux       3   O
        3  appointed VERB  VBN  ROOT      3   O
        4  Jane      PROPN NNP  compound  5   B-PERSON
        5  Roe       PROPN NNP  dobj      3   I-PERSON
        6  as        ADP   IN   prep      3   O
        7  its       PRON  PRP$ poss      11  O
        8  new       ADJ   JJ   amod      11  O
        9  chief     ADJ   JJ   amod      11  O
        10 executive ADJ   JJ   amod      11  O
        11 officer   NOUN  NN   pobj      6   O
        12 .         PUNCT .    punct     3   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "chief executive officer", "Brindle Inc.")}


def test_a_board_that_names_a_person_as_a_title_is_not_the_titles_organization():
    """"The Board of Directors named Tom Poe as CEO.": a board appoints; it is not the body led."""
    release = records(parse(
        "The Board of Directors named Tom Poe as CEO.",
        """
        0  The       DET   DT   det       1   B-ORG
        1  Board     PROPN NNP  nsubj     4   I-ORG
        2  of        ADP   IN   prep      1   I-ORG
        3  Directors PROPN NNPS pobj      2   I-ORG
        4  named     VERB  VBD  ROOT      4   O
        5  Tom       PROPN NNP  compound  6   B-PERSON
        6  Poe       PROPN NNP  dobj      4   I-PERSON
        7  as        ADP   IN   prep      4   O
        8  CEO       PROPN NNP  pobj      7   O
        9  .         PUNCT .    punct     4   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "CEO", None)}


def test_post_nominal_letters_between_a_name_and_its_title_are_skipped():
    """"Jane Roe, Ph.D., MBA, Chief Executive Officer of Brindle Health": the degrees set off after
    the name do not end the apposition."""
    release = records(parse(
        "Jane Roe, Ph.D., MBA, Chief Executive Officer of Brindle Health, spoke.",
        """
        0  Jane      PROPN NNP  compound  1   B-PERSON
        1  Roe       PROPN NNP  nsubj     14  I-PERSON
        2  ,         PUNCT ,    punct     1   O
        3  Ph.D.     PROPN NNP  appos     1   O
        4  ,         PUNCT ,    punct     3   O
        5  MBA       PROPN NNP  conj      3   O
        6  ,         PUNCT ,    punct     5   O
        7  Chief     PROPN NNP  compound  9   O
        8  Executive PROPN NNP  compound  9   O
        9  Officer   PROPN NNP  conj      5   O
        10 of        ADP   IN   prep      9   O
        11 Brindle   PROPN NNP  compound  12  B-ORG
        12 Health    PROPN NNP  pobj      10  I-ORG
        13 ,         PUNCT ,    punct     1   O
        14 spoke     VERB  VBD  ROOT      14  O
        15 .         PUNCT .    punct     14  O
        """,
    ))
    assert roles(release) == {("Jane Roe", "Chief Executive Officer", "Brindle Health")}


def test_a_plural_title_after_listed_names_gives_each_the_singular_title():
    """"Jane Roe and Dr. Tom Poe, members of the Supervisory Board of Brindle AG": each person of
    the list the plural apposition follows holds the title in the body."""
    release = records(parse(
        "Jane Roe and Dr. Tom Poe, members of the Supervisory Board of Brindle AG, resigned.",
        """
        0  Jane        PROPN NNP  compound  1   B-PERSON
        1  Roe         PROPN NNP  nsubj     16  I-PERSON
        2  and         CCONJ CC   cc        1   O
        3  Dr.         PROPN NNP  compound  5   O
        4  Tom         PROPN NNP  compound  5   B-PERSON
        5  Poe         PROPN NNP  conj      1   I-PERSON
        6  ,           PUNCT ,    punct     1   O
        7  members     NOUN  NNS  appos     1   O
        8  of          ADP   IN   prep      7   O
        9  the         DET   DT   det       11  B-ORG
        10 Supervisory PROPN NNP  compound  11  I-ORG
        11 Board       PROPN NNP  pobj      8   I-ORG
        12 of          ADP   IN   prep      11  I-ORG
        13 Brindle     PROPN NNP  compound  14  I-ORG
        14 AG          PROPN NNP  pobj      12  I-ORG
        15 ,           PUNCT ,    punct     1   O
        16 resigned    VERB  VBD  ROOT      16  O
        17 .           PUNCT .    punct     16  O
        """,
    ))
    found = roles(release)
    assert {r[:2] for r in found} == {("Jane Roe", "member"), ("Tom Poe", "member")}
    assert all(r[2] for r in found)


def test_a_plural_title_naming_no_body_after_listed_names_gives_no_role():
    """"Jane Roe and Tom Poe, members of the ring": a group, not a seat in a body."""
    release = records(parse(
        "Jane Roe and Tom Poe, members of the ring, pleaded guilty.",
        """
        0  Jane     PROPN NNP compound 1  B-PERSON
        1  Roe      PROPN NNP nsubj    11 I-PERSON
        2  and      CCONJ CC  cc       1  O
        3  Tom      PROPN NNP compound 4  B-PERSON
        4  Poe      PROPN NNP conj     1  I-PERSON
        5  ,        PUNCT ,   punct    1  O
        6  members  NOUN  NNS appos    1  O
        7  of       ADP   IN  prep     6  O
        8  the      DET   DT  det      9  O
        9  ring     NOUN  NN  pobj     7  O
        10 ,        PUNCT ,   punct    1  O
        11 pleaded  VERB  VBD ROOT     11 O
        12 guilty   ADJ   JJ  acomp    11 O
        13 .        PUNCT .   punct    11 O
        """,
    ))
    assert roles(release) == set()


def test_titles_listed_with_commas_and_a_last_and_before_a_name_are_all_its_own():
    """"Acme Inc. Chairman, President and CEO Tom Poe": the comma joins the first title to the
    "and" list before the name; the body before the list serves all three."""
    release = records(parse(
        "Acme Inc. Chairman, President and CEO Tom Poe agreed.",
        """
        0  Acme      PROPN NNP  compound  1   B-ORG
        1  Inc.      PROPN NNP  compound  2   I-ORG
        2  Chairman  PROPN NNP  nsubj     9   O
        3  ,         PUNCT ,    punct     2   O
        4  President PROPN NNP  appos     2   O
        5  and       CCONJ CC   cc        4   O
        6  CEO       PROPN NNP  conj      4   O
        7  Tom       PROPN NNP  compound  8   B-PERSON
        8  Poe       PROPN NNP  appos     2   I-PERSON
        9  agreed    VERB  VBD  ROOT      9   O
        10 .         PUNCT .    punct     9   O
        """,
    ))
    assert roles(release) == {("Tom Poe", "Chairman", "Acme Inc."), ("Tom Poe", "President", "Acme Inc."), ("Tom Poe", "CEO", "Acme Inc.")}


def test_a_copular_title_joined_to_one_closed_by_of_org_shares_its_organization():
    """"Jane Roe was a fellow and president of the Brindle Academy of Sciences": the subject holds
    both titles, and the body closing the second serves the first."""
    release = records(parse(
        "Jane Roe was a fellow and president of the Brindle Academy of Sciences.",
        """
        0  Jane      PROPN NNP  compound  1   B-PERSON
        1  Roe       PROPN NNP  nsubj     2   I-PERSON
        2  was       AUX   VBD  ROOT      2   O
        3  a         DET   DT   det       4   O
        4  fellow    NOUN  NN   attr      2   O
        5  and       CCONJ CC   cc        4   O
        6  president NOUN  NN   conj      4   O
        7  of        ADP   IN   prep      6   O
        8  the       DET   DT   det       10  B-ORG
        9  Brindle   PROPN NNP  compound  10  I-ORG
        10 Academy   PROPN NNP  pobj      7   I-ORG
        11 of        ADP   IN   prep      10  I-ORG
        12 Sciences  PROPN NNPS pobj      11  I-ORG
        13 .         PUNCT .    punct     2   O
        """,
    ))
    assert roles(release) == {("Jane Roe", "fellow", "Brindle Academy of Sciences"), ("Jane Roe", "president", "Brindle Academy of Sciences")}
