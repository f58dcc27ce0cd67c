"""Lazily compiled patterns behave as the patterns ``re.compile`` makes."""

from __future__ import annotations

import pickle
import re

from factlint.lazyre import LazyPattern, lazy

SOURCE = r"(?P<n>\d+)\s*(?P<unit>km|mi)\b"
TEXT = "5 km, then 12mi and 7 km; not 3 kms"


def test_not_compiled_until_used() -> None:
    pattern = lazy(SOURCE, re.IGNORECASE)
    assert pattern._compiled is None
    assert pattern.pattern == SOURCE  # the source needs no compiling
    assert pattern._compiled is None
    assert pattern.search(TEXT) is not None
    assert pattern._compiled is not None


def test_every_method_gives_what_the_compiled_pattern_gives() -> None:
    compiled = re.compile(SOURCE, re.IGNORECASE)
    for make in (lambda: lazy(SOURCE, re.IGNORECASE), lambda: LazyPattern(SOURCE, re.I)):
        first = make()  # each method tried first on a fresh pattern and after compiling
        for pattern in (make(), first):
            assert pattern.search(TEXT, 3) and compiled.search(TEXT, 3)
            assert pattern.search(TEXT, 3).span() == compiled.search(TEXT, 3).span()  # type: ignore[union-attr]
            assert pattern.match(TEXT) is not None
            assert pattern.match(TEXT, 1) is None
            assert pattern.fullmatch("5 KM") is not None
            assert [m.span() for m in pattern.finditer(TEXT)] == [
                m.span() for m in compiled.finditer(TEXT)
            ]
            assert pattern.findall(TEXT) == compiled.findall(TEXT)
            assert pattern.sub(r"\g<n>\g<unit>", TEXT) == compiled.sub(r"\g<n>\g<unit>", TEXT)
            assert pattern.subn("#", TEXT, 2) == compiled.subn("#", TEXT, 2)
            assert pattern.split(TEXT) == compiled.split(TEXT)
            assert pattern.flags == compiled.flags
            assert pattern.groupindex == dict(compiled.groupindex)


def test_after_first_use_calls_go_to_the_compiled_pattern() -> None:
    pattern = lazy(SOURCE)
    pattern.findall(TEXT)
    # The instance's attribute is the compiled pattern's own bound method.
    assert pattern.search.__self__ is pattern.compiled  # type: ignore[attr-defined]


def test_pickles_as_its_source() -> None:
    pattern = lazy(SOURCE, re.IGNORECASE)
    pattern.search(TEXT)
    copy = pickle.loads(pickle.dumps(pattern))
    assert isinstance(copy, LazyPattern)
    assert copy.pattern == SOURCE and copy._compiled is None
    assert copy.findall(TEXT) == pattern.findall(TEXT)
    assert "lazy(" in repr(copy)


def test_a_bad_pattern_fails_when_used() -> None:
    pattern = lazy("(unclosed")
    try:
        pattern.search("x")
    except re.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("re.error expected")
