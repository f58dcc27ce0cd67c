"""Tests for Markdown extraction: what is prose, and where each sentence sits in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.model import Sentence
from factlint.text import document_kind, parse_document, read_text

GOLDEN = Path(__file__).parent / "golden" / "text"
DEV_DRAFT = GOLDEN / "dev_draft.md"  # a copy of the shared eval draft


def parse(text: str) -> list[Sentence]:
    return list(parse_document(text, "draft.md", "markdown").sentences)


def where(text: str) -> list[tuple[int, int, int, int, str]]:
    return [(s.line, s.column, s.end_line, s.end_column, s.text) for s in parse(text)]


def test_dev_draft() -> None:
    found = parse_document(read_text(DEV_DRAFT), str(DEV_DRAFT), "markdown").sentences
    lines = {s.line for s in found}
    assert not lines & {1, 2, 3, 4, 5, 19, 24}
    starts = {(s.line, s.column): s.text for s in found}
    assert starts[(10, 7)] == (
        "The station is meant to start operations in 2030, and the Chang'e-7 mission will fly"
        " in 2028."
    )
    assert (13, 3) in starts
    assert starts[(16, 3)] == (
        "The ILRS partners include Russia, Venezuela and Japan, an official said."
    )
    assert sum(1 for s in found if s.line == 22) == 3
    (link,) = [s for s in found if s.line == 26]
    assert link.text == "Read the CNSA statement on Chang'e-8 for details."


def test_wrapped_sentence_keeps_start_and_end() -> None:
    text = "First line\nwraps here. Next one\nends.\n"
    assert where(text) == [
        (1, 1, 2, 11, "First line wraps here."),
        (2, 13, 3, 5, "Next one ends."),
    ]


def test_emphasis_markers_are_not_text() -> None:
    assert where("**29** countries _signed_.") == [(1, 3, 1, 26, "29 countries signed.")]


def test_list_and_quote_prefixes_are_not_text() -> None:
    assert where("* Item one.\n\n> Quoted.\n\n1. Numbered.\n")[0][:2] == (1, 3)
    assert [s[:2] for s in where("* Item one.\n\n> Quoted.\n\n1. Numbered.\n")] == [
        (1, 3),
        (3, 3),
        (5, 4),
    ]


def test_columns_count_characters() -> None:
    assert where("日本 — done. Next.")[1][:2] == (1, 12)


def test_link_destination_and_title_are_not_text() -> None:
    (sentence,) = parse('A [link 2019](https://x.org/2020 "Title 2021") here.')
    assert sentence.text == "A link 2019 here."


@pytest.mark.parametrize(
    "text",
    [
        "```\nIn 2019 it flew.\n```\n",
        "    In 2019 it flew.\n",
        "<!-- In 2019 it flew. -->\n",
        "<div>\nIn 2019 it flew.\n</div>\n",
        "---\ntitle: In 2019 it flew.\n---\n",
        "+++\ntitle = 'In 2019 it flew.'\n+++\n",
        "<https://example.org/2019>\n",
        "https://example.org/2019\n",
        "![In 2019 it flew](a.png)\n",
        "`In 2019 it flew.`\n",
    ],
)
def test_not_prose(text: str) -> None:
    assert parse(text) == []


def test_front_matter_needs_a_closing_line() -> None:
    assert [s.text for s in parse("---\nNot front matter.\n")] == ["Not front matter."]


def test_headings_and_cells_are_their_own_units() -> None:
    text = "# Heading\nBody text.\n\n| a | b |\n|---|---|\n| c | d |\n"
    assert [s.text for s in parse(text)] == ["Heading", "Body text.", "a", "b", "c", "d"]


def test_crlf_and_bom_give_the_same_positions() -> None:
    plain = "# Title\n\nOne line\nwraps. Two.\n"
    assert where("\ufeff" + plain.replace("\n", "\r\n")) == where(plain)


def test_document_kind() -> None:
    assert document_kind("draft.md") == "markdown"
    assert document_kind("notes/DRAFT.Markdown") == "markdown"
    assert document_kind("draft.txt") == "text"
    assert document_kind("-") == "text"
    assert document_kind("<text>") == "text"


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown document kind"):
        parse_document("Text.", "x", "rst")


def _first_and_last_characters_match(text: str, sentences: list[Sentence]) -> None:
    lines = text.split("\n")
    for sentence in sentences:
        assert 1 <= sentence.line <= sentence.end_line <= len(lines)
        assert lines[sentence.line - 1][sentence.column - 1] == sentence.text[0]
        assert lines[sentence.end_line - 1][sentence.end_column - 1] == sentence.text[-1]


@pytest.mark.parametrize("draft", sorted(GOLDEN.glob("*.md")), ids=lambda p: p.name)
def test_positions_point_at_the_sentence(draft: Path) -> None:
    text = read_text(draft)
    _first_and_last_characters_match(text, parse(text))


_MARKDOWN = st.sampled_from(
    ["Word", " ", "\n", "\n\n", ". ", "U.S. ", "* ", "> ", "# ", "`", "**", "_", "[", "]",
     "(", ")", "<", ">", "!", "|", "---", "\\", "&amp;", "<!-- x -->", "1. ", "    ", "\t",
     "https://x.org/1 ", "“", "é"]
)  # fmt: skip


@given(st.lists(_MARKDOWN, max_size=40).map("".join))
def test_any_markdown_gives_sentences_inside_the_file(text: str) -> None:
    document = parse_document(text, "draft.md", "markdown")
    lines = text.split("\n")
    for sentence in document.sentences:
        assert sentence.text == sentence.text.strip() != ""
        assert 1 <= sentence.line <= sentence.end_line <= len(lines)
        assert 1 <= sentence.column <= len(lines[sentence.line - 1])
