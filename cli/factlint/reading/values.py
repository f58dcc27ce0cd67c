"""The values a text states: counts, quantities, money, dates, clock times, ordinals, tallies.

Each value keeps what it is *of* where the text says so, because a value is only
ever compared with the claim's value of the same role:

- a count keeps its counted noun ("seven *members*", "1,200 *employees*") and the
  time base of a rate ("600 requests *per minute*");
- a quantity keeps its dimension (length, data, temperature, ...) in base units,
  and what it measures ("5 GB *of storage*", "640 metres *long*");
- money keeps its currency and a rate's time base ("$10 *a month*");
- a date keeps the word that introduces it ("*until* 30 June", "*as of* 2023").

Hedges bend a value into an interval: "about", "nearly", "more than", "up to",
"or more" (see ``numbers``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factlint.lazyre import LazyPattern, lazy
from factlint.reading.numbers import (
    HEDGES_AFTER,
    HEDGES_BEFORE,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    parse_number_words,
    parse_numeral,
)
from factlint.reading.units import (
    AMBIGUOUS_SYMBOLS,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MONEY_SCALE_AFTER,
    MONEY_SCALES,
    PER_TIME,
    SECONDS,
    UNIT_WORDS_PATTERN,
    time_base,
    unit_after,
    unit_for,
    word_unit_at,
)
from factlint.spans import SpanSet

YMD = tuple[int, int, int]


@dataclass(frozen=True)
class DateSpan:
    """A stretch of calendar time; ``has_year`` False means the text gave no year ("Sept. 6")."""

    start: YMD  # (year or 0, month, day)
    end: YMD
    has_year: bool
    has_month: bool
    has_day: bool

    def describe(self) -> str:
        y0, m0, d0 = self.start
        y1, m1, d1 = self.end
        if self.has_day and self.start == self.end:
            text = f"{calendar.month_name[m0]} {d0}"
            return f"{text}, {y0}" if self.has_year else text
        if self.has_month and (y0, m0) == (y1, m1):
            return f"{calendar.month_name[m0]} {y0}" if self.has_year else calendar.month_name[m0]
        if self.has_year and y0 == y1 and (m0, d0, m1, d1) == (1, 1, 12, 31):
            return str(y0)
        if self.has_year and y1 - y0 == 9 and y0 % 10 == 0 and (m0, m1) == (1, 12):
            return f"the {y0}s"
        if self.has_year:
            return f"{y0}-{m0:02d}-{d0:02d} to {y1}-{m1:02d}-{d1:02d}"
        return f"{calendar.month_name[m0]} {d0} to {calendar.month_name[m1]} {d1}"


@dataclass(frozen=True)
class Value:
    """One value found in text, with its span (hedge included) and its role."""

    kind: str  # count, quantity, money, date, time, ordinal, tally
    text: str
    start: int
    end: int
    amount: float = 0.0  # count, ordinal; quantity and money in base units (per second for rates)
    high: float = 0.0  # the top of a range ("three to four months"); equals amount otherwise
    hedge: str = "exact"
    dimension: str = ""  # quantity: length, data, temperature...; money: the currency code
    unit: str = ""  # the unit as written (its table name), so rounding slack can apply
    head: str = ""  # what the value counts or measures, as written (lower case): "members"
    per: str = ""  # a rate's time base ("minute"), or what it is shared among ("user")
    date: DateSpan | None = None
    qualifier: str = ""  # date: "as of", "by", "until", "in", "on", "since", ...
    second: float = 0.0  # tally: the other side ("5 to 2")

    @property
    def span(self) -> tuple[int, int]:
        """Where the value sits in its text, hedge included ("about 35")."""
        return self.start, self.end

    @property
    def is_rate(self) -> bool:
        return self.per in SECONDS


MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name] = _i
for _abbr, _n in (
    ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
    ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
):  # fmt: skip
    MONTHS[_abbr] = _n
    MONTHS[_abbr + "."] = _n
_MONTH_RE = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_M = rf"(?P<month>{_MONTH_RE})(?![A-Za-z])"
_YEAR = r"(?P<year>(?:1[0-9]|2[01])\d\d)(?!\d|[.,]\d|'?s\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"

DATE_PATTERNS: list[tuple[str, LazyPattern]] = [
    ("iso", lazy(r"\b(?P<year>\d{4})-(?P<mnum>[01]\d)(?:-(?P<day>[0-3]\d))?\b")),
    ("us", lazy(r"\b(?P<mnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/" + _YEAR)),
    ("mdy", lazy(rf"{_M}\s+{_DAY}(?:,?\s+{_YEAR})?")),
    ("dmy", lazy(rf"\b{_DAY}\s+(?:of\s+)?{_M}(?:,?\s+{_YEAR})?")),
    ("my", lazy(rf"{_M},?\s+(?:of\s+)?{_YEAR}")),
    (
        "half",
        lazy(r"\b(?:the\s+)?(?P<part>first|second|1st|2nd)\s+half\s+of\s+" + _YEAR, re.IGNORECASE),
    ),
    (
        "quarter",
        lazy(
            r"\b(?:the\s+)?(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
            + _YEAR,
            re.IGNORECASE,
        ),
    ),
    ("q", lazy(r"\bQ(?P<part>[1-4])\s+" + _YEAR)),
    ("half", lazy(r"\bH(?P<part>[12])\s+" + _YEAR)),
    (
        "part-decade",
        lazy(
            r"\b(?:the\s+)?(?P<part>early|mid|late)[\s-]+(?P<decade>(?:1[0-9]|2[01])\d0)'?s\b",
            re.IGNORECASE,
        ),
    ),
    ("season", lazy(r"\b(?P<part>early|mid|late)[\s-]+" + _YEAR, re.IGNORECASE)),
    (
        "edge",
        lazy(
            r"\b(?:the\s+)?(?P<part>end|beginning|start)\s+of\s+" + _YEAR,
            re.IGNORECASE,
        ),
    ),
    ("decade", lazy(r"\b(?:the\s+)?(?P<decade>(?:1[0-9]|2[01])\d0)'?s\b")),
    ("month", lazy(rf"\b{_M}")),
    ("year", lazy(r"(?<![\d,.$£€-])" + _YEAR)),
]

# Time zones by their offset from UTC in hours; "ET" is Eastern, daylight or not.
ZONES: dict[str, tuple[float, ...]] = {
    "utc": (0,), "gmt": (0,), "z": (0,), "bst": (1,), "cet": (1,), "cest": (2,),
    "edt": (-4,), "est": (-5,), "et": (-4, -5), "eastern": (-4, -5), "cdt": (-5,), "cst": (-6,),
    "mdt": (-6,), "mst": (-7,), "pdt": (-7,), "pst": (-8,), "pt": (-7, -8), "pacific": (-7, -8),
    "jst": (9,), "japan": (9,), "beijing": (8,), "china": (8,), "ist": (5.5,), "msk": (3,),
    "moscow": (3,),
}  # fmt: skip
_ZONE_RE = (
    r"(?P<zone>UTC|GMT|BST|CEST|CET|EDT|EST|ET|CDT|CST|MDT|MST|PDT|PST|PT|JST|IST|MSK"
    r"|(?:Eastern|Pacific|Japan|Beijing|China|Moscow)(?:\s+(?:(?:Daylight|Standard)\s+)?time)?)"
)
TIME_RE = lazy(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?"
    r"(?:\s*(?P<half>[ap])\.?\s?m\.?(?![a-z]))?"
    r"(?:\s+(?:local\s+time\s+)?(?:in\s+)?" + _ZONE_RE + r"\b)?",
    re.IGNORECASE,
)

_QUALIFIERS = (
    "as of", "as at", "no later than", "not later than", "before", "after", "until", "till",
    "through", "since", "by", "in", "on", "from", "during", "starting", "beginning",
    "ending", "effective",
)  # fmt: skip


def _time_value(m: re.Match[str]) -> Value | None:
    """A clock time as minutes after midnight, with its zone; None when it is no time."""
    hour, minute, half = int(m.group("hour")), m.group("minute"), m.group("half")
    if minute is None and half is None:
        return None  # a bare number
    if hour > 23 or (half and not 1 <= hour <= 12) or (minute and int(minute) > 59):
        return None
    if half:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    zone = (m.group("zone") or "").split(maxsplit=1)[0].lower() if m.group("zone") else ""
    text = m.group(0)
    return Value("time", text, m.start(), m.end(), amount=hour * 60 + int(minute or 0), head=zone)


def _month_bounds(year: int, month: int) -> tuple[YMD, YMD]:
    last = calendar.monthrange(year if year else 2000, month)[1]
    return (year, month, 1), (year, month, last)


_PARTS = {
    "first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3,
    "3": 3, "fourth": 4, "4th": 4, "4": 4,
}  # fmt: skip


def _span_from_match(kind: str, m: re.Match[str]) -> DateSpan | None:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else 0
    if kind == "decade":
        d = int(g["decade"])
        return DateSpan((d, 1, 1), (d + 9, 12, 31), True, False, False)
    if kind == "part-decade":
        d = int(g["decade"])
        first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[g["part"].lower()]
        return DateSpan((d + first, 1, 1), (d + last, 12, 31), True, False, False)
    if kind in ("half", "quarter", "q", "season", "edge"):
        part = g["part"].lower()
        if kind == "half":
            first = _PARTS[part] == 1
            return DateSpan(
                (year, 1 if first else 7, 1), (year, 6 if first else 12, 30 if first else 31),
                True, True, False,
            )  # fmt: skip
        if kind in ("quarter", "q"):
            m0 = 3 * _PARTS[part] - 2
            return DateSpan((year, m0, 1), _month_bounds(year, m0 + 2)[1], True, True, False)
        if kind == "season":
            m0, m1 = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
            return DateSpan((year, m0, 1), _month_bounds(year, m1)[1], True, True, False)
        m0, m1 = (10, 12) if part == "end" else (1, 3)
        return DateSpan((year, m0, 1), _month_bounds(year, m1)[1], True, True, False)
    if kind == "year":
        if not 1000 <= year <= 2199:
            return None
        return DateSpan((year, 1, 1), (year, 12, 31), True, False, False)
    month = int(g["mnum"]) if g.get("mnum") else MONTHS.get(g.get("month") or "", 0)
    if not 1 <= month <= 12:
        return None
    if g.get("day"):
        day = int(g["day"])
        if not 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]:
            return None
        return DateSpan((year, month, day), (year, month, day), bool(year), True, True)
    start, end = _month_bounds(year, month)
    return DateSpan(start, end, bool(year), True, False)


def _qualifier(text: str, start: int) -> str:
    before = " ".join(text[max(0, start - 20) : start].lower().split())
    for q in _QUALIFIERS:
        if before.endswith(q) and (len(before) == len(q) or not before[-len(q) - 1].isalpha()):
            return q
    return ""


Taken = SpanSet | Sequence[tuple[int, int]]


def _span_set(text: str, taken: Taken) -> SpanSet:
    """``taken`` as a span set: a set is shared (and grows), a plain list is only read."""
    return taken if isinstance(taken, SpanSet) else SpanSet(len(text), taken)


def _is_year_like(text: str, s: int, e: int) -> bool:
    """A four-digit number that reads as something else: "2,100 feet", "1987 votes", "a
    team of 1197 engineers" (a number counting the plural noun after it, unless a word
    of time stands before it: "in 2019 engineers ...")."""
    after = text[e : e + 12]
    if unit_after(after, 0) and not re.match(r"\s+(?:and|or|to)\b", after):
        return True
    noun = re.match(r"\s+([a-z]+)\b", text[e : e + 30])
    before = re.search(r"\b([a-z]+)\s+$", text[max(0, s - 12) : s].lower())
    return bool(noun and _plural(noun.group(1)) and not (before and before.group(1) in _YEAR_LEADS))


_YEAR_LEADS = frozenset(
    "in by since until till before after from during circa around about early late mid "
    "the and or to between".split()
)


def find_dates(text: str, taken: Taken) -> list[Value]:
    """Dates in their common forms; ``taken`` spans (names, earlier values) are skipped."""
    taken = _span_set(text, taken)
    found: list[Value] = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            if kind == "year" and (_is_year_like(text, s, e) or text[e : e + 1] == "%"):
                continue
            if kind == "month":
                name = m.group("month")
                if len(name) == 3 and name != "May":
                    continue  # a bare "Dec" or "Mar" alone is too often something else
                lead = text[max(0, s - 8) : s].lower()
                if name in ("May", "March") and not re.search(
                    r"(in|by|of|since|until|from|early|late|mid)\s*$", lead
                ):
                    continue
            span = _span_from_match(kind, m)
            if span is None:
                continue
            q = _qualifier(text, s)
            found.append(Value("date", m.group(0), s, e, date=span, qualifier=q))
            taken.append((s, e))
    return found


_HEDGE_BEFORE_RES = [
    (phrase, kind, lazy(r"(?:^|[^\w])" + re.escape(phrase) + r"\s+(?:\$|€|£|¥)?$"))
    for phrase, kind in HEDGES_BEFORE.items()
]
_ANY_HEDGE_BEFORE = lazy(
    r"(?:^|[^\w])(?:" + "|".join(re.escape(p) for p in HEDGES_BEFORE) + r")\s+(?:\$|€|£|¥)?$"
)


def hedge_before(text: str, start: int) -> tuple[str, int]:
    """The hedge right before ``start`` ("about", "more than") and where it starts."""
    before = text[max(0, start - 26) : start].lower()
    best = ("exact", start)
    if not _ANY_HEDGE_BEFORE.search(before):
        return best
    for phrase, kind, pattern in _HEDGE_BEFORE_RES:
        m = pattern.search(before)
        if m:
            hs = start - (len(before) - m.start()) + (1 if m.group(0)[0] != phrase[0] else 0)
            if hs < best[1]:
                best = (kind, hs)
    return best


def hedge_after(text: str, end: int) -> tuple[str, int]:
    """The hedge right after ``end`` ("or more", "-plus") and where it ends."""
    after = text[end : end + 14].lower()
    for phrase, kind in HEDGES_AFTER.items():
        if after.startswith(phrase) or after.startswith(" " + phrase):
            stop = end + after.index(phrase) + len(phrase)
            if stop < len(text) and text[stop].isalnum() and phrase[-1].isalnum():
                continue
            return kind, stop
    return "", end


_NUMBER_WORD_RE = "|".join(
    sorted([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen"], key=len, reverse=True)
)
NUMBER_RE = lazy(
    r"(?P<num>(?<![\w.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])-?\d+(?:\.\d+)?)"
    r"(?P<ord>st|nd|rd|th)?(?=[^\w]|$|[^\W\d_])"
    rf"|(?P<words>\b(?:(?:half\s+)?an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?"
    rf"(?:{_NUMBER_WORD_RE})(?:(?:[\s-]+(?:and\s+)?)(?:{_NUMBER_WORD_RE}))*\b)",
    re.IGNORECASE,
)
_SCALE_AFTER_NUMERAL = lazy(r"\s+(million|billion|trillion|thousand)\b", re.IGNORECASE)
# "voted 5 to 2", "a 5-2 vote", "won 3-1": two counts that say how a vote or game went.
_TALLY = lazy(
    r"(?<![\w.,-])(?P<a>\d{1,3})\s*(?:-|to)\s*(?P<b>\d{1,3})(?![\w.,]|-\d)", re.IGNORECASE
)
_TALLY_CUE = lazy(
    r"\b(?:vote[sd]?|voting|won|lost|beat|defeated|score[sd]?|margin|decision|ruling|split|"
    r"tally|record|ballot|majority|win|loss|victory|defeat|passed|approved|rejected|"
    r"decided|agreed)\b",
    re.IGNORECASE,
)
# The blanks and the dash before the word are one optional group after the first blanks,
# so a long run of blanks is given back one place at a time, not split every way between
# two runs (which took time growing with the square of its length).
_WORD_AFTER = lazy(r"[ \t]*(?:-[ \t]*)?(?P<word>[^\W\d_][\w'’-]*)")
# Adjectives that say what a length or size measures, written after it.
MEASURE_WORDS = frozenset(
    "long wide high tall deep thick across broad apart away old heavy large big in "
    "length width height depth diameter radius".split()
)
# Words a counted noun may be preceded by, skipped on the way to the noun.
_SKIP_BEFORE_NOUN = frozenset(
    "other more new additional further such known founding separate officially named "
    "registered active full-time part-time current former total".split()
)
_STOP_BEFORE_NOUN = frozenset(
    "of in on at by for from with to and or but than that which who is are was were be "
    "been has have had will would can could may might must should do does did per a an "
    "the this these those its their his her as into onto over under about after before "
    "since until during".split()
)
_FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1,
    "hundredth": 0.01, "thousandth": 0.001,
}  # fmt: skip
_FRACTION_UNIT_RE = lazy(
    r"\b(?:(?:a|one)\s+)?(?P<frac>" + "|".join(_FRACTIONS) + r")[\s-]+(?:of\s+)?(?:an?|one)?\s*"
    r"(?P<unit>" + UNIT_WORDS_PATTERN + r")\b",
    re.IGNORECASE,
)
# "a kilometre", "an hour": the article, then a unit word (looked up: ``word_unit_at``).
_ONE_BEFORE = lazy(r"\b(?:an?|one)\s+", re.IGNORECASE)
# A fraction word, without which no fraction of a unit is read (and its pattern, long
# with every unit word, is not compiled).
_FRACTION_WORD = lazy(r"\b(?:" + "|".join(_FRACTIONS) + r")", re.IGNORECASE)
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_ORDINAL_WORD_RE = lazy(
    r"\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?"
    r"(?P<ord>" + "|".join([*_ORDINAL_UNITS, *_ORDINAL_TENS]) + r")\b",
    re.IGNORECASE,
)


def _read_number(m: re.Match[str]) -> tuple[float, int] | None:
    """The amount a NUMBER_RE match says and where its number ends."""
    if m.group("num"):
        amount = parse_numeral(m.group("num").lstrip("-"))
        if amount is None:
            return None
        if m.group("num").startswith("-"):
            amount = -amount
        return amount, m.end("num")
    words = re.split(r"[\s-]+", m.group("words").lower())
    parsed = parse_number_words(words)
    if parsed is None:
        return None
    amount, used = parsed
    end = m.end()
    if used < len(words):
        consumed = re.match(r"(?:\S+?(?:[\s-]+|$)){" + str(used) + "}", m.group("words"))
        end = m.start() + len(consumed.group(0).rstrip(" -")) if consumed else end
    return amount, end


_IRREGULAR_PLURALS = frozenset(
    "people children men women staff personnel police cattle sheep fish deer aircraft "
    "spacecraft series species data media crew".split()
)


def _plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


def _noun_after(text: str, pos: int) -> tuple[str, int]:
    """The counted noun after a number ("seven other founding *members*") and its end.

    Adjectives may come first ("five known moons"); the noun is the first plural word
    within a few words, else the first word that is not an adjective to skip.
    """
    first, first_end = "", pos
    for _ in range(4):
        w = _WORD_AFTER.match(text, pos)
        if not w:
            break
        word = w.group("word").lower().strip("'’")
        if word in _STOP_BEFORE_NOUN:
            break
        pos = w.end()
        if _plural(word):
            return word, pos
        if word not in _SKIP_BEFORE_NOUN and not first:
            first, first_end = word, pos
        if text[pos : pos + 1] in (",", ";", ":", ".", ")", "!", "?"):
            break
    return first, first_end


def _per(text: str, end: int) -> tuple[str, int]:
    """A rate's time base after a value ("per minute", "a month", "/s") and its end.

    What a value is shared among may come first: "$10 per user per month".
    """
    m = PER_TIME.match(text, end)
    if m:
        return time_base(m.group("unit")), m.end()
    other = _PER_OTHER.match(text, end)
    if other:
        m = PER_TIME.match(text, other.end())
        if m:
            return time_base(m.group("unit")), m.end()
    return "", end


_PER_OTHER = lazy(r"\s*(?:per|for\s+each|each|a)\s+(?P<noun>(?:api\s+)?[a-z]+)\b", re.I)


def _per_other(text: str, end: int) -> str:
    """What a value is shared among ("per user", "for each API key"), as written."""
    m = _PER_OTHER.match(text, end)
    if m and m.group("noun").lower() not in ("minute", "hour", "day", "week", "month", "year"):
        return m.group("noun").lower()
    return ""


def _unit_at(text: str, e: int, numeral: bool) -> tuple[str, int] | None:
    """The unit written right after a number ending at ``e``: (its text, its end)."""
    unit = unit_after(text, e)
    if not unit:
        return None
    # "5 m" is five metres only right after a numeral, on the same line
    ambiguous = unit.exact and unit.written in AMBIGUOUS_SYMBOLS
    if ambiguous and (not numeral or "\n" in unit.sep or "-" in unit.sep):
        return None
    return unit.written, unit.end


def _measure_after(text: str, pos: int) -> tuple[str, int]:
    """What a quantity measures, written after it: "long", "of storage", "of RAM"."""
    m = re.match(r"[ \t]*-?[ \t]*(?P<adj>[a-z]+)\b", text[pos : pos + 30])
    if m and m.group("adj").lower() in MEASURE_WORDS and m.group("adj").lower() != "in":
        return m.group("adj").lower(), pos + m.end()
    m = re.match(r"\s+in\s+(length|width|height|depth|diameter|radius)\b", text[pos : pos + 30])
    if m:
        return m.group(1).lower(), pos + m.end()
    m = re.match(r"\s+of\s+(?:(?:the|free|usable|total|its)\s+)*(?P<noun>[\w][\w'-]*)", text[pos:])
    if m:
        noun = m.group("noun")
        return noun.lower() if not noun.isupper() else noun, pos
    return "", pos


def find_money(text: str, taken: SpanSet) -> list[Value]:
    """Amounts of money with their currency and scale: "$412 million", "€30M", "eight dollars"."""
    found: list[Value] = []
    for m in NUMBER_RE.finditer(text):
        s, e = m.span()
        if m.group("ord") or taken.overlaps(s, e):
            continue
        read = _read_number(m)
        if read is None:
            continue
        amount, e = read
        before = CURRENCY_BEFORE.search(text[max(0, s - 4) : s])
        currency, start = "", s
        if before and m.group("num"):
            currency = CURRENCY_SYMBOLS[before.group("cur").strip()]
            start = s - (len(before.group(0)))
        scale = MONEY_SCALE_AFTER.match(text, e) if currency or m.group("num") else None
        scaled_end = e
        if scale:
            word = scale.group("word") or scale.group("sym")
            if currency or CURRENCY_AFTER.match(text, scale.end()):
                amount *= MONEY_SCALES[word]
                scaled_end = scale.end()
        if not currency:
            after = CURRENCY_AFTER.match(text, scaled_end)
            if not after:
                continue
            currency = (
                CURRENCY_SYMBOLS.get(after.group("code") or "", "")
                or CURRENCY_WORDS[(after.group("word") or "").lower()]
            )
            scaled_end = after.end()
        if currency == "USD-cent":
            currency, amount = "USD", amount / 100
        hedge, hstart = hedge_before(text, start)
        after_hedge, hend = hedge_after(text, scaled_end)
        end = scaled_end
        if after_hedge:
            hedge, end = after_hedge, hend
        per, per_end = _per(text, end)
        if per:
            amount /= SECONDS[per]
        purpose = _purpose(text, per_end)
        found.append(
            Value(
                "money", text[start:end], min(start, hstart), end, amount=amount, high=amount,
                hedge=hedge, dimension=currency, unit=currency, per=per, head=purpose,
            )
        )  # fmt: skip
        taken.append((min(start, hstart), per_end))
    return found


def _purpose(text: str, pos: int) -> str:
    """What money is for: "$38 million *for street repairs*", "spent on parks"."""
    m = re.match(r"\s+(?:for|on|to)\s+(?:the\s+|its\s+)?(?P<noun>[a-z][\w-]*)", text[pos:])
    return m.group("noun").lower() if m else ""


_DECADE = lazy(r"[12]\d\d0'?s\b")
_RATE_BEFORE = lazy(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million))\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+$",
    re.IGNORECASE,
)


def find_quantities(text: str, taken: SpanSet) -> list[Value]:
    """Numbers with a unit: "640 metres", "5 GB of storage", "1,064 °C", "three to four months"."""
    found: list[Value] = []
    fractions = _FRACTION_UNIT_RE.finditer(text) if _FRACTION_WORD.search(text) else ()
    for m in fractions:
        # "half a terabyte", "a quarter mile", "half an hour"
        if taken.overlaps(*m.span()):
            continue
        unit = unit_for(m.group("unit"))
        if unit is None:
            continue
        hedge, hstart = hedge_before(text, m.start())
        amount = _FRACTIONS[m.group("frac").lower()] * unit.factor + unit.offset
        head, _ = _measure_after(text, m.end())
        found.append(
            Value("quantity", m.group(0), hstart, m.end(), amount=amount, high=amount,
                  hedge=hedge, dimension=unit.dimension, unit=unit.name, head=head)
        )  # fmt: skip
        taken.append((hstart, m.end()))
    for m in NUMBER_RE.finditer(text):
        s, e = m.span()
        if m.group("ord") or taken.overlaps(s, e):
            continue
        if _DECADE.match(text, s):
            continue  # "the 2030s", "the late 1870s": a decade, not seconds
        read = _read_number(m)
        if read is None:
            continue
        amount, e = read
        high = amount
        start = s
        # a range: "three to four months", "10-12 km"
        rng = re.match(r"\s*(?:-|–|to)\s*", text[e : e + 6])
        if rng:
            nxt = NUMBER_RE.match(text, e + rng.end())
            if nxt and not nxt.group("ord"):
                second = _read_number(nxt)
                if second is not None and _unit_at(text, second[1], bool(nxt.group("num"))):
                    high, e = second
        scale = _SCALE_AFTER_NUMERAL.match(text, e)
        if scale and m.group("num"):
            factor = SCALE_WORDS[scale.group(1).lower()]
            amount, high, e = amount * factor, high * factor, scale.end()
        written = _unit_at(text, e, bool(m.group("num")))
        if written is None:
            continue
        unit = unit_for(written[0])
        if unit is None:
            continue
        ue = written[1]
        if unit.dimension == "duration" and _is_year_like(text, s, s) and rng is None:
            pass
        hedge, hstart = hedge_before(text, start)
        after_hedge, hend = hedge_after(text, ue)
        end = ue
        if after_hedge:
            hedge, end = after_hedge, hend
        per, per_end = _per(text, end)
        base = amount * unit.factor + unit.offset
        top = high * unit.factor + unit.offset
        if per:
            base, top = base / SECONDS[per], top / SECONDS[per]
        head, head_end = _measure_after(text, per_end)
        found.append(
            Value(
                "quantity", text[start:end], min(start, hstart), max(end, min(head_end, end)),
                amount=base, high=top, hedge=hedge, dimension=unit.dimension,
                unit=unit.name, per=per or _per_other(text, per_end), head=head,
            )
        )  # fmt: skip
        taken.append((min(start, hstart), end))
    last = 0
    for m in _ONE_BEFORE.finditer(text):
        # "a kilometre", "an hour" (a rate's "a month" is taken by then)
        word = word_unit_at(text, m.end()) if m.start() >= last else None
        if word is None:
            continue
        start, end = m.start(), word[1]
        last = end
        if taken.overlaps(start, end):
            continue
        if _RATE_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "two trains an hour": the time a count is per, not a quantity
        unit = unit_for(word[0])
        if unit is None or unit.dimension not in ("length", "duration", "mass", "area"):
            continue
        found.append(
            Value("quantity", text[start:end], start, end, amount=unit.factor,
                  high=unit.factor, dimension=unit.dimension, unit=unit.name)
        )  # fmt: skip
        taken.append((start, end))
    return _compounds(text, found)


def _compounds(text: str, found: list[Value]) -> list[Value]:
    """One quantity written in two units, the larger first: "1 hour 25 minutes", "5 feet
    11 inches", "2 kg 300 g" (85 minutes, 1.80 m, 2.3 kg)."""
    found = sorted(found, key=lambda v: v.start)
    out: list[Value] = []
    for v in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.dimension == v.dimension
            and last.dimension not in ("temperature", "")
            and not last.per
            and not v.per
            and last.hedge == "exact"
            and re.fullmatch(r"\s+(?:and\s+)?", text[last.end : v.start])
            and not re.search(r"\bbetween\s+$", text[max(0, last.start - 12) : last.start])
            and _unit_size(v) < _unit_size(last)
            and v.amount < _unit_size(last)  # "1 hour 25 minutes", not "1 hour 90 minutes"
        ):
            out[-1] = replace(
                last, text=text[last.start : v.end], end=v.end, amount=last.amount + v.amount,
                high=last.high + v.high, unit=v.unit, head=v.head,
            )  # fmt: skip
            continue
        out.append(v)
    return out


