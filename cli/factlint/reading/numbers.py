"""Numbers as a reader takes them: numerals, numbers in words, and the hedges that bend them.

"twenty-nine", "two dozen", "3,000", "1.5" are numbers; "about", "nearly",
"more than", "at least", "or more" are hedges, each turned into the interval of
values the hedged number admits ("nearly 30" admits 27 to 30 with a tolerance of 0.1).
"""

from __future__ import annotations

from factlint.lazyre import lazy

UNITS_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
NUMBER_WORDS = frozenset({*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen"})


def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """Read a number spelled in words from the start of ``words`` (lower case, hyphens split).

    Returns (value, words consumed) or None: "twenty nine" -> 29, "two dozen" -> 24,
    "a dozen" -> 12, "half a dozen" -> 6, "three hundred and five" -> 305.
    """
    if words[:3] == ["half", "a", "dozen"]:
        return 6.0, 3
    total = 0.0
    current = 0.0
    used = 0
    last = ""
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("a", "an") and not last and i + 1 < len(words) and words[i + 1] in _MULTIPLIERS:
            current, last = 1.0, "unit"
            i += 1
            continue
        if w in UNITS_WORDS:
            if last in ("unit", "dozen") or (last == "tens" and UNITS_WORDS[w] >= 10):
                break
            current += UNITS_WORDS[w]
            last = "unit"
        elif w in TENS_WORDS:
            if last in ("unit", "tens", "dozen"):
                break
            current += TENS_WORDS[w]
            last = "tens"
        elif w == "dozen":
            if last == "dozen":
                break
            current = (current or 1.0) * 12
            last = "dozen"
        elif w == "hundred":
            if last != "unit":
                break
            current *= 100
            last = "hundred"
        elif w in SCALE_WORDS:
            if not last or last == "scale":
                break
            total += (current or 1.0) * SCALE_WORDS[w]
            current, last = 0.0, "scale"
        elif (
            w == "and"
            and last in ("hundred", "scale")
            and i + 1 < len(words)
            and (words[i + 1] in UNITS_WORDS or words[i + 1] in TENS_WORDS)
        ):
            i += 1
            continue
        else:
            break
        i += 1
        used = i
    if not used:
        return None
    return total + current, used


_MULTIPLIERS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})


def number_to_words(n: int) -> str:
    """Spell a whole number 0..999,999 in words ("twenty-nine"); the inverse of the reader."""
    if n < 0 or n >= 1_000_000:
        raise ValueError("number_to_words handles 0..999999")
    if n < 20:
        return next(k for k, v in UNITS_WORDS.items() if v == n)
    if n < 100:
        tens = next(k for k, v in TENS_WORDS.items() if v == n - n % 10)
        return tens if n % 10 == 0 else f"{tens}-{number_to_words(n % 10)}"
    if n < 1000:
        head = f"{number_to_words(n // 100)} hundred"
        return head if n % 100 == 0 else f"{head} {number_to_words(n % 100)}"
    head = f"{number_to_words(n // 1000)} thousand"
    return head if n % 1000 == 0 else f"{head} {number_to_words(n % 1000)}"


def parse_numeral(text: str) -> float | None:
    """Read "3,000", "1.5", "29" (and "3.000"-free English separators); None when not a numeral."""
    t = text.strip().replace("\u202f", "").replace(" ", "")
    if _GROUPED.fullmatch(t):
        return float(t.replace(",", ""))
    if _PLAIN.fullmatch(t):
        return float(t)
    return None


_GROUPED = lazy(r"\d{1,3}(,\d{3})+(\.\d+)?")  # "3,000", "1,250.5"
_PLAIN = lazy(r"\d+(\.\d+)?")


# Each hedge maps to how it bends a number n: (low factor, high factor, open low, open high)
# given as a kind; the checks turn kinds into intervals with the configured tolerance.
HEDGES_BEFORE: dict[str, str] = {
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "some": "approx",
    "circa": "approx",
    "c.": "approx",
    "close to": "below-approx",
    "nearly": "below-approx",
    "almost": "below-approx",
    "just under": "below-approx",
    "just shy of": "below-approx",
    "a little under": "below-approx",
    "more than": "above",
    "over": "above",
    "well over": "above",
    "above": "above",
    "upwards of": "above",
    "upward of": "above",
    "in excess of": "above",
    "exceeding": "above",
    "just over": "above",
    "a little over": "above",
    "at least": "at-least",
    "a minimum of": "at-least",
    "no fewer than": "at-least",
    "no less than": "at-least",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "below": "below",
    "well under": "below",
    "up to": "at-most",
    "within": "at-most",
    "at most": "at-most",
    "a maximum of": "at-most",
    "no more than": "at-most",
    "as many as": "at-most",
    "as much as": "at-most",
    "exactly": "exact",
    "precisely": "exact",
    "only": "exact",
    "just": "exact",
}
HEDGES_AFTER: dict[str, str] = {
    "or more": "at-least",
    "or higher": "at-least",
    "or above": "at-least",
    "or later": "at-least",
    "or newer": "at-least",
    "or so": "approx",
    "or fewer": "at-most",
    "or less": "at-most",
    "or lower": "at-most",
    "or below": "at-most",
    "or earlier": "at-most",
    "-plus": "at-least",
    "-odd": "approx",
    "plus": "at-least",
    "+": "at-least",
    "odd": "approx",
}


def hedge_interval(value: float, hedge: str, tolerance: float) -> tuple[float, float, bool, bool]:
    """The values a hedged number admits: (low, high, low is open, high is open)."""
    inf = float("inf")
    slack = abs(value) * tolerance
    if hedge == "approx":
        return value - slack, value + slack, False, False
    if hedge == "below-approx":
        return value - slack, value, False, False
    if hedge == "above":
        return value, inf, True, False
    if hedge == "at-least":
        return value, inf, False, False
    if hedge == "below":
        return -inf, value, False, True
    if hedge == "at-most":
        return -inf, value, False, False
    return value, value, False, False


BOUNDS = frozenset({"above", "at-least", "below", "at-most"})


def values_agree(
    said: float, said_hedge: str, fact: float, fact_hedge: str, tolerance: float, rounding: float
) -> bool:
    """Whether a hedged number in a sentence can be the hedged number of a claim.

    Two bounds of one kind name a limit each ("within 500 m" against "within 100 m"):
    the limits themselves must agree. Otherwise the two ranges must overlap ("about
    55 m" lies within 100 m; "nearly 30" admits 29).
    """
    if said_hedge == fact_hedge and said_hedge in BOUNDS:
        return abs(said - fact) <= rounding * max(abs(said), abs(fact))
    return intervals_overlap(
        hedge_interval(said, said_hedge, tolerance),
        hedge_interval(fact, fact_hedge, tolerance),
        rounding,
    )


def intervals_overlap(
    a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool], rel: float = 0.0
) -> bool:
    """Whether two (possibly open) intervals share a value; ``rel`` widens exact points."""
    alo, ahi, alo_open, ahi_open = a
    blo, bhi, blo_open, bhi_open = b
    finite = [abs(x) for x in (alo, ahi, blo, bhi) if x not in (float("inf"), float("-inf"))]
    pad = rel * max(finite, default=0.0)
    if ahi < blo - pad or bhi < alo - pad:
        return False
    if pad == 0:
        if ahi == blo and (ahi_open or blo_open):
            return False
        if bhi == alo and (bhi_open or alo_open):
            return False
    return True
