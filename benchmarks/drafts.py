"""Check whole drafts against their expected findings, the way dev-draft.expected.yaml is read.

Run: python benchmarks/drafts.py [-v] [DIR_OR_DRAFT ...]

For each draft beside a NAME.expected.yaml (default: benchmarks/drafts/ and
../shared/eval/), runs ``factlint check --format json`` and compares: the
contradicted (and outdated) sentences by line and column, lines that must not be
checked, how many sentences start on given lines, and the exit code. Prints one
line per draft and a total.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DEFAULTS = [HERE / "drafts", HERE.parent.parent / "shared" / "eval"]


def drafts(paths: list[Path]) -> list[tuple[Path, Path]]:
    found = []
    for path in paths:
        for expected in sorted(path.glob("*.expected.yaml")) if path.is_dir() else []:
            stem = expected.name.removesuffix(".expected.yaml")
            for draft in sorted(path.glob(stem + ".*")):
                if draft != expected:
                    found.append((draft, expected))
    return found


def positions(results: list[dict[str, Any]], verdict: str) -> set[tuple[int, int]]:
    return {(r["line"], r["column"]) for r in results if r["verdict"] == verdict}


def score(draft: Path, expected_path: Path, verbose: bool) -> bool:
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    run = subprocess.run(
        [sys.executable, "-m", "factlint", "check", "--format", "json", draft.name],
        capture_output=True,
        text=True,
        cwd=draft.parent,
        check=False,
    )
    results = json.loads(run.stdout)["results"]
    problems = []
    for verdict in ("contradicted", "outdated"):
        if verdict not in expected and verdict != "contradicted":
            continue
        want = {(e["line"], e["column"]) for e in expected.get(verdict) or []}
        got = positions(results, verdict)
        if want != got:
            problems.append(f"{verdict}: missing {sorted(want - got)}, extra {sorted(got - want)}")
    starts = Counter(r["line"] for r in results)
    for line in expected.get("not_checked_lines", []):
        if any(r["line"] <= line <= r["end_line"] for r in results):
            problems.append(f"line {line} was checked")
    for key, count in expected.items():
        if key.startswith("sentences_starting_on_line_"):
            line = int(key.rsplit("_", 1)[1])
            if starts[line] != count:
                problems.append(f"{starts[line]} sentences start on line {line}, not {count}")
    if "exit_code" in expected and run.returncode != expected["exit_code"]:
        problems.append(f"exit {run.returncode}, not {expected['exit_code']}")
    status = "ok " if not problems else "BAD"
    print(f"{status} {draft.name}" + ("" if not problems else ": " + "; ".join(problems)))
    if verbose and problems:
        for r in results:
            if r["verdict"] != "unverified":
                print(f"      {r['line']}:{r['column']} {r['verdict']} {r['text'][:70]}")
    return not problems


def main() -> None:
    verbose = "-v" in sys.argv
    paths = [Path(a) for a in sys.argv[1:] if a != "-v"] or [p for p in DEFAULTS if p.exists()]
    found = drafts(paths)
    good = sum(score(draft, expected, verbose) for draft, expected in found)
    print(f"drafts: {good}/{len(found)} as expected")


if __name__ == "__main__":
    main()
