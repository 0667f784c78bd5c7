"""Drafting: the tools that rewrite a user's YAML in place (`fmt`, `new`), keeping every comment."""
