"""Tests of ``factlint.lsp.convert`` and ``factlint.lsp.checkers``: positions in the editor's
units, diagnostics, hover text and quick fixes; configuration and facts per directory."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types as lsp

from factlint.config import load_config
from factlint.engine import check_document, checker_for
from factlint.errors import FactsError
from factlint.facts import load_facts
from factlint.lsp.checkers import Checkers, excluded
from factlint.lsp.convert import Buffer, code_action, diagnostics, hover_text
from factlint.model import Finding, Source, Verdict


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf8(text: str) -> int:
    return len(text.encode("utf-8"))


COUNT = "As of September, 31 countries had signed the Artemis Accords."


def check(text: str, kind: str = "text") -> list[Finding]:
    findings, _ = check_document(text, "draft.txt", kind, checker_for(load_facts()))
    return findings


def test_positions_count_utf16_units_after_astral_characters() -> None:
    buffer = Buffer("🚀 é\r\nline two", utf16)
    assert buffer.position(1, 3) == lsp.Position(0, 3)  # after the rocket (2 units) and a space
    assert buffer.position(2, 1) == lsp.Position(1, 0)
    assert buffer.place(lsp.Position(0, 3)) == (1, 3)
    assert buffer.place(lsp.Position(1, 4)) == (2, 5)
    assert Buffer("🚀 é", utf8).position(1, 4) == lsp.Position(0, 7)


def test_a_bom_in_the_buffer_shifts_the_first_line_only() -> None:
    buffer = Buffer("\ufeffab\ncd", utf16)
    assert buffer.position(1, 1) == lsp.Position(0, 1)
    assert buffer.position(2, 1) == lsp.Position(1, 0)
    assert buffer.place(lsp.Position(0, 1)) == (1, 1)


def test_diagnostics_show_contradictions_only_with_the_claim_as_code() -> None:
    text = f"{COUNT}\n\nNASA leads the Artemis program.\n"
    found = diagnostics(Buffer(text, utf16), check(text), [])
    (diagnostic,) = found
    assert diagnostic.severity == lsp.DiagnosticSeverity.Error
    assert (diagnostic.code, diagnostic.source) == ("artemis-signatory-count", "factlint")
    assert diagnostic.range == lsp.Range(lsp.Position(0, 0), lsp.Position(0, len(COUNT)))
    assert diagnostic.related_information is not None
    assert diagnostic.related_information[0].location.uri.endswith("artemis.yaml")


def test_code_action_edits_the_value_in_a_crlf_buffer() -> None:
    text = f"Intro.\r\n\r\n{COUNT}\r\n"
    (_, finding) = check(text)
    action = code_action("file:///draft.txt", Buffer(text, utf16), finding)
    assert action is not None
    assert action.kind == lsp.CodeActionKind.QuickFix
    assert action.edit is not None and action.edit.changes is not None
    (edit,) = action.edit.changes["file:///draft.txt"]
    assert (edit.range.start, edit.range.end, edit.new_text) == (
        lsp.Position(2, 17),
        lsp.Position(2, 19),
        "29",
    )


def test_no_code_action_without_a_fix() -> None:
    text = "The ILRS partners include Russia, Venezuela and Japan."
    (finding,) = check(text)
    assert finding.verdict is Verdict.CONTRADICTED
    assert code_action("file:///draft.txt", Buffer(text, utf16), finding) is None


def test_hover_links_sources_and_escapes_markdown() -> None:
    (finding,) = check(COUNT)
    source = Source("s", "A [bracketed] *title*", "Pub", "2024-01-02", "https://x.example/a b")
    text = hover_text(Finding(finding.sentence, finding.verdict, finding.claim, (source,)))
    assert "- [A \\[bracketed\\] \\*title\\*](<https://x.example/a%20b>) (Pub, 2024-01-02)" in text
    assert "(as of 2023-09): 29 countries have signed the Artemis Accords." in text


def test_hover_says_nothing_of_unverified_sentences() -> None:
    (finding,) = check("Venus rotates backwards.")
    assert hover_text(finding) == ""


# --- checkers ----------------------------------------------------------------------------


HARROW = """\
version: 1
sources: [{id: guide, title: Guide}]
entities: [{name: Harrow Hill Observatory, kind: place}]
claims:
  - id: harrow-telescopes
    text: The Harrow Hill Observatory has 12 telescopes.
    about: [Harrow Hill Observatory]
    sources: [guide]
"""


def test_each_directory_gets_its_own_configuration(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / ".factlint.toml").write_text(
        'facts = ["facts.yaml"]\nexclude = ["CHANGELOG.md"]\n', encoding="utf-8"
    )
    (project / "facts.yaml").write_text(HARROW, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / ".factlint.toml").write_text("", encoding="utf-8")
    checkers = Checkers()
    mine = checkers.lookup(project / "docs").setup
    bundled = checkers.lookup(other).setup
    assert mine is not None and bundled is not None
    assert list(mine.checker.index.compiled.ids) == ["harrow-telescopes"]
    assert len(bundled.checker.index.compiled.ids) > 1
    assert excluded(project / "docs" / "CHANGELOG.md", mine.config)
    assert not excluded(project / "docs" / "draft.md", mine.config)
    assert checkers.lookup(project / "docs").setup == mine  # built once, kept


def test_invalid_facts_keep_the_last_good_checker(tmp_path: Path) -> None:
    (tmp_path / ".factlint.toml").write_text('facts = ["facts.yaml"]\n', encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(HARROW, encoding="utf-8")
    checkers = Checkers()
    good = checkers.lookup(tmp_path)
    facts.write_text(HARROW + "  - id: [unclosed\n", encoding="utf-8")
    bad = checkers.lookup(tmp_path)
    assert isinstance(bad.error, FactsError)
    assert bad.setup == good.setup
    assert Checkers().lookup(tmp_path).setup is None  # no last good one to keep


def test_facts_given_to_the_server_win_over_the_configured_ones(tmp_path: Path) -> None:
    (tmp_path / ".factlint.toml").write_text('facts = ["missing.yaml"]\n', encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(HARROW, encoding="utf-8")
    found = Checkers(facts=[facts]).lookup(tmp_path)
    assert found.error is None and found.setup is not None
    assert load_config(tmp_path).facts == (tmp_path / "missing.yaml",)
