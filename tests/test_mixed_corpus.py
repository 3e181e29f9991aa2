"""A corpus of good and bad inputs (tests/mixed_corpus): the good ones are extracted, each bad
one is skipped with one line naming the file, the line and the reason, and listed in errors.csv."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

MIXED = Path(__file__).resolve().parent / "mixed_corpus"
NOT_ALLOWED = "(no '/', '\\', control characters or leading '.')"
# (file, line, release id, reason), in errors.csv order.
FORMS = "(YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|+hh:mm])"
EXPECTED_ERRORS = [
    ("bad-date.md", None, "bad-date", f"front matter date 'last Tuesday' is not an ISO 8601 date {FORMS}"),
    ("bad-front-matter.md", None, "bad-front-matter", "malformed front matter: expected ',' or ']', but got ':' at line 3, column 5"),
    ("binary.jsonl", None, None, "binary file, not text"),
    ("blank.txt", None, "blank", "release has no text"),
    ("broken-link.md", None, None, "broken symbolic link"),
    ("corrupt-utf8.txt", None, "corrupt-utf8", "undecodable bytes: invalid UTF-8 at byte 97 in a UTF-8 file"),
    ("damaged-line.jsonl", 2, None, "binary data: a NUL byte at byte 63 of the line"),
    ("dates.jsonl", 1, "dates-001", "date '2021-02-30' is not a valid date (day is out of range for month)"),
    ("dates.jsonl", 2, "dates-002", f"date '20210521' is not an ISO 8601 date {FORMS}"),
    ("dates.jsonl", 3, "dates-003", f"date '1621555200' is not an ISO 8601 date {FORMS}"),
    ("dates.jsonl", 4, "dates-004", "date '2021-05-01 25:99:00' is not a valid date (hour must be in 0..23)"),
    ("empty.jsonl", None, None, "empty file"),
    ("empty.txt", None, "empty", "empty file"),
    ("feed.jsonl", 2, None, "not JSON (Expecting value at column 1)"),
    ("feed.jsonl", 3, "feed-002", "no 'text' field"),
    ("feed.jsonl", 4, "../escape", f"release id '../escape' is not allowed {NOT_ALLOWED}"),
    ("feed.jsonl", 5, "feed-001", "duplicate release id 'feed-001', first seen in {corpus}/feed.jsonl:1"),
    ("feed.jsonl", 6, None, "not a JSON object but a list"),
    ("feed.jsonl", 7, "feed-003", "release has no text"),
    ("feed.jsonl", 8, None, "undecodable bytes: invalid UTF-8 at byte 37 of the line"),
    ("feed.jsonl", 9, None, "no 'id' field"),
    ("feed.jsonl", 10, "cp1252", "duplicate release id 'cp1252', first seen in {corpus}/cp1252.txt"),
    ("feed.jsonl", 11, "feed-004", f"date 'last Tuesday' is not an ISO 8601 date {FORMS}"),
    ("feed.jsonl", 12, "/etc/passwd", f"release id '/etc/passwd' is not allowed {NOT_ALLOWED}"),
    ("high-bytes.txt", None, "high-bytes", "undecodable bytes: no text encoding fits"),
    ("image.txt", None, "image", "binary file, not text"),
    ("impossible-date.md", None, "impossible-date", "front matter date '2021-02-30' is not a valid date (day is out of range for month)"),
    ("impossible-time.md", None, "impossible-time", "front matter date '2021-05-01 25:99:00' is not a valid date (hour must be in 0..23)"),
    ("outside-link.txt", None, None, "symbolic link to a file outside the corpus folder ({readme}): not read"),
]
EXPECTED_RELEASES = ["cp1252", "damaged-001", "damaged-003", "dates-005", "feed-001", "feed-005", "formula", "latin1", "saved-page", "utf16", "utf8-bom"]
IGNORED = "note: 2 file(s) in {corpus} ignored for their suffix (read: .txt .md .html .htm .jsonl): notes.json, release.text"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A copy of the mixed corpus (runs must not touch the committed one)."""
    folder = tmp_path_factory.mktemp("mixed") / "corpus"
    folder.mkdir()
    for path in MIXED.iterdir():
        if path.is_symlink():  # the links stay links, to the same targets
            (folder / path.name).symlink_to(path.resolve() if path.resolve().exists() else os.readlink(path))
        else:
            (folder / path.name).write_bytes(path.read_bytes())
    return folder


def expected_error_rows(corpus: Path) -> list[list[str]]:
    """errors.csv rows the mixed corpus gives, as strings."""
    return [
        [f"{corpus}/{name}", "" if line is None else str(line), rid or "", reason.format(corpus=corpus, readme=MIXED.parent.parent / "README.md")]
        for name, line, rid, reason in EXPECTED_ERRORS
    ]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def texts_by_id(out: Path) -> dict[str, str]:
    return {d["id"]: d["text"] for d in map(json.loads, (out / "texts.jsonl").read_text(encoding="utf-8").splitlines())}


