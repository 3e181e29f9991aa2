"""Bodies of U.S. federal releases (pipeline/extraction/components/organizations.py) on
hand-built parses: governments listed after "the Governments of", an acronym opening the name
of one of its units, and the tail of a title written with "of" ("Chief of Staff")."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import org_named, org_names


def test_governments_of_listed_countries_are_one_body_each():
    """"the Governments of Slovenia and the United States of America": two governments, though
    the model runs the first country into one ORG; "the United States" later is the same one."""
    release = records(parse(
        "A statement by the Governments of Slovenia and the United States of America. The Governments of Slovenia and the United States met.",
        """
        0  A           DET   DT  det      1  O
        1  statement   NOUN  NN  ROOT     1  O
        2  by          ADP   IN  prep     1  O
        3  the         DET   DT  det      4  O
        4  Governments PROPN NNPS pobj    2  B-ORG
        5  of          ADP   IN  prep     4  I-ORG
        6  Slovenia    PROPN NNP pobj     5  I-ORG
        7  and         CCONJ CC  cc       6  O
        8  the         DET   DT  det      10 B-GPE
        9  United      PROPN NNP compound 10 I-GPE
        10 States      PROPN NNP conj     6  I-GPE
        11 of          ADP   IN  prep     10 I-GPE
        12 America     PROPN NNP pobj     11 I-GPE
        13 .           PUNCT .   punct    1  O
        14 The         DET   DT  det      15 O
        15 Governments PROPN NNPS nsubj   23 B-WORK_OF_ART
        16 of          ADP   IN  prep     15 I-WORK_OF_ART
        17 Slovenia    PROPN NNP pobj     16 I-WORK_OF_ART
        18 and         CCONJ CC  cc       17 O
        19 the         DET   DT  det      21 B-GPE
        20 United      PROPN NNP compound 21 I-GPE
        21 States      PROPN NNP conj     17 I-GPE
        22 met         VERB  VBD ROOT     22 O
        23 .           PUNCT .   punct    22 O
        """,
    ))
    assert {"Government of Slovenia", "Government of the United States of America"} <= org_names(release)
    assert len(org_named(release, "Government of Slovenia").evidence) == 2
    assert len(org_named(release, "Government of the United States of America").evidence) == 2
    assert not any("Governments" in name for name in org_names(release))


def test_governments_of_something_not_a_country_names_no_government():
    """"governments of EU Member States": no country follows, so no government is named."""
    release = records(parse(
        "We urge governments of EU Member States to act.",
        """
        0 We          PRON  PRP nsubj    1 O
        1 urge        VERB  VBP ROOT     1 O
        2 governments NOUN  NNS dobj     1 O
        3 of          ADP   IN  prep     2 O
        4 EU          PROPN NNP compound 6 B-ORG
        5 Member      PROPN NNP compound 6 O
        6 States      PROPN NNPS pobj    3 O
        7 to          PART  TO  aux      8 O
        8 act         VERB  VB  xcomp    1 O
        9 .           PUNCT .   punct    1 O
        """,
    ))
    assert not any(name.startswith("Government") for name in org_names(release))


def test_an_acronym_opening_a_units_name_is_not_that_unit():
    """"the ICN Steering Group" after "International Competition Network (ICN)": a group of the
    network, not the network written short (no firm word dropped from "Steering Group")."""
    release = records(parse(
        "The International Competition Network (ICN) met. The ICN Steering Group chose a chair.",
        """
        0  The         DET   DT  det      3  O
        1  International PROPN NNP compound 3 B-ORG
        2  Competition PROPN NNP compound 3  I-ORG
        3  Network     PROPN NNP nsubj    7  I-ORG
        4  (           PUNCT -LRB- punct  3  O
        5  ICN         PROPN NNP appos    3  B-ORG
        6  )           PUNCT -RRB- punct  3  O
        7  met         VERB  VBD ROOT     7  O
        8  .           PUNCT .   punct    7  O
        9  The         DET   DT  det      12 O
        10 ICN         PROPN NNP compound 12 B-ORG
        11 Steering    PROPN NNP compound 12 I-ORG
        12 Group       PROPN NNP nsubj    13 I-ORG
        13 chose       VERB  VBD ROOT     13 O
        14 a           DET   DT  det      15 O
        15 chair       NOUN  NN  dobj     13 O
        16 .           PUNCT .   punct    13 O
        """,
    ))
    network = org_named(release, "International Competition Network")
    assert "ICN Steering Group" not in network.aliases
    assert "ICN Steering Group" in org_names(release)


def test_an_acronym_before_a_firm_word_alone_is_the_firm_written_short():
    """"CPV Group" after "Competitive Power Ventures (CPV)": one firm word after the acronym, the
    same company."""
    release = records(parse(
        "Competitive Power Ventures (CPV) grew. CPV Group hired staff.",
        """
        0  Competitive PROPN NNP compound 2  B-ORG
        1  Power       PROPN NNP compound 2  I-ORG
        2  Ventures    PROPN NNP nsubj    6  I-ORG
        3  (           PUNCT -LRB- punct  2  O
        4  CPV         PROPN NNP appos    2  B-ORG
        5  )           PUNCT -RRB- punct  2  O
        6  grew        VERB  VBD ROOT     6  O
        7  .           PUNCT .   punct    6  O
        8  CPV         PROPN NNP compound 9  B-ORG
        9  Group       PROPN NNP nsubj    10 I-ORG
        10 hired       VERB  VBD ROOT     10 O
        11 staff       NOUN  NN  dobj     10 O
        12 .           PUNCT .   punct    10 O
        """,
    ))
    assert org_names(release) == {"Competitive Power Ventures"}


def test_chief_of_staff_for_an_office_is_no_staff_body():
    """"Chief of Staff for the Office of Public Affairs": "Staff" is the title's tail, no body
    named "Staff for the Office of Public Affairs"; the title keeps "Chief of Staff"."""
    release = records(parse(
        "Jane Roe served as Chief of Staff for the Office of Public Affairs.",
        """
        0  Jane     PROPN NNP compound 1  B-PERSON
        1  Roe      PROPN NNP nsubj    2  I-PERSON
        2  served   VERB  VBD ROOT     2  O
        3  as       ADP   IN  prep     2  O
        4  Chief    PROPN NNP pobj     3  O
        5  of       ADP   IN  prep     4  O
        6  Staff    PROPN NNP pobj     5  B-ORG
        7  for      ADP   IN  prep     6  I-ORG
        8  the      DET   DT  det      10 I-ORG
        9  Office   PROPN NNP pobj     7  I-ORG
        10 of       ADP   IN  prep     9  I-ORG
        11 Public   PROPN NNP compound 12 I-ORG
        12 Affairs  PROPN NNP pobj     10 I-ORG
        13 .        PUNCT .   punct    2  O
        """,
    ))
    assert not any("Staff" in name for name in org_names(release))
    assert [r.title.startswith("Chief of Staff") for r in release.roles] == [True]


def test_chief_of_staff_to_a_title_names_no_body():
    """"Chief of Staff for the Deputy Secretary of State": the tail names a title, no body."""
    release = records(parse(
        "Jane Roe served as Chief of Staff for the Deputy Secretary of State.",
        """
        0  Jane      PROPN NNP compound 1  B-PERSON
        1  Roe       PROPN NNP nsubj    2  I-PERSON
        2  served    VERB  VBD ROOT     2  O
        3  as        ADP   IN  prep     2  O
        4  Chief     PROPN NNP pobj     3  O
        5  of        ADP   IN  prep     4  O
        6  Staff     PROPN NNP pobj     5  B-ORG
        7  for       ADP   IN  prep     6  I-ORG
        8  the       DET   DT  det      10 I-ORG
        9  Deputy    PROPN NNP compound 10 I-ORG
        10 Secretary PROPN NNP pobj     7  I-ORG
        11 of        ADP   IN  prep     10 I-ORG
        12 State     PROPN NNP pobj     11 I-ORG
        13 .         PUNCT .   punct    2  O
        """,
    ))
    assert not any("Staff" in name for name in org_names(release))


def test_a_court_before_a_judges_title_with_its_country_is_part_of_the_title():
    """"U.S. District Court Judge Jane Roe of the Eastern District of Virginia": the court spells
    the national office with the country (patterns/title_national_offices); the district after
    the name is the organization, as for "U.S. District Judge"."""
    release = records(parse(
        "U.S. District Court Judge Jane Roe of the Eastern District of Virginia sentenced him.",
        """
        0  U.S.      PROPN NNP compound 2  B-ORG
        1  District  PROPN NNP compound 2  I-ORG
        2  Court     PROPN NNP compound 3  I-ORG
        3  Judge     PROPN NNP compound 5  O
        4  Jane      PROPN NNP compound 5  B-PERSON
        5  Roe       PROPN NNP nsubj    13 I-PERSON
        6  of        ADP   IN  prep     5  O
        7  the       DET   DT  det      9  O
        8  Eastern   PROPN NNP compound 9  B-GPE
        9  District  PROPN NNP pobj     6  I-GPE
        10 of        ADP   IN  prep     9  I-GPE
        11 Virginia  PROPN NNP pobj     10 I-GPE
        12 sentenced VERB  VBD ROOT     12 O
        13 him       PRON  PRP dobj     12 O
        14 .         PUNCT .   punct    12 O
        """,
    ))
    assert [(r.title, r.organization) for r in release.roles] == [("U.S. District Court Judge", "Eastern District of Virginia")]


def test_a_court_before_a_judges_title_without_its_country_stays_the_organization():
    """"Bankruptcy Court Judge Jane Roe": no country before the court, no national office; the
    court stays attached as before."""
    release = records(parse(
        "Bankruptcy Court Judge Jane Roe approved the plan.",
        """
        0 Bankruptcy PROPN NNP compound 1 B-ORG
        1 Court      PROPN NNP compound 2 I-ORG
        2 Judge      PROPN NNP compound 4 O
        3 Jane       PROPN NNP compound 4 B-PERSON
        4 Roe        PROPN NNP nsubj    5 I-PERSON
        5 approved   VERB  VBD ROOT     5 O
        6 the        DET   DT  det      7 O
        7 plan       NOUN  NN  dobj     5 O
        8 .          PUNCT .   punct    5 O
        """,
    ))
    assert [r.title for r in release.roles] == ["Judge"]


def test_departments_of_listed_domains_are_one_department_each():
    """"the Departments of Justice and Health and Human Services": two departments; the known
    full name keeps its inner "and" (patterns/known_organizations)."""
    release = records(parse(
        "The Departments of Justice and Health and Human Services announced charges.",
        """
        0  The         DET   DT  det      1  O
        1  Departments PROPN NNPS nsubj   8  B-ORG
        2  of          ADP   IN  prep     1  I-ORG
        3  Justice     PROPN NNP pobj     2  I-ORG
        4  and         CCONJ CC  cc       3  O
        5  Health      PROPN NNP conj     3  B-ORG
        6  and         CCONJ CC  cc       5  I-ORG
        7  Human       PROPN NNP compound 8  I-ORG
        8  Services    PROPN NNPS conj    5  I-ORG
        9  announced   VERB  VBD ROOT     9  O
        10 charges     NOUN  NNS dobj     9  O
        11 .           PUNCT .   punct    9  O
        """,
    ))
    assert {"Department of Justice", "Department of Health and Human Services"} <= org_names(release)
    assert not any(name.startswith("Departments") for name in org_names(release))


def test_departments_before_a_title_name_no_department_list():
    """"the Departments of Education Secretary Arne Duncan" (a typo in a release): the run goes on
    into a title and a name, so no department is read from it."""
    release = records(parse(
        "He joined Departments of Education Secretary Arne Duncan.",
        """
        0 He          PRON  PRP nsubj    1 O
        1 joined      VERB  VBD ROOT     1 O
        2 Departments PROPN NNPS dobj    1 O
        3 of          ADP   IN  prep     2 O
        4 Education   PROPN NNP compound 5 O
        5 Secretary   PROPN NNP compound 7 O
        6 Arne        PROPN NNP compound 7 B-PERSON
        7 Duncan      PROPN NNP pobj     3 I-PERSON
        8 .           PUNCT .   punct    1 O
        """,
    ))
    assert "Department of Education" not in org_names(release)


def test_a_known_name_the_model_splits_at_its_and_is_one_body():
    """"Centers for Medicare and Medicaid Services": the model's two ORGs around "and" are one
    body (patterns/and_joined_body_names)."""
    release = records(parse(
        "The Centers for Medicare and Medicaid Services suspended payments.",
        """
        0 The       DET   DT  det      1 O
        1 Centers   PROPN NNPS nsubj   7 B-ORG
        2 for       ADP   IN  prep     1 I-ORG
        3 Medicare  PROPN NNP pobj     2 I-ORG
        4 and       CCONJ CC  cc       3 O
        5 Medicaid  PROPN NNP compound 6 B-ORG
        6 Services  PROPN NNPS conj    3 I-ORG
        7 suspended VERB  VBD ROOT     7 O
        8 payments  NOUN  NNS dobj     7 O
        9 .         PUNCT .   punct    7 O
        """,
    ))
    assert org_names(release) == {"Centers for Medicare and Medicaid Services"}


def test_two_bodies_joined_by_and_stay_two():
    """The known name ends at its own last word: the body after the next "and" stays apart."""
    release = records(parse(
        "Centers for Medicare and Medicaid Services and Acme Health Services agreed.",
        """
        0  Centers   PROPN NNPS nsubj    9  B-ORG
        1  for       ADP   IN  prep     0  I-ORG
        2  Medicare  PROPN NNP pobj     1  I-ORG
        3  and       CCONJ CC  cc       2  I-ORG
        4  Medicaid  PROPN NNP compound 5  I-ORG
        5  Services  PROPN NNPS conj    2  I-ORG
        6  and       CCONJ CC  cc       0  O
        7  Acme      PROPN NNP compound 9  B-ORG
        8  Health    PROPN NNP compound 9  I-ORG
        9  Services  PROPN NNPS conj    0  I-ORG
        10 agreed    VERB  VBD ROOT     10 O
        11 .         PUNCT .   punct    10 O
        """,
    ))
    assert org_names(release) == {"Centers for Medicare and Medicaid Services", "Acme Health Services"}


def test_a_title_word_before_the_country_of_a_judges_court_stays_in_the_title():
    """"Chief U.S. District Court Judge Jane Roe": one title, not "Chief" and "U.S. District Court Judge"."""
    release = records(parse(
        "Chief U.S. District Court Judge Jane Roe accepted the plea.",
        """
        0 Chief    PROPN NNP compound 3 O
        1 U.S.     PROPN NNP compound 3 B-ORG
        2 District PROPN NNP compound 3 I-ORG
        3 Court    PROPN NNP compound 4 I-ORG
        4 Judge    PROPN NNP compound 6 O
        5 Jane     PROPN NNP compound 6 B-PERSON
        6 Roe      PROPN NNP nsubj    7 I-PERSON
        7 accepted VERB  VBD ROOT     7 O
        8 the      DET   DT  det      9 O
        9 plea     NOUN  NN  dobj     7 O
        10 .       PUNCT .   punct    7 O
        """,
    ))
    assert [(r.title, r.organization) for r in release.roles] == [("Chief U.S. District Court Judge", None)]


def test_a_known_name_split_at_its_and_keeps_the_country_before_it():
    """"the U.S. Food and Drug Administration": the country written before the known name stays
    in it; "U.S." alone is no body."""
    release = records(parse(
        "The U.S. Food and Drug Administration approved it.",
        """
        0 The            DET   DT  det      5 O
        1 U.S.           PROPN NNP compound 2 B-ORG
        2 Food           PROPN NNP compound 5 I-ORG
        3 and            CCONJ CC  cc       2 O
        4 Drug           PROPN NNP compound 5 B-ORG
        5 Administration PROPN NNP nsubj    6 I-ORG
        6 approved       VERB  VBD ROOT     6 O
        7 it             PRON  PRP dobj     6 O
        8 .              PUNCT .   punct    6 O
        """,
    ))
    assert org_names(release) == {"U.S. Food and Drug Administration"}


def test_a_capitalized_company_word_before_its_firm_words_is_the_company_written_short():
    """"ATEC Water Systems" ... "ATEC": "ATEC" names no other body (no acronym defined or
    known), so it is the company written short."""
    release = records(parse(
        "Cadiz owns ATEC Water Systems. The project shows ATEC's growth.",
        """
        0  Cadiz   PROPN NNP nsubj    1  B-ORG
        1  owns    VERB  VBZ ROOT     1  O
        2  ATEC    PROPN NNP compound 4  B-ORG
        3  Water   PROPN NNP compound 4  I-ORG
        4  Systems PROPN NNP dobj     1  I-ORG
        5  .       PUNCT .   punct    1  O
        6  The     DET   DT  det      7  O
        7  project NOUN  NN  nsubj    8  O
        8  shows   VERB  VBZ ROOT     8  O
        9  ATEC    PROPN NNP poss     11 B-ORG
        10 's      PART  POS case     9  O
        11 growth  NOUN  NN  dobj     8  O
        12 .       PUNCT .   punct    8  O
        """,
    ))
    atec = org_named(release, "ATEC Water Systems")
    assert len(atec.evidence) == 2


def test_common_words_after_and_go_on_with_the_complement():
    """"the Bureau of Medi-Cal Fraud and Elder Abuse": the model's ORG after "and" holds only
    common words (no head, no title, no known body), so it ends the first body's complement."""
    release = records(parse(
        "The Bureau of Medi-Cal Fraud and Elder Abuse helped.",
        """
        0  The       DET   DT  det      1  O
        1  Bureau    PROPN NNP nsubj    9  B-ORG
        2  of        ADP   IN  prep     1  I-ORG
        3  Medi      PROPN NNP compound 5  I-ORG
        4  -         PUNCT HYPH punct   5  I-ORG
        5  Cal       PROPN NNP compound 6  I-ORG
        6  Fraud     PROPN NNP pobj     2  I-ORG
        7  and       CCONJ CC  cc       6  O
        8  Elder     PROPN NNP compound 9  B-ORG
        9  Abuse     PROPN NNP conj     6  I-ORG
        10 helped    VERB  VBD ROOT     10 O
        11 .         PUNCT .   punct    10 O
        """,
    ))
    assert "Bureau of Medi-Cal Fraud and Elder Abuse" in org_names(release)
    assert "Bureau of Medi-Cal Fraud" not in org_names(release)


