"""The compiled-facts cache: hits, misses, corruption, concurrency; results never change."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factlint import cache
from factlint.cache import cache_dir, load_compiled, read_cache
from factlint.cli import app
from factlint.compiled import CompiledFacts, compile_facts
from factlint.engine import Checker, check_files, load_checker
from factlint.facts import load_facts
from factlint.model import Verdict

FACTS = """\
version: 1
sources:
  - id: wire
    title: Lunar wire
entities:
  - name: Kestrel-7
    kind: spacecraft
claims:
  - id: kestrel-instruments
    text: Kestrel-7 carries 12 scientific instruments.
    sources: [{id: wire}]
  - id: kestrel-launch
    text: Kestrel-7 launched from Kourou in 2019.
    sources: [{id: wire}]
"""
DRAFT = (
    "Kestrel-7 carries 14 scientific instruments.\n"
    "Kestrel-7 launched from Kourou in 2019.\n\n"
    "Kestrel-7 was painted white.\n"
)


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "cache"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(directory))
    yield directory


@pytest.fixture()
def facts(tmp_path: Path) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS, encoding="utf-8")
    return path


def entries(directory: Path) -> list[Path]:
    return sorted(directory.glob("facts-*.bin"))


def verdicts(checker: Checker, draft: Path) -> list[tuple[str, str | None]]:
    report = check_files([str(draft)], checker)
    return [(f.verdict.value, f.claim.id if f.claim else None) for f in report.findings]


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "factlint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "factlint"


def test_first_load_writes_an_entry_and_the_second_reads_it(
    store: Path, facts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_compiled([facts])
    assert len(entries(store)) == 1
    # A hit never reads the YAML: make reading it fail, and load again.
    import factlint.facts.load as loader

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the facts files were read on a cache hit")

    monkeypatch.setattr(loader, "load_facts", refuse)
    second = load_compiled([facts])
    assert second.ids == first.ids
    assert second.rebuild is not None  # loaded from the cache


def test_changed_content_misses(store: Path, facts: Path) -> None:
    load_compiled([facts])
    facts.write_text(FACTS.replace("12 scientific", "13 scientific"), encoding="utf-8")
    compiled = load_compiled([facts])
    assert len(entries(store)) == 2
    checker = Checker(compiled)
    finding = checker.check_sentences(_sentences("Kestrel-7 carries 13 scientific instruments."))[0]
    assert finding.verdict is Verdict.SUPPORTED


def _sentences(text: str) -> list:  # type: ignore[type-arg]
    from factlint.text import parse_document

    return list(parse_document(text, "<text>", "text").sentences)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip-blob", "empty", "header"])
def test_a_damaged_entry_is_rebuilt_and_results_do_not_change(
    store: Path, facts: Path, draft: Path, damage: str
) -> None:
    expected = verdicts(load_checker([facts], cache=False), draft)
    load_compiled([facts])
    (entry,) = entries(store)
    data = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        entry.write_bytes(os.urandom(len(data)))
    elif damage == "flip-blob":
        # the last byte lies in the last claim's reading: caught by its checksum mid-run
        entry.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    elif damage == "empty":
        entry.write_bytes(b"")
    else:
        entry.write_bytes(b"XXXXXXXX" + data[8:])
    assert verdicts(load_checker([facts]), draft) == expected
    # and the entry is whole again
    assert read_cache(load_compiled([facts], cache=False).key) is not None


def test_an_unwritable_cache_directory_changes_nothing(
    store: Path, facts: Path, draft: Path
) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root writes anyway: make the cache "directory" a file instead
        store.parent.mkdir(parents=True, exist_ok=True)
        store.write_text("not a directory", encoding="utf-8")
    else:
        store.mkdir(parents=True)
        store.chmod(stat.S_IRUSR | stat.S_IXUSR)
    expected = verdicts(load_checker([facts], cache=False), draft)
    assert verdicts(load_checker([facts]), draft) == expected


def test_an_entry_others_can_write_is_not_trusted(store: Path, facts: Path) -> None:
    load_compiled([facts])
    (entry,) = entries(store)
    entry.chmod(0o666)
    key = load_compiled([facts], cache=False).key
    assert read_cache(key) is None


def _write_one(args: tuple[str, str]) -> bool:
    directory, facts = args
    os.environ["FACTLINT_CACHE_DIR"] = directory
    compiled = compile_facts(
        load_facts([facts]), jobs=1, key=load_compiled([facts], cache=False).key
    )
    return all(cache.write_cache(compiled) for _ in range(5))


def test_concurrent_writers_leave_one_whole_entry(store: Path, facts: Path, draft: Path) -> None:
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(4) as pool:
        assert all(pool.map(_write_one, [(str(store), str(facts))] * 8))
    assert len(entries(store)) == 1
    assert not list(store.glob(".facts-*"))  # no temporary files left behind
    key = load_compiled([facts], cache=False).key
    hit = read_cache(key)
    assert isinstance(hit, CompiledFacts)
    expected = verdicts(load_checker([facts], cache=False), draft)
    assert verdicts(Checker(hit), draft) == expected


def test_no_cache_neither_reads_nor_writes(store: Path, facts: Path, draft: Path) -> None:
    runner = CliRunner()
    args = ["check", "--facts", str(facts), "--format", "json", "--no-cache", str(draft)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert not store.exists() or not entries(store)
    cached = runner.invoke(app, [a for a in args if a != "--no-cache"])
    assert len(entries(store)) == 1
    assert json.loads(cached.output)["results"] == json.loads(result.output)["results"]


def test_cache_setting_false_skips_the_cache(
    store: Path, facts: Path, draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".factlint.toml").write_text("cache = false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--facts", str(facts), str(draft)])
    assert result.exit_code == 1, result.output
    assert not store.exists() or not entries(store)


def test_bundled_facts_give_the_same_findings_cached_or_not(store: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    drafts = sorted(str(p) for p in examples.glob("*.md"))
    fresh = check_files(drafts, load_checker(cache=False))
    load_checker()  # writes
    cached = check_files(drafts, load_checker())  # reads
    assert cached.findings == fresh.findings


@pytest.mark.parametrize(
    "whole_max", [0, 2_000, 10**9], ids=["every-file-cut", "short-files-whole", "all-whole"]
)
def test_one_or_two_workers_give_identical_reports(
    store: Path,
    facts: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    whole_max: int,
) -> None:
    # Files a worker parses and checks whole, and files parsed here and cut into runs
    # of sentences for the workers, alone and mixed: the same report as one process.
    import factlint.engine as engine

    monkeypatch.setattr(engine, "PARALLEL_MIN_CHARS", 1_000)
    monkeypatch.setattr(engine, "WHOLE_MAX_CHARS", whole_max)
    monkeypatch.setattr(engine, "_CHUNK", 7)
    paths = []
    for n in range(4):
        path = tmp_path / f"d{n}.md"
        # paragraphs of three sentences; the third points back at the first's subject
        paragraph = (
            "Kestrel-7 carries {n} scientific instruments. It launched in 2019. "
            "Kestrel-7 launched from Kourou in {y}.\n\n"
        )
        paragraphs = 6 + 6 * (n % 2)  # 725 and 1,450 characters
        text = "".join(paragraph.format(n=10 + i % 5, y=2017 + i % 4) for i in range(paragraphs))
        # a silenced sentence in one file, and a suppression left unused in another
        if n == 1:
            text = "<!-- factlint-disable-next-line -->\n" + text
        if n == 2:
            text += "<!-- factlint-disable-next-line -->\n\nNothing to say here.\n"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    checker = load_checker([facts])
    one = check_files(paths, checker, jobs=1)
    two = check_files(paths, checker, jobs=2)
    assert len(one.findings) == (6 + 12 + 6 + 12) * 3 + 1
    assert two == one
    assert {f.verdict for f in one.findings} >= {Verdict.SUPPORTED, Verdict.CONTRADICTED}
    assert any(f.suppressed for f in one.findings) and one.notices


def test_jobs_option_is_accepted_and_results_match(store: Path, facts: Path, draft: Path) -> None:
    runner = CliRunner()
    base = ["check", "--facts", str(facts), "--format", "json", str(draft)]
    one = runner.invoke(app, [*base, "--jobs", "1"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.output)["results"] == json.loads(two.output)["results"]


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked"
)
def test_compiling_on_several_cores_gives_what_one_core_gives() -> None:
    # Enough claims for the workers (the names found in their texts on other cores and
    # added to the table in claim order; then the claims read), with acronyms, names a
    # later claim covers ("Orla Works" and "Orla Works Pro"), descriptions and openings.
    from factlint.compiled import PARALLEL_MIN_CLAIMS
    from factlint.model import Citation, Claim, FactBase, Source

    texts = [
        "The Northern Survey Office (NSO) mapped {n} lakes in {y}.",
        "Orla Works, the company behind Tern {n}, employs {n} people.",
        "Gold has {n} known isotopes, the Tern {n} team says.",
        "Orla Works Pro costs ${n} a month as of {y}.",
        "NSO staff walked {n} km along the Vask River in {y}.",
    ]
    claims = tuple(
        Claim(f"c{i}", texts[i % len(texts)].format(n=i, y=1900 + i % 120), (Citation("s"),))
        for i in range(PARALLEL_MIN_CLAIMS + 300)
    )
    base = FactBase({"s": Source("s", "S")}, claims)
    one, two = compile_facts(base, jobs=1), compile_facts(base, jobs=2)
    names_one, names_two = one.vocabulary.names, two.vocabulary.names
    assert names_one.info == names_two.info
    assert names_one._exact == names_two._exact and names_one._folded == names_two._folded
    assert names_one.resolve("NSO") == names_one.resolve("Northern Survey Office") is not None
    assert one.postings == two.postings
    assert list(map(bytes, one.blobs)) == list(map(bytes, two.blobs))
