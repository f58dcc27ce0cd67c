"""Sentence splitting: where a careful reader sees one sentence end and the next begin.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, plus any closing quotes or
brackets, when whitespace and then an uppercase letter, a digit or an opening
quote or bracket follow; the end of the text always ends one. A period after an
abbreviation is read with care:

* titles, ``e.g.``, ``i.e.``, ``vs.``, ``approx.`` and the like never end a
  sentence ("Dr. Chen", "e.g. NASA");
* "U.S."-style acronyms, single initials ("John F. Kennedy"), months ("Sept. 6"),
  ``Inc.``, ``Jr.``, ``St.``, ``a.m.`` and an ellipsis end a sentence only when
  the next word is a common sentence opener ("in the U.S. The next",
  but not "the U.S. Senate" or "J. R. R. Tolkien");
* ``etc.`` ends a sentence before a capitalised word but not before a number.

A period with no whitespace after it (3.5, v1.2.3, U.S.) never ends one.

A stretch of more than ``MAX_SENTENCE`` characters without an end (a paragraph
with no punctuation, a minified line) is cut into pieces at the last space before
the limit, or at the limit inside a single longer word, so that no one sentence
makes checking slow: real sentences are far shorter.
"""

from __future__ import annotations

import re

from factlint.lazyre import lazy
from factlint.limits import MAX_SENTENCE

_CLOSING = "\"'”’»)]"
_OPENING = "\"'“‘«(["
_END = lazy(rf"[.!?…。！？]+[{re.escape(_CLOSING)}]*")
_TRAILING = ",;:"

# Abbreviations that always lead into a name or a number.
_NEVER_END = frozenset(
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "Mt",
        "Lt", "Col", "Capt", "Sgt", "Rev", "Hon", "Pres", "Nos", "Fig", "fig", "Vol",
        "vol", "vs", "e.g", "i.e", "cf", "approx", "ca", "viz", "incl", "esp", "pp",
    }
)  # fmt: skip

# Abbreviations that end a sentence only before a sentence opener.
_MAY_END = frozenset(
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "No", "St", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "al", "Bros",
    }
)  # fmt: skip

_ACRONYM = lazy(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, U.K, a.m (final period excluded)
_INITIAL = lazy(r"[A-Z]")

# Words that commonly open a sentence; after "U.S." they signal a new one.
OPENERS = frozenset(
    {
        "The", "This", "That", "These", "Those", "There", "Then", "It", "Its", "In",
        "On", "At", "By", "For", "From", "With", "Without", "After", "Before", "During",
        "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also",
        "Now", "Today", "He", "She", "They", "We", "You", "His", "Her", "Their", "Our",
        "My", "Your", "A", "An", "As", "If", "When", "While", "Since", "Although",
        "Though", "Because", "Despite", "According", "What", "Why", "How", "Who",
        "Where", "Which", "Some", "Many", "Most", "Other", "Another", "Each", "Every",
        "All", "No", "Not", "Only", "Such", "Under", "Over", "Thus", "Instead",
    }
)  # fmt: skip


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` offsets of each sentence in ``text``, stripped and non-empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if end < len(text) and not text[end].isspace():
            continue
        if end < len(text) and not _ends_sentence(text, match.start(), match.group(), end):
            continue
        _add_stripped(spans, text, start, end)
        start = end
    _add_stripped(spans, text, start, len(text))
    return spans


def _add_stripped(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = _last_space(text, start, limit)
        piece_end = cut if cut > start else limit
        _add_stripped(spans, text, start, piece_end)
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


def _last_space(text: str, start: int, limit: int) -> int:
    """The index of the last whitespace character in ``text[start:limit + 1]``, or -1."""
    for index in range(limit, start, -1):
        if text[index].isspace():
            return index
    return -1


def _ends_sentence(text: str, at: int, marks: str, end: int) -> bool:
    """Whether the punctuation ``marks`` at ``at`` (ending at ``end``) closes a sentence."""
    following = _next_word(text, end)
    bare = following.lstrip(_OPENING)
    first = bare[:1]
    opens = first.isupper() or first.isdigit() or (bare != following and not first.islower())
    if not opens:
        return False
    stops = marks.rstrip(_CLOSING)
    is_opener = bare.rstrip(_TRAILING) in OPENERS
    if "..." in stops or "…" in stops:
        return is_opener
    if stops[-1] != ".":  # ! ? and the full-width stops
        return True
    word = _previous_word(text, at)
    if word in _NEVER_END:
        return False
    if word == "etc":
        return not first.isdigit()
    if word in _MAY_END or _ACRONYM.fullmatch(word) or _INITIAL.fullmatch(word):
        return is_opener
    return True


def _next_word(text: str, end: int) -> str:
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    stop = start
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    return text[start:stop]


def _previous_word(text: str, at: int) -> str:
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:at].lstrip(_OPENING)
