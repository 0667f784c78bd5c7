"""Every user-facing message, keyed by a stable code, in Chinese (default) and English.

Checks and commands only name a code and its arguments; wording lives here, so it can change
without touching the code that finds the problem. `use()` picks the language once per run.
"""

from __future__ import annotations

import locale
import os

LANGS = ("zh", "en")
_lang = "zh"

CATALOG: dict[str, tuple[str, str]] = {
    # --- severities and summaries
    "severity.error": ("错误", "error"),
    "severity.warning": ("警告", "warning"),
    "summary.validate": (
        "检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告",
        "checked {files} file(s): {errors} error(s), {warnings} warning(s)",
    ),
    "hint.did-you-mean": ("（是否为 {names}？）", " (did you mean {names}?)"),
    "hint.tab": ("YAML 不允许用 Tab 缩进，请改用空格", "YAML does not allow tabs for indentation; use spaces"),
    "list.sep": ("、", ", "),
    # a character users cannot see or tell apart, named by its code point and what it is: messages.char()
    "char": ("{point}（{name}）", "{point} ({name})"),
    "char.control": ("不可见的控制字符", "an invisible control character"),
    "char.invisible": ("不可见字符", "an invisible character"),
    "char.U+0000": ("空字符 NUL，不可见的控制字符", "NUL, an invisible control character"),
    "char.U+001B": ("ESC，不可见的控制字符", "ESC, an invisible control character"),
    "char.U+0009": ("Tab", "tab"),
    "char.U+0020": ("空格", "space"),
    "char.U+00A0": ("不间断空格", "no-break space"),
    "char.U+3000": ("全角空格", "full-width space"),
    "char.U+200B": ("零宽空格", "zero-width space"),
    "char.U+FEFF": ("零宽不换行空格/BOM", "zero-width no-break space / BOM"),
    "char.U+FF1A": ("全角冒号", "full-width colon"),
    "hint.invisible": (
        "（其中有看不见的字符 {chars}：删除后就是 {name}）",
        " (it contains {chars}, which cannot be seen: without it, it is {name})",
    ),
    # --- reading files
    "file-not-found": ("找不到文件 {path}", "file not found: {path}"),
    "is-directory": ("{path} 是一个文件夹，请给出文件", "{path} is a directory, not a file"),
    "unreadable": ("无法读取 {path}：{reason}", "cannot read {path}: {reason}"),
    "unwritable": ("无法写入 {path}：{reason}", "cannot write {path}: {reason}"),
    "file-in-use": (
        "无法替换 {path}：文件被占用（是否正在 Word、Excel 或 WPS 中打开？）。请关闭该文件后重试；原文件未改动",
        "cannot replace {path}: the file is in use (open in Word, Excel or WPS?). Close it and try again; "
        "the existing file is unchanged",
    ),
    "file-read-only": (
        "无法写入 {path}：文件是只读的（请在文件属性中取消“只读”后重试）；原文件未改动",
        "cannot write {path}: the file is read-only (clear its read-only attribute and try again); "
        "the existing file is unchanged",
    ),
    "file-too-large": (
        "{path} 文件过大（{size} MB，上限 {limit} MB），不像是一份工作计划",
        "{path} is too large ({size} MB, limit {limit} MB) for a plan",
    ),
    "binary-file": ("这不是文本文件（含有二进制内容）", "this is not a text file (it contains binary data)"),
    "zip-file": (
        "这是 zip 压缩包或 Office 文档（.docx、.xlsx 等），不是 YAML 文本：请给出 .yaml 计划文件"
        "（要从 Word 文档生成计划，请用 workplan import）",
        "this is a zip archive or an Office file (.docx, .xlsx…), not YAML text: give the .yaml plan "
        "(to make a plan from a Word document, use workplan import)",
    ),
    "not-utf8-unknown": (
        "文件不是 UTF-8 编码。请在编辑器中选择“另存为”→ 编码 UTF-8 后重试",
        "file is not UTF-8; save it as UTF-8 in your editor and try again",
    ),
    "not-utf8": (
        "文件不是 UTF-8 编码（看起来是 {guess}）。请在编辑器中选择“另存为”→ 编码 UTF-8 后重试",
        "file is not UTF-8 (it looks like {guess}); save it as UTF-8 in your editor and try again",
    ),
    "empty-file": ("文件是空的：至少需要 title、org、year", "the file is empty: title, org and year are required"),
    "yaml-syntax": ("YAML 语法错误：{problem}", "YAML syntax error: {problem}"),
    "yaml-alias": (
        "不支持 YAML 锚点和别名（&、*），请把内容直接写出来",
        "YAML anchors and aliases (&, *) are not supported; write the content out",
    ),
    "yaml-multiple-documents": (
        "一个文件只能有一份计划（发现了多个 --- 文档）",
        "one plan per file (found several --- documents)",
    ),
    "yaml-too-deep": ("嵌套层次过深", "nesting too deep"),
    # --- problems reported by libraries (libyaml, Jinja) in the user's words: see PROBLEMS below
    "schema-plan-as-registry": (
        "{path} 是一份工作计划，不是科室名册：-r 应指向 departments.yaml",
        "{path} is a plan, not a department registry: -r names departments.yaml",
    ),
    "problem.yaml-list": (
        "方括号 [ ] 中的列表没有正确结束：缺少“]”，或两项之间缺少英文逗号“,”",
        "a [ ] list is not closed: ']' is missing, or a ',' between two items",
    ),
    "problem.yaml-mapping": (
        "花括号 {{ }} 没有正确结束：缺少“}}”，或两项之间缺少英文逗号“,”",
        "a {{ }} mapping is not closed: '}}' is missing, or a ',' between two items",
    ),
    "problem.yaml-quote": (
        "有一个引号没有结束：文件到这里就完了，前面某处的 \" 或 ' 缺少另一半",
        "a quote is never closed: the file ends here, and an earlier \" or ' lacks its pair",
    ),
    "problem.yaml-colon": (
        "这里不能再写“字段: 值”：可能是缩进不对，或文字中有英文冒号加空格——请给整段文字加上引号，或改用中文冒号“：”",
        "'key: value' is not allowed here: the indentation may be wrong, or the text has a colon and a space — "
        "put the whole text in quotes, or use the Chinese colon '：'",
    ),
    "problem.yaml-indent": (
        "缩进不一致：同一层的字段或列表项（-）要左对齐",
        "inconsistent indentation: the keys or list items (-) of one level must line up",
    ),
    "problem.yaml-start": (
        "值不能以这个字符开头（如 @、`、%）：请给整段文字加上引号",
        "a value cannot start with this character (such as @, ` or %): put the whole text in quotes",
    ),
    "problem.yaml-escape": (
        "双引号中的反斜杠“\\”后面不是有效的转义：请改用单引号，或把 \\ 写成 \\\\",
        "a backslash in double quotes starts no valid escape: use single quotes, or write \\ as \\\\",
    ),
    "problem.yaml-control": (
        "这里有一个 YAML 不允许的字符 {char}，在编辑器中通常看不见：请删除它（多由复制粘贴带入）",
        "here is {char}, which YAML does not allow and editors usually do not show: delete it "
        "(it usually comes with pasted text)",
    ),
    "problem.yaml-fullwidth-indent": (
        "缩进中有 {char}：YAML 的缩进只能用英文空格，请把它换成英文空格（半角）",
        "the indentation has {char}: YAML indents with ASCII spaces only; replace it with ordinary spaces",
    ),
    "problem.yaml-fullwidth-colon": (
        "字段名后面用了 {char}“：”：字段名后要用英文冒号加空格“: ”（值里的中文冒号不受影响）",
        "the key is followed by {char} '：': a key takes an ASCII colon and a space ': ' "
        "(a Chinese colon inside a value is fine)",
    ),
    "problem.yaml-fullwidth-after-colon": (
        "冒号后面是 {char}：字段名的冒号后要用英文空格（半角），请替换它",
        "the colon is followed by {char}: a key's colon takes an ASCII space; replace it",
    ),
    "problem.yaml-key": ("缺少英文冒号：字段名后面要写“: ”", "a ':' is missing after the key"),
    "problem.yaml-empty": ("这里缺少内容（列表中连着两个逗号？）", "something is missing here (two commas in a row?)"),
    "problem.yaml-block": (
        "“|”或“>”后面应直接换行，文字从下一行开始",
        "'|' or '>' must end its line: the text starts on the next one",
    ),
    "problem.jinja-unexpected-expected": (
        "此处不应出现“{token}”，应为“{expected}”（括号或引号没有配对？）",
        "unexpected '{token}', expected '{expected}' (an unpaired bracket or quote?)",
    ),
    "problem.jinja-unexpected": ("此处不应出现“{token}”（括号没有配对？）", "unexpected '{token}' (an unpaired bracket?)"),
    "problem.jinja-char": ("此处不应出现字符“{char}”（引号没有配对？）", "unexpected character '{char}' (an unpaired quote?)"),
    "problem.jinja-expected": ("此处应为“{expected}”，实际是“{token}”", "expected '{expected}', found '{token}'"),
    "problem.jinja-expression": ("此处缺少表达式（实际是“{token}”）", "an expression is missing here (found '{token}')"),
    "problem.jinja-unclosed": (
        "模板结束时 {block} 块还没有关闭：缺少 {{% end{block} %}}",
        "the template ends inside a {block} block: {{% end{block} %}} is missing",
    ),
    "problem.jinja-misplaced-tag": (
        "这里不能用 {tag}：应先用 {{% end{block} %}} 关闭 {block} 块",
        "{tag} is not allowed here: close the {block} block with {{% end{block} %}} first",
    ),
    "problem.jinja-unknown-tag": (
        "未知的标签 {tag}（拼写错误，或多了一个 end 标签？）",
        "unknown tag '{tag}' (a typo, or one end tag too many?)",
    ),
    "problem.jinja-filter": ("没有名为 {name} 的过滤器", "there is no filter named '{name}'"),
    "problem.jinja-test": ("没有名为 {name} 的测试（is 后面的词）", "there is no test named '{name}' (the word after is)"),
    "problem.jinja-no-macro": (
        "导入的模板里没有名为 {name} 的宏（看一看 import 的是哪个文件、宏名是否写对）",
        "the imported template has no macro named '{name}' (check which file is imported and the macro's name)",
    ),
    "problem.jinja-attribute": (
        "没有字段 {name}（模板能用的字段见 workplan/render_context.py）",
        "there is no field '{name}' (the fields templates see are listed in workplan/render_context.py)",
    ),
    "problem.jinja-undefined": (
        "未定义的名称 {name}（拼写错误？模板能用的是 plan、块函数和导入的宏）",
        "'{name}' is undefined (a typo? templates see plan, the block functions and the macros they import)",
    ),
    "problem.jinja-macro-args": ("宏 {name} 最多接受 {count} 个参数，这里给多了", "macro {name} takes at most {count} argument(s)"),
    "problem.jinja-macro-keyword": ("宏 {name} 没有名为 {arg} 的参数", "macro {name} has no argument named {arg}"),
    "template-call": ("{name}() 的参数不对：应写作 {usage}", "{name}() is called with the wrong arguments: write {usage}"),
    "problem.jinja-index": ("列表中没有第 {index} 项（从 0 数起）", "the list has no item {index} (counting from 0)"),
    "problem.jinja-export": (
        "模板 {template} 中没有 {name}（在 {importer} 第 {line} 行导入）",
        "template {template} has no {name} (imported on line {line} of {importer})",
    ),
    # --- plan structure (reader)
    "not-a-mapping": (
        "{what}应为“字段: 值”的键值对，实际是{found}",
        "{what} should be a mapping of 'key: value', found {found}",
    ),
    "wrong-type": ("{field} 应为{expected}，实际是{found}", "{field} should be {expected}, found {found}"),
    "not-a-number": ("{field} 应为数字，实际是“{value}”", "{field} should be a number, found '{value}'"),
    "missing-field": ("缺少必填字段 {field}", "missing required field {field}"),
    "unknown-key": ("未知字段 {key}{hint}", "unknown key {key}{hint}"),
    "duplicate-key": ("字段 {key} 重复（第一次出现在第 {line} 行）", "duplicate key {key} (first at line {line})"),
    "bad-choice": ("{field} 的值“{value}”无效，可选：{choices}", "{field}: invalid value '{value}'; expected one of {choices}"),
    "too-deep": (
        "措施最多嵌套三级（措施、子措施、再下一级）",
        "measures nest at most three levels (measure, sub-measure, one more)",
    ),
    "type.text": ("文本", "text"),
    "type.integer": ("整数", "an integer"),
    "type.number": ("数字", "a number"),
    "type.list": ("列表", "a list"),
    "type.mapping": ("键值对", "a mapping"),
    "type.names": ("科室名称或名称列表", "a department name or a list of names"),
    "what.plan": ("计划文件的顶层", "the top level of a plan"),
    "what.registry": ("科室名册的顶层", "the top level of a registry"),
    "what.item": ("该项", "this item"),
    # --- registry
    "registry-not-found": ("找不到科室名册 {path}", "department registry not found: {path}"),
    "registry-missing": (
        "没有找到科室名册（{path}），未检查科室名称；可用 --registry 指定",
        "no department registry ({path}); department names not checked; use --registry",
    ),
    "registry-duplicate": ("科室名称 {name} 在名册中重复", "department {name} appears twice in the registry"),
    "group-is-department": (
        "{name} 是名册中的科室名称（或别名），不能再作泛指（groups）",
        "{name} is a department (or alias) in the registry, so it cannot also be a group",
    ),
    "group-duplicate": ("泛指 {name} 在 groups 中重复", "group {name} appears twice in groups"),
    "group-in-group": (
        "{name} 是泛指，不能作为泛指 {group} 的成员：请直接写出它所指的科室",
        "{name} is a collective name and cannot be a member of group {group}: name its departments instead",
    ),
    "group-empty": ("泛指 {name} 没有列出任何科室（members）", "group {name} lists no departments (members)"),
    "group-unknown-member": (
        "泛指 {group} 所含的 {name} 不在科室名册中{hint}",
        "{name}, a member of group {group}, is not in the registry{hint}",
    ),
    # --- validate: errors
    "duplicate-id": ("标识 {id} 重复（第一次出现在第 {line} 行）", "duplicate id {id} (first at line {line})"),
    "missing-lead": ("措施“{title}”没有牵头科室（lead）", "measure '{title}' has no lead department"),
    "lead-in-support": ("{name} 既是牵头科室又是配合科室", "{name} is both lead and support"),
    "unknown-department": ("{name} 不在 {registry} 中{hint}", "{name} is not in {registry}{hint}"),
    "placeholder-lead": (
        "{name} 是泛指，不能作为牵头科室；请写明具体科室",
        "{name} is a collective reference and cannot lead; name one department",
    ),
    "duplicate-department": ("{name} 在同一措施中重复列出", "{name} is listed twice in the same measure"),
    "bad-due": (
        "完成时限“{value}”无法识别：请写 YYYY、YYYY-MM、YYYY-MM-DD，或 全年、长期、持续推进 等",
        "due '{value}' not understood: use YYYY, YYYY-MM, YYYY-MM-DD, or words such as 全年 / 长期",
    ),
    "bad-date": ("日期“{value}”无效，应为 YYYY-MM-DD", "invalid date '{value}'; use YYYY-MM-DD"),
    "bad-year": ("年度 {value} 不合理", "implausible year {value}"),
    "percent-range": ("{name} 的百分比 {value} 不在 0–100 之间", "{name}: percentage {value} is outside 0–100"),
    "bad-cmp": ("比较符“{value}”无效，可选：>=、<=、=、>、<", "comparison '{value}' is invalid; use >=, <=, =, >, <"),
    "title-year": ("标题中的年份 {found} 与 year: {year} 不一致", "the title says {found} but year is {year}"),
    # --- validate: warnings
    "unfinished-placeholder": ("文中留有未填写的占位符“{text}”", "unfinished placeholder '{text}' left in the text"),
    "html-debris": ("文中有网页残留字符“{text}”", "HTML debris '{text}' in the text"),
    "alias-used": ("{name} 是别名，请写规范名称 {canonical}", "{name} is an alias; write the registry name {canonical}"),
    "duplicate-text": (
        "正文与第 {line} 行的措施完全相同",
        "text is identical to the measure at line {line}",
    ),
    "year-digit-lost": ("“{text}”像是少了一位数字的年份（{year}年？）：请核对", "'{text}' looks like a year that lost a digit ({year}?): check it"),
    "stale-year": (
        "“{text}”看起来是从旧文件复制来的（本计划是 {year} 年）",
        "'{text}' looks copied from an old document (this plan is for {year})",
    ),
    "stale-due": (
        "完成时限 {value} 早于 {year} 年，像是从旧文件复制来的",
        "due {value} is before {year}; it looks copied from an old document",
    ),
    "no-measures": ("计划中没有任何工作措施", "the plan has no measures"),
    "department-undecided": ("{role}科室是“待定”（导入时文中没有科室标注）：请写明具体科室，否则印出的文件会是“{role}：待定”",
                             "the {role} department is 待定 (import found no annotation): name the department, or "
                             "the printed document says {role}: 待定"),
    "speech-part-missing": (
        "讲话稿没有“{part}”（{key} 为空）：印出的讲话稿将缺这一部分，其后各部分的序号依次提前；请补写，或确认不要这一部分",
        "the speech has no “{part}” ({key} is empty): the printed speech lacks this part and the parts after it "
        "move up; write it, or make sure it is meant",
    ),
    "speech.part.review": ("工作回顾", "review of the year"),
    "speech.part.problems": ("存在的主要问题", "main problems"),
    "speech-item-empty": ("“{title}”没有正文（text 为空）：印出的讲话稿里只有这个小标题；请补写",
                          "“{title}” has no text: the printed speech shows the heading alone; write it"),
    # --- workplan import (reading documents; notes become "# import: …" comments in the plan)
    "import-encoding": (
        "无法识别文件编码（已尝试 UTF-8、GB18030/GBK、UTF-16）：请在编辑器中另存为 UTF-8 后重试",
        "cannot tell the file's encoding (tried UTF-8, GB18030/GBK, UTF-16); save it as UTF-8 and try again",
    ),
    "import-old-doc": (
        "这是旧版 Word/WPS 文档（.doc/.wps）：请在 Word 或 WPS 中“另存为”.docx 后重试",
        "this is an old Word/WPS document (.doc/.wps); save it as .docx in Word or WPS and try again",
    ),
    "import-pdf": (
        "不能直接导入 PDF：请把文字复制到 .txt 文件，或在 WPS/Word 中转成 .docx 后导入",
        "PDF cannot be imported directly; copy its text into a .txt file, or convert it to .docx first",
    ),
    "import-archive": (
        "这是 RAR 或 7z 压缩包，不是文档：请先解压，再导入其中的 .docx 或 .txt 文件",
        "this is a RAR or 7z archive, not a document: extract it, then import the .docx or .txt inside",
    ),
    "import-no-body": (
        "这是压缩包，但里面没有 Word 正文（word/document.xml），不是 .docx 文件",
        "this is an archive without a Word body (word/document.xml): not a .docx file",
    ),
    "import-damaged": (
        "文件不完整或已损坏，无法作为 Word 文档（.docx）读取：请重新下载或复制原文件；如能在 Word 或 WPS 中打开，"
        "请“另存为”.docx 后重试",
        "the file is incomplete or damaged and cannot be read as a Word document (.docx): download or copy it "
        "again; if Word or WPS can open it, save it as .docx and try again",
    ),
    "import-xlsx": (
        "这是 Excel 工作簿（.xlsx），不是可导入的文档：import 读取 Word 文档（.docx）或文本文件（.txt）。"
        "要导入表格中的任务，请把表格复制到 Word 文档中，另存为 .docx 后导入",
        "this is an Excel workbook (.xlsx), not a document to import: import reads Word documents (.docx) "
        "and text files (.txt). To import the tasks of a table, copy it into a Word document, save that as "
        ".docx and import it",
    ),
    "import-empty": ("文档中没有可导入的正文", "the document has no text to import"),
    "import-at-line": ("（原文第 {line} 行）", " (document line {line})"),
    "import-year-from-text": ("年度取自正文：{year}", "year taken from the text: {year}"),
    "import-year-from-page": (
        "年度取自网页的发布日期：{year}，请核对（或用 --year 指定）",
        "year taken from the web page's date: {year}; check it (or give --year)",
    ),
    "import-year-missing": (
        "文中未找到年度，暂定为 {year}：请核对，或用 --year 指定",
        "no year found in the document; {year} assumed: check it, or give --year",
    ),
    "import-org-guessed": (
        "发文机关按正文推断为“{org}”（出现 {count} 次），请核对（或用 --org 指定）",
        "issuing organisation guessed from the text: '{org}' ({count} times); check it (or give --org)",
    ),
    "import-org-missing": ("未找到发文机关，暂填“××”：请填写 org，或用 --org 指定",
                           "no issuing organisation found, ×× written for now: fill in org, or give --org"),
    "import-org-incomplete": (
        "发文机关暂填“{org}”，这不是完整的机关名称（应如“××市教育局”），请核对：填写全称，或用 --org 指定",
        "issuing organisation set to '{org}', which is no full name (such as 临川市教育局): check it, and write the "
        "full name or give --org",
    ),
    "import-title-missing": ("未找到标题行，标题暂定为“{title}”", "no title line found; title set to '{title}'"),
    "import-no-annotation": (
        "未找到科室标注，牵头暂填“待定”",
        "no department annotation found; lead set to 待定 (to be decided)",
    ),
    "import-lead-inherited": ("本项没有科室标注，沿用上一级措施的牵头和配合", "no annotation of its own; lead and support taken from the parent measure"),
    "import-number-skipped": ("编号跳过了 {numbers}", "numbering skipped {numbers}"),
    "import-number-missing": ("本项没有编号，按上下文应为第 {expected} 项", "no number here; by context this is item {expected}"),
    "import-number-unexpected": ("编号为 {found}，按上下文应为 {expected}", "numbered {found} where {expected} was expected"),
    "import-long-title": (
        "标题较长（{length} 字）：原文可能没有单独的标题句，请核对",
        "long title ({length} characters): the measure may have no title sentence of its own",
    ),
    "import-too-deep": (
        "下级条目超过三级，已并入本措施的正文",
        "an item nested more than three levels deep is kept in this measure's text",
    ),
    "import-target-placeholder": (
        "指标“{name}”的数值未填写（{value}），未列入 targets",
        "target '{name}' has no value ({value}); not added to targets",
    ),
    "import-text-not-kept": (
        "计划格式中没有这段文字的位置，原文保留在此：\n{text}",
        "the plan format has no place for this text; kept here:\n{text}",
    ),
    "import-people-kept": (
        "原文标注的人员（{text}）不是科室，计划格式中没有人员一项，保留在此注释中",
        "the document names people here ({text}): they are no departments, and a plan has no field for people; kept in this comment",
    ),
    "import-name-kept": (
        "原文标注中的“{text}”不像科室名称，未列入牵头或配合，保留在此注释中；如是科室，请填入 lead 或 support",
        "“{text}” in the annotation does not read as a department and is not in lead or support; kept in this "
        "comment — if it is one, add it there",
    ),
    "import-title-empty": (
        "原文这一标题只有序号、没有文字，暂填“××”：请补上标题，或删去这一级",
        "this heading has a number and no words; ×× written for now: give it a title, or remove the level",
    ),
    "import-no-measures": (
        "未找到任何措施：文中没有识别出带编号的工作条目（一、 （一） 1. 等）。请核对原文："
        "如换行已丢失（例如从网页复制），请在各编号前分段后重新导入",
        "no measures found: the document has no numbered items that could be read (一、 （一） 1. …). Check the "
        "document: if its line breaks were lost (copied from a web page, "
        "say), start a new paragraph before each number and import it again",
    ),
    "import-one-section": ("文档没有分部分标题，全部措施归入一个部分", "the document has no section headings; all measures put in one section"),
    "import-unknown-department": ("{name} 不在科室名册中{hint}", "{name} is not in the registry{hint}"),
    "import-collective-lead": ("{name} 是泛指，不宜作为牵头单位", "{name} is a collective name and should not lead"),
    "import-summary": (
        "{source} → {output}：{sections} 个部分，{measures} 项措施（{annotated} 项有科室标注），{targets} 个指标，{notes} 条提示",
        "{source} → {output}: {sections} section(s), {measures} measure(s) ({annotated} annotated), "
        "{targets} target(s), {notes} note(s)",
    ),
    "import-registry-empty": (
        "文中没有找到科室名称，未写入科室名册 {path}（没有科室的名册无法通过检查）：请手工编写 departments.yaml"
        "（每个科室一项 name），或运行 workplan init {folder} 生成样例名册后按本单位科室修改",
        "no department names found in the document, so no registry was written to {path} (one without "
        "departments would not validate): write departments.yaml by hand (one name per department), or run "
        "workplan init {folder} for a sample registry and edit it to your departments",
    ),
    "import-registry-written": ("已写入科室名册 {path}（{count} 个科室）", "wrote the registry {path} ({count} departments)"),
    "import-registry-header": (
        "由 workplan import 从 {source} 中找到的科室名称生成：请补上全称（full_name）和别名（aliases）。",
        "Made by workplan import from the names found in {source}: add full names and aliases.",
    ),
    "import-registry-same": (
        "{name} 与 {other} 名称相近，可能是同一科室：如是，请删去这一项，把 {name} 写入 {other} 的 aliases"
        "（否则 depts 会把这个科室的工作量分作两处统计）",
        "{name} and {other} look alike and may be one department: if so, remove this entry and add {name} to the "
        "aliases of {other} (else depts splits that department's workload in two)",
    ),
    "import-registry-same-summary": (
        "名册中有 {count} 处名称可能指同一科室（{pairs}），已在名册中注明：请核对，是同一科室的改作别名（aliases）",
        "{count} name(s) in the registry may name the same department as another ({pairs}), noted there: check "
        "them, and make each such name an alias (aliases)",
    ),
    "import-collective-department": (
        "{name} 是泛指，但原文把它作为牵头单位：请改为具体科室，再把它移到 placeholders",
        "{name} is a collective name the document makes lead: name a department there, then move it to placeholders",
    ),
    "import-registry-exists": (
        "{path} 已存在，不会覆盖：请换一个文件名，或改用 --registry 使用它",
        "{path} exists and will not be overwritten; choose another name, or use it with --registry",
    ),
    "import-more": ("……另有 {count} 条同类提示（见计划文件中的 # import: 注释）", "… and {count} more like it (see the # import: comments in the plan)"),
    "import-header": (
        "由 workplan import 从 {source} 导入。以“# import:”开头的注释标出了需要核对的地方，核对后可删除。",
        "Imported by workplan import from {source}. Comments starting with '# import:' mark what to check; delete them once checked.",
    ),
    # --- workplan render (templates and documents)
    "templates-missing": ("找不到内置模板目录 {path}（安装不完整？）", "built-in templates not found at {path} (broken install?)"),
    "template-not-utf8": (
        "模板 {path} 不是 UTF-8 编码。请在编辑器中选择“另存为”→ 编码 UTF-8 后重试",
        "template {path} is not UTF-8; save it as UTF-8 in your editor and try again",
    ),
    "template-syntax": ("模板语法错误：{problem}", "template syntax error: {problem}"),
    "template-error": ("模板运行出错：{problem}", "template error: {problem}"),
    "template-unsafe": (
        "模板试图访问不允许的内容，已拒绝（模板在沙箱中运行）：{problem}",
        "refused: the template reached for something templates may not use (they run sandboxed): {problem}",
    ),
    "template-not-found": (
        "找不到模板 {name}：模板只能引用与它同一文件夹中的模板和内置模板（如 macros.j2），不能用 .. 或绝对路径",
        "template {name} not found: a template may import templates in its own folder and the built-in ones "
        "(e.g. macros.j2), not .. or absolute paths",
    ),
    "template-bad-level": ("层级应为 1–4 的整数，实际是 {value}", "level must be an integer 1–4, not {value}"),
    "template-bad-argument": ("块函数的参数应为文本或数字，实际是 {found}", "block arguments must be text or numbers, not {found}"),
    "template-row-outside-table": ("row() 前面没有 table()", "row() without a table() before it"),
    "template-row-cells": (
        "row() 给了 {cells} 个单元格，表格有 {columns} 列（只给 1 个则跨整行）",
        "row() has {cells} cells but the table has {columns} columns (a single cell spans the row)",
    ),
    "template-table-shape": (
        "table() 的列宽（正数）和对齐方式（l、c、r）都应有 {columns} 个",
        "table() needs {columns} positive widths and {columns} alignments (l, c or r)",
    ),
    "render-speech-from-workpoints": (
        "这是一份工作要点（kind: workpoints），按讲话稿排版时省略“上年工作回顾”和“存在的主要问题”",
        "this plan is work points (kind: workpoints): the speech leaves out the review and the problems",
    ),
    "render-unknown-format": ("不支持输出 {suffix} 文件：请用 .docx、.md 或 .html", "cannot write {suffix} files: use .docx, .md or .html"),
    "render-too-many": (
        "{what} 超过 {limit} 项，无法用“一、二……九十九”编号",
        "more than {limit} {what}: 一、 numbering stops at 九十九",
    ),
    "render-wrote": ("已生成 {path}（{what}）", "wrote {path} ({what})"),
    "template-empty": ("模板 {path} 没有生成任何内容：文件是空的，或只有注释。请从内置模板复制一份再修改",
                       "template {path} produced nothing: it is empty or only comments. Copy a built-in "
                       "template and edit it"),
    "render-each-dept-unwritten": (
        "已生成 {written} 份科室任务分解表，另有 {count} 份未能写入（其他文件已照常生成）：\n{problems}\n"
        "请改正上面所说的问题后再运行一次",
        "wrote {written} department task tables; {count} could not be written (the others were):\n{problems}\n"
        "fix what is said above and run again"),
    "render-each-dept-in-the-way": (
        "无法写入 {path}：那里已有一个同名的文件夹，请把它移走或改名",
        "cannot write {path}: a folder of that name is in the way; move or rename it",
    ),
    "render-wrote-each": ("已在 {folder} 生成 {count} 份科室任务分解表", "wrote {count} department task tables into {folder}"),
    "render-each-dept-usage": (
        "--each-dept 只用于任务分解表（--as tasks），不与 --dept 同用；-o 给出存放的文件夹",
        "--each-dept is for the task table (--as tasks), not with --dept; -o names the folder",
    ),
    "render.workpoints": ("工作要点", "work points"),
    "render.speech": ("讲话稿", "speech"),
    "render.tasks": ("任务分解表", "task table"),
    # --- task table columns (workplan depts, export --format xlsx)
    "col.number": ("序号", "No."),
    "col.task": ("工作任务", "Task"),
    "col.text": ("具体内容", "Details"),
    "col.lead": ("牵头单位", "Lead"),
    "col.support": ("配合单位", "Support"),
    "col.due": ("完成时限", "Due"),
    "sheet.tasks": ("任务分解表", "Tasks"),
    "tasks.title": ("{title}任务分解表", "{title}: task breakdown"),
    # --- workplan depts
    "unused-department": (
        "{name} 在科室名册中，但没有牵头或配合任何措施",
        "{name} is in the registry but leads or supports no measure",
    ),
    "overloaded-lead": (
        "{name} 牵头 {count} 项措施，超过上限 {limit} 项（全文共 {measures} 项措施；可用 --max-lead 调整）",
        "{name} leads {count} measures, more than {limit} ({measures} measures in the plan; see --max-lead)",
    ),
    "depts-output": ("-o 只能写 .xlsx 或 .csv 文件：{path}", "-o must name a .xlsx or .csv file: {path}"),
    "render-reference-not-docx": (
        "--reference-doc 只用于 .docx 输出（-o 文件名.docx）", "--reference-doc is for .docx output only (-o NAME.docx)",
    ),
    "reference-other-format": (
        "{path} 是 {kind} 文件，不能用作 --reference-doc：请用 workplan 生成一份 .docx，在 Word 或 WPS 中改好样式后"
        "保存（.docx），再用作 --reference-doc",
        "{path} is a {kind} file, not a .docx: render a .docx with workplan, restyle it in Word or WPS, save it "
        "(.docx) and pass that to --reference-doc",
    ),
    "reference-not-docx": (
        "{path} 不是 Word 文档（.docx）：{reason}。请在 Word 或 WPS 中另存为 .docx，再用作 --reference-doc",
        "{path} is not a Word document (.docx): {reason}. Save it as .docx in Word or WPS, then pass it to --reference-doc",
    ),
    "reference-not-ours": (
        "{path} 中没有 workplan 的公文样式（公文标题、一级标题……），只有任何 Word 文件都有的“Normal”等样式，"
        "沿用它会打乱正文和页面：请先用 workplan render 生成一份 .docx，在 Word 或 WPS 中修改样式后保存，再用作 --reference-doc",
        "{path} has none of workplan's styles (公文标题, 一级标题…), only the Normal style every Word file has; using it "
        "would undo the body and page layout: render a .docx with workplan, restyle it in Word or WPS, save it, and pass that",
    ),
    "reference-too-large": (
        "样式参考文档 {path} 过大（{size} MB，上限 {limit} MB）：参考文档只需样式，可删去其中的图片和正文",
        "the reference {path} is too large ({size} MB, limit {limit} MB): it only needs its styles; remove pictures and text",
    ),
    "docx-part-too-large": (
        "{path} 中的 {part} 解压后有 {size} MB，超过上限 {limit} MB：文件可能已损坏",
        "{part} in {path} is {size} MB unpacked, over the limit of {limit} MB: the file may be damaged",
    ),
    "reference-missing-styles": (
        "参考文档 {path} 中没有这些样式，仍用 workplan 的：{names}。参考文档应是 workplan render 生成、"
        "在 Word 或 WPS 中修改样式后保存的文件",
        "the reference {path} lacks these styles, workplan's are used: {names}. A reference is a document "
        "workplan rendered, restyled in Word or WPS and saved",
    ),
    "render-dept-not-tasks": (
        "--dept 只用于任务分解表（--as tasks）", "--dept is for the task table only (--as tasks)",
    ),
    "render-dept-no-tasks": (
        "{name} 在本计划中没有牵头或配合的任务（各科室任务数见 workplan depts）",
        "{name} leads or supports no task in this plan (workplan depts shows each department's count)",
    ),
    "depts-no-dept": ("没有科室 {name}{hint}", "no department {name}{hint}"),
    "depts-wrote": ("已写入 {path}", "wrote {path}"),
    "depts-caption": ("按牵头、配合项数排序；每格为 牵头/配合", "heaviest first; each cell is lead/support"),
    "depts-dept": ("{name}：牵头 {lead} 项，配合 {support} 项", "{name}: leads {lead}, supports {support}"),
    "depts-group": (
        "{name} 是科室组，含 {count} 个科室：{members}；写明由它配合的措施 {support} 项，已计入各成员科室的配合任务",
        "{name} is a group of {count} departments: {members}; {support} measure(s) name it in support, "
        "counted as support of each member",
    ),
    "depts-placeholder": (
        "{name} 是集体称谓，不指明科室；写明由它配合的措施 {support} 项，未计入任何科室",
        "{name} is a collective reference that names no department; {support} measure(s) name it in support, "
        "counted for no department",
    ),
    "depts-summary-title": ("{title}科室工作量", "{title}: workload by department"),
    "depts-dept-title": ("{name}任务清单（{title}）", "{name}: tasks ({title})"),
    "col.department": ("科室", "Department"),
    "col.role": ("职责", "Role"),
    "col.partners": ("合作单位", "Partners"),
    "col.plan": ("计划", "Plan"),
    "col.total": ("合计", "Total"),
    "role.lead": ("牵头", "lead"),
    "role.support": ("配合", "support"),
    "role.support-via": ("配合（{group}）", "support (as {group})"),
    "role.lead-mark": ("{name}（牵头）", "{name} (lead)"),
    "sheet.workload": ("工作量汇总", "Workload"),
    # --- workplan diff
    "diff.header": ("{old} → {new}", "{old} → {new}"),
    "diff.summary.sections": ("（另有 {count} 个部分改动）", " ({count} section(s) changed too)"),
    "diff.summary": (
        "+{added} 新增  -{removed} 删除  ~{changed} 修改  ↪{moved} 移动  {unchanged} 未变",
        "+{added} added  -{removed} removed  ~{changed} changed  ↪{moved} moved  {unchanged} unchanged",
    ),
    "diff.same": ("两份计划的措施、指标和文字都相同", "the plans have the same measures, targets and texts"),
    "diff.status.added": ("新增", "added"),
    "diff.status.removed": ("删除", "removed"),
    "diff.status.changed": ("修改", "changed"),
    "diff.status.moved": ("移动", "moved"),
    "diff.status.unchanged": ("未变", "unchanged"),
    "diff.note.sep": ("；", "; "),
    "diff.note.added": ("新增措施", "new measure"),
    "diff.note.removed": ("删除措施", "measure removed"),
    "diff.note.text": ("修改正文", "text reworded"),
    "diff.note.title": ("修改标题", "title changed"),
    "diff.note.lead": ("牵头：{old} → {new}", "lead: {old} → {new}"),
    "diff.note.support": ("配合：{old} → {new}", "support: {old} → {new}"),
    "diff.note.due": ("完成时限：{old} → {new}", "due: {old} → {new}"),
    "diff.note.moved": ("移自{number}{title}", "moved from {number}{title}"),
    "diff.note.parent-under": ("移至{number}{title}之下", "moved under {number}{title}"),
    "diff.note.parent-top": ("原为{number}{title}的子项，改为独立措施", "was under {number}{title}; now a measure of its own"),
    "diff.note.order": ("调整顺序", "order changed"),
    "diff.note.lead-now": ("牵头：{names}", "lead: {names}"),
    "diff.note.support-now": ("配合：{names}", "support: {names}"),
    "diff.note.due-now": ("完成时限：{names}", "due: {names}"),
    "diff.none": ("无", "none"),
    "diff.target.changed": ("{name}：{old} → {new}", "{name}: {old} → {new}"),
    "diff.target.added": ("新增指标 {name}：{new}", "new target {name}: {new}"),
    "diff.target.removed": ("删除指标 {name}（原为 {old}）", "target removed: {name} (was {old})"),
    "diff.targets": ("主要指标", "Targets"),
    "diff.text.preamble": ("总体要求", "Overall requirements"),
    "diff.text.ideas": ("工作思路", "Guiding ideas"),
    "diff.text.goals": ("工作目标", "Goals"),
    "diff.text.opening": ("开场白", "Opening"),
    "diff.text.closing": ("结束语", "Closing"),
    "diff.text.title": ("文件标题", "Title"),
    "diff.text.doc_number": ("发文字号", "Document number"),
    "diff.text.org": ("发文机关", "Issuing organisation"),
    "diff.text.issued": ("成文日期", "Date issued"),
    "diff.text.numbering": ("措施编号", "Numbering of measures"),
    "diff.text.review": ("上年工作回顾", "Review of last year"),
    "diff.text.problems": ("存在的主要问题", "Main problems"),
    "diff.text.speaker": ("讲话人", "Speaker"),
    "diff.text.speaker_title": ("讲话人职务", "Speaker's title"),
    "diff.text.occasion": ("会议名称", "Occasion"),
    "diff.text.date": ("讲话日期", "Date of the speech"),
    "diff.text.salutation": ("称呼", "Salutation"),
    "diff.numbering.continuous": ("全文连续编号", "numbered through the document"),
    "diff.numbering.per-section": ("每部分重新编号", "numbered afresh in each section"),
    "diff.note.section.added": ("新增部分", "new section"),
    "diff.note.section.removed": ("删除部分", "section removed"),
    "diff.note.section.title": ("修改部分标题", "section title changed"),
    "diff.note.section.text": ("修改部分导语", "section introduction reworded"),
    "diff.note.section.order": ("调整部分顺序，原为{number}", "section reordered, was {number}"),
    "diff.section.removed": ("{number}{title}（本部分已删除）", "{number}{title} (section removed)"),
    "diff.section.renamed": ("{number}{title}（原为：{old}）", "{number}{title} (was: {old})"),
    "diff.table.title": ("{title}新旧对照表", "{title}: old and new compared"),
    "diff.table.year": ("{year}年", "{year}"),
    "diff.table.file": ("{year}年（{name}）", "{year} ({name})"),
    "diff.table.old": ("{year}年（原稿）", "{year} (old draft)"),
    "diff.table.new": ("{year}年（新稿）", "{year} (new draft)"),
    "diff.table.note": ("变化说明", "What changed"),
    "diff.legend": ("删除的文字加删除线，新增的文字加下划线", "deleted text is struck through, inserted text underlined"),
    "diff.bad-only": ("--only 的值“{value}”无效，可选：{choices}", "--only: invalid value '{value}'; choose from {choices}"),
    "diff.bad-output": (
        "无法按“{path}”的扩展名确定输出格式：请用 .docx、.md、.html 或 .json",
        "cannot tell the output format from '{path}': use .docx, .md, .html or .json",
    ),
    "id-reused": (
        "第 {number} 项的标识 {id} 似乎被用在了不相关的内容上：它与原计划中同一标识的措施（{old}）"
        "相似度只有 {similarity}（低于 {threshold}）；若这是一项新工作，请给它换一个新标识",
        "the id {id} of measure {number} seems reused for unrelated content: it is only {similarity} similar to "
        "the measure with this id in the old plan ({old}, below {threshold}); if this is new work, give it a new id",
    ),
    "diff.wrote": ("已写入 {path}", "wrote {path}"),
    # --- workplan init / new / fmt / export (cli/drafting.py)
    "rewrite-lost-comment": (
        "改写会丢掉注释“{comment}”，文件保持原样未动；请把这个文件报告给 workplan 维护者",
        "rewriting would lose the comment '{comment}'; the file was left as it is — please report it",
    ),
    "rewrite-changed-data": (
        "整理格式会改变文件的内容，文件保持原样未动；请把这个文件报告给 workplan 维护者",
        "formatting would change the file's content; the file was left as it is — please report it",
    ),
    "is-not-directory": ("{path} 已存在，但不是文件夹", "{path} exists and is not a directory"),
    "init-exists": (
        "{path} 已存在（共 {count} 个文件会被覆盖），未写入任何文件；确需覆盖请加 --force",
        "{path} already exists ({count} file(s) would be overwritten); nothing written — use --force to overwrite",
    ),
    "init.created": ("已在 {dir} 创建：", "created in {dir}:"),
    "init.next": (
        "下一步：用 VS Code 打开 {dir}（安装 Red Hat 的 YAML 扩展），编辑 {plan}，然后运行 workplan validate {plan}",
        "next: open {dir} in VS Code (with Red Hat's YAML extension), edit {plan}, then run workplan validate {plan}",
    ),
    "new-no-year": ("源文件没有有效的 year，无法推算下一年", "the source has no valid year to roll forward from"),
    "new-exists": ("{path} 已存在，未覆盖；确需覆盖请加 --force", "{path} already exists; use --force to overwrite it"),
    "new-exists-other": (
        "{path} 已存在，是另一份计划《{title}》（{kind}），不是这份草稿《{draft}》（{draft_kind}）；未覆盖。"
        "请用 -o 另选文件名，如 -o {free}",
        "{path} already exists and holds another plan, “{title}” ({kind}), not this draft “{draft}” ({draft_kind}); "
        "nothing written. Choose a free name with -o, e.g. -o {free}",
    ),
    "new.header": (
        "{source} → {output}：{old} 年 → {new} 年，共 {count} 处改动",
        "{source} → {output}: {old} → {new}, {count} change(s)",
    ),
    "new.year": ("年份 {old} → {new}：{context}", "year {old} → {new}: {context}"),
    "new.stage": (
        "请核对：原文说{context}是{old}，{new}年未必仍是",
        "check: the text calls {context} '{old}'; {new} may not be",
    ),
    "new.due": ("完成时限顺延一年：{old} → {new}", "due moved forward: {old} → {new}"),
    "new.cleared": ("已清空（原为 {old}），印发时再填", "cleared (was {old}); fill in when issued"),
    "new.target": ("指标值仍为 {old}，已加注释“{new}”，请按新一年调整", "target kept at {old}, noted as '{new}'; set the new value"),
    "new.review": (
        "上年工作回顾改为按部分的空白提纲：{old} 项 → {new} 项（每项上方注释列出上年措施）",
        "review emptied into a skeleton: {old} item(s) → {new}, one per section (last year's measures in a comment above each)",
    ),
    "new.problems": ("存在的主要问题已清空（原 {old} 项）", "problems emptied (had {old})"),
    "new-stdin-output": (
        "从标准输入（--from -）读取计划时，请用 -o 给出草稿的文件名",
        "with the plan on standard input (--from -), name the draft with -o",
    ),
    "new.next": (
        "下一步：修改草稿，然后运行 workplan validate {output} 和 workplan diff {source} {output}",
        "next: edit the draft, then run workplan validate {output} and workplan diff {source} {output}",
    ),
    "fmt.changed": ("已整理 {path}", "reformatted {path}"),
    "fmt.would-change": ("需要整理：{path}", "would reformat {path}"),
    "fmt.ids": ("{path}：补充了 {count} 个 id：{ids}", "{path}: added {count} id(s): {ids}"),
    "fmt.summary": ("{changed} 个文件已整理，{unchanged} 个文件无需改动", "{changed} file(s) reformatted, {unchanged} unchanged"),
    "fmt.summary-check": (
        "{changed} 个文件需要整理（运行 workplan fmt 即可），{unchanged} 个文件格式正确",
        "{changed} file(s) would be reformatted (run workplan fmt), {unchanged} already formatted",
    ),
    "fmt.no-files": ("{path} 中没有 .yaml 文件", "no .yaml files in {path}"),
    "depts.no-plans": ("{path} 中没有计划文件（只有科室名册或其他 YAML）：请给出计划文件",
                       "no plan in {path} (only a registry or other YAML): give plan files"),
    "rewrite-comment-in-flow": (
        "注释“{comment}”写在 {open}…{close} 之内，改写文件时这里的注释无法保留，文件保持原样未动："
        "请把这条注释移到 {open}…{close} 之外，单独写成一行（如写在这个字段的上一行），然后重新运行",
        "the comment '{comment}' is inside {open}…{close}, where rewriting the file cannot keep a comment; the file was "
        "left as it is: move the comment out of the {open}…{close} onto a line of its own (above the field), "
        "then run the command again",
    ),
    "new-year-not-later": (
        "--year {year} 不晚于源计划的年份 {old}：workplan new 只起草以后年份的计划（如 --year {next}），"
        "不会改写同一年或更早年份的计划；只想整理格式请用 workplan fmt",
        "--year {year} is not later than the source plan's year {old}: workplan new drafts a later year's plan "
        "(e.g. --year {next}), never the same or an earlier year; to tidy a plan use workplan fmt",
    ),
    "new.due-years": ("完成时限顺延 {years} 年：{old} → {new}", "due moved forward {years} years: {old} → {new}"),
    "export-needs-output": ("xlsx 是二进制文件，请用 -o 指定输出文件", "xlsx is a binary file: name the output with -o"),
    "export.wrote": ("已导出 {path}", "exported {path}"),
    # --- validate: values, registries and fields the user audit found accepted
    "number-out-of-range": (
        "{field} 的值 {value} 超出范围：写成普通数字最多 {digits} 位（如 92、98.5、0.05、1500000）",
        "{field}: {value} is out of range: at most {digits} digits written out (e.g. 92, 98.5, 0.05, 1500000)",
    ),
    "registry-ambiguous": (
        "{name} 已是 {first} 的{role}（第 {line} 行）：一个名称只能指一个科室",
        "{name} is already {first}'s {role} (line {line}); a name can mean one department only",
    ),
    "registry-role.name": ("名称", "name"),
    "registry-role.full_name": ("全称", "full name"),
    "registry-role.alias": ("别名", "alias"),
    "registry-empty": (
        "科室名册中没有科室：至少需要 departments（科室列表，每项写 name）",
        "the department registry lists no departments: it needs departments (a list, each with a name)",
    ),
    "yaml-tag": (
        "不支持 YAML 标签 {tag}：计划只写普通的文本、数字和列表，请去掉标签",
        "YAML tag {tag} is not supported: a plan is plain text, numbers and lists; remove the tag",
    ),
    "empty-field": ("必填字段 {field} 是空的", "required field {field} is empty"),
    # --- writing outputs safely (atomic.py, export, import, new, diff, render --each-dept)
    "output-is-folder": (
        "无法写入 {path}：这是一个文件夹，请在 -o 中给出文件名",
        "cannot write {path}: it is a folder; give a file name with -o",
    ),
    "parent-not-folder": (
        "无法写入 {path}：{parent} 是文件，不是文件夹",
        "cannot write {path}: {parent} is a file, not a folder",
    ),
    "inaccessible": ("无法使用 {path}：{reason}", "cannot use {path}: {reason}"),
    "os.ENOSPC": ("磁盘空间不足", "the disk is full"),
    "os.EDQUOT": ("超出了磁盘配额", "the disk quota is used up"),
    "os.EACCES": ("没有权限写入这个位置（请换一个文件夹，或检查文件夹权限）", "no permission to write there (choose another folder, or check its permissions)"),
    "os.EPERM": ("没有权限写入这个位置（请换一个文件夹，或检查文件夹权限）", "no permission to write there (choose another folder, or check its permissions)"),
    "os.EROFS": ("这个磁盘或文件夹是只读的", "the disk or folder is read-only"),
    "os.ENAMETOOLONG": ("文件名或路径过长", "the file name or path is too long"),
    "os.EINVAL": (
        "文件名无效（文件名中不能有 \\ / : * ? \" < > | 等字符）",
        "invalid file name (a file name cannot contain \\ / : * ? \" < > |)",
    ),
    "os.ENOENT": ("所在的文件夹不存在", "the folder does not exist"),
    "os.ENOTDIR": ("路径中有一部分是文件，不是文件夹", "part of the path is a file, not a folder"),
    "os.EEXIST": ("路径中有一部分是文件，不是文件夹", "part of the path is a file, not a folder"),
    "os.EISDIR": ("这是一个文件夹，请给出文件名", "it is a folder; give a file name"),
    "os.EIO": ("读写磁盘时出错（U 盘或网络盘是否已断开？）", "a disk input/output error (was a USB or network drive removed?)"),
    "os.other": ("系统报告错误：{reason}", "the system reports: {reason}"),
    "output-is-input": (
        "{path} 是本命令要读取的文件，不会覆盖它：请换一个输出文件名",
        "{path} is a file this command reads; it will not be overwritten: choose another output name",
    ),
    "export-output": (
        "--format {format} 写出的是 {suffixes} 文件，-o 给出的 {path} 与之不符：请改用 {suffixes} 扩展名",
        "--format {format} writes {suffixes} files, but -o names {path}: use the {suffixes} extension",
    ),
    "output-twice": (
        "-o 和 --write-registry 都是 {path}：计划和科室名册需要写入两个不同的文件",
        "-o and --write-registry both name {path}: the plan and the registry need two different files",
    ),
    "import-is-plan": (
        "{path} 已经是 YAML 文件（workplan 的计划或科室名册），不需要导入：计划可用 workplan fmt {arg} 整理格式，"
        "用 workplan new --from {arg} 起草下一年的计划",
        "{path} already is a YAML file (a workplan plan or registry), there is nothing to import: tidy a plan with "
        "workplan fmt {arg}, draft next year's plan from it with workplan new --from {arg}",
    ),
    "import-is-plan-stdin": (
        "标准输入已经是 workplan 的 YAML 计划，不需要导入：请存为 .yaml 文件，再用 workplan fmt 整理格式、"
        "用 workplan new --from 起草下一年的计划",
        "standard input already is a workplan YAML plan, there is nothing to import: save it as a .yaml file, "
        "then tidy it with workplan fmt, or draft next year's plan from it with workplan new --from",
    ),
    "import-is-registry": (
        "{path} 是 workplan 的科室名册，不是要导入的文档：导入文档时用 -r {arg} 指定它；"
        "名为 departments.yaml 并与计划放在同一文件夹时，不用 -r 也会自动使用",
        "{path} is a workplan department registry, not a document to import: name it with -r {arg} when importing "
        "a document; named departments.yaml and kept in the plans' folder, it is used without -r",
    ),
    "import-is-registry-stdin": (
        "标准输入是 workplan 的科室名册，不是要导入的文档：请存为 departments.yaml，与计划放在同一文件夹"
        "（不用 -r 也会自动使用），或在导入文档时用 -r 指定存下的文件",
        "standard input is a workplan department registry, not a document to import: save it as departments.yaml "
        "in the plans' folder, where it is used without -r, or name the saved file with -r when importing a document",
    ),
    "stdin-twice": (
        "只能有一个参数读取标准输入（-）：请至少给出一个文件名",
        "only one argument can read standard input (-): name at least one file",
    ),
    "dept-empty": ("--dept 需要一个科室名称", "--dept needs a department's name"),
    "render-each-dept-stdout": (
        "--each-dept 写出多个文件，不能写到标准输出（-o -）：请用 -o 给出文件夹，如 -o out/任务分解表/",
        "--each-dept writes several files, not standard output (-o -): name a folder with -o, e.g. -o out/tasks/",
    ),
    "render-each-dept-folder": (
        "用 --each-dept 时，-o 给出存放各科室文件的文件夹，而 {path} 是文件名：请去掉扩展名（如 -o out/任务分解表/）",
        "with --each-dept, -o names the folder for the departments' files, but {path} is a file name: "
        "drop the extension (e.g. -o out/tasks/)",
    ),
    # --- command help (`workplan … --help`), translated when help is printed: see cli/app.py `help_text`.
    # A command's first entry is its help, ".summary" its line in `workplan --help`; "示例/Example" lines
    # keep their command lines the same in both languages.
    "help.workplan": (
        "workplan：年度工作要点的校验、科室核对、年度对比、公文排版与导入。",
        "Annual work plans (工作要点): validate, cross-check departments, diff, render, import.",
    ),
    "help.version": ("显示版本号。", "Show the version."),
    "help.lang": (
        "提示信息的语言：zh（中文，默认）或 en（英文）；也可用环境变量 WORKPLAN_LANG 设置。",
        "Message language: zh (default) or en; also WORKPLAN_LANG.",
    ),
    "help.help": ("显示本帮助并退出。", "Show this message and exit."),
    "help.install-completion": ("为当前命令行安装命令补全。", "Install completion for the current shell."),
    "help.show-completion": (
        "显示当前命令行的补全脚本，可复制或自行安装。",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    "help.usage": ("用法：", "Usage: "),
    "help.heading": ("{heading}：", "{heading}:"),
    "help.arguments": ("参数", "Arguments"),
    "help.options": ("选项", "Options"),
    "help.commands": ("命令", "Commands"),
    "help.default": ("默认：{default}", "default: {default}"),
    "help.required": ("必填", "required"),
    # shared by several commands
    "help.plan": ("计划文件（YAML）；- 表示从标准输入读取。", "Plan file (YAML); '-' reads standard input."),
    "help.registry": (
        "科室名册（默认：计划所在文件夹中的 departments.yaml）。",
        "Department registry (default: departments.yaml beside the plan).",
    ),
    "help.format": ("输出格式：text（给人看）或 json（给程序用）。", "text (for people) or json (for programs)."),
    # validate
    "help.validate": (
        "检查计划：结构、字段类型、编号、科室、日期、指标，以及沿用去年未改的内容。\n\n\b\n"
        "示例：workplan validate plans/2026.yaml --strict",
        "Check plans: structure, types, ids, departments, dates, targets, leftovers.\n\n\b\n"
        "Example: workplan validate plans/2026.yaml --strict",
    ),
    "help.validate.summary": ("检查计划有没有错误", "Check plans: structure, departments, dates, targets"),
    "help.validate.plans": (
        "计划或科室名册文件，也可以是文件夹（检查其中全部计划和名册）；- 表示从标准输入读取。",
        "Plan or registry files, or folders (every plan and registry inside); '-' reads standard input.",
    ),
    "help.validate.strict": ("把警告也当作错误。", "Treat warnings as errors."),
    # depts
    "help.depts": (
        "核对计划中的科室名称，列出各科室牵头和配合的任务（工作量统计表、任务清单）。\n\n\b\n"
        "示例：workplan depts plans/2025.yaml plans/2026.yaml -o workload.xlsx",
        "Cross-check department names; show who leads and supports what (workload matrix, task lists).\n\n\b\n"
        "Example: workplan depts plans/2025.yaml plans/2026.yaml -o workload.xlsx",
    ),
    "help.depts.summary": ("核对科室：谁牵头、谁配合", "Cross-check departments: who leads, who supports"),
    "help.depts.plans": (
        "计划文件（YAML），也可以是文件夹（其中全部计划）；给出多份时合成一张统计表，每份计划一列。",
        "Plan files (YAML), or folders (every plan inside); several give one matrix with a column per plan.",
    ),
    "help.depts.registry": (
        "科室名册（默认：各计划所在文件夹中的 departments.yaml）。",
        "Department registry (default: departments.yaml beside each plan).",
    ),
    "help.depts.output": (
        "写入 .xlsx 文件（汇总表，另加每个科室一张任务表）或 .csv 文件（汇总表）；与 --dept 同用时，"
        "写入的是这个科室的任务清单。",
        "Write FILE.xlsx (summary + one task sheet per department) or FILE.csv (the summary); with --dept, "
        "that department's task list.",
    ),
    "help.depts.dept": (
        "只列出这个科室的任务（名册中的名称或简称）。",
        "Only this department's task list (a registry name or alias).",
    ),
    "help.depts.max-lead": (
        "某科室在一份计划中牵头超过 N 项措施时提醒（默认：全部措施的四分之一）。",
        "Warn when a department leads more than N measures of a plan (default: a quarter of its measures).",
    ),
    # diff
    "help.diff": (
        "逐条对比两年的计划：新增、删除、修改、调整位置。结束时 0 表示相同，1 表示有变化，2 表示出错。\n\n\b\n"
        "示例：workplan diff plans/2025.yaml plans/2026.yaml -o 对照表.docx",
        "Compare two years' plans measure by measure: added, removed, changed, moved. "
        "Exit 0 same, 1 different, 2 trouble.\n\n\b\n"
        "Example: workplan diff plans/2025.yaml plans/2026.yaml -o 对照表.docx",
    ),
    "help.diff.summary": ("对比两年的计划，生成新旧对照表", "Compare two years' plans measure by measure"),
    "help.diff.old": ("去年的计划（YAML）；- 表示从标准输入读取。", "Last year's plan (YAML); '-' reads standard input."),
    "help.diff.new": ("今年的计划（YAML）。", "This year's plan (YAML)."),
    "help.diff.output": (
        "把新旧对照表写入 .docx、.md 或 .html 文件（也可以是 .json）；- 表示把 .docx 写到标准输出。",
        "Write the 新旧对照表 to FILE.docx, FILE.md or FILE.html (or FILE.json); '-' writes the .docx to standard output.",
    ),
    "help.diff.threshold": (
        "改写过的措施与原来的相似到什么程度（0–1，按标题和正文的文字计）仍算同一条。",
        "How similar (0–1, characters of title + text) a reworded measure must stay to count as the same measure.",
    ),
    "help.diff.only": (
        "只显示这几类，用逗号分隔：added 新增、removed 删除、changed 修改、moved 调整位置、unchanged 未变，"
        "或某一种修改：text、title、lead、support、due、targets、section、parent、order、texts。",
        "Show only these, comma-separated: added, removed, changed, moved, unchanged, "
        "or a kind of change: text, title, lead, support, due, targets, section, parent, order, texts.",
    ),
    "help.diff.registry": (
        "两份计划共用的科室名册（默认：各计划所在文件夹中的 departments.yaml）。",
        "Department registry for both plans (default: departments.yaml beside each).",
    ),
    # render
    "help.render": (
        "按公文格式（GB/T 9704）排版计划：工作要点、讲话稿或任务分解表。\n\n\b\n"
        "示例：workplan render plans/2026.yaml --as workpoints -o out/2026.docx\n"
        "示例：workplan render plans/2026.yaml --as tasks --dept 基础教育科 -o out/基础教育科.docx\n"
        "示例：workplan render plans/2026.yaml --as tasks --each-dept -o out/任务分解表/\n"
        "示例：workplan render plans/2026.yaml -o out/2026.docx --reference-doc 本局样式.docx",
        "Write the plan as an official-style document (GB/T 9704): work points, speech or task table.\n\n\b\n"
        "Example: workplan render plans/2026.yaml --as workpoints -o out/2026.docx\n"
        "Example: workplan render plans/2026.yaml --as tasks --dept 基础教育科 -o out/基础教育科.docx\n"
        "Example: workplan render plans/2026.yaml --as tasks --each-dept -o out/任务分解表/\n"
        "Example: workplan render plans/2026.yaml -o out/2026.docx --reference-doc 本局样式.docx",
    ),
    "help.render.summary": ("排版成公文：工作要点、讲话稿、任务分解表", "Write the plan as an official-style document"),
    "help.render.as": (
        "排成哪种文档：workpoints 工作要点 | speech 讲话稿 | tasks 任务分解表。",
        "工作要点 workpoints | 讲话稿 speech | 任务分解表 tasks.",
    ),
    "help.render.output": (
        "输出文件：.docx（公文格式），.md 或 .html（预览）；- 表示把 .docx 写到标准输出。",
        "OUT.docx (official style), .md or .html (preview); '-' writes the .docx to standard output.",
    ),
    "help.render.template": (
        "使用自己的 Jinja 模板（可从 templates/ 复制一份来改）。",
        "Your own Jinja template (copy one from templates/).",
    ),
    "help.render.numbering": (
        "措施编号：continuous 全文连续编号（1..N），per-section 每部分重新编号；默认按计划中的设置。",
        "Measure numbers: continuous (1..N) or per-section; default: the plan's.",
    ),
    "help.render.dept": (
        "与 --as tasks 同用：只排这个科室的任务，即发给该科室的那张表。",
        "With --as tasks: only this department's tasks, the table it receives.",
    ),
    "help.render.each-dept": (
        "与 --as tasks 同用：每个科室一张表，以“科室名.docx”存入 -o 指定的文件夹。",
        "With --as tasks: one table per department, DEPT.docx in the folder -o names.",
    ),
    "help.render.reference-doc": (
        "样式参考文档：先用 workplan 生成 .docx，在 Word 或 WPS 中调好样式，排版时沿用它的字体、字号和页边距。",
        "A .docx rendered by workplan and restyled in Word or WPS: its styles (fonts, sizes) and margins are used.",
    ),
    "help.render.format": ("结果报告的格式：text 或 json。", "How to report: text or json."),
    # import
    "help.import": (
        "把 Word（.docx）或文本文档导入为能通过检查的计划；拿不准的地方加上 # import: 注释，请人工核对。\n\n\b\n"
        "示例：workplan import 2025年工作要点.docx -o plans/2025.yaml -r plans/departments.yaml",
        "Import a Word (.docx) or text document into a plan that validates; unsure spots get # import: comments."
        "\n\n\b\n"
        "Example: workplan import 2025年工作要点.docx -o plans/2025.yaml -r plans/departments.yaml",
    ),
    "help.import.summary": ("把 Word 或文本文档导入为计划", "Import a Word or text document into a plan"),
    "help.import.document": (
        ".docx 或 .txt 文件（编码为 UTF-8、GB18030/GBK 或 UTF-16）；- 表示从标准输入读取。",
        ".docx or .txt (UTF-8, GB18030/GBK or UTF-16); '-' reads standard input.",
    ),
    "help.import.output": (
        "要写出的计划（YAML；给出文件夹时写入其中的“年份.yaml”）；- 表示写到标准输出。",
        "The plan to write (YAML; a folder: YEAR.yaml in it); '-' writes standard output.",
    ),
    "help.import.force": (
        "输出文件已存在时覆盖它（绝不会覆盖原文档）。",
        "Overwrite the output if it exists (never the document itself).",
    ),
    "help.import.registry": (
        "科室名册：按其中的简称认出科室，名册里没有的科室会标出来。",
        "Department registry: names resolved through its aliases, unknown names flagged.",
    ),
    "help.import.org": (
        "发文单位（文档中没写或写错时使用）。",
        "Issuing organisation, when the document does not say (or says it wrongly).",
    ),
    "help.import.year": ("计划年份（文档中没写时使用）。", "The plan's year, when the document does not say."),
    "help.import.kind": (
        "文档类型：workpoints 工作要点或 speech 讲话稿；不指定时自动判断。",
        "workpoints (工作要点) or speech (讲话稿); guessed when not given.",
    ),
    "help.import.write-registry": (
        "同时根据找到的科室名称写出一份 departments.yaml 初稿。",
        "Also write a starter departments.yaml from the names found.",
    ),
    "help.import.format": (
        "导入小结的格式：text（给人看）或 json（给程序用）。",
        "Summary as text (for people) or json (for programs).",
    ),
    # init
    "help.init": (
        "新建计划文件夹：内有示例计划、科室名册 departments.yaml、JSON Schema、VS Code 设置和中文说明 README。\n\n\b\n"
        "示例：workplan init plans",
        "Create a plans folder: sample plan, departments.yaml, JSON Schemas, VS Code settings, a README in Chinese."
        "\n\n\b\n"
        "Example: workplan init plans",
    ),
    "help.init.summary": ("新建计划文件夹（含示例计划和科室名册）", "Create a plans folder with a sample plan"),
    "help.init.directory": ("要新建（或补全）的文件夹。", "The folder to create (or fill)."),
    "help.init.year": (
        "示例计划的年份（默认：正在制定计划的那一年，10 月起为下一年）。",
        "Year of the sample plan (default: the year being planned — next year from October on).",
    ),
    "help.init.force": ("覆盖已有的文件。", "Overwrite files that already exist."),
    # new
    "help.new": (
        "根据今年的计划起草明年的计划：年份、日期和指标顺延一年，每处改动都会列出来。\n\n\b\n"
        "示例：workplan new --from plans/2026.yaml --year 2027 -o plans/2027.yaml",
        "Draft next year's plan from this year's: years, dates and targets rolled forward, every change reported."
        "\n\n\b\n"
        "Example: workplan new --from plans/2026.yaml --year 2027 -o plans/2027.yaml",
    ),
    "help.new.summary": ("根据今年的计划起草明年的计划", "Draft next year's plan from this year's"),
    "help.new.from": ("今年的计划（YAML）。", "This year's plan (YAML)."),
    "help.new.year": ("新计划的年份（默认：下一年）。", "The new plan's year (default: the next one)."),
    "help.new.output": (
        "要写出的草稿（默认：原计划旁、年份改为新一年的同名文件，如 2026-speech.yaml → 2027-speech.yaml；"
        "给出文件夹时写入其中；没有扩展名时加上 .yaml；- 表示写到标准输出）。",
        "The draft to write (default: the source's name with its year moved on, beside it, e.g. "
        "2026-speech.yaml → 2027-speech.yaml; a folder: that name in it; no suffix: .yaml added; "
        "'-' for standard output).",
    ),
    "help.new.force": ("输出文件已存在时覆盖它。", "Overwrite the output if it exists."),
    "help.new.format": ("改动清单的格式：text 或 json。", "How to report the changes: text or json."),
    # fmt
    "help.fmt": (
        "把计划整理成统一的格式（字段顺序、缩进、长段文字换行），所有注释原样保留。\n\n\b\n"
        "示例：workplan fmt plans/ --check",
        "Rewrite plans in one canonical layout (key order, indentation, long text), keeping every comment."
        "\n\n\b\n"
        "Example: workplan fmt plans/ --check",
    ),
    "help.fmt.summary": ("整理计划的格式，注释原样保留", "Rewrite plans in one canonical layout"),
    "help.fmt.plans": (
        "计划或科室名册文件，也可以是文件夹（整理其中全部 .yaml）；- 表示整理标准输入。",
        "Plan or registry files, or folders (every .yaml inside); '-' formats standard input.",
    ),
    "help.fmt.check": (
        "只检查、不修改：列出需要整理的文件，结束时返回 1（用于 CI、pre-commit）。",
        "Change nothing; exit 1 and list the files that would change (CI, pre-commit).",
    ),
    "help.fmt.ids": (
        "给没有 id 的部分、措施和指标补上 id（如 party-3、party-3-t1…）。",
        "Give sections, measures and targets without an id one (party-3, party-3-t1…).",
    ),
    # export
    "help.export": (
        "导出计划：规范化的 JSON、Markdown 预览，或 .xlsx 格式的任务分解表。\n\n\b\n"
        "示例：workplan export plans/2026.yaml --format json -o 2026.json",
        "Export a plan: normalised JSON, a Markdown preview, or the task table as .xlsx.\n\n\b\n"
        "Example: workplan export plans/2026.yaml --format json -o 2026.json",
    ),
    "help.export.summary": ("导出计划：JSON、Markdown 或任务分解表", "Export a plan: JSON, Markdown or the task table"),
    "help.export.format": (
        "json（规范化的计划，见 SPEC §10）| markdown（预览）| xlsx（任务分解表）。",
        "json (normalised plan, SPEC §10) | markdown (preview) | xlsx (任务分解表).",
    ),
    "help.export.output": (
        "要写出的文件（默认：标准输出；xlsx 必须写到文件）。",
        "File to write (default: standard output; xlsx needs a file).",
    ),
    # schema
    "help.schema": (
        "输出计划的 JSON Schema（供 yaml-language-server / VS Code 补全和检查）。\n\n\b\n"
        "示例：workplan schema -r plans/departments.yaml -o schema/plan.schema.json",
        "Print the plan JSON Schema (for yaml-language-server / VS Code).\n\n\b\n"
        "Example: workplan schema -r plans/departments.yaml -o schema/plan.schema.json",
    ),
    "help.schema.summary": ("输出计划的 JSON Schema（供 VS Code 使用）", "Print the plan JSON Schema (for VS Code)"),
    "help.schema.departments": ("改为输出科室名册 departments.yaml 的 Schema。", "The schema of departments.yaml instead."),
    "help.schema.registry": ("补全时提供这份名册中的科室名称。", "Offer this registry's department names in completion."),
    "help.schema.output": ("写入文件，而不是标准输出。", "Write to a file instead of standard output."),
    # --- usage errors click finds itself (typer's vendored click words them in English): see cli/helptext.py
    "usage.error": ("错误：{message}", "Error: {message}"),
    "usage.try": ("运行 {command} 查看帮助。", "Try '{command}' for help."),
    "usage.missing-argument": ("缺少参数 {name}。", "Missing argument {name}."),
    "usage.missing-option": ("缺少选项 {name}。", "Missing option {name}."),
    "usage.missing-command": ("缺少命令：请在 workplan 后写上命令，如 validate。", "Missing command."),
    "usage.invalid-value": ("{name} 的值不对：{reason}", "Invalid value for {name}: {reason}"),
    "usage.invalid": ("值不对：{reason}", "Invalid value: {reason}"),
    "usage.not-one-of": ("{value} 不在可选的值中，可选：{choices}。", "{value} is not one of {choices}."),
    "usage.out-of-range": ("{value} 超出了范围 {range}。", "{value} is not in the range {range}."),
    "usage.not-a-number": ("{value} 不是数字。", "{value} is not a number."),
    "usage.no-such-option": ("没有 {name} 这个选项", "No such option: {name}"),
    "usage.no-such-command": ("没有 {name} 这个命令", "No such command {name}."),
    "usage.needs-value": ("选项 {name} 后面要写上它的值。", "Option {name} requires an argument."),
    "usage.takes-no-value": ("选项 {name} 后面不用写值。", "Option {name} does not take a value."),
    "usage.extra-arguments": ("多出了参数：{args}", "Got unexpected extra argument(s) ({args})"),
    # --- schema -o: a schema is JSON, never written over a plan or a registry (see schema.check_output)
    "schema-output-yaml": (
        "{path} 是 YAML 文件名（计划或科室名册用的），而 Schema 是 JSON：请写到 .json 文件，"
        "如 -o {example}",
        "{path} is a YAML name (a plan's or a registry's), but a schema is JSON: write it to a .json file, "
        "e.g. -o {example}",
    ),
    "schema-output-plan": (
        "{path} 是一份计划或科室名册，不会用 Schema 覆盖它：请写到 .json 文件，如 -o {example}",
        "{path} is a plan or a department registry; it will not be replaced by a schema: write it to a .json "
        "file, e.g. -o {example}",
    ),
    "help.schema.format": (
        "出错时报告的格式：text（给人看）或 json（给程序用，{\"errors\": [...]}）；Schema 本身总是 JSON。",
        "How failures are reported: text (for people) or json (for programs, {\"errors\": [...]}); "
        "the schema itself is always JSON.",
    ),
    # --- what an option's value is, in --help ("-o <文件>"): see cli/helptext.py `metavar`
    "help.metavar.file": ("文件", "FILE"),
    "help.metavar.text": ("文字", "TEXT"),
    "help.metavar.number": ("数字", "NUMBER"),
    "help.metavar.dept": ("科室", "DEPT"),
    "help.metavar.name": ("名称", "NAME"),
    "help.metavar.kinds": ("类别", "KINDS"),
    "help.metavar.at-least": ("至少 {min}", "at least {min}"),
    "help.metavar.at-most": ("至多 {max}", "at most {max}"),
    "usage.missing-option-choice": ("缺少选项 {name}，可选：{choices}。", "Missing option {name}. Choose from: {choices}."),
    "usage.missing-argument-choice": (
        "缺少参数 {name}，可选：{choices}。",
        "Missing argument {name}. Choose from: {choices}.",
    ),
}


def use(lang: str | None) -> str:
    """Choose the message language: an explicit 'zh'/'en', else the environment's locale."""
    global _lang
    _lang = lang if lang in LANGS else detect()
    return _lang


def current() -> str:
    return _lang


def detect() -> str:
    for var in ("WORKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "zh"


def t(code: str, **args) -> str:
    """The message for `code` in the current language; unknown codes show themselves."""
    pair = CATALOG.get(code)
    if pair is None:
        return code + (" " + repr(args) if args else "")
    template = pair[1] if _lang == "en" else pair[0]
    for name, value in args.items():
        if name in QUOTED and isinstance(value, str) and len(value) > MAX_QUOTED and f"\n{{{name}}}" not in template:
            args[name] = excerpt(value)
    try:
        return template.format(**args)
    except (KeyError, IndexError):
        return template


# A text quoted inside a sentence (a comment, a value) is cut to this many characters: a file with a
# broken line structure must not fill the screen with kilobytes of itself. One set on a line of its
# own ("…原文保留在此：\n{text}", import's kept text) is the point of its message and stays whole.
MAX_QUOTED = 200
# The arguments that quote a file's content; a path, a name or a command the user must be able to find
# or paste is never cut.
QUOTED = frozenset({"comment", "text", "value", "found", "problem", "context", "old", "new", "title"})


def excerpt(text: str, limit: int = MAX_QUOTED) -> str:
    """`text` on one line and at most about `limit` characters: its start, "…", its end."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else f"{flat[: limit - 21]}…{flat[-20:]}"


def join(names) -> str:
    return t("list.sep").join(str(n) for n in names)


def command_arg(text: str) -> str:
    """A path in a command we suggest, as the user can paste it into cmd, PowerShell or a POSIX shell:
    in double quotes when it has a blank or a character those shells treat specially."""
    import re

    return text if re.fullmatch(r"[\w./\\:+@%,=-]+", text) else '"' + text + '"'


def char(c: str) -> str:
    """A character as a user can find it: its code point and what it is, "U+3000（全角空格）"."""
    point = f"U+{ord(c):04X}"
    if f"char.{point}" in CATALOG:
        name = t(f"char.{point}")
    else:
        name = t("char.control" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 else "char.invisible")
    return t("char", point=point, name=name)


# Problems as libraries word them (libyaml's scanner and parser, Jinja's lexer, parser and undefined
# values) → a message above. The first pattern found in "context: problem" (libyaml gives a context,
# "while parsing a flow sequence"; Jinja none) names the message; its named groups are the message's
# arguments. A problem no pattern knows is shown as the library wrote it.
PROBLEMS: tuple[tuple[str, str], ...] = (
    # libyaml (and PyYAML's pure-Python reader, which has the same contexts)
    (r"flow sequence: ", "problem.yaml-list"),
    (r"flow mapping: ", "problem.yaml-mapping"),
    (r"quoted scalar: found unexpected end of stream", "problem.yaml-quote"),
    (r"found unknown escape character", "problem.yaml-escape"),
    (r"tab character", "hint.tab"),
    (r"mapping values are not allowed", "problem.yaml-colon"),
    (r"did not find expected key|did not find expected '-' indicator|expected <block end>"
     r"|block sequence entries are not allowed", "problem.yaml-indent"),
    (r"found character that cannot start any token|found unknown directive name", "problem.yaml-start"),
    (r"could not find expected ':'", "problem.yaml-key"),
    (r"did not find expected node content", "problem.yaml-empty"),
    (r"block scalar: did not find expected comment or line break", "problem.yaml-block"),
    # Jinja
    (r"^unexpected '(?P<token>.+)', expected '(?P<expected>.+)'$", "problem.jinja-unexpected-expected"),
    (r"^unexpected '(?P<token>.+)'$", "problem.jinja-unexpected"),
    (r"^unexpected char '(?P<char>.+)' at \d+$", "problem.jinja-char"),
    (r"^expected token '(?P<expected>.+)', got '(?P<token>.+)'$", "problem.jinja-expected"),
    (r"^Expected an expression, got '(?P<token>.+)'$", "problem.jinja-expression"),
    (r"^Unexpected end of template\. .*needs to be closed is '(?P<block>\w+)'\.$", "problem.jinja-unclosed"),
    (r"^Encountered unknown tag '(?P<tag>[^']+)'\. .*needs to be closed is '(?P<block>\w+)'\.$",
     "problem.jinja-misplaced-tag"),
    (r"^Encountered unknown tag '(?P<tag>[^']+)'", "problem.jinja-unknown-tag"),
    (r"^No filter named '(?P<name>[^']+)'", "problem.jinja-filter"),
    (r"^No test named '(?P<name>[^']+)'", "problem.jinja-test"),
    (r"^'jinja2\.environment\.TemplateModule object' has no attribute '(?P<name>.+)'$", "problem.jinja-no-macro"),
    (r"^'\w+ object' has no attribute '(?P<name>.+)'$", "problem.jinja-attribute"),
    (r"^'(?P<name>.+)' is undefined$", "problem.jinja-undefined"),
    (r"^\w+ object has no element (?P<index>.+)$", "problem.jinja-index"),
    (r"^macro '(?P<name>\w+)' takes not more than (?P<count>\d+) argument\(s\)$", "problem.jinja-macro-args"),
    (r"^macro '(?P<name>\w+)' takes no keyword argument '(?P<arg>\w+)'$", "problem.jinja-macro-keyword"),
    (r"^the template '(?P<template>.+)' \(imported on line (?P<line>\d+) in '(?P<importer>.+)'\) "
     r"does not export the requested name '(?P<name>.+)'$", "problem.jinja-export"),
)
# How Jinja names the tokens it quotes, as a template writer types them.
TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "begin of print statement": "{{",
          "begin of statement block": "{%"}
_compiled: list = []


def problem(text: str, context: str | None = None, default: str | None = None) -> str:
    """A library's problem (`context` is libyaml's "while parsing …") in the user's language; one not known
    here as it is, or as `default`."""
    import re

    if not _compiled:
        _compiled.extend((re.compile(pattern, re.S), code) for pattern, code in PROBLEMS)
    subject = f"{context}: {text}" if context else text
    for pattern, code in _compiled:
        m = pattern.search(subject)
        if m:
            return t(code, **{k: TOKENS.get(v, v) for k, v in m.groupdict().items()})
    return text if default is None else default
