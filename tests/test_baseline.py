"""Tests of ``factlint.baseline``: recording findings, reading the file back, and matching
findings to its entries by path, claim and words, wherever their lines move."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from factlint.baseline import (
    UNUSED_CODE,
    Baseline,
    Entry,
    apply_baseline,
    entries_of,
    entry_path,
    read_baseline,
    render_baseline,
    write_baseline,
)
from factlint.errors import BaselineError
from factlint.model import Citation, Claim, Finding, Report, Sentence, Verdict

BRIDGE = Claim("kestrel-length", "The Kestrel Bridge is 1,200 metres long.", (Citation("guide"),))
SHORT = "The Kestrel Bridge is 800 metres long."


def finding(
    text: str = SHORT,
    line: int = 3,
    path: str = "docs/a.md",
    verdict: Verdict = Verdict.CONTRADICTED,
    suppressed: bool = False,
) -> Finding:
    sentence = Sentence(text, path, line, 1, line, len(text))
    claim = None if verdict is Verdict.UNVERIFIED else BRIDGE
    return Finding(sentence, verdict, claim=claim, suppressed=suppressed)


def report(*findings: Finding, paths: tuple[str, ...] = ("docs/a.md",)) -> Report:
    return Report(tuple(findings), len(paths), paths=paths)


def test_contradicted_and_outdated_findings_are_recorded(tmp_path: Path) -> None:
    found = report(
        finding(),
        finding("Old news.", 5, verdict=Verdict.OUTDATED),
        finding("Fine.", 7, verdict=Verdict.SUPPORTED),
        finding("Who knows.", 9, verdict=Verdict.UNVERIFIED),
        finding("Silenced.", 11, suppressed=True),
    )
    entries = entries_of(found, tmp_path, tmp_path)
    assert sorted(e.text for e in entries) == ["Old news.", SHORT]


def test_paths_are_relative_to_the_baseline_files_directory(tmp_path: Path) -> None:
    assert entry_path("docs/a.md", Path("."), tmp_path) == "docs/a.md"
    assert entry_path("docs/a.md", Path("docs"), tmp_path) == "a.md"
    assert entry_path("docs/a.md", Path("ci"), tmp_path) == "../docs/a.md"
    assert entry_path(str(tmp_path / "docs" / "a.md"), Path("."), tmp_path) == "docs/a.md"
    assert entry_path("-", Path("ci"), tmp_path) == "-"
    assert entry_path("<text>", Path("ci"), tmp_path) == "<text>"


def test_the_file_is_sorted_one_entry_a_line_and_stable() -> None:
    counts = {Entry("b.md", "x", "Two."): 1, Entry("a.md", "y", "Ünï “quoted”."): 2}
    text = render_baseline(counts)
    assert text == render_baseline(dict(reversed(list(counts.items()))))
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert '"path": "a.md"' in lines[3] and '"count": 2' in lines[3]  # sorted, not as given
    assert '"path": "b.md"' in lines[4]
    assert "Ünï “quoted”." in text  # readable in a diff, not \\u-escaped
    assert json.loads(text)["version"] == 1


def test_an_empty_baseline_is_a_valid_file() -> None:
    assert json.loads(render_baseline({})) == {"version": 1, "findings": []}


def test_write_then_read_gives_the_same_entries(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    written = write_baseline(path, report(finding(), finding(line=9)), tmp_path)
    read = read_baseline(path)
    assert read.counts == written.counts == {Entry("docs/a.md", "kestrel-length", SHORT): 2}
    assert read.positions == {Entry("docs/a.md", "kestrel-length", SHORT): (4, 5)}
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary left


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_baseline_is_readable_by_others_as_the_umask_allows(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    old = os.umask(0o022)
    try:
        write_baseline(path, report(), tmp_path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_an_unwritable_baseline_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="cannot write baseline"):
        write_baseline(tmp_path / "no" / "such" / "dir.json", report(), tmp_path)


@pytest.mark.parametrize(
    ("text", "message", "where"),
    [
        (None, "no such baseline file", (0, 0)),
        ('{"version": 1,\n  "findings": [}', "invalid JSON", (2, 16)),
        ('{"findings": []}', "not a factlint baseline", (1, 1)),
        ('{"version": 1, "findings": {}}', "not a factlint baseline", (1, 1)),
        ('{"version": 1, "findings": [\n  {"path": "a.md"}]}', "needs", (2, 3)),
        (
            '{"version": 1, "findings": [\n\n {"path": "a", "claim_id": "b", "text": "c", '
            '"count": 0}]}',
            "count",
            (3, 2),
        ),
    ],
    ids=["missing", "not-json", "no-version", "findings-not-list", "entry", "count"],
)
def test_a_bad_baseline_is_an_error_at_its_place(
    tmp_path: Path, text: str | None, message: str, where: tuple[int, int]
) -> None:
    path = tmp_path / "baseline.json"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as caught:
        read_baseline(path)
    assert (caught.value.line, caught.value.column) == where
    assert caught.value.path == str(path)


def test_hand_edited_layouts_still_place_their_entries(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(
        '{"findings":\n[{"path": "a.md", "claim_id": "c", "text": "One."},\n'
        '   {"path": "b.md", "claim_id": "c", "text": "Two.", "count": 3}],\n'
        '"note": {"findings": []}, "version": 1}\n',
        encoding="utf-8",
    )
    read = read_baseline(path)
    assert read.positions == {
        Entry("a.md", "c", "One."): (2, 2),
        Entry("b.md", "c", "Two."): (3, 4),
    }
    assert read.counts[Entry("b.md", "c", "Two.")] == 3


def baseline_of(*entries: tuple[Entry, int]) -> Baseline:
    return Baseline(
        "baseline.json", dict(entries), {e: (4 + i, 5) for i, (e, _) in enumerate(entries)}
    )


def test_a_recorded_finding_is_suppressed_wherever_its_line_moved(tmp_path: Path) -> None:
    accepted = baseline_of((Entry("docs/a.md", "kestrel-length", SHORT), 1))
    rewrapped = SHORT.replace(" is ", "\n  is ")
    moved = finding(rewrapped, line=40)
    applied = apply_baseline(report(moved), accepted, tmp_path)
    assert [f.suppressed for f in applied.findings] == [True]
    assert applied.notices == ()


def test_a_changed_sentence_or_another_file_is_a_new_finding(tmp_path: Path) -> None:
    accepted = baseline_of((Entry("docs/a.md", "kestrel-length", SHORT), 1))
    changed = finding("The Kestrel Bridge is 700 metres long.")
    elsewhere = finding(path="docs/b.md")
    applied = apply_baseline(
        report(changed, elsewhere, paths=("docs/a.md", "docs/b.md")), accepted, tmp_path
    )
    assert [f.suppressed for f in applied.findings] == [False, False]
    (notice,) = applied.notices  # the entry no longer matches: say so, at its line
    assert (notice.path, notice.line, notice.column, notice.code) == (
        "baseline.json",
        4,
        5,
        UNUSED_CODE,
    )
    assert "docs/a.md [kestrel-length]" in notice.message


def test_an_entry_counts_the_findings_it_accepts(tmp_path: Path) -> None:
    entry = Entry("docs/a.md", "kestrel-length", SHORT)
    three = report(finding(line=1), finding(line=5), finding(line=9))
    applied = apply_baseline(three, baseline_of((entry, 2)), tmp_path)
    assert [f.suppressed for f in applied.findings] == [True, True, False]
    one = apply_baseline(report(finding()), baseline_of((entry, 2)), tmp_path)
    (notice,) = one.notices
    assert "(1 of its 2)" in notice.message


def test_entries_about_files_not_checked_are_not_unused(tmp_path: Path) -> None:
    accepted = baseline_of((Entry("docs/other.md", "kestrel-length", SHORT), 1))
    assert apply_baseline(report(finding()), accepted, tmp_path).notices == ()


def test_suppressed_findings_do_not_use_up_entries(tmp_path: Path) -> None:
    accepted = baseline_of((Entry("docs/a.md", "kestrel-length", SHORT), 1))
    silenced = finding(suppressed=True)
    applied = apply_baseline(report(silenced, finding(line=8)), accepted, tmp_path)
    assert [f.suppressed for f in applied.findings] == [True, True]
    assert applied.notices == ()


def test_paths_match_relative_to_the_baseline_file(tmp_path: Path) -> None:
    accepted = replace(
        baseline_of((Entry("../docs/a.md", "kestrel-length", SHORT), 1)), path="ci/baseline.json"
    )
    applied = apply_baseline(report(finding()), accepted, tmp_path)
    assert [f.suppressed for f in applied.findings] == [True]
