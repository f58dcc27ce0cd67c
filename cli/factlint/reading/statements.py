"""Cut a sentence into the statements it makes, each with its subject, slots and polarity.

Real sentences make several statements. A statement is a clause, found at:

- semicolons and dashes; a parenthesis that says more than a conversion or acronym;
- a leading subordinate or participial phrase ("After declaring ..., China ...",
  "Founded in 2014, Tallow Systems ..."), whose subject is the main clause's;
- a relative clause (", which ...", ", who ...") and an apposition (", the company that
  makes Nimbus,"), whose subject is the name they follow;
- coordinated clauses (", but ...", "... and is seeking ..."): a second verb phrase
  takes the first one's subject;
- a subordinate clause ("... one week before Egypt backed the ILRS").

A leading prepositional phrase ("In March 2024,", "By a 5-2 vote,") belongs to the
main clause. Each statement records its subject (names, and the head noun when no
name leads), its main verb, the names it sets in slots ("based *in* Ghent",
"discovered *by* Janssen", "the mayor *of* Riverton"), and whether it denies.

There is no part-of-speech tagger here: closed word classes (articles,
prepositions, auxiliaries), a list of common verbs and word endings tell where a
clause's verb is. A misread clause loses a finding; it cannot invent one, because
every contradiction also needs the claim's own words around the value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from factlint.lazyre import lazy
from factlint.reading.english import (
    ADVERBS,
    AGENTIVE_VERBS,
    AUXILIARIES,
    BE_FORMS,
    CONJUNCTIONS,
    DENYING_PHRASES,
    DENYING_VERBS,
    DETERMINERS,
    FUNCTION_WORDS,
    HAVE_FORMS,
    MODALS,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUNS,
    VERBS,
)
from factlint.reading.names import Name
from factlint.reading.values import Value
from factlint.reading.words import Token, stem

_VERB_STEMS = frozenset(stem(v) for v in VERBS) | frozenset(stem(v) for v in AGENTIVE_VERBS)
_SUBORDINATORS = frozenset(
    "after before while because although though whereas since unless once as when "
    "whenever if until albeit".split()
)
_LEAD_OPENERS = _SUBORDINATORS | frozenset(
    "compared unlike despite following according like with without by in on at for from "
    "during under over among amid to alongside besides".split()
)
_COORDINATORS = frozenset("and but yet so while whereas albeit".split())
# Words that open an embedded question: what follows is asked, not asserted.
_QUESTIONS = frozenset("whether how why what".split())
_RELATIVES = frozenset("which who whom whose where".split())
_POINTING = frozenset("it its they their them this these that those he she his her".split())
_DEFINITE = frozenset("the this that these those".split())
_SKIP_AT_START = CONJUNCTIONS | frozenset(
    "however meanwhile also moreover additionally still instead notably overall then "
    "now thus therefore indeed".split()
)
# Words that only ever come before a noun ("that", "which" also start clauses).
_NOUN_DETERMINERS = DETERMINERS - {"that", "which", "what", "whose", "no"}
_IRREGULAR_PAST = frozenset(
    "made built found led ran won held sent began went flew took gave became sold bought "
    "brought told kept set put cut hit shut left met paid laid stood wrote drew chose "
    "rose fell grew knew saw spoke broke froze".split()
)
_PARTICIPLES = frozenset(
    "made built found led run won held sent begun gone flown taken given become sold "
    "bought brought told kept set put cut hit shut left met paid laid written drawn "
    "chosen known seen shown grown thrown driven spoken broken frozen stolen hidden "
    "forbidden withdrawn undertaken born".split()
)
_AUX_WALK = AUXILIARIES | frozenset(
    "not n't also been being never still already currently now first just only recently "
    "officially reportedly".split()
)
_BECOMING = frozenset(stem(w) for w in "elect appoint name become choose install".split())
# "barred from working", "prohibited from collaborating": the action is denied, and the
# word that denies it says no more than the denial (see ``checks.attributes``).
DENYING_FROM_WORDS = frozenset(
    "prohibit ban bar forbid prevent stop keep block preclude restrict".split()
)
_PROHIBITED = frozenset("prohibited banned forbidden outlawed barred disallowed".split())
_DENIED_FROM = lazy(
    r"\b(?:prohibit|prohibits|prohibited|ban|bans|banned|bar|bars|barred|forbid|forbids|"
    r"forbidden|prevent|prevents|prevented|stop|stops|stopped|keep|keeps|kept|block|blocks|"
    r"blocked|preclude|precludes|precluded|restrict|restricts|restricted)\b"
    r"(?:\s+\S+){0,4}?\s+from\s+\w+ing\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Slot:
    """A name a statement puts in a role.

    ``anchor`` is the word (key) or name the role hangs from, ``relation`` how: a
    preposition ("in", "over"), "agent" (who made, found, discovered it), "object",
    "is" (a describing noun: "the chemical symbol Au"), or "holder:<of whom>" (who
    holds a role: "the mayor of Riverton").
    """

    anchor: str
    relation: str
    name: str
    start: int
    end: int
    text: str
    verb: str = ""  # the key of the statement's verb ("" for "be")


@dataclass(frozen=True)
class Statement:
    """One clause of a sentence: what it is about and what it says of it."""

    start: int
    end: int
    kind: str  # main, lead, relative, apposition, paren, coord, sub, dash, question, condition
    subject: tuple[str, ...] = ()  # name keys of the subject
    subject_words: tuple[str, ...] = ()  # keys of the subject's head noun
    qualifiers: tuple[str, ...] = ()  # names that describe the subject ("Riverton's budget")
    subject_span: tuple[int, int] = (0, 0)  # where the subject's noun phrase is
    # What the verb acts on (the object of an active verb, the subject of a passive
    # one): its names and describing names, and its head noun when it has no name.
    patient: tuple[str, ...] = ()
    patient_words: tuple[str, ...] = ()
    pointing: str = ""  # "it", "the": the subject is named elsewhere
    inherited: bool = False  # the subject is another statement's
    verb: str = ""  # key of the main verb ("" for "be" and "have")
    passive: bool = False
    polarity: int = 1
    slots: tuple[Slot, ...] = ()
    spans: tuple[tuple[int, int], ...] = field(default=())  # the text it covers
    # The clause tells of a plan or a possibility ("plans to raise", "may join"), not of
    # what is, was or is scheduled.
    intent: bool = False

    @property
    def asserts(self) -> bool:
        """False for an embedded question or a condition: "whether it will join", "if ..."."""
        return self.kind not in ("question", "condition")

    def covers(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.spans or ((self.start, self.end),))


def main_statement(statements: Sequence[Statement]) -> Statement | None:
    """The first statement that says what it is about (a subject, a describing name or
    a subject noun): the one a text's other statements hang from."""
    return next((s for s in statements if s.subject or s.qualifiers or s.subject_words), None)


