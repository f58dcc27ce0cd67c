"""End-to-end tests of ``factlint check --write-baseline FILE`` and ``--baseline FILE``:
known findings recorded once, only new ones reported and counted afterwards."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cli_helpers import (
    ARTEMIS_RIGHT,
    ARTEMIS_WRONG,
    RIGHT,
    SHORT,
    Factlint,
    bridge_project,
    make_factlint,
    write,
)

LONG = "The Kestrel Bridge is 3,000 metres long."  # another contradiction of kestrel-length


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    return make_factlint(monkeypatch)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """``docs/a.md`` with one contradiction and ``docs/b.md`` with another."""
    root = bridge_project(tmp_path)
    write(root, "docs/a.md", f"# Bridges\n\n{SHORT}\n")
    write(root, "docs/b.md", f"{RIGHT} {LONG}\n")
    return root


def accept(factlint: Factlint, project: Path, name: str = "baseline.json") -> None:
    run = factlint("check", "docs", "--write-baseline", name, "-f", "line", cwd=project)
    assert (run.code, run.stdout) == (0, ""), run.stderr
    assert re.search(r"recorded 2 findings in the baseline", run.stderr)


def test_writing_a_baseline_accepts_the_findings_so_far(factlint: Factlint, project: Path) -> None:
    accept(factlint, project)
    document = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert [(e["path"], e["claim_id"], e["text"]) for e in document["findings"]] == [
        ("docs/a.md", "kestrel-length", SHORT),
        ("docs/b.md", "kestrel-length", LONG),
    ]
    run = factlint("check", "docs", "--baseline", "baseline.json", "-f", "line", cwd=project)
    assert (run.code, run.stdout, run.stderr) == (0, "", "")


def test_the_file_is_the_same_on_every_run(factlint: Factlint, project: Path) -> None:
    accept(factlint, project)
    first = (project / "baseline.json").read_bytes()
    accept(factlint, project)
    assert (project / "baseline.json").read_bytes() == first


def test_only_new_findings_are_reported_and_counted(factlint: Factlint, project: Path) -> None:
    accept(factlint, project)
    write(project, "docs/a.md", f"# Bridges\n\n{SHORT}\n\nThe Kestrel Bridge is 90 metres long.\n")
    run = factlint("check", "docs", "--baseline", "baseline.json", "-f", "line", cwd=project)
    assert run.code == 1
    assert [line.split(": ")[0] for line in run.stdout.splitlines()] == ["docs/a.md:5:1"]
    doc = json.loads(
        factlint("check", "docs", "--baseline", "baseline.json", "-f", "json", cwd=project).stdout
    )
    assert doc["summary"]["contradicted"] == 1
    assert [r["text"] for r in doc["suppressed"]] == [SHORT, LONG]


def test_a_finding_that_moved_or_was_rewrapped_stays_accepted(
    factlint: Factlint, project: Path
) -> None:
    accept(factlint, project)
    wrapped = SHORT.replace(" is ", "\nis ")
    write(project, "docs/a.md", f"# Bridges\n\nA new first paragraph.\n\n{wrapped}\n")
    run = factlint("check", "docs", "--baseline", "baseline.json", "-f", "line", cwd=project)
    assert (run.code, run.stdout) == (0, "")


def test_an_entry_that_no_longer_matches_is_a_notice(factlint: Factlint, project: Path) -> None:
    accept(factlint, project)
    write(project, "docs/a.md", f"# Bridges\n\n{RIGHT}\n")  # the contradiction was fixed
    run = factlint("check", "docs", "--baseline", "baseline.json", "-f", "line", cwd=project)
    assert run.code == 0
    (line,) = run.stdout.splitlines()
    assert line.startswith("baseline.json:4:5: info: baseline entry matches no finding")
    assert line.endswith("[unused-baseline-entry]")
    # Checking only the other file says nothing of docs/a.md's entry.
    other = factlint("check", "docs/b.md", "--baseline", "baseline.json", "-f", "line", cwd=project)
    assert (other.code, other.stdout) == (0, "")


def test_paths_match_from_another_directory(factlint: Factlint, project: Path) -> None:
    (project / "ci").mkdir()
    accept(factlint, project, "ci/baseline.json")
    entries = json.loads((project / "ci" / "baseline.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in entries["findings"]} == {"../docs/a.md", "../docs/b.md"}
    run = factlint(
        "check", "a.md", "--baseline", "../ci/baseline.json", "-f", "line", cwd=project / "docs"
    )
    assert (run.code, run.stdout) == (0, "")


def test_fix_leaves_accepted_findings_and_corrects_new_ones(
    factlint: Factlint, project: Path
) -> None:
    accept(factlint, project)
    write(project, "docs/a.md", f"# Bridges\n\n{SHORT}\n\nThe Kestrel Bridge is 90 metres long.\n")
    run = factlint(
        "check", "docs", "--baseline", "baseline.json", "--fix", "-f", "line", cwd=project
    )
    assert (run.code, run.stdout) == (0, "")
    assert (project / "docs" / "a.md").read_text(encoding="utf-8") == (
        f"# Bridges\n\n{SHORT}\n\n{RIGHT}\n"
    )


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (None, r"^factlint: baseline\.json: no such baseline file$"),
        ("{oops", r"^factlint: baseline\.json:1:2: invalid JSON"),
    ],
    ids=["missing", "not-json"],
)
def test_a_bad_baseline_exits_2_with_one_line(
    factlint: Factlint, project: Path, content: str | None, where: str
) -> None:
    if content is not None:
        write(project, "baseline.json", content)
    run = factlint("check", "docs", "--baseline", "baseline.json", cwd=project)
    assert (run.code, run.stdout) == (2, "")
    assert len(run.stderr.splitlines()) == 1
    assert re.match(where, run.stderr)


@pytest.mark.parametrize(
    "extra",
    [["--baseline", "other.json"], ["--fix"], ["--diff"], ["--changed-since", "HEAD"]],
    ids=["baseline", "fix", "diff", "changed-since"],
)
def test_write_baseline_refuses_options_that_change_what_it_records(
    factlint: Factlint, project: Path, extra: list[str]
) -> None:
    run = factlint("check", "docs", "--write-baseline", "baseline.json", *extra, cwd=project)
    assert (run.code, run.stdout) == (2, "")
    assert not (project / "baseline.json").exists()


def test_with_the_bundled_facts(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, ".factlint.toml", "")
    write(tmp_path, "notes.md", f"{ARTEMIS_WRONG}\n\n{ARTEMIS_RIGHT}\n")
    written = factlint("check", "notes.md", "--write-baseline", "b.json", cwd=tmp_path)
    assert written.code == 0
    (entry,) = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["findings"]
    assert (entry["claim_id"], entry["text"]) == ("artemis-signatory-count", ARTEMIS_WRONG)
    write(tmp_path, "notes.md", f"{ARTEMIS_RIGHT}\n\n{ARTEMIS_WRONG}\n")  # moved: still known
    run = factlint("check", "notes.md", "--baseline", "b.json", "-f", "line", cwd=tmp_path)
    assert (run.code, run.stdout) == (0, "")
