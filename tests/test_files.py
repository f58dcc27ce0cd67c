"""Tests of collecting the files to check: walking, include/exclude, .gitignore, explicit paths."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from factlint.config import Config
from factlint.files import collect_files, git_ignored
from factlint.model import Problem

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Text.\n", encoding="utf-8")


DEFAULTS = Config()


def collect(paths: list[str], config: Config = DEFAULTS, force_exclude: bool = False) -> list[str]:
    files, problems = collect_files(paths, config, force_exclude=force_exclude)
    assert problems == []
    return files


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    touch(
        tmp_path,
        "README.md",
        "notes.txt",
        "image.png",
        "docs/guide.md",
        "docs/notes.markdown",
        "docs/drafts/wip.md",
        "docs/deep/er/page.md",
        ".github/issue.md",
        "node/.cache/x.md",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_directory_is_walked_for_included_files(tree: Path) -> None:
    assert collect(["."]) == [
        "README.md",
        "docs/deep/er/page.md",
        "docs/drafts/wip.md",
        "docs/guide.md",
        "docs/notes.markdown",
        "notes.txt",
    ]


def test_a_walk_keeps_the_spelling_of_its_root(tree: Path) -> None:
    assert collect(["docs/deep"]) == ["docs/deep/er/page.md"]
    assert collect(["./docs/deep/"]) == ["docs/deep/er/page.md"]
    assert collect([str(tree / "docs" / "deep")]) == [str(tree / "docs/deep/er/page.md")]


def test_include_replaces_the_defaults(tree: Path) -> None:
    assert collect(["."], Config(include=("*.txt", "*.png"))) == ["image.png", "notes.txt"]


def test_include_patterns_with_a_slash_are_anchored(tree: Path) -> None:
    assert collect(["."], Config(include=("docs/*.md",))) == ["docs/guide.md"]
    assert collect(["."], Config(include=("docs/**/*.md",))) == [
        "docs/deep/er/page.md",
        "docs/drafts/wip.md",
        "docs/guide.md",
    ]


def test_exclude_names_and_directories(tree: Path) -> None:
    config = Config(exclude=("drafts/", "README.md", "deep"))
    assert collect(["."], config) == ["docs/guide.md", "docs/notes.markdown", "notes.txt"]


def test_exclude_patterns_are_anchored_to_the_config_files_directory(tree: Path) -> None:
    config = Config(exclude=("/guide.md", "deep/**"), path=tree / "docs" / ".factlint.toml")
    assert collect(["docs"], config) == ["docs/drafts/wip.md", "docs/notes.markdown"]


def test_hidden_directories_are_skipped(tree: Path) -> None:
    assert collect(["node"]) == []
    assert ".github/issue.md" not in collect(["."])


def test_a_hidden_directory_named_explicitly_is_walked(tree: Path) -> None:
    assert collect([".github"]) == [".github/issue.md"]


def test_explicit_files_are_kept_even_if_excluded_or_not_included(tree: Path) -> None:
    config = Config(exclude=("drafts/", "*.png"))
    assert collect(["image.png", "docs/drafts/wip.md"], config) == [
        "docs/drafts/wip.md",
        "image.png",
    ]


def test_force_exclude_applies_exclude_to_explicit_paths(tree: Path) -> None:
    config = Config(exclude=("drafts/", "*.png"))
    given = ["image.png", "docs/drafts/wip.md", "docs/drafts", "README.md"]
    assert collect(given, config, force_exclude=True) == ["README.md"]


def test_an_explicit_directory_is_walked_even_if_excluded(tree: Path) -> None:
    assert collect(["docs/drafts"], Config(exclude=("drafts/",))) == ["docs/drafts/wip.md"]


def test_stdin_passes_through(tree: Path) -> None:
    assert collect(["-", "README.md"]) == ["-", "README.md"]


def test_missing_paths_are_problems_and_the_rest_are_kept(tree: Path) -> None:
    files, problems = collect_files(["missing.md", "README.md", "gone/"], Config())
    assert files == ["README.md"]
    assert problems == [
        Problem("missing.md", "no such file or directory"),
        Problem("gone/", "no such file or directory"),
    ]


def test_output_is_sorted_and_without_duplicates(tree: Path) -> None:
    given = ["notes.txt", "docs", "./README.md", "README.md", "docs/guide.md"]
    assert collect([*given, str(tree / "notes.txt")]) == [
        "README.md",
        "docs/deep/er/page.md",
        "docs/drafts/wip.md",
        "docs/guide.md",
        "docs/notes.markdown",
        "notes.txt",
    ]


def test_cwd_can_be_given(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    touch(elsewhere, "x.md")
    files, problems = collect_files(["."], Config(), cwd=elsewhere)
    assert (files, problems) == (["x.md"], [])


def test_broken_symlinks_are_skipped(tree: Path) -> None:
    (tree / "docs" / "dangling.md").symlink_to(tree / "nowhere.md")
    assert "docs/dangling.md" not in collect(["docs"])


# -- .gitignore ------------------------------------------------------------------------------


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tree: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(tree, "init", "-q")
    (tree / ".gitignore").write_text("drafts/\nnotes.*\n/README.md\n")
    touch(tree, "build/out.md", "docs/build/kept.md")
    (tree / "docs" / ".gitignore").write_text("build/\n")
    return tree


@needs_git
def test_git_ignored_files_are_skipped(repo: Path) -> None:
    assert collect(["."]) == ["build/out.md", "docs/deep/er/page.md", "docs/guide.md"]


@needs_git
def test_git_ignore_applies_to_a_walk_below_the_repository_root(repo: Path) -> None:
    assert collect(["docs"]) == ["docs/deep/er/page.md", "docs/guide.md"]


@needs_git
def test_tracked_files_are_not_ignored(repo: Path) -> None:
    git(repo, "add", "-f", "docs/drafts/wip.md")
    assert "docs/drafts/wip.md" in collect(["."])


@needs_git
def test_explicit_ignored_paths_are_checked(repo: Path) -> None:
    assert collect(["README.md", "docs/drafts"]) == ["README.md", "docs/drafts/wip.md"]


@needs_git
def test_git_ignored_lists_files_and_directories(repo: Path) -> None:
    files, dirs = git_ignored(repo / "docs")
    assert files == {Path("notes.markdown")}
    assert dirs == {Path("build"), Path("drafts")}


def test_outside_a_repository_nothing_is_ignored(tree: Path) -> None:
    (tree / ".gitignore").write_text("*.md\n")
    assert git_ignored(tree) == (set(), set())
    assert "README.md" in collect(["."])


def test_without_git_nothing_is_ignored(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tree / "no-such-bin"))
    assert git_ignored(tree) == (set(), set())


needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


@needs_symlinks
def test_a_walk_skips_links_that_lead_nowhere_and_ends(tree: Path) -> None:
    (tree / "docs" / "dangling.md").symlink_to(tree / "nowhere.md")
    (tree / "docs" / "loop-a.md").symlink_to(tree / "docs" / "loop-b.md")
    (tree / "docs" / "loop-b.md").symlink_to(tree / "docs" / "loop-a.md")
    (tree / "docs" / "up").symlink_to(tree)  # a directory loop: never followed
    (tree / "docs" / "alias.md").symlink_to(tree / "README.md")
    assert collect(["docs"]) == [
        "docs/alias.md",
        "docs/deep/er/page.md",
        "docs/drafts/wip.md",
        "docs/guide.md",
        "docs/notes.markdown",
    ]


@needs_symlinks
def test_a_named_link_that_leads_nowhere_is_a_problem(tree: Path) -> None:
    (tree / "dangling.md").symlink_to(tree / "nowhere.md")
    (tree / "loop.md").symlink_to(tree / "loop.md")
    files, problems = collect_files(["dangling.md", "loop.md", "README.md"], Config())
    assert files == ["README.md"]
    assert [p.path for p in problems] == ["dangling.md", "loop.md"]


def test_an_unreadable_directory_in_a_walk_is_a_problem(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scandir = os.scandir
    locked = tree / "docs" / "drafts"

    def refuse(path: Any) -> Any:
        if Path(os.fsdecode(path)) == locked:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    files, problems = collect_files(["docs"], Config())
    assert "docs/guide.md" in files and "docs/drafts/wip.md" not in files
    assert [p.path for p in problems] == ["docs/drafts"]


def test_names_with_spaces_and_accents_are_found(tree: Path) -> None:
    touch(tree, "notes/my draft.md", "notes/café ñandú.md", "notes/月.txt")
    assert collect(["notes"]) == ["notes/café ñandú.md", "notes/my draft.md", "notes/月.txt"]