@dataclass
class _Segment:
    first: int  # token index
    last: int  # token index, exclusive
    kind: str
    parts: list[tuple[int, int]] = field(default_factory=list)


class _Sentence:
    """The tokens of one sentence with what each one is part of."""

    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        names: Sequence[Name],
        values: Sequence[Value],
        keys: Sequence[str],
        agentive: frozenset[str],
        light: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.keys = keys
        self.agentive = agentive
        self.light = light
        n = len(tokens)
        self.in_name = [False] * n
        self.in_value = [False] * n
        self.name_at: dict[int, Name] = {}
        j = 0
        for name in names:
            while j < n and tokens[j].end <= name.start:
                j += 1
            k = j
            while k < n and tokens[k].start < name.end:
                self.in_name[k] = True
                self.name_at[k] = name
                k += 1
        spans = sorted((v.start, v.end) for v in values)
        j = 0
        for s, e in spans:
            while j < n and tokens[j].end <= s:
                j += 1
            k = j
            while k < n and tokens[k].start < e:
                if tokens[k].end <= e:
                    self.in_value[k] = True
                k += 1

    def word(self, i: int) -> str:
        return self.tokens[i].lower

    def is_verb(self, i: int) -> bool:
        """Whether token ``i`` is likely a finite verb or an auxiliary (word lists, no tagger)."""
        tokens = self.tokens
        t = tokens[i]
        if t.kind != "word" or self.in_name[i] or self.in_value[i]:
            return False
        low = t.lower
        if low in AUXILIARIES:
            return True
        prev = tokens[i - 1] if i else None
        if prev is not None and (prev.lower in _NOUN_DETERMINERS or prev.kind == "poss"):
            return False
        if prev is not None and prev.text == "-" and prev.start == tokens[i - 2].end:
            return False  # "NASA-backed", "Beijing-led": part of a modifier
        key = stem(low)
        before = prev.lower if prev is not None else ""
        if key not in _VERB_STEMS:
            return low.endswith("ed") and len(low) > 4
        if low.endswith("s") and self._noun_before_verb(i):
            return False  # "names now exist", "stations line the route": a plural subject
        if low.endswith(("s", "ed")) or low in _IRREGULAR_PAST:
            return True
        if low.endswith("ing"):
            return before in AUXILIARIES
        # A bare form is a verb after a modal, "to", a pronoun or a plural noun (adverbs
        # between: "names now exist").
        k = i - 1
        while k > 0 and tokens[k].lower in ADVERBS and tokens[k].lower not in ("not", "never"):
            k -= 1
        noun = tokens[k] if k >= 0 else None
        return (
            before in MODALS
            or before in ("to", "not", "also", "n't", "never", "who", "that", "which")
            or before in PRONOUNS
            or (
                noun is not None
                and noun.kind == "word"
                and noun.lower.endswith("s")
                and not self.in_name[k]
                and noun.lower not in FUNCTION_WORDS
            )
        )

    def _noun_before_verb(self, i: int) -> bool:
        """Whether the word after token ``i`` (past adverbs) is a verb: then ``i`` is a noun."""
        tokens = self.tokens
        k = i + 1
        while (
            k < len(tokens)
            and tokens[k].lower in ADVERBS
            and tokens[k].lower not in ("not", "no", "never")
        ):
            k += 1
        if k >= len(tokens) or tokens[k].kind != "word" or self.in_name[k]:
            return False
        low = tokens[k].lower
        return low in AUXILIARIES or (
            stem(low) in _VERB_STEMS and not low.endswith("s") and low not in FUNCTION_WORDS
        )


# -- cutting into clauses --------------------------------------------------------------


