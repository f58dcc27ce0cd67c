"""Fixtures for the verdict tests: the bundled facts, the bridge facts, and two plain
facts files written here as a team would write them (claims only, some replaced).

The tests import ``judging`` from ``tests/checks``; this folder puts it on the path.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CHECKS = str(Path(__file__).resolve().parents[1] / "checks")
if _CHECKS not in sys.path:
    sys.path.insert(0, _CHECKS)

import pytest  # noqa: E402
from judging import BRIDGE_FACTS, checker_of  # noqa: E402

from factlint.engine import Checker  # noqa: E402
from factlint.facts import load_facts  # noqa: E402

# A ski resort's guides and price lists: counts and prices that changed, with sources.
RESORT_FACTS = """\
version: 1
sources:
  - id: resort-guide-2022
    title: Skarnfjell resort guide 2022
    date: 2022-11
  - id: resort-guide-2024
    title: Skarnfjell resort guide 2024
    date: 2024-11
  - id: price-list-2023
    title: Skarnfjell price list 2023/24
    date: 2023-09
claims:
  - id: lifts-2022
    text: The Skarnfjell ski resort has 14 lifts.
    as_of: 2022-11
    replaced_by: lifts-2024
    sources: [resort-guide-2022]
  - id: lifts-2024
    text: The Skarnfjell ski resort has 17 lifts.
    as_of: 2024-11
    sources: [resort-guide-2024]
  - id: pass-2023
    text: A season pass at Skarnfjell costs €450.
    as_of: 2023-09
    replaced_by: pass-2024
    sources:
      - {id: price-list-2023, quote: "an adult season pass for the 2023/24 winter costs 450 euros"}
  - id: pass-2024
    text: A season pass at Skarnfjell costs €495.
    as_of: 2024-11
    sources: [resort-guide-2024]
  - id: slopes
    text: The Skarnfjell ski resort has 42 kilometres of slopes.
    sources: [resort-guide-2024]
  - id: trails
    text: The Skarnfjell ski resort has 25 kilometres of cross-country trails.
    sources: [resort-guide-2024]
  - id: opened
    text: The Skarnfjell ski resort opened in 1971.
    sources: [resort-guide-2024]
  - id: owner
    text: Skarnfjell is owned by Nordalp Resorts.
    sources: [resort-guide-2024]
  - id: gondola
    text: Nordalp Resorts opened a new gondola at Skarnfjell in 2019.
    sources: [resort-guide-2024]
  - id: children
    text: Children under six ski free at Skarnfjell.
    sources: [resort-guide-2024]
  - id: black-runs
    text: The black runs at Skarnfjell are the Wall, the Chute and the Gully.
    members: {names: [Wall, Chute, Gully], complete: true}
    sources: [resort-guide-2024]
"""

# A polar research station's reports.
STATION_FACTS = """\
version: 1
sources:
  - id: station-report-2022
    title: Halvard Station annual report 2022
    date: 2022-12
  - id: station-report-2024
    title: Halvard Station annual report 2024
    date: 2024-12
claims:
  - id: crew-2022
    text: Halvard Station has 22 winter crew members.
    as_of: 2022-12
    replaced_by: crew-2024
    sources:
      - id: station-report-2022
        quote: "22 winter crew members are staying at Halvard Station this year"
  - id: crew-2024
    text: Halvard Station has 26 winter crew members.
    as_of: 2024-12
    sources: [station-report-2024]
  - id: crew-summer
    text: Halvard Station has 60 summer crew members.
    sources: [station-report-2024]
  - id: station-opened
    text: Halvard Station opened in 1988.
    sources: [station-report-2024]
  - id: budget-2022
    text: Halvard Station's yearly budget is $14 million.
    as_of: 2022-12
    replaced_by: budget-2024
    sources: [station-report-2022]
  - id: budget-2024
    text: Halvard Station's yearly budget is $18 million.
    as_of: 2024-12
    sources: [station-report-2024]
  - id: vessel-scientists
    text: The research vessel Polar Tern carries 38 scientists.
    sources: [station-report-2024]
  - id: buoy-3
    text: Nordbuoy 3 was deployed north of Halvard Station in 2019.
    sources: [station-report-2024]
  - id: station-operator
    text: The Norwegian Polar Institute runs Halvard Station.
    sources: [station-report-2024]
  - id: balloon
    text: The station crew launched a weather balloon during the Polar Night Campaign in 2022.
    sources: [station-report-2024]
  - id: runway
    text: Halvard Station's ice runway is 2,800 metres long.
    sources: [station-report-2024]
  - id: eider-eggs
    text: The common eider lays up to six eggs.
    sources: [station-report-2024]
"""


@pytest.fixture(scope="session")
def lunar() -> Checker:
    """A checker on the bundled canonical facts."""
    return Checker(load_facts())


@pytest.fixture(scope="session")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    """A checker on the bridge facts of ``judging`` (with ``entities`` and ``about``)."""
    return checker_of(tmp_path_factory.mktemp("bridge"), BRIDGE_FACTS)


@pytest.fixture(scope="session")
def resort(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("resort"), RESORT_FACTS)


@pytest.fixture(scope="session")
def station(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return checker_of(tmp_path_factory.mktemp("station"), STATION_FACTS)
