import os
import signal
import stat
import sys
import threading
from pathlib import Path

import pytest
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


def test_output_in_a_chinese_windows_code_page_never_ends_in_a_traceback(tmp_path):
    """Redirected on Chinese Windows, stdout is cp936: a plan's text or a glyph it lacks prints as '?'."""
    import os
    import subprocess

    from conftest import PLANS

    plan = tmp_path / "plan.yaml"
    plan.write_text((PLANS / "2026.yaml").read_text(encoding="utf-8").replace("title: ", "title: 🏫", 1),
                    encoding="utf-8")
    (tmp_path / "departments.yaml").write_text((PLANS / "departments.yaml").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    for args in (["diff", str(PLANS / "2025.yaml"), str(plan)], ["validate", str(plan), "--strict"]):
        r = subprocess.run([sys.executable, "-m", "workplan", *args], capture_output=True, env=env, check=False)
        assert r.returncode in (0, 1), r.stderr.decode("gbk", "replace")
        assert b"Traceback" not in r.stderr
    assert "移动".encode("gbk") in subprocess.run(
        [sys.executable, "-m", "workplan", "diff", str(PLANS / "2025.yaml"), str(plan)],
        capture_output=True, env=env, check=False).stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX devices and pipes")
def test_output_to_a_device_writes_into_it_and_leaves_it_a_device(tmp_path):
    """Run as root, an atomic rename would have replaced /dev/null with a regular file."""
    from conftest import PLANS

    assert run("export", PLANS / "2026.yaml", "-f", "json", "-o", os.devnull).code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert run("export", PLANS / "2026.yaml", "-f", "json", "-o", fifo).code == 0
    reader.join(5)
    assert received and received[0].startswith(b"{") and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_the_command_runs_without_the_cyclic_collector_and_a_library_user_keeps_it(monkeypatch, capsys):
    import gc

    import workplan.cli  # noqa: F401  the package alone must not touch the collector
    from workplan import console

    assert gc.isenabled()
    monkeypatch.setattr(sys, "argv", ["workplan", "--version"])
    monkeypatch.setattr(console.os, "_exit", sys.exit)  # the command skips teardown; this process may not
    pipe = signal.getsignal(signal.SIGPIPE) if hasattr(signal, "SIGPIPE") else None
    try:
        with pytest.raises(SystemExit) as done:
            console.main()
        assert done.value.code in (0, None)
        assert not gc.isenabled()
    finally:  # the test run keeps its collector, and its own SIGPIPE handling (`pytest | head`)
        gc.enable()
        if pipe is not None:
            signal.signal(signal.SIGPIPE, pipe)
    assert capsys.readouterr().out.startswith("workplan ")


def test_the_installed_command_is_the_console_entry_point():
    import tomllib

    scripts = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"workplan": "workplan.console:main"}


@pytest.mark.skipif(not hasattr(signal, "SIGPIPE"), reason="POSIX pipes")
def test_a_reader_that_stops_ends_the_command_as_it_ends_cat():
    """`workplan diff a b | head -1`: killed by SIGPIPE (141 in a shell), not exit 1, which means findings."""
    import subprocess

    from conftest import PLANS

    command = subprocess.Popen([sys.executable, "-m", "workplan", "diff", str(PLANS / "2025.yaml"),
                                str(PLANS / "2026.yaml")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    command.stdout.close()  # long before the command, still starting, writes its first line
    _, err = command.communicate()
    assert command.returncode == -signal.SIGPIPE, err.decode("utf-8", "replace")
    assert b"Traceback" not in err and b"Exception ignored" not in err


def test_a_command_ends_without_teardown_yet_with_its_whole_output_and_exit_status(tmp_path):
    """console.main leaves by os._exit: what is still in the console buffers must be flushed first."""
    import subprocess

    from conftest import PLANS

    command = [sys.executable, "-m", "workplan"]
    done = subprocess.run([*command, "export", str(PLANS / "2026.yaml"), "-f", "markdown", "-o", "-"],
                          capture_output=True, check=False)
    assert done.returncode == 0 and done.stdout.decode("utf-8").rstrip().endswith("2026年2月20日")
    missing = subprocess.run([*command, "validate", str(tmp_path / "nope.yaml")], capture_output=True, check=False)
    assert missing.returncode == 2 and "找不到文件".encode() in missing.stderr
    usage = subprocess.run([*command, "render", "--as", "nothing", "x.yaml"], capture_output=True, check=False)
    assert usage.returncode == 2 and b"--as" in usage.stderr


def test_a_command_exit_message_is_printed_as_sys_exit_prints_it(monkeypatch, capsys):
    from workplan import console

    statuses = []
    monkeypatch.setattr(console.os, "_exit", statuses.append)
    for code in (None, 0, 1, "无法继续"):
        console._exit(code)
    assert statuses == [0, 0, 1, 1] and capsys.readouterr().err == "无法继续\n"
    monkeypatch.setattr(sys, "stdout", None)  # no console at all (pythonw, a service, stdout closed)
    console._exit(0)
    assert statuses[-1] == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX: a child whose standard output is closed")
def test_a_command_without_standard_output_ends_quietly(tmp_path):
    """`workplan validate plan.yaml >&-`: Python makes sys.stdout None; the exit must not trip over it."""
    import subprocess

    from conftest import PLANS

    done = subprocess.run([sys.executable, "-m", "workplan", "validate", str(PLANS / "2026.yaml")],
                          preexec_fn=lambda: os.close(1), capture_output=False, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
