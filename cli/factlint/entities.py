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


# Text is matched token by token: runs of word characters, and single other characters.
_TOKENS = re.compile(r"\w+|[^\w\s]")
# What may stand between the tokens of a name: "Chang'e-6", "Chang'e 6" and "Change6" are one.
_JOINERS = frozenset(" \t\n-'")
_MAX_TOKENS = 12  # the most tokens a name spans ("International Lunar Research Station")


def _tokens(alias: str) -> int:
    """How many tokens an alias spans."""
    return len(_TOKENS.findall(alias))


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
        self._span = max((_tokens(a) for a in exact | folded), default=1)
        self._span = min(self._span, _MAX_TOKENS)
        # Every key a name's first tokens make, so a search stops as soon as none can follow.
        self._prefixes: set[str] = set()
        for alias in exact | folded:
            key = ""
            for token in _TOKENS.findall(alias):
                if token not in _JOINERS:
                    key += token
                    self._prefixes.add(key if alias in exact else key.casefold())

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

    def _match_at(self, text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str] | None:
        """The longest name starting at token ``i``: (its end, canonical name), or None."""
        start = tokens[i].start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'"):
            return None
        best: tuple[int, str] | None = None
        key = ""
        for j in range(i, min(i + self._span, len(tokens))):
            token = tokens[j]
            if j > i:
                gap = text[tokens[j - 1].end() : token.start()]
                if gap and not set(gap) <= _JOINERS:
                    break
            part = token.group(0)
            if part in _JOINERS:
                continue  # a hyphen or apostrophe token joins; it is not part of the key
            key += part
            if key not in self._prefixes and key.casefold() not in self._prefixes:
                break
            end = token.end()
            after = text[end : end + 3]
            if after[:1].isalnum() or after[:1] == "_":
                continue
            if after[:1] == "'" and len(after) == 3 and after[1:].isalnum():
                continue  # "Chang'e": not the end of a name
            name = self._by_alias.get(key) or self._by_alias_folded.get(key.casefold())
            if name is not None:
                best = (end, name)
        return best

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text`` (cleaned), without overlaps, longest first, in order."""
        tokens = list(_TOKENS.finditer(text))
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            found = self._match_at(text, tokens, i)
            if found is None:
                i += 1
                continue
            end, name = found
            start = tokens[i].start()
            surface = text[start:end]
            modifier = (
                self._key(surface).casefold() in self._demonyms
                or bool(_POSSESSIVE_AFTER.match(text, end))
                or bool(_COMPOUND_AFTER.match(text, end))
            )
            mentions.append(Mention(name, self.kind(name), start, end, surface, modifier))
            while i < len(tokens) and tokens[i].start() < end:
                i += 1
        return mentions
