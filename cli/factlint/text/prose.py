"""Prose units: checkable text with each character's offset in the original file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factlint.lazyre import lazy
from factlint.model import Sentence
from factlint.text.sentences import split_sentences

_URL = lazy(r"\b(?:https?://|ftp://|www\.)[^\s<>\"]+")
_URL_TAIL = ".,;:!?'\"”’"


@dataclass(frozen=True)
class Prose:
    """One unit of prose (a paragraph, heading or table cell) and where each character came from."""

    text: str
    offsets: tuple[int, ...]  # offset in the original file of each character of ``text``


class ProseBuilder:
    """Collects a prose unit character by character; whitespace runs become one space."""

    def __init__(self) -> None:
        self._chars: list[str] = []
        self._offsets: list[int] = []

    def add(self, char: str, offset: int) -> None:
        if char.isspace():
            if not self._chars or self._chars[-1] == " ":
                return
            char = " "
        self._chars.append(char)
        self._offsets.append(offset)

    def add_text(self, text: str, offset: int) -> None:
        """Add ``text`` that sits verbatim at ``offset`` in the file."""
        for index, char in enumerate(text):
            self.add(char, offset + index)

    def gap(self, offset: int) -> None:
        """Mark where something unchecked (code, an image, a URL) was left out."""
        self.add(" ", offset)

    def build(self) -> Prose:
        """The prose collected so far, with bare URLs left out."""
        text = "".join(self._chars)
        kept = ProseBuilder()
        done = 0
        for start, end in _url_spans(text):
            kept._copy(self, done, start)
            kept.gap(self._offsets[start])
            done = end
        if done == 0:
            return Prose(text, tuple(self._offsets))
        kept._copy(self, done, len(text))
        return Prose("".join(kept._chars), tuple(kept._offsets))

    def _copy(self, other: ProseBuilder, start: int, end: int) -> None:
        for index in range(start, end):
            self.add(other._chars[index], other._offsets[index])


def _url_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _URL.finditer(text):
        url = match.group()
        stripped = url.rstrip(_URL_TAIL)
        if stripped.endswith(")") and stripped.count("(") < stripped.count(")"):
            stripped = stripped[:-1].rstrip(_URL_TAIL)
        spans.append((match.start(), match.start() + len(stripped)))
    return spans


class Positions:
    """Turns offsets in a text into 1-based line and column (counted in characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def line_column(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def offset(self, line: int, column: int = 1) -> int:
        return self.line_starts[line - 1] + column - 1

    @property
    def line_count(self) -> int:
        """Lines in the text; a final newline does not start another."""
        return len(self.line_starts) - (1 if self.text.endswith("\n") else 0)


def sentences_in(prose: Prose, positions: Positions, path: str) -> list[Sentence]:
    """Split a prose unit into sentences placed in the original file."""
    sentences = []
    for start, end in split_sentences(prose.text):
        line, column = positions.line_column(prose.offsets[start])
        end_line, end_column = positions.line_column(prose.offsets[end - 1])
        text = prose.text[start:end]
        offsets = prose.offsets[start:end]
        sentences.append(Sentence(text, path, line, column, end_line, end_column, offsets))
    return sentences
