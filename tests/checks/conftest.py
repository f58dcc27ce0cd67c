"""Fixtures for the check tests: a checker on the shipped facts and one on a bridge's facts."""

from __future__ import annotations

import pytest
from judging import BRIDGE_FACTS, checker_of

from factlint.engine import Checker
from factlint.facts import load_facts


@pytest.fixture(scope="session")
def lunar() -> Checker:
    """A checker on the bundled canonical facts."""
    return Checker(load_facts())


@pytest.fixture(scope="session")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    """A checker on a small facts file about a bridge, with ``entities`` and ``about``."""
    return checker_of(tmp_path_factory.mktemp("facts"), BRIDGE_FACTS)
