"""Tests of ``factlint check --diff`` and ``--fix``: the corrections shown, made, or refused.

``golden/cli/dev-draft.diff`` is the output of ``factlint check dev-draft.md --diff``
run inside ``golden/cli``; ``FACTLINT_REGEN=1 pytest tests/test_cli_fix.py`` rewrites it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factlint.cli import app
from factlint.fixes import files
from factlint.model import Fix
from test_cli import CLEAN_ENV, DRAFT, GOLDEN, Run

Factlint = Callable[..., Run]
COUNT = "As of September, 31 countries had signed the Artemis Accords."
MEMBER = "The ILRS partners include Russia, Venezuela and Japan, an official said."
SUMMARY = "factlint: 2 corrections in 1 file, not made (--fix makes them); 1 finding without one\n"


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    def invoke(*args: str, cwd: Path, input: str | None = None) -> Run:
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(app, list(args), input=input, env=CLEAN_ENV)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A copy of the dev draft in a directory of its own (no config above it)."""
    (tmp_path / ".factlint.toml").write_text("", encoding="utf-8")
    return Path(shutil.copy(GOLDEN / DRAFT, tmp_path / DRAFT))


def test_diff_golden(factlint: Factlint) -> None:
    before = (GOLDEN / DRAFT).read_bytes()
    run = factlint("check", DRAFT, "--diff", cwd=GOLDEN)
    expected = GOLDEN / "dev-draft.diff"
    if os.environ.get("FACTLINT_REGEN"):
        expected.write_text(run.stdout, encoding="utf-8")
    assert run.stdout == expected.read_text(encoding="utf-8")
    assert (run.code, run.stderr) == (1, SUMMARY)
    assert (GOLDEN / DRAFT).read_bytes() == before


def test_diff_exit_code_follows_fail_on(factlint: Factlint) -> None:
    assert factlint("check", DRAFT, "--diff", "--fail-on", "never", cwd=GOLDEN).code == 0


def test_diff_of_standard_input(factlint: Factlint, draft: Path) -> None:
    run = factlint("check", "-", "--diff", cwd=draft.parent, input=f"{COUNT}\n")
    assert run.stdout == (
        f"--- a/-\n+++ b/-\n@@ -1 +1 @@\n-{COUNT}\n+{COUNT.replace('31', '29')}\n"
    )


def test_fix_corrects_the_file_and_reports_what_remains(factlint: Factlint, draft: Path) -> None:
    original = draft.read_text(encoding="utf-8")
    run = factlint("check", DRAFT, "--fix", "--format", "line", cwd=draft.parent)
    assert run.code == 1  # the list member has no fix: it remains
    assert run.stderr == (
        "dev-draft.md:11:21: fixed: 2028 -> 2026 [change7-2026]\n"
        "dev-draft.md:13:20: fixed: 31 -> 29 [artemis-signatory-count]\n"
    )
    assert run.stdout.splitlines() == [
        "dev-draft.md:16:3: error: member differs: the draft names Japan, but Japan is not among"
        " Azerbaijan, Belarus, Egypt, Pakistan, Russia, South Africa, Venezuela (as of 2023-12)"
        " [ilrs-partners]"
    ]
    fixed = original.replace("fly in 2028", "fly in 2026").replace("31 countries", "29 countries")
    assert draft.read_text(encoding="utf-8") == fixed


def test_fix_reports_the_rechecked_file_in_json(factlint: Factlint, draft: Path) -> None:
    run = factlint("check", DRAFT, "--fix", "--format", "json", cwd=draft.parent)
    results = json.loads(run.stdout)["results"]
    assert [(r["line"], r["verdict"]) for r in results if r["verdict"] == "contradicted"] == [
        (16, "contradicted")
    ]
    assert sum(1 for r in results if r["verdict"] == "supported") == 7


def test_fix_exits_0_when_every_contradiction_is_fixed(factlint: Factlint, draft: Path) -> None:
    draft.write_text(f"{COUNT}\n", encoding="utf-8")
    run = factlint("check", DRAFT, "--fix", cwd=draft.parent)
    assert run.code == 0
    assert draft.read_text(encoding="utf-8") == COUNT.replace("31", "29") + "\n"


def test_fix_leaves_a_file_with_nothing_to_fix_alone(factlint: Factlint, draft: Path) -> None:
    draft.write_text(f"{MEMBER}\n", encoding="utf-8")
    before = draft.stat()
    run = factlint("check", DRAFT, "--fix", "--format", "line", cwd=draft.parent)
    assert run.code == 1
    assert "fixed" not in run.stderr
    after = draft.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_fix_refuses_a_file_that_changed_since_it_was_checked(
    factlint: Factlint, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_plan = files.plan

    def edited_meanwhile(path: str, fixes: list[Fix], data: bytes) -> files.Rewrite:
        draft.write_text(f"A new first line.\n{COUNT}\n", encoding="utf-8")
        return real_plan(path, fixes, draft.read_bytes())

    monkeypatch.setattr(files, "plan", edited_meanwhile)
    run = factlint("check", DRAFT, "--fix", "--format", "line", cwd=draft.parent)
    assert run.code == 2
    assert run.stderr == "factlint: dev-draft.md: changed since it was checked; not fixed\n"
    assert draft.read_text(encoding="utf-8") == f"A new first line.\n{COUNT}\n"
    assert len(run.stdout.splitlines()) == 3  # the findings are still reported


def test_text_and_standard_input_cannot_be_fixed_in_place(factlint: Factlint, draft: Path) -> None:
    run = factlint("check", "--fix", "-t", COUNT, cwd=draft.parent)
    assert run.code == 1
    assert run.stderr == (
        "factlint: --text sentences cannot be fixed in place; --diff and --format json show"
        " the fixes\n"
    )
    run = factlint("check", "--fix", "-", cwd=draft.parent, input=COUNT)
    assert run.code == 1
    assert run.stderr.startswith("factlint: standard input cannot be fixed in place")


def test_diff_and_fix_together_are_a_usage_error(factlint: Factlint, draft: Path) -> None:
    run = factlint("check", DRAFT, "--diff", "--fix", cwd=draft.parent)
    assert (run.code, run.stdout) == (2, "")
    assert len(run.stderr.splitlines()) == 1


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_diff_applies_with_git_apply(factlint: Factlint, draft: Path) -> None:
    patch = factlint("check", DRAFT, "--diff", cwd=draft.parent).stdout
    subprocess.run(["git", "apply", "-"], input=patch.encode(), cwd=draft.parent, check=True)
    expected = factlint("check", DRAFT, "--fix", cwd=draft.parent)
    assert expected.stderr == ""  # nothing left to fix: git made the same changes
