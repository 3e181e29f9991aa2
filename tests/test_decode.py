"""Bytes to text: byte-order marks, UTF-8, detected legacy encodings, binary data; then the
typographic clean-up that evidence offsets index into."""

from __future__ import annotations

import pytest

import ftfy

from pipeline.reading.decode import FTFY_CONFIG, DecodeError, decode, fix_text, normalize

PARAGRAPH = "The Minister’s “strong” statement — café, naïve, Genève, 5 €.\n\nSecond paragraph."


@pytest.mark.parametrize(
    "data",
    [
        PARAGRAPH.encode("utf-8"),
        b"\xef\xbb\xbf" + PARAGRAPH.encode("utf-8"),
        PARAGRAPH.encode("utf-16"),
        PARAGRAPH.encode("utf-16-be").join([b"\xfe\xff", b""]),
        PARAGRAPH.encode("utf-32"),
        PARAGRAPH.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "cp1252"],
)
def test_decode_reads_every_encoding_users_save_in(data):
    assert decode(data) == PARAGRAPH


def test_decode_detects_latin1_french_and_short_cp1252():
    assert decode("Le ministre a déclaré à Genève que la réunion était terminée.".encode("latin-1")).startswith("Le ministre a déclaré à Genève")
    assert decode("It’s".encode("cp1252")) == "It’s"


def test_decode_detects_utf16_without_byte_order_mark():
    assert decode("A release saved as UTF-16 without a mark.\n".encode("utf-16-le")) == "A release saved as UTF-16 without a mark.\n"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "binary file, not text"),
        (b"\x00" * 40, "binary file, not text"),
        ("Genève talks\n".encode() + b"\xff\xfe broken", "undecodable bytes: invalid UTF-8 at byte 14 in a UTF-8 file"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable bytes: no text encoding fits"),
        (b"\xff\xfe" + b"\x00\xd8", "undecodable bytes: not valid UTF-16-LE (unexpected end of data at byte 2)"),
    ],
    ids=["empty", "png", "nul-bytes", "corrupt-utf8", "no-encoding-fits", "bad-utf16"],
)
def test_decode_refuses_what_is_not_text_with_the_reason(data, reason):
    with pytest.raises(DecodeError) as err:
        decode(data)
    assert str(err.value) == reason


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Foreign\u00a0Minister", "Foreign Minister"),
        ("10\u202f000 workers", "10 000 workers"),
        ("in\u00adspection", "inspection"),
        ("zero\u200bwidth\u2060joiners", "zerowidthjoiners"),
        ("ef\ufb01cient \ufb02ow", "efficient flow"),
        ("line\r\nbreaks\rhere", "line\nbreaks\nhere"),
        ("Cafe\u0301", "Café"),
        ("\x92quoted\x93 C1 controls\x94", "’quoted“ C1 controls”"),
        ("mojibake: cafÃ©", "mojibake: café"),
        ("the Minister’s “words”", "the Minister’s “words”"),
        ("emoji 👩‍💻 keep their joiner", "emoji 👩‍💻 keep their joiner"),
    ],
    ids=["nbsp", "narrow-nbsp", "soft-hyphen", "zero-width", "ligatures", "line-ends", "nfc", "c1-quotes", "mojibake", "curly-quotes-kept", "zwj-kept"],
)
def test_normalize(raw, clean):
    assert normalize(raw) == clean


@pytest.mark.parametrize("text", [
    "plain line\n\nanother plain line",
    "Caf\u00c3\u00a9 mojibake\nplain\n",  # only the second line is plain
    "Tom &amp; Jerry\n<p>A &amp; B</p>\nC &amp; D\n",  # no unescaping from the first "<" on, as in ftfy
    "x\r\ny\rz\n\x1b[31mred\x1b[0m\ttab\x0bvt\n",
    "\ufb01ne \uff21 \u2028 end",
])
def test_fix_text_skips_plain_lines_with_ftfys_result(text):
    assert fix_text(text) == ftfy.fix_text(text, FTFY_CONFIG)
