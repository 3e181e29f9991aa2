"""The spec ships with the project: docs/FACTS.md, identical to the shared one where a checkout
has it beside this project (../shared/FACTS.md), and cited where users look."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

SHIPPED = ROOT / "docs" / "FACTS.md"
SHARED = ROOT.parent / "shared" / "FACTS.md"


def test_the_spec_is_in_the_repository():
    assert SHIPPED.read_text(encoding="utf-8").startswith("# What counts as a fact")


@pytest.mark.skipif(not SHARED.is_file(), reason="no ../shared/FACTS.md beside this checkout")
def test_the_shipped_spec_is_the_shared_one():
    assert SHIPPED.read_bytes() == SHARED.read_bytes(), "copy ../shared/FACTS.md to docs/FACTS.md"


def test_readme_and_eval_help_cite_the_shipped_spec():
    assert "docs/FACTS.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "eval", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "docs/FACTS.md" in proc.stdout
