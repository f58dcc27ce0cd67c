"""Text as a reader sees it: typographic quotes, dashes and spaces made plain, case folded.

Writers and sources type the same words with different characters: curly or
straight quotes, an en dash or a hyphen, a no-break or a thin space, a soft
hyphen, the "fi" ligature. None of them changes what a sentence says, so every
text is read through ``clean`` (case kept: capitals tell names apart) and compared
through ``fold`` (case and runs of whitespace gone too).

``clean`` keeps every character where it was except the em dash, which becomes a
spaced hyphen (" - ") so that it separates clauses as it does to a reader, and the
invisible characters it drops; positions in a document are therefore never taken
from cleaned text, only from the sentence's own offsets.
"""

from __future__ import annotations

import unicodedata

_PLAIN = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark, the typographic apostrophe
        "\u201a": "'",  # single low-9 quotation mark
        "\u201b": "'",  # single high-reversed-9 quotation mark
        "\u2032": "'",  # prime
        "\u02bc": "'",  # modifier letter apostrophe
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u2033": '"',  # double prime
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash: a range or a compound, read as a hyphen
        "\u2014": " - ",  # em dash: sets a clause apart
        "\u2015": " - ",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u00ad": "",  # soft hyphen
        "\u200b": "",  # zero-width space
    }
)


def clean(text: str) -> str:
    """``text`` with quotes, dashes and spaces made plain and compatibility forms unfolded
    (NFKC: "ﬁ" is "fi"); case is kept."""
    return unicodedata.normalize("NFKC", text).translate(_PLAIN)


def fold(text: str) -> str:
    """``clean`` plus case folding and collapsed whitespace: the form texts are compared in.

    Case folding can leave a character and a combining mark that compose ("ß" and an
    accent), so the result is normalised again: folding a folded text changes nothing.
    """
    return " ".join(unicodedata.normalize("NFKC", clean(text).casefold()).split())
