"""Units of measure and currencies: what dimension each measures and how to convert it.

Every unit maps to a dimension and to the factor (and, for temperatures, the
offset) that takes it to the dimension's base unit, so "2,100 feet" and "640
metres", "0.5 TB" and "500 GB", "1,950 °F" and "1,064 °C" compare as the same
kind of amount. Money keeps its currency: dollars and euros are never converted
into each other (no exchange rate holds for every date).

A hand-written table rather than a units library: prose spells units in ways a
units library's parser does not read ("sq ft", "per cent", "1,000-foot-wide"), and
the few hundred forms writers use fit in one table that costs nothing at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from factlint.lazyre import lazy


@dataclass(frozen=True)
class Unit:
    """A unit: its dimension and how to reach the dimension's base unit (x * factor + offset)."""

    dimension: str
    factor: float
    offset: float = 0.0
    name: str = ""  # how the unit is written in a description


def _table() -> tuple[dict[str, Unit], dict[str, Unit]]:
    """(units matched case-sensitively: symbols; units matched in any case: words)."""
    exact: dict[str, Unit] = {}
    words: dict[str, Unit] = {}

    def add(dimension: str, factor: float, symbols: str, names: str, offset: float = 0.0) -> None:
        label = (names.split("|")[0] if names else symbols.split("|")[0]) or dimension
        unit = Unit(dimension, factor, offset, label)
        for s in filter(None, symbols.split("|")):
            exact[s] = unit
        for n in filter(None, names.split("|")):
            words[n.casefold()] = unit

    # length, base metre
    add("length", 1.0, "m", "meter|meters|metre|metres")
    add("length", 1000.0, "km", "kilometer|kilometers|kilometre|kilometres")
    add("length", 0.01, "cm", "centimeter|centimeters|centimetre|centimetres")
    add("length", 0.001, "mm", "millimeter|millimeters|millimetre|millimetres")
    add("length", 1e-6, "µm|μm", "micrometer|micrometers|micrometre|micrometres|micron|microns")
    add("length", 1e-9, "nm", "nanometer|nanometers|nanometre|nanometres")
    add("length", 0.3048, "ft", "foot|feet")
    add("length", 0.0254, "in.", "inch|inches")
    add("length", 0.9144, "yd", "yard|yards")
    add("length", 1609.344, "mi", "mile|miles")
    add("length", 1852.0, "nmi", "nautical mile|nautical miles")
    add("length", 1.495978707e11, "AU", "astronomical unit|astronomical units")
    add("length", 9.4607e15, "ly", "light-year|light-years|light year|light years")
    # area, base square metre
    add("area", 1.0, "m²|m2|sq m", "square meter|square meters|square metre|square metres")
    add(
        "area",
        1e6,
        "km²|km2|sq km",
        "square kilometer|square kilometers|square kilometre|square kilometres",
    )
    add("area", 0.09290304, "ft²|sq ft|sq. ft.", "square foot|square feet")
    add("area", 2589988.11, "mi²|sq mi", "square mile|square miles")
    add("area", 4046.8564224, "", "acre|acres")
    add("area", 10000.0, "ha", "hectare|hectares")
    # volume, base cubic metre
    add("volume", 1.0, "m³|m3", "cubic meter|cubic meters|cubic metre|cubic metres")
    add("volume", 0.001, "L", "liter|liters|litre|litres")
    add("volume", 1e-6, "mL|ml", "milliliter|milliliters|millilitre|millilitres")
    add("volume", 0.003785411784, "gal", "gallon|gallons")
    add("volume", 0.028316846592, "cu ft", "cubic foot|cubic feet")
    # mass, base kilogram
    add("mass", 1.0, "kg", "kilogram|kilograms|kilo|kilos")
    add("mass", 0.001, "g", "gram|grams|gramme|grammes")
    add("mass", 1e-6, "mg", "milligram|milligrams")
    add("mass", 1000.0, "t", "tonne|tonnes|metric ton|metric tons|ton|tons")
    add("mass", 0.45359237, "lb|lbs", "pound|pounds")
    add("mass", 0.028349523125, "oz", "ounce|ounces")
    # duration, base second
    add("duration", 1.0, "s|sec", "second|seconds")
    add("duration", 0.001, "ms", "millisecond|milliseconds")
    add("duration", 60.0, "min", "minute|minutes")
    add("duration", 3600.0, "h|hr|hrs", "hour|hours")
    add("duration", 86400.0, "", "day|days")
    add("duration", 604800.0, "", "week|weeks")
    add("duration", 2629800.0, "", "month|months")
    add("duration", 31557600.0, "", "year|years")
    add("duration", 315576000.0, "", "decade|decades")
    add("duration", 3155760000.0, "", "century|centuries")
    # data size, base byte (decimal prefixes, as storage is sold; binary ones apart)
    add("data", 1.0, "B", "byte|bytes")
    add("data", 1e3, "KB|kB", "kilobyte|kilobytes")
    add("data", 1e6, "MB", "megabyte|megabytes")
    add("data", 1e9, "GB", "gigabyte|gigabytes")
    add("data", 1e12, "TB", "terabyte|terabytes")
    add("data", 1e15, "PB", "petabyte|petabytes")
    add("data", 1024.0, "KiB", "kibibyte|kibibytes")
    add("data", 1024.0**2, "MiB", "mebibyte|mebibytes")
    add("data", 1024.0**3, "GiB", "gibibyte|gibibytes")
    add("data", 1024.0**4, "TiB", "tebibyte|tebibytes")
    # data rate, base bit per second
    add("bitrate", 1e3, "kbps|kbit/s", "kilobit per second|kilobits per second")
    add("bitrate", 1e6, "Mbps|Mbit/s", "megabit per second|megabits per second")
    add("bitrate", 1e9, "Gbps|Gbit/s", "gigabit per second|gigabits per second")
    # speed, base metre per second
    add("speed", 1.0, "m/s", "meters per second|metres per second")
    add("speed", 1 / 3.6, "km/h|kph|kmh", "kilometers per hour|kilometres per hour")
    add("speed", 0.44704, "mph", "miles per hour")
    add("speed", 0.514444, "kn|kt", "knot|knots")
    # temperature, base kelvin
    add(
        "temperature",
        1.0,
        "°C|℃|ºC",
        "degrees Celsius|degree Celsius|degrees centigrade|Celsius",
        offset=273.15,
    )
    add(
        "temperature",
        5 / 9,
        "°F|℉|ºF",
        "degrees Fahrenheit|degree Fahrenheit|Fahrenheit",
        offset=459.67 * 5 / 9,
    )
    add("temperature", 1.0, "K", "kelvin|kelvins")
    # angle, base degree
    add("angle", 1.0, "°", "degree|degrees")
    add("angle", 57.29577951308232, "rad", "radian|radians")
    # percent
    add("percent", 1.0, "%", "percent|per cent")
    add("points", 1.0, "", "percentage point|percentage points")
    # density, base kilogram per cubic metre
    add(
        "density",
        1000.0,
        "g/cm³|g/cm3|g/cc|g/mL|g/ml",
        "grams per cubic centimeter|grams per cubic centimetre",
    )
    add("density", 1.0, "kg/m³|kg/m3", "kilograms per cubic meter|kilograms per cubic metre")
    # power, base watt; energy, base joule
    add("power", 1.0, "W", "watt|watts")
    add("power", 1e3, "kW", "kilowatt|kilowatts")
    add("power", 1e6, "MW", "megawatt|megawatts")
    add("power", 1e9, "GW", "gigawatt|gigawatts")
    add("power", 745.7, "hp", "horsepower")
    add("energy", 1.0, "J", "joule|joules")
    add("energy", 1e3, "kJ", "kilojoule|kilojoules")
    add("energy", 1e6, "MJ", "megajoule|megajoules")
    add("energy", 3.6e6, "kWh", "kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours")
    add("energy", 3.6e9, "MWh", "megawatt-hour|megawatt-hours")
    add("energy", 3.6e12, "GWh", "gigawatt-hour|gigawatt-hours")
    add("energy", 4184.0, "kcal", "kilocalorie|kilocalories|calorie|calories")
    # pressure, base pascal
    add("pressure", 1.0, "Pa", "pascal|pascals")
    add("pressure", 1e3, "kPa", "kilopascal|kilopascals")
    add("pressure", 1e6, "MPa", "megapascal|megapascals")
    add("pressure", 1e5, "bar", "bar|bars")
    add("pressure", 101325.0, "atm", "atmosphere|atmospheres")
    add("pressure", 6894.757, "psi", "")
    # frequency, base hertz
    add("frequency", 1.0, "Hz", "hertz")
    add("frequency", 1e3, "kHz", "kilohertz")
    add("frequency", 1e6, "MHz", "megahertz")
    add("frequency", 1e9, "GHz", "gigahertz")
    # electricity
    add("voltage", 1.0, "V", "volt|volts")
    add("voltage", 1e3, "kV", "kilovolt|kilovolts")
    return exact, words


