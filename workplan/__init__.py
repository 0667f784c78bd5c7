"""workplan: annual work plans (工作要点) for Chinese government bureaus, kept as YAML."""

__version__ = "0.1.0"
