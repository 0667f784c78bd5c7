"""No input makes `workplan import` print a traceback: each bad input gets a message and exit 2,
and nothing is written."""

import random

import pytest
from conftest import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def imported(tmp_path, data: bytes, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.yaml"
    out.unlink(missing_ok=True)
    return run("import", path, "-o", out), out


@pytest.mark.parametrize(("data", "message"), [
    (b"", "没有可导入的正文"),
    (b"\n \n\t\n", "没有可导入的正文"),
    ("浏览次数：12\n上一篇：某某\n".encode(), "没有可导入的正文"),
    (bytes(range(256)) * 4, "二进制"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "二进制"),
    (b"\xff\xd8\xff\xe0" + bytes(100), "二进制"),
])
def test_unusable_documents(tmp_path, data, message):
    r, out = imported(tmp_path, data)
    assert r.code == 2 and message in r.err and not out.exists()


def test_a_5_mb_text_is_refused_before_reading_it_through(tmp_path):
    line = "一、这是一段很长的文字，用来测试文件大小的上限。\n".encode()
    r, out = imported(tmp_path, line * (5 * 2**20 // len(line)))
    assert r.code == 2 and "文件过大" in r.err and not out.exists()


def test_missing_file_directory_and_registry(tmp_path):
    assert run("import", tmp_path / "nope.txt", "-o", tmp_path / "o.yaml").code == 2
    assert run("import", tmp_path, "-o", tmp_path / "o.yaml").code == 2
    (tmp_path / "d.txt").write_text("青岚县教育局2025年工作要点\n一、加强党建\n1.学习。（办公室）\n", encoding="utf-8")
    r = run("import", tmp_path / "d.txt", "-o", tmp_path / "o.yaml", "-r", tmp_path / "none.yaml")
    assert r.code == 2 and "none.yaml" in r.err


def test_an_unwritable_output(tmp_path):
    (tmp_path / "d.txt").write_text("青岚县教育局2025年工作要点\n一、加强党建\n1.学习。（办公室）\n", encoding="utf-8")
    (tmp_path / "file").write_text("x")
    r = run("import", tmp_path / "d.txt", "-o", tmp_path / "file" / "o.yaml")
    assert r.code == 2 and "无法写入" in r.err


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(tmp_path, data):
    r, out = imported(tmp_path, data)
    assert r.code in (0, 1, 2)  # 1: a plan is written, but no measure was found in the document
    assert out.exists() == (r.code != 2)
    assert (r.code == 1) == ("import-no-measures" in r.err)


SCRAPS = ["一、", "（一）", "1.", "①", "（牵头：", "配合：", "）", "。", "，", "\n", "\n\n", "&nbsp;", "&bsp;", "&t;",
          "上一篇：", "2025年", "工作要点", "加强管理", "办公室", "同志们：", "责任单位：", "(", ")", "、", "等", "2",
          "30个", "58%", "　　", "\u200b", "目录", "……1", "<p>", "</p>", "〔2025〕3号", "达92%以上", "控制在0.5%以内"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SCRAPS), max_size=80), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_any_jumble_of_document_pieces_imports_or_is_refused(tmp_path, scraps, encoding):
    r, out = imported(tmp_path, "".join(scraps).encode(encoding))
    assert r.code in (0, 1, 2), r.err
    assert (r.code == 1) == ("import-no-measures" in r.err)  # written, but without a measure
    if r.code in (0, 1):  # what import writes, validate accepts
        assert run("validate", out).code == 0


def test_a_shuffled_real_document_still_imports(tmp_path):
    from conftest import ROOT

    lines = (ROOT / "tests" / "import" / "forms.txt").read_text(encoding="utf-8").splitlines()
    random.Random(7).shuffle(lines)
    r, out = imported(tmp_path, "\n".join(lines).encode())
    assert r.code == 0 and run("validate", out).code == 0


@pytest.mark.parametrize("magic", [b"Rar!\x1a\x07\x00", b"7z\xbc\xaf\x27\x1c"])
def test_a_rar_or_7z_archive_is_said_to_be_one(tmp_path, magic):
    archive = tmp_path / "去年的要点.txt"
    archive.write_bytes(magic + b"\x00" * 64)
    r = run("import", archive, "-o", tmp_path / "p.yaml")
    assert r.code == 2 and "RAR 或 7z 压缩包" in r.err and "{" not in r.err


# --- a workplan YAML file saved as .txt or .md is no document: said what it is and what to do


@pytest.mark.parametrize("name", ["reg.txt", "名册.md", "departments.txt"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_registry_saved_as_text_is_refused_as_a_registry(tmp_path, name, encoding):
    from conftest import PLANS

    path = tmp_path / name
    path.write_bytes((PLANS / "departments.yaml").read_text(encoding="utf-8").encode(encoding))
    out = tmp_path / "p.yaml"
    r = run("import", path, "-o", out)
    assert r.code == 2 and "Traceback" not in r.err and not out.exists()
    assert f"{path} 是 workplan 的科室名册" in r.err and f"-r {path}" in r.err and "departments.yaml" in r.err
    r = run("--lang", "en", "import", path, "-o", out, "-f", "json")
    assert r.code == 2 and [e["code"] for e in r.json()["errors"]] == ["import-is-registry"]
    assert "department registry" in r.json()["errors"][0]["message"]


def test_a_registry_as_the_plan_would_be_replaced_is_refused_before_the_output_is_looked_at(tmp_path):
    """An existing -o is no reason to talk of --force: the input is no document at all."""
    from conftest import PLANS

    (tmp_path / "reg.txt").write_text((PLANS / "departments.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "p.yaml").write_text("old", encoding="utf-8")
    r = run("import", tmp_path / "reg.txt", "-o", tmp_path / "p.yaml")
    assert r.code == 2 and "科室名册" in r.err and "--force" not in r.err
    assert (tmp_path / "p.yaml").read_text(encoding="utf-8") == "old"


def test_a_registry_on_standard_input_is_refused_as_a_registry(tmp_path):
    from conftest import PLANS

    r = run("import", "-", "-o", tmp_path / "p.yaml", input=(PLANS / "departments.yaml").read_text(encoding="utf-8"))
    assert r.code == 2 and "标准输入是 workplan 的科室名册" in r.err and not (tmp_path / "p.yaml").exists()


def test_the_suggested_registry_option_works(tmp_path):
    """-r reg.txt, as the refusal says, reads the registry whatever its extension."""
    from conftest import ROOT

    (tmp_path / "reg.txt").write_text((ROOT / "tests" / "import" / "departments.yaml").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    (tmp_path / "doc.txt").write_text("青岚县教育局2025年工作要点\n一、重点工作\n1.加强党建。（牵头：财务股）\n", encoding="utf-8")
    r = run("import", tmp_path / "doc.txt", "-r", tmp_path / "reg.txt", "-o", tmp_path / "p.yaml")
    assert r.code == 0, r.err
    assert "lead: 计财股" in (tmp_path / "p.yaml").read_text(encoding="utf-8")  # the alias resolved through it


@pytest.mark.parametrize("name", ["plan.txt", "plan.md"])
def test_a_plan_saved_as_text_is_refused_as_a_plan(tmp_path, name):
    from conftest import PLANS

    path = tmp_path / name
    path.write_text((PLANS / "2026.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = run("import", path, "-o", tmp_path / "p.yaml", "-f", "json")
    assert r.code == 2 and [e["code"] for e in r.json()["errors"]] == ["import-is-plan"]
    assert "科室名册，不是" not in r.out


@pytest.mark.parametrize("text", [
    "临川市教育局2026年工作要点\n一、重点工作\ndepartments:\n1.加强党建。（牵头：办公室）\n",
    "departments:\n临川市教育局2026年工作要点\n一、重点工作\n1.加强党建。（牵头：办公室）\n",
    "departments: 办公室、思教科\norg: 临川市教育局\n临川市教育局2026年工作要点\n一、重点工作\n1.加强党建。（牵头：办公室）\n",
])
def test_a_document_with_a_departments_line_still_imports(tmp_path, text):
    r, out = imported(tmp_path, text.encode())
    assert r.code == 0, r.err
    assert "加强党建" in out.read_text(encoding="utf-8")
