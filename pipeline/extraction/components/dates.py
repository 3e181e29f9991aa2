"""Dates as ISO 8601 at the precision the text gives, including ranges, lists and relative dates.

Single expressions are parsed by `dateparser` (its `period` gives the precision); ranges and
lists, which it does not handle (its issue #522), are split here first: "9 to 11 April 2025"
-> ("2025-04-09", "2025-04-11"), "2023, 2024" -> two years. Relative dates ("today", "on
Tuesday", "this year") need the release's own date as anchor; without one they stay empty.

README architecture table row: Resolution (dates), Event (dates).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from dateparser.date import DateDataParser

from pipeline.extraction.components.tokens import doc_entities, doc_tokens, spaced_dash

MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # datetime.weekday() order
WEEKDAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"
RELATIVE = r"(?:today|yesterday|tomorrow|tonight|this year|last year|next year|this month|last month|next month|this week|last week|next week)"
DASH = r"\s*(?:-|–|—|to|through|until|and|&)\s*"
CALENDAR = re.compile(rf"\b(?:{MONTH}|{YEAR}|{WEEKDAY}|{RELATIVE})\b", re.IGNORECASE)
YEAR_LIST = re.compile(rf"^{YEAR}(?:\s*(?:,|and|&)\s*{YEAR})+$")
RANGES = (
    # 9 to 11 April 2025 | 9-11 April
    re.compile(rf"^(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?$", re.IGNORECASE),
    # 30 March to 2 April 2025 | 30 December 2021 to 2 January 2022
    re.compile(rf"^(?P<d1>{DAY})\s+(?P<m1>{MONTH})(?:,?\s+(?P<ys>{YEAR}))?{DASH}(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?$", re.IGNORECASE),
    # May 17-20, 2022 | May 17 to 20
    re.compile(rf"^(?P<m>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?$", re.IGNORECASE),
    # March 30 to April 2, 2025 | December 30, 2021 to January 2, 2022
    re.compile(rf"^(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<ys>{YEAR}))?{DASH}(?P<m>{MONTH})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?$", re.IGNORECASE),
    # the 11th to the 12th of September 2024 | 3rd-5th of May
    re.compile(rf"^(?P<d1>{DAY}){DASH}(?:the\s+)?(?P<d2>{DAY})\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?$", re.IGNORECASE),
    # 2001 to 2003
    re.compile(rf"^(?P<y1>{YEAR}){DASH}(?P<y>{YEAR})$", re.IGNORECASE),
)
MONTH_OF_RELATIVE_YEAR = re.compile(rf"^(?P<month>{MONTH})\s+(?P<which>this|next|last)\s+year$", re.IGNORECASE)
INNER_WEEKDAY = re.compile(rf"\b{WEEKDAY},?\s+(?=\d|{MONTH}\b)", re.IGNORECASE)  # "Tuesday, June 3 through Thursday, June 5"
THIS_MONTH = re.compile(rf"^(?:this|next|coming|upcoming)\s+(?={MONTH}\b)", re.IGNORECASE)
LEADING = re.compile(r"^(?:(?:from|on|in|since|between|during|of|by|the|as of)\s+|(?:early|late|later|earlier|mid)(?:\s*-\s*|\s+))", re.IGNORECASE)
WEEK_OF = re.compile(r"^(?:the\s+)?week\s+of\s+", re.IGNORECASE)  # "the week of June 5": the week's first day, as stated
TRAILING = re.compile(r"(?:['’]s|,|\.)$")
PART_OF = re.compile(rf"^(?:end|beginning|start|middle|close|first half|second half)\s+of\s+(?={MONTH}\b|{YEAR}\b)", re.IGNORECASE)  # "the end of March": the month
PRECISION = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


GLUED_MONTH = re.compile(rf"^\S*?[a-z0-9)](?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")


def glued_month(text: str) -> bool:
    """"2026June", "FrankfurtMay": a month name glued to the word before it, where a calendar's line
    break was lost ("... - FrankfurtMay 6 Northwind Midcap Conference 2026 - Paris")."""
    return GLUED_MONTH.match(text) is not None


def _clean(text: str) -> str:
    text = GLUED_MONTH.sub("", " ".join(text.split()))  # "2026June 10": the date after a lost line break
    previous = None
    while previous != text:
        previous = text
        text = PART_OF.sub("", WEEK_OF.sub("", LEADING.sub("", text))).strip()
        text = TRAILING.sub("", text).strip()
    return re.sub(rf"^{WEEKDAY},?\s+(?={MONTH}|{DAY}\s)", "", text, flags=re.IGNORECASE)


@lru_cache(maxsize=8)
def _parser(anchor: Optional[dt.date]) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=65536)
def parse_single(text: str, anchor: Optional[dt.date] = None, nearest: bool = False, ahead: bool = False) -> Optional[str]:
    """One date expression as ISO at its precision, or None ("three years" is not a date).

    A month or day without a year falls in the year before the anchor's by default; with
    `nearest`, in the year that puts it closest to the anchor (a planned meeting "on June 10"
    announced on June 5, or "in January" announced in December, lies ahead)."""
    text = _clean(text)
    if nearest:
        text = THIS_MONTH.sub("", text)
    if not text or not CALENDAR.search(text):
        return None
    has_year = re.search(rf"\b{YEAR}\b", text) is not None
    if not has_year and anchor is None:
        return None
    weekday = BARE_WEEKDAY.match(text) if ahead and anchor else None
    if weekday is not None:
        return _weekday_ahead(weekday["day"], anchor)
    month_of_year = MONTH_OF_RELATIVE_YEAR.match(text)
    if month_of_year and anchor:
        # "in September this year", "in March next year": the month of the year named from the anchor
        year = anchor.year + {"this": 0, "next": 1, "last": -1}[month_of_year["which"].lower()]
        return parse_single(f"{month_of_year['month']} {year}")
    data = _parser(anchor).get_date_data(text)
    if data.date_obj is None:
        return None
    if data.period == "week":
        if anchor and text.lower() == "this week":
            return anchor.strftime("%Y-%m")  # the week the release is dated in: its month, though the week ends in the next
        return _week(data.date_obj.date())
    if data.period not in PRECISION:
        return None
    if data.period == "year" and not has_year and not re.search(r"\byear\b", text, re.IGNORECASE):
        return None
    date = data.date_obj.date()
    if nearest and anchor and not has_year and re.search(rf"\b{MONTH}\b", text, re.IGNORECASE):
        date = _nearest_year(date, anchor, data.period, ahead)
    return date.strftime(PRECISION[data.period])


CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
BARE_WEEKDAY = re.compile(rf"^(?:{CLOCK},?\s+)?(?P<day>{WEEKDAY})(?:,?\s+(?:at\s+)?{CLOCK})?$", re.IGNORECASE)  # "17:00, Friday"


def _weekday_ahead(day: str, anchor: dt.date) -> str:
    """"will take place on Thursday": a weekday alone, said of what is still to come, is the first
    such day on or after the anchor (the release's own day when they fall together), not the last
    one before it."""
    days = (WEEKDAYS.index(day.lower()) - anchor.weekday()) % 7
    return (anchor + dt.timedelta(days=days)).isoformat()


def _nearest_year(date: dt.date, anchor: dt.date, period: str, ahead: bool = False) -> dt.date:
    """`date` moved to the year (anchor's, or one either side) closest to `anchor`; `ahead` (a
    meeting the text plans: "will take place September 29"), the first such day or month not
    before the anchor's."""
    day = date.day if period == "day" else 1
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, date.month, day))
        except ValueError:  # 29 February
            continue
    if ahead:
        floor = anchor.replace(day=1) if period == "month" else anchor
        later = [d for d in candidates if d >= floor]
        if later:
            return min(later)
    return min(candidates, key=lambda d: abs((d - anchor).days)) if candidates else date


