"""Tests of the formatter registry and the helpers every format shares."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factlint.model import Report
from factlint.report import FORMATS, RenderOptions, get_formatter
from factlint.report.base import count_suppressed, count_verdicts, display_path, shown_findings
from sample_report import CONTRADICTED, OUTDATED, REPORT, SUPPORTED, SUPPRESSED, UNVERIFIED


def test_registry_holds_every_format_under_its_own_name() -> None:
    assert sorted(FORMATS) == ["github", "gitlab", "json", "junit", "line", "sarif", "text"]
    for name, formatter in FORMATS.items():
        assert formatter.name == name


def test_get_formatter_returns_the_registered_one() -> None:
    assert get_formatter("sarif") is FORMATS["sarif"]


def test_get_formatter_names_the_known_formats_when_asked_for_another() -> None:
    with pytest.raises(
        ValueError, match=r"unknown format 'xml'.*text, line, json, github, sarif, junit, gitlab"
    ):
        get_formatter("xml")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_formatters_write_only_to_their_stream(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    FORMATS[name].render(REPORT, RenderOptions(show_unverified=True), out)
    assert out.getvalue().endswith("\n")
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_formatters_render_an_empty_report(name: str) -> None:
    out = io.StringIO()
    FORMATS[name].render(Report(findings=(), files=0), RenderOptions(), out)
    if name in ("line", "github"):
        assert out.getvalue() == ""
    else:
        assert out.getvalue().endswith("\n")


def test_shown_findings_hide_supported_and_suppressed_and_unverified_unless_asked() -> None:
    assert shown_findings(REPORT, RenderOptions()) == [CONTRADICTED, OUTDATED]
    shown = shown_findings(REPORT, RenderOptions(show_unverified=True))
    assert shown == [CONTRADICTED, OUTDATED, UNVERIFIED]
    assert SUPPORTED not in shown and SUPPRESSED not in shown


def test_counts_leave_suppressed_findings_out() -> None:
    counts = count_verdicts(REPORT)
    assert [v.value for v in counts] == ["contradicted", "outdated", "supported", "unverified"]
    assert list(counts.values()) == [1, 1, 1, 1]
    assert count_suppressed(REPORT) == 1


def test_display_path_shortens_absolute_paths_under_cwd(tmp_path: Path) -> None:
    inside = str(tmp_path / "docs" / "a.md")
    assert display_path(inside, tmp_path) == "docs/a.md"


def test_display_path_keeps_other_paths(tmp_path: Path) -> None:
    outside = str(tmp_path.parent / "elsewhere.md")
    assert display_path(outside, tmp_path / "sub") == Path(outside).as_posix()
    assert display_path("docs/a.md", tmp_path) == "docs/a.md"
    assert display_path("-", tmp_path) == "-"
