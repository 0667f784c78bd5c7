"""`python -m workplan` = the `workplan` command."""

from .cli import main

main()
