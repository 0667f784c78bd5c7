from conftest import run


def test_version_and_help():
    assert run("--version").out.startswith("workplan ")
    r = run("--help")
    assert r.code == 0 and "validate" in r.out


def test_validate_missing_file_exits_2(tmp_path):
    r = run("validate", tmp_path / "nope.yaml")
    assert r.code == 2
    assert "找不到文件" in r.err


def test_new_output_files_get_ordinary_permissions(tmp_path):
    import os
    import stat

    from workplan import atomic

    atomic.write_text(str(tmp_path / "a.txt"), "x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
