"""The ``junit`` format: JUnit XML, for CI systems that show test reports (GitLab, Jenkins,
Azure Pipelines, CircleCI, Buildkite).

One test suite, one test case per checked file (and one for ``--text`` sentences), a
``<failure>`` in a file's test case for each finding at or above ``--fail-on``, and an
``<error>`` for each input that could not be read::

    <testsuites name="factlint" tests="2" failures="1" errors="0">
      <testsuite name="factlint" tests="2" failures="1" errors="0" skipped="0">
        <testcase classname="factlint" name="docs/a.md" file="docs/a.md">
          <failure type="contradicted" message="docs/a.md:3:1: quantity differs: ...">
            docs/a.md:3:1: error: quantity differs: ... [kestrel-length]
            The Kestrel Bridge is 800 metres long.
            claim kestrel-length: The Kestrel Bridge is 1,200 metres long.
          </failure>
          <system-out>docs/a.md:9:1: warning: outdated: ... [old-claim]</system-out>
        </testcase>
        <testcase classname="factlint" name="docs/b.md" file="docs/b.md" />
      </testsuite>
    </testsuites>

A file passes when nothing in it fails the run; findings below ``--fail-on`` that
need attention, and notices, are listed in its ``<system-out>``. ``failures`` and
``errors`` count test cases, as JUnit does. Characters XML cannot hold become U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from factlint.model import Finding, Notice, Problem, Report
from factlint.report.base import (
    RenderOptions,
    display_path,
    fails,
    message_of,
    needs_attention,
    one_line,
)

TEXT_PATH = "<text>"
SUITE = "factlint"
# Everything outside XML 1.0's Char production (C0 controls but tab and line ends,
# surrogates such as those standing for file name bytes that are not UTF-8, U+FFFE/F).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _where(path: str, line: int, column: int) -> str:
    return f"{path}:{line}:{column}" if line else path


def _finding_line(finding: Finding, path: str) -> str:
    s = finding.sentence
    claim = f" [{finding.claim.id}]" if finding.claim else ""
    where = _where(path, s.line, s.column)
    return f"{where}: {finding.severity.value}: {message_of(finding)}{claim}"


def _failure(case: ET.Element, finding: Finding, path: str) -> None:
    s = finding.sentence
    body = [_finding_line(finding, path), one_line(s.text)]
    if finding.claim:
        body.append(f"claim {finding.claim.id}: {one_line(finding.claim.text)}")
    body += [f"source: {source.title}" for source in finding.sources]
    failure = ET.SubElement(case, "failure", type=finding.verdict.value)
    failure.set("message", _xml(f"{_where(path, s.line, s.column)}: {message_of(finding)}"))
    failure.text = _xml("\n".join(body))


def _notice_line(notice: Notice, path: str) -> str:
    where = _where(path, notice.line, notice.column)
    return f"{where}: {notice.severity.value}: {one_line(notice.message)} [{notice.code}]"


@dataclass
class _File:
    """What the report says about one file: its findings, notices and problems."""

    findings: list[Finding] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _files(report: Report) -> dict[str, _File]:
    """Each file checked (then ``--text``, then any other path a notice or problem names)."""
    files = {path: _File() for path in report.paths}
    if report.texts:
        files[TEXT_PATH] = _File()
    for finding in report.findings:
        files.setdefault(finding.sentence.path, _File()).findings.append(finding)
    for notice in report.notices:
        files.setdefault(notice.path, _File()).notices.append(notice)
    for problem in report.problems:
        files.setdefault(problem.path, _File()).problems.append(problem)
    return files


def to_element(report: Report, options: RenderOptions) -> ET.Element:
    """The report as a ``<testsuites>`` element."""
    suite = ET.Element("testsuite")
    failed = errors = 0
    for path, file in _files(report).items():
        shown = display_path(path, options.cwd)
        case = ET.SubElement(suite, "testcase", classname=SUITE, name=_xml(shown))
        if path != TEXT_PATH:
            case.set("file", _xml(shown))
        failing = 0
        others = []  # what needs attention but does not fail the run, for whoever looks
        for finding in file.findings:
            if fails(finding, options.fail_on):
                _failure(case, finding, shown)
                failing += 1
            elif needs_attention(finding, options):
                others.append(_finding_line(finding, shown))
        if file.problems:
            _error(case, file.problems, shown)
        others += [_notice_line(n, shown) for n in file.notices]
        if others:
            ET.SubElement(case, "system-out").text = _xml("\n".join(others))
        failed += bool(failing)
        errors += bool(file.problems)
    root = ET.Element("testsuites")
    for element in (root, suite):
        element.set("name", SUITE)
        element.set("tests", str(len(suite)))
        element.set("failures", str(failed))
        element.set("errors", str(errors))
    suite.set("skipped", "0")
    root.append(suite)
    return root


def _error(case: ET.Element, problems: Sequence[Problem], path: str) -> None:
    error = ET.SubElement(case, "error", type="unreadable")
    error.set("message", _xml(problems[0].message))
    lines = [f"{_where(path, p.line, p.column)}: {p.message}" for p in problems]
    error.text = _xml("\n".join(lines))


class JunitFormatter:
    """Renders a report as JUnit XML."""

    name = "junit"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        root = to_element(report, options)
        ET.indent(root)
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")
