"""Tables → lines, from Word or pasted as tab-separated text. A 任务分解表 (序号 | 工作任务 | 具体内容 |
牵头单位 | 配合单位 | 完成时限) becomes one measure line per row with its annotation; a category
column or a row of one merged cell becomes a section heading; other tables are read row by row.
A row numbered as render numbers a sub-measure (14（1）, 14（1）①) is one, under the row above it."""

from __future__ import annotations

import os
import re

from ...model import WITHIN
from .annotations import PERSON_LABEL
from .docx_numbering import NS

COLUMNS = (  # (role, header pattern), first match wins for a header cell
    ("number", r"序号|编号|序"),
    ("section", r"类别|领域|板块|类型|部分|工作类别|重点领域|项目类别|版块"),
    ("lead", r"牵头|主责|责任(单位|科室|部门|处室)|负责(单位|科室|部门)"),
    ("support", r"配合|协办|协助|参与|协同"),
    ("due", r"时限|完成时间|时间|进度|节点"),
    ("text", r"具体内容|主要内容|具体措施|工作措施|主要措施|举措|内容|目标"),
    ("title", r"任务|事项|项目|工作|名称|重点"),
)


def columns_of(header: list[str]) -> dict[str, int] | None:
    """Which column holds what, when the header is a task table's (it has a lead or a person column)."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = re.sub(r"\s", "", cell)
        if person := re.search(PERSON_LABEL, text):  # 牵头领导, 责任人: no departments; each is kept by its label
            found["person:" + person.group()] = i
            continue
        role = next((r for r, rx in COLUMNS if re.search(rx, text) and r not in found), None)
        if role:
            found[role] = i
    has_lead = "lead" in found or any(role.startswith("person:") for role in found)
    return found if has_lead and ("title" in found or "text" in found) else None


def table_lines(tbl, text_of) -> list[str]:
    rows = [[_cell(tc, text_of) for tc in tr.findall("w:tc", NS)] for tr in tbl.findall("w:tr", NS)]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    columns = columns_of(rows[0])
    if columns is None:
        return ["", *("　".join(c.strip() for c in row if c.strip()) for row in rows), ""]
    return ["", *(line for _, line in task_rows(rows[1:], columns)), ""]


def text_tables(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, text) for pasted text: tab-separated task-table rows become measure lines."""
    out, i = [], 0
    while i < len(lines):
        cells = lines[i].split("\t")
        columns = columns_of(cells) if len(cells) >= 3 else None
        end = i + 1
        while columns and end < len(lines) and "\t" in lines[end]:
            end += 1
        if columns and end > i + 1:
            rows = [lines[j].split("\t") for j in range(i + 1, end)]
            out += [(i + 1 + k, line) for k, line in task_rows(rows, columns)]
            i = end
        else:
            out.append((i, lines[i]))
            i += 1
    return out


# 14, 14（1）, 14（1）①: a measure's number in render's task table, sub-measures after their parent's
NUMBER_RE = re.compile(r"(\d+)((?:[（(]\d+[)）]|[①-⑳])*)")
PART_RE = re.compile(r"[（(]\d+[)）]|[①-⑳]")


