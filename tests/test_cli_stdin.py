"""Tests of ``factlint check - --stdin-filename PATH``: an editor's buffer checked as the file.

The text comes from standard input, but PATH decides the configuration (found from its
directory), whether ``exclude`` skips it (with ``--force-exclude``), Markdown or plain
text (its suffix) and the path reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import (
    ARTEMIS_WRONG,
    RIGHT,
    SHORT,
    Factlint,
    bridge_project,
    make_factlint,
    write,
)


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    return make_factlint(monkeypatch)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """``project/`` configured with the bridge facts and ``exclude = ["archive/"]``, and
    ``elsewhere/``, an unconfigured directory (bundled facts) beside it to run from."""
    root = bridge_project(tmp_path / "project")
    write(root, ".factlint.toml", 'facts = ["facts.yaml"]\nexclude = ["archive/"]\n')
    write(tmp_path / "elsewhere", ".factlint.toml", "")
    return root


def test_the_path_is_reported(factlint: Factlint, project: Path) -> None:
    run = factlint(
        "check", "-", "--stdin-filename", "docs/a.md", "-f", "line", cwd=project,
        input=f"# Bridges\n\n{SHORT}\n",
    )  # fmt: skip
    assert run.code == 1
    assert run.stdout.startswith("docs/a.md:3:1: error: ")
    assert run.stdout.rstrip().endswith("[kestrel-length]")


def test_the_json_report_names_the_path(factlint: Factlint, project: Path) -> None:
    run = factlint(
        "check", "-", "--stdin-filename", "docs/a.md", "-f", "json", cwd=project, input=RIGHT
    )
    doc = json.loads(run.stdout)
    assert [(r["path"], r["verdict"]) for r in doc["results"]] == [("docs/a.md", "supported")]
    assert doc["summary"]["files"] == 1


def test_the_configuration_is_found_from_the_paths_directory(
    factlint: Factlint, project: Path
) -> None:
    elsewhere = project.parent / "elsewhere"
    # Run from a directory whose own configuration has the bundled facts, which know
    # nothing of the bridge: only the project's configuration can find the contradiction.
    plain = factlint("check", "-", "-f", "line", cwd=elsewhere, input=SHORT)
    assert (plain.code, plain.stdout) == (0, "")
    run = factlint(
        "check", "-", "--stdin-filename", "../project/docs/a.md", "-f", "line",
        cwd=elsewhere, input=SHORT,
    )  # fmt: skip
    assert run.code == 1
    assert run.stdout.startswith("../project/docs/a.md:1:1: error: ")


def test_an_excluded_path_is_skipped_with_force_exclude(factlint: Factlint, project: Path) -> None:
    args = ("check", "-", "--stdin-filename", "archive/old.md", "-f", "line")
    skipped = factlint(*args, "--force-exclude", cwd=project, input=SHORT)
    assert (skipped.code, skipped.stdout, skipped.stderr) == (0, "", "")
    named = factlint(*args, cwd=project, input=SHORT)  # named on purpose: checked
    assert named.code == 1
    assert named.stdout.startswith("archive/old.md:1:1: error: ")


@pytest.mark.parametrize(("name", "code"), [("notes.md", 0), ("notes.txt", 1)])
def test_markdown_or_text_by_the_paths_suffix(
    factlint: Factlint, project: Path, name: str, code: int
) -> None:
    # In Markdown a fenced block is code, never checked; in plain text it is prose.
    text = f"```\n{SHORT}\n```\n"
    run = factlint("check", "-", "--stdin-filename", name, "-f", "line", cwd=project, input=text)
    assert run.code == code, run.stdout + run.stderr


def test_the_filename_alone_reads_standard_input(factlint: Factlint, project: Path) -> None:
    run = factlint("check", "--stdin-filename", "a.md", "-f", "line", cwd=project, input=SHORT)
    assert run.code == 1
    assert run.stdout.startswith("a.md:1:1: error: ")


def test_other_files_are_checked_beside_it(factlint: Factlint, project: Path) -> None:
    write(project, "b.md", SHORT + "\n")
    run = factlint(
        "check", "b.md", "-", "--stdin-filename", "a.md", "-f", "line", cwd=project, input=SHORT
    )
    assert run.code == 1
    assert sorted(line.split(":")[0] for line in run.stdout.splitlines()) == ["a.md", "b.md"]


def test_the_filename_without_dash_among_paths_is_a_usage_error(
    factlint: Factlint, project: Path
) -> None:
    write(project, "b.md", SHORT + "\n")
    run = factlint("check", "b.md", "--stdin-filename", "a.md", cwd=project, input=SHORT)
    assert (run.code, run.stdout) == (2, "")
    assert len(run.stderr.splitlines()) == 1


def test_diff_shows_the_corrections_of_standard_input(factlint: Factlint, project: Path) -> None:
    on_disk = write(project, "docs/a.md", "Something else entirely.\n")
    run = factlint(
        "check", "-", "--stdin-filename", "docs/a.md", "--diff", cwd=project, input=SHORT
    )
    assert run.code == 1
    assert run.stdout.splitlines()[:2] == ["--- a/docs/a.md", "+++ b/docs/a.md"]
    assert f"+{RIGHT}" in run.stdout.splitlines()
    assert on_disk.read_text(encoding="utf-8") == "Something else entirely.\n"


def test_fix_leaves_the_file_on_disk_alone(factlint: Factlint, project: Path) -> None:
    on_disk = write(project, "docs/a.md", SHORT + "\n")
    run = factlint(
        "check", "-", "--stdin-filename", "docs/a.md", "--fix", "-f", "line", cwd=project,
        input=SHORT,
    )  # fmt: skip
    assert run.code == 1
    assert "standard input cannot be fixed in place" in run.stderr
    assert on_disk.read_text(encoding="utf-8") == SHORT + "\n"


def test_the_bundled_facts_simplest_case(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, ".factlint.toml", "")
    run = factlint(
        "check", "-", "--stdin-filename", "notes.txt", "-f", "line", cwd=tmp_path,
        input=ARTEMIS_WRONG,
    )  # fmt: skip
    assert run.code == 1
    assert run.stdout.startswith("notes.txt:1:1: error: ")
    assert run.stdout.rstrip().endswith("[artemis-signatory-count]")
