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

- cold load of one file (``--load-claims``, default 100,000 claims, all in one
  ``facts.yaml``): PyYAML's C loader reading the file (``yaml.load`` with
  ``CSafeLoader``, as a program reading it would) against factlint reading and
  validating it (``load_facts``) and against ``factlint check`` on an empty draft
  with an empty cache (read, validate, compile, write the cache), with its peak memory;
  then the language server from ``initialize`` to the first diagnostics on the dev
  draft, cache warm, under that base and under the bundled facts (median of
  interleaved runs). ``--load-only`` runs just this.

Peak memory is the largest sum of proportional set sizes (PSS: a page forked
workers share is counted once, split between them) over the process and its
children, sampled every 0.1 s; resident sizes where PSS cannot be read. It is taken
in a second run of each command: sampling PSS costs a fifth of a core, and a timed
run is left alone. Accuracy is the share of draft sentences given their labelled
verdict. Times are wall-clock seconds of one unobserved run on this machine, but for
the warm check and bm25s: ``--repeat`` rounds (default 3) of one run each, the median
time of each reported, and their ratio as the median of the rounds' ratios (each round's
pair ran minutes apart at most: the machine's pace drifts).
``--no-load`` skips the one-file cold load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
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
# Seconds between two samples of memory; reading PSS walks page tables, so not too often.
SAMPLE_EVERY = 0.1


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stdout: bytes
    code: int
    cpu: float = 0.0  # user + system seconds of the process and the children it waited for


def _tree_memory(root: int) -> int:
    """Memory (bytes) of ``root`` and every process below it: the sum of their proportional
    set sizes (a page shared by n processes counts 1/n in each, so forked workers are not
    counted n times over), or of their resident sizes where PSS cannot be read."""
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
            total += _pss(pid) or rss[pid]
    return total


def _pss(pid: int) -> int:
    """The proportional set size (bytes) of ``pid``, or 0 if it cannot be read."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _spawn(cmd: list[str], env: dict[str, str] | None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


def _emptied(directory: str | None) -> None:
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)


def timed(cmd: list[str], env: dict[str, str] | None = None, stdin: bytes = b"") -> Run:
    """Run a command unobserved: its wall-clock and CPU time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = _spawn(cmd, env)
    out, err = proc.communicate(stdin)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-2000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return Run(seconds, 0.0, out, proc.returncode, cpu)


def peak_memory(cmd: list[str], env: dict[str, str] | None = None, stdin: bytes = b"") -> float:
    """The peak memory (MiB) of a command's process tree, sampled every ``SAMPLE_EVERY`` s."""
    peak = 0
    proc = _spawn(cmd, env)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory(proc.pid))
            done.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    proc.communicate(stdin)
    done.set()
    sampler.join()
    return peak / 2**20


def run(
    cmd: list[str],
    env: dict[str, str] | None = None,
    stdin: bytes = b"",
    *,
    fresh: str | None = None,
) -> Run:
    """Time a command, then run it again for the peak memory of its process tree.

    The timed run is not observed: reading a process's PSS walks its page tables (about
    20 ms of CPU a sample with a 100,000-claim index mapped, a fifth of a core at one
    sample every 0.1 s), which slowed a check on two cores by a tenth and a one-process
    peer not at all. ``fresh``: a directory (a cache) emptied before each of the two runs.
    """
    _emptied(fresh)
    timing = timed(cmd, env, stdin)
    _emptied(fresh)
    timing.peak_mb = peak_memory(cmd, env, stdin)
    return timing


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


