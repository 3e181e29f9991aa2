"""facts.sqlite (pipeline/outputs/database.py): tables, keys, indexes, full-text search; the three
queries of README's SQL section give the output README shows, on the whole corpus."""

from __future__ import annotations

import re
import sqlite3

import pytest

from pipeline.reading.corpus import read_corpus
from pipeline.outputs.export import write_outputs
from pipeline.extraction.records import Facts
from tests.conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def corpus_out(corpus_extracted, tmp_path_factory):
    """The outputs of the whole corpus, as `make extract` writes them."""
    releases, records = corpus_extracted
    out = tmp_path_factory.mktemp("corpus-out")
    write_outputs(Facts(pipeline="test", releases=records), out, texts={r.id: r.text for r in releases})
    return out


def readme_queries() -> list[tuple[str, str]]:
    """(query, shown output) pairs of README's SQL section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## SQL: `outputs/facts.sqlite`", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```\s*```text\n(.*?)```", section, flags=re.S)


def sqlite3_header_output(db: sqlite3.Connection, query: str) -> str:
    """What `sqlite3 -header` prints: a header line, then rows, cells joined by '|', NULL empty."""
    cursor = db.execute(query)
    lines = ["|".join(c[0] for c in cursor.description)]
    lines += ["|".join("" if v is None else str(v) for v in row) for row in cursor]
    return "\n".join(lines) + "\n"


def test_readme_has_the_three_queries():
    assert len(readme_queries()) == 3


@pytest.mark.parametrize("number", range(3))
def test_readme_query_gives_the_output_shown(corpus_out, number):
    query, shown = readme_queries()[number]
    with sqlite3.connect(corpus_out / "facts.sqlite") as db:
        assert sqlite3_header_output(db, query) == shown


def test_tables_keys_and_indexes(corpus_out):
    db = sqlite3.connect(corpus_out / "facts.sqlite")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")}
    assert tables == {
        "releases", "people_index", "organizations_index", "people", "organizations", "roles", "resolutions", "events",
        "resolution_bodies", "sentences", "evidence",
    }  # fmt: skip
    assert db.execute("SELECT count(*) FROM releases").fetchone() == (len(list(read_corpus(CORPUS))),)
    keys = {(row[2], row[3], row[4]) for row in db.execute("SELECT * FROM pragma_foreign_key_list('roles')")}
    assert keys == {("releases", "release_id", "id"), ("people_index", "person_id", "id"), ("organizations_index", "organization_id", "id")}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []  # every key points at a row
    indexed = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_roles_release_id", "idx_people_name", "idx_resolutions_date", "idx_resolutions_kind", "idx_releases_published"} <= indexed
    # Every record of facts.json is a row, and every mention an evidence row slicing the text.
    facts = Facts.model_validate_json((corpus_out / "facts.json").read_text(encoding="utf-8"))
    for kind in ("people", "organizations", "roles", "resolutions", "events"):
        records = [record for release in facts.releases for record in getattr(release, kind)]
        assert db.execute(f"SELECT count(*) FROM {kind}").fetchone() == (len(records),)
        assert db.execute("SELECT count(*) FROM evidence WHERE record_type = ?", (kind,)).fetchone() == (sum(len(r.evidence) for r in records),)
    bad = db.execute(
        "SELECT count(*) FROM evidence e JOIN releases r ON r.id = e.release_id WHERE substr(r.text, e.start + 1, e.end - e.start) != e.mention"
    ).fetchone()
    assert bad == (0,)
    person = db.execute("SELECT i.name, i.release_count FROM people p JOIN people_index i ON i.id = p.person_id WHERE p.name = 'Antony J. Blinken'").fetchone()
    assert person == ("Antony J. Blinken", 21)


def test_full_text_search_of_release_text(corpus_out):
    db = sqlite3.connect(corpus_out / "facts.sqlite")
    hits = [row[0] for row in db.execute("SELECT rowid FROM releases_fts WHERE releases_fts MATCH 'solidarity economy'")]
    ids = {db.execute("SELECT id FROM releases WHERE rowid = ?", (n,)).fetchone()[0] for n in hits}
    assert "ilo-sse-summit-2025" in ids


def test_the_same_records_give_the_same_bytes(corpus_out, tmp_path):
    from pipeline.outputs.export import FactsWriter
    from pipeline.extraction.records import Release

    import json

    lines = (corpus_out / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in (corpus_out / "texts.jsonl").read_text(encoding="utf-8").splitlines()]
    with FactsWriter(tmp_path, "test") as writer:
        for line, text in zip(lines, texts):
            writer.add(Release.model_validate_json(line), text)
    assert (tmp_path / "facts.sqlite").read_bytes() == (corpus_out / "facts.sqlite").read_bytes()
