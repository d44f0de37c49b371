"""`python -m crosscheck` runs the command-line interface."""

from crosscheck.cli import main

main()
