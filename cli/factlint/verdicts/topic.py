"""Whether a draft speaks of a claim: which of its statements do, and how closely.

Three measures decide, all on weighted words and names (rare words and names
weigh most; see ``retrieval.keys``):

- *scope*: the draft's statements that share a name or a distinctive word with the
  claim (or whose subject, said earlier, is one of the claim's). Only their values
  are compared: a name in another clause is not a member of the claim's list.
- *recall*: how much of the claim's frame the draft covers. The frame is the claim's
  words and names apart from its values: the values are what the draft may get
  right or wrong, the frame is what it must share to be talking about the same thing.
- *precision*: how much of the draft's statements the claim covers.

And *subject*: a claim about a named thing ("The Riverton City Council has seven
members") speaks to a draft only when the draft names that thing too, unless the
name is itself what the draft changes (a role's holder, a maker).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from factlint.checks.base import Side, alternatives, related_places, same_name, siblings
from factlint.compiled import ClaimReading
from factlint.lazyre import lazy
from factlint.reading.english import COMPOUND_OF, FUNCTION_WORDS, superlative
from factlint.reading.names import Name, NameTable
from factlint.reading.reader import Reading, Term
from factlint.reading.statements import Slot, Statement, main_statement
from factlint.reading.vocabulary import Vocabulary
from factlint.reading.words import root, stem
from factlint.retrieval.keys import key_weight

MODIFIER_SHARE = 0.5  # a name that only describes ("China's", "NASA-backed") weighs half
MEMBER_SHARE = 0.5  # a claim's member the draft names counts half towards the frame
# Words of the claim's subject phrase besides its names ("the Blue Line *light-rail line*",
# "Riverton's *operating* budget") describe what the claim is about; they count half.
DESCRIBING_SHARE = 0.5
DISTINCT = 1.2  # a word this heavy, shared alone, brings a statement into scope


@dataclass(frozen=True)
class Link:
    """How closely a draft side speaks of a claim."""

    recall: float
    precision: float
    subject: bool
    shared: tuple[str, ...]  # what they share, heaviest first: the words that explain it
    says: bool = True  # the draft shares one of the claim's words, not only its names
    core: float = 0.0  # share of the claim's subject and main verb the draft covers
    values: bool = False  # the draft states values of its own (numbers, dates, slot names)
    flipped: bool = False  # the draft denies what the claim asserts, or the reverse
    plan: bool = False  # the draft tells of a plan or a possibility, the claim of a fact
    ranks: bool = False  # the draft ranks ("the busiest", "most popular"), the claim does not

    @property
    def score(self) -> float:
        """0-100: the harmonic mean of recall and precision."""
        total = self.recall + self.precision
        return round(200.0 * self.recall * self.precision / total, 1) if total else 0.0


def _term_weight(vocabulary: Vocabulary, term: Term) -> float:
    return key_weight(vocabulary, "w:" + term.key, term.text.split()[0])


def _covered(key: str, keys: frozenset[str], roots: frozenset[str]) -> bool:
    return key in keys or (not key.startswith("~") and root(key) in roots)


def _polar_keys(vocabulary: Vocabulary) -> frozenset[str]:
    """Keys of the words that set a clause's polarity themselves ("prohibited", "allowed"):
    their opposites are read by polarity, not as a word said the other way round."""
    from factlint.checks.polarity import POLAR

    found = vocabulary.__dict__.get("_polar")
    if found is None:
        found = frozenset(vocabulary.key(w) for w in POLAR)
        vocabulary.__dict__["_polar"] = found
    return found


def scope(draft: Reading, facts: ClaimReading, vocabulary: Vocabulary) -> tuple[Statement, ...]:
    """The draft's statements that speak of what the claim speaks of (see the module)."""
    claim = facts.reading
    claim_names = {n.key for n in claim.names} | facts.about | facts.listed
    claim_words = {t.key for t in claim.terms if not t.light}
    claim_roots = frozenset(root(k) for k in claim_words if not k.startswith("~"))
    words = frozenset(claim_words)
    kept: list[Statement] = []
    for s in draft.statements:
        if not s.asserts:
            continue  # an embedded question or a condition says nothing is so
        inside = [n for n in draft.names if s.covers(n.start, n.end)]
        names = {n.key for n in inside} | set(s.subject) | set(draft.referred)
        if any(same_name(a, b) for a in names for b in claim_names):
            kept.append(s)
            continue
        terms = [
            t for t in draft.terms
            if not t.light and s.covers(t.start, t.end) and _covered(t.key, words, claim_roots)
        ]  # fmt: skip
        weight = sum(_term_weight(vocabulary, t) for t in terms)
        if len(terms) >= 2 or weight >= DISTINCT:
            kept.append(s)
    return tuple(kept)


