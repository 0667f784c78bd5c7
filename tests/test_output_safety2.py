"""A second user audit of what commands write: `schema` over the registry it read or over a plan, `import` and
`new` with --force over the registry they read (--force overwrites an old output, never an input), and words
left in English or in Python's terms (a missing --format, `<str>` and `<float range>` in --help)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import run
from test_output_safety import DOC

from workplan import messages
from workplan.schema import dumps, plan_schema, registry_schema


def snapshot(folder) -> dict:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- schema: a schema is JSON, and never replaces the registry it read, a plan or a registry


@pytest.mark.parametrize("args", [
    ["-r", "departments.yaml", "-o", "departments.yaml"],
    ["-r", ".", "-o", "departments.yaml"],  # the registry named by its folder
    ["-o", "2026.yaml"],
    ["--departments", "-o", "departments.yaml"],
    ["-o", "new.yml"],  # not even a new file: a schema is .json
])
def test_schema_never_writes_over_a_plan_or_a_registry(plans, args, monkeypatch):
    monkeypatch.chdir(plans)
    before = snapshot(plans)
    r = run("schema", *args)
    assert r.code == 2, r.out + r.err
    assert snapshot(plans) == before and not (plans / "new.yml").exists()
    assert "Traceback" not in r.err and r.err.strip()


def test_schema_over_its_registry_says_it_is_an_input(plans, monkeypatch):
    monkeypatch.chdir(plans)
    r = run("schema", "-r", "departments.yaml", "-o", "departments.yaml")
    assert "departments.yaml" in r.err and "不会覆盖" in r.err
    r = run("schema", "-o", "2026.yaml", "--lang", "en")
    assert "2026.yaml" in r.err and ".json" in r.err


def test_schema_refuses_an_existing_plan_or_registry_whatever_its_name(plans):
    plan, registry = plans / "plan.json", plans / "reg"
    shutil.copy(plans / "2026.yaml", plan)
    shutil.copy(plans / "departments.yaml", registry)
    for target in (plan, registry):
        before = target.read_bytes()
        r = run("schema", "-o", target)
        assert r.code == 2 and target.name in r.err
        assert target.read_bytes() == before


def test_schema_still_writes_json_and_replaces_an_old_schema(plans):
    out = plans / "schema" / "plan.schema.json"
    assert run("schema", "-o", out).code == 0
    assert out.read_text(encoding="utf-8") == dumps(plan_schema())
    r = run("schema", "-o", out, "--departments")  # an existing schema is an old output: replaced
    assert r.code == 0, r.err
    assert out.read_text(encoding="utf-8") == dumps(registry_schema())
    r = run("schema", "-r", plans / "departments.yaml", "-o", plans / "names.json")
    assert r.code == 0 and "督导办" in (plans / "names.json").read_text(encoding="utf-8")
    assert run("schema", "-o", "-").code == 0


def test_schema_failures_as_json(plans):
    r = run("schema", "-o", plans / "2026.yaml", "-f", "json")
    assert r.code == 2
    (entry,) = json.loads(r.out)["errors"]
    assert entry["severity"] == "error" and "2026.yaml" in entry["message"]
    r = run("schema", "-r", plans / "2026.yaml", "--format", "json")  # a plan as registry: its findings
    assert r.code == 2
    (entry,) = json.loads(r.out)["errors"]
    assert entry["code"] == "schema-plan-as-registry" and entry["line"]
    r = run("schema", "-r", plans / "nothing.yaml", "-f", "json")
    assert r.code == 2 and json.loads(r.out)["errors"][0]["code"] == "file-not-found"
    assert run("schema", "-f", "json").json() == plan_schema()  # the schema itself, as before
    assert "-f, --format" in run("schema", "--help").out


# --- --force overwrites an old output, never the registry the command read


def test_import_never_writes_over_the_registry_it_read_even_with_force(plans):
    registry = plans / "departments.yaml"
    before = registry.read_bytes()
    for extra in ([], ["--force"]):
        r = run("import", DOC, "-r", registry, "-o", registry, *extra)
        assert r.code == 2 and "departments.yaml" in r.err and "不会覆盖" in r.err
        assert registry.read_bytes() == before
    r = run("import", DOC, "-r", plans, "-o", plans / "." / "departments.yaml", "--force", "-f", "json")
    assert r.code == 2 and json.loads(r.out)["errors"][0]["code"] == "output-is-input"
    assert registry.read_bytes() == before


def test_import_into_the_registrys_folder_still_works(plans):
    r = run("import", DOC, "-r", plans / "departments.yaml", "-o", plans / "2024.yaml")
    assert r.code in (0, 1), r.err
    assert "departments: departments.yaml" in (plans / "2024.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("registry", [None, "named", "own"])
def test_new_never_writes_over_the_registry_it_read_even_with_force(plans, registry):
    """The registry new checks the plan against: the default beside the plan, one named with -r, or the
    plan's own `departments:`."""
    source = plans / "2026.yaml"
    extra = []
    target = plans / "departments.yaml"
    if registry == "named":
        target = plans / "reg.yaml"
        shutil.copy(plans / "departments.yaml", target)
        extra = ["-r", target]
    elif registry == "own":
        target = plans / "names.yaml"
        shutil.copy(plans / "departments.yaml", target)
        text = source.read_text(encoding="utf-8")
        source.write_text(re.sub(r"(?m)^departments: .*$", "departments: names.yaml", text)
                          if re.search(r"(?m)^departments:", text) else text + "departments: names.yaml\n",
                          encoding="utf-8")
        assert run("validate", source).code == 0
    before = snapshot(plans)
    r = run("new", "--from", source, "--year", "2027", "-o", target, "--force", *extra)
    assert r.code == 2, r.err
    assert target.name in r.err and "不会覆盖" in r.err
    assert snapshot(plans) == before


