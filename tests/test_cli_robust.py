"""The command line on bad input: every case ends with a named file, the right exit code and
the other files' findings, never a traceback, a hang or a lost result.

Tests check behaviour (exit code, which file is named, which findings are there), not
wording. Interrupts, closed pipes and stream encodings need a real process.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from cli_helpers import interruptible
from factlint.cli import app

FORMATS = ("text", "line", "json", "github", "sarif", "junit", "gitlab")
CONTRADICTED = "Chang'e-7 will fly in 2029."  # contradicts change7-2026
SUPPORTED = "NASA leads the Artemis program."
CLEAN_ENV: dict[str, str | None] = {
    "GITHUB_ACTIONS": None,
    "CI": None,
    "NO_COLOR": None,
    "FACTLINT_MAX_FACTS_MIB": None,
    "COLUMNS": "250",
}
BAD_FACTS = Path(__file__).parent / "data" / "facts" / "bad"
DEV_DRAFT = Path(__file__).parent / "golden" / "cli" / "dev-draft.md"
NO_TRACEBACK = ("Traceback", "Exception ignored", "BrokenPipeError", "KeyboardInterrupt")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


Factlint = Callable[..., Run]


@pytest.fixture
def factlint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Factlint:
    """Run the CLI in-process in ``tmp_path`` (its empty config stops the search above)."""
    (tmp_path / ".factlint.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, env: dict[str, str | None] | None = None) -> Run:
        result = CliRunner().invoke(
            app, list(args), env={**CLEAN_ENV, **(env or {})}, catch_exceptions=False
        )
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def clean(stderr: str) -> None:
    assert not [word for word in NO_TRACEBACK if word in stderr], stderr


def process(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: int | None = None
) -> subprocess.Popen[bytes]:
    """factlint in a process of its own, as a shell would start it."""
    base = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV} | {"COLUMNS": "250"}
    return subprocess.Popen(
        [sys.executable, "-m", "factlint", *args],
        cwd=cwd,
        env=base | (env or {}),
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=interruptible,
    )


# --- partial failure ---------------------------------------------------------------------


def good_file_findings(output_format: str, stdout: str) -> set[str]:
    """The paths with a contradiction in a report, whatever its format."""
    if output_format == "json":
        results = json.loads(stdout)["results"]
        return {r["path"] for r in results if r["verdict"] == "contradicted"}
    if output_format == "sarif":
        results = json.loads(stdout)["runs"][0]["results"]
        return {
            unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
            for r in results
            if r["level"] == "error"
        }
    if output_format == "github":
        return set(re.findall(r"^::error file=([^,]+),", stdout, re.M))
    if output_format == "gitlab":
        return {i["location"]["path"] for i in json.loads(stdout) if i["severity"] == "major"}
    if output_format == "junit":
        cases = ElementTree.fromstring(stdout).iter("testcase")
        return {c.attrib["name"] for c in cases if c.find("failure") is not None}
    if output_format == "line":
        return set(re.findall(r"^(.+?):\d+:\d+: error: ", stdout, re.M))
    return set(re.findall(r"^(.+?):\d+:\d+ +contradicted", stdout, re.M))


BROKEN: dict[str, Callable[[Path], object]] = {
    "missing.md": lambda path: None,
    "binary.md": lambda path: write(path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "latin1.md": lambda path: write(path, "Caf\u00e9 in Baku.\n".encode("latin-1")),
    "dangling.md": lambda path: path.symlink_to(path.parent / "nowhere.md"),
    "loop.md": lambda path: path.symlink_to(path),
}


@pytest.mark.parametrize("output_format", FORMATS)
def test_unreadable_inputs_are_listed_and_the_others_still_reported(
    factlint: Factlint, tmp_path: Path, output_format: str
) -> None:
    write(tmp_path / "good.md", f"# Notes\n\n{CONTRADICTED}\n")
    write(tmp_path / "docs" / "also good.txt", f"{SUPPORTED} {CONTRADICTED}\n")
    (tmp_path / "docs" / "dangling.md").symlink_to(tmp_path / "nowhere.md")  # skipped
    (tmp_path / "docs" / "loop.md").symlink_to(tmp_path / "docs" / "loop.md")  # skipped
    (tmp_path / "docs" / "up").symlink_to(tmp_path)  # a directory loop, never followed
    for name, make in BROKEN.items():
        make(tmp_path / name)
    run = factlint("check", "good.md", "docs", *BROKEN, "--format", output_format)
    assert run.code == 2  # unreadable input wins over the contradictions found
    named = {line.split(":")[0] for line in run.stderr.splitlines()}
    assert named == set(BROKEN)
    assert good_file_findings(output_format, run.stdout) == {"good.md", "docs/also good.txt"}
    clean(run.stderr)
    if output_format == "json":
        problems = json.loads(run.stdout)["problems"]
        assert {p["path"] for p in problems} == set(BROKEN)


def test_a_file_that_cannot_be_read_is_named_and_the_others_reported(
    factlint: Factlint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "good.md", CONTRADICTED + "\n")
    locked = write(tmp_path / "locked.md", SUPPORTED + "\n")
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:  # root reads any file: refuse it the way the OS would
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    run = factlint("check", "good.md", "locked.md", "--format", "line")
    assert run.code == 2
    assert run.stderr.startswith("locked.md")
    assert run.stdout.startswith("good.md:1:1: error: ")


def test_an_unreadable_directory_in_a_walk_is_named(
    factlint: Factlint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "docs" / "good.md", CONTRADICTED + "\n")
    write(tmp_path / "docs" / "private" / "hidden.md", SUPPORTED + "\n")
    scandir = os.scandir

    def refuse(path: object) -> object:
        if Path(os.fsdecode(path)).name == "private":  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", refuse)
    run = factlint("check", "docs", "--format", "line")
    assert run.code == 2
    assert run.stderr.startswith("docs/private")
    assert run.stdout.startswith("docs/good.md:1:1: error: ")


# --- drafts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("newline", "bom"),
    [("\n", ""), ("\r\n", ""), ("\r", ""), ("\n", "\ufeff"), ("\r\n", "\ufeff"), ("\r", "\ufeff")],
    ids=["lf", "crlf", "cr", "bom-lf", "bom-crlf", "bom-cr"],
)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_positions_point_into_the_original_file(
    factlint: Factlint, tmp_path: Path, newline: str, bom: str, suffix: str
) -> None:
    lines = [f"{CONTRADICTED} More.", "", "Intro words here.", f"- One thing. {CONTRADICTED}"]
    if suffix == ".txt":
        lines[3] = lines[3].removeprefix("- ")
    write(tmp_path / f"draft{suffix}", (bom + newline.join(lines) + newline).encode())
    run = factlint("check", f"draft{suffix}", "--format", "json")
    found = [
        (r["line"], r["column"], r["end_line"], r["end_column"])
        for r in json.loads(run.stdout)["results"]
        if r["verdict"] == "contradicted"
    ]
    at = lines[3].index(CONTRADICTED) + 1
    assert found == [
        (1, 1, 1, len(CONTRADICTED)),
        (4, at, 4, at + len(CONTRADICTED) - 1),
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n\n\n",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf\r\n",
        b"   \t  ",
        b"<!-- -->\n```\ncode\n```\n",
    ],
    ids=["empty", "newlines", "bom", "bom-crlf", "spaces", "no-prose"],
)
def test_a_draft_with_no_sentences_is_checked_and_passes(
    factlint: Factlint, tmp_path: Path, content: bytes
) -> None:
    write(tmp_path / "empty.md", content)
    run = factlint("check", "empty.md", "--format", "json")
    assert run.code == 0
    document = json.loads(run.stdout)
    assert (document["summary"]["files"], document["results"]) == (1, [])


def test_a_single_5_mb_line_is_checked(factlint: Factlint, tmp_path: Path) -> None:
    padding = "x" * (5 * 1024 * 1024)  # a minified file: one line, one endless word
    write(tmp_path / "minified.md", f"{padding}. {CONTRADICTED}\n")
    run = factlint("check", "minified.md", "--format", "line")
    assert run.code == 1
    assert run.stdout.startswith(f"minified.md:1:{len(padding) + 3}: error: ")


def test_a_hundred_thousand_tiny_sentences_are_checked(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path / "tiny.md", "Go. It rained.\n" * 50_000 + CONTRADICTED + "\n")
    run = factlint("check", "tiny.md", "--format", "line")
    assert run.code == 1
    assert run.stdout.startswith("tiny.md:50001:1: error: ")


def test_a_utf16_draft_is_checked(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path / "windows.txt", ("\r\n\r\n" + CONTRADICTED + "\r\n").encode("utf-16"))
    run = factlint("check", "windows.txt", "--format", "line")
    assert run.code == 1
    assert run.stdout.startswith("windows.txt:3:1: error: ")


def test_paths_with_spaces_and_accents(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path / "my notes" / "ébauche ñandú.md", CONTRADICTED + "\n")
    run = factlint("check", "my notes", "--format", "line")
    assert run.code == 1
    assert run.stdout.startswith("my notes/ébauche ñandú.md:1:1: error: ")


@pytest.mark.skipif(sys.platform != "linux", reason="needs file names that are not UTF-8")
@pytest.mark.parametrize("output_format", FORMATS)
def test_a_file_name_that_is_not_utf8_is_reported(tmp_path: Path, output_format: str) -> None:
    (tmp_path / ".factlint.toml").write_text("")
    name = os.fsdecode(b"caf\xe9.md")
    write(tmp_path / "docs" / name, CONTRADICTED + "\n")
    strict = {"PYTHONIOENCODING": "utf-8:strict"}  # as in a UTF-8 locale on macOS
    to_file = ["-o", "report.out"] if output_format == "sarif" else []
    for args in {(*to_file,), ()}:
        run = process("check", "docs", "--format", output_format, *args, cwd=tmp_path, env=strict)
        out, err = run.communicate(timeout=120)
        assert run.returncode == 1, err.decode()
        clean(err.decode())
        out = out or (tmp_path / "report.out").read_bytes()
        assert b"caf" in out
        out.decode("utf-8")  # valid UTF-8 whatever the name


def test_a_sentence_argument_that_is_not_utf8_is_checked(tmp_path: Path) -> None:
    (tmp_path / ".factlint.toml").write_text("")
    sentence = os.fsdecode(CONTRADICTED.encode() + b" \xff")
    for output_format in ("text", "json", "sarif"):
        run = process("check", "-t", sentence, "--format", output_format, cwd=tmp_path)
        out, err = run.communicate(timeout=120)
        assert run.returncode == 1, err.decode()
        clean(err.decode())
        assert "2029" in out.decode("utf-8")


# --- interrupts and pipes ----------------------------------------------------------------


@pytest.fixture
def big_draft(tmp_path: Path) -> Path:
    """A draft that takes far longer to check than the test waits (minutes, not seconds)."""
    (tmp_path / ".factlint.toml").write_text("")
    text = DEV_DRAFT.read_text(encoding="utf-8")
    return write(tmp_path / "big.md", (text + "\n") * 1000)


def wait_until_blocked(pid: int) -> None:
    """Wait until a process sleeps (blocked reading its input), or 3 s where /proc is missing."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(3)
        return
    asleep = 0
    for _ in range(600):
        time.sleep(0.05)
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
        asleep = asleep + 1 if state == "S" else 0
        if asleep == 4:
            return


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
@pytest.mark.parametrize("source", ["file", "stdin"])
def test_ctrl_c_ends_with_130_and_no_traceback(big_draft: Path, source: str) -> None:
    args = ["check", "big.md"] if source == "file" else ["check", "-"]
    run = process(*args, cwd=big_draft.parent, stdin=subprocess.PIPE)  # stdin never closes
    if source == "stdin":
        wait_until_blocked(run.pid)
    else:
        time.sleep(2)  # past start-up, into checking
    assert run.poll() is None
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130
    clean(err.decode())
    assert out == b""