def _segments(s: _Sentence) -> list[_Segment]:
    """Cut the tokens into clause segments (see the module docstring)."""
    tokens, text = s.tokens, s.text
    n = len(tokens)
    if not n:
        return []
    words = [t.lower for t in tokens]
    cuts: list[tuple[int, str]] = []  # (token index where a segment starts, its kind)
    first_word = next((i for i, t in enumerate(tokens) if t.kind == "word"), 0)
    lead_end = _lead_end(s, first_word)
    depth = 0
    paren_open = -1
    interrupted = False  # inside a relative clause, apposition or parenthesis
    for i, t in enumerate(tokens):
        w = words[i]
        if t.text == "(":
            depth += 1
            paren_open = i
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            if depth == 0 and paren_open >= 0:
                inner = [
                    k for k in range(paren_open + 1, i)
                    if tokens[k].kind == "word" and not s.in_value[k]
                ]  # fmt: skip
                if len(inner) >= 3 and any(words[k] not in FUNCTION_WORDS for k in inner):
                    cuts.append((paren_open, "paren"))
                    cuts.append((i + 1, "resume"))
            continue
        if depth or s.in_value[i]:
            continue
        if t.text == ";":
            cuts.append((i + 1, "main"))
            interrupted = False
            continue
        spaced = (
            0 < i < n - 1
            and text[tokens[i - 1].end : t.start] == " "
            and text[t.end : tokens[i + 1].start] == " "
        )
        if t.text == "-" and spaced:
            cuts.append((i + 1, "dash"))
            interrupted = False
            continue
        if i == lead_end:
            cuts.append((i + 1, "main"))
            continue
        if t.text == "," and i + 1 < n:
            nxt = words[i + 1]
            if nxt in _RELATIVES:
                cuts.append((i + 1, "relative"))
                interrupted = True
                continue
            if nxt in _COORDINATORS | _SUBORDINATORS and _clause_follows(s, i + 2):
                kind = "coord" if nxt in _COORDINATORS else "sub"
                cuts.append((i + 1, "condition" if nxt in ("if", "unless") else kind))
                interrupted = False
                continue
            after_name = s.in_name[i - 1] or (tokens[i - 1].kind == "num" and not s.in_value[i - 1])
            lower_word = (
                tokens[i + 1].kind == "word"
                and not s.in_name[i + 1]
                and (nxt not in FUNCTION_WORDS or nxt in ("the", "a", "an"))
            )
            if (
                after_name
                and not _list_of_names(s, i + 1)
                and (
                    (lower_word and _apposition_phrase(s, i + 1) and _closes(s, i + 1))
                    or (nxt in ("the", "a", "an") and _apposition_phrase(s, i + 1))
                    or _apposition_name(s, i + 1)
                )
            ):
                cuts.append((i + 1, "apposition"))
                interrupted = True
                continue
            if interrupted:
                cuts.append((i + 1, "resume"))
                interrupted = False
                continue
            if (
                cuts
                and cuts[-1][1] in ("sub", "condition", "question")
                and _clause_follows(s, i + 1)
            ):
                cuts.append((i + 1, "main"))  # "... before X did Y, the U.S. celebrated ..."
            continue
        if w in ("and", "but") and i and tokens[i - 1].text != ",":
            if i + 1 < n and s.is_verb(i + 1):
                cuts.append((i, "coord"))
                interrupted = False
            elif i + 2 < n and words[i + 1] == "to" and s.is_verb(i + 2):
                cuts.append((i, "coord"))  # "aims to land ... by 2030 and to become ..."
                interrupted = False
            continue
        if w in _SUBORDINATORS and i > first_word and tokens[i - 1].text != ",":
            if _clause_follows(s, i + 1):
                cuts.append((i, "condition" if w in ("if", "unless") else "sub"))
                interrupted = False
            continue
        if w in _QUESTIONS and i > first_word and _clause_follows(s, i + 1):
            cuts.append((i, "question"))  # "not clear how much Egypt will contribute"
            interrupted = False
    segments: list[_Segment] = []
    start, kind = 0, ("lead" if lead_end >= 0 else "main")
    for at, what in sorted(cuts):
        if at >= n:
            continue
        if at > start:
            segments.append(_Segment(start, at, kind))
            start = at
        kind = what
    segments.append(_Segment(start, n, kind))
    return _merge_resumed(segments)


def _lead_end(s: _Sentence, first: int) -> int:
    """The comma that ends a leading subordinate or participial phrase, or -1.

    "Founded in 2014, ...", "After declaring ..., ...", "Although NASA is ..., ...".
    A leading prepositional phrase without a verb ("In March 2024,") is not cut off:
    it belongs to the main clause.
    """
    tokens = s.tokens
    if not tokens or tokens[first].kind != "word" or s.in_name[first]:
        return -1
    opener = tokens[first].lower
    participle = opener.endswith(("ed", "ing")) and opener not in FUNCTION_WORDS
    # "A week after ...", "Only a week before ...", "Shortly after ...": a subordinator
    # a few words in, after a measure of time
    delayed = any(
        tokens[k].lower in _SUBORDINATORS for k in range(first + 1, min(len(tokens), first + 4))
    )
    if not (opener in _LEAD_OPENERS or participle or delayed):
        return -1
    depth = 0
    for i in range(first + 1, min(len(tokens), first + 40)):
        text = tokens[i].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "," and depth == 0 and not s.in_value[i]:
            has_verb = participle or any(
                s.is_verb(k) or tokens[k].lower.endswith("ing")
                for k in range(first + 1, i)
                if tokens[k].kind == "word" and not s.in_name[k]
            )
            return i if has_verb else -1
    return -1


def _merge_resumed(segments: list[_Segment]) -> list[_Segment]:
    """A clause interrupted by an apposition or relative clause goes on after it as one."""
    out: list[_Segment] = []
    for seg in segments:
        if seg.kind == "resume":
            for prev in reversed(out):
                if prev.kind not in ("relative", "apposition", "paren"):
                    prev.parts.append((seg.first, seg.last))
                    break
            else:
                seg.kind = "main"
                seg.parts = [(seg.first, seg.last)]
                out.append(seg)
            continue
        seg.parts = [(seg.first, seg.last)]
        out.append(seg)
    return out


def _clause_follows(s: _Sentence, j: int) -> bool:
    """Whether a clause (a subject and a verb, or a participle) starts at token ``j``."""
    if j >= len(s.tokens):
        return False
    t = s.tokens[j]
    if t.kind == "num":
        return False
    if t.kind == "word" and t.lower.endswith("ing") and not s.in_name[j]:
        return True
    return _verb_ahead(s, j, limit=8) is not None


def _verb_ahead(s: _Sentence, j: int, limit: int = 12) -> int | None:
    """The index of the first verb within ``limit`` tokens of ``j`` before a comma, or None."""
    for k in range(j, min(len(s.tokens), j + limit)):
        if s.tokens[k].text in (",", ";", ":", "(", ")") and not s.in_value[k]:
            return None
        if s.is_verb(k):
            return k
    return None


def _apposition_phrase(s: _Sentence, j: int) -> bool:
    """ ", the company that makes Nimbus," renames what it follows; ", the U.S. signed" does not.

    A noun phrase whose first verb sits in a relative clause ("that makes") or that
    has no verb before the next comma is an apposition.
    """
    tokens = s.tokens
    for k in range(j, min(len(tokens), j + 16)):
        t = tokens[k]
        if (t.text in (",", ";", ")") and not s.in_value[k]) or k == len(tokens) - 1:
            return True
        if t.lower in ("that", "which", "who", "whose", "where"):
            return True
        if s.is_verb(k):
            return False
    return True


