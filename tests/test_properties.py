"""Properties that hold on any text: the sentence splitter, Markdown and plain-text extraction,
normalisation and the whole check never raise, place every sentence inside the original
file (with its BOM, CRLF or lone CR), and give the same verdicts when run again.

Sentences carry 1-based line and column positions; the tests turn them back into
offsets in the original text and compare what is there with the reported sentence.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factlint.engine import Checker, check_text
from factlint.errors import InputError
from factlint.facts import load_facts
from factlint.model import Finding, Sentence
from factlint.reading.clean import clean, fold
from factlint.reading.numbers import parse_number_words, parse_numeral
from factlint.reading.words import stem
from factlint.text import decode_text, parse_document, split_sentences
from factlint.text.prose import Positions

FACTS = load_facts()
CHECKER = Checker(FACTS)
# FACTLINT_PROPERTY_EXAMPLES=5000 runs them harder (benchmarks/fuzz.py goes further still).
SETTINGS = settings(
    max_examples=int(os.environ.get("FACTLINT_PROPERTY_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces of prose the facts speak about, with Markdown and punctuation around them, so
# that generated drafts get every verdict, not only "unverified".
PIECES = [
    "Chang'e-7", "Chang'e-8", "NASA", "China", "the U.S.", "Russia", "29", "31", "2026", "2029",
    "countries", "signed", "have signed", "the Artemis Accords", "will fly in", "in", "not",
    "about", "more than", "Sept. 6", "the ILRS", "partners", "300 meters", "twenty-nine",
    ".", ". ", "! ", "? ", ", ", "; ", ": ", " - ", " ", "  ", "\n", "\n\n", "\t",
    "# ", "- ", "1. ", "> ", "* ", "**", "_", "`", "```\n", "    ", "[", "](http://x.org)",
    "![i](a.png)", "<b>", "<!-- factlint-disable -->", "<!--", "-->", "| a | b |\n|---|---|\n",
    "&amp;", "&#65;", "\\", "\\*", "https://example.com/a.b", "www.x.org", "e.g.", "Dr.",
    "...", "…", "“", "”", "'", '"', "(", ")", "é", "月", "\u00a0", "\u2014", "\ufeff",
    "---\ntitle: x\n---\n",
]  # fmt: skip
drafts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=200),
)
newlines = st.sampled_from(["\n", "\r\n", "\r"])
kinds = st.sampled_from(["markdown", "text"])


def file_lines(original: str) -> list[str]:
    """The lines of a file as an editor numbers them: any of CRLF, CR or LF ends one."""
    return re.split(r"\r\n|\r|\n", original.removeprefix("\ufeff"))


def span(original: str, sentence: Sentence) -> tuple[int, int]:
    """``[start, end)`` of a sentence in ``original`` (without its BOM), from line:column."""
    text = original.removeprefix("\ufeff")
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    start = starts[sentence.line - 1] + sentence.column - 1
    end = starts[sentence.end_line - 1] + sentence.end_column
    return start, end


def inside(original: str, sentence: Sentence) -> str:
    """What the file holds where a sentence is said to be; checks the place is in the file."""
    lines = file_lines(original)
    assert 1 <= sentence.line <= sentence.end_line <= len(lines)
    assert 1 <= sentence.column <= len(lines[sentence.line - 1])
    assert 1 <= sentence.end_column <= len(lines[sentence.end_line - 1])
    start, end = span(original, sentence)
    text = original.removeprefix("\ufeff")
    assert 0 <= start < end <= len(text)
    return text[start:end]


def written_as(char: str, in_file: str) -> bool:
    """Whether Markdown may show ``in_file`` as ``char``: itself, an entity placed at its
    '&' (``&#65;``), or a NUL that Markdown reads as U+FFFD."""
    return in_file in (char, "&") or (in_file, char) == ("\0", "\ufffd")


def collapse(text: str) -> str:
    return " ".join(text.split())


_URL = re.compile(r"\b(?:https?://|ftp://|www\.)")


def verdicts(findings: list[Finding]) -> list[tuple[int, int, str, str | None]]:
    return [
        (f.sentence.line, f.sentence.column, f.verdict.value, f.claim.id if f.claim else None)
        for f in findings
    ]


@SETTINGS
@given(drafts)
def test_sentence_spans_are_ordered_stripped_and_inside(text: str) -> None:
    previous = 0
    for start, end in split_sentences(text):
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end


@SETTINGS
@given(drafts, newlines, st.booleans())
def test_plain_text_sentences_are_the_text_at_their_positions(
    text: str, newline: str, bom: bool
) -> None:
    assume(not _URL.search(text))  # a URL is left out of the sentence, by design
    original = ("\ufeff" if bom else "") + text.replace("\n", newline)
    document = parse_document(original, "draft.txt", "text")
    for sentence in document.sentences:
        assert collapse(inside(original, sentence)) == sentence.text


@SETTINGS
@given(drafts, newlines, st.booleans())
def test_markdown_sentences_start_and_end_at_their_positions(
    text: str, newline: str, bom: bool
) -> None:
    original = ("\ufeff" if bom else "") + text.replace("\n", newline)
    document = parse_document(original, "draft.md", "markdown")
    for sentence in document.sentences:
        found = inside(original, sentence)
        assert sentence.text == sentence.text.strip() != ""
        # Markup is left out and entities decoded, so only the ends must match the file.
        assert written_as(sentence.text[0], found[0])
        assert written_as(sentence.text[-1], found[-1]) or found.endswith(";")


@SETTINGS
@given(drafts, newlines, st.booleans(), kinds)
def test_the_check_places_every_finding_and_repeats_itself(
    text: str, newline: str, bom: bool, kind: str
) -> None:
    original = ("\ufeff" if bom else "") + text.replace("\n", newline)
    try:
        content = decode_text(original.encode("utf-8", "surrogatepass"), "draft")
    except InputError:  # NUL bytes, lone surrogates: refused as a whole, with a position
        return
    markdown = kind == "markdown"
    first = check_text(content, FACTS, path="draft", markdown=markdown)
    for finding in first:
        inside(original, finding.sentence)
        assert finding.verdict.value in ("supported", "contradicted", "outdated", "unverified")
    again = check_text(content, FACTS, path="draft", markdown=markdown)
    fresh = CHECKER.check_sentences(parse_document(content, "draft", kind).sentences)
    assert verdicts(first) == verdicts(again) == verdicts(fresh)


@SETTINGS
@given(st.text(max_size=300))
def test_extraction_offsets_point_into_the_text(text: str) -> None:
    from factlint.text.markdown import extract_markdown
    from factlint.text.plain import extract_plain

    text = text.replace("\r", "\n")
    positions = Positions(text)
    for extract in (extract_markdown, extract_plain):
        units, _ = extract(text, positions)
        for unit in units:
            assert len(unit.offsets) == len(unit.text)
            assert all(0 <= offset <= len(text) for offset in unit.offsets)


@SETTINGS
@given(st.text(max_size=100))
def test_normalisation_never_raises(text: str) -> None:
    assert isinstance(clean(text), str)
    assert fold(fold(text)) == fold(text)
    assert isinstance(stem(text), str)
    number = parse_numeral(text)
    assert number is None or isinstance(number, float)
    words = text.lower().split()
    if words:
        parsed = parse_number_words(words)
        assert parsed is None or 0 < parsed[1] <= len(words)
