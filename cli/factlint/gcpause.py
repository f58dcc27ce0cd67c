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
