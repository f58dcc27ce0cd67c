"""Corrections: the edit that makes a contradicted sentence agree with its claim.

A contradiction whose fix is one value gets one: a count, a year, a date, or a
number with its unit. The writer's wording and style are kept::

    claim:  29 countries have signed the Artemis Accords.
    draft:  Thirty-one countries have signed the Artemis Accords.
    fix:    "Thirty-one" -> "Twenty-nine"

    claim:  The Chang'e-7 mission will fly in 2026 ...
    draft:  ... the Chang'e-7 mission will fly in 2028.
    fix:    "2028" -> "2026"

    claim:  Japan launched SLIM on Sept. 6 ...
    draft:  Japan launched SLIM on Sept. 16.
    fix:    "Sept. 16" -> "Sept. 6"

Digits stay digits (``1,200`` keeps its separator), number words stay words with the
same capitals and hyphen, month names keep their form (``Sept.``, ``September``,
``Sep``) and ISO or US numeric dates theirs; a quantity keeps the writer's unit,
converted when the claim gives another. A hedge that stays true stays ("about 35"
-> "about 29", "within 500 meters" -> "within 100 meters" where the claim says
"within"); one the facts do not bear out goes ("more than 35" -> "29").

No fix is offered where the correction is not one clear value: a list member, a
negation, a swapped name, an order of events, a claim giving several values, an
outdated sentence (bringing it up to date may take more than one value, and the
writer may mean the history), a value whose text is split by markup or a line
break, or a value that cannot be written in the writer's style (a hedge only the
claim makes, "one country" becoming many).
"""

from factlint.fixes.propose import FIXABLE, apply_edits, digest, propose, with_fixes

__all__ = ["FIXABLE", "apply_edits", "digest", "propose", "with_fixes"]
