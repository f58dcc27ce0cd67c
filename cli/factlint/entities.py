"""Recognise the named things of the lexicon and facts files in text, with their role."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factlint.model import Entity
from factlint.normalize import clean


@dataclass(frozen=True)
class Mention:
    """A named thing found in text: which entity, where, and whether it only modifies."""

    name: str  # canonical name
    kind: str
    start: int
    end: int
    text: str
    modifier: bool = False  # "China's", "US-led", "Egyptian": describes, does not take part


# Words glued after a name that make it describe something else: "US-led", "NASA-backed".
_COMPOUND_AFTER = re.compile(
    r"-(?:led|backed|based|funded|built|made|owned|run|sponsored|designed|developed)\b",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"'s?\b|'(?=\s)")


def _case_free(alias: str) -> bool:
    """Whether an alias matches in any case.

    Acronyms ("US", "U.S.") and single capitalised words ("Turkey", "Chad") must keep
    their case, or they would match ordinary words; phrases and lower-case aliases need not.
    """
    if alias.islower():
        return True
    if "." in alias or alias.isupper() or any(c.isupper() for c in alias[1:].replace(" ", "")):
        # internal capitals: an acronym or a brand ("NASA", "ispace", "XRISM")
        words = alias.split()
        return len(words) > 1 and all(not w.isupper() for w in words)
    return len(alias.split()) > 1


def _atoms(alias: str) -> list[str]:
    """The alias as regex atoms, lenient about spaces, hyphens, apostrophes and dots."""
    atoms: list[str] = []
    for ch in alias:
        if ch.isspace():
            if atoms and atoms[-1] == r"\s+":
                continue
            atoms.append(r"\s+")
        elif ch == "-":
            atoms.append(r"[-\s]?")
        elif ch == "'":
            atoms.append(r"'?")
        else:
            atoms.append(re.escape(ch))
    return atoms


def _trie_regex(aliases: Iterable[str]) -> str:
    """One regex for many aliases, factored into a trie so matching stays fast."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    end = ""
    for alias in aliases:
        node = trie
        for atom in _atoms(alias):
            node = node.setdefault(atom, {})
        node[end] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        # Longest first: atoms that continue are tried before stopping here.
        branches = [atom + build(child) for atom, child in node.items() if atom != end]
        optional = end in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return build(trie)


class EntityIndex:
    """Finds entity mentions in text: names, aliases and demonyms, longest match first."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        self._by_alias: dict[str, str] = {}
        self._by_alias_folded: dict[str, str] = {}
        self._demonyms: set[str] = set()
        exact: set[str] = set()
        folded: set[str] = set()
        for entity in entities:
            self.entities[entity.name] = entity
            for alias in (entity.name, *entity.aliases, *entity.demonyms):
                alias = clean(alias).strip()
                if not alias:
                    continue
                key = self._key(alias)
                if _case_free(alias):
                    folded.add(alias)
                    self._by_alias_folded.setdefault(key.casefold(), entity.name)
                else:
                    exact.add(alias)
                    self._by_alias.setdefault(key, entity.name)
                if alias in entity.demonyms:
                    self._demonyms.add(key.casefold())
        self._within = {name: set(e.within) for name, e in self.entities.items()}
        boundary_start, boundary_end = r"(?<![\w'])", r"(?![\w]|'\w\w)"
        self._exact_re = (
            re.compile(boundary_start + "(?:" + _trie_regex(sorted(exact)) + ")" + boundary_end)
            if exact
            else None
        )
        self._folded_re = (
            re.compile(
                boundary_start + "(?:" + _trie_regex(sorted(folded)) + ")" + boundary_end,
                re.IGNORECASE,
            )
            if folded
            else None
        )

    @staticmethod
    def _key(text: str) -> str:
        return re.sub(r"[\s'-]+", "", text)

    def resolve(self, name: str) -> str | None:
        """The canonical name for a name or alias, or None when unknown."""
        key = self._key(clean(name).strip())
        found = self._by_alias.get(key) or self._by_alias_folded.get(key.casefold())
        if found:
            return found
        for alias_key, canonical in self._by_alias.items():
            if alias_key.casefold() == key.casefold():
                return canonical
        return None

    def kind(self, name: str) -> str:
        entity = self.entities.get(name)
        return entity.kind if entity else ""

    def contains(self, outer: str, inner: str) -> bool:
        """Whether place ``inner`` lies within ``outer`` (directly or through other places)."""
        seen: set[str] = set()
        todo = [inner]
        while todo:
            here = todo.pop()
            for parent in self._within.get(here, ()):
                if parent == outer:
                    return True
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return False

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text`` (cleaned), without overlaps, longest first, in order."""
        raw: list[tuple[int, int, str]] = []
        for pattern, table, fold_case in (
            (self._exact_re, self._by_alias, False),
            (self._folded_re, self._by_alias_folded, True),
        ):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                if m.end() == m.start():
                    continue
                key = self._key(m.group(0))
                name = table.get(key.casefold() if fold_case else key)
                if name is None:
                    name = self.resolve(m.group(0))
                if name is not None:
                    raw.append((m.start(), m.end(), name))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        mentions: list[Mention] = []
        last_end = -1
        for start, end, name in raw:
            if start < last_end:
                continue
            surface = text[start:end]
            modifier = (
                self._key(surface).casefold() in self._demonyms
                or bool(_POSSESSIVE_AFTER.match(text, end))
                or bool(_COMPOUND_AFTER.match(text, end))
            )
            mentions.append(Mention(name, self.kind(name), start, end, surface, modifier))
            last_end = end
        return mentions
