"""Tests of the ``junit`` format: JUnit XML in the shape CI servers read.

``SHAPE`` is the element and attribute structure of the JUnit XML that Jenkins, GitLab
and Ant read (Jenkins' junit-10.xsd, with the ``file`` attribute on test cases that
GitLab and pytest add): every element the report holds must be allowed there, under an
allowed parent, with its required attributes and no others.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from typing import Any

import pytest

from factlint.model import Report
from factlint.report import RenderOptions
from factlint.report.junit import JunitFormatter
from sample_report import CONTRADICTED, OUTDATED, REPORT, SUPPORTED, UNREADABLE, UNUSED

# element: (required attributes, optional attributes, allowed children)
SHAPE: dict[str, tuple[set[str], set[str], set[str]]] = {
    "testsuites": (
        set(),
        {"name", "tests", "failures", "errors", "disabled", "time"},
        {"testsuite"},
    ),
    "testsuite": (
        {"name", "tests"},
        {"failures", "errors", "skipped", "disabled", "time", "timestamp", "hostname", "id"},
        {"properties", "testcase", "system-out", "system-err"},
    ),
    "testcase": (
        {"name"},
        {"classname", "time", "assertions", "status", "file", "line"},
        {"skipped", "error", "failure", "system-out", "system-err"},
    ),
    "failure": (set(), {"message", "type"}, set()),
    "error": (set(), {"message", "type"}, set()),
    "skipped": (set(), {"message"}, set()),
    "system-out": (set(), set(), set()),
    "system-err": (set(), set(), set()),
}
COUNTS = ("tests", "failures", "errors", "skipped")


def check_shape(element: ET.Element) -> None:
    required, optional, children = SHAPE[element.tag]
    assert required <= set(element.attrib), element.tag
    assert set(element.attrib) <= required | optional, element.tag
    for name in COUNTS:
        if name in element.attrib:
            assert element.attrib[name].isdigit()
    for child in element:
        assert child.tag in children, f"{child.tag} in {element.tag}"
        check_shape(child)


def render(report: Report = REPORT, **options: Any) -> ET.Element:
    out = io.StringIO()
    JunitFormatter().render(report, RenderOptions(**options), out)
    assert out.getvalue().startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.getvalue())
    assert root.tag == "testsuites"
    check_shape(root)
    (suite,) = root
    assert suite.attrib["tests"] == str(len(suite.findall("testcase")))
    for name in ("tests", "failures", "errors"):
        assert root.attrib[name] == suite.attrib[name]
    return suite


def cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.attrib["name"]: case for case in suite.iter("testcase")}


def test_one_test_case_per_checked_file_with_a_failure_per_error() -> None:
    clean = "docs/clean.md"
    report = replace(REPORT, paths=("docs/draft.md", clean))
    suite = render(report)
    found = cases(suite)
    assert list(found) == ["docs/draft.md", clean, "docs/broken.md"]
    draft = found["docs/draft.md"]
    (failure,) = draft.findall("failure")
    assert failure.attrib["type"] == "contradicted"
    assert failure.attrib["message"].startswith("docs/draft.md:3:5: count differs")
    assert failure.text is not None and "[saturn-moons]" in failure.text
    assert CONTRADICTED.sentence.text in failure.text
    assert list(found[clean]) == []  # a file with nothing wrong passes
    assert draft.attrib["file"] == "docs/draft.md"
    assert (suite.attrib["failures"], suite.attrib["errors"]) == ("1", "1")


def test_what_does_not_fail_the_run_is_in_system_out() -> None:
    out = cases(render())["docs/draft.md"].find("system-out")
    assert out is not None and out.text is not None
    lines = out.text.splitlines()
    assert lines[0].startswith("docs/draft.md:5:1: warning: ")  # outdated, below --fail-on
    assert lines[-1].endswith("[unused-suppression]")


@pytest.mark.parametrize(("fail_on", "failures"), [("error", 1), ("warning", 2), ("never", 0)])
def test_failures_follow_fail_on(fail_on: str, failures: int) -> None:
    report = Report((CONTRADICTED, OUTDATED, SUPPORTED), 1, paths=("docs/draft.md",))
    suite = render(report, fail_on=fail_on)
    assert len(suite.findall("testcase/failure")) == failures
    assert suite.attrib["failures"] == str(min(failures, 1))  # failed test cases, as JUnit counts


def test_an_unreadable_input_is_an_error() -> None:
    case = cases(render(Report((), 0, problems=(UNREADABLE,))))["docs/broken.md"]
    (error,) = case.findall("error")
    assert error.attrib["message"] == "not UTF-8"
    assert error.text == "docs/broken.md:2:7: not UTF-8"


def test_text_sentences_are_one_test_case() -> None:
    sentence = replace(CONTRADICTED.sentence, path="<text>", line=1, column=1)
    suite = render(Report((replace(CONTRADICTED, sentence=sentence),), 0, texts=1))
    case = cases(suite)["<text>"]
    assert "file" not in case.attrib
    assert len(case.findall("failure")) == 1


def test_characters_xml_cannot_hold_are_replaced() -> None:
    sentence = replace(CONTRADICTED.sentence, text="Saturn\x01 has 35 moons.", path="caf\udce9.md")
    suite = render(Report((replace(CONTRADICTED, sentence=sentence),), 1))
    (case,) = suite
    assert case.attrib["name"] == "caf\ufffd.md"
    failure = case.find("failure")
    assert failure is not None and failure.text is not None
    assert "Saturn\ufffd has 35 moons." in failure.text


def test_an_empty_report_is_an_empty_suite() -> None:
    suite = render(Report((), 0))
    assert (suite.attrib["tests"], suite.attrib["failures"]) == ("0", "0")


def test_the_unused_notice_alone_makes_a_test_case() -> None:
    case = cases(render(Report((), 1, notices=(UNUSED,))))["docs/draft.md"]
    assert case.find("failure") is None
    out = case.find("system-out")
    assert out is not None and out.text is not None and "unused-suppression" in out.text
