"""Tests of the ``json`` format: one stable document listing everything."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from typing import Any

from factlint.model import Report
from factlint.report import RenderOptions
from factlint.report.json import JsonFormatter
from sample_report import CONTRADICTED, REPORT

RESULT_KEYS = [
    "path", "line", "column", "end_line", "end_column", "text", "verdict", "severity", "kind",
    "claim_id", "claim", "as_of", "score", "reason", "differences", "sources", "related",
    "suppressed", "fix",
]  # fmt: skip


def render(report: Report = REPORT) -> str:
    out = io.StringIO()
    JsonFormatter().render(report, RenderOptions(), out)
    return out.getvalue()


def document(report: Report = REPORT) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(render(report))
    return result


def test_json_document_has_the_documented_shape() -> None:
    doc = document()
    assert list(doc) == ["version", "results", "suppressed", "notices", "problems", "summary"]
    assert doc["version"] == 1
    assert all(list(result) == RESULT_KEYS for result in doc["results"])


def test_json_lists_every_finding_and_keeps_suppressed_ones_apart() -> None:
    doc = document()
    assert [(r["line"], r["verdict"], r["suppressed"]) for r in doc["results"]] == [
        (3, "contradicted", False),
        (5, "outdated", False),
        (7, "supported", False),
        (9, "unverified", False),
    ]
    assert [(r["line"], r["verdict"], r["suppressed"]) for r in doc["suppressed"]] == [
        (11, "contradicted", True),
    ]


def test_json_result_of_a_contradiction() -> None:
    result = document()["results"][0]
    assert result == {
        "path": "docs/draft.md",
        "line": 3,
        "column": 5,
        "end_line": 3,
        "end_column": 45,
        "text": "Saturn has 35 moons, says 50% of sources.",
        "verdict": "contradicted",
        "severity": "error",
        "kind": "count",
        "claim_id": "saturn-moons",
        "claim": "Saturn has 146 confirmed moons.",
        "as_of": "2023-09",
        "score": 91.5,
        "reason": "count differs: the draft says 35, the facts say 146 (as of 2023-09)",
        "differences": [{"kind": "count", "draft": "35", "facts": "146"}],
        "sources": [
            {
                "id": "nasa-moons",
                "title": "Saturn's moons",
                "publisher": "NASA",
                "date": "2023-09-01",
                "url": None,
            }
        ],
        "related": [
            {
                "verdict": "supported",
                "claim_id": "pluto-dwarf",
                "claim": "Pluto is a dwarf planet.",
                "reason": None,
                "kind": "entity",
                "score": 70.0,
            }
        ],
        "suppressed": False,
        "fix": {
            "description": 'Change "35" to "146" (saturn-moons, as of 2023-09)',
            "edits": [
                {
                    "line": 3,
                    "column": 16,
                    "end_line": 3,
                    "end_column": 17,
                    "start": 40,
                    "end": 42,
                    "original": "35",
                    "replacement": "146",
                }
            ],
        },
    }


def test_json_gives_no_fix_where_there_is_none() -> None:
    assert [r["fix"] for r in document()["results"][1:]] == [None, None, None]


def test_json_unverified_result_has_no_claim() -> None:
    result = document()["results"][3]
    assert result["severity"] == "info"
    assert (result["claim_id"], result["claim"], result["as_of"]) == (None, None, None)
    assert (result["reason"], result["kind"], result["sources"]) == (None, None, [])


def test_json_lists_notices_problems_and_summary() -> None:
    doc = document()
    assert doc["notices"] == [
        {
            "path": "docs/draft.md",
            "line": 13,
            "column": 1,
            "message": "unused factlint-disable comment",
            "code": "unused-suppression",
            "severity": "info",
        }
    ]
    assert doc["problems"] == [
        {"path": "docs/broken.md", "line": 2, "column": 7, "message": "not UTF-8"}
    ]
    assert doc["summary"] == {
        "files": 2,
        "sentences": 5,
        "supported": 1,
        "contradicted": 1,
        "outdated": 1,
        "unverified": 1,
        "suppressed": 1,
    }


def test_json_is_indented_utf8_with_a_trailing_newline() -> None:
    sentence = replace(CONTRADICTED.sentence, text="Saturn a 35 lunes — « 146 » en réalité.")
    text = render(Report((replace(CONTRADICTED, sentence=sentence),), 1))
    assert "« 146 » en réalité" in text
    assert text.startswith('{\n  "version": 1,\n  "results": [\n    {\n      "path"')
    assert text.endswith("}\n")


def test_json_scores_are_rounded() -> None:
    finding = replace(CONTRADICTED, score=91.53846153846153)
    assert document(Report((finding,), 1))["results"][0]["score"] == 91.54