def _median_run(runs: list[Run]) -> Run:
    """The run of median wall-clock time (the lower middle one of an even number)."""
    ordered = sorted(runs, key=lambda r: r.seconds)
    middle = ordered[(len(ordered) - 1) // 2]
    return Run(middle.seconds, 0.0, middle.stdout, middle.code, middle.cpu)


def bench_size(
    claims: int, sentences: int, data: Path, rows: list[str], repeat: int = 3
) -> dict[str, float]:
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
    cold_load = run(factlint(*check, str(base / "empty")), env, fresh=cache)
    load = run(factlint(*check, str(base / "empty")), env)
    one = run(factlint(*check, "--jobs", "1", str(base / "drafts")), env)
    empty_cache = tempfile.mkdtemp(prefix="factlint-cache-")
    cold = run(
        factlint(*check, str(base / "drafts")),
        {"FACTLINT_CACHE_DIR": empty_cache},
        fresh=empty_cache,
    )

    backends = ["numpy"] + (["numba"] if has_module("numba") else [])
    script = str(base / "bm25s_run.py")
    Path(script).write_text(BM25S, "utf-8")
    peer_cmd = {
        b: [sys.executable, script, str(base / "claims.json"), str(base / "sentences.json"), b]
        for b in backends
    }
    warm_cmd = factlint(*check, str(base / "drafts"))
    # The warm check and its peers in rounds, one of each a round: the machine's pace
    # drifts within minutes, and a ratio of two runs minutes apart drifts with it.
    rounds: list[tuple[Run, dict[str, Run]]] = []
    for _ in range(repeat):
        timing = timed(warm_cmd, env)
        rounds.append((timing, {b: timed(cmd) for b, cmd in peer_cmd.items()}))
    warm = _median_run([w for w, _ in rounds])
    warm.stdout = rounds[0][0].stdout
    peers = {b: _median_run([p[b] for _, p in rounds]) for b in backends}
    warm.peak_mb = peak_memory(warm_cmd, env)
    for b, cmd in peer_cmd.items():
        peers[b].peak_mb = peak_memory(cmd)
    best = min(peers, key=lambda b: peers[b].seconds)
    peer = peers[best]
    round_ratios = [w.seconds / min(p[b].seconds for b in backends) for w, p in rounds]
    same = json.loads(cold.stdout)["results"] == json.loads(warm.stdout)["results"]
    same_jobs = json.loads(one.stdout)["results"] == json.loads(warm.stdout)["results"]
    right, total = accuracy(warm.stdout, labels)
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
        f"{statistics.median(round_ratios):.2f}  (target <= 1.0): the median of {repeat} "
        "rounds' ratios (each round's warm check against its faster bm25s run: "
        + ", ".join(f"{r:.2f}" for r in round_ratios)
        + f"); of the median times, {warm.seconds / peer.seconds:.2f}"
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


C_LOADER = """
import sys, yaml
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        yaml.load(handle.read(), Loader=yaml.CSafeLoader)
"""
LOAD_FACTS = """
import sys
from factlint.facts import load_facts
load_facts(sys.argv[1:])
"""


def bench_load(claims: int, data: Path, rows: list[str], runs: int) -> None:
    """Cold load of one large facts file beside PyYAML's C loader; the language server's
    start on it beside its start on the bundled facts, warm cache."""
    base = data / f"one-file-{claims}"
    facts = base / "facts" / "facts.yaml"
    if not facts.exists():
        made, crafts = synth.generate(claims, 0, 7)
        synth.write_facts(base / "facts", made, crafts, 7, per_file=0)
    (base / "empty").mkdir(exist_ok=True)
    (base / "empty" / "empty.md").write_text("# Nothing to check\n", "utf-8")
    size = facts.stat().st_size / 2**20
    cache = tempfile.mkdtemp(prefix="factlint-cache-")
    env = {"FACTLINT_CACHE_DIR": cache}
    yaml_c = run([sys.executable, "-c", C_LOADER, str(facts)])
    read = run([sys.executable, "-c", LOAD_FACTS, str(facts)])
    check = factlint(
        "check", "--facts", str(base / "facts"), "--format", "json", str(base / "empty")
    )
    cold = run(check, env, fresh=cache)
    warm = run(check, env)
    rows.append(f"## Cold load: {claims:,} claims in one file ({size:.1f} MiB)\n")
    rows.append(f"{'run':<58}{'seconds':>9}{'CPU s':>8}{'peak MiB':>10}")
    table = [
        ("PyYAML C loader: yaml.load(text, Loader=CSafeLoader)", yaml_c),
        ("factlint: read and validate (load_facts)", read),
        ("factlint check, empty draft, empty cache (cold load)", cold),
        ("factlint check, empty draft, warm cache", warm),
    ]
    for label, r in table:
        rows.append(f"{label:<58}{r.seconds:>9.2f}{r.cpu:>8.1f}{r.peak_mb:>10.0f}")
    rows.append("")
    rows.append(
        f"- cold load / C loader, same file, this run: {cold.seconds:.2f} s / "
        f"{yaml_c.seconds:.2f} s = {cold.seconds / yaml_c.seconds:.2f}  (target <= 2.0); "
        f"YAML and validation alone: {read.seconds / yaml_c.seconds:.2f}; in CPU seconds "
        f"(every core, all told): {cold.cpu / yaml_c.cpu:.2f} and {read.cpu / yaml_c.cpu:.2f}"
    )
    rows.append(
        f"- compile peak memory (cold load, all processes): {cold.peak_mb:,.0f} MiB"
        "  (target <= 1,024)"
    )
    bundled, large = bench_lsp_start(base / "facts", cache, runs)
    rows.append(
        f"- language server, initialize -> first diagnostics, warm cache, median of {runs}: "
        f"{claims:,} claims {large:.2f} s / bundled facts {bundled:.2f} s = "
        f"{large / bundled:.2f}  (target <= 1.5)"
    )
    rows.append("")


def bench_lsp_start(facts: Path, cache: str, runs: int) -> tuple[float, float]:
    """Median seconds from ``initialize`` to the first diagnostics on the dev draft, with
    the bundled facts and with ``facts``, both compiled in ``cache`` already."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from lsp_client import LspClient

    work = Path(tempfile.mkdtemp(prefix="factlint-lsp-"))
    (work / ".factlint.toml").write_text("", "utf-8")  # no configuration from above
    draft = work / "dev-draft.md"
    draft.write_text((HERE.parent / "tests/golden/cli/dev-draft.md").read_text("utf-8"), "utf-8")
    env = {**os.environ, "FACTLINT_CACHE_DIR": cache}
    timed(factlint("check", "--format", "json", str(draft)), {"FACTLINT_CACHE_DIR": cache})

    def start(extra: list[str]) -> float:
        client = LspClient([*factlint("lsp"), *extra], work, env)
        try:
            began = time.perf_counter()
            params = {"processId": None, "rootUri": None, "capabilities": {}}
            client.request("initialize", params, timeout=120)
            client.notify("initialized", {})
            uri = draft.as_uri()
            document = {"uri": uri, "languageId": "markdown", "version": 1}
            document["text"] = draft.read_text("utf-8")
            client.notify("textDocument/didOpen", {"textDocument": document})
            client.diagnostics(uri, version=1, timeout=300)
            seconds = time.perf_counter() - began
            client.close()
            return seconds
        finally:
            client.kill()

    start(["--facts", str(facts)])  # the first start also pays for the page cache
    bundled: list[float] = []
    large: list[float] = []
    for _ in range(runs):
        bundled.append(start([]))
        large.append(start(["--facts", str(facts)]))
    return statistics.median(bundled), statistics.median(large)


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
    timed(ours, env)  # fills the cache
    base_times, our_times = [], []
    for _ in range(runs):
        base_times.append(timed(baseline).seconds)
        our_times.append(timed(ours, env).seconds)
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
    parser.add_argument(
        "--load-claims", type=int, default=100000, help="claims in the one-file cold load"
    )
    parser.add_argument("--lsp-runs", type=int, default=5, help="language server starts to time")
    parser.add_argument("--load-only", action="store_true", help="only the one-file cold load")
    parser.add_argument("--no-load", action="store_true", help="skip the one-file cold load")
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of the warm check and bm25s (median)"
    )
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="factlint-scale-"))
    rows = [f"machine: {machine()}", f"load average (1, 5, 15 min): {load_average()}"]
    rows += [f"data: {data}", ""]
    print("\n".join(rows), flush=True)
    start = len(rows)
    if not args.no_load:
        bench_load(args.load_claims, data, rows, args.lsp_runs)
        print("\n".join(rows[start:]), flush=True)
    if args.load_only:
        print(f"load average at the end (1, 5, 15 min): {load_average()}")
        return
    costs = {}
    for claims in args.claims:
        start = len(rows)
        costs[claims] = bench_size(claims, args.sentences, data, rows, args.repeat)
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
