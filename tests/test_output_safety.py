"""What a command writes never destroys what it reads or what the user made by hand, and a wrong path
gets a plain message in the user's language (exit 2), never an OS error in English or a traceback.

From a user audit: export over its own plan or registry, import over a hand-edited plan or over its
source, import of a plan that is already YAML, folders given where files are meant (and back), stdin
named twice."""

from __future__ import annotations

import shutil

import pytest
from conftest import PLANS, ROOT, run

DOC = ROOT / "tests" / "import" / "plain.txt"


@pytest.fixture
def plans(tmp_path):
    """A copy of the sample plans folder: 2025.yaml, 2026.yaml, departments.yaml."""
    folder = tmp_path / "p"
    shutil.copytree(PLANS, folder)
    return folder


def unchanged(path, before: bytes) -> bool:
    return path.read_bytes() == before


# --- what the system says when a write fails, in the user's language (atomic.py)


def test_writing_into_a_file_as_if_it_were_a_folder_is_said_plainly(plans):
    r = run("render", plans / "2026.yaml", "-o", plans / "2026.yaml" / "x.docx")
    assert r.code == 2
    assert "File exists" not in r.err and "Not a directory" not in r.err
    assert "2026.yaml" in r.err and "不是文件夹" in r.err
    r = run("--lang", "en", "render", plans / "2026.yaml", "-o", plans / "2026.yaml" / "x.docx")
    assert r.code == 2 and "not a folder" in r.err


def test_a_folder_as_an_output_file_is_said_plainly(plans):
    folder = plans / "out.docx"
    folder.mkdir()
    r = run("render", plans / "2026.yaml", "-o", folder)
    assert r.code == 2
    assert "Is a directory" not in r.err and "文件夹" in r.err
    assert folder.is_dir()


def test_an_os_error_while_writing_is_in_the_users_language(tmp_path, monkeypatch):
    import errno

    from workplan import atomic

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full)
    r = run("export", PLANS / "2026.yaml", "-f", "json", "-o", tmp_path / "t.json")
    assert r.code == 2 and "No space" not in r.err and "磁盘" in r.err
