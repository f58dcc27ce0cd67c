"""Tests of the command line: golden outputs, exit codes, inputs, facts, config and suppressions.

The golden files are ``golden/cli/dev-draft.<format>``: the output of
``factlint check dev-draft.md --format <format>`` run inside ``golden/cli``.
``FACTLINT_REGEN=1 pytest tests/test_cli.py`` rewrites them.
"""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer.main
from typer.testing import CliRunner

from factlint import __version__
from factlint.cli import app
from factlint.facts import load_facts

GOLDEN = Path(__file__).parent / "golden" / "cli"
DRAFT = "dev-draft.md"
FORMATS = ("text", "line", "json", "github", "sarif", "junit", "gitlab")
SHARED_DRAFT = Path(__file__).resolve().parents[2] / "shared" / "eval" / DRAFT

# The environment every run starts from: no CI, no colour preference, a wide terminal so
# tables do not wrap claim ids.
CLEAN_ENV: dict[str, str | None] = {
    "GITHUB_ACTIONS": None,
    "CI": None,
    "NO_COLOR": None,
    "FACTLINT_MAX_FACTS_MIB": None,
    "COLUMNS": "250",
}

CONTRADICTED = "Chang'e-7 will fly in 2029."
SUPPORTED = "NASA leads the Artemis program."
OUTDATED = "NASA expects to land the first woman and the next man on the Moon by 2024."
ANSI = "\x1b["


@dataclass(frozen=True)
class Run:
    """What one command run printed and returned."""

    code: int
    stdout: str
    stderr: str


Factlint = Callable[..., Run]


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    """Run the CLI in-process: ``factlint("check", "x.md", cwd=path, env={...}, input=...)``."""

    def invoke(
        *args: str,
        cwd: Path,
        env: dict[str, str | None] | None = None,
        input: str | bytes | None = None,
    ) -> Run:
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(
            app, list(args), input=input, env={**CLEAN_ENV, **(env or {})}, catch_exceptions=False
        )
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """An empty directory whose (empty) config file stops the search for one above it."""
    (tmp_path / ".factlint.toml").write_text("", encoding="utf-8")
    return tmp_path


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- golden outputs ----------------------------------------------------------------------


