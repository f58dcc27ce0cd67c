"""Scale benchmark: factlint on large synthetic facts bases, beside a peer and a naive baseline.

    python benchmarks/scale.py                      # 10,000 and 100,000 claims, 5,000 sentences
    python benchmarks/scale.py --claims 10000 --sentences 1000 --data /tmp/scale

Needs the ``bench`` extra (``pip install -e '.[bench]'``: bm25s, and numba for
its fastest backend). Everything runs in one process tree, one after the other:

- the data: ``synth.py`` writes each facts base (5,000 claims a file) and the
  drafts (100 sentences a file, labelled);
- factlint cold: ``factlint check --facts BASE --format json DRAFTS`` with an
  empty cache directory (read the YAML, compile, write the cache, check);
- factlint warm: the same command again (the compiled facts come from the cache),
  on every core, then on one (``--jobs 1``), then on an empty draft (the load
  alone: what is left is the cost of the sentences);
- bm25s (peer baseline): a fresh interpreter imports bm25s, indexes the claim
  texts and retrieves the top 5 claims for every sentence: retrieval only, no
  verdicts. Its numpy backend and, when numba is installed, its numba backend;
  the faster is the baseline;
- naive baseline: rapidfuzz ``process.extractOne`` (``fuzz.ratio``) of each
  sentence against every claim text, timed on a sample and scaled up;
- start-up: ``factlint check --text ... --format json`` with the bundled facts
  (warm cache) against ``python -c "import typer, rich.console, rapidfuzz, yaml"``,
  median of interleaved runs, with factlint byte-compiled as ``pip install`` leaves it.

Peak memory is the largest sum of resident memory over the process and its
children, sampled every 10 ms. Accuracy is the share of draft sentences given
their labelled verdict. Times are wall-clock seconds of one run on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
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

SENTENCE = "Thirty-one countries have signed the Artemis Accords."
NAIVE_SAMPLE = 200


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stdout: bytes
    code: int


def _tree_rss(root: int) -> int:
    """Resident memory (bytes) of ``root`` and every process below it."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
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
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


def run(cmd: list[str], env: dict[str, str] | None = None, stdin: bytes = b"") -> Run:
    """Run a command, timing it and sampling the memory of its process tree."""
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(stdin)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-2000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return Run(seconds, peak / 2**20, out, proc.returncode)


def factlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "factlint", *args]


def accuracy(report: bytes, labels: dict[str, str]) -> tuple[int, int]:
    results = json.loads(report)["results"]
    got: dict[str, str] = {}
    for r in results:
        got.setdefault(f"{Path(r['path']).name}:{r['line']}", r["verdict"])
    right = sum(1 for key, label in labels.items() if got.get(key, "unverified") == label)
    return right, len(labels)


BM25S = """
import json, sys, time
claims = json.load(open(sys.argv[1])); sentences = json.load(open(sys.argv[2]))
backend = sys.argv[3]
import bm25s
kwargs = {} if backend == "numpy" else {"backend": backend}
retriever = bm25s.BM25(**kwargs)
retriever.index(bm25s.tokenize(claims, stopwords="en", show_progress=False), show_progress=False)
queries = bm25s.tokenize(sentences, stopwords="en", show_progress=False)
extra = {} if backend == "numpy" else {"backend_selection": backend}
docs, scores = retriever.retrieve(queries, k=5, show_progress=False, **extra)
assert docs.shape == (len(sentences), 5)
"""

NAIVE = """
import json, sys, time
from rapidfuzz import fuzz, process
claims = json.load(open(sys.argv[1])); sentences = json.load(open(sys.argv[2]))
start = time.perf_counter()
for s in sentences:
    process.extractOne(s, claims, scorer=fuzz.ratio)
print(time.perf_counter() - start)
"""


def has_module(name: str) -> bool:
    code = f"import importlib.util, sys; sys.exit(importlib.util.find_spec({name!r}) is None)"
    return subprocess.run([sys.executable, "-c", code]).returncode == 0


