"""Tests of ``factlint facts test`` and ``factlint.facts.examples``: promises kept or broken.

Every facts file here is written in the test; the bundled facts are used only for their
simplest case (29 signatories of the Artemis Accords).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from cli_helpers import (
    ARTEMIS_RIGHT,
    ARTEMIS_WRONG,
    BRIDGE_FACTS,
    RIGHT,
    SHORT,
    Factlint,
    make_factlint,
    write,
)
from factlint.engine import Checker
from factlint.facts import bundled_facts_path, load_facts
from factlint.facts.examples import failures, run_examples
from factlint.model import Verdict

UNRELATED = "The bakery on Rua Augusta opens at dawn."

OSPREY = """\
  - id: osprey-length
    text: The Osprey Bridge is 900 metres long.
    sources: [guide]
"""


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    return make_factlint(monkeypatch)


def flow(*sentences: str) -> str:
    """A YAML flow list of sentences, quoted (a plain one would split "1,200" at its comma)."""
    return json.dumps(list(sentences))


def examples(**promised: list[str]) -> str:
    """A claim's ``examples`` block: each verdict with its sentences as a flow list."""
    lines = [f"      {verdict}: {flow(*sentences)}\n" for verdict, sentences in promised.items()]
    return "    examples:\n" + "".join(lines)


def bridge_facts(block: str, extra: str = "") -> str:
    """The bridge facts with ``block`` (YAML, indented for the claim) on kestrel-length, and
    ``extra`` claims after it."""
    entities = "  - {name: Osprey Bridge, kind: place}\n" if extra else ""
    facts = BRIDGE_FACTS.replace("entities:\n", "entities:\n" + entities)
    return facts + block + extra


def position(text: str, sentence: str) -> tuple[int, int]:
    """Where the YAML value of the last ``sentence`` in ``text`` starts, 1-based: at its
    opening quote when it is quoted."""
    index = text.rindex(sentence)
    if text[index - 1] == '"':
        index -= 1
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


# --- the library ---------------------------------------------------------------------------


def test_examples_that_get_their_verdict_pass(tmp_path: Path) -> None:
    text = bridge_facts(examples(supported=[RIGHT], contradicted=[SHORT], unverified=[UNRELATED]))
    facts = load_facts([write(tmp_path, "facts.yaml", text)])
    results = run_examples(facts, Checker(facts))
    assert [(r.example.verdict, r.passed) for r in results] == [
        (Verdict.SUPPORTED, True),
        (Verdict.CONTRADICTED, True),
        (Verdict.UNVERIFIED, True),
    ]
    assert failures(results) == []


def test_a_broken_promise_fails_at_the_examples_place(tmp_path: Path) -> None:
    text = bridge_facts(f"    examples:\n      supported:\n        - {RIGHT}\n        - {SHORT}\n")
    facts = load_facts([write(tmp_path, "facts.yaml", text)])
    (failed,) = failures(run_examples(facts, Checker(facts)))
    assert failed.example.text == SHORT
    assert (failed.line, failed.column) == position(text, SHORT)
    assert failed.finding.verdict is Verdict.CONTRADICTED
    assert failed.message.startswith("expected supported, got contradicted: ")


def test_the_right_verdict_from_another_claim_is_a_broken_promise(tmp_path: Path) -> None:
    # An example written under osprey-length that only kestrel-length speaks to.
    text = bridge_facts("", OSPREY + examples(contradicted=[SHORT]))
    facts = load_facts([write(tmp_path, "facts.yaml", text)])
    (failed,) = failures(run_examples(facts, Checker(facts)))
    assert failed.claim.id == "osprey-length"
    assert failed.message.startswith(
        "expected contradicted by osprey-length, got contradicted by kestrel-length: "
    )


@pytest.mark.parametrize(
    "block",
    [
        f"    examples:\n      supported: {flow(RIGHT)}\n",  # flow list, quoted
        f"    examples:\n      supported:\n        - {RIGHT}\n",  # block list, plain
        f"    examples: {{supported: {flow(RIGHT)}}}\n",  # flow mapping
    ],
    ids=["flow-list", "block-list", "flow-mapping"],
)
def test_examples_know_their_line_and_column(tmp_path: Path, block: str) -> None:
    text = bridge_facts(block)
    facts = load_facts([write(tmp_path, "facts.yaml", text)])
    (example,) = facts.claims[0].examples
    assert (example.line, example.column) == position(text, RIGHT)


def test_positions_do_not_make_examples_differ(tmp_path: Path) -> None:
    flat = bridge_facts(f"    examples: {{supported: {flow(RIGHT)}}}\n")
    spaced = bridge_facts(f"    examples:\n\n\n      supported: {flow(RIGHT)}\n")
    one = load_facts([write(tmp_path, "a.yaml", flat)])
    other = load_facts([write(tmp_path, "b.yaml", spaced)])
    assert one.claims[0].examples == other.claims[0].examples


# --- the command ---------------------------------------------------------------------------


