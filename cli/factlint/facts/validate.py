"""Check one facts file's node tree against the format, report every problem, build its records."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from factlint.facts.issues import Issue, Kind, closest, did_you_mean, issue
from factlint.facts.yamlnodes import (
    ALLOWED_TAGS,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    TIMESTAMP,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
)
from factlint.limits import MAX_SENTENCE
from factlint.model import Citation, Claim, Entity, Example, Members, Source, Verdict

TOP_KEYS = ("version", "sources", "claims", "entities", "synonyms")
LEXICON_KEYS = ("version", "entities", "synonyms")
SOURCE_KEYS = ("id", "title", "publisher", "date", "url", "note")
CLAIM_KEYS = ("id", "text", "as_of", "sources", "replaced_by", "about", "members", "examples")
CITATION_KEYS = ("id", "quote")
MEMBERS_KEYS = ("names", "excluded", "complete")
ENTITY_KEYS = ("name", "kind", "aliases", "demonyms", "within")
VERDICT_KEYS = tuple(v.value for v in Verdict)
ENTITY_KINDS = (
    "country",
    "city",
    "region",
    "place",
    "site",
    "agency",
    "organization",
    "program",
    "agreement",
    "mission",
    "spacecraft",
    "rocket",
    "event",
    "person",
    "body",
    "group",
)
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")
DATE_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

_DESCRIPTIONS = {
    STR: "a string",
    INT: "a number",
    FLOAT: "a number",
    BOOL: "a boolean",
    NULL: "nothing",
    TIMESTAMP: "a date",
}


class Mark(NamedTuple):
    """A 1-based position in a facts file (a tuple: made by the hundred thousand)."""

    line: int
    column: int


@dataclass(frozen=True)
class SourceEntry:
    """A source as read, with where its id stands."""

    source: Source
    id_at: Mark


@dataclass(frozen=True)
class ClaimEntry:
    """A claim as read, with where its id, citations and ``replaced_by`` stand."""

    claim: Claim
    id_at: Mark
    cited_at: tuple[Mark, ...]  # one per citation, in order
    replaced_by_at: Mark | None = None


@dataclass(frozen=True)
class EntityEntry:
    """An entity as read, with where its name stands."""

    entity: Entity
    name_at: Mark


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key
class FileFacts:
    """Everything one facts file holds, and every problem found in it on its own."""

    path: str
    sources: tuple[SourceEntry, ...] = ()
    claims: tuple[ClaimEntry, ...] = ()
    entities: tuple[EntityEntry, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    issues: tuple[Issue, ...] = ()


def check_document(path: str, root: Node | None, *, lexicon: bool = False) -> FileFacts:
    """Walk a file's document node and build its records, collecting every problem.

    ``root`` is None for a stream without a document. A lexicon holds only
    entities and synonyms. Records are built from whatever is valid, so later
    checks across files still run; they are only trusted when no issue is found.
    """
    walk = _Walk(path)
    top_keys = LEXICON_KEYS if lexicon else TOP_KEYS
    wanted = ", ".join(f"'{k}'" for k in top_keys[1:])
    empty = f"the file is empty; it needs a mapping with {wanted}"
    if root is None:
        return FileFacts(path, issues=(issue(Kind.EMPTY_FILE, path, empty, 1, 1),))
    if (isinstance(root, MappingNode) and not root.value) or _is_null(root):
        walk.report(root, Kind.EMPTY_FILE, empty)
    elif not isinstance(root, MappingNode):
        found = _describe(root)
        walk.report(
            root, Kind.NOT_MAPPING, f"the file must be a mapping with {wanted}; found {found}"
        )
    if walk.issues:
        return FileFacts(path, issues=tuple(walk.issues))
    top = walk.fields(root, "the file", top_keys) or {}
    if "version" in top:
        walk.version(top["version"])
    sources = [walk.source(n) for n in walk.items(top.get("sources"), "sources")]
    claims = [walk.claim(n) for n in walk.items(top.get("claims"), "claims")]
    entities = [walk.entity(n) for n in walk.items(top.get("entities"), "entities")]
    synonyms = [walk.synonym_group(n) for n in walk.items(top.get("synonyms"), "synonyms")]
    return FileFacts(
        path,
        sources=tuple(s for s in sources if s is not None),
        claims=tuple(c for c in claims if c is not None),
        entities=tuple(e for e in entities if e is not None),
        synonyms=tuple(g for g in synonyms if g is not None),
        issues=_unique(walk.issues),
    )


def _unique(issues: Sequence[Issue]) -> tuple[Issue, ...]:
    """Drop repeats: a node shared through an alias is walked, and reported, once per use."""
    return tuple(dict.fromkeys(issues))


def _mark(node: Node) -> Mark:
    return Mark(node.line, node.column)


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _DESCRIPTIONS.get(node.tag, f"a value tagged {node.tag}")


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL


def _reported(node: Node) -> bool:
    """Whether the scan already refused this node's explicit tag."""
    return node.tag not in ALLOWED_TAGS


