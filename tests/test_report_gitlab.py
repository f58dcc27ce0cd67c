"""Tests of the ``gitlab`` format: a GitLab Code Quality report, validated against the fields
GitLab documents (``data/gitlab-codequality.schema.json``), with stable fingerprints."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema

from factlint.model import Report
from factlint.report import RenderOptions
from factlint.report.gitlab import GitlabFormatter
from sample_report import CONTRADICTED, OUTDATED, REPORT, UNUSED, UNVERIFIED

SCHEMA = json.loads((Path(__file__).parent / "data" / "gitlab-codequality.schema.json").read_text())


def render(report: Report = REPORT, **options: Any) -> list[dict[str, Any]]:
    out = io.StringIO()
    GitlabFormatter().render(report, RenderOptions(**options), out)
    issues: list[dict[str, Any]] = json.loads(out.getvalue())
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    jsonschema.Draft7Validator(SCHEMA).validate(issues)
    return issues


def test_one_issue_per_finding_that_needs_attention_and_per_notice() -> None:
    issues = render()
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("factlint/count", "major"),
        ("factlint/replaced", "minor"),
        ("factlint/unused-suppression", "info"),
    ]
    first = issues[0]
    assert first["location"] == {"path": "docs/draft.md", "lines": {"begin": 3, "end": 3}}
    assert first["description"].endswith("[saturn-moons]")


def test_unverified_sentences_are_info_on_request() -> None:
    issues = render(show_unverified=True)
    assert [i["severity"] for i in issues] == ["major", "minor", "info", "info"]


def test_an_empty_report_is_an_empty_array() -> None:
    assert render(Report((), 0)) == []


def _moved(finding: Any, line: int, text: str | None = None) -> Any:
    s = finding.sentence
    sentence = replace(s, line=line, end_line=line, text=text or s.text)
    return replace(finding, sentence=sentence)


def test_a_fingerprint_follows_the_sentence_to_another_line() -> None:
    (before,) = render(Report((CONTRADICTED,), 1))
    rewrapped = CONTRADICTED.sentence.text.replace(" ", "\n", 2)
    (after,) = render(Report((_moved(CONTRADICTED, 40, rewrapped),), 1))
    assert before["fingerprint"] == after["fingerprint"]
    assert before["location"] != after["location"]


def test_fingerprints_differ_by_file_claim_and_words() -> None:
    other_file = replace(CONTRADICTED, sentence=replace(CONTRADICTED.sentence, path="b.md"))
    other_words = _moved(CONTRADICTED, 3, "Saturn has 36 moons.")
    issues = render(Report((CONTRADICTED, other_file, other_words, OUTDATED), 2))
    assert len({i["fingerprint"] for i in issues}) == 4


def test_the_same_sentence_twice_gets_two_fingerprints_stable_across_runs() -> None:
    twice = Report((CONTRADICTED, _moved(CONTRADICTED, 30)), 1)
    first, second = (i["fingerprint"] for i in render(twice))
    assert first != second
    assert [i["fingerprint"] for i in render(twice)] == [first, second]


def test_paths_are_relative_to_the_working_directory(tmp_path: Path) -> None:
    sentence = replace(UNVERIFIED.sentence, path=str(tmp_path / "docs" / "a.md"))
    (issue,) = render(Report((replace(CONTRADICTED, sentence=sentence),), 1), cwd=tmp_path)
    assert issue["location"]["path"] == "docs/a.md"


def test_a_notice_about_a_whole_file_is_on_its_first_line() -> None:
    (issue,) = render(Report((), 1, notices=(replace(UNUSED, line=0, column=0),)))
    assert issue["location"]["lines"] == {"begin": 1, "end": 1}
