"""Printouts and exports (PDF via WeasyPrint, lazily imported). See :mod:`.pdf`.

Nothing is imported here, so ``import praatplaat_app.export`` stays cheap.
"""
