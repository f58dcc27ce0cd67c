"""Pause Python's cycle collector while a large facts base is read and compiled."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cycle collector off, then put it back as it was.

    Reading 100,000 claims makes millions of objects that all live on, and none in a
    cycle: the collector would walk the growing heap again and again (three times the
    reading time on its own) and find nothing to free. Reference counting still frees
    everything that is dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def young_collected() -> Iterator[None]:
    """Run the body with automatic collection off, then collect what it made alone.

    Checking sentences thaws claims that live on and makes short-lived objects, almost
    none in a cycle. The collector, left to itself, walks everything that has lived
    long (the thawed claims; in a forked worker, the index it inherited too, touching
    pages it would otherwise share) again and again: a quarter of a large check.
    Collecting only the youngest generation at the end still frees the body's cycles,
    at a cost in proportion to what the body made.
    """
    with collector_paused():
        try:
            yield
        finally:
            gc.collect(0)
