"""Write the facts' value in the writer's style: the replacement text for one draft value.

Each ``correct_*`` function takes the draft's value as written (``piece``: the value
with its hedge, "about 35", "Sept. 6", "within 500 meters", "$12"), the claim's value,
and the rest of the sentence after the piece (a rate's "per minute" or "a month" is
written there), and returns the change to make inside ``piece``, or None when it
cannot be written faithfully.

Two principles hold for every kind:

- **The writer's style is kept.** Digits stay digits (with or without thousands
  separators, as the writer wrote them), number words stay words (same case and
  hyphenation), month names keep their form (``Sept.``, ``September``, ``Sep``), ISO
  and US numeric dates keep theirs, a quantity keeps the writer's unit, money its
  scale ("$412 million") and a rate its time base ("a year"). Only the words and
  numbers that differ are replaced; a date, read as one value, is replaced whole.
- **A correction is read back before it is offered.** The corrected piece, followed
  by the rest of its sentence, is read again as the checks read it; it must be one
  value of the same kind covering what was written, and agree with the claim's value
  as the checks compare them. A change that would read otherwise is not offered.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factlint.checks.dates import compare
from factlint.checks.quantities import agree as quantities_agree
from factlint.lazyre import lazy
from factlint.reading.numbers import (
    HEDGES_AFTER,
    TENS_WORDS,
    UNITS_WORDS,
    hedge_interval,
    intervals_overlap,
    parse_number_words,
    parse_numeral,
)
from factlint.reading.units import MONEY_SCALE_AFTER, SECONDS, UNIT_AFTER_PATTERN, unit_for
from factlint.reading.values import DATE_PATTERNS, DateSpan, Value, find_dates, find_values

_ROUNDING = 0.05  # the slack the quantity check allows a value given in another unit


@dataclass(frozen=True)
class Change:
    """Replace ``piece[start:end]`` with ``text``; ``unhedged`` when the writer's hedge goes."""

    start: int
    end: int
    text: str
    unhedged: bool = False


# --- numbers -----------------------------------------------------------------------------

_AFTER = "|".join(re.escape(h) for h in sorted(HEDGES_AFTER, key=len, reverse=True))
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
_NUMBER = rf"(?<![\w,.])(?P<num>{_NUMERAL}|(?:{_WORDS})(?:[- ](?:{_WORDS}))?\b)(?![,.]\d)"
_SCALE = r"\s+(?:thousand|million|billion|trillion)\b"
# A count as the reader writes its text: the number, a scale word, a hedge after it.
_COUNT = lazy(rf"{_NUMBER}(?P<scale>{_SCALE})?(?P<after>\s*(?:{_AFTER}))?", re.IGNORECASE)
# A quantity: the number, its unit (symbols keep their case, words need not), a hedge after.
_QUANTITY = lazy(rf"(?i:{_NUMBER}){UNIT_AFTER_PATTERN}(?i:(?P<after>\s*(?:{_AFTER}))?)")
# The number inside an amount of money ("$412 million", "€30M", "eight dollars"), and a
# hedge written after it ("$10 or more").
_MONEY_NUMBER = lazy(_NUMBER, re.IGNORECASE)
_HEDGE_AT_END = lazy(rf"(?<!\s)\s*(?:{_AFTER})$", re.IGNORECASE)  # a run of space tried once
# Pieces of a value that an edit keeps or replaces whole: numbers (in words, or digits
# with their separators), other words, runs of space, single marks.
_PIECES = lazy(
    rf"(?i:(?:{_WORDS})(?:[- ](?:{_WORDS}))?\b)|\d+(?:[.,]\d+)*|[^\W\d_]+|\s+|.", re.DOTALL
)
_PLURAL = {
    "meter": "meters", "metre": "metres", "kilometer": "kilometers", "kilometre": "kilometres",
    "centimeter": "centimeters", "centimetre": "centimetres", "millimeter": "millimeters",
    "millimetre": "millimetres", "foot": "feet", "mile": "miles", "yard": "yards",
    "inch": "inches", "degree": "degrees", "second": "seconds", "minute": "minutes",
    "hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years",
    "decade": "decades", "century": "centuries", "gram": "grams", "kilogram": "kilograms",
    "pound": "pounds", "ounce": "ounces", "ton": "tons", "tonne": "tonnes", "liter": "liters",
    "litre": "litres", "gallon": "gallons", "acre": "acres", "hectare": "hectares",
    "byte": "bytes", "kilobyte": "kilobytes", "megabyte": "megabytes",
    "gigabyte": "gigabytes", "terabyte": "terabytes", "watt": "watts", "kilowatt": "kilowatts",
    "megawatt": "megawatts", "volt": "volts", "dollar": "dollars", "euro": "euros",
    "rupee": "rupees", "franc": "francs", "cent": "cents",
}  # fmt: skip
_SINGULAR = {plural: one for one, plural in _PLURAL.items()}
_NUMBER_NAMES = {n: w for w, n in (UNITS_WORDS | TENS_WORDS).items()}


