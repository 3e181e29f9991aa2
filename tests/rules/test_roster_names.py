"""Names on speaker and roster lines ("Jane Roe, CEO - Acme") the model leaves untagged: the people
rules' "Name, title" scan (pipeline/extraction/components/people.py: `split_within_line`,
`glued_hyphen`) finds them, and the roster-line rules of titles.py give the role its body."""

from __future__ import annotations

from tests.handbuilt import parse, records
from tests.support import roles


def names(release):
    return [p.name for p in release.people]


def test_a_sentence_start_the_parser_put_inside_a_roster_name_does_not_cut_the_name():
    """"Marta Vellucci, CEO - Brindle": the parser starts a sentence at "Vellucci"; a given name
    followed on the same line by a word no English list knows is one name, and the line's role
    is found."""
    release = records(parse(
        "The speakers include:\n\nMarta Vellucci, CEO - Brindle",
        """
        0  The      DET   DT   det       1  O
        1  speakers NOUN  NNS  nsubj     2  O
        2  include  VERB  VBP  ROOT      2  O
        3  :        PUNCT :    punct     2  O
        4  \\n\\n   SPACE _SP  dep       3  O
        5  Marta    PROPN NNP  ROOT      5  O
        6  Vellucci PROPN NNP  ROOT      6  O
        7  ,        PUNCT ,    punct     6  O
        8  CEO      PROPN NNP  compound  10 O
        9  -        PUNCT HYPH punct     10 O
        10 Brindle  PROPN NNP  appos     6  O
        """,
    ))
    assert names(release) == ["Marta Vellucci"]
    assert roles(release) == {("Marta Vellucci", "CEO", "Brindle")}


def test_a_sentence_start_before_an_english_word_still_ends_the_name_run():
    """Near miss: "Marta | Medical, CEO - Brindle": after the given name comes an English word no
    surname list holds, so the parser's sentence start stands and no "Marta Medical" is made."""
    release = records(parse(
        "The speakers include:\n\nMarta Medical, CEO - Brindle",
        """
        0  The      DET   DT   det       1  O
        1  speakers NOUN  NNS  nsubj     2  O
        2  include  VERB  VBP  ROOT      2  O
        3  :        PUNCT :    punct     2  O
        4  \\n\\n   SPACE _SP  dep       3  O
        5  Marta    PROPN NNP  ROOT      5  O
        6  Medical  PROPN NNP  ROOT      6  O
        7  ,        PUNCT ,    punct     6  O
        8  CEO      PROPN NNP  compound  10 O
        9  -        PUNCT HYPH punct     10 O
        10 Brindle  PROPN NNP  appos     6  O
        """,
    ))
    assert "Marta Medical" not in names(release)


def test_a_hyphenated_title_after_an_untagged_name_marks_the_name():
    """"Tomas Quellbrook, Co-Founder - Brindle": the title's hyphen ("Co" "-" "Founder") is part of
    the title word, so the untagged name before the comma is a person holding it."""
    release = records(parse(
        "The speakers include:\n\nTomas Quellbrook, Co-Founder - Brindle",
        """
        0  The        DET   DT   det       1  O
        1  speakers   NOUN  NNS  nsubj     2  O
        2  include    VERB  VBP  ROOT      2  O
        3  :          PUNCT :    punct     2  O
        4  \\n\\n     SPACE _SP  dep       3  O
        5  Tomas      PROPN NNP  compound  6  O
        6  Quellbrook PROPN NNP  ROOT      6  O
        7  ,          PUNCT ,    punct     6  O
        8  Co         PROPN NNP  compound  10 O
        9  -          PUNCT HYPH punct     10 O
        10 Founder    NOUN  NN   appos     6  O
        11 -          PUNCT HYPH punct     12 O
        12 Brindle    PROPN NNP  appos     10 O
        """,
    ))
    assert names(release) == ["Tomas Quellbrook"]
    assert roles(release) == {("Tomas Quellbrook", "Co-Founder", "Brindle")}


def test_a_biographys_pronoun_stands_for_a_subject_name_the_parsers_sentence_split_runs_through():
    """"Marta | Vellucci then joined Quorra. She served as Consul.": the parser starts a sentence
    inside the name, so its first word heads nothing; the name's other word is still the clause's
    subject, and "she" stands for it, not for the subject named before it."""
    release = records(parse(
        "Ann Poe directs Brindle. Marta Vellucci then joined Quorra. She served as Consul.",
        """
        0  Ann      PROPN NNP compound 1  B-PERSON
        1  Poe      PROPN NNP nsubj    2  I-PERSON
        2  directs  VERB  VBZ ROOT     2  O
        3  Brindle  PROPN NNP dobj     2  B-ORG
        4  .        PUNCT .   punct    2  O
        5  Marta    PROPN NNP ROOT     5  B-PERSON
        6  Vellucci PROPN NNP nsubj    8  I-PERSON
        7  then     ADV   RB  advmod   8  O
        8  joined   VERB  VBD ROOT     8  O
        9  Quorra   PROPN NNP dobj     8  B-ORG
        10 .        PUNCT .   punct    8  O
        11 She      PRON  PRP nsubj    12 O
        12 served   VERB  VBD ROOT     12 O
        13 as       ADP   IN  prep     12 O
        14 Consul   PROPN NNP pobj     13 O
        15 .        PUNCT .   punct    12 O
        """,
    ))
    assert {r[0] for r in roles(release) if r[1] == "Consul"} == {"Marta Vellucci"}