def _list_of_names(s: _Sentence, j: int) -> bool:
    """Whether a name (after "the") starting at ``j`` is followed by a comma or "and" and
    another name: the next item of a list ("the United States, the European Union,
    Canada and Japan"), not a phrase renaming the name before."""
    tokens = s.tokens
    k = j + 1 if j < len(tokens) and tokens[j].lower == "the" else j
    if k >= len(tokens) or not s.in_name[k]:
        return False
    while k < len(tokens) and s.in_name[k]:
        k += 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k < len(tokens) and tokens[k].lower in ("and", "or"):
        k += 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and s.in_name[k] and k > j + 1


def _closes(s: _Sentence, j: int) -> bool:
    """Whether a comma closes the phrase starting at ``j`` before the sentence ends."""
    for k in range(j, min(len(s.tokens), j + 16)):
        if s.tokens[k].text == "," and not s.in_value[k]:
            return True
        if s.tokens[k].text in (";", ".") and k == len(s.tokens) - 1:
            return False
    return False


def _apposition_name(s: _Sentence, j: int) -> bool:
    """ ", oganesson," or ", element 117,": a short phrase that renames what it follows.

    A name between commas is the next item of a list ("Windows, macOS, Linux"), not this.
    """
    tokens = s.tokens
    k = j
    count = 0
    while k < len(tokens) and not (tokens[k].text == "," and not s.in_value[k]):
        if tokens[k].text in (";", ".", ":") or s.in_name[k] or tokens[k].lower == "and":
            return False
        count += 1
        k += 1
    return 0 < count <= 3 and k < len(tokens)


# -- reading each clause ---------------------------------------------------------------


def split_statements(
    text: str,
    tokens: Sequence[Token],
    names: Sequence[Name],
    values: Sequence[Value],
    keys: Sequence[str] | None = None,
    agentive: frozenset[str] | None = None,
    light: frozenset[str] = frozenset(),
) -> list[Statement]:
    """The statements of a sentence, in order (see the module docstring).

    ``keys`` gives each token's key (its synonym group's, else its stem); ``agentive``
    the keys of verbs whose subject is their agent ("make", "found", "discover");
    ``light`` the keys of intent words, past which the verb is the one they lead to
    ("plans *to send*", "is due *to fly*").
    """
    if keys is None:
        keys = [stem(t.lower) if t.kind == "word" else "" for t in tokens]
    if agentive is None:
        agentive = frozenset(stem(v) for v in AGENTIVE_VERBS)
    s = _Sentence(text, tokens, names, values, keys, agentive, light)
    statements: list[Statement] = []
    main_subject: tuple[tuple[str, ...], tuple[str, ...], str] | None = None
    for seg in _segments(s):
        spans = tuple((tokens[a].start, tokens[b - 1].end) for a, b in seg.parts if b > a)
        if not spans:
            continue
        toks = [i for a, b in seg.parts for i in range(a, b)]
        stmt = _read_statement(s, toks, seg.kind)
        stmt = replace(stmt, spans=spans, start=spans[0][0], end=spans[-1][1])
        statements.append(stmt)
        if stmt.kind == "main" and main_subject is None and (stmt.subject or stmt.subject_words):
            main_subject = (stmt.subject, stmt.subject_words, stmt.pointing)
    # A relative clause or an apposition is about the name just before it; a clause
    # with no subject of its own takes the main clause's (or the clause it goes on).
    out: list[Statement] = []
    for stmt in statements:
        own = stmt.kind == "relative" and (stmt.subject or stmt.subject_words)
        if stmt.kind in ("relative", "apposition", "paren") and not own:
            antecedent = _antecedent(names, stmt.start)
            if antecedent is not None:
                out.append(_with_subject(stmt, (antecedent.key,), (), "", agentive))
                continue
        if stmt.subject or stmt.subject_words or stmt.pointing:
            out.append(stmt)
            continue
        source = main_subject
        if stmt.kind == "coord" and out:
            prev = out[-1]
            source = (prev.subject, prev.subject_words, prev.pointing)
        out.append(_with_subject(stmt, *source, agentive) if source is not None else stmt)
    return out


def _with_subject(
    stmt: Statement,
    subject: tuple[str, ...],
    words: tuple[str, ...],
    pointing: str,
    agentive: frozenset[str],
) -> Statement:
    slots = tuple(
        replace(x, name=subject[0]) if x.relation.startswith("holder:") and not x.name else x
        for x in stmt.slots
        if subject or not (x.relation.startswith("holder:") and not x.name)
    )
    if (
        stmt.verb in agentive
        and not stmt.passive
        and subject
        and (stmt.patient or stmt.patient_words)
    ):
        slots += tuple(
            Slot(stmt.verb, "agent", n, stmt.start, stmt.start, n, stmt.verb) for n in subject
        )
    return replace(
        stmt, subject=subject, subject_words=words, pointing=pointing, inherited=True,
        slots=slots,
    )  # fmt: skip


def _antecedent(names: Sequence[Name], start: int) -> Name | None:
    """The last name before ``start``: what a relative clause or apposition is about."""
    before = [n for n in names if n.end <= start and not n.modifier]
    return before[-1] if before else None


