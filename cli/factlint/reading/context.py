"""What a sentence points back to: "It", "The country", "This facility", "the agreement".

A sentence speaks of things named earlier:

- "it", "its", "they", "this", "these" as a subject take the subject of the sentence
  before, in the same paragraph;
- "the N" / "this N" (a subject or not) take the latest name the document described
  by N: a name whose own last word is N ("the bridge": the Millbrook Bridge), whose
  kind is N ("the country": China), or which the base describes as N ("the
  company": Tallow Systems, from "Tallow Systems, the company that ...");
- a sentence whose main clause names nothing and opens with such a description ("The
  ultimate goal is ...") speaks of the paragraph's subject; when the description is
  the event the sentence before told ("Japan launched SLIM ..." then "The launch took
  place on ..."), of what that event acted on too.

What a description points to is recorded as the names the sentence *refers* to;
what a pronoun subject points to becomes the statement's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factlint.lazyre import lazy
from factlint.reading.reader import Reading
from factlint.reading.statements import Statement
from factlint.reading.vocabulary import Vocabulary

_PRONOUNS = frozenset("it its they their them this these that those he she his her".split())
_DEFINITE = frozenset("the this that these those".split())
MEMORY = 24  # names remembered from earlier sentences of a document


@dataclass
class Context:
    """What earlier sentences spoke of: the paragraph's last subject, the document's names."""

    subjects: tuple[str, ...] = ()  # the subject of the sentence before (this paragraph)
    names: list[str] = field(default_factory=list)  # latest last (this document)
    # the event the sentence before told (this paragraph): its verb's key, and its
    # subject and what it acted on
    event: tuple[str, tuple[str, ...]] = ("", ())

    def new_paragraph(self) -> None:
        self.subjects = ()
        self.event = ("", ())

    def remember(self, reading: Reading) -> None:
        main = next((s for s in reading.statements if s.subject or s.qualifiers), None)
        if main is not None:
            self.subjects = main.subject or main.qualifiers
            told = main.subject + tuple(p for p in main.patient if p not in main.subject)
            self.event = (main.verb, told) if main.verb and told else ("", ())
        for key in [n.key for n in reading.names] + list(reading.referred):
            if key in self.names:
                self.names.remove(key)
            self.names.append(key)
        del self.names[:-MEMORY]


def described_by(name: str, key: str, vocabulary: Vocabulary) -> bool:
    """Whether a noun (its key) describes a name: its last word, its kind, or as the base says."""
    words = name.split()
    if words and vocabulary.key(words[-1]) == key:
        return True
    info = vocabulary.names.info.get(name)
    if info is None:
        return False
    return (bool(info.kind) and vocabulary.key(info.kind) == key) or any(
        vocabulary.key(noun) == key for noun in info.described
    )


def resolve(reading: Reading, context: Context, vocabulary: Vocabulary) -> Reading:
    """``reading`` with what its pronouns and descriptions point to (see the module)."""
    statements: list[Statement] = []
    referred: list[str] = []
    written = [n.key for n in reading.names]
    changed = False
    here: tuple[str, ...] = ()  # the subject this sentence has named so far
    for s in reading.statements:
        if not s.subject and s.pointing in _PRONOUNS and not s.subject_words:
            # "Beijing and Washington ... as they both aim": a pronoun after the sentence
            # has named its subject means that subject; before, the sentence before's
            source = here or context.subjects
            if source:
                s = replace(s, subject=source, inherited=True)
                changed = True
        elif s.subject and not here:
            here = s.subject
        statements.append(s)
    for term, before in _descriptions(reading):
        earlier = context.names + [n.key for n in reading.names if n.end <= term]
        found = next((n for n in reversed(earlier) if described_by(n, before, vocabulary)), None)
        if found is not None and found not in written and found not in referred:
            referred.append(found)
    main = reading.statements[0] if reading.statements else None
    if (
        context.subjects
        and main is not None
        and main.pointing
        and not main.subject
        and not any(main.covers(n.start, n.end) for n in reading.names)
    ):
        # "The ultimate goal is ...": a main clause naming nothing speaks of the
        # paragraph's subject; "The launch took place on ...", after a sentence telling
        # that Japan launched SLIM, of that launch: of Japan and of SLIM
        verb, told = context.event
        event = told if verb and verb in main.subject_words else ()
        referred.extend(k for k in (*context.subjects, *event) if k not in referred)
    if referred:
        return replace(reading, statements=tuple(statements), referred=tuple(referred))
    return replace(reading, statements=tuple(statements)) if changed else reading


def _descriptions(reading: Reading) -> list[tuple[int, str]]:
    """(offset, key) of each noun after "the", "this", "that", "these" or "those"."""
    found: list[tuple[int, str]] = []
    text = reading.text
    for term in reading.terms:
        if term.in_name or term.light:
            continue
        # "the probe", "this Chinese-backed facility": a determiner, a few describing words
        if _DETERMINED.search(text[max(0, term.start - 40) : term.start]):
            found.append((term.start, term.key))
    return found


_DETERMINED = lazy(
    r"(?:^|[^\w'-])(?:the|this|that|these|those)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE
)
