"""Helpers the reading tests share: a vocabulary learned from plain claims, and a reader."""

from __future__ import annotations

from functools import lru_cache

from factlint.facts import lexicon_path
from factlint.facts.load import read_facts_file
from factlint.model import Claim, Entity
from factlint.reading.reader import Reading, read
from factlint.reading.vocabulary import Vocabulary, build_vocabulary


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[Entity, ...], tuple[tuple[str, ...], ...]]:
    lexicon = read_facts_file(lexicon_path(), lexicon=True)
    return tuple(e.entity for e in lexicon.entities), tuple(lexicon.synonyms)


def claims(*texts: str) -> tuple[Claim, ...]:
    """Plain claims (no ``about``, no ``members``) with these texts."""
    return tuple(Claim(f"claim-{i}", text, ()) for i, text in enumerate(texts, start=1))


def vocabulary(*texts: str, lexicon: bool = True) -> Vocabulary:
    """What a base of plain claims with these texts knows (with the shipped lexicon)."""
    entities, synonyms = _lexicon() if lexicon else ((), ())
    return build_vocabulary(claims(*texts), entities, synonyms)


def reading(text: str, *facts: str, lexicon: bool = True) -> Reading:
    """``text`` read with the vocabulary of a base of plain claims ``facts``."""
    return read(text, vocabulary(*facts, lexicon=lexicon))