def _mask_version(node: Any) -> Any:
    """The document with factlint's own version replaced, so a release does not break it."""
    if isinstance(node, dict):
        return {
            k: "<version>" if k == "version" and v == __version__ else _mask_version(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_mask_version(v) for v in node]
    return node


def _normalise(output_format: str, stdout: str) -> str:
    if output_format in ("json", "sarif", "gitlab"):
        return json.dumps(_mask_version(json.loads(stdout)), indent=2, ensure_ascii=False) + "\n"
    return stdout


@pytest.mark.parametrize("output_format", FORMATS)
def test_golden_output(factlint: Factlint, output_format: str) -> None:
    run = factlint("check", DRAFT, "--format", output_format, cwd=GOLDEN)
    assert (run.code, run.stderr) == (1, "")
    actual = _normalise(output_format, run.stdout)
    expected_path = GOLDEN / f"dev-draft.{output_format}"
    if os.environ.get("FACTLINT_REGEN"):
        expected_path.write_text(actual, encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8")
    if output_format in ("json", "sarif", "gitlab"):
        assert json.loads(actual) == json.loads(expected)
    else:
        assert actual == expected
    assert ANSI not in run.stdout


def test_sarif_names_the_running_version(factlint: Factlint) -> None:
    run = factlint("check", DRAFT, "--format", "sarif", cwd=GOLDEN)
    assert json.loads(run.stdout)["runs"][0]["tool"]["driver"]["version"] == __version__


def test_sarif_of_the_dev_draft_is_valid_against_the_official_schema(factlint: Factlint) -> None:
    run = factlint("check", DRAFT, "--format", "sarif", "--show-unverified", cwd=GOLDEN)
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft7Validator(schema).validate(json.loads(run.stdout))


def test_text_is_the_default_format(factlint: Factlint) -> None:
    run = factlint("check", DRAFT, cwd=GOLDEN)
    assert run.stdout == (GOLDEN / "dev-draft.text").read_text(encoding="utf-8")


def test_github_actions_picks_the_github_format(factlint: Factlint) -> None:
    run = factlint("check", DRAFT, cwd=GOLDEN, env={"GITHUB_ACTIONS": "true"})
    assert run.code == 1
    assert run.stdout == (GOLDEN / "dev-draft.github").read_text(encoding="utf-8")


def test_an_explicit_format_wins_over_github_actions(factlint: Factlint) -> None:
    run = factlint("check", DRAFT, "--format", "line", cwd=GOLDEN, env={"GITHUB_ACTIONS": "true"})
    assert run.stdout == (GOLDEN / "dev-draft.line").read_text(encoding="utf-8")


def test_the_dev_draft_gives_what_its_expected_file_says(factlint: Factlint) -> None:
    # The expectations of ../shared/eval/dev-draft.expected.yaml.
    run = factlint("check", DRAFT, "--format", "json", cwd=GOLDEN)
    assert run.code == 1
    results = json.loads(run.stdout)["results"]
    contradicted = [(r["line"], r["column"]) for r in results if r["verdict"] == "contradicted"]
    assert contradicted == [(10, 7), (13, 3), (16, 3)]
    assert not {r["line"] for r in results} & {3, 19, 24}  # front matter, code, HTML comment
    assert sum(1 for r in results if r["line"] == 22) == 3


@pytest.mark.skipif(not SHARED_DRAFT.exists(), reason="../shared is not beside the repository")
def test_the_golden_draft_is_a_copy_of_the_shared_one() -> None:
    assert (GOLDEN / DRAFT).read_bytes() == SHARED_DRAFT.read_bytes()


def test_output_file_gets_the_report(factlint: Factlint, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    run = factlint("check", DRAFT, "--format", "line", "-o", str(report), cwd=GOLDEN)
    assert (run.code, run.stdout) == (1, "")
    assert report.read_text(encoding="utf-8") == (GOLDEN / "dev-draft.line").read_text(
        encoding="utf-8"
    )


def test_an_unwritable_output_file_is_an_error(factlint: Factlint, tmp_path: Path) -> None:
    run = factlint("check", DRAFT, "-o", str(tmp_path / "no" / "such" / "dir.txt"), cwd=GOLDEN)
    assert run.code == 2
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1


# --- exit codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "options", "code"),
    [
        (SUPPORTED, [], 0),
        ("Venus rotates backwards.", [], 0),
        (CONTRADICTED, [], 1),
        (CONTRADICTED, ["--fail-on", "never"], 0),
        (CONTRADICTED, ["--fail-on", "warning"], 1),
        (OUTDATED, [], 0),
        (OUTDATED, ["--fail-on", "error"], 0),
        (OUTDATED, ["--fail-on", "warning"], 1),
        (OUTDATED, ["--fail-on", "never"], 0),
    ],
)
def test_exit_codes(
    factlint: Factlint, workdir: Path, text: str, options: list[str], code: int
) -> None:
    run = factlint("check", "--text", text, *options, cwd=workdir)
    assert run.code == code, run.stdout + run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["check"],  # nothing to check
        ["check", "-t", SUPPORTED, "--format", "nope"],
        ["check", "-t", SUPPORTED, "--fail-on", "sometimes"],
        ["check", "-t", SUPPORTED, "--config", "missing.toml"],
        ["check", "-t", SUPPORTED, "--no-such-option"],
        ["lookup", "Artemis", "--format", "nope"],
        ["facts", "show"],
    ],
)
def test_usage_errors_exit_2(factlint: Factlint, workdir: Path, args: list[str]) -> None:
    run = factlint(*args, cwd=workdir)
    assert run.code == 2
    assert run.stdout == ""
    assert "Traceback" not in run.stderr


def test_an_invalid_config_file_exits_2_naming_the_line(factlint: Factlint, workdir: Path) -> None:
    write(workdir, ".factlint.toml", 'include = ["*.md"]\nfail_on = "sometimes"\n')
    run = factlint("check", "-t", SUPPORTED, cwd=workdir)
    assert run.code == 2
    assert re.search(r"\.factlint\.toml:2: .*fail_on", run.stderr)


# --- inputs ------------------------------------------------------------------------------


def test_text_findings_are_at_text(factlint: Factlint, workdir: Path) -> None:
    run = factlint(
        "check", "-t", CONTRADICTED, "-t", "Venus is hot.", "--format", "line",
        "--show-unverified", cwd=workdir,
    )  # fmt: skip
    lines = run.stdout.splitlines()
    assert [line.split(": ")[0:2] for line in lines] == [
        ["<text>:1:1", "error"],
        ["<text>:2:1", "info"],
    ]
    assert lines[0].endswith("[change7-2026]")


