"""Organizations of company, association and university releases (pipeline/extraction/components/
organizations.py) on hand-built parses: what the model tags ORG in the run-in labels, headings and
lists these releases are written with."""

from __future__ import annotations

from pipeline.extraction.components.organizations import after_run_in_label
from tests.handbuilt import parse, records
from tests.support import org_names


def test_a_run_in_label_before_a_colon_is_cut_from_the_models_org():
    """"Future Capital Deployment: Fortun Advance has secured ...": the model's ORG runs over the
    label; the body is the part after the colon."""
    doc = parse(
        "Future Capital Deployment: Fortun Advance has secured funding.",
        """
        0  Future      PROPN NNP compound 2  B-ORG
        1  Capital     PROPN NNP compound 2  I-ORG
        2  Deployment  PROPN NNP nsubj    7  I-ORG
        3  :           PUNCT :   punct    2  I-ORG
        4  Fortun      PROPN NNP compound 5  I-ORG
        5  Advance     PROPN NNP nsubj    7  I-ORG
        6  has         AUX   VBZ aux      7  O
        7  secured     VERB  VBN ROOT     7  O
        8  funding     NOUN  NN  dobj     7  O
        9  .           PUNCT .   punct    7  O
        """,
    )
    assert after_run_in_label(doc[0:6]).text == "Fortun Advance"
    assert org_names(records(doc)) == {"Fortun Advance"}


def test_a_label_with_a_verb_or_common_words_after_its_colon_names_no_body():
    """"Fast Block Times: Achieving rapid block times ...", "The Path Forward: Diversification and
    Growth": the label and the word after it, or a heading's common words, are no body."""
    doc = parse(
        "Fast Block Times: Achieving rapid block times is crucial.",
        """
        0  Fast       PROPN NNP compound 2  B-ORG
        1  Block      PROPN NNP compound 2  I-ORG
        2  Times      PROPN NNP nsubj    9  I-ORG
        3  :          PUNCT :   punct    2  I-ORG
        4  Achieving  VERB  VBG csubj    9  I-ORG
        5  rapid      ADJ   JJ  amod     7  O
        6  block      NOUN  NN  compound 7  O
        7  times      NOUN  NNS dobj     4  O
        8  is         AUX   VBZ aux      9  O
        9  crucial    ADJ   JJ  ROOT     9  O
        10 .          PUNCT .   punct    9  O
        """,
    )
    assert org_names(records(doc)) == set()
    doc = parse(
        "The Path Forward: Diversification and Growth",
        """
        0  The              DET   DT  det      1  O
        1  Path             PROPN NNP ROOT     1  B-ORG
        2  Forward          PROPN NNP compound 1  I-ORG
        3  :                PUNCT :   punct    1  I-ORG
        4  Diversification  PROPN NNP appos    1  I-ORG
        5  and              CCONJ CC  cc       4  I-ORG
        6  Growth           PROPN NNP conj     4  I-ORG
        """,
    )
    assert len(after_run_in_label(doc[1:7])) == 0
    assert org_names(records(doc)) == set()


def test_a_models_org_with_no_colon_is_kept_whole():
    """Near miss: "Quillby Capital Partners has secured funding." keeps its whole name."""
    doc = parse(
        "Quillby Capital Partners has secured funding.",
        """
        0  Quillby   PROPN NNP compound 2  B-ORG
        1  Capital   PROPN NNP compound 2  I-ORG
        2  Partners  PROPN NNP nsubj    4  I-ORG
        3  has       AUX   VBZ aux      4  O
        4  secured   VERB  VBN ROOT     4  O
        5  funding   NOUN  NN  dobj     4  O
        6  .         PUNCT .   punct    4  O
        """,
    )
    assert after_run_in_label(doc[0:3]).text == "Quillby Capital Partners"
    assert org_names(records(doc)) == {"Quillby Capital Partners"}