def fillers(side: Side) -> set[str]:
    """Names a side sets in a slot other than as an object: the claim's details, not its frame.

    "by Pierre Janssen", "in Ghent", "the mayor of Riverton" (its holder), "the symbol
    Au": a draft may leave them out and still speak of the claim; if it names others
    there, the names check compares them.
    """
    subjects = {k for st in side.statements for k in st.subject}
    return {x.name for x in side.slots if x.relation != "object"} - subjects


def _items(
    side: Side, vocabulary: Vocabulary, skip: Iterable[str], describe: bool = False
) -> list[tuple[str, str, float]]:
    """(kind, key, weight) of a side's words and names, leaving out ``skip`` names.

    With ``describe``, the words of the first statement's subject phrase count half.
    Both lists of a side are worked out at once and kept with its reading.
    """
    key = ("items", tuple((s.start, s.end) for s in side.statements))
    both = side.reading.memo.get(key)
    if both is None:
        both = side.reading.memo[key] = _all_items(side, vocabulary)
    assert isinstance(both, tuple)
    whole: list[tuple[str, str, float]] = both[1] if describe else both[0]
    if not skip:
        return list(whole)
    skipped = set(skip)
    return [item for item in whole if item[0] == "w" or item[1] not in skipped]


# Where a name is a possessor: "'s" or "’" after it.
_POSSESSIVE = lazy(r"['\u2019]s?\b")


def _all_items(
    side: Side, vocabulary: Vocabulary
) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]]:
    """A side's items (see ``_items``) plain, and describing (``describe``)."""
    plain: list[tuple[str, str, float]] = []
    described: list[tuple[str, str, float]] = []
    seen: set[str] = set()
    spans = [s.subject_span for s in side.statements[:1] if s.subject_span != (0, 0)]
    for term in side.terms:
        if term.light or term.in_name or term.key in seen:
            continue
        seen.add(term.key)
        item = ("w", term.key, _term_weight(vocabulary, term))
        plain.append(item)
        if any(a <= term.start and term.end <= b for a, b in spans):
            item = ("w", term.key, item[2] * DESCRIBING_SHARE)
        described.append(item)
    # The possessor of a draft statement's subject ("SLIM's landing zone") is what it
    # speaks of; a name describing anything else ("the council's committee") is in
    # passing, as is the owner of a subject with a name of its own ("NASA's Artemis I
    # mission"). A claim's possessor stays half (described): "China's partner nations"
    # are spoken of as "the ILRS partners" too.
    describing = {n.key for n in side.names if n.modifier}
    text = side.reading.text
    possessors = {n.key for n in side.names if _POSSESSIVE.match(text, n.end, n.end + 2)}
    owners = {
        k
        for s in side.statements
        if set(s.qualifiers) <= describing
        for k in s.qualifiers
        if k in possessors
    }
    for name in side.names:
        if name.key in seen:
            continue
        seen.add(name.key)
        w = key_weight(vocabulary, "n:" + name.key)
        whole = ("n", name.key, w)
        if name.modifier:
            passing = ("m", name.key, w * MODIFIER_SHARE)
            plain.append(whole if name.key in owners else passing)
            described.append(passing)
        else:
            plain.append(whole)
            described.append(whole)
    for s in side.statements:
        for subject in s.subject:
            if subject not in seen:
                seen.add(subject)
                item = ("n", subject, key_weight(vocabulary, "n:" + subject))
                plain.append(item)
                described.append(item)
    return plain, described


