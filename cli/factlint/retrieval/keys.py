"""Index keys: what a sentence and a claim can share, and how much sharing each says.

A text's keys are its content words (``w:`` + key, and ``r:`` + a looser root, so
"discovery" meets "discovered"), its names (``n:``), its numbers (``#``) and years
(``@``), and ``c:member`` when it says someone belongs to a group (a member, a
partner, a signatory, joining, signing: ``english.MEMBER_CUES``) or lists members,
so "X joined the Y" meets "Y's partners are A, B and C". A key weighs what it says
about a match: words by how rare they are in English (wordfreq) times how few of the
base's claims use them (BM25's inverse document frequency); names count as rare
words; a root counts half.
"""

from __future__ import annotations

from collections.abc import Iterable

from factlint.reading.frequency import DEFAULT, rarity
from factlint.reading.reader import Reading, Term
from factlint.reading.statements import Statement
from factlint.reading.values import Value
from factlint.reading.vocabulary import Vocabulary

NAME_RARITY = 1.5
ROOT_SHARE = 0.5
NUMBER_RARITY = 0.8
LIGHT_SHARE = 0.2  # intent and report words: "aims", "said"


def term_keys(term: Term) -> list[str]:
    keys = ["w:" + term.key]
    r = term.root
    if r and r != term.key and not term.key.startswith("~"):
        keys.append("r:" + r)
    return keys


def value_keys(values: Iterable[Value]) -> set[str]:
    """Keys for the numbers and years a text states."""
    keys: set[str] = set()
    for v in values:
        if v.kind in ("count", "quantity", "money", "ordinal", "tally") and v.hedge == "exact":
            keys.add(f"#{v.amount:.6g}")
        elif v.date is not None and v.date.has_year:
            keys.add(f"@{v.date.start[0]}")
        if v.kind in ("quantity", "money") and v.dimension:
            # what is measured, in any unit: "710 square miles" meets "1,840 km2"
            keys.add(f"%{v.dimension}{'/' + v.per if v.per else ''}")
    return keys


MEMBER_KEY = "c:member"


def reading_keys(
    reading: Reading, vocabulary: Vocabulary | None = None, statement: Statement | None = None
) -> set[str]:
    """Every index key of a text (of one ``statement`` of it, when given): words, roots,
    names, numbers and years.

    With the base's ``vocabulary``, a word saying someone belongs to a group adds
    ``MEMBER_KEY``.
    """

    def inside(start: int, end: int) -> bool:
        return statement is None or statement.covers(start, end)

    keys: set[str] = set()
    cues = vocabulary.member_cues if vocabulary is not None else frozenset()
    for term in reading.terms:
        if not term.light and inside(term.start, term.end):
            keys.update(term_keys(term))
            if term.key in cues:
                keys.add(MEMBER_KEY)
    keys.update("n:" + n.key for n in reading.names if inside(n.start, n.end))
    keys |= value_keys(v for v in reading.values if inside(v.start, v.end))
    return keys


def key_weight(vocabulary: Vocabulary, key: str, word: str = "") -> float:
    """How much sharing index key ``key`` says (see the module docstring)."""
    memo: dict[tuple[str, str], float] | None = vocabulary.__dict__.get("_weights")
    if memo is None:
        memo = vocabulary.__dict__["_weights"] = {}
    found = memo.get((key, word))
    if found is None:
        found = memo[(key, word)] = _key_weight(vocabulary, key, word)
    return found


def _key_weight(vocabulary: Vocabulary, key: str, word: str) -> float:
    spread = vocabulary.idf(key)
    kind = key[:2]
    if kind == "n:":
        return NAME_RARITY * spread
    if kind in ("#", "@") or key[0] in "#@%":
        return NUMBER_RARITY * spread
    zipf = vocabulary.zipf(word) if word else DEFAULT
    share = ROOT_SHARE if kind == "r:" else 1.0
    return rarity(zipf) * spread * share


def term_weight(vocabulary: Vocabulary, term: Term) -> float:
    """The weight of one content word of a text."""
    w = key_weight(vocabulary, "w:" + term.key, term.text.split()[0] if term.text else "")
    return w * LIGHT_SHARE if term.light else w
