"""What makes a finding the same finding from one run to the next, wherever its lines move.

A finding is known by its file, its claim and the words of its sentence: not by its
line, which changes whenever text is added above it, nor by the sentence's line breaks
or spacing, which change when a paragraph is rewrapped. Baselines match findings this
way, and the gitlab format's fingerprints are made of the same parts.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from factlint.model import Finding


def sentence_key(text: str) -> str:
    """The sentence as it is matched across runs: Unicode NFC, any run of whitespace (line
    breaks included) one space, none at either end."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def finding_key(finding: Finding, path: str) -> tuple[str, str, str]:
    """``(path, claim id, sentence key)``: ``path`` as the caller spells files (relative to
    a baseline file, or to the working directory); the claim id is ``""`` for none."""
    claim_id = finding.claim.id if finding.claim else ""
    return (path, claim_id, sentence_key(finding.sentence.text))


def fingerprint(*parts: str) -> str:
    """A stable hexadecimal digest of ``parts`` (SHA-256; file names that are not UTF-8 too)."""
    joined = "\0".join(parts).encode("utf-8", "surrogateescape")
    return hashlib.sha256(joined).hexdigest()


def numbered(keys: Iterable[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    """Each key with how many times it came before (``"0"``, ``"1"``, ...) appended, so that
    the same sentence twice in one file gives two keys that stay the same from run to run."""
    seen: Counter[tuple[str, ...]] = Counter()
    for key in keys:
        yield (*key, str(seen[key]))
        seen[key] += 1
