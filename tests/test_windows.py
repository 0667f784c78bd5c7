"""Files as Windows makes them: CRLF line endings, a UTF-8 BOM (Notepad, WPS), UTF-16 ("Unicode" in
Notepad), backslash paths, a cp936 console; and files that cannot be replaced."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import DATA, PLANS, run

BOM = b"\xef\xbb\xbf"


def windows(data: bytes, crlf: bool = True, bom: bool = False) -> bytes:
    return (BOM if bom else b"") + (data.replace(b"\n", b"\r\n") if crlf else data)


@pytest.fixture
def folder(tmp_path):
    for name in ("2026.yaml", "departments.yaml"):
        shutil.copy(PLANS / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("crlf,bom", [(True, False), (False, True), (True, True)])
def test_findings_point_at_the_same_line_and_column(folder, crlf, bom):
    plan = folder / "2026.yaml"
    text = plan.read_bytes().replace("lead: 督导办".encode(), "lead: 督导室".encode(), 1)
    plan.write_bytes(text)
    expected = run("validate", plan).out
    assert ":19: 警告[alias-used]" in expected and "\n" + " " * 20 + "^" in expected
    plan.write_bytes(windows(text, crlf, bom))
    assert run("validate", plan).out == expected


@pytest.mark.parametrize("bom", [False, True])
def test_fmt_leaves_a_formatted_crlf_file_as_it_is(folder, bom):
    plan = folder / "2026.yaml"
    plan.write_bytes(windows(plan.read_bytes(), bom=bom))
    before = plan.read_bytes()
    assert run("fmt", "--check", plan).code == 0
    r = run("fmt", plan)
    assert r.code == 0, r.err
    assert plan.read_bytes() == before


@pytest.mark.parametrize("crlf,bom", [(True, False), (False, True), (True, True)])
def test_fmt_keeps_the_files_line_endings_and_bom(tmp_path, crlf, bom):
    path = tmp_path / "messy.yaml"
    path.write_bytes(windows((DATA / "fmt" / "messy.yaml").read_bytes(), crlf, bom))
    r = run("fmt", path)
    assert r.code == 0, r.err
    assert path.read_bytes() == windows((DATA / "fmt" / "messy.expected.yaml").read_bytes(), crlf, bom)


def test_new_drafts_with_the_sources_line_endings_and_bom(folder, tmp_path):
    assert run("new", "--from", folder / "2026.yaml", "-o", tmp_path / "lf.yaml").code == 0
    source = folder / "2026.yaml"
    source.write_bytes(windows(source.read_bytes(), bom=True))
    r = run("new", "--from", source, "-o", tmp_path / "crlf.yaml")
    assert r.code == 0, r.err
    assert (tmp_path / "crlf.yaml").read_bytes() == windows((tmp_path / "lf.yaml").read_bytes(), bom=True)


def workplan(*args, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """The CLI in a child process whose stdout is cp936, as when redirected on Chinese Windows."""
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    return subprocess.run([sys.executable, "-m", "workplan", *map(str, args)], input=stdin,
                          capture_output=True, env=env, timeout=60)


def test_fmt_of_standard_input_writes_the_file_back_byte_for_byte_in_utf8():
    # A plan's text may hold characters cp936 lacks; the bytes must not pass through the code page.
    plan = windows((PLANS / "2026.yaml").read_bytes().replace(b"title: ", "title: 𠀀✓".encode(), 1),
                   bom=True)
    r = workplan("fmt", "-", stdin=plan)
    assert r.returncode == 0, r.stderr.decode("gbk", "replace")
    assert r.stdout == plan


def test_import_to_standard_output_is_utf8_whatever_the_code_page(tmp_path):
    assert run("import", DATA.parent / "import" / "plain.txt", "-o", tmp_path / "plain.yaml").code == 0
    r = workplan("import", DATA.parent / "import" / "plain.txt")
    assert r.stdout == (tmp_path / "plain.yaml").read_bytes()


def test_utf16_plan_is_named_as_such_not_called_binary(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_bytes((PLANS / "2026.yaml").read_text(encoding="utf-8").encode("utf-16"))  # Notepad's "Unicode"
    r = run("validate", plan)
    assert r.code == 2
    assert "文件不是 UTF-8 编码（看起来是 UTF-16）" in r.err


def test_a_windows_departments_path_in_a_plan_works_here_too(folder):
    # Written on a Windows desktop, checked on a Linux CI runner.
    shared = folder / "shared"
    shared.mkdir()
    (folder / "departments.yaml").rename(shared / "departments.yaml")
    (folder / "plans").mkdir()
    plan = folder / "plans" / "2026.yaml"
    text = (folder / "2026.yaml").read_text(encoding="utf-8")
    plan.write_text(text.replace("title:", "departments: ..\\shared\\departments.yaml\ntitle:", 1), encoding="utf-8")
    r = run("validate", "--strict", plan)
    assert r.code == 0, r.err


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_file_is_not_replaced(folder):
    # On Windows replacing a read-only file fails; everywhere, fmt/new/render say so and leave it.
    plan = folder / "2026.yaml"
    plan.write_bytes((DATA / "fmt" / "messy.yaml").read_bytes())
    before = plan.read_bytes()
    plan.chmod(0o444)
    r = run("fmt", plan)
    assert r.code == 2
    assert f"无法写入 {plan}：文件是只读的" in r.err
    assert plan.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["2026.yaml", "departments.yaml"]


def test_a_workload_table_open_in_excel_is_named_so(tmp_path, monkeypatch):
    # Excel locks an open .xlsx or .csv as Word locks a .docx: the message names it.
    out = tmp_path / "workload.xlsx"
    out.write_bytes(b"the open table")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr("os.replace", locked)
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    r = run("depts", PLANS / "2026.yaml", "-o", out)
    assert r.code == 2 and "Excel" in r.err and "文件被占用" in r.err
    assert out.read_bytes() == b"the open table"


@pytest.mark.parametrize("bom", [False, True])
def test_a_stray_gbk_character_is_placed_in_characters_after_a_bom(tmp_path, bom):
    # e.g. a GBK line pasted into a UTF-8 file: the position counts characters, not bytes or the BOM
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(windows(b"title: " + "临川市".encode() + "教育局".encode("gbk") + b"\norg: " + "临川".encode()
                             + "局".encode("gbk") + b"\n", bom=bom))
    r = run("validate", plan)
    assert r.code == 2 and f"{plan}:1:11: 文件不是 UTF-8 编码" in r.err
    plan.write_bytes(plan.read_bytes().replace("教育局".encode("gbk"), "教育局".encode()))
    assert f"{plan}:2:8: 文件不是 UTF-8 编码" in run("validate", plan).err


@pytest.mark.parametrize("crlf", [False, True])
def test_fmt_follows_most_lines_when_endings_are_mixed(tmp_path, crlf):
    # one line pasted from elsewhere does not turn the whole file's endings round
    lines = windows((DATA / "fmt" / "messy.yaml").read_bytes(), crlf).splitlines(keepends=True)
    lines[1] = lines[1].rstrip(b"\r\n") + (b"\n" if crlf else b"\r\n")
    path = tmp_path / "messy.yaml"
    path.write_bytes(b"".join(lines))
    assert run("fmt", path).code == 0
    assert path.read_bytes() == windows((DATA / "fmt" / "messy.expected.yaml").read_bytes(), crlf)


def test_a_template_saved_by_notepad_as_ansi_says_what_to_do(tmp_path):
    template = tmp_path / "mine.j2"
    template.write_bytes("{{ title('工作要点') }}\r\n".encode("gb18030"))
    r = run("render", PLANS / "2026.yaml", "-t", template, "-o", tmp_path / "out.md")
    assert r.code == 2 and "不是 UTF-8 编码。请在编辑器中选择“另存为”→ 编码 UTF-8 后重试" in r.err
    template.write_bytes(BOM + "{{ title('工作要点') }}\r\n".encode())  # Notepad's "UTF-8 with BOM" works
    assert run("render", PLANS / "2026.yaml", "-t", template, "-o", tmp_path / "out.md").code == 0


def test_fmt_of_a_folder_takes_yaml_files_whatever_the_case_of_their_extension(tmp_path):
    # Windows file names are case-insensitive: 2026.YAML is as much a plan as 2026.yaml
    shutil.copy(DATA / "fmt" / "messy.yaml", tmp_path / "2026.YAML")
    r = run("fmt", "--check", tmp_path)
    assert r.code == 1 and "2026.YAML" in r.out


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_named_as_such_too(tmp_path, encoding):
    # the same detection as import's (decode.utf16_without_bom): "这不是文本文件" sent the clerk astray
    plan = tmp_path / "plan.yaml"
    plan.write_bytes((PLANS / "2026.yaml").read_text(encoding="utf-8").encode(encoding))
    r = run("validate", plan)
    assert r.code == 2 and "文件不是 UTF-8 编码（看起来是 UTF-16）" in r.err


def test_old_mac_line_endings_work_as_crlf_does_and_are_kept(folder, tmp_path):
    # a lone CR (classic Mac OS, some editors still offer it): validate read it, fmt and new refused it
    # with ~2 KB of the file quoted as one "comment"
    plan = folder / "2026.yaml"
    lf = plan.read_bytes()
    plan.write_bytes(lf.replace(b"\n", b"\r"))
    assert run("validate", plan).code == 0
    assert run("fmt", "--check", plan).code == 0
    r = run("fmt", plan)
    assert r.code == 0, r.err
    assert plan.read_bytes() == lf.replace(b"\n", b"\r")
    assert run("new", "--from", folder / "2026.yaml", "-o", tmp_path / "cr.yaml").code == 0
    plan.write_bytes(lf)
    assert run("new", "--from", plan, "-o", tmp_path / "lf.yaml").code == 0
    assert (tmp_path / "cr.yaml").read_bytes() == (tmp_path / "lf.yaml").read_bytes().replace(b"\n", b"\r")


def test_fmt_of_a_messy_old_mac_file(tmp_path):
    path = tmp_path / "messy.yaml"
    path.write_bytes((DATA / "fmt" / "messy.yaml").read_bytes().replace(b"\n", b"\r"))
    r = run("fmt", path)
    assert r.code == 0, r.err
    assert path.read_bytes() == (DATA / "fmt" / "messy.expected.yaml").read_bytes().replace(b"\n", b"\r")
