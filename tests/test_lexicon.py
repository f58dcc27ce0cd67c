"""The built-in lexicon (cli/factlint/data/lexicon.yaml) is well formed and consistent.

The checks are plain functions that return a list of problems, so the tests can
also prove that each check catches what it is meant to catch (a duplicate alias,
a dangling ``within``, a word in two synonym groups, ...).
"""

from __future__ import annotations

import copy
import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from factlint.facts.validate import ENTITY_KINDS

LEXICON = Path(__file__).resolve().parents[1] / "cli" / "factlint" / "data" / "lexicon.yaml"

KINDS = frozenset(ENTITY_KINDS)  # the facts format's kinds: one list, in the package
ENTITY_KEYS = frozenset({"name", "kind", "aliases", "demonyms", "within"})
# Kinds that can contain other things (the targets of ``within``).
CONTAINER_KINDS = frozenset({"country", "city", "region", "place", "site", "body"})

# Spellings deliberately shared by two entities, documented here:
#   match key (see ``match_key``) -> the canonical names allowed to share it.
# Keep this empty unless the matcher is known to resolve the ambiguity; every
# other shared spelling fails ``test_no_spelling_names_two_entities``.
SHARED_SPELLINGS: dict[tuple[str, str], frozenset[str]] = {}

# Case-insensitive spellings that may start with a lower-case letter: they are
# not common English words (a lower-case single word would otherwise match prose).
LOWERCASE_OK = frozenset(
    {
        "ispace",  # the company styles its name in lower case
        "lunar",  # the Moon's adjective: every use of it is about the Moon
    }
)

# Spellings kept out on purpose: a common word, or a name of two different things.
# None may appear as a name, alias or demonym.  A case-insensitive spelling is
# compared ignoring case ("Gateway" and "gateway" are both refused); an exact one
# only exactly ("CAPSTONE", the mission's acronym, is fine).
KEPT_OUT = frozenset(
    {
        "Accords",  # too generic: say "Artemis Accords"
        "AU",  # African Union or the astronomical unit
        "Capstone",  # a common word; the mission is CAPSTONE
        "Congo",  # either Congo
        "Congolese",
        "Copernicus",  # the crater or the EU Earth-observation programme
        "Dragon",  # a common word; say "Crew Dragon" / "Cargo Dragon"
        "Gale",  # a common word; say "Gale Crater"
        "Gateway",  # a common word; say "Lunar Gateway"
        "Hope",  # a common word; say "Hope probe" / "Emirates Mars Mission"
        "Korea",  # either Korea
        "Korean",
        "Luna",  # Luna is a mission series, not the Moon
        "Macedonia",  # North Macedonia's former name, and a region of Greece
        "Male",  # Malé without its accent is a common word
        "Pole",  # a common word ("Polish" is Poland's demonym)
        "Progress",  # a common word (the Russian cargo ship)
        "Rashid",  # a personal name; say "Rashid rover"
        "Resilience",  # a common word (Hakuto-R Mission 2's lander)
        "the Moon",  # the Moon is "Moon"; articles are the matcher's business
    }
)


def kept_out(spelling: str) -> bool:
    return any(
        spelling == k or (not case_sensitive(spelling) and spelling.casefold() == k.casefold())
        for k in KEPT_OUT
    )


Problems = list[str]


def load() -> dict[str, Any]:
    with LEXICON.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict), "the lexicon must be a mapping"
    return data


@pytest.fixture(scope="module")
def lexicon() -> dict[str, Any]:
    return load()


# ---------------------------------------------------------------- helpers


def fold(text: str) -> str:
    """Case- and accent-insensitive form, used for sorting."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def case_sensitive(spelling: str) -> bool:
    """The matcher compares ALL-CAPS spellings and spellings with periods exactly."""
    return spelling.isupper() or "." in spelling


def match_key(spelling: str) -> tuple[str, str]:
    """What the matcher compares: the exact text, or its case-folded form."""
    return ("exact", spelling) if case_sensitive(spelling) else ("folded", spelling.casefold())


def collide(a: str, b: str) -> bool:
    """True when some text would match both spellings."""
    if a.casefold() != b.casefold():
        return False
    return a == b or not case_sensitive(a) or not case_sensitive(b)


def spellings(entity: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, spelling) for the name, every alias and every demonym."""
    yield "name", entity["name"]
    for field in ("aliases", "demonyms"):
        for spelling in entity.get(field) or ():
            yield field, spelling