def texts(base: Path) -> tuple[list[str], list[str]]:
    import yaml

    claims: list[str] = []
    for path in sorted((base / "facts").glob("claims-*.yaml")):
        document = yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
        claims += [c["text"] for c in document["claims"]]
    sentences = [
        line
        for path in sorted((base / "drafts").glob("*.md"))
        for line in path.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return claims, sentences


def bench_size(claims: int, sentences: int, data: Path, rows: list[str]) -> dict[str, float]:
    base = data / f"claims-{claims}"
    if not (base / "labels.json").exists():
        facts, crafts = synth.generate(claims, sentences, 7)
        synth.write_facts(base / "facts", facts, crafts, 7)
        labels_made = synth.write_drafts(base / "drafts", facts, crafts, sentences, 7)
        (base / "labels.json").write_text(json.dumps(labels_made), "utf-8")
    labels = json.loads((base / "labels.json").read_text("utf-8"))
    claim_texts, sentence_texts = texts(base)
    (base / "claims.json").write_text(json.dumps(claim_texts), "utf-8")
    (base / "sentences.json").write_text(json.dumps(sentence_texts), "utf-8")
    sample = sentence_texts[:NAIVE_SAMPLE]
    (base / "sample.json").write_text(json.dumps(sample), "utf-8")
    (base / "empty").mkdir(exist_ok=True)
    (base / "empty" / "empty.md").write_text("# Nothing to check\n", "utf-8")

    cache = tempfile.mkdtemp(prefix="factlint-cache-")
    env = {"FACTLINT_CACHE_DIR": cache}
    check = ["check", "--facts", str(base / "facts"), "--format", "json"]
    cold_load = run(factlint(*check, str(base / "empty")), env)
    load = run(factlint(*check, str(base / "empty")), env)
    warm = run(factlint(*check, str(base / "drafts")), env)
    one = run(factlint(*check, "--jobs", "1", str(base / "drafts")), env)
    cold = run(
        factlint(*check, str(base / "drafts")),
        {"FACTLINT_CACHE_DIR": tempfile.mkdtemp(prefix="factlint-cache-")},
    )
    same = json.loads(cold.stdout)["results"] == json.loads(warm.stdout)["results"]
    same_jobs = json.loads(one.stdout)["results"] == json.loads(warm.stdout)["results"]
    right, total = accuracy(warm.stdout, labels)

    peers: dict[str, Run] = {}
    backends = ["numpy"] + (["numba"] if has_module("numba") else [])
    script = str(base / "bm25s_run.py")
    Path(script).write_text(BM25S, "utf-8")
    for backend in backends:
        peers[backend] = run(
            [
                sys.executable,
                script,
                str(base / "claims.json"),
                str(base / "sentences.json"),
                backend,
            ]
        )
    best = min(peers, key=lambda b: peers[b].seconds)
    peer = peers[best]
    naive_script = str(base / "naive_run.py")
    Path(naive_script).write_text(NAIVE, "utf-8")
    naive = run(
        [sys.executable, naive_script, str(base / "claims.json"), str(base / "sample.json")]
    )
    naive_per = float(naive.stdout) / len(sample)

    n = len(sentence_texts)
    per_sentence = max(warm.seconds - load.seconds, 0.0) / n
    rows.append(f"## {claims:,} claims, {n:,} sentences\n")
    rows.append(f"{'run':<44}{'seconds':>9}{'peak MiB':>10}{'sent/s':>9}")
    table = [
        ("factlint cold (empty cache)", cold),
        ("factlint warm (cache, all cores)", warm),
        ("factlint warm, --jobs 1", one),
        ("factlint cold, load only (empty draft)", cold_load),
        ("factlint warm, load only (empty draft)", load),
        *((f"bm25s top-5 retrieval ({b} backend)", r) for b, r in peers.items()),
    ]
    for label, r in table:
        rate = f"{n / r.seconds:,.0f}" if "load only" not in label else "-"
        rows.append(f"{label:<44}{r.seconds:>9.2f}{r.peak_mb:>10.0f}{rate:>9}")
    rows.append(
        f"{'naive rapidfuzz extractOne, scaled from ' + str(len(sample)):<44}"
        f"{naive_per * n:>9.2f}{naive.peak_mb:>10.0f}{1 / naive_per:>9,.0f}"
    )
    rows.append("")
    rows.append(
        f"- whole check, warm / bm25s ({best}) retrieval alone: "
        f"{warm.seconds / peer.seconds:.2f}  (target <= 1.0)"
    )
    rows.append(f"- warm / naive rapidfuzz scan: {warm.seconds / (naive_per * n):.3f}")
    rows.append(
        f"- load, cold / warm: {cold_load.seconds:.2f} s / {load.seconds:.2f} s = "
        f"{cold_load.seconds / load.seconds:.1f}x  (target >= 10x); "
        f"whole run {cold.seconds / warm.seconds:.1f}x"
    )
    rows.append(f"- per-sentence cost (warm minus load): {per_sentence * 1000:.3f} ms")
    rows.append(
        f"- synthetic accuracy: {right}/{total} = {100 * right / total:.1f}%  (target >= 95%)"
    )
    rows.append(
        f"- identical results cold and warm: {same}; with all cores and with one: {same_jobs}"
    )
    rows.append(
        f"- peak memory, factlint: {max(cold.peak_mb, warm.peak_mb):.0f} MiB (target <= 1,536)"
    )
    rows.append("")
    return {"per_sentence": per_sentence}


def bench_startup(rows: list[str], runs: int) -> None:
    # As ``pip install`` does: byte-compile factlint, so that an editable checkout (or
    # PYTHONDONTWRITEBYTECODE) does not make every run compile its modules.
    import factlint as package

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    cache = tempfile.mkdtemp(prefix="factlint-cache-")
    env = {"FACTLINT_CACHE_DIR": cache}
    baseline = [sys.executable, "-c", "import typer, rich.console, rapidfuzz, yaml"]
    ours = factlint("check", "--text", SENTENCE, "--format", "json")
    run(ours, env)  # fills the cache
    base_times, our_times = [], []
    for _ in range(runs):
        base_times.append(run(baseline).seconds)
        our_times.append(run(ours, env).seconds)
    b, o = statistics.median(base_times), statistics.median(our_times)
    rows.append(f"## Start-up, bundled facts, warm cache (median of {runs})\n")
    base_label = 'python -c "import typer, rich.console, rapidfuzz, yaml"'
    our_label = 'factlint check --text "..." --format json'
    rows.append(f"{base_label:<58}{b:>8.3f} s")
    rows.append(f"{our_label:<58}{o:>8.3f} s")
    rows.append(f"- ratio: {o / b:.2f}  (target <= 1.5)")
    rows.append("")


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 2**20
    except OSError:
        mem = 0.0
    return (
        f"{platform.system()} {platform.release()}, {cpu or platform.machine()}, "
        f"{os.cpu_count()} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--data", type=Path, help="where the synthetic data goes (kept)")
    parser.add_argument("--startup-runs", type=int, default=15)
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="factlint-scale-"))
    rows = [f"machine: {machine()}", f"load average (1, 5, 15 min): {load_average()}"]
    rows += [f"data: {data}", ""]
    print("\n".join(rows), flush=True)
    costs = {}
    for claims in args.claims:
        start = len(rows)
        costs[claims] = bench_size(claims, args.sentences, data, rows)
        print("\n".join(rows[start:]), flush=True)
    if len(costs) >= 2:
        small, large = min(costs), max(costs)
        ratio = costs[large]["per_sentence"] / costs[small]["per_sentence"]
        line = (
            f"## Growth\n\n- per-sentence cost at {large:,} claims / at {small:,}: {ratio:.2f}"
            "  (target <= 2.0)\n"
        )
        rows.append(line)
        print(line, flush=True)
    start = len(rows)
    bench_startup(rows, args.startup_runs)
    rows.append(f"load average at the end (1, 5, 15 min): {load_average()}")
    print("\n".join(rows[start:]), flush=True)


def load_average() -> str:
    """Other work on the machine while the benchmark ran skews every figure."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