def link(
    draft: Side,
    claim: Side,
    facts: ClaimReading,
    vocabulary: Vocabulary,
    values: Iterable[str] = (),
    named_members: Iterable[str] = (),
    draft_values: Iterable[str] = (),
) -> Link:
    """Recall, precision and subject agreement of a draft side against a claim.

    The claim's frame leaves out its members (a draft need not name them all) and the
    names in its slots (see ``fillers``); ``values`` are further claim names the draft
    gives other values for (a role's holder, a maker). Members the draft does name
    (``named_members``) count as frame it covers. ``draft_values`` are the draft's
    names in those compared slots: they are its values, not words the claim lacks.
    """
    changed = set(values) | fillers(claim) | facts.listed
    frame = _items(claim, vocabulary, changed, describe=True)
    mine = _items(draft, vocabulary, draft_values)
    mine += [("n", k, key_weight(vocabulary, "n:" + k)) for k in draft.reading.referred]
    draft_words = frozenset(k for kind, k, _ in mine if kind == "w")
    draft_roots = frozenset(root(k) for k in draft_words if not k.startswith("~"))
    draft_names = [k for kind, k, _ in mine if kind == "n"]
    claim_all = _items(claim, vocabulary, ())
    claim_words = frozenset(k for kind, k, _ in claim_all if kind == "w")
    claim_roots = frozenset(root(k) for k in claim_words if not k.startswith("~"))
    claim_names = [k for kind, k, _ in claim_all if kind in ("n", "m")] + sorted(facts.listed)

    def name_in(name: str, names: list[str], words: frozenset[str]) -> bool:
        return any(same_name(name, other) for other in names) or name.casefold() in words

    shared: list[tuple[float, str]] = []
    got = total = 0.0
    for member in named_members:  # named, so covered
        w = MEMBER_SHARE * key_weight(vocabulary, "n:" + member)
        got += w
        total += w
        shared.append((w, member))
    describing = [k for kind, k, _ in mine if kind == "m"]
    cues = vocabulary.member_cues
    # A draft says someone belongs (or not) with a word of belonging ("joined", "is a
    # member"), or by denying a listed name's place ("China has stayed out of it").
    belonging = bool(facts.listed) and (
        bool(draft_words & cues) or (draft.polarity < 0 and bool(set(named_members)))
    )
    # A claim's word the draft says by its opposite ("closed" for "open"), with the
    # opposite polarity, says the same: "is closed on Mondays", "does not open on Mondays".
    antonyms = vocabulary.antonyms
    polar = _polar_keys(vocabulary)
    opposed = {
        key
        for kind, key, _ in frame
        if kind == "w"
        and key not in polar
        and (antonyms.get(key, frozenset()) & draft_words) - polar
    }
    polarity = -draft.polarity if opposed else draft.polarity
    words_total = words_got = 0.0
    for kind, key, w in frame:
        total += w
        credit = 0.0
        if kind == "w":
            words_total += w
            if (
                _covered(key, draft_words, draft_roots)
                or any(key == n.casefold() for n in draft_names)
                or (belonging and key in cues)
                or (key in opposed and polarity == claim.polarity)
            ):
                credit = w
                words_got += w
        elif name_in(key, draft_names, draft_words):
            credit = w
        elif any(same_name(key, d) for d in describing):
            # named only in passing, describing something else ("the council's committee")
            credit = MODIFIER_SHARE * w
        if credit:
            got += credit
            shared.append((credit, key.lstrip("~")))
    recall = got / total if total else 0.0
    subject = _subject(draft, claim, facts, set(values), vocabulary)
    core = _core(draft, claim, facts, vocabulary, set(values), draft_words, draft_roots,
                 draft_names, subject)  # fmt: skip
    # Naming several of a claim's members is itself speaking of its list.
    says = words_got > 0 or words_total == 0 or len(set(named_members)) >= 2
    # A claim's name the draft writes out in plain words ("Riverton's city council" for
    # the Riverton City Council) covers those words and names.
    written = {t.text.casefold() for t in draft.terms} | {
        w for k in draft_names + describing for w in k.casefold().split()
    }
    spelled = {w for c in claim_names if _spelled_out(c, written) for w in c.casefold().split()}
    got = total = 0.0
    for kind, key, w in mine:
        total += w
        if kind == "w":
            hit = (
                _covered(key, claim_words, claim_roots)
                or any(key == n.casefold() for n in claim_names)
                or key.casefold() in spelled
            )
        else:
            hit = name_in(key, claim_names, claim_words) or (
                bool(spelled) and set(key.casefold().split()) <= spelled
            )
        if hit:
            got += w
    precision = got / total if total else 0.0
    shared.sort(key=lambda x: -x[0])
    subjects = {k for st in draft.statements for k in st.subject}
    claim_named = {n.key for n in claim.names} | facts.listed
    own_values = any(v.kind not in ("ordinal",) for v in draft.values) or any(
        x.relation not in ("object", "agent")
        and x.name not in subjects
        and not any(same_name(x.name, c) for c in claim_named)
        for x in draft.slots
    )
    flipped = polarity != claim.polarity and not facts.listed
    bare = not any(t for t in draft.terms if not t.light and not t.in_name)
    plan = any(s.intent for s in draft.statements) and not any(s.intent for s in claim.statements)
    ranks = bool(_superlatives(draft.reading)) and not _superlatives(claim.reading)
    return Link(
        recall, precision, subject, tuple(dict.fromkeys(k for _, k in shared)),
        says or bare, core, own_values, flipped, plan, ranks,
    )  # fmt: skip


