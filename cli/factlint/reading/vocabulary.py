"""What a fact base knows of words and names, gathered once from its own claims.

The reader needs, for every text it reads, the same knowledge of the base:

- the names the base uses: its claims' proper names (read from their words),
  ``about`` and ``members`` names, acronyms next to their expansion ("China National
  Space Administration (CNSA)" makes CNSA an alias), and the entities of the lexicon
  and the facts files (aliases, kinds, containment) as enrichment;
- which nouns describe a name ("Tallow Systems, the company that ..."), so that
  "the company" in a later sentence can be taken to mean it;
- synonym groups (the facts files' first, then the lexicon's) and antonyms;
- how common each word is in English (wordfreq) and in the base's claims, which
  weighs how much sharing it says about two texts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factlint.lazyre import lazy
from factlint.model import Claim, Entity
from factlint.reading.english import (
    AGENTIVE_VERBS,
    ANTONYMS,
    FUNCTION_WORDS,
    MEMBER_CUES,
)
from factlint.reading.frequency import (
    DEFAULT,
    FrequencyTable,
    english_frequencies,
    english_table,
    rarity,
)
from factlint.reading.names import (
    RARE_ZIPF,
    NameTable,
    _past_common_opening,
    capitalised_runs,
    name_key,
)
from factlint.reading.words import Synonyms, tokenize

# "Long Name (ACR)" and "ACR (Long Name)": an acronym beside what it stands for.
_ACRONYM_AFTER = lazy(
    r"(?P<long>(?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|de|the|on)\s+|[A-Z][\w'’-]*\s+){0,8}"
    r"[A-Z][\w'’-]*)\s*\((?P<short>[A-Z][A-Za-z0-9&.-]{1,11})\)"
)
_ACRONYM_BEFORE = lazy(
    r"\b(?P<short>[A-Z][A-Z0-9&.-]{1,11})\s*\((?P<long>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,9})\)"
)
# "Tallow Systems, the company that makes Nimbus": a noun that describes a name.
_DESCRIBED_AFTER = lazy(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,8}),\s+(?:the|a|an)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]{3,})(?=\s+(?:that|which|who|of|in|for|behind)\b|,|\.|$)"
)
# "the French chemist Paul-Émile Lecoq de Boisbaudran": a noun that describes the name after it.
_DESCRIBED_BEFORE = lazy(
    r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{3,})\s+(?P<name>[A-Z][\w'’.-]*"
    r"(?:\s+(?:de\s+|of\s+)?[A-Z][\w'’.-]*){0,8})"
)


@dataclass
class Vocabulary:
    """Names, synonyms and word frequencies of one fact base."""

    names: NameTable
    synonyms: Synonyms
    english: FrequencyTable  # word -> Zipf frequency
    document_frequency: dict[str, int] = field(default_factory=dict)  # key -> claims using it
    claims: int = 0
    antonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    _fuzzy_cache: dict[tuple[str, bool], str | None] = field(default_factory=dict, repr=False)
    _name_words: list[str] = field(default_factory=list, repr=False)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_weights", None)  # a memo of key weights, rebuilt as keys are weighed
        state["_fuzzy_cache"] = {}
        state["_name_words"] = []
        return state

    # -- words ----------------------------------------------------------------------------

    def zipf(self, word: str) -> float:
        return self.english.get(word.casefold(), DEFAULT)

    def is_rare(self, word: str) -> bool:
        """Whether a word is rare in English: a capitalised opening word that is, is a name."""
        return self.zipf(word) < RARE_ZIPF

    def idf(self, key: str) -> float:
        """How few of the base's claims use ``key`` (BM25's inverse document frequency)."""
        n = self.claims
        df = self.document_frequency.get(key, 0)
        return math.log((n - df + 0.5) / (df + 0.5) + 1.0) if n else 1.0

    def weight(self, key: str, word: str = "", *, name: bool = False) -> float:
        """How much sharing ``key`` says: rare in English and in the base weighs most."""
        spread = self.idf(key)
        if name:
            return 1.5 * spread
        return rarity(self.zipf(word) if word else DEFAULT) * spread

    def key(self, word: str) -> str:
        return self.synonyms.key(word)

    @property
    def agentive(self) -> frozenset[str]:
        """The keys of verbs whose subject is their agent ("make", "found", "discover")."""
        found = self.__dict__.get("_agentive")
        if found is None:
            found = frozenset(self.synonyms.key(v) for v in AGENTIVE_VERBS)
            self.__dict__["_agentive"] = found
        return found

    @property
    def member_cues(self) -> frozenset[str]:
        """The keys of words that say someone belongs to a group (``english.MEMBER_CUES``)."""
        found = self.__dict__.get("_member_cues")
        if found is None:
            found = frozenset(self.synonyms.key(w) for w in MEMBER_CUES)
            self.__dict__["_member_cues"] = found
        return found

    # -- names ----------------------------------------------------------------------------

    def fuzzy_name_word(self, word: str, anchored: bool = False) -> str | None:
        """The word of a known name that ``word`` misspells, or None ("Sytems" -> "Systems").

        ``anchored``: the word stands beside others of a known name, as written, so one
        letter off in six ("Tanaba" for "Tanabe") is close enough.
        """
        cache = (word, anchored)
        if cache in self._fuzzy_cache:
            return self._fuzzy_cache[cache]
        from rapidfuzz import fuzz, process

        if not self._name_words:
            self._name_words = sorted(self.names.tokens)
        found = None
        # A word English uses ("Users", "Plans") is itself, not a misspelt name.
        if len(word) >= 4 and not word.isupper() and self.is_rare(word):
            best = process.extractOne(
                word,
                self._name_words,
                scorer=fuzz.ratio,
                score_cutoff=_ANCHORED_CUTOFF if anchored else _FUZZY_CUTOFF,
            )
            if best is not None and best[0][:1].casefold() == word[:1].casefold():
                found = str(best[0])
        self._fuzzy_cache[cache] = found
        return found


_FUZZY_CUTOFF = 84.0  # rapidfuzz ratio at which a word is taken for a known name's word
_ANCHORED_CUTOFF = 80.0  # ... beside words of that name written right


# What a claim's text says of names, found from the text alone (``find_names_in``) and
# added to a table in claim order (``add_found``): ("acronym", expansion, acronym),
# ("name", surface, ""), ("describe", name, noun).
NameFind = tuple[str, str, str]


def build_vocabulary(
    claims: Sequence[Claim],
    entities: Iterable[Entity],
    synonyms: Iterable[Sequence[str]],
    finds: Iterable[list[NameFind]] | None = None,
) -> Vocabulary:
    """Gather what the base knows: its entities, the names its claims use, and its words.

    ``finds``: what ``find_names_in`` finds in each claim's text, in claim order, when
    found elsewhere (on other cores, as they are added here); else found here.
    """
    english = english_frequencies()
    table = NameTable()
    for entity in entities:
        table.add(
            entity.name,
            kind=entity.kind,
            aliases=entity.aliases,
            within=entity.within,
            demonyms=entity.demonyms,
        )
    for claim in claims:
        for name in claim.about:
            table.add(name)
        if claim.members is not None:
            for name in (*claim.members.names, *claim.members.excluded):
                table.add(name)
    if finds is None:
        finds = (find_names_in(claim.text, english) for claim in claims)
    for found in finds:
        add_found(table, found)
    groups = Synonyms(synonyms)
    vocabulary = Vocabulary(table, groups, english_table())
    vocabulary.antonyms = antonym_keys(groups)
    return vocabulary


def find_names_in(text: str, english: dict[str, float]) -> list[NameFind]:
    """The acronyms, names and descriptions of names a claim's text holds, in the order
    they are to be added to a table; found from the text alone."""
    found: list[NameFind] = []
    for m in _ACRONYM_AFTER.finditer(text):
        found.append(("acronym", m.group("long"), m.group("short")))
    for m in _ACRONYM_BEFORE.finditer(text):
        found.append(("acronym", m.group("long"), m.group("short")))
    tokens = tokenize(text)
    for run in capitalised_runs(text, tokens):
        first, last = run.first, run.last
        while first <= last and tokens[first].lower in FUNCTION_WORDS:
            first += 1
        first = _past_common_opening(
            text, tokens, first, last, lambda w: english.get(w.casefold(), DEFAULT) < RARE_ZIPF
        )
        if first > last:
            continue
        if first == last:
            word = tokens[first].text
            opening = not text[: tokens[first].start].strip()
            if (
                opening
                and english.get(word.casefold(), DEFAULT) >= RARE_ZIPF
                and not (word.isupper() or any(c.isupper() for c in word[1:]))
            ):
                continue  # "Gold has ...": a common word that opens the sentence
        found.append(("name", text[tokens[first].start : tokens[last].end], ""))
    for m in _DESCRIBED_AFTER.finditer(text):
        found.append(("describe", m.group("name"), m.group("noun").casefold()))
    for m in _DESCRIBED_BEFORE.finditer(text):
        if m.group("noun") not in FUNCTION_WORDS:
            found.append(("describe", m.group("name"), m.group("noun").casefold()))
    return found


def add_found(table: NameTable, found: Iterable[NameFind]) -> None:
    """Add what ``find_names_in`` found to the table, in order."""
    for what, first, second in found:
        if what == "acronym":
            _acronym(table, first, second)
        elif what == "describe":
            table.describe(first, second)
        elif table.resolve(first) is not None or not _covered(first, table):
            table.add(first)  # not two names the base knows, side by side ("Nimbus Pro")


def _covered(surface: str, table: NameTable) -> bool:
    """Whether a run is made of names the table knows, each whole ("Nimbus Pro")."""
    words = surface.split()
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            if table.resolve(" ".join(words[i:j])) is not None and j - i < len(words):
                i = j
                break
        else:
            return False
    return True


def _acronym(table: NameTable, long: str, short: str) -> None:
    """Make an acronym and its expansion one name, when its letters fit the expansion.

    The words before the bracket are read from the first capitalised one, which may open
    the sentence or a phrase the name ends ("The Orvelle Water Board (OWB)", "Rangers of
    the Marran Hiking Association (MHA)"): the expansion is the longest run of them,
    from a capitalised word to the bracket, whose initials fit the acronym."""
    words = long.split()
    for i, word in enumerate(words):
        if word[:1].isupper() and _fits(" ".join(words[i:]), short):
            long = " ".join(words[i:])
            break
    else:
        return
    canonical = table.resolve(short) or table.resolve(long) or long
    table.add(canonical, aliases=[long, short])


def _fits(long: str, short: str) -> bool:
    """Whether an acronym's letters fit an expansion: its first letter is the first
    initial, and every letter is an initial or the letters stand in the expansion."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", long)).upper()
    letters = re.sub(r"[^A-Z]", "", short.upper())
    if not letters or letters[0] != initials[:1]:
        return False
    return all(c in initials for c in letters) or letters in name_key(long).upper()


def antonym_keys(synonyms: Synonyms) -> dict[str, frozenset[str]]:
    """Key -> the keys of words that cannot describe the same thing (both ways)."""
    pairs: dict[str, set[str]] = {}
    for a, b in ANTONYMS:
        ka, kb = synonyms.key(a), synonyms.key(b)
        if ka != kb:
            pairs.setdefault(ka, set()).add(kb)
            pairs.setdefault(kb, set()).add(ka)
    return {k: frozenset(v) for k, v in pairs.items()}


def negated_by_prefix(key: str, word: str, other_keys: Iterable[str], synonyms: Synonyms) -> str:
    """The key ``word`` negates by a prefix ("uncrewed" -> "crewed") if the other text has it."""
    bares = synonyms.unprefixed(word)
    if not bares:
        return ""
    others = other_keys if isinstance(other_keys, set | frozenset | dict) else set(other_keys)
    for bare in bares:
        if bare in others and bare != key:
            return bare
    return ""
