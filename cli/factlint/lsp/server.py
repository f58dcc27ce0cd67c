"""The language server: checks Markdown and text documents as they are opened and edited.

Each open document is checked on its unsaved text, ``debounce`` seconds after the
last change (a newer change cancels a pending check, and a result for an older
version is never published). Checks run one at a time on a worker thread, so the
server keeps answering while one runs. Contradicted sentences are errors and
outdated ones warnings; supported and unverified sentences are not shown (hover
tells what backs a supported one). Unused suppressions are hints.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from factlint import __version__
from factlint.engine import check_document
from factlint.errors import FactlintError, FactsError
from factlint.lsp.checkers import Checkers, excluded
from factlint.lsp.convert import (
    Buffer,
    code_action,
    contains,
    diagnostics,
    hover_text,
    overlaps,
)
from factlint.model import Finding, Notice
from factlint.text import document_kind
from factlint.text.document import MARKDOWN_SUFFIXES

DEBOUNCE = 0.25  # seconds of quiet typing before a check
LANGUAGES = {"markdown": "markdown", "plaintext": "text", "text": "text"}
TEXT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")
# Files whose change may change the facts or the configuration.
WATCHED = ("**/*.yaml", "**/*.yml", "**/.factlint.toml", "**/pyproject.toml")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Checked:
    """One version of a document, checked."""

    version: int | None
    text: str
    findings: tuple[Finding, ...] = ()
    notices: tuple[Notice, ...] = ()
    error: FactlintError | None = None


@dataclass
class State:
    """What the server keeps between messages."""

    checkers: Checkers
    debounce: float
    results: dict[str, Checked] = field(default_factory=dict)
    pending: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    worker: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="factlint-check")
    )
    shown_error: str = ""


class FactlintServer(LanguageServer):
    """A pygls server with factlint's state."""

    def __init__(self, state: State) -> None:
        super().__init__("factlint", __version__)
        self.state = state

    # --- checking ------------------------------------------------------------------------

    def kind_of(self, uri: str) -> str | None:
        """``"markdown"`` or ``"text"`` for a document factlint checks, else None."""
        document = self.workspace.get_text_document(uri)
        if document.language_id in LANGUAGES:
            return LANGUAGES[document.language_id]
        path = to_fs_path(uri) or ""
        return document_kind(path) if path.lower().endswith(TEXT_SUFFIXES) else None

    def check(self, uri: str, text: str, version: int | None, kind: str) -> Checked:
        """Check one version of a document (on the worker thread)."""
        path = to_fs_path(uri)
        directory = Path(path).parent if path else Path(self.workspace.root_path or ".")
        found = self.state.checkers.lookup(directory)
        if found.setup is None:
            return Checked(version, text, error=found.error)
        if path and excluded(Path(path), found.setup.config):
            return Checked(version, text, error=found.error)
        findings, notices = check_document(text, path or uri, kind, found.setup.checker)
        return Checked(version, text, tuple(findings), tuple(notices), found.error)

    async def checked(self, uri: str) -> Checked | None:
        """The document's current version, checked (again only if it changed)."""
        kind = self.kind_of(uri)
        if kind is None:
            return None
        document = self.workspace.get_text_document(uri)
        known = self.state.results.get(uri)
        if (
            known is not None
            and known.version == document.version
            and known.text == document.source
        ):
            return known
        loop = asyncio.get_running_loop()
        text, version = document.source, document.version
        result = await loop.run_in_executor(self.state.worker, self.check, uri, text, version, kind)
        if result.version == self.workspace.get_text_document(uri).version:
            self.state.results[uri] = result
        return result

    def schedule(self, uri: str, delay: float) -> None:
        """Check a document after ``delay`` seconds, cancelling the check pending for it."""
        pending = self.state.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.state.pending[uri] = asyncio.ensure_future(self._publish_later(uri, delay))

    async def _publish_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        if uri not in self.workspace.text_documents:
            return
        try:
            result = await self.checked(uri)
        except Exception as error:  # a bug must not take the server down: say it, carry on
            log.exception("checking %s failed", uri)
            message = f"factlint: checking {uri} failed: {error!r}"
            self.window_log_message(lsp.LogMessageParams(lsp.MessageType.Error, message))
            return
        if uri not in self.workspace.text_documents:
            return  # closed meanwhile
        if result is None or result.version != self.workspace.get_text_document(uri).version:
            return  # a newer version is on its way
        self.report_error(result.error)
        self.publish(uri, result)
        if self.state.pending.get(uri) is asyncio.current_task():
            del self.state.pending[uri]

    def publish(self, uri: str, result: Checked) -> None:
        buffer = self.buffer(result.text)
        found = diagnostics(buffer, result.findings, result.notices)
        params = lsp.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=result.version)
        self.text_document_publish_diagnostics(params)

    def buffer(self, text: str) -> Buffer:
        return Buffer(text, self.workspace.position_codec.client_num_units)

    def report_error(self, error: FactlintError | None) -> None:
        """Show a configuration or facts error once (the last good facts stay in use)."""
        message = ""
        if error is not None:
            problems = error.problems if isinstance(error, FactsError) else (error.problem,)
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            message = f"factlint: {problems[0]}{more}; the last good facts stay in use"
            for problem in problems:
                self.window_log_message(
                    lsp.LogMessageParams(lsp.MessageType.Error, f"factlint: {problem}")
                )
        if message and message != self.state.shown_error:
            self.window_show_message(lsp.ShowMessageParams(lsp.MessageType.Error, message))
        self.state.shown_error = message

    def recheck_all(self) -> None:
        """Check every open document again: the facts or the configuration may have changed."""
        self.state.results.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


