"""Generated plans and registries of any size, for benchmarks (deterministic for a seed)."""

from __future__ import annotations

import random

PHRASES = (
    "深入推进", "全面落实", "持续完善", "加快构建", "着力提升", "统筹推进", "健全完善", "扎实开展",
    "义务教育优质均衡发展", "学前教育普惠发展", "高中阶段教育多样化", "职业教育产教融合", "教师队伍建设",
    "校园安全风险防控", "教育信息化", "体育美育劳动教育", "课后服务质量", "教育督导评估", "家校社协同育人",
    "集团化办学", "乡村学校布局", "心理健康教育", "招生考试制度", "民办教育规范管理", "语言文字工作",
)


def registry(n_departments: int = 40) -> str:
    lines = ["org: 临川市教育局", "departments:"]
    for i in range(n_departments):
        lines += [f"  - name: 第{i + 1}科", f"    aliases: [第{i + 1}科室]"]
    lines.append("placeholders: [局各科室, 局相关科室]")
    return "\n".join(lines) + "\n"


def sentence(rng: random.Random, n: int = 6) -> str:
    return "，".join(rng.choice(PHRASES) + rng.choice(PHRASES) for _ in range(n)) + "。"


def plan(n_measures: int, seed: int = 1, ids: bool = True, year: int = 2026, n_departments: int = 40,
         sections: int = 10) -> str:
    rng = random.Random(seed)
    out = [
        f"title: 临川市教育局{year}年工作要点", "org: 临川市教育局", f"year: {year}",
        f"preamble: {sentence(rng)}", "goals:", f"  text: {sentence(rng, 3)}", "  targets:",
        "    - {id: t1, name: 学前三年毛入园率, value: 92, unit: '%', cmp: '>='}",
        "sections:",
    ]
    per_section = max(1, n_measures // sections)
    for i in range(n_measures):
        if i % per_section == 0 and i // per_section < sections:
            out += [f"  - id: s{i // per_section}", f"    title: {rng.choice(PHRASES)}{i // per_section}", "    measures:"]
        lead = f"第{rng.randrange(n_departments) + 1}科"
        support = sorted({f"第{rng.randrange(n_departments) + 1}科" for _ in range(2)} - {lead})
        title = f"title: {rng.choice(PHRASES)}{rng.choice(PHRASES)}{i}"
        out += [f"      - id: m{i}", f"        {title}"] if ids else [f"      - {title}"]
        out += [
            f"        text: {sentence(rng, rng.randrange(3, 8))}",
            f"        lead: {lead}",
            f"        support: [{', '.join(support)}]",
            f"        due: {year}-{rng.randrange(1, 13):02d}",
        ]
    return "\n".join(out) + "\n"