# A ranking is definite: "the busiest", "its largest", "Japan's first", "the most popular"
# ("best practices" names a kind of practice, and ranks nothing).
_RANKING = lazy(
    r"\b(?:the|its|their|his|her|[A-Za-z]+'s)\s+(?:(?P<most>most|least)\s+)?(?P<word>[a-z][a-z-]+)",
    re.IGNORECASE,
)


def _superlatives(reading: Reading) -> frozenset[str]:
    """The words a text ranks by: a definite "-est" adjective or "most" and a word
    (worked out once a reading: a sentence is linked with several claims)."""
    kept = reading.memo.get("superlatives")
    if isinstance(kept, frozenset):
        return kept
    found: set[str] = set()
    for m in _RANKING.finditer(reading.text):
        word = m.group("word")
        if word.casefold() in FUNCTION_WORDS:
            continue
        if m.group("most") or superlative(word):
            found.add(stem(word))
    reading.memo["superlatives"] = frozen = frozenset(found)
    return frozen


def _core(
    draft: Side,
    claim: Side,
    facts: ClaimReading,
    vocabulary: Vocabulary,
    changed: set[str],
    words: frozenset[str],
    roots: frozenset[str],
    names: list[str],
    subject_ok: bool = False,
) -> float:
    """How much of the claim's core, its subject and its main verb, the draft says (the
    subject counts as said when the draft names what the claim's verb acts on)."""
    main = next((s for s in claim.statements if s.subject or s.subject_words or s.verb), None)
    if main is None:
        return 0.0
    subject = (set(facts.about) or set(main.subject) | set(main.qualifiers)) - changed
    got = total = 0.0
    if subject:
        total += 1.0
        if (
            subject_ok
            or any(same_name(a, b) for a in subject for b in names)
            or any(a.casefold() in words for a in subject)
        ):
            got += 1.0
    elif main.subject_words:
        total += 1.0
        if any(_covered(w, words, roots) for w in main.subject_words):
            got += 1.0
    if main.verb and main.verb not in _light(vocabulary):
        total += 1.0
        if _covered(main.verb, words, roots):
            got += 1.0
    return got / total if total else 0.0


def _light(vocabulary: Vocabulary) -> frozenset[str]:
    from factlint.reading.reader import vocabulary_light

    return vocabulary_light(vocabulary)


def _identity(side: Side, main_only: bool) -> tuple[set[str], set[str]]:
    """(names, words) that say which thing a side's subject is: its names and describing
    names ("the *Pro* plan"), else its head noun."""
    statements = side.statements[:1] if main_only else side.statements
    names: set[str] = set()
    words: set[str] = set()
    for s in statements:
        names.update(s.subject)
        names.update(s.qualifiers)
        if not s.subject and not s.qualifiers:
            words.update(s.subject_words)
    return names, words


def _undergoes(statement: Statement) -> bool:
    """Whether a statement's subject is what its verb acts on (no object: "SLIM launched")."""
    return not statement.verb or (
        bool(statement.subject)
        and tuple(statement.patient[: len(statement.subject)]) == statement.subject
    )


def _spelled_out(name: str, words: AbstractSet[str]) -> bool:
    """A name written out in plain words: "Riverton's city council" for "Riverton City
    Council" (every word of a name of two words or more)."""
    parts = name.casefold().split()
    return len(parts) >= 2 and all(p in words for p in parts)


# Nouns that say what kind of thing a name is, not a part or an aspect of it ("the city
# of Riverton", "the company Tallow Systems").
KIND_NOUNS = frozenset("city town country nation company firm organization agency state".split())


def _subject_labels(side: Side) -> dict[str, float]:
    """Labels inside a side's subject phrases ("the *phase 3* trial"): they say which one."""
    found: dict[str, float] = {}
    for s in side.statements:
        start, end = s.subject_span
        for v in side.values:
            if v.kind == "label" and start <= v.start and v.end <= end:
                found.setdefault(v.head, v.amount)
    return found