def build_server(
    debounce: float = DEBOUNCE, config: Path | None = None, facts: list[Path] | None = None
) -> FactlintServer:
    """A server ready to start; ``config`` and ``facts`` override discovery, as in the CLI."""
    server = FactlintServer(State(Checkers(config, facts), debounce))

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: FactlintServer, params: lsp.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watching = workspace.did_change_watched_files if workspace else None
        if watching is None or not watching.dynamic_registration:
            return  # facts are still checked for changes before every check
        watchers = [lsp.FileSystemWatcher(glob_pattern=pattern) for pattern in WATCHED]
        options = lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
        registration = lsp.Registration(
            "factlint-watch", lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, options
        )
        try:
            await ls.client_register_capability_async(lsp.RegistrationParams([registration]))
        except Exception:  # a client that refuses still works: facts are checked by mtime
            log.warning("the client did not register file watching", exc_info=True)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.state.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactlintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.kind_of(uri) is None:
            ls.recheck_all()  # a facts or config file saved in the editor
        elif uri not in ls.state.pending:
            ls.schedule(uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        pending = ls.state.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        ls.state.results.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: FactlintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.recheck_all()

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: FactlintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        result = await ls.checked(params.text_document.uri)
        if result is None:
            return None
        buffer = ls.buffer(result.text)
        line, column = buffer.place(params.position)
        for finding in result.findings:
            text = hover_text(finding) if contains(finding, line, column) else ""
            if text:
                s = finding.sentence
                where = buffer.range(s.line, s.column, s.end_line, s.end_column)
                content = lsp.MarkupContent(lsp.MarkupKind.Markdown, text)
                return lsp.Hover(contents=content, range=where)
        return None

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    async def code_actions(
        ls: FactlintServer, params: lsp.CodeActionParams
    ) -> list[lsp.CodeAction] | None:
        only = params.context.only
        if only and not any(lsp.CodeActionKind.QuickFix.startswith(k) for k in only):
            return None
        uri = params.text_document.uri
        result = await ls.checked(uri)
        if result is None:
            return None
        buffer = ls.buffer(result.text)
        start, end = buffer.place(params.range.start), buffer.place(params.range.end)
        actions = [
            code_action(uri, buffer, f)
            for f in result.findings
            if f.fix is not None and not f.suppressed and overlaps(f, start, end)
        ]
        return [a for a in actions if a is not None] or None

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: FactlintServer, params: Any) -> None:
        for pending in ls.state.pending.values():
            pending.cancel()
        ls.state.pending.clear()
        ls.state.worker.shutdown(wait=False, cancel_futures=True)

    return server


def serve(
    debounce: float = DEBOUNCE, config: Path | None = None, facts: list[Path] | None = None
) -> None:
    """Run the language server on standard input and output until the client ends it."""
    build_server(debounce, config, facts).start_io()