def test_standard_input_is_dash(factlint: Factlint, workdir: Path) -> None:
    run = factlint(
        "check", "-", "--format", "line", cwd=workdir, input=f"# Notes\n\n{CONTRADICTED}\n"
    )
    assert run.code == 1
    assert run.stdout.startswith("-:3:1: error: ")


def test_standard_input_is_read_as_one_document(factlint: Factlint, workdir: Path) -> None:
    run = factlint("check", "-", "--format", "json", cwd=workdir, input=SUPPORTED.encode())
    results = json.loads(run.stdout)["results"]
    assert [(r["path"], r["verdict"]) for r in results] == [("-", "supported")]


BAD_INPUTS: dict[str, bytes | None] = {
    "missing.md": None,
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.md": "Caf\u00e9 au lait is served in Baku.\n".encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_a_bad_input_exits_2_and_the_good_files_are_still_checked(
    factlint: Factlint, workdir: Path, name: str
) -> None:
    write(workdir, "good.md", CONTRADICTED + "\n")
    content = BAD_INPUTS[name]
    if content is not None:
        write(workdir, name, content)
    run = factlint("check", "good.md", name, "--format", "line", cwd=workdir)
    assert run.code == 2
    assert len(run.stderr.splitlines()) == 1
    assert run.stderr.startswith(name)
    assert "Traceback" not in run.stderr
    assert run.stdout.startswith("good.md:1:1: error: ")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_an_unreadable_file_exits_2_and_the_good_files_are_still_checked(
    factlint: Factlint, workdir: Path
) -> None:
    write(workdir, "good.md", CONTRADICTED + "\n")
    secret = write(workdir, "secret.md", SUPPORTED + "\n")
    secret.chmod(0)
    try:
        run = factlint("check", "good.md", "secret.md", "--format", "line", cwd=workdir)
    finally:
        secret.chmod(0o644)
    assert run.code == 2
    assert run.stderr.startswith("secret.md")
    assert len(run.stderr.splitlines()) == 1
    assert run.stdout.startswith("good.md:1:1: error: ")


def test_an_invalid_facts_file_exits_2_with_its_position(factlint: Factlint, workdir: Path) -> None:
    write(workdir, "bad.yaml", "claims:\n  - id: x\n    text: [unclosed\n")
    run = factlint("check", "-t", SUPPORTED, "--facts", "bad.yaml", cwd=workdir)
    assert run.code == 2
    assert run.stdout == ""
    assert re.search(r"bad\.yaml:\d+:\d+: ", run.stderr)
    assert "Traceback" not in run.stderr


def test_other_facts_can_be_named(factlint: Factlint, workdir: Path) -> None:
    write(
        workdir,
        "facts/harbour.yaml",
        "sources:\n  - {id: guide, title: Harbour guide}\n"
        "entities:\n  - {name: Almer Lighthouse, kind: place}\n"
        "claims:\n  - id: lighthouse-height\n"
        "    text: The Almer Lighthouse is 40 meters tall.\n"
        "    sources: [guide]\n",
    )
    run = factlint(
        "check", "-t", "The Almer Lighthouse is 55 meters tall.", "-t", CONTRADICTED,
        "--facts", "facts", "--format", "line", cwd=workdir,
    )  # fmt: skip
    assert run.code == 1
    assert run.stdout.splitlines() == [
        line for line in run.stdout.splitlines() if "[lighthouse-height]" in line
    ]
    assert len(run.stdout.splitlines()) == 1


