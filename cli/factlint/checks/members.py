"""Membership: who belongs to a group a claim lists (signatories, partners, stations, plans).

A claim's ``members`` block lists ``names`` (complete or partial) and ``excluded``
names. A draft that speaks of the group (it shares the claim's words beside the
list) and names someone in it: agrees when the claim lists that name; conflicts when
the claim excludes it, or when the list is complete and lacks it and the draft puts
the name where members stand (the subject of "joined", "is a member of", "serves on";
after "include", "such as" or a colon; "X's endorsement"); is left unmatched when
the list is partial. A draft that says a name does not belong ("is not a member",
"never managed to isolate") gets the mirror image. Names that only describe
("China's", "US-led"), the group's own names, names in a role of their own and
names in another clause are not members, nor is a name the base knows as another
kind of thing than the listed members (an agency beside a list of countries; kinds
come from the lexicon and the facts files' entities, and count only when every
listed name has one).

    claim:  The noble gases in group 18 are helium, neon, argon, krypton, xenon,
            radon and oganesson. (complete)
    passes: Xenon, like neon and argon, is a noble gas.
    fails:  Nitrogen counts as one of the noble gases.

    claim:  Humphry Davy was the first to isolate potassium, sodium, calcium and
            barium. (partial)
    passes: Sodium was first isolated by Humphry Davy.
    unverified: Strontium was first isolated by Humphry Davy.
"""

from __future__ import annotations

import re

from factlint.checks.base import Outcome, Pair, same_name
from factlint.lazyre import lazy
from factlint.model import Difference
from factlint.reading.statements import Statement

KIND = "member"
_ONLY = lazy(r"\b(?:the\s+only|only|sole|solely|exclusively|alone)\b", re.IGNORECASE)
# Where a name stands as a member: the subject of a joining or belonging verb, after
# "include", "such as", "like" or a colon, or before "'s endorsement".
_MEMBER_PLACES = lazy(
    r"\b(?:includ\w*|such\s+as|like|among|comprising|are|is|were|was|:)\s*$", re.IGNORECASE
)


def _listed(name: str, group: frozenset[str]) -> str | None:
    for g in group:
        if same_name(name, g):
            return g
    return None


def candidates(pair: Pair) -> list[tuple[str, str, bool]]:
    """(name, as written, in a member's place) for each name the draft may put in the group."""
    facts = pair.facts
    claim_names = {n.key for n in pair.claim.reading.names} - facts.listed
    frame = claim_names | facts.about
    out: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    text = pair.draft.reading.text
    statements = _naming_the_group(pair, frame)
    subjects = {k for s in statements for k in s.subject}
    nouns = _member_nouns(pair)
    kinds = _member_kinds(pair)
    slotted = _members_slotted(pair)
    for name in pair.draft.names:
        if not any(s.covers(name.start, name.end) for s in statements):
            continue  # a name in another clause is not a member claimed in this one
        key = _acting_as(pair, name.key, kinds, subjects)
        kind = pair.names.kind(key)
        if kinds and kind and kind not in kinds:
            continue  # another kind of thing than the members (an agency among countries)
        if name.modifier and not _possessed_cue(text, name.end):
            continue
        if key in seen or any(same_name(key, f) for f in frame):
            continue
        seen.add(key)
        before = text[max(0, name.start - 24) : name.start]
        if slotted:
            # the claim lists its members in a role ("approved *in* the US, the EU ..."):
            # a name is put among them only in that role ("approved in Australia")
            placed = _in_members_slot(pair, key)
        else:
            placed = (
                key in subjects
                or bool(_MEMBER_PLACES.search(before))
                or _possessed_cue(text, name.end)
                or _in_list_after_place(text, name.start)
                or _in_members_slot(pair, key)
                or _described_as_member(pair, text, name.start, name.end, nouns)
            )
        out.append((key, name.text, placed))
    # A word in the subject's place of a statement about belonging ("Nitrogen counts
    # as one of the noble gases"): members need not be capitalised. The word the claim
    # calls its members by ("partner nations are ...") names the group, not a member.
    for s in statements:
        for word in s.subject_words:
            if word in nouns:
                continue
            if word not in seen and not any(same_name(word, f) for f in frame):
                head = next((t for t in pair.draft.terms if t.key == word), None)
                if head is not None and _belonging(text, s.start, s.end):
                    seen.add(word)
                    out.append((word, head.text, True))
    return out


def _acting_as(pair: Pair, name: str, kinds: frozenset[str], subjects: set[str]) -> str:
    """The name a city stands for as the doer of a statement about countries: "Moscow
    signed" is Russia signing, as news writing names governments by their capitals. A
    city in any other place ("a summit in Moscow") is only the city."""
    if kinds != {"country"} or name not in subjects or pair.names.kind(name) != "city":
        return name
    info = pair.names.info.get(name)
    for place in sorted(info.within) if info else ():
        country = pair.names.resolve(place) or place
        if pair.names.kind(country) == "country":
            return country
    return name


def _naming_the_group(pair: Pair, frame: set[str]) -> list[Statement]:
    """The draft's statements that name the claim's group (or its frame's words)."""
    group = set(pair.facts.about) or frame
    words = {t.key for t in pair.claim.terms if not t.light and not t.in_name}
    kept = []
    for s in pair.draft.statements:
        names = (
            {n.key for n in pair.draft.names if s.covers(n.start, n.end)}
            | set(s.subject)
            | set(pair.draft.reading.referred)
        )
        inside = [t for t in pair.draft.terms if s.covers(t.start, t.end)]
        keys = {t.key for t in inside}
        # the group's name written out in plain words: "Riverton's city council"
        spelled = {t.text.casefold() for t in inside} | {
            w for n in names for w in n.casefold().split()
        }
        if (
            any(same_name(a, b) for a in names for b in group)
            or any(_spelled_out(g, spelled) for g in group)
            or (not pair.facts.about and keys & words)
        ):
            kept.append(s)
    return kept


