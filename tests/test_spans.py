"""Span sets answer overlap questions exactly as asking every span would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.spans import SpanSet, containment

positions = st.integers(0, 40)
spans = st.lists(st.tuples(positions, positions).map(lambda p: (min(p), max(p))), max_size=12)


def naive_overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


@settings(max_examples=300, deadline=None)
@given(spans, spans, st.integers(0, 30))
def test_overlaps_agree_with_asking_each_span(
    taken: list[tuple[int, int]], queries: list[tuple[int, int]], length: int
) -> None:
    found = SpanSet(length, taken[:3])
    for span in taken[3:]:
        found.append(span)
    assert list(found) == taken and len(found) == len(taken)
    for start, end in [*queries, *taken]:
        assert found.overlaps(start, end) == naive_overlaps(taken, start, end)


def test_empty_spans_and_queries() -> None:
    found = SpanSet(10, [(4, 4)])
    assert found.overlaps(3, 5)
    assert not found.overlaps(4, 4)
    assert not found.overlaps(4, 6)
    assert SpanSet(10, [(2, 6)]).overlaps(4, 4)


@settings(max_examples=300, deadline=None)
@given(spans.filter(bool), spans)
def test_containment_agrees_with_asking_each_span(
    within: list[tuple[int, int]], queries: list[tuple[int, int]]
) -> None:
    inside = containment(within)
    for start, end in queries:
        assert inside(start, end) == any(s <= start and end <= e for s, e in within)
