"""Loading facts: the model built from a file, files combined, the lexicon merged, the cache."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

import factlint.facts.load as load_module
from factlint.errors import FactsError
from factlint.facts import (
    Kind,
    bundled_facts_path,
    facts_files,
    lexicon_path,
    load_facts,
    validate_facts_detailed,
)
from factlint.facts.yamlnodes import MAX_BYTES, YamlDocument, read_yaml
from factlint.model import Citation, Entity, Example, Members, Verdict

DATA = Path(__file__).parent / "data" / "facts"
GOOD = DATA / "good" / "space.yaml"


def test_a_file_becomes_the_model() -> None:
    facts = load_facts([GOOD], lexicon=False)
    assert list(facts.sources) == [
        "science-times-ilrs",
        "rush-hour-daily-change8",
        "lunar-mission-open",
    ]
    ilrs = facts.sources["science-times-ilrs"]
    assert (ilrs.title, ilrs.publisher, ilrs.path, ilrs.line) == (
        "China's CNA vs. US' NASA on Moon Mission",
        "Science Times",
        str(GOOD),
        5,
    )
    old, new = facts.claims
    assert old.citations == (
        Citation("rush-hour-daily-change8"),
        Citation("lunar-mission-open", "have been signed by 29 countries as of September"),
    )
    assert (old.replaced_by, old.about, old.line) == (new.id, ("Artemis Accords",), 19)
    assert old.examples == (
        Example("29 countries have signed the Artemis Accords.", Verdict.OUTDATED),
    )
    assert new.members == Members(("United States", "Japan"), ("China", "Russia"), False)
    assert facts.entities[0] == Entity(
        "United States", "country", ("U.S.", "US", "USA", "America"), (), ("American",)
    )
    assert facts.entities[2].within == ("Azerbaijan",)
    assert facts.synonyms == (("establish", "set up", "found", "create"),)
    assert facts.paths == (str(GOOD),)


def test_dates_become_strings_of_the_precision_given() -> None:
    facts = load_facts([GOOD], lexicon=False)
    dates = {s.id: s.date for s in facts.sources.values()}
    assert dates == {
        "science-times-ilrs": "2023-12-07",  # a YAML date
        "rush-hour-daily-change8": "2023-09",
        "lunar-mission-open": "2023",  # a YAML integer
    }
    assert [c.as_of for c in facts.claims] == ["2023-09", "2023-12-07"]


def test_files_combine_and_cite_each_other() -> None:
    facts = load_facts([DATA / "multi"], lexicon=False)
    (claim,) = facts.claims
    assert facts.sources_of(claim)[0].publisher == "NASA"
    assert facts.paths == (
        str(DATA / "multi" / "claims.yaml"),
        str(DATA / "multi" / "sources.yaml"),
    )
    assert [e.name for e in facts.entities] == ["NASA"]
    assert facts.synonyms == (("sign", "join"),)


def test_invalid_facts_raise_every_problem() -> None:
    with pytest.raises(FactsError) as raised:
        load_facts([DATA / "cross"], lexicon=False)
    assert len(raised.value.problems) == 4
    assert str(raised.value).count("\n") == 3  # one line per problem


def test_facts_files_lists_directories_sorted_and_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "b.yml").write_text("synonyms: [[a, b]]\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yaml").write_text("synonyms: [[c, d]]\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.yaml").write_text("synonyms: [[e, f]]\n")
    (tmp_path / "notes.txt").write_text("")
    found = facts_files([tmp_path, tmp_path / "b.yml", "given.txt"])
    assert found == [tmp_path / "b.yml", tmp_path / "sub" / "a.yaml", Path("given.txt")]


def test_the_bundled_facts_path_exists_in_a_checkout() -> None:
    assert bundled_facts_path().is_dir()
    assert lexicon_path().name == "lexicon.yaml"


def test_no_paths_means_the_bundled_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "bundled_facts_path", lambda: DATA / "multi")
    assert load_facts(lexicon=False) is load_facts([DATA / "multi"], lexicon=False)
    assert load_facts([], lexicon=False).paths[0].endswith("claims.yaml")


def write_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(text)
    monkeypatch.setattr(load_module, "lexicon_path", lambda: lexicon)


def test_the_lexicon_comes_first_and_facts_merge_on_top(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_lexicon(
        tmp_path,
        monkeypatch,
        "entities:\n"
        "  - {name: Japan, kind: country, aliases: [JP]}\n"
        "  - {name: nasa, kind: organization, aliases: [NASA, N.A.S.A.], within: [United States]}\n"
        "synonyms:\n"
        "  - [sign, join]\n"
        "  - [launch, lift off]\n",
    )
    facts = load_facts([DATA / "multi"])
    assert facts.entities == (
        Entity("Japan", "country", ("JP",)),
        Entity(
            "NASA",
            "agency",  # the facts file's kind wins
            ("NASA", "N.A.S.A.", "National Aeronautics and Space Administration"),
            ("United States",),
        ),
    )
    assert facts.synonyms == (("sign", "join"), ("launch", "lift off"))
    assert load_facts([DATA / "multi"], lexicon=False).entities[0].kind == "agency"


def test_a_lexicon_holds_only_entities_and_synonyms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_lexicon(tmp_path, monkeypatch, "claims: []\nentities:\n  - {name: Mars, kind: planet}\n")
    issues = validate_facts_detailed([DATA / "multi"])
    assert [(i.problem.path, i.problem.line, i.kind) for i in issues] == [
        (str(tmp_path / "lexicon.yaml"), 1, Kind.UNKNOWN_KEY),
        (str(tmp_path / "lexicon.yaml"), 3, Kind.UNKNOWN_ENTITY_KIND),
    ]
    with pytest.raises(FactsError):
        load_facts([DATA / "multi"])
    assert validate_facts_detailed([DATA / "multi"], lexicon=False) == []


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every file actually read (not served from the cache)."""
    reads: list[Path] = []

    def counting(
        path: Path,
        display: str,
        size: int,
        max_bytes: int = MAX_BYTES,
        on_read: Callable[[int], None] | None = None,
    ) -> YamlDocument:
        reads.append(path)
        return read_yaml(path, display, size, max_bytes, on_read)

    monkeypatch.setattr("factlint.facts.load.read_yaml", counting)
    return reads


def test_unchanged_files_are_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("synonyms: [[a, b]]\n")
    reads = count_reads(monkeypatch)
    first = load_facts([path], lexicon=False)
    assert load_facts([path], lexicon=False) is first
    assert validate_facts_detailed([path], lexicon=False) == []
    assert reads == [path]

    path.write_text("synonyms: [[a, b], [c, d]]\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    changed = load_facts([path], lexicon=False)
    assert changed.synonyms == (("a", "b"), ("c", "d"))
    assert reads == [path, path]


def test_invalid_files_are_cached_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("version: 2\n")
    reads = count_reads(monkeypatch)
    for _ in range(3):
        assert [i.kind for i in validate_facts_detailed([path], lexicon=False)] == [
            Kind.BAD_VERSION
        ]
    assert reads == [path]


def test_the_shipped_facts_and_lexicon_are_valid() -> None:
    assert validate_facts_detailed() == []
    facts = load_facts()
    assert facts.claims and facts.entities