# --- colour ------------------------------------------------------------------------------


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run factlint with its output on a pseudo-terminal and return what it printed."""
    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
    full_env.update({"GITHUB_ACTIONS": "false", "TERM": "xterm", **env})
    process = subprocess.Popen(
        [sys.executable, "-m", "factlint", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=full_env,
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    ("options", "env", "coloured"),
    [
        ([], {}, True),
        ([], {"NO_COLOR": "1"}, False),
        (["--no-color"], {}, False),
    ],
    ids=["terminal", "NO_COLOR", "--no-color"],
)
def test_colour_only_on_a_terminal_that_wants_it(
    options: list[str], env: dict[str, str], coloured: bool
) -> None:
    output = _run_on_a_terminal(["check", "-t", CONTRADICTED, *options], env)
    assert "contradicted" in output
    assert (ANSI in output) is coloured


def test_no_colour_when_output_is_not_a_terminal(factlint: Factlint, workdir: Path) -> None:
    run = factlint("check", "-t", CONTRADICTED, cwd=workdir)
    assert "contradicted" in run.stdout
    assert ANSI not in run.stdout


# --- help and version --------------------------------------------------------------------


def _commands() -> Iterator[list[str]]:
    def walk(command: Any, path: list[str]) -> Iterator[list[str]]:
        yield path
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


COMMANDS = list(_commands())


def test_every_command_is_known_here() -> None:
    assert {" ".join(c) for c in COMMANDS} == {
        "", "check", "lookup", "config", "lsp", "sweep", "facts",
        "facts validate", "facts test", "facts list", "facts show", "facts schema",
        "facts draft",
    }  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) or "factlint" for c in COMMANDS])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_has_help(
    factlint: Factlint, workdir: Path, command: list[str], flag: str
) -> None:
    run = factlint(*command, flag, cwd=workdir)
    assert run.code == 0
    assert run.stdout.lstrip().startswith("Usage:")
    assert "Traceback" not in run.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) or "factlint" for c in COMMANDS])
def test_every_command_and_parameter_is_documented(command: list[str]) -> None:
    node: Any = typer.main.get_command(app)
    for name in command:
        node = node.commands[name]
    assert node.help
    undocumented = [p.name for p in node.params if not getattr(p, "help", None)]
    assert undocumented == []


@pytest.mark.parametrize("command", [[], ["check"], ["facts", "list"]])
def test_version(factlint: Factlint, workdir: Path, command: list[str]) -> None:
    run = factlint(*command, "--version", cwd=workdir)
    assert (run.code, run.stdout) == (0, f"factlint {__version__}\n")


def test_no_arguments_prints_help(factlint: Factlint, workdir: Path) -> None:
    run = factlint(cwd=workdir)
    assert "Usage:" in run.stdout + run.stderr
    assert "check" in run.stdout + run.stderr


# --- lookup and facts --------------------------------------------------------------------


def test_lookup_text_lists_matching_claims(factlint: Factlint, workdir: Path) -> None:
    run = factlint("lookup", "Artemis Accords signatories", cwd=workdir)
    assert run.code == 0
    assert "artemis-signatory-count" in run.stdout
    assert "artemis-named-signatories" in run.stdout


def test_lookup_json_ranks_claims_by_score(factlint: Factlint, workdir: Path) -> None:
    run = factlint("lookup", "Chang'e-7 lunar resources", "--format", "json", cwd=workdir)
    assert run.code == 0
    doc = json.loads(run.stdout)
    assert doc["query"] == "Chang'e-7 lunar resources"
    scores = [c["score"] for c in doc["claims"]]
    assert scores == sorted(scores, reverse=True)
    assert doc["claims"][0]["claim_id"] == "change7-2026"
    assert all(c["sources"] for c in doc["claims"])


def test_lookup_ranks_the_signatory_claims_first(factlint: Factlint, workdir: Path) -> None:
    run = factlint("lookup", "Artemis Accords signatories", "--format", "json", cwd=workdir)
    first = json.loads(run.stdout)["claims"][0]["claim_id"]
    assert first in ("artemis-signatory-count", "artemis-named-signatories")


def test_lookup_limit(factlint: Factlint, workdir: Path) -> None:
    run = factlint("lookup", "Moon", "--format", "json", "--limit", "2", cwd=workdir)
    assert len(json.loads(run.stdout)["claims"]) == 2


def test_lookup_without_a_match_exits_1(factlint: Factlint, workdir: Path) -> None:
    run = factlint("lookup", "zzzz qqqq", "--format", "json", cwd=workdir)
    assert run.code == 1
    assert json.loads(run.stdout)["claims"] == []


def test_facts_validate_accepts_the_bundled_facts(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "validate", cwd=workdir)
    assert run.code == 0
    assert run.stdout.startswith(f"ok: {len(load_facts().claims)} claims")


def test_facts_validate_reports_a_bad_file(factlint: Factlint, workdir: Path) -> None:
    write(workdir, "bad.yaml", "claims:\n  - id: Bad Id\n    text: x\n    sources: []\n")
    run = factlint("facts", "validate", "bad.yaml", cwd=workdir)
    assert run.code == 2
    problems = run.stdout.splitlines()
    assert problems
    assert all(re.match(r"bad\.yaml:\d+:\d+: ", line) for line in problems)
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("where", ["config", "environment"])
def test_the_facts_size_limit_is_configurable(
    factlint: Factlint, workdir: Path, where: str
) -> None:
    write(workdir, "big.yaml", "# padding\n" * 200_000 + "synonyms: [[a, b]]\n")  # 2 MiB
    env: dict[str, str | None] = {}
    if where == "config":
        write(workdir, ".factlint.toml", "max_facts_mib = 1\n")
    else:
        env["FACTLINT_MAX_FACTS_MIB"] = "1"
    for args in (
        ["facts", "validate", "big.yaml"],
        ["check", "-t", SUPPORTED, "--facts", "big.yaml"],
    ):
        run = factlint(*args, cwd=workdir, env=env)
        assert run.code == 2
        assert re.match(r"big\.yaml:1:1: ", run.stdout + run.stderr)
        assert "Traceback" not in run.stderr
    env["FACTLINT_MAX_FACTS_MIB"] = "3"
    assert factlint("facts", "validate", "big.yaml", cwd=workdir, env=env).code == 0


def test_facts_list_shows_every_claim(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "list", cwd=workdir)
    assert run.code == 0
    missing = [c.id for c in load_facts().claims if c.id not in run.stdout]
    assert missing == []


def test_facts_list_filters(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "list", "--grep", "slim", cwd=workdir)
    assert run.code == 0
    assert "slim-landing-precision" in run.stdout
    assert "artemis-signatory-count" not in run.stdout


def test_facts_show_prints_a_claim(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "show", "artemis-signatory-count", cwd=workdir)
    assert run.code == 0
    assert "29 countries have signed the Artemis Accords." in run.stdout
    assert "2023-09" in run.stdout
    assert "rush-hour-daily-change8" in run.stdout


def test_facts_show_an_unknown_id_exits_2(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "show", "nope", cwd=workdir)
    assert run.code == 2
    assert run.stdout == ""
    assert "nope" in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_facts_show_quotes_the_unknown_id_whole(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "show", "nope", cwd=workdir)
    assert "'nope'" in run.stderr


def test_facts_schema_is_json_schema(factlint: Factlint, workdir: Path) -> None:
    run = factlint("facts", "schema", cwd=workdir)
    assert run.code == 0
    schema = json.loads(run.stdout)
    assert "claims" in schema["properties"]


# --- configuration -----------------------------------------------------------------------


def test_config_prints_values_and_their_origins(factlint: Factlint, tmp_path: Path) -> None:
    config = write(tmp_path, ".factlint.toml", 'fail_on = "never"\nexclude = ["drafts/"]\n')
    run = factlint("config", cwd=tmp_path)
    assert run.code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == f"# config file: {config}"
    assert f'fail_on = "never"  # from {config}' in lines
    assert f'exclude = ["drafts/"]  # from {config}' in lines
    assert "show_unverified = false  # from default" in lines
    assert "min_score = 50.0  # from default" in lines
    assert "jobs = 0  # from default" in lines
    assert "cache = true  # from default" in lines


def test_config_json(factlint: Factlint, tmp_path: Path) -> None:
    config = write(tmp_path, ".factlint.toml", "min_score = 70\n")
    doc = json.loads(factlint("config", "--format", "json", cwd=tmp_path).stdout)
    assert doc["config_file"] == str(config)
    assert doc["values"]["min_score"] == {"value": 70.0, "from": str(config)}
    assert doc["values"]["fail_on"] == {"value": "error", "from": "default"}


def test_a_config_file_fail_on_is_honoured(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, ".factlint.toml", 'fail_on = "never"\n')
    assert factlint("check", "-t", CONTRADICTED, cwd=tmp_path).code == 0
    # The command line wins over the file.
    assert factlint("check", "-t", CONTRADICTED, "--fail-on", "error", cwd=tmp_path).code == 1


def test_a_config_file_named_on_the_command_line_is_used(factlint: Factlint, workdir: Path) -> None:
    write(workdir, "strict.toml", 'fail_on = "warning"\n')
    assert factlint("check", "-t", OUTDATED, cwd=workdir).code == 0
    assert factlint("check", "-t", OUTDATED, "--config", "strict.toml", cwd=workdir).code == 1


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for name in ("docs/a.md", "docs/drafts/b.md", "docs/c.txt", "docs/d.rst"):
        write(tmp_path, name, CONTRADICTED + "\n")
    return tmp_path


def checked_paths(run: Run) -> list[str]:
    return [line.split(":")[0] for line in run.stdout.splitlines()]


def test_exclude_applies_when_walking_directories(factlint: Factlint, docs: Path) -> None:
    write(docs, ".factlint.toml", 'exclude = ["drafts/"]\n')
    run = factlint("check", "docs", "--format", "line", cwd=docs)
    assert checked_paths(run) == ["docs/a.md", "docs/c.txt"]


def test_include_picks_the_files_a_walk_finds(factlint: Factlint, docs: Path) -> None:
    write(docs, ".factlint.toml", 'include = ["*.rst", "*.txt"]\n')
    run = factlint("check", "docs", "--format", "line", cwd=docs)
    assert checked_paths(run) == ["docs/c.txt", "docs/d.rst"]


def test_a_named_file_is_checked_unless_force_exclude(factlint: Factlint, docs: Path) -> None:
    write(docs, ".factlint.toml", 'exclude = ["drafts/"]\n')
    named = factlint("check", "docs/drafts/b.md", "docs/a.md", "--format", "line", cwd=docs)
    assert checked_paths(named) == ["docs/a.md", "docs/drafts/b.md"]
    forced = factlint(
        "check", "docs/drafts/b.md", "docs/a.md", "--format", "line", "--force-exclude",
        cwd=docs,
    )  # fmt: skip
    assert checked_paths(forced) == ["docs/a.md"]
    alone = factlint("check", "docs/drafts/b.md", "--force-exclude", cwd=docs)
    assert alone.code == 0


# --- suppressions ------------------------------------------------------------------------


def test_a_suppression_comment_silences_a_contradiction(factlint: Factlint, workdir: Path) -> None:
    write(workdir, "draft.md", f"<!-- factlint-disable-next-line -->\n{CONTRADICTED}\n")
    run = factlint("check", "draft.md", "--format", "line", cwd=workdir)
    assert (run.code, run.stdout) == (0, "")
    doc = json.loads(factlint("check", "draft.md", "--format", "json", cwd=workdir).stdout)
    assert doc["results"] == []
    assert [(r["verdict"], r["suppressed"]) for r in doc["suppressed"]] == [("contradicted", True)]


def test_a_suppression_for_another_claim_does_not_silence(
    factlint: Factlint, workdir: Path
) -> None:
    write(
        workdir,
        "draft.md",
        f"<!-- factlint-disable-next-line artemis-signatory-count -->\n{CONTRADICTED}\n",
    )
    run = factlint("check", "draft.md", "--format", "line", cwd=workdir)
    assert run.code == 1
    error, notice = run.stdout.splitlines()
    assert error.startswith("draft.md:2:1: error: ")
    assert error.endswith("[change7-2026]")
    assert notice == (
        "draft.md:1:1: info: unused suppression: factlint-disable-next-line "
        "artemis-signatory-count suppresses nothing [unused-suppression]"
    )


def test_an_unused_suppression_is_reported_as_info(factlint: Factlint, workdir: Path) -> None:
    write(
        workdir,
        "draft.md",
        f"<!-- factlint-disable-next-line -->\n{CONTRADICTED}\n\n"
        f"<!-- factlint-disable-next-line change7-2026 -- quoting the old plan -->\n{SUPPORTED}\n",
    )
    run = factlint("check", "draft.md", "--format", "line", cwd=workdir)
    assert run.code == 0
    assert run.stdout.splitlines() == [
        "draft.md:4:1: info: unused suppression: factlint-disable-next-line change7-2026 "
        "suppresses nothing [unused-suppression]"
    ]


def test_a_plain_text_suppression_comment(factlint: Factlint, workdir: Path) -> None:
    write(workdir, "draft.txt", f"# factlint-disable-next-line change7-2026\n{CONTRADICTED}\n")
    run = factlint("check", "draft.txt", "--format", "line", cwd=workdir)
    assert (run.code, run.stdout) == (0, "")


def test_importing_the_cli_imports_no_engine_rich_or_yaml() -> None:
    """``--help`` and ``--version`` stay fast: the command modules import the engine, rich,
    pyyaml and pygls only when a command runs."""
    heavy = ("rich", "yaml", "rapidfuzz", "pygls", "factlint.engine", "factlint.compiled")
    code = (
        "import sys, factlint.cli; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} "
        f"or m in {heavy!r}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_text_summary_names_the_command_line_sentences(factlint: Factlint, workdir: Path) -> None:
    run = factlint("check", "-t", SUPPORTED, "-t", CONTRADICTED, cwd=workdir)
    assert run.stdout.rstrip().endswith(" in 2 --text arguments (2 sentences)")
