"""Bytes to clean text: byte-order marks, UTF-8, UTF-16, detected legacy encodings, then
typographic clean-up. Evidence offsets index into the text `normalize` returns."""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy
from charset_normalizer import from_bytes

# Longest marks first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
WIDE_ENCODINGS = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]
# The encodings files are really saved in. Left out: DOS, Mac and Baltic code pages, which
# charset-normalizer otherwise picks for short cp1252 text ("Côte" read as cp775 "C¶te").
LEGACY_ENCODINGS = [
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "iso8859_5", "koi8_r", "koi8_u",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp1258",
    "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr", "gb18030", "big5",
]  # fmt: skip
# When the detector scores several code pages the same (short English or French text fits
# cp1250 as well as cp1252), take the one Western news is written in.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
# A valid multi-byte UTF-8 sequence: bytes that contain one and still fail to decode are
# corrupt UTF-8, not a legacy code page.
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
MAX_CONTROL_SHARE = 0.1

# ftfy repairs mojibake, C1-control quotes (cp1252 read as Latin-1), ligatures, line breaks,
# width forms and NFC. Typographic quotes stay as they are: the rule components read both
# forms, and they are part of the evidence sentences.
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
# What ftfy leaves: fixed-width spaces become plain spaces; soft hyphens and invisible word
# breaks go (zero-width joiners stay: emoji and Indic or Arabic scripts need them).
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
CLEANUP = str.maketrans({**{c: " " for c in SPACES}, **{c: None for c in INVISIBLE}})


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept (the message names the problem)."""


def decode(data: bytes) -> str:
    """Decode a file's bytes: a byte-order mark wins, then strict UTF-8, then a detected encoding.

    RETURNS (str): the text, not yet normalised.
    """
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return check_text(data[len(bom):].decode(encoding))
            except UnicodeDecodeError as err:
                raise DecodeError(f"undecodable bytes: not valid {encoding.upper()} ({err.reason} at byte {err.start + len(bom)})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if UTF8_MULTIBYTE.search(data):
            raise DecodeError(f"undecodable bytes: invalid UTF-8 at byte {err.start} in a UTF-8 file") from None
        text = detect(data)
    else:
        if "\x00" in text:  # UTF-16 or UTF-32 without a byte-order mark, or binary data
            text = detect(data)
    return check_text(text)


def detect(data: bytes) -> str:
    """Decode non-UTF-8 bytes with the encoding charset-normalizer finds most plausible."""
    wide = b"\x00" in data
    matches = from_bytes(data, cp_isolation=LEGACY_ENCODINGS + (WIDE_ENCODINGS if wide else []))
    best = matches.best()
    if best is None:
        raise DecodeError("binary file, not text" if wide else "undecodable bytes: no text encoding fits")
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    for preferred in PREFERRED_ENCODINGS:
        for match in tied:
            if preferred in match.could_be_from_charset:
                return data.decode(preferred)
    return str(best)


def check_text(text: str) -> str:
    """Refuse decoded text that is really binary data (NUL characters, mostly control codes)."""
    if "\x00" in text or len(CONTROLS.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise DecodeError("binary file, not text")
    return text


# A line no fix of ftfy's changes: printable ASCII and tabs, no "&" (an HTML entity to unescape).
PLAIN_LINE = re.compile(r"[\t\x20-\x25\x27-\x7e]*\n?")
NO_UNESCAPING = FTFY_CONFIG._replace(unescape_html=False)
LINE = re.compile(r"[^\n]*\n|[^\n]+")


def fix_text(text: str) -> str:
    """`ftfy.fix_text(text, FTFY_CONFIG)`, with the lines it would leave as they are kept without
    calling it (it fixes a text line by line; most lines of a release are plain ASCII). As in
    ftfy, from the first line holding a "<" on, HTML entities are no longer unescaped."""
    if len(text) > FTFY_CONFIG.max_decode_length:  # ftfy cuts such lines: leave them to it
        return ftfy.fix_text(text, FTFY_CONFIG)
    out = []
    config = FTFY_CONFIG
    for line in LINE.findall(text):  # ftfy's pieces: up to and with each "\n"
        if config is FTFY_CONFIG and "<" in line:
            config = NO_UNESCAPING
        out.append(line if PLAIN_LINE.fullmatch(line) else ftfy.fix_text(line, config))
    return "".join(out)


def normalize(text: str) -> str:
    """The text extraction reads and evidence offsets index into: ftfy's fixes, plain spaces for
    fixed-width ones, no soft hyphens or zero-width spaces, NFC."""
    return unicodedata.normalize("NFC", fix_text(text).translate(CLEANUP))
