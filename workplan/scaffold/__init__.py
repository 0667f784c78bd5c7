"""`workplan init DIR`: a ready plans folder — sample plan, registry, JSON Schemas, editor settings, README.

The sample files live beside this module (so they ship in the wheel) with `${year}`-style
placeholders; the schemas are generated from the model, the same as `workplan schema` prints.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from string import Template

from .. import atomic
from ..errors import WorkplanError

SAMPLE_ORG = "某某市教育局"
SCHEMAS = {"plan": "schema/plan.schema.json", "departments": "schema/departments.schema.json"}
# VS Code + Red Hat's YAML extension: completion and checks as you type. Each file also names its
# schema on line 1 (the modeline wins over these globs, and works in other editors).
SETTINGS = {
    "yaml.schemas": {
        "./" + SCHEMAS["plan"]: ["*.yaml", "!departments.yaml"],
        "./" + SCHEMAS["departments"]: ["departments.yaml"],
    },
    "redhat.telemetry.enabled": False,  # offices often may not send data out (peers.md §1.15)
    "files.encoding": "utf8",
    "[yaml]": {"editor.tabSize": 2, "editor.insertSpaces": True, "editor.wordWrap": "on"},
}
EXTENSIONS = {"recommendations": ["redhat.vscode-yaml"]}


def scaffold(year: int) -> dict[str, str]:
    """Relative path → text, for every file `init` writes."""
    from ..schema import dumps, plan_schema, registry_schema

    values = {"year": year, "next_year": year + 1, "org": SAMPLE_ORG}
    return {
        f"{year}.yaml": _sample("plan.yaml", values),
        "departments.yaml": _sample("departments.yaml", values),
        "README.md": _sample("README.md", values),
        SCHEMAS["plan"]: dumps(plan_schema()),
        SCHEMAS["departments"]: dumps(registry_schema()),
        ".vscode/settings.json": dumps(SETTINGS),
        ".vscode/extensions.json": dumps(EXTENSIONS),
    }


def planned_year(today) -> int:
    """The year a bureau is planning on `today`: 工作要点 are drafted from the autumn before, so from
    October on it is next year."""
    return today.year + 1 if today.month >= 10 else today.year


def write_scaffold(directory: str, year: int, force: bool = False) -> list[str]:
    """Write the folder; refuse (writing nothing) if any of its files exists, unless `force`."""
    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise WorkplanError("is-not-directory", path=directory)
    files = scaffold(year)
    existing = [str(root / name) for name in files if (root / name).exists()]
    if existing and not force:
        raise WorkplanError("init-exists", path=existing[0], count=len(existing))
    for name, text in files.items():
        atomic.write_text(str(root / name), text)
    return [str(root / name) for name in files]


def _sample(name: str, values: dict) -> str:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return Template(text).safe_substitute(values)  # safe: `$schema=` in the modeline stays as it is
