"""Units are found by table lookups that answer as the unit patterns would.

``unit_after`` and ``word_unit_at`` stand for matching an alternation of every unit
form (which Python would compile on every run); the patterns stay the specification,
and these tests hold the lookups to their answers, on every form of the table and on
generated text around them.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.reading.units import (
    EXACT_UNITS,
    UNIT_AFTER,
    WORD_UNITS,
    unit_after,
    word_unit_at,
)
from factlint.reading.values import find_values

_WORD_RE = re.compile(
    "(?i:" + "|".join(re.escape(w) for w in sorted(WORD_UNITS, key=len, reverse=True)) + r")\b"
)
FORMS = sorted({*EXACT_UNITS, *WORD_UNITS})
SEPARATORS = ["", " ", "\t", "-", " -", "- ", " - ", "  ", "\n", " \t-"]
AFTER = ["", " ", "s", "x", ".", "-long", "2", "_", "é", "’", "K", "\u212a", "ſ", "/h", "²"]


def regex_unit(text: str, pos: int) -> tuple[str, str, bool, int] | None:
    m = UNIT_AFTER.match(text, pos)
    if m is None:
        return None
    exact = m.group("exact") is not None
    return (m.group("sep"), m.group("exact") or m.group("word"), exact, m.end())


def regex_word(text: str, pos: int) -> tuple[str, int] | None:
    m = _WORD_RE.match(text, pos)
    return (m.group(), m.end()) if m else None


def test_every_form_in_every_setting_as_the_pattern() -> None:
    for form in FORMS:
        for variant in {form, form.upper(), form.capitalize(), form.lower()}:
            for sep in SEPARATORS:
                for after in AFTER:
                    text = "12" + sep + variant + after
                    got = unit_after(text, 2)
                    assert (tuple(got) if got else None) == regex_unit(text, 2), text
                    assert word_unit_at(text, 2 + len(sep)) == regex_word(text, 2 + len(sep))


pieces = st.sampled_from([*FORMS, *SEPARATORS, *AFTER, " per ", "a", "in", "sq", "°", "k"])


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=6).map("".join), st.text(max_size=4))
def test_generated_text_as_the_pattern(body: str, noise: str) -> None:
    for text in (body, noise + body, body + noise):
        for pos in range(min(len(text), 8) + 1):
            got = unit_after(text, pos)
            assert (tuple(got) if got else None) == regex_unit(text, pos)
            assert word_unit_at(text, pos) == regex_word(text, pos)


def test_case_folding_beyond_ascii_as_the_pattern() -> None:
    # The Kelvin sign folds to "k" and the long s to "s" for a regex ignoring case.
    for text in ("5 \u212ailometres", "5 \u212am", "3 ſeconds", "3 meterſ"):
        got = unit_after(text, 1)
        assert (tuple(got) if got else None) == regex_unit(text, 1)
        assert word_unit_at(text, 2) == regex_word(text, 2)


def test_quantities_read_through_the_lookups() -> None:
    def read(text: str) -> list[tuple[str, float, str]]:
        return [(v.text, v.amount, v.dimension) for v in find_values(text) if v.kind == "quantity"]

    assert read("The trail is 12 km long.") == [("12 km", 12000.0, "length")]
    assert read("It took an hour.") == [("an hour", 3600.0, "duration")]
    assert read("It weighs one kilogram and a half.")[0][2] == "mass"
    assert read("Half an hour later") == [("Half an hour", 1800.0, "duration")]
    assert read("a 1,000-foot tower")[0][1] == 304.8
    assert read("5 m") == [("5 m", 5.0, "length")]
    assert read("five m") == []  # an ambiguous symbol only after a numeral
    assert read("a meeting an hour after") == [("an hour", 3600.0, "duration")]
