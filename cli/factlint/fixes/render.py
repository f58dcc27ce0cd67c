"""Write the facts' value in the writer's style: the replacement text for one draft value.

Each ``correct_*`` function takes the draft's value as written (``piece``: the value
with its hedge, "about 35", "Sept. 6", "within 500 meters") and the claim's value,
and returns the change to make inside ``piece``, or None when it cannot be written
faithfully. Digits stay digits (with or without thousands separators, as the writer
wrote them), number words stay words (same case and hyphenation), month names keep
their form (``Sept.``, ``September``, ``Sep``), ISO and US numeric dates keep theirs,
and a quantity keeps the writer's unit.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from factlint.checks.dates import compare
from factlint.normalize import (
    HEDGES_AFTER,
    TENS_WORDS,
    UNITS_WORDS,
    hedge_interval,
    intervals_overlap,
    values_agree,
)
from factlint.values import DATE_PATTERNS, UNITS, DateSpan, Value, find_dates, find_values

_ROUNDING = 0.05  # as the quantity check allows a value given in another unit


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
_NUMBER = rf"(?<![\w,.])(?P<num>{_NUMERAL}|(?:{_WORDS})(?:[- ](?:{_WORDS}))?)"
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_COUNT = re.compile(rf"{_NUMBER}(?P<after>\s*(?:{_AFTER}))?", re.IGNORECASE)
_QUANTITY = re.compile(
    rf"{_NUMBER}(?P<after>\s*(?:{_AFTER}))?(?P<sep>\s*-?\s*)(?P<unit>{_UNIT})", re.IGNORECASE
)
_PLURAL = {
    "meter": "meters", "metre": "metres", "kilometer": "kilometers", "kilometre": "kilometres",
    "centimeter": "centimeters", "centimetre": "centimetres", "foot": "feet", "mile": "miles",
    "inch": "inches", "degree": "degrees", "day": "days", "week": "weeks", "month": "months",
    "year": "years", "decade": "decades", "hour": "hours", "minute": "minutes",
    "kilogram": "kilograms", "ton": "tons", "tonne": "tonnes",
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


def _parse_value(piece: str, kind: str) -> Value | None:
    """The one value of ``kind`` that ``piece`` holds, covering all of it; None otherwise."""
    found = [v for v in find_values(piece) if v.kind == kind]
    if len(found) != 1 or found[0].span != (0, len(piece)):
        return None
    return found[0]


def _replacement_span(piece: str, said: Value, match: re.Match[str], keep: bool) -> tuple[int, int]:
    """What to replace in ``piece``: the number, or the number with its hedge when it goes."""
    offset = len(piece) - len(said.text)  # the hedge before the number, if any
    start, end = offset + match.start("num"), offset + match.end("num")
    if not keep:
        start = 0
        if match.group("after"):
            end = offset + match.end("after")
    return start, end


def _sentence_case(text: str, piece: str, start: int) -> str:
    """A capital where the writer's dropped hedge had one ("More than 35" -> "29")."""
    if start == 0 and piece[:1].isupper() and text[:1].islower():
        return text[:1].upper() + text[1:]
    return text


def correct_count(piece: str, fact: Value, tolerance: float) -> Change | None:
    """``35`` -> ``29``, ``Thirty-one`` -> ``Twenty-nine``, ``about 35`` -> ``about 29``."""
    said = _parse_value(piece, "count")
    if said is None or "other" in (said.hedge, fact.hedge) or not fact.amount.is_integer():
        return None
    if (said.amount == 1) != (fact.amount == 1):
        return None  # "one country" / "29 countries": the noun and verb would need changing too
    match = _COUNT.fullmatch(said.text)
    keep = _hedge_kept(said.hedge, fact.hedge)
    if match is None or keep is None:
        return None
    text = render_number(_plain(fact.amount), match.group("num"))
    hedge = said.hedge if keep else "exact"
    agrees = intervals_overlap(
        hedge_interval(fact.amount, hedge, tolerance),
        hedge_interval(fact.amount, fact.hedge, tolerance),
    )
    if text is None or not agrees:
        return None
    start, end = _replacement_span(piece, said, match, keep)
    return Change(start, end, _sentence_case(text, piece, start), unhedged=not keep)


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


def correct_quantity(piece: str, facts: list[Value], tolerance: float) -> Change | None:
    """``500 meters`` -> ``100 meters``; a unit of the writer's the claim does not use is
    converted (``1,640 feet`` against "500 meters" -> ``1,600 feet``)."""
    said = _parse_value(piece, "quantity")
    match = _QUANTITY.fullmatch(said.text) if said is not None else None
    if said is None or match is None or not facts:
        return None
    dimension, factor = UNITS[match.group("unit").lower()]
    pool = [f for f in facts if f.dimension == dimension == said.dimension]
    if len(pool) != len(facts) or any(
        abs(f.amount - pool[0].amount) > _ROUNDING * max(f.amount, pool[0].amount) for f in pool
    ):
        return None  # the claim gives several amounts: which one is meant is not clear
    fact = pool[0]
    keep = _hedge_kept(said.hedge, fact.hedge)
    if keep is None:
        return None
    # The claim's own figure in the writer's unit when it gives one ("330 feet"), else converted.
    same_unit = [round(f.amount / factor, 6) for f in pool if _unit_factor(f) == factor]
    numeral = _plain(same_unit[0]) if same_unit else _in_unit(fact.amount / factor)
    text = render_number(numeral, match.group("num"))
    rounding = _ROUNDING if factor != 1.0 or fact.unit_given else 0.0
    hedge = said.hedge if keep else "exact"
    agrees = values_agree(
        float(numeral) * factor, hedge, fact.amount, fact.hedge, tolerance, rounding
    )
    if text is None or not agrees:
        return None
    start, end = _replacement_span(piece, said, match, keep)
    unit = _unit_form(match.group("unit"), float(numeral))
    if unit != match.group("unit"):
        # "1 metre" -> "100 metres": the unit word changes with the number.
        if match.group("after"):
            return None
        offset = len(piece) - len(said.text)
        end = offset + match.end("unit")
        text += piece[offset + match.end("num") : offset + match.start("unit")] + unit
    return Change(start, end, _sentence_case(text, piece, start), unhedged=not keep)


def _unit_factor(value: Value) -> float | None:
    match = _QUANTITY.search(value.text)
    return UNITS[match.group("unit").lower()][1] if match else None


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


def correct_date(piece: str, fact_text: str) -> Change | None:
    """``2028`` -> ``2026``, ``Sept. 6`` -> ``Sept. 26``, ``2023-09-06`` -> ``2023-09-26``."""
    said_form = _date_match(piece)
    fact_form = _date_match(fact_text)
    if said_form is None or fact_form is None:
        return None
    kind, said = said_form
    fact_kind, fact = fact_form
    said_span = find_dates(piece, [])[0].date
    span = find_dates(fact_text, [])[0].date
    if said_span is None or span is None:
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
    if text is None or text == piece:
        return None
    written = find_dates(text, [])
    if len(written) != 1 or written[0].date is None or compare(written[0].date, span) is not True:
        return None
    return Change(0, len(piece), text)


def _substitute(piece: str, match: re.Match[str], new: dict[str, str]) -> str | None:
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
