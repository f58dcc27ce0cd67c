"""Checking sentences leaves no cycles behind: a check's objects are freed by reference
counting as soon as they are dropped, so the cycle collector has nothing to find.

The engine checks with the collector paused (it would otherwise walk the loaded index
again and again); these tests hold the reader, the checks and the corrections to
making no cyclic garbage, on the bundled facts and on a facts file written here.
"""

from __future__ import annotations

import gc
from pathlib import Path

from factlint.engine import Checker, check_files, load_checker
from factlint.facts import load_facts

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = [
    ROOT / "examples" / "lunar-briefing.md",
    *sorted((ROOT / "benchmarks" / "drafts").glob("*.md")),
]

LEAGUE = """\
version: 1
sources:
  - id: handbook
    title: Northland Basketball League handbook
claims:
  - id: teams
    text: The Northland Basketball League has 14 teams.
    as_of: 2024-09
    sources: [{id: handbook}]
  - id: arena
    text: The Harbour Arena in Tessby seats 9,200 people.
    sources: [{id: handbook}]
  - id: founded
    text: The league was founded in 1987 by Mara Lind.
    sources: [{id: handbook}]
"""
LEAGUE_DRAFT = """\
# The league

The Northland Basketball League has 16 teams. It was founded in 1987 by Mara Lind.

The Harbour Arena in Tessby seats about 9,000 people, and it opened in 1990.
"""


def cyclic_garbage(checker: Checker, paths: list[str]) -> list[str]:
    """The kinds of objects a check leaves in cycles (what only the collector frees)."""
    check_files(paths, checker)  # thaws the claims it needs (they live on), imports
    gc.collect()  # frees what the first run and the imports left
    gc.set_debug(gc.DEBUG_SAVEALL)  # from here on, what the collector finds is kept
    try:
        report = check_files(paths, checker)
        assert report.findings
        del report
        gc.collect()
        return sorted({type(o).__name__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()


def test_checking_drafts_on_the_bundled_facts_makes_no_cycles() -> None:
    checker = load_checker(cache=False)
    assert cyclic_garbage(checker, [str(p) for p in DRAFTS]) == []


def test_checking_a_draft_on_a_facts_file_of_its_own_makes_no_cycles(tmp_path: Path) -> None:
    facts = tmp_path / "league.yaml"
    facts.write_text(LEAGUE, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(LEAGUE_DRAFT, encoding="utf-8")
    checker = Checker(load_facts([facts]))
    assert cyclic_garbage(checker, [str(draft)]) == []


def test_a_check_of_many_files_pauses_the_collector_once_and_leaves_it_on(
    tmp_path: Path,
) -> None:
    """The collector is paused once for the whole check, not once a file: each time it came
    back on between two files it walked every claim thawed so far."""
    facts = tmp_path / "league.yaml"
    facts.write_text(LEAGUE, encoding="utf-8")
    paths = []
    for i in range(12):
        draft = tmp_path / f"draft{i}.md"
        draft.write_text(LEAGUE_DRAFT, encoding="utf-8")
        paths.append(str(draft))
    checker = Checker(load_facts([facts]))
    check_files(paths[:1], checker)  # imports and thaws before counting

    def collections(files: list[str]) -> int:
        """Collections started while ``files`` are checked, one every few allocations
        whenever the collector is on."""
        started: list[int] = []

        def count(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                started.append(info["generation"])

        threshold = gc.get_threshold()
        gc.set_threshold(10)
        gc.callbacks.append(count)
        try:
            check_files(files, checker)
        finally:
            gc.callbacks.remove(count)
            gc.set_threshold(*threshold)
        return len(started)

    # only as the collector comes back on at the end, however many files: a pause a
    # file gave several a file
    assert collections(paths) <= 2
    assert gc.isenabled()


def test_the_check_command_runs_with_the_collector_off() -> None:
    """``factlint check`` ends with its process and makes no cycles: the collector stays
    off from the start (loading the facts included) to the end."""
    import subprocess
    import sys

    code = (
        "import gc, sys\n"
        "import factlint.engine as engine\n"
        "from factlint.cli import main\n"
        "checked = engine.Checker.check_sentence\n"
        "def spy(self, *args, **kwargs):\n"
        "    sys.stderr.write(f'collector on: {gc.isenabled()}\\n')\n"
        "    return checked(self, *args, **kwargs)\n"
        "engine.Checker.check_sentence = spy\n"
        "sys.argv = ['factlint', 'check', '--no-cache', '--text', "
        "'Thirty-one countries have signed the Artemis Accords.']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode in (0, 1), done.stderr
    assert "collector on: False" in done.stderr
    assert "collector on: True" not in done.stderr
