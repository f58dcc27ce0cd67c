"""Run factlint as ``python -m factlint``."""

from factlint.cli import main

# Guarded: processes started by "spawn" (Dask's workers, for one) import this module again.
if __name__ == "__main__":
    main()
