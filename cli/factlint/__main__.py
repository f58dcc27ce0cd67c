"""Run factlint as ``python -m factlint``."""

from factlint.cli import main

main()