def _spelled_out(name: str, words: set[str]) -> bool:
    """Every word of a name of two words or more, written as plain words."""
    parts = name.casefold().split()
    return len(parts) >= 2 and all(p in words for p in parts)


def _member_kinds(pair: Pair) -> frozenset[str]:
    """The kinds the base gives the claim's listed names, when it gives every one a kind."""
    kinds = [pair.names.kind(n) for n in pair.facts.listed]
    return frozenset(kinds) if kinds and all(kinds) else frozenset()


def _member_nouns(pair: Pair) -> frozenset[str]:
    """What the claim calls its members: the noun it counts them by ("six *stations*",
    "three *plans*") or the head of its subject ("the noble *gases*")."""
    keys = {pair.vocabulary.key(v.head) for v in pair.claim.values if v.head}
    for s in pair.claim.statements:
        keys.update(s.subject_words)
    return frozenset(keys)


def _members_slotted(pair: Pair) -> bool:
    """Whether the claim names its members in a role of a phrase ("approved in X, Y and
    Z", "runs on X and Y") rather than as its subject or after "include" or "are"."""
    subjects = {k for s in pair.claim.statements for k in s.subject}
    listed = pair.facts.listed
    if listed & subjects:
        return False
    slots = [x for x in pair.claim.slots if x.name in listed]
    return bool(slots) and all(x.relation not in ("object", "agent", "is") for x in slots)


def _in_members_slot(pair: Pair, name: str) -> bool:
    """The draft sets the name in the slot where the claim lists its members ("runs on")."""
    from factlint.checks.names import same_slot

    theirs = [t for t in pair.claim.slots if t.name in pair.facts.listed]
    mine = [m for m in pair.draft.slots if m.name == name]
    return any(same_slot(m, t, pair) for m in mine for t in theirs)


def _described_as_member(
    pair: Pair, text: str, start: int, end: int, nouns: frozenset[str]
) -> bool:
    """ "the Harbor Point *station*", "an Enterprise *plan*": named with the members' noun."""
    after = re.match(r"\s+([a-z][\w-]*)", text[end : end + 30])
    before = re.search(r"\b([a-z][\w-]*)\s+$", text[max(0, start - 30) : start])
    words = [m.group(1) for m in (after, before) if m is not None]
    return any(pair.vocabulary.key(w) in nouns for w in words)


def _possessed_cue(text: str, end: int) -> bool:
    """ "Angola's endorsement", "Egypt's support": a member named as the one who joins."""
    return bool(
        re.match(
            r"'s?\s+(?:endorsement|signature|support|backing|membership|participation|"
            r"accession|entry|joining)\b",
            text[end : end + 20],
            re.IGNORECASE,
        )
    )


def _in_list_after_place(text: str, start: int) -> bool:
    """A name further along a list that starts in a member's place ("include A, B and C")."""
    before = text[max(0, start - 160) : start]
    m = re.search(r"(?:includ\w*|such\s+as|like|among|are|:)\s+[^.;]*$", before, re.IGNORECASE)
    return bool(m and re.fullmatch(r"[^.;]*(?:,|\band\b|\bor\b)\s*(?:the\s+)?", m.group(0)))


def _belonging(text: str, start: int, end: int) -> bool:
    span = text[start:end].lower()
    return bool(
        re.search(
            r"\b(?:one\s+of|among|a\s+member|member\s+of|counts?\s+as|is\s+an?|are|belongs?\s+to)\b",
            span,
        )
    )


def named(pair: Pair) -> set[str]:
    """The claim's listed names (members and excluded) that the draft names."""
    found: set[str] = set()
    for name, _, _ in candidates(pair):
        listed = _listed(name, pair.facts.listed)
        if listed is not None:
            found.add(listed)
    return found


def check(pair: Pair) -> Outcome:
    facts = pair.facts
    if not (facts.members or facts.excluded):
        return Outcome()
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    denied = pair.draft.polarity < 0
    exclusive = bool(_ONLY.search(pair.draft.reading.text))
    listed_text = ", ".join(sorted(facts.members))
    as_listed = f"the facts list {listed_text}" if facts.members else "the facts list no members"
    found = candidates(pair)
    named: set[str] = set()
    for name, text, placed in found:
        member = _listed(name, facts.members)
        excluded = _listed(name, facts.excluded)
        if member is not None:
            named.add(member)
        if denied:
            if member is not None:
                conflicts.append(Difference(KIND, text, f"{member} is a member ({as_listed})"))
            elif excluded is not None:
                agreed.append(Difference(KIND, text, f"{excluded} is not a member"))
            continue
        if member is not None:
            agreed.append(Difference(KIND, text, member))
        elif excluded is not None:
            conflicts.append(Difference(KIND, text, f"{excluded} is not a member"))
        elif facts.complete and placed:
            conflicts.append(Difference(KIND, text, f"{text} is not among {listed_text}"))
        else:
            unmatched.append(Difference(KIND, text, ""))
    if exclusive and not denied and facts.complete and named and named < facts.members:
        missing = ", ".join(sorted(facts.members - named))
        conflicts.append(Difference(KIND, "only " + ", ".join(sorted(named)), f"also {missing}"))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))
