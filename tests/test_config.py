"""Tests of configuration: discovery, every key's validation, command-line overrides, origins."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config import Config, find_config, load_config
from factlint.errors import ConfigError
from factlint.model import MatchSettings


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root (it holds .git) with a config above it that must never be found."""
    write(tmp_path / ".factlint.toml", 'fail_on = "never"\n')
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    return root


# -- discovery ----------------------------------------------------------------------------


def test_find_config_searches_upward(repo: Path) -> None:
    config = write(repo / ".factlint.toml", "")
    (repo / "docs" / "deep").mkdir(parents=True)
    assert find_config(repo / "docs" / "deep") == config


def test_find_config_starts_from_a_files_directory(repo: Path) -> None:
    config = write(repo / ".factlint.toml", "")
    draft = write(repo / "docs" / "draft.md", "")
    assert find_config(draft) == config


def test_find_config_takes_a_pyproject_with_a_factlint_table(repo: Path) -> None:
    pyproject = write(repo / "pyproject.toml", "[tool.factlint]\nfail_on = 'warning'\n")
    assert find_config(repo) == pyproject


def test_find_config_skips_a_pyproject_without_a_factlint_table(repo: Path) -> None:
    config = write(repo / ".factlint.toml", "")
    write(repo / "docs" / "pyproject.toml", "[tool.black]\nline-length = 100\n")
    assert find_config(repo / "docs") == config


def test_find_config_takes_a_broken_pyproject_meant_for_factlint(repo: Path) -> None:
    pyproject = write(repo / "pyproject.toml", "[tool.factlint]\nfail_on = \n")
    write(repo / "docs" / "pyproject.toml", "[tool.black\n")
    assert find_config(repo / "docs") == pyproject


def test_factlint_toml_wins_over_pyproject_in_one_directory(repo: Path) -> None:
    write(repo / "pyproject.toml", "[tool.factlint]\n")
    config = write(repo / ".factlint.toml", "")
    assert find_config(repo) == config


def test_the_nearest_config_wins(repo: Path) -> None:
    write(repo / ".factlint.toml", "")
    nearer = write(repo / "docs" / "pyproject.toml", "[tool.factlint]\n")
    assert find_config(repo / "docs") == nearer


def test_find_config_never_looks_above_the_repository_root(repo: Path) -> None:
    (repo / "docs").mkdir()
    assert find_config(repo / "docs") is None
    assert find_config(repo) is None


def test_find_config_accepts_a_git_file_as_the_root(tmp_path: Path) -> None:
    write(tmp_path / ".factlint.toml", "")
    worktree = tmp_path / "worktree"
    write(worktree / ".git", "gitdir: /elsewhere\n")
    assert find_config(worktree) is None


def test_find_config_stops_at_the_filesystem_root(tmp_path: Path) -> None:
    # Whatever lies above tmp_path, the search ends and returns a config or None.
    found = find_config(tmp_path)
    assert found is None or found.name in (".factlint.toml", "pyproject.toml")


def test_load_config_without_a_file_gives_the_defaults(repo: Path) -> None:
    config = load_config(repo)
    assert config == Config(origins=config.origins)
    assert config.path is None
    assert config.include == ("*.md", "*.markdown", "*.txt")
    assert config.match == MatchSettings()
    assert set(config.origins.values()) == {"default"}


def test_load_config_uses_an_explicit_file(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / ".factlint.toml", 'fail_on = "warning"\n')
    other = write(repo / "ci" / "strict.toml", 'fail_on = "never"\n')
    monkeypatch.chdir(repo)
    config = load_config(repo, explicit=Path("ci/strict.toml"))
    assert (config.fail_on, config.path) == ("never", other)


