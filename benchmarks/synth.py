"""Generate a synthetic facts base and labelled drafts for the scale benchmark.

    python benchmarks/synth.py OUT --claims 100000 --sentences 5000 [--seed 7]

writes ``OUT/facts/`` (``sources.yaml`` and ``claims-NNN.yaml``, 5,000 claims a
file, in the facts file format; with ``--per-file 0`` one ``facts.yaml`` holds it all),
``OUT/drafts/draft-NNN.md`` (100 sentences a file, in paragraphs) and
``OUT/labels.json`` (``{"path:line": verdict}``).

Claims read like the canonical ones: spacecraft named ``Kestrel-214`` (one
entity each) with launch years, sites, instrument counts, masses and landing
dates, and lunar alliances (``the Meridian Lunar Alliance``) that countries join,
some alliances far more talked about than others (Zipf-like), so that a few
subjects gather thousands of claims. Draft sentences are labelled:

- supported: a claim, as written or reworded (word order, number words);
- contradicted: a claim with its count, mass or year changed beyond any hedge;
- unverified: a known name on another topic, a name the base does not hold,
  or a country and alliance the base says nothing about.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

CLAIMS_PER_FILE = 5000
SENTENCES_PER_DRAFT = 100
SOURCES = 40

PREFIXES = [
    "Aurora",
    "Kestrel",
    "Halcyon",
    "Meridian",
    "Solace",
    "Vanguard",
    "Tempest",
    "Zenith",
    "Corvid",
    "Osprey",
    "Harrier",
    "Lyra",
    "Vesper",
    "Cygnet",
    "Falcata",
    "Orrery",
    "Peregrine",
    "Quasar",
    "Radiant",
    "Sable",
    "Tamarin",
    "Umbra",
    "Verity",
    "Wayfarer",
    "Xenia",
    "Yarrow",
    "Zephyr",
    "Albatross",
    "Bellwether",
    "Cormorant",
    "Dunlin",
    "Egret",
    "Fulmar",
    "Gannet",
    "Heron",
    "Ibis",
    "Jacana",
    "Kittiwake",
    "Lapwing",
    "Merlin",
    "Nightjar",
    "Oriole",
    "Petrel",
    "Redstart",
    "Shearwater",
    "Tern",
    "Warbler",
    "Wren",
    "Sparrow",
    "Starling",
    "Swift",
    "Kite",
    "Condor",
    "Avocet",
    "Bittern",
    "Curlew",
    "Dipper",
    "Eider",
    "Finch",
    "Godwit",
    "Hobby",
    "Jay",
    "Knot",
    "Linnet",
    "Martin",
    "Nuthatch",
    "Ouzel",
    "Pipit",
    "Rook",
    "Siskin",
    "Teal",
    "Twite",
    "Wigeon",
    "Whimbrel",
    "Plover",
    "Puffin",
    "Raven",
    "Robin",
    "Shrike",
    "Skylark",
    "Snipe",
    "Stint",
    "Thrush",
    "Crossbill",
    "Goldcrest",
    "Hawfinch",
    "Kingfisher",
    "Moorhen",
    "Redwing",
    "Ruff",
    "Scaup",
    "Smew",
    "Stonechat",
    "Treecreeper",
    "Wheatear",
    "Whinchat",
    "Woodlark",
    "Yellowhammer",
    "Brambling",
    "Chiffchaff",
    "Firecrest",
    "Greenfinch",
    "Hoopoe",
    "Lammergeier",
    "Merganser",
    "Nightingale",
    "Pochard",
    "Quail",
    "Rosefinch",
    "Sanderling",
    "Shelduck",
    "Spoonbill",
    "Turnstone",
    "Waxwing",
    "Wryneck",
]
ALLIANCE_WORDS = [
    "Meridian",
    "Solstice",
    "Equinox",
    "Perihelion",
    "Apogee",
    "Tranquility",
    "Serenity",
    "Copernicus",
    "Tycho",
    "Kepler",
    "Galileo",
    "Aristarchus",
    "Plato",
    "Archimedes",
    "Eratosthenes",
    "Ptolemy",
    "Hipparchus",
    "Clavius",
    "Grimaldi",
    "Langrenus",
    "Petavius",
    "Schickard",
    "Theophilus",
    "Cyrillus",
    "Catharina",
    "Posidonius",
    "Endymion",
    "Atlas",
    "Hercules",
    "Bailly",
    "Gassendi",
    "Mersenius",
    "Pitatus",
    "Purbach",
    "Regiomontanus",
    "Walther",
    "Werner",
    "Aliacensis",
    "Stofler",
    "Maurolycus",
    "Janssen",
    "Fabricius",
    "Metius",
    "Rheita",
    "Snellius",
    "Stevinus",
    "Furnerius",
    "Vendelinus",
    "Humboldt",
    "Hecataeus",
]
COUNTRIES = [
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Portugal",
    "Brazil",
    "Argentina",
    "Chile",
    "Peru",
    "Mexico",
    "Canada",
    "Japan",
    "India",
    "Indonesia",
    "Thailand",
    "Vietnam",
    "Malaysia",
    "Singapore",
    "Australia",
    "Nigeria",
    "Kenya",
    "Egypt",
    "Morocco",
    "Algeria",
    "Tunisia",
    "Ghana",
    "Senegal",
    "Ethiopia",
    "Rwanda",
    "Turkey",
    "Greece",
    "Poland",
    "Romania",
    "Hungary",
    "Austria",
    "Switzerland",
    "Belgium",
    "Netherlands",
    "Denmark",
    "Norway",
    "Sweden",
    "Finland",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Ukraine",
    "Pakistan",
    "Bangladesh",
    "Mongolia",
    "Kazakhstan",
    "Uzbekistan",
    "Azerbaijan",
    "Armenia",
    "Georgia",
    "Israel",
    "Jordan",
    "Bahrain",
    "Oman",
    "Qatar",
    "Colombia",
    "Ecuador",
    "Uruguay",
    "Paraguay",
    "Bolivia",
    "Venezuela",
    "Cuba",
    "Iceland",
    "Ireland",
    "Luxembourg",
    "Slovakia",
    "Slovenia",
    "Croatia",
    "Serbia",
    "Bulgaria",
    "Cyprus",
    "Malta",
]
CITIES = [
    "Houston",
    "Toulouse",
    "Bremen",
    "Turin",
    "Madrid",
    "Bangalore",
    "Tokyo",
    "Sydney",
    "Nairobi",
    "Cairo",
    "Moscow",
    "Beijing",
    "Shanghai",
    "Paris",
    "London",
    "Berlin",
    "Rome",
    "Lisbon",
    "Ottawa",
    "Toronto",
    "Montreal",
    "Seattle",
    "Denver",
    "Boston",
    "Chicago",
    "Atlanta",
    "Dallas",
    "Miami",
    "Phoenix",
    "Sapporo",
    "Osaka",
    "Kyoto",
    "Nagoya",
    "Seoul",
    "Busan",
    "Delhi",
    "Mumbai",
    "Chennai",
    "Hyderabad",
    "Jakarta",
    "Bangkok",
    "Hanoi",
    "Manila",
    "Singapore",
    "Perth",
    "Melbourne",
    "Auckland",
]
SITES = ["Cape Canaveral", "Baikonur", "Kourou", "Tanegashima", "Wenchang", "Sriharikota"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
BIRDS = ["seabird", "comet", "poet", "river", "mountain", "goddess", "lighthouse", "glacier"]
OTHER_TOPICS = [
    "{m} was named after a {bird} by a school competition.",
    "Engineers painted {m} white to keep its electronics cool.",
    "The team behind {m} celebrated with cake and speeches.",
    "Schoolchildren around the world followed {m} closely.",
]
GENERAL = [
    "Lunar dust remains a stubborn problem for engineers.",
    "Space agencies increasingly share data with one another.",
    "Budget debates often delay ambitious science programmes.",
    "The far side of the Moon never faces the Earth.",
]


@dataclass
class Fact:
    """A generated claim with the parts a draft sentence can reword or change."""

    id: str
    kind: str  # launch, instruments, mass, landing, engineers, images, joined
    subject: str
    value: int
    extra: str  # city, site or country
    text: str


def number_word(n: int) -> str | None:
    return WORDS[n] if 0 <= n < len(WORDS) else None


def render(fact: Fact, value: int, variant: int) -> str:
    """A sentence saying what ``fact`` says, with ``value`` in place of its value."""
    m, x = fact.subject, fact.extra
    if fact.kind == "launch":
        return (
            f"{m} launched from {x} in {value}."
            if variant == 0
            else f"In {value}, {m} lifted off from {x}."
        )
    if fact.kind == "instruments":
        word = number_word(value)
        said = word if variant == 1 and word else str(value)
        return f"{m} carries {said} scientific instruments."
    if fact.kind == "mass":
        return (
            f"{m} has a launch mass of {value:,} kilograms."
            if variant == 0
            else f"At launch, {m} weighed {value:,} kilograms."
        )
    if fact.kind == "landing":
        return (
            f"{m} is scheduled to land on the Moon in {value}."
            if variant == 0
            else f"{m} is expected to touch down on the Moon in {value}."
        )
    if fact.kind == "engineers":
        return f"{m} was built by a team of {value} engineers."
    if fact.kind == "images":
        return f"{m} sent back {value:,} images in its first week."
    # joined
    return f"{x} joined the {m} in {value}." if variant == 0 else f"In {value}, {x} joined the {m}."


def changed(fact: Fact, rng: random.Random) -> int:
    """Another value for the fact, far enough off that no hedge or rounding covers it."""
    v = fact.value
    if fact.kind in ("launch", "landing", "joined"):
        return v + rng.choice([-4, -3, -2, -1, 1, 2, 3, 4])
    if fact.kind == "mass":
        return int(v * rng.choice([0.5, 0.6, 1.4, 1.7, 2.0]))
    return v + max(2, v // 3) * rng.choice([-1, 1]) if v > 6 else v + rng.choice([3, 4, 5])


def generate(claims: int, sentences: int, seed: int) -> tuple[dict[str, list[Fact]], list[str]]:
    rng = random.Random(seed)
    crafts: list[str] = []
    n = 0
    alliances = [f"{w} Lunar Alliance" for w in ALLIANCE_WORDS] + [
        f"{w} {s} Alliance" for w in ALLIANCE_WORDS for s in ("Orbital", "Surface", "Relay")
    ]
    # About one claim in ten is a country joining an alliance; alliances are Zipf-popular.
    joins = claims // 10
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(alliances))]
    facts: dict[str, list[Fact]] = {}
    kinds = ["launch", "instruments", "mass", "landing", "engineers", "images"]
    seen_joins: set[tuple[str, str]] = set()
    while n < joins:
        alliance = rng.choices(alliances, weights)[0]
        country = rng.choice(COUNTRIES)
        if (alliance, country) in seen_joins:
            if len(seen_joins) >= len(alliances) * len(COUNTRIES):
                break
            continue
        seen_joins.add((alliance, country))
        year = rng.randint(2015, 2030)
        fact = Fact(f"join-{n:06d}", "joined", alliance, year, country, "")
        fact.text = render(fact, year, 0)
        facts.setdefault(alliance, []).append(fact)
        n += 1
    i = 0
    while n < claims:
        craft = f"{PREFIXES[i % len(PREFIXES)]}-{i // len(PREFIXES) + 1}"
        crafts.append(craft)
        i += 1
        for kind in rng.sample(kinds, 4):
            if n >= claims:
                break
            value = {
                "launch": rng.randint(1998, 2024),
                "instruments": rng.randint(2, 40),
                "mass": rng.randrange(200, 9000, 10),
                "landing": rng.randint(2025, 2035),
                "engineers": rng.randint(40, 900),
                "images": rng.randrange(1200, 90000, 100),
            }[kind]
            place = rng.choice(SITES if kind == "launch" else CITIES)
            fact = Fact(f"{craft.lower()}-{kind}", kind, craft, value, place, "")
            fact.text = render(fact, value, 0)
            facts.setdefault(craft, []).append(fact)
            n += 1
    return facts, crafts


def yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def write_facts(
    out: Path,
    facts: dict[str, list[Fact]],
    crafts: list[str],
    seed: int,
    per_file: int = CLAIMS_PER_FILE,
    annotated: bool = False,
) -> int:
    """Write the base: ``sources.yaml`` and ``claims-NNN.yaml`` of ``per_file`` claims each,
    or (``per_file`` 0) one ``facts.yaml`` holding the sources and every claim.

    Claims are plain sentences, as a user writes them; ``annotated`` adds what a writer
    may add: an ``entities`` list with the subjects' kinds and each claim's ``about``."""
    rng = random.Random(seed + 1)
    out.mkdir(parents=True, exist_ok=True)
    source_lines = ["sources:"]
    for s in range(SOURCES):
        source_lines += [
            f"  - id: wire-{s:02d}",
            f"    title: {yaml_str(f'Lunar wire report {s + 1}')}",
            "    publisher: Synthetic Wire",
            f"    date: 2024-{s % 12 + 1:02d}-{s % 27 + 1:02d}",
        ]
    if per_file:
        (out / "sources.yaml").write_text(
            "\n".join(["version: 1", *source_lines]) + "\n", encoding="utf-8"
        )
    every = [f for subject in facts for f in facts[subject]]
    rng.shuffle(every)
    entity_lines = ["entities:"]
    for subject in facts:
        kind = "program" if subject.endswith("Alliance") else "spacecraft"
        entity_lines += [f"  - name: {yaml_str(subject)}", f"    kind: {kind}"]
    step = per_file or max(1, len(every))
    for files, start in enumerate(range(0, len(every), step)):
        chunk = every[start : start + step]
        lines = ["version: 1"]
        if start == 0:
            entities = entity_lines if annotated else []
            lines += entities if per_file else [*source_lines, *entities]
        lines.append("claims:")
        for fact in chunk:
            src = f"wire-{rng.randrange(SOURCES):02d}"
            lines += [
                f"  - id: {fact.id}",
                f"    text: {yaml_str(fact.text)}",
                *([f"    about: [{yaml_str(fact.subject)}]"] if annotated else []),
                "    sources:",
                f"      - id: {src}",
                f"        quote: {yaml_str(fact.text)}",
            ]
        name = f"claims-{files:03d}.yaml" if per_file else "facts.yaml"
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(every)


def write_drafts(
    out: Path, facts: dict[str, list[Fact]], crafts: list[str], count: int, seed: int
) -> dict[str, str]:
    rng = random.Random(seed + 2)
    out.mkdir(parents=True, exist_ok=True)
    every = [f for subject in facts for f in facts[subject]]
    joined = {(f.subject, f.extra) for f in every if f.kind == "joined"}
    alliances = sorted({f.subject for f in every if f.kind == "joined"})
    labels: dict[str, str] = {}
    sentences: list[tuple[str, str]] = []
    while len(sentences) < count:
        roll = rng.random()
        if roll < 0.4 or roll < 0.8:
            fact = rng.choice(every)
            variant = rng.randrange(2)
            if roll < 0.4:
                sentences.append((render(fact, fact.value, variant), "supported"))
            else:
                sentences.append((render(fact, changed(fact, rng), variant), "contradicted"))
            continue
        pick = rng.randrange(4)
        if pick == 0 and crafts:
            craft = rng.choice(crafts)
            template = rng.choice(OTHER_TOPICS)
            sentences.append((template.format(m=craft, bird=rng.choice(BIRDS)), "unverified"))
        elif pick == 1:
            # A name the base does not hold: same wording, unknown spacecraft.
            unknown = f"{rng.choice(PREFIXES)}-{rng.randint(5000, 9999)}"
            kind = rng.choice(["instruments", "engineers", "landing"])
            value = rng.randint(2025, 2035) if kind == "landing" else rng.randint(3, 300)
            ghost = Fact("", kind, unknown, value, "", "")
            sentences.append((render(ghost, value, 0), "unverified"))
        elif pick == 2 and alliances:
            alliance = rng.choice(alliances)
            country = rng.choice(COUNTRIES)
            if (alliance, country) in joined:
                continue
            ghost = Fact("", "joined", alliance, 0, country, "")
            sentences.append((render(ghost, rng.randint(2015, 2030), 0), "unverified"))
        else:
            sentences.append((rng.choice(GENERAL), "unverified"))
    for d in range(0, len(sentences), SENTENCES_PER_DRAFT):
        name = f"draft-{d // SENTENCES_PER_DRAFT:03d}.md"
        lines = [f"# Lunar notes {d // SENTENCES_PER_DRAFT + 1}", ""]
        for j, (text, label) in enumerate(sentences[d : d + SENTENCES_PER_DRAFT]):
            if j and j % 3 == 0:
                lines.append("")
            lines.append(text)
            labels[f"{name}:{len(lines)}"] = label
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=10000)
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--per-file",
        type=int,
        default=CLAIMS_PER_FILE,
        help=f"claims a file (default {CLAIMS_PER_FILE:,}); 0: the whole base in one facts.yaml",
    )
    parser.add_argument(
        "--annotated",
        action="store_true",
        help="add entities and each claim's about (default: plain claims only)",
    )
    args = parser.parse_args()
    facts, crafts = generate(args.claims, args.sentences, args.seed)
    written = write_facts(
        args.out / "facts", facts, crafts, args.seed, args.per_file, args.annotated
    )
    labels = write_drafts(args.out / "drafts", facts, crafts, args.sentences, args.seed)
    (args.out / "labels.json").write_text(json.dumps(labels, indent=0), encoding="utf-8")
    print(f"{written} claims, {len(facts)} subjects, {len(labels)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