def sort_key(entity: dict[str, Any]) -> tuple[str, str, str]:
    return (entity["kind"], fold(entity["name"]), entity["name"])


def entities_of(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e for e in data["entities"] if e["kind"] == kind]


def by_name(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in data["entities"]}


# ---------------------------------------------------------------- checks


def check_shape(data: dict[str, Any]) -> Problems:
    problems: Problems = []
    if set(data) != {"entities", "synonyms"}:
        problems.append(f"top-level keys must be entities and synonyms, not {sorted(data)}")
    if not isinstance(data.get("entities"), list) or not isinstance(data.get("synonyms"), list):
        return [*problems, "entities and synonyms must be lists"]
    for i, entity in enumerate(data["entities"]):
        where = f"entity #{i}"
        if not isinstance(entity, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if extra := set(entity) - ENTITY_KEYS:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        name = entity.get("name")
        if not isinstance(name, str) or not name or name != name.strip():
            problems.append(f"{where}: bad name {name!r}")
        else:
            where = f"{name!r}"
        if entity.get("kind") not in KINDS:
            problems.append(f"{where}: bad kind {entity.get('kind')!r}")
        for field in ("aliases", "demonyms", "within"):
            if field not in entity:
                continue
            values = entity[field]
            if not isinstance(values, list) or not values:
                problems.append(f"{where}: {field} must be a non-empty list")
                continue
            for value in values:
                if not isinstance(value, str) or not value or value != value.strip():
                    problems.append(f"{where}: bad {field} entry {value!r}")
    return problems


def check_unique_names(data: dict[str, Any]) -> Problems:
    seen: dict[str, str] = {}
    problems: Problems = []
    for entity in data["entities"]:
        key = fold(entity["name"])
        if key in seen:
            problems.append(f"canonical name {entity['name']!r} repeats {seen[key]!r}")
        seen[key] = entity["name"]
    return problems


def check_spellings(data: dict[str, Any]) -> Problems:
    """No text may match two entities, and no entity lists a spelling twice."""
    problems: Problems = []
    by_fold: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for entity in data["entities"]:
        for field, spelling in spellings(entity):
            by_fold[spelling.casefold()].append((entity["name"], field, spelling))
    for group in by_fold.values():
        for i, (owner_a, field_a, a) in enumerate(group):
            for owner_b, field_b, b in group[i + 1 :]:
                if not collide(a, b):
                    continue
                if owner_a == owner_b:
                    # an exact twin of a case-insensitive spelling ("SHIOLI" beside
                    # "Shioli") is allowed: it records the upper-case form in use
                    if a != b and case_sensitive(a) != case_sensitive(b):
                        continue
                    problems.append(f"{owner_a!r}: {field_b} {b!r} repeats {field_a} {a!r}")
                    continue
                allowed = SHARED_SPELLINGS.get(match_key(a), frozenset())
                if {owner_a, owner_b} <= allowed:
                    continue
                problems.append(
                    f"{a!r} ({field_a} of {owner_a!r}) and {b!r} ({field_b} of {owner_b!r})"
                    " name two entities"
                )
    return problems


def check_within(data: dict[str, Any]) -> Problems:
    problems: Problems = []
    names = by_name(data)
    for entity in data["entities"]:
        for container in entity.get("within") or ():
            target = names.get(container)
            if target is None:
                problems.append(f"{entity['name']!r}: within names no entity: {container!r}")
            elif target["kind"] not in CONTAINER_KINDS:
                problems.append(
                    f"{entity['name']!r}: within {container!r}, a {target['kind']}, not a place"
                )
            elif container == entity["name"]:
                problems.append(f"{entity['name']!r} is within itself")
        if len(set(entity.get("within") or ())) != len(entity.get("within") or ()):
            problems.append(f"{entity['name']!r}: within repeats a place")
    # no cycles: following `within` from any entity must never come back to it
    for start in data["entities"]:
        stack, seen = list(start.get("within") or ()), set()
        while stack:
            current = stack.pop()
            if current == start["name"]:
                problems.append(f"{start['name']!r} is (indirectly) within itself")
                break
            if current in seen or current not in names:
                continue
            seen.add(current)
            stack.extend(names[current].get("within") or ())
    return problems


def check_sorted(data: dict[str, Any]) -> Problems:
    problems: Problems = []
    keys = [sort_key(e) for e in data["entities"]]
    for before, after in itertools.pairwise(keys):
        if before > after:
            problems.append(
                f"entities out of order: {before[2]!r} ({before[0]}) before"
                f" {after[2]!r} ({after[0]})"
            )
    firsts = [group[0] for group in data["synonyms"] if group]
    for before, after in itertools.pairwise(firsts):
        if before > after:
            problems.append(f"synonym groups out of order: {before!r} before {after!r}")
    return problems


def check_synonyms(data: dict[str, Any]) -> Problems:
    problems: Problems = []
    owner: dict[str, str] = {}
    for group in data["synonyms"]:
        if not isinstance(group, list) or len(group) < 2:
            problems.append(f"synonym group {group!r} needs at least two entries")
            continue
        for word in group:
            if not isinstance(word, str) or not word or word != word.strip():
                problems.append(f"bad synonym {word!r} in group {group[0]!r}")
                continue
            if word != word.lower():
                problems.append(f"synonym {word!r} is not lower case")
            if "  " in word:
                problems.append(f"synonym {word!r} has a double space")
            if word in owner:
                problems.append(f"{word!r} is in the {owner[word]!r} and {group[0]!r} groups")
            owner[word] = group[0]
    return problems


def check_common_words(data: dict[str, Any]) -> Problems:
    """Case-insensitive single words must be capitalised names, not prose words."""
    problems: Problems = []
    for entity in data["entities"]:
        for field, spelling in spellings(entity):
            if kept_out(spelling):
                problems.append(f"{entity['name']!r}: {field} {spelling!r} is kept out on purpose")
            if case_sensitive(spelling) or " " in spelling or spelling in LOWERCASE_OK:
                continue
            if not (spelling[0].isupper() or spelling[0].isdigit()):
                problems.append(
                    f"{entity['name']!r}: {field} {spelling!r} would match a lower-case word"
                )
    return problems


CHECKS = (
    check_shape,
    check_unique_names,
    check_spellings,
    check_within,
    check_sorted,
    check_synonyms,
    check_common_words,
)


# ---------------------------------------------------------------- the lexicon passes


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_lexicon_passes(lexicon: dict[str, Any], check: Any) -> None:
    problems = check(lexicon)
    assert not problems, "\n".join(problems)


def test_no_spelling_names_two_entities(lexicon: dict[str, Any]) -> None:
    assert check_spellings(lexicon) == []


def test_shared_spellings_are_still_in_use(lexicon: dict[str, Any]) -> None:
    """An exception that no longer matches anything should be removed."""
    used = {match_key(s) for e in lexicon["entities"] for _, s in spellings(e)}
    assert set(SHARED_SPELLINGS) <= used


# ---------------------------------------------------------------- the checks catch mistakes


def mutated(lexicon: dict[str, Any], name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    data = copy.deepcopy(lexicon)
    return data, by_name(data)[name]


def test_a_duplicate_alias_is_caught(lexicon: dict[str, Any]) -> None:
    data, baku = mutated(lexicon, "Baku")
    baku.setdefault("aliases", []).append("Dubai")  # Dubai's own name
    assert any("name two entities" in p for p in check_spellings(data))

    data, egypt = mutated(lexicon, "Egypt")
    egypt.setdefault("aliases", []).append("U.S.")  # an alias of the United States
    assert any("name two entities" in p for p in check_spellings(data))


def test_a_case_insensitive_alias_clashes_with_a_case_sensitive_one(
    lexicon: dict[str, Any],
) -> None:
    data, egypt = mutated(lexicon, "Egypt")
    egypt.setdefault("aliases", []).append("Usa")  # would match the text "USA"
    assert any("name two entities" in p for p in check_spellings(data))


def test_a_repeated_alias_within_one_entity_is_caught(lexicon: dict[str, Any]) -> None:
    data, japan = mutated(lexicon, "Japan")
    japan.setdefault("aliases", []).append("japan")
    assert any("repeats" in p for p in check_spellings(data))


def test_a_duplicate_demonym_is_caught(lexicon: dict[str, Any]) -> None:
    data, egypt = mutated(lexicon, "Egypt")
    egypt["demonyms"].append("Russian")
    assert check_spellings(data)


def test_a_duplicate_canonical_name_is_caught(lexicon: dict[str, Any]) -> None:
    data = copy.deepcopy(lexicon)
    data["entities"].append({"name": "Baku", "kind": "city", "within": ["Azerbaijan"]})
    assert check_unique_names(data)


def test_a_dangling_within_is_caught(lexicon: dict[str, Any]) -> None:
    data, baku = mutated(lexicon, "Baku")
    baku["within"] = ["Atlantis"]
    assert check_within(data)
    baku["within"] = ["NASA"]  # exists, but is not a place
    assert check_within(data)


def test_a_within_cycle_is_caught(lexicon: dict[str, Any]) -> None:
    data, azerbaijan = mutated(lexicon, "Azerbaijan")
    azerbaijan["within"] = ["Baku"]
    assert any("within itself" in p for p in check_within(data))


def test_bad_kinds_and_keys_are_caught(lexicon: dict[str, Any]) -> None:
    data, baku = mutated(lexicon, "Baku")
    baku["kind"] = "town"
    baku["population"] = 2_300_000
    problems = check_shape(data)
    assert any("bad kind" in p for p in problems)
    assert any("unknown keys" in p for p in problems)
    data = copy.deepcopy(lexicon)
    data["facts"] = []
    assert check_shape(data)


def test_disorder_is_caught(lexicon: dict[str, Any]) -> None:
    data = copy.deepcopy(lexicon)
    data["entities"].reverse()
    assert check_sorted(data)
    data = copy.deepcopy(lexicon)
    data["synonyms"].reverse()
    assert check_sorted(data)


def test_synonym_mistakes_are_caught(lexicon: dict[str, Any]) -> None:
    data = copy.deepcopy(lexicon)
    data["synonyms"].append(["zenith", "sign"])  # "sign" is already grouped
    assert any("groups" in p for p in check_synonyms(data))
    data = copy.deepcopy(lexicon)
    data["synonyms"].append(["zenith", "Apex"])
    assert any("lower case" in p for p in check_synonyms(data))
    data = copy.deepcopy(lexicon)
    data["synonyms"].append(["zenith"])
    assert check_synonyms(data)


def test_common_word_aliases_are_caught(lexicon: dict[str, Any]) -> None:
    data, gateway = mutated(lexicon, "Lunar Gateway")
    gateway["aliases"].append("Gateway")
    assert any("kept out" in p for p in check_common_words(data))
    data, baku = mutated(lexicon, "Baku")
    baku.setdefault("aliases", []).append("capital")
    assert any("lower-case word" in p for p in check_common_words(data))


# ---------------------------------------------------------------- contents


def test_every_sovereign_state_is_a_country(lexicon: dict[str, Any]) -> None:
    # 193 UN members, plus Kosovo, Palestine, Taiwan and Vatican City
    countries = entities_of(lexicon, "country")
    assert len(countries) == 197
    names = {e["name"] for e in countries}
    assert {"Kosovo", "Palestine", "Taiwan", "Vatican City", "Chad", "Niger"} <= names


def test_every_country_has_a_city(lexicon: dict[str, Any]) -> None:
    city_states = {"Monaco", "Singapore", "Vatican City"}
    with_city = {c for e in entities_of(lexicon, "city") for c in e.get("within") or ()}
    missing = {e["name"] for e in entities_of(lexicon, "country")} - with_city - city_states
    assert not missing, f"countries without a capital: {sorted(missing)}"


def test_cities_are_many_and_placed(lexicon: dict[str, Any]) -> None:
    cities = entities_of(lexicon, "city")
    assert len(cities) >= 250
    kinds = {e["name"]: e["kind"] for e in lexicon["entities"]}
    unplaced = [
        e["name"]
        for e in cities
        if not any(kinds.get(w) == "country" for w in e.get("within") or ())
    ]
    assert unplaced == ["Jerusalem"]  # disputed: deliberately without a country


def owner_of(lexicon: dict[str, Any], spelling: str) -> str:
    owners = {
        e["name"]
        for e in lexicon["entities"]
        for _, s in spellings(e)
        if collide(s, spelling) or s == spelling
    }
    assert len(owners) == 1, f"{spelling!r} belongs to {sorted(owners)}"
    return str(owners.pop())


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("U.S.", "United States"),
        ("US", "United States"),
        ("America", "United States"),
        ("American", "United States"),
        ("Great Britain", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("U.A.E.", "United Arab Emirates"),
        ("DPRK", "North Korea"),
        ("ROK", "South Korea"),
        ("PRC", "China"),
        ("Turkey", "Türkiye"),
        ("Czech Republic", "Czechia"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Côte d’Ivoire", "Côte d'Ivoire"),
        ("Burma", "Myanmar"),
        ("Swaziland", "Eswatini"),
        ("Egyptian", "Egypt"),
        ("Washington, D.C.", "Washington"),
        ("Bangalore", "Bengaluru"),
        ("Kourou", "Guiana Space Centre"),
        ("Sriharikota", "Satish Dhawan Space Centre"),
        ("far side of the Moon", "Lunar Far Side"),
        ("SHIOLI", "Shioli Crater"),
        ("Von Karman", "Von Kármán Crater"),
        ("Sea of Tranquility", "Mare Tranquillitatis"),
        ("Roscomos", "Roscosmos"),
        ("Russian space agency", "Roscosmos"),
        ("EGSA", "Egyptian Space Agency"),
        ("State Department", "United States Department of State"),
        ("Space X", "SpaceX"),
        ("ILRS", "International Lunar Research Station"),
        ("Artemis Accord", "Artemis Accords"),
        ("Chang’e-5", "Chang'e-5"),
        ("Change-5", "Chang'e-5"),
        ("Chang-e 5", "Chang'e-5"),
        ("Artemis 3", "Artemis III"),
        ("Moon Sniper", "SLIM"),
        ("IM-1", "Odysseus"),
        ("Hope probe", "Emirates Mars Mission"),
        ("H-IIA", "H-2A"),
        ("CZ-5", "Long March 5"),
        ("GSLV Mk III", "LVM3"),
        ("IAC", "International Astronautical Congress"),
    ],
)
def test_known_spellings(lexicon: dict[str, Any], spelling: str, name: str) -> None:
    assert owner_of(lexicon, spelling) == name


@pytest.mark.parametrize(
    ("name", "kind", "container"),
    [
        ("Baku", "city", "Azerbaijan"),
        ("Dubai", "city", "United Arab Emirates"),
        ("Tsukuba", "city", "Japan"),
        ("Pretoria", "city", "South Africa"),
        ("Tanegashima Space Center", "site", "Japan"),
        ("Jiuquan Satellite Launch Center", "site", "Gobi Desert"),
        ("Baikonur Cosmodrome", "site", "Kazakhstan"),
        ("Inner Mongolia", "region", "China"),
        ("Von Kármán Crater", "place", "Lunar Far Side"),
        ("Shioli Crater", "place", "Moon"),
    ],
)
def test_known_places(lexicon: dict[str, Any], name: str, kind: str, container: str) -> None:
    entity = by_name(lexicon)[name]
    assert entity["kind"] == kind
    assert container in entity["within"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("H-2A", "rocket"),
        ("Falcon 9", "rocket"),
        ("Starship", "rocket"),
        ("NASA", "agency"),
        ("SpaceX", "organization"),
        ("United Nations", "organization"),
        ("BRICS", "group"),
        ("European Union", "group"),
        ("Artemis Accords", "agreement"),
        ("Artemis program", "program"),
        ("Chang'e-6", "mission"),
        ("Yutu-2", "spacecraft"),
        ("COP28", "event"),
        ("Moon", "body"),
    ],
)
def test_known_kinds(lexicon: dict[str, Any], name: str, kind: str) -> None:
    assert by_name(lexicon)[name]["kind"] == kind


def test_apostrophe_spellings_have_curly_twins(lexicon: dict[str, Any]) -> None:
    """Prose often uses typographic apostrophes; each spelling with ' has its ’ twin."""
    missing = [
        (e["name"], s)
        for e in lexicon["entities"]
        for field, s in spellings(e)
        if field != "demonyms" and "'" in s and s.replace("'", "\u2019") not in e["aliases"]
    ]
    assert not missing, missing


def test_synonyms_keep_unrelated_predicates_apart(lexicon: dict[str, Any]) -> None:
    from factlint.reading.words import Synonyms

    key = Synonyms(lexicon["synonyms"]).key
    assert key("signed") == key("joined") == key("endorsed")
    assert key("backed") == key("supports")
    assert key("landed") == key("lands")
    assert key("launch") != key("establish")
    assert key("signed") != key("supported")
    assert key("crewed") != key("uncrewed")
    assert key("founded") == key("established") == key("built")
    assert key("released") == key("launched")
