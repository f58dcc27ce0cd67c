"""Sweep benchmark: ``factlint sweep`` on a local Dask cluster beside ``factlint check -j``.

    python benchmarks/sweep.py                       # 20,000 documents, 10,000 claims, 2 workers
    python benchmarks/sweep.py --documents 2000 --workers 2 --data /tmp/sweep-bench

Needs the ``dask`` extra (``pip install -e '.[dask]'``). In one run, one after the other:

- the data: ``synth.py`` writes a 10,000-claim base and 20,000 Markdown documents of
  a heading and four sentences each (100,000 sentences: 40% supported, 40%
  contradicted, 20% unverified), all in one directory;
- warm-up: ``factlint check`` on one document compiles the facts into a private
  cache directory, so neither timed run compiles;
- ``factlint check -j N --format json DOCS -o check.json``: forked workers;
- ``factlint sweep --workers N DOCS -o sweep.jsonl --summary summary.json``: a
  ``LocalCluster`` of N worker processes, started and stopped inside the run;
- ``factlint sweep`` on one document: the fixed cost of a sweep, left out of the
  throughput per worker;
- the two outputs are compared as sets of findings (they must be equal).

Figures: wall-clock seconds of each whole command (start-up, facts, cluster and
all), their ratio (goal: sweep / check <= 1.3), documents and sentences per second
per worker (fixed cost left out), peak resident memory of the largest single
process of each run (for the sweep: a worker), and from these, what a
10-million-document archive needs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402
from scale import load_average, machine  # noqa: E402

SENTENCES_PER_DOCUMENT = 4  # and a heading: five sentences a document
ARCHIVE = 10_000_000


@dataclass
class Run:
    seconds: float
    peak_process_mib: float  # the largest single process (a worker, for the sweep)
    peak_tree_mib: float  # the whole process tree at its largest
    cpu_main: float  # CPU seconds of the command's own process (for the sweep: client, scheduler)
    cpu_workers: float  # CPU seconds of every process below it
    stderr: str


def _descendants(root: int) -> dict[int, tuple[int, float]]:
    """Resident memory (bytes) and CPU time (seconds) of ``root`` and each process below it."""
    parents: dict[int, int] = {}
    usage: dict[int, tuple[int, float]] = {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        usage[pid] = (int(fields[21]) * page, (int(fields[11]) + int(fields[12])) / tick)
    mine = {}
    for pid, seen in usage.items():
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            mine[pid] = seen
    return mine


def run(cmd: list[str], env: dict[str, str]) -> Run:
    """Run a command, timing it and sampling its processes' memory and CPU every 50 ms."""
    largest = tree = 0
    cpu: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **env}
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal largest, tree
        while not done.is_set():
            seen = _descendants(proc.pid)
            if seen:
                largest = max(largest, max(rss for rss, _ in seen.values()))
                tree = max(tree, sum(rss for rss, _ in seen.values()))
                cpu.update({pid: seconds for pid, (_, seconds) in seen.items()})
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-3000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    main = cpu.pop(proc.pid, 0.0)
    mib = 2**20
    return Run(seconds, largest / mib, tree / mib, main, sum(cpu.values()), err.decode())


def factlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "factlint", *args]


def generate(data: Path, claims: int, documents: int, seed: int) -> tuple[Path, Path]:
    """The facts base and the documents (kept between runs with the same sizes)."""
    facts_dir, docs = data / "facts", data / "docs"
    stamp = data / f"made-{claims}-{documents}-{seed}"
    if stamp.exists():
        return facts_dir, docs
    facts, crafts = synth.generate(claims, 0, seed)
    synth.write_facts(facts_dir, facts, crafts, seed)
    synth.SENTENCES_PER_DRAFT = SENTENCES_PER_DOCUMENT
    synth.write_drafts(docs, facts, crafts, documents * SENTENCES_PER_DOCUMENT, seed)
    stamp.write_text("")
    return facts_dir, docs


