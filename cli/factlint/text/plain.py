"""Plain-text extraction: paragraphs split by blank lines, with ``#``/``//`` directive lines."""

from __future__ import annotations

from factlint.suppress import LINE_COMMENT, Directive, parse_directive
from factlint.text.prose import Positions, Prose, ProseBuilder


def extract_plain(text: str, positions: Positions) -> tuple[list[Prose], list[Directive]]:
    """The paragraphs and ``factlint-*`` directives of a plain text.

    A directive line ends the paragraph before it, like a blank line.
    """
    units: list[Prose] = []
    directives: list[Directive] = []
    paragraph = ProseBuilder()
    for number, line in enumerate(text.split("\n"), start=1):
        start = positions.offset(number)
        directive = _line_directive(line, number)
        if directive is None and line.strip():
            paragraph.add_text(line, start)
            paragraph.add(" ", start + len(line))
            continue
        if directive is not None:
            directives.append(directive)
        _flush(paragraph, units)
        paragraph = ProseBuilder()
    _flush(paragraph, units)
    return units, directives


def _line_directive(line: str, number: int) -> Directive | None:
    comment = LINE_COMMENT.fullmatch(line)
    if comment is None:
        return None
    column = len(line) - len(line.lstrip()) + 1
    return parse_directive(comment.group(1), number, column)


def _flush(paragraph: ProseBuilder, units: list[Prose]) -> None:
    prose = paragraph.build()
    if prose.text.strip():
        units.append(prose)
