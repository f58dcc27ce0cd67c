"""The node tree the facts loader builds is the one PyYAML's safe composer would build."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
import yaml.nodes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.facts import Kind, yamlnodes
from factlint.facts.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode, parse_yaml

LOADERS = [
    pytest.param(yaml.SafeLoader, id="python"),
    pytest.param(
        getattr(yaml, "CSafeLoader", None),
        id="libyaml",
        marks=pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml"),
    ),
]


def ours(node: Node) -> Any:
    if isinstance(node, MappingNode):
        return (
            "map",
            node.tag,
            [(ours(k), ours(v)) for k, v in node.value],
            node.line,
            node.column,
        )
    if isinstance(node, SequenceNode):
        return ("seq", node.tag, [ours(item) for item in node.value], node.line, node.column)
    assert isinstance(node, ScalarNode)
    return ("scalar", node.tag, node.value, node.line, node.column)


def theirs(node: yaml.Node) -> Any:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.nodes.MappingNode):
        return ("map", node.tag, [(theirs(k), theirs(v)) for k, v in node.value], line, column)
    if isinstance(node, yaml.nodes.SequenceNode):
        return ("seq", node.tag, [theirs(item) for item in node.value], line, column)
    return ("scalar", node.tag, node.value, line, column)


def same_as_pyyaml(text: str) -> None:
    """Where PyYAML composes a document and we refuse nothing, the trees are equal.

    PyYAML's composer is run on the parser the loader uses: libyaml and PyYAML's own
    parser differ on a few oddities (``!`` alone is a string to one, null to the other).
    """
    try:
        expected = yaml.compose(text, Loader=yamlnodes.Loader)
    except yaml.YAMLError:
        expected = None
    document = parse_yaml(text, "t.yaml")
    refused = any(i.kind in (Kind.TOO_DEEP, Kind.ALIAS_BOMB) for i in document.issues)
    if expected is None or refused:
        assert document.node is None or refused or "---" in text
        return
    assert document.node is not None
    assert ours(document.node) == theirs(expected)


SAMPLE = """\
# A facts file, with every kind of scalar
version: 1
sources:
  - id: a
    title: "Quoted: 29"
    date: 2023-12-07
    note: |
      folded
      text
claims:
  - {id: c, text: 'single', as_of: 2023, sources: [a, {id: a, quote: ~}]}
  - id: d
    complete: yes
    ratio: 1.5e+3
    empty:
    tagged: !!str 12
    plain: ! 12
    merge: <<
"""


@pytest.mark.parametrize("loader", LOADERS)
def test_the_tree_is_pyyamls(
    loader: type[yaml.SafeLoader], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlnodes, "Loader", loader)
    same_as_pyyaml(SAMPLE)
    tags = {
        k.value: v.tag
        for claim in parse_yaml(SAMPLE, "t.yaml").node.value[2][1].value  # type: ignore[union-attr]
        for k, v in claim.value
    }
    assert tags["as_of"] == yamlnodes.INT and tags["complete"] == yamlnodes.BOOL
    assert tags["empty"] == yamlnodes.NULL and tags["ratio"] == yamlnodes.FLOAT
    assert tags["tagged"] == yamlnodes.STR and tags["plain"] == yamlnodes.INT


def test_an_alias_is_the_node_its_anchor_names() -> None:
    document = parse_yaml("a: &x [1, 2]\nb: *x\n", "t.yaml")
    assert document.node is not None
    (_, first), (_, second) = document.node.value
    assert first is second


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: *nowhere\n", "found undefined alias 'nowhere'", 1),
        (
            "a: &x 1\nb: &x 2\n",
            "second occurrence (found duplicate anchor 'x'; first occurrence)",
            2,
        ),
        (  # an anchor inside the collection its twin names
            "a: &x [\n  &x 1]\n",
            "second occurrence (found duplicate anchor 'x'; first occurrence)",
            2,
        ),
    ],
)
def test_composer_errors_are_syntax_errors(text: str, message: str, line: int) -> None:
    document = parse_yaml(text, "t.yaml")
    (found,) = document.issues
    assert document.node is None
    assert (found.kind, found.problem.line) == (Kind.YAML_SYNTAX, line)
    assert found.problem.message == f"YAML syntax error: {message}"


def test_a_syntax_error_after_an_undefined_alias_is_the_one_reported() -> None:
    (found,) = parse_yaml("a: *nowhere\nb: 'open\n", "t.yaml").issues
    assert found.kind == Kind.YAML_SYNTAX and "never closed" in found.problem.message


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(["2023-02-30", "1.5e3", "yes", "~", "<<", "0o17", "0x1f", "=", ""]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(documents, st.booleans())
def test_any_document_gives_pyyamls_tree(document: Any, flow: bool) -> None:
    same_as_pyyaml(yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!'\"#\n ,?|>1~")), max_size=50))
def test_any_text_gives_pyyamls_tree(text: str) -> None:
    same_as_pyyaml(text)
