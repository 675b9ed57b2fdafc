"""CLI commands of the diff stage (registered on the main group by regkb.cli)."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
