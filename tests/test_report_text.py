"""Tests of the ``text`` format: the report for people at a terminal."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from factlint.model import Difference, Report
from factlint.report import RenderOptions
from factlint.report.text import TextFormatter
from sample_report import CONTRADICTED, REPORT, SUPPORTED


def render(report: Report = REPORT, **options: Any) -> str:
    out = io.StringIO()
    TextFormatter().render(report, RenderOptions(**options), out)
    return out.getvalue()


def test_text_shows_a_block_per_finding_that_needs_attention() -> None:
    assert render() == (
        "docs/draft.md:3:5  contradicted  count differs: the draft says 35, the facts say 146"
        " (as of 2023-09)\n"
        "    Saturn has 35 moons, says 50% of sources.\n"
        "    count: draft 35, facts 146\n"
        "    fix: 35 -> 146\n"
        "    claim saturn-moons (as of 2023-09): Saturn has 146 confirmed moons.\n"
        "    source: Saturn's moons (NASA, 2023-09-01)\n"
        "    also supported pluto-dwarf\n"
        "\n"
        "docs/draft.md:5:1  outdated  replaced by pluto-dwarf\n"
        "    Pluto is the ninth planet.\n"
        "    claim pluto-planet: Pluto is the ninth planet.\n"
        "    source: Planet list (undated)\n"
        "\n"
        "docs/draft.md:7:1  supported  pluto-dwarf (as of 2006)\n"
        "    Pluto is a dwarf planet.\n"
        "    sources: Planet list (undated)\n"
        "\n"
        "docs/draft.md:13:1  info  unused factlint-disable comment [unused-suppression]\n"
        "\n"
        "1 contradicted, 1 outdated, 1 supported, 1 unverified in 2 files (5 sentences);"
        " 1 suppressed\n"
    )


def test_text_shows_unverified_only_on_request() -> None:
    assert "Mars has two moons." not in render()
    assert "docs/draft.md:9:1  unverified\n    Mars has two moons.\n" in render(
        show_unverified=True
    )


def test_text_shows_supported_sentences_briefly_and_never_suppressed_ones() -> None:
    text = render(show_unverified=True)
    supported = text.split("docs/draft.md:7:1  supported  pluto-dwarf")[1].split("\n\n")[0]
    assert "Pluto is a dwarf planet." in supported
    assert "claim " not in supported  # no full block: the claim is named in the header
    assert "Saturn has 12 moons." not in text


def test_text_does_not_print_problems() -> None:
    assert "broken.md" not in render()


def test_text_has_no_escape_codes_without_colour() -> None:
    assert "\x1b[" not in render(show_unverified=True)


def test_text_colours_verdicts_and_differences_on_request() -> None:
    text = render(color=True)
    assert "\x1b[1;31mcontradicted\x1b[0m" in text
    assert "\x1b[1;33moutdated\x1b[0m" in text
    assert "\x1b[1;31m35\x1b[0m" in text and "\x1b[1;32m146\x1b[0m" in text


def test_text_does_not_read_markup_or_emoji_in_sentences() -> None:
    sentence = replace(CONTRADICTED.sentence, text="[bold]Saturn[/bold] :rocket: has 35 moons.")
    text = render(Report((replace(CONTRADICTED, sentence=sentence),), 1))
    assert "    [bold]Saturn[/bold] :rocket: has 35 moons.\n" in text


def test_text_summary_counts_singular_and_plural() -> None:
    assert render(Report((SUPPORTED,), 1)).endswith(
        "\n0 contradicted, 0 outdated, 1 supported, 0 unverified in 1 file (1 sentence)\n"
    )


def test_text_summary_says_what_was_checked() -> None:
    only_texts = Report((SUPPORTED,), 0, texts=1)
    assert render(only_texts).endswith(" unverified in 1 --text argument (1 sentence)\n")
    both = Report((SUPPORTED, CONTRADICTED), 1, texts=2)
    assert render(both).endswith(" in 1 file and 2 --text arguments (2 sentences)\n")
    assert render(Report((), 0)).endswith(" in 0 files (0 sentences)\n")


def test_text_keeps_long_lines_whole_without_colour() -> None:
    long = "Saturn has 35 moons " + "and many rings " * 20
    sentence = replace(CONTRADICTED.sentence, text=long)
    text = render(Report((replace(CONTRADICTED, sentence=sentence),), 1))
    assert f"    {long}\n" in text


def test_text_shows_a_draft_value_the_facts_have_no_counterpart_for() -> None:
    finding = replace(CONTRADICTED, differences=(Difference("member", "Pluto", ""),))
    assert "    member: draft Pluto\n" in render(Report((finding,), 1))
