"""Tests of the ``line`` format: one ``path:line:column: severity: message [id]`` per line."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from factlint.model import Report
from factlint.report import RenderOptions
from factlint.report.line import LineFormatter
from sample_report import CONTRADICTED, REPORT

# What vim's errorformat, Emacs' compilation mode and VS Code problem matchers expect.
LOCATION = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (error|warning|info): .+$")


def render(report: Report, **options: Any) -> str:
    out = io.StringIO()
    LineFormatter().render(report, RenderOptions(**options), out)
    return out.getvalue()


def test_line_lists_what_needs_attention_and_notices() -> None:
    assert render(REPORT).splitlines() == [
        "docs/draft.md:3:5: error: count differs: the draft says 35, the facts say 146"
        " (as of 2023-09) [saturn-moons]",
        "docs/draft.md:5:1: warning: replaced by pluto-dwarf [pluto-planet]",
        "docs/draft.md:13:1: info: unused factlint-disable comment [unused-suppression]",
    ]


def test_line_shows_unverified_only_on_request_and_falls_back_to_the_verdict() -> None:
    assert "docs/draft.md:9:1: info: unverified\n" not in render(REPORT)
    assert "docs/draft.md:9:1: info: unverified\n" in render(REPORT, show_unverified=True)


def test_every_line_is_a_location_and_there_is_no_summary() -> None:
    lines = render(REPORT, show_unverified=True).splitlines()
    assert len(lines) == 4
    assert all(LOCATION.match(line) for line in lines)


def test_line_never_shows_suppressed_or_supported_findings() -> None:
    text = render(REPORT, show_unverified=True)
    assert ":11:" not in text  # suppressed
    assert ":7:" not in text  # supported


def test_line_keeps_a_multiline_reason_on_one_line() -> None:
    finding = replace(CONTRADICTED, reason="count differs:\n  35 against 146")
    assert render(Report((finding,), 1)) == (
        "docs/draft.md:3:5: error: count differs: 35 against 146 [saturn-moons]\n"
    )


def test_line_paths_are_relative_to_cwd(tmp_path: Path) -> None:
    sentence = replace(CONTRADICTED.sentence, path=str(tmp_path / "sub" / "a.md"))
    finding = replace(CONTRADICTED, sentence=sentence)
    assert render(Report((finding,), 1), cwd=tmp_path).startswith("sub/a.md:3:5: error: ")
