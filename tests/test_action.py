"""Tests of the GitHub Action (``action.yml``): its shape, and its scripts run as the runner
would run them, with the factlint installed here standing in for the one it installs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from cli_helpers import RIGHT, SHORT, bridge_project, write

ROOT = Path(__file__).resolve().parents[1]
ACTION: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: dict[str, dict[str, Any]] = {step["id"]: step for step in ACTION["runs"]["steps"]}
FACTLINT = Path(sys.executable).parent / "factlint"

pytestmark = pytest.mark.skipif(
    os.name != "posix" or shutil.which("bash") is None, reason="runs the steps with bash"
)


def test_the_action_is_composite_and_documents_its_inputs_and_outputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert ACTION["name"] and ACTION["description"]
    assert set(ACTION["inputs"]) == {"paths", "args", "sarif", "python-version", "version"}
    for spec in [*ACTION["inputs"].values(), *ACTION["outputs"].values()]:
        assert spec["description"]
    assert STEPS["python"]["uses"].startswith("actions/setup-python@")
    assert STEPS["python"]["with"]["python-version"] == "${{ inputs.python-version }}"


def test_every_script_runs_in_bash_and_takes_inputs_only_from_its_environment() -> None:
    scripts = [step for step in STEPS.values() if "run" in step]
    assert {step["id"] for step in scripts} == {"install", "check"}
    for step in scripts:
        assert step["shell"] == "bash"
        # An input pasted into a script is a script injection; through env it is a value.
        assert "${{" not in step["run"]
        used = set(re.findall(r"\$\{?([A-Z_]+)", step["run"]))
        assert used - {"GITHUB_OUTPUT"} <= set(step["env"]) | {"bin", "paths", "args", "status"}


def run_step(
    step: str, env: dict[str, str], cwd: Path
) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """Run one step's script as the runner runs ``shell: bash``; its outputs as a dict."""
    outputs = cwd / "github-output.txt"
    outputs.write_text("")
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", STEPS[step]["run"]],
        cwd=cwd,
        env={**os.environ, "GITHUB_OUTPUT": str(outputs), "NO_COLOR": "1", **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    found = dict(line.split("=", 1) for line in outputs.read_text().splitlines() if "=" in line)
    return done, found


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = bridge_project(tmp_path / "project")
    write(root, "docs/a.md", f"# Bridges\n\n{SHORT}\n")
    write(root, "docs/b.md", f"{RIGHT}\n")
    return root


def check_env(**inputs: str) -> dict[str, str]:
    env = {"FACTLINT": str(FACTLINT), "INPUT_PATHS": ".", "INPUT_ARGS": "", "INPUT_SARIF": ""}
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    env.pop("GITHUB_ACTIONS", None)
    return env


def test_the_check_step_annotates_and_writes_sarif(project: Path) -> None:
    done, outputs = run_step(
        "check", check_env(paths="docs", sarif="reports/factlint.sarif"), project
    )
    assert done.returncode == 1, done.stderr
    annotations = done.stdout.splitlines()
    assert len(annotations) == 1
    assert annotations[0].startswith("::error file=docs/a.md,line=3,col=1,")
    log = json.loads((project / "reports" / "factlint.sarif").read_text(encoding="utf-8"))
    (result,) = log["runs"][0]["results"]
    assert result["properties"]["claim_id"] == "kestrel-length"
    assert outputs == {"exit-code": "1", "sarif": "reports/factlint.sarif"}


def test_the_check_step_passes_its_arguments_on(project: Path) -> None:
    done, outputs = run_step(
        "check", check_env(paths="docs/b.md docs/a.md", args="--fail-on never"), project
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("::error file=docs/a.md")  # still annotated, not failing
    assert outputs == {"exit-code": "0", "sarif": ""}
    assert not list(project.glob("**/*.sarif"))


def test_arguments_are_words_never_globs_or_commands(project: Path) -> None:
    _, outputs = run_step("check", check_env(paths="docs/*.md", args="$(touch pwned) ;"), project)
    assert outputs["exit-code"] == "2"  # factlint was given those words as they are
    assert not (project / "pwned").exists()


def test_the_install_step_installs_the_actions_checkout_or_a_version(tmp_path: Path) -> None:
    # A stand-in for setup-python's interpreter: it makes the venv and logs what pip is asked.
    log = tmp_path / "log.txt"
    python = tmp_path / "python"
    python.write_text(
        "#!/bin/sh\n"
        f'echo "$@" >> "{log}"\n'
        'if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; cp "$0" "$3/bin/python"; fi\n'
    )
    python.chmod(0o755)
    for version, installed in (("", str(ROOT)), ("==0.1.0", "factlint==0.1.0")):
        env = {"PYTHON": str(python), "FACTLINT_VERSION": version, "ACTION_PATH": str(ROOT)}
        env["VENV"] = str(tmp_path / f"venv{version}")
        done, outputs = run_step("install", env, tmp_path)
        assert done.returncode == 0, done.stderr
        assert (
            log.read_text()
            .splitlines()[-1]
            .endswith(f"install --disable-pip-version-check --quiet {installed}")
        )
        assert outputs == {"factlint": f"{env['VENV']}/bin/factlint"}
