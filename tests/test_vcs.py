"""Tests of ``factlint.vcs`` and ``factlint.changed``: which lines changed since a revision,
read from real git repositories made in the test, and the findings kept for them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cli_helpers import commit, git, git_repository, write
from factlint.changed import changed_files, only_changed
from factlint.errors import VcsError
from factlint.model import Finding, Notice, Report, Sentence, Verdict
from factlint.vcs import ChangedLines, changed_since
from factlint.vcs.changes import parse_diff

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

# --- reading a patch ---------------------------------------------------------------------


def test_hunks_give_the_new_sides_lines() -> None:
    patch = (
        b"diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n"
        b"@@ -1 +1 @@\n-x\n+y\n@@ -10,0 +11,3 @@\n+a\n+b\n+c\n@@ -20,2 +23 @@\n-p\n-q\n+r\n"
    )
    assert parse_diff(patch) == {"a.md": frozenset({1, 11, 12, 13, 23})}


def test_a_removal_marks_the_lines_on_either_side() -> None:
    patch = b"--- a/a.md\n+++ b/a.md\n@@ -5 +4,0 @@\n-gone\n@@ -1 +0,0 @@\n-first\n"
    assert parse_diff(patch) == {"a.md": frozenset({4, 5, 1})}


def test_deleted_and_binary_files_have_no_lines() -> None:
    patch = (
        b"--- a/old.md\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n"
        b"diff --git a/img.png b/img.png\nBinary files a/img.png and b/img.png differ\n"
    )
    assert parse_diff(patch) == {}


def test_quoted_and_spaced_names_are_read() -> None:
    patch = (
        b'+++ "b/caf\\303\\251 \\"x\\".md"\n@@ -0,0 +1 @@\n+a\n'
        b"+++ b/my notes.md\t\n@@ -0,0 +2 @@\n+a\n"
    )
    assert parse_diff(patch) == {'café "x".md': frozenset({1}), "my notes.md": frozenset({2})}


# --- asking git --------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with one commit: ``a.md`` (five lines) and ``b.md``."""
    root = git_repository(tmp_path / "repo")
    write(root, "a.md", "one\n\ntwo\n\nthree\n")
    write(root, "b.md", "unchanged\n")
    commit(root, "first")
    return root


def test_committed_staged_and_unstaged_changes_count(repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD").strip()
    write(repo, "a.md", "one\n\nTWO\n\nthree\n")
    commit(repo, "second")  # line 3, committed since
    write(repo, "a.md", "ONE\n\nTWO\n\nthree\n")
    git(repo, "add", "a.md")  # line 1, staged
    write(repo, "a.md", "ONE\n\nTWO\n\nTHREE\n")  # line 5, not staged
    changes = changed_since(base, repo)
    assert changes.lines(repo / "a.md") == frozenset({1, 3, 5})
    assert not changes.has(repo / "b.md")


def test_untracked_files_count_whole_and_ignored_ones_not(repo: Path) -> None:
    write(repo, ".gitignore", "build/\n")
    write(repo, "new.md", "all new\n")
    write(repo, "build/out.md", "generated\n")
    changes = changed_since("HEAD", repo)
    assert changes.lines(repo / "new.md") is None
    assert changes.touches(repo / "new.md", 7, 7)
    assert not changes.has(repo / "build" / "out.md")


def test_paths_are_matched_from_a_subdirectory(repo: Path) -> None:
    write(repo, "docs/c.md", "x\n")
    commit(repo)
    write(repo, "docs/c.md", "y\n")
    changes = changed_since("HEAD", repo / "docs")
    assert changes.touches(repo / "docs" / "c.md", 1, 1)


def test_changes_are_counted_from_where_the_branches_part(repo: Path) -> None:
    # main moves on after the branch starts: its own change is not the branch's.
    git(repo, "checkout", "-q", "-b", "topic")
    write(repo, "b.md", "changed on the branch\n")
    commit(repo, "topic")
    git(repo, "checkout", "-q", "main")
    write(repo, "a.md", "one\n\ntwo\n\nthree\nfour on main\n")
    commit(repo, "main moves")
    git(repo, "checkout", "-q", "topic")
    changes = changed_since("main", repo)
    assert changes.has(repo / "b.md")
    assert not changes.has(repo / "a.md")


def test_a_renamed_file_keeps_its_unchanged_lines(repo: Path) -> None:
    git(repo, "mv", "a.md", "renamed.md")
    write(repo, "renamed.md", "one\n\ntwo\n\nthree!\n")
    changes = changed_since("HEAD", repo)
    assert changes.lines(repo / "renamed.md") == frozenset({5})


@pytest.mark.parametrize("ref", ["no-such-branch", "--output=x", ""])
def test_an_unknown_revision_is_an_error(repo: Path, ref: str) -> None:
    with pytest.raises(VcsError, match="unknown git revision"):
        changed_since(ref, repo)
    assert not (repo / "x").exists()


def test_outside_a_repository_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plain").mkdir()
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # whatever holds tmp_path
    with pytest.raises(VcsError, match="not inside a git repository"):
        changed_since("HEAD", tmp_path / "plain")


def test_no_git_installed_is_an_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo / "no-bin-here"))
    with pytest.raises(VcsError, match="git is not installed"):
        changed_since("HEAD", repo)


# --- keeping what changed ----------------------------------------------------------------


def found(path: str, line: int, end_line: int | None = None) -> Finding:
    sentence = Sentence("Words.", path, line, 1, end_line or line, 6)
    return Finding(sentence, Verdict.CONTRADICTED)


def test_only_findings_that_touch_a_changed_line_are_kept(tmp_path: Path) -> None:
    changes = ChangedLines({str(tmp_path / "a.md"): frozenset({5}), str(tmp_path / "n.md"): None})
    report = Report(
        (found("a.md", 1), found("a.md", 4, 6), found("a.md", 9), found("n.md", 30)),
        2,
        notices=(
            Notice("a.md", 2, 1, "unused", "unused-suppression"),
            Notice("base.json", 3, 5, "unused entry", "unused-baseline-entry"),
        ),
        paths=("a.md", "n.md"),
    )
    kept = only_changed(report, changes, tmp_path)
    assert [(f.sentence.path, f.sentence.line) for f in kept.findings] == [
        ("a.md", 4),
        ("n.md", 30),
    ]
    assert [n.path for n in kept.notices] == ["base.json"]  # not a checked file: kept


def test_standard_input_and_text_are_kept_whole(tmp_path: Path) -> None:
    changes = ChangedLines({str(tmp_path / "a.md"): frozenset({5})})
    report = Report((found("a.md", 1), found("<text>", 1)), 1, texts=1, paths=("a.md",))
    kept = only_changed(report, changes, tmp_path, whole=("a.md",))  # a.md came from stdin
    assert len(kept.findings) == 2


def test_unchanged_files_are_not_checked(tmp_path: Path) -> None:
    changes = ChangedLines({os.path.realpath(tmp_path / "docs" / "a.md"): frozenset({1})})
    files = ["docs/a.md", "docs/b.md", "-"]
    assert changed_files(files, changes, tmp_path) == ["docs/a.md", "-"]
