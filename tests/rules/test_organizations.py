"""Organization mentions and clusters (pipeline/extraction/components/organizations.py) on
hand-built parses: names built around a head word, lost and kept possessives, lower-case
bodies, national governments, company short forms, anaphora, two word orders of one body, and
what the model tags ORG but is no body."""

from __future__ import annotations

from pipeline.extraction.components.organizations import across_spaced_dash, acts_as_body, fold_short_forms, headings_glued_to_names, list_items
from pipeline.extraction.contract import OrgCluster, OrgMention
from tests.handbuilt import parse, records
from tests.support import org_named, org_names


def test_a_head_word_name_runs_left_through_and_though_the_model_tags_no_org():
    """The rule reads "National Development and Reform Commission" from the head word alone: the NER tags no ORG here."""
    release = records(parse(
        "Peng Sen, Vice Chairman of the National Development and Reform Commission, spoke.",
        """
        0  Peng        PROPN NNP compound 1  B-PERSON
        1  Sen         PROPN NNP nsubj    13 I-PERSON
        2  ,           PUNCT ,   punct    1  O
        3  Vice        PROPN NNP compound 4  O
        4  Chairman    PROPN NNP appos    1  O
        5  of          ADP   IN  prep     4  O
        6  the         DET   DT  det      11 O
        7  National    PROPN NNP nmod     11 O
        8  Development PROPN NNP nmod     11 O
        9  and         CCONJ CC  cc       8  O
        10 Reform      PROPN NNP conj     8  O
        11 Commission  PROPN NNP pobj     5  O
        12 ,           PUNCT ,   punct    1  O
        13 spoke       VERB  VBD ROOT     13 O
        14 .           PUNCT .   punct    13 O
        """,
    ))
    assert org_names(release) == {"National Development and Reform Commission"}
    assert [e.mention for e in release.organizations[0].evidence] == ["National Development and Reform Commission"]


def test_a_possessive_that_lost_its_apostrophe_splits_the_parent_from_the_unit():
    """"the Department of Justices Antitrust Division": the Department of Justice, and its Antitrust Division."""
    release = records(parse(
        "Assistant Attorney General Christine Varney of the Department of Justices Antitrust Division signed it.",
        """
        0  Assistant  PROPN NNP  compound 2  O
        1  Attorney   PROPN NNP  compound 2  O
        2  General    PROPN NNP  compound 4  O
        3  Christine  PROPN NNP  compound 4  B-PERSON
        4  Varney     PROPN NNP  nsubj    12 I-PERSON
        5  of         ADP   IN   prep     4  O
        6  the        DET   DT   det      7  B-ORG
        7  Department PROPN NNP  nmod     11 I-ORG
        8  of         ADP   IN   prep     7  I-ORG
        9  Justices   PROPN NNPS pobj     8  I-ORG
        10 Antitrust  PROPN NNP  compound 11 I-ORG
        11 Division   PROPN NNP  pobj     5  I-ORG
        12 signed     VERB  VBD  ROOT     12 O
        13 it         PRON  PRP  dobj     12 O
        14 .          PUNCT .    punct    12 O
        """,
    ))
    assert org_names(release) == {"Department of Justice", "Antitrust Division"}
    assert org_named(release, "Antitrust Division").parent == "Department of Justice"
    assert org_named(release, "Department of Justice").parent is None


def test_a_possessive_gives_the_unit_after_it_its_parent():
    """"the Justice Department's Criminal Division": two bodies, the second inside the first."""
    release = records(parse(
        "Assistant Attorney General Lanny A. Breuer of the Justice Department's Criminal Division announced the charges.",
        """
        0  Assistant  PROPN NNP compound 2  O
        1  Attorney   PROPN NNP compound 2  O
        2  General    PROPN NNP compound 5  O
        3  Lanny      PROPN NNP compound 5  B-PERSON
        4  A.         PROPN NNP compound 5  I-PERSON
        5  Breuer     PROPN NNP nsubj    13 I-PERSON
        6  of         ADP   IN  prep     5  O
        7  the        DET   DT  det      9  B-ORG
        8  Justice    PROPN NNP compound 9  I-ORG
        9  Department PROPN NNP poss     12 I-ORG
        10 's         PART  POS case     9  I-ORG
        11 Criminal   PROPN NNP compound 12 B-ORG
        12 Division   PROPN NNP pobj     6  I-ORG
        13 announced  VERB  VBD ROOT     13 O
        14 the        DET   DT  det      15 O
        15 charges    NOUN  NNS dobj     13 O
        16 .          PUNCT .   punct    13 O
        """,
    ))
    assert org_named(release, "Criminal Division").parent == "Justice Department"
    assert org_named(release, "Justice Department").parent is None


def test_a_lower_case_ministry_of_a_domain_and_country_is_a_body_named_in_title_case():
    """"the ministry of labour of Luxembourg": a lower-case head, "of", a domain and a place."""
    release = records(parse(
        "Hosted by the ministry of labour of Luxembourg, the Summit brought together officials.",
        """
        0  Hosted     VERB  VBN advcl  11 O
        1  by         ADP   IN  agent  0  O
        2  the        DET   DT  det    3  B-ORG
        3  ministry   PROPN NNP pobj   1  I-ORG
        4  of         ADP   IN  prep   3  I-ORG
        5  labour     NOUN  NN  pobj   4  I-ORG
        6  of         ADP   IN  prep   5  O
        7  Luxembourg PROPN NNP pobj   6  B-GPE
        8  ,          PUNCT ,   punct  11 O
        9  the        DET   DT  det    10 O
        10 Summit     PROPN NNP nsubj  11 B-ORG
        11 brought    VERB  VBD ROOT   11 O
        12 together   ADP   RP  advmod 11 O
        13 officials  NOUN  NNS dobj   11 O
        14 .          PUNCT .   punct  11 O
        """,
    ))
    ministry = org_named(release, "Ministry of Labour of Luxembourg")
    assert ministry.aliases == ["ministry of labour of Luxembourg"]


def test_a_nationality_before_government_names_the_government_of_the_country():
    """"the Nigerian government" is the Government of Nigeria."""
    release = records(parse(
        "JGC paid bribes to officials of the Nigerian government.",
        """
        0 JGC        PROPN NNP nsubj  1 B-ORG
        1 paid       VERB  VBD ROOT   1 O
        2 bribes     NOUN  NNS dobj   1 O
        3 to         ADP   IN  dative 1 O
        4 officials  NOUN  NNS pobj   3 O
        5 of         ADP   IN  prep   4 O
        6 the        DET   DT  det    8 O
        7 Nigerian   ADJ   JJ  amod   8 B-NORP
        8 government NOUN  NN  pobj   5 O
        9 .          PUNCT .   punct  1 O
        """,
    ))
    government = org_named(release, "Government of Nigeria")
    assert government.aliases == ["Nigerian government"]


def test_a_company_named_again_without_its_legal_suffix_is_the_same_company():
    """"Innospec" after "Innospec Inc." is a second mention of the company, not a second company."""
    release = records(parse(
        "Innospec Inc. pleaded guilty. Innospec agreed to pay a fine.",
        """
        0  Innospec PROPN NNP compound 1  B-ORG
        1  Inc.     PROPN NNP nsubj    2  I-ORG
        2  pleaded  VERB  VBD ROOT     2  O
        3  guilty   ADJ   JJ  oprd     2  O
        4  .        PUNCT .   punct    2  O
        5  Innospec PROPN NNP nsubj    6  B-GPE
        6  agreed   VERB  VBD ROOT     6  O
        7  to       PART  TO  aux      8  O
        8  pay      VERB  VB  xcomp    6  O
        9  a        DET   DT  det      10 O
        10 fine     NOUN  NN  dobj     8  O
        11 .        PUNCT .   punct    6  O
        """,
    ))
    company = org_named(release, "Innospec Inc.")
    assert company.aliases == ["Innospec"]
    assert [e.mention for e in company.evidence] == ["Innospec Inc.", "Innospec"]


def test_the_commission_refers_back_to_the_one_body_with_that_head_word():
    """"The Commission" after the Federal Trade Commission is an anaphor of it, kept as evidence."""
    release = records(parse(
        "The Federal Trade Commission (FTC) sued the company. The Commission said the merger was unlawful.",
        """
        0  The        DET   DT    det      3  B-ORG
        1  Federal    PROPN NNP   compound 3  I-ORG
        2  Trade      PROPN NNP   compound 3  I-ORG
        3  Commission PROPN NNP   nsubj    7  I-ORG
        4  (          PUNCT -LRB- punct    3  O
        5  FTC        PROPN NNP   appos    3  B-ORG
        6  )          PUNCT -RRB- punct    3  O
        7  sued       VERB  VBD   ROOT     7  O
        8  the        DET   DT    det      9  O
        9  company    NOUN  NN    dobj     7  O
        10 .          PUNCT .     punct    7  O
        11 The        DET   DT    det      12 O
        12 Commission PROPN NNP   nsubj    13 B-ORG
        13 said       VERB  VBD   ROOT     13 O
        14 the        DET   DT    det      15 O
        15 merger     NOUN  NN    nsubj    16 O
        16 was        AUX   VBD   ccomp    13 O
        17 unlawful   ADJ   JJ    acomp    16 O
        18 .          PUNCT .     punct    13 O
        """,
    ))
    ftc = org_named(release, "Federal Trade Commission")
    assert ftc.aliases == ["Commission"]
    assert [e.mention for e in ftc.evidence] == ["Federal Trade Commission", "FTC", "Commission"]


def test_department_of_justice_and_justice_department_are_one_body():
    """The two word orders of a department's name join one cluster."""
    release = records(parse(
        "The Department of Justice sued. The Justice Department said the merger was unlawful.",
        """
        0  The        DET   DT  det      1  B-ORG
        1  Department PROPN NNP nsubj    4  I-ORG
        2  of         ADP   IN  prep     1  I-ORG
        3  Justice    PROPN NNP pobj     2  I-ORG
        4  sued       VERB  VBD ROOT     4  O
        5  .          PUNCT .   punct    4  O
        6  The        DET   DT  det      8  B-ORG
        7  Justice    PROPN NNP compound 8  I-ORG
        8  Department PROPN NNP nsubj    9  I-ORG
        9  said       VERB  VBD ROOT     9  O
        10 the        DET   DT  det      11 O
        11 merger     NOUN  NN  nsubj    12 O
        12 was        AUX   VBD ccomp    9  O
        13 unlawful   ADJ   JJ  acomp    12 O
        14 .          PUNCT .   punct    9  O
        """,
    ))
    assert org_names(release) == {"Department of Justice"}
    assert org_named(release, "Department of Justice").aliases == ["Justice Department"]


def test_a_law_the_model_tags_org_is_no_organization():
    """Near miss for the model's ORG entities: a name ending in "Act" is a law (here tagged ORG by hand)."""
    release = records(parse(
        "The Clean Water Act protects rivers.",
        """
        0 The      DET   DT  det      3 B-ORG
        1 Clean    PROPN NNP compound 2 I-ORG
        2 Water    PROPN NNP compound 3 I-ORG
        3 Act      PROPN NNP nsubj    4 I-ORG
        4 protects VERB  VBZ ROOT     4 O
        5 rivers   NOUN  NNS dobj     4 O
        6 .        PUNCT .   punct    4 O
        """,
    ))
    assert release.organizations == []


def test_an_administration_named_for_a_person_of_the_release_is_no_organization():
    """"The Biden Administration" is a term of office when Biden is a person of the release."""
    release = records(parse(
        "The Biden Administration announced the plan. President Biden spoke.",
        """
        0  The            DET   DT  det      2 B-ORG
        1  Biden          PROPN NNP compound 2 I-ORG
        2  Administration PROPN NNP nsubj    3 I-ORG
        3  announced      VERB  VBD ROOT     3 O
        4  the            DET   DT  det      5 O
        5  plan           NOUN  NN  dobj     3 O
        6  .              PUNCT .   punct    3 O
        7  President      PROPN NNP compound 8 O
        8  Biden          PROPN NNP nsubj    9 B-PERSON
        9  spoke          VERB  VBD ROOT     9 O
        10 .              PUNCT .   punct    9 O
        """,
    ))
    assert release.organizations == []
    assert [p.name for p in release.people] == ["Biden"]


