"""Every .docx workplan writes is one Word and WPS will open: schema child order, tables, package.

LibreOffice opens nearly anything; Word reports 「文件已损坏」 when a property element is out of its
`xsd:sequence` order, and WPS sizes a table from its w:gridCol widths. Nobody here runs Word, so
these checks stand in for it. The orders are in tests/ooxml_order.py, with their sources.
"""

from __future__ import annotations

import posixpath
import zipfile
from io import BytesIO

import pytest
from lxml import etree

from tests.conftest import PLANS, run
from tests.ooxml_order import NS, ORDER, REPEATABLE

W = NS["w"]
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
PKG_CT = "http://schemas.openxmlformats.org/package/2006/content-types"


def _clark(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _short(tag: str) -> str:
    for prefix, uri in NS.items():
        if tag.startswith(f"{{{uri}}}"):
            return f"{prefix}:{tag[len(uri) + 2:]}"
    return tag


# ORDER with Clark names: parent → {child: rank}, and parent → rank of "*" (None if none).
_RANKS = {_clark(parent): {_clark(t): i for i, item in enumerate(seq)
                           for t in (item if isinstance(item, tuple) else (item,)) if t != "*"}
          for parent, seq in ORDER.items()}
_ANY = {_clark(parent): seq.index("*") if "*" in seq else None for parent, seq in ORDER.items()}
_REPEAT = {_clark(parent): {t if t == "*" else _clark(t) for t in tags} for parent, tags in REPEATABLE.items()}


def order_violations(root, part: str = "") -> list[str]:
    """Every element under `root` (inclusive) whose children break ORDER, as readable messages."""
    problems = []
    for element in root.iter():
        ranks = _RANKS.get(element.tag)
        if ranks is None:
            continue
        any_rank, repeat = _ANY[element.tag], _REPEAT.get(element.tag, set())
        last_rank, last_tag = -1, None
        for child in element:
            if not isinstance(child.tag, str):  # comments, processing instructions
                continue
            rank = ranks.get(child.tag, any_rank)
            if rank is None:  # not in the schema's list: an extension (w14:…), ignored
                continue
            key = child.tag if child.tag in ranks else "*"
            if rank < last_rank or (rank == last_rank and child.tag == last_tag and key not in repeat):
                problems.append(f"{part}: <{_short(element.tag)}> has <{_short(child.tag)}> after "
                                f"<{_short(last_tag)}>: {_path(element)}")
            last_rank, last_tag = rank, child.tag
        if element.tag in _PROPERTIES and len(element) == 0:  # valid, but a writer that lost its content
            problems.append(f"{part}: empty <{_short(element.tag)}>: {_path(element)}")
    return problems


_PROPERTIES = {_clark(t) for t in ("w:rPr", "w:pPr", "w:tblPr", "w:trPr", "w:tcPr", "w:sectPr")}


def _path(element) -> str:
    steps = []
    while element is not None:
        parent = element.getparent()
        index = parent.index(element) if parent is not None else 0
        steps.append(f"{_short(element.tag)}[{index}]")
        element = parent
    return "/".join(reversed(steps))


def table_problems(root, part: str = "") -> list[str]:
    """w:tbl has one tblPr and tblGrid, gridCol widths summing to tblW; every row fills the grid;
    every cell is as wide as the columns it spans and ends with a paragraph."""
    problems = []
    for n, table in enumerate(root.iter(f"{{{W}}}tbl")):
        where = f"{part}: table {n}"
        if len(table.findall("w:tblPr", NS)) != 1 or len(table.findall("w:tblGrid", NS)) != 1:
            problems.append(f"{where}: needs exactly one w:tblPr and one w:tblGrid")
            continue
        cols = [int(col.get(f"{{{W}}}w")) for col in table.findall("w:tblGrid/w:gridCol", NS)]
        width = table.find("w:tblPr/w:tblW", NS)
        if width is None or width.get(f"{{{W}}}type") != "dxa":
            problems.append(f"{where}: w:tblW is not a width in twips (dxa)")
        elif sum(cols) != int(width.get(f"{{{W}}}w")):
            problems.append(f"{where}: gridCol widths {cols} sum to {sum(cols)}, tblW is {width.get(f'{{{W}}}w')}")
        for r, row in enumerate(table.findall("w:tr", NS)):
            column = 0
            for cell in row.findall("w:tc", NS):
                span = cell.find("w:tcPr/w:gridSpan", NS)
                span = int(span.get(f"{{{W}}}val")) if span is not None else 1
                tcw = cell.find("w:tcPr/w:tcW", NS)
                if tcw is not None and tcw.get(f"{{{W}}}type") == "dxa":
                    if int(tcw.get(f"{{{W}}}w")) != sum(cols[column:column + span]):
                        problems.append(f"{where} row {r}: a cell's tcW {tcw.get(f'{{{W}}}w')} is not the "
                                        f"width of its columns {cols[column:column + span]}")
                column += span
                blocks = [c for c in cell if c.tag in (f"{{{W}}}p", f"{{{W}}}tbl")]
                if not blocks or blocks[-1].tag != f"{{{W}}}p":
                    problems.append(f"{where} row {r}: a w:tc that does not end with a w:p")
            if column != len(cols):
                problems.append(f"{where} row {r}: cells span {column} of {len(cols)} grid columns")
    return problems


def package_problems(data: bytes) -> list[str]:
    """[Content_Types].xml covers every part and names no missing one; every internal
    relationship target exists; every r:id a part uses is in that part's relationships."""
    problems = []
    with zipfile.ZipFile(BytesIO(data)) as z:
        names = {n for n in z.namelist() if not n.endswith("/")}
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(f"{{{PKG_CT}}}Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{{{PKG_CT}}}Override")}
        for name in sorted(names - {"[Content_Types].xml"}):
            if name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                problems.append(f"{name}: no content type")
        problems += [f"[Content_Types].xml: override for missing part {name}" for name in sorted(overrides - names)]
        for rels in sorted(n for n in names if n.endswith(".rels")):
            folder, _, file = rels.rpartition("_rels/")
            source = folder + file[: -len(".rels")]
            ids = set()
            for rel in etree.fromstring(z.read(rels)).iter(f"{{{PKG_REL}}}Relationship"):
                ids.add(rel.get("Id"))
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(folder + target)
                if target not in names:
                    problems.append(f"{rels}: {rel.get('Id')} → {rel.get('Target')}, not in the package")
            if source in names and source.endswith(".xml"):
                for element in etree.fromstring(z.read(source)).iter():
                    for attr, value in element.attrib.items():
                        if attr.startswith(f"{{{R}}}") and value not in ids:
                            problems.append(f"{source}: r:{attr.split('}')[1]}={value} is not in {rels}")
    return problems


