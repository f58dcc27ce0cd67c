"""The facts JSON Schema agrees with the loader: valid files pass it, invalid ones fail it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml

from factlint.facts.validate import ENTITY_KINDS, known_keys

ROOT = Path(__file__).parent.parent
SCHEMA_PATH = ROOT / "cli" / "factlint" / "data" / "facts.schema.json"
DATA = Path(__file__).parent / "data" / "facts"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


class JsonLikeLoader(yaml.SafeLoader):
    """Loads what a YAML language server sees: dates stay the strings they were written as."""


JsonLikeLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=JsonLikeLoader)


def test_the_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_property_is_described() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert "description" in prop, f"{where}.{name} has no description"
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(SCHEMA, "schema")


def test_the_schema_knows_the_keys_the_loader_knows() -> None:
    defs = SCHEMA["$defs"]
    citation = next(o for o in defs["citation"]["oneOf"] if o.get("type") == "object")
    claim = defs["claim"]["properties"]
    in_schema = {
        "file": SCHEMA["properties"],
        "source": defs["source"]["properties"],
        "claim": claim,
        "citation": citation["properties"],
        "members": claim["members"]["properties"],
        "examples": claim["examples"]["properties"],
        "entity": defs["entity"]["properties"],
    }
    for part, keys in known_keys().items():
        assert set(in_schema[part]) == set(keys), part
    assert defs["entity"]["properties"]["kind"]["enum"] == list(ENTITY_KINDS)


@pytest.mark.parametrize(
    "path",
    sorted([*DATA.glob("good/*.yaml"), *DATA.glob("multi/*.yaml"), *DATA.glob("cross/*.yaml")]),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_valid_files_pass_the_schema(path: Path) -> None:
    VALIDATOR.validate(load(path))


BUNDLED = sorted((ROOT / "facts").glob("*.yaml"))


@pytest.mark.skipif(not BUNDLED, reason="the bundled facts are not written yet")
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_the_bundled_facts_pass_the_schema(path: Path) -> None:
    VALIDATOR.validate(load(path))


@pytest.mark.parametrize(
    "name",
    [
        "unknown-key.yaml",
        "wrong-type.yaml",
        "missing-key.yaml",
        "empty-value.yaml",
        "bad-id.yaml",
        "bad-date.yaml",
        "bad-version.yaml",
        "unknown-verdict.yaml",
        "unknown-entity-kind.yaml",
        "short-synonym-group.yaml",
        "empty-mapping.yaml",
        "not-mapping.yaml",
    ],
)
def test_invalid_files_fail_the_schema(name: str) -> None:
    assert list(VALIDATOR.iter_errors(load(DATA / "bad" / name)))
