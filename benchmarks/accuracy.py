"""Score factlint's verdicts on an evaluation set: accuracy, false alarms, and by kind.

Run: python benchmarks/accuracy.py [-v] [EVAL.yaml ...]

Each file has the format of ../shared/eval/dev.yaml (``cases`` of ``text``,
``verdict``, optional ``accept`` and ``kind``). Default: the independent set in
benchmarks/eval/extra.yaml and, when it is there, ../shared/eval/dev.yaml. A false
alarm is a sentence flagged as contradicted that the set calls supported or
unverified. -v lists every miss. Sentences are checked with the library, one by
one, against the bundled facts.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

from factlint.engine import Checker
from factlint.facts import load_facts
from factlint.model import Sentence, Verdict

HERE = Path(__file__).resolve().parent
DEFAULTS = [HERE / "eval" / "extra.yaml", HERE.parent.parent / "shared" / "eval" / "dev.yaml"]


def score(path: Path, checker: Checker, verbose: bool) -> None:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    right = alarms = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        found = checker.check_sentence(Sentence(case["text"], str(path), 1, 1, 1, 1))
        accepted = case.get("accept", [case["verdict"]])
        good = found.verdict.value in accepted
        right += good
        alarms += (
            found.verdict is Verdict.CONTRADICTED
            and case["verdict"] in ("supported", "unverified")
            and "contradicted" not in accepted
        )
        by_kind[case.get("kind", "-")][0] += good
        by_kind[case.get("kind", "-")][1] += 1
        if verbose and not good:
            print(f"  want {case['verdict']:<12} got {found.verdict.value:<12} {case['text']}")
    kinds = ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(by_kind.items()))
    print(f"{path.name}: by kind: {kinds}")
    print(
        f"{path.name}: {right}/{len(cases)} right ({right / len(cases):.0%}), {alarms} false alarms"
    )


def main() -> None:
    verbose = "-v" in sys.argv
    paths = [Path(a) for a in sys.argv[1:] if a != "-v"] or [p for p in DEFAULTS if p.exists()]
    checker = Checker(load_facts())
    for path in paths:
        score(path, checker, verbose)


if __name__ == "__main__":
    main()
