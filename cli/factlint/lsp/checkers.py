"""The checker for each document: the CLI's configuration discovery and facts, built once and kept.

A document is checked with the configuration found upward from its directory (as
``factlint check`` run there would), and the facts that configuration names. The
facts loader re-reads a facts file only when its modification time or size changes
and hands back the same ``FactBase`` otherwise, so asking before every check costs
a few ``stat`` calls and a changed file is picked up on the next check. When the
configuration or the facts turn invalid, the last good checker for that directory
is kept, and the error is handed to the caller to show.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factlint.config import Config, load_config
from factlint.engine import Checker, checker_for
from factlint.errors import FactlintError
from factlint.facts import load_facts
from factlint.files import excluded as excluded  # the server's, and the CLI's for stdin


@dataclass(frozen=True)
class Setup:
    """What a document is checked with."""

    checker: Checker
    config: Config


@dataclass(frozen=True)
class Lookup:
    """The setup for a document (None when there is none yet) and the error that kept the
    last good one, if any."""

    setup: Setup | None
    error: FactlintError | None = None


class Checkers:
    """Finds and keeps the setup for each directory documents are in."""

    def __init__(self, config: Path | None = None, facts: list[Path] | None = None) -> None:
        self.config = config  # --config: one file for every document
        self.facts = facts  # --facts: these facts for every document
        self._good: dict[Path, Setup] = {}

    def lookup(self, directory: Path) -> Lookup:
        """The setup for documents in ``directory``, reloading facts that changed."""
        directory = Path(os.path.abspath(directory))
        overrides = {"facts": [str(p) for p in self.facts] if self.facts else None}
        try:
            config = load_config(directory, self.config, overrides)
            facts = load_facts(list(config.facts) or None)
        except FactlintError as error:
            return Lookup(self._good.get(directory), error)
        setup = Setup(checker_for(facts, config.match), config)
        self._good[directory] = setup
        return Lookup(setup)
