"""Sets of ``[start, end)`` spans in one text that answer "does this overlap (or lie in) any?" fast.

Finding values and words skips what is already taken (names, earlier values). Asking
every taken span in turn makes a sentence with thousands of numbers quadratic; a
Fenwick tree of the largest end among spans starting at or before each offset answers
in O(log n), so reading a sentence stays linear in its length.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate

_NONE = -(1 << 62)  # below any end


class SpanSet:
    """Spans over a text of ``length`` characters; spans may overlap or be empty.

    ``overlaps(start, end)`` is True when some span ``(s, e)`` has ``s < end`` and
    ``start < e``, exactly as asking each span would say.
    """

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._size = max(length, 0) + 2  # tree slots: a start s (clamped at -1) sits at s + 2
        self._tree = [_NONE] * (self._size + 1)
        self._beyond: list[tuple[int, int]] = []  # spans starting past the text, kept aside
        self._spans: list[tuple[int, int]] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._spans.append((start, end))
        slot = max(start, -1) + 2
        if slot > self._size:
            self._beyond.append((start, end))
            return
        tree, size = self._tree, self._size
        while slot <= size:
            if tree[slot] < end:
                tree[slot] = end
            slot += slot & -slot

    def append(self, span: tuple[int, int]) -> None:
        """``add`` for code written against a list of spans."""
        self.add(*span)

    def overlaps(self, start: int, end: int) -> bool:
        # Spans with s < end, i.e. s + 2 <= end + 1: the largest of their ends decides.
        slot = min(max(end, -1) + 1, self._size)
        tree = self._tree
        furthest = _NONE
        while slot > 0:
            if tree[slot] > furthest:
                furthest = tree[slot]
            slot -= slot & -slot
        if furthest > start:
            return True
        return any(s < end and start < e for s, e in self._beyond)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


def containment(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[start, end)`` lies within one of ``spans``, in O(log n) a call.

    Spans sorted by start, with the furthest end among each prefix: the spans starting at
    or before ``start`` hold it exactly when the furthest of their ends reaches ``end``.
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    furthest = list(accumulate((e for _, e in ordered), max))

    def inside(start: int, end: int) -> bool:
        count = bisect_right(starts, start)
        return count > 0 and end <= furthest[count - 1]

    return inside
