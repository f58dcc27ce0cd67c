"""The language server (``factlint lsp``): live checks, hover and corrections in editors.

Needs pygls (``pip install 'factlint[lsp]'``); importing this package without it
raises ``ImportError``, which the CLI turns into one line.
"""

from factlint.lsp.server import DEBOUNCE, build_server, serve

__all__ = ["DEBOUNCE", "build_server", "serve"]
