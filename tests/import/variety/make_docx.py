"""Builds list.docx and table.docx (run: .venv/bin/python tests/import/variety/make_docx.py).

list.docx: a 区教育局 plan whose sections are Heading 1 paragraphs with a typed 一、, whose measures
are Word list paragraphs ("%1." decimal, restarted in each section through a new numId with a
startOverride), with sub-items ①, and annotations in a run of their own.
table.docx: a 县教育局 plan whose measures are a 任务分解表 (序号 | 重点任务 | 具体措施 | 牵头股室 |
配合股室 | 完成时限) under numbered headings.
"""

from pathlib import Path

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _lists(d, sections: int) -> None:
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>'
              '<w:lvlText w:val="%2"/></w:lvl>')
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="70">{levels}</w:abstractNum>'))
    for i in range(sections):
        numbering.append(parse_xml(f'<w:num {W} w:numId="{71 + i}"><w:abstractNumId w:val="70"/>'
                                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))


def _item(d, text: str, note: str, num: int, level: int = 0) -> None:
    p = d.add_paragraph()
    p.add_run(text)
    if note:
        p.add_run(note)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))


LIST_SECTIONS = [
    ("一、深化教育改革", [
        ("推进教育评价改革。落实义务教育质量评价指南，开展学校办学质量评价。", "（牵头科室：督导室；配合科室：基础教育科、教研室）", []),
        ("深化招生制度改革。严格落实公民同招、免试就近入学政策。", "（基础教育科牵头，招生考试中心配合）", []),
        ("推进“双减”提质增效。", "（牵头科室：基础教育科）", [
            ("提升课后服务质量。课后服务参与率达到95%以上。", "（基础教育科负责）"),
            ("规范校外培训。开展校外培训机构联合执法检查。", "（校外培训监管科牵头，区市场监管局配合）"),
        ]),
    ]),
    ("二、加强队伍建设", [
        ("加强校长队伍建设。开展校长任期目标考核。", "（组织人事科）", []),
        ("加强教师培训。全年组织教师培训3000人次。", "（责任单位：教师发展中心）", []),
        ("推进教师交流轮岗。交流轮岗教师比例不低于15%。", "（牵头科室：组织人事科；配合科室：各中小学校）", []),
    ]),
    ("三、保障教育安全", [
        ("落实安全责任。签订安全目标责任书，实现校园安全事故零发生。", "（安全管理科牵头，各中小学校、各幼儿园配合）", []),
        ("加强食品安全。学校食堂“明厨亮灶”覆盖率达到100%。", "（牵头科室：后勤保障科；配合科室：安全管理科）", []),
    ]),
]


def list_docx(path: Path) -> None:
    d = docx.Document()
    _lists(d, len(LIST_SECTIONS))
    d.add_paragraph("东湖区教育局2025年工作要点", style="Title")
    d.add_paragraph("2025年，全区教育工作以推进教育现代化为主线，全面提升教育质量。")
    for i, (heading, items) in enumerate(LIST_SECTIONS):
        d.add_paragraph(heading, style="Heading 1")
        for text, note, subs in items:
            _item(d, text, note, 71 + i)
            for sub, sub_note in subs:
                _item(d, sub, sub_note, 71 + i, level=1)
    d.add_paragraph("东湖区教育局")
    d.add_paragraph("2025年1月20日")
    d.save(path)


TABLE_ROWS = [
    ("一、提升教育质量", [
        ("1", "加强德育工作", "开展“红色基因代代传”主题教育活动。", "德育股", "团县委、各学校", "2025年12月"),
        ("2", "提高教学质量", "实施课堂教学改革，中考优秀率提高3个百分点。", "教研室", "基础教育股", "2025年7月"),
        ("3", "发展职业教育", "建设县职教中心实训楼，开设专业5个。", "职成股", "计财股、县职教中心", "2025年9月"),
    ]),
    ("二、改善办学条件", [
        ("4", "推进项目建设", "完成城东小学等4个项目建设。", "计财股（项目办）", "基础教育股", "2025年8月"),
        ("5", "推进教育信息化", "建设智慧教室120间。", "电教站", "计财股", "2025年12月"),
    ]),
]


def table_docx(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("青石县教育局2025年工作要点", style="Title")
    d.add_paragraph("为推动全县教育事业高质量发展，制定本工作要点。")
    for heading, rows in TABLE_ROWS:
        d.add_paragraph(heading)
        t = d.add_table(rows=1, cols=6)
        for cell, text in zip(t.rows[0].cells, ["序号", "重点任务", "具体措施", "牵头股室", "配合股室", "完成时限"],
                              strict=True):
            cell.text = text
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    d.save(path)


if __name__ == "__main__":
    list_docx(HERE / "list.docx")
    table_docx(HERE / "table.docx")
