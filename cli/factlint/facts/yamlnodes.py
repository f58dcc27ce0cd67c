"""Read a YAML file safely and within bounds into a node tree, never constructing objects.

Before anything is composed, the file's size is checked and its events are scanned
without recursion: nesting deeper than ``MAX_DEPTH``, more than ``MAX_ALIASES``
aliases, aliases that would expand past ``MAX_NODES`` nodes ("billion laughs"),
recursive aliases and tags outside YAML's core schema are refused. Only then is the
first document composed (PyYAML's composer recurses, so depth must be bounded first).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    ScalarEvent,
)
from yaml.nodes import Node

from factlint.facts.issues import Issue, Kind, issue
from factlint.limits import MAX_FACTS_BYTES

MAX_BYTES = MAX_FACTS_BYTES
MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_NODES = 1_000_000  # nodes that aliases may add, all told

Loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)

CORE = "tag:yaml.org,2002:"
STR = CORE + "str"
INT = CORE + "int"
FLOAT = CORE + "float"
BOOL = CORE + "bool"
NULL = CORE + "null"
TIMESTAMP = CORE + "timestamp"
SEQ = CORE + "seq"
MAP = CORE + "map"
# Tags a facts file may spell out; "!" is YAML's non-specific tag (a plain string).
ALLOWED_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, SEQ, MAP, "!"})

_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"

# Characters YAML 1.1 does not allow in a stream (the readers reject them with no line).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


@dataclass(frozen=True)
class YamlDocument:
    """The first document of a file as a node tree (None when unusable) and what was wrong."""

    node: Node | None
    issues: tuple[Issue, ...]
    empty: bool = False  # the stream held no document at all


def read_yaml(path: Path, display: str, size: int, max_bytes: int = MAX_BYTES) -> YamlDocument:
    """Read, decode, scan and compose ``path`` (``size`` bytes by its stat), bounded throughout.

    A file over ``max_bytes`` is refused without being read.
    """
    if size > max_bytes:
        return _refused(Kind.TOO_LARGE, display, _too_large(size, max_bytes), at_start=True)
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        return _refused(Kind.UNREADABLE, display, f"cannot read: {error.strerror or error}")
    if len(data) > max_bytes:  # grew since it was measured
        return _refused(Kind.TOO_LARGE, display, _too_large(len(data), max_bytes), at_start=True)
    text = _decode(data, display)
    if isinstance(text, Issue):
        return YamlDocument(None, (text,))
    return parse_yaml(text, display)


def parse_yaml(text: str, display: str) -> YamlDocument:
    """Scan ``text`` for hostile or unsupported content, then compose its first document."""
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line, column = _position(text, bad.start())
        message = f"control character U+{ord(bad.group()):04X} is not allowed in YAML"
        return YamlDocument(None, (issue(Kind.BAD_ENCODING, display, message, line, column),))
    scan = _Scan(display)
    if not scan.run(text):
        return YamlDocument(None, tuple(scan.issues))
    if scan.documents == 0:
        return YamlDocument(None, tuple(scan.issues), empty=True)
    loader = Loader(text)
    try:
        # Only the first document: any other was reported and is never composed.
        node = loader.get_node() if loader.check_node() else None
    except yaml.YAMLError as error:
        return YamlDocument(None, (*scan.issues, _syntax_issue(error, display, text)))
    finally:
        loader.dispose()
    return YamlDocument(node, tuple(scan.issues))


def _too_large(size: int, max_bytes: int) -> str:
    mib = 1024 * 1024
    return (
        f"file too large ({size / mib:.1f} MiB; the limit is {max_bytes / mib:g} MiB, "
        "set by max_facts_mib or FACTLINT_MAX_FACTS_MIB)"
    )


def _refused(kind: Kind, display: str, message: str, *, at_start: bool = False) -> YamlDocument:
    """A file refused whole; ``at_start`` places the problem at 1:1, for editors to jump to."""
    line = 1 if at_start else 0
    return YamlDocument(None, (issue(kind, display, message, line, line),))


def _decode(data: bytes, display: str) -> str | Issue:
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = f"not valid {encoding or 'UTF-8'} (byte 0x{data[error.start]:02x})"
        return issue(Kind.BAD_ENCODING, display, message, line, column)


def _position(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _syntax_issue(error: yaml.YAMLError, display: str, text: str) -> Issue:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem == _LIBYAML_TOO_DEEP:
        # libyaml 0.2.6 (in PyYAML 6.0.4 wheels; 0.2.5 had none) has a nesting limit of its own,
        # and its scanner, looking ahead for a key, can reach it before the scan above
        # sees nesting past MAX_DEPTH: the same refusal, whichever layer makes it.
        mark = error.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        return issue(Kind.TOO_DEEP, display, _TOO_DEEP, line, column)
    if not isinstance(error, yaml.MarkedYAMLError):
        return issue(Kind.YAML_SYNTAX, display, f"YAML error: {error}")
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context or "invalid YAML"
    if error.context_mark is not None and "end of stream" in (error.problem or ""):
        # An unclosed quote or bracket: point where it opens, not at the end of the file.
        mark = error.context_mark
        opened = (error.context or "").removeprefix("while scanning ")
        opened = opened.replace("a quoted scalar", "the quoted string")
        what = f"{opened} is never closed" if opened else what
        error.context = None
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    if mark and mark.index < len(text) and text[mark.index] == "\t" and "tab" not in what:
        what += " (a tab; YAML indents with spaces)"
    if error.context and error.problem:
        what = f"{what} ({error.context})"
    return issue(Kind.YAML_SYNTAX, display, f"YAML syntax error: {what}", line, column)


class _Scan:
    """One pass over a stream's parse events, iterative, stopping at the first refusal."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.issues: list[Issue] = []
        self.documents = 0

    def note(self, kind: Kind, event: yaml.Event, message: str) -> None:
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        self.issues.append(issue(kind, self.display, message, line, column))

    def refuse(self, kind: Kind, event: yaml.Event, message: str) -> bool:
        self.note(kind, event, message)
        return False

    def run(self, text: str) -> bool:
        """Scan ``text``; True when its first document is safe to compose."""
        try:
            return self._events(text)
        except yaml.YAMLError as error:
            self.issues.append(_syntax_issue(error, self.display, text))
            return False

    def _events(self, text: str) -> bool:
        depth = aliases = nodes = expanded = 0  # nodes: as composed, aliases expanded
        open_at: list[tuple[int, str | None]] = []  # node count before, anchor of each collection
        open_anchors: list[str] = []
        sizes: dict[str, int] = {}  # anchor -> nodes its alias expands to
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    message = "a facts file holds one YAML document; found another here"
                    self.note(Kind.MULTIPLE_DOCUMENTS, event, message)
                    return True
                continue
            if isinstance(event, (ScalarEvent, CollectionStartEvent)):
                tag = event.tag
                if tag is not None and tag not in ALLOWED_TAGS:
                    message = f"tag '{tag}' is not allowed (facts files hold plain data only)"
                    self.note(Kind.UNSUPPORTED_TAG, event, message)
            if isinstance(event, AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    return self.refuse(
                        Kind.ALIAS_BOMB, event, f"too many aliases (more than {MAX_ALIASES})"
                    )
                anchor = event.anchor or ""
                if anchor in open_anchors:
                    return self.refuse(
                        Kind.RECURSIVE_ALIAS, event, f"alias '*{anchor}' refers to itself"
                    )
                size = sizes.get(anchor, 1)  # an undefined alias is the composer's to report
                nodes += size
                expanded += size
                if expanded > MAX_NODES:
                    return self.refuse(
                        Kind.ALIAS_BOMB, event, f"aliases expand to more than {MAX_NODES:,} nodes"
                    )
            elif isinstance(event, ScalarEvent):
                nodes += 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return self.refuse(Kind.TOO_DEEP, event, _TOO_DEEP)
                open_at.append((nodes, event.anchor))
                if event.anchor:
                    open_anchors.append(event.anchor)
                nodes += 1
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
                before, opened = open_at.pop()
                if opened:
                    open_anchors.remove(opened)
                    sizes[opened] = nodes - before
        return True