def _week(day: dt.date) -> str:
    """A week ("next week") at the precision it allows: its month, or its year when it straddles two."""
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return monday.strftime("%Y-%m")
    return monday.strftime("%Y") if monday.year == sunday.year else ""


def parse_dates(text: str, anchor: Optional[dt.date] = None, nearest: bool = False, ahead: bool = False) -> list[tuple[str, str]]:
    """(start, end) ISO pairs a date expression states: one for a date or range, several for a list
    (`nearest`: a date without a year is the one closest to the anchor, see `parse_single`)."""
    text = INNER_WEEKDAY.sub("", _clean(text))  # "Tuesday 4th and Wednesday 5th June"
    if YEAR_LIST.match(text):
        return [(y, y) for y in re.findall(YEAR, text)]
    for pattern in RANGES:
        match = pattern.match(text)
        if match:
            return _range(match.groupdict(), anchor, nearest, ahead)
    single = parse_single(text, anchor, nearest, ahead) or None
    return [(single, single)] if single else []


def _range(parts: dict, anchor: Optional[dt.date], nearest: bool = False, ahead: bool = False) -> list[tuple[str, str]]:
    year = parts.get("y") or ""
    if parts.get("y1"):
        return [(parts["y1"], year)]
    month = parts["m"]
    end = parse_single(f"{parts['d2']} {month} {year}".strip(), anchor, nearest, ahead)
    start_year = parts.get("ys") or year or (end or "")[:4]
    start = parse_single(f"{parts['d1']} {parts.get('m1') or month} {start_year}".strip(), anchor, nearest, ahead and not parts.get("m1"))
    if start and end and start > end and parts.get("m1") and not parts.get("ys"):
        # "December 30 to January 2, 2022": the year given at the end is the end's own
        start = parse_single(f"{parts['d1']} {parts['m1']} {int(end[:4]) - 1}", anchor)
    if start and end and start <= end:
        return [(start, end)]
    return []