def _sibling_labels(draft: Side, claim: Side) -> bool:
    """Both subjects are labelled alike with different numbers: two of a series ("the
    phase 2 trial", "the phase 3 trial"; "Terminal 2", "Terminal 5")."""
    mine, theirs = _subject_labels(draft), _subject_labels(claim)
    return any(head in theirs and theirs[head] != amount for head, amount in mine.items())


def _subject_slots(side: Side) -> list[Slot]:
    """Names in roles inside a side's subject phrases ("the price *in Canada*")."""
    found = []
    for s in side.statements:
        start, end = s.subject_span
        found += [
            x
            for x in s.slots
            if start <= x.start < x.end <= end and x.relation not in ("is", "agent", "object")
        ]
    return found


def _sibling_places(draft: Side, claim: Side, vocabulary: Vocabulary) -> bool:
    """Both subject phrases say which one they mean by a name in the same role, and the
    names differ: "the list price in Canada" is another price than "the list price in
    the United States". (A name in the predicate is a value: "is based in Antwerp".)"""
    mine, theirs = _subject_slots(draft), _subject_slots(claim)
    names = vocabulary.names
    return any(
        a.relation == b.relation
        and a.anchor == b.anchor
        and not same_name(a.name, b.name)
        and not related_places(a.name, b.name, names)
        for a in mine
        for b in theirs
    )


def _modifiers(side: Side) -> set[str]:
    """The words before the head noun of a side's first subject phrase: "*adult*
    admission", "a *family* ticket", "the *Team* plan" (names aside)."""
    first = next((s for s in side.statements if s.subject_words), None)
    if first is None:
        return set()
    start, end = first.subject_span
    inside = [t for t in side.terms if start <= t.start and t.end <= end]
    head = next((t for t in inside if t.key == first.subject_words[0]), None)
    if head is None:
        return set()
    return {t.key for t in inside if t.start < head.start and not t.in_name and not t.light}


def _sibling_kinds(draft: Side, claim: Side) -> bool:
    """Both subject phrases say what kind they mean, and differently: "a family ticket"
    is not "adult admission", whatever both cost."""
    heads = [
        next((s.subject_words[0] for s in side.statements if s.subject_words), "")
        for side in (draft, claim)
    ]
    if not heads[0] or heads[0] != heads[1]:
        return False  # only kinds of one thing ("ticket") can be told apart so
    mine, theirs = _modifiers(draft), _modifiers(claim)
    return bool(mine and theirs and not mine & theirs)


def _another_part(draft: Side, claim: Side, vocabulary: Vocabulary) -> bool:
    """Both subjects are an aspect of one named thing, and not the same aspect: "the
    electrification of the Alder Valley Line" is not "the resignalling of the Alder
    Valley Line"; "the north wing of the museum" is not "the museum's café"."""
    kinds = {vocabulary.key(w) for w in KIND_NOUNS}

    def heads(side: Side) -> set[str]:
        # "the resignalling of the line": a head noun before the name it belongs to
        first = next((s for s in side.statements if s.subject or s.subject_words), None)
        if first is None or not (first.subject and first.subject_words):
            return set()
        start, end = first.subject_span
        head = next(
            (t for t in side.terms if t.key == first.subject_words[0] and start <= t.start < end),
            None,
        )
        named = [n for n in side.names if n.key in first.subject and start <= n.start < end]
        if head is None or not named or not all(head.start < n.start for n in named):
            return set()
        return set(first.subject_words) - kinds

    mine, theirs = heads(draft), heads(claim)
    if not mine or not theirs:
        return False
    return not (mine & theirs or {root(k) for k in mine} & {root(k) for k in theirs})


def _indefinite_object(side: Side) -> bool:
    """Whether a side's verb acts on a thing it introduces ("funded *a* second bridge",
    "approved *an* update"), not on one named or already known."""
    text = side.reading.text
    for s in side.statements:
        if not s.patient_words:
            continue
        head = next(
            (t for t in side.terms if t.key == s.patient_words[0] and s.covers(t.start, t.end)),
            None,
        )
        if head is not None and re.search(
            r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", text[max(0, head.start - 40) : head.start], re.I
        ):
            return True
    return False


