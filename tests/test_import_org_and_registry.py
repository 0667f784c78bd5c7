"""What a clerk's audit of `import` found: an org that is a guess or no full name is always noted
(请核对), never silently; a starter registry is written only with departments in it; names that look
like one department's (督导室/督导办, 思教科/思想政治教育科) are pointed out in it."""

from __future__ import annotations

import pytest
from conftest import SEEDS, run

from workplan.readers.text_import import Options, import_lines
from workplan.readers.text_import.names import maybe_same, same_department
from workplan.readers.text_import.normalize import lines_of
from workplan.readers.text_import.particulars import full_org

BODY = ["一、重点工作", "1.加强党建。（牵头：办公室）"]
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")


def seed(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def imported(lines: list[str], **options):
    result = import_lines(lines_of("\n".join(lines)), "t.txt", Options(**options))
    return result.plan, [f.code for f in result.notes.findings]


def org_notes(codes: list[str]) -> list[str]:
    return [c for c in codes if c.startswith("import-org")]


# --- the organisation

@pytest.mark.parametrize("org, full", [
    ("临川市教育局", True), ("平度市教育体育局", True), ("滨江区教育和体育局", True), ("海淀区教委", True),
    ("平度市", False), ("常德市", False), ("教育局", False), ("市教育局", False), ("县教体局", False), ("教委", False),
])
def test_a_full_name_is_told_from_a_bare_place_or_body(org, full):
    assert full_org(org) is full


@pytest.mark.parametrize("title, org", [
    ("平度市2024年教育工作要点", "平度市"),      # a bare city from the title
    ("教育局2017年工作要点", "教育局"),          # a body without its place
    ("市教育局2024年工作要点", "市教育局"),
])
def test_an_org_that_is_no_full_name_is_noted(title, org):
    plan, codes = imported([title, *BODY])
    assert plan.org == org
    assert org_notes(codes) == ["import-org-incomplete"]


def test_a_full_name_in_the_title_is_certain():
    plan, codes = imported(["临川市教育局2026年工作要点", *BODY])
    assert plan.org == "临川市教育局" and org_notes(codes) == []


def test_a_full_signature_is_kept_without_a_note():
    plan, codes = imported(["2026年工作要点", *BODY, "临川市教育局", "2026年2月1日"])
    assert plan.org == "临川市教育局" and org_notes(codes) == []


def test_a_full_signature_wins_over_a_bare_place_in_the_title():
    plan, codes = imported(["平度市2024年教育工作要点", *BODY, "平度市教育体育局", "2024年2月1日"])
    assert plan.org == "平度市教育体育局" and org_notes(codes) == []


def test_a_bare_signature_is_noted():
    plan, codes = imported(["2026年工作要点", *BODY, "教育局", "2026年2月1日"])
    assert plan.org == "教育局" and org_notes(codes) == ["import-org-incomplete"]


def test_the_full_name_the_text_gives_a_bare_place_is_taken_as_a_guess():
    text = "平度市教育体育局要抓好落实。平度市教育体育局各科室分工负责。"
    plan, codes = imported(["平度市2024年教育工作要点", text, *BODY])
    assert plan.org == "平度市教育体育局" and org_notes(codes) == ["import-org-guessed"]


def test_another_place_in_the_text_does_not_complete_the_title():
    text = "青岛市教育局要求抓好落实。青岛市教育局部署。"
    plan, codes = imported(["平度市2024年教育工作要点", text, *BODY])
    assert plan.org == "平度市" and org_notes(codes) == ["import-org-incomplete"]


def test_the_org_given_is_never_noted():
    plan, codes = imported(["平度市2024年教育工作要点", *BODY], org="平度市")
    assert plan.org == "平度市" and org_notes(codes) == []


def test_the_note_is_a_comment_and_a_warning_in_both_languages(tmp_path):
    (tmp_path / "d.txt").write_text("\n".join(["平度市2024年教育工作要点", *BODY]) + "\n", encoding="utf-8")
    r = run("import", tmp_path / "d.txt", "-o", tmp_path / "p.yaml")
    assert r.code == 0, r.err
    assert "d.txt:1:1: 警告[import-org-incomplete] 发文机关暂填“平度市”" in r.err
    assert "# import: 发文机关暂填“平度市”，这不是完整的机关名称" in (tmp_path / "p.yaml").read_text(encoding="utf-8")
    r = run("--lang", "en", "import", tmp_path / "d.txt", "-o", tmp_path / "p.yaml", "--force")
    assert "warning[import-org-incomplete] issuing organisation set to '平度市', which is no full name" in r.err


@needs_seeds
@pytest.mark.parametrize("prefix, org, code", [
    ("000", "教育局", "import-org-incomplete"),
    ("001", "常德市", "import-org-guessed"),
    ("002", "市教育局", "import-org-incomplete"),
    ("003", "平度市", "import-org-incomplete"),
    ("004", "××", "import-org-missing"),
])
def test_every_seeds_org_is_checked_or_noted(tmp_path, prefix, org, code):
    r = run("import", seed(prefix), "-o", tmp_path / "p.yaml", "--format", "json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["org"] == org
    assert [n["code"] for n in data["notes"] if n["code"].startswith("import-org")] == [code]
    text = (tmp_path / "p.yaml").read_text(encoding="utf-8")
    assert "# import: 未找到发文机关" in text if code == "import-org-missing" else "# import: 发文机关" in text


# --- a starter registry only with departments in it

UNANNOTATED = ["临川市教育局2026年工作要点", "一、重点工作", "1.加强党建。深入学习。", "2.推进改革。完善机制。"]


def write(tmp_path, lines: list[str], name: str = "d.txt"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_no_registry_is_written_without_department_names(tmp_path):
    r = run("import", write(tmp_path, UNANNOTATED), "-o", tmp_path / "w" / "p.yaml",
            "--write-registry", tmp_path / "w" / "departments.yaml")
    assert r.code == 0, r.err
    assert not (tmp_path / "w" / "departments.yaml").exists()
    assert "警告[import-registry-empty] 文中没有找到科室名称，未写入科室名册" in r.err
    assert f"workplan init {(tmp_path / 'w').as_posix()}" in r.err and "已写入科室名册" not in r.err
    text = (tmp_path / "w" / "p.yaml").read_text(encoding="utf-8")
    assert "# import: 文中没有找到科室名称" in text and "departments:" not in text  # no reference to a missing file
    v = run("validate", tmp_path / "w" / "p.yaml")
    assert v.code == 0 and "registry-missing" in v.out
    # run again: nothing in the way but the plan (--force), no registry to delete by hand
    assert run("import", write(tmp_path, UNANNOTATED), "-o", tmp_path / "w" / "p.yaml", "--force",
               "--write-registry", tmp_path / "w").code == 0
    assert not (tmp_path / "w" / "departments.yaml").exists()


def test_only_collective_names_make_no_registry_either(tmp_path):
    lines = [*UNANNOTATED[:3], "2.推进改革。完善机制。（配合：局相关科室）"]
    r = run("import", write(tmp_path, lines), "-o", tmp_path / "p.yaml", "--write-registry", tmp_path)
    assert r.code == 0, r.err
    assert not (tmp_path / "departments.yaml").exists() and "import-registry-empty" in r.err


def test_no_registry_in_json_and_in_english(tmp_path):
    r = run("--lang", "en", "import", write(tmp_path, UNANNOTATED), "-o", tmp_path / "p.yaml",
            "--write-registry", tmp_path / "a folder" / "departments.yaml", "--format", "json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["registry_written"] is None
    [note] = [n for n in data["notes"] if n["code"] == "import-registry-empty"]
    assert note["message"].startswith("no department names found in the document, so no registry was written")
    assert 'workplan init "' in note["message"]  # a folder with a blank, quoted to paste


def test_a_registry_with_departments_is_written_as_before(tmp_path):
    lines = [*UNANNOTATED[:2], "1.加强党建。深入学习。（牵头：思教科）", "2.推进改革。完善机制。（牵头：办公室）"]
    r = run("import", write(tmp_path, lines), "-o", tmp_path / "p.yaml", "--write-registry", tmp_path)
    assert r.code == 0, r.err
    assert "已写入科室名册" in r.err and "- name: 办公室" in (tmp_path / "departments.yaml").read_text(encoding="utf-8")
    assert run("validate", tmp_path / "p.yaml").code == 0


@needs_seeds
def test_the_unannotated_seed_writes_no_registry(tmp_path):
    w = tmp_path / "w1"
    r = run("import", seed("001"), "-o", w / "p.yaml", "--write-registry", w / "departments.yaml")
    assert r.code == 0, r.err
    assert not (w / "departments.yaml").exists() and "import-registry-empty" in r.err
    assert run("validate", w / "p.yaml").code == 0
    assert run("render", w / "p.yaml", "--as", "workpoints", "-o", w / "p.docx").code == 0


# --- names in the starter registry that may be one department

@pytest.mark.parametrize("a, b", [
    ("督导室", "督导办"), ("监察室", "纪检监察室"), ("思想政治教育科", "思教科"), ("基础教育科", "基教科"),
    ("发展规划科", "规划科"), ("组织人事科", "人事科"), ("教师培训中心", "教培中心"), ("招生考试中心", "招考中心"),
])
def test_names_of_one_department_are_paired(a, b):
    assert same_department(a, b) and same_department(b, a)


@pytest.mark.parametrize("a, b", [
    ("基础教育科", "职成教科"), ("教育科", "思想政治教育科"), ("教育科", "基础教育科"), ("财务室", "财务核算中心"),
    ("思教科", "教育科"), ("基建科", "基教科"), ("办公室", "监察室"), ("安保所", "职成教所"), ("督导室", "督导室"),
    ("局相关科室", "相关科室"), ("市人民政府教育督导委员会办公室", "办公室"), ("教育工会", "工会"), ("团委", "局团委"),
])
def test_names_of_other_departments_are_not(a, b):
    assert not same_department(a, b) and not same_department(b, a)


def test_the_later_name_of_a_pair_is_the_one_noted():
    assert maybe_same(["思教科", "办公室", "督导办", "督导室", "思想政治教育科"]) == [
        ("督导室", "督导办"), ("思想政治教育科", "思教科")]


def test_the_registry_notes_a_pair_and_the_command_says_so(tmp_path):
    lines = ["临川市教育局2026年工作要点", "一、重点工作", "1.加强督导。完善机制。（牵头：督导办）",
             "2.规范办学。开展检查。（牵头：督导室；配合：基础教育科、职成教科）"]
    r = run("import", write(tmp_path, lines), "-o", tmp_path / "p.yaml", "--write-registry", tmp_path)
    assert r.code == 0, r.err
    assert "名册中有 1 处名称可能指同一科室（督导室/督导办）" in r.err
    registry = (tmp_path / "departments.yaml").read_text(encoding="utf-8")
    assert ("  # import: 督导室 与 督导办 名称相近，可能是同一科室：如是，请删去这一项，把 督导室 写入 督导办 的 aliases"
            in registry)
    assert registry.index("# import: 督导室") < registry.index("- name: 督导室")
    assert registry.count("名称相近") == 1  # not 基础教育科/职成教科
    assert run("validate", tmp_path).code == 0  # the notes are comments: the registry stays valid
    j = run("--lang", "en", "import", write(tmp_path, lines), "-o", tmp_path / "q" / "p.yaml",
            "--write-registry", tmp_path / "q" / "departments.yaml", "--format", "json")
    assert j.code == 0, j.out
    assert j.json()["registry_maybe_same"] == [{"name": "督导室", "other": "督导办"}]
    assert "督导室 and 督导办 look alike and may be one department" in (tmp_path / "q" / "departments.yaml").read_text(
        encoding="utf-8")


@needs_seeds
def test_the_annotated_seeds_aliases_are_noted_in_its_registry(tmp_path):
    r = run("import", seed("000"), "-o", tmp_path, "--write-registry", tmp_path, "--format", "json")
    assert r.code == 0, r.err
    assert r.json()["registry_maybe_same"] == [{"name": "督导室", "other": "督导办"},
                                               {"name": "思想政治教育科", "other": "思教科"},
                                               {"name": "监察室", "other": "纪检监察室"}]
    registry = (tmp_path / "departments.yaml").read_text(encoding="utf-8")
    assert registry.count("名称相近") == 3 and "# import: 教育科" not in registry
