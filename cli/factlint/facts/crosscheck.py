"""Check facts files loaded together: unique ids and names, citations and replacements resolve."""

from __future__ import annotations

from collections.abc import Sequence

from factlint.facts.issues import Issue, Kind, did_you_mean, issue
from factlint.facts.validate import ClaimEntry, FileFacts, Mark


def check_together(files: Sequence[FileFacts]) -> list[Issue]:
    """Every problem that only shows across files: each points at the later occurrence."""
    issues: list[Issue] = []
    source_at: dict[str, tuple[str, Mark]] = {}
    claims: dict[str, ClaimEntry] = {}
    entity_at: dict[str, tuple[str, Mark]] = {}
    for f in files:
        for s in f.sources:
            label = f"source id '{s.source.id}'"
            _first(issues, source_at, s.source.id, label, f.path, s.id_at, Kind.DUPLICATE_ID)
        for c in f.claims:
            first = claims.get(c.claim.id)
            if first is None:
                claims[c.claim.id] = c
            else:
                where = f"{first.claim.path}:{first.id_at.line}"
                message = f"duplicate claim id '{c.claim.id}' (first at {where})"
                issues.append(_at(Kind.DUPLICATE_ID, f.path, c.id_at, message))
        for e in f.entities:
            key, label = e.entity.name.casefold(), f"entity '{e.entity.name}'"
            _first(issues, entity_at, key, label, f.path, e.name_at, Kind.DUPLICATE_ENTITY)
    for f in files:
        for c in f.claims:
            issues += _citations(c, source_at)
            issues += _replacement(c, claims)
    issues += _cycles(claims)
    return issues


def _at(kind: Kind, path: str, mark: Mark, message: str) -> Issue:
    return issue(kind, path, message, mark.line, mark.column)


def _first(
    issues: list[Issue],
    seen: dict[str, tuple[str, Mark]],
    key: str,
    label: str,
    path: str,
    mark: Mark,
    kind: Kind,
) -> None:
    """Remember where ``key`` first appears; report any later appearance."""
    if key not in seen:
        seen[key] = (path, mark)
        return
    first_path, first = seen[key]
    issues.append(_at(kind, path, mark, f"duplicate {label} (first at {first_path}:{first.line})"))


def _citations(entry: ClaimEntry, sources: dict[str, tuple[str, Mark]]) -> list[Issue]:
    claim = entry.claim
    return [
        _at(
            Kind.UNKNOWN_SOURCE,
            claim.path,
            mark,
            f"claim '{claim.id}' cites unknown source '{citation.source_id}'"
            + did_you_mean(citation.source_id, sources),
        )
        for citation, mark in zip(claim.citations, entry.cited_at, strict=True)
        if citation.source_id not in sources
    ]


def _replacement(entry: ClaimEntry, claims: dict[str, ClaimEntry]) -> list[Issue]:
    claim, mark = entry.claim, entry.replaced_by_at
    if claim.replaced_by is None or mark is None:
        return []
    if claim.replaced_by == claim.id:
        message = f"claim '{claim.id}' is replaced by itself"
        return [_at(Kind.SELF_REPLACEMENT, claim.path, mark, message)]
    if claim.replaced_by not in claims:
        message = f"replaced_by names unknown claim '{claim.replaced_by}'" + did_you_mean(
            claim.replaced_by, claims
        )
        return [_at(Kind.UNKNOWN_CLAIM, claim.path, mark, message)]
    return []


def _cycles(claims: dict[str, ClaimEntry]) -> list[Issue]:
    """Each replacement cycle once, at the ``replaced_by`` of its earliest-loaded claim."""
    order = {claim_id: i for i, claim_id in enumerate(claims)}
    nexts = {
        claim_id: entry.claim.replaced_by
        for claim_id, entry in claims.items()
        if entry.claim.replaced_by in claims and entry.claim.replaced_by != claim_id
    }
    done: set[str] = set()
    issues: list[Issue] = []
    for start in claims:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in done and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = nexts.get(node)
        if node is not None and node in on_path:
            cycle = path[path.index(node) :]
            head = min(cycle, key=order.__getitem__)
            turn = cycle.index(head)
            cycle = cycle[turn:] + cycle[:turn]
            entry = claims[head]
            mark = entry.replaced_by_at or entry.id_at
            chain = " -> ".join([*cycle, head])
            issues.append(
                _at(Kind.REPLACEMENT_CYCLE, entry.claim.path, mark, f"replacement cycle: {chain}")
            )
        done.update(path)
    return issues
