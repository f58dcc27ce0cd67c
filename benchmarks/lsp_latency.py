"""Measure how long the language server takes from an edit to its diagnostics.

Run: python benchmarks/lsp_latency.py [--edits N] [--debounce SECONDS]

Starts ``factlint lsp`` as a subprocess, opens the dev draft (``../shared/eval/dev-draft.md``
beside the repository, else ``examples/``), then N times sends a ``didChange`` (one year in
the draft changed back and forth) and waits for the ``publishDiagnostics`` of that
version. Prints the median and 95th percentile of the time between the two, once with
the given debounce (what a writer waits for, debounce included) and once with none
(the check alone), plus the server's start-up (initialize to first diagnostics).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's small JSON-RPC client

from lsp_client import LspClient  # noqa: E402

SHARED_DRAFT = ROOT.parent / "shared" / "eval" / "dev-draft.md"


def draft_path() -> Path:
    if SHARED_DRAFT.exists():
        return SHARED_DRAFT
    return sorted((ROOT / "examples").glob("*.md"))[0]


def measure(draft: Path, edits: int, debounce: float) -> tuple[float, list[float], list[int]]:
    """Start-up seconds, the seconds of each edit, and how many diagnostics were published."""
    command = [sys.executable, "-m", "factlint", "lsp", "--debounce", str(debounce)]
    client = LspClient(command, draft.parent)
    try:
        started = time.perf_counter()
        client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}, 60)
        client.notify("initialized", {})
        uri = draft.resolve().as_uri()
        text = draft.read_text(encoding="utf-8")
        document = {"uri": uri, "languageId": "markdown", "version": 1, "text": text}
        client.notify("textDocument/didOpen", {"textDocument": document})
        client.diagnostics(uri, version=1, timeout=60)
        startup = time.perf_counter() - started
        line, column, year = _a_year(text)
        times: list[float] = []
        counts: set[int] = set()
        for version in range(2, edits + 2):
            new = str(int(year) + (version % 2))
            change = {
                "range": {
                    "start": {"line": line, "character": column},
                    "end": {"line": line, "character": column + 4},
                },
                "text": new,
            }
            sent = time.perf_counter()
            client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]},
            )
            published = client.diagnostics(uri, version=version, timeout=60)
            times.append(time.perf_counter() - sent)
            counts.add(len(published["diagnostics"]))
        client.close()
        return startup, times, sorted(counts)
    finally:
        client.kill()


def _a_year(text: str) -> tuple[int, int, str]:
    """The line and column (0-based) of the first "in 20xx" in prose (not in a comment)."""
    for number, line in enumerate(text.split("\n")):
        match = re.search(r"\bin (20\d\d)\b", line)
        if match and "<!--" not in line and not line.startswith(("```", "    ")):
            return number, match.start(1), match.group(1)
    raise SystemExit("no year in the draft to edit")


def _summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
        f"   min {ordered[0] * 1000:7.1f} ms   max {ordered[-1] * 1000:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=40, help="edits to time (default 40)")
    parser.add_argument("--debounce", type=float, default=0.25, help="server debounce (0.25)")
    args = parser.parse_args()
    draft = draft_path()
    print(f"draft: {draft} ({len(draft.read_text(encoding='utf-8').splitlines())} lines)")
    print(f"edits: {args.edits}, each waited for before the next")
    for debounce in (args.debounce, 0.0):
        startup, times, counts = measure(draft, args.edits, debounce)
        label = f"didChange -> diagnostics, debounce {debounce:.2f} s"
        shown = " or ".join(str(n) for n in counts)
        print(f"{label:<44} {_summary(times)}   ({shown} diagnostics)")
    print(f"{'start-up: initialize -> first diagnostics':<44} {startup * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
