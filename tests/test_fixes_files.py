"""Tests of ``factlint.fixes.files``: diffs and atomic rewrites that never touch a changed file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from factlint.engine import check_files, checker_for
from factlint.errors import StaleFileError
from factlint.facts import load_facts
from factlint.fixes import files
from factlint.fixes.files import fix_file, fixes_by_path, plan, unified_diff
from factlint.model import Fix

COUNT = "As of September, 31 countries had signed the Artemis Accords."
YEAR = "The Chang'e-7 mission will fly in 2028."


def fixes_of(path: Path) -> list[Fix]:
    report = check_files([str(path)], checker_for(load_facts()))
    return fixes_by_path(report.findings).get(str(path), [])


def test_plan_keeps_the_bom_and_crlf_line_ends(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    data = f"\ufeffIntro.\r\n\r\n{COUNT}\r\nAnd more.\r\n\r\n{YEAR}".encode()
    draft.write_bytes(data)
    rewrite = plan(str(draft), fixes_of(draft), data)
    assert rewrite.after == f"\ufeffIntro.\r\n\r\n{COUNT}\r\nAnd more.\r\n\r\n{YEAR}".replace(
        "31", "29"
    ).replace("2028", "2026")
    assert [(e.line, e.original) for e in rewrite.edits] == [(3, "31"), (6, "2028")]


def test_unified_diff_has_a_and_b_headers_and_marks_a_missing_final_newline(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"# Title\n\n{YEAR}", encoding="utf-8")
    rewrite = plan("draft.md", fixes_of(draft), draft.read_bytes())
    assert unified_diff(rewrite, "draft.md") == (
        "--- a/draft.md\n"
        "+++ b/draft.md\n"
        "@@ -1,3 +1,3 @@\n"
        " # Title\n"
        " \n"
        f"-{YEAR}\n"
        "\\ No newline at end of file\n"
        f"+{YEAR.replace('2028', '2026')}\n"
        "\\ No newline at end of file\n"
    )


def test_fix_file_rewrites_atomically_and_keeps_the_mode(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"{COUNT}\n", encoding="utf-8")
    draft.chmod(0o640)
    rewrite = fix_file(str(draft), fixes_of(draft))
    assert draft.read_text(encoding="utf-8") == COUNT.replace("31", "29") + "\n"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert [e.replacement for e in rewrite.edits] == ["29"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]  # no temporary left


def test_fix_file_rewrites_the_target_of_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text(f"{COUNT}\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    fix_file(str(link), fixes_of(link))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == COUNT.replace("31", "29") + "\n"


def test_a_file_with_nothing_to_fix_is_not_written(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("29 countries have signed the Artemis Accords.\n", encoding="utf-8")
    before = draft.stat()
    rewrite = fix_file(str(draft), fixes_of(draft))
    assert rewrite.after == rewrite.before
    assert draft.stat().st_mtime_ns == before.st_mtime_ns
    assert draft.stat().st_ino == before.st_ino


def test_a_file_changed_since_it_was_checked_is_refused(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"{COUNT}\n", encoding="utf-8")
    fixes = fixes_of(draft)
    draft.write_text(f"New first line.\n{COUNT}\n", encoding="utf-8")
    with pytest.raises(StaleFileError, match="changed since it was checked"):
        fix_file(str(draft), fixes)
    assert draft.read_text(encoding="utf-8") == f"New first line.\n{COUNT}\n"


def test_a_file_changed_while_it_is_fixed_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"{COUNT}\n", encoding="utf-8")
    fixes = fixes_of(draft)
    real_plan = files.plan

    def plan_then_edit(path: str, found: list[Fix], data: bytes) -> files.Rewrite:
        rewrite = real_plan(path, found, data)
        with draft.open("a", encoding="utf-8") as handle:  # another editor saves meanwhile
            handle.write("Another line.\n")
        return rewrite

    monkeypatch.setattr(files, "plan", plan_then_edit)
    with pytest.raises(StaleFileError, match="changed while it was being fixed"):
        fix_file(str(draft), fixes)
    assert draft.read_text(encoding="utf-8") == f"{COUNT}\nAnother line.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]


def test_overlapping_fixes_are_made_once(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"{COUNT}\n", encoding="utf-8")
    (fix,) = fixes_of(draft)
    rewrite = plan(str(draft), [fix, fix], draft.read_bytes())
    assert rewrite.fixes == (fix,)
