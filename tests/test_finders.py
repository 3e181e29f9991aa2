"""The role, event and instrument finders are pure functions of their inputs: each component's
`__call__` reads what earlier components wrote (Doc extensions, other components' user_data keys,
acronym span groups) and passes it to its `find_*` function, so no helper reads another
component's results behind its back. Read from the source: no model is loaded."""

import ast
from pathlib import Path

import pytest

from pipeline.extraction import contract

COMPONENTS = Path(contract.__file__).parent / "components"
PURE_FINDERS = ("roles.py", "events.py", "resolutions.py")


def slot_reads(tree: ast.AST) -> list[ast.AST]:
    """Nodes that read a slot other components wrote: `<x>._.<name>`, `<x>.user_data`, and calls
    of the contract's acronym_definitions reader."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and node.value.attr == "_":
            found.append(node)
        elif isinstance(node, ast.Attribute) and node.attr == "user_data":
            found.append(node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "acronym_definitions":
            found.append(node)
    return found


def outside_call(source: str) -> list[str]:
    """`line: text` of every slot read that is not inside a method named `__call__`."""
    tree = ast.parse(source)
    inside = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "__call__" for n in ast.walk(f)}
    lines = source.splitlines()
    return [f"{n.lineno}: {lines[n.lineno - 1].strip()}" for n in sorted(slot_reads(tree), key=lambda n: (n.lineno, n.col_offset)) if id(n) not in inside]


@pytest.mark.parametrize("name", PURE_FINDERS)
def test_only_the_component_call_reads_other_components_slots(name):
    assert outside_call((COMPONENTS / name).read_text()) == []


@pytest.mark.parametrize("name", PURE_FINDERS)
def test_the_component_call_reads_its_inputs_and_writes_its_slot(name):
    tree = ast.parse((COMPONENTS / name).read_text())
    calls = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "__call__"]
    assert len(calls) == 1 and slot_reads(calls[0]), name


def test_the_check_flags_reads_in_helpers_and_allows_them_in_call():
    source = '''
class Finder:
    def __call__(self, doc):
        doc._.roles = find(doc, doc._.titles, doc.user_data.get(PUBLISHED))

        def nested():
            return doc._.orgs
        return doc

def find(doc, titles, published):
    return [t for t in titles if t.start in {m.start for m in doc._.person_mentions}]

def anchor(token):
    return token.doc.user_data.get(PUBLISHED), acronym_definitions(token.doc)
'''
    found = outside_call(source)
    assert [line.split(":")[0] for line in found] == ["11", "14", "14"]
