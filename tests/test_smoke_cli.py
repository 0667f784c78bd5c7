from conftest import run


def test_version_and_help():
    assert run("--version").out.startswith("workplan ")
    r = run("--help")
    assert r.code == 0 and "validate" in r.out


def test_validate_missing_file_exits_2(tmp_path):
    r = run("validate", tmp_path / "nope.yaml")
    assert r.code == 2
    assert "找不到文件" in r.err
