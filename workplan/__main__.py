"""`python -m workplan` = the `workplan` command."""

from .console import main

main()
