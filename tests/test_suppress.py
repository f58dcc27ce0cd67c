"""Tests for suppression comments: every directive form, the lines each covers, unused ones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.model import Claim, Finding, Sentence, Verdict
from factlint.suppress import (
    FILE_END,
    Directive,
    Suppression,
    apply_suppressions,
    build_suppressions,
    html_comments,
    parse_directive,
)
from factlint.text import parse_document


def suppressions(text: str, kind: str = "markdown") -> list[tuple[str, int, int, int]]:
    document = parse_document(text, "draft", kind)
    return [(s.kind, s.line, s.first_line, s.last_line) for s in document.suppressions]


# -- reading directives -------------------------------------------------------


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        (" factlint-disable-next-line ", ("disable-next-line", (), None)),
        (" factlint-disable-next-line a-1 b_2 ", ("disable-next-line", ("a-1", "b_2"), None)),
        ("factlint-disable a, b,c -- why not", ("disable", ("a", "b", "c"), "why not")),
        (" factlint-disable -- reason only ", ("disable", (), "reason only")),
        (" factlint-disable-file claim-id--x ", ("disable-file", ("claim-id--x",), None)),
        (" factlint-enable ", ("enable", (), None)),
        (" factlint-disable x -- ", ("disable", ("x",), None)),
        ("\nfactlint-disable\n  x\n", ("disable", ("x",), None)),
    ],
)
def test_parse_directive(comment: str, expected: tuple[str, tuple[str, ...], str | None]) -> None:
    directive = parse_directive(comment, 3, 1)
    assert directive is not None
    assert (directive.action, directive.claim_ids, directive.reason) == expected
    assert (directive.line, directive.end_line) == (3, 3)


@pytest.mark.parametrize(
    "comment", [" just a note ", " factlint-disabled ", " factlint ", " see factlint-disable "]
)
def test_not_a_directive(comment: str) -> None:
    assert parse_directive(comment) is None


# -- the lines each directive covers --------------------------------------------


def test_next_line_covers_the_next_prose_line() -> None:
    text = "<!-- factlint-disable-next-line -->\n\n```\ncode\n```\n\nProse here.\n"
    assert suppressions(text) == [("next-line", 1, 7, 7)]


def test_next_line_directly_above_a_paragraph() -> None:
    text = "Intro.\n<!-- factlint-disable-next-line x -->\nProse here.\n"
    assert suppressions(text) == [("next-line", 2, 3, 3)]


def test_next_line_with_nothing_after_covers_nothing() -> None:
    assert suppressions("Text.\n<!-- factlint-disable-next-line -->\n") == [("next-line", 2, 3, 3)]


def test_multi_line_comment_counts_from_its_last_line() -> None:
    text = "<!--\nfactlint-disable-next-line\n-->\nProse.\n"
    assert suppressions(text) == [("next-line", 1, 4, 4)]


def test_range_until_enable() -> None:
    text = "<!-- factlint-disable -->\nOne.\n\nTwo.\n<!-- factlint-enable -->\nThree.\n"
    assert suppressions(text) == [("range", 1, 2, 5)]


def test_unclosed_range_runs_to_end_of_file() -> None:
    assert suppressions("<!-- factlint-disable -->\nOne.\n\nTwo.\n") == [("range", 1, 2, 4)]


def test_enable_with_ids_closes_only_matching_ranges() -> None:
    text = (
        "<!-- factlint-disable a -->\n<!-- factlint-disable b -->\nText.\n"
        "<!-- factlint-enable b -->\nMore.\n"
    )
    document = parse_document(text, "draft", "markdown")
    covered = {s.claim_ids: (s.first_line, s.last_line) for s in document.suppressions}
    assert covered == {("a",): (2, 5), ("b",): (3, 4)}


def test_file_directive() -> None:
    assert suppressions("Text.\n<!-- factlint-disable-file -->\n") == [("file", 2, 1, FILE_END)]


def test_inline_directive_has_its_column() -> None:
    document = parse_document("Text <!-- factlint-disable-next-line -->\nmore.\n", "d", "markdown")
    (suppression,) = document.suppressions
    assert (suppression.line, suppression.column, suppression.first_line) == (1, 6, 2)


@pytest.mark.parametrize(
    "text",
    [
        "```\n<!-- factlint-disable-file -->\n```\n",
        "    <!-- factlint-disable-file -->\n",
        "`<!-- factlint-disable-file -->`\n",
        "---\nnote: <!-- factlint-disable-file -->\n---\n",
    ],
)
def test_directives_in_code_and_front_matter_are_ignored(text: str) -> None:
    assert suppressions(text) == []


def test_plain_text_directives() -> None:
    text = (
        "# factlint-disable-next-line artemis-count -- quoting the 2021 article\n"
        "As of 2021, 12 countries had signed.\n"
        "// factlint-disable\nA.\n# factlint-enable\n"
    )
    document = parse_document(text, "draft.txt", "text")
    first, second = document.suppressions
    assert first == Suppression(
        "next-line", 1, 1, 2, 2, ("artemis-count",), "quoting the 2021 article"
    )
    assert (second.kind, second.first_line, second.last_line) == ("range", 4, 5)


def test_build_sorts_by_position() -> None:
    directives = [
        Directive("disable-file", (), None, 9, 1, 9),
        Directive("disable-next-line", (), None, 2, 1, 2),
    ]
    built = build_suppressions(directives, {3}, 10)
    assert [s.line for s in built] == [2, 9]


# -- applying them to findings --------------------------------------------------


def _finding(
    line: int,
    verdict: Verdict = Verdict.CONTRADICTED,
    claim: str | None = "artemis-count",
    path: str = "draft.md",
    end_line: int | None = None,
    related: tuple[str, ...] = (),
) -> Finding:
    sentence = Sentence("Text.", path, line, 1, end_line or line, 5)
    return Finding(
        sentence,
        verdict,
        claim=Claim(claim, "A claim.", ()) if claim else None,
        related=tuple(_finding(line, claim=r, path=path) for r in related),
    )


def _suppression(
    first: int, last: int, *claim_ids: str, kind: str = "next-line", line: int = 1
) -> Suppression:
    return Suppression(kind, line, 1, first, last, claim_ids, None)


def test_suppresses_contradicted_and_outdated_in_range() -> None:
    findings = [_finding(3), _finding(3, Verdict.OUTDATED), _finding(4)]
    result, notices = apply_suppressions(findings, [_suppression(3, 3)], "draft.md")
    assert [f.suppressed for f in result] == [True, True, False]
    assert notices == []


def test_supported_and_unverified_are_never_suppressed() -> None:
    findings = [_finding(3, Verdict.SUPPORTED), _finding(3, Verdict.UNVERIFIED, claim=None)]
    result, notices = apply_suppressions(findings, [_suppression(3, 3)], "draft.md")
    assert not any(f.suppressed for f in result)
    assert len(notices) == 1


def test_multi_line_sentence_overlapping_the_range() -> None:
    result, _ = apply_suppressions([_finding(2, end_line=4)], [_suppression(4, 4)], "draft.md")
    assert result[0].suppressed


def test_claim_ids_limit_the_suppression() -> None:
    findings = [_finding(3, claim="artemis-count"), _finding(3, claim="ilrs-members")]
    result, notices = apply_suppressions(findings, [_suppression(3, 3, "ilrs-members")], "draft.md")
    assert [f.suppressed for f in result] == [False, True]
    assert notices == []


def test_related_claim_ids_count() -> None:
    finding = _finding(3, claim="a", related=("b",))
    result, notices = apply_suppressions([finding], [_suppression(3, 3, "b")], "draft.md")
    assert result[0].suppressed
    assert notices == []


def test_findings_of_other_paths_are_untouched() -> None:
    other = _finding(3, path="other.md")
    result, notices = apply_suppressions([other], [_suppression(1, FILE_END)], "draft.md")
    assert result == [other]
    assert len(notices) == 1


def test_unused_suppressions_give_notices() -> None:
    used = _suppression(3, 3, line=2)
    unused = [
        _suppression(9, 9, "artemis-count", "x", line=8),
        Suppression("range", 10, 4, 11, 12, (), "why"),
        _suppression(1, FILE_END, "other", kind="file"),
    ]
    _, notices = apply_suppressions([_finding(3)], [used, *unused], "draft.md")
    assert [(n.path, n.line, n.column, n.code) for n in notices] == [
        ("draft.md", 8, 1, "unused-suppression"),
        ("draft.md", 10, 4, "unused-suppression"),
        ("draft.md", 1, 1, "unused-suppression"),
    ]
    assert notices[0].message == (
        "unused suppression: factlint-disable-next-line artemis-count x suppresses nothing"
    )
    assert notices[1].message == "unused suppression: factlint-disable suppresses nothing"
    assert "factlint-disable-file other" in notices[2].message


def test_end_to_end_with_a_parsed_document() -> None:
    text = "<!-- factlint-disable-next-line artemis-count -- quoting -->\nIn 2021, 12 signed.\n"
    document = parse_document(text, "draft.md", "markdown")
    (sentence,) = document.sentences
    finding = Finding(sentence, Verdict.OUTDATED, claim=Claim("artemis-count", "x", ()))
    result, notices = apply_suppressions([finding], document.suppressions, "draft.md")
    assert result[0].suppressed
    assert notices == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["<!--", "-->", "<!-->", "<", "!", "-", ">", "a", "\n"])).map("".join)
)
def test_html_comments_are_found_as_the_regex_finds_them(html: str) -> None:
    expected = [(m.start(), m.end(), m.group(1)) for m in re.finditer("<!--(.*?)-->", html, re.S)]
    assert list(html_comments(html)) == expected


def test_unclosed_comments_are_scanned_once() -> None:
    assert list(html_comments("<!-- " * 200_000)) == []  # the regex: hours
    html = "<!-- " * 200_000 + "<!-- factlint-disable -->"
    assert list(html_comments(html)) == [(0, len(html), html[4:-3])]
