"""import: a 60-page 工作要点 as .docx, as plain text and as a hard-wrapped web copy; target < 1 s."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import generate
from timing import WORKPLAN, median_time, timed

CHARS_PER_PAGE = 22 * 28  # GB/T 9704: 22 lines of 28 characters


def documents(folder: Path, measures: int) -> dict[str, Path]:
    from workplan.readers.text_import.docx_import import docx_lines

    plan = folder / "plan.yaml"
    plan.write_text(generate.plan(measures, ids=False), encoding="utf-8")
    docx = folder / "doc.docx"
    subprocess.run([sys.executable, "-m", "workplan", "render", str(plan), "-o", str(docx)], check=True,
                   capture_output=True)
    lines = [line.text for line in docx_lines(docx.read_bytes(), str(docx))]
    text = folder / "doc.txt"
    text.write_text("\n".join(lines), encoding="utf-8")
    wrapped = folder / "web.txt"
    cut = [line[i: i + 28] for line in lines for i in range(0, max(len(line), 1), 28)]
    debris = ["当前位置：首页 > 政务公开", "浏览次数：1024  更新时间：2026-02-20", "上一篇：某某", "网友评论"]
    wrapped.write_text("\n".join(debris[:2] + cut + debris[2:]), encoding="gb18030")
    return {"docx": docx, "text": text, "web copy (GB18030, wrapped)": wrapped}


def main() -> None:
    from workplan.readers.text_import import Options, import_document

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = documents(folder, 400)
        pages = len(paths["text"].read_text(encoding="utf-8")) / CHARS_PER_PAGE
        print(f"  a generated 工作要点 of 400 measures: ~{pages:.0f} pages at 22 × 28 characters")
        for name, path in paths.items():
            library = median_time(lambda p=path: import_document(str(p), Options()))
            command = timed(WORKPLAN + ["import", str(path), "-o", str(folder / "out.yaml")], repeat=3)
            size = f"{path.stat().st_size / 1024:,.0f} KiB"
            print(f"  import {name:<28} ({size:>8}): library {library:.3f} s, whole command {command:.3f} s")