def _unit_size(v: Value) -> float:
    unit = unit_for(v.unit)
    return unit.factor if unit is not None else 0.0


def find_tallies(text: str, taken: SpanSet) -> list[Value]:
    """Vote and score tallies: "voted 5 to 2", "a 5-2 vote", "won 3-1"."""
    found: list[Value] = []
    for m in _TALLY.finditer(text):
        if taken.overlaps(*m.span()):
            continue
        near = text[max(0, m.start() - 24) : m.end() + 14]
        if not _TALLY_CUE.search(near):
            continue
        a, b = float(m.group("a")), float(m.group("b"))
        found.append(Value("tally", m.group(0), m.start(), m.end(), amount=a, high=a, second=b))
        taken.append(m.span())
    return found


def find_numbers(text: str, taken: SpanSet) -> list[Value]:
    """Counts and numeric ordinals; ``taken`` spans are skipped."""
    found: list[Value] = []
    for m in NUMBER_RE.finditer(text):
        s, e = m.span()
        if taken.overlaps(s, e):
            continue
        if m.group("num") and m.group("ord"):
            amount = parse_numeral(m.group("num").lstrip("-"))
            if amount is not None:
                found.append(Value("ordinal", m.group(0), s, e, amount=amount, high=amount))
                taken.append((s, e))
            continue
        read = _read_number(m)
        if read is None:
            continue
        amount, e = read
        if m.group("num"):
            scale = _SCALE_AFTER_NUMERAL.match(text, e)
            if scale:
                amount *= SCALE_WORDS[scale.group(1).lower()]
                e = scale.end()
        else:
            first = m.group("words").split()[0].lower()
            if first == "one" and amount == 1:
                # "one official said", "one of them": a pronoun far more often than a count
                continue
        if re.match(r"\s+of\b", text[e : e + 4]) and amount < 1000:
            # "two of the partners", "one of the noble gases": a part, not a total
            continue
        hedge, hstart = hedge_before(text, s)
        after_hedge, hend = hedge_after(text, e)
        if after_hedge:
            hedge, e = after_hedge, hend
        if re.match(r"\s+others?\b", text[e : e + 8]) and hedge == "exact":
            hedge = "other"  # "X and seven other members": eight in all
        noun, noun_end = _noun_after(text, e)
        # "element 118", "the phase 2 trial": a number right after a noun, and not counting
        # what follows it (a number above one before a singular noun counts nothing)
        naming = not noun or (amount != 1 and not _plural(noun))
        label = _label_before(text, s) if m.group("num") and naming and hedge == "exact" else ""
        if label:
            # "element 118", "group 18", "route 66": a number that names, not counts
            found.append(Value("label", text[s:e], s, e, amount=amount, high=amount, head=label))
            taken.append((s, e))
            continue
        per, per_end = _per(text, noun_end if noun else e)
        if not per:
            per_end = e
        amount_per = amount / SECONDS[per] if per else amount
        found.append(
            Value(
                "count", text[s:e], min(s, hstart), e, amount=amount_per, high=amount_per,
                hedge=hedge, head=noun, per=per or _per_other(text, noun_end),
            )
        )  # fmt: skip
        taken.append((min(s, hstart), max(e, per_end)))
    return found