def test_a_name_launched_as_a_product_is_no_body_at_its_other_mentions():
    """"Acme Labs launched Zorvik Signals. Zorvik Signals marks a milestone.": the release brings
    the name out as a product once; the model's ORG at its next mention is that product too."""
    doc = parse(
        "Acme Labs launched Zorvik Signals. Zorvik Signals marks a milestone.",
        """
        0  Acme       PROPN NNP compound 1  B-ORG
        1  Labs       PROPN NNP nsubj    2  I-ORG
        2  launched   VERB  VBD ROOT     2  O
        3  Zorvik     PROPN NNP compound 4  B-ORG
        4  Signals    PROPN NNP dobj     2  I-ORG
        5  .          PUNCT .   punct    2  O
        6  Zorvik     PROPN NNP compound 7  B-ORG
        7  Signals    PROPN NNP nsubj    8  I-ORG
        8  marks      VERB  VBZ ROOT     8  O
        9  a          DET   DT  det      10 O
        10 milestone  NOUN  NN  dobj     8  O
        11 .          PUNCT .   punct    8  O
        """,
    )
    assert org_names(records(doc)) == {"Acme Labs"}


def test_a_name_apposed_after_an_owned_product_noun_is_the_product_at_its_other_mentions():
    """"Acme Labs unveiled its storytelling app, Quillby, today. Quillby turns text into video.":
    the name apposed after the owner's "app" names the app wherever the model tags it ORG."""
    doc = parse(
        "Acme Labs unveiled its storytelling app, Quillby, today. Quillby turns text into video.",
        """
        0  Acme          PROPN NNP  compound 1  B-ORG
        1  Labs          PROPN NNP  nsubj    2  I-ORG
        2  unveiled      VERB  VBD  ROOT     2  O
        3  its           PRON  PRP$ poss     5  O
        4  storytelling  ADJ   JJ   amod     5  O
        5  app           NOUN  NN   dobj     2  O
        6  ,             PUNCT ,    punct    5  O
        7  Quillby       PROPN NNP  appos    5  B-GPE
        8  ,             PUNCT ,    punct    5  O
        9  today         NOUN  NN   npadvmod 2  O
        10 .             PUNCT .    punct    2  O
        11 Quillby       PROPN NNP  nsubj    12 B-ORG
        12 turns         VERB  VBZ  ROOT     12 O
        13 text          NOUN  NN   dobj     12 O
        14 into          ADP   IN   prep     12 O
        15 video         NOUN  NN   pobj     14 O
        16 .             PUNCT .    punct    12 O
        """,
    )
    assert org_names(records(doc)) == {"Acme Labs"}


def test_a_program_named_after_the_not_an_owner_keeps_the_body():
    """Near miss: "claims to Medicare ... billed the Medicare program": "the" is no owner, so the
    body is not read as its program."""
    doc = parse(
        "They billed Medicare. They billed the Medicare program.",
        """
        0  They      PRON  PRP nsubj    1  O
        1  billed    VERB  VBD ROOT     1  O
        2  Medicare  PROPN NNP dobj     1  B-ORG
        3  .         PUNCT .   punct    1  O
        4  They      PRON  PRP nsubj    5  O
        5  billed    VERB  VBD ROOT     5  O
        6  the       DET   DT  det      8  O
        7  Medicare  PROPN NNP compound 8  B-ORG
        8  program   NOUN  NN  dobj     5  O
        9  .         PUNCT .   punct    5  O
        """,
    )
    assert org_names(records(doc)) == {"Medicare"}


def test_a_name_written_as_a_company_elsewhere_stays_a_body():
    """Near miss: "Acme Labs launched Zorvik. ... Zorvik, a leading software company, ...": the
    release also calls the name a company, so its mentions stay a body's."""
    doc = parse(
        "Acme Labs launched Zorvik. Zorvik, a leading software company, grew.",
        """
        0  Acme      PROPN NNP compound 1  B-ORG
        1  Labs      PROPN NNP nsubj    2  I-ORG
        2  launched  VERB  VBD ROOT     2  O
        3  Zorvik    PROPN NNP dobj     2  B-ORG
        4  .         PUNCT .   punct    2  O
        5  Zorvik    PROPN NNP nsubj    12 B-ORG
        6  ,         PUNCT ,   punct    5  O
        7  a         DET   DT  det      10 O
        8  leading   ADJ   JJ  amod     10 O
        9  software  NOUN  NN  compound 10 O
        10 company   NOUN  NN  appos    5  O
        11 ,         PUNCT ,   punct    5  O
        12 grew      VERB  VBD ROOT     12 O
        13 .         PUNCT .   punct    12 O
        """,
    )
    assert "Zorvik" in org_names(records(doc))