def _read_statement(s: _Sentence, toks: Sequence[int], kind: str) -> Statement:
    """Subject, verb, slots and polarity of one clause."""
    tokens = s.tokens
    pos = _subject_start(s, toks)
    verb_at = next((p for p in range(pos, len(toks)) if s.is_verb(toks[p])), -1)
    verb_at = _past_infinitive(s, toks, pos, verb_at)
    starts_with_verb = verb_at == pos or (
        pos < len(toks)
        and tokens[toks[pos]].lower.endswith(("ing", "ed"))
        and not s.in_name[toks[pos]]
        and tokens[toks[pos]].lower not in FUNCTION_WORDS
        and kind in ("lead", "coord", "sub")
    )
    subject: list[str] = []
    subject_words: list[str] = []
    qualifiers: list[str] = []
    pointing = ""
    span = (0, 0)
    kind_for_subject = kind
    if (
        kind == "relative"
        and toks
        and tokens[toks[0]].lower in ("where", "when", "whom")
        and pos < len(toks)
        and not s.is_verb(toks[pos])
    ):
        kind_for_subject = "main"  # "where China launched ...": a subject of its own
    if kind_for_subject != "relative" and not starts_with_verb and pos < len(toks):
        end = verb_at if verb_at >= 0 else min(len(toks), pos + 6)
        np = toks[pos:end]
        if tokens[toks[pos]].lower == "there" and verb_at == pos + 1:
            # "There is no Android version of Nimbus": the subject follows the verb
            np = toks[verb_at + 1 : min(len(toks), verb_at + 8)]
        subject, subject_words, qualifiers, pointing = _subject(s, np)
        if np:
            span = (tokens[np[0]].start, tokens[np[-1]].end)
    verb, passive, verb_pos = _main_verb(s, toks, verb_at)
    subject_t = tuple(subject)
    patient: tuple[str, ...] = ()
    patient_words: tuple[str, ...] = ()
    if passive:
        patient, patient_words = tuple(subject) + tuple(qualifiers), tuple(subject_words)
    elif verb:  # "be" and "have" act on nothing
        patient, patient_words = _object(s, toks, verb_pos)
    # "SLIM launched on Sept. 6": with no object, the subject of a verb of making or
    # launching is what was launched, not who launched it.
    intransitive = verb in s.agentive and not passive and not (patient or patient_words)
    if intransitive:
        patient, patient_words = tuple(subject) + tuple(qualifiers), tuple(subject_words)
    slots = _slots(s, toks, verb, passive, subject_t, tuple(subject_words)) + _roles(
        s, toks, kind, verb, passive, subject_t
    )
    if (
        verb in s.agentive
        and not passive
        and subject_t
        and kind != "apposition"
        and not intransitive
    ):
        slots += tuple(Slot(verb, "agent", n, 0, 0, n, verb) for n in subject_t)
    return Statement(
        start=tokens[toks[0]].start,
        end=tokens[toks[-1]].end,
        kind=kind,
        subject=subject_t,
        subject_words=tuple(subject_words),
        qualifiers=tuple(qualifiers),
        subject_span=span,
        patient=patient,
        patient_words=patient_words,
        pointing=pointing,
        verb=verb,
        passive=passive,
        polarity=_polarity(s, toks),
        slots=slots,
        intent=_intent(s, toks, verb_at, verb_pos),
    )


# Words before a clause's main verb that make it a plan or a possibility: the modals of
# possibility, and words of intent leading with "to" ("plans to", "hopes to"). Words of
# schedule ("will", "is due to", "is set to") state a schedule as the facts do.
_MODALS = frozenset("may might could".split())
_INTENT_WORDS = frozenset(
    "plan plans planned planning aim aims aimed aiming intend intends intended intending "
    "hope hopes hoped hoping seek seeks sought want wants wanted propose proposes "
    "proposed consider considers considering wish wishes try tries tried trying attempt "
    "attempts attempted".split()
)


def _intent(s: _Sentence, toks: Sequence[int], verb_at: int, verb_pos: int) -> bool:
    """Whether a modal of possibility or a word of intent leading with "to" stands at or
    before the clause's main verb ("could join", "plans to raise", "hopes to open")."""
    if verb_at < 0:
        return False
    words = [s.tokens[i].lower for i in toks]
    first = max(0, verb_at - 1)
    for p in range(first, min(len(words), max(verb_at, verb_pos) + 1)):
        if words[p] in _MODALS:
            return True
        if words[p] in _INTENT_WORDS and "to" in words[p + 1 : p + 3]:
            return True
    return False


def _past_infinitive(s: _Sentence, toks: Sequence[int], pos: int, verb_at: int) -> int:
    """The clause's verb past an infinitive that describes its subject: "The campaign *to
    create* the park *was led* by ...", "The plan to build a bridge *was approved*". The
    infinitive follows the subject's noun; the clause's own verb comes later, after an
    auxiliary."""
    tokens = s.tokens
    if verb_at <= pos or tokens[toks[verb_at - 1]].lower != "to" or verb_at - 1 <= pos:
        return verb_at
    for p in range(verb_at + 1, len(toks)):
        t = tokens[toks[p]]
        if t.text in (",", ";") and not s.in_value[toks[p]]:
            break
        if t.lower in BE_FORMS | HAVE_FORMS | MODALS and not s.in_name[toks[p]]:
            return p
    return verb_at


def _subject_start(s: _Sentence, toks: Sequence[int]) -> int:
    """Where a clause's subject starts: past a leading phrase without a verb and connectors.

    "Alongside Free, Pro and Team, Nimbus offers ...", "After a mid-year amendment, the
    budget is ...": the subject follows the phrase's comma.
    """
    tokens = s.tokens
    pos = 0
    first = next((p for p, i in enumerate(toks) if tokens[i].kind == "word"), 0)
    if toks and tokens[toks[first]].lower in (PREPOSITIONS | _SUBORDINATORS) - {"of"}:
        last_comma = -1
        for p in range(first + 1, min(len(toks), first + 30)):
            if s.is_verb(toks[p]):
                break
            if tokens[toks[p]].text == "," and not s.in_value[toks[p]]:
                last_comma = p
        if last_comma > 0:
            pos = last_comma + 1
    while pos < len(toks):
        t = tokens[toks[pos]]
        if s.in_name[toks[pos]] or t.kind == "num":
            break
        if t.kind == "word" and t.lower not in _SKIP_AT_START | _SUBORDINATORS:
            break
        pos += 1
    return pos