def test_new_with_force_still_replaces_an_old_draft(plans):
    (plans / "2027.yaml").write_text("旧稿\n", encoding="utf-8")
    r = run("new", "--from", plans / "2026.yaml", "-o", plans / "2027.yaml", "--force")
    assert r.code == 0, r.err
    assert "year: 2027" in (plans / "2027.yaml").read_text(encoding="utf-8")


# --- click's "Missing option … Choose from …" and the metavars of --help in the user's language


def test_a_missing_choice_option_is_translated(plans):
    r = run("export", plans / "2026.yaml")
    assert r.code == 2
    assert "Missing" not in r.err and "Choose" not in r.err
    assert "缺少选项 '--format' / '-f'" in r.err and "json、markdown、xlsx" in r.err
    r = run("export", plans / "2026.yaml", "--lang", "en")
    assert r.code == 2 and "Missing option '--format' / '-f'" in r.err and "json, markdown, xlsx" in r.err
    assert "\t" not in r.err and "错误" not in r.err


@pytest.mark.parametrize("command", ["validate", "depts", "diff", "render", "import", "init", "new", "fmt",
                                     "export", "schema"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_shows_no_python_types(command, lang):
    out = run(command, "--help", "--lang", lang).out
    for word in ("<str>", "<int>", "<float>", "range>", "<=x", "x>=", "(0.5)", "<text>", "<integer>"):
        assert word not in out, (command, word)


def test_help_metavars_are_readable_in_both_languages():
    zh, en = run("diff", "--help").out, run("diff", "--help", "--lang", "en").out
    assert "-o, --output <文件>" in zh and "-o, --output <FILE>" in en
    assert "-t, --threshold <0-1>" in zh and "[默认：0.5]" in zh
    assert "-t, --threshold <0-1>" in en and "[default: 0.5]" in en
    assert "--year <1949-2100>" in run("new", "--help").out
    depts = run("depts", "--help").out
    assert "--max-lead <数字>" in depts and "[至少 0]" in depts and "-d, --dept <科室>" in depts
    assert "--max-lead <NUMBER>" in run("depts", "--help", "--lang", "en").out
    assert "--lang <zh|en>" in zh and "-f, --format <text|json>" in zh


def test_help_columns_stay_aligned_with_chinese_metavars():
    from workplan.cli.helptext import columns

    lines = run("diff", "--help").out.splitlines()
    starts = {columns(line[:line.index(text)]) for line in lines
              for text in ("把新旧对照表", "改写过的措施", "只显示这几类") if text in line}
    assert len(starts) == 1, lines


# --- depts -o .csv with --dept: that department's task list


def test_depts_output_help_says_what_csv_holds_with_dept():
    for lang in ("zh", "en"):
        text = messages.CATALOG["help.depts.output"][0 if lang == "zh" else 1]
        assert "--dept" in text and "只有汇总表" not in text
    assert "--dept" in re.sub(r"\s+", "", run("depts", "--help").out.split("-o, --output")[1].split("-d, --dept")[0])