def test_an_explicit_file_must_exist(repo: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file") as caught:
        load_config(repo, explicit=Path("missing.toml"))
    assert caught.value.path == "missing.toml"


def test_an_explicit_pyproject_must_have_a_factlint_table(repo: Path) -> None:
    write(repo / "pyproject.toml", "[tool.black]\n")
    with pytest.raises(ConfigError, match=r"no \[tool.factlint\] table"):
        load_config(repo, explicit=Path("pyproject.toml"))


# -- reading every key ---------------------------------------------------------------------

FULL = """\
facts = ["facts/space.yaml", "~/more.yaml"]
include = ["*.md", "docs/**/*.rst"]
exclude = ["drafts/", "CHANGELOG.md"]
fail_on = "warning"
format = "sarif"
show_unverified = true
min_score = 75
hedge_tolerance = 0.25
jobs = 3
cache = false
max_facts_mib = 20
"""


def test_every_key_is_read(repo: Path) -> None:
    path = write(repo / ".factlint.toml", FULL)
    config = load_config(repo)
    assert config.facts == (repo / "facts" / "space.yaml", Path.home() / "more.yaml")
    assert config.include == ("*.md", "docs/**/*.rst")
    assert config.exclude == ("drafts/", "CHANGELOG.md")
    assert (config.fail_on, config.format, config.show_unverified) == ("warning", "sarif", True)
    assert config.match == MatchSettings(min_score=75.0, hedge_tolerance=0.25)
    assert (config.jobs, config.cache) == (3, False)
    assert config.max_facts_bytes == 20 * 1024 * 1024
    assert config.path == path
    assert set(config.origins.values()) == {str(path)}


def test_pyproject_keys_live_under_tool_factlint(repo: Path) -> None:
    path = write(repo / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.factlint]\n" + FULL)
    config = load_config(repo)
    assert config.fail_on == "warning"
    assert config.origins["fail_on"] == str(path)


def test_factlint_toml_may_also_use_a_tool_factlint_table(repo: Path) -> None:
    write(repo / ".factlint.toml", 'fail_on = "never"\n[tool.factlint]\nformat = "json"\n')
    config = load_config(repo)
    assert (config.fail_on, config.format) == ("never", "json")


def test_facts_may_be_one_string_relative_to_the_config_file(repo: Path) -> None:
    write(repo / "docs" / ".factlint.toml", 'facts = "../facts.yaml"\n')
    assert load_config(repo / "docs").facts == (repo / "docs" / ".." / "facts.yaml",)


def test_an_empty_facts_list_means_the_bundled_facts(repo: Path) -> None:
    write(repo / ".factlint.toml", "facts = []\n")
    assert load_config(repo).facts == ()


# -- command-line overrides and origins ---------------------------------------------------------


def test_overrides_win_and_say_so(repo: Path) -> None:
    path = write(repo / ".factlint.toml", 'fail_on = "warning"\nformat = "json"\n')
    config = load_config(repo, overrides={"fail_on": "never", "min_score": 80, "format": None})
    assert (config.fail_on, config.format, config.match.min_score) == ("never", "json", 80.0)
    assert config.origins["fail_on"] == "command line"
    assert config.origins["min_score"] == "command line"
    assert config.origins["format"] == str(path)
    assert config.origins["include"] == "default"


def test_command_line_facts_are_relative_to_cwd(repo: Path) -> None:
    write(repo / "docs" / ".factlint.toml", 'facts = "a.yaml"\n')
    config = load_config(repo / "docs", overrides={"facts": ["b.yaml"]})
    assert config.facts == (repo / "docs" / "b.yaml",)


def test_overrides_are_validated(repo: Path) -> None:
    with pytest.raises(ConfigError, match="fail_on must be one of error, warning, never") as caught:
        load_config(repo, overrides={"fail_on": "sometimes"})
    assert caught.value.path == ""


def test_the_environment_sets_the_facts_size_limit_over_the_file(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo / ".factlint.toml", "max_facts_mib = 20\n")
    monkeypatch.setenv("FACTLINT_MAX_FACTS_MIB", "50")
    config = load_config(repo)
    assert config.max_facts_mib == 50
    assert "FACTLINT_MAX_FACTS_MIB" in config.origins["max_facts_mib"]
    assert load_config(repo, overrides={"max_facts_mib": 8}).max_facts_mib == 8


@pytest.mark.parametrize("value", ["lots", "0", "-3", "nan", "1e9"])
def test_a_bad_facts_size_limit_in_the_environment_is_refused(
    repo: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("FACTLINT_MAX_FACTS_MIB", value)
    with pytest.raises(ConfigError, match="FACTLINT_MAX_FACTS_MIB"):
        load_config(repo)


def test_unknown_overrides_are_refused(repo: Path) -> None:
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_config(repo, overrides={"colour": True})


# -- one clear error per mistake --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("facts = 3\n", "facts must be an array of strings, not an integer", 1),
        ('facts = ["a.yaml", ""]\n', "facts paths cannot be empty", 1),
        ('\ninclude = "*.md"\n', "include must be an array of strings, not a string", 2),
        ("include = []\n", "include must list at least one pattern", 1),
        ("include = [1]\n", "include must be an array of strings, not an array", 1),
        ('exclude = ["!keep.md"]\n', "exclude: negated patterns are not supported", 1),
        ('exclude = [""]\n', "exclude: a pattern cannot be empty", 1),
        ('fail_on = "errors"\n', "fail_on must be one of error, warning, never, not 'errors'", 1),
        ("fail_on = true\n", "fail_on must be one of error, warning, never, not a boolean", 1),
        (
            'format = "xml"\n',
            "format must be one of text, line, json, github, sarif, junit, gitlab, not 'xml'",
            1,
        ),
        ('show_unverified = "yes"\n', "show_unverified must be true or false, not a string", 1),
        ("show_unverified = 1\n", "show_unverified must be true or false, not an integer", 1),
        ("min_score = 101\n", "min_score must be a number from 0 to 100, not 101", 1),
        ("min_score = -1\n", "min_score must be a number from 0 to 100, not -1", 1),
        ('min_score = "60"\n', "min_score must be a number from 0 to 100, not a string", 1),
        ("min_score = true\n", "min_score must be a number from 0 to 100, not a boolean", 1),
        ("hedge_tolerance = 1.5\n", "hedge_tolerance must be a number from 0 to 1, not 1.5", 1),
        ("jobs = 2.5\n", "jobs must be a whole number from 0 to 256, not a number", 1),
        ("jobs = -1\n", "jobs must be a whole number from 0 to 256, not -1", 1),
        ('cache = "no"\n', "cache must be true or false, not a string", 1),
        ("max_facts_mib = 0\n", "max_facts_mib must be a number from 1 to 4096, not 0", 1),
        ("\n\nfail-on = 'error'\n", "unknown key 'fail-on'; did you mean 'fail_on'?", 3),
        ("colour = true\n", "unknown key 'colour'; known keys: facts, include", 1),
        ("[rules]\ncount = 1\n", "unknown key 'rules'", 1),
        ("[tool.ruff]\nx = 1\n", r"unknown table \[tool.ruff\]", 1),
        ("tool = 3\n", r"\[tool.factlint\] must be a table", 0),
        ("[tool]\nfactlint = 3\n", r"\[tool.factlint\] must be a table", 2),
        ('fail_on = "error"\n[tool.factlint]\nfail_on = "never"\n', "fail_on is set both", 3),
    ],
)
def test_each_mistake_gives_one_clear_error(repo: Path, text: str, message: str, line: int) -> None:
    path = write(repo / ".factlint.toml", text)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(repo)
    assert (caught.value.path, caught.value.line) == (str(path), line)