_LABEL_BEFORE = lazy(r"(?:^|[\s(])(?P<noun>[a-z][a-z-]{2,})\s+$")


def _label_before(text: str, start: int) -> str:
    """The noun a number labels when it follows one directly ("element *118*")."""
    m = _LABEL_BEFORE.search(text[max(0, start - 24) : start])
    if m is None:
        return ""
    noun = m.group("noun")
    if noun in _STOP_BEFORE_NOUN or noun in _NOT_LABELS or noun.endswith(("ed", "ing", "ly")):
        return ""
    return noun


# Words a count follows that are not what it labels: verbs and determiners.
_NOT_LABELS = frozenset(
    "has have had is are was were be been with without than about around only just "
    "some nearly almost over under least most more less total all every each both "
    "reach reaches cost costs costing employ employs employing counts count hold holds "
    "carries carry includes include includes offers offer number numbers".split()
)


def find_ordinal_words(text: str, taken: SpanSet) -> list[Value]:
    """Ordinals spelled out: "the fourteenth congress", "Japan's first attempt"."""
    found: list[Value] = []
    for m in _ORDINAL_WORD_RE.finditer(text):
        if taken.overlaps(*m.span()):
            continue
        if re.search(r"\b(?:per|a|each|every)\s+$", text[max(0, m.start() - 7) : m.start()], re.I):
            continue  # "per second": a time unit
        word = m.group("ord").lower()
        amount = _ORDINAL_UNITS.get(word) or _ORDINAL_TENS[word]
        if m.group("tens"):
            amount += TENS_WORDS[m.group("tens").lower()]
        found.append(Value("ordinal", m.group(0), m.start(), m.end(), amount=float(amount)))
        taken.append(m.span())
    return found


