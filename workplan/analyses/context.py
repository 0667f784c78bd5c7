"""What checks need besides the plan: the department registry (if any) and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model import Registry


@dataclass
class Context:
    """What the checks know besides the plan: its registry and the names it answers to."""

    registry: Registry | None = None
    index: dict[str, str] = field(default_factory=dict)  # name or alias → registry name
    placeholders: frozenset[str] = frozenset()  # collective references: 局各科室…, groups included
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # group → its members' registry names

    @classmethod
    def of(cls, registry: Registry | None) -> Context:
        if registry is None:
            return cls()
        return cls(registry, registry.index(), registry.collective(), registry.members())

    @property
    def registry_label(self) -> str:
        return Path(self.registry.source).name if self.registry and self.registry.source else "departments.yaml"
