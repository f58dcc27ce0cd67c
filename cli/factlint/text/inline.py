"""Inline Markdown: walk markdown-it's inline tokens back over their source, keeping the prose.

markdown-it's inline tokens carry no positions, so the walk keeps a cursor in the
block's content: each text character is found at (or just after) the cursor, and
markup that is not prose (emphasis markers, escapes, link destinations, code
spans, images, inline HTML, autolinks) is stepped over.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from markdown_it.token import Token

from factlint.lazyre import lazy
from factlint.text.prose import Prose, ProseBuilder

_BACKTICKS = lazy(r"`+")
_ENTITY = lazy(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def walk_inline(
    children: Sequence[Token], content: str, offsets: Sequence[int]
) -> tuple[Prose, list[tuple[int, str]]]:
    """Return the prose of an inline token and its inline HTML as ``(index in content, html)``.

    ``offsets`` gives the file offset of each character of ``content``, plus one past the end.
    """
    walker = _Walker(content, offsets)
    for token in children:
        walker.step(token)
    return walker.prose.build(), walker.html


class _Walker:
    def __init__(self, content: str, offsets: Sequence[int]) -> None:
        self.content = content
        self.offsets = offsets
        self.pos = 0
        self.prose = ProseBuilder()
        self.html: list[tuple[int, str]] = []
        self.in_autolink = False

    def step(self, token: Token) -> None:
        kind = token.type
        if kind in ("text", "text_special"):
            if not self.in_autolink:
                self.text(token.content)
        elif kind in ("softbreak", "hardbreak"):
            self.line_break()
        elif kind == "code_inline":
            self.code(token.markup)
        elif kind == "html_inline":
            self.inline_html(token.content)
        elif kind == "image":
            self.image()
        elif kind == "link_open":
            self.link_open(token.markup == "autolink")
        elif kind == "link_close":
            self.link_close()
        elif token.markup and kind.endswith(("_open", "_close")):
            self.skip(token.markup)

    def offset(self, index: int) -> int:
        return self.offsets[min(max(index, 0), len(self.offsets) - 1)]

    def find(self, needle: str) -> int:
        return self.content.find(needle, self.pos)

    def skip(self, markup: str) -> None:
        found = self.find(markup)
        if found >= 0:
            self.pos = found + len(markup)

    def text(self, text: str) -> None:
        content = self.content
        if content.startswith(text, self.pos):  # the common case: verbatim at the cursor
            for index, char in enumerate(text, start=self.pos):
                self.prose.add(char, self.offsets[index])
            self.pos += len(text)
            return
        index = 0
        while index < len(text):
            index += self.place(text, index)

    def place(self, text: str, index: int) -> int:
        """Add ``text[index]`` (or the entity it was written as); return how many were added."""
        entity = _ENTITY.match(self.content, self.pos)
        decoded = html.unescape(entity.group()) if entity else ""
        if entity and decoded and text.startswith(decoded, index):
            for char in decoded:
                self.prose.add(char, self.offset(self.pos))
            self.pos = entity.end()
            return len(decoded)
        char = text[index]
        found = self.pos
        if self.content.startswith("\\" + char, found):
            found += 1
        elif not self.content.startswith(char, found):
            found = self.find(char)
        if found < 0:  # not in the source as written: keep it, leave the cursor alone
            self.prose.add(char, self.offset(self.pos))
        else:
            self.prose.add(char, self.offset(found))
            self.pos = found + 1
        return 1

    def line_break(self) -> None:
        found = self.find("\n")
        if found < 0:
            self.prose.gap(self.offset(self.pos))
            return
        self.prose.add(" ", self.offset(found))
        self.pos = found + 1

    def code(self, markup: str) -> None:
        opening = _backtick_run(self.content, self.pos, len(markup))
        if opening < 0:
            return
        self.prose.gap(self.offset(opening))
        closing = _backtick_run(self.content, opening + len(markup), len(markup))
        self.pos = (closing if closing >= 0 else opening) + len(markup)

    def inline_html(self, raw: str) -> None:
        found = self.find(raw)
        if found < 0:
            return
        self.html.append((found, raw))
        self.prose.gap(self.offset(found))
        self.pos = found + len(raw)

    def image(self) -> None:
        found = self.find("![")
        if found < 0:
            return
        self.prose.gap(self.offset(found))
        closing = _matching_bracket(self.content, found + 1)
        if closing >= 0:
            self.pos = _skip_destination(self.content, closing + 1)

    def link_open(self, autolink: bool) -> None:
        self.in_autolink = autolink
        if autolink:
            self.prose.gap(self.offset(self.pos))
        self.skip("<" if autolink else "[")

    def link_close(self) -> None:
        if self.in_autolink:
            self.in_autolink = False
            self.skip(">")
            return
        found = self.find("]")
        if found >= 0:
            self.pos = _skip_destination(self.content, found + 1)


def _backtick_run(text: str, start: int, length: int) -> int:
    """Where the next run of exactly ``length`` backticks at or after ``start`` begins, or -1."""
    for run in _BACKTICKS.finditer(text, start):
        if len(run.group()) == length:
            return run.start()
    return -1


def _matching_bracket(text: str, start: int) -> int:
    """Index of the ``]`` closing the ``[`` at ``start``, or -1."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def _skip_destination(text: str, start: int) -> int:
    """Step over a link's ``(destination "title")`` or ``[label]`` after its closing bracket."""
    if text.startswith("[", start):
        closing = text.find("]", start)
        return closing + 1 if closing >= 0 else start
    if not text.startswith("(", start):
        return start
    depth = 0
    quote = ""
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and text[index - 1].isspace():
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return start
