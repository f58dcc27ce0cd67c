"""What a sentence points back to: "It", "The country", "This facility", "the probe".

A statement whose subject is a pronoun or a description with no name of its own
speaks of something named earlier in the same paragraph:

- "it", "its", "they", "this", "these" take the subject of the sentence before;
- "the N" / "this N" take the latest name described by N: a name whose own last word
  is N ("the bridge": the Millbrook Bridge), whose kind is N ("the country": China),
  or which the base describes as N ("the company": Tallow Systems, from "Tallow
  Systems, the company that ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factlint.reading.reader import Reading
from factlint.reading.statements import Statement
from factlint.reading.vocabulary import Vocabulary

_PRONOUNS = frozenset("it its they their them this these that those he she his her".split())
MEMORY = 12  # names remembered from earlier sentences of a paragraph


@dataclass
class Context:
    """The names earlier sentences of a paragraph spoke of, latest last."""

    subjects: tuple[str, ...] = ()  # the subject of the sentence before
    names: list[str] = field(default_factory=list)

    def remember(self, reading: Reading) -> None:
        main = next((s for s in reading.statements if s.subject), None)
        if main is not None:
            self.subjects = main.subject
        for name in reading.names:
            if name.key in self.names:
                self.names.remove(name.key)
            self.names.append(name.key)
        del self.names[:-MEMORY]


def _described_by(name: str, key: str, vocabulary: Vocabulary) -> bool:
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
    """``reading`` with pointing subjects set to what they point to, when that is clear."""
    changed = False
    statements: list[Statement] = []
    here: list[str] = []
    for s in reading.statements:
        found: tuple[str, ...] = ()
        if not s.subject and s.pointing:
            earlier = context.names + [n.key for n in reading.names if n.end <= s.start]
            if s.pointing in _PRONOUNS and not s.subject_words:
                found = context.subjects
            elif s.subject_words:
                key = s.subject_words[0]
                found = next(
                    ((n,) for n in reversed(earlier) if _described_by(n, key, vocabulary)), ()
                )
        if found:
            s = replace(s, subject=found, inherited=True)
            changed = True
        statements.append(s)
        here.extend(s.subject)
    return replace(reading, statements=tuple(statements)) if changed else reading
