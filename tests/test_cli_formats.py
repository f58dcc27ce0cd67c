"""End-to-end tests of the CI report formats, ``junit`` and ``gitlab``: a project with facts
of its own, checked from the command line, and the reports held to their published shapes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
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
from test_report_gitlab import SCHEMA as GITLAB_SCHEMA
from test_report_junit import check_shape


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    return make_factlint(monkeypatch)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Two drafts: ``docs/a.md`` with a contradiction, ``docs/b.md`` without one."""
    root = bridge_project(tmp_path)
    write(root, "docs/a.md", f"# Bridges\n\n{SHORT}\n")
    write(root, "docs/b.md", f"{RIGHT}\n")
    return root


def junit_cases(xml: str) -> dict[str, list[str]]:
    """Each test case's name and the types of its failures, the report's shape checked."""
    root = ET.fromstring(xml)
    check_shape(root)
    return {
        case.attrib["name"]: [f.attrib["type"] for f in case.findall("failure")]
        for case in root.iter("testcase")
    }


def test_junit_has_a_test_case_per_file_and_a_failure_per_contradiction(
    factlint: Factlint, project: Path
) -> None:
    run = factlint("check", "docs", "--format", "junit", "-o", "report.xml", cwd=project)
    assert (run.code, run.stdout) == (1, "")
    xml = (project / "report.xml").read_text(encoding="utf-8")
    assert junit_cases(xml) == {"docs/a.md": ["contradicted"], "docs/b.md": []}


def test_junit_failures_follow_fail_on(factlint: Factlint, project: Path) -> None:
    run = factlint("check", "docs", "--format", "junit", "--fail-on", "never", cwd=project)
    assert run.code == 0
    assert junit_cases(run.stdout) == {"docs/a.md": [], "docs/b.md": []}


def test_junit_can_be_the_configured_format(factlint: Factlint, project: Path) -> None:
    write(project, ".factlint.toml", 'facts = ["facts.yaml"]\nformat = "junit"\n')
    run = factlint("check", "docs", cwd=project)
    assert run.code == 1
    assert junit_cases(run.stdout)["docs/a.md"] == ["contradicted"]


def test_junit_names_an_unreadable_input_as_an_error(factlint: Factlint, project: Path) -> None:
    run = factlint("check", "docs", "missing.md", "--format", "junit", cwd=project)
    assert run.code == 2
    root = ET.fromstring(run.stdout)
    errors = [c.attrib["name"] for c in root.iter("testcase") if c.find("error") is not None]
    assert errors == ["missing.md"]


def test_junit_with_the_bundled_facts(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, ".factlint.toml", "")
    write(tmp_path, "notes.md", f"{ARTEMIS_WRONG}\n\n{ARTEMIS_RIGHT}\n")
    run = factlint("check", "notes.md", "--format", "junit", cwd=tmp_path)
    assert run.code == 1
    assert junit_cases(run.stdout) == {"notes.md": ["contradicted"]}


def gitlab_issues(text: str) -> list[dict[str, object]]:
    issues: list[dict[str, object]] = json.loads(text)
    jsonschema.Draft7Validator(GITLAB_SCHEMA).validate(issues)
    return issues


def test_gitlab_reports_each_contradiction(factlint: Factlint, project: Path) -> None:
    run = factlint("check", "docs", "--format", "gitlab", cwd=project)
    assert run.code == 1
    (issue,) = gitlab_issues(run.stdout)
    assert issue["severity"] == "major"
    assert issue["location"] == {"path": "docs/a.md", "lines": {"begin": 3, "end": 3}}


def test_gitlab_fingerprints_survive_the_sentence_moving(factlint: Factlint, project: Path) -> None:
    before = gitlab_issues(factlint("check", "docs", "-f", "gitlab", cwd=project).stdout)
    write(project, "docs/a.md", f"# Bridges\n\nA new paragraph.\n\nAnother.\n\n{SHORT}\n")
    after = gitlab_issues(factlint("check", "docs", "-f", "gitlab", cwd=project).stdout)
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert after[0]["location"] == {"path": "docs/a.md", "lines": {"begin": 7, "end": 7}}


def test_gitlab_with_the_bundled_facts(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, ".factlint.toml", "")
    write(tmp_path, "notes.md", f"{ARTEMIS_WRONG}\n\n{ARTEMIS_RIGHT}\n")
    run = factlint("check", "notes.md", "--format", "gitlab", cwd=tmp_path)
    assert run.code == 1
    (issue,) = gitlab_issues(run.stdout)
    assert (issue["check_name"], issue["location"]) == (
        "factlint/count",
        {"path": "notes.md", "lines": {"begin": 1, "end": 1}},
    )


def test_the_golden_reports_have_their_published_shapes() -> None:
    golden = Path(__file__).parent / "golden" / "cli"
    gitlab_issues((golden / "dev-draft.gitlab").read_text(encoding="utf-8"))
    check_shape(ET.fromstring((golden / "dev-draft.junit").read_text(encoding="utf-8")))
