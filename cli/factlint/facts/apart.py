"""Load facts in a forked child process, so that this process never holds their YAML.

Reading a large base builds a node tree several times the size of the ``FactBase`` it
yields. Freed, that memory mostly stays with the process (the allocator cannot give
back an arena that one surviving string still uses), and the workers that compile the
claims are forked from it next, each starting as large. Read in a child, only the
``FactBase`` comes back (pickled, a second or so for 100,000 claims), compact, and the
child's memory goes with it. The child reports its progress through shared memory.

Where ``fork`` is unavailable, or the child fails in a way loading in this process
would not, the facts are loaded here instead: the outcome is the same either way.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factlint.errors import FactsError
from factlint.facts.load import load_facts
from factlint.gcpause import collector_paused
from factlint.model import FactBase
from factlint.progress import READING, Progress

# Bytes of YAML from which reading apart pays for the child and the pickling.
APART_FROM = 4 * 1024 * 1024
_POLL = 0.1  # seconds between two looks at the child's progress


def load_facts_apart(
    paths: Sequence[str | Path] | None,
    *,
    max_bytes: int,
    total: int,
    progress: Progress | None = None,
) -> FactBase:
    """``load_facts(paths, max_bytes=...)``, done in a forked child (``total``: the bytes
    of YAML, for ``progress``). Raises ``FactsError`` as ``load_facts`` does."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return load_facts(paths, max_bytes=max_bytes, progress=progress)
    context = multiprocessing.get_context("fork")
    done = context.Value("q", 0, lock=False)  # bytes read, written by the child
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(paths, max_bytes, done, send), daemon=True)
    child.start()
    send.close()
    try:
        outcome = _wait(child, receive, done, total, progress)
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()
    if outcome is None:  # the child died or failed: load here, as if it had never run
        return load_facts(paths, max_bytes=max_bytes, progress=progress)
    kind, value = outcome
    if kind == "problems":
        raise FactsError(value)
    if progress is not None:
        progress(READING, total, total)
    assert isinstance(value, FactBase)
    return value


def _wait(
    child: Any, receive: Any, done: Any, total: int, progress: Progress | None
) -> tuple[str, Any] | None:
    """What the child sends, reporting its progress meanwhile; None if it sends nothing."""
    while not receive.poll(_POLL):
        if progress is not None:
            progress(READING, min(done.value, total), total)
        if not child.is_alive() and not receive.poll():
            return None
    try:
        with collector_paused():  # the fact base lives on: no cycles to look for in it
            outcome: tuple[str, Any] = receive.recv()
    except (EOFError, OSError):
        return None
    return None if outcome[0] == "failed" else outcome


def _child(paths: Sequence[str | Path] | None, max_bytes: int, done: Any, send: Any) -> None:
    """Load the facts and send them, or their problems, to the parent."""

    def report(stage: str, read: int, total: int) -> None:
        done.value = read

    # Ctrl-C reaches the whole process group: the parent ends the run (status 130) and
    # this child, told to stop, goes without a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        try:
            facts = load_facts(paths, max_bytes=max_bytes, progress=report)
            outcome: tuple[str, Any] = ("facts", facts)
        except FactsError as error:
            outcome = ("problems", error.problems)
        except Exception:  # the parent loads the facts itself and meets the same trouble
            outcome = ("failed", None)
        with collector_paused():  # pickling makes no garbage worth collecting
            send.send(outcome)
    except OSError:  # the parent has gone: nobody to tell
        pass
    finally:
        send.close()
