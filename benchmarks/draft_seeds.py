"""Measure ``factlint facts draft``: claims drafted per article, and how they check back.

Run: python benchmarks/draft_seeds.py [-v] [--each] [ARTICLE ...]

Default: ../shared/seeds/*.txt. The articles are drafted together into one facts file,
as ``factlint facts draft ARTICLE...`` does (``--each``: each article on its own), the
file is written to a temporary directory and checked with ``factlint facts validate``'s
loader, and each article is then checked against it as ``factlint check --facts
DRAFTED.yaml ARTICLE`` would. Printed per article and in total: claims drafted, the
sentences they were drafted from, how many of those come back supported and how many
contradicted, and contradictions anywhere in the article. -v lists each sentence that
does not come back supported.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from factlint.engine import Checker, check_files, load_checker
from factlint.facts import validate_facts
from factlint.facts.draft import Draft, draft_facts, render_yaml
from factlint.model import Verdict

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def measure(articles: list[Path], each: bool, verbose: bool) -> int:
    started = time.perf_counter()
    groups = [[a] for a in articles] if each else [articles]
    totals = [0] * 7  # claims, sentences, supported, contradicted, anywhere, dropped, reworked
    print(f"{'article':<34} {'claims':>6} {'sents':>6} {'suppd':>6} {'contr':>6} {'any':>4}")
    with tempfile.TemporaryDirectory() as tmp:
        for number, group in enumerate(groups):
            draft = draft_facts(group)
            facts = Path(tmp) / f"drafted-{number}.yaml"
            facts.write_text(render_yaml(draft), encoding="utf-8")
            problems = validate_facts([facts])
            if problems:
                for problem in problems:
                    print(f"invalid draft: {problem}")
                return 1
            checker = load_checker([facts], cache=False)
            totals[5] += draft.dropped
            totals[6] += draft.reworked
            for article in group:
                row = _check(article, draft, checker, verbose)
                for i, n in enumerate(row):
                    totals[i] += n
    claims, sentences, supported, contradicted, anywhere, dropped, reworked = totals
    share = 100.0 * supported / sentences if sentences else 0.0
    print(
        f"{'total':<34} {claims:>6} {sentences:>6} {supported:>6} {contradicted:>6} {anywhere:>4}"
    )
    print(
        f"{len(articles)} articles: {claims} claims ({claims / max(1, len(articles)):.1f} an "
        f"article) from {sentences} sentences; {supported} supported ({share:.1f}%), "
        f"{contradicted} contradicted; {anywhere} contradictions in all sentences; "
        f"self-check: {dropped} candidate sentences dropped, {reworked} drafted otherwise; "
        f"{time.perf_counter() - started:.1f} s"
    )
    return 0


def _check(article: Path, draft: Draft, checker: Checker, verbose: bool) -> list[int]:
    path = str(article)
    mine = [c for c in draft.claims if c.source_id == _source_id(draft, path)]
    drafted = {(c.line, c.column) for c in mine}
    report = check_files([path], checker)
    supported = contradicted = anywhere = 0
    for finding in report.findings:
        where = (finding.sentence.line, finding.sentence.column)
        bad = finding.verdict is Verdict.CONTRADICTED
        anywhere += bad
        if where in drafted:
            supported += finding.verdict is Verdict.SUPPORTED
            contradicted += bad
            if verbose and finding.verdict is not Verdict.SUPPORTED:
                print(f"  {path}:{where[0]}:{where[1]}: {finding.verdict.value}: {finding.reason}")
    row = [len(mine), len(drafted), supported, contradicted, anywhere]
    print(f"{article.name:<34} {row[0]:>6} {row[1]:>6} {row[2]:>6} {row[3]:>6} {row[4]:>4}")
    return row


def _source_id(draft: Draft, path: str) -> str:
    return next((s.id for s in draft.sources if s.path == path), "")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    each = "--each" in argv
    named = [Path(a) for a in argv if not a.startswith("-")]
    articles = named or sorted(SEEDS.glob("*.txt"))
    if not articles:
        print(f"no articles (looked in {SEEDS})")
        return 1
    return measure(articles, each, verbose)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