def anchor_date(published: Optional[str]) -> Optional[dt.date]:
    """The release date as a `date` when it is known to the day."""
    if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return dt.date.fromisoformat(published)
    return None


RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow"})
RELATIVE_DETERMINERS = frozenset({"this", "next", "last"})
RELATIVE_UNIT = re.compile(rf"^(?:year|month|week|{MONTH})$", re.IGNORECASE)


CALENDAR_WORD = re.compile(rf"^(?:{MONTH}|{WEEKDAY}|{YEAR}|\d.*)$", re.IGNORECASE)


TRAILING_MARKS = frozenset({":", ",", ";"})


def _date_part(doc, ent):
    """The date of a DATE entity the model ran on over a spaced dash into a name or across a line
    break ("February 11–12 - Precious Metals Conference" -> "February 11–12"): the entity up to the
    dash that a word naming no month, day or year follows, or up to the line break."""
    tokens = doc_tokens(doc)
    for k in range(ent.start + 1, ent.end):
        token = tokens[k]
        if "\n" in token.text and token.is_space:
            return doc[ent.start : k]
        if (
            spaced_dash(tokens, k) and k + 1 < ent.end
            and tokens[k + 1].text[:1].isupper() and CALENDAR_WORD.match(tokens[k + 1].text) is None
        ):
            return doc[ent.start : k]
    if len(ent) > 1 and tokens[ent.end - 1].text in TRAILING_MARKS:
        return doc[ent.start : ent.end - 1]  # "March 4-6, 2025: Northwind Summit": the model ran the date over the colon
    return ent


def model_dates(doc) -> list:
    """The model's DATE entities of the whole Doc, each cut to its date (`_date_part`): the cheap
    dates, without the scan of every token that `date_spans` adds for what the model missed."""
    return [_date_part(doc, e) for e in doc_entities(doc) if e.label_ == "DATE"]