def body_problems(document) -> list[str]:
    body = document.find("w:body", NS)
    sect = body.findall("w:sectPr", NS)
    if len(sect) != 1 or body[len(body) - 1] is not sect[0]:
        return ["word/document.xml: the body's w:sectPr must be its one and last child"]
    return []


def style_problems(styles, parts: dict[str, object]) -> list[str]:
    """Style ids are unique and every pStyle/rStyle/tblStyle/basedOn/next/link names one."""
    ids = [s.get(f"{{{W}}}styleId") for s in styles.iter(f"{{{W}}}style")]
    problems = [f"word/styles.xml: style id {i} defined twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for part, root in parts.items():
        for tag in ("pStyle", "rStyle", "tblStyle", "basedOn", "next", "link"):
            for ref in root.iter(f"{{{W}}}{tag}"):
                if ref.get(f"{{{W}}}val") not in ids:
                    problems.append(f"{part}: w:{tag} {ref.get(f'{{{W}}}val')} names no style")
    return problems


def _xml_parts(data: bytes) -> dict[str, object]:
    with zipfile.ZipFile(BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist()
                if n.startswith("word/") and n.endswith(".xml") and not n.startswith("word/theme/")}


KINDS = ["workpoints", "tasks", "speech", "diff"]


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("docx")
    commands = {
        "workpoints": ("render", PLANS / "2026.yaml", "--as", "workpoints"),
        "tasks": ("render", PLANS / "2026.yaml", "--as", "tasks"),
        "speech": ("render", PLANS / "2026-speech.yaml", "--as", "speech"),
        "diff": ("diff", PLANS / "2025.yaml", PLANS / "2026.yaml"),
    }
    out = {}
    for kind, args in commands.items():
        path = folder / f"{kind}.docx"
        result = run(*args, "-o", path)
        assert path.exists(), (kind, result.code, result.err)
        out[kind] = path.read_bytes()
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_children_in_schema_order(documents, kind):
    parts = _xml_parts(documents[kind])
    assert {"word/document.xml", "word/styles.xml", "word/settings.xml"} <= set(parts)
    assert any(n.startswith("word/footer") for n in parts)
    problems = [p for name, root in parts.items() for p in order_violations(root, name)]
    assert problems == [], "\n".join(problems[:20])


@pytest.mark.parametrize("kind", KINDS)
def test_tables_are_sized_by_their_grid(documents, kind):
    parts = _xml_parts(documents[kind])
    problems = [p for name, root in parts.items() for p in table_problems(root, name)]
    assert problems == [], "\n".join(problems[:20])
    if kind in ("tasks", "diff"):  # these two are tables: make sure the check saw one
        assert parts["word/document.xml"].find(".//w:tbl", NS) is not None


@pytest.mark.parametrize("kind", KINDS)
def test_body_ends_with_its_section_and_styles_resolve(documents, kind):
    parts = _xml_parts(documents[kind])
    problems = body_problems(parts["word/document.xml"]) + style_problems(parts["word/styles.xml"], parts)
    assert problems == [], "\n".join(problems[:20])


@pytest.mark.parametrize("kind", KINDS)
def test_package_parts_and_relationships(documents, kind):
    problems = package_problems(documents[kind])
    assert problems == [], "\n".join(problems[:20])


# The checks themselves: each must catch what it is for, or the tests above prove nothing.

def _w(xml: str):
    return etree.fromstring(f'<w:root xmlns:w="{W}">{xml}</w:root>')


@pytest.mark.parametrize(("xml", "expected"), [
    ('<w:rPr><w:sz w:val="32"/><w:b/></w:rPr>', "<w:rPr> has <w:b> after <w:sz>"),
    ('<w:pPr><w:jc w:val="left"/><w:ind/></w:pPr>', "<w:pPr> has <w:ind> after <w:jc>"),
    ("<w:pPr><w:pStyle/><w:keepNext/><w:keepNext/></w:pPr>", "<w:pPr> has <w:keepNext> after <w:keepNext>"),
    ("<w:p><w:r/><w:pPr><w:jc/></w:pPr></w:p>", "<w:p> has <w:pPr> after <w:r>"),
    ("<w:tcPr><w:vAlign/><w:tcW/></w:tcPr>", "<w:tcPr> has <w:tcW> after <w:vAlign>"),
    ("<w:tblPr><w:tblLayout/><w:jc/></w:tblPr>", "<w:tblPr> has <w:jc> after <w:tblLayout>"),
    ("<w:sectPr><w:pgSz/><w:footerReference/></w:sectPr>", "<w:sectPr> has <w:footerReference> after <w:pgSz>"),
    ("<w:style><w:pPr><w:jc/></w:pPr><w:name/></w:style>", "<w:style> has <w:name> after <w:pPr>"),
    ("<w:body><w:sectPr><w:pgSz/></w:sectPr><w:p/></w:body>", "<w:body> has <w:p> after <w:sectPr>"),
    ("<w:r><w:rPr/><w:t/></w:r>", "empty <w:rPr>"),
])
def test_order_check_catches_a_misplaced_child(xml, expected):
    problems = order_violations(_w(xml))
    assert len(problems) == 1 and expected in problems[0]


@pytest.mark.parametrize("xml", [
    "<w:rPr><w:rStyle/><w:rFonts/><w:b/><w:bCs/><w:strike/><w:spacing/><w:sz/><w:szCs/><w:u/><w:lang/></w:rPr>",
    "<w:sectPr><w:footerReference/><w:headerReference/><w:footerReference/><w:pgSz/><w:docGrid/></w:sectPr>",
    '<w:pPr xmlns:x="urn:x"><w:pStyle/><x:ext/><w:jc/></w:pPr>',
    "<w:p><w:pPr><w:pStyle/></w:pPr><w:r/><w:r/><w:bookmarkStart/><w:r/></w:p>",
])
def test_order_check_accepts_valid_orders(xml):
    assert order_violations(_w(xml)) == []


def test_table_check_catches_a_grid_that_does_not_add_up():
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="1000" w:type="dxa"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="400"/><w:gridCol w:w="500"/></w:tblGrid>'
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="400" w:type="dxa"/></w:tcPr><w:p/></w:tc>'
        '<w:tc><w:tcPr><w:tcW w:w="500" w:type="dxa"/></w:tcPr><w:tbl/></w:tc></w:tr>'
        "<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    )
    problems = table_problems(_w(table))
    assert any("sum to 900, tblW is 1000" in p for p in problems)
    assert any("does not end with a w:p" in p for p in problems)
    assert any("cells span 1 of 2" in p for p in problems)


def test_package_check_catches_missing_parts_and_types(documents):
    source = zipfile.ZipFile(BytesIO(documents["workpoints"]))
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in source.namelist():
            if name not in ("word/footer1.xml", "word/fontTable.xml"):
                z.writestr(name, source.read(name))
        z.writestr("word/extra.bin", b"")
    problems = package_problems(out.getvalue())
    assert any("footer1.xml, not in the package" in p for p in problems)
    assert any("override for missing part word/fontTable.xml" in p for p in problems)
    assert "word/extra.bin: no content type" in problems
