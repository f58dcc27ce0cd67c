"""The language server's checkers: loaded through the compiled cache, reloaded on change."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factlint.cache
import factlint.facts.load as loader
from factlint.cache import load_compiled
from factlint.engine import Checker, check_document
from factlint.errors import FactsError
from factlint.facts.yamlnodes import YamlDocument, read_yaml
from factlint.lsp.checkers import Checkers
from factlint.model import Verdict

FACTS = """\
version: 1
sources: [{id: wire, title: Lunar wire}]
entities: [{name: Kestrel-7, kind: spacecraft}]
claims:
  - id: kestrel-instruments
    text: Kestrel-7 carries 12 scientific instruments.
    sources: [wire]
"""
SENTENCE = "Kestrel-7 carries 12 scientific instruments."


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / ".factlint.toml").write_text('facts = ["facts.yaml"]\n', encoding="utf-8")
    yield tmp_path


def verdict(checkers: Checkers, directory: Path) -> Verdict:
    setup = checkers.lookup(directory).setup
    assert setup is not None
    return judge(setup.checker)


def judge(checker: Checker) -> Verdict:
    findings, _ = check_document(SENTENCE, "draft.txt", "text", checker)
    return findings[0].verdict


def touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def test_a_warm_cache_is_used_without_reading_yaml(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_compiled([workdir / "facts.yaml"])  # as `factlint check` would have

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server read YAML although the cache holds these facts")

    monkeypatch.setattr(loader, "load_facts", refuse)
    assert verdict(Checkers(), workdir) is Verdict.SUPPORTED


def test_unchanged_facts_are_not_loaded_again(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkers = Checkers()
    first = checkers.lookup(workdir).setup
    loads: list[str] = []

    def counted(key: str) -> None:
        loads.append(key)

    monkeypatch.setattr(factlint.cache, "read_cache", counted)
    second = checkers.lookup(workdir).setup
    assert first is not None and second is not None
    assert second.checker is first.checker and loads == []


def test_changed_facts_are_loaded_again_and_broken_ones_keep_the_last_good(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkers = Checkers()
    assert verdict(checkers, workdir) is Verdict.SUPPORTED
    touch(workdir / "facts.yaml", FACTS.replace("carries 12", "carries 14"))
    assert verdict(checkers, workdir) is Verdict.CONTRADICTED
    touch(workdir / "facts.yaml", FACTS + "  - id: [broken\n")
    reads: list[Path] = []
    read = read_yaml

    def counted(path: Path, *args: Any) -> YamlDocument:
        reads.append(path)
        return read(path, *args)

    monkeypatch.setattr(loader, "read_yaml", counted)
    for _ in range(3):  # the error is kept: the broken file is read once, not before each check
        found = checkers.lookup(workdir)
        assert isinstance(found.error, FactsError)
        assert found.setup is not None
        assert judge(found.setup.checker) is Verdict.CONTRADICTED
    assert reads == [workdir / "facts.yaml"]