def _hedge_kept(said: str, fact: str) -> bool | None:
    """Whether the writer's hedge stays; None when the claim's own hedge would be needed.

    "about 35" becomes "about 29" and "within 500 m" becomes "within 100 m" (the claim
    says "within" too); a bound the facts do not make ("more than 35", "nearly 35")
    goes, since the facts give the number itself.
    """
    if fact not in ("exact", said):
        return None  # the claim says "more than 1,000": writing its hedge is not ours to do
    return said in ("exact", "approx") or said == fact


def _plain(amount: float) -> str:
    """A number as digits with no grouping: 29, 1200, 2.5."""
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def render_number(numeral: str, like: str) -> str | None:
    """``numeral`` (plain digits, "1200" or "2.5") written the way ``like`` is written.

    Digits keep or leave out thousands separators as ``like`` does (a writer's number
    under 1,000 says nothing, so 1,000 and up get them); words stay words, for whole
    numbers under 100, with the same hyphen or space and the same capitals.
    """
    amount = float(numeral)
    if like[:1].isdigit():
        grouped = "," in like or float(like.replace(",", "")) < 1000
        whole, _, fraction = numeral.partition(".")
        if grouped:
            whole = f"{int(whole):,}"
        return whole + (f".{fraction}" if fraction else "")
    if not amount.is_integer() or not 0 <= amount < 100:
        return None
    n = int(amount)
    separator = "-" if "-" in like or " " not in like else " "
    if n in _NUMBER_NAMES:
        words = [_NUMBER_NAMES[n]]
    else:
        words = [_NUMBER_NAMES[n - n % 10], _NUMBER_NAMES[n % 10]]
    return _cased(separator.join(words), like)


