"""The checker for each document: the CLI's configuration discovery and facts, built once and kept.

A document is checked with the configuration found upward from its directory (as
``factlint check`` run there would), and the facts that configuration names, loaded
as ``factlint check`` loads them: through the compiled-facts cache, so that a server
started on a large base maps its compiled facts instead of reading YAML. Before every
check the facts files are looked at (``stat`` only); when one changed, the facts are
loaded again (compiled again if the cache does not hold the new content). When the
configuration or the facts turn invalid, the last good checker for that directory is
kept, and the error is handed to the caller to show.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factlint.compiled import default_jobs
from factlint.config import Config, load_config
from factlint.engine import Checker, load_checker
from factlint.errors import FactlintError
from factlint.facts.paths import Stamp, facts_stamp
from factlint.files import excluded as excluded  # the server's, and the CLI's for stdin
from factlint.model import MatchSettings


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


@dataclass(frozen=True)
class _Loaded:
    """The outcome of loading some facts, and what their files looked like then."""

    stamp: Stamp
    checker: Checker | None
    error: FactlintError | None = None


# What a set of facts is loaded with: the same facts under other settings is another checker.
_Key = tuple[tuple[Path, ...], MatchSettings, bool, int, int]


class Checkers:
    """Finds and keeps the setup for each directory documents are in."""

    def __init__(self, config: Path | None = None, facts: list[Path] | None = None) -> None:
        self.config = config  # --config: one file for every document
        self.facts = facts  # --facts: these facts for every document
        self._good: dict[Path, Setup] = {}
        self._loaded: dict[_Key, _Loaded] = {}

    def lookup(self, directory: Path) -> Lookup:
        """The setup for documents in ``directory``, reloading facts that changed."""
        directory = Path(os.path.abspath(directory))
        overrides = {"facts": [str(p) for p in self.facts] if self.facts else None}
        try:
            config = load_config(directory, self.config, overrides)
            checker = self._checker(config)
        except FactlintError as error:
            return Lookup(self._good.get(directory), error)
        setup = Setup(checker, config)
        self._good[directory] = setup
        return Lookup(setup)

    def _checker(self, config: Config) -> Checker:
        """The checker for the configured facts: the one kept while no file changed (an
        error too is kept, so invalid facts are not read again before every check)."""
        paths = list(config.facts) or None
        jobs = config.jobs or default_jobs()
        key: _Key = (config.facts, config.match, config.cache, config.max_facts_bytes, jobs)
        stamp = facts_stamp(paths)
        loaded = self._loaded.get(key)
        if loaded is None or loaded.stamp != stamp:
            try:
                checker = load_checker(
                    paths,
                    config.match,
                    cache=config.cache,
                    jobs=jobs,
                    max_bytes=config.max_facts_bytes,
                )
                loaded = _Loaded(stamp, checker)
            except FactlintError as error:
                loaded = _Loaded(stamp, None, error)
            self._loaded[key] = loaded
        if loaded.checker is None:
            assert loaded.error is not None
            raise loaded.error
        return loaded.checker
