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
