"""Tests of the gitignore-style glob patterns used by include and exclude."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from factlint.globs import PatternSet, compile_pattern


@pytest.mark.parametrize(
    ("pattern", "path", "is_dir", "expected"),
    [
        # no slash: the name at any depth
        ("*.md", "a.md", False, True),
        ("*.md", "docs/deep/a.md", False, True),
        ("*.md", "a.mdx", False, False),
        ("drafts", "drafts", True, True),
        ("drafts", "docs/drafts", True, True),
        ("drafts", "drafts", False, True),
        ("?.md", "a.md", False, True),
        ("?.md", "ab.md", False, False),
        # a slash at the start or in the middle anchors to the base
        ("/notes.md", "notes.md", False, True),
        ("/notes.md", "docs/notes.md", False, False),
        ("docs/*.md", "docs/a.md", False, True),
        ("docs/*.md", "docs/sub/a.md", False, False),
        ("docs/*.md", "other/docs/a.md", False, False),
        # ** spans directories
        ("**/tmp", "tmp", True, True),
        ("**/tmp", "a/b/tmp", True, True),
        ("docs/**/draft.md", "docs/draft.md", False, True),
        ("docs/**/draft.md", "docs/a/b/draft.md", False, True),
        ("docs/**", "docs/a/b.md", False, True),
        ("docs/**", "docs", True, False),
        ("**", "anything/at/all.txt", False, True),
        ("a**b.md", "axxb.md", False, True),
        ("a**b.md", "ax/b.md", False, False),
        # a trailing slash matches directories only
        ("drafts/", "drafts", True, True),
        ("drafts/", "drafts", False, False),
        ("docs/old/", "docs/old", True, True),
        # character classes and escapes
        ("[abc].md", "b.md", False, True),
        ("[!abc].md", "b.md", False, False),
        ("[!abc].md", "d.md", False, True),
        ("[a-c]?.txt", "b1.txt", False, True),
        ("[]]x", "]x", False, True),
        ("[unclosed", "[unclosed", False, True),
        ("\\*.md", "*.md", False, True),
        ("\\*.md", "a.md", False, False),
        ("a.md", "aXmd", False, False),  # dots are literal
        ("*", ".hidden", False, True),
    ],
)
def test_pattern_matches(pattern: str, path: str, is_dir: bool, expected: bool) -> None:
    assert compile_pattern(pattern).matches(path, is_dir) is expected


@pytest.mark.parametrize("pattern", ["", "   ", "/", "!keep.md"])
def test_empty_and_negated_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        compile_pattern(pattern)


BASE = PurePosixPath("/repo")


def test_a_directory_match_covers_everything_under_it_when_asked() -> None:
    patterns = PatternSet.compile(["drafts/"], BASE)
    path = BASE / "docs" / "drafts" / "x" / "a.md"
    assert patterns.matches(path, is_dir=False, ancestors=True)
    assert not patterns.matches(path, is_dir=False)
    assert not PatternSet.compile(["drafts/"], BASE).matches(BASE / "drafts", is_dir=False)


def test_paths_outside_the_base_only_match_unanchored_patterns() -> None:
    outside = PurePosixPath("/elsewhere/docs/a.md")
    assert PatternSet.compile(["*.md"], BASE).matches(outside, is_dir=False)
    assert not PatternSet.compile(["docs/*.md"], BASE).matches(outside, is_dir=False)
    assert not PatternSet.compile(["/elsewhere/docs/a.md"], BASE).matches(outside, False)


def test_the_base_itself_matches_nothing() -> None:
    assert not PatternSet.compile(["**"], BASE).matches(BASE, is_dir=True, ancestors=True)
