"""``factlint config``: the effective configuration and where each value came from."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from factlint.cli.common import ConfigOption, VersionOption, guarded, load_config


@guarded
def show_config(
    config: ConfigOption = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    version: VersionOption = None,
) -> None:
    """Print the effective configuration and where each value came from."""
    cfg = load_config(config, {})
    values: dict[str, object] = {
        "facts": [str(p) for p in cfg.facts] or "(bundled canonical facts)",
        "include": list(cfg.include),
        "exclude": list(cfg.exclude),
        "fail_on": cfg.fail_on,
        "format": cfg.format or "(auto: github under GitHub Actions, else text)",
        "show_unverified": cfg.show_unverified,
        "min_score": cfg.match.min_score,
        "hedge_tolerance": cfg.match.hedge_tolerance,
        "max_facts_mib": cfg.max_facts_mib,
        "jobs": cfg.jobs,
        "cache": cfg.cache,
    }
    if output_format == "json":
        doc = {
            "config_file": str(cfg.path) if cfg.path else None,
            "values": {
                k: {"value": v, "from": cfg.origins.get(k, "default")} for k, v in values.items()
            },
        }
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return
    sys.stdout.write(f"# config file: {cfg.path or '(none found; defaults)'}\n")
    for key, value in values.items():
        sys.stdout.write(f"{key} = {json.dumps(value)}  # from {cfg.origins.get(key, 'default')}\n")
