"""Reading releases (pipeline/reading/corpus.py) and their dateline (pipeline/reading/dateline.py): pure functions."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.reading.corpus import read_corpus, read_release, release_paths

from pipeline.reading.layout import first_line_title
from pipeline.reading.release import ReleaseError, iso_date, parse_release, split_front_matter
from pipeline.reading.layout import find_dateline

FRONT = '---\ntitle: "Welcoming Costa Rica to the OECD"\ndate: 2021-05-25\nsource: "U.S. Department of State"\nurl: "https://www.state.gov/x/"\n---\n'


def test_front_matter_is_split_off():
    meta, text = split_front_matter(FRONT + "Welcoming Costa Rica to the OECD\n\nBody.\n")
    assert meta == {
        "title": "Welcoming Costa Rica to the OECD",
        "date": "2021-05-25",  # timestamps stay text for iso_date to check
        "source": "U.S. Department of State",
        "url": "https://www.state.gov/x/",
    }
    assert text == "Welcoming Costa Rica to the OECD\n\nBody.\n"


@pytest.mark.parametrize("raw", ["Body only.\n", "Intro\n---\ntitle: x\n---\nBody\n", " ---\ntitle: x\n---\nBody\n"])
def test_no_front_matter_unless_it_opens_the_file(raw):
    assert split_front_matter(raw) == ({}, raw)


def test_empty_front_matter():
    assert split_front_matter("---\n---\nBody\n") == ({}, "Body\n")


def test_front_matter_with_windows_line_ends():
    assert split_front_matter("---\r\ntitle: T\r\n---\r\nBody\r\n") == ({"title": "T"}, "Body\r\n")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("---\ntitle: [unclosed\n---\nBody\n", "x.txt: malformed front matter"),
        ("---\n- a\n- b\n---\nBody\n", "x.txt: front matter is not a mapping"),
    ],
)
def test_bad_front_matter_names_the_file(raw, message):
    with pytest.raises(ReleaseError, match=message):
        split_front_matter(raw, "x.txt")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2021, 5, 25), "2021-05-25"),
        (dt.datetime(2021, 5, 25, 10, 30), "2021-05-25"),
        ("2021-05-25T10:00:00Z", "2021-05-25"),
        ("2021-05-25 10:00:00", "2021-05-25"),
        ("2021-05-25 10:00:00.25 +02:00", "2021-05-25"),
        ("2021-05-25T10:00+0200", "2021-05-25"),
        ("2021-05", "2021-05"),
        (2021, "2021"),
        ("2021", "2021"),
        (None, None),
        ("", None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_non_iso_date_names_the_file():
    with pytest.raises(ReleaseError, match=r"x.txt: front matter date 'May 25, 2021' is not an ISO 8601 date"):
        iso_date("May 25, 2021", "x.txt")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # Once truncated to "2021" and "1621": the basic form and epoch seconds are refused by name.
        ("20210521", "date '20210521' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|+hh:mm])"),
        (1621555200, "date '1621555200' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|+hh:mm])"),
        ("2021-05-21foo", "date '2021-05-21foo' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|+hh:mm])"),
        ("2021-02-30", "date '2021-02-30' is not a valid date (day is out of range for month)"),
        ("2021-13", "date '2021-13' is not a valid date (month must be in 1..12)"),
        ("2021-05-01 25:99:00", "date '2021-05-01 25:99:00' is not a valid date (hour must be in 0..23)"),
    ],
)
def test_impossible_or_other_dates_are_refused_by_name(value, message):
    with pytest.raises(ReleaseError) as caught:
        iso_date(value, "x.jsonl:3", "date")
    assert caught.value.reason == message


def test_impossible_front_matter_date_is_a_release_error_not_a_crash():
    # PyYAML's own timestamp constructor raises ValueError for these, which ended the whole run.
    for date in ("2021-02-30", "2021-05-01 25:99:00"):
        with pytest.raises(ReleaseError, match=f"x.md: front matter date '{date}' is not a valid date"):
            parse_release("x", f"---\ndate: {date}\n---\nBody.\n", "x.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welcoming Costa Rica to the OECD\n\nBody.", "Welcoming Costa Rica to the OECD"),
        ("\n  Readout of Council of Governors Meeting  \n\nBody.", "Readout of Council of Governors Meeting"),
        ("A first sentence ends with a stop.\n\nBody.", None),
        ("Title without blank line\nBody.", None),
        ("Only one line", None),
        ("x" * 251 + "\n\nBody.", None),
    ],
)
def test_first_line_title(text, expected):
    assert first_line_title(text) == expected


def test_parse_release_prefers_front_matter_and_keeps_offsets_in_the_body():
    body = "Another first line\n\nBody.\n"
    release = parse_release("state-00021", FRONT + body)
    assert (release.id, release.title, release.date, release.source, release.url) == (
        "state-00021",
        "Welcoming Costa Rica to the OECD",
        "2021-05-25",
        "U.S. Department of State",
        "https://www.state.gov/x/",
    )
    assert release.text == body


def test_parse_release_without_front_matter_takes_the_first_line():
    release = parse_release("r", "Readout of the Meeting\n\nToday the Council met.\n")
    assert (release.title, release.date, release.source, release.url) == ("Readout of the Meeting", None, None, None)


@pytest.mark.parametrize("raw", ["", "   \n\n", "---\ntitle: T\n---\n\n"])
def test_release_without_text_is_an_error(raw):
    with pytest.raises(ReleaseError, match="r.txt: release has no text"):
        parse_release("r", raw, "r.txt")


def test_corpus_folder_lists_txt_and_md_in_name_order(tmp_path):
    for name in ["b.txt", "a.md", "c.json", "notes.TXT", "sub/d.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Body.\n", encoding="utf-8")
    assert [p.name for p in release_paths(tmp_path)] == ["a.md", "b.txt", "notes.TXT"]
    assert [r.id for r in read_corpus(tmp_path)] == ["a", "b", "notes"]


def test_missing_corpus_folder_is_named(tmp_path):
    with pytest.raises(ReleaseError, match="nowhere: corpus folder not found"):
        release_paths(tmp_path / "nowhere")


def test_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("\ufeffTitle line\n\nBody.\n".encode("utf-8"))
    release = read_release(path)
    assert (release.title, release.text) == ("Title line", "Title line\n\nBody.\n")


def test_latin1_file_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 r\xe9union\n".encode("latin-1"))
    assert read_release(path).text == "Café réunion\n"


def test_undecodable_file_is_named(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Café réunion\n".encode() + b"\xff\xfe")
    with pytest.raises(ReleaseError, match=r"broken.txt: undecodable bytes: invalid UTF-8 at byte 15 in a UTF-8 file"):
        read_release(path)


# --------------------------------------------------------------------------- dateline


def test_dateline_with_news_service():
    text = "LUXEMBOURG CITY, (ILO News) – The International Labour Organization (ILO) took part."
    dateline = find_dateline(text)
    assert (dateline.place, dateline.source) == ("LUXEMBOURG CITY", "ILO News")
    assert text[dateline.place_start : dateline.place_start + len(dateline.place)] == "LUXEMBOURG CITY"
    assert text[dateline.source_start : dateline.source_start + len(dateline.source)] == "ILO News"


def test_dateline_without_dash_in_a_later_paragraph():
    text = "Title of the Release\n\nWASHINGTON The Department of Justice announced charges today."
    dateline = find_dateline(text)
    assert (dateline.place, dateline.source, text[dateline.place_start:].startswith("WASHINGTON")) == ("WASHINGTON", None, True)


@pytest.mark.parametrize("text", ["The ILO took part.", "ILO – The body met.", "UN News – text"])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_dateline_and_source_in_release_record(extract_text):
    text = "LUXEMBOURG CITY, (ILO News) – The International Labour Organization (ILO) took part in the summit."
    release = extract_text(text)
    assert (release.dateline, release.source) == ("LUXEMBOURG CITY", "ILO News")
    assert [e.mention for e in release.evidence] == ["LUXEMBOURG CITY", "ILO News"]
    assert all(text[e.start : e.end] == e.mention for e in release.evidence)