MONTH_WORD = re.compile(rf"^{MONTH}$")
MONTH_STARTS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"})
MONTH_ENDINGS = frozenset({"ary", "rch", "ril", "May", "une", "uly", "ust", "ber"})
DAY_OR_DAYS = re.compile(r"^[0-3]?\d(?:st|nd|rd|th)?(?:[-–][0-3]?\d(?:st|nd|rd|th)?)?$")


def missed_month_days(doc, region) -> list:
    """"March 19 - Northwind Investor Conference", "May 5–7 - ...": a capitalized month and a day (or
    range of days) the model left outside any DATE entity (it often does at a line's start, taking
    the day for a number), with a year after a comma when one follows; also a month glued to the
    word before it ("FrankfurtMay 6": `glued_month`)."""
    tokens = doc_tokens(doc)
    found = []
    for t in tokens[region.start : region.end - 1]:
        text = t.text  # read once: each `token.text` builds a new string
        if (text[:3] not in MONTH_STARTS or MONTH_WORD.match(text) is None) and not (text[-3:] in MONTH_ENDINGS and glued_month(text)) or t.ent_type_ == "DATE":
            continue  # also a month glued to the word before it: "FrankfurtMay 6" (a lost line break)
        day = tokens[t.i + 1]
        if day.ent_type_ == "DATE" or DAY_OR_DAYS.match(day.text) is None:
            continue
        end = t.i + 2
        if end + 1 < region.end and tokens[end].text == "," and re.fullmatch(YEAR, tokens[end + 1].text):
            end += 2
        found.append(doc[t.i : end])
    return found


DAY = re.compile(r"^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$")
GLUED_DAYS = re.compile(r"^(?:[12]?\d|3[01])(?:st|nd|rd|th)?[-–](?:[12]?\d|3[01])(?:st|nd|rd|th)?$")
DAY_JOINERS = frozenset({"-", "–", "to", "and"})


def _day_range_before(doc, span, low: int):
    """"on 12-14 May 2025", "from 2–13 June 2025": the days of a range written before its month,
    which the model leaves outside the DATE entity it starts at the month (a number, or one token
    "2–13"); the span extended over them (not before `low`, the region's start)."""
    tokens = doc_tokens(doc)
    k = span.start
    if k < 1 or MONTH_WORD.match(tokens[k].text) is None:
        return span
    if k - 1 >= low and GLUED_DAYS.match(tokens[k - 1].text):
        return doc[k - 1 : span.end]
    if k - 3 >= low and DAY.match(tokens[k - 1].text) and tokens[k - 2].lower_ in DAY_JOINERS and DAY.match(tokens[k - 3].text):
        return doc[k - 3 : span.end]
    return span


def date_spans(doc, region, relative_phrases: bool = False) -> list:
    """Date expressions inside `region` (a Span): the model's DATE entities, and "today",
    "yesterday", "tomorrow" where the model missed them (often capitalized: "Today, ...");
    with `relative_phrases`, also "this year", "next week", "this September" it missed."""
    spans = [_day_range_before(doc, _date_part(doc, e), region.start) for e in doc_entities(doc) if e.label_ == "DATE" and e.start >= region.start and e.end <= region.end]
    spans += [doc[t.i : t.i + 1] for t in doc_tokens(doc)[region.start : region.end] if t.lower_ in RELATIVE_DAYS and t.ent_type_ != "DATE"]
    spans += missed_month_days(doc, region)
    if relative_phrases:
        spans += [
            doc[t.i : t.i + 2] for t in doc_tokens(doc)[region.start : region.end]
            if t.lower_ in RELATIVE_DETERMINERS and t.i + 1 < region.end and t.ent_type_ != "DATE"
            and RELATIVE_UNIT.match(doc[t.i + 1].text)
        ]
    return sorted(spans, key=lambda s: s.start)
