"""End-to-end tests of ``factlint facts draft``: source articles in, a facts file out.

The articles are written here, in two domains (a software release note in Markdown, a
city news story in plain text), and every test runs the command line on files in a
temporary directory.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from cli_helpers import Factlint, make_factlint, write
from factlint.facts.draft import NO_DATE_NOTE, draft_texts

RELEASE = """\
# Nimbus 4.2 release notes

Published 12 May 2025

Nimbus 4.2 adds 14 new connectors and fixes 230 bugs.
The free plan now includes 5 GB of storage; the Team plan costs $12 a month per user.
Uploads are limited to 2 GB per file.
Nimbus runs on Windows, macOS and Linux.
Tallow Systems released Nimbus 4.1 in January 2025.

## What comes next?

Will the next release support Android?
Thanks to everyone who reported issues!
"""

CITY = """\
Riverton opens its new library

By Dana Ortiz

RIVERTON — The new Riverton Central Library opened on Saturday after two years
of construction. The library holds 120,000 books and employs 35 people.
The building cost $18 million, and the city council approved it by a 5-2 vote in 2022.
Mayor Ellen Park said the library would stay open seven days a week.
Its reading room seats 240 people.
Who will run the cafe, and will it open at 8 a.m.?
"""

ID = re.compile(r"[a-z0-9][a-z0-9._-]*")


@pytest.fixture
def factlint(monkeypatch: pytest.MonkeyPatch) -> Factlint:
    return make_factlint(monkeypatch)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    write(tmp_path, "release.md", RELEASE)
    write(tmp_path, "riverton.txt", CITY)
    return tmp_path


def drafted(factlint: Factlint, directory: Path, *names: str) -> dict[str, Any]:
    run = factlint("facts", "draft", *names, cwd=directory)
    assert run.code == 0, run.stderr
    data = yaml.safe_load(run.stdout)
    assert isinstance(data, dict)
    return data


def flat(text: str) -> str:
    """Text with each run of whitespace one space, as sentences are read."""
    return " ".join(text.split())


def claims_of(data: dict[str, Any], source_id: str) -> list[dict[str, Any]]:
    return [c for c in data["claims"] if c["sources"][0]["id"] == source_id]


def test_the_draft_validates(factlint: Factlint, articles: Path) -> None:
    run = factlint("facts", "draft", "release.md", "riverton.txt", "-o", "facts.yaml", cwd=articles)
    assert run.code == 0, run.stderr
    checked = factlint("facts", "validate", "facts.yaml", cwd=articles)
    assert checked.code == 0, checked.stdout
    assert checked.stdout.startswith("ok: ")


def test_output_file_and_standard_output(factlint: Factlint, articles: Path) -> None:
    run = factlint("facts", "draft", "release.md", "--output", "out/facts.yaml", cwd=articles)
    assert run.code == 2  # the directory is missing: one line, no traceback
    assert run.stderr.count("\n") == 1 and "out/facts.yaml" in run.stderr
    run = factlint("facts", "draft", "release.md", "-o", "facts.yaml", cwd=articles)
    assert run.code == 0
    assert run.stdout == ""
    written = (articles / "facts.yaml").read_text(encoding="utf-8")
    assert written == factlint("facts", "draft", "release.md", cwd=articles).stdout
    assert yaml.safe_load(written)["version"] == 1


def test_sources_title_date_and_note(factlint: Factlint, articles: Path) -> None:
    data = drafted(factlint, articles, "release.md", "riverton.txt")
    sources = {s["id"]: s for s in data["sources"]}
    assert list(sources) == ["release", "riverton"]
    assert sources["release"]["title"] == "Nimbus 4.2 release notes"
    assert sources["release"]["date"] == "2025-05-12"
    assert "note" not in sources["release"]
    assert sources["riverton"]["title"] == "Riverton opens its new library"
    assert "date" not in sources["riverton"]
    assert sources["riverton"]["note"] == NO_DATE_NOTE
    # A dated source's claims hold as of its date.
    assert {c.get("as_of") for c in claims_of(data, "release")} == {"2025-05-12"}
    assert {c.get("as_of") for c in claims_of(data, "riverton")} == {None}


def test_ids_are_unique_and_made_from_the_words(factlint: Factlint, articles: Path) -> None:
    # The same article twice: every claim's words again, under another source id.
    write(articles, "copy/release.md", RELEASE)
    data = drafted(factlint, articles, "release.md", "riverton.txt", "copy/release.md")
    ids = [c["id"] for c in data["claims"]] + [s["id"] for s in data["sources"]]
    assert len(ids) == len(set(ids))
    assert all(ID.fullmatch(i) for i in ids)
    assert [s["id"] for s in data["sources"]] == ["release", "riverton", "release-2"]
    for claim in data["claims"]:
        words = set(re.findall(r"[a-z0-9]+", claim["text"].lower().replace(",", "")))
        parts = [p for p in re.sub(r"-[0-9]+$", "", claim["id"]).split("-") if not p.isdigit()]
        assert parts and set(parts) <= words, (claim["id"], claim["text"])
    twice = [
        c["id"] for c in data["claims"] if c["text"] == "Uploads are limited to 2 GB per file."
    ]
    assert len(twice) == 2 and twice[1] == f"{twice[0]}-2"


def test_quotes_are_the_sentences_verbatim(factlint: Factlint, articles: Path) -> None:
    data = drafted(factlint, articles, "release.md", "riverton.txt")
    texts = {"release": flat(RELEASE), "riverton": flat(CITY)}
    for claim in data["claims"]:
        (citation,) = claim["sources"]
        assert flat(citation["quote"]) in texts[citation["id"]]
    quotes = {c["sources"][0]["quote"] for c in data["claims"]}
    # A sentence that runs over two lines is quoted whole; the dateline stays in the quote
    # and leaves the claim.
    opened = (
        "RIVERTON — The new Riverton Central Library opened on Saturday after two years "
        "of construction."
    )
    assert opened in quotes
    claim = next(c for c in data["claims"] if c["sources"][0]["quote"] == opened)
    assert claim["text"].startswith("The new Riverton Central Library opened")


def test_a_sentence_of_several_statements_gives_several_claims(
    factlint: Factlint, articles: Path
) -> None:
    data = drafted(factlint, articles, "release.md", "riverton.txt")
    by_quote: dict[str, list[str]] = {}
    for claim in data["claims"]:
        by_quote.setdefault(claim["sources"][0]["quote"], []).append(claim["text"])
    assert by_quote["Nimbus 4.2 adds 14 new connectors and fixes 230 bugs."] == [
        "Nimbus 4.2 adds 14 new connectors.",
        "Nimbus 4.2 fixes 230 bugs.",
    ]
    semicolon = (
        "The free plan now includes 5 GB of storage; the Team plan costs $12 a month per user."
    )
    assert by_quote[semicolon] == [
        "The free plan now includes 5 GB of storage.",
        "The Team plan costs $12 a month per user.",
    ]
    assert by_quote["The library holds 120,000 books and employs 35 people."] == [
        "The library holds 120,000 books.",
        "The library employs 35 people.",
    ]
    # "Its" points back: the sentence stays whole rather than lose its subject.
    assert by_quote["Its reading room seats 240 people."] == ["Its reading room seats 240 people."]


def test_what_is_not_drafted(factlint: Factlint, articles: Path) -> None:
    data = drafted(factlint, articles, "release.md", "riverton.txt")
    quotes = " ".join(c["sources"][0]["quote"] for c in data["claims"])
    for skipped in (
        "release notes",  # a heading
        "Published",  # the date line
        "Android",  # a question
        "Thanks",  # no checkable value
        "Dana Ortiz",  # a byline
        "cafe",  # a question with a clock time in it
    ):
        assert skipped not in quotes
    # A list of names is checkable without a number.
    assert "Nimbus runs on Windows, macOS and Linux." in quotes


def test_checking_each_article_against_its_draft(factlint: Factlint, articles: Path) -> None:
    for name in ("release.md", "riverton.txt"):
        made = factlint("facts", "draft", name, "-o", f"{name}.yaml", cwd=articles)
        assert made.code == 0, made.stderr
        run = factlint(
            "check", "--facts", f"{name}.yaml", name, "--format", "json", "--show-unverified",
            cwd=articles,
        )  # fmt: skip
        assert run.code == 0, run.stdout
        report = json.loads(run.stdout)
        assert report["summary"]["contradicted"] == 0
        drafted_from = {
            flat(c["sources"][0]["quote"])
            for c in yaml.safe_load((articles / f"{name}.yaml").read_text("utf-8"))["claims"]
        }
        verdicts = {flat(r["text"]): r["verdict"] for r in report["results"]}
        assert drafted_from and all(verdicts[q] == "supported" for q in drafted_from)


def test_an_unreadable_source_is_one_line_and_the_others_are_drafted(
    factlint: Factlint, articles: Path
) -> None:
    write(articles, "binary.txt", b"The bridge\x00 is 800 metres long.")
    run = factlint("facts", "draft", "release.md", "binary.txt", "missing.md", cwd=articles)
    assert run.code == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("factlint: binary.txt:") and "binary" in lines[0]
    assert lines[1].startswith("factlint: missing.md:")
    data = yaml.safe_load(run.stdout)
    assert [s["id"] for s in data["sources"]] == ["release"]
    assert claims_of(data, "release")


def test_nothing_readable_writes_nothing(factlint: Factlint, tmp_path: Path) -> None:
    run = factlint("facts", "draft", "missing.md", "-o", "facts.yaml", cwd=tmp_path)
    assert run.code == 2
    assert run.stdout == ""
    assert not (tmp_path / "facts.yaml").exists()


def test_a_claim_that_would_contradict_its_article_is_not_drafted() -> None:
    # The first line is a heading (no sentence end): factlint checks it, draft takes no
    # claim from it. "four lanes" would contradict it, so only the other clause is kept.
    article = (
        "The Osprey Bridge has six lanes\n\nThe Osprey Bridge has four lanes and opened in 1998.\n"
    )
    unchecked = draft_texts([("bridge.txt", article)], check=False)
    assert [c.text for c in unchecked.claims] == [
        "The Osprey Bridge has four lanes.",
        "The Osprey Bridge opened in 1998.",
    ]
    checked = draft_texts([("bridge.txt", article)])
    assert [c.text for c in checked.claims] == ["The Osprey Bridge opened in 1998."]
    assert (checked.candidates, checked.reworked, checked.dropped) == (1, 1, 0)


def test_an_article_without_checkable_values_still_validates(
    factlint: Factlint, tmp_path: Path
) -> None:
    write(tmp_path, "note.md", "# A short note\n\nThe garden is lovely in spring.\n")
    run = factlint("facts", "draft", "note.md", "-o", "facts.yaml", cwd=tmp_path)
    assert run.code == 0, run.stderr
    data = yaml.safe_load((tmp_path / "facts.yaml").read_text("utf-8"))
    assert data["claims"] == []
    assert data["sources"] == [{"id": "note", "title": "A short note", "note": NO_DATE_NOTE}]
    assert factlint("facts", "validate", "facts.yaml", cwd=tmp_path).code == 0


def test_front_matter_gives_title_and_date(factlint: Factlint, tmp_path: Path) -> None:
    write(
        tmp_path,
        "post.md",
        '---\ntitle: "Harbour ferry timetable"\ndate: 2024-06-01\n---\n\n'
        "The ferry crosses the harbour 12 times a day.\n",
    )
    data = drafted(factlint, tmp_path, "post.md")
    assert data["sources"] == [
        {"id": "post", "title": "Harbour ferry timetable", "date": "2024-06-01"}
    ]
    assert [c["as_of"] for c in data["claims"]] == ["2024-06-01"]


def test_a_date_in_the_story_is_not_the_source_date(factlint: Factlint, tmp_path: Path) -> None:
    write(
        tmp_path,
        "story.txt",
        "Harbour ferry adds a night crossing\n\n"
        "The harbour ferry made its first crossing on 4 July 1962, and it now crosses the "
        "harbour 12 times a day, carrying 3,000 passengers.\n",
    )
    data = drafted(factlint, tmp_path, "story.txt")
    assert data["sources"][0]["note"] == NO_DATE_NOTE


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("By Dana Ortiz | June 4, 2025", "2025-06-04"),
        ("March 2024", "2024-03"),
        ("Updated: 2023-11-30 09:15", "2023-11-30"),
        (
            "RIVERTON, Ohio, March 3, 2024 — The ferry crosses the harbour 12 times a day.",
            "2024-03-03",
        ),
        ("The ferry first crossed in May 1962.", None),
        ("1. The ferry first crossed in May 1962", None),
    ],
)
def test_which_line_dates_a_source(
    factlint: Factlint, tmp_path: Path, top: str, date: str | None
) -> None:
    write(
        tmp_path, "ferry.md", f"# Harbour ferry\n\n{top}\n\nThe ferry carries 3,000 passengers.\n"
    )
    (source,) = drafted(factlint, tmp_path, "ferry.md")["sources"]
    assert source.get("date") == date
    assert ("note" in source) == (date is None)


def test_a_dateline_stays_in_the_quote_and_leaves_the_claim(
    factlint: Factlint, tmp_path: Path
) -> None:
    dateline = "RIVERTON, Ohio, March 3, 2024 — The ferry crosses the harbour 12 times a day."
    write(tmp_path, "ferry.txt", f"Harbour ferry\n\n{dateline}\n")
    data = drafted(factlint, tmp_path, "ferry.txt")
    assert data["sources"][0]["date"] == "2024-03-03"
    (claim,) = data["claims"]
    assert claim["text"] == "The ferry crosses the harbour 12 times a day."
    assert claim["sources"][0]["quote"] == dateline
