"""The fast JSON writer gives the standard library's indented text, character for character."""

from __future__ import annotations

import io
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.report import jsontext

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(keys, inner, max_size=4)
    ),
    max_leaves=30,
)


def standard(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)


@settings(max_examples=400, deadline=None)
@given(documents)
def test_generated_documents_are_written_as_json_writes_them(obj: Any) -> None:
    assert jsontext.dumps(obj) == standard(obj)


@pytest.mark.parametrize(
    "obj",
    [
        {},
        [],
        {"a": {}, "b": [], "c": [{}], "d": {"e": []}},
        {"text": 'He said "ça va" \u2014 \n\t\\ \x00 \ud800'},
        [math.nan, math.inf, -math.inf, -0.0, 1e300, 0.1],
        {1: "int", 2.5: "float", None: "none"},
        {True: "bool", False: "false"},
        (1, (2, 3)),
    ],
)
def test_edge_cases_are_written_as_json_writes_them(obj: Any) -> None:
    assert jsontext.dumps(obj) == standard(obj)
    out = io.StringIO()
    jsontext.dump(obj, out)
    assert out.getvalue() == standard(obj)


def test_what_json_cannot_write_is_refused_as_json_refuses_it() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({"a": object()})
    with pytest.raises(TypeError):
        jsontext.dumps({(1, 2): "tuple key"})
