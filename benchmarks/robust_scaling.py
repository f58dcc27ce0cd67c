"""Show that checking time grows linearly with the size of hostile drafts.

Run: python benchmarks/robust_scaling.py [--size N] [--repeat R]

For each kind of input, the draft is built at n, 2n and 4n characters and checked as
Markdown (decoding, extraction, splitting, the engine); the table prints the time of
each and its ratio to the time at n. Linear growth shows as ratios near 2 and 4;
quadratic growth would show 4 and 16. Each time is the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial

from factlint.engine import Checker
from factlint.facts import load_facts
from factlint.text import decode_text, parse_document

DEV_SENTENCES = (
    "As of September 2023, 29 countries had signed the Artemis Accords. "
    "ILRS partners include Russia, Venezuela and Pakistan. "
    "The Chang'e-7 mission is planned for 2026. "
    "SLIM landed within 100 meters of its target on Jan. 19, 2024. "
)


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# name -> (what it is, draft of about ``size`` characters)
INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "tiny-sentences": ("'It rained.' over and over", lambda n: repeat("It rained. ", n)),
    "tiny-lines": ("'Go.' on lines of their own", lambda n: repeat("Go.\n", n)),
    "prose-one-line": ("real sentences on a single line", lambda n: repeat(DEV_SENTENCES, n)),
    "no-sentence-end": (
        "one line of words, never a full stop",
        lambda n: repeat(DEV_SENTENCES.replace(".", ""), n),
    ),
    "numbers": ("'1 1 1 ...' on one line", lambda n: repeat("1 ", n)),
    "years-and-names": ("'NASA 2023 ...' on one line", lambda n: repeat("NASA 2023 ", n)),
    "clauses": ("'a, after b; ...' on one line", lambda n: repeat("a, after b; ", n)),
    "one-token": ("a single word of n letters", lambda n: "x" * n),
    "unclosed-comments": ("'<!-- ' over and over", lambda n: repeat("<!-- ", n)),
    "crlf-paragraphs": ("paragraphs with CRLF ends", lambda n: repeat("It rained.\r\n\r\n", n)),
}


def best_time(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="n, in characters")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the best counts")
    parser.add_argument("only", nargs="*", help=f"inputs to time: {', '.join(INPUTS)}")
    args = parser.parse_args()
    unknown = sorted(set(args.only) - set(INPUTS))
    if unknown:
        parser.error(f"unknown input {unknown[0]!r}; choose from {', '.join(INPUTS)}")
    checker = Checker(load_facts())

    def check(text: str) -> None:
        content = decode_text(text.encode("utf-8"), "draft.md")
        checker.check_sentences(parse_document(content, "draft.md", "markdown").sentences)

    sizes = [args.size, 2 * args.size, 4 * args.size]
    print(f"{'input':18} " + " ".join(f"{f'{s:,} ch':>11}" for s in sizes) + "   ratios")
    for name in args.only or INPUTS:
        _, make = INPUTS[name]
        drafts = [make(size) for size in sizes]
        times = [best_time(partial(check, draft), args.repeat) for draft in drafts]
        ratios = " ".join(f"{t / times[0]:.1f}" for t in times[1:])
        print(f"{name:18} " + " ".join(f"{t:>10.2f}s" for t in times) + f"   x{ratios}")
    print("\nratios: time at 2n and 4n over time at n (linear: about 2 and 4)")
    for name in args.only or INPUTS:
        print(f"  {name}: {INPUTS[name][0]}")


if __name__ == "__main__":
    main()
