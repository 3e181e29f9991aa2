"""The contract between rule components (pipeline/extraction/contract.py) holds in the code:
every Doc slot used is declared, only its declared writer writes it, and components take keys
from the contract, not from each other. Read from the source: no model is loaded."""

import re
from pathlib import Path

from pipeline.extraction import contract
from pipeline.extraction.nlp import RULE_COMPONENTS
from tests.support import component_names

EXTRACTION = Path(contract.__file__).parent
COMPONENTS = EXTRACTION / "components"
EXTENSION_USE = re.compile(r"\bdoc\._\.(\w+)")
EXTENSION_WRITE = re.compile(r"\bdoc\._\.(\w+)(?:\s*=[^=]|(?:, *doc\._\.\w+)+\s*=[^=]|\.append\(|\.extend\(|\[[^\]]*\]\s*=[^=])")
SPANS_WRITE = re.compile(r"\bdoc\.spans\[(\w+)\]\s*=[^=]")


def sources() -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(EXTRACTION.rglob("*.py"))}


def test_every_extension_used_is_declared_in_the_contract():
    used = {name for text in sources().values() for name in EXTENSION_USE.findall(text)}
    assert used <= set(contract.EXTENSIONS), sorted(used - set(contract.EXTENSIONS))


def test_extensions_are_registered_only_by_the_contract():
    for name, text in sources().items():
        if name != "contract.py":
            assert "set_extension" not in text, name


def test_span_groups_and_user_data_are_addressed_by_contract_keys_not_literals():
    for path in sorted(COMPONENTS.glob("*.py")):
        text = path.read_text()
        assert not re.search(r"\.spans\[[\"']", text), path.name
        assert not re.search(r"user_data(?:\.get\(|\[)[\"']", text), path.name
        assert not re.search(r"^[A-Z_]*KEY\w* = [\"']", text, re.M), path.name


def test_each_extension_and_span_group_is_written_only_by_its_declared_writer():
    writer_of = {s.key: s.writer for s in contract.SLOTS if s.where in {"extension", "spans"}}
    key_values = {name: getattr(contract, name) for name in dir(contract) if name.endswith("_SPANS")}
    for path in sorted(COMPONENTS.glob("*.py")):
        text = path.read_text()
        owners = component_names(text)
        for name in EXTENSION_WRITE.findall(text):
            assert writer_of[name] in owners, f"{path.name} writes doc._.{name}, declared writer {writer_of[name]}"
        for key in SPANS_WRITE.findall(text):
            value = key_values[key]
            assert writer_of[value] in owners, f"{path.name} writes doc.spans[{key}], declared writer {writer_of[value]}"


def test_every_slot_has_a_reader():
    """A slot nobody reads is gone, not kept "in case"."""
    assert [s.key for s in contract.SLOTS if not s.readers] == []


def test_declared_writers_and_readers_are_real_components():
    names = set(RULE_COMPONENTS) | {"news_paragraphs"}
    for slot in contract.SLOTS:
        if slot.where != "user_data":
            assert slot.writer in names, slot
        assert set(slot.readers) <= names | {"extract", "all"}, slot


def test_no_component_imports_a_key_or_record_type_from_another_component():
    shared = {name for name in dir(contract) if not name.startswith("_")}
    for path in sorted(COMPONENTS.glob("*.py")):
        for module, names in re.findall(r"^from pipeline\.extraction\.components\.(\w+) import ([^\n(]+)$", path.read_text(), re.M):
            imported = {n.strip().split(" as ")[0] for n in names.split(",")}
            assert not imported & shared, f"{path.name} imports {sorted(imported & shared)} from {module}"


def test_acronym_definitions_pair_long_and_short_forms_by_kind():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("the International Labour Organization ( ILO ) and a Memorandum of Understanding ( MOU )")
    doc.spans[contract.ACRONYM_SPANS] = [Span(doc, 1, 4, label="ILO", kb_id=contract.BODY), Span(doc, 9, 12, label="MOU", kb_id=contract.CONCEPT)]
    doc.spans[contract.ACRONYM_SHORT_SPANS] = [Span(doc, 5, 6, label=contract.BODY), Span(doc, 13, 14, label=contract.CONCEPT)]
    bodies = contract.acronym_definitions(doc, contract.BODY)
    assert [(d.long.text, d.short.text, d.kind) for d in bodies] == [("International Labour Organization", "ILO", "body")]
    assert len(contract.acronym_definitions(doc)) == 2
    assert contract.acronym_definitions(spacy.blank("en")("no acronyms here")) == []


# -- Components only add; news_org_final decides --------------------------------------------------

AFFAIRS = "International Government Affairs"
WORDS = "Head of International Government Affairs Ana Lee spoke . International Government Affairs grew .".split()