EXACT_UNITS, WORD_UNITS = _table()
# Symbols that are also ordinary words or letters: read only right after a numeral.
AMBIGUOUS_SYMBOLS = frozenset(
    {"m", "g", "t", "s", "h", "L", "B", "K", "V", "W", "J", "in.", "min", "sec", "hr", "kn",
     "kt", "bar", "ha", "mi", "Pa", "rad", "gal", "ly", "AU"}
)  # fmt: skip


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


# Every unit word, the longest first, for patterns that need one ("half an hour").
UNIT_WORDS_PATTERN = _alternation(list(WORD_UNITS))


# A unit right after a number: "5 GB", "5GB", "640 metres", "1,064 °C", "1,000-foot": a
# separator, then a symbol (its case kept) or a word (any case), not followed by a letter.
# The reader finds it with ``unit_after`` (table lookups); the corrections embed this
# pattern where a whole quantity must match. Tests hold the two to the same answers.
UNIT_AFTER_PATTERN = (
    r"(?P<sep>[ \t]?-?[ \t]?)(?:(?P<exact>"
    + _alternation(list(EXACT_UNITS))
    + r")|(?i:(?P<word>"
    + UNIT_WORDS_PATTERN
    + r")))(?![^\W\d_])"
)
UNIT_AFTER = lazy(UNIT_AFTER_PATTERN)