class _Walk:
    """The checks for each part of the format; each reports at the node at fault."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.issues: list[Issue] = []

    def report(self, node: Node, kind: Kind, message: str) -> None:
        at = _mark(node)
        self.issues.append(issue(kind, self.path, message, at.line, at.column))

    def wrong_type(self, node: Node, what: str, expected: str) -> None:
        if _reported(node):
            return
        found = _describe(node)
        hint = ""
        if expected == "a string" and isinstance(node, ScalarNode) and node.tag != NULL:
            hint = f" (put it in quotes: '{node.value}')"
        elif expected == "a list" and isinstance(node, ScalarNode):
            hint = " (write it as [item, ...])"
        self.report(node, Kind.WRONG_TYPE, f"{what}: {expected} expected, found {found}{hint}")

    # Containers

    def fields(
        self,
        node: Node,
        what: str,
        known: Sequence[str],
        required: Sequence[str] = (),
        unknown_kind: Kind = Kind.UNKNOWN_KEY,
    ) -> dict[str, Node] | None:
        """The mapping's values by key; reports duplicate, unknown and missing keys."""
        if not isinstance(node, MappingNode):
            self.wrong_type(node, what, "a mapping")
            return None
        found: dict[str, Node] = {}
        first_at: dict[str, Node] = {}  # each key as first met
        suggested: set[str] = set()
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.report(key, unknown_kind, f"{what}: keys must be plain words")
                continue
            name = key.value
            if name in first_at:
                first = first_at[name]
                self.report(
                    key,
                    Kind.DUPLICATE_KEY,
                    f"duplicate key '{name}' in {what} (first at line {first.line})",
                )
                continue
            first_at[name] = key
            if name not in known:
                guess = closest(name, known, n=1)
                suggested.update(guess)
                hint = f" (did you mean '{guess[0]}'?)" if guess else ""
                label = "verdict" if unknown_kind is Kind.UNKNOWN_VERDICT else "key"
                self.report(key, unknown_kind, f"unknown {label} '{name}' in {what}{hint}")
                continue
            found[name] = value
        for name in required:
            if name not in found and name not in suggested:  # the typo already says it
                self.report(node, Kind.MISSING_KEY, f"{what} is missing '{name}'")
        return found

    def items(self, node: Node | None, what: str, *, required: bool = False) -> list[Node]:
        """The list's items; [] (with a problem) when it is not a list or is empty."""
        if node is None:
            return []
        if _is_null(node):
            self.report(node, Kind.EMPTY_VALUE, f"{what} is empty; give a list or remove the key")
            return []
        if not isinstance(node, SequenceNode):
            self.wrong_type(node, what, "a list")
            return []
        if required and not node.value:
            self.report(node, Kind.EMPTY_VALUE, f"{what} must not be empty")
        return list(node.value)

    # Scalars

    def string(self, node: Node | None, what: str) -> str | None:
        """A non-empty string, stripped of surrounding whitespace."""
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.tag == STR:
            value = str(node.value).strip()
            if value:
                return value
            self.report(node, Kind.EMPTY_VALUE, f"{what} is an empty string")
            return None
        if _is_null(node):
            self.report(node, Kind.EMPTY_VALUE, f"{what} has no value")
            return None
        self.wrong_type(node, what, "a string")
        return None

    def strings(self, node: Node | None, what: str) -> tuple[str, ...]:
        return tuple(s for s, _ in self.located_strings(node, what))

    def located_strings(self, node: Node | None, what: str) -> list[tuple[str, Node]]:
        found = []
        for item in self.items(node, what):
            value = self.string(item, f"an item of {what}")
            if value is not None:
                found.append((value, item))
        return found

    def boolean(self, node: Node | None, what: str) -> bool | None:
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.tag == BOOL:
            return str(node.value).lower() in ("true", "yes", "on")
        self.wrong_type(node, what, "true or false")
        return None

    def identifier(self, node: Node | None, what: str) -> str | None:
        value = self.string(node, what)
        if value is not None and node is not None and not ID_PATTERN.fullmatch(value):
            self.report(
                node,
                Kind.BAD_ID,
                f"{what} '{value}' must be lowercase letters, digits, '.', '_' or '-',"
                " starting with a letter or digit",
            )
            return None
        return value

    def date(self, node: Node | None, what: str) -> str | None:
        """A date as YYYY, YYYY-MM or YYYY-MM-DD: a string, a YAML date or a year."""
        if node is None:
            return None
        if not isinstance(node, ScalarNode) or node.tag not in (STR, INT, TIMESTAMP):
            if _is_null(node):
                self.report(node, Kind.EMPTY_VALUE, f"{what} has no value")
            else:
                self.wrong_type(node, what, "a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        value = str(node.value).strip()
        match = DATE_PATTERN.fullmatch(value)
        if not match:
            self.report(node, Kind.BAD_DATE, f"{what} '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD")
            return None
        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            datetime.date(year, month, day)
        except ValueError:
            self.report(node, Kind.BAD_DATE, f"{what} '{value}' is not a real date")
            return None
        return value

    def version(self, node: Node) -> None:
        if not (isinstance(node, ScalarNode) and node.tag == INT and node.value == "1"):
            found = node.value if isinstance(node, ScalarNode) else _describe(node)
            self.report(node, Kind.BAD_VERSION, f"version must be 1, found {found}")

    # The parts of the format

    def source(self, node: Node) -> SourceEntry | None:
        f = self.fields(node, "source", SOURCE_KEYS, required=("id", "title"))
        if f is None:
            return None
        source_id = self.identifier(f.get("id"), "source id")
        title = self.string(f.get("title"), "title")
        publisher = self.string(f.get("publisher"), "publisher")
        date = self.date(f.get("date"), "date")
        url = self.string(f.get("url"), "url")
        note = self.string(f.get("note"), "note")
        if source_id is None:
            return None
        at = _mark(node)
        source = Source(source_id, title or "", publisher, date, url, note, self.path, at.line)
        return SourceEntry(source, _mark(f["id"]))

    def claim(self, node: Node) -> ClaimEntry | None:
        f = self.fields(node, "claim", CLAIM_KEYS, required=("id", "text", "sources"))
        if f is None:
            return None
        claim_id = self.identifier(f.get("id"), "claim id")
        text = self.string(f.get("text"), "text")
        if text is not None and len(text) > MAX_SENTENCE:
            self.report(
                f["text"],
                Kind.TOO_LONG,
                f"text is {len(text):,} characters long; a claim is one sentence "
                f"of at most {MAX_SENTENCE:,}",
            )
        as_of = self.date(f.get("as_of"), "as_of")
        citations: list[Citation] = []
        cited_at: list[Mark] = []
        for item in self.items(f.get("sources"), "sources", required=True):
            citation = self.citation(item)
            if citation is not None:
                citations.append(citation)
                cited_at.append(_mark(item))
        replaced_node = f.get("replaced_by")
        replaced_by = self.string(replaced_node, "replaced_by")
        about = self.strings(f.get("about"), "about")
        members = self.members(f["members"]) if "members" in f else None
        examples = self.examples(f["examples"]) if "examples" in f else ()
        if claim_id is None:
            return None
        at = _mark(node)
        claim = Claim(
            claim_id,
            text or "",
            tuple(citations),
            as_of,
            replaced_by,
            about,
            members,
            examples,
            self.path,
            at.line,
        )
        replaced_at = _mark(replaced_node) if replaced_node is not None else None
        return ClaimEntry(claim, _mark(f["id"]), tuple(cited_at), replaced_at)

    def citation(self, node: Node) -> Citation | None:
        if isinstance(node, MappingNode):
            f = self.fields(node, "a claim's source", CITATION_KEYS, required=("id",))
            if f is None:
                return None
            source_id = self.string(f.get("id"), "source id")
            quote = self.string(f.get("quote"), "quote")
            return Citation(source_id, quote) if source_id is not None else None
        if isinstance(node, ScalarNode) and node.tag in (STR, NULL):
            source_id = self.string(node, "source id")
            return Citation(source_id) if source_id is not None else None
        self.wrong_type(node, "a claim's source", "a source id or {id: ..., quote: ...}")
        return None

    def members(self, node: Node) -> Members | None:
        f = self.fields(node, "members", MEMBERS_KEYS)
        if f is None:
            return None
        names = self.located_strings(f.get("names"), "names")
        excluded = self.located_strings(f.get("excluded"), "excluded")
        complete = self.boolean(f.get("complete"), "complete")
        listed = {name.casefold() for name, _ in names}
        for name, item in excluded:
            if name.casefold() in listed:
                self.report(
                    item, Kind.MEMBER_CONFLICT, f"'{name}' is both in names and in excluded"
                )
        return Members(tuple(n for n, _ in names), tuple(n for n, _ in excluded), bool(complete))

    def examples(self, node: Node) -> tuple[Example, ...]:
        f = self.fields(node, "examples", VERDICT_KEYS, unknown_kind=Kind.UNKNOWN_VERDICT)
        if f is None:
            return ()
        return tuple(
            Example(text, Verdict(verdict), at.line, at.column)
            for verdict, sentences in f.items()
            for text, item in self.located_strings(sentences, f"{verdict} examples")
            for at in (_mark(item),)
        )

    def entity(self, node: Node) -> EntityEntry | None:
        f = self.fields(node, "entity", ENTITY_KEYS, required=("name", "kind"))
        if f is None:
            return None
        name = self.string(f.get("name"), "name")
        kind_node = f.get("kind")
        kind = self.string(kind_node, "kind")
        if kind is not None and kind_node is not None and kind not in ENTITY_KINDS:
            self.report(
                kind_node,
                Kind.UNKNOWN_ENTITY_KIND,
                f"unknown entity kind '{kind}'{did_you_mean(kind, ENTITY_KINDS)}",
            )
            kind = None
        aliases = self.strings(f.get("aliases"), "aliases")
        demonyms = self.strings(f.get("demonyms"), "demonyms")
        within = self.strings(f.get("within"), "within")
        if name is None or kind is None:
            return None
        return EntityEntry(Entity(name, kind, aliases, within, demonyms), _mark(f["name"]))

    def synonym_group(self, node: Node) -> tuple[str, ...] | None:
        group = self.strings(node, "a synonym group")
        if isinstance(node, SequenceNode) and len(node.value) < 2:
            self.report(node, Kind.SHORT_SYNONYM_GROUP, "a synonym group needs at least two words")
            return None
        return group if len(group) >= 2 else None


def known_keys() -> dict[str, Collection[str]]:
    """Every part of the format and its keys, for tests that hold the schema to the code."""
    return {
        "file": TOP_KEYS,
        "source": SOURCE_KEYS,
        "claim": CLAIM_KEYS,
        "citation": CITATION_KEYS,
        "members": MEMBERS_KEYS,
        "examples": VERDICT_KEYS,
        "entity": ENTITY_KEYS,
    }
