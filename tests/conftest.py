"""Shared test helpers: run the CLI in-process, paths to the sample plans, message language."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workplan import messages
from workplan.cli import app

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT.parent / "shared" / "seeds"

os.environ["WORKPLAN_LANG"] = "zh"  # deterministic messages whatever the machine locale


@pytest.fixture(autouse=True)
def chinese_messages():
    messages.use("zh")
    yield
    messages.use("zh")


class Run:
    def __init__(self, result):
        self.result = result
        self.code = result.exit_code
        self.out = result.stdout
        self.err = result.stderr

    def json(self):
        return json.loads(self.out)


def run(*args: str, input: str | None = None) -> Run:
    """Invoke `workplan ARGS` in-process through typer's CliRunner; never lets an exception pass."""
    result = CliRunner().invoke(app, [str(a) for a in args], input=input, catch_exceptions=True)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result)


@pytest.fixture
def plans(tmp_path):
    """A copy of the sample plans folder: 2025.yaml, 2026.yaml, 2026-speech.yaml, departments.yaml."""
    import shutil

    folder = tmp_path / "p"
    shutil.copytree(PLANS, folder)
    return folder
