"""Sweeps on a real local Dask cluster: the same findings as ``factlint check``, each once,
whatever files are bad and whichever worker dies."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq
import pytest
from distributed import Client

from factlint.cache import load_compiled
from factlint.model import MatchSettings
from factlint.sweep.cluster import local_cluster, run_sweep
from factlint.sweep.output import output_format
from factlint.sweep.partition import partition_files
from factlint.sweep.summary import Summary, Tally
from factlint.sweep.task import Job
from sweep_corpus import (
    as_set,
    check_json,
    documents_per_claim,
    read_lines,
    write_archive,
)

if TYPE_CHECKING:
    from factlint.compiled import CompiledFacts

DOCUMENTS = 300


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with local_cluster(2) as client:
        yield client


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The archive's root and its drafts, relative to the root (as the walk names them)."""
    root = tmp_path_factory.mktemp("archive")
    write_archive(root, DOCUMENTS)
    files = sorted(str(p.relative_to(root)) for p in (root / "docs").rglob("*.md"))
    return root, files


@pytest.fixture(scope="module")
def expected(archive: tuple[Path, list[str]]) -> dict[str, Any]:
    root, _ = archive
    return check_json(root / "facts.yaml", "docs", cwd=root)


def sweep(
    client: Client,
    root: Path,
    files: list[str],
    out: Path,
    *,
    max_files: int = 10,
    compiled: CompiledFacts | None = None,
    on_result: Callable[[Summary, Tally], None] | None = None,
) -> Summary:
    """Sweep ``files`` (relative to ``root``) into ``out`` with the library API."""
    compiled = compiled or load_compiled([root / "facts.yaml"], cache=False)
    fmt = output_format(str(out))
    writer = fmt.open(str(out))
    try:
        return run_sweep(
            client,
            compiled,
            partition_files(files, cwd=str(root), max_files=max_files),
            Job(MatchSettings(), str(root), fmt.encode),
            writer,
            on_result=on_result,
        )
    finally:
        writer.close()


def test_a_sweep_finds_what_check_finds(
    client: Client, archive: tuple[Path, list[str]], expected: dict[str, Any], tmp_path: Path
) -> None:
    root, files = archive
    # The facts are compiled here and their file is gone before any task runs: the
    # workers get the compiled facts and never read a facts file.
    facts = tmp_path / "facts.yaml"
    facts.write_text((root / "facts.yaml").read_text())
    compiled = load_compiled([facts], cache=False)
    facts.unlink()
    out = tmp_path / "findings.jsonl"
    summary = sweep(client, root, files, out, max_files=7, compiled=compiled)
    results = expected["results"]
    assert as_set(read_lines(out)) == as_set(results)
    assert summary.files == summary.done == DOCUMENTS
    assert summary.findings == len(results)
    assert summary.problems == []


def test_the_summary_counts_documents_per_claim(
    client: Client, archive: tuple[Path, list[str]], expected: dict[str, Any], tmp_path: Path
) -> None:
    root, files = archive
    summary = sweep(client, root, files, tmp_path / "findings.jsonl")
    results = expected["results"]
    verdicts = ("supported", "contradicted", "outdated")
    counts = {t.claim_id: {v: getattr(t, v) for v in verdicts} for t in summary.ranked()}
    assert counts == documents_per_claim(results)
    ranked = summary.ranked()
    assert [t.rank for t in ranked] == sorted(t.rank for t in ranked)
    # Drafts repeat the bridge's old length: the replaced claim is the first to correct.
    assert ranked[0].claim_id == "kestrel-length-2020"
    assert ranked[0].outdated > 0
    assert ranked[0].replaced_by == "kestrel-length"
    report_summary = expected["summary"]
    for verdict in ("supported", "contradicted", "outdated", "unverified", "suppressed"):
        assert summary.sentences[verdict] == report_summary[verdict], verdict


def test_bad_files_are_problems_and_the_rest_is_swept(
    client: Client, archive: tuple[Path, list[str]], tmp_path: Path
) -> None:
    root, files = archive
    bad = root / "bad"
    bad.mkdir(exist_ok=True)
    (bad / "latin1.md").write_bytes("The Osprey Tower has 30 floors, caf\xe9.\n".encode("latin-1"))
    (bad / "binary.md").write_bytes(b"The Osprey\0Tower\n")
    (bad / "vanished.md").write_text("The Osprey Tower has 30 floors.\n")
    named = [*files[:40], "bad/latin1.md", "bad/binary.md", "bad/vanished.md", *files[40:80]]
    expected = check_json(root / "facts.yaml", *named, cwd=root)
    (bad / "vanished.md").unlink()  # walked, then gone before its task reads it
    out = tmp_path / "findings.jsonl"
    summary = sweep(client, root, named, out, max_files=5)
    assert as_set(read_lines(out)) == as_set(
        [r for r in expected["results"] if not r["path"].startswith("bad/vanished")]
    )
    problems = {p.path: p for p in summary.problems}
    assert set(problems) == {"bad/latin1.md", "bad/binary.md", "bad/vanished.md"}
    assert problems["bad/latin1.md"].line == 1  # where the first byte that is not UTF-8 is
    assert summary.files == 80
    assert summary.done == 83


def test_parquet_holds_the_same_findings(
    client: Client, archive: tuple[Path, list[str]], expected: dict[str, Any], tmp_path: Path
) -> None:
    root, files = archive
    out = tmp_path / "findings.parquet"
    sweep(client, root, files, out, max_files=50)
    table = pq.read_table(out)
    assert as_set(table.to_pylist()) == as_set(expected["results"])


def test_a_worker_killed_mid_sweep_loses_no_finding_and_doubles_none(
    archive: tuple[Path, list[str]], expected: dict[str, Any], tmp_path: Path
) -> None:
    root, files = archive
    out = tmp_path / "findings.jsonl"
    victims: dict[str, int] = {}
    with local_cluster(2) as client:
        pids: dict[str, int] = client.run(os.getpid)

        def kill_a_busy_worker(summary: Summary, part: Tally) -> None:
            if victims:
                return
            busy = [address for address, keys in client.processing().items() if keys]
            assert busy, "no task in flight to lose"
            victims[busy[0]] = pids[busy[0]]
            os.kill(pids[busy[0]], signal.SIGKILL)

        summary = sweep(client, root, files, out, max_files=3, on_result=kill_a_busy_worker)
        survivors = set(client.nthreads())
    assert victims, "no worker was killed"
    assert not set(victims) & survivors  # it died; Dask ran its tasks elsewhere
    results = expected["results"]
    assert as_set(read_lines(out)) == as_set(results)  # none lost, none twice
    assert summary.files == DOCUMENTS
    assert summary.findings == len(results)


def test_each_line_is_one_json_object(
    client: Client, archive: tuple[Path, list[str]], tmp_path: Path
) -> None:
    root, files = archive
    out = tmp_path / "findings.jsonl"
    sweep(client, root, files[:30], out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


def test_a_sweep_of_nothing_writes_nothing(client: Client, tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(
        (Path(__file__).parent / "data/facts/good/space.yaml").read_text()
    )
    out = tmp_path / "findings.jsonl"
    summary = sweep(client, tmp_path, [], out)
    assert out.read_bytes() == b""
    assert (summary.done, summary.files, summary.findings) == (0, 0, 0)