def test_good_inputs_are_extracted_and_bad_ones_listed_with_their_reasons(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
    assert status == 1
    assert [r[0] for r in read_csv(out / "releases.csv")[1:]] == EXPECTED_RELEASES
    assert read_csv(out / "errors.csv") == [["file", "line", "release_id", "error"], *expected_error_rows(corpus)]
    expected_lines = [f"skipped {f}:{line}: {reason}" if line else f"skipped {f}: {reason}" for f, line, _, reason in expected_error_rows(corpus)]
    assert stderr == [IGNORED.format(corpus=corpus), *expected_lines]


def test_strict_makes_any_skip_fatal_and_writes_nothing(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out), "--strict")
    assert status == 3
    assert stderr[-1] == f"error: {len(EXPECTED_ERRORS)} input(s) skipped and --strict is set: no outputs written"
    assert not (out / "facts.json").exists() and not (out / "errors.csv").exists()


def test_good_corpus_exits_zero_with_an_empty_errors_csv(extract_cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "utf16.txt").write_bytes((MIXED / "utf16.txt").read_bytes())
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(tmp_path / "out"), "--strict")
    assert (status, stderr) == (0, [])
    assert (tmp_path / "out" / "errors.csv").read_text() == "file,line,release_id,error\n"


def test_texts_are_decoded_and_normalised_and_offsets_slice_them(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    texts = texts_by_id(out)
    assert texts["utf8-bom"].startswith(
        "Ministers sign the Accra Declaration\n\nACCRA – The Minister of Labour of Ghana, Jane Doe, and the Director-General"
    )
    assert "efficient social protection and a cross-border labour inspection programme." in texts["utf8-bom"]
    assert "Côte d’Ivoire" in texts["cp1252"] and "“the talks are going well”" in texts["cp1252"]
    assert "Salle des Assemblées" in texts["latin1"]
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    checked = 0
    for release in facts["releases"]:
        evidence = release["evidence"] + [e for kind in ("people", "organizations", "roles", "resolutions", "events") for r in release[kind] for e in r["evidence"]]
        for e in evidence:
            assert texts[release["id"]][e["start"]:e["end"]] == e["mention"]
            assert texts[release["id"]][e["sentence_start"]:].startswith(e["sentence"])
            checked += 1
    assert checked > 30


def test_saved_page_gives_article_text_title_date_and_address(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    page = texts_by_id(out)["saved-page"]
    assert page.split("\n\n") == [
        "Council adopts resolution on heat at work",
        "12 June 2025",
        "GENEVA (Example News) – The Governing Body of the International Labour Organization (ILO) adopted a resolution on heat stress at work on 11 June 2025.",
        "“Workers need protection,” said Gilbert F. Houngbo, Director-General of the ILO, after the vote.",
        "The resolution asks member States to report on their measures by 2027. Jane Doe, Minister of Labour of Ghana, welcomed the decision.",
    ]
    row = next(r for r in read_csv(out / "releases.csv") if r[0] == "saved-page")
    assert row == ["saved-page", "Council adopts resolution on heat at work", "GENEVA", "Example News", "2025-06-12", "https://news.example.org/2025/06/council-heat-resolution"]


def test_no_input_writes_outside_the_output_folder(extract_cli, corpus, tmp_path):
    out = tmp_path / "work" / "out"
    out.parent.mkdir()
    before = {p for p in tmp_path.rglob("*")}
    extract_cli("--corpus", str(corpus), "--out", str(out))
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents for p in created)


def test_a_formula_title_is_inert_in_csv_and_raw_in_facts_json(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    row = next(r for r in read_csv(out / "releases.csv") if r[0] == "formula")
    assert row[1] == "'=cmd|' /C calc'!A0"
    facts = {r["id"]: r for r in json.loads((out / "facts.json").read_text(encoding="utf-8"))["releases"]}
    assert facts["formula"]["title"] == "=cmd|' /C calc'!A0"


def test_a_damaged_feed_line_costs_that_line_only_and_dates_keep_their_day(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    published = {r[0]: r[4] for r in read_csv(out / "releases.csv")[1:]}
    assert (published["damaged-001"], published["damaged-003"]) == ("", "")
    assert published["dates-005"] == "2021-05-21"  # a date and time gives its date
    assert "Court of Justice" in texts_by_id(out)["damaged-003"]


def test_no_text_from_outside_the_corpus_reaches_the_outputs(extract_cli, corpus, tmp_path):
    out = tmp_path / "out"
    extract_cli("--corpus", str(corpus), "--out", str(out))
    line = "Extract checkable facts from news releases"  # README.md's, which outside-link.txt points to
    assert line in (MIXED.parent.parent / "README.md").read_text(encoding="utf-8")
    for name in ("texts.jsonl", "facts.json", "review.html"):
        assert line not in (out / name).read_text(encoding="utf-8")