def findings(path: Path, *, lines: bool) -> set[str]:
    """The findings of a json report or a JSON Lines file, as a set of canonical strings."""
    if lines:
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
    else:
        rows = json.loads(path.read_text(encoding="utf-8"))["results"]
    canonical = [json.dumps(r, sort_keys=True) for r in rows]
    if len(set(canonical)) != len(canonical):
        raise SystemExit(f"{path}: duplicate findings")
    return set(canonical)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data", type=Path, help="where the synthetic data goes (kept)")
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="factlint-sweep-"))
    data.mkdir(parents=True, exist_ok=True)
    n = args.workers
    print(f"machine: {machine()}\nload average (1, 5, 15 min): {load_average()}\ndata: {data}")
    facts, docs = generate(data, args.claims, args.documents, args.seed)
    env = {"FACTLINT_CACHE_DIR": str(data / "cache"), "CI": "1"}
    first = min(docs.iterdir())
    run(factlint("check", "--facts", str(facts), "-f", "json", str(first)), env)  # compile

    check_out, sweep_out, summary_out = data / "check.json", data / "sweep.jsonl", data / "s.json"
    check = run(
        factlint(
            "check",
            "--facts",
            str(facts),
            "-j",
            str(n),
            "-f",
            "json",
            "-o",
            str(check_out),
            str(docs),
        ),
        env,
    )
    sweep = run(
        factlint(
            "sweep",
            "--facts",
            str(facts),
            "--workers",
            str(n),
            "-o",
            str(sweep_out),
            "--summary",
            str(summary_out),
            str(docs),
        ),
        env,
    )
    # What a sweep costs whatever its size: start-up, facts shipped, cluster up and down.
    overhead = run(
        factlint(
            "sweep",
            "--facts",
            str(facts),
            "--workers",
            str(n),
            "-o",
            str(data / "one.jsonl"),
            str(first),
        ),
        env,
    )
    expected, got = findings(check_out, lines=False), findings(sweep_out, lines=True)
    summary = json.loads(summary_out.read_text(encoding="utf-8"))
    files, sentences = summary["files"], sum(summary["sentences"].values())

    ratio = sweep.seconds / check.seconds
    steady = sweep.seconds - overhead.seconds  # the checking, without the fixed cost
    docs_per_worker = (files - 1) / steady / n
    sentences_per_worker = sentences * (files - 1) / files / steady / n
    # CPU per document, fixed cost left out: what a dedicated core would take, whatever
    # else ran on this machine meanwhile.
    worker_cpu = (sweep.cpu_workers - overhead.cpu_workers) / (files - 1)
    client_cpu = (sweep.cpu_main - overhead.cpu_main) / (files - 1)
    line_bytes = sweep_out.stat().st_size / len(got)
    rows = [
        "",
        f"## {files:,} documents, {sentences:,} sentences, {args.claims:,} claims, {n} workers",
        "",
        f"{'run':<36}{'seconds':>9}{'docs/s':>8}{'sent/s':>8}{'cpu main':>10}{'cpu workers':>13}"
        f"{'largest MiB':>13}{'tree MiB':>10}",
    ]
    for label, r in (
        (f"factlint check -j {n} --format json", check),
        (f"factlint sweep --workers {n}", sweep),
        (f"factlint sweep --workers {n}, 1 doc", overhead),
    ):
        rows.append(
            f"{label:<36}{r.seconds:>9.2f}{files / r.seconds:>8.0f}{sentences / r.seconds:>8.0f}"
            f"{r.cpu_main:>10.1f}{r.cpu_workers:>13.1f}{r.peak_process_mib:>13.0f}"
            f"{r.peak_tree_mib:>10.0f}"
        )
    rows[-1] = rows[-1][:36] + f"{overhead.seconds:>9.2f}{'-':>8}{'-':>8}" + rows[-1][61:]
    rows += [
        "",
        f"- sweep / check: {sweep.seconds:.2f} s / {check.seconds:.2f} s = {ratio:.2f}"
        "  (goal <= 1.3)",
        f"- same findings: {expected == got} ({len(got):,} findings, no duplicates)",
        f"- fixed cost of a sweep (start-up, cluster up and down, facts shipped): "
        f"{overhead.seconds:.2f} s",
        f"- throughput per worker, fixed cost left out: {docs_per_worker:.0f} documents/s, "
        f"{sentences_per_worker:.0f} sentences/s (wall clock, on the cores this machine gave)",
        f"- worker CPU per document: {worker_cpu * 1000:.2f} ms "
        f"({1 / worker_cpu:.0f} documents/s on a dedicated core); "
        f"client CPU per document: {client_cpu * 1000:.3f} ms",
        f"- largest sweep process (a worker, facts and checker included): "
        f"{sweep.peak_process_mib:.0f} MiB",
        f"- JSON Lines: {line_bytes:.0f} bytes a finding",
    ]
    # On paper: the same documents and base, more of them, on more workers.
    cpu_hours = ARCHIVE * worker_cpu / 3600
    rows += ["", f"## On paper: {ARCHIVE:,} documents like these"]
    rows.append(f"- {cpu_hours:,.0f} worker CPU-hours of checking")
    for hours in (24, 8, 1):
        workers = math.ceil(cpu_hours / hours)
        rows.append(
            f"- in {hours} h: {workers:,} worker{'s' if workers > 1 else ''} on dedicated cores "
            "(at "
            f"{sweep.peak_process_mib:.0f} MiB each: {workers * sweep.peak_process_mib / 1024:,.0f}"
            " GiB in all)"
        )
    rows.append(
        f"- the client: {ARCHIVE * client_cpu / 3600:.1f} CPU-hours (it keeps up while it stays "
        f"under the sweep's wall time); JSON Lines output "
        f"{ARCHIVE * len(got) / files * line_bytes / 1e9:,.0f} GB"
    )
    rows.append(f"load average at the end (1, 5, 15 min): {load_average()}")
    print("\n".join(rows))
    if expected != got:
        raise SystemExit("the sweep's findings differ from check's")


if __name__ == "__main__":
    main()
