"""End-to-end tests of ``factlint check --changed-since REF`` in git repositories made here:
only sentences on lines changed since REF are reported; untracked files count whole."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cli_helpers import (
    ARTEMIS_RIGHT,
    ARTEMIS_WRONG,
    RIGHT,
    SHORT,
    Factlint,
    bridge_project,
    commit,
    git,
    git_repository,
    make_factlint,
    write,
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

NEW = "The Kestrel Bridge is 90 metres long."  # a contradiction written after the commit


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    return make_factlint(monkeypatch)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose one commit has a contradiction in ``docs/a.md`` (line 3) and
    another in ``docs/b.md``."""
    root = bridge_project(git_repository(tmp_path / "repo"))
    write(root, "docs/a.md", f"# Bridges\n\n{SHORT}\n\n{RIGHT}\n")
    write(root, "docs/b.md", f"{SHORT}\n")
    commit(root, "first")
    return root


def lines(run_stdout: str) -> list[str]:
    return [line.split(": ")[0] for line in run_stdout.splitlines()]


def test_only_sentences_on_changed_lines_are_reported(factlint: Factlint, repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD").strip()
    write(repo, "docs/a.md", f"# Bridges\n\n{SHORT}\n\n{NEW}\n")
    commit(repo, "second")
    run = factlint("check", "docs", "--changed-since", base, "-f", "line", cwd=repo)
    assert run.code == 1
    assert lines(run.stdout) == ["docs/a.md:5:1"]  # not line 3, nor docs/b.md


def test_staged_and_unstaged_changes_count(factlint: Factlint, repo: Path) -> None:
    write(repo, "docs/b.md", f"{NEW}\n")
    git(repo, "add", "docs/b.md")
    write(repo, "docs/a.md", f"# Bridges\n\n{SHORT}\n\n{NEW}\n")
    run = factlint("check", "docs", "--changed-since", "HEAD", "-f", "line", cwd=repo)
    assert lines(run.stdout) == ["docs/a.md:5:1", "docs/b.md:1:1"]


def test_an_untracked_file_is_checked_whole(factlint: Factlint, repo: Path) -> None:
    write(repo, "docs/c.md", f"{SHORT}\n\n{NEW}\n")
    run = factlint("check", "docs", "--changed-since", "HEAD", "-f", "line", cwd=repo)
    assert lines(run.stdout) == ["docs/c.md:1:1", "docs/c.md:3:1"]


def test_nothing_changed_checks_nothing(factlint: Factlint, repo: Path) -> None:
    run = factlint("check", "docs", "--changed-since", "HEAD", "-f", "json", cwd=repo)
    assert run.code == 0
    summary = json.loads(run.stdout)["summary"]
    assert (summary["files"], summary["sentences"]) == (0, 0)


def test_a_sentence_partly_on_a_changed_line_counts(factlint: Factlint, repo: Path) -> None:
    wrapped = SHORT.replace(" is ", "\nis ")
    write(repo, "docs/a.md", f"# Bridges\n\n{wrapped}\n\n{RIGHT}\n")
    commit(repo, "wrapped")
    write(repo, "docs/a.md", f"# Bridges\n\n{wrapped.replace('long', 'long indeed')}\n\n{RIGHT}\n")
    run = factlint("check", "docs/a.md", "--changed-since", "HEAD", "-f", "line", cwd=repo)
    assert lines(run.stdout) == ["docs/a.md:3:1"]  # starts on line 3; line 4 changed


def test_fix_corrects_only_changed_lines(factlint: Factlint, repo: Path) -> None:
    write(repo, "docs/a.md", f"# Bridges\n\n{SHORT}\n\n{NEW}\n")
    run = factlint("check", "docs/a.md", "--changed-since", "HEAD", "--fix", cwd=repo)
    assert run.code == 0, run.stdout + run.stderr
    text = (repo / "docs" / "a.md").read_text(encoding="utf-8")
    assert text == f"# Bridges\n\n{SHORT}\n\n{RIGHT}\n"


def test_baseline_entries_for_unchanged_lines_are_not_unused(
    factlint: Factlint, repo: Path
) -> None:
    accepted = factlint("check", "docs", "--write-baseline", "baseline.json", cwd=repo)
    assert accepted.code == 0
    commit(repo, "baseline")
    write(repo, "docs/a.md", f"# Bridges\n\n{SHORT}\n\n{NEW}\n")
    run = factlint(
        "check", "docs", "--changed-since", "HEAD", "--baseline", "baseline.json", "-f", "line",
        cwd=repo,
    )  # fmt: skip
    assert run.code == 1
    assert lines(run.stdout) == ["docs/a.md:5:1"]


def test_outside_a_repository_exits_2_with_one_line(
    factlint: Factlint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = bridge_project(tmp_path / "plain")
    write(project, "a.md", f"{SHORT}\n")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    run = factlint("check", "a.md", "--changed-since", "HEAD", cwd=project)
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr.startswith("factlint: --changed-since: not inside a git repository")
    assert len(run.stderr.splitlines()) == 1


@pytest.mark.parametrize("ref", ["no-such-branch", "--help"])
def test_an_unknown_revision_exits_2_with_one_line(
    factlint: Factlint, repo: Path, ref: str
) -> None:
    run = factlint("check", "docs", f"--changed-since={ref}", cwd=repo)
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr == f"factlint: --changed-since: unknown git revision {ref!r}\n"


def test_no_git_exits_2_with_one_line(factlint: Factlint, repo: Path) -> None:
    run = factlint(
        "check", "docs", "--changed-since", "HEAD", cwd=repo, env={"PATH": str(repo / "nothing")}
    )
    assert (run.code, run.stdout) == (2, "")
    assert (
        run.stderr
        == "factlint: --changed-since: git is not installed (no git executable on PATH)\n"
    )


def test_with_the_bundled_facts(factlint: Factlint, tmp_path: Path) -> None:
    root = git_repository(tmp_path / "repo")
    write(root, ".factlint.toml", "")
    write(root, "notes.md", f"{ARTEMIS_WRONG}\n")
    commit(root)
    write(root, "notes.md", f"{ARTEMIS_WRONG}\n\n{ARTEMIS_RIGHT}\n\n{ARTEMIS_WRONG}\n")
    run = factlint("check", "notes.md", "--changed-since", "HEAD", "-f", "line", cwd=root)
    assert run.code == 1
    assert lines(run.stdout) == ["notes.md:5:1"]
