"""Measure factlint's speed and memory on a large generated draft, beside baselines.

Run: python benchmarks/bench.py [--paragraphs N]

Prints, for the same input in the same run:
- parse only:     Markdown extraction and sentence splitting (the floor any checker pays);
- naive fuzzy:    every sentence scored against every claim with rapidfuzz's
                  process.extract (a similarity-only matcher, with no verdict logic);
- factlint check: the full engine (subject index, values, checks, verdicts);
- start-up:       loading the bundled facts and lexicon and building the claim index;
and peak memory (tracemalloc) of each step.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rapidfuzz import fuzz, process

from factlint.engine import Checker
from factlint.facts import clear_cache, load_facts
from factlint.reading.clean import fold
from factlint.text import parse_document

T = TypeVar("T")
HERE = Path(__file__).resolve().parent
SEED_SENTENCES = [
    "As of September 2023, 29 countries had signed the Artemis Accords.",
    "Thirty-one countries have signed the Artemis Accords.",
    "ILRS partners include Russia, Venezuela and Canada.",
    "The Chang'e-7 mission is planned for 2027.",
    "SLIM will try to land within 100 meters of a chosen spot inside Shioli Crater.",
    "NASA is free to cooperate with China.",
    "The announcement came at the International Astronautical Congress in Dubai.",
    "The Moon is about 384,400 kilometres from Earth.",
    "India signed a trade deal with Germany in 2023.",
    "Editors met on Tuesday to plan the next issue of the magazine.",
]


def make_draft(paragraphs: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["---\ntitle: generated\n---\n", "# Generated benchmark draft\n"]
    for i in range(paragraphs):
        chosen = rng.sample(SEED_SENTENCES, 4)
        parts.append(" ".join(chosen) + "\n")
        if i % 10 == 0:
            parts.append("```\ncode: 12\n```\n")
    return "\n".join(parts)


def measure(fn: Callable[[], T]) -> tuple[T, float, float]:
    """Run ``fn`` twice: once timed, once under tracemalloc for its peak memory."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2500)
    args = parser.parse_args()
    text = make_draft(args.paragraphs)

    def start_up() -> Checker:
        clear_cache()
        return Checker(load_facts())

    checker, t_start, m_start = measure(start_up)
    document, t_parse, m_parse = measure(lambda: parse_document(text, "bench.md", "markdown"))
    sentences = document.sentences
    claims = [fold(c.text) for c in load_facts().claims]

    def naive() -> object:
        return [
            process.extract(fold(s.text), claims, scorer=fuzz.WRatio, limit=3) for s in sentences
        ]

    _, t_naive, m_naive = measure(naive)
    findings, t_check, m_check = measure(lambda: checker.check_sentences(sentences))
    n = len(sentences)
    print(f"input: {len(text) / 1024:.0f} KiB, {n} sentences, {len(claims)} claims")
    print(f"{'step':<16}{'seconds':>10}{'sentences/s':>14}{'peak MiB':>10}")
    for name, secs, mem in (
        ("start-up", t_start, m_start),
        ("parse only", t_parse, m_parse),
        ("naive fuzzy", t_naive, m_naive),
        ("factlint check", t_check, m_check),
    ):
        rate = f"{n / secs:,.0f}" if name != "start-up" and secs else "-"
        print(f"{name:<16}{secs:>10.3f}{rate:>14}{mem:>10.1f}")
    flagged = sum(1 for f in findings if f.verdict.value == "contradicted")
    print(f"factlint flagged {flagged} of {n} sentences as contradicted")


if __name__ == "__main__":
    main()
