"""The parts of a sweep that need no cluster: partitions, tallies, the outputs, task faults."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from distributed import KilledWorker

from factlint.errors import SweepError
from factlint.model import Finding, Report
from factlint.report.base import RenderOptions
from factlint.report.json import result_document
from factlint.report.sweep import render_summary
from factlint.sweep import cluster, task
from factlint.sweep.output import encode_json_lines, output_format
from factlint.sweep.parquet import SCHEMA, encode_parquet
from factlint.sweep.partition import MAX_FILES, Partition, files_per_task, partition_files
from factlint.sweep.summary import ClaimTally, Summary, Tally, claim_tallies, tally
from factlint.sweep.task import PartitionResult
from sample_report import CONTRADICTED, OUTDATED, REPORT, SUPPORTED, UNVERIFIED

# -- partitions


def test_partitions_hold_every_file_once_in_order_within_bounds(tmp_path: Path) -> None:
    for i in range(23):
        (tmp_path / f"f{i:02d}.md").write_bytes(b"x" * (100 if i != 7 else 5000))
    names = sorted(p.name for p in tmp_path.iterdir())
    runs = list(partition_files(names, cwd=str(tmp_path), max_files=4, max_bytes=1000))
    assert [name for run in runs for name in run] == names
    assert all(len(run) <= 4 for run in runs)
    assert ("f07.md",) in runs  # larger than a task may read: a task of its own
    sizes = [sum((tmp_path / n).stat().st_size for n in run) for run in runs if len(run) > 1]
    assert max(sizes) <= 1000


def test_a_file_that_cannot_be_measured_still_gets_a_task(tmp_path: Path) -> None:
    assert list(partition_files(["gone.md"], cwd=str(tmp_path))) == [("gone.md",)]


def test_small_sweeps_get_smaller_tasks() -> None:
    assert files_per_task(1_000_000, 16) == MAX_FILES
    assert files_per_task(300, 2) == 19  # eight tasks a worker thread
    assert files_per_task(1, 64) == 1


# -- tallies and the summary


def _at(finding: Finding, path: str) -> Finding:
    return replace(finding, sentence=replace(finding.sentence, path=path))


def test_claims_count_documents_not_sentences() -> None:
    findings = [CONTRADICTED, CONTRADICTED, _at(CONTRADICTED, "docs/other.md"), OUTDATED, SUPPORTED]
    tallies = claim_tallies(findings)
    assert tallies["saturn-moons"].contradicted == 2
    assert tallies["pluto-planet"].outdated == 1
    assert tallies["pluto-planet"].replaced_by == "pluto-dwarf"
    assert tallies["pluto-dwarf"].supported == 1  # the related claim of CONTRADICTED is not


def test_a_report_tally_leaves_suppressed_and_unverified_findings_out_of_the_claims() -> None:
    part = tally(REPORT, given=3)
    assert set(part.claims) == {"saturn-moons", "pluto-planet", "pluto-dwarf"}
    assert part.claims["saturn-moons"].contradicted == 1  # the suppressed one is not counted
    assert dict(part.sentences) == {
        "contradicted": 1,
        "outdated": 1,
        "supported": 1,
        "unverified": 1,
        "suppressed": 1,
    }
    assert part.findings == 4  # what is written: every result, as json's results
    assert (part.given, part.files, part.problems) == (3, 2, REPORT.problems)


def test_the_summary_adds_tasks_up_and_ranks_outdated_claims_first() -> None:
    summary = Summary()
    summary.add(tally(Report((CONTRADICTED, SUPPORTED), 1), given=1))
    summary.add(tally(Report((_at(OUTDATED, "a.md"), _at(OUTDATED, "b.md")), 2), given=2))
    summary.add(tally(Report((_at(CONTRADICTED, "c.md"),), 1), given=1))
    ranked = summary.ranked()
    assert [t.claim_id for t in ranked] == ["pluto-planet", "saturn-moons", "pluto-dwarf"]
    assert (ranked[0].outdated, ranked[1].contradicted, ranked[2].supported) == (2, 2, 1)
    assert (summary.done, summary.files, summary.findings) == (4, 4, 5)
    document = summary.to_document([])
    assert document["claims"][0] == {
        "claim_id": "pluto-planet",
        "claim": "Pluto is the ninth planet.",
        "as_of": None,
        "replaced_by": "pluto-dwarf",
        "outdated": 2,
        "contradicted": 0,
        "supported": 0,
    }
    assert document["sentences"]["outdated"] == 2


def test_ties_rank_by_contradictions_then_support_then_id() -> None:
    tallies = [
        ClaimTally("b", "B", outdated=1, contradicted=1),
        ClaimTally("a", "A", outdated=1, contradicted=1),
        ClaimTally("c", "C", outdated=1, contradicted=2),
        ClaimTally("d", "D", supported=9),
    ]
    assert [t.claim_id for t in sorted(tallies, key=lambda t: t.rank)] == ["c", "a", "b", "d"]


def test_the_printed_summary_names_what_to_correct_first() -> None:
    summary = Summary()
    summary.add(tally(Report((CONTRADICTED, _at(OUTDATED, "a.md"), UNVERIFIED), 2), given=2))
    out = io.StringIO()
    render_summary(summary, 1.25, 2, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == (
        "swept 2 files in 1.2 s on 2 workers: 3 findings "
        "(1 contradicted, 1 outdated, 0 supported, 1 unverified)"
    )
    assert "pluto-planet -> pluto-dwarf" in lines[2]
    assert "saturn-moons" in lines[3]


# -- outputs


def _documents(*findings: Finding) -> list[dict[str, Any]]:
    return [result_document(f, RenderOptions()) for f in findings]


def test_json_lines_are_the_json_formats_results_one_per_line() -> None:
    rows = _documents(CONTRADICTED, UNVERIFIED)
    lines = encode_json_lines(rows).decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows


def test_a_file_name_that_is_not_utf8_is_written_escaped() -> None:
    rows = _documents(_at(UNVERIFIED, "caf\udce9.md"))
    assert json.loads(encode_json_lines(rows))["path"] == "caf\udce9.md"
    assert encode_parquet(rows).to_pylist()[0]["path"] == "caf\\udce9.md"


def _names(value: Any, kind: pa.DataType) -> Any:
    """The keys of a json value beside the field names of its Parquet type, nested."""
    if isinstance(kind, pa.StructType):
        assert isinstance(value, dict)
        assert list(value) == [kind.field(i).name for i in range(kind.num_fields)]
        for i in range(kind.num_fields):
            field = kind.field(i)
            if value[field.name] is not None:
                _names(value[field.name], field.type)
    elif isinstance(kind, pa.ListType):
        for item in value:
            _names(item, kind.value_type)


def test_the_parquet_schema_has_every_field_of_a_json_result() -> None:
    row = _documents(CONTRADICTED)[0]  # a fix, sources, differences and a related claim
    assert row["fix"] and row["sources"] and row["differences"] and row["related"]
    _names(row, pa.struct(list(SCHEMA)))
    assert encode_parquet([row]).to_pylist() == [row]


def test_formats_follow_the_file_name() -> None:
    assert output_format("findings.jsonl").name == "jsonl"
    assert output_format("-").name == "jsonl"
    assert output_format("FINDINGS.PARQUET").name == "parquet"


def test_parquet_output_is_whole_with_what_was_written(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    fmt = output_format(str(tmp_path / "f.parquet"))
    writer = fmt.open(str(tmp_path / "f.parquet"))
    writer.write(fmt.encode(_documents(CONTRADICTED)))
    writer.write(fmt.encode([]))
    writer.write(fmt.encode(_documents(OUTDATED, SUPPORTED)))
    writer.close()
    assert pq.read_table(tmp_path / "f.parquet").num_rows == 3


# -- faults in a task, and tasks whose workers die


def test_a_document_the_engine_fails_on_is_a_problem_not_a_lost_partition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def check_files(paths: list[str], checker: object, *, jobs: int) -> Report:
        if any("boom" in p for p in paths):
            raise RuntimeError("boom")
        return Report(tuple(_at(SUPPORTED, p) for p in paths), len(paths))

    monkeypatch.setattr(task, "check_files", check_files)
    report = task._check(["a.md", "boom.md", "c.md"], checker=None)  # type: ignore[arg-type]
    assert [f.sentence.path for f in report.findings] == ["a.md", "c.md"]
    assert report.files == 2
    assert [(p.path, p.message) for p in report.problems] == [
        ("boom.md", "internal error while checking: RuntimeError")
    ]


class _Dead:
    """A future whose workers kept dying."""

    def result(self) -> PartitionResult:
        raise KilledWorker("task", "worker", 3)


def test_a_partition_whose_workers_keep_dying_is_split_then_reported() -> None:
    many, one = Partition(1, ("a.md", "b.md")), Partition(2, ("b.md",))
    assert cluster._result(_Dead(), many, 3, progress=True) is None  # type: ignore[arg-type]
    result = cluster._result(_Dead(), one, 3, progress=True)  # type: ignore[arg-type]
    assert result is not None and result.payload is None
    assert result.tally == Tally(1, 0, {}, {}, result.tally.problems)
    assert [p.path for p in result.tally.problems] == ["b.md"]
    with pytest.raises(SweepError):  # nothing ever finished: the workers cannot run at all
        cluster._result(_Dead(), many, 3, progress=False)  # type: ignore[arg-type]
