"""Organizations of company, association and university releases (pipeline/extraction/components/
organizations.py) on hand-built parses: what the model tags ORG in the run-in labels, headings and
lists these releases are written with."""

from __future__ import annotations

from pipeline.extraction.components.organizations import after_glued_heading, after_run_in_label, label_closing_heading_words, named_after_owned_thing, portfolio_before_employer, verb_ing_form
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
    """"... Acme Labs launched Zorvik Signals. Zorvik Signals marks a milestone.": the release
    brings the name out as a product once; the model's ORG at its next mention (past the
    release's opening) is that product too."""
    doc = parse(
        "Acme Labs grew. It hired staff. Acme Labs launched Zorvik Signals. Zorvik Signals marks a milestone.",
        """
        0  Acme       PROPN NNP compound 1  B-ORG
        1  Labs       PROPN NNP nsubj    2  I-ORG
        2  grew       VERB  VBD ROOT     2  O
        3  .          PUNCT .   punct    2  O
        4  It         PRON  PRP nsubj    5  O
        5  hired      VERB  VBD ROOT     5  O
        6  staff      NOUN  NN  dobj     5  O
        7  .          PUNCT .   punct    5  O
        8  Acme       PROPN NNP compound 9  B-ORG
        9  Labs       PROPN NNP nsubj    10 I-ORG
        10 launched   VERB  VBD ROOT     10 O
        11 Zorvik     PROPN NNP compound 12 B-ORG
        12 Signals    PROPN NNP dobj     10 I-ORG
        13 .          PUNCT .   punct    10 O
        14 Zorvik     PROPN NNP compound 15 B-ORG
        15 Signals    PROPN NNP nsubj    16 I-ORG
        16 marks      VERB  VBZ ROOT     16 O
        17 a          DET   DT  det      18 O
        18 milestone  NOUN  NN  dobj     16 O
        19 .          PUNCT .   punct    16 O
        """,
    )
    assert org_names(records(doc)) == {"Acme Labs"}