def test_an_acronym_or_place_after_and_is_no_part_of_the_complement():
    """"the Office of Personnel and NATO", "the Office of Personnel and Germany": after "and" an
    acronym or a word that is no common English word starts another name (near miss)."""
    for second in ("NATO", "Germany"):
        release = records(parse(
            f"The Office of Personnel and {second} met.",
            f"""
            0  The       DET   DT  det      1  O
            1  Office    PROPN NNP nsubj    6  B-ORG
            2  of        ADP   IN  prep     1  I-ORG
            3  Personnel PROPN NNP pobj     2  I-ORG
            4  and       CCONJ CC  cc       3  O
            5  {second}  PROPN NNP conj     3  B-ORG
            6  met       VERB  VBD ROOT     6  O
            7  .         PUNCT .   punct    6  O
            """,
        ))
        assert f"Office of Personnel and {second}" not in org_names(release)
        assert "Office of Personnel" in org_names(release)


def test_compound_acronym_names_the_unit_of_the_body():
    """"the FBI and HHS-OIG": a body's acronym glued by a hyphen to a unit's acronym names the
    unit (acronym "HHS-OIG", parent HHS), not a bare Office of the Inspector General; the body it
    names is a body of the release too, once (bodies_of_compound_units), as development gold lists it."""
    release = records(parse(
        "The case was investigated by the FBI and HHS-OIG.",
        """
        0  The          DET   DT  det      3  O
        1  case         NOUN  NN  nsubjpass 3 O
        2  was          AUX   VBD auxpass  3  O
        3  investigated VERB  VBN ROOT     3  O
        4  by           ADP   IN  agent    3  O
        5  the          DET   DT  det      6  O
        6  FBI          PROPN NNP pobj     4  B-ORG
        7  and          CCONJ CC  cc       6  O
        8  HHS          PROPN NNP compound 10 B-ORG
        9  -            PUNCT HYPH punct   10 I-ORG
        10 OIG          PROPN NNP conj     6  I-ORG
        11 .            PUNCT .   punct    3  O
        """,
    ))
    unit = next(o for o in release.organizations if o.acronym == "HHS-OIG")
    assert unit.parent == "Department of Health and Human Services"
    assert [o.acronym for o in release.organizations if o.name == "Department of Health and Human Services"] == ["HHS"]
    assert not any("Inspector General" in o.name and o.acronym != "HHS-OIG" for o in release.organizations)