def _acts_on_another(draft: Side, claim: Side, facts: ClaimReading, names: NameTable) -> bool:
    """The draft's verb acts on a named thing of its own where the claim's acts on an
    unnamed one and names the occasion otherwise: they tell of two events, whatever
    their subject shares. "China sent the Tianwen-1 probe to Mars" is not the event of
    "China sent an uncrewed probe to the Moon on the Chang'e-5 mission"; "The city
    opened the Harbor Line in 2019" is not "The city opened a new line in 2021 as part
    of the Metro Plan". A claim that names its own object compares objects in the names
    check instead, but a draft acting on another named thing ("Uzbekistan joined the
    Cyrillus Alliance in 2023" against its joining the Catharina Alliance) or on a part of
    that object tells of another event too: "The FDA approved a 120 mg dose of Lorvanto
    in 2025" is not the approval of Lorvanto.
    """
    objects = {x.name for x in claim.slots if x.relation == "object"} - facts.listed
    if objects:
        acted = {x.name for x in draft.slots if x.relation == "object"} - facts.listed
        written = [n.key for n in draft.names]
        if not acted and _indefinite_object(draft) and not _indefinite_object(claim):
            return True  # "Norway funded a second bridge" is not its funding of the bridge
        if any(
            alternatives(a, o, names) or siblings(a, o) for a in acted for o in objects
        ) and not any(same_name(w, o, names) for w in written for o in objects):
            return True  # "joined the Cyrillus Alliance" is not "joined the Catharina Alliance"
        # "approved a 120 mg dose of Lorvanto" acts on a part of what "approved
        # Lorvanto" acts on: another approval
        heads = {w for s in draft.statements for w in s.patient_words} - COMPOUND_OF
        return not any(same_name(a, o) for a in acted for o in objects) and any(
            x.relation == "of" and x.anchor in heads and any(same_name(x.name, o) for o in objects)
            for x in draft.slots
        )
    known = {n.key for n in claim.names} | facts.listed | facts.about
    subjects = {k for s in claim.statements for k in s.subject}
    occasions = known - subjects
    if not occasions:
        return False
    draft_names = {n.key for n in draft.names}
    if any(same_name(o, d) for o in occasions for d in draft_names):
        return False
    return any(
        x.relation == "object" and not any(same_name(x.name, k) for k in known) for x in draft.slots
    )


def names_its_subject(draft: Reading, facts: ClaimReading) -> bool:
    """False when a claim about a named thing cannot speak to the draft: the draft names
    neither the claim's subject nor what it acts on, not even as plain words or spelled
    out. Another name the claim mentions is not enough: a claim on a part of a named
    thing ("the tunnel on the line") says nothing of the thing it is part of. Names the
    claim puts in a role may be what the draft changes, so a claim whose subject is only
    such names is always worth the checks (``ClaimReading.subjects``). (A quick test
    before the checks.)"""
    theirs = facts.subjects()
    return theirs is None or names_any(draft, theirs)


def names_any(draft: Reading, theirs: Iterable[str]) -> bool:
    """Whether the draft names one of ``theirs``: as a name (its own, one it refers to,
    a subject), as a word, or spelled out in plain words."""
    mine, words, spelled = _naming(draft)
    return any(
        any(same_name(c, m) for m in mine) or c.casefold() in words or _spelled_out(c, spelled)
        for c in theirs
    )


Naming = tuple[frozenset[str], frozenset[str], frozenset[str]]


def _naming(draft: Reading) -> Naming:
    """What a draft names, its words and both spelled out (``_named``), worked out once
    a sentence, for every claim it is tested against."""
    found = draft.memo.get("naming")
    if found is None:
        found = draft.memo["naming"] = _named(
            draft.names, draft.statements, draft.referred, draft.terms
        )
    assert isinstance(found, tuple)
    return found


