"""Roles on company, association and university releases (titles.py, roles.py) on hand-built
parses: titles over coordinated fields, bodies named by web domains, possessors and
pre-modifiers the model does not call ORG, and sign-off lines."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import roles


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