def test_a_name_apposed_after_an_owned_product_noun_is_the_product_at_its_other_mentions():
    """"Acme Labs unveiled its storytelling app, Quillby, today. ... Quillby turns text into
    video.": the name apposed after the owner's "app" names the app wherever the model tags it
    ORG past the release's opening."""
    doc = parse(
        "Acme Labs unveiled its storytelling app, Quillby, today. It hired staff. Quillby turns text into video.",
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
        11 It            PRON  PRP  nsubj    12 O
        12 hired         VERB  VBD  ROOT     12 O
        13 staff         NOUN  NN   dobj     12 O
        14 .             PUNCT .    punct    12 O
        15 Quillby       PROPN NNP  nsubj    16 B-ORG
        16 turns         VERB  VBZ  ROOT     16 O
        17 text          NOUN  NN   dobj     16 O
        18 into          ADP   IN   prep     16 O
        19 video         NOUN  NN   pobj     18 O
        20 .             PUNCT .    punct    16 O
        """,
    )
    assert org_names(records(doc)) == {"Acme Labs"}


def test_a_subject_after_an_opening_phrase_with_an_owned_product_noun_stays_a_body():
    """Near miss: "Through its open platform, Zorvik promotes growth.": the name after the comma is
    the subject of the clause, not an apposition to "platform"."""
    doc = parse(
        "Through its open platform, Zorvik promotes growth.",
        """
        0  Through   ADP   IN   prep     6  O
        1  its       PRON  PRP$ poss     3  O
        2  open      ADJ   JJ   amod     3  O
        3  platform  NOUN  NN   pobj     0  O
        4  ,         PUNCT ,    punct    6  O
        5  Zorvik    PROPN NNP  nsubj    6  B-ORG
        6  promotes  VERB  VBZ  ROOT     6  O
        7  growth    NOUN  NN   dobj     6  O
        8  .         PUNCT .    punct    6  O
        """,
    )
    assert not named_after_owned_thing(doc, 5, 6)


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


def test_a_phrase_opening_with_a_verbs_ing_form_after_a_comma_is_a_theme_not_a_body():
    """"The meeting theme, Unlocking Opportunities, reflects growth.": the model's ORG over a
    gerund and its object, written once after a comma, is a theme's words."""
    doc = parse(
        "The meeting theme, Unlocking Opportunities, reflects growth.",
        """
        0  The            DET   DT  det      2  O
        1  meeting        NOUN  NN  compound 2  O
        2  theme          NOUN  NN  nsubj    7  O
        3  ,              PUNCT ,   punct    2  O
        4  Unlocking      PROPN NNP compound 5  B-ORG
        5  Opportunities  PROPN NNP appos    2  I-ORG
        6  ,              PUNCT ,   punct    2  O
        7  reflects       VERB  VBZ ROOT     7  O
        8  growth         NOUN  NN  dobj     7  O
        9  .              PUNCT .   punct    7  O
        """,
    )
    assert org_names(records(doc)) == set()
    assert verb_ing_form("Unlocking") and verb_ing_form("Competing") and not verb_ing_form("Spring") and not verb_ing_form("Sterling")


def test_a_gerund_name_after_a_preposition_or_alone_on_its_line_stays_a_body():
    """Near misses: "an investment from Rising Tide." (after a preposition) and "Reconstructing
    Judaism" alone on a line of a list of bodies are names."""
    doc = parse(
        "It won an investment from Rising Tide.",
        """
        0  It          PRON  PRP nsubj    1  O
        1  won         VERB  VBD ROOT     1  O
        2  an          DET   DT  det      3  O
        3  investment  NOUN  NN  dobj     1  O
        4  from        ADP   IN  prep     3  O
        5  Rising      PROPN NNP compound 6  B-ORG
        6  Tide        PROPN NNP pobj     4  I-ORG
        7  .           PUNCT .   punct    1  O
        """,
    )
    assert org_names(records(doc)) == {"Rising Tide"}
    doc = parse(
        "Signers:\nReconstructing Judaism\nThe Rabbinical Assembly",
        """
        0  Signers         NOUN  NNS ROOT     0  O
        1  :               PUNCT :   punct    0  O
        2  \\n             SPACE _SP dep      1  O
        3  Reconstructing  PROPN NNP compound 4  B-ORG
        4  Judaism         PROPN NNP appos    0  I-ORG
        5  \\n             SPACE _SP dep      4  O
        6  The             DET   DT  det      8  O
        7  Rabbinical      PROPN NNP compound 8  B-ORG
        8  Assembly        PROPN NNP appos    4  I-ORG
        """,
    )
    assert "Reconstructing Judaism" in org_names(records(doc))


def test_a_platform_where_a_body_posts_is_no_body():
    """"Quillby Capital posts updates on Twitter and Telegram.": a social-media or messaging
    platform (patterns/channel_name_ends) the release only posts on is a product, no body."""
    doc = parse(
        "Quillby Capital posts updates on Twitter and Telegram.",
        """
        0  Quillby   PROPN NNP compound 1  B-ORG
        1  Capital   PROPN NNP nsubj    2  I-ORG
        2  posts     VERB  VBZ ROOT     2  O
        3  updates   NOUN  NNS dobj     2  O
        4  on        ADP   IN  prep     2  O
        5  Twitter   PROPN NNP pobj     4  B-ORG
        6  and       CCONJ CC  cc       5  O
        7  Telegram  PROPN NNP conj     5  B-ORG
        8  .         PUNCT .   punct    2  O
        """,
    )
    assert org_names(records(doc)) == {"Quillby Capital"}


def test_a_platform_written_as_a_company_stays_a_body():
    """Near miss: "She served at Pinterest (NYSE: PINS)." names the company by its ticker."""
    doc = parse(
        "She served at Pinterest (NYSE: PINS).",
        """
        0  She        PRON  PRP nsubj    1  O
        1  served     VERB  VBD ROOT     1  O
        2  at         ADP   IN  prep     1  O
        3  Pinterest  PROPN NNP pobj     2  B-ORG
        4  (          PUNCT -LRB- punct  3  O
        5  NYSE       PROPN NNP appos    3  B-ORG
        6  :          PUNCT :   punct    5  O
        7  PINS       PROPN NNP appos    5  O
        8  )          PUNCT -RRB- punct  3  O
        9  .          PUNCT .   punct    1  O
        """,
    )
    assert "Pinterest" in org_names(records(doc))


def test_a_models_org_run_from_a_glued_heading_is_cut_after_the_glued_word():
    """"Market AnticipationThe Quillby Securities Commission approved it.": a heading's last word
    glued to the sentence's first ("AnticipationThe") opens no name; the body is after it."""
    doc = parse(
        "Market AnticipationThe Quillby Securities Commission approved it.",
        """
        0  Market          PROPN NNP compound 4  B-ORG
        1  AnticipationThe PROPN NNP compound 4  I-ORG
        2  Quillby         PROPN NNP compound 4  I-ORG
        3  Securities      PROPN NNP compound 4  I-ORG
        4  Commission      PROPN NNP nsubj    5  I-ORG
        5  approved        VERB  VBD ROOT     5  O
        6  it              PRON  PRP dobj     5  O
        7  .               PUNCT .   punct    5  O
        """,
    )
    assert after_glued_heading(doc[0:5]).text == "Quillby Securities Commission"
    assert org_names(records(doc)) == {"Quillby Securities Commission"}


def test_a_heading_glued_to_a_sentence_opener_names_no_body():
    """"Groundbreaking FeaturesAs the project grows, ...": the model's ORG ends in a word glued to
    the opener of the sentence under the heading ("As"): no body."""
    doc = parse(
        "Groundbreaking FeaturesAs the project grows, users join.",
        """
        0  Groundbreaking  PROPN NNP compound 1  B-ORG
        1  FeaturesAs      PROPN NNP nsubj    4  I-ORG
        2  the             DET   DT  det      3  O
        3  project         NOUN  NN  nsubj    4  O
        4  grows           VERB  VBZ advcl    7  O
        5  ,               PUNCT ,   punct    7  O
        6  users           NOUN  NNS nsubj    7  O
        7  join            VERB  VBP ROOT     7  O
        8  .               PUNCT .   punct    7  O
        """,
    )
    assert org_names(records(doc)) == set()


def test_a_brand_written_in_two_capitals_is_not_a_glued_heading():
    """Near miss: "EyeOn Capital signed the deal." ("On" opens no sentence here) stays whole."""
    doc = parse(
        "EyeOn Capital signed the deal.",
        """
        0  EyeOn    PROPN NNP compound 1  B-ORG
        1  Capital  PROPN NNP nsubj    2  I-ORG
        2  signed   VERB  VBD ROOT     2  O
        3  the      DET   DT  det      4  O
        4  deal     NOUN  NN  dobj     2  O
        5  .        PUNCT .   punct    2  O
        """,
    )
    assert after_glued_heading(doc[0:2]).text == "EyeOn Capital"
    assert org_names(records(doc)) == {"EyeOn Capital"}


def test_a_label_closing_a_line_of_heading_words_before_a_colon_names_no_body():
    """"Estate and Gift Tax Planning: Designing strategies.": the model's ORG closes a line of
    heading words and a colon follows; a label, no body."""
    doc = parse(
        "Estate and Gift Tax Planning: Designing strategies.",
        """
        0  Estate     PROPN NNP ROOT     0  O
        1  and        CCONJ CC  cc       0  O
        2  Gift       PROPN NNP compound 4  B-ORG
        3  Tax        PROPN NNP compound 4  I-ORG
        4  Planning   PROPN NNP conj     0  I-ORG
        5  :          PUNCT :   punct    0  O
        6  Designing  VERB  VBG appos    0  O
        7  strategies NOUN  NNS dobj     6  O
        8  .          PUNCT .   punct    0  O
        """,
    )
    assert label_closing_heading_words(doc, 2, 5)
    assert org_names(records(doc)) == set()


def test_a_label_opening_a_sentence_before_a_colon_names_no_body():
    """"Plans change. Flexible Options: Coaches track each plan.": a feed lost the line break
    before the label; it opens a sentence and a colon closes it."""
    doc = parse(
        "Plans change. Flexible Options: Coaches track each plan.",
        """
        0  Plans       NOUN  NNS nsubj    1  O
        1  change      VERB  VBP ROOT     1  O
        2  .           PUNCT .   punct    1  O
        3  Flexible    PROPN NNP compound 4  B-ORG
        4  Options     PROPN NNP ROOT     4  I-ORG
        5  :           PUNCT :   punct    4  O
        6  Coaches     NOUN  NNS nsubj    7  O
        7  track       VERB  VBP appos    4  O
        8  each        DET   DT  det      9  O
        9  plan        NOUN  NN  dobj     7  O
        10 .           PUNCT .   punct    4  O
        """,
    )
    assert label_closing_heading_words(doc, 3, 5)
    assert org_names(records(doc)) == set()


def test_a_name_before_a_colon_in_a_sentence_stays_a_body():
    """Near miss: "Funding came from Blue Harbor: it closed the round." (a sentence's words
    before the name) and a name before a quote keep their body."""
    doc = parse(
        "Funding came from Blue Harbor: it closed the round.",
        """
        0  Funding  NOUN  NN  nsubj    1  O
        1  came     VERB  VBD ROOT     1  O
        2  from     ADP   IN  prep     1  O
        3  Blue     PROPN NNP compound 4  B-ORG
        4  Harbor   PROPN NNP pobj     2  I-ORG
        5  :        PUNCT :   punct    1  O
        6  it       PRON  PRP nsubj    7  O
        7  closed   VERB  VBD ccomp    1  O
        8  the      DET   DT  det      9  O
        9  round    NOUN  NN  dobj     7  O
        10 .        PUNCT .   punct    1  O
        """,
    )
    assert not label_closing_heading_words(doc, 3, 5)
    assert org_names(records(doc)) == {"Blue Harbor"}



def test_a_long_form_stops_at_a_word_glued_to_the_sentences_opener():
    """"Market AnticipationThe Quillby Securities Commission (QSC) approved it.": the acronym's
    long form stops at the heading's glued word, as the name rules do."""
    doc = parse(
        "Market AnticipationThe Quillby Securities Commission (QSC) approved it.",
        """
        0  Market          PROPN NNP compound 4  B-ORG
        1  AnticipationThe PROPN NNP compound 4  I-ORG
        2  Quillby         PROPN NNP compound 4  I-ORG
        3  Securities      PROPN NNP compound 4  I-ORG
        4  Commission      PROPN NNP nsubj    8  I-ORG
        5  (               PUNCT -LRB- punct  4  O
        6  QSC             PROPN NNP appos    4  B-ORG
        7  )               PUNCT -RRB- punct  4  O
        8  approved        VERB  VBD ROOT     8  O
        9  it              PRON  PRP dobj     8  O
        10 .               PUNCT .   punct    8  O
        """,
    )
    assert org_names(records(doc)) == {"Quillby Securities Commission"}


def test_a_label_after_from_names_the_body_the_lines_come_from():
    """Near miss: "From the White House: Jane Roe" names the body the people listed come from."""
    doc = parse(
        "From the White House: Jane Roe",
        """
        0  From   ADP   IN  ROOT     0  O
        1  the    DET   DT  det      3  O
        2  White  PROPN NNP compound 3  B-ORG
        3  House  PROPN NNP pobj     0  I-ORG
        4  :      PUNCT :   punct    0  O
        5  Jane   PROPN NNP compound 6  B-PERSON
        6  Roe    PROPN NNP appos    0  I-PERSON
        """,
    )
    assert not label_closing_heading_words(doc, 2, 4)
    assert "White House" in org_names(records(doc))


def test_a_titles_portfolio_before_the_employer_names_no_body():
    """"Jane Roe, Director, Talent and Culture, Focus Brands": the common words after the title
    and its comma, before a comma and the employer, are the title's portfolio, not a body."""
    doc = parse(
        "Jane Roe, Director, Talent and Culture, Focus Brands",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP ROOT     1  I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  Director  PROPN NNP appos    1  O
        4  ,         PUNCT ,   punct    3  O
        5  Talent    PROPN NNP appos    3  B-ORG
        6  and       CCONJ CC  cc       5  I-ORG
        7  Culture   PROPN NNP conj     5  I-ORG
        8  ,         PUNCT ,   punct    5  O
        9  Focus     PROPN NNP compound 10 B-ORG
        10 Brands    PROPN NNP appos    5  I-ORG
        """,
    )
    assert portfolio_before_employer(doc[5:8])
    assert not portfolio_before_employer(doc[9:11])
    assert org_names(records(doc)) == {"Focus Brands"}


def test_a_name_after_a_title_that_closes_its_line_is_the_employer():
    """"Jane Roe, Vice President, Global Markets." (no employer after it) and "Jane Roe, CEO,
    Golden Harvest, Toronto" (no portfolio word) keep the model's ORG: the name is the body."""
    doc = parse(
        "Jane Roe, Vice President, Global Markets.",
        """
        0  Jane       PROPN NNP compound 1  B-PERSON
        1  Roe        PROPN NNP ROOT     1  I-PERSON
        2  ,          PUNCT ,   punct    1  O
        3  Vice       PROPN NNP compound 4  O
        4  President  PROPN NNP appos    1  O
        5  ,          PUNCT ,   punct    4  O
        6  Global     PROPN NNP compound 7  B-ORG
        7  Markets    PROPN NNPS appos   4  I-ORG
        8  .          PUNCT .   punct    1  O
        """,
    )
    assert not portfolio_before_employer(doc[6:8])
    doc = parse(
        "Jane Roe, CEO, Golden Harvest, Toronto",
        """
        0  Jane     PROPN NNP compound 1  B-PERSON
        1  Roe      PROPN NNP ROOT     1  I-PERSON
        2  ,        PUNCT ,   punct    1  O
        3  CEO      PROPN NNP appos    1  O
        4  ,        PUNCT ,   punct    3  O
        5  Golden   PROPN NNP compound 6  B-ORG
        6  Harvest  PROPN NNP appos    3  I-ORG
        7  ,        PUNCT ,   punct    6  O
        8  Toronto  PROPN NNP appos    6  B-GPE
        """,
    )
    assert not portfolio_before_employer(doc[5:7])
