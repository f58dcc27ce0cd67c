"""Facts read in a child process are the facts read here: same base, same problems."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factlint.cache import load_compiled
from factlint.errors import FactsError
from factlint.facts import load_facts
from factlint.facts.apart import load_facts_apart
from factlint.facts.yamlnodes import MAX_BYTES
from factlint.progress import READING

DATA = Path(__file__).parent / "data" / "facts"

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)


@needs_fork
def test_the_base_read_apart_is_the_base_read_here() -> None:
    paths = [DATA / "multi"]
    calls: list[tuple[str, int, int]] = []
    apart = load_facts_apart(
        paths, max_bytes=MAX_BYTES, total=100, progress=lambda *c: calls.append(c)
    )
    assert apart == load_facts(paths)
    assert calls[-1] == (READING, 100, 100)


@needs_fork
def test_problems_read_apart_are_raised_here() -> None:
    paths = [DATA / "bad" / "many-problems.yaml"]
    with pytest.raises(FactsError) as here:
        load_facts(paths)
    with pytest.raises(FactsError) as apart:
        load_facts_apart(paths, max_bytes=MAX_BYTES, total=1)
    assert apart.value.problems == here.value.problems


def test_without_fork_the_facts_are_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert load_facts_apart([DATA / "multi"], max_bytes=MAX_BYTES, total=1) == load_facts(
        [DATA / "multi"]
    )


@needs_fork
def test_the_child_never_writes_what_the_parent_had_buffered() -> None:
    # A language server's half-written message must not go out twice (multiprocessing
    # flushes standard output before it forks).
    code = (
        "import sys; sys.stdout.write('once'); "
        "from factlint.facts.apart import load_facts_apart; "
        f"load_facts_apart([{str(DATA / 'multi')!r}], max_bytes=1 << 20, total=1)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "once"


@needs_fork
def test_a_large_base_is_read_apart_and_compiles_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import factlint.facts.apart as apart

    here = load_compiled([DATA / "multi"], cache=False, jobs=2)
    used: list[int] = []
    read = apart.load_facts_apart

    def counted(*args: Any, **kwargs: Any) -> Any:
        used.append(1)
        return read(*args, **kwargs)

    monkeypatch.setattr(apart, "APART_FROM", 0)
    monkeypatch.setattr(apart, "load_facts_apart", counted)
    there = load_compiled([DATA / "multi"], cache=False, jobs=2)
    assert used == [1]
    assert (there.ids, dict(there.postings), bytes(there.blobs.buffer)) == (
        here.ids,
        dict(here.postings),
        bytes(here.blobs.buffer),
    )
    assert load_compiled([DATA / "multi"], cache=False, jobs=1).ids == here.ids  # one core: here
