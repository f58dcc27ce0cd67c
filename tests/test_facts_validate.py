"""Each kind of facts problem is found at the node at fault: tests compare position and kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.facts import Kind, validate_facts, validate_facts_detailed

BAD = Path(__file__).parent / "data" / "facts" / "bad"
CROSS = Path(__file__).parent / "data" / "facts" / "cross"

# file in tests/data/facts/bad -> every (line, column, kind) it must produce, in order
EXPECTED: dict[str, list[tuple[int, int, Kind]]] = {
    "tabs.yaml": [(3, 1, Kind.YAML_SYNTAX)],
    "unclosed-quote.yaml": [(3, 12, Kind.YAML_SYNTAX)],  # where the quote opens
    "bad-indentation.yaml": [(4, 4, Kind.YAML_SYNTAX)],
    "empty-file.yaml": [(1, 1, Kind.EMPTY_FILE)],
    "empty-document.yaml": [(1, 1, Kind.EMPTY_FILE)],
    "empty-mapping.yaml": [(2, 1, Kind.EMPTY_FILE)],
    "not-mapping.yaml": [(2, 1, Kind.NOT_MAPPING)],
    "multiple-documents.yaml": [(4, 1, Kind.MULTIPLE_DOCUMENTS)],
    "unknown-key.yaml": [
        (1, 1, Kind.UNKNOWN_KEY),
        (7, 15, Kind.UNKNOWN_SOURCE),  # its source is under the misspelt key
        (8, 5, Kind.UNKNOWN_KEY),
    ],
    "wrong-type.yaml": [
        (3, 12, Kind.WRONG_TYPE),  # string expected
        (7, 14, Kind.WRONG_TYPE),  # list expected
        (8, 14, Kind.WRONG_TYPE),  # mapping expected
        (13, 17, Kind.WRONG_TYPE),  # bool expected
        (14, 11, Kind.WRONG_TYPE),
    ],
    "missing-key.yaml": [
        (2, 5, Kind.MISSING_KEY),  # title
        (4, 5, Kind.MISSING_KEY),  # id
        (6, 5, Kind.MISSING_KEY),  # text
        (6, 5, Kind.MISSING_KEY),  # sources
    ],
    "empty-value.yaml": [
        (3, 12, Kind.EMPTY_VALUE),  # ""
        (4, 15, Kind.EMPTY_VALUE),  # no value
        (8, 14, Kind.EMPTY_VALUE),  # sources: []
    ],
    "bad-id.yaml": [(2, 9, Kind.BAD_ID), (5, 9, Kind.BAD_ID)],
    "duplicate-id.yaml": [(4, 9, Kind.DUPLICATE_ID), (10, 9, Kind.DUPLICATE_ID)],
    "unknown-source.yaml": [(9, 9, Kind.UNKNOWN_SOURCE), (10, 9, Kind.UNKNOWN_SOURCE)],
    "bad-date.yaml": [
        (4, 11, Kind.BAD_DATE),  # 2023-02-30
        (7, 11, Kind.BAD_DATE),  # Sept 2023
        (10, 11, Kind.BAD_DATE),  # a time too
        (14, 12, Kind.BAD_DATE),  # as_of 2023-13
    ],
    "bad-version.yaml": [(1, 10, Kind.BAD_VERSION)],
    "unknown-claim.yaml": [(8, 18, Kind.UNKNOWN_CLAIM)],
    "self-replacement.yaml": [(8, 18, Kind.SELF_REPLACEMENT)],
    "replacement-cycle.yaml": [(13, 18, Kind.REPLACEMENT_CYCLE), (21, 18, Kind.REPLACEMENT_CYCLE)],
    "unknown-verdict.yaml": [(10, 7, Kind.UNKNOWN_VERDICT)],
    "member-conflict.yaml": [(10, 25, Kind.MEMBER_CONFLICT)],
    "unknown-entity-kind.yaml": [(3, 11, Kind.UNKNOWN_ENTITY_KIND)],
    "duplicate-key.yaml": [(4, 5, Kind.DUPLICATE_KEY), (9, 1, Kind.DUPLICATE_KEY)],
    "duplicate-entity.yaml": [(4, 11, Kind.DUPLICATE_ENTITY)],
    "short-synonym-group.yaml": [(3, 5, Kind.SHORT_SYNONYM_GROUP)],
    "unsupported-tag.yaml": [(3, 12, Kind.UNSUPPORTED_TAG), (5, 12, Kind.UNSUPPORTED_TAG)],
    "bad-encoding.yaml": [(3, 15, Kind.BAD_ENCODING)],
    "control-character.yaml": [(3, 17, Kind.BAD_ENCODING)],
    "alias-bomb.yaml": [(8, 8, Kind.ALIAS_BOMB)],
    "too-many-aliases.yaml": [(103, 5, Kind.ALIAS_BOMB)],
    "recursive-alias.yaml": [(3, 5, Kind.RECURSIVE_ALIAS)],
}

# Kinds only a generated file or a path can show; tested in test_facts_hostile.py
ELSEWHERE = {
    Kind.NOT_FOUND,
    Kind.UNREADABLE,
    Kind.NO_YAML_FILES,
    Kind.TOO_LARGE,
    Kind.TOO_DEEP,
    Kind.TOO_LONG,
}


def found(path: Path) -> list[tuple[int, int, Kind]]:
    issues = validate_facts_detailed([path], lexicon=False)
    assert all(i.problem.path == str(path) for i in issues)
    return [(i.problem.line, i.problem.column, i.kind) for i in issues]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file(name: str) -> None:
    assert found(BAD / name) == EXPECTED[name]


def test_every_bad_file_is_expected() -> None:
    on_disk = {p.name for p in BAD.glob("*.yaml")} - {"many-problems.yaml"}
    assert on_disk == set(EXPECTED)


def test_every_kind_is_tested() -> None:
    tested = {kind for issues in EXPECTED.values() for _, _, kind in issues}
    assert tested | ELSEWHERE == set(Kind)


def test_many_problems_are_all_reported_in_one_run() -> None:
    assert found(BAD / "many-problems.yaml") == [
        (5, 11, Kind.BAD_DATE),
        (6, 9, Kind.DUPLICATE_ID),
        (7, 12, Kind.EMPTY_VALUE),
        (10, 5, Kind.UNKNOWN_KEY),
        (11, 28, Kind.UNKNOWN_SOURCE),
        (12, 18, Kind.SELF_REPLACEMENT),
        (15, 14, Kind.EMPTY_VALUE),
        (17, 7, Kind.UNKNOWN_VERDICT),
        (20, 11, Kind.UNKNOWN_ENTITY_KIND),
    ]


def test_problems_from_several_files_come_in_one_run() -> None:
    paths = [BAD / "bad-id.yaml", BAD / "bad-date.yaml"]
    issues = validate_facts_detailed(paths, lexicon=False)
    assert [i.problem.path for i in issues] == [str(paths[0])] * 2 + [str(paths[1])] * 4


def test_across_files_the_later_definition_is_reported() -> None:
    issues = validate_facts_detailed([CROSS], lexicon=False)
    a, b = str(CROSS / "a.yaml"), str(CROSS / "b.yaml")
    assert [(i.problem.path, i.problem.line, i.kind) for i in issues] == [
        (a, 8, Kind.REPLACEMENT_CYCLE),  # a.yaml -> b.yaml -> a.yaml, reported once
        (b, 2, Kind.DUPLICATE_ID),
        (b, 5, Kind.DUPLICATE_ID),
        (b, 13, Kind.DUPLICATE_ENTITY),
    ]
    assert f"{a}:2" in issues[1].problem.message  # names the first definition


def test_unknown_key_suggests_the_closest_key() -> None:
    (issue, *_) = validate_facts_detailed([BAD / "unknown-key.yaml"], lexicon=False)
    assert "'sources'" in issue.problem.message


def test_problems_print_as_path_line_column() -> None:
    (problem,) = validate_facts([BAD / "bad-version.yaml"], lexicon=False)
    assert str(problem).startswith(f"{BAD / 'bad-version.yaml'}:1:10: ")


def test_valid_files_have_no_problems() -> None:
    data = Path(__file__).parent / "data" / "facts"
    assert validate_facts([data / "good"], lexicon=False) == []
    assert validate_facts([data / "multi"], lexicon=False) == []


def test_every_kind_is_documented() -> None:
    root = Path(__file__).parent.parent
    pages = [root / "docs" / "facts-format.md", root / "README.md"]  # wherever the section lives
    docs = "".join(p.read_text(encoding="utf-8") for p in pages if p.exists())
    assert [kind for kind in Kind if f"`{kind.value}`" not in docs] == []
