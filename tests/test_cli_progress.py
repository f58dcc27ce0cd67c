"""Progress bars while facts load: on a terminal for a large base, never on a pipe or in CI."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from factlint.cache import load_compiled
from factlint.cli import app
from factlint.cli.progress import SHOW_FROM, LoadProgress, load_progress
from factlint.progress import COMPILING, READING
from test_cli import CLEAN_ENV, _run_on_a_terminal

CLAIMS = SHOW_FROM[COMPILING] + 500


def big_base(path: Path, claims: int = CLAIMS) -> Path:
    lines = ["sources: [{id: wire, title: Wire}]", "claims:"]
    lines += [
        f"  - {{id: c{i}, text: 'Kestrel-{i} carries {i % 40 + 2} instruments.', sources: [wire]}}"
        for i in range(claims)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def drawn(*calls: tuple[str, int, int]) -> str:
    out = io.StringIO()
    bars = LoadProgress(Console(file=out, force_terminal=True, width=100))
    for call in calls:
        bars(*call)
    bars.close()
    return out.getvalue()


def test_bars_are_drawn_for_each_large_stage() -> None:
    shown = drawn((READING, 3 << 20, 8 << 20), (COMPILING, 3000, 5000), (COMPILING, 5000, 5000))
    assert "reading facts" in shown and "3.0 of 8.0 MiB" in shown
    assert "compiling claims" in shown and "5,000 of 5,000" in shown


def test_small_stages_draw_nothing() -> None:
    assert drawn((READING, 10_000, 20_000), (COMPILING, 40, 40)) == ""


def test_no_bars_off_a_terminal_or_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    with load_progress() as progress:  # pytest's stderr is no terminal
        assert progress is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("CI", "true")
    with load_progress() as progress:
        assert progress is None
    monkeypatch.delenv("CI")
    with load_progress() as progress:
        assert isinstance(progress, LoadProgress)


def test_the_library_reports_each_stage_to_the_end_and_nothing_on_a_hit(tmp_path: Path) -> None:
    facts = big_base(tmp_path / "facts.yaml", 50)
    calls: list[tuple[str, int, int]] = []
    load_compiled([facts], jobs=1, progress=lambda *call: calls.append(call))
    stages = [stage for stage, _, _ in calls]
    assert stages == sorted(stages, key=[READING, COMPILING].index)  # reading, then compiling
    for stage in (READING, COMPILING):
        done = [d for s, d, total in calls if s == stage]
        assert done == sorted(done) and done[-1] == calls[stages.index(stage)][2]
    assert calls[-1] == (COMPILING, 50, 50)
    again: list[tuple[str, int, int]] = []
    load_compiled([facts], progress=lambda *call: again.append(call))
    assert again == []


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_cold_large_base_shows_its_progress_on_a_terminal_only(tmp_path: Path) -> None:
    facts = str(big_base(tmp_path / "facts.yaml"))
    args = ["check", "--facts", facts, "--no-cache", "-t", "Kestrel-3 carries 5 instruments."]
    assert "compiling claims" in _run_on_a_terminal(args, {})
    assert "compiling claims" not in _run_on_a_terminal(args, {"CI": "true"})
    env = {**CLEAN_ENV, "FACTLINT_CACHE_DIR": os.environ.get("FACTLINT_CACHE_DIR")}
    piped = CliRunner().invoke(app, args, env=env)
    assert piped.exit_code == 0, piped.stderr
    assert piped.stderr == ""
