"""Which files a set of facts paths names: light enough to import on every run."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


def bundled_facts_path() -> Path:
    """The facts shipped with factlint: in the wheel, else the checkout's top-level ``facts/``."""
    here = Path(__file__).resolve()
    shipped = here.parents[1] / "data" / "facts"
    if shipped.is_dir():
        return shipped
    checkout = here.parents[3] / "facts"
    return checkout if checkout.is_dir() else shipped


def lexicon_path() -> Path:
    """The shipped lexicon: entities and synonyms every run knows."""
    return Path(__file__).resolve().parents[1] / "data" / "lexicon.yaml"


def facts_inputs(paths: Sequence[str | Path] | None = None) -> tuple[list[Path], bool]:
    """Every file that loading ``paths`` reads (the lexicon last), and whether all are there.

    What the compiled-facts cache keys on: when they are not all there, loading reports it.
    """
    files, empty = expand(paths or [bundled_facts_path()])
    lexicon = lexicon_path()
    return [*files, lexicon], not empty and all(p.is_file() for p in [*files, lexicon])


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The files named by ``paths``, each once, and the directories that hold none.

    A directory gives its ``*.yaml``/``*.yml`` files (recursive, sorted, hidden ones
    skipped); files are taken as given (missing ones too: reading them reports it).
    """
    files: list[Path] = []
    empty: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = [path]
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in YAML_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                empty.append(path)
        for file in found:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                files.append(file)
    return files, empty