_HOW_OFTEN = lazy(
    r"\b(?:(?P<word>once|twice|thrice)|(?P<n>\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve)\s+times)\s+(?:a|an|per|each|every)\s+(?P<per>second|minute|hour|day|"
    r"week|month|year)\b",
    re.IGNORECASE,
)
_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def find_frequencies(text: str, taken: SpanSet) -> list[Value]:
    """How often: "once a day", "twice a week", "three times a year" (a count per time)."""
    found: list[Value] = []
    for m in _HOW_OFTEN.finditer(text):
        if taken.overlaps(*m.span()):
            continue
        if m.group("word"):
            n = float(_TIMES[m.group("word").lower()])
        else:
            written = m.group("n")
            n = float(written) if written.isdigit() else float(UNITS_WORDS.get(written.lower(), 0))
        per = m.group("per").lower()
        if not n or per not in SECONDS:
            continue
        rate = n / SECONDS[per]
        found.append(
            Value("count", m.group(0), m.start(), m.end(), amount=rate, high=rate,
                  head="times", per=per)
        )  # fmt: skip
        taken.append(m.span())
    return found


def find_values(text: str, taken: Sequence[tuple[int, int]] | None = None) -> list[Value]:
    """Every value in ``text``, in order; spans in ``taken`` (names) are left alone."""
    spans = SpanSet(len(text), taken or ())
    values: list[Value] = []
    for m in TIME_RE.finditer(text):
        clock = _time_value(m)
        # The zone may be a name too ("Japan time"): only the clock must be free.
        clock_end = m.start("zone") if m.group("zone") else m.end()
        if clock is not None and not spans.overlaps(m.start(), clock_end):
            values.append(clock)
            spans.append(m.span())
    values += find_frequencies(text, spans)
    values += find_money(text, spans)
    values += find_quantities(text, spans)
    values += find_dates(text, spans)
    values += find_tallies(text, spans)
    values += find_ordinal_words(text, spans)
    values += find_numbers(text, spans)
    values.sort(key=lambda v: v.start)
    return _carry_hedges(text, values)


def _carry_hedges(text: str, values: list[Value]) -> list[Value]:
    """A conversion in brackets shares the hedge of what it converts: in "within 100 m
    (330 ft)" both are limits, in "about 300 m (1,000 ft)" both are approximate."""
    for i in range(1, len(values)):
        before, here = values[i - 1], values[i]
        if (
            before.kind == here.kind == "quantity"
            and here.hedge == "exact"
            and before.hedge != "exact"
            and re.fullmatch(r"\s*[(,]\s*(?:or\s+)?", text[before.end : here.start])
        ):
            values[i] = here = replace(here, hedge=before.hedge)
        if (
            before.kind == here.kind == "quantity"
            and before.dimension == here.dimension
            and re.fullmatch(r"\s*[(,/]\s*(?:or\s+)?", text[before.end : here.start])
        ):
            # "1,000-foot-wide (300-meter)": the conversion measures what its original does
            head = before.head or here.head
            values[i - 1] = replace(before, head=head)
            values[i] = replace(here, head=head)
    return values


def parse_as_of(value: str | None) -> DateSpan | None:
    """A claim's ``as_of`` (YYYY, YYYY-MM or YYYY-MM-DD) as a span of time."""
    found = find_dates(value, []) if value else []
    return found[0].date if found else None
