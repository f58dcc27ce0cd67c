"""No input can make factlint backtrack or loop for long: adversarial drafts and every regular
expression in the package finish well inside a generous time limit.

Each test runs in a subprocess with a timeout: a pattern that backtracks catastrophically,
or work that grows with the square of the input, blows the limit by minutes. These are
guards, not speed measurements; ``benchmarks/robust_scaling.py`` prints the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

TIMEOUT = 120  # seconds for a whole batch; each input takes well under one today
# Every pattern of the package is tried on every unit: some 12,000 searches of 20,000
# characters, 40-90 s in all on a 2-core machine. Each search is held to its own limit
# instead, on its own CPU time: the slowest takes under half a second today, and one
# that backtracks over every split of a run of blanks took 21 s. The batch's limit is
# only a backstop.
PER_INPUT = 5.0
PATTERN_BATCH_TIMEOUT = 600

# Inputs built from one repeated unit, each aimed at a kind of pattern: long runs of
# digits, spaces and punctuation, words, names, dates, markup.
UNITS = {
    "digits": "1", "numbers": "1 ", "thousands": "1,000,", "decimals": "1.", "ranges": "1-",
    "money": "$1", "clock": "1:", "years": "2023 ", "months": "Sept. ", "spaces": " ",
    "newlines": "\n", "tabs": "\t", "dots": ".", "words": "a ", "token": "x",
    "initials": "A. ", "acronyms": "U.S.", "names": "NASA ", "clauses": "a, after b; ",
    "dashes": "a - ", "number-words": "twenty-", "hedges": "more than ", "brackets": "([",
    "links": "[a](", "images": "![", "backticks": "`", "emphasis": "*a", "html": "<a ",
    "comments": "<!-- ", "entities": "&#", "quotes": "\"'", "list": "- ", "quote-marks": "> ",
    "table": "|", "headings": "#",
}  # fmt: skip
# The units that once took time growing with the square of their length, at a length
# where that would take minutes.
ONCE_QUADRATIC = ["numbers", "years", "names", "clauses", "comments", "spaces"]


def run(script: str, *data: object, timeout: float = TIMEOUT) -> str:
    """Run ``script`` in a fresh interpreter, ``data`` in ``sys.argv[1:]`` as JSON.

    The script fails the test by exiting non-zero or by writing to stderr.
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *(json.dumps(d) for d in data)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not done.stderr, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("units", "size"),
    [(UNITS, 10_000), ({k: UNITS[k] for k in ONCE_QUADRATIC}, 100_000)],
    ids=["every-unit", "once-quadratic"],
)
def test_adversarial_drafts_are_checked_in_time(units: dict[str, str], size: int) -> None:
    script = """
        import json, sys
        from factlint.engine import check_text
        units, size = json.loads(sys.argv[1]), json.loads(sys.argv[2])
        for name, unit in units.items():
            text = (unit * (size // len(unit) + 1))[:size]
            for markdown in (True, False):
                check_text("It says " + text + " end.", markdown=markdown)
            print(name)
    """
    assert run(script, units, size).split() == list(units)


def test_a_claim_of_adversarial_text_is_read_in_time() -> None:
    script = """
        from factlint.facts import load_facts
        from factlint.reading.reader import read
        from factlint.reading.vocabulary import build_vocabulary
        facts = load_facts()
        vocabulary = build_vocabulary(facts.claims, facts.entities, facts.synonyms)
        for unit in ("1 ", "NASA 2023 ", "a   : after b; ", "$1 a month ", "Tallow Systems, the "):
            read((unit * (100_000 // len(unit)))[:100_000], vocabulary)
    """
    run(script)


# Patterns the code tries only at one place (after a number, at a line's start) with match,
# never searching a text with them, and that would take long if it did: they are tried
# with match and fullmatch, every other pattern with finditer through the whole text. A
# pattern imported into several modules is listed under the module that defines it.
MATCHED_AT_ONE_PLACE = [
    "factlint.config._TOML_POSITION",
    "factlint.reading.units.PER_TIME",
    "factlint.reading.values._PER_OTHER",
    "factlint.reading.values._SCALE_AFTER_NUMERAL",
    "factlint.reading.values._WORD_AFTER",
    "factlint.suppress.LINE_COMMENT",
    "factlint.suppress._DIRECTIVE",
    "factlint.text.plain.LINE_COMMENT",
    "factlint.vcs.changes._HUNK",
]
# Modules whose patterns read prose: the walk must reach each of them.
READING_WITH_PATTERNS = [
    "factlint.checks.members",
    "factlint.checks.order",
    "factlint.fixes.render",
    "factlint.reading.names",
    "factlint.reading.statements",
    "factlint.reading.units",
    "factlint.reading.values",
    "factlint.reading.vocabulary",
    "factlint.reading.words",
]
MORE_UNITS = [
    "a\n",
    "1 m ",
    "a-",
    "'s ",
    "-->",
    "~",
    "@@ -1,1 +",
    "1 GB ",
    "$1M ",
    "1 to ",
    "A (B) ",
]


def test_no_regular_expression_backtracks_catastrophically() -> None:
    script = """
        import importlib, json, pkgutil, re, sys, time
        import factlint
        from factlint.lazyre import LazyPattern
        at_one_place, units, limit = (json.loads(arg) for arg in sys.argv[1:4])
        patterns = {}  # id -> (pattern, the names it goes by)
        for info in pkgutil.walk_packages(factlint.__path__, "factlint."):
            if info.name.endswith(("__main__", ".cli")):
                continue
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                for item in value if isinstance(value, (list, tuple)) else [value]:
                    item = item[-1] if isinstance(item, tuple) and item else item
                    if isinstance(item, LazyPattern):
                        item = item.compiled
                    if isinstance(item, re.Pattern):
                        patterns.setdefault(id(item), (item, set()))[1].add(info.name + "." + name)
        seen = set()
        for pattern, names in patterns.values():
            anchored = bool(names & set(at_one_place))
            seen |= names
            for unit in units:
                text = (unit * (20_000 // len(unit) + 1))[:20_000]
                for tail in ("", "x"):
                    subject = text + tail
                    if isinstance(pattern.pattern, bytes):  # a pattern for git's output
                        subject = subject.encode("utf-8")
                    start = time.process_time()
                    if anchored:
                        pattern.match(subject)
                        pattern.fullmatch(subject)
                    else:
                        for _ in pattern.finditer(subject):
                            pass
                    if time.process_time() - start > limit:
                        print("slow", min(names), repr(unit + tail), file=sys.stderr)
        modules = {name.rsplit(".", 1)[0] for name in seen}
        print(len(patterns), len(set(at_one_place) & seen), " ".join(sorted(modules)))
    """
    out = run(
        script,
        MATCHED_AT_ONE_PLACE,
        sorted({*UNITS.values(), *MORE_UNITS}),
        PER_INPUT,
        timeout=PATTERN_BATCH_TIMEOUT,
    )
    found, anchored, *modules = out.split()
    assert int(found) > 60  # the walk found the package's patterns
    assert int(anchored) == len(MATCHED_AT_ONE_PLACE)  # none of them renamed or gone
    assert set(READING_WITH_PATTERNS) <= set(modules)  # every stage's patterns were walked
