"""Builds list.docx, table.docx and headings.docx (run: .venv/bin/python tests/import/variety/make_docx.py).

list.docx: a 区教育局 plan whose sections are Heading 1 paragraphs with a typed 一、, whose measures
are Word list paragraphs ("%1." decimal, restarted in each section through a new numId with a
startOverride), with sub-items ①, and annotations in a run of their own.
table.docx: a 县教育局 plan whose measures are a 任务分解表 (序号 | 重点任务 | 具体措施 | 牵头股室 |
配合股室 | 完成时限) under numbered headings.
headings.docx: a 区教育局 plan numbered only through its heading styles (标题 1 一、, 标题 2 （一）,
标题 3 1. from one list linked to the styles), each measure a 标题 3 title with its text, annotation
and 完成时间 in body paragraphs below.
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


HEADING_PARTS = [
    ("工作思路", ["坚持以学生发展为本，以改革创新为动力，着力补短板、强弱项、提质量。"], []),
    ("主要目标", ["全区义务教育优质均衡发展水平持续提升，普惠性幼儿园覆盖率达到92%以上。"], []),
    ("重点工作", [], [
        ("提升育人质量", [
            ("加强德育体系建设", ["构建“全员全程全方位”育人格局，开展“红领巾爱学习”主题活动。"],
             ["牵头科室：德育科　　配合科室：团区委、区少工委"], "2025年12月"),
            ("推进课程教学改革", ["落实义务教育新课程方案，开展大单元教学研究。", "组织区级优质课评比，评出一等奖40节。"],
             ["牵头科室：教研室　　配合科室：基础教育科"], "2025年11月"),
            ("加强学生体育锻炼", ["落实学生每天综合体育活动时间不低于2小时，举办区中小学生运动会。（体卫艺科负责）"],
             [], "2025年10月"),
            ("推进科学教育", ["建设区级科学教育实验校10所，举办青少年科技创新大赛。"],
             ["责任科室：基础教育科、区青少年活动中心"], ""),
        ]),
        ("扩大优质资源", [
            ("加快学校建设", ["建成东城小学、北川第三幼儿园，新增学位2160个。"],
             ["牵头科室：规划建设科　　配合科室：计划财务科"], "2025年8月"),
            ("深化集团化办学", ["新组建教育集团3个，实行集团内教师统一调配。"], ["责任科室：基础教育科"], ""),
            ("规范民办学校管理", ["开展民办学校年检，督促整改办学问题。"], ["牵头科室：民办教育科　　配合科室：财务审计科"],
             "2025年6月"),
        ]),
        ("建强教师队伍", [
            ("加强教师培训", ["开展新任教师岗前培训和骨干教师高端研修，培训教师2800人次。"], ["责任科室：教师发展中心"],
             ""),
            ("深化教师评价改革", ["完善教师绩效考核办法，向一线和班主任倾斜。"],
             ["牵头科室：人事科　　配合科室：计划财务科、督导室"], "2025年9月"),
            ("关心教师身心健康", ["组织教师健康体检，开展教师心理健康讲座。"], ["责任科室：区教育工会"], ""),
        ]),
        ("守牢安全底线", [
            ("加强校园安全防范", ["推进校园封闭化管理，专职保安配备率达到100%。"],
             ["牵头科室：安全科　　配合科室：区公安分局"], ""),
            ("做好后勤保障", ["加强学校食堂和饮用水卫生监管。"], ["牵头科室：后勤管理中心　　配合科室：安全科"], "全年"),
        ]),
        ("提升治理水平", [
            ("深化教育督导", ["开展中小学校办学水平督导评估，督导结果向社会公开。"], ["责任科室：督导室"], "2025年12月"),
            ("推进依法治校", ["开展“法治进校园”巡回宣讲，修订完善学校章程。"],
             ["牵头科室：政策法规科　　配合科室：各中小学校"], ""),
            ("加快智慧教育建设", ["升级区教育城域网，建设智慧教室60间。"], ["牵头科室：电教中心　　配合科室：计划财务科"],
             "2025年10月"),
        ]),
    ]),
]


def _heading_numbering(d) -> None:
    """一、 （一） 1. linked to 标题 1–3: the paragraphs carry no numPr, their styles do."""
    levels = ""
    for ilvl, (fmt, text) in enumerate([("chineseCounting", "%1、"), ("chineseCounting", "（%2）"),
                                        ("decimal", "%3.")]):
        levels += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:pStyle w:val="Heading{ilvl + 1}"/><w:lvlText w:val="{text}"/></w:lvl>')
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="80">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="81"><w:abstractNumId w:val="80"/></w:num>'))
    for ilvl in range(3):
        style = d.styles[f"Heading {ilvl + 1}"]
        style.element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="81"/></w:numPr>'))


def headings_docx(path: Path) -> None:
    d = docx.Document()
    _heading_numbering(d)
    d.add_paragraph("北川区教育局2025年工作计划", style="Title")
    d.add_paragraph("为推进全区教育事业高质量发展，根据区委、区政府工作部署，制定本计划。")
    for part, texts, sections in HEADING_PARTS:
        d.add_paragraph(part, style="Heading 1")
        for text in texts:
            d.add_paragraph(text)
        for section, measures in sections:
            d.add_paragraph(section, style="Heading 2")
            for title, body, notes, due in measures:
                d.add_paragraph(title, style="Heading 3")
                for text in [*body, *notes]:
                    d.add_paragraph(text)
                if due:
                    d.add_paragraph(f"完成时间：{due}")
    d.add_paragraph("北川区教育局")
    d.add_paragraph("2025年1月25日")
    d.save(path)


if __name__ == "__main__":
    list_docx(HERE / "list.docx")
    table_docx(HERE / "table.docx")
    headings_docx(HERE / "headings.docx")
