"""A small generated archive for the sweep tests: plain numeric claims and drafts that repeat,
contradict or outdate them, and what ``factlint check --format json`` says of it."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

FACTS = """\
version: 1
sources:
  - id: survey
    title: Regional infrastructure survey
claims:
  - id: kestrel-length-2020
    text: The Kestrel Bridge is 1,200 metres long.
    as_of: 2020
    replaced_by: kestrel-length
    sources: [survey]
  - id: kestrel-length
    text: The Kestrel Bridge is 1,350 metres long.
    as_of: 2024
    sources: [survey]
  - id: osprey-floors
    text: The Osprey Tower has 42 floors.
    sources: [survey]
entities:
  - name: Kestrel Bridge
    kind: place
  - name: Osprey Tower
    kind: place
"""

SENTENCES = [
    "The Kestrel Bridge is 1,200 metres long.",  # the replaced figure
    "The Kestrel Bridge is 800 metres long.",  # another figure
    "The Kestrel Bridge is 1,350 metres long.",  # the current one
    "The Osprey Tower has 42 floors.",
    "The Osprey Tower has 30 floors.",
    "Lunch was served at noon.",  # about nothing the facts know
]
SUPPRESS = "<!-- factlint-disable-next-line -->"


def write_archive(root: Path, documents: int, seed: int = 14) -> tuple[Path, Path]:
    """``root/facts.yaml`` and ``documents`` drafts under ``root/docs/`` (in subdirectories,
    a few with a suppression comment); returns the two paths."""
    rng = random.Random(seed)
    facts = root / "facts.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    docs = root / "docs"
    for number in range(documents):
        folder = docs / f"part-{number % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        paragraphs = [rng.choice(SENTENCES) for _ in range(rng.randint(1, 4))]
        if number % 25 == 0:
            paragraphs.insert(0, SUPPRESS + "\n" + rng.choice(SENTENCES))
        (folder / f"doc-{number:04d}.md").write_text("\n\n".join(paragraphs) + "\n")
    return facts, docs


def run_factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def check_json(facts: Path, *paths: str, cwd: Path) -> dict[str, Any]:
    """The json report of ``factlint check`` on ``paths``."""
    done = run_factlint("check", "--facts", str(facts), "--format", "json", *paths, cwd=cwd)
    assert done.returncode in (0, 1, 2), done.stderr
    document: dict[str, Any] = json.loads(done.stdout)
    return document


def as_set(rows: list[dict[str, Any]]) -> set[str]:
    """Findings as a set of canonical strings; duplicates are an error."""
    canonical = [json.dumps(row, sort_keys=True) for row in rows]
    assert len(canonical) == len(set(canonical)), "a finding was written twice"
    return set(canonical)


def read_lines(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def documents_per_claim(results: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """From json results: per claim, how many documents repeat it with each verdict."""
    paths: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in results:
        if row["claim_id"] and row["verdict"] in ("supported", "contradicted", "outdated"):
            paths[row["claim_id"]][row["verdict"]].add(row["path"])
    return {
        claim: {v: len(paths[claim][v]) for v in ("supported", "contradicted", "outdated")}
        for claim in paths
    }
