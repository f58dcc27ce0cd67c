"""Read a YAML file safely and within bounds into a node tree, never constructing objects.

The file's size is checked before it is read. Then one pass over its parse events
(libyaml's, when PyYAML has it) builds the first document's node tree, without
recursion, and refuses as it goes: nesting deeper than ``MAX_DEPTH``, more than
``MAX_ALIASES`` aliases, aliases that would expand past ``MAX_NODES`` nodes ("billion
laughs"), recursive aliases and tags outside YAML's core schema. An alias is the very
node its anchor names, never a copy.

The nodes are small: a tag, a value and the 1-based line and column where the node
starts, which is all validation needs. Scalars are resolved (``int``, ``bool``, ``null``,
``timestamp`` ...) exactly as PyYAML's safe loader would.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

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

# The safe loader's implicit resolvers by a plain scalar's first character ("" for an
# empty scalar), with the ones for any character after them, as its resolver tries them.
_RESOLVERS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(found) + tuple(yaml.SafeLoader.yaml_implicit_resolvers.get(None, ()))
    for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}
_ANY = tuple(yaml.SafeLoader.yaml_implicit_resolvers.get(None, ()))

_REPORT_EVERY = (1 << 16) - 1  # on_read is called once in this many events (plus one)
_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"

# Characters YAML 1.1 does not allow in a stream (the readers reject them with no line).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


class Node:
    """A node of the document: its resolved tag, its value and where it starts (1-based)."""

    __slots__ = ("column", "line", "tag", "value")

    value: Any

    def __init__(self, tag: str, value: Any, line: int, column: int) -> None:
        self.tag = tag
        self.value = value
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.tag!r}, {self.value!r}, {self.line}, {self.column})"


class ScalarNode(Node):
    """A scalar: ``value`` is its text as written (after YAML's quoting and folding)."""

    __slots__ = ()
    value: str


class SequenceNode(Node):
    """A list: ``value`` holds its items."""

    __slots__ = ()
    value: list[Node]


class MappingNode(Node):
    """A mapping: ``value`` holds its (key, value) pairs in order, repeated keys too."""

    __slots__ = ()
    value: list[tuple[Node, Node]]


@dataclass(frozen=True)
class YamlDocument:
    """The first document of a file as a node tree (None when unusable) and what was wrong."""

    node: Node | None
    issues: tuple[Issue, ...]
    empty: bool = False  # the stream held no document at all


def read_yaml(
    path: Path,
    display: str,
    size: int,
    max_bytes: int = MAX_BYTES,
    on_read: Callable[[int], None] | None = None,
) -> YamlDocument:
    """Read, decode, scan and compose ``path`` (``size`` bytes by its stat), bounded throughout.

    A file over ``max_bytes`` is refused without being read. ``on_read`` is told, now
    and then, how many bytes of the file have been parsed.
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
    if on_read is None or not text:
        return parse_yaml(text, display)
    per_character = len(data) / len(text)
    return parse_yaml(text, display, lambda done: on_read(int(done * per_character)))


def parse_yaml(
    text: str, display: str, on_read: Callable[[int], None] | None = None
) -> YamlDocument:
    """Build the first document of ``text``, refusing hostile or unsupported content.

    ``on_read`` is told, every few thousand events, how many characters are parsed.
    """
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line, column = _position(text, bad.start())
        message = f"control character U+{ord(bad.group()):04X} is not allowed in YAML"
        return YamlDocument(None, (issue(Kind.BAD_ENCODING, display, message, line, column),))
    build = _Build(display, on_read)
    node = build.run(text)
    if node is None and build.documents == 0 and not build.refused:
        return YamlDocument(None, tuple(build.issues), empty=True)
    return YamlDocument(node, tuple(build.issues))


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


class _Open:
    """A collection being built: its node, what it holds so far, and for its anchor the
    node count before it (to know how many nodes an alias to it stands for)."""

    __slots__ = ("anchor", "items", "mark", "node", "nodes_before")

    def __init__(self, node: Node, anchor: str | None, mark: Any, nodes_before: int) -> None:
        self.node = node
        self.items: list[Node] = []
        self.anchor = anchor
        self.mark = mark
        self.nodes_before = nodes_before


class _Build:
    """One pass over a stream's parse events, iterative, building the first document and
    stopping at the first refusal."""

    def __init__(self, display: str, on_read: Callable[[int], None] | None = None) -> None:
        self.display = display
        self.on_read = on_read
        self.issues: list[Issue] = []
        self.documents = 0
        self.refused = False  # stopped by a refusal or an error: no document to give

    def note(self, kind: Kind, event: yaml.Event, message: str) -> None:
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        self.issues.append(issue(kind, self.display, message, line, column))

    def refuse(self, kind: Kind, event: yaml.Event, message: str) -> None:
        self.note(kind, event, message)
        self.refused = True

    def run(self, text: str) -> Node | None:
        """The first document's root node; None when there is none or it was refused."""
        parser = Loader(text)
        try:
            return self._events(parser)
        except yaml.YAMLError as error:
            self.issues.append(_syntax_issue(error, self.display, text))
            self.refused = True
            return None
        finally:
            parser.dispose()

    def _events(self, parser: yaml.SafeLoader | yaml.CSafeLoader) -> Node | None:
        # The hot loop of loading a large base: locals, and event classes compared by identity.
        issues = self.issues
        display = self.display
        resolvers, anything, allowed = _RESOLVERS, _ANY, ALLOWED_TAGS
        top: list[Node] = []  # what the stream holds outside any collection: the root
        items = top
        stack: list[_Open] = []
        aliases = nodes = expanded = 0  # nodes: as composed, with aliases expanded
        anchors: dict[str, tuple[Node, int, Any]] = {}  # node, its size, its start mark
        open_anchors: set[str] = set()
        # An undefined or repeated anchor, as PyYAML's composer would report it: at the end,
        # for a syntax error further on (which the composer never reaches) comes first.
        composer_error: ComposerError | None = None
        get_event = parser.get_event
        on_read = self.on_read
        count = 0
        while True:
            # Any: the classes are told apart by identity below, cheaper than isinstance.
            event: Any = get_event()
            kind = type(event)
            count += 1
            if on_read is not None and not count & _REPORT_EVERY and event is not None:
                on_read(event.start_mark.index)
            if kind is ScalarEvent:
                value = event.value
                tag = event.tag
                if tag is None or tag == "!":
                    tag = STR
                    if event.implicit[0]:
                        for resolved, pattern in resolvers.get(value[:1], anything):
                            if pattern.match(value):
                                tag = resolved
                                break
                elif tag not in allowed:
                    message = f"tag '{tag}' is not allowed (facts files hold plain data only)"
                    self.note(Kind.UNSUPPORTED_TAG, event, message)
                mark = event.start_mark
                node: Node = ScalarNode(tag, value, mark.line + 1, mark.column + 1)
                items.append(node)
                nodes += 1
                anchor = event.anchor
                if anchor is not None:
                    composer_error = composer_error or _duplicate(anchors, anchor, event)
                    anchors[anchor] = (node, 1, mark)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    self.refuse(Kind.TOO_DEEP, event, _TOO_DEEP)
                    return None
                tag = event.tag
                if tag is None or tag == "!":
                    tag = MAP if kind is MappingStartEvent else SEQ
                elif tag not in allowed:
                    message = f"tag '{tag}' is not allowed (facts files hold plain data only)"
                    self.note(Kind.UNSUPPORTED_TAG, event, message)
                mark = event.start_mark
                collection = MappingNode if kind is MappingStartEvent else SequenceNode
                node = collection(tag, None, mark.line + 1, mark.column + 1)
                items.append(node)
                anchor = event.anchor
                if anchor is not None:
                    composer_error = composer_error or _duplicate(anchors, anchor, event)
                    anchors[anchor] = (node, 1, mark)  # its size is known at its end
                    open_anchors.add(anchor)
                opened = _Open(node, anchor, mark, nodes)
                stack.append(opened)
                items = opened.items
                nodes += 1
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                held = done.items
                if kind is MappingEndEvent:
                    done.node.value = list(zip(held[0::2], held[1::2], strict=True))
                else:
                    done.node.value = held
                if done.anchor is not None:
                    open_anchors.discard(done.anchor)
                    anchors[done.anchor] = (done.node, nodes - done.nodes_before, done.mark)
                items = stack[-1].items if stack else top
            elif kind is AliasEvent:
                aliases += 1
                if aliases > MAX_ALIASES:
                    message = f"too many aliases (more than {MAX_ALIASES})"
                    self.refuse(Kind.ALIAS_BOMB, event, message)
                    return None
                anchor = event.anchor or ""
                if anchor in open_anchors:
                    message = f"alias '*{anchor}' refers to itself"
                    self.refuse(Kind.RECURSIVE_ALIAS, event, message)
                    return None
                target = anchors.get(anchor)
                if target is None:
                    composer_error = composer_error or ComposerError(
                        None, None, f"found undefined alias {anchor!r}", event.start_mark
                    )
                    mark = event.start_mark
                    items.append(ScalarNode(NULL, "", mark.line + 1, mark.column + 1))
                    continue
                items.append(target[0])
                nodes += target[1]
                expanded += target[1]
                if expanded > MAX_NODES:
                    message = f"aliases expand to more than {MAX_NODES:,} nodes"
                    self.refuse(Kind.ALIAS_BOMB, event, message)
                    return None
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    message = "a facts file holds one YAML document; found another here"
                    self.note(Kind.MULTIPLE_DOCUMENTS, event, message)
                    break
                anchors.clear()
            elif kind is StreamEndEvent or event is None:
                break
        if composer_error is not None:
            issues.append(_syntax_issue(composer_error, display, ""))
            self.refused = True
            return None
        return top[0] if top else None


def _duplicate(
    anchors: dict[str, tuple[Node, int, Any]], anchor: str, event: Any
) -> ComposerError | None:
    """The composer's error for an anchor used twice in a document, as PyYAML words it."""
    if anchor not in anchors:
        return None
    return ComposerError(
        f"found duplicate anchor {anchor!r}; first occurrence",
        anchors[anchor][2],
        "second occurrence",
        event.start_mark,
    )
