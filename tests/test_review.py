"""Review page, without a browser: escaping, mention marks, the data each release carries."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.outputs.export import write_outputs
from pipeline.outputs.index import build_index
from pipeline.extraction.records import Event, Evidence, Facts, Person, Release, Role
from pipeline.outputs.review import ReviewError, json_block, mention_marks, release_data, review_html, safe_url

SCRIPT = "<script>window.__pwned = 1</script>"
HOSTILE = (
    f"{SCRIPT} ILO Director-General Guy Ryder opened the Summit on 9 April 2025. "
    '<img src=x onerror="window.__pwned = 1"> <a href="javascript:window.__pwned = 1">click</a> '
    "</script><!-- & \u2028 end"
)


def hostile_release() -> Release:
    """A release whose text, title, address and a person's name are all markup."""
    release = sample_release(HOSTILE)
    release.people.append(Person(name=SCRIPT, aliases=['<img src=x onerror="window.__pwned = 1">'], evidence=[ev(HOSTILE, SCRIPT)]))
    return release


def ev(text: str, mention: str, release_id: str = "r1", nth: int = 0) -> Evidence:
    """Evidence for the nth occurrence of `mention` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    return Evidence(release_id=release_id, start=start, end=start + len(mention), mention=mention, sentence=text, sentence_start=0)


def sample_release(text: str = "ILO Director-General Guy Ryder opened the Summit on 9 April 2025.", release_id: str = "r1") -> Release:
    return Release(
        id=release_id,
        title="A <b>title</b>",
        published="2025-04-09",
        url="javascript:alert(1)",
        people=[Person(name="Guy Ryder", evidence=[ev(text, "Guy Ryder", release_id)])],
        roles=[Role(person="Guy Ryder", title="Director-General", organization=None, evidence=[ev(text, "ILO Director-General Guy Ryder", release_id)])],
        events=[Event(name="Summit", start="2025-04-09", end="2025-04-09", evidence=[ev(text, "the Summit", release_id), ev(text, "9 April 2025", release_id)])],
    )


def test_json_block_cannot_close_its_script_element():
    block = json_block({"text": HOSTILE})
    assert not re.search(r"[<>&\u2028\u2029]", block)
    assert json.loads(block) == {"text": HOSTILE}


def test_only_web_addresses_become_links():
    assert safe_url("https://www.ilo.org/news") == "https://www.ilo.org/news"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url(None) is None


def test_marks_give_each_mention_its_type_and_records():
    text = "ILO Director-General Guy Ryder opened the Summit on 9 April 2025."
    marks = mention_marks(sample_release(text), text)
    assert [(text[s:e], kind, refs) for s, e, kind, refs in marks] == [
        ("ILO Director-General Guy Ryder", "role", [["roles", 0]]),
        ("Director-General", "title", [["roles", 0]]),
        ("Guy Ryder", "person", [["people", 0]]),
        ("the Summit", "event", [["events", 0]]),
        ("9 April 2025", "date", [["events", 0]]),
    ]


def test_release_data_links_records_to_the_index_and_drops_unsafe_urls():
    text = "ILO Director-General Guy Ryder opened the Summit on 9 April 2025."
    facts = Facts(pipeline="test", releases=[sample_release(text)])
    data = release_data(facts.releases[0], text, build_index(facts.releases))
    assert data["url"] is None
    assert data["people"] == [{"name": "Guy Ryder", "aliases": [], "ev": [[21, 30]], "ix": "guy-ryder"}]
    assert data["roles"][0]["pix"] == "guy-ryder"
    assert data["events"][0]["ev"] == [[38, 48], [52, 64]]


def test_evidence_that_misses_the_text_is_an_error_naming_the_release():
    text = "ILO Director-General Guy Ryder opened the Summit on 9 April 2025."
    facts = Facts(pipeline="test", releases=[sample_release(text)])
    with pytest.raises(ReviewError, match=r"r1: evidence \[21:30\] 'Guy Ryder'"):
        review_html(facts, {"r1": "x" * len(text)}, build_index(facts.releases))
    with pytest.raises(ReviewError, match="no release text for r1"):
        review_html(facts, {}, build_index(facts.releases))


def test_hostile_text_never_reaches_the_markup():
    facts = Facts(pipeline="<script>alert('pipeline')</script>", releases=[hostile_release()])
    page = review_html(facts, {"r1": HOSTILE}, build_index(facts.releases))
    # Our own blocks only: the catalog, one per release, and the script.
    assert page.count("<script") == 3
    blocks = re.findall(r'<script type="application/json" id="([a-z0-9-]+)">(.*?)</script>', page, re.S)
    assert [name for name, _ in blocks] == ["catalog", "release-0"]
    assert all("<" not in block for _, block in blocks)
    assert json.loads(blocks[1][1])["text"] == HOSTILE
    assert json.loads(blocks[1][1])["people"][1]["name"] == SCRIPT
    markup = re.sub(r'<script type="application/json".*?</script>', "", page, flags=re.S)
    assert "<img" not in markup and "<b>" not in markup and "javascript:" not in markup
    assert "&lt;script&gt;alert(&#39;pipeline&#39;)&lt;/script&gt;" in markup


def test_the_release_list_carries_what_the_page_sorts_and_filters_by():
    from pipeline.outputs.review import catalog_data

    first = sample_release().model_copy(update={"source": "ILO", "published": "2025"})
    second = sample_release(release_id="r2").model_copy(update={"source": None, "published": None, "people": [], "roles": []})
    facts = Facts(pipeline="test", releases=[first, second])
    listed = catalog_data(facts, build_index(facts.releases))["releases"]
    assert listed == [
        {"id": "r1", "title": "A <b>title</b>", "published": "2025", "source": "ILO", "counts": [1, 0, 1, 0, 1]},
        {"id": "r2", "title": "A <b>title</b>", "published": None, "source": None, "counts": [0, 0, 0, 0, 1]},
    ]


def test_write_outputs_adds_the_index_and_the_page(tmp_path):
    text = "ILO Director-General Guy Ryder opened the Summit on 9 April 2025."
    facts = Facts(pipeline="test", releases=[sample_release(text)])
    written = write_outputs(facts, tmp_path, texts={"r1": text})
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"review.html", "index/people.csv", "index/organizations.csv", "facts.json"} <= names
    assert (tmp_path / "index/people.csv").read_text().splitlines()[1] == "guy-ryder,Guy Ryder,,1,r1,2025-04-09,2025-04-09"
    without = write_outputs(facts, tmp_path / "plain")
    assert "review.html" not in {p.name for p in without}
    assert (tmp_path / "review.html").read_text() == review_html(facts, {"r1": text}, build_index(facts.releases))


def test_a_large_corpus_puts_its_releases_in_part_files(tmp_path, monkeypatch):
    from pipeline.outputs import review

    monkeypatch.setattr(review, "INLINE_RELEASES", 3)
    monkeypatch.setattr(review, "PART_SIZE", 2)
    releases = [hostile_release().model_copy(update={"id": f"r{n}"}) for n in range(5)]
    texts = {r.id: HOSTILE for r in releases}
    written = write_outputs(Facts(pipeline="test", releases=releases), tmp_path, texts=texts)
    parts = sorted(p.relative_to(tmp_path).as_posix() for p in written if p.parent.name == "review")
    assert parts == ["review/part-00000.js", "review/part-00001.js", "review/part-00002.js"]
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert 'id="release-0"' not in page and '"part_size":2' in page
    last = (tmp_path / "review/part-00002.js").read_text(encoding="utf-8")
    assert last.startswith("reviewPart(2,[{") and last.endswith("]);\n")
    data = json.loads(last[len("reviewPart(2,"):-len(");\n")])
    assert [d["text"] for d in data] == [HOSTILE] and data[0]["people"][-1]["name"] == SCRIPT
    assert "<" not in last and "\u2028" not in last  # data stays a literal, whatever the text holds
    # A smaller corpus is one page again: the old parts go.
    write_outputs(Facts(pipeline="test", releases=releases[:2]), tmp_path, texts=texts)
    assert not (tmp_path / "review").exists()
    assert 'id="release-1"' in (tmp_path / "review.html").read_text(encoding="utf-8")
