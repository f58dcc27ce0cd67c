"""Shared test setup: the compiled-facts cache goes to a temporary directory, never ~/.cache."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("factlint-cache")
    old = os.environ.get("FACTLINT_CACHE_DIR")
    os.environ["FACTLINT_CACHE_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("FACTLINT_CACHE_DIR", None)
    else:
        os.environ["FACTLINT_CACHE_DIR"] = old
