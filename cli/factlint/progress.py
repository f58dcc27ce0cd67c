"""How the library tells its caller how far a long load has got; it never shows anything itself.

A ``Progress`` is called as ``progress(stage, done, total)``, from the thread that
called the library, for each stage as it goes:

- ``READING``: facts files read and validated, in bytes of YAML;
- ``COMPILING``: claims read for matching (``compile_facts``), in claims.

Calls are a few a second at most and may skip values; the last call of a stage has
``done == total``. A stage that has nothing to do (facts from the compiled cache) is
not reported at all. ``factlint check`` shows them as progress bars on a terminal.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]

READING = "reading facts"
COMPILING = "compiling claims"
