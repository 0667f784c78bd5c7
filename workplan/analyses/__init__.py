"""Analyses beside the model: checks (→ findings), departments, diff (→ result objects)."""