def _object(
    s: _Sentence, toks: Sequence[int], verb_at: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The noun phrase right after an active verb: (its names, its head noun)."""
    if verb_at < 0:
        return (), ()
    p = verb_at + 1
    key = s.keys[toks[verb_at]]
    while p < len(toks) and key and s.keys[toks[p]] == key:
        p += 1  # past the rest of a phrase ("in charge of", "set up")
    copula = verb_at > 0 and s.tokens[toks[verb_at - 1]].lower in BE_FORMS | {"the", "a"}
    if s.tokens[toks[p - 1]].lower in PREPOSITIONS and not copula:
        return (), ()  # "went to the Moon": a phrase ending in a preposition takes no object
    if p < len(toks) and s.tokens[toks[p]].lower == "of" and s.keys[toks[p - 1]] == key:
        p += 1  # "the maker of Nimbus": the object follows "of"
    while (
        p < len(toks)
        and (s.tokens[toks[p]].lower in _AUX_WALK or _verbal(s.tokens[toks[p]].lower))
        and not s.in_name[toks[p]]
    ):
        p += 1
    np = []
    for q in range(p, min(len(toks), p + 8)):
        t = s.tokens[toks[q]]
        if t.text in (",", ";", ".", "(") or t.lower in PREPOSITIONS:
            break  # an object does not start with a preposition: "launched on an H3 rocket"
        np.append(toks[q])
    if not np:
        return (), ()
    names, words, describing, _ = _subject(s, np)
    return tuple(names) + tuple(describing), tuple(words)


def _verb(s: _Sentence, toks: Sequence[int], verb_at: int) -> tuple[str, bool]:
    """The key of a clause's main verb (past its auxiliaries), and whether it is passive."""
    key, passive, _ = _main_verb(s, toks, verb_at)
    return key, passive


def _main_verb(s: _Sentence, toks: Sequence[int], verb_at: int) -> tuple[str, bool, int]:
    """(key, passive, position in ``toks``) of a clause's main verb, past auxiliaries and
    intent words ("plans to *send*"); the position is ``verb_at`` for "be" and "have"."""
    if verb_at < 0:
        return "", False, -1
    tokens = s.tokens
    p = verb_at
    saw_be = False
    while p + 1 < len(toks) and tokens[toks[p]].lower in _AUX_WALK:
        saw_be = saw_be or tokens[toks[p]].lower in BE_FORMS | {"been", "being"}
        nxt = tokens[toks[p + 1]]
        if nxt.kind != "word" or s.in_name[toks[p + 1]] or not _verbal(nxt.lower):
            break
        p += 1
    low = tokens[toks[p]].lower
    if low in BE_FORMS:
        # "NASA is in charge of ...", "X is the maker of Y": a copula before a word of
        # making or leading says who makes or leads
        for q in range(p + 1, min(len(toks), p + 5)):
            i = toks[q]
            if s.in_name[i] or s.in_value[i] or tokens[i].text in (",", ";", "."):
                break
            if s.keys[i] in s.agentive:
                return s.keys[i], False, q
        return "", False, p
    if low in _AUX_WALK or low in HAVE_FORMS:
        return "", False, p
    passive = saw_be and (low.endswith("ed") or low in _PARTICIPLES)
    key = s.keys[toks[p]] or stem(low)
    if key in s.light:
        # "plans to send", "is due to fly", "aims to land": the verb is the one led to
        q = p + 1
        while q < len(toks) and tokens[toks[q]].lower in ("to", "not", "also", "be", "first"):
            q += 1
        if q < len(toks) and q > p + 1 and tokens[toks[q - 1]].lower in ("to", "be", "first"):
            nxt = tokens[toks[q]]
            if (
                nxt.kind == "word"
                and not s.in_name[toks[q]]
                and (stem(nxt.lower) in _VERB_STEMS or nxt.lower.endswith("ed"))
            ):
                return s.keys[toks[q]] or stem(nxt.lower), nxt.lower.endswith("ed"), q
    return key, passive, p


def _verbal(low: str) -> bool:
    """Whether a word after an auxiliary goes on the verb ("is *based*", "will *remain*")."""
    return (
        low in _AUX_WALK
        or low.endswith(("ed", "ing"))
        or low in _PARTICIPLES
        or stem(low) in _VERB_STEMS
    )


def _subject(s: _Sentence, np: Sequence[int]) -> tuple[list[str], list[str], list[str], str]:
    """(names, head noun keys, describing names, pointing word) of a subject noun phrase.

    The head is the last word or name before a preposition: "the Riverton school
    *board*", "Riverton's operating *budget* for ...", "the *Millbrook Bridge* over ...".
    Names before a head noun describe it ("Riverton" of the school board); names in
    an "of" phrase after the head are what it belongs to ("the members *of the
    Riverton City Council*") and count as the subject.
    """
    tokens = s.tokens
    names: list[str] = []
    describing: list[str] = []
    head_word = ""
    head_name = ""
    first = tokens[np[0]].lower if np else ""
    after_of = False
    stop = False
    joined = False
    for k, i in enumerate(np):
        t = tokens[i]
        if t.text in (";", ":", "(", ")") and not s.in_value[i]:
            if head_name or head_word:
                break
            continue
        if t.text == "," and not s.in_value[i] and (head_name or head_word):
            nxt = np[k + 1] if k + 1 < len(np) else None
            if nxt is None or not (s.in_name[nxt] or tokens[nxt].lower in ("and", "or")):
                break  # "Azerbaijan, host of ...": an apposition follows, not a list
        name = s.name_at.get(i)
        if name is not None:
            if stop:
                if after_of and not name.modifier and name.key not in names:
                    names.append(name.key)
                continue
            if name.modifier:
                if name.key not in describing:
                    describing.append(name.key)
                continue
            if head_name and joined:
                names.append(head_name)  # "Priya Natarajan and Gregory Hale"
            elif head_name and head_name not in describing:
                describing.append(head_name)  # "Nimbus maker Tallow Systems"
            head_name, head_word = name.key, ""
            joined = False
            continue
        if t.kind != "word" or s.in_value[i]:
            if t.text == "," and head_name:
                joined = True
            continue
        low = t.lower
        if low in ("and", "or", "nor") and head_name:
            joined = True
            continue
        if low in PREPOSITIONS or low in _RELATIVES or low == "that":
            if low == "of" and not head_word and not head_name:
                continue  # past "a total of", "a number of"
            if head_name or head_word:
                after_of = low == "of" and not stop
                stop = True
            continue
        if stop or low in FUNCTION_WORDS or low in ADVERBS:
            continue
        if low in _QUANTIFIERS and _followed_by_of(s, i):
            continue  # "a total of 114 elements": the elements are the head
        if head_name:
            describing.append(head_name)
            head_name = ""
        head_word = s.keys[i] or stem(low)
    pointing = first if first in _POINTING and not (names or head_name) else ""
    if head_name:
        names.insert(0, head_name)
    elif head_word and first in _DEFINITE and not names and not describing:
        pointing = pointing or "the"
    words = [head_word] if head_word and not head_name else []
    if head_word and not names:
        # a named head in the noun phrase before a plain noun: "the Pro plan" is of Pro
        pass
    return names, words, [d for d in describing if d not in names], pointing


# Nouns that measure out what follows "of": "a total of 114 elements", "a team of 40".
_QUANTIFIERS = frozenset(
    "total number group team couple pair handful majority minority share portion set "
    "series range variety host lot lots plenty dozen dozens hundreds thousands".split()
)


def _followed_by_of(s: _Sentence, i: int) -> bool:
    return i + 1 < len(s.tokens) and s.tokens[i + 1].lower == "of"


def _polarity(s: _Sentence, toks: Sequence[int]) -> int:
    """-1 when the clause denies ("not", "never", "refused to", "barred from"), else +1.

    "Neither ... nor" denies once; a denied comparison ("no metal melts higher than
    tungsten") affirms the superlative, so it does not count as a denial.
    """
    count = 0
    lows = [s.tokens[i].lower for i in toks]
    for k, low in enumerate(lows):
        if low in NEGATIONS or low.endswith("n't"):
            if low == "nor" and "neither" in lows:
                continue
            if low in ("no", "none", "nothing") and _comparative_after(lows, k):
                continue
            count += 1
        elif (
            low in _PROHIBITED
            and k > 0
            and lows[k - 1] in BE_FORMS | {"been", "being"}
            and "from" not in lows[k + 1 : k + 12]
        ):
            count += 1  # "flying drones is prohibited": not allowed ("barred from" below)
        elif (
            low in DENYING_VERBS
            and k + 1 < len(lows)
            and (
                lows[k + 1] == "to"
                or lows[k + 1] in ("the", "a", "an", "its", "their")
                or s.in_name[toks[k + 1]]
            )
        ):
            count += 1  # "refused to sign", "rebuffed the Artemis Accords"
    joined = " " + " ".join(lows) + " "
    for phrase in DENYING_PHRASES:
        if f" {phrase} " in joined and not phrase.startswith(("no ", "not ", "has never",
                                                              "have never")):  # fmt: skip
            count += 1
    if toks:
        span = s.text[s.tokens[toks[0]].start : s.tokens[toks[-1]].end]
        count += len(_DENIED_FROM.findall(span))
    return -1 if count % 2 else 1


def _comparative_after(lows: Sequence[str], k: int) -> bool:
    """Whether a comparison with "than" follows a negation: "no metal ... higher than"."""
    rest = lows[k + 1 : k + 12]
    return "than" in rest and any(w.endswith("er") or w in ("more", "less") for w in rest)


# -- slots -----------------------------------------------------------------------------


def _slots(
    s: _Sentence,
    toks: Sequence[int],
    verb: str,
    passive: bool,
    subject: tuple[str, ...],
    subject_words: tuple[str, ...] = (),
) -> tuple[Slot, ...]:
    """The roles the statement sets names in.

    A name takes its role from what it hangs from, past articles and describing words:
    a preposition and the word before it ("based *in* Ghent", "Congress *in* Baku"), or
    a verb ("spans the Tanner River"). A noun right before a name labels it ("the
    chemical *symbol* Au", "the French *chemist* X"), as does the subject of "is" ("the
    chemical symbol for gold *is* Ag"). "By" after a passive verb names the agent, as
    "credited to" does. Names listed after one ("by Lord Rayleigh and William Ramsay")
    share its roles.
    """
    tokens = s.tokens
    slots: list[Slot] = []
    last: list[Slot] = []
    seen: set[int] = set()
    for p, i in enumerate(toks):
        name = s.name_at.get(i)
        if name is None or id(name) in seen:
            continue
        seen.add(id(name))
        q = p - 1
        if q >= 1 and last and tokens[toks[q]].lower == "the":
            q -= 1  # "in the United States, the European Union, ...": a list item's article
        if q >= 0 and last and tokens[toks[q]].lower in ("and", "or", ",", "&"):
            if name.key not in subject and not name.modifier:
                slots += [replace(x, name=name.key, start=name.start, end=name.end,
                                  text=name.text) for x in last]  # fmt: skip
            continue
        last = []
        if name.modifier or name.key in subject:
            continue
        found: list[Slot] = []

        def slot(anchor: str, relation: str, name: Name = name, found: list[Slot] = found) -> None:
            found.append(Slot(anchor, relation, name.key, name.start, name.end, name.text, verb))

        # the noun right before the name labels it
        k = q
        while k >= 0 and tokens[toks[k]].lower in DETERMINERS and not s.in_name[toks[k]]:
            k -= 1
        if k >= 0:
            t = tokens[toks[k]]
            low = t.lower
            if (
                t.kind == "word"
                and not s.in_name[toks[k]]
                and not s.in_value[toks[k]]
                and _describing(low)
            ):
                slot(s.keys[toks[k]] or stem(low), "is")
            elif low in BE_FORMS and subject_words:
                slot(subject_words[0], "is")  # "the chemical symbol for gold is Ag"
        q = _walk_back(s, toks, q, verb)
        if q >= 0:
            t = tokens[toks[q]]
            low = t.lower
            listed = s.in_name[toks[q]] or t.text in (",", "and", "or") or s.in_value[toks[q]]
            if listed and not found:
                continue  # a list of names: their role is the list's (members)
            if low in PREPOSITIONS and not listed:
                if not (low == "of" and q > 0 and s.in_value[toks[q - 1]]):
                    anchor = _anchor(s, toks, q)
                    relation = low
                    if (low == "by" and (passive or not anchor)) or (
                        low == "to" and anchor in ("~credit", "credit")
                    ):
                        anchor, relation = verb or anchor, "agent"
                    slot(anchor, relation)
                    if (
                        verb
                        and anchor != verb
                        and relation in _VERB_PLACES
                        and _after_verb(s, toks, q, verb)
                    ):
                        # "launched the lander *on* an H-2A rocket": the phrase may hang
                        # from the verb as well as from the object before it
                        slot(verb, relation)
            elif t.kind == "word" and not listed and low not in FUNCTION_WORDS:
                key = s.keys[toks[q]] or stem(low)
                if key == verb or stem(low) in _VERB_STEMS:
                    slot(key, "object")
        slots += found
        last = found
    return tuple(slots)


_VERB_PLACES = frozenset({"in", "on", "at", "from", "to", "into", "onto", "aboard"})


def _after_verb(s: _Sentence, toks: Sequence[int], q: int, verb: str) -> bool:
    """Whether the statement's verb comes before position ``q`` (a ``toks`` index)."""
    return any(s.keys[toks[r]] == verb for r in range(q))


def _walk_back(s: _Sentence, toks: Sequence[int], q: int, verb: str) -> int:
    """Back from before a name, over articles, describing words and possessors (``toks`` index)."""
    tokens = s.tokens
    skipped = 0
    while q >= 0 and skipped < 4:
        i = toks[q]
        t = tokens[i]
        before = s.name_at.get(i)
        if before is not None and before.modifier:
            q -= 1  # "the *French* chemist X", "China's ILRS": a describing name
            skipped += 1
            continue
        if t.kind == "poss":
            q -= 1
            continue
        if (
            t.kind == "word"
            and not s.in_name[i]
            and not s.in_value[i]
            and t.lower not in PREPOSITIONS
            and (t.lower in DETERMINERS or _describing(t.lower))
            and (s.keys[i] or stem(t.lower)) != verb
        ):
            q -= 1
            skipped += 1
            continue
        break
    return q


def _describing(low: str) -> bool:
    """Lower-case words in front of a name that describe it: adjectives and nouns, not verbs."""
    return low not in FUNCTION_WORDS and stem(low) not in _VERB_STEMS and not low.endswith("ed")


def _anchor(s: _Sentence, toks: Sequence[int], q: int) -> str:
    """The word a prepositional phrase hangs from: "based in", "Congress in", "in charge of"."""
    tokens = s.tokens
    r = q - 1
    while r >= 0:
        i = toks[r]
        t = tokens[i]
        if s.in_name[i]:
            name = s.name_at.get(i)
            return name.key if name is not None else ""
        if t.kind != "word":
            return ""
        low = t.lower
        if low in DETERMINERS or low in ADVERBS:
            r -= 1  # "launched ... together on an H-2A rocket": past the adverb
            continue
        if low in AUXILIARIES:
            return ""
        return s.keys[i] or stem(low)
    return ""


def _roles(
    s: _Sentence,
    toks: Sequence[int],
    kind: str,
    verb: str,
    passive: bool,
    subject: tuple[str, ...],
) -> tuple[Slot, ...]:
    """Who holds a role the statement names: "the mayor of Riverton", "Riverton's mayor".

    The holder is the statement's subject when the role is said of it ("X, the mayor of
    Y", "X is the mayor of Y", "X was elected mayor of Y", "X became Y's mayor"), or the
    name right before "as" ("elected X as mayor"). A role has one holder at a time.
    """
    tokens = s.tokens
    roles: list[Slot] = []
    words = [tokens[i] for i in toks]
    for p, t in enumerate(words):
        i = toks[p]
        if t.kind != "word" or s.in_name[i] or s.in_value[i] or t.lower in FUNCTION_WORDS:
            continue
        of_name = ""
        nxt = p + 1
        if nxt + 1 < len(words) and words[nxt].lower == "of":
            k = nxt + 1
            if k < len(words) and words[k].lower == "the":
                k += 1
            name = s.name_at.get(toks[k]) if k < len(words) else None
            if name is None:
                continue
            of_name = name.key
        before = p - 1
        if before >= 1 and words[before].kind == "poss":
            owner = s.name_at.get(toks[before - 1])
            if owner is not None:
                of_name = of_name or owner.key
                before -= 2
        if not of_name and not (before >= 0 and words[before].lower == "as"):
            continue
        while before >= 0 and words[before].lower in ("the", "a", "an", "its", "first"):
            before -= 1
        lead = words[before].lower if before >= 0 else ""
        holder: tuple[str, ...] = ()
        if lead == "as" and before >= 1 and s.name_at.get(toks[before - 1]) is not None:
            holder = (s.name_at[toks[before - 1]].key,)  # "elected Denise Carver as mayor"
        elif kind == "apposition" and before < 0:
            holder = ("",)  # the name the apposition follows, filled in by split_statements
        elif lead in BE_FORMS or stem(lead) in _BECOMING or (passive and stem(verb) in _BECOMING):
            holder = subject
        key = s.keys[i] or stem(t.lower)
        for h in holder:
            roles.append(Slot(key, "holder:" + of_name, h, t.start, t.end, t.text, verb))
    return tuple(roles)


__all__ = ["Slot", "Statement", "split_statements"]