class UnitAt(NamedTuple):
    """A unit read right after a number: the separator, the unit as written, its end."""

    sep: str
    written: str
    exact: bool  # a symbol, matched in its case (else a word, in any case)
    end: int


def _by_first(forms: Iterable[str]) -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """The forms by their first character, each group by length, the longest first (as
    an alternation tries them)."""
    groups: dict[str, dict[int, set[str]]] = {}
    for form in forms:
        groups.setdefault(form[0], {}).setdefault(len(form), set()).add(form)
    return {
        first: tuple((n, frozenset(lengths[n])) for n in sorted(lengths, reverse=True))
        for first, lengths in groups.items()
    }


_SYMBOLS = _by_first(EXACT_UNITS)
_WORDS = _by_first(WORD_UNITS)  # lower case, ASCII
assert all(form.isascii() and form == form.lower() for form in WORD_UNITS)
# The characters beyond ASCII that a regex ignoring case matches to an ASCII letter
# ("K", the Kelvin sign, to "k"; "ſ" to "s"; dotted and dotless "i").
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _letter(char: str) -> bool:
    r"""What ``[^\W\d_]`` matches: a word character that is not a digit or "_"."""
    return char.isalnum() and not char.isdecimal()


def _separators(text: str, pos: int) -> list[int]:
    """Where ``[ \t]?-?[ \t]?`` can end from ``pos``, in the order a regex tries them:
    each optional part taken, when it can be, before it is left out."""
    if pos >= len(text) or text[pos] not in " \t-":
        return [pos]  # nothing to take: the separator is empty
    ends: list[int] = []
    # Depth first over the three parts (space, hyphen, space), taking before skipping.
    todo = [(pos, 0)]
    while todo:
        at, part = todo.pop()
        if part == 3:
            if at not in ends:
                ends.append(at)
            continue
        todo.append((at, part + 1))  # left out: tried after every way of taking it
        allowed = "-" if part == 1 else " \t"
        if at < len(text) and text[at] in allowed:
            todo.append((at + 1, part + 1))  # taken: tried first
    return ends


def unit_after(text: str, pos: int) -> UnitAt | None:
    """The unit written right after a number ending at ``pos``, as ``UNIT_AFTER`` matches
    it there: the separators a regex would try, each with the longest symbol, then the
    longest word, that is not followed by a letter. Looked up in the unit tables rather
    than matched against an alternation of their few hundred forms, which Python would
    compile on every run."""
    size = len(text)
    for end in _separators(text, pos):
        if end >= size:
            continue
        first = text[end]
        for length, forms in _SYMBOLS.get(first, ()):
            stop = end + length
            followed = stop < size and _letter(text[stop])  # "5 ms" is not "5 m"
            if stop <= size and not followed and text[end:stop] in forms:
                return UnitAt(text[pos:end], text[end:stop], True, stop)
        if not first.isascii():
            if first in _FOLDS_TO_ASCII:
                return _unit_by_regex(text, pos)  # let the pattern fold its case
            continue  # no unit word starts so
        for length, forms in _WORDS.get(first.lower(), ()):
            stop = end + length
            if stop > size:
                continue
            written = text[end:stop]
            if not written.isascii():
                if _FOLDS_TO_ASCII.isdisjoint(written):
                    continue  # no unit word has such a character
                return _unit_by_regex(text, pos)
            if written.lower() in forms and (stop == size or not _letter(text[stop])):
                return UnitAt(text[pos:end], written, False, stop)
    return None


