"""A hand-built report with one finding of every verdict, shared by the formatter tests."""

from __future__ import annotations

from factlint.model import (
    Citation,
    Claim,
    Difference,
    Edit,
    Finding,
    Fix,
    Notice,
    Problem,
    Report,
    Sentence,
    Source,
    Verdict,
)

NASA = Source("nasa-moons", "Saturn's moons", publisher="NASA", date="2023-09-01")
IAU = Source("iau", "Planet list", url="https://iau.example/planets")

MOONS = Claim(
    "saturn-moons",
    "Saturn has 146 confirmed moons.",
    (Citation("nasa-moons"),),
    as_of="2023-09",
)
PLUTO = Claim("pluto-dwarf", "Pluto is a dwarf planet.", (Citation("iau"),), as_of="2006")
PLUTO_OLD = Claim(
    "pluto-planet", "Pluto is the ninth planet.", (Citation("iau"),), replaced_by="pluto-dwarf"
)


def sentence(text: str, line: int, path: str = "docs/draft.md", column: int = 1) -> Sentence:
    """A one-line sentence at ``line``."""
    return Sentence(text, path, line, column, line, column + len(text) - 1)


CONTRADICTED = Finding(
    sentence("Saturn has 35 moons, says 50% of sources.", 3, column=5),
    Verdict.CONTRADICTED,
    claim=MOONS,
    sources=(NASA,),
    score=91.5,
    reason="count differs: the draft says 35, the facts say 146 (as of 2023-09)",
    kind="count",
    differences=(Difference("count", "35", "146"),),
    related=(Finding(sentence("x", 3), Verdict.SUPPORTED, claim=PLUTO, score=70.0, kind="entity"),),
    fix=Fix(
        'Change "35" to "146" (saturn-moons, as of 2023-09)',
        (Edit(40, 42, 3, 16, 3, 17, "35", "146"),),
    ),
)
OUTDATED = Finding(
    sentence("Pluto is the ninth planet.", 5),
    Verdict.OUTDATED,
    claim=PLUTO_OLD,
    sources=(IAU,),
    score=88.0,
    reason="replaced by pluto-dwarf",
    kind="replaced",
)
SUPPORTED = Finding(
    sentence("Pluto is a dwarf planet.", 7),
    Verdict.SUPPORTED,
    claim=PLUTO,
    sources=(IAU,),
    score=99.0,
)
UNVERIFIED = Finding(sentence("Mars has two moons.", 9), Verdict.UNVERIFIED)
SUPPRESSED = Finding(
    sentence("Saturn has 12 moons.", 11),
    Verdict.CONTRADICTED,
    claim=MOONS,
    reason="count differs",
    kind="count",
    suppressed=True,
)
UNUSED = Notice("docs/draft.md", 13, 1, "unused factlint-disable comment", "unused-suppression")
UNREADABLE = Problem("docs/broken.md", "not UTF-8", line=2, column=7)

REPORT = Report(
    findings=(CONTRADICTED, OUTDATED, SUPPORTED, UNVERIFIED, SUPPRESSED),
    files=2,
    notices=(UNUSED,),
    problems=(UNREADABLE,),
)
