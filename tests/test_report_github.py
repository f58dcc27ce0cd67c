"""Tests of the ``github`` format: GitHub Actions workflow commands."""

from __future__ import annotations

import io
from dataclasses import replace

from factlint.model import Report
from factlint.report import RenderOptions
from factlint.report.github import GithubFormatter, escape_data, escape_property
from sample_report import CONTRADICTED, MOONS, REPORT


def render(report: Report, show_unverified: bool = False) -> list[str]:
    out = io.StringIO()
    GithubFormatter().render(report, RenderOptions(show_unverified=show_unverified), out)
    return out.getvalue().splitlines()


def test_github_annotates_each_finding_with_its_level() -> None:
    assert render(REPORT) == [
        "::error file=docs/draft.md,line=3,col=5,endLine=3,endColumn=45,"
        "title=factlint (saturn-moons)::count differs: the draft says 35, the facts say 146"
        " (as of 2023-09)",
        "::warning file=docs/draft.md,line=5,col=1,endLine=5,endColumn=26,"
        "title=factlint (pluto-planet)::replaced by pluto-dwarf",
        "::notice file=docs/draft.md,line=13,col=1,title=factlint (unused-suppression)"
        "::unused factlint-disable comment",
    ]


def test_github_shows_unverified_as_notices_on_request() -> None:
    lines = render(REPORT, show_unverified=True)
    assert (
        "::notice file=docs/draft.md,line=9,col=1,endLine=9,endColumn=19,title=factlint"
        in (lines[2])
    )


def test_escaping_follows_the_runner() -> None:
    assert escape_data("50%\r\nof: a, b") == "50%25%0D%0Aof: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_escapes_paths_claim_ids_and_messages() -> None:
    sentence = replace(CONTRADICTED.sentence, path="notes, v2:draft.md")
    claim = replace(MOONS, id="moons:saturn,2023")
    finding = replace(CONTRADICTED, sentence=sentence, claim=claim, reason="100% off\nreally")
    (line,) = render(Report((finding,), 1))
    assert line.startswith("::error file=notes%2C v2%3Adraft.md,line=3,")
    assert "title=factlint (moons%3Asaturn%2C2023)::" in line
    assert line.endswith("::100%25 off really")
