"""Fuzz the facts loader and the engine with hypothesis at scale, for a set time.

Run: python benchmarks/fuzz.py --minutes 10 [facts|engine|all]

Each target draws inputs without end in batches, for its share of the time:

- facts:  facts files built from the format's keys, valid facts files full of odd
          names, aliases, synonyms and claim texts, real facts files mutated (spans cut,
          doubled, re-indented, tabs, anchors, aliases, tags, flow brackets inserted),
          text over YAML's special characters, and raw bytes, read through
          ``read_facts_file`` and ``load_facts``. Nothing may raise; every problem must
          name the file, with a position.
          A file that loads is indexed, its claims checked and its claims shown.
- engine: drafts of the facts' own words with Markdown, suppression comments and
          punctuation, real drafts mutated, any Unicode text and raw bytes, with any line
          ending, a BOM or UTF-16, written to a ``.md`` and a ``.txt`` file and checked as
          ``factlint check`` does (reading, suppressions), then rendered in every output
          format. Nothing may raise; bytes that are not text must be a problem naming the
          file; every sentence must lie inside the file; a second run must give the same
          verdicts.

An input that takes longer than ``--slow`` seconds counts as a hang. Each failure is
shrunk by hypothesis to a small example and written to ``--crashes`` (default
``benchmarks/fuzz-crashes/``), one file per distinct failure, and counted; the run goes
on. The summary prints inputs tried, failures and hangs for each target; the exit
status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rich.console import Console

import factlint
from factlint.engine import Checker, check_files, check_text
from factlint.errors import FactsError
from factlint.facts import clear_cache, load_facts
from factlint.facts.load import read_facts_file
from factlint.model import Finding, Problem, Sentence
from factlint.report import FORMATS, RenderOptions
from factlint.report.facts_view import render_claim, render_claims_table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = str(Path(factlint.__file__).resolve().parent)
FACTS = load_facts()
CHECKER = Checker(FACTS)


class Slow(Exception):
    """An input took longer than the limit: a hang, for this harness."""


@dataclass
class Target:
    """A fuzzed function and what happened to it."""

    name: str
    make: Callable[[Callable[[], None]], Callable[[], None]]  # counter -> hypothesis test
    tried: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # signature -> report
    hangs: int = 0


# --- inputs ------------------------------------------------------------------------------

YAML_KEYS = [
    "version", "sources", "claims", "entities", "synonyms", "id", "title", "text", "date",
    "as_of", "replaced_by", "members", "names", "excluded", "complete", "examples",
    "supported", "contradicted", "quote", "name", "kind", "aliases", "within", "demonyms",
    "publisher", "url", "note", "about", "x",
]  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["2023", "2023-02-30", "a", "country", "s1", "c1", "", "2023-09", "1e9"]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.sampled_from(YAML_KEYS), inner, max_size=6),
    ),
    max_leaves=40,
)
YAML_BITS = [
    "\n", "  ", "\t", "- ", ": ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: *a", "!!str ",
    "!!python/object:os.system ", "!tag ", "? ", "|", ">", "'", '"', "#", "---\n", "...\n",
    "%YAML 1.1\n", "@", "`", "\\", "\ufeff", "\x85", "\u2028", "id: x", "sources: [s]",
]  # fmt: skip
SAMPLE_FACTS = [
    path.read_text(encoding="utf-8", errors="replace")
    for path in sorted(
        [*(ROOT / "facts").glob("*.yaml"), *(ROOT / "tests" / "data" / "facts").rglob("*.yaml")]
    )
]
SAMPLE_DRAFTS = [
    path.read_text(encoding="utf-8", errors="replace")
    for path in sorted(
        [
            *(ROOT / "benchmarks" / "drafts").glob("*.md"),
            *(ROOT / "benchmarks" / "drafts").glob("*.txt"),
            *(ROOT / "examples").glob("*.md"),
        ]
    )
]
PROSE = [
    "Chang'e-7", "Chang'e-8", "NASA", "China", "the U.S.", "Russia", "Japan", "SLIM", "29",
    "31", "2026", "2029", "2030", "countries", "signed", "have signed", "the Artemis Accords",
    "will fly in", "launched", "landed", "in", "not", "never", "refused to", "about",
    "more than", "at least", "Sept. 6", "December 31", "the ILRS", "partners", "300 meters",
    "100 feet", "twenty-nine", "7:42 p.m. EDT", "the 74th", "south", "before", "after",
    "which", "and", "but", ".", ". ", "! ", "? ", ", ", "; ", ": ", " - ", " ", "  ", "\n",
    "\n\n", "\t", "# ", "- ", "1. ", "> ", "* ", "**", "_", "`", "```\n", "    ", "[",
    "](http://x.org)", "![i](a.png)", "<b>", "<!-- factlint-disable -->",
    "<!-- factlint-disable-next-line change7-2026 -->", "<!--", "-->", "| a | b |\n|---|---|\n",
    "&amp;", "&#65;", "\\", "\\*", "https://example.com/a.b", "e.g.", "Dr.", "...", "…", "“",
    "”", "'", '"', "(", ")", "é", "月", "\u00a0", "\u2014", "\u200b", "---\ntitle: x\n---\n",
    "# factlint-disable-next-line", "// factlint-enable",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, samples: list[str], bits: list[str], window: int) -> str:
    """Part of a real file (``window`` characters at most) with a few random edits: spans
    cut or doubled, lines swapped or re-indented, bits inserted."""
    text = draw(st.sampled_from(samples))
    start = draw(st.integers(0, max(len(text) - window, 0)))
    text = text[start : start + window]
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["cut", "double", "insert", "indent", "swap"]))
        size = draw(st.integers(0, 80))
        if op == "cut":
            text = text[:at] + text[at + size :]
        elif op == "double":
            text = text[:at] + text[at : at + size] * 2 + text[at + size :]
        elif op == "insert":
            text = text[:at] + draw(st.sampled_from(bits)) + text[at:]
        elif op == "indent":
            text = re.sub("\n", "\n" + " " * draw(st.integers(0, 3)), text, count=size)
        else:
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


WORDS = [p.strip() for p in PROSE if p.strip()] + ["-", "'", "''", ".", "(", "*", "a", "A"]
words = st.one_of(
    st.sampled_from(WORDS),
    st.text(st.characters(exclude_categories=["Cc", "Cs"]), min_size=1, max_size=10),
).filter(lambda w: w.strip() != "")
phrases = st.lists(words, min_size=1, max_size=8).map(" ".join)
dates = st.sampled_from(["2023", "2023-09", "2024-01-19", "1999-12-31", "2030"])


@st.composite
def valid_facts(draw: st.DrawFn) -> dict[str, Any]:
    """A facts file that passes validation, holding odd strings: names, aliases, synonyms
    and claim texts of punctuation, symbols, any script."""
    sources = [f"s{i}" for i in range(draw(st.integers(1, 3)))]
    claims = [f"c{i}" for i in range(draw(st.integers(1, 5)))]
    names = draw(st.lists(words, max_size=4, unique_by=str.casefold))
    kinds = ["country", "city", "agency", "mission", "program", "rocket", "person", "site"]
    document: dict[str, Any] = {
        "sources": [{"id": i, "title": draw(phrases)} for i in sources],
        "claims": [],
        "entities": [
            {
                "name": n,
                "kind": draw(st.sampled_from(kinds)),
                "aliases": draw(st.lists(words, max_size=3)),
            }
            for n in names
        ],
        "synonyms": draw(st.lists(st.lists(words, min_size=2, max_size=3), max_size=3)),
    }
    for index, claim_id in enumerate(claims):
        claim: dict[str, Any] = {
            "id": claim_id,
            "text": draw(phrases),
            "sources": draw(st.lists(st.sampled_from(sources), min_size=1, max_size=2)),
        }
        if draw(st.booleans()):
            claim["as_of"] = draw(dates)
        if names and draw(st.booleans()):
            claim["about"] = draw(st.lists(st.sampled_from(names), min_size=1, max_size=2))
        if names and draw(st.booleans()):
            claim["members"] = {"names": [names[0]], "complete": draw(st.booleans())}
        if index + 1 < len(claims) and draw(st.booleans()):
            claim["replaced_by"] = claims[index + 1]
        document["claims"].append(claim)
    return document


facts_inputs = st.one_of(
    documents.map(lambda d: yaml.safe_dump(d, allow_unicode=True).encode()),
    valid_facts().map(lambda d: yaml.safe_dump(d, allow_unicode=True).encode()),
    mutated(SAMPLE_FACTS, YAML_BITS, 4000).map(str.encode),
    st.lists(st.sampled_from(YAML_BITS + list("ab:-1 ")), max_size=80).map(
        lambda parts: "".join(parts).encode()
    ),
    st.binary(max_size=300),
)
draft_texts = st.one_of(
    st.lists(st.sampled_from(PROSE), max_size=60).map("".join),
    mutated(SAMPLE_DRAFTS, PROSE, 1500),
    st.text(max_size=400),
)
draft_inputs = st.one_of(
    st.tuples(
        draft_texts,
        st.sampled_from(["\n", "\r\n", "\r"]),
        st.booleans(),
        st.sampled_from(["", "-16"]),
    ).map(
        lambda t: (("\ufeff" if t[2] else "") + t[0].replace("\n", t[1])).encode(
            "utf" + t[3] if t[3] else "utf-8", "surrogatepass"
        )
    ),
    st.binary(max_size=400),
)


# --- oracles -----------------------------------------------------------------------------


def check_facts_file(data: bytes, folder: Path) -> None:
    """A facts file is read, validated and loaded without raising; problems name it."""
    path = folder / "facts.yaml"
    path.write_bytes(data)
    clear_cache()  # the same name, rewritten within one clock tick, must be read again
    facts = read_facts_file(path)
    for found in facts.issues:
        assert found.problem.path == str(path), found
        assert found.problem.line >= 0 and found.problem.column >= 0, found
    try:
        base = load_facts([path], lexicon=False)
    except FactsError as error:
        assert error.problems and all(isinstance(p, Problem) for p in error.problems)
        return
    names = [n for e in base.entities[-8:] for n in (e.name, *e.aliases)]
    for claim in base.claims:  # a file that loads must be checkable, and shown
        check_text(claim.text, base)
        check_text(f"{' and '.join(names)} said in 2021 that {claim.text} Not 29.", base)
    console = Console(file=io.StringIO(), width=100)
    render_claims_table(base, console)
    for claim in base.claims[:3]:
        render_claim(base, claim.id, console)


def file_offset(original: str, sentence: Sentence) -> tuple[int, int]:
    text = original.removeprefix("\ufeff")
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert 1 <= sentence.line <= sentence.end_line <= len(starts), sentence
    start = starts[sentence.line - 1] + sentence.column - 1
    end = starts[sentence.end_line - 1] + sentence.end_column
    assert 0 <= start < end <= len(text), sentence
    return start, end


def verdicts(findings: tuple[Finding, ...]) -> list[tuple[str, str, int, int, str, str | None]]:
    return [
        (f.sentence.path, f.sentence.text, f.sentence.line, f.sentence.column, f.verdict.value,
         f.claim.id if f.claim else None)
        for f in findings
    ]  # fmt: skip


def check_draft(data: bytes, folder: Path) -> None:
    """A draft is checked as ``factlint check`` checks it, and its report rendered."""
    paths = [str(folder / "draft.md"), str(folder / "draft.txt")]
    for path in paths:
        Path(path).write_bytes(data)
    report = check_files(paths, CHECKER)
    if report.problems:  # not text: each file is a problem with a position, and no finding
        assert [p.path for p in report.problems] == paths, report.problems
        assert all(p.line >= 1 and p.column >= 1 for p in report.problems), report.problems
        assert report.findings == () and report.files == 0
        return
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        original = data.decode("utf-16")
    else:
        original = data.decode("utf-8").removeprefix("\ufeff")
    for finding in report.findings:
        file_offset(original, finding.sentence)
    for notice in report.notices:
        assert notice.line >= 1 and notice.column >= 1, notice
    assert verdicts(report.findings) == verdicts(check_files(paths, CHECKER).findings)
    for formatter in FORMATS.values():
        options = RenderOptions(show_unverified=True, cwd=folder, version="fuzz")
        formatter.render(report, options, io.StringIO())


# --- running -----------------------------------------------------------------------------


def timed(limit: float, fn: Callable[[], None]) -> None:
    start = time.perf_counter()
    fn()
    if time.perf_counter() - start > limit:
        raise Slow(f"took {time.perf_counter() - start:.1f} s")


def targets(slow: float, folder: Path) -> dict[str, Target]:
    def facts_test(count: Callable[[], None]) -> Callable[[], None]:
        @given(facts_inputs)
        def run(data: bytes) -> None:
            count()
            timed(slow, lambda: check_facts_file(data, folder))

        return run

    def engine_test(count: Callable[[], None]) -> Callable[[], None]:
        @given(draft_inputs)
        def run(data: bytes) -> None:
            count()
            timed(slow, lambda: check_draft(data, folder))

        return run

    return {"facts": Target("facts", facts_test), "engine": Target("engine", engine_test)}


def signature(error: BaseException) -> str:
    """What tells one failure from another: its type and the innermost factlint frame."""
    trace = traceback.extract_tb(error.__traceback__)
    frames = [f for f in trace if f.filename.startswith(PACKAGE)]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(error).__name__} at {where}"


def fuzz(target: Target, seconds: float, batch: int, crashes: Path) -> None:
    deadline = time.monotonic() + seconds

    def count() -> None:
        target.tried += 1

    run: Any = settings(
        max_examples=batch,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )(target.make(count))
    while time.monotonic() < deadline:
        try:
            run()
        except Exception as error:  # every failure is recorded, and the run goes on
            if isinstance(error, Slow) or "Slow" in repr(error):
                target.hangs += 1
            key = signature(error)
            if key not in target.failures:
                report = "".join(traceback.format_exception(error))
                target.failures[key] = report
                name = f"{target.name}-{hashlib.sha1(key.encode()).hexdigest()[:8]}.txt"
                crashes.mkdir(parents=True, exist_ok=True)
                (crashes / name).write_text(f"{key}\n\n{report}", encoding="utf-8")
                print(f"  {target.name}: FAILURE {key} -> {crashes / name}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", default="all", choices=["facts", "engine", "all"])
    parser.add_argument("--minutes", type=float, default=10.0, help="total time (default 10)")
    parser.add_argument("--batch", type=int, default=100, help="examples per hypothesis run")
    parser.add_argument("--slow", type=float, default=10.0, help="seconds that make a hang")
    parser.add_argument("--crashes", type=Path, default=HERE / "fuzz-crashes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        chosen = targets(args.slow, Path(folder))
        names = list(chosen) if args.target == "all" else [args.target]
        share = args.minutes * 60 / len(names)
        start = time.monotonic()
        for name in names:
            print(f"fuzzing {name} for {share / 60:.1f} min", flush=True)
            fuzz(chosen[name], share, args.batch, args.crashes)
        elapsed = time.monotonic() - start
    print(f"\n{'target':8} {'inputs':>9} {'per s':>7} {'failures':>9} {'hangs':>6}")
    for name in names:
        t = chosen[name]
        rate = t.tried / share if share else 0.0
        print(f"{name:8} {t.tried:>9,} {rate:>7.0f} {len(t.failures):>9} {t.hangs:>6}")
        for key in t.failures:
            print(f"  {key}")
    print(f"total time {elapsed / 60:.1f} min")
    return 1 if any(chosen[n].failures for n in names) else 0


if __name__ == "__main__":
    sys.exit(main())
