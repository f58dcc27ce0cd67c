"""Names in roles: the place a thing is based in or crosses, who made, found or leads it.

A statement puts names in slots (see ``reading.statements``): "based *in* Ghent",
"the Congress *in* Baku", "*over* the Tanner River", "discovered *by* Janssen", "the
mayor *of* Riverton", "the chemical *symbol* Au". A draft's name is compared with the
claim's name in the same slot: the same name (or one lying within the other, Baku in
Azerbaijan) agrees; another name conflicts when the two are alternatives, names of
one kind (two cities, two rivers, two people), or when the slot holds one name at a
time (who made or discovered a thing, who holds a role, what a thing crosses); any
other name is left unmatched.

    claim:  Tallow Systems is based in Ghent, Belgium.
    passes: Tallow Systems is headquartered in Ghent.
    fails:  Tallow Systems is based in Antwerp.

    claim:  Argon was discovered in 1894 by Lord Rayleigh and William Ramsay.
    passes: Argon's discovery is credited to William Ramsay and Lord Rayleigh.
    fails:  Lord Rayleigh and Morris Travers discovered argon in 1894.
"""

from __future__ import annotations

import re

from factlint.checks.base import Outcome, Pair, alternatives, related_places, same_name
from factlint.model import Difference
from factlint.reading.statements import Slot

KIND = "entity"
_CROSSING = frozenset({"over", "across", "spanning", "~cross"})
_PLACING = frozenset({"in", "at", "on", "inside", "within"})  # "on the south pole", "at it"
# Slots that hold one name at a time: another name there cannot also be true.
_SINGLE = frozenset({"agent", "~cross", "is", "holder"})
# Relations where two names of one kind exclude each other (one place, one source, one
# vehicle); "with China" and "with Russia" do not.
_EXCLUSIVE = frozenset({"in", "from", "to", "~cross", "agent", "is", "holder", "into", "onto"})
_BASED = "~base"  # "based in", "headquartered in", "located in": one place at a time


def _relation(slot: Slot) -> str:
    if slot.relation in _CROSSING or (slot.relation == "object" and slot.anchor == "~cross"):
        return "~cross"
    if slot.relation in _PLACING:
        return "in"
    if slot.relation.startswith("holder:"):
        return "holder"
    return slot.relation


def _single(slot: Slot) -> bool:
    relation = _relation(slot)
    return relation in _SINGLE or (relation == "in" and slot.anchor == _BASED)


# Verbs that place a thing, as "is" does: "lies on", "sits in", "is located in".
_PLACING_VERBS = frozenset({"", "lie", "sit", "stand", "rest", "~base", "remain", "stay"})


def same_slot(a: Slot, b: Slot, pair: Pair) -> bool:
    """Whether two slots are one role: the same relation hanging from the same word or
    name, or from the same verb ("launched ... on an H-2A rocket", "lifted off on an
    H-IIA"); "is on" places a thing as "lies on" does."""
    ra, rb = _relation(a), _relation(b)
    if ra != rb:
        return False
    if ra == "~cross":
        return True
    if ra == "holder":
        of_a, of_b = a.relation[7:], b.relation[7:]
        return a.anchor == b.anchor and (not of_a or not of_b or same_name(of_a, of_b))
    if a.anchor == b.anchor and a.anchor:
        return True
    if a.anchor and b.anchor and same_name(a.anchor, b.anchor, pair.names):
        return True
    if not (_on_verb(a) and _on_verb(b)):
        return False  # "an office in Amsterdam" is not where the company is based
    if ra in ("in", "from", "to", "into", "agent") and a.verb and a.verb == b.verb:
        return True
    return ra == "in" and a.verb in _PLACING_VERBS and b.verb in _PLACING_VERBS


def _on_verb(slot: Slot) -> bool:
    """Whether a slot's phrase hangs from its statement's verb, not from a noun."""
    return slot.relation == "agent" or not slot.anchor or slot.anchor == slot.verb


def _same(a: str, b: str, pair: Pair) -> bool:
    return same_name(a, b, pair.names) or related_places(a, b, pair.names)


def compared(pair: Pair) -> list[tuple[Slot, list[Slot]]]:
    """Each draft slot with the claim's slots of the same role (possibly none)."""
    listed = pair.facts.listed
    theirs = [t for t in pair.claim.slots if t.name not in listed]
    out: list[tuple[Slot, list[Slot]]] = []
    for mine in pair.draft.slots:
        if mine.name in listed:
            continue  # members are the members check's
        same = [t for t in theirs if same_slot(mine, t, pair)]
        # Who made a thing, or where it was launched from, compares only for one thing.
        same = [t for t in same if (t.anchor == mine.anchor and mine.relation != "agent")
                or _same_patient(pair, mine, t)]  # fmt: skip
        out.append((mine, same))
    return out


def _same_patient(pair: Pair, mine: Slot, theirs: Slot) -> bool:
    """Whether two agents made, found or launched one thing: the same names, or (without
    names) the same noun described alike ("an Egyptian satellite", "Angola's satellite")."""
    a = pair.draft.statement_of(mine) or (
        pair.draft.statements[0] if pair.draft.statements else None
    )
    b = next((s for s in pair.claim.statements if theirs in s.slots), None)
    if a is None or b is None:
        return False
    if a.patient and b.patient:
        return any(same_name(x, y) for x in a.patient for y in b.patient)
    if a.patient or b.patient:
        # one side names the thing, the other may write that name as a plain word
        # ("discovered gallium" against "Gallium was discovered")
        named, words = (a.patient, b.patient_words) if a.patient else (b.patient, a.patient_words)
        return any(same_name(x, y) for x in named for y in words)
    if a.patient_words and b.patient_words:
        return bool(set(a.patient_words) & set(b.patient_words))
    # neither says what it acts on ("SLIM launched from ..."): only a place can compare
    return mine.relation != "agent" and not (a.patient_words or b.patient_words)


def _container(side_names: list[tuple[int, str]], text: str, end: int) -> str | None:
    """The name written right after a name and a comma ("Galway*, Ireland*"), if any."""
    m = re.match(r",\s*(?:the\s+)?", text[end : end + 8])
    if m is None:
        return None
    at = end + m.end()
    return next((key for start, key in side_names if start == at), None)


def _same_container(pair: Pair, mine: Slot, theirs: Slot) -> bool:
    """Two places each written with the same place after them ("in Galway, Ireland" and
    "in Cork, Ireland") are of one kind, so one stands where the other should."""
    a = _container([(n.start, n.key) for n in pair.draft.names], pair.draft.reading.text, mine.end)
    b = _container(
        [(n.start, n.key) for n in pair.claim.names], pair.claim.reading.text, theirs.end
    )
    return a is not None and b is not None and same_name(a, b)


def check(pair: Pair) -> Outcome:
    agreed: list[Difference] = []
    conflicts: list[Difference] = []
    unmatched: list[Difference] = []
    for mine, same in compared(pair):
        if not same:
            continue
        facts = ", ".join(dict.fromkeys(t.text for t in same))
        if any(_same(mine.name, t.name, pair) for t in same):
            agreed.append(Difference(KIND, mine.text, facts))
        elif any(
            _single(t)
            or (
                _relation(t) in _EXCLUSIVE
                and (alternatives(mine.name, t.name, pair.names) or _same_container(pair, mine, t))
            )
            for t in same
        ):
            conflicts.append(Difference(KIND, mine.text, facts))
        else:
            unmatched.append(Difference(KIND, mine.text, ""))
    return Outcome(tuple(agreed), tuple(conflicts), tuple(unmatched))
