"""Lint and types are part of the test run: ruff on src and tests, mypy --strict on the package."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [[sys.executable, "-m", "ruff", "check", "src", "tests"], [sys.executable, "-m", "mypy", "--strict", "src"]],
    ids=["ruff", "mypy-strict"],
)
def test_clean(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
