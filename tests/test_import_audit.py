"""A user audit of `workplan import` (a clerk on Chinese Windows): --force over the registry import reads,
an Office file renamed to .yaml, a document whose line breaks were lost, a truncated .docx, and notes about
the whole document without the file's name."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import PLANS, run

docx = pytest.importorskip("docx")


def small_docx(path, paragraphs=("临川市教育局2026年工作要点", "一、加强党的建设", "1.强化政治引领。深入学习。（牵头：思教科）")):
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def snapshot(folder) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- 1. --force replaces an old plan, never a registry: not the one beside the plan, not one named otherwise


@pytest.mark.parametrize("args", [
    ["-o", "departments.yaml", "--force"],  # the registry beside the plan, read when no -r is given
    ["-o", "./departments.yaml", "--force"],
    ["-o", "departments.yaml"],
    ["-o", "departments.yaml", "-r", "reg.yaml", "--force"],  # not read this time, but a registry all the same
    ["-o", "reg.yaml", "--force"],  # a registry by its content, whatever its name
    ["-o", "reg.yaml", "-r", "reg.yaml", "--force"],
    ["-o", "departments.yaml", "--write-registry", "new.yaml", "--force"],
])
def test_import_never_writes_a_plan_over_a_registry(plans, monkeypatch, args):
    monkeypatch.chdir(plans)
    small_docx(plans / "s.docx")
    shutil.copy(plans / "departments.yaml", plans / "reg.yaml")
    before = snapshot(plans)
    r = run("import", "s.docx", *args)
    assert r.code == 2, r.err
    assert "不会覆盖" in r.err and args[1].lstrip("./") in r.err
    assert snapshot(plans) == before


def test_import_over_the_registry_beside_it_says_it_is_an_input(plans, monkeypatch):
    monkeypatch.chdir(plans)
    small_docx(plans / "s.docx")
    r = run("import", "s.docx", "-o", "departments.yaml", "--force", "-f", "json")
    assert r.code == 2 and json.loads(r.out)["errors"][0]["code"] == "output-is-input"


def test_import_with_force_still_replaces_an_old_plan_beside_the_registry(plans):
    small_docx(plans / "s.docx")
    r = run("import", plans / "s.docx", "-o", plans / "2026.yaml", "--force")
    assert r.code == 0, r.err
    assert "强化政治引领" in (plans / "2026.yaml").read_text(encoding="utf-8")
    assert (plans / "departments.yaml").read_bytes() == (PLANS / "departments.yaml").read_bytes()
