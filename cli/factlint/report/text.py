"""The ``text`` format: a report for people at a terminal, coloured when asked.

Each finding that needs attention gets a block: where it is, the verdict and why,
the sentence, the values that differ, the claim and its sources. A supported
sentence gets a short block: the sentence and the claim and sources behind it.
Unverified sentences are only counted, unless asked for::

    draft.md:3:5  contradicted  count differs: the draft says 35, the facts say 29
        Saturn has 35 moons.
        count: draft 35, facts 29
        fix: 35 -> 29
        claim saturn-moons (as of 2023-09): Saturn has 29 confirmed moons.
        source: Saturn's moons (NASA, 2023-09-01)

    1 contradicted, 0 outdated, 7 supported, 2 unverified in 1 file (10 sentences)
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from factlint.model import Finding, Notice, Report, Source, Verdict
from factlint.report.base import (
    RenderOptions,
    count_suppressed,
    count_verdicts,
    display_path,
    needs_attention,
)

INDENT = 4

VERDICT_STYLE = {
    Verdict.CONTRADICTED: "bold red",
    Verdict.OUTDATED: "bold yellow",
    Verdict.SUPPORTED: "green",
    Verdict.UNVERIFIED: "dim",
}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _source_text(source: Source) -> str:
    details = ", ".join(part for part in (source.publisher, source.date or "undated") if part)
    return f"{source.title} ({details})" if details else source.title


def _finding_lines(finding: Finding) -> list[Text]:
    lines = [Text(finding.sentence.text, style="italic")]
    for d in finding.differences:
        line = Text.assemble((f"{d.kind}: ", "bold"), "draft ", (d.draft, "bold red"))
        if d.facts:
            line.append(", facts ")
            line.append(d.facts, style="bold green")
        lines.append(line)
    if finding.fix is not None:
        for edit in finding.fix.edits:
            lines.append(
                Text.assemble(
                    ("fix: ", "bold"), (edit.original, "red"), " -> ", (edit.replacement, "green")
                )
            )
    claim = finding.claim
    if claim:
        as_of = f" (as of {claim.as_of})" if claim.as_of else ""
        lines.append(
            Text.assemble(("claim ", "bold"), (claim.id, "cyan"), f"{as_of}: {claim.text}")
        )
    for source in finding.sources:
        lines.append(Text.assemble(("source: ", "bold"), _source_text(source)))
    for other in finding.related:
        name = other.claim.id if other.claim else "no claim"
        reason = f": {other.reason}" if other.reason else ""
        verdict = Text(other.verdict.value, style=VERDICT_STYLE[other.verdict])
        lines.append(Text.assemble(("also ", "bold"), verdict, " ", (name, "cyan"), reason))
    return lines


def _render_finding(console: Console, finding: Finding, options: RenderOptions) -> None:
    s = finding.sentence
    header = Text.assemble(
        (f"{display_path(s.path, options.cwd)}:{s.line}:{s.column}", "bold"),
        "  ",
        (finding.verdict.value, VERDICT_STYLE[finding.verdict]),
    )
    if finding.reason:
        header.append(f"  {finding.reason}")
    elif finding.kind:
        header.append(f"  {finding.kind}", style="dim")
    console.print(header)
    for line in _finding_lines(finding):
        _print_indented(console, line)
    console.print()


def _render_supported(console: Console, finding: Finding, options: RenderOptions) -> None:
    s = finding.sentence
    claim = finding.claim
    header = Text.assemble(
        (f"{display_path(s.path, options.cwd)}:{s.line}:{s.column}", "bold"),
        "  ",
        (finding.verdict.value, VERDICT_STYLE[finding.verdict]),
        "  ",
        (claim.id if claim else "", "cyan"),
        (f" (as of {claim.as_of})" if claim and claim.as_of else ""),
    )
    console.print(header)
    _print_indented(console, Text(finding.sentence.text, style="italic"))
    sources = "; ".join(_source_text(source) for source in finding.sources)
    if sources:
        _print_indented(console, Text.assemble(("sources: ", "bold"), sources))
    console.print()


def _print_indented(console: Console, line: Text) -> None:
    if console.soft_wrap:
        console.print(Text(" " * INDENT) + line)
    else:  # a hanging indent for wrapped lines
        console.print(Padding(line, (0, 0, 0, INDENT)))


def _render_notice(console: Console, notice: Notice, options: RenderOptions) -> None:
    console.print(
        Text.assemble(
            (f"{display_path(notice.path, options.cwd)}:{notice.line}:{notice.column}", "bold"),
            "  ",
            (notice.severity.value, "blue"),
            f"  {notice.message} ",
            (f"[{notice.code}]", "dim"),
        )
    )


def summary_text(report: Report) -> Text:
    """The closing line: how many sentences got each verdict, in how many files."""
    counts = count_verdicts(report)
    text = Text()
    for i, (verdict, n) in enumerate(counts.items()):
        if i:
            text.append(", ")
        text.append(f"{n} {verdict.value}", style=VERDICT_STYLE[verdict] if n else "")
    text.append(f" in {_checked(report)} ({_plural(len(report.findings), 'sentence')})")
    suppressed = count_suppressed(report)
    if suppressed:
        text.append(f"; {suppressed} suppressed", style="dim")
    return text


def _checked(report: Report) -> str:
    """What was checked: files, --text arguments, or both ("1 file and 2 --text arguments")."""
    parts = []
    if report.files or not report.texts:
        parts.append(_plural(report.files, "file"))
    if report.texts:
        parts.append(_plural(report.texts, "--text argument"))
    return " and ".join(parts)


class TextFormatter:
    """Renders a report for a person at a terminal."""

    name = "text"

    def render(self, report: Report, options: RenderOptions, out: TextIO) -> None:
        console = Console(
            file=out,
            force_terminal=options.color,
            # Basic ANSI colours are all this report uses; naming them keeps TERM=dumb
            # or a missing COLORTERM from overriding the caller's choice.
            color_system="standard" if options.color else None,
            force_jupyter=False,
            no_color=not options.color,
            highlight=False,
            markup=False,
            emoji=False,
            # Plain output is likely a file or a pipe: one line per line, never wrapped.
            soft_wrap=not options.color,
        )
        for finding in report.findings:
            if needs_attention(finding, options):
                _render_finding(console, finding, options)
            elif finding.verdict is Verdict.SUPPORTED and not finding.suppressed:
                _render_supported(console, finding, options)
        for notice in report.notices:
            _render_notice(console, notice, options)
        if report.notices:
            console.print()
        console.print(summary_text(report))
