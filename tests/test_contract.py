"""The contract between rule components (pipeline/extraction/contract.py) holds in the code:
every Doc slot used is declared, only its declared writer writes it, and components take keys
from the contract, not from each other. Read from the source: no model is loaded."""

import re
from pathlib import Path

import pytest

from pipeline.extraction import contract
from pipeline.extraction.nlp import RULE_COMPONENTS

EXTRACTION = Path(contract.__file__).parent
COMPONENTS = EXTRACTION / "components"
FACTORY = re.compile(r'@Language\.(?:factory|component)\("(\w+)"\)')
EXTENSION_USE = re.compile(r"\bdoc\._\.(\w+)")
EXTENSION_WRITE = re.compile(r"\bdoc\._\.(\w+)(?:\s*=[^=]|(?:, *doc\._\.\w+)+\s*=[^=]|\.append\(|\.extend\(|\[[^\]]*\]\s*=[^=])")
SPANS_WRITE = re.compile(r"\bdoc\.spans\[(\w+)\]\s*=[^=]")


def sources() -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(EXTRACTION.rglob("*.py"))}


def factories(text: str) -> set[str]:
    return set(FACTORY.findall(text))


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


@pytest.mark.xfail(strict=True, reason="news_people still edits doc._.org_mentions and news_titles adds to doc._.orgs (issue 10: one final organization stage)")
def test_each_extension_and_span_group_is_written_only_by_its_declared_writer():
    writer_of = {s.key: s.writer for s in contract.SLOTS if s.where in {"extension", "spans"}}
    key_values = {name: getattr(contract, name) for name in dir(contract) if name.endswith("_SPANS")}
    for path in sorted(COMPONENTS.glob("*.py")):
        text = path.read_text()
        owners = factories(text)
        for name in EXTENSION_WRITE.findall(text):
            assert writer_of[name] in owners, f"{path.name} writes doc._.{name}, declared writer {writer_of[name]}"
        for key in SPANS_WRITE.findall(text):
            value = key_values[key]
            assert writer_of[value] in owners, f"{path.name} writes doc.spans[{key}], declared writer {writer_of[value]}"


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
