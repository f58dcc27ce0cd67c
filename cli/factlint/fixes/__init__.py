"""Corrections: the edit that makes a contradicted sentence agree with its claim.

A contradiction whose fix is one value gets one: a count, a year, a date, a number
with its unit, or an amount of money. The writer's wording and style are kept::

    claim:  29 countries have signed the Artemis Accords.
    draft:  Thirty-one countries have signed the Artemis Accords.
    fix:    "Thirty-one" -> "Twenty-nine"

    claim:  The Chang'e-7 mission will fly in 2026 ...
    draft:  ... the Chang'e-7 mission will fly in 2028.
    fix:    "2028" -> "2026"

    claim:  Japan launched SLIM on Sept. 6 ...
    draft:  Japan launched SLIM on Sept. 16.
    fix:    "Sept. 16" -> "Sept. 6"

    claim:  The Pro plan costs $10 per month.
    draft:  The Pro plan costs $150 a year.
    fix:    "150" -> "120"

Digits stay digits (``1,200`` keeps its separator), number words stay words with the
same capitals and hyphen, month names keep their form (``Sept.``, ``September``,
``Sep``) and ISO or US numeric dates theirs; a quantity keeps the writer's unit,
converted when the claim gives another, money its currency and scale ("$462M" ->
"$426M"), and a rate its time base. A hedge that stays true stays ("about 35" ->
"about 29", "within 500 meters" -> "within 100 meters" where the claim says
"within"); one the facts do not bear out goes ("more than 35" -> "29"). Each
correction is read back as the checks read it, and offered only if it then agrees
with the claim.

No fix is offered where the correction is not one clear value: a list member, a
negation, a swapped name, an order of events, a claim giving several values, an
outdated sentence (bringing it up to date may take more than one value, and the
writer may mean the history), a value whose text is split by markup or a line
break, or a value that cannot be written in the writer's style (a hedge only the
claim makes, "one country" becoming many).
"""

from factlint.fixes.propose import FIXABLE, apply_edits, digest, propose, with_fixes

__all__ = ["FIXABLE", "apply_edits", "digest", "propose", "with_fixes"]