def _cased(text: str, like: str) -> str:
    """``text`` in the capitals of ``like``: "thirty-one", "Thirty-one", "Thirty-One", "THIRTY"."""
    letters = [c for c in like if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return text.upper()
    parts = re.split(r"([- ])", like)
    words = [p for p in parts if p.strip(" -")]
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return re.sub(r"[a-z]+", lambda m: m.group().capitalize(), text)
    return text[:1].upper() + text[1:] if like[:1].isupper() else text


def _number_of(written: str) -> float | None:
    """The number a ``_NUMBER`` match wrote: "1,200" -> 1200, "Thirty-one" -> 31."""
    numeral = parse_numeral(written)
    if numeral is not None:
        return numeral
    words = re.split(r"[\s-]+", written.lower())
    parsed = parse_number_words(words)
    return parsed[0] if parsed is not None and parsed[1] == len(words) else None


def _parse_value(piece: str, kind: str, rest: str = "") -> Value | None:
    """The one value of ``kind`` that ``piece`` holds, covering all of it, as the reader
    reads it with the rest of its sentence after it; None otherwise."""
    found = [v for v in find_values(piece + rest) if v.start < len(piece)]
    if len(found) != 1 or found[0].kind != kind or found[0].span != (0, len(piece)):
        return None
    value = found[0]
    if value.high != value.amount or value.hedge == "other":
        return None  # a range ("three to four months"), or "seven other members"
    # The value's text is the piece less the hedge before it: what is respelled in place.
    return value if piece.endswith(value.text) else None


def _scaled(amount: float, factor: float) -> str:
    """``amount`` (in base units) in units of ``factor``, as digits a writer would write."""
    return _plain(float(f"{amount / factor:.9g}"))


def _sentence_case(text: str, piece: str, start: int) -> str:
    """A capital where the writer's dropped hedge had one ("More than 35" -> "29")."""
    if start == 0 and piece[:1].isupper() and text[:1].islower():
        return text[:1].upper() + text[1:]
    return text


def _smallest(piece: str, corrected: str, *, unhedged: bool) -> Change | None:
    """The change that turns ``piece`` into ``corrected``, less the leading and trailing
    words, numbers and marks the two share ("about 35" -> "about 29" replaces "35")."""
    old, new = _PIECES.findall(piece), _PIECES.findall(corrected)
    lead = 0
    while lead < min(len(old), len(new)) and old[lead] == new[lead]:
        lead += 1
    trail = 0
    while trail < min(len(old), len(new)) - lead and old[-1 - trail] == new[-1 - trail]:
        trail += 1
    start = sum(len(p) for p in old[:lead])
    end = len(piece) - sum(len(p) for p in old[len(old) - trail :])
    text = corrected[start : len(corrected) - (len(piece) - end)]
    if start == end and not text:
        return None  # nothing changes
    return Change(start, end, text, unhedged=unhedged)


def _respelled(
    piece: str,
    said: Value,
    number: tuple[int, int],
    stop: int,
    text: str,
    keep: bool,
    tail: str = "",
) -> str:
    """``piece`` with the number at ``number`` (a span in ``said.text``) written as ``text``;
    when the hedge goes, without it, before the number or after it (from ``stop``).

    ``tail`` replaces what follows the number up to ``stop``, when the unit word changes
    with the number ("1 metre" -> "2.4 metres").
    """
    offset = len(piece) - len(said.text)  # the hedge before the value, if any
    start, end = number
    head = said.text[:start]  # a currency before the number ("$")
    body = head + text + (tail or said.text[end:stop])
    if keep:
        return piece[:offset] + body + said.text[stop:]
    return _sentence_case(body, piece, 0)


def _stop(match: re.Match[str], text: str) -> int:
    """Where a hedge written after the value begins ("30 *or more*"), else the text's end."""
    return match.start("after") if match.group("after") else len(text)


def _agrees(said: Value, facts: Sequence[Value], tolerance: float) -> bool:
    """Whether a corrected value agrees with one of the claim's values as the checks judge."""
    for fact in facts:
        if said.is_rate != fact.is_rate:
            continue
        if said.kind == "count":
            if intervals_overlap(
                hedge_interval(said.amount, said.hedge, tolerance),
                hedge_interval(fact.amount, fact.hedge, tolerance),
                1e-9,
            ):
                return True
        elif said.dimension == fact.dimension and quantities_agree(said, fact, tolerance):
            return True
    return False


def _checked(
    piece: str,
    corrected: str,
    kind: str,
    facts: Sequence[Value],
    tolerance: float,
    rest: str,
    *,
    keep: bool,
) -> Change | None:
    """The change to ``corrected`` if it reads back as a value agreeing with the claim."""
    again = _parse_value(corrected, kind, rest)
    if again is None or not _agrees(again, facts, tolerance):
        return None
    return _smallest(piece, corrected, unhedged=not keep)


def _per_second(value: Value) -> float:
    """How many seconds a rate's time base holds (1 for a value that is no rate)."""
    return SECONDS.get(value.per, 1.0)


def correct_count(piece: str, fact: Value, tolerance: float, rest: str = "") -> Change | None:
    """``35`` -> ``29``, ``Thirty-one`` -> ``Twenty-nine``, ``about 35`` -> ``about 29``,
    ``1.2 million`` -> ``1.5 million``, ``900 requests`` (per minute) -> ``600 requests``."""
    said = _parse_value(piece, "count", rest)
    if said is None or fact.hedge == "other" or said.is_rate != fact.is_rate:
        return None
    match = _COUNT.fullmatch(said.text)
    written = _number_of(match.group("num")) if match else None
    keep = _hedge_kept(said.hedge, fact.hedge)
    if match is None or not written or keep is None:
        return None
    factor = said.amount / written  # a scale word and a rate's time base
    number = _scaled(fact.amount, factor)
    if not match.group("scale") and (written == 1) != (float(number) == 1):
        return None  # "one country" / "29 countries": the noun and verb would need changing too
    if not match.group("scale") and not float(number).is_integer():
        return None  # "2.5 countries"
    text = render_number(number, match.group("num"))
    if text is None:
        return None
    number_at = match.span("num")
    corrected = _respelled(piece, said, number_at, _stop(match, said.text), text, keep)
    return _checked(piece, corrected, "count", [fact], tolerance, rest, keep=keep)


def _in_unit(amount: float) -> str:
    """A converted amount rounded as a writer would: the fewest figures within 2%."""
    if amount <= 0:
        return _plain(amount)
    for figures in range(2, 7):
        rounded = float(f"{amount:.{figures}g}")
        if abs(rounded - amount) <= 0.02 * amount:
            return _plain(round(rounded, 6))
    return _plain(round(amount, 2))


def _unit_form(unit: str, amount: float) -> str:
    """The unit word agreeing with the new number: 1 metre, 2 metres."""
    lower = unit.lower()
    form = _SINGULAR.get(lower, lower) if amount == 1 else _PLURAL.get(lower, lower)
    if form == lower:
        return unit
    return form.capitalize() if unit[:1].isupper() else form


def correct_quantity(
    piece: str, facts: list[Value], tolerance: float, rest: str = ""
) -> Change | None:
    """``500 meters`` -> ``100 meters``; a unit of the writer's the claim does not use is
    converted (``2,000 feet`` against "500 meters" -> ``1,640 feet``)."""
    said = _parse_value(piece, "quantity", rest)
    match = _QUANTITY.fullmatch(said.text) if said is not None else None
    if said is None or match is None or not facts:
        return None
    written_unit = match.group("exact") or match.group("word")
    unit = unit_for(written_unit)
    pool = [f for f in facts if f.dimension == said.dimension and f.is_rate == said.is_rate]
    if (
        unit is None
        or len(pool) != len(facts)
        or any(
            abs(f.amount - pool[0].amount) > _ROUNDING * max(abs(f.amount), abs(pool[0].amount))
            for f in pool
        )
    ):
        return None  # the claim gives several amounts: which one is meant is not clear
    keep = _hedge_kept(said.hedge, pool[0].hedge)
    if keep is None or any(f.high != f.amount for f in pool):
        return None

    def written(f: Value) -> float:
        """The claim's amount in the writer's unit and time base."""
        return (f.amount * _per_second(said) - unit.offset) / unit.factor

    # The claim's own figure in the writer's unit when it gives one ("330 feet"), else converted.
    same_unit = [_scaled(written(f), 1.0) for f in pool if f.unit == unit.name]
    numeral = same_unit[0] if same_unit else _in_unit(written(pool[0]))
    text = render_number(numeral, match.group("num"))
    if text is None:
        return None
    # "1 metre" -> "2.4 metres", but "a 1-metre-wide mirror" -> "a 2.4-metre-wide mirror"
    compound = "-" in match.group("sep")
    form = written_unit if compound else _unit_form(written_unit, float(numeral))
    tail = ""
    if form != written_unit:
        # "1 metre" -> "2.4 metres": the unit word changes with the number.
        tail = said.text[match.end("num") : match.start(_unit_group(match))] + form
    stop = _stop(match, said.text)
    corrected = _respelled(piece, said, match.span("num"), stop, text, keep, tail)
    return _checked(piece, corrected, "quantity", pool, tolerance, rest, keep=keep)


def _unit_group(match: re.Match[str]) -> str:
    """The group of a ``_QUANTITY`` match the unit was read by: a symbol or a word."""
    return "exact" if match.group("exact") else "word"


def correct_money(
    piece: str, facts: list[Value], tolerance: float, rest: str = ""
) -> Change | None:
    """``$12`` -> ``$10``, ``$462 million`` -> ``$426 million``, ``$150 a year`` (against
    "$10 per month") -> ``$120 a year``: the claim's amount in the writer's currency
    symbol or word, scale and time base. A claim in another currency gives no fix."""
    said = _parse_value(piece, "money", rest)
    numbers = list(_MONEY_NUMBER.finditer(said.text)) if said is not None else []
    if said is None or len(numbers) != 1 or not facts:
        return None
    match = numbers[0]
    pool = [f for f in facts if f.dimension == said.dimension and f.is_rate == said.is_rate]
    if len(pool) != len(facts) or len({f.amount for f in pool}) != 1:
        return None
    keep = _hedge_kept(said.hedge, pool[0].hedge)
    written = _number_of(match.group("num"))
    if keep is None or not written:
        return None
    like = match.group("num")
    scaled = MONEY_SCALE_AFTER.match(said.text, match.end("num")) is not None
    number = _in_cents(_scaled(pool[0].amount, said.amount / written), like, scaled=scaled)
    text = render_number(number, like) if number is not None else None
    if number is None or text is None:
        return None
    after = _HEDGE_AT_END.search(said.text)
    stop = after.start() if after else len(said.text)
    tail = ""
    word = re.search(r"[^\W\d_]+$", said.text[match.end("num") : stop])
    if word is not None and word.group().lower() in {*_PLURAL, *_SINGULAR}:
        # "one dollar" -> "ten dollars": the currency word changes with the number.
        form = _unit_form(word.group(), float(number))
        tail = said.text[match.end("num") : stop][: word.start()] + form
    corrected = _respelled(piece, said, match.span("num"), stop, text, keep, tail)
    return _checked(piece, corrected, "money", pool, tolerance, rest, keep=keep)


def _in_cents(number: str, like: str, *, scaled: bool) -> str | None:
    """An amount of money written as money is: "€2.50", not "€2.5"; "$10.00" where the
    writer wrote "$12.50"; None for a fraction of a cent. A scaled amount ("$0.5
    billion", "$2.1bn") is written as it comes."""
    if scaled:
        return number
    whole, _, fraction = number.partition(".")
    if len(fraction) > 2:
        return None
    if fraction or re.search(r"\.\d\d$", like):
        return f"{whole}.{fraction:0<2}"
    return number


# --- dates -------------------------------------------------------------------------------

_AP_MONTHS = ("", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec.")  # fmt: skip
_THREE_MONTHS = tuple(name[:3] for name in calendar.month_name)
_SAME_PART = frozenset({"half", "quarter", "q", "season", "edge", "part-decade"})


def render_month(month: int, like: str) -> str:
    """Month ``month`` the way ``like`` names one: September, Sept., Sep. or Sep."""
    if like.rstrip(".") in calendar.month_name[1:] or like.title() in calendar.month_name[1:]:
        name = calendar.month_name[month]
    elif (
        like.endswith(".")
        and like[:3].title() in ("Mar", "Apr", "Jun", "Jul", "Sep")
        and (like.title() != "Sept.")
    ):
        name = _THREE_MONTHS[month] + ("." if month != 5 else "")
    elif like.endswith("."):
        name = _AP_MONTHS[month]
    elif like.title() == "Sept" and month == 9:
        name = "Sept"
    else:
        name = _THREE_MONTHS[month]
    return name.upper() if like.isupper() and len(like) > 1 else name


def _date_match(text: str) -> tuple[str, re.Match[str]] | None:
    """Which of the date forms reads all of ``text``, as ``find_dates`` would choose it."""
    found = find_dates(text, [])
    if len(found) != 1 or found[0].span != (0, len(text)):
        return None
    for kind, pattern in DATE_PATTERNS:
        match = pattern.match(text)
        if match is not None and match.end() == len(text):
            return kind, match
    return None


def _ordinal_suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _single(span: DateSpan, *, day: bool, month: bool) -> bool:
    """Whether ``span`` is one day (or one month, or one year) at the precision asked."""
    if day:
        return span.has_day and span.start == span.end
    if month:
        return span.has_month and span.start[:2] == span.end[:2]
    return span.has_year and span.start[0] == span.end[0]


def correct_date(piece: str, fact_text: str, rest: str = "") -> Change | None:
    """``2028`` -> ``2026``, ``Sept. 6`` -> ``Sept. 26``, ``2023-09-06`` -> ``2023-09-26``."""
    said_form = _date_match(piece)
    fact_form = _date_match(fact_text)
    if said_form is None or fact_form is None:
        return None
    kind, said = said_form
    fact_kind, fact = fact_form
    span = find_dates(fact_text, [])[0].date
    if span is None:
        return None
    groups = {name for name, value in said.groupdict().items() if value is not None}
    new: dict[str, str] = {}
    if kind in _SAME_PART or kind == "decade":
        if (
            fact_kind != kind
            or (said.groupdict().get("part") or "").lower()
            != (fact.groupdict().get("part") or "").lower()
        ):
            return None
        for name in ("year", "decade"):
            if name in groups:
                new[name] = fact.group(name)
    else:
        has_day, has_month = "day" in groups, bool(groups & {"month", "mnum"})
        if not _single(span, day=has_day, month=has_month):
            return None
        year, month, day = span.start
        if "year" in groups and span.has_year:
            new["year"] = str(year)
        if "mnum" in groups:
            new["mnum"] = f"{month:0{len(said.group('mnum'))}d}"
        if "month" in groups:
            new["month"] = render_month(month, said.group("month"))
        if has_day:
            new["day"] = f"{day:0{len(said.group('day'))}d}"
    text = _substitute(piece, said, new)
    again = _parse_value(text, "date", rest)
    if (
        text == piece
        or again is None
        or again.date is None
        or compare(again.date, span) is not True
    ):
        return None
    return Change(0, len(piece), text)  # a date is read, and so replaced, as a whole


def _substitute(piece: str, match: re.Match[str], new: dict[str, str]) -> str:
    """``piece`` with the named groups of ``match`` replaced; a day's "st"/"th" follows it."""
    parts: list[tuple[int, int, str]] = [(match.start(g), match.end(g), t) for g, t in new.items()]
    if "day" in new:
        suffix = re.match(r"st|nd|rd|th", piece[match.end("day") :])
        if suffix:
            end = match.end("day")
            parts.append((end, end + suffix.end(), _ordinal_suffix(int(new["day"]))))
    text = piece
    for start, end, replacement in sorted(parts, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text
