"""Documents: a draft's sentences and suppressions, from Markdown or plain text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from factlint.model import Sentence
from factlint.suppress import Directive, Suppression, build_suppressions
from factlint.text.plain import extract_plain
from factlint.text.prose import Positions, Prose, sentences_in
from factlint.text.read import normalize_newlines

MARKDOWN_SUFFIXES = (".md", ".markdown")


def _extract_markdown(text: str, positions: Positions) -> tuple[list[Prose], list[Directive]]:
    from factlint.text.markdown import extract_markdown  # markdown-it, only when needed

    return extract_markdown(text, positions)


_EXTRACTORS = {"markdown": _extract_markdown, "text": extract_plain}


@dataclass(frozen=True)
class Document:
    """The sentences a draft holds and the suppression comments in it."""

    path: str
    sentences: tuple[Sentence, ...]
    suppressions: tuple[Suppression, ...]
    text: str = ""  # the text as read: no BOM, line ends as "\n"; sentence offsets point into it


def document_kind(path: str) -> str:
    """``"markdown"`` for ``.md`` and ``.markdown`` files, ``"text"`` for anything else."""
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def parse_document(text: str, path: str, kind: str) -> Document:
    """Find the sentences and suppressions of ``text``; ``kind`` is ``"markdown"`` or ``"text"``."""
    extract = _EXTRACTORS.get(kind)
    if extract is None:
        raise ValueError(f"unknown document kind {kind!r}; expected 'markdown' or 'text'")
    text = normalize_newlines(text.removeprefix("\ufeff"))
    positions = Positions(text)
    units, directives = extract(text, positions)
    sentences = tuple(s for unit in units for s in sentences_in(unit, positions, path))
    prose_lines = {n for s in sentences for n in range(s.line, s.end_line + 1)}
    suppressions = build_suppressions(directives, prose_lines, positions.line_count)
    return Document(path, sentences, suppressions, text)