def test_facts_test_passes_when_every_example_keeps_its_promise(
    factlint: Factlint, tmp_path: Path
) -> None:
    text = bridge_facts(examples(supported=[RIGHT], contradicted=[SHORT]))
    write(tmp_path, "facts.yaml", text)
    run = factlint("facts", "test", "facts.yaml", cwd=tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    assert run.stdout.splitlines() == ["2 examples of 1 claim in 1 file: 2 passed, 0 failed"]


def test_facts_test_reports_each_broken_promise_and_exits_1(
    factlint: Factlint, tmp_path: Path
) -> None:
    text = bridge_facts(examples(supported=[RIGHT, SHORT]))
    write(tmp_path, "facts.yaml", text)
    run = factlint("facts", "test", "facts.yaml", cwd=tmp_path)
    assert run.code == 1
    *failed, summary = run.stdout.splitlines()
    line, column = position(text, SHORT)
    assert len(failed) == 1
    expected = f"facts.yaml:{line}:{column}: expected supported, got contradicted: "
    assert failed[0].startswith(expected)
    assert summary == "2 examples of 1 claim in 1 file: 1 passed, 1 failed"


def test_facts_test_defaults_to_the_configured_facts(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, "facts/bridges.yaml", bridge_facts(examples(supported=[SHORT])))
    write(tmp_path, ".factlint.toml", 'facts = ["facts"]\n')
    run = factlint("facts", "test", cwd=tmp_path)
    assert run.code == 1
    assert run.stdout.startswith("facts/bridges.yaml:")


def test_facts_test_exits_2_for_invalid_facts(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, "facts.yaml", bridge_facts("    examples:\n      proven: [x]\n"))
    run = factlint("facts", "test", "facts.yaml", cwd=tmp_path)
    assert (run.code, run.stdout) == (2, "")
    assert re.match(r"facts\.yaml:\d+:\d+: unknown verdict 'proven'", run.stderr)


def test_facts_test_json_lists_every_example(factlint: Factlint, tmp_path: Path) -> None:
    text = bridge_facts(examples(supported=[RIGHT], contradicted=[RIGHT]))
    write(tmp_path, "facts.yaml", text)
    run = factlint("facts", "test", "facts.yaml", "--format", "json", cwd=tmp_path)
    assert run.code == 1
    doc = json.loads(run.stdout)
    assert doc["version"] == 1
    assert doc["summary"] == {"examples": 2, "passed": 1, "failed": 1, "claims": 1, "files": 1}
    first, second = doc["examples"]
    assert (first["expected"], first["verdict"]) == ("supported", "supported")
    assert first["passed"] is True
    assert first["message"] is None
    assert (second["expected"], second["passed"]) == ("contradicted", False)
    assert second["message"].startswith("expected contradicted, got supported")
    assert (second["path"], second["claim_id"]) == ("facts.yaml", "kestrel-length")
    assert (second["line"], second["column"]) == position(text, RIGHT)


def test_facts_test_says_so_when_there_are_no_examples(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, "facts.yaml", BRIDGE_FACTS)
    run = factlint("facts", "test", "facts.yaml", cwd=tmp_path)
    assert (run.code, run.stdout) == (0, "no examples in 1 file\n")


def test_facts_test_rejects_an_unknown_format(factlint: Factlint, tmp_path: Path) -> None:
    write(tmp_path, "facts.yaml", BRIDGE_FACTS)
    run = factlint("facts", "test", "facts.yaml", "--format", "sarif", cwd=tmp_path)
    assert (run.code, run.stdout) == (2, "")


def _without_examples(text: str) -> str:
    """A facts file's text with every claim's ``examples`` block taken out."""
    kept: list[str] = []
    inside: int | None = None  # the indentation of the examples key being skipped
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if inside is not None and (not line.strip() or indent > inside):
            continue
        inside = None
        if line.strip() == "examples:":
            inside = indent
            continue
        kept.append(line)
    return "".join(kept)


def test_facts_test_on_the_bundled_facts_simplest_case(factlint: Factlint, tmp_path: Path) -> None:
    # The bundled facts with only the examples written here: 29 signatories is supported,
    # thirty-one contradicted; the third example promises what cannot be.
    facts = Path(shutil.copytree(bundled_facts_path(), tmp_path / "facts"))
    for path in facts.glob("*.yaml"):
        path.write_text(_without_examples(path.read_text(encoding="utf-8")), encoding="utf-8")
    artemis = facts / "artemis.yaml"
    text = artemis.read_text(encoding="utf-8")
    claim = "    text: 29 countries have signed the Artemis Accords.\n"
    promises = examples(
        supported=[ARTEMIS_RIGHT], contradicted=[ARTEMIS_WRONG], unverified=[ARTEMIS_WRONG]
    )
    text = text.replace(claim, claim + promises, 1)
    artemis.write_text(text, encoding="utf-8")
    write(tmp_path, ".factlint.toml", "")
    run = factlint("facts", "test", "facts", cwd=tmp_path)
    assert run.code == 1
    line, column = position(text, ARTEMIS_WRONG)
    failed, summary = run.stdout.splitlines()
    assert failed.startswith(f"facts/artemis.yaml:{line}:{column}: expected unverified, got ")
    assert "contradicted" in failed.split(": ")[1]
    files = len(list(facts.glob("*.yaml")))
    assert summary == f"3 examples of 1 claim in {files} files: 2 passed, 1 failed"
