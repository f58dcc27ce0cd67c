"""Tests for plain-text extraction: paragraphs, wrapped lines and directive lines."""

from __future__ import annotations

from factlint.text import parse_document


def where(text: str) -> list[tuple[int, int, int, int, str]]:
    document = parse_document(text, "draft.txt", "text")
    return [(s.line, s.column, s.end_line, s.end_column, s.text) for s in document.sentences]


def test_paragraphs_and_wrapped_lines() -> None:
    text = "One line\n  wraps here. Two.\n\n   Indented paragraph.\n"
    assert where(text) == [
        (1, 1, 2, 13, "One line wraps here."),
        (2, 15, 2, 18, "Two."),
        (4, 4, 4, 22, "Indented paragraph."),
    ]


def test_blank_lines_end_a_paragraph() -> None:
    assert [s[4] for s in where("No stop here\n\nNext paragraph")] == [
        "No stop here",
        "Next paragraph",
    ]


def test_directive_line_is_not_prose_and_ends_the_paragraph() -> None:
    text = "Before it\n# factlint-disable-next-line\nAfter it.\n"
    document = parse_document(text, "draft.txt", "text")
    assert [s.text for s in document.sentences] == ["Before it", "After it."]
    (suppression,) = document.suppressions
    assert (suppression.line, suppression.first_line) == (2, 3)


def test_comment_lines_without_a_directive_are_prose() -> None:
    assert [s[4] for s in where("# Heading\n// note")] == ["# Heading // note"]


def test_slash_directive_with_indent() -> None:
    document = parse_document("  // factlint-disable-file\nText.\n", "draft.txt", "text")
    (suppression,) = document.suppressions
    assert (suppression.kind, suppression.line, suppression.column) == ("file", 1, 3)


def test_bare_urls_are_left_out() -> None:
    assert [s[4] for s in where("See https://example.org/2019. Done.")] == ["See .", "Done."]
