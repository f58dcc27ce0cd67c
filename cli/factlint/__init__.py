"""factlint: check prose against a canonical facts file."""

__version__ = "0.1.0"
