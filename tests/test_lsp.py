"""End-to-end tests of ``factlint lsp``: a subprocess spoken to in real JSON-RPC over stdio.

The dev draft (``golden/cli/dev-draft.md``, a copy of the shared one) is opened,
edited, hovered and fixed; a facts file is changed, broken and mended under a
running server.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factlint.cli import app
from lsp_client import LspClient

GOLDEN_DRAFT = Path(__file__).parent / "golden" / "cli" / "dev-draft.md"
DEBOUNCE = "0.05"
CAPABILITIES = {
    "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
    "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
}


def start(directory: Path) -> LspClient:
    client = LspClient([sys.executable, "-m", "factlint", "lsp", "--debounce", DEBOUNCE], directory)
    result = client.request(
        "initialize",
        {"processId": None, "rootUri": directory.as_uri(), "capabilities": CAPABILITIES},
        timeout=30,
    )
    capabilities = result["capabilities"]
    assert capabilities["hoverProvider"] is True
    assert capabilities["codeActionProvider"] == {"codeActionKinds": ["quickfix"]}
    assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    client.notify("initialized", {})
    return client


def open_document(client: LspClient, path: Path, language: str = "markdown") -> str:
    uri = path.as_uri()
    document = {"uri": uri, "languageId": language, "version": 1, "text": path.read_text()}
    client.notify("textDocument/didOpen", {"textDocument": document})
    return uri


def span(line: int, start: int, end_line: int, end: int) -> dict[str, Any]:
    return {
        "start": {"line": line, "character": start},
        "end": {"line": end_line, "character": end},
    }


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / ".factlint.toml").write_text("", encoding="utf-8")
    return tmp_path


@pytest.fixture
def dev_draft(workdir: Path) -> Iterator[tuple[LspClient, str]]:
    draft = Path(shutil.copy(GOLDEN_DRAFT, workdir / "dev-draft.md"))
    client = start(workdir)
    try:
        yield client, open_document(client, draft)
    finally:
        client.kill()


def test_open_edit_hover_fix_and_shut_down(dev_draft: tuple[LspClient, str]) -> None:
    client, uri = dev_draft
    published = client.diagnostics(uri, version=1)
    assert [
        (d["range"], d["severity"], d["code"], d["source"], d["message"])
        for d in published["diagnostics"]
    ] == [
        (span(9, 6, 10, 25), 1, "change7-2026", "factlint",
         "year differs: the draft says 2028, the facts say 2026"),
        (span(12, 2, 12, 63), 1, "artemis-signatory-count", "factlint",
         "count differs: the draft says 31, the facts say 29 (as of 2023-09)"),
        (span(15, 2, 15, 74), 1, "ilrs-partners", "factlint",
         "member differs: the draft names Japan, but Japan is not among Azerbaijan, Belarus,"
         " Egypt, Pakistan, Russia, South Africa, Venezuela (as of 2023-12)"),
    ]  # fmt: skip

    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 12, "character": 20}},
    )
    text = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert hover["range"] == span(12, 2, 12, 63)
    assert "`artemis-signatory-count`" in text
    assert "**Claim** (as of 2023-09): 29 countries have signed the Artemis Accords." in text
    assert "- China offers to collaborate on lunar mission as deadlines loom" in text
    assert "**Correction**: 31 → 29" in text

    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": span(12, 20, 12, 20),
            "context": {"diagnostics": [], "only": ["quickfix"]},
        },
    )
    (action,) = actions
    assert action["kind"] == "quickfix"
    assert action["isPreferred"] is True
    assert action["title"].startswith('factlint: Change "31" to "29"')
    assert action["edit"] == {"changes": {uri: [{"range": span(12, 19, 12, 21), "newText": "29"}]}}

    # The editor applies the fix: an incremental change to the unsaved buffer.
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": span(12, 19, 12, 21), "text": "29"}],
        },
    )
    published = client.diagnostics(uri, version=2)
    assert [d["code"] for d in published["diagnostics"]] == ["change7-2026", "ilrs-partners"]

    # Quick edits within the debounce: only the last version is checked and published.
    for version, year in enumerate(("2027", "2029", "2026"), start=3):
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": span(10, 20, 10, 24), "text": year}],
            },
        )
    published = client.diagnostics(uri, version=5)
    assert [d["code"] for d in published["diagnostics"]] == ["ilrs-partners"]
    assert not any(m.get("method") == "textDocument/publishDiagnostics" for m in client.seen)

    assert client.close() == 0


FACTS = """\
version: 1
sources:
  - id: guide
    title: Harrow Hill guide
    publisher: Harrow Hill Trust
    date: 2024-03-01
    url: https://example.org/harrow/guide
entities:
  - name: Harrow Hill Observatory
    kind: place
claims:
  - id: harrow-telescopes
    text: The Harrow Hill Observatory has {} telescopes.
    about: [Harrow Hill Observatory]
    sources: [guide]
"""


def test_facts_changes_are_picked_up_and_bad_facts_keep_the_last_good(workdir: Path) -> None:
    (workdir / ".factlint.toml").write_text('facts = ["facts.yaml"]\n', encoding="utf-8")
    facts = workdir / "facts.yaml"
    facts.write_text(FACTS.format(12), encoding="utf-8")
    note = workdir / "note.txt"
    note.write_text("🔭 The Harrow Hill Observatory has 20 telescopes.\n", encoding="utf-8")
    client = start(workdir)
    try:
        uri = open_document(client, note, language="plaintext")
        (diagnostic,) = client.diagnostics(uri, version=1)["diagnostics"]
        assert (diagnostic["code"], diagnostic["range"]) == ("harrow-telescopes", span(0, 0, 0, 49))
        hover = client.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 10}},
        )
        assert (
            "- [Harrow Hill guide](<https://example.org/harrow/guide>) (Harrow Hill Trust,"
            " 2024-03-01)" in hover["contents"]["value"]
        )
        (action,) = client.request(
            "textDocument/codeAction",
            {
                "textDocument": {"uri": uri},
                "range": span(0, 0, 0, 0),
                "context": {"diagnostics": []},
            },
        )
        assert action["edit"]["changes"][uri] == [{"range": span(0, 35, 0, 37), "newText": "12"}]

        changed = {"changes": [{"uri": facts.as_uri(), "type": 2}]}
        facts.write_text(FACTS.format("twenty"), encoding="utf-8")
        client.notify("workspace/didChangeWatchedFiles", changed)
        assert client.diagnostics(uri)["diagnostics"] == []  # the new facts back the sentence

        facts.write_text(FACTS.format(12) + "  - id: [unclosed\n", encoding="utf-8")
        client.notify("workspace/didChangeWatchedFiles", changed)
        shown = client.wait_for(lambda m: m.get("method") == "window/showMessage")
        assert shown["params"]["type"] == 1  # error
        assert "facts.yaml" in shown["params"]["message"]
        assert "last good facts" in shown["params"]["message"]
        assert client.diagnostics(uri)["diagnostics"] == []  # still the last good facts
        assert client.close() == 0
    finally:
        client.kill()


def test_lsp_without_pygls_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m.startswith(("factlint.lsp", "pygls", "lsprotocol"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    monkeypatch.setitem(sys.modules, "lsprotocol", None)
    result = CliRunner().invoke(app, ["lsp"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "factlint: the language server needs pygls: install factlint[lsp]"
        " (pip install 'factlint[lsp]')\n"
    )


def test_importing_the_cli_does_not_import_pygls() -> None:
    import subprocess

    code = "import sys, factlint.cli; print(any(m.startswith('pygls') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