def children(pid: int) -> int:
    """How many processes ``pid`` has started and not yet reaped."""
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
            except OSError:
                continue
            count += ppid == str(pid)
    return count


@pytest.mark.skipif(
    sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs /proc and fork",
)
@pytest.mark.parametrize(("workers", "stage"), [(1, "reading"), (2, "compiling")])
def test_ctrl_c_while_a_large_base_loads_ends_with_130_and_no_traceback(
    tmp_path: Path, workers: int, stage: str
) -> None:
    # Ctrl-C at a terminal reaches the whole process group: the child that reads the
    # YAML and the workers that compile the claims as well as factlint itself.
    (tmp_path / ".factlint.toml").write_text("")
    claims = [
        f"  - {{id: c{i}, text: 'Kestrel-{i} carries {i % 40 + 2} instruments.', "
        f"sources: [{{id: wire, quote: 'Kestrel-{i} carries {i % 40 + 2} instruments.'}}]}}"
        for i in range(40_000)
    ]
    write(tmp_path / "facts.yaml", "sources: [{id: wire, title: W}]\nclaims:\n" + "\n".join(claims))
    assert (tmp_path / "facts.yaml").stat().st_size > 4 * 1024 * 1024  # read apart
    base = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    args = ["check", "--no-cache", "--jobs", "2", "--facts", "facts.yaml", "-t", "Kestrel-3 ..."]
    run = subprocess.Popen(
        [sys.executable, "-m", "factlint", *args],
        cwd=tmp_path,
        env=base,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own, as a shell gives a job
        preexec_fn=interruptible,
    )
    deadline = time.monotonic() + 60
    while children(run.pid) != workers and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert run.poll() is None, f"ended before {stage}"
    time.sleep(0.2)
    os.killpg(run.pid, signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130
    clean(err.decode())
    assert out == b""


@pytest.mark.parametrize("output_format", ["line", "text", "json"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, output_format: str) -> None:
    (tmp_path / ".factlint.toml").write_text("")
    write(tmp_path / "draft.md", (DEV_DRAFT.read_text(encoding="utf-8") + "\n") * 20)
    run = process("check", "draft.md", "--show-unverified", "--format", output_format, cwd=tmp_path)
    assert run.stdout is not None and run.stderr is not None
    run.stdout.read(10)
    run.stdout.close()  # like `| head -c 10`: the reader goes away mid-report
    err = run.stderr.read().decode()
    assert run.wait(timeout=120) == 1  # the findings' exit status, as if read to the end
    clean(err)
    assert err == ""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell")
def test_piping_into_head_is_quiet(tmp_path: Path) -> None:
    (tmp_path / ".factlint.toml").write_text("")
    write(tmp_path / "draft.md", (DEV_DRAFT.read_text(encoding="utf-8") + "\n") * 20)
    command = f"'{sys.executable}' -m factlint check -f line --show-unverified draft.md | head -1"
    done = subprocess.run(
        command, shell=True, cwd=tmp_path, capture_output=True, timeout=120, check=False
    )
    assert done.returncode == 0
    assert done.stdout.count(b"\n") == 1
    assert done.stderr == b""


# --- facts files -------------------------------------------------------------------------

GENERATED: dict[str, Callable[[Path], object]] = {
    "deep-flow.yaml": lambda p: write(p, "synonyms: " + "[" * 5000 + "]" * 5000 + "\n"),
    "deep-block.yaml": lambda p: write(p, "".join("  " * i + "- \n" for i in range(3000))),
    "huge.yaml": lambda p: os.truncate(write(p, b"synonyms: [[a, b]]\n"), 300 * 1024 * 1024),
    "long-claim.yaml": lambda p: write(
        p,
        "sources: [{id: s, title: T}]\nclaims:\n  - id: c\n    sources: [s]\n"
        f"    text: {'NASA and China signed 29 accords in 2023; ' * 5000}\n",
    ),
    "pickle.yaml": lambda p: write(
        p, "claims:\n  - !!python/object/apply:os.system ['touch pwned']\n"
    ),
}
MALFORMED = [
    *(
        BAD_FACTS / name
        for name in (
            "unclosed-quote.yaml",
            "bad-indentation.yaml",
            "tabs.yaml",
            "wrong-type.yaml",
            "duplicate-id.yaml",
            "unknown-source.yaml",
            "bad-date.yaml",
            "empty-file.yaml",
            "empty-document.yaml",
            "empty-mapping.yaml",
            "not-mapping.yaml",
            "unsupported-tag.yaml",
            "alias-bomb.yaml",
            "too-many-aliases.yaml",
            "recursive-alias.yaml",
            "bad-encoding.yaml",
            "control-character.yaml",
            "multiple-documents.yaml",
        )
    ),
    *(Path(name) for name in GENERATED),
]


@pytest.mark.parametrize("facts", MALFORMED, ids=lambda p: p.name)
def test_every_malformed_facts_file_is_named_with_its_position(
    factlint: Factlint, tmp_path: Path, facts: Path
) -> None:
    if facts.name in GENERATED:
        GENERATED[facts.name](tmp_path / facts.name)
    where = re.compile(re.escape(str(facts)) + r":\d+:\d+: \S")
    run = factlint("check", "-t", SUPPORTED, "--facts", str(facts))
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr and all(where.match(line) for line in run.stderr.splitlines())
    run = factlint("facts", "validate", str(facts))
    assert run.code == 2
    assert run.stdout and all(where.match(line) for line in run.stdout.splitlines())
    assert not (tmp_path / "pwned").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="needs resource limits")
def test_hostile_facts_are_refused_in_bounded_memory_and_time(tmp_path: Path) -> None:
    """Every hostile file at once, in a process allowed 1 GiB of address space and a minute."""
    (tmp_path / ".factlint.toml").write_text("")
    for name, make in GENERATED.items():
        make(tmp_path / name)
    hostile = [*(BAD_FACTS / n for n in ("alias-bomb.yaml", "too-many-aliases.yaml")), *GENERATED]
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))"
    script = f"{limit}; import sys; from factlint.cli import main; sys.argv[0] = 'factlint'; main()"
    done = subprocess.run(
        [sys.executable, "-c", script, "facts", "validate", *map(str, hostile)],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr.decode()
    clean(done.stderr.decode())
    named = {line.split(":")[0] for line in done.stdout.decode().splitlines()}
    assert named == {str(p) for p in hostile}
    assert not (tmp_path / "pwned").exists()
