"""``factlint sweep`` from the command line: the walk, the outputs, the summary, the exits."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from distributed import Client
from typer.testing import CliRunner

from cli_helpers import interruptible
from factlint.cli import app
from factlint.cli.sweep import NEEDS_DASK, NEEDS_PYARROW, _Progress
from factlint.sweep.cluster import local_cluster
from factlint.sweep.summary import Summary, Tally
from sweep_corpus import as_set, check_json, documents_per_claim, read_lines, run_factlint
from sweep_corpus import write_archive as write_corpus


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git work tree holding the facts, 200 drafts, one git-ignored directory of drafts
    and one draft that is not UTF-8."""
    root = tmp_path_factory.mktemp("cli-archive")
    write_corpus(root, 200)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".gitignore").write_text("docs/part-6/\n")
    latin1 = "The Osprey Tower has 30 floors, caf\xe9.\n".encode("latin-1")
    (root / "docs" / "latin1.md").write_bytes(latin1)
    return root


@pytest.fixture(scope="module")
def expected(archive: Path) -> dict[str, Any]:
    return check_json(archive / "facts.yaml", "docs", cwd=archive)


def test_sweep_writes_what_check_reports_and_a_summary(
    archive: Path, expected: dict[str, Any], tmp_path: Path
) -> None:
    out, summary = tmp_path / "findings.jsonl", tmp_path / "summary.json"
    done = run_factlint(
        "sweep", "docs", "--facts", "facts.yaml", "-o", str(out), "--summary", str(summary),
        "--workers", "2", cwd=archive,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = read_lines(out)
    assert as_set(rows) == as_set(expected["results"])
    assert not any(r["path"].startswith("docs/part-6/") for r in rows)  # git ignores it
    # The file that is not UTF-8 is a problem, as check reports it; the sweep goes on.
    # Nothing else on stderr: no progress on a pipe.
    assert done.stderr.splitlines() == [str(_problem(p)) for p in expected["problems"]]
    document = json.loads(summary.read_text())
    assert document["files"] == expected["summary"]["files"]
    assert [p["path"] for p in document["problems"]] == ["docs/latin1.md"]
    counts = {
        c["claim_id"]: {v: c[v] for v in ("supported", "contradicted", "outdated")}
        for c in document["claims"]
    }
    assert counts == documents_per_claim(expected["results"])
    assert document["claims"][0]["claim_id"] == "kestrel-length-2020"  # the most outdated
    assert done.stdout.startswith(f"swept {document['files']} files in ")
    assert "kestrel-length-2020 -> kestrel-length" in done.stdout


def _problem(p: dict[str, Any]) -> str:
    return f"{p['path']}:{p['line']}:{p['column']}: {p['message']}"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a running cluster, as a team's would be."""
    with local_cluster(2) as client:
        yield str(client.scheduler.address)


def test_sweep_on_a_running_scheduler_leaves_it_running(
    archive: Path, expected: dict[str, Any], scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "findings.parquet"
    done = run_factlint(
        "sweep", "docs", "--facts", "facts.yaml", "-o", str(out), "--scheduler", scheduler,
        cwd=archive,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    import pyarrow.parquet as pq

    assert as_set(pq.read_table(out).to_pylist()) == as_set(expected["results"])
    with Client(scheduler) as client:
        assert len(client.nthreads()) == 2


def test_ctrl_c_stops_the_cluster_it_started_and_exits_130(archive: Path, tmp_path: Path) -> None:
    # A named pipe nobody writes to: its task waits for ever, so the sweep is surely
    # running when Ctrl-C comes.
    fifo = tmp_path / "stuck.md"
    os.mkfifo(fifo)
    out = tmp_path / "findings.jsonl"
    command = [sys.executable, "-m", "factlint", "sweep", "docs", str(fifo)]
    command += ["--facts", "facts.yaml", "-o", str(out), "--workers", "2"]
    process = subprocess.Popen(
        command,
        cwd=archive,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=interruptible,
    )
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert out.stat().st_size, "the sweep never wrote a finding"
        children = psutil.Process(process.pid).children(recursive=True)
        assert children, "no worker processes"
        # At a terminal, Ctrl-C signals the whole process group, workers included.
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert b"Traceback" not in stderr, stderr.decode()
    _, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, "worker processes outlived the sweep"


def test_without_dask_sweep_says_so_in_one_line(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
        "from factlint.cli import main\n"
        "sys.argv = ['factlint', 'sweep', 'docs', '-o', 'out.jsonl']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"factlint: {NEEDS_DASK}"]


def test_parquet_without_pyarrow_says_so_in_one_line(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "from factlint.cli import main\n"
        "sys.argv = ['factlint', 'sweep', 'docs', '-o', 'out.parquet']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"factlint: {NEEDS_PYARROW}"]


def test_importing_the_command_line_never_imports_dask() -> None:
    code = (
        "import sys, factlint.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('dask', 'distributed', 'pyarrow') or m == 'factlint.sweep.cluster'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sweep", "-", "-o", "x.jsonl"], "standard input"),
        (["sweep", "docs", "-o", "x.jsonl", "--scheduler", "tcp://h:8786", "--workers", "2"],
         "--workers"),
    ],
)  # fmt: skip
def test_usage_errors(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_files_and_findings_on_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    summary = Summary(done=3, files=3, findings=7)
    summary.sentences.update({"contradicted": 2, "outdated": 1})
    terminal = _Terminal()
    with _Progress(10, terminal) as progress:
        progress.update(summary, Tally(3, 3, {}, {}))
    assert progress.bar is not None
    assert "3/10" in terminal.getvalue()
    assert "7 findings (2 contradicted, 1 outdated)" in terminal.getvalue()
    pipe = io.StringIO()
    with _Progress(10, pipe) as progress:
        progress.update(summary, Tally(3, 3, {}, {}))
    assert progress.bar is None
    assert pipe.getvalue() == ""