def word_unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """The longest unit word (any case) at ``pos`` that ends at a word boundary: (its text,
    its end), as ``(?i:...)\\b`` with an alternation of every unit word would match it."""
    if pos >= len(text):
        return None
    first = text[pos]
    if not first.isascii():
        return _word_by_regex(text, pos) if first in _FOLDS_TO_ASCII else None
    for length, forms in _WORDS.get(first.lower(), ()):
        stop = pos + length
        if stop > len(text):
            continue
        written = text[pos:stop]
        if not written.isascii():
            if _FOLDS_TO_ASCII.isdisjoint(written):
                continue
            return _word_by_regex(text, pos)
        if written.lower() in forms and _word(text[stop - 1]) != (
            stop < len(text) and _word(text[stop])
        ):
            return written, stop
    return None


_WORD_AT = lazy("(?i:" + UNIT_WORDS_PATTERN + r")\b")


def _word_by_regex(text: str, pos: int) -> tuple[str, int] | None:
    """``word_unit_at`` by a pattern: for text whose case-folding is not ASCII's."""
    m = _WORD_AT.match(text, pos)
    return (m.group(), m.end()) if m else None


def _word(char: str) -> bool:
    """What ``\\w`` matches."""
    return char.isalnum() or char == "_"


def _unit_by_regex(text: str, pos: int) -> UnitAt | None:
    """``unit_after`` by the pattern itself: for text whose case-folding is not ASCII's."""
    m = UNIT_AFTER.match(text, pos)
    if m is None:
        return None
    exact = m.group("exact") is not None
    return UnitAt(m.group("sep"), m.group("exact") or m.group("word"), exact, m.end())


# "per minute", "a month", "an hour", "/s", "each year": a rate's time base.
PER_TIME = lazy(
    r"\s*(?:(?:per|a|an|each|every)\s+|/\s*)(?P<unit>second|sec|s|minute|min|hour|hr|h|day|"
    r"week|month|year|yr|decade|annum)\b",
    re.IGNORECASE,
)
_TIME_BASE = {
    "second": "second", "sec": "second", "s": "second", "minute": "minute", "min": "minute",
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "yr": "year", "annum": "year", "decade": "decade",
}  # fmt: skip
SECONDS = {
    "second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
    "month": 2629800.0, "year": 31557600.0, "decade": 315576000.0,
}  # fmt: skip


def time_base(word: str) -> str:
    """The time unit a rate is per ("min" -> "minute")."""
    return _TIME_BASE.get(word.casefold(), "")


def unit_for(text: str) -> Unit | None:
    """The unit a matched unit text names."""
    return EXACT_UNITS.get(text) or WORD_UNITS.get(text.casefold())


# --- money --------------------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
    "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
    "CHF": "CHF", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY",
    "RMB": "CNY", "INR": "INR", "CAD": "CAD", "AUD": "AUD",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "pound sterling":
    "GBP", "pounds sterling": "GBP", "franc": "CHF", "francs": "CHF", "won": "KRW",
    "cent": "USD-cent", "cents": "USD-cent",
}  # fmt: skip
# Scales written right after a money amount: "$30M", "£2.1bn", "$412 million".
MONEY_SCALES = {
    "k": 1e3, "K": 1e3, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6,
    "million": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9,
    "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
CURRENCY_BEFORE = lazy(
    r"(?P<cur>US\$|NZ\$|HK\$|C\$|A\$|S\$|R\$|\$|€|£|¥|₹|₩|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CAD|"
    r"AUD|CHF)\s?)$"
)
MONEY_SCALE_AFTER = lazy(
    r"(?:\s?(?P<word>thousand|million|billion|trillion|mn|mln|bn|bln|tn)\b|(?P<sym>[kKmMbB]|bn)"
    r"(?![^\W\d_]))"
)
CURRENCY_AFTER = lazy(
    r"\s?(?:(?P<code>USD|EUR|GBP|JPY|CNY|RMB|INR|CAD|AUD|CHF)\b|(?i:(?P<word>pounds sterling|"
    r"pound sterling|dollars|dollar|euros|euro|yen|yuan|renminbi|rupees|rupee|francs|franc|"
    r"cents|cent)\b))"
)
