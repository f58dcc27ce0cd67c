"""Whatever a facts file holds, validation reports problems and never raises."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.facts.validate import check_document
from factlint.facts.yamlnodes import parse_yaml

KEYS = ["version", "sources", "claims", "entities", "synonyms", "id", "title", "text", "date"]
KEYS += ["as_of", "replaced_by", "members", "names", "excluded", "complete", "examples"]
KEYS += ["supported", "quote", "name", "kind", "aliases", "within", "x"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["2023", "2023-02-30", "a", "country", "1", ""]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=5),
    ),
    max_leaves=30,
)


def validate(text: str) -> None:
    document = parse_yaml(text, "fuzz.yaml")
    if document.node is not None or document.empty:
        check_document("fuzz.yaml", document.node)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(documents)
def test_any_structure_is_checked_without_raising(document: Any) -> None:
    validate(yaml.safe_dump(document))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!'\"#\n\t ,?|>%@`1")), max_size=60))
def test_any_text_is_checked_without_raising(text: str) -> None:
    validate(text)