def task_rows(rows: list[list[str]], columns: dict[str, int]) -> list[tuple[int, str]]:
    """(row index, line): a heading line where the category changes, a measure line per task."""
    lines, section, count = [], None, 0
    width = max(len(r) for r in rows) if rows else 0
    unshown = _unshown(rows, columns, width)
    made: dict[tuple[str, ...], str | None] = {}  # a parent without a row: its title from its rows' prefix, or None
    for index, row in enumerate(rows):
        get = _getter(row, columns)
        if len(row) == 1 and width > 1:  # a merged row across the table: a section
            lines.append((index, row[0].strip()))
            continue
        if get("section") and get("section") != section:
            section = get("section")
            lines.append((index, section))
        title, text = get("title").rstrip("。"), get("text")
        if not (title or text):
            continue
        count += 1
        path, parents = unshown[index]
        number = _label(path)
        for depth, parent in enumerate(parents):  # 深化课程教学改革：加强中小学科学教育 → 14.深化课程教学改革, （1）加强…
            if parent not in made:
                made[parent] = _prefix(parent, parents[:depth], unshown, rows, columns, made)
                if made[parent] is not None:
                    lines.append((index, _label(parent[1:]) + made[parent]))
            if made[parent] is None:  # no prefix to make it from: the row stands in its place, 2（1） as 2. before
                number = _label(parent[1:]) if depth else f"{count}."
                break
            title = title.removeprefix(made[parent] + WITHIN)
        people = [(role.removeprefix("person:"), get(role)) for role in columns if role.startswith("person:")]
        note = "；".join(f"{label}：{v}" for label, v in (("牵头", get("lead")), ("配合", get("support")), *people,
                                                        ("完成时限", get("due"))) if v)
        body = f"{title}。{text}" if title and text else title or text
        lines.append((index, number + body + (f"（{note}）" if note else "")))
    return lines


Unshown = dict[int, tuple[tuple[str, ...], list[tuple[str, ...]]]]


def _unshown(rows: list[list[str]], columns: dict[str, int], width: int) -> Unshown:
    """Each task row's number as a path (14, （1）, ①) and the parents it has no row of, outermost first, whose
    titles render writes before the row's own; a parent is (section's count, *path): numbers restart by section."""
    out: Unshown = {}
    rowed: set[tuple[str, ...]] = set()  # the measures of this section that have a row, by number
    section, count, group = None, 0, 0
    for index, row in enumerate(rows):
        get = _getter(row, columns)
        if len(row) == 1 and width > 1:  # a merged row: a section
            rowed, group = set(), group + 1
            continue
        if get("section") and get("section") != section:
            section, rowed, group = get("section"), set(), group + 1
        if not (get("title") or get("text")):
            continue
        count += 1
        number = NUMBER_RE.fullmatch(re.sub(r"\s", "", get("number")))
        path = (number.group(1), *PART_RE.findall(number.group(2))) if number else (str(count),)
        parents = []
        for depth in range(len(path) - 1, 0, -1):
            if path[:depth] in rowed:
                break
            parents.insert(0, (str(group), *path[:depth]))
        rowed.add(path)
        out[index] = (path, parents)
    return out


def _prefix(parent, outer, unshown: Unshown, rows, columns, made) -> str | None:
    """The title of `parent` (no row of its own): the prefix before WITHIN that all the rows under it share, after
    the titles of its own parents without a row (`outer`); None when a row does not carry one. A single row is
    split at its first WITHIN after those."""
    titles = []
    for index, (_, parents) in unshown.items():
        if parent in parents:
            title = _getter(rows[index], columns)("title").rstrip("。")
            for above in outer:
                title = title.removeprefix((made.get(above) or "") + WITHIN)
            titles.append(title)
    shared = titles[0][:titles[0].find(WITHIN) + 1] if len(titles) == 1 else os.path.commonprefix(titles)
    shared = shared[:shared.rfind(WITHIN) + 1]
    if not shared.rstrip(WITHIN) or any(len(t) <= len(shared) for t in titles):
        return None
    return shared.removesuffix(WITHIN)


def _label(path: tuple[str, ...]) -> str:
    """The number of the measure at `path` as it starts its line: 14. （1） ①."""
    last = path[-1]
    return f"{last}." if len(path) == 1 else "（" + last.strip("（()）") + "）" if last[0] in "（(" else last


def _getter(row: list[str], columns: dict[str, int]):
    return lambda role: row[columns[role]].strip() if columns.get(role, len(row)) < len(row) else ""


def _cell(tc, text_of) -> str:
    return "".join(text_of(p) for p in tc.findall(".//w:p", NS)).replace("\n", "")
