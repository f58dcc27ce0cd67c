"""Hostile or broken inputs are refused quickly and harmlessly, each with its kind and position."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from factlint.errors import FactsError
from factlint.facts import Kind, load_facts, validate_facts_detailed, yamlnodes
from factlint.facts.yamlnodes import MAX_BYTES

BAD = Path(__file__).parent / "data" / "facts" / "bad"
# The scan runs on libyaml when PyYAML has it, else on PyYAML's own parser: test both.
LOADERS = [
    pytest.param(yaml.SafeLoader, id="python"),
    pytest.param(
        getattr(yaml, "CSafeLoader", None),
        id="libyaml",
        marks=pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml"),
    ),
]


def kinds(path: Path) -> list[tuple[int, Kind]]:
    return [(i.problem.line, i.kind) for i in validate_facts_detailed([path], lexicon=False)]


def test_billion_laughs_is_refused() -> None:
    assert kinds(BAD / "alias-bomb.yaml") == [(8, Kind.ALIAS_BOMB)]


def test_a_million_plain_nodes_are_no_alias_bomb(tmp_path: Path) -> None:
    # Only what aliases add counts towards the million: a large base has more nodes.
    path = tmp_path / "many.yaml"
    path.write_text("notes: [" + "1, " * 1_000_001 + "]\n")
    assert kinds(path) == [(1, Kind.UNKNOWN_KEY)]


def test_more_than_a_hundred_aliases_are_refused() -> None:
    assert kinds(BAD / "too-many-aliases.yaml") == [(103, Kind.ALIAS_BOMB)]


def test_a_recursive_alias_is_refused() -> None:
    assert kinds(BAD / "recursive-alias.yaml") == [(3, Kind.RECURSIVE_ALIAS)]


@pytest.mark.parametrize(
    "text",
    [
        "synonyms: " + "[" * 10_000 + "]" * 10_000 + "\n",  # flow sequences
        "synonyms: " + "{a: " * 10_000 + "b" + "}" * 10_000 + "\n",  # flow mappings
        "- " * 10_000 + "x\n",  # block sequences on one line
    ],
    ids=["flow-list", "flow-mapping", "block-list"],
)
@pytest.mark.parametrize("loader", LOADERS)
def test_deep_nesting_is_refused_before_composing(
    tmp_path: Path, text: str, loader: type[yaml.SafeLoader], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlnodes, "Loader", loader)
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    assert kinds(path) == [(1, Kind.TOO_DEEP)]


def test_libyamls_own_nesting_limit_is_too_deep_too() -> None:
    # libyaml 0.2.6 (PyYAML 6.0.4) refuses nesting past 1,000 levels itself, and its
    # scanner can get there before the scan has seen 64 levels: same kind, same message.
    mark = yaml.Mark("deep.yaml", 1009, 0, 1009, None, None)
    error = yaml.scanner.ScannerError(
        "while increasing flow level", mark, "exceeded maximum nesting depth", mark
    )
    found = yamlnodes._syntax_issue(error, "deep.yaml", "[" * 2000)
    assert (found.kind, found.problem.line, found.problem.column) == (Kind.TOO_DEEP, 1, 1010)
    assert found.problem.message == "nested more than 64 levels deep"


@pytest.mark.parametrize("size", [MAX_BYTES + 1, 300 * 1024 * 1024], ids=["just-over", "huge"])
def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path, size: int) -> None:
    path = tmp_path / "large.yaml"
    with path.open("wb") as stream:
        stream.truncate(size)  # sparse: NULs never written; reading them would be an error
    assert kinds(path) == [(1, Kind.TOO_LARGE)]


def test_the_default_limit_admits_a_large_curated_base(tmp_path: Path) -> None:
    # 100,000 claims take some 10-25 MiB of YAML: the default must admit them.
    assert MAX_BYTES >= 64 * 1024 * 1024
    path = tmp_path / "facts.yaml"
    path.write_text("# a padding line of a large base\n" * 800_000 + "synonyms: [[a, b]]\n")
    assert path.stat().st_size > 25 * 1024 * 1024
    assert validate_facts_detailed([path], lexicon=False) == []


def test_python_object_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "tag.yaml"
    path.write_text(
        f"sources:\n  - id: a\n    title: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    with pytest.raises(FactsError) as raised:
        load_facts([path], lexicon=False)
    assert [(p.line, p.column) for p in raised.value.problems] == [(3, 12)]
    assert kinds(path) == [(3, Kind.UNSUPPORTED_TAG)]
    assert not marker.exists()


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    (issue,) = validate_facts_detailed([missing], lexicon=False)
    assert (issue.problem.path, issue.kind) == (str(missing), Kind.NOT_FOUND)


def test_a_directory_without_yaml_files_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not facts")
    (issue,) = validate_facts_detailed([tmp_path], lexicon=False)
    assert (issue.problem.path, issue.kind) == (str(tmp_path), Kind.NO_YAML_FILES)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_path_that_is_not_a_regular_file_is_unreadable(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)  # opening it would block: it must be refused by its stat alone
    (issue,) = validate_facts_detailed([pipe], lexicon=False)
    assert (issue.problem.path, issue.kind) == (str(pipe), Kind.UNREADABLE)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs file permissions that bind"
)
def test_a_file_without_read_permission_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("synonyms: [[a, b]]\n")
    path.chmod(0)
    try:
        assert kinds(path) == [(0, Kind.UNREADABLE)]
    finally:
        path.chmod(0o600)


def test_a_claim_longer_than_a_sentence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    text = "NASA and China signed 29 accords in 2023, after Russia; " * 2000
    path.write_text(
        f"sources:\n  - {{id: s, title: T}}\nclaims:\n  - id: c\n    text: {text}\n"
        "    sources: [s]\n"
    )
    assert [(line, kind) for line, kind in kinds(path)] == [(5, Kind.TOO_LONG)]


def test_the_size_limit_can_be_lowered(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("# padding\n" * 200_000 + "synonyms: [[a, b]]\n")  # about 2 MiB
    assert validate_facts_detailed([path], lexicon=False) == []
    (issue,) = validate_facts_detailed([path], lexicon=False, max_bytes=1024 * 1024)
    assert (issue.problem.path, issue.kind) == (str(path), Kind.TOO_LARGE)


def test_the_size_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("# padding\n" * 600_000 + "synonyms: [[a, b]]\n")  # about 6 MiB
    (issue,) = validate_facts_detailed([path], lexicon=False, max_bytes=4 * 1024 * 1024)
    assert issue.kind == Kind.TOO_LARGE
    raised = validate_facts_detailed([path], lexicon=False, max_bytes=8 * 1024 * 1024)
    assert raised == []
    assert load_facts([path], lexicon=False, max_bytes=8 * 1024 * 1024).synonyms == (("a", "b"),)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_facts_directory_with_link_loops_and_dangling_links_loads(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("synonyms: [[a, b]]\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yml").write_text("synonyms: [[c, d]]\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.yaml").write_text("not: [valid\n")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a loop: never followed
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (tmp_path / "self.yaml").symlink_to(tmp_path / "self.yaml")
    facts = load_facts([tmp_path], lexicon=False)
    assert facts.synonyms == (("a", "b"), ("c", "d"))


def test_a_facts_directory_that_cannot_be_read_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.yaml").write_text("synonyms: [[a, b]]\n")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "b.yaml").write_text("synonyms: [[c, d]]\n")
    scandir = os.scandir

    def refuse(path: Any) -> Any:  # root reads any directory: refuse it as the OS would
        if Path(os.fsdecode(path)).name == "private":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    (found,) = validate_facts_detailed([tmp_path], lexicon=False)
    assert (found.problem.path, found.kind) == (str(tmp_path / "private"), Kind.UNREADABLE)
    with pytest.raises(FactsError):
        load_facts([tmp_path], lexicon=False)
