"""Golden tests: each draft under golden/text/ against its ``.expected`` sentence list.

``FACTLINT_REGEN=1 pytest tests/test_text_golden.py`` rewrites the expected files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint.suppress import Suppression, describe
from factlint.text import Document, document_kind, parse_document, read_text

GOLDEN = Path(__file__).parent / "golden" / "text"
DRAFTS = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".md", ".txt"))


def render(document: Document) -> str:
    lines = [f"{s.line}:{s.column}: {s.text}" for s in document.sentences]
    lines += [_render_suppression(s) for s in document.suppressions]
    return "".join(f"{line}\n" for line in lines)


def _render_suppression(suppression: Suppression) -> str:
    covers = f"{suppression.first_line}-{suppression.last_line}"
    reason = f" -- {suppression.reason}" if suppression.reason else ""
    where = f"{suppression.line}:{suppression.column}"
    return f"suppress {where}: {suppression.kind} {covers}: {describe(suppression)}{reason}"


@pytest.mark.parametrize("draft", DRAFTS, ids=[p.name for p in DRAFTS])
def test_golden(draft: Path) -> None:
    document = parse_document(read_text(draft), draft.name, document_kind(draft.name))
    actual = render(document)
    expected_path = draft.with_name(draft.name + ".expected")
    if os.environ.get("FACTLINT_REGEN"):
        expected_path.write_text(actual, encoding="utf-8")
    assert actual == expected_path.read_text(encoding="utf-8")