def test_two_bodies_acronyms_before_a_name_are_no_unit():
    """"the NASA-ISRO Synthetic Aperture Radar": an unknown acronym after the hyphen, followed by
    a capitalized word, modifies a thing; "877-NCDF-GCF" is a phone number (near misses)."""
    release = records(parse(
        "They built the NASA-ISRO Synthetic Aperture Radar.",
        """
        0  They      PRON  PRP nsubj    1  O
        1  built     VERB  VBD ROOT     1  O
        2  the       DET   DT  det      8  O
        3  NASA      PROPN NNP compound 5  B-ORG
        4  -         PUNCT HYPH punct   5  I-ORG
        5  ISRO      PROPN NNP compound 8  I-ORG
        6  Synthetic PROPN NNP compound 8  O
        7  Aperture  PROPN NNP compound 8  O
        8  Radar     PROPN NNP dobj     1  O
        9  .         PUNCT .   punct    1  O
        """,
    ))
    assert not any(o.acronym == "NASA-ISRO" for o in release.organizations)


def test_a_country_after_the_hyphen_makes_two_parties():
    """"Enhanced EU-US coordination": a country code after the hyphen names a partner, not a unit
    of the EU (near miss)."""
    release = records(parse(
        "Enhanced EU-US coordination helps.",
        """
        0  Enhanced     VERB  VBN amod     4  O
        1  EU           PROPN NNP compound 3  B-ORG
        2  -            PUNCT HYPH punct   3  O
        3  US           PROPN NNP compound 4  B-GPE
        4  coordination NOUN  NN  nsubj    5  O
        5  helps        VERB  VBZ ROOT     5  O
        6  .            PUNCT .   punct    5  O
        """,
    ))
    assert not any(o.acronym == "EU-US" for o in release.organizations)


def test_common_words_opening_another_headed_name_start_a_second_body():
    """"the Office of International Affairs and Computer Crime and Intellectual Property Section":
    the common words after "and" open a name that runs on to its own head (near miss)."""
    release = records(parse(
        "The Office of International Affairs and Computer Crime and Intellectual Property Section helped.",
        """
        0  The           DET   DT  det      1  O
        1  Office        PROPN NNP nsubj    12 B-ORG
        2  of            ADP   IN  prep     1  I-ORG
        3  International PROPN NNP compound 4  I-ORG
        4  Affairs       PROPN NNP pobj     2  I-ORG
        5  and           CCONJ CC  cc       1  O
        6  Computer      PROPN NNP compound 7  B-ORG
        7  Crime         PROPN NNP conj     1  I-ORG
        8  and           CCONJ CC  cc       7  O
        9  Intellectual  PROPN NNP compound 11 B-ORG
        10 Property      PROPN NNP compound 11 I-ORG
        11 Section       PROPN NNP conj     7  I-ORG
        12 helped        VERB  VBD ROOT     12 O
        13 .             PUNCT .   punct    12 O
        """,
    ))
    assert "Office of International Affairs" in org_names(release)
    assert not any(name.startswith("Office of International Affairs and") for name in org_names(release))