def test_names_listed_beside_a_body_are_bodies_too():
    """"Clients include Northwind Bank, Zorblat, Quintex.io and Marlow Foods.": the head-word
    name anchors the list; the other names, which no rule or model tag found, are companies."""
    release = records(parse(
        "Clients include Northwind Bank, Zorblat, Quintex.io and Marlow Foods.",
        """
        0  Clients   NOUN  NNS nsubj    1  O
        1  include   VERB  VBP ROOT     1  O
        2  Northwind PROPN NNP compound 3  O
        3  Bank      PROPN NNP dobj     1  O
        4  ,         PUNCT ,   punct    3  O
        5  Zorblat   PROPN NNP conj     3  O
        6  ,         PUNCT ,   punct    5  O
        7  Quintex.io PROPN NNP conj    5  O
        8  and       CCONJ CC  cc       7  O
        9  Marlow    PROPN NNP compound 10 O
        10 Foods     PROPN NNP conj     7  O
        11 .         PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Northwind Bank", "Zorblat", "Quintex.io", "Marlow Foods"}


def test_a_list_that_completes_a_title_or_holds_places_adds_no_body():
    """"Under Secretary for Zorblat, Quintex, and Marlow Group" lists what a title covers;
    "Northwind Bank, Springfield, Shelbyville and Vandor" lists places beside a bank: though a
    body anchors each list, neither makes its other names bodies."""
    release = records(parse(
        "Under Secretary for Zorblat, Quintex, and Marlow Group met Northwind Bank, Springfield, Shelbyville and Vandor.",
        """
        0  Under       ADJ   JJ  amod     1  O
        1  Secretary   PROPN NNP nsubj    10 O
        2  for         ADP   IN  prep     1  O
        3  Zorblat     PROPN NNP pobj     2  O
        4  ,           PUNCT ,   punct    3  O
        5  Quintex     PROPN NNP conj     3  O
        6  ,           PUNCT ,   punct    5  O
        7  and         CCONJ CC  cc       5  O
        8  Marlow      PROPN NNP compound 9  O
        9  Group       PROPN NNP conj     5  O
        10 met         VERB  VBD ROOT     10 O
        11 Northwind   PROPN NNP compound 12 O
        12 Bank        PROPN NNP dobj     10 O
        13 ,           PUNCT ,   punct    12 O
        14 Springfield PROPN NNP conj     12 B-GPE
        15 ,           PUNCT ,   punct    14 O
        16 Shelbyville PROPN NNP conj     14 B-GPE
        17 and         CCONJ CC  cc       16 O
        18 Vandor      PROPN NNP conj     16 O
        19 .           PUNCT .   punct    10 O
        """,
    ))
    assert not {"Zorblat", "Quintex", "Vandor"} & org_names(release)
    assert "Northwind Bank" in org_names(release)


def test_the_small_words_of_a_name_in_another_language_keep_the_models_org():
    """"Universidad Central del Caribe": a lower-case "del" inside the model's ORG is a word of the
    name (as "of" is), not the sign of a description; "an important provider" is one."""
    release = records(parse(
        "She joined Universidad Central del Caribe and an important provider.",
        """
        0  She         PRON  PRP nsubj    1  O
        1  joined      VERB  VBD ROOT     1  O
        2  Universidad PROPN NNP compound 5  B-ORG
        3  Central     PROPN NNP compound 5  I-ORG
        4  del         ADP   IN  compound 5  I-ORG
        5  Caribe      PROPN NNP dobj     1  I-ORG
        6  and         CCONJ CC  cc       5  O
        7  an          DET   DT  det      9  O
        8  important   ADJ   JJ  amod     9  B-ORG
        9  provider    NOUN  NN  conj     5  I-ORG
        10 .           PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Universidad Central del Caribe"}


def test_one_word_the_model_tags_org_but_the_tagger_reads_as_a_common_word_is_no_body():
    """"Attendees will meet Zorblat.": the model's ORG on "Attendees" (a plural noun to the
    tagger) names nothing; its ORG on the proper noun "Zorblat" stays."""
    release = records(parse(
        "Attendees will meet Zorblat.",
        """
        0 Attendees NOUN  NNS nsubj 2 B-ORG
        1 will      AUX   MD  aux   2 O
        2 meet      VERB  VB  ROOT  2 O
        3 Zorblat   PROPN NNP dobj  2 B-ORG
        4 .         PUNCT .   punct 2 O
        """,
    ))
    assert org_names(release) == {"Zorblat"}


def test_a_heading_alone_on_its_line_is_no_body_but_a_name_in_a_list_one_a_line_is():
    """The model's ORG "Meet the Local Owners" (over the line break after it) is a heading over
    a paragraph; "Korvane North", alone on its line between two other names, is an item of a list."""
    release = records(parse(
        "Vantor Crest grew.\n\nMeet the Local Owners\n\nThe shop opened.\n\nZorblat Mines\n\nKorvane North\n\nQuill Bros",
        """
        0  Vantor PROPN NNP  compound 1  B-ORG
        1  Crest  PROPN NNP  nsubj    2  I-ORG
        2  grew   VERB  VBD  ROOT     2  O
        3  .      PUNCT .    punct    2  O
        4  \\n\\n  SPACE _SP  dep      3  O
        5  Meet   VERB  VB   ROOT     5  B-ORG
        6  the    DET   DT   det      8  I-ORG
        7  Local  PROPN NNP  compound 8  I-ORG
        8  Owners PROPN NNPS dobj     5  I-ORG
        9  \\n\\n  SPACE _SP  dep      8  I-ORG
        10 The    DET   DT   det      11 O
        11 shop   NOUN  NN   nsubj    12 O
        12 opened VERB  VBD  ROOT     12 O
        13 .      PUNCT .    punct    12 O
        14 \\n\\n  SPACE _SP  dep      13 O
        15 Zorblat PROPN NNP compound 16 B-ORG
        16 Mines  PROPN NNP  ROOT     16 I-ORG
        17 \\n\\n  SPACE _SP  dep      16 O
        18 Korvane PROPN NNP  compound 19 B-ORG
        19 North  PROPN NNP  ROOT     19 I-ORG
        20 \\n\\n  SPACE _SP  dep      19 O
        21 Quill  PROPN NNP  compound 22 B-ORG
        22 Bros   PROPN NNP  ROOT     22 I-ORG
        """,
    ))
    assert "Meet the Local Owners" not in org_names(release)
    assert {"Vantor Crest", "Korvane North"} <= org_names(release)


def test_a_company_name_opening_a_line_is_whole_though_the_parser_cut_its_first_word_off():
    """"Zorvik Insurance Group" alone on its line: the parser made "Zorvik" a sentence of its own;
    the name still runs left from its head word to the start of the line."""
    release = records(parse(
        "Winners:\n\nZorvik Insurance Group\n\nQuill Labs",
        """
        0 Winners   NOUN  NNS ROOT     0 O
        1 :         PUNCT :   punct    0 O
        2 \\n\\n     SPACE _SP dep      1 O
        3 Zorvik    PROPN NNP ROOT     3 O
        4 Insurance PROPN NNP compound 5 O
        5 Group     PROPN NNP ROOT     5 O
        6 \\n\\n     SPACE _SP dep      5 O
        7 Quill     PROPN NNP compound 8 B-ORG
        8 Labs      PROPN NNP ROOT     8 I-ORG
        """,
    ))
    assert "Zorvik Insurance Group" in org_names(release)
    assert "Insurance Group" not in org_names(release)


def test_a_head_first_name_ends_at_a_comma_no_and_closes():
    """"chairman of the Board of Zorblat Appeals, Mr. Quill led it": the comma ends the name (no
    "and" closes a list after it); "the Ministry of Trade, Industry and Mining" runs through it."""
    release = records(parse(
        "As chairman of the Board of Zorblat Appeals, Mr. Quill led the Ministry of Trade, Industry and Mining.",
        """
        0  As        ADP   IN  prep     10 O
        1  chairman  NOUN  NN  pobj     0  O
        2  of        ADP   IN  prep     1  O
        3  the       DET   DT  det      4  O
        4  Board     PROPN NNP pobj     2  O
        5  of        ADP   IN  prep     4  O
        6  Zorblat   PROPN NNP compound 7  O
        7  Appeals   PROPN NNP pobj     5  O
        8  ,         PUNCT ,   punct    10 O
        9  Mr.       PROPN NNP compound 10 O
        10 Quill     PROPN NNP nsubj    11 B-PERSON
        11 led       VERB  VBD ROOT     11 O
        12 the       DET   DT  det      13 O
        13 Ministry  PROPN NNP dobj     11 O
        14 of        ADP   IN  prep     13 O
        15 Trade     PROPN NNP pobj     14 O
        16 ,         PUNCT ,   punct    15 O
        17 Industry  PROPN NNP conj     15 O
        18 and       CCONJ CC  cc       17 O
        19 Mining    PROPN NNP conj     17 O
        20 .         PUNCT .   punct    11 O
        """,
    ))
    assert {"Board of Zorblat Appeals", "Ministry of Trade, Industry and Mining"} <= org_names(release)


def test_a_stock_exchange_is_a_body_and_exchange_before_a_head_word_stays_in_the_name():
    """"went public on the Zorvik Stock Exchange" (head word "Exchange", though after "on the");
    "the Securities and Exchange Commission" stays one name: "Exchange" before "Commission"
    modifies it and starts no other name."""
    release = records(parse(
        "It went public on the Zorvik Stock Exchange and filed with the Securities and Exchange Commission.",
        """
        0  It         PRON  PRP nsubj    1  O
        1  went       VERB  VBD ROOT     1  O
        2  public     ADJ   JJ  acomp    1  O
        3  on         ADP   IN  prep     1  O
        4  the        DET   DT  det      7  B-ORG
        5  Zorvik     PROPN NNP compound 7  I-ORG
        6  Stock      PROPN NNP compound 7  I-ORG
        7  Exchange   PROPN NNP pobj     3  I-ORG
        8  and        CCONJ CC  cc       1  O
        9  filed      VERB  VBD conj     1  O
        10 with       ADP   IN  prep     9  O
        11 the        DET   DT  det      15 O
        12 Securities PROPN NNP nmod     15 O
        13 and        CCONJ CC  cc       12 O
        14 Exchange   PROPN NNP conj     12 O
        15 Commission PROPN NNP pobj     10 O
        16 .          PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Zorvik Stock Exchange", "Securities and Exchange Commission"}


def test_a_university_named_before_its_school_is_the_schools_parent():
    """"the Zorvik University School of Foreign Service": the school, and the university named
    inside its name as its parent."""
    release = records(parse(
        "She studied at the Zorvik University School of Foreign Service.",
        """
        0  She        PRON  PRP nsubj    1  O
        1  studied    VERB  VBD ROOT     1  O
        2  at         ADP   IN  prep     1  O
        3  the        DET   DT  det      6  O
        4  Zorvik     PROPN NNP compound 5  O
        5  University PROPN NNP compound 6  O
        6  School     PROPN NNP pobj     2  O
        7  of         ADP   IN  prep     6  O
        8  Foreign    PROPN NNP compound 9  O
        9  Service    PROPN NNP pobj     7  O
        10 .          PUNCT .   punct    1  O
        """,
    ))
    assert org_named(release, "Zorvik University School of Foreign Service").parent == "Zorvik University"
    assert "Zorvik University" in org_names(release)


def test_a_field_of_study_after_a_degree_is_no_body():
    """"a Master of Zorvik Administration" (head word "Administration") and "a B.Sc. in Quill
    Science" (the model's ORG) name fields of study; "the Vantor Institute" is a body."""
    release = records(parse(
        "She holds a Master of Zorvik Administration and a B.Sc. in Quill Science from the Vantor Institute.",
        """
        0  She            PRON  PRP nsubj    1  O
        1  holds          VERB  VBZ ROOT     1  O
        2  a              DET   DT  det      3  O
        3  Master         PROPN NNP dobj     1  O
        4  of             ADP   IN  prep     3  O
        5  Zorvik         PROPN NNP compound 6  O
        6  Administration PROPN NNP pobj     4  O
        7  and            CCONJ CC  cc       3  O
        8  a              DET   DT  det      9  O
        9  B.Sc           PROPN NNP conj     3  O
        10 .              PUNCT .   punct    9  O
        11 in             ADP   IN  prep     9  O
        12 Quill          PROPN NNP compound 13 B-ORG
        13 Science        PROPN NNP pobj     11 I-ORG
        14 from           ADP   IN  prep     1  O
        15 the            DET   DT  det      17 O
        16 Vantor         PROPN NNP compound 17 O
        17 Institute      PROPN NNP pobj     14 O
        18 .              PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Vantor Institute"}


def test_portfolio_words_the_model_tags_org_before_a_title_word_are_part_of_the_title():
    """"Dana Quill, Sales & Marketing Director at Zorvik Labs": the model's ORG "Sales &
    Marketing" is the title's portfolio; the body is Zorvik Labs."""
    release = records(parse(
        "Dana Quill, Sales & Marketing Director at Zorvik Labs, spoke.",
        """
        0  Dana      PROPN NNP compound 1  B-PERSON
        1  Quill     PROPN NNP nsubj    11 I-PERSON
        2  ,         PUNCT ,   punct    1  O
        3  Sales     PROPN NNP compound 6  B-ORG
        4  &         CCONJ CC  cc       3  I-ORG
        5  Marketing PROPN NNP conj     3  I-ORG
        6  Director  PROPN NNP appos    1  O
        7  at        ADP   IN  prep     6  O
        8  Zorvik    PROPN NNP compound 9  B-ORG
        9  Labs      PROPN NNP pobj     7  I-ORG
        10 ,         PUNCT ,   punct    1  O
        11 spoke     VERB  VBD ROOT     11 O
        12 .         PUNCT .   punct    11 O
        """,
    ))
    assert org_names(release) == {"Zorvik Labs"}


def test_a_name_the_model_tags_org_before_a_trademark_sign_is_a_product():
    """"Zorvik Printing™ platform" (no head word) is a product; "Quill Alliance™" keeps its head word."""
    release = records(parse(
        "Vantor Labs sells its Zorvik Printing™ platform with the Quill Alliance™.",
        """
        0  Vantor   PROPN NNP compound 1  B-ORG
        1  Labs     PROPN NNP nsubj    2  I-ORG
        2  sells    VERB  VBZ ROOT     2  O
        3  its      PRON  PRP$ poss    7  O
        4  Zorvik   PROPN NNP compound 5  B-ORG
        5  Printing PROPN NNP compound 7  I-ORG
        6  ™        SYM   NFP punct    5  O
        7  platform NOUN  NN  dobj     2  O
        8  with     ADP   IN  prep     2  O
        9  the      DET   DT  det      11 O
        10 Quill    PROPN NNP compound 11 B-ORG
        11 Alliance PROPN NNP pobj     8  I-ORG
        12 ™        SYM   NFP punct    11 O
        13 .        PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Vantor Labs", "Quill Alliance"}


def test_a_news_service_in_parentheses_after_the_dateline_date_is_no_body():
    """"Denver, March 3, 2025 (ZORVIK NEWSWIRE) -- Quill Labs announced": the service that
    carried the release is credited, it is no body of the release."""
    release = records(parse(
        "Denver, March 3, 2025 (ZORVIK NEWSWIRE) -- Quill Labs announced it.",
        """
        0  Denver    PROPN NNP npadvmod 13 B-GPE
        1  ,         PUNCT ,   punct    13 O
        2  March     PROPN NNP npadvmod 13 B-DATE
        3  3         NUM   CD  nummod   2  I-DATE
        4  ,         PUNCT ,   punct    2  I-DATE
        5  2025      NUM   CD  nummod   2  I-DATE
        6  (         PUNCT -LRB- punct  8  O
        7  ZORVIK    PROPN NNP compound 8  B-ORG
        8  NEWSWIRE  PROPN NNP appos    2  I-ORG
        9  )         PUNCT -RRB- punct  8  O
        10 --        PUNCT :   punct    13 O
        11 Quill     PROPN NNP compound 12 B-ORG
        12 Labs      PROPN NNP nsubj    13 I-ORG
        13 announced VERB  VBD ROOT     13 O
        14 it        PRON  PRP dobj     13 O
        15 .         PUNCT .   punct    13 O
        """,
    ))
    assert org_names(release) == {"Quill Labs"}


def test_a_legal_form_after_a_comma_closes_the_company_name():
    """"a partner at Zorvik Espel, PLLP and at Vantor Widgets, Inc.": the legal form after the
    comma is part of each firm's name, though the model tags neither."""
    release = records(parse(
        "He was a partner at Zorvik Espel, PLLP and at Vantor Widgets, Inc.",
        """
        0  He      PRON  PRP nsubj    1  O
        1  was     AUX   VBD ROOT     1  O
        2  a       DET   DT  det      3  O
        3  partner NOUN  NN  attr     1  O
        4  at      ADP   IN  prep     3  O
        5  Zorvik  PROPN NNP compound 6  O
        6  Espel   PROPN NNP pobj     4  O
        7  ,       PUNCT ,   punct    6  O
        8  PLLP    PROPN NNP appos    6  O
        9  and     CCONJ CC  cc       4  O
        10 at      ADP   IN  conj     4  O
        11 Vantor  PROPN NNP compound 12 O
        12 Widgets PROPN NNP pobj     10 O
        13 ,       PUNCT ,   punct    12 O
        14 Inc.    PROPN NNP appos    12 O
        """,
    ))
    assert org_names(release) == {"Zorvik Espel, PLLP", "Vantor Widgets, Inc."}


def test_holdings_heads_a_company_name():
    """"Zorvik Transform Holdings signed the deal": "Holdings" heads a company's name, which the
    rule reads though the model tags nothing."""
    release = records(parse(
        "Zorvik Transform Holdings signed the deal.",
        """
        0 Zorvik    PROPN NNP compound 2 O
        1 Transform PROPN NNP compound 2 O
        2 Holdings  PROPN NNP nsubj    3 O
        3 signed    VERB  VBD ROOT     3 O
        4 the       DET   DT  det      5 O
        5 deal      NOUN  NN  dobj     3 O
        6 .         PUNCT .   punct    3 O
        """,
    ))
    assert org_names(release) == {"Zorvik Transform Holdings"}


def test_firm_heads_a_company_name():
    """"She joined the Zorvik Law Firm": "Firm" heads the name the model leaves untagged."""
    release = records(parse(
        "She joined the Zorvik Law Firm.",
        """
        0 She    PRON  PRP nsubj    1 O
        1 joined VERB  VBD ROOT     1 O
        2 the    DET   DT  det      5 O
        3 Zorvik PROPN NNP compound 5 O
        4 Law    PROPN NNP compound 5 O
        5 Firm   PROPN NNP dobj     1 O
        6 .      PUNCT .   punct    1 O
        """,
    ))
    assert org_names(release) == {"Zorvik Law Firm"}


def test_a_plurals_possessive_inside_a_name_does_not_cut_it_into_owner_and_unit():
    """"the Marlow Children's Trust Fund": "Children's" is a word of the name (an owner's
    possessive, "Chile's Fiscalia", would cut it), so the head-word name runs left through it."""
    release = records(parse(
        "She sits on the board of the Marlow Children’s Trust Fund.",
        """
        0  She      PRON  PRP  nsubj    1  O
        1  sits     VERB  VBZ  ROOT     1  O
        2  on       ADP   IN   prep     1  O
        3  the      DET   DT   det      4  O
        4  board    NOUN  NN   pobj     2  O
        5  of       ADP   IN   prep     4  O
        6  the      DET   DT   det      11 B-ORG
        7  Marlow   PROPN NNP  compound 8  I-ORG
        8  Children PROPN NNPS poss     11 I-ORG
        9  ’s       PART  POS  case     8  I-ORG
        10 Trust    PROPN NNP  compound 11 I-ORG
        11 Fund     PROPN NNP  pobj     5  I-ORG
        12 .        PUNCT .    punct    1  O
        """,
    ))
    assert org_names(release) == {"Marlow Children’s Trust Fund"}


def test_a_name_after_of_completing_an_affiliation_noun_is_a_body_not_after_a_title():
    """"the founders of Quillby" names the body Quillby; in "Secretary of Quillby" the name
    after "of" completes a title, as the model's ORG there usually does ("Secretary of Commerce")."""
    tagged = """
        0  One       NUM   CD  nsubj    4  O
        1  of        ADP   IN  prep     0  O
        2  the       DET   DT  det      3  O
        3  founders  NOUN  NNS pobj     1  O
        4  spoke     VERB  VBD ROOT     4  O
        5  of        ADP   IN  prep     4  O
        6  Quillby   PROPN NNP pobj     5  B-ORG
        7  .         PUNCT .   punct    4  O
        """
    release = records(parse("One of the founders spoke of Quillby.", tagged))
    assert org_names(release) == set()  # "spoke of": no affiliation noun before "of"
    release = records(parse(
        "The founders of Quillby met.",
        """
        0  The       DET   DT  det      1  O
        1  founders  NOUN  NNS nsubj    4  O
        2  of        ADP   IN  prep     1  O
        3  Quillby   PROPN NNP pobj     2  B-ORG
        4  met       VERB  VBD ROOT     4  O
        5  .         PUNCT .   punct    4  O
        """,
    ))
    assert org_names(release) == {"Quillby"}
    release = records(parse(
        "The Secretary of Quillby met.",
        """
        0  The       DET   DT  det      1  O
        1  Secretary PROPN NNP nsubj    4  O
        2  of        ADP   IN  prep     1  O
        3  Quillby   PROPN NNP pobj     2  B-ORG
        4  met       VERB  VBD ROOT     4  O
        5  .         PUNCT .   punct    4  O
        """,
    ))
    assert org_names(release) == set()


def test_a_mixed_case_one_word_name_that_acts_or_owns_is_a_company_a_counted_one_is_not():
    """"TideWorks is reshaping ..." and "TideWorks's bots": the model's one-word ORG in mixed case
    is a company when it is the subject of a verb or owns a noun; "Each TidePack contains ...":
    a counted thing is a product; "AI is ...": a code in capitals is no company."""
    release = records(parse(
        "TideWorks is reshaping trading.",
        """
        0  TideWorks PROPN NNP nsubj 2 B-ORG
        1  is        AUX   VBZ aux   2 O
        2  reshaping VERB  VBG ROOT  2 O
        3  trading   NOUN  NN  dobj  2 O
        4  .         PUNCT .   punct 2 O
        """,
    ))
    assert org_names(release) == {"TideWorks"}
    release = records(parse(
        "TideWorks's bots trade.",
        """
        0  TideWorks PROPN NNP  poss  2 B-ORG
        1  's        PART  POS  case  0 O
        2  bots      NOUN  NNS  nsubj 3 O
        3  trade     VERB  VBP  ROOT  3 O
        4  .         PUNCT .    punct 3 O
        """,
    ))
    assert org_names(release) == {"TideWorks"}
    release = records(parse(
        "Each TidePack contains gold.",
        """
        0  Each     DET   DT  det   1 O
        1  TidePack PROPN NNP nsubj 2 B-ORG
        2  contains VERB  VBZ ROOT  2 O
        3  gold     NOUN  NN  dobj  2 O
        4  .        PUNCT .   punct 2 O
        """,
    ))
    assert org_names(release) == set()
    release = records(parse(
        "AI is changing trading.",
        """
        0  AI       PROPN NNP nsubj 2 B-ORG
        1  is       AUX   VBZ aux   2 O
        2  changing VERB  VBG ROOT  2 O
        3  trading  NOUN  NN  dobj  2 O
        4  .        PUNCT .   punct 2 O
        """,
    ))
    assert org_names(release) == set()


COUNCIL_OF_MARLOWS = """
        0  The      DET   DT  det      5  O
        1  Council  PROPN NNP compound 5  O
        2  of       ADP   IN  prep     1  O
        3  Marlows  PROPN NNP pobj     2  O
        4  Trade    PROPN NNP compound 5  O
        5  Office   PROPN NNP nsubj    6  O
        6  met      VERB  VBD ROOT     6  O
        7  .        PUNCT .   punct    6  O
"""


def test_a_text_that_kept_its_curly_apostrophes_lost_no_possessive():
    """"the Council of Marlows Trade Office" reads "the Council of Marlow's Trade Office" in a
    text that lost its apostrophes; where a curly apostrophe stands elsewhere ("It’s") the text
    kept them, and "Marlows" is a plain word of one name."""
    damaged = records(parse("The Council of Marlows Trade Office met.", COUNCIL_OF_MARLOWS))
    assert org_names(damaged) == {"Council of Marlow", "Trade Office"}
    kept = records(parse(
        "The Council of Marlows Trade Office met. It’s new.",
        COUNCIL_OF_MARLOWS + """
        8  It       PRON  PRP  nsubj    10 O
        9  ’s       AUX   VBZ  ROOT     9  O
        10 new      ADJ   JJ   acomp    9  O
        11 .        PUNCT .    punct    9  O
        """,
    ))
    assert org_names(kept) == {"Council of Marlows Trade Office"}


def test_a_boilerplate_heading_run_into_its_sentence_names_the_company_once():
    """"About Quorvex Labs" lost its line break before "Quorvex Labs is ...": the doubled name is
    the company named once, as the release writes it elsewhere."""
    release = records(parse(
        "Quorvex Labs grew. About Quorvex Labs Quorvex Labs is a lab.",
        """
        0  Quorvex PROPN NNP compound 1  B-ORG
        1  Labs    PROPN NNP nsubj    2  I-ORG
        2  grew    VERB  VBD ROOT     2  O
        3  .       PUNCT .   punct    2  O
        4  About   ADP   IN  ROOT     4  O
        5  Quorvex PROPN NNP compound 8  B-ORG
        6  Labs    PROPN NNP compound 8  I-ORG
        7  Quorvex PROPN NNP compound 8  I-ORG
        8  Labs    PROPN NNP nsubj    9  I-ORG
        9  is      AUX   VBZ ROOT     9  O
        10 a       DET   DT  det      11 O
        11 lab     NOUN  NN  attr     9  O
        12 .       PUNCT .   punct    9  O
        """,
    ))
    assert org_names(release) == {"Quorvex Labs"}
    assert release.organizations[0].aliases == []


def test_a_name_glued_to_the_first_word_of_the_next_sentence_is_a_heading_not_a_body():
    """"Harbor ClinicThe service is led by ...": the model's ORG ends in a word glued to "The"
    where a feed lost a line break; it is a heading run into its paragraph."""
    release = records(parse(
        "Harbor ClinicThe service is led by Zorblat Inc.",
        """
        0 Harbor    PROPN NNP compound 1 B-ORG
        1 ClinicThe PROPN NNP compound 2 I-ORG
        2 service   NOUN  NN  nsubjpass 4 O
        3 is        AUX   VBZ auxpass  4 O
        4 led       VERB  VBN ROOT     4 O
        5 by        ADP   IN  agent    4 O
        6 Zorblat   PROPN NNP compound 7 B-ORG
        7 Inc.      PROPN NNP pobj     5 I-ORG
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_the_models_org_cut_one_word_short_of_an_observance_or_award_is_no_body():
    """"Quillan Heritage Month": the model's ORG stops before "Month", the head of an observance;
    before a head word of a body ("Quillan Heritage Council") it would stay."""
    release = records(parse(
        "During Quillan Heritage Month, Zorblat Inc. gave.",
        """
        0 During   ADP   IN  prep     7 O
        1 Quillan  PROPN NNP compound 3 B-ORG
        2 Heritage PROPN NNP compound 3 I-ORG
        3 Month    PROPN NNP pobj     0 O
        4 ,        PUNCT ,   punct    7 O
        5 Zorblat  PROPN NNP compound 6 B-ORG
        6 Inc.     PROPN NNP nsubj    7 I-ORG
        7 gave     VERB  VBD ROOT     7 O
        8 .        PUNCT .   punct    7 O
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_words_opening_a_line_and_ending_at_a_colon_are_a_run_in_heading_not_a_body():
    """"2. Quillan Approach: Zorblat Inc. helps.": the model's ORG after the item number, up to the
    colon, heads the item; the company after the colon stays."""
    release = records(parse(
        "Intro.\n2. Quillan Approach: Zorblat Inc. helps.",
        """
        0  Intro    PROPN NNP ROOT     0  O
        1  .        PUNCT .   punct    0  O
        2  \\n       SPACE _SP dep      1  O
        3  2        NUM   CD  nummod   5  O
        4  .        PUNCT .   punct    5  O
        5  Quillan  PROPN NNP compound 6  B-ORG
        6  Approach PROPN NNP ROOT     6  I-ORG
        7  :        PUNCT :   punct    6  O
        8  Zorblat  PROPN NNP compound 9  B-ORG
        9  Inc.     PROPN NNP nsubj    10 I-ORG
        10 helps    VERB  VBZ ROOT     10 O
        11 .        PUNCT .   punct    10 O
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_company_head_words_head_a_name_the_model_tags_nothing():
    """"Quorvex Therapeutics and Vell Labs signed.": "Therapeutics" and "Labs" head companies'
    names (patterns/org_heads), read though the model tags nothing."""
    release = records(parse(
        "Quorvex Therapeutics and Vell Labs signed.",
        """
        0 Quorvex      PROPN NNP  compound 1 O
        1 Therapeutics PROPN NNPS nsubj    5 O
        2 and          CCONJ CC   cc       1 O
        3 Vell         PROPN NNP  compound 4 O
        4 Labs         PROPN NNPS conj     1 O
        5 signed       VERB  VBD  ROOT     5 O
        6 .            PUNCT .    punct    5 O
        """,
    ))
    assert org_names(release) == {"Quorvex Therapeutics", "Vell Labs"}


def test_the_models_org_loses_a_bullet_before_it_and_a_conjunction_after_it():
    """"• Maximize" (a bullet and a verb the model tags ORG) names nothing; "Quorvex Limited and"
    (the model's ORG ran on to the conjunction) is "Quorvex Limited"."""
    release = records(parse(
        "• Maximize space. Quorvex Limited and Zorblat Inc. agreed.",
        """
        0  •        PUNCT NFP  punct    1  B-ORG
        1  Maximize VERB  VB   ROOT     1  I-ORG
        2  space    NOUN  NN   dobj     1  O
        3  .        PUNCT .    punct    1  O
        4  Quorvex  PROPN NNP  compound 5  B-ORG
        5  Limited  PROPN NNP  nsubj    9  I-ORG
        6  and      CCONJ CC   cc       5  I-ORG
        7  Zorblat  PROPN NNP  compound 8  B-ORG
        8  Inc.     PROPN NNP  conj     5  I-ORG
        9  agreed   VERB  VBD  ROOT     9  O
        10 .        PUNCT .    punct    9  O
        """,
    ))
    assert org_names(release) == {"Quorvex Limited", "Zorblat Inc."}


def test_a_brand_word_with_a_small_first_letter_opens_a_company_name_before_its_legal_form():
    """"vellWorks International LLC": a camel-case word with a small first letter is the first
    word of the company's name, not a word before it (and "International" before the legal form
    is no title word there)."""
    release = records(parse(
        "He said vellWorks International LLC grew.",
        """
        0 He            PRON  PRP nsubj    1 O
        1 said          VERB  VBD ROOT     1 O
        2 vellWorks     PROPN NNP compound 4 B-ORG
        3 International PROPN NNP compound 4 I-ORG
        4 LLC           PROPN NNP nsubj    5 I-ORG
        5 grew          VERB  VBD ccomp    1 O
        6 .             PUNCT .   punct    1 O
        """,
    ))
    assert org_names(release) == {"vellWorks International LLC"}


def test_an_exchange_named_with_a_ticker_in_parentheses_is_no_body():
    """"Zorblat Inc. (NASDAQ Global Select: ZORB) grew.": the exchange and ticker say where the
    shares trade; the company stays."""
    release = records(parse(
        "Zorblat Inc. (NASDAQ Global Select: ZORB) grew.",
        """
        0 Zorblat PROPN NNP   compound 1 B-ORG
        1 Inc.    PROPN NNP   nsubj    9 I-ORG
        2 (       PUNCT -LRB- punct    1 O
        3 NASDAQ  PROPN NNP   compound 5 B-ORG
        4 Global  PROPN NNP   compound 5 I-ORG
        5 Select  PROPN NNP   appos    1 I-ORG
        6 :       PUNCT :     punct    5 O
        7 ZORB    PROPN NNP   appos    5 O
        8 )       PUNCT -RRB- punct    1 O
        9 grew    VERB  VBD   ROOT     9 O
        10 .      PUNCT .     punct    9 O
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_a_number_written_as_a_capitalized_word_stays_in_a_company_name():
    """"Vell One Global Ltd signed.": the model reads "One" as a number, but before a legal form
    it is a word of the company's name."""
    release = records(parse(
        "Vell One Global Ltd signed.",
        """
        0 Vell   PROPN NNP compound 3 O
        1 One    NUM   CD  nummod   3 B-CARDINAL
        2 Global PROPN NNP compound 3 O
        3 Ltd    PROPN NNP nsubj    4 O
        4 signed VERB  VBD ROOT     4 O
        5 .      PUNCT .   punct    4 O
        """,
    ))
    assert org_names(release) == {"Vell One Global Ltd"}


def test_a_name_with_a_registered_mark_and_no_head_word_is_a_brand():
    """"Zorblat Inc. sells Quillex® and Vellcare®.": a registered mark after a name without a head
    word names a product or brand, as a trade mark sign does."""
    release = records(parse(
        "Zorblat Inc. sells Quillex® and Vellcare®.",
        """
        0 Zorblat  PROPN NNP compound 1 B-ORG
        1 Inc.     PROPN NNP nsubj    2 I-ORG
        2 sells    VERB  VBZ ROOT     2 O
        3 Quillex  PROPN NNP dobj     2 B-ORG
        4 ®        SYM   NFP punct    3 O
        5 and      CCONJ CC  cc       3 O
        6 Vellcare PROPN NNP conj     3 B-ORG
        7 ®        SYM   NFP punct    6 O
        8 .        PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_a_name_ending_in_a_competition_or_ceremony_word_is_an_event_not_a_body():
    """"The Vell Pitch Competition and the Quill Awards Ceremony drew Zorblat Inc.": names headed
    by an event word (patterns/not_org_heads) are no bodies, though the model tags them ORG."""
    release = records(parse(
        "The Vell Pitch Competition and the Quill Awards Ceremony drew Zorblat Inc.",
        """
        0  The         DET   DT  det      3  O
        1  Vell        PROPN NNP compound 3  B-ORG
        2  Pitch       PROPN NNP compound 3  I-ORG
        3  Competition PROPN NNP nsubj    9  I-ORG
        4  and         CCONJ CC  cc       3  O
        5  the         DET   DT  det      8  O
        6  Quill       PROPN NNP compound 8  B-ORG
        7  Awards      PROPN NNP compound 8  I-ORG
        8  Ceremony    PROPN NNP conj     3  I-ORG
        9  drew        VERB  VBD ROOT     9  O
        10 Zorblat     PROPN NNP compound 11 B-ORG
        11 Inc.        PROPN NNP dobj     9  I-ORG
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_a_one_word_org_after_in_and_before_a_comma_and_a_region_is_a_town():
    """"Zorblat Inc. is based in Quillos, Antioquia.": the model's ORG "Quillos" is a town of the
    region named after the comma."""
    release = records(parse(
        "Zorblat Inc. is based in Quillos, Antioquia.",
        """
        0 Zorblat   PROPN NNP compound  1 B-ORG
        1 Inc.      PROPN NNP nsubjpass 3 I-ORG
        2 is        AUX   VBZ auxpass   3 O
        3 based     VERB  VBN ROOT      3 O
        4 in        ADP   IN  prep      3 O
        5 Quillos   PROPN NNP pobj      4 B-ORG
        6 ,         PUNCT ,   punct     5 O
        7 Antioquia PROPN NNP appos     5 B-GPE
        8 .         PUNCT .   punct     3 O
        """,
    ))
    assert org_names(release) == {"Zorblat Inc."}


def test_a_model_org_ending_in_a_street_word_after_a_house_number_is_an_address_not_a_body():
    """"410 Fenwick Boulevard": the model's ORG ends in a street word after a house number and
    holds no body head; "Tolver Analytics" before it stays."""
    release = records(parse(
        "Tolver Analytics moved to 410 Fenwick Boulevard in Dayton.",
        """
        0  Tolver     PROPN NNP compound  1  B-ORG
        1  Analytics  PROPN NNP nsubj     2  I-ORG
        2  moved      VERB  VBD ROOT      2  O
        3  to         ADP   IN  prep      2  O
        4  410        NUM   CD  nummod    6  O
        5  Fenwick    PROPN NNP compound  6  B-ORG
        6  Boulevard  PROPN NNP pobj      3  I-ORG
        7  in         ADP   IN  prep      2  O
        8  Dayton     PROPN NNP pobj      7  B-GPE
        9  .          PUNCT .   punct     2  O
        """,
    ))
    assert org_names(release) == {"Tolver Analytics"}


def test_a_model_org_glued_to_the_wire_credit_before_it_is_no_name():
    """"(BUSINESS WIRE)–Tolver Corporation" lost its space: the model's ORG opens on the token
    "WIRE)–Tolver"; it is dropped, and the company named alone later stays."""
    release = records(parse(
        "DAYTON–(BUSINESS WIRE)–Tolver Corporation today announced results. Tolver Corporation makes valves.",
        """
        0  DAYTON–(BUSINESS  PROPN NNP compound  2  O
        1  WIRE)–Tolver      PROPN NNP compound  2  B-ORG
        2  Corporation       PROPN NNP nsubj     4  I-ORG
        3  today             NOUN  NN  npadvmod  4  B-DATE
        4  announced         VERB  VBD ROOT      4  O
        5  results           NOUN  NNS dobj      4  O
        6  .                 PUNCT .   punct     4  O
        7  Tolver            PROPN NNP compound  8  B-ORG
        8  Corporation       PROPN NNP nsubj     9  I-ORG
        9  makes             VERB  VBZ ROOT      9  O
        10 valves            NOUN  NNS dobj      9  O
        11 .                 PUNCT .   punct     9  O
        """,
    ))
    assert org_names(release) == {"Tolver Corporation"}


def test_a_body_named_by_its_members_is_a_body_not_a_title():
    """"the Marlow House of Representatives": a capitalized word, "of" and a plural title word
    close the model's ORG; the plural names the body's members, no one person's title."""
    release = records(parse(
        "He served in the Marlow House of Representatives.",
        """
        0  He              PRON  PRP  nsubj    1  O
        1  served          VERB  VBD  ROOT     1  O
        2  in              ADP   IN   prep     1  O
        3  the             DET   DT   det      5  B-ORG
        4  Marlow          PROPN NNP  compound 5  I-ORG
        5  House           PROPN NNP  pobj     2  I-ORG
        6  of              ADP   IN   prep     5  I-ORG
        7  Representatives PROPN NNPS pobj     6  I-ORG
        8  .               PUNCT .    punct    1  O
        """,
    ))
    assert org_names(release) == {"Marlow House of Representatives"}


def test_a_head_first_name_holding_a_title_word_is_a_body():
    """"the Office of Justice Grants": the name opens with a head word and "of"; a title word
    inside it ("Justice") does not make it a title."""
    release = records(parse(
        "She joined the Office of Justice Grants.",
        """
        0  She      PRON  PRP  nsubj    1  O
        1  joined   VERB  VBD  ROOT     1  O
        2  the      DET   DT   det      3  B-ORG
        3  Office   PROPN NNP  dobj     1  I-ORG
        4  of       ADP   IN   prep     3  I-ORG
        5  Justice  PROPN NNP  compound 6  I-ORG
        6  Grants   PROPN NNPS pobj     4  I-ORG
        7  .        PUNCT .    punct    1  O
        """,
    ))
    assert org_names(release) == {"Office of Justice Grants"}


def test_a_campus_after_at_stays_in_the_universitys_name_a_university_after_at_does_not():
    """"the University of Marlow at Quillby": the campus after "at" is part of the name; in
    "the College of Law at Zorvik University" the name after "at" is a body of its own."""
    release = records(parse(
        "She studied at the University of Marlow at Quillby.",
        """
        0  She        PRON  PRP nsubj    1  O
        1  studied    VERB  VBD ROOT     1  O
        2  at         ADP   IN  prep     1  O
        3  the        DET   DT  det      4  B-ORG
        4  University PROPN NNP pobj     2  I-ORG
        5  of         ADP   IN  prep     4  I-ORG
        6  Marlow     PROPN NNP pobj     5  I-ORG
        7  at         ADP   IN  prep     4  I-ORG
        8  Quillby    PROPN NNP pobj     7  I-ORG
        9  .          PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"University of Marlow at Quillby"}
    release = records(parse(
        "She studied at the College of Law at Zorvik University.",
        """
        0  She        PRON  PRP nsubj    1  O
        1  studied    VERB  VBD ROOT     1  O
        2  at         ADP   IN  prep     1  O
        3  the        DET   DT  det      4  O
        4  College    PROPN NNP pobj     2  B-ORG
        5  of         ADP   IN  prep     4  I-ORG
        6  Law        PROPN NNP pobj     5  I-ORG
        7  at         ADP   IN  prep     4  O
        8  Zorvik     PROPN NNP compound 9  B-ORG
        9  University PROPN NNP pobj     7  I-ORG
        10 .          PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"College of Law", "Zorvik University"}


def test_the_models_org_across_a_spaced_dash_is_no_body_a_campus_after_one_is():
    """"Zorvik - Leading maker of valves": the model's ORG runs over a dash with a space on each
    side from a list item into its description, and names no body; "University of Marlow -
    Quillby" names a campus after its university and stays."""
    release = records(parse(
        "Zorvik - Leading maker of valves",
        """
        0 Zorvik  PROPN NNP ROOT     0 B-ORG
        1 -       PUNCT :   punct    0 I-ORG
        2 Leading PROPN NNP amod     3 I-ORG
        3 maker   NOUN  NN  appos    0 O
        4 of      ADP   IN  prep     3 O
        5 valves  NOUN  NNS pobj     4 O
        """,
    ))
    assert org_names(release) == set()
    doc = parse(
        "She studied at the University of Marlow - Quillby.",
        """
        0  She        PRON  PRP nsubj    1  O
        1  studied    VERB  VBD ROOT     1  O
        2  at         ADP   IN  prep     1  O
        3  the        DET   DT  det      4  O
        4  University PROPN NNP pobj     2  B-ORG
        5  of         ADP   IN  prep     4  I-ORG
        6  Marlow     PROPN NNP pobj     5  I-ORG
        7  -          PUNCT :   punct    4  I-ORG
        8  Quillby    PROPN NNP appos    4  I-ORG
        9  .          PUNCT .   punct    1  O
        """,
    )
    release = records(doc)
    assert "University of Marlow" in org_names(release)
    assert not across_spaced_dash(doc[4:9])  # the model's ORG over the campus is not dropped


def test_a_one_word_org_the_release_places_in_a_region_elsewhere_is_the_town():
    """"Zorvik Corp. moved to Quillby, Texas. Quillby welcomed it.": the model tags the second
    "Quillby" ORG, but the release places it in a region before, as a town is placed."""
    release = records(parse(
        "Zorvik Corp. moved to Quillby, Texas. Quillby welcomed it.",
        """
        0  Zorvik   PROPN NNP compound 1  B-ORG
        1  Corp.    PROPN NNP nsubj    2  I-ORG
        2  moved    VERB  VBD ROOT     2  O
        3  to       ADP   IN  prep     2  O
        4  Quillby  PROPN NNP pobj     3  B-GPE
        5  ,        PUNCT ,   punct    4  O
        6  Texas    PROPN NNP appos    4  B-GPE
        7  .        PUNCT .   punct    2  O
        8  Quillby  PROPN NNP nsubj    9  B-ORG
        9  welcomed VERB  VBD ROOT     9  O
        10 it       PRON  PRP dobj     9  O
        11 .        PUNCT .   punct    9  O
        """,
    ))
    assert org_names(release) == {"Zorvik Corp."}


def test_what_a_news_service_after_the_dateline_date_says_of_itself_in_parentheses_is_no_body():
    """"Denver, March 3, 2025 – Zorvik MediaWire (Press Release Service – Distribution) – Quill
    Labs announced it.": the parenthesis after the service's name describes the service."""
    release = records(parse(
        "Denver, March 3, 2025 – Zorvik MediaWire (Press Release Service – Distribution) – Quill Labs announced it.",
        """
        0  Denver       PROPN NNP npadvmod 19 B-GPE
        1  ,            PUNCT ,   punct    19 O
        2  March        PROPN NNP npadvmod 19 B-DATE
        3  3            NUM   CD  nummod   2  I-DATE
        4  ,            PUNCT ,   punct    2  I-DATE
        5  2025         NUM   CD  nummod   2  I-DATE
        6  –            PUNCT :   punct    19 O
        7  Zorvik       PROPN NNP compound 8  O
        8  MediaWire    PROPN NNP npadvmod 19 O
        9  (            PUNCT -LRB- punct  12 O
        10 Press        PROPN NNP compound 12 B-ORG
        11 Release      PROPN NNP compound 12 I-ORG
        12 Service      PROPN NNP appos    8  I-ORG
        13 –            PUNCT :   punct    12 O
        14 Distribution PROPN NNP appos    12 O
        15 )            PUNCT -RRB- punct  12 O
        16 –            PUNCT :   punct    19 O
        17 Quill        PROPN NNP compound 18 B-ORG
        18 Labs         PROPN NNP nsubj    19 I-ORG
        19 announced    VERB  VBD ROOT     19 O
        20 it           PRON  PRP dobj     19 O
        21 .            PUNCT .   punct    19 O
        """,
    ))
    assert org_names(release) == {"Quill Labs"}


def test_a_list_run_into_a_lower_case_noun_modifies_it_and_names_no_bodies():
    """"Zorvik, Quillby, and Marlow Corp. offices": the list modifies "offices"; its items are not
    made bodies for standing beside one (the model's ORG on a whole name still counts)."""
    release = records(parse(
        "They visited Zorvik, Quillby, and Marlow Corp. offices.",
        """
        0  They     PRON  PRP nsubj    1  O
        1  visited  VERB  VBD ROOT     1  O
        2  Zorvik   PROPN NNP compound 9  O
        3  ,        PUNCT ,   punct    2  O
        4  Quillby  PROPN NNP conj     2  O
        5  ,        PUNCT ,   punct    4  O
        6  and      CCONJ CC  cc       4  O
        7  Marlow   PROPN NNP compound 8  O
        8  Corp.    PROPN NNP conj     4  O
        9  offices  NOUN  NNS dobj     1  O
        10 .        PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Marlow Corp."}


def test_a_one_word_code_written_as_an_owner_is_a_body_whatever_the_parse_calls_it():
    """"QRVX’s engineers built it": a name in capitals before a possessive and a noun owns
    something, as a company does, though the parser reads it as a modifier (nmod)."""
    release = records(parse(
        "QRVX’s engineers built it.",
        """
        0 QRVX      PROPN NNP nmod  2 B-ORG
        1 ’s        PART  POS case  0 O
        2 engineers NOUN  NNS nsubj 3 O
        3 built     VERB  VBD ROOT  3 O
        4 it        PRON  PRP dobj  3 O
        5 .         PUNCT .   punct 3 O
        """,
    ))
    assert org_names(release) == {"QRVX"}


def test_a_name_the_release_gives_a_token_is_no_body_though_it_owns_something():
    """"Holders of the QRVX token back QRVX’s plan": the name before "token" is a crypto token;
    its possessive does not make it a body."""
    release = records(parse(
        "Holders of the QRVX token back QRVX’s plan.",
        """
        0 Holders PROPN NNS nsubj    5 O
        1 of      ADP   IN  prep     0 O
        2 the     DET   DT  det      4 O
        3 QRVX    PROPN NNP compound 4 B-ORG
        4 token   NOUN  NN  pobj     1 O
        5 back    VERB  VBP ROOT     5 O
        6 QRVX    PROPN NNP poss     8 B-ORG
        7 ’s      PART  POS case     6 O
        8 plan    NOUN  NN  dobj     5 O
        9 .       PUNCT .   punct    5 O
        """,
    ))
    assert org_names(release) == set()


def test_a_name_after_a_persons_name_and_of_is_the_body_the_person_speaks_for():
    """"said Jane Roe of Quillby Ace": the model's ORG after "of" completes a person, not a title
    or a longer name, and names the body."""
    release = records(parse(
        "said Jane Roe of Quillby Ace .",
        """
        0 said    VERB  VBD ROOT     0 O
        1 Jane    PROPN NNP compound 2 B-PERSON
        2 Roe     PROPN NNP nsubj    0 I-PERSON
        3 of      ADP   IN  prep     2 O
        4 Quillby PROPN NNP compound 5 B-ORG
        5 Ace     PROPN NNP pobj     3 I-ORG
        6 .       PUNCT .   punct    0 O
        """,
    ))
    assert org_names(release) == {"Quillby Ace"}


def test_a_name_after_a_title_and_for_is_the_body_a_portfolio_before_at_is_not():
    """"acting president for Marlow Bearing": the body the title holder served; "Director of
    Zorvik Imaging at Quillby Ace": a portfolio held at the body named after "at"."""
    release = records(parse(
        "He was acting president for Marlow Bearing and Director of Zorvik Imaging at Quillby Ace .",
        """
        0  He        PRON  PRP nsubj    1  O
        1  was       AUX   VBD ROOT     1  O
        2  acting    ADJ   JJ  amod     3  O
        3  president NOUN  NN  attr     1  O
        4  for       ADP   IN  prep     3  O
        5  Marlow    PROPN NNP compound 6  B-ORG
        6  Bearing   PROPN NNP pobj     4  I-ORG
        7  and       CCONJ CC  cc       3  O
        8  Director  PROPN NNP conj     3  O
        9  of        ADP   IN  prep     8  O
        10 Zorvik    PROPN NNP compound 11 B-ORG
        11 Imaging   PROPN NNP pobj     9  I-ORG
        12 at        ADP   IN  prep     8  O
        13 Quillby   PROPN NNP compound 14 B-ORG
        14 Ace       PROPN NNP pobj     12 I-ORG
        15 .         PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Marlow Bearing", "Quillby Ace"}



def test_a_name_between_an_owner_and_a_product_noun_names_the_product():
    """"its Zorvik Nova device": the model's ORG between an owner and "device" is a product."""
    release = records(parse(
        "Quillby Labs sells its Zorvik Nova device .",
        """
        0 Quillby PROPN NNP compound 1 B-ORG
        1 Labs    PROPN NNP nsubj    2 I-ORG
        2 sells   VERB  VBZ ROOT     2 O
        3 its     PRON  PRP$ poss    6 O
        4 Zorvik  PROPN NNP compound 5 B-ORG
        5 Nova    PROPN NNP compound 6 I-ORG
        6 device  NOUN  NN  dobj     2 O
        7 .       PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}



def test_a_code_listed_with_a_headed_name_is_a_body_wherever_the_parser_hangs_the_items():
    """"including ZVX, QRB, and Quillby Stock Exchange": each item a conj of the one before; the
    list holds a name with a head word ("Exchange"), so the first code in it acts as a body
    though no item next to it is part of a longer name."""
    doc = parse(
        "It trades including ZVX , QRB , and Quillby Stock Exchange .",
        """
        0  It        PRON  PRP nsubj    1  O
        1  trades    VERB  VBZ ROOT     1  O
        2  including VERB  VBG prep     1  O
        3  ZVX       PROPN NNP pobj     2  B-ORG
        4  ,         PUNCT ,   punct    3  O
        5  QRB       PROPN NNP conj     3  B-ORG
        6  ,         PUNCT ,   punct    5  O
        7  and       CCONJ CC  cc       5  O
        8  Quillby   PROPN NNP compound 10 B-ORG
        9  Stock     PROPN NNP compound 10 I-ORG
        10 Exchange  PROPN NNP conj     5  I-ORG
        11 .         PUNCT .   punct    1  O
        """,
    )
    assert acts_as_body(doc[3])
    assert [t.text for t in list_items(doc[5])] == ["ZVX", "QRB", "Exchange"]


def test_a_plural_title_word_closing_a_firms_name_keeps_it_a_body_a_title_run_is_none():
    """"backed by Quillby Capital Partners": "Partners" closes a firm's name; "Operating Partners"
    is a title (a participle before the plural title word)."""
    release = records(parse(
        "It is backed by Quillby Capital Partners and Operating Partners .",
        """
        0 It        PRON  PRP nsubjpass 2 O
        1 is        AUX   VBZ auxpass   2 O
        2 backed    VERB  VBN ROOT      2 O
        3 by        ADP   IN  agent     2 O
        4 Quillby   PROPN NNP compound  6 B-ORG
        5 Capital   PROPN NNP compound  6 I-ORG
        6 Partners  PROPN NNPS pobj     3 I-ORG
        7 and       CCONJ CC  cc        6 O
        8 Operating PROPN NNP compound  9 B-ORG
        9 Partners  PROPN NNPS conj     6 I-ORG
        10 .        PUNCT .   punct     2 O
        """,
    ))
    assert org_names(release) == {"Quillby Capital Partners"}


def test_the_name_after_a_person_on_a_roster_line_is_the_employer_in_any_case_a_degree_is_not():
    """"Jane Roe, zvx Communications, Treasurer" / "John Doe, MPH": on a line opening with a
    person and a comma, the model's ORG before a comma and a title word is a body though written
    in lower case; a post-nominal degree is none."""
    release = records(parse(
        "Jane Roe , zvx Communications , Treasurer\nJohn Doe , MPH\n",
        """
        0  Jane           PROPN NNP compound 1  B-PERSON
        1  Roe            PROPN NNP ROOT     1  I-PERSON
        2  ,              PUNCT ,   punct    1  O
        3  zvx            PROPN NNP compound 4  B-ORG
        4  Communications PROPN NNP appos    1  I-ORG
        5  ,              PUNCT ,   punct    1  O
        6  Treasurer      PROPN NNP appos    1  O
        7  \\n             SPACE _SP dep      6  O
        8  John           PROPN NNP compound 9  B-PERSON
        9  Doe            PROPN NNP ROOT     9  I-PERSON
        10 ,              PUNCT ,   punct    9  O
        11 MPH            PROPN NNP appos    9  B-ORG
        12 \\n             SPACE _SP dep      11 O
        """,
    ))
    assert org_names(release) == {"zvx Communications"}


def test_a_name_headed_by_a_token_fund_or_deposit_word_is_no_body():
    """"Acme listed the Zorvik Token and the Quillby Income ETF near the Marlow Deposit.": the model's
    ORGs end in a word for a coin, a fund product or an ore body (patterns/not_org_heads), so name
    no body; "Acme" stays."""
    release = records(parse(
        "Acme listed the Zorvik Token and the Quillby Income ETF near the Marlow Deposit.",
        """
        0  Acme     PROPN NNP nsubj    1  B-ORG
        1  listed   VERB  VBD ROOT     1  O
        2  the      DET   DT  det      4  O
        3  Zorvik   PROPN NNP compound 4  B-ORG
        4  Token    PROPN NNP dobj     1  I-ORG
        5  and      CCONJ CC  cc       4  O
        6  the      DET   DT  det      9  O
        7  Quillby  PROPN NNP compound 9  B-ORG
        8  Income   PROPN NNP compound 9  I-ORG
        9  ETF      PROPN NNP conj     4  I-ORG
        10 near     ADP   IN  prep     1  O
        11 the      DET   DT  det      13 O
        12 Marlow   PROPN NNP compound 13 B-ORG
        13 Deposit  PROPN NNP pobj     10 I-ORG
        14 .        PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Acme"}


def test_a_name_headed_by_a_plural_instrument_word_is_no_body():
    """"Zorvia signed the Marlow Accords.": the model's ORG ends in the plural of an instrument word
    (patterns/not_org_heads: "Accords", "Agreements", "Treaties", "Declarations"), so names the
    instruments, no body."""
    release = records(parse(
        "Zorvia signed the Marlow Accords.",
        """
        0  Zorvia  PROPN NNP nsubj    1  B-GPE
        1  signed  VERB  VBD ROOT     1  O
        2  the     DET   DT  det      4  O
        3  Marlow  PROPN NNP compound 4  B-ORG
        4  Accords PROPN NNPS dobj    1  I-ORG
        5  .       PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == set()


def test_a_code_in_capitals_apposed_to_a_company_noun_is_a_body():
    """"Zelvo signed with QARTIX, a software startup": the model's one-word ORG in capitals, no
    known acronym, is a body because the apposition calls it a startup."""
    release = records(parse(
        "Zelvo signed with QARTIX, a software startup.",
        """
        0 Zelvo    PROPN NNP nsubj    1 B-ORG
        1 signed   VERB  VBD ROOT     1 O
        2 with     ADP   IN  prep     1 O
        3 QARTIX   PROPN NNP pobj     2 B-ORG
        4 ,        PUNCT ,   punct    3 O
        5 a        DET   DT  det      7 O
        6 software NOUN  NN  compound 7 O
        7 startup  NOUN  NN  appos    3 O
        8 .        PUNCT .   punct    1 O
        """,
    ))
    assert "QARTIX" in org_names(release)


def test_a_code_in_capitals_that_says_something_is_a_body():
    """"QARTIX said the deal closed": the subject of a verb of saying is a body; the same code
    that only modifies a noun is not ("the QARTIX deal")."""
    said = records(parse(
        "QARTIX said the deal closed.",
        """
        0 QARTIX PROPN NNP nsubj 1 B-ORG
        1 said   VERB  VBD ROOT  1 O
        2 the    DET   DT  det   3 O
        3 deal   NOUN  NN  nsubj 4 O
        4 closed VERB  VBD ccomp 1 O
        5 .      PUNCT .   punct 1 O
        """,
    ))
    modifier = records(parse(
        "The QARTIX deal closed.",
        """
        0 The    DET   DT  det      2 O
        1 QARTIX PROPN NNP compound 2 B-ORG
        2 deal   NOUN  NN  nsubj    3 O
        3 closed VERB  VBD ROOT     3 O
        4 .      PUNCT .   punct    3 O
        """,
    ))
    assert "QARTIX" in org_names(said)
    assert "QARTIX" not in org_names(modifier)


def test_a_plural_after_a_head_and_plain_modifiers_is_no_lost_possessive():
    """"the Senate Foreign Relations Committee" is one name: "Relations" follows the head
    "Senate" through a modifier, not an of-complement, so it is no owner that lost its
    apostrophe ("Department of Justices Antitrust Division" stays one)."""
    release = records(parse(
        "The Senate Foreign Relations Committee met.",
        """
        0 The       DET   DT   det      4 O
        1 Senate    PROPN NNP  compound 4 B-ORG
        2 Foreign   PROPN NNP  compound 3 I-ORG
        3 Relations PROPN NNPS compound 4 I-ORG
        4 Committee PROPN NNP  nsubj    5 I-ORG
        5 met       VERB  VBD  ROOT     5 O
        6 .         PUNCT .    punct    5 O
        """,
    ))
    assert org_names(release) == {"Senate Foreign Relations Committee"}


def test_a_name_after_executive_of_is_the_body_served():
    """"a former executive of Zelvo Air Lines": "executive" (a title modifier the tagger reads
    as a noun) and "of" make the name after it the body the holder serves."""
    release = records(parse(
        "A former executive of Zelvo Air Lines was sentenced.",
        """
        0 A         DET   DT  det      2 O
        1 former    ADJ   JJ  amod     2 O
        2 executive NOUN  NN  nsubjpass 8 O
        3 of        ADP   IN  prep     2 O
        4 Zelvo     PROPN NNP compound 6 B-ORG
        5 Air       PROPN NNP compound 6 I-ORG
        6 Lines     PROPN NNPS pobj    3 I-ORG
        7 was       AUX   VBD auxpass  8 O
        8 sentenced VERB  VBN ROOT     8 O
        9 .         PUNCT .   punct    8 O
        """,
    ))
    assert "Zelvo Air Lines" in org_names(release)


def test_a_name_after_working_for_or_a_division_of_is_a_body():
    """"while working for Zelvo Media" (a verb of working, patterns/affiliation_verbs) and "a
    division of Zelvo Realty" (patterns/affiliation_nouns) complete an affiliation: bodies."""
    working = records(parse(
        "She wrote while working for Zelvo Media.",
        """
        0 She     PRON  PRP nsubj    1 O
        1 wrote   VERB  VBD ROOT     1 O
        2 while   SCONJ IN  mark     3 O
        3 working VERB  VBG advcl    1 O
        4 for     ADP   IN  prep     3 O
        5 Zelvo   PROPN NNP compound 6 B-ORG
        6 Media   PROPN NNP pobj     4 I-ORG
        7 .       PUNCT .   punct    1 O
        """,
    ))
    division = records(parse(
        "It is a division of Zelvo Realty.",
        """
        0 It       PRON  PRP nsubj    1 O
        1 is       AUX   VBZ ROOT     1 O
        2 a        DET   DT  det      3 O
        3 division NOUN  NN  attr     1 O
        4 of       ADP   IN  prep     3 O
        5 Zelvo    PROPN NNP compound 6 B-ORG
        6 Realty   PROPN NNP pobj     4 I-ORG
        7 .        PUNCT .   punct    1 O
        """,
    ))
    assert "Zelvo Media" in org_names(working)
    assert "Zelvo Realty" in org_names(division)


def test_a_plural_head_before_of_names_one_body():
    """"the National Institutes of Zelvo": "Institutes" (patterns/plural_org_heads) before "of"
    heads the name as "Institute" would; the model's ORG is kept."""
    release = records(parse(
        "It was funded by the National Institutes of Zelvo.",
        """
        0 It         PRON  PRP nsubjpass 2 O
        1 was        AUX   VBD auxpass   2 O
        2 funded     VERB  VBN ROOT      2 O
        3 by         ADP   IN  agent     2 O
        4 the        DET   DT  det       6 B-ORG
        5 National   PROPN NNP compound  6 I-ORG
        6 Institutes PROPN NNPS pobj     3 I-ORG
        7 of         ADP   IN  prep      6 I-ORG
        8 Zelvo      PROPN NNP pobj      7 I-ORG
        9 .          PUNCT .   punct     2 O
        """,
    ))
    assert "National Institutes of Zelvo" in org_names(release)


def test_a_name_ending_in_a_building_or_venue_word_is_a_place_not_a_body():
    """"Quillby Labs met at the Vornet Plaza Hotel.": the model's ORG on a hotel names the venue;
    its ORG on the company stays."""
    release = records(parse(
        "Quillby Labs met at the Vornet Plaza Hotel.",
        """
        0 Quillby PROPN NNP compound 1 B-ORG
        1 Labs    PROPN NNP nsubj    2 I-ORG
        2 met     VERB  VBD ROOT     2 O
        3 at      ADP   IN  prep     2 O
        4 the     DET   DT  det      7 O
        5 Vornet  PROPN NNP compound 7 B-ORG
        6 Plaza   PROPN NNP compound 7 I-ORG
        7 Hotel   PROPN NNP pobj     3 I-ORG
        8 .       PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}


def test_the_front_of_a_longer_capitalized_title_is_no_body_but_a_company_before_a_title_is():
    """"Jane Roe was named Best Trial Defense Attorney by Quillby Labs.": the model's ORG "Best
    Trial" is only the front of an award's title; "Quillby Labs" stays. In "Zorvik Dynamics CEO
    Jane Roe spoke." the capitalized words after the company are a title and a name: it stays."""
    release = records(parse(
        "Jane Roe was named Best Trial Defense Attorney by Quillby Labs.",
        """
        0  Jane     PROPN NNP compound 1  B-PERSON
        1  Roe      PROPN NNP nsubjpass 3 I-PERSON
        2  was      AUX   VBD auxpass  3  O
        3  named    VERB  VBN ROOT     3  O
        4  Best     PROPN NNP compound 5  B-ORG
        5  Trial    PROPN NNP compound 7  I-ORG
        6  Defense  PROPN NNP compound 7  O
        7  Attorney PROPN NNP oprd     3  O
        8  by       ADP   IN  agent    3  O
        9  Quillby  PROPN NNP compound 10 B-ORG
        10 Labs     PROPN NNP pobj     8  I-ORG
        11 .        PUNCT .   punct    3  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}
    release = records(parse(
        "Zorvik Dynamics CEO Jane Roe spoke.",
        """
        0 Zorvik   PROPN NNP compound 1 B-ORG
        1 Dynamics PROPN NNP compound 4 I-ORG
        2 CEO      PROPN NNP compound 4 O
        3 Jane     PROPN NNP compound 4 B-PERSON
        4 Roe      PROPN NNP nsubj    5 I-PERSON
        5 spoke    VERB  VBD ROOT     5 O
        6 .        PUNCT .   punct    5 O
        """,
    ))
    assert org_names(release) == {"Zorvik Dynamics"}


def test_a_cryptocurrency_or_blockchain_is_no_body_but_its_foundation_is():
    """"Quillby Labs lets users stake Ethereum and Bitcoin on the Solana Foundation's network.":
    the model's ORG on a coin or a list of coins (patterns/crypto_assets) names an asset, not a
    body; the company and the foundation behind a blockchain stay."""
    release = records(parse(
        "Quillby Labs lets users stake Ethereum and Bitcoin with the Solana Foundation.",
        """
        0  Quillby    PROPN NNP compound 1  B-ORG
        1  Labs       PROPN NNP nsubj    2  I-ORG
        2  lets       VERB  VBZ ROOT     2  O
        3  users      NOUN  NNS nsubj    4  O
        4  stake      VERB  VB  ccomp    2  O
        5  Ethereum   PROPN NNP dobj     4  B-ORG
        6  and        CCONJ CC  cc       5  I-ORG
        7  Bitcoin    PROPN NNP conj     5  I-ORG
        8  with       ADP   IN  prep     4  O
        9  the        DET   DT  det      11 O
        10 Solana     PROPN NNP compound 11 B-ORG
        11 Foundation PROPN NNP pobj     8  I-ORG
        12 .          PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs", "Solana Foundation"}


def test_a_magazine_is_no_body_unless_it_acts():
    """"Quillby Labs was featured in Zorvik Magazine.": a publication's name (its last word in
    patterns/publication_heads) names no body; the company stays. "Zorvik Magazine has
    recognized Quillby Labs.": the magazine acts, as a body does."""
    release = records(parse(
        "Quillby Labs was featured in Zorvik Magazine.",
        """
        0 Quillby  PROPN NNP compound  1 B-ORG
        1 Labs     PROPN NNP nsubjpass 3 I-ORG
        2 was      AUX   VBD auxpass   3 O
        3 featured VERB  VBN ROOT      3 O
        4 in       ADP   IN  prep      3 O
        5 Zorvik   PROPN NNP compound  6 B-ORG
        6 Magazine PROPN NNP pobj      4 I-ORG
        7 .        PUNCT .   punct     3 O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}
    release = records(parse(
        "Zorvik Magazine has recognized Quillby Labs.",
        """
        0 Zorvik     PROPN NNP compound 1 B-ORG
        1 Magazine   PROPN NNP nsubj    3 I-ORG
        2 has        AUX   VBZ aux      3 O
        3 recognized VERB  VBN ROOT     3 O
        4 Quillby    PROPN NNP compound 5 B-ORG
        5 Labs       PROPN NNP dobj     3 I-ORG
        6 .          PUNCT .   punct    3 O
        """,
    ))
    assert org_names(release) == {"Zorvik Magazine", "Quillby Labs"}


def test_a_disease_or_a_study_is_no_body():
    """"Quillby Labs began the Zorvik Study in Dry Eye Disease.": a study and a disease (their
    head words in patterns/not_org_heads) name no body."""
    release = records(parse(
        "Quillby Labs began the Zorvik Study in Dry Eye Disease.",
        """
        0  Quillby PROPN NNP compound 1  B-ORG
        1  Labs    PROPN NNP nsubj    2  I-ORG
        2  began   VERB  VBD ROOT     2  O
        3  the     DET   DT  det      5  O
        4  Zorvik  PROPN NNP compound 5  B-ORG
        5  Study   PROPN NNP dobj     2  I-ORG
        6  in      ADP   IN  prep     5  O
        7  Dry     PROPN NNP compound 9  B-ORG
        8  Eye     PROPN NNP compound 9  I-ORG
        9  Disease PROPN NNP pobj     6  I-ORG
        10 .       PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}


def test_a_name_before_lower_case_words_and_a_product_noun_names_the_product():
    """"Quillby Labs sells the Zorvik Nano indoor drone and runs its Vantor Rewards (VR) program.":
    a name between "the"/"its" and a product noun (patterns/product_nouns), with lower-case
    modifiers of that noun or the name's short form in parentheses between, names a product or a
    programme, not a body."""
    release = records(parse(
        "Quillby Labs sells the Zorvik Nano indoor drone and runs its Vantor Rewards (VR) program.",
        """
        0  Quillby PROPN NNP compound 1  B-ORG
        1  Labs    PROPN NNP nsubj    2  I-ORG
        2  sells   VERB  VBZ ROOT     2  O
        3  the     DET   DT  det      7  O
        4  Zorvik  PROPN NNP compound 5  B-ORG
        5  Nano    PROPN NNP compound 7  I-ORG
        6  indoor  ADJ   JJ  amod     7  O
        7  drone   NOUN  NN  dobj     2  O
        8  and     CCONJ CC  cc       2  O
        9  runs    VERB  VBZ conj     2  O
        10 its     PRON  PRP$ poss    16 O
        11 Vantor  PROPN NNP compound 12 B-ORG
        12 Rewards PROPN NNP compound 16 I-ORG
        13 (       PUNCT -LRB- punct  14 O
        14 VR      PROPN NNP appos    12 O
        15 )       PUNCT -RRB- punct  14 O
        16 program NOUN  NN  dobj     9  O
        17 .       PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}


def test_a_name_in_apposition_with_a_drug_or_an_owned_platform_is_no_body():
    """"Quillby Labs tested Zorvik, an oral drug candidate, on Vantor, its new data platform.":
    an apposition headed by a noun for a thing (patterns/thing_appositions; after "its" a product
    noun too) says the name is a drug or a product; "Norvel, a software company" stays a body."""
    release = records(parse(
        "Quillby Labs tested Zorvik, an oral drug candidate, on Vantor, its new data platform, with Norvel, a software company.",
        """
        0  Quillby   PROPN NNP compound 1  B-ORG
        1  Labs      PROPN NNP nsubj    2  I-ORG
        2  tested    VERB  VBD ROOT     2  O
        3  Zorvik    PROPN NNP dobj     2  B-ORG
        4  ,         PUNCT ,   punct    3  O
        5  an        DET   DT  det      8  O
        6  oral      ADJ   JJ  amod     8  O
        7  drug      NOUN  NN  compound 8  O
        8  candidate NOUN  NN  appos    3  O
        9  ,         PUNCT ,   punct    3  O
        10 on        ADP   IN  prep     2  O
        11 Vantor    PROPN NNP pobj     10 B-ORG
        12 ,         PUNCT ,   punct    11 O
        13 its       PRON  PRP$ poss    16 O
        14 new       ADJ   JJ  amod     16 O
        15 data      NOUN  NN  compound 16 O
        16 platform  NOUN  NN  appos    11 O
        17 ,         PUNCT ,   punct    11 O
        18 with      ADP   IN  prep     2  O
        19 Norvel    PROPN NNP pobj     18 B-ORG
        20 ,         PUNCT ,   punct    19 O
        21 a         DET   DT  det      23 O
        22 software  NOUN  NN  compound 23 O
        23 company   NOUN  NN  appos    19 O
        24 .         PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs", "Norvel"}


def test_names_listed_after_tokens_such_as_are_instances_not_bodies():
    """"Quillby Labs lists tokens such as Zorvex and Nevacoin.": names listed after "such as"
    a plural noun for a kind of thing (patterns/thing_kinds) are instances of it, no bodies."""
    release = records(parse(
        "Quillby Labs lists tokens such as Zorvex and Nevacoin.",
        """
        0 Quillby  PROPN NNP compound 1 B-ORG
        1 Labs     PROPN NNP nsubj    2 I-ORG
        2 lists    VERB  VBZ ROOT     2 O
        3 tokens   NOUN  NNS dobj     2 O
        4 such     ADJ   JJ  amod     5 O
        5 as       ADP   IN  prep     3 O
        6 Zorvex   PROPN NNP pobj     5 B-ORG
        7 and      CCONJ CC  cc       6 O
        8 Nevacoin PROPN NNP conj     6 B-ORG
        9 .        PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}


def test_a_name_starting_inside_a_word_starts_where_the_word_does():
    """"As a layer-1, 0G Labs has pioneered ...": the tokenizer splits "0G"; the head-word name
    "G Labs" starts inside that word, so it is "0G Labs"."""
    release = records(parse(
        "Today 0G Labs has pioneered a chain.",
        """
        0 Today     NOUN  NN  npadvmod 4 O
        1 0         NUM   CD  nummod   3 O
        2 G         PROPN NNP compound 3 B-ORG
        3 Labs      PROPN NNP nsubj    5 I-ORG
        4 has       AUX   VBZ aux      5 O
        5 pioneered VERB  VBN ROOT     5 O
        6 a         DET   DT  det      7 O
        7 chain     NOUN  NN  dobj     5 O
        8 .         PUNCT .   punct    5 O
        """,
    ))
    assert org_names(release) == {"0G Labs"}


def test_two_bodies_run_into_one_name_are_no_third_body():
    """"It joins Zorvik and Vantor Data. Vantor Data leads.": the model's one ORG over "Zorvik
    and Vantor Data", whose second name the release gives alone as another organization, is two
    bodies run together, not a third; "Vantor Data" stays."""
    release = records(parse(
        "It joins Zorvik and Vantor Data. Vantor Data leads.",
        """
        0  It     PRON  PRP nsubj    1  O
        1  joins  VERB  VBZ ROOT     1  O
        2  Zorvik PROPN NNP dobj     1  B-ORG
        3  and    CCONJ CC  cc       2  I-ORG
        4  Vantor PROPN NNP compound 5  I-ORG
        5  Data   PROPN NNP conj     2  I-ORG
        6  .      PUNCT .   punct    1  O
        7  Vantor PROPN NNP compound 8  B-ORG
        8  Data   PROPN NNP nsubj    9  I-ORG
        9  leads  VERB  VBZ ROOT     9  O
        10 .      PUNCT .   punct    9  O
        """,
    ))
    assert org_names(release) == {"Vantor Data"}


def test_a_name_before_an_owners_award_names_the_award():
    """"Quillby Labs won the Vantor Ambition award.": a name between "the" and "award"
    (patterns/product_nouns) names the award, no body."""
    release = records(parse(
        "Quillby Labs won the Vantor Ambition award.",
        """
        0 Quillby  PROPN NNP compound 1 B-ORG
        1 Labs     PROPN NNP nsubj    2 I-ORG
        2 won      VERB  VBD ROOT     2 O
        3 the      DET   DT  det      6 O
        4 Vantor   PROPN NNP compound 5 B-ORG
        5 Ambition PROPN NNP compound 6 I-ORG
        6 award    NOUN  NN  dobj     2 O
        7 .        PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}


def test_a_head_word_closing_a_person_tag_with_no_given_name_ends_a_body():
    """"Zentrix Labs today announced a deal.": the model tags "Zentrix Labs" PERSON; a head word
    closing a PERSON entity that no given name opens ends a body's name. "Jane Labs" (a given
    name opens it) is left to the people rules."""
    release = records(parse(
        "Zentrix Labs today announced a deal.",
        """
        0 Zentrix   PROPN NNP compound 1 B-PERSON
        1 Labs      PROPN NNP nsubj    3 I-PERSON
        2 today     NOUN  NN  npadvmod 3 B-DATE
        3 announced VERB  VBD ROOT     3 O
        4 a         DET   DT  det      5 O
        5 deal      NOUN  NN  dobj     3 O
        6 .         PUNCT .   punct    3 O
        """,
    ))
    assert org_names(release) == {"Zentrix Labs"}


def test_a_name_after_a_portfolio_company_of_is_a_body():
    """"Quillby Labs is a portfolio company of Vantor Ridge Capital.": the model's ORG after "of"
    completing "company" (patterns/affiliation_nouns) names the body that holds it."""
    release = records(parse(
        "Quillby Labs is a portfolio company of Vantor Ridge Capital.",
        """
        0  Quillby   PROPN NNP compound 1  B-ORG
        1  Labs      PROPN NNP nsubj    2  I-ORG
        2  is        AUX   VBZ ROOT     2  O
        3  a         DET   DT  det      5  O
        4  portfolio NOUN  NN  compound 5  O
        5  company   NOUN  NN  attr     2  O
        6  of        ADP   IN  prep     5  O
        7  Vantor    PROPN NNP compound 9  B-ORG
        8  Ridge     PROPN NNP compound 9  I-ORG
        9  Capital   PROPN NNP pobj     6  I-ORG
        10 .         PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs", "Vantor Ridge Capital"}


def test_an_untagged_name_that_is_a_company_by_copula_is_an_organization():
    """"Tarnwell Forge is a software company": the subject of "is" whose complement is a company
    noun names a body though the model tagged nothing; "Jane Roe is a film producer": a given name
    before an agent noun is a person's job, no body."""
    release = records(parse(
        "Tarnwell Forge is a software company. Jane Roe is a film producer.",
        """
        0  Tarnwell  PROPN NNP compound 1  O
        1  Forge     PROPN NNP nsubj    2  O
        2  is        AUX   VBZ ROOT     2  O
        3  a         DET   DT  det      5  O
        4  software  NOUN  NN  compound 5  O
        5  company   NOUN  NN  attr     2  O
        6  .         PUNCT .   punct    2  O
        7  Jane      PROPN NNP compound 8  B-PERSON
        8  Roe       PROPN NNP nsubj    9  I-PERSON
        9  is        AUX   VBZ ROOT     9  O
        10 a         DET   DT  det      12 O
        11 film      NOUN  NN  compound 12 O
        12 producer  NOUN  NN  attr     9  O
        13 .         PUNCT .   punct    9  O
        """,
    ))
    assert org_names(release) == {"Tarnwell Forge"}
    assert [p.name for p in release.people] == ["Jane Roe"]


def test_names_listed_after_a_colon_or_include_under_a_noun_for_no_body_are_instances_not_bodies():
    """"Quillby Labs has three pillars: Zorvex Growth, Nova Reach and Talent." and "Its
    verticals include Retail Lending and Wealth Care.": names listed in apposition after a colon, or
    as what "include" takes, under a plural noun for a kind of thing that is no body
    (patterns/thing_kinds: pillars, verticals, industries ...) are instances of it, no bodies."""
    release = records(parse(
        "Quillby Labs has three pillars: Zorvex Growth, Nova Reach and Talent.",
        """
        0  Quillby PROPN NNP compound 1  B-ORG
        1  Labs    PROPN NNP nsubj    2  I-ORG
        2  has     VERB  VBZ ROOT     2  O
        3  three   NUM   CD  nummod   4  B-CARDINAL
        4  pillars NOUN  NNS dobj     2  O
        5  :       PUNCT :   punct    4  O
        6  Zorvex  PROPN NNP compound 7  B-ORG
        7  Growth  PROPN NNP appos    4  I-ORG
        8  ,       PUNCT ,   punct    7  O
        9  Nova    PROPN NNP compound 10 B-ORG
        10 Reach   PROPN NNP conj     7  I-ORG
        11 and     CCONJ CC  cc       10 O
        12 Talent  PROPN NNP conj     10 B-ORG
        13 .       PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Quillby Labs"}
    included = records(parse(
        "Its verticals include Retail Lending and Wealth Care.",
        """
        0 Its       PRON  PRP$ poss     1 O
        1 verticals NOUN  NNS  nsubj    2 O
        2 include   VERB  VBP  ROOT     2 O
        3 Retail    PROPN NNP  compound 4 B-ORG
        4 Lending   PROPN NNP  dobj     2 I-ORG
        5 and       CCONJ CC   cc       4 O
        6 Wealth    PROPN NNP  compound 7 B-ORG
        7 Care      PROPN NNP  conj     4 I-ORG
        8 .         PUNCT .    punct    2 O
        """,
    ))
    assert org_names(included) == set()


def test_a_name_headed_by_a_document_word_before_of_or_by_shares_is_no_body():
    """"the Zorvik Letter of Intent", "Nova sold Quillby Depositary Shares": the model's ORG whose
    word before "of" (or whose last word) names a document or a security (patterns/not_org_heads:
    Letter, Certificate, Memorandum, Shares, Receipts ...) is no body."""
    release = records(parse(
        "The Zorvik Letter of Intent unlocks value.",
        """
        0 The     DET   DT  det      2 O
        1 Zorvik  PROPN NNP compound 2 B-ORG
        2 Letter  PROPN NNP nsubj    5 I-ORG
        3 of      ADP   IN  prep     2 I-ORG
        4 Intent  PROPN NNP pobj     3 I-ORG
        5 unlocks VERB  VBZ ROOT     5 O
        6 value   NOUN  NN  dobj     5 O
        7 .       PUNCT .   punct    5 O
        """,
    ))
    assert org_names(release) == set()
    shares = records(parse(
        "Nova sold Quillby Depositary Shares.",
        """
        0 Nova       PROPN NNP  nsubj    1 B-ORG
        1 sold       VERB  VBD  ROOT     1 O
        2 Quillby    PROPN NNP  compound 4 B-ORG
        3 Depositary PROPN NNP  compound 4 I-ORG
        4 Shares     PROPN NNPS dobj     1 I-ORG
        5 .          PUNCT .    punct    1 O
        """,
    ))
    assert org_names(shares) == {"Nova"}


def test_a_company_named_again_without_its_closing_firm_word_is_the_same_company():
    """"Quillby" after "Quillby Pharma" (patterns/firm_name_ends): one company, not two."""
    release = records(parse(
        "Quillby Pharma raised funds. Quillby will grow.",
        """
        0 Quillby PROPN NNP compound 1 B-ORG
        1 Pharma  PROPN NNP nsubj    2 I-ORG
        2 raised  VERB  VBD ROOT     2 O
        3 funds   NOUN  NNS dobj     2 O
        4 .       PUNCT .   punct    2 O
        5 Quillby PROPN NNP nsubj    7 B-ORG
        6 will    AUX   MD  aux      7 O
        7 grow    VERB  VB  ROOT     7 O
        8 .       PUNCT .   punct    7 O
        """,
    ))
    company = org_named(release, "Quillby Pharma")
    assert company.aliases == ["Quillby"]
    assert org_names(release) == {"Quillby Pharma"}


def test_a_model_org_split_by_a_slash_with_no_head_word_is_no_body():
    """"Photo: Mara Velt/Harbor Ledger." and "It serves Hispanic/Latino audiences.": two names or
    words a slash joins (a photo credit, a pair) name no one body; a head word keeps a joined
    name ("Quillby-Presbyterian/Nova Medical Center")."""
    release = records(parse(
        "It serves Hispanic/Latino audiences. Quillby-Presbyterian/Nova Medical Center agreed.",
        """
        0  It           PRON  PRP nsubj    1  O
        1  serves       VERB  VBZ ROOT     1  O
        2  Hispanic     PROPN NNP compound 5  B-ORG
        3  /            SYM   SYM punct    2  I-ORG
        4  Latino       PROPN NNP compound 5  I-ORG
        5  audiences    NOUN  NNS dobj     1  O
        6  .            PUNCT .   punct    1  O
        7  Quillby      PROPN NNP compound 14 B-ORG
        8  -            PUNCT HYPH punct   7  I-ORG
        9  Presbyterian PROPN NNP compound 14 I-ORG
        10 /            SYM   SYM punct    9  I-ORG
        11 Nova         PROPN NNP compound 13 I-ORG
        12 Medical      PROPN NNP compound 13 I-ORG
        13 Center       PROPN NNP nsubj    14 I-ORG
        14 agreed       VERB  VBD ROOT     14 O
        15 .            PUNCT .   punct    14 O
        """,
    ))
    assert org_names(release) == {"Quillby-Presbyterian/Nova Medical Center"}


def test_a_name_of_common_words_found_only_inside_section_headings_is_no_body():
    """"Growth Support with Digital Presence" and "Growth Driven by Quillby" are section headings:
    "Digital Presence", of common words and found nowhere else, is a phrase of the heading;
    "Quillby", a name of its own, stays a body."""
    release = records(parse(
        "Vantor Crest grew.\n\nThe deals closed.\n\nGrowth Support with Digital Presence\n\nGrowth Driven by Quillby\n\nIt grew.",
        """
        0  Vantor    PROPN NNP  compound 1  B-ORG
        1  Crest     PROPN NNP  nsubj    2  I-ORG
        2  grew      VERB  VBD  ROOT     2  O
        3  .         PUNCT .    punct    2  O
        4  \\n\\n     SPACE _SP  dep      3  O
        5  The       DET   DT   det      6  O
        6  deals     NOUN  NNS  nsubj    7  O
        7  closed    VERB  VBD  ROOT     7  O
        8  .         PUNCT .    punct    7  O
        9  \\n\\n     SPACE _SP  dep      8  O
        10 Growth    PROPN NNP  compound 11 O
        11 Support   PROPN NNP  ROOT     11 O
        12 with      ADP   IN   prep     11 O
        13 Digital   PROPN NNP  compound 14 B-ORG
        14 Presence  PROPN NNP  pobj     12 I-ORG
        15 \\n\\n     SPACE _SP  dep      14 O
        16 Growth    PROPN NNP  ROOT     16 O
        17 Driven    VERB  VBN  acl      16 O
        18 by        ADP   IN   agent    17 O
        19 Quillby   PROPN NNP  pobj     18 B-ORG
        20 \\n\\n     SPACE _SP  dep      19 O
        21 It        PRON  PRP  nsubj    22 O
        22 grew      VERB  VBD  ROOT     22 O
        23 .         PUNCT .    punct    22 O
        """,
    ))
    assert "Digital Presence" not in org_names(release)
    assert {"Vantor Crest", "Quillby"} <= org_names(release)


def test_common_words_closing_one_name_opened_by_a_word_in_capitals_are_that_body():
    """"Sales rose. ZORVIX Trading Center grew. Trading Center opened a desk.": the model cut the
    word in capitals off the last mention; "Trading Center" is the same body, not a second one."""
    release = records(parse(
        "Sales rose. ZORVIX Trading Center grew. Trading Center opened a desk.",
        """
        0  Sales    NOUN  NNS nsubj    1  O
        1  rose     VERB  VBD ROOT     1  O
        2  .        PUNCT .   punct    1  O
        3  ZORVIX   PROPN NNP compound 5  B-ORG
        4  Trading  PROPN NNP compound 5  I-ORG
        5  Center   PROPN NNP nsubj    6  I-ORG
        6  grew     VERB  VBD ROOT     6  O
        7  .        PUNCT .   punct    6  O
        8  Trading  PROPN NNP compound 9  B-ORG
        9  Center   PROPN NNP nsubj    10 I-ORG
        10 opened   VERB  VBD ROOT     10 O
        11 a        DET   DT  det      12 O
        12 desk     NOUN  NN  dobj     10 O
        13 .        PUNCT .   punct    10 O
        """,
    ))
    assert org_names(release) == {"ZORVIX Trading Center"}
    assert org_named(release, "ZORVIX Trading Center").aliases == ["Trading Center"]


def test_a_model_org_holding_a_finite_form_of_be_or_a_modal_is_a_clause_not_a_body():
    """"Most Cruise Cases Are Filed in Miami": the model's ORG over "Most Cruise Cases Are Filed"
    holds a finite "Are": a clause of a heading, no body."""
    release = records(parse(
        "Most Cruise Cases Are Filed in Miami",
        """
        0 Most   ADJ   JJS amod      2 B-ORG
        1 Cruise PROPN NNP compound  2 I-ORG
        2 Cases  PROPN NNPS nsubjpass 4 I-ORG
        3 Are    AUX   VBP auxpass   4 I-ORG
        4 Filed  VERB  VBN ROOT      4 I-ORG
        5 in     ADP   IN  prep      4 O
        6 Miami  PROPN NNP pobj      5 B-GPE
        """,
    ))
    assert org_names(release) == set()


def test_a_brand_name_with_an_i_or_e_prefix_before_its_capital_is_a_name_the_model_tags_org():
    """"Jane Roe joined iWidgetry in 2019": the model's ORG "iWidgetry" is written as a name
    (the capital after the one-letter prefix), so it is a body though no word starts capitalized;
    a plural concept word with another prefix ("dWidgets") stays out."""
    release = records(parse(
        "Jane Roe joined iWidgetry and dWidgets in 2019.",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP nsubj    2  I-PERSON
        2  joined    VERB  VBD ROOT     2  O
        3  iWidgetry PROPN NNP dobj     2  B-ORG
        4  and       CCONJ CC  cc       3  O
        5  dWidgets  PROPN NNP conj     3  B-ORG
        6  in        ADP   IN  prep     2  O
        7  2019      NUM   CD  pobj     6  B-DATE
        8  .         PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"iWidgetry"}



def test_a_name_closed_by_conference_names_a_meeting_unless_it_acts_as_a_body():
    """"attended the Quillby Investor Conference": a meeting, though the model tags it ORG and
    "Conference" heads bodies too; "adopted by the Zorvik Labour Conference": the agent of an
    act is a body."""
    release = records(parse(
        "Acme Labs attended the Quillby Investor Conference.",
        """
        0 Acme       PROPN NNP compound 1 B-ORG
        1 Labs       PROPN NNP nsubj    2 I-ORG
        2 attended   VERB  VBD ROOT     2 O
        3 the        DET   DT  det      6 O
        4 Quillby    PROPN NNP compound 6 B-ORG
        5 Investor   PROPN NNP compound 6 I-ORG
        6 Conference PROPN NNP dobj     2 I-ORG
        7 .          PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Acme Labs"}
    release = records(parse(
        "The text was adopted by the Zorvik Labour Conference.",
        """
        0 The        DET   DT  det       1 O
        1 text       NOUN  NN  nsubjpass 3 O
        2 was        AUX   VBD auxpass   3 O
        3 adopted    VERB  VBN ROOT      3 O
        4 by         ADP   IN  agent     3 O
        5 the        DET   DT  det       8 O
        6 Zorvik     PROPN NNP compound  8 B-ORG
        7 Labour     PROPN NNP compound  8 I-ORG
        8 Conference PROPN NNP pobj      4 I-ORG
        9 .          PUNCT .   punct     3 O
        """,
    ))
    assert org_names(release) == {"Zorvik Labour Conference"}


def test_a_name_written_again_by_its_first_words_is_the_same_body_only_after_it_in_full():
    """"Zorvik Padel hired ... Zorvik grew": the first word of a name with no head word, written
    after the name in full, is that body; written before it ("Zorvik grew. Zorvik TV ..."), the
    longer name is a thing or a unit of the body, and both stay."""
    release = records(parse(
        "Zorvik Padel hired Jane. Zorvik grew.",
        """
        0 Zorvik PROPN NNP compound 1 B-ORG
        1 Padel  PROPN NNP nsubj    2 I-ORG
        2 hired  VERB  VBD ROOT     2 O
        3 Jane   PROPN NNP dobj     2 O
        4 .      PUNCT .   punct    2 O
        5 Zorvik PROPN NNP nsubj    6 B-ORG
        6 grew   VERB  VBD ROOT     6 O
        7 .      PUNCT .   punct    6 O
        """,
    ))
    assert org_names(release) == {"Zorvik Padel"}
    assert org_named(release, "Zorvik Padel").aliases == ["Zorvik"]
    release = records(parse(
        "Zorvik grew. Zorvik Padel hired Jane.",
        """
        0 Zorvik PROPN NNP nsubj    1 B-ORG
        1 grew   VERB  VBD ROOT     1 O
        2 .      PUNCT .   punct    1 O
        3 Zorvik PROPN NNP compound 4 B-ORG
        4 Padel  PROPN NNP nsubj    5 I-ORG
        5 hired  VERB  VBD ROOT     5 O
        6 Jane   PROPN NNP dobj     5 O
        7 .      PUNCT .   punct    5 O
        """,
    ))
    assert org_names(release) == {"Zorvik", "Zorvik Padel"}


def test_a_titles_body_named_by_the_first_words_of_a_name_given_before_folds_into_it():
    """"Zorvik International ... Managing Partner of Zorvik": the body a title named later is the
    organization named in full before (reported once, the short form an alias; the title's index
    now names it in full); "Acme University" has a head word, so "Acme" stays its own."""
    mentions = [OrgMention(0, 2, "Zorvik International", "ner"), OrgMention(9, 10, "Zorvik", "title"), OrgMention(12, 14, "Acme University", "ner"), OrgMention(20, 21, "Acme", "title")]
    orgs = [OrgCluster("Zorvik International", mentions=[0]), OrgCluster("Acme University", mentions=[2]), OrgCluster("Zorvik", mentions=[1]), OrgCluster("Acme", mentions=[3])]
    orgs, reported = fold_short_forms(orgs, list(orgs), mentions, opening=5)
    assert [(c.name, c.aliases, c.mentions) for c in reported] == [("Zorvik International", ["Zorvik"], [0, 1]), ("Acme University", [], [2]), ("Acme", [], [3])]
    assert [c.name for c in orgs] == ["Zorvik International", "Acme University", "Zorvik International", "Acme"]


def test_a_firms_name_completing_a_common_noun_after_of_is_a_body_but_a_field_is_not():
    """"the addition of Zorvik EV": a name closed by a firm word completes a common noun as a
    body does; "the future of Clean Energy" names a field."""
    release = records(parse(
        "Acme Motors welcomed the addition of Zorvik EV and the future of Clean Energy.",
        """
        0  Acme     PROPN NNP compound 1  B-ORG
        1  Motors   PROPN NNP nsubj    2  I-ORG
        2  welcomed VERB  VBD ROOT     2  O
        3  the      DET   DT  det      4  O
        4  addition NOUN  NN  dobj     2  O
        5  of       ADP   IN  prep     4  O
        6  Zorvik   PROPN NNP compound 7  B-ORG
        7  EV       PROPN NNP pobj     5  I-ORG
        8  and      CCONJ CC  cc       4  O
        9  the      DET   DT  det      10 O
        10 future   NOUN  NN  conj     4  O
        11 of       ADP   IN  prep     10 O
        12 Clean    PROPN NNP compound 13 B-ORG
        13 Energy   PROPN NNP pobj     11 I-ORG
        14 .        PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Acme Motors", "Zorvik EV"}


def test_a_name_closed_by_of_the_year_is_an_award_not_a_body():
    """"named Quillby Firm of the Year": an award, though "Firm" heads names of bodies."""
    release = records(parse(
        "Acme Labs was named Quillby Firm of the Year.",
        """
        0 Acme    PROPN NNP compound  1 B-ORG
        1 Labs    PROPN NNP nsubjpass 3 I-ORG
        2 was     AUX   VBD auxpass   3 O
        3 named   VERB  VBN ROOT      3 O
        4 Quillby PROPN NNP compound  5 B-ORG
        5 Firm    PROPN NNP oprd      3 I-ORG
        6 of      ADP   IN  prep      5 I-ORG
        7 the     DET   DT  det       8 I-ORG
        8 Year    PROPN NNP pobj      6 I-ORG
        9 .       PUNCT .   punct     3 O
        """,
    ))
    assert org_names(release) == {"Acme Labs"}


def test_a_name_listed_among_common_words_in_title_case_is_a_field_not_a_body():
    """"Advanced Diagnostics, Personalized Therapies and Practice Integration": the model's ORG
    over the last item is one more offering like the untagged items beside it."""
    release = records(parse(
        "Acme Labs offers Advanced Diagnostics, Modern Tools and Practice Integration.",
        """
        0  Acme         PROPN NNP compound 1  B-ORG
        1  Labs         PROPN NNP nsubj    2  I-ORG
        2  offers       VERB  VBZ ROOT     2  O
        3  Advanced     PROPN NNP compound 4  O
        4  Diagnostics  PROPN NNP dobj     2  O
        5  ,            PUNCT ,   punct    4  O
        6  Modern       PROPN NNP compound 7  O
        7  Tools        PROPN NNP conj     4  O
        8  and          CCONJ CC  cc       7  O
        9  Practice     PROPN NNP compound 10 B-ORG
        10 Integration  PROPN NNP conj     7  I-ORG
        11 .            PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Acme Labs"}


def test_a_name_closed_by_a_version_number_is_a_product_not_a_body():
    """"launched Quillby Bounty 1.0": a name ending in a number written with digits names a
    version of a thing."""
    release = records(parse(
        "Acme Labs launched Quillby Bounty 1.0 today.",
        """
        0 Acme     PROPN NNP compound 1 B-ORG
        1 Labs     PROPN NNP nsubj    2 I-ORG
        2 launched VERB  VBD ROOT     2 O
        3 Quillby  PROPN NNP compound 4 B-ORG
        4 Bounty   PROPN NNP dobj     2 I-ORG
        5 1.0      NUM   CD  nummod   4 I-ORG
        6 today    NOUN  NN  npadvmod 2 O
        7 .        PUNCT .   punct    2 O
        """,
    ))
    assert org_names(release) == {"Acme Labs"}


def test_a_body_named_with_a_reported_owners_possessive_is_the_unit_with_that_parent():
    """"Senior Vice President of Quillby’s Worldwide Partner Ecosystem", Quillby reported on its
    own: the unit is "Worldwide Partner Ecosystem", its parent Quillby."""
    from pipeline.extraction.components.organizations import owned_units

    orgs = [OrgCluster("Quillby", mentions=[0]), OrgCluster("Quillby’s Worldwide Partner Ecosystem", mentions=[1]), OrgCluster("Acme’s Pizza", mentions=[2])]
    orgs, reported = owned_units(orgs, list(orgs))
    assert [(c.name, c.parent) for c in reported] == [("Quillby", None), ("Worldwide Partner Ecosystem", "Quillby"), ("Acme’s Pizza", None)]
    assert orgs[1].name == "Worldwide Partner Ecosystem"


def test_names_listed_between_an_owner_and_a_product_noun_are_products():
    """"its Zorvik Company, Zorvik Expert, and Zorvik Host programs": programmes of the owner,
    though the model tags one of them ORG."""
    release = records(parse(
        "Acme Labs offers its Zorvik Company, Zorvik Expert, and Zorvik Host programs.",
        """
        0  Acme     PROPN NNP compound 1  B-ORG
        1  Labs     PROPN NNP nsubj    2  I-ORG
        2  offers   VERB  VBZ ROOT     2  O
        3  its      PRON  PRP$ poss    13 O
        4  Zorvik   PROPN NNP compound 5  B-ORG
        5  Company  PROPN NNP nmod     13 I-ORG
        6  ,        PUNCT ,   punct    5  O
        7  Zorvik   PROPN NNP compound 8  O
        8  Expert   PROPN NNP conj     5  O
        9  ,        PUNCT ,   punct    8  O
        10 and      CCONJ CC  cc       8  O
        11 Zorvik   PROPN NNP compound 12 O
        12 Host     PROPN NNP conj     8  O
        13 programs NOUN  NNS dobj     2  O
        14 .        PUNCT .   punct    2  O
        """,
    ))
    assert org_names(release) == {"Acme Labs"}


def test_a_diplomatic_post_keeps_the_place_it_sits_in_but_not_the_country_after_a_comma():
    """"the U.S. Embassy in Quillby, Zorvania" names the post with its city ("U.S. Embassy in
    Quillby"), and "Consulate General in Marlow" keeps both head words; the country after the
    comma is no part of the name."""
    release = records(parse(
        "She served at the U.S. Embassy in Quillby, Zorvania, and the U.S. Consulate General in Marlow.",
        """
        0  She        PRON  PRP nsubj    1  O
        1  served     VERB  VBD ROOT     1  O
        2  at         ADP   IN  prep     1  O
        3  the        DET   DT  det      5  O
        4  U.S.       PROPN NNP compound 5  B-GPE
        5  Embassy    PROPN NNP pobj     2  O
        6  in         ADP   IN  prep     5  O
        7  Quillby    PROPN NNP pobj     6  B-GPE
        8  ,          PUNCT ,   punct    7  O
        9  Zorvania   PROPN NNP appos    7  B-GPE
        10 ,          PUNCT ,   punct    5  O
        11 and        CCONJ CC  cc       5  O
        12 the        DET   DT  det      15 O
        13 U.S.       PROPN NNP compound 15 B-GPE
        14 Consulate  PROPN NNP compound 15 O
        15 General    PROPN NNP conj     5  O
        16 in         ADP   IN  prep     15 O
        17 Marlow     PROPN NNP pobj     16 B-GPE
        18 .          PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"U.S. Embassy in Quillby", "U.S. Consulate General in Marlow"}


def test_a_posts_head_word_that_completes_a_title_names_no_body():
    """"Deputy Chief of Mission in Quillby": "Mission" after a title word and "of" is part of the
    title, not a post in Quillby."""
    release = records(parse(
        "She was Deputy Chief of Mission in Quillby.",
        """
        0  She     PRON  PRP nsubj    1  O
        1  was     AUX   VBD ROOT     1  O
        2  Deputy  PROPN NNP compound 3  O
        3  Chief   PROPN NNP attr     1  O
        4  of      ADP   IN  prep     3  O
        5  Mission PROPN NNP pobj     4  O
        6  in      ADP   IN  prep     5  O
        7  Quillby PROPN NNP pobj     6  B-GPE
        8  .       PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == set()


def test_a_court_named_only_before_a_judges_title_is_no_organization_record():
    """"sentenced by Zorvania District Court Judge Jane Roe": the court stands only inside the
    judge's title, so it is no organization record; named on its own ("in Zorvania District
    Court") it is one."""
    words = """
        0  Doe       PROPN NNP nsubjpass 2  B-PERSON
        1  was       AUX   VBD auxpass   2  O
        2  sentenced VERB  VBN ROOT      2  O
        3  by        ADP   IN  agent     2  O
        4  Zorvania  PROPN NNP compound  6  B-ORG
        5  District  PROPN NNP compound  6  I-ORG
        6  Court     PROPN NNP compound  9  I-ORG
        7  Judge     PROPN NNP compound  9  O
        8  Jane      PROPN NNP compound  9  B-PERSON
        9  Roe       PROPN NNP pobj      3  I-PERSON
        10 .         PUNCT .   punct     2  O
        """
    release = records(parse("Doe was sentenced by Zorvania District Court Judge Jane Roe.", words))
    assert org_names(release) == set()
    release = records(parse(
        "Doe pleaded guilty in Zorvania District Court.",
        """
        0  Doe       PROPN NNP nsubj    1  B-PERSON
        1  pleaded   VERB  VBD ROOT     1  O
        2  guilty    ADJ   JJ  acomp    1  O
        3  in        ADP   IN  prep     1  O
        4  Zorvania  PROPN NNP compound 6  B-ORG
        5  District  PROPN NNP compound 6  I-ORG
        6  Court     PROPN NNP pobj     3  I-ORG
        7  .         PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Zorvania District Court"}


def test_a_capitalized_common_reference_names_no_body():
    """"contributions from across the Federal Government" ("Government" heads bodies): a
    capitalized common reference (patterns/generic_references) is no organization record; the
    "Federal Communications Commission" beside it is one."""
    release = records(parse("The Federal Communications Commission and the Federal Government met.", """
        0  The            DET   DT   det      3  O
        1  Federal        PROPN NNP  compound 3  O
        2  Communications PROPN NNP  compound 3  O
        3  Commission     PROPN NNP  nsubj    8  O
        4  and            CCONJ CC   cc       3  O
        5  the            DET   DT   det      7  O
        6  Federal        PROPN NNP  compound 7  O
        7  Government     PROPN NNP  conj     3  O
        8  met            VERB  VBD  ROOT     8  O
        9  .              PUNCT .    punct    8  O
        """))
    assert org_names(release) == {"Federal Communications Commission"}


def test_the_models_org_closed_by_a_portfolio_word_after_and_completes_the_complement():
    """"the Bureau of European and Eurasian Affairs": the model tags "Eurasian Affairs" as a second
    ORG; headless and closed by a portfolio word, it is the rest of the bureau's name."""
    release = records(parse(
        "Robin Dunnigan of the Bureau of European and Eurasian Affairs spoke.",
        """
        0  Robin     PROPN NNP compound 1  B-PERSON
        1  Dunnigan  PROPN NNP nsubj    11 I-PERSON
        2  of        ADP   IN  prep     1  O
        3  the       DET   DT  det      4  B-ORG
        4  Bureau    PROPN NNP pobj     2  I-ORG
        5  of        ADP   IN  prep     4  I-ORG
        6  European  PROPN NNP amod     10 I-ORG
        7  and       CCONJ CC  cc       6  O
        8  Eurasian  PROPN NNP conj     6  B-ORG
        9  Affairs   PROPN NNP pobj     5  I-ORG
        10 spoke     VERB  VBD ROOT     10 O
        11 .         PUNCT .   punct    10 O
        """,
    ))
    assert org_names(release) == {"Bureau of European and Eurasian Affairs"}


def test_an_org_after_and_with_a_head_word_of_its_own_stays_a_second_body():
    """"the Bureau of Consular Affairs and the Passport Agency": a head word makes a second body."""
    release = records(parse(
        "Officials of the Bureau of Consular Affairs and Passport Agency spoke.",
        """
        0  Officials PROPN NNP nsubj    10 O
        1  of        ADP   IN  prep     0  O
        2  the       DET   DT  det      3  B-ORG
        3  Bureau    PROPN NNP pobj     1  I-ORG
        4  of        ADP   IN  prep     3  I-ORG
        5  Consular  PROPN NNP compound 6  I-ORG
        6  Affairs   PROPN NNP pobj     4  I-ORG
        7  and       CCONJ CC  cc       6  O
        8  Passport  PROPN NNP compound 9  B-ORG
        9  Agency    PROPN NNP conj     6  I-ORG
        10 spoke     VERB  VBD ROOT     10 O
        11 .         PUNCT .   punct    10 O
        """,
    ))
    assert org_names(release) == {"Bureau of Consular Affairs", "Passport Agency"}


def test_a_rank_and_title_before_a_name_end_a_bodys_complement():
    """"U.S. Department of Commerce Under Secretary Marisa Lago": the run of title words before the
    name ("Under Secretary") is no part of the department's name; a head word alone right after the
    "of" ("Department of Justice") still closes the name, not the title."""
    release = records(parse(
        "Department of Commerce Under Secretary Marisa Lago and Department of Justice Deputy Attorney General Ann Hodge spoke.",
        """
        0  Department PROPN NNP compound 6  B-ORG
        1  of         ADP   IN  prep     0  I-ORG
        2  Commerce   PROPN NNP pobj     1  I-ORG
        3  Under      PROPN NNP compound 4  O
        4  Secretary  PROPN NNP compound 6  O
        5  Marisa     PROPN NNP compound 6  B-PERSON
        6  Lago       PROPN NNP nsubj    16 I-PERSON
        7  and        CCONJ CC  cc       6  O
        8  Department PROPN NNP compound 15 B-ORG
        9  of         ADP   IN  prep     8  I-ORG
        10 Justice    PROPN NNP pobj     9  I-ORG
        11 Deputy     PROPN NNP compound 13 O
        12 Attorney   PROPN NNP compound 13 O
        13 General    PROPN NNP compound 15 O
        14 Ann        PROPN NNP compound 15 B-PERSON
        15 Hodge      PROPN NNP conj     6  I-PERSON
        16 spoke      VERB  VBD ROOT     16 O
        17 .          PUNCT .   punct    16 O
        """,
    ))
    assert org_names(release) == {"Department of Commerce", "Department of Justice"}


def test_a_head_word_phrase_that_is_a_countrys_official_name_is_a_country_not_a_body():
    """"The Russian Federation vetoed it" ("Federation" heads bodies): the whole phrase is a
    country's official name (pycountry), a country, no organization record; "the Russian Hockey
    Federation" stays a body."""
    release = records(parse("The Russian Federation and the Russian Hockey Federation met.", """
        0  The        DET   DT   det      2  O
        1  Russian    PROPN NNP  compound 2  O
        2  Federation PROPN NNP  nsubj    8  O
        3  and        CCONJ CC   cc       2  O
        4  the        DET   DT   det      7  O
        5  Russian    PROPN NNP  compound 7  O
        6  Hockey     PROPN NNP  compound 7  O
        7  Federation PROPN NNP  conj     2  O
        8  met        VERB  VBD  ROOT     8  O
        9  .          PUNCT .    punct    8  O
        """))
    assert org_names(release) == {"Russian Hockey Federation"}


def test_a_unit_whose_of_complement_is_a_countrys_official_name_keeps_it_in_its_name():
    """"the Permanent Mission of the Russian Federation": the complement is a country, no parent
    body; the mission keeps its whole name."""
    release = records(parse("He served at the Permanent Mission of the Russian Federation.", """
        0  He         PRON  PRP  nsubj    1  O
        1  served     VERB  VBD  ROOT     1  O
        2  at         ADP   IN   prep     1  O
        3  the        DET   DT   det      5  O
        4  Permanent  PROPN NNP  compound 5  O
        5  Mission    PROPN NNP  pobj     2  O
        6  of         ADP   IN   prep     5  O
        7  the        DET   DT   det      9  O
        8  Russian    PROPN NNP  compound 9  O
        9  Federation PROPN NNP  pobj     6  O
        10 .          PUNCT .    punct    1  O
        """))
    assert org_names(release) == {"Permanent Mission of the Russian Federation"}


def test_a_town_the_model_tags_org_before_a_state_is_a_place_wherever_it_is_named():
    """"Frisco, TX (Newsworthy.ai) ... a clinic in Frisco": a name without a head word the model
    tags ORG before a comma and a U.S. state's code is the town, there and where it comes again;
    "Prime Psychiatry", a body, stays."""
    release = records(parse("Frisco, TX (Newsworthy.ai) - Prime Psychiatry opened in Frisco.", """
        0  Frisco        PROPN NNP  nsubj    8  U-ORG
        1  ,             PUNCT ,    punct    0  O
        2  TX            PROPN NNP  appos    0  U-ORG
        3  (             PUNCT -LRB- punct   0  O
        4  Newsworthy.ai PROPN NNP  appos    0  O
        5  )             PUNCT -RRB- punct   0  O
        6  -             PUNCT :    punct    8  O
        7  Prime         PROPN NNP  compound 8  B-ORG
        8  Psychiatry    PROPN NNP  nsubj    9  L-ORG
        9  opened        VERB  VBD  ROOT     9  O
        10 in            ADP   IN   prep     9  O
        11 Frisco        PROPN NNP  pobj     10 U-ORG
        12 .             PUNCT .    punct    9  O
        """))
    assert org_names(release) == {"Prime Psychiatry"}


def test_a_name_before_a_states_possessive_or_based_is_no_town():
    """"partnership with Minny Grown, Minnesota's cannabis brand": the state opens a phrase of its
    own after the comma, so the name the model tags ORG stays a body."""
    release = records(parse("Acme signed with Minny Grown, Minnesota's largest grower.", """
        0  Acme     PROPN NNP  nsubj    1  U-ORG
        1  signed   VERB  VBD  ROOT     1  O
        2  with     ADP   IN   prep     1  O
        3  Minny    PROPN NNP  compound 4  B-ORG
        4  Grown    PROPN NNP  pobj     2  L-ORG
        5  ,        PUNCT ,    punct    4  O
        6  Minnesota PROPN NNP poss     9  U-GPE
        7  's       PART  POS  case     6  O
        8  largest  ADJ   JJS  amod     9  O
        9  grower   NOUN  NN   appos    4  O
        10 .        PUNCT .    punct    1  O
        """))
    assert "Minny Grown" in org_names(release)


def test_a_name_before_a_stock_exchange_and_ticker_is_a_listed_company():
    """"For some background, Therma Bright (TSXV:THRM) sells ...": the words before a parenthesis
    opening with an exchange and a ticker name the listed company, which the model missed; the
    exchange and the ticker are no bodies."""
    release = records(parse("For background, Therma Bright (TSXV:THRM) sells kits.", """
        0  For         ADP   IN    prep     7  O
        1  background  NOUN  NN    pobj     0  O
        2  ,           PUNCT ,     punct    7  O
        3  Therma      PROPN NNP   compound 4  B-PERSON
        4  Bright      PROPN NNP   nsubj    7  L-PERSON
        5  (           PUNCT -LRB- punct    4  O
        6  TSXV        PROPN NNP   appos    4  U-ORG
        7  :           PUNCT :     punct    8  O
        8  THRM        PROPN NNP   appos    4  O
        9  )           PUNCT -RRB- punct    4  O
        10 sells       VERB  VBZ   ROOT     10 O
        11 kits        NOUN  NNS   dobj     10 O
        12 .           PUNCT .     punct    10 O
        """))
    assert org_names(release) == {"Therma Bright"}


def test_a_name_before_a_parenthesis_without_an_exchange_is_not_taken_as_a_company():
    """"the Digital Cough Test (DCT: 2024)": a parenthesis that opens with no exchange gives no
    ticker, so the words before it stay what the other rules make of them."""
    release = records(parse("It sells Cough Kits (DCT: 2024) now.", """
        0  It     PRON  PRP   nsubj    1  O
        1  sells  VERB  VBZ   ROOT     1  O
        2  Cough  PROPN NNP   compound 3  O
        3  Kits   PROPN NNPS  dobj     1  O
        4  (      PUNCT -LRB- punct    3  O
        5  DCT    PROPN NNP   appos    3  O
        6  :      PUNCT :     punct    3  O
        7  2024   NUM   CD    appos    3  U-DATE
        8  )      PUNCT -RRB- punct    3  O
        9  now    ADV   RB    advmod   1  O
        10 .      PUNCT .     punct    1  O
        """))
    assert org_names(release) == set()


def test_a_comma_before_a_legal_suffix_is_inside_the_name_before_a_ticker():
    """"April 25, 2024 - Acme Brands, Inc. (NASDAQ Global Select: AOUT), a maker": the model
    runs the date over the name; the name before the ticker runs through the comma to its legal
    suffix, no "Inc." alone."""
    release = records(parse("April 25, 2024 - Acme Brands, Inc. (NASDAQ Global Select: AOUT), a maker, grew.", """
        0  April   PROPN NNP   npadvmod 20 B-DATE
        1  25      NUM   CD    nummod   0  I-DATE
        2  ,       PUNCT ,     punct    0  I-DATE
        3  2024    NUM   CD    nummod   0  I-DATE
        4  -       PUNCT :     punct    0  I-DATE
        5  Acme    PROPN NNP   compound 6  I-DATE
        6  Brands  PROPN NNPS  nsubj    20 I-DATE
        7  ,       PUNCT ,     punct    6  I-DATE
        8  Inc.    PROPN NNP   appos    6  L-DATE
        9  (       PUNCT -LRB- punct    6  O
        10 NASDAQ  PROPN NNP   compound 12 B-ORG
        11 Global  PROPN NNP   compound 12 I-ORG
        12 Select  PROPN NNP   appos    6  L-ORG
        13 :       PUNCT :     punct    12 O
        14 AOUT    PROPN NNP   appos    12 O
        15 )       PUNCT -RRB- punct    6  O
        16 ,       PUNCT ,     punct    6  O
        17 a       DET   DT    det      18 O
        18 maker   NOUN  NN    appos    6  O
        19 ,       PUNCT ,     punct    6  O
        20 grew    VERB  VBD   ROOT     20 O
        21 .       PUNCT .     punct    20 O
        """))
    assert "Acme Brands, Inc." in org_names(release) and "Inc." not in org_names(release)


def test_a_name_before_an_apposition_headed_by_a_company_noun_is_a_body_the_model_missed():
    """"Pronto Translations, a leading translation agency in New York, takes ...": the model tags
    nothing on the name; the apposition's head noun (patterns/company_nouns) says it is a body."""
    release = records(parse("Pronto Translations, a leading translation agency, takes a look.", """
        0  Pronto       PROPN NNP  compound 1  O
        1  Translations PROPN NNPS nsubj    8  O
        2  ,            PUNCT ,    punct    1  O
        3  a            DET   DT   det      6  O
        4  leading      VERB  VBG  amod     6  O
        5  translation  NOUN  NN   compound 6  O
        6  agency       NOUN  NN   appos    1  O
        7  ,            PUNCT ,    punct    1  O
        8  takes        VERB  VBZ  ROOT     8  O
        9  a            DET   DT   det      10 O
        10 look         NOUN  NN   dobj     8  O
        11 .            PUNCT .    punct    8  O
        """))
    assert org_names(release) == {"Pronto Translations"}


def test_a_name_before_an_apposition_headed_by_a_person_noun_is_no_body():
    """"Jane Roe, a partner at the firm": the apposition's head noun is no company noun (the firm
    is inside a complement), so no body is read from the name."""
    release = records(parse("Jane Roe, a partner at the firm, spoke.", """
        0  Jane     PROPN NNP  compound 1  B-PERSON
        1  Roe      PROPN NNP  nsubj    9  L-PERSON
        2  ,        PUNCT ,    punct    1  O
        3  a        DET   DT   det      4  O
        4  partner  NOUN  NN   appos    1  O
        5  at       ADP   IN   prep     4  O
        6  the      DET   DT   det      7  O
        7  firm     NOUN  NN   pobj     5  O
        8  ,        PUNCT ,    punct    1  O
        9  spoke    VERB  VBD  ROOT     9  O
        10 .        PUNCT .    punct    9  O
        """))
    assert org_names(release) == set()


def test_a_hyphen_inside_a_listed_companys_name_stays_in_it():
    """"D-Wave Quantum (NYSE: QBTS) leads": the name before the ticker runs through a hyphen
    between capitalized parts, not cut to "Wave Quantum"."""
    release = records(parse("D-Wave Quantum (NYSE: QBTS) leads.", """
        0  D       PROPN NNP   compound 3  O
        1  -       PUNCT HYPH  punct    2  O
        2  Wave    PROPN NNP   compound 3  O
        3  Quantum PROPN NNP   nsubj    9  O
        4  (       PUNCT -LRB- punct    3  O
        5  NYSE    PROPN NNP   appos    3  U-ORG
        6  :       PUNCT :     punct    5  O
        7  QBTS    PROPN NNP   appos    5  O
        8  )       PUNCT -RRB- punct    3  O
        9  leads   VERB  VBZ   ROOT     9  O
        10 .       PUNCT .     punct    9  O
        """))
    assert org_names(release) == {"D-Wave Quantum"}


def test_a_name_before_an_apposition_about_a_platform_is_left_to_the_other_rules():
    """"Zorvik Play, the biggest gaming platform, grew": a platform is a product as often as a
    company (patterns/apposed_product_heads), so the apposition makes no body of the name."""
    release = records(parse("Zorvik Play, the biggest gaming platform, grew.", """
        0  Zorvik   PROPN NNP  compound 1  O
        1  Play     PROPN NNP  nsubj    8  O
        2  ,        PUNCT ,    punct    1  O
        3  the      DET   DT   det      6  O
        4  biggest  ADJ   JJS  amod     6  O
        5  gaming   NOUN  NN   compound 6  O
        6  platform NOUN  NN   appos    1  O
        7  ,        PUNCT ,    punct    1  O
        8  grew     VERB  VBD  ROOT     8  O
        9  .        PUNCT .    punct    8  O
        """))
    assert org_names(release) == set()


def test_a_region_the_model_tags_org_names_no_body():
    """"U.S. strategy in the Indo-Pacific" with "Indo-Pacific" tagged ORG: a region
    (patterns/world_regions) is no organization record; "U.S. Indo-Pacific Command" beside it,
    a body named after the region, is one."""
    release = records(parse("Officials at U.S. Indo-Pacific Command discussed strategy in the Indo-Pacific.", """
        0  Officials  NOUN  NNS  nsubj    7  O
        1  at         ADP   IN   prep     0  O
        2  U.S.       PROPN NNP  compound 6  B-ORG
        3  Indo       PROPN NNP  compound 5  I-ORG
        4  -          PUNCT HYPH punct    5  I-ORG
        5  Pacific    PROPN NNP  compound 6  I-ORG
        6  Command    PROPN NNP  pobj     1  I-ORG
        7  discussed  VERB  VBD  ROOT     7  O
        8  strategy   NOUN  NN   dobj     7  O
        9  in         ADP   IN   prep     8  O
        10 the        DET   DT   det      13 O
        11 Indo       PROPN NNP  compound 13 B-ORG
        12 -          PUNCT HYPH punct    13 I-ORG
        13 Pacific    PROPN NNP  pobj     9  I-ORG
        14 .          PUNCT .    punct    7  O
        """))
    assert org_names(release) == {"U.S. Indo-Pacific Command"}


def test_names_listed_after_a_plural_noun_for_bodies_are_bodies_whatever_the_model_tags():
    """"It joined clubs including Quillby, Zorvex, Marlow Tech and Nevacoin.": the list hangs on
    "clubs" (patterns/body_kinds), so every item is a body, though the model tags two of them
    places and no item is an organization the model or a rule found."""
    release = records(parse(
        "It joined clubs including Quillby, Zorvex, Marlow Tech and Nevacoin.",
        """
        0  It        PRON  PRP nsubj    1  O
        1  joined    VERB  VBD ROOT     1  O
        2  clubs     NOUN  NNS dobj     1  O
        3  including VERB  VBG prep     2  O
        4  Quillby   PROPN NNP pobj     3  B-GPE
        5  ,         PUNCT ,   punct    4  O
        6  Zorvex    PROPN NNP conj     4  B-GPE
        7  ,         PUNCT ,   punct    6  O
        8  Marlow    PROPN NNP compound 9  O
        9  Tech      PROPN NNP conj     6  O
        10 and       CCONJ CC  cc       9  O
        11 Nevacoin  PROPN NNP conj     9  O
        12 .         PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == {"Quillby", "Zorvex", "Marlow Tech", "Nevacoin"}


def test_a_list_of_bodies_holding_a_person_or_after_a_noun_for_things_adds_no_body():
    """"investors such as Jane Roe, Zorvex and Quillby": an item is the model's PERSON, so the
    list may be of people; "places including Zorvex, Quillby and Nevacoin": "places" is no noun
    for a kind of body. Neither list makes its names the model tags places bodies."""
    release = records(parse(
        "It met investors such as Jane Roe, Zorvex and Quillby in places including Marlow, Vandor and Nevacoin.",
        """
        0  It        PRON  PRP nsubj    1  O
        1  met       VERB  VBD ROOT     1  O
        2  investors NOUN  NNS dobj     1  O
        3  such      ADJ   JJ  amod     4  O
        4  as        ADP   IN  prep     2  O
        5  Jane      PROPN NNP compound 6  B-PERSON
        6  Roe       PROPN NNP pobj     4  I-PERSON
        7  ,         PUNCT ,   punct    6  O
        8  Zorvex    PROPN NNP conj     6  B-GPE
        9  and       CCONJ CC  cc       8  O
        10 Quillby   PROPN NNP conj     8  B-GPE
        11 in        ADP   IN  prep     1  O
        12 places    NOUN  NNS pobj     11 O
        13 including VERB  VBG prep     12 O
        14 Marlow    PROPN NNP pobj     13 B-GPE
        15 ,         PUNCT ,   punct    14 O
        16 Vandor    PROPN NNP conj     14 B-GPE
        17 and       CCONJ CC  cc       16 O
        18 Nevacoin  PROPN NNP conj     16 B-GPE
        19 .         PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == set()


def test_a_name_right_after_a_modified_noun_for_a_kind_of_body_is_that_body():
    """"The code was audited by security firm Zorvex.": the name after "security firm"
    (patterns/name_kind_nouns) is the firm, though the model tags it a place."""
    release = records(parse(
        "The code was audited by security firm Zorvex.",
        """
        0 The      DET   DT  det      1 O
        1 code     NOUN  NN  nsubjpass 3 O
        2 was      AUX   VBD auxpass  3 O
        3 audited  VERB  VBN ROOT     3 O
        4 by       ADP   IN  agent    3 O
        5 security NOUN  NN  compound 6 O
        6 firm     NOUN  NN  compound 7 O
        7 Zorvex   PROPN NNP pobj     4 B-GPE
        8 .        PUNCT .   punct    3 O
        """,
    ))
    assert org_names(release) == {"Zorvex"}


def test_a_name_after_a_bare_kind_noun_or_running_on_past_a_small_word_is_not_taken():
    """"the firm Zorvex" (no modifier opens the noun: a reference, not a title before the name)
    and "nonprofit organization Walk in Quill Shoes" (the name goes on past "in": the rule
    cannot tell where it ends) add no body."""
    release = records(parse(
        "He joined the firm Zorvex and the nonprofit organization Walk in Quill Shoes.",
        """
        0  He           PRON  PRP nsubj    1  O
        1  joined       VERB  VBD ROOT     1  O
        2  the          DET   DT  det      3  O
        3  firm         NOUN  NN  compound 4  O
        4  Zorvex       PROPN NNP dobj     1  B-GPE
        5  and          CCONJ CC  cc       4  O
        6  the          DET   DT  det      9  O
        7  nonprofit    ADJ   JJ  amod     8  O
        8  organization NOUN  NN  compound 9  O
        9  Walk         PROPN NNP conj     4  O
        10 in           ADP   IN  prep     9  O
        11 Quill        PROPN NNP compound 12 O
        12 Shoes        PROPN NNP pobj     10 O
        13 .            PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == set()


def test_a_name_twice_after_an_about_heading_run_into_its_paragraph_is_named_once():
    """"About Quillby Maps Quillby Maps builds ...": the boilerplate heading lost its line break,
    so the name is written twice; "About" opening the line says so though the release writes
    the name nowhere else."""
    release = records(parse(
        "It won.\nAbout Quillby Maps Quillby Maps builds maps.",
        """
        0 It      PRON  PRP nsubj    1 O
        1 won     VERB  VBD ROOT     1 O
        2 .       PUNCT .   punct    1 O
        3 \\n     SPACE _SP dep      2 O
        4 About   ADP   IN  ROOT     4 O
        5 Quillby PROPN NNP compound 8 B-ORG
        6 Maps    PROPN NNP compound 8 I-ORG
        7 Quillby PROPN NNP compound 8 I-ORG
        8 Maps    PROPN NNP nsubj    9 I-ORG
        9 builds  VERB  VBZ pobj     4 O
        10 maps   NOUN  NNS dobj     9 O
        11 .      PUNCT .   punct    9 O
        """,
    ))
    assert org_names(release) == {"Quillby Maps"}


def test_a_company_named_again_without_its_closing_group_or_company_word_is_the_same_company():
    """"Quillby" after "The Quillby Company" (patterns/firm_stem_ends: Company, Group,
    International ...): one company, not two."""
    release = records(parse(
        "The Quillby Company raised funds. Quillby will grow.",
        """
        0 The     DET   DT  det      2 O
        1 Quillby PROPN NNP compound 2 B-ORG
        2 Company PROPN NNP nsubj    3 I-ORG
        3 raised  VERB  VBD ROOT     3 O
        4 funds   NOUN  NNS dobj     3 O
        5 .       PUNCT .   punct    3 O
        6 Quillby PROPN NNP nsubj    8 B-ORG
        7 will    AUX   MD  aux      8 O
        8 grow    VERB  VB  ROOT     8 O
        9 .       PUNCT .   punct    8 O
        """,
    ))
    company = org_named(release, "Quillby Company")
    assert company.aliases == ["Quillby"]
    assert org_names(release) == {"Quillby Company"}


def test_a_noun_for_bodies_away_from_such_as_does_not_introduce_the_list():
    """"It backs startups per sector, such as Quillby, Zorvex, and Nevacoin.": "such as" hangs on
    "startups", but "per sector" stands between: the list names sectors, so the names the model
    tags places stay none."""
    release = records(parse(
        "It backs startups per sector, such as Quillby, Zorvex, and Nevacoin.",
        """
        0  It       PRON  PRP nsubj    1  O
        1  backs    VERB  VBZ ROOT     1  O
        2  startups NOUN  NNS dobj     1  O
        3  per      ADP   IN  prep     2  O
        4  sector   NOUN  NN  pobj     3  O
        5  ,        PUNCT ,   punct    2  O
        6  such     ADJ   JJ  amod     7  O
        7  as       ADP   IN  prep     2  O
        8  Quillby  PROPN NNP pobj     7  B-GPE
        9  ,        PUNCT ,   punct    8  O
        10 Zorvex   PROPN NNP conj     8  B-GPE
        11 ,        PUNCT ,   punct    10 O
        12 and      CCONJ CC  cc       10 O
        13 Nevacoin PROPN NNP conj     10 B-GPE
        14 .        PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == set()


def test_a_name_a_body_launches_or_invents_is_a_product_unless_an_apposition_names_a_firm():
    """"Quillby invented Zorvex. Nova launched Marlow Search, a recruitment firm.": the model
    tags both objects ORG; the invented one is a product, the launched one an apposition calls a
    firm."""
    release = records(parse(
        "Quillby invented Zorvex. Nova launched Marlow Search, a recruitment firm.",
        """
        0  Quillby     PROPN NNP nsubj    1  B-ORG
        1  invented    VERB  VBD ROOT     1  O
        2  Zorvex      PROPN NNP dobj     1  B-ORG
        3  .           PUNCT .   punct    1  O
        4  Nova        PROPN NNP nsubj    5  B-ORG
        5  launched    VERB  VBD ROOT     5  O
        6  Marlow      PROPN NNP compound 7  B-ORG
        7  Search      PROPN NNP dobj     5  I-ORG
        8  ,           PUNCT ,   punct    7  O
        9  a           DET   DT  det      11 O
        10 recruitment NOUN  NN  compound 11 O
        11 firm        NOUN  NN  appos    7  O
        12 .           PUNCT .   punct    5  O
        """,
    ))
    assert org_names(release) == {"Quillby", "Nova", "Marlow Search"}


def test_one_or_two_names_after_a_plural_noun_for_bodies_are_bodies():
    """"It works with companies like Zorvex and Quillby.": two names after "companies like"
    (patterns/body_kinds) are companies, the one the model tags a place too."""
    release = records(parse(
        "It works with companies like Zorvex and Quillby.",
        """
        0 It        PRON  PRP nsubj    1 O
        1 works     VERB  VBZ ROOT     1 O
        2 with      ADP   IN  prep     1 O
        3 companies NOUN  NNS pobj     2 O
        4 like      ADP   IN  prep     3 O
        5 Zorvex    PROPN NNP pobj     4 B-GPE
        6 and       CCONJ CC  cc       5 O
        7 Quillby   PROPN NNP conj     5 B-ORG
        8 .         PUNCT .   punct    1 O
        """,
    ))
    assert org_names(release) == {"Zorvex", "Quillby"}


def test_a_person_or_a_thing_named_after_such_as_is_no_body():
    """"investors such as Jane Roe" (the model's PERSON) and "tokens like Zorvex" (no noun for
    a body) add no organization."""
    release = records(parse(
        "It has investors such as Jane Roe and tokens like Zorvex.",
        """
        0  It        PRON  PRP nsubj    1  O
        1  has       VERB  VBZ ROOT     1  O
        2  investors NOUN  NNS dobj     1  O
        3  such      ADJ   JJ  amod     4  O
        4  as        ADP   IN  prep     2  O
        5  Jane      PROPN NNP compound 6  B-PERSON
        6  Roe       PROPN NNP pobj     4  I-PERSON
        7  and       CCONJ CC  cc       2  O
        8  tokens    NOUN  NNS conj     2  O
        9  like      ADP   IN  prep     8  O
        10 Zorvex    PROPN NNP pobj     9  B-GPE
        11 .         PUNCT .   punct    1  O
        """,
    ))
    assert org_names(release) == set()


def test_names_after_a_noun_for_bodies_running_through_a_small_word_are_not_taken():
    """"Global Companies Like Zorvex And Some": a title-case heading run into its sentence; the
    capitalized run after "like" holds small words ("And"), so no name is taken from it."""
    release = records(parse(
        "It drew companies like Zorvex And Some.",
        """
        0 It        PRON  PRP nsubj    1 O
        1 drew      VERB  VBD ROOT     1 O
        2 companies NOUN  NNS dobj     1 O
        3 like      ADP   IN  prep     2 O
        4 Zorvex    PROPN NNP pobj     3 B-GPE
        5 And       CCONJ CC  cc       4 O
        6 Some      PROPN NNP conj     4 O
        7 .         PUNCT .   punct    1 O
        """,
    ))
    assert org_names(release) == set()


def test_a_heading_glued_to_the_name_opening_its_paragraph_is_no_body():
    """"Building Trust with UsersZorblat goes ...": a feed lost the line break after a heading, and
    the model's ORG is the heading's last word glued to "Zorblat", a name the release writes alone
    three times; the glued word is dropped and "Zorblat" stays."""
    release = records(parse(
        "Zorblat grew.\n\nBuilding Trust with UsersZorblat goes further. Zorblat said Zorblat won.",
        """
        0  Zorblat      PROPN NNP nsubj    1  B-ORG
        1  grew         VERB  VBD ROOT     1  O
        2  .            PUNCT .   punct    1  O
        3  \\n\\n        SPACE _SP dep      2  O
        4  Building     VERB  VBG csubj    8  O
        5  Trust        PROPN NNP dobj     4  O
        6  with         ADP   IN  prep     5  O
        7  UsersZorblat PROPN NNP pobj     6  B-ORG
        8  goes         VERB  VBZ ROOT     8  O
        9  further      ADV   RB  advmod   8  O
        10 .            PUNCT .   punct    8  O
        11 Zorblat      PROPN NNP nsubj    12 B-ORG
        12 said         VERB  VBD ROOT     12 O
        13 Zorblat      PROPN NNP nsubj    14 B-ORG
        14 won          VERB  VBD ccomp    12 O
        15 .            PUNCT .   punct    12 O
        """,
    ))
    assert "Zorblat" in org_names(release) and "UsersZorblat" not in org_names(release)


def test_a_two_capital_name_inside_a_sentence_is_no_glued_heading():
    """"Clients follow TraderZorblat daily": the word before the two-capital name is a lower-case
    word of a sentence, not a heading's, so it is no heading glued to a name, though "Zorblat"
    stands alone elsewhere."""
    doc = parse(
        "Clients follow TraderZorblat daily. Zorblat said Zorblat won at Zorblat.",
        """
        0  Clients       NOUN  NNS nsubj    1  O
        1  follow        VERB  VBP ROOT     1  O
        2  TraderZorblat PROPN NNP dobj     1  B-ORG
        3  daily         ADV   RB  advmod   1  O
        4  .             PUNCT .   punct    1  O
        5  Zorblat       PROPN NNP nsubj    6  B-ORG
        6  said          VERB  VBD ROOT     6  O
        7  Zorblat       PROPN NNP nsubj    8  B-ORG
        8  won           VERB  VBD ccomp    6  O
        9  at            ADP   IN  prep     8  O
        10 Zorblat       PROPN NNP pobj     9  B-ORG
        11 .             PUNCT .   punct    6  O
        """,
    )
    assert headings_glued_to_names(doc, list(doc)) == frozenset()


def test_a_call_to_action_word_before_a_name_found_alone_is_no_part_of_it():
    """"Contact Zorvane Solar Supply today": the model's ORG opens with the imperative "Contact"
    (name_opening_calls); the release names "Zorvane Solar Supply" alone, so the name starts after it."""
    release = records(parse(
        "Zorvane Solar Supply sells panels. Contact Zorvane Solar Supply today.",
        """
        0  Zorvane PROPN NNP compound 2  B-ORG
        1  Solar   PROPN NNP compound 2  I-ORG
        2  Supply  PROPN NNP nsubj    3  I-ORG
        3  sells   VERB  VBZ ROOT     3  O
        4  panels  NOUN  NNS dobj     3  O
        5  .       PUNCT .   punct    3  O
        6  Contact PROPN NNP compound 9  B-ORG
        7  Zorvane PROPN NNP compound 9  I-ORG
        8  Solar   PROPN NNP compound 9  I-ORG
        9  Supply  PROPN NNP ROOT     9  I-ORG
        10 today   NOUN  NN  npadvmod 9  B-DATE
        11 .       PUNCT .   punct    9  O
        """,
    ))
    assert org_names(release) == {"Zorvane Solar Supply"}


def test_a_name_opening_with_a_gerund_keeps_it_when_the_rest_is_never_named_alone():
    """"Joining Forces" is the name: "Forces" is no name the release finds alone (only words of
    "Armed Forces"), so the gerund stays its first word."""
    release = records(parse(
        "Joining Forces helps the Armed Forces.",
        """
        0 Joining PROPN NNP compound 1 B-ORG
        1 Forces  PROPN NNP nsubj    2 I-ORG
        2 helps   VERB  VBZ ROOT     2 O
        3 the     DET   DT  det      5 O
        4 Armed   PROPN NNP compound 5 O
        5 Forces  PROPN NNPS dobj    2 O
        6 .       PUNCT .   punct    2 O
        """,
    ))
    assert "Joining Forces" in org_names(release)


def test_a_name_the_model_split_at_and_runs_left_through_it_to_a_word_in_no_entity():
    """"the Quorvex Cardiovascular and Renal Drugs Advisory Committee": the model's ORG starts at
    "Renal", after "and", but "Cardiovascular" is in no entity; both words modify "Committee", so
    the name runs left through "and" (stopping at the possessive)."""
    release = records(parse(
        "The Quorvex’s Cardiovascular and Renal Drugs Advisory Committee met.",
        """
        0  The            DET   DT  det      1  O
        1  Quorvex        PROPN NNP poss     8  B-ORG
        2  ’s             PART  POS case     1  I-ORG
        3  Cardiovascular PROPN NNP nmod     8  O
        4  and            CCONJ CC  cc       3  O
        5  Renal          PROPN NNP conj     3  B-ORG
        6  Drugs          PROPN NNP compound 8  I-ORG
        7  Advisory       PROPN NNP compound 8  I-ORG
        8  Committee      PROPN NNP nsubj    9  I-ORG
        9  met            VERB  VBD ROOT     9  O
        10 .              PUNCT .   punct    9  O
        """,
    ))
    assert "Cardiovascular and Renal Drugs Advisory Committee" in org_names(release)


def test_a_name_after_and_stays_apart_from_the_end_of_an_of_complement():
    """"the Board of Directors and Executive Committee": "Directors", in no entity, ends the
    complement of another name, so "Executive Committee" does not run left through "and"."""
    release = records(parse(
        "She joined the Board of Directors and Executive Committee.",
        """
        0 She       PRON  PRP nsubj    1 O
        1 joined    VERB  VBD ROOT     1 O
        2 the       DET   DT  det      3 O
        3 Board     PROPN NNP dobj     1 O
        4 of        ADP   IN  prep     3 O
        5 Directors PROPN NNP pobj     4 O
        6 and       CCONJ CC  cc       3 O
        7 Executive PROPN NNP compound 8 B-ORG
        8 Committee PROPN NNP conj     3 I-ORG
        9 .         PUNCT .   punct    1 O
        """,
    ))
    assert "Directors and Executive Committee" not in org_names(release)
    assert "Executive Committee" in org_names(release)


def test_a_name_after_and_stays_apart_from_a_company_with_a_coined_name_before_it():
    """"Zorvex Uniforms and Kelona Unified Industries have ...": "Zorvex" is no English word, so
    "Zorvex Uniforms" names a company of its own and "Kelona Unified Industries" does not run
    left through "and"."""
    release = records(parse(
        "Zorvex Uniforms and Kelona Unified Industries have finished.",
        """
        0 Zorvex     PROPN NNP compound 1 O
        1 Uniforms   PROPN NNP nsubj    6 O
        2 and        CCONJ CC  cc       1 O
        3 Kelona     PROPN NNP compound 5 B-ORG
        4 Unified    PROPN NNP compound 5 I-ORG
        5 Industries PROPN NNP conj     1 I-ORG
        6 have       AUX   VBP aux      7 O
        7 finished   VERB  VBN ROOT     7 O
        8 .          PUNCT .   punct    7 O
        """,
    ))
    assert "Zorvex Uniforms and Kelona Unified Industries" not in org_names(release)
    assert "Kelona Unified Industries" in org_names(release)


def test_a_name_the_model_split_at_and_runs_left_through_it_but_not_on_through_a_comma():
    """Near miss: "Todd Roe, Assistant Attorney General, Environment and Natural Resources Division":
    the name runs left through the "and" the model split it at, but not on through the comma into
    the title before it (organizations.extend_left)."""
    release = records(parse(
        "Todd Roe, Assistant Attorney General, Environment and Natural Resources Division, spoke.",
        """
        0  Todd        PROPN NNP  compound  1  B-PERSON
        1  Roe         PROPN NNP  nsubj     13 I-PERSON
        2  ,           PUNCT ,    punct     1  O
        3  Assistant   PROPN NNP  compound  5  O
        4  Attorney    PROPN NNP  compound  5  O
        5  General     PROPN NNP  conj      1  O
        6  ,           PUNCT ,    punct     5  O
        7  Environment PROPN NNP  conj      5  O
        8  and         CCONJ CC   cc        7  O
        9  Natural     PROPN NNP  compound  10 B-ORG
        10 Resources   PROPN NNPS compound  11 I-ORG
        11 Division    PROPN NNP  conj      7  I-ORG
        12 ,           PUNCT ,    punct     1  O
        13 spoke       VERB  VBD  ROOT      13 O
        14 .           PUNCT .    punct     13 O
        """,
    ))
    assert org_names(release) == {"Environment and Natural Resources Division"}