def _side_naming(
    side: Side,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A draft side's ``_named`` sets and its words' roots, worked out once a side, for
    every claim its subject is tested against."""
    key = ("naming", tuple((s.start, s.end) for s in side.statements))
    found = side.reading.memo.get(key)
    if found is None:
        names, words, spelled = _named(
            side.names, side.statements, side.reading.referred, side.terms
        )
        roots = frozenset(root(k) for k in words)
        found = side.reading.memo[key] = (names, words, roots, spelled)
    assert isinstance(found, tuple)
    return found


def _named(
    names: Iterable[Name],
    statements: Iterable[Statement],
    referred: Iterable[str],
    terms: Sequence[Term],
) -> Naming:
    """What a text names (its names, its statements' subjects, the names it refers to),
    its words (keys and as written), and its words with each name's words."""
    named = frozenset(
        {n.key for n in names} | {k for s in statements for k in s.subject} | set(referred)
    )
    words = frozenset({t.key for t in terms} | {t.text.casefold() for t in terms})
    spelled = words | {w for n in named for w in n.casefold().split()}
    return named, words, spelled


def _subject(
    draft: Side, claim: Side, facts: ClaimReading, changed: set[str], vocabulary: Vocabulary
) -> bool:
    """Whether draft and claim speak of one subject (see the module docstring).

    The claim's subject (its ``about`` names, else its main statement's) must be named
    in the draft; or the draft's own subject must be one the claim knows; or, when the
    claim's subject is a plain noun ("the periodic table"), the draft's may be a name
    the base knows nothing of (an actor the claim leaves out: "IUPAC has given names to
    118 elements"). A name the base knows from other claims is another subject. Names
    the draft changes (a holder, a maker) are left out of all this.
    """
    main = main_statement(claim.statements)
    if facts.about:
        claim_names, claim_words = set(facts.about), set[str]()
    elif main is not None:
        claim_names, claim_words = _identity(Side(claim.reading, (main,)), True)
    else:
        return True
    claim_names -= changed
    every = {n.key for n in draft.names}
    theirs = {n.key for n in claim.names}
    if (
        _sibling_labels(draft, claim)
        or _sibling_places(draft, claim, vocabulary)
        or _sibling_kinds(draft, claim)
    ):
        return False  # "the phase 2 trial" where the claim speaks of "the phase 3 trial"
    series = {c for d in every for c in theirs if siblings(d, c)}
    if series and not any(same_name(d, c) for d in every for c in series):
        return False  # "Chang'e-1" where the claim names "Chang'e-5": another of the series
    if not claim_names and not claim_words:
        return True
    draft_names, draft_words, draft_roots, spelled = _side_naming(draft)
    if any(
        any(same_name(c, n) for n in draft_names)
        or c.casefold() in draft_words
        or _spelled_out(c, spelled)
        for c in claim_names
    ) or any(w in draft_words or root(w) in draft_roots for w in claim_words):
        return not _acts_on_another(draft, claim, facts, vocabulary.names) and not _another_part(
            draft, claim, vocabulary
        )
    own_names, own_words = _identity(draft, False)
    own_names -= changed
    if claim_names:
        # A claim about a named thing speaks only to drafts that name it, or that name
        # what it acts on, with no rival subject of their own: "Chang'e-6 is due to fly
        # in 2024" against "China plans to send Chang'e-6 ... in the first half of 2024".
        patient = set(main.patient) - changed if main is not None else set()
        if not patient:
            # the claim names the thing elsewhere ("... on the Chang'e-5 mission"): the
            # draft's own subject must be that name
            patient = {n.key for n in claim.names} - changed - facts.listed
            if not own_names or not all(any(same_name(o, p) for p in patient) for o in own_names):
                return False
        if not any(same_name(p, n) for p in patient for n in draft_names):
            return False
        # ... and whose own subject is that thing, undergoing ("Chang'e-6 will fly",
        # "SLIM was launched"), not an actor in the claim's actor's place
        verb = main.verb if main is not None else ""
        if any(
            not s.passive and not _undergoes(s) and s.verb == verb
            for s in draft.statements
            if s.subject
        ):
            return False
        theirs = {n.key for n in claim.names}
        return all(
            any(same_name(n, t) for t in theirs) or vocabulary.names.resolve(n) is None
            for n in own_names
        )
    if not own_names and not own_words:
        return False
    # (A claim's members do not make the draft's subject its own: "Maria Delgado sits
    # on the school board" is not about the council she is listed on.)
    known = ({n.key for n in claim.names} - facts.listed) | facts.about
    plain = [t for t in claim.terms if not t.in_name]
    known_words = {t.key for t in plain} | {t.text.casefold() for t in plain}
    known_roots = {root(k) for k in known_words}

    def claims_it(name: str) -> bool:
        return any(same_name(name, k) for k in known) or name.casefold() in known_words

    def stranger(name: str) -> bool:
        return vocabulary.names.resolve(name) is None

    names_ok = all(claims_it(n) or stranger(n) for n in own_names)
    words_ok = not own_words or any(w in known_words or root(w) in known_roots for w in own_words)
    return names_ok and (words_ok or bool(own_names))