def _org_doc(mentions, titles=(), title_spans=(), title_orgs=(), role_spans=(), role_orgs=()):
    """A Doc built by hand (no model) holding what the stages before news_org_final wrote: the
    candidate mentions (one organization per distinct name), title phrases, and the bodies titles name."""
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=WORDS)
    names = list(dict.fromkeys(m.name for m in mentions))
    doc._.candidate_org_mentions = list(mentions)
    doc._.candidate_org_of_mention = [names.index(m.name) for m in mentions]
    doc._.candidate_orgs = [contract.OrgCluster(name=n, mentions=[i for i, m in enumerate(mentions) if m.name == n]) for n in names]
    doc._.titles = [contract.Title(s, e, doc[s:e].text) for s, e in titles]
    doc.spans[contract.TITLE_ORG_SPANS] = [Span(doc, s, e, label="ORG", kb_id=name) for s, e, name in title_spans]
    doc._.title_orgs = [contract.OrgCluster(name=n) for n in title_orgs]
    doc.spans[contract.ROLE_ORG_SPANS] = [Span(doc, s, e, label="ORG", kb_id=name) for s, e, name in role_spans]
    doc._.role_orgs = [contract.OrgCluster(name=n) for n in role_orgs]
    return doc


def _final(doc):
    from pipeline.extraction.components.organizations import FinalOrganizations

    return FinalOrganizations()(doc)


def test_the_final_stage_drops_a_model_org_that_stands_only_inside_a_title():
    doc = _final(_org_doc([contract.OrgMention(2, 5, AFFAIRS, "ner")], titles=[(0, 5)]))
    assert [o.name for o in doc._.orgs] == [AFFAIRS]  # still there: an index may point at it
    assert doc._.reported_orgs == []


def test_the_final_stage_keeps_the_same_words_outside_a_title():
    assert [o.name for o in _final(_org_doc([contract.OrgMention(2, 5, AFFAIRS, "ner")]))._.reported_orgs] == [AFFAIRS]
    outside = [contract.OrgMention(2, 5, AFFAIRS, "ner"), contract.OrgMention(10, 13, AFFAIRS, "ner")]
    assert [o.name for o in _final(_org_doc(outside, titles=[(0, 5)]))._.reported_orgs] == [AFFAIRS]


def test_the_final_stage_keeps_a_body_the_rules_found_inside_a_title():
    doc = _final(_org_doc([contract.OrgMention(2, 5, AFFAIRS, "rule")], titles=[(0, 5)]))
    assert [o.name for o in doc._.reported_orgs] == [AFFAIRS]


def test_a_title_mention_of_a_model_org_keeps_it():
    doc = _final(_org_doc([contract.OrgMention(2, 5, AFFAIRS, "ner")], titles=[(0, 5)], title_spans=[(10, 13, AFFAIRS)]))
    assert [o.name for o in doc._.reported_orgs] == [AFFAIRS]


def test_the_final_list_keeps_candidates_in_order_then_the_organizations_titles_name():
    mentions = [contract.OrgMention(2, 5, AFFAIRS, "rule"), contract.OrgMention(5, 6, "Ana", "ner")]
    doc = _org_doc(mentions, title_spans=[(10, 13, AFFAIRS), (6, 7, "Lee"), (10, 11, "Lee")], title_orgs=["Lee"])
    _final(doc)
    assert [o.name for o in doc._.orgs] == [AFFAIRS, "Ana", "Lee"]
    assert [(m.start, m.end, m.source) for m in doc._.org_mentions] == [(2, 5, "rule"), (5, 6, "ner"), (10, 13, "title"), (6, 7, "title"), (10, 11, "title")]
    assert doc._.org_of_mention == [0, 1, 0, 2, 2]
    assert [o.mentions for o in doc._.orgs] == [[0, 2], [1], [3, 4]]
    assert doc._.candidate_orgs[0].mentions == [0] and doc._.title_orgs[0].mentions == []  # earlier stages' records untouched


def test_bodies_role_rules_name_come_after_those_titles_name_so_earlier_indices_hold():
    from pipeline.extraction.components.organizations import with_named_bodies

    mentions = [contract.OrgMention(2, 5, AFFAIRS, "rule")]
    doc = _org_doc(mentions, title_spans=[(5, 6, "Ana")], title_orgs=["Ana"], role_spans=[(6, 7, "Lee"), (10, 13, AFFAIRS)], role_orgs=["Lee"])
    # what news_roles starts from: the candidates and the titles' bodies, not its own
    assert [o.name for o in with_named_bodies(*contract.candidate_organizations(doc), *contract.title_bodies(doc))[0]] == [AFFAIRS, "Ana"]
    _final(doc)
    assert [o.name for o in doc._.orgs] == [AFFAIRS, "Ana", "Lee"]
    assert doc._.org_of_mention == [0, 1, 2, 0]
    assert [o.mentions for o in doc._.orgs] == [[0, 3], [1], [2]]


def test_the_clusterer_applies_what_news_people_proposes():
    import spacy
    from spacy.tokens import Doc

    from pipeline.extraction.components.organizations import OrganizationClusterer

    doc = Doc(spacy.blank("en").vocab, words=WORDS)
    doc._.found_org_mentions = [contract.OrgMention(2, 5, AFFAIRS, "rule"), contract.OrgMention(5, 7, "Ana Lee", "ner")]
    doc._.found_org_people = [1]
    doc._.people_bodies = [contract.OrgMention(0, 1, "Head", "ner")]
    doc._.org_anaphora = []
    OrganizationClusterer()(doc)
    assert [m.name for m in doc._.candidate_org_mentions] == ["Head", AFFAIRS]
    assert [o.name for o in doc._.candidate_orgs] == ["Head", AFFAIRS]
    assert len(doc._.found_org_mentions) == 2  # news_organizations' list untouched
