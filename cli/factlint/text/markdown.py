"""Markdown extraction: the prose of paragraphs, headings, lists, quotes and tables, in place.

Front matter, code (fenced, indented, inline), HTML, URLs, link destinations and
images are left out. Each inline token (a paragraph, a heading, a table cell) is
one prose unit; sentences never run from one into the next.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from factlint.suppress import Directive, html_comments, parse_directive
from factlint.text.inline import walk_inline
from factlint.text.prose import Positions, Prose

_PARSER = MarkdownIt("commonmark").enable("table")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
_CELL_OPENERS = ("th_open", "td_open")


def extract_markdown(text: str, positions: Positions) -> tuple[list[Prose], list[Directive]]:
    """The prose units and ``factlint-*`` directives of a Markdown text."""
    lines = text.split("\n")
    skipped = front_matter_lines(lines)
    tokens = _PARSER.parse("\n".join([""] * skipped + lines[skipped:]))
    units: list[Prose] = []
    directives: list[Directive] = []
    cell_ends: dict[int, int] = {}  # table row line -> where the previous cell was found
    for index, token in enumerate(tokens):
        if token.map is None or token.type not in ("inline", "html_block"):
            continue
        in_cell = index > 0 and tokens[index - 1].type in _CELL_OPENERS
        offsets = _locate(token.content, token.map[0], lines, positions, cell_ends, in_cell)
        if token.type == "html_block":
            directives.extend(_directives(token.content, 0, offsets, positions))
            continue
        prose, inline_html = walk_inline(token.children or [], token.content, offsets)
        units.append(prose)
        for at, raw in inline_html:
            directives.extend(_directives(raw, at, offsets, positions))
    return units, directives


def front_matter_lines(lines: list[str]) -> int:
    """How many lines at the top are YAML (``---``) or TOML (``+++``) front matter."""
    closers = _FRONT_MATTER.get(lines[0].rstrip()) if lines else None
    if closers is None:
        return 0
    for index in range(1, len(lines)):
        if lines[index].rstrip() in closers:
            return index + 1
    return 0


def _directives(raw: str, at: int, offsets: list[int], positions: Positions) -> list[Directive]:
    """Directives in HTML found at index ``at`` of a token's content."""
    found = []
    for start, end, body in html_comments(raw):
        line, column = positions.line_column(offsets[at + start])
        end_line, _ = positions.line_column(offsets[at + end - 1])
        directive = parse_directive(body, line, column, end_line)
        if directive is not None:
            found.append(directive)
    return found


def _locate(
    content: str,
    first_line: int,
    lines: list[str],
    positions: Positions,
    cell_ends: dict[int, int],
    in_cell: bool,
) -> list[int]:
    """The file offset of each character of a token's content, plus one past the end.

    Content lines are source lines with container prefixes (``> ``, list markers,
    indentation) removed, so each is found within its source line.
    """
    offsets: list[int] = []
    for index, part in enumerate(content.split("\n")):
        number = first_line + index
        if number >= len(lines):
            offsets.extend([len(positions.text)] * (len(part) + 1))
            continue
        source = lines[number]
        start = positions.line_starts[number]
        columns = _align(part, source, cell_ends.get(number, 0), suffix=not in_cell)
        if in_cell and columns:
            cell_ends[number] = columns[-1] + 1
        offsets.extend(start + column for column in columns)
        offsets.append(start + len(source))
    return offsets


def _align(part: str, source: str, start: int, suffix: bool) -> list[int]:
    """Columns (0-based) in ``source`` of each character of ``part``."""
    if suffix:
        for candidate in (source, source.rstrip()):
            if candidate.endswith(part):
                first = len(candidate) - len(part)
                return list(range(first, len(candidate)))
    found = source.find(part, start)
    if found >= 0:
        return list(range(found, found + len(part)))
    return _align_characters(part, source, start)


def _align_characters(part: str, source: str, start: int) -> list[int]:
    """Match rewritten content (expanded tabs, unescaped pipes) character by character."""
    columns = []
    last = max(len(source) - 1, 0)
    cursor = start
    for char in part:
        found = cursor if source.startswith(char, cursor) else -1
        if found < 0 and not char.isspace():  # whitespace may be a tab's expansion
            found = source.find(char, cursor)
        columns.append(found if found >= 0 else min(cursor, last))
        cursor = found + 1 if found >= 0 else cursor
    return columns
