"""Every rule component's finders are pure functions of their inputs: each component's `__call__`
reads what earlier components wrote (Doc extensions, other components' user_data keys, span
groups) and passes it to its `find_*` function, so no helper reads another component's results
behind its back. A helper may keep a memo of what the text alone gives (the contract's MEMO_KEYS).
Read from the source: no model is loaded."""

import ast
from pathlib import Path

import pytest

from pipeline.extraction import contract
from tests.support import component_names

COMPONENTS = Path(contract.__file__).parent / "components"
PURE_FINDERS = ("acronyms.py", "organizations.py", "people.py", "titles.py", "roles.py", "events.py", "resolutions.py")


def key_names(values) -> set[str]:
    """The contract's constant names for these key values."""
    return {name for name in dir(contract) if name.isupper() and isinstance(getattr(contract, name), str) and getattr(contract, name) in values}


MEMO_KEYS = key_names(contract.MEMO_KEYS)


def own_keys(source: str) -> set[str]:
    """user_data keys the module's own components write (a component may keep scratch of its own)."""
    return key_names({s.key for s in contract.SLOTS if s.where == "user_data" and s.writer in component_names(source)})


def memo_access(node: ast.AST, parents: dict, allowed: set[str]) -> bool:
    """`<x>.user_data[KEY]`, `KEY in <x>.user_data` or `<x>.user_data.get(KEY...)` with KEY allowed."""
    parent = parents.get(id(node))
    names = set()
    for around in (parent, parents.get(id(parent))):
        if around is not None:
            names |= {n.id for n in ast.walk(around) if isinstance(n, ast.Name)}
    return bool(names & allowed)


def slot_reads(tree: ast.AST, allowed: set[str] = frozenset()) -> list[ast.AST]:
    """Nodes that read a slot other components wrote: `<x>._.<name>`, `<x>.user_data` (but a memo
    key), `<x>.spans[...]` read, and calls of the contract's acronym_definitions reader."""
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and node.value.attr == "_":
            found.append(node)
        elif isinstance(node, ast.Attribute) and node.attr == "user_data" and not memo_access(node, parents, MEMO_KEYS | allowed):
            found.append(node)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "spans" and isinstance(node.ctx, ast.Load):
            found.append(node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in contract.READERS:
            found.append(node)
    return found


def outside_call(source: str) -> list[str]:
    """`line: text` of every slot read that is not inside a method named `__call__`."""
    tree = ast.parse(source)
    inside = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "__call__" for n in ast.walk(f)}
    lines = source.splitlines()
    return [f"{n.lineno}: {lines[n.lineno - 1].strip()}" for n in sorted(slot_reads(tree, own_keys(source)), key=lambda n: (n.lineno, n.col_offset)) if id(n) not in inside]


@pytest.mark.parametrize("name", PURE_FINDERS)
def test_only_the_component_call_reads_other_components_slots(name):
    assert outside_call((COMPONENTS / name).read_text()) == []


@pytest.mark.parametrize("name", [n for n in PURE_FINDERS if n != "acronyms.py"])  # news_acronyms reads only the Doc
def test_the_component_call_reads_its_inputs_and_writes_its_slot(name):
    tree = ast.parse((COMPONENTS / name).read_text())
    calls = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "__call__"]
    assert calls and all(slot_reads(call) for call in calls), name


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
