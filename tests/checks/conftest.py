"""Fixtures for the check tests: a checker on the shipped facts and one on a bridge's facts."""

from __future__ import annotations

import pytest
from judging import BRIDGE_FACTS

from factlint.engine import Checker
from factlint.facts import load_facts


@pytest.fixture(scope="session")
def lunar() -> Checker:
    """A checker on the bundled canonical facts."""
    return Checker(load_facts())


@pytest.fixture(scope="session")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    """A checker on a small facts file about a bridge (with the shipped lexicon)."""
    path = tmp_path_factory.mktemp("facts") / "bridge.yaml"
    path.write_text(BRIDGE_FACTS, encoding="utf-8")
    return Checker(load_facts([path]))
