"""Benchmarks: ``bash scripts/bench`` (or ``python benchmarks/run.py``) prints the table.

See :mod:`benchmarks.harness` for how to add figures.
"""
