"""``python -m orgnet`` runs the command line."""

from .cli import run

run()