def test_mistakes_in_pyproject_point_at_the_line(repo: Path) -> None:
    text = '[tool.other]\nfail_on = "x"\n\n[tool.factlint]\ninclude = ["*.md"]\nfail_on = "x"\n'
    path = write(repo / "pyproject.toml", text)
    with pytest.raises(ConfigError, match="fail_on must be one of") as caught:
        load_config(repo)
    assert str(caught.value) == (f"{path}:6: fail_on must be one of error, warning, never, not 'x'")


def test_dotted_keys_are_found_too(repo: Path) -> None:
    write(repo / "pyproject.toml", "# factlint\ntool.factlint.min_score = 500\n[project]\n")
    with pytest.raises(ConfigError, match="min_score") as caught:
        load_config(repo)
    assert caught.value.line == 2


def test_invalid_toml_reports_the_position_once(repo: Path) -> None:
    path = write(repo / ".factlint.toml", 'fail_on = "error"\nformat = \n')
    with pytest.raises(ConfigError) as caught:
        load_config(repo)
    error = caught.value
    assert (error.path, error.line, error.column) == (str(path), 2, 10)
    assert str(error) == f"{path}:2:10: invalid TOML: Invalid value"


def test_a_config_file_that_is_not_utf8_is_refused(repo: Path) -> None:
    (repo / ".factlint.toml").write_bytes(b'fail_on = "\xff"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(repo)
