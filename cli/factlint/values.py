"""Find the values a sentence states: counts, quantities with units, dates, ordinals, directions."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factlint.normalize import (
    HEDGES_AFTER,
    HEDGES_BEFORE,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    parse_number_words,
    parse_numeral,
    stem,
)
from factlint.spans import SpanSet

YMD = tuple[int, int, int]


@dataclass(frozen=True)
class DateSpan:
    """A stretch of calendar time; ``year`` None means the text gave no year ("Sept. 6")."""

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
    """One value found in text, with its span in that text."""

    kind: str  # "count", "quantity", "date", "ordinal", "direction", "time"
    text: str
    start: int
    end: int
    amount: float = 0.0  # count, quantity (in base units), ordinal
    hedge: str = "exact"
    dimension: str = ""  # quantity: length, angle, duration, percent, mass
    noun: str = ""  # count: the stem of the counted noun
    date: DateSpan | None = None
    qualifier: str = ""  # date: "as of", "before", "after", "by", "in", ...
    unit_given: bool = False  # quantity stated in another unit than its base

    @property
    def span(self) -> tuple[int, int]:
        """Where the value sits in its text, hedge included ("about 35")."""
        return self.start, self.end


MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name] = _i
MONTHS.update(
    {
        "Jan.": 1,
        "Feb.": 2,
        "Mar.": 3,
        "Apr.": 4,
        "Jun.": 6,
        "Jul.": 7,
        "Aug.": 8,
        "Sep.": 9,
        "Sept.": 9,
        "Sept": 9,
        "Jan": 1,
        "Feb": 2,
        "Mar": 3,
        "Apr": 4,
        "Jun": 6,
        "Jul": 7,
        "Aug": 8,
        "Sep": 9,
        "Oct": 10,
        "Nov": 11,
        "Dec": 12,
        "Oct.": 10,
        "Nov.": 11,
        "Dec.": 12,
    }
)
_MONTH_RE = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_M = rf"(?P<month>{_MONTH_RE})(?![A-Za-z])"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)(?!\d|[.,]\d|'?s\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"

DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>[01]\d)(?:-(?P<day>[0-3]\d))?\b")),
    # US numeric dates, month first: 9/6/2023
    ("us", re.compile(r"\b(?P<mnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/" + _YEAR)),
    ("mdy", re.compile(rf"{_M}\s+{_DAY}(?:,?\s+{_YEAR})?")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_M}(?:,?\s+{_YEAR})?")),
    ("my", re.compile(rf"{_M},?\s+(?:of\s+)?{_YEAR}")),
    (
        "half",
        re.compile(
            r"\b(?:the\s+)?(?P<part>first|second|1st|2nd)\s+half\s+of\s+" + _YEAR, re.IGNORECASE
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:the\s+)?(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
            + _YEAR,
            re.IGNORECASE,
        ),
    ),
    ("q", re.compile(r"\bQ(?P<part>[1-4])\s+" + _YEAR)),
    ("half", re.compile(r"\bH(?P<part>[12])\s+" + _YEAR)),
    (
        "part-decade",
        re.compile(
            r"\b(?:the\s+)?(?P<part>early|mid|late)[\s-]+(?P<decade>(?:1[89]|2[01])\d0)'?s\b",
            re.IGNORECASE,
        ),
    ),
    ("season", re.compile(r"\b(?P<part>early|mid|late)[\s-]+" + _YEAR, re.IGNORECASE)),
    (
        "edge",
        re.compile(
            r"\b(?:the\s+)?(?P<part>end|beginning|start)\s+of\s+" + _YEAR,
            re.IGNORECASE,
        ),
    ),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<decade>(?:1[89]|2[01])\d0)'?s\b")),
    ("month", re.compile(rf"\b{_M}")),
    ("year", re.compile(r"(?<![\d,.$-])" + _YEAR + r"(?!\s*(?:-|\s)?(?:%|percent|km|m\b|kg))")),
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
    r"|(?:Eastern|Pacific|Japan|Beijing|China|Moscow)\s+(?:(?:Daylight|Standard)\s+)?time)"
)
TIME_RE = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?"
    r"(?:\s*(?P<half>[ap])\.?\s?m\.?(?![a-z]))?"
    r"(?:\s+(?:local\s+time\s+)?" + _ZONE_RE + r"\b)?",
    re.IGNORECASE,
)


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
    return Value("time", text, m.start(), m.end(), amount=hour * 60 + int(minute or 0), noun=zone)


# unit word -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {}
for _words, _dim, _factor in (
    (("m", "meter", "meters", "metre", "metres"), "length", 1.0),
    (("km", "kilometer", "kilometers", "kilometre", "kilometres"), "length", 1000.0),
    (("cm", "centimeter", "centimeters", "centimetre", "centimetres"), "length", 0.01),
    (("ft", "foot", "feet"), "length", 0.3048),
    (("mi", "mile", "miles"), "length", 1609.344),
    (("inch", "inches"), "length", 0.0254),
    (("degree", "degrees", "°"), "angle", 1.0),
    (("day", "days"), "duration", 1.0),
    (("week", "weeks"), "duration", 7.0),
    (("month", "months"), "duration", 30.44),
    (("year", "years"), "duration", 365.25),
    (("decade", "decades"), "duration", 3652.5),
    (("hour", "hours"), "duration", 1 / 24),
    (("minute", "minutes"), "duration", 1 / 1440),
    (("percent", "per cent", "%"), "percent", 1.0),
    (("kg", "kilogram", "kilograms"), "mass", 1.0),
    (("ton", "tons", "tonne", "tonnes"), "mass", 1000.0),
):
    for _w in _words:
        UNITS[_w] = (_dim, _factor)
BASE_UNITS = {"length": "m", "angle": "degrees", "duration": "days", "percent": "%", "mass": "kg"}
# Units spelled as bare letters are read only right after a numeral ("300 m", "5km").
_LETTER_UNITS = frozenset({"m", "km", "cm", "ft", "mi", "kg"})

_NUMBER_WORD_RE = "|".join(
    sorted([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen"], key=len, reverse=True)
)
NUMBER_RE = re.compile(
    r"(?P<num>(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?)"
    r"(?P<ord>st|nd|rd|th)?(?:(?![\w])|(?=(?:km|cm|m|ft|mi|kg)\b))"
    rf"|(?P<words>\b(?:(?:half\s+)?an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?"
    rf"(?:{_NUMBER_WORD_RE})(?:(?:[\s-]+(?:and\s+)?)(?:{_NUMBER_WORD_RE}))*\b)",
    re.IGNORECASE,
)
_SCALE_AFTER_NUMERAL = re.compile(r"\s+(million|billion|thousand)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"(?P<sep>\s*(?:-\s*)?)(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    + r")(?:(?<=°)|(?![\w]))",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[\s-]+(?P<word>[A-Za-z][\w'-]*)")
_DIRECTION_RE = re.compile(
    r"\b(north|south|east|west)(?:ern)?\b|(?<=\d°)\s*([NSEW])\b", re.IGNORECASE
)
_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}
_SKIP_BEFORE_NOUN = frozenset(
    {"other", "more", "new", "additional", "further", "founding", "of", "such", "known", "separate"}
)
_QUALIFIERS = ("as of", "before", "after", "until", "since", "by", "in", "on", "from", "during")


def _month_bounds(year: int, month: int) -> tuple[YMD, YMD]:
    last = calendar.monthrange(year if year else 2000, month)[1]
    return (year, month, 1), (year, month, last)


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
            first = part in ("first", "1st", "1")
            return DateSpan(
                (year, 1 if first else 7, 1),
                (year, 6 if first else 12, 31 if not first else 30),
                True,
                True,
                False,
            )
        if kind in ("quarter", "q"):
            q = {
                "first": 1,
                "1st": 1,
                "1": 1,
                "second": 2,
                "2nd": 2,
                "2": 2,
                "third": 3,
                "3rd": 3,
                "3": 3,
                "fourth": 4,
                "4th": 4,
                "4": 4,
            }[part]
            m0 = 3 * q - 2
            return DateSpan((year, m0, 1), _month_bounds(year, m0 + 2)[1], True, True, False)
        if kind == "season":
            m0, m1 = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
            return DateSpan((year, m0, 1), _month_bounds(year, m1)[1], True, True, False)
        m0, m1 = (10, 12) if part == "end" else (1, 3)
        return DateSpan((year, m0, 1), _month_bounds(year, m1)[1], True, True, False)
    if kind == "year":
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
    before = text[max(0, start - 12) : start].lower().rstrip()
    for q in _QUALIFIERS:
        if before.endswith(q) and (len(before) == len(q) or not before[-len(q) - 1].isalpha()):
            return q
    return ""


Taken = SpanSet | Sequence[tuple[int, int]]


def _span_set(text: str, taken: Taken) -> SpanSet:
    """``taken`` as a span set: a set is shared (and grows), a plain list is only read."""
    return taken if isinstance(taken, SpanSet) else SpanSet(len(text), taken)


def find_dates(text: str, taken: Taken) -> list[Value]:
    """Dates in their common forms; ``taken`` spans (entities, earlier values) are skipped."""
    taken = _span_set(text, taken)
    found: list[Value] = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if taken.overlaps(s, e):
                continue
            if kind == "month":
                name = m.group("month")
                if len(name) == 3 and name != "May":
                    continue  # a bare "Dec" or "Mar" alone is too often something else
                lead = text[max(0, s - 8) : s].lower()
                if name in ("May", "March") and not re.search(
                    r"(in|by|of|since|until|from)\s*$", lead
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
    (phrase, kind, re.compile(r"(?:^|[^\w])" + re.escape(phrase) + r"\s+$"))
    for phrase, kind in HEDGES_BEFORE.items()
]
# Any of them: most numbers have no hedge, and one search tells so.
_ANY_HEDGE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:" + "|".join(re.escape(p) for p in HEDGES_BEFORE) + r")\s+$"
)


def _hedge_before(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 24) : start].lower()
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


def _hedge_after(text: str, end: int) -> tuple[str, int]:
    after = text[end : end + 12].lower()
    for phrase, kind in HEDGES_AFTER.items():
        if after.startswith(phrase) or after.startswith(" " + phrase):
            return kind, end + after.index(phrase) + len(phrase)
    return "", end


def find_numbers(text: str, taken: Taken) -> list[Value]:
    """Counts, quantities with units and ordinals; ``taken`` spans are skipped."""
    taken = _span_set(text, taken)
    found: list[Value] = []
    for m in NUMBER_RE.finditer(text):
        s, e = m.span()
        if taken.overlaps(s, e):
            continue
        if m.group("num"):
            amount = parse_numeral(m.group("num"))
            if amount is None:
                continue
            if m.group("ord"):
                found.append(Value("ordinal", m.group(0), s, e, amount=amount))
                taken.append((s, e))
                continue
            scale = _SCALE_AFTER_NUMERAL.match(text, e)
            if scale:
                amount *= SCALE_WORDS[scale.group(1).lower()]
                e = scale.end()
        else:
            words = re.split(r"[\s-]+", m.group("words").lower())
            parsed = parse_number_words(words)
            if parsed is None:
                continue
            amount, used = parsed
            if used < len(words):
                # shorten the match to the words read
                consumed = re.match(r"(?:\S+?(?:[\s-]+|$)){" + str(used) + "}", m.group("words"))
                e = s + len(consumed.group(0).rstrip(" -")) if consumed else e
            if words[0] == "one" and used == 1 and not _UNIT_AFTER.match(text, e):
                # "one official said", "one of them": a pronoun far more often than a count
                continue
        hedge, hstart = _hedge_before(text, s)
        after_hedge, hend = _hedge_after(text, e)
        if after_hedge:
            hedge, e = after_hedge, hend
        unit = _UNIT_AFTER.match(text, e)
        if unit:
            word = unit.group("unit").lower()
            if word in _LETTER_UNITS and (not m.group("num") or "\n" in unit.group("sep")):
                unit = None
        if unit:
            dim, factor = UNITS[unit.group("unit").lower()]
            ue = unit.end()
            found.append(
                Value(
                    "quantity",
                    text[s:ue],
                    min(s, hstart),
                    ue,
                    amount=amount * factor,
                    hedge=hedge,
                    dimension=dim,
                    unit_given=factor != 1.0,
                )
            )
            taken.append((min(s, hstart), ue))
            continue
        nxt = text[e : e + 4].lower()
        if re.match(r"\s+of\b", nxt) or nxt.startswith("%"):
            continue
        noun = ""
        pos = e
        if re.match(r"\s+others?\b", text[e : e + 8]) and hedge == "exact":
            hedge = "other"  # "X and seven other members": eight in all
        for _ in range(3):
            w = _WORD_AFTER.match(text, pos)
            if not w:
                break
            word = w.group("word").lower()
            pos = w.end()
            if word in _SKIP_BEFORE_NOUN:
                continue
            noun = stem(word)
            break
        found.append(
            Value("count", text[s:e], min(s, hstart), e, amount=amount, hedge=hedge, noun=noun)
        )
        taken.append((min(s, hstart), e))
    return found


_FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1,
    "hundredth": 0.01, "thousandth": 0.001,
}  # fmt: skip
_FRACTION_UNIT_RE = re.compile(
    r"\b(?:(?:a|one)\s+)?(?P<frac>" + "|".join(_FRACTIONS) + r")\s+(?:of\s+)?(?:an?|one)\s+"
    r"(?P<unit>day|week|month|year|hour|decade|kilometre|kilometer|metre|meter|mile)\b",
    re.IGNORECASE,
)
_ONE_UNIT_RE = re.compile(
    r"\b(?:an?|one)\s+(day|week|month|year|hour|decade|kilometre|kilometer|metre|meter|mile)\b",
    re.IGNORECASE,
)


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
_ORDINAL_WORD_RE = re.compile(
    r"\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?"
    r"(?P<ord>" + "|".join([*_ORDINAL_UNITS, *_ORDINAL_TENS]) + r")\b",
    re.IGNORECASE,
)


def find_ordinal_words(text: str, taken: Taken) -> list[Value]:
    """Ordinals spelled out: "the fourteenth congress", "Japan's first attempt"."""
    taken = _span_set(text, taken)
    found: list[Value] = []
    for m in _ORDINAL_WORD_RE.finditer(text):
        if taken.overlaps(*m.span()):
            continue
        word = m.group("ord").lower()
        amount = _ORDINAL_UNITS.get(word) or _ORDINAL_TENS[word]
        if m.group("tens"):
            amount += TENS_WORDS[m.group("tens").lower()]
        found.append(Value("ordinal", m.group(0), m.start(), m.end(), amount=float(amount)))
        taken.append(m.span())
    return found


def find_values(text: str, taken: Sequence[tuple[int, int]] | None = None) -> list[Value]:
    """Every value in ``text``, in order; spans in ``taken`` (entity mentions) are left alone."""
    spans = SpanSet(len(text), taken or ())
    values: list[Value] = []
    for m in _FRACTION_UNIT_RE.finditer(text):
        # "a tenth of a kilometre", "half a mile"
        if not spans.overlaps(*m.span()):
            dim, factor = UNITS[m.group("unit").lower()]
            hedge, hstart = _hedge_before(text, m.start())
            amount = _FRACTIONS[m.group("frac").lower()] * factor
            values.append(
                Value("quantity", m.group(0), hstart, m.end(), amount=amount, hedge=hedge,
                      dimension=dim, unit_given=True)
            )  # fmt: skip
            spans.append((hstart, m.end()))
    for m in _ONE_UNIT_RE.finditer(text):
        if not spans.overlaps(*m.span()):
            unit = m.group(1).lower()
            dim, factor = UNITS.get(unit, ("duration", 3652.5))
            values.append(
                Value(
                    "quantity",
                    m.group(0),
                    m.start(),
                    m.end(),
                    amount=factor,
                    dimension=dim,
                    unit_given=factor != 1.0,
                )
            )
            spans.append(m.span())
    for m in TIME_RE.finditer(text):
        clock = _time_value(m)
        # The zone may be a name too ("Japan time"): only the clock must be free.
        clock_end = m.start("zone") if m.group("zone") else m.end()
        if clock is not None and not spans.overlaps(m.start(), clock_end):
            values.append(clock)
            spans.append(m.span())
    values += find_dates(text, spans)
    values += find_ordinal_words(text, spans)
    values += find_numbers(text, spans)
    for m in _DIRECTION_RE.finditer(text):
        if not spans.overlaps(*m.span()):
            word = (m.group(1) or _COMPASS[m.group(2).lower()]).lower()
            values.append(Value("direction", m.group(0), m.start(), m.end(), noun=word))
            spans.append(m.span())
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
            and re.fullmatch(r"\s*\(\s*", text[before.end : here.start])
        ):
            values[i] = replace(here, hedge=before.hedge)
    return values
