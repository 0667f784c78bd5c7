"""The message catalog: every code the code uses exists, in both languages, with the same placeholders."""

from __future__ import annotations

import re
import string

from conftest import ROOT

from workplan import messages

CALL = re.compile(r"""\b(?:error|warning|WorkplanError|messages\.t|t|finding|fail|note)\(\s*["']([a-z][a-z0-9.-]+)["']""")


def used_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "workplan").rglob("*.py"):
        codes |= set(CALL.findall(path.read_text(encoding="utf-8")))
    return {c for c in codes if not c.endswith(".")}  # "severity." + name: a family, built at run time


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_used_code_is_in_the_catalog():
    missing = sorted(c for c in used_codes() if c not in messages.CATALOG)
    assert not missing, missing


def test_both_languages_take_the_same_arguments():
    differ = {code: (fields(zh), fields(en)) for code, (zh, en) in messages.CATALOG.items() if fields(zh) != fields(en)}
    assert not differ, differ


def test_language_choice():
    assert messages.use("en") == "en" and messages.t("severity.error") == "error"
    assert messages.use("zh") == "zh" and messages.t("severity.error") == "错误"


def test_locale_decides_when_not_told(monkeypatch):
    for var in ("WORKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert messages.use(None) == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert messages.use(None) == "zh"
    monkeypatch.setenv("WORKPLAN_LANG", "en")
    assert messages.use(None) == "en"


def test_a_long_quoted_text_is_cut_but_never_a_path():
    from workplan import messages

    path = "/".join(["文件夹" * 10] * 10) + "/2026.yaml"
    assert path in messages.t("render-wrote", path=path, what="工作要点")
    said = messages.t("rewrite-lost-comment", comment="# 注释" + "很长" * 500)
    assert "# 注释很长" in said and "…" in said and len(said) < messages.MAX_QUOTED + 60
