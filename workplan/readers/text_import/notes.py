"""What the importer was unsure of: warnings with the source position, attached to plan nodes.

Each note is a Finding (so it prints like any other, with file:line) and, through the node it
is attached to, a `# import: …` comment above that node in the written YAML.
"""

from __future__ import annotations

from ... import messages
from ...findings import Finding, warning
from ...model import Pos


class Notes:
    def __init__(self, path: str):
        self.path = path
        self.findings: list[Finding] = []
        self.document = None  # the plan: notes about no node in particular go on top of the file
        self._by_node: dict[int, list[Finding]] = {}
        self._no_line: set[int] = set()  # ids of notes about the document as a whole

    def add(self, node, code: str, line: int = 0, **args) -> None:
        """Note `code` about `node` (a model object, or None for the document as a whole).

        A note of no line in particular (0: no year, no title found) is told at the document's start
        (file:1:1), so that it names the file as every other note does; its comment names no line."""
        f = warning(code, Pos(self.path, line or 1, 1), **args)
        if not line:
            self._no_line.add(id(f))
        self.findings.append(f)
        self._by_node.setdefault(id(node if node is not None else self.document), []).append(f)

    def on(self, node):
        """A `note(code, line, **args)` callback bound to `node`."""
        return lambda code, line=0, **args: self.add(node, code, line, **args)

    def comments(self) -> dict[int, list[str]]:
        """id(node) → the comment lines to write above it."""
        return {key: [comment(f, id(f) not in self._no_line) for f in found] for key, found in self._by_node.items()}


def comment(f: Finding, with_line: bool = True) -> str:
    where = messages.t("import-at-line", line=f.pos.line) if f.pos and with_line else ""
    return f"import: {f.message}{where}"
